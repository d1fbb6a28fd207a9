"""The readiness report as a reader sees it (issue 17's rough edges): whose report it is on
page 1, times in the business's zone without "T…Z", waits in hours or days, every weekday,
checklist steps without internal ids, file names only when asked, round chart ticks."""

import re

from pypdf import PdfReader

from fixtures.chats import archive_with_chats
from wamigrate.core.archive.verify import verify
from wamigrate.core.readiness.pipeline import assess, read_archive
from wamigrate.core.readiness.profile import profile_from_dict
from wamigrate.core.readiness.report import body_html, duration_text, render_html, step_title, with_file_names
from wamigrate.render.charts import nice_step
from wamigrate.render.report_files import save_report

PROFILE = {
    "business": {"display_name": "Loja Verde", "category": "retail"},
    "number": {"phone": "+351912345678", "current_app": "messenger"},
    "migration": {"route": "full", "cutover": "2023-04-05T09:00", "timezone": "Europe/Lisbon"},
}


def report_for(new_archive, tmp_path, checklist=None):
    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    verify(archive)
    profile = profile_from_dict(PROFILE)
    _readiness, report = assess(profile, read_archive(archive, profile), checklist=checklist)
    return archive, report


def test_page_one_says_whose_report_and_times_are_local_and_plain(new_archive, tmp_path):
    events = [{"at": "2023-04-05T08:30:00Z", "event": "delete_account: Delete the account in the app: Settings ▸ "
               "Account ▸ Delete my account"}]  # fmt: skip
    _archive, report = report_for(new_archive, tmp_path, events)
    assert report["business"] == {"display_name": "Loja Verde", "phone": "+351 912 345 678"}
    save_report(report, tmp_path / "r.pdf")
    # pypdf reads the spaces between words as tabs or line breaks: compare on single spaces.
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "r.pdf").pages]
    assert "Loja Verde · +351 912 345 678" in pages[0]
    assert "Times are in the time zone Europe/Lisbon." in pages[0]
    text = " ".join(pages)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)  # no "2026-12-02T19:12:42Z" anywhere
    assert "At the cut-over on 2023-04-05 09:00 (Europe/Lisbon)" in text
    # The checklist step: its title, its local time, no internal id.
    assert "2023-04-05 09:30 — Delete the account in the app" in text
    assert "delete_account" not in text


def test_every_weekday_and_waits_in_the_unit_people_say(new_archive, tmp_path):
    _archive, report = report_for(new_archive, tmp_path)
    html = body_html(report)
    row = re.search(r"<tr><th>Day</th>(.*?)</tr>", html).group(1)
    assert re.findall(r"<th>(\w+)</th>", row) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert "<td>—</td>" in html  # days nobody wrote on are shown, not dropped
    assert (duration_text(45), duration_text(4021), duration_text(150)) == ("45 minutes", "3 days", "2 hours")
    assert duration_text(1) == "1 minute"


def test_export_file_names_only_when_asked(new_archive, tmp_path):
    archive, report = report_for(new_archive, tmp_path)
    assert "Ana Souza" not in render_html(report)
    named = with_file_names(report, archive)
    assert "Export 1: WhatsApp Chat with Ana Souza.txt" in render_html(named)
    assert "file_name" not in report["archive"]["sources"][0]  # the original is untouched


def test_unknown_country_is_said_in_words():
    from wamigrate.core.readiness.report import impact_html

    impact = {
        "business_sender": "Loja", "cutover_utc": "2023-04-05T08:00:00Z", "timezone": None, "customers": 2,
        "inside_window": 0, "outside_window": 2, "outside_by_country": {"unknown": 2},
        "hours_since_last_inbound": {}, "not_carried_over": {}, "messages_per_month": {},
    }  # fmt: skip
    assert "country not known (no number in the chat name): 2" in impact_html(impact, "full")


def test_checklist_titles_and_chart_ticks():
    assert step_title("waited: Wait at least 5 minutes before registering the number") == (
        "Wait at least 5 minutes before registering the number"
    )
    assert step_title("something else") == "something else"
    assert [nice_step(v) for v in (4, 6, 36, 2006, 5908)] == [1, 2, 10, 1000, 2000]
