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
