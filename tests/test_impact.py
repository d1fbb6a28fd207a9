"""The impact analysis on a hand-made archive with known answers, across a DST change."""

import pytest

from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.readiness.impact import analyse, business_sender

# Lisbon moved from WET (UTC+0) to WEST (UTC+1) at 01:00 UTC on 26 March 2023.
CHATS = {
    # customer, phone-shaped sender, last customer message (local), business answer
    "Ana": ("+351 912 345 678", "25/03/2023, 07:30", "25/03/2023, 07:45"),  # 24.5 h before: outside
    "Bo": ("+34 612 345 678", "25/03/2023, 08:15", "25/03/2023, 10:00"),  # 23.75 h (DST!): inside
    "Cy": ("+351 913 000 111", "26/03/2023, 08:30", None),  # after the clocks changed: 30 min before: inside
    "Di": ("+34 699 000 222", "10/03/2023, 12:00", "12/03/2023, 12:00"),  # answered after 48 h; outside
}


@pytest.fixture
def archive(new_archive, tmp_path):
    archive, _ = new_archive()
    for name, (phone, last, answer) in CHATS.items():
        lines = [f"01/03/2023, 09:00 - Loja Verde: Olá {name}!", f"{last} - {phone}: Preciso de ajuda"]
        if answer:
            lines.append(f"{answer} - Loja Verde: Claro!")
        path = tmp_path / f"WhatsApp Chat with {name}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_export(archive, path, ImportOptions(timezone="Europe/Lisbon", date_order="DMY"))
    group = tmp_path / "WhatsApp Chat with Team.txt"
    group.write_text(
        '02/03/2023, 09:00 - Loja Verde created group "Team"\n'
        "02/03/2023, 09:01 - Loja Verde: Reunião amanhã\n02/03/2023, 09:02 - Eva: ok\n02/03/2023, 09:03 - Rui: ok\n"
        "02/03/2023, 09:04 - Rui: Missed voice call\n02/03/2023, 09:05 - Eva: This message was deleted\n",
        encoding="utf-8",
    )
    import_export(archive, group, ImportOptions(timezone="Europe/Lisbon", date_order="DMY"))
    return archive


def test_business_is_the_sender_in_every_chat(archive):
    assert business_sender(archive) == "Loja Verde"
    assert business_sender(archive, "Someone Else") == "Someone Else"


def test_window_at_cutover_across_daylight_saving(archive):
    impact = analyse(archive, "2023-03-26T09:00", "Europe/Lisbon")
    assert impact.cutover_utc == "2023-03-26T08:00:00Z"
    assert impact.customers == 4
    assert (impact.inside_window, impact.outside_window) == (2, 2)
    assert impact.outside_by_country == {"PT": 1, "ES": 1}
    assert impact.hours_since_last_inbound == {"under 24 h": 2, "1-3 days": 1, "1-4 weeks": 1}


def test_what_does_not_carry_over_and_response_habits(archive):
    impact = analyse(archive, None, None)
    assert impact.not_carried_over == {
        "group chats": {"messages": 6, "chats": 1},
        "calls": {"messages": 1, "chats": 1},
        "deleted messages": {"messages": 1, "chats": 1},
    }
    # Ana, Bo answered within 24 h; Di after 48 h; Cy not answered: 2 of 4.
    assert impact.answered_within_24h == 0.5
    assert impact.messages_per_month == {"2023-03": 17}


def test_response_habits(archive):
    habits = analyse(archive, None, None).response_habits
    # Answered after 15 min (Ana), 105 min (Bo), 48 h (Di); Cy not answered.
    assert habits["median_first_response_minutes"] == 105.0
    assert habits["answered_within_24h"] == 0.5
    assert habits["by_weekday"] == {"Fri": 0.0, "Sat": 1.0, "Sun": 0.0}
    assert habits["by_hour"] == {"07": 1.0, "08": 0.5, "12": 0.0}


def test_template_candidates_hide_the_values(new_archive, tmp_path):
    from wamigrate.core.readiness.templates_found import template_candidates

    archive, _ = new_archive()
    for day, (name, order) in enumerate([("Ana", "A-1001"), ("Bruno", "A-1002"), ("Carla", "B-77"), ("Duda", "9")], 1):
        lines = [
            f"0{day}/04/2023, 10:00 - {name}: Olá",
            f"0{day}/04/2023, 10:05 - Loja Verde: Hi {name}, your order {order} is ready for pickup.",
            f"0{day}/04/2023, 10:06 - Loja Verde: Thanks!",
        ]
        chat = tmp_path / f"WhatsApp Chat with {name}.txt"
        chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_export(archive, chat, ImportOptions(date_order="DMY"))
    candidates = template_candidates(archive.connection, "Loja Verde")
    assert candidates == [
        {
            "body": "hi {{1}}, your order {{2}} is ready for pickup.",
            "times_sent": 4,
            "parameters": 2,
            "suggested_category": "UTILITY",
        }
    ]
    assert "Ana" not in str(candidates) and "A-1001" not in str(candidates)


def test_countries_replies_in_the_window_and_quiet_customers(archive):
    impact = analyse(archive, "2023-03-26T09:00", "Europe/Lisbon")
    # Every 1:1 customer by its number's country, inside the window or not.
    assert impact.customers_by_country == {"PT": 2, "ES": 2}
    # Ana (answered after 15 min) and Bo (after 1 h 45) were answered inside the window; Di after
    # 48 h was not, and the greetings of 1 March answered no one.
    assert impact.replies_in_window_by_month == {"2023-03": 2}
    assert impact.quiet_customers == 0
    # Three weeks later only Di has been silent for 30 days (last message 12 March).
    assert analyse(archive, "2023-04-20T09:00", "Europe/Lisbon").quiet_customers == 1
    assert analyse(archive, "2023-04-20T09:00", "Europe/Lisbon").to_json()["quiet_customers"] == 1


def test_customer_list_rows_and_csv(archive, tmp_path):
    import csv

    from wamigrate.core.archive.customers import COLUMNS, customers, write_customers_csv
    from wamigrate.core.readiness.impact import cutover_instant

    cutover = cutover_instant("2023-03-26T09:00", "Europe/Lisbon")
    rows = [c.row() for c in customers(archive, cutover)]
    assert rows == [
        ["Ana", "+351912345678", "2023-03-01T09:00:00Z", "2023-03-25T07:45:00Z", 3, "2023-03-25T07:30:00Z",
         "outside", "no"],
        ["Bo", "+34612345678", "2023-03-01T09:00:00Z", "2023-03-25T10:00:00Z", 3, "2023-03-25T08:15:00Z",
         "inside", "no"],
        ["Cy", "+351913000111", "2023-03-01T09:00:00Z", "2023-03-26T07:30:00Z", 2, "2023-03-26T07:30:00Z",
         "inside", "no"],
        ["Di", "+34699000222", "2023-03-01T09:00:00Z", "2023-03-12T12:00:00Z", 3, "2023-03-10T12:00:00Z",
         "outside", "no"],
    ]  # fmt: skip
    later = {c.name: c.quiet_30_days for c in customers(archive, cutover_instant("2023-04-20T09:00", "Europe/Lisbon"))}
    assert later == {"Ana": False, "Bo": False, "Cy": False, "Di": True}
    assert {c.window_at_cutover for c in customers(archive)} == {""}  # no cut-over: no window columns
    out = tmp_path / "customers.csv"
    assert write_customers_csv(archive, out, cutover) == 4
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets read the accents right
    with out.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream))
    assert read[0] == list(COLUMNS) and read[1] == [str(v) for v in rows[0]] and len(read) == 5
    assert "Preciso" not in out.read_text(encoding="utf-8-sig")  # no message text


def test_customer_list_from_the_command_line(tmp_path):
    import subprocess
    import sys

    from wamigrate.core.archive.store import Archive

    folder = tmp_path / "a.wamarchive"
    archive, _ = Archive.create(folder, "cli test passphrase", {"memory_kib": 8192, "iterations": 1, "lanes": 1})
    chat = tmp_path / "WhatsApp Chat with Ana.txt"
    chat.write_text("01/02/2023, 09:00 - +55 11 98765 4321: oi\n01/02/2023, 09:05 - Loja: olá\n", encoding="utf-8")
    import_export(archive, chat, ImportOptions(timezone="America/Sao_Paulo", date_order="DMY"))
    archive.close()
    out = tmp_path / "c.csv"

    def run(*extra):
        return subprocess.run(
            [sys.executable, "-m", "wamigrate", "export", str(folder), "--customers", "--out", str(out), *extra],
            capture_output=True, text=True, env={**__import__("os").environ, "WAMIGRATE_PASSPHRASE": "cli test passphrase"},
        )  # fmt: skip

    done = run("--cutover", "2023-02-01T20:00", "--timezone", "America/Sao_Paulo", "--business", "Loja")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote {out} (1 customers)\n"
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == (
        "Ana,+5511987654321,2023-02-01T12:00:00Z,2023-02-01T12:05:00Z,2,2023-02-01T12:00:00Z,inside,no"
    )
    bad = run("--cutover", "tomorrow")
    assert bad.returncode != 0 and "must be a local date and time written YYYY-MM-DDTHH:MM" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_customer_list_bad_input_is_a_sentence_and_writes_nothing(archive, tmp_path):
    from wamigrate.core.archive.customers import write_customers_csv
    from wamigrate.core.errors import WamigrateError
    from wamigrate.core.readiness.impact import cutover_instant

    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(WamigrateError, match=r"^The customer list could not be written to .*a folder: "):
        write_customers_csv(archive, folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(WamigrateError, match=r"^Mars/Olympus is not a time zone wamigrate knows"):
        cutover_instant("2023-03-26T09:00", "Mars/Olympus")
    with pytest.raises(WamigrateError, match=r"^The cut-over 26/03/2023 must be a local date and time"):
        cutover_instant("26/03/2023", "Europe/Lisbon")
