"""Every readiness rule, passing and failing; the verdict; the report files."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wamigrate.core.readiness.catalogue import catalogue
from wamigrate.core.readiness.checks import CHECKS, Context
from wamigrate.core.readiness.engine import BLOCKED, READY, WARNINGS, evaluate
from wamigrate.core.readiness.profile import ProfileError, load_profile, profile_from_dict

EXAMPLE = Path(__file__).parents[1] / "docs" / "profile-example.toml"

GOOD = {
    "number": {
        "phone": "+351 912 345 678", "current_app": "business", "app_account_deleted": True, "receives_sms": True,
        "receives_voice": True, "ivr": False, "linked_companions": 0, "two_step_verification": False,
        "business_app_version": "2.25.3",
    },
    "business": {
        "country": "PT", "legal_name": "Casa Verde Flores Lda", "display_name": "Casa Verde Flores",
        "category": "retail", "business_verification": "verified", "portfolio_exists": False,
    },
    "provider": {"partner_type": "solution_partner", "payment_method": True},
    "migration": {"route": "full", "opt_in": "website form"},
    "templates": [{"name": "order_ready", "category": "UTILITY", "body": "Hi {{1}}, order {{2}} is ready.",
                   "samples": ["Ana", "A1"], "buttons": [{"type": "QUICK_REPLY", "text": "Thanks"}]}],
}  # fmt: skip


def profile(**changes):
    data = json.loads(json.dumps(GOOD))
    templates = changes.pop("templates", None)
    for dotted, value in changes.items():
        section, key = dotted.split("__")
        data[section][key] = value
    if templates is not None:
        data["templates"] = templates
    return profile_from_dict(data)


def template(**fields):
    return [{**GOOD["templates"][0], **fields}]


VERIFIED = Context(archive_verified=True, archive_messages=10)
# rule id -> a change to the good profile that makes it fail (and, optionally, a context)
FAILING = {
    "PN-02": dict(number__phone="+351 12"),
    "PN-09": dict(number__phone="+351 212 345 678"),  # a Lisbon landline
    "PN-03": dict(number__receives_sms=False, number__receives_voice=False),
    "PN-10": dict(number__ivr=True),
    "PN-41": dict(business__country="IR"),
    "PN-13": dict(number__app_account_deleted=False),
    "PN-14": dict(number__current_app="messenger"),
    "PN-20": dict(number__business_app_version="2.23.10"),
    "PN-21": dict(number__phone="+234 803 123 4567"),
    "PN-26": dict(number__linked_companions=2),
    "PN-35": dict(number__two_step_verification=True),
    "DN-07": dict(business__display_name="Casa Verde Official WhatsApp"),
    "DN-08": dict(business__display_name="Blue Orchid"),
    "DN-09": dict(business__display_name="CASA VERDE ✨"),
    "PO-02": dict(business__category="dating"),
    "PO-07": dict(migration__opt_in="none"),
    "BA-05": dict(business__business_verification="pending"),
    "TW-09": dict(templates=template(name="Order Ready")),
    "TW-13": dict(templates=template(footer="x" * 61)),
    "TW-16": dict(templates=template(body="Hi {{1}}, order {{3}} is ready.", samples=["Ana"])),
    "TW-17": dict(templates=template(body="{{1}}, your order {{2}}", samples=["Ana", "#5"])),
    "TW-07": dict(templates=template(category="AUTHENTICATION", body="{{1}} is your code. https://x.example")),
    "TW-25": dict(number__phone="+1 201 555 0123", templates=template(category="MARKETING")),
    "TW-33": dict(provider__payment_method=False),
    "TW-36": dict(templates=template(body="Hi {{1}}, 20% off everything this weekend! Order {{2}}.")),
    "TW-39": dict(business__business_verification="pending", templates=template(
        category="AUTHENTICATION", body="{{1}} is your verification code.", buttons=[{"type": "COPY_CODE",
                                                                                      "text": "Copy code"}])),
    "BA-10": dict(),
    "PN-42": dict(business__business_verification="pending"),
    "PN-27": dict(),
    "PM-02": dict(provider__payment_method=False),
    "PO-08": dict(business__category="ai_assistant"),
}  # fmt: skip
# Rules whose failing case is in the archive, not the profile.
FAILING_CONTEXT = {
    "BA-10": Context(archive_verified=True, impact={"quiet_customers": 3}),
    "PN-27": Context(archive_verified=True, impact={"inside_window": 2}),
}
# Reminders and facts to know: they pass and carry advice.
ALWAYS_PASS = {"PN-16", "PN-22", "PN-24", "PN-38", "TW-34", "TW-35", "TW-37", "PN-43", "PM-01", "BA-12"}


@pytest.mark.parametrize("rule", [r for r in catalogue()[1] if r.id != "BK-01" and not r.live], ids=lambda r: r.id)
def test_each_rule_passes_and_fails(rule):
    assert CHECKS[rule.id](profile(), VERIFIED).status == "pass", rule.id
    if rule.id in ALWAYS_PASS:
        assert CHECKS[rule.id](profile(), VERIFIED).why
        return
    outcome = CHECKS[rule.id](profile(**FAILING[rule.id]), FAILING_CONTEXT.get(rule.id, VERIFIED))
    assert outcome.status == "fail", (rule.id, outcome)
    assert outcome.found and outcome.why and outcome.fix


def test_backup_rule():
    check = CHECKS["BK-01"]
    assert check(profile(), Context()).status == "fail"
    assert "Verify" in check(profile(), Context(archive_verified=False)).fix
    assert check(profile(), VERIFIED).status == "pass"


def test_unknown_answers_are_not_guessed():
    empty = profile_from_dict({})
    for rule_id in ("PN-02", "PN-03", "PN-10", "PN-13", "DN-07", "PO-02", "PO-07", "PN-26", "PN-35"):
        assert CHECKS[rule_id](empty, Context()).status == "unknown", rule_id


def test_verdicts_and_routes():
    assert evaluate(profile(), VERIFIED).verdict == READY
    assert evaluate(profile(**FAILING["PN-10"]), VERIFIED).verdict == WARNINGS
    blocked = evaluate(profile(**FAILING["PN-03"]), VERIFIED)
    assert blocked.verdict == BLOCKED
    assert blocked.findings[0].rule.id == "PN-03"  # blockers first
    coexistence = evaluate(profile(migration__route="coexistence"), VERIFIED)
    ids = {f.rule.id for f in coexistence.findings}
    assert {"PN-14", "PN-21", "PN-26"} <= ids and "PN-13" not in ids and "BK-01" not in ids
    assert "PN-35" in {f.rule.id for f in evaluate(profile(migration__route="provider_move")).findings}


def test_unconfirmed_rules_never_block():
    from dataclasses import replace

    rule = next(r for r in catalogue()[1] if r.severity == "blocker")
    assert replace(rule, confidence="unconfirmed").effective_severity == "warning"


def test_profile_file_and_errors(tmp_path):
    example = load_profile(EXAMPLE)
    assert example.route == "full" and example.templates[0].name == "order_ready"
    bad = tmp_path / "bad.toml"
    bad.write_text('[migration]\nroute = "teleport"\n')
    with pytest.raises(ProfileError, match="route = 'teleport' is not one of"):
        load_profile(bad)
    bad.write_text("[number]\nphone = \n")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(bad)


def test_report_command_json_and_html(tmp_path):
    out = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "wamigrate", "report", "--profile", str(EXAMPLE), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema"] == 1 and report["verdict"] == BLOCKED  # no archive: the backup blocks
    assert report["findings"][0]["severity"] == "blocker"
    assert {"id", "status", "found", "why", "fix", "source", "source_date", "confidence"} <= set(report["findings"][0])
    html_out = tmp_path / "report.html"
    subprocess.run(
        [sys.executable, "-m", "wamigrate", "report", "--profile", str(EXAMPLE), "--out", str(html_out)],
        check=True,
        capture_output=True,
    )
    page = html_out.read_text(encoding="utf-8")
    assert "Blocked" in page and "BK-01" in page and "Why it matters" in page
    listing = subprocess.run([sys.executable, "-m", "wamigrate", "rules"], capture_output=True, text=True, check=True)
    assert listing.stdout.startswith("Rules as of ") and "PN-13" in listing.stdout


def test_archive_facts_feed_the_backup_rule(new_archive, tmp_path):
    from wamigrate.core.archive.importer import import_export
    from wamigrate.core.archive.verify import verify
    from wamigrate.core.readiness.report import archive_facts, build

    archive, _ = new_archive()
    chat = tmp_path / "WhatsApp Chat with Ana.txt"
    chat.write_text("01/02/2023, 09:00 - Ana: hello\n02/02/2023, 09:00 - Loja: hi\n", encoding="utf-8")
    import_export(archive, chat)
    context, summary = archive_facts(archive)
    assert context.archive_verified is None  # imported, never verified
    verify(archive)
    context, summary = archive_facts(archive)
    assert context.archive_verified is True and summary["messages"] == 2
    report = build(evaluate(profile(), context), summary)
    assert report["verdict"] == READY
    assert report["archive"]["sources"][0]["export"] == 1  # by number: a file name carries a customer's name
    assert "Ana" not in json.dumps(report["archive"])
    assert len(report["archive"]["sources"][0]["sha256"]) == 64


@pytest.mark.gui
def test_pdf_report_reads_back(new_archive, tmp_path):
    from pypdf import PdfReader

    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.core.archive.verify import verify
    from wamigrate.core.readiness.impact import analyse
    from wamigrate.core.readiness.report import archive_facts, build
    from wamigrate.render.pdf_report import write_pdf

    archive, _ = new_archive()
    chat = tmp_path / "WhatsApp Chat with Ana.txt"
    chat.write_text(
        "01/03/2023, 09:00 - Loja Verde: Olá Ana!\n25/03/2023, 07:30 - +351 912 345 678: Preciso de ajuda\n",
        encoding="utf-8",
    )
    import_export(archive, chat, ImportOptions(timezone="Europe/Lisbon", date_order="DMY"))
    verify(archive)
    context, summary = archive_facts(archive)
    impact = analyse(archive, "2023-03-26T09:00", "Europe/Lisbon", "Loja Verde").to_json()
    report = build(evaluate(profile(**FAILING["PN-03"]), context), summary, impact)
    pages = write_pdf(report, tmp_path / "a4.pdf")
    reader = PdfReader(tmp_path / "a4.pdf")
    assert len(reader.pages) == pages >= 2
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Blocked" in text and "PN-03" in text and "What to do." in text
    assert f"Page 1 of {pages}" in text and "rules as of 2026-12-02" in text
    # What you may have read, for the full migration: the claims and what is true today.
    assert "What you may have read" in text and "Reactions do not work on the API." in text
    assert "No longer true since 1 October 2026: replies inside the 24-hour window are charged" in text
    assert report["claims"][0] == {
        "id": "groups", "claim": "There are no groups on the API.",
        "answer": "Partly true. The Groups API lets a verified-brand account (Official Business Account) create "
                  "groups of at most 8 people; messages in them cannot be edited or deleted.",
        "source": "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups",
        "source_title": "Meta, “Groups API”", "source_date": "2026-06-16",
    }  # fmt: skip
    assert "What changes at cut-over" in text and "Export 1" in text and "Chat with Ana" not in text
    assert "912 345 678" not in text and "Preciso" not in text  # no customer numbers, no message text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 210) < 1  # A4
    write_pdf(report, tmp_path / "letter.pdf", "letter")
    assert abs(float(PdfReader(tmp_path / "letter.pdf").pages[0].mediabox.width) - 612) < 1  # 8.5 in


def _without(section: str, key: str):
    data = json.loads(json.dumps(GOOD))
    del data[section][key]
    return profile_from_dict(data)


def test_an_unanswered_blocker_is_never_ready_on_screen_html_pdf_or_json(tmp_path):
    """Issue 17: "Nothing blocks the move" was printed while blocking questions were unanswered."""
    from wamigrate.core.readiness.engine import NOT_READY
    from wamigrate.core.readiness.report import build, render_html, verdict_text

    readiness = evaluate(_without("number", "phone"), VERIFIED)
    unknown = [f.rule.id for f in readiness.findings if f.outcome.status == "unknown" and f.severity == "blocker"]
    assert unknown and not any(f.outcome.status == "fail" and f.severity == "blocker" for f in readiness.findings)
    assert readiness.verdict == NOT_READY and readiness.unanswered_blockers == len(unknown)
    report = build(readiness)
    assert report["verdict"] == "Not ready yet" and report["unanswered_blockers"] == len(unknown)
    shown = verdict_text(report)
    assert shown == f"Not ready yet: {len(unknown)} blocking question{'s' if len(unknown) > 1 else ''} unanswered"
    page = render_html(report)
    assert shown in page and "Nothing blocks" not in page
    assert "nobody can say that nothing blocks the move" in page


@pytest.mark.gui
def test_an_unanswered_blocker_is_never_ready_in_the_pdf(tmp_path):
    from pypdf import PdfReader

    from wamigrate.core.readiness.report import build
    from wamigrate.render.pdf_report import write_pdf

    report = build(evaluate(_without("number", "phone"), VERIFIED))
    write_pdf(report, tmp_path / "r.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Not ready yet:" in text and "blocking question" in text and "Nothing blocks the move" not in text
