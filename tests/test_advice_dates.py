"""Advice ages (issue 19): the rules' "as of" date on every report, a warning once it is more
than six months before the day the advice is given, and every rule's source date as JSON."""

import json
import subprocess
import sys
from datetime import date

from wamigrate.core.readiness.catalogue import STALE_AFTER_DAYS, advice_is_stale, advice_note, catalogue
from wamigrate.core.readiness.engine import evaluate
from wamigrate.core.readiness.profile import profile_from_dict
from wamigrate.core.readiness.report import build, render_html, summary_html


def test_the_note_says_the_date_and_warns_after_six_months():
    as_of = catalogue()[0]
    assert as_of == "2026-12-02" and STALE_AFTER_DAYS == 183
    assert not advice_is_stale(as_of, date(2027, 6, 3))  # 183 days later
    assert advice_is_stale(as_of, date(2027, 6, 4))
    assert advice_note(as_of, date(2027, 1, 10)) == (
        "Advice as of 2026-12-02; each rule gives its source and the source's date."
    )
    assert advice_note(as_of, date(2027, 8, 1)) == (
        "This advice is as of 2026-12-02, more than six months ago: Meta's rules may have changed since. Install "
        "the latest wamigrate, which ships the newest rules, and check each finding's source and its date."
    )


def test_a_report_made_with_old_rules_says_so():
    report = build(evaluate(profile_from_dict({})))
    assert "more than six months ago" not in render_html(report)
    old = {**report, "generated_at": "2027-07-15T10:00:00Z"}  # the report of a computer seven months later
    assert "This advice is as of 2026-12-02, more than six months ago" in summary_html(old)


def test_rules_json_lists_every_rule_with_its_source_date_and_confidence():
    done = subprocess.run([sys.executable, "-m", "wamigrate", "rules", "--json"], capture_output=True, text=True,
                          check=True)  # fmt: skip
    listed = json.loads(done.stdout)
    assert listed["rules_as_of"] == "2026-12-02" and len(listed["rules"]) == len(catalogue()[1]) == 48
    by_id = {rule["id"]: rule for rule in listed["rules"]}
    assert by_id["TW-39"]["confidence"] == "reported" and by_id["TW-39"]["source_date"] == "2026-10-01"
    assert by_id["LV-06"]["live"] is True and by_id["LV-06"]["routes"] == ["full", "coexistence", "provider_move"]
    assert by_id["DN-07"]["source_note"].startswith("The date is that of Meta's developer page")
    assert all(rule["source"].startswith("https://") and rule["source_date"] for rule in listed["rules"])


def test_what_you_may_have_read_is_answered_per_route_with_dated_sources():
    from wamigrate.core.readiness.claims import CLAIMS, claims_for

    assert [c.id for c in CLAIMS] == ["groups", "calls", "reactions", "replies", "history", "free_window"]
    full = {c["id"]: c["answer"] for c in claims_for("full")}
    coexistence = {c["id"]: c["answer"] for c in claims_for("coexistence")}
    move = {c["id"]: c["answer"] for c in claims_for("provider_move")}
    assert full["reactions"] == coexistence["reactions"] == move["reactions"]
    assert full["reactions"].startswith("No longer true")
    assert coexistence["groups"].startswith("True for a coexistence number")
    assert full["history"].startswith("True for a full migration")
    assert coexistence["history"].startswith("Partly true under coexistence")
    assert move["history"].startswith("For a move between providers Meta moves the number")
    assert coexistence["free_window"].endswith("what you send from the Business app itself stays free.")
    assert all(c.source.startswith("https://") and len(c.source_date) == 10 for c in CLAIMS)
