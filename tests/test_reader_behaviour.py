"""Date order, encodings, accounting and warnings of the export reader."""

import itertools
import os
import time

import pytest

from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import NotAnExportError
from wamigrate.core.export import ChatReader, ReadOptions, open_export


def read(path, **options):
    export = open_export(path)
    reader = ChatReader(export.chats[0], ReadOptions(**options))
    return list(reader), reader.summary


def times(messages):
    return [m.time.strftime("%Y-%m-%d %H:%M") for m in messages]


def test_date_order_decided_by_a_late_day_above_12(write_export):
    # The first 100 dates are ambiguous; only the last one tells day-first.
    lines = [f"0{1 + i % 9}/0{1 + i % 9}/2021, 10:{i % 60:02d} - A: m{i}" for i in range(100)]
    lines.append("25/12/2021, 10:00 - A: last")
    messages, summary = read(write_export("WhatsApp Chat with A.txt", "\n".join(lines) + "\n"))
    assert summary.date_order.order == "DMY"
    assert not summary.date_order.ambiguous
    assert "25/12/2021" in summary.date_order.reason
    assert times(messages)[-1] == "2021-12-25 10:00"


def test_date_order_decided_by_sequence_when_no_day_exceeds_12(write_export):
    # Day-first dates 1..10 March: read month-first they would jump a month at a time.
    lines = [f"{d:02d}/03/2022, 09:00 - A: day {d}" for d in range(1, 11)]
    messages, summary = read(write_export("WhatsApp Chat with A.txt", "\n".join(lines) + "\n"))
    assert summary.date_order.order == "DMY"
    assert not summary.date_order.ambiguous
    assert "small steps" in summary.date_order.reason
    assert times(messages)[:2] == ["2022-03-01 09:00", "2022-03-02 09:00"]


def test_month_first_sequence(write_export):
    lines = [f"03/{d:02d}/2022, 09:00 - A: day {d}" for d in range(1, 11)]
    messages, summary = read(write_export("WhatsApp Chat with A.txt", "\n".join(lines) + "\n"))
    assert summary.date_order.order == "MDY"
    assert times(messages)[1] == "2022-03-02 09:00"


def test_truly_ambiguous_is_reported_and_uses_preference(write_export):
    text = "03/04/2022, 09:00 - A: one\n03/04/2022, 10:00 - B: two\n"
    path = write_export("WhatsApp Chat with A.txt", text)
    messages, summary = read(path)
    assert summary.date_order.ambiguous
    assert summary.date_order.order == "DMY"
    assert any(w.code == "date-order-ambiguous" for w in summary.warnings)
    assert times(messages)[0] == "2022-04-03 09:00"
    messages, summary = read(path, date_order="MDY")
    assert summary.date_order.order == "MDY"
    assert times(messages)[0] == "2022-03-04 09:00"
    assert not any(w.code == "date-order-ambiguous" for w in summary.warnings)  # chosen, not asked again


def test_preference_cannot_force_impossible_dates(write_export):
    text = "25/04/2022, 09:00 - A: one\n26/04/2022, 10:00 - B: two\n"
    _messages, summary = read(write_export("WhatsApp Chat with A.txt", text), date_order="MDY")
    assert summary.date_order.order == "DMY"
    assert "requested month/day/year was not possible" in summary.date_order.reason


def test_encryption_notice_out_of_order_does_not_flip_the_order(write_export):
    # Android writes the notice with the export date first (PU #247).
    lines = ["11/04/2022, 13:31 - Messages and calls are end-to-end encrypted. Tap to learn more."]
    lines += [f"{d:02d}/03/2022, 14:56 - Ana: m{d}" for d in range(1, 12)]
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", "\n".join(lines) + "\n"))
    assert summary.date_order.order == "DMY"
    assert times(messages)[0] == "2022-04-11 13:31"
    assert times(messages)[1] == "2022-03-01 14:56"


def test_old_android_month_names_without_year(write_export):
    text = "Dec 30, 8:11 PM - Kiran Rk: Whoa\n2 Jan 12:14 - Milo changed the subject to “The pack”\nMar 5, 9:00 AM - Kiran Rk: later\n"
    path = write_export("WhatsApp Chat with Kiran.txt", text)
    stamp = time.mktime((2014, 6, 1, 12, 0, 0, 0, 0, -1))
    os.utime(path, (stamp, stamp))
    messages, summary = read(path)
    assert times(messages) == ["2013-12-30 20:11", "2014-01-02 12:14", "2014-03-05 09:00"]
    assert messages[1].kind == "system"
    assert any(w.code == "year-missing" for w in summary.warnings)


def test_utf16_with_bom(write_export):
    text = "\ufeff23/03/2022, 13:31 - Ana: Olá 😀\n24/03/2022, 13:31 - Ana: tchau\n"
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", text.encode("utf-16")))
    assert [m.text for m in messages] == ["Olá 😀", "tchau"]
    assert summary.warnings == []


def test_non_utf8_is_decoded_with_a_warning_naming_the_encoding(write_export):
    text = "23/03/2022, 13:31 - Zoë: café crème\n24/03/2022, 13:31 - Zoë: à bientôt\n"
    messages, summary = read(write_export("WhatsApp Chat with Zoe.txt", text.encode("cp1252")))
    assert [m.text for m in messages] == ["café crème", "à bientôt"]
    assert messages[0].sender == "Zoë"
    assert summary.encoding == "Windows-1252"
    assert [w.code for w in summary.warnings] == ["encoding"]
    assert "Windows-1252" in summary.warnings[0].message


def test_lines_before_first_header_are_reported_with_numbers(write_export):
    text = "Exported by a tool\nsecond junk line\n23/03/2022, 13:31 - Ana: hi\n24/03/2022, 13:31 - Ana: bye\n"
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", text))
    assert len(messages) == 2
    assert messages[0].line == 3
    assert summary.unaccounted_lines == [1, 2]
    warning = next(w for w in summary.warnings if w.code == "lines-before-first-message")
    assert warning.line == 1
    assert "lines 1–2" in warning.message


def test_impossible_header_date_stays_in_previous_message_with_warning(write_export):
    text = "23/03/2022, 13:31 - Ana: hi\n31/02/2022, 13:32 - Ana: impossible\n24/03/2022, 13:31 - Ana: bye\n"
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", text))
    assert [m.text for m in messages] == ["hi\n31/02/2022, 13:32 - Ana: impossible", "bye"]
    warning = next(w for w in summary.warnings if w.code == "bad-header")
    assert warning.line == 2


def test_last_line_without_newline_and_crlf_android(write_export):
    text = "23/03/2022, 13:31 - Ana: one\r\ntwo\r\n24/03/2022, 13:31 - Ana: last"
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", text))
    assert [m.text for m in messages] == ["one\r\ntwo", "last"]
    assert summary.line_count == 3
    assert messages[-1].end_line == 3


def test_messages_spanning_chunk_boundaries(write_export):
    body = "x" * 5000
    lines = []
    for i in range(300):
        lines.append(f"23/03/2022, 13:{i % 60:02d} - Ana: {i}")
        lines.append(body)
    path = write_export("WhatsApp Chat with Ana.txt", "\n".join(lines) + "\n")
    export = open_export(path)
    reader = ChatReader(export.chats[0], ReadOptions(chunk_size=4096))
    messages = list(reader)
    assert len(messages) == 300
    assert all(m.text == f"{i}\n{body}" for i, m in enumerate(messages))
    assert messages[-1].end_line == 600


def test_truncation_warning_near_the_export_cap(write_export):
    lines = [f"2022-01-01, {(i // 60) % 24:02d}:{i % 60:02d} - A: {i}" for i in range(40_000)]
    messages, summary = read(write_export("WhatsApp Chat with A.txt", "\n".join(lines) + "\n"))
    assert len(messages) == 40_000
    assert any(w.code == "possibly-truncated" for w in summary.warnings)


def test_progress_and_cancel(write_export):
    lines = [f"23/03/2022, 13:{i % 60:02d} - Ana: message {i}" for i in range(20_000)]
    path = write_export("WhatsApp Chat with Ana.txt", "\n".join(lines) + "\n")
    size = path.stat().st_size
    seen = []
    export = open_export(path)
    list(ChatReader(export.chats[0], ReadOptions(chunk_size=65536), progress=lambda d, t: seen.append((d, t))))
    assert seen[-1] == (2 * size, 2 * size)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))

    token = CancelToken()

    def cancel_midway(done, total):
        if done > size:
            token.cancel()

    reader = ChatReader(export.chats[0], ReadOptions(chunk_size=65536), progress=cancel_midway, cancel=token)
    with pytest.raises(Cancelled):
        list(reader)


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.txt", b"", "empty"),
        ("contacts.csv", b"name,phone,email\nAna,+4412345,ana@example.com\n", "spreadsheet (CSV)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        ("notes.txt", b"Shopping list\n- milk\n- bread\n", "no line starts with a date and time"),
    ],
)
def test_not_an_export(write_export, name, content, fragment):
    with pytest.raises(NotAnExportError) as error:
        open_export(write_export(name, content))
    assert fragment in str(error.value)
    assert name in str(error.value)


def test_order_from_all_dates_when_first_chunk_is_ambiguous(write_export):
    # Far more than one chunk of ambiguous dates; the deciding date comes last.
    lines = [f"0{1 + i % 9}/0{1 + i % 9}/2021, 10:{i % 60:02d} - A: message number {i}" for i in range(400)]
    lines.append("25/12/2021, 10:00 - A: last")
    path = write_export("WhatsApp Chat with A.txt", "\n".join(lines) + "\n")
    export = open_export(path)
    reader = ChatReader(export.chats[0], ReadOptions(chunk_size=1024))
    messages = list(reader)
    assert reader.summary.date_order.order == "DMY"
    assert not reader.summary.date_order.ambiguous
    assert times(messages)[-1] == "2021-12-25 10:00"


def test_first_chunk_proves_order_and_a_later_impossible_date_is_reported(write_export):
    lines = [f"25/03/2022, 10:{i % 60:02d} - A: message number {i}" for i in range(400)]
    lines.append("03/25/2022, 11:00 - B: written the other way")
    lines.append("26/03/2022, 12:00 - A: next")
    path = write_export("WhatsApp Chat with A.txt", "\n".join(lines) + "\n")
    export = open_export(path)
    reader = ChatReader(export.chats[0], ReadOptions(chunk_size=1024))
    messages = list(reader)
    assert reader.summary.date_order.order == "DMY"
    assert len(messages) == 401
    assert messages[399].text == "message number 399\n03/25/2022, 11:00 - B: written the other way"
    warning = next(w for w in reader.summary.warnings if w.code == "bad-header")
    assert warning.line == 401


def test_a_few_damaged_bytes_keep_utf8_and_are_counted(write_export):
    # Found by the fuzz suite: a BOM, then a byte that is not UTF-8.
    data = b"\xef\xbb\xbf23/03/2022, 13:31 - Ana: Ol\xc3\xa1 \x80 caf\xc3\xa9\n24/03/2022, 13:31 - Ana: bye\n"
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", data))
    assert [m.text for m in messages] == ["Olá \ufffd café", "bye"]
    assert [w.code for w in summary.warnings] == ["encoding-damaged"]
    assert summary.warnings[0].message.startswith("1 byte of this export is not valid UTF-8")


def test_names_with_an_apostrophe_or_quotes_keep_their_messages(write_export):
    # Issue 21, item 3: "O'Neil: I added the photos" was read as a group notice and the sender
    # lost; a colon inside a quoted subject still makes a notice.
    path = write_export(
        "WhatsApp Chat with Team.txt",
        "12/03/2024, 09:00 - Sinéad O'Neil: I added the photos to the album\n"
        "12/03/2024, 09:01 - Rui D'Souza: Eva removed the old price tag\n"
        '12/03/2024, 09:02 - "Mo": she left early today\n'
        '12/03/2024, 09:03 - Ana changed the subject to "Team: 2024"\n'
        "12/03/2024, 09:04 - Ana changed the subject to 'Plan: B'\n"
        "12/03/2024, 09:05 - Sinéad O'Neil left\n",
    )
    messages, _summary = read(path)
    assert [(m.sender, m.kind, m.text) for m in messages] == [
        ("Sinéad O'Neil", "text", "I added the photos to the album"),
        ("Rui D'Souza", "text", "Eva removed the old price tag"),
        ('"Mo"', "text", "she left early today"),
        (None, "system", 'Ana changed the subject to "Team: 2024"'),
        (None, "system", "Ana changed the subject to 'Plan: B'"),
        (None, "system", "Sinéad O'Neil left"),
    ]


def test_ordinary_name_shapes_stay_on_the_fast_path():
    from wamigrate.core.export.classify import plain_text

    # Each of these is read by the fast path (a dozen string tests), not the full classifier.
    for sender in ("Sinéad O'Neil", "D'Souza", '"Mo"', "Ana “Flores” Souza", "Jean-Luc", "李 小龙", "+55 11 98765-4321",
                   "Dr. Émile Zola Jr.", "محمد", "Ana (loja)", "O'Brien-Smith"):  # fmt: skip
        assert plain_text(f"{sender}: we added two more boxes", False) == (sender, "we added two more boxes"), sender


def test_an_impossible_24_hour_time_with_pm_is_its_own_message_with_a_warning(write_export):
    # Issue 21, item 5: some phones write "23:59 PM"; it is read as 23:59, not merged.
    text = (
        "12/03/2024, 11:58 PM - Ana: before\n12/03/2024, 23:59 PM - Rui: impossible\n"
        "13/03/2024, 12:01 AM - Ana: after\n"
    )
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", text))
    assert [(m.sender, m.text, m.time.strftime("%Y-%m-%d %H:%M"), m.line) for m in messages] == [
        ("Ana", "before", "2024-03-12 23:58", 1),
        ("Rui", "impossible", "2024-03-12 23:59", 2),
        ("Ana", "after", "2024-03-13 00:01", 3),
    ]
    warning = next(w for w in summary.warnings if w.code == "impossible-time")
    assert warning.line == 2 and warning.message == (
        "This message's time is written '23:59 PM', which does not exist (a 24-hour time with AM or PM); it was "
        "read as 23:59."
    )
    assert not any(w.code == "bad-header" for w in summary.warnings)


def test_the_french_android_form_with_a_is_an_export(write_export):
    text = "12/07/2017 à 22:35 - Marie Dubois: Bonjour\n13/07/2017 à 08:02 - Paul: Salut, à demain\n"
    messages, _summary = read(write_export("Discussion WhatsApp avec Marie.txt", text))
    assert [(m.sender, m.text, m.time.strftime("%Y-%m-%d %H:%M")) for m in messages] == [
        ("Marie Dubois", "Bonjour", "2017-07-12 22:35"),
        ("Paul", "Salut, à demain", "2017-07-13 08:02"),
    ]


def test_a_barely_ambiguous_order_follows_the_files_chronology_before_the_default(write_export):
    # 05/06 then 06/05: day first goes back a month, month first moves forward one. Not enough
    # to be sure (the user is still asked), but month first is assumed rather than the default.
    text = "05/06/2024, 10:00 - Ana: one\n06/05/2024, 10:00 - Ana: two\n"
    messages, summary = read(write_export("WhatsApp Chat with Ana.txt", text))
    assert summary.date_order.order == "MDY" and summary.date_order.ambiguous
    assert summary.date_order.reason.endswith("moves forward more")
    assert times(messages) == ["2024-05-06 10:00", "2024-06-05 10:00"]
    # A tie (nothing to tell the orders apart) still takes the default, day first.
    _tie, tied = read(write_export("WhatsApp Chat with Bo.txt", "03/03/2024, 10:00 - Bo: same day either way\n"))
    assert tied.date_order.order == "DMY" and tied.date_order.ambiguous


def test_years_left_out_are_taken_from_the_dated_messages_not_the_files_date(write_export):
    # Issue 21, item 4: old Android left the year out for the current year's messages only.
    after = "Dec 30, 2014, 8:11 PM - Kiran: dated\nJan 2, 12:14 PM - Kiran: no year\nMar 5, 9:00 AM - Kiran: later\n"
    before = "Nov 30, 8:11 PM - Kiran: one\nDec 2, 8:12 PM - Kiran: two\nJan 2, 2015, 12:14 PM - Kiran: dated\n"
    stamp = time.mktime((2020, 6, 1, 12, 0, 0, 0, 0, -1))  # copied years later: the file's date says nothing
    for name, text, expected, lines in (
        ("WhatsApp Chat with Kiran.txt", after, ["2014-12-30", "2015-01-02", "2015-03-05"], ("2", "3", 2)),
        ("WhatsApp Chat with Milo.txt", before, ["2014-11-30", "2014-12-02", "2015-01-02"], ("1", "2", 2)),
    ):
        path = write_export(name, text)
        os.utime(path, (stamp, stamp))
        messages, summary = read(path)
        assert [m.time.strftime("%Y-%m-%d") for m in messages] == expected
        warning = next(w for w in summary.warnings if w.code == "year-derived")
        assert (warning.params[0], warning.params[1], warning.count) == lines and warning.line == int(lines[0])
        assert warning.message == (
            f"2 messages between lines {lines[0]} and {lines[1]} do not write their year; it was taken from the "
            "messages that do, and the order of the file. Check the years there."
        )
        assert not any(w.code == "year-missing" for w in summary.warnings)


def test_call_lines_of_recent_exports_are_calls(write_export):
    # Issue 21, item 2: the outcome after a comma, on iOS and in English Android exports.
    text = (
        "[12/03/2024, 09:00:00] Ana: \u200eVoice call, No answer\r\n"
        "[12/03/2024, 09:01:00] Ana: \u200eMissed voice call, Tap to call back\r\n"
        "[12/03/2024, 09:02:00] Rui: \u200eVideo call, 1 hr 23 min\r\n"
        "[12/03/2024, 09:03:00] Rui: \u200eSilenced video call\r\n"
        "[12/03/2024, 09:04:00] Ana: Voice call, everyone come at 10\r\n"
        "[12/03/2024, 09:05:00] \u200eRui pinned a message\r\n"
    )
    messages, _summary = read(write_export("WhatsApp Chat - Team.txt", text))
    assert [(m.sender, m.kind, m.detail) for m in messages] == [
        ("Ana", "call", "voice"),
        ("Ana", "call", "voice"),
        ("Rui", "call", "video_answered"),
        ("Rui", "call", "video"),
        ("Ana", "text", None),
        (None, "system", "pinned"),
    ]


@pytest.mark.parametrize(
    ("line", "event"),
    [
        ("12/03/2024, 09:05 - Rui hat eine Nachricht angeheftet", "pinned"),
        ("12/03/2024, 09:05 - Rui a épinglé un message", "pinned"),
        ("12/03/2024, 09:05 - Rui fijó un mensaje", "pinned"),
        ("12/03/2024, 09:05 - Rui fixou uma mensagem", "pinned"),
        ("12/03/2024, 09:05 - Rui ha fissato un messaggio", "pinned"),
        ("12/03/2024, 09:05 - Rui heeft een bericht vastgezet", "pinned"),
        ("12/03/2024, 09:05 - Rui ist über einen Einladungslink beigetreten", "joined"),
        ("12/03/2024, 09:05 - Rui is lid geworden via de uitnodigingslink van deze groep", "joined"),
    ],
)
def test_pinned_and_joined_notices_in_other_languages(write_export, line, event):
    # Issue 21, item 2: the notice is named; a person's own text with the words stays text.
    text = f"12/03/2024, 09:00 - Ana: Olá\n{line}\n12/03/2024, 09:06 - Ana: hat eine Nachricht angeheftet?\n"
    messages, _summary = read(write_export("WhatsApp Chat with Team.txt", text))
    assert [(m.sender, m.kind, m.detail) for m in messages] == [
        ("Ana", "text", None), (None, "system", event), ("Ana", "text", None),
    ]  # fmt: skip


def test_the_czech_iphone_image_placeholder_is_media_not_a_bubble(write_export):
    # The line issue 21 quotes from a real export; the other Czech media words are not verified.
    text = "[12.03.24 9:00:00] Jana Nováková: \u200eobrázek vynechán\r\n[12.03.24 9:01:00] Jana Nováková: Díky\r\n"
    messages, _summary = read(write_export("WhatsApp Chat - Jana.txt", text))
    assert [(m.kind, m.media_type, m.text) for m in messages] == [("media", "image", ""), ("text", None, "Díky")]


def test_localized_iphone_placeholders_are_media_and_deletions(write_export):
    # Issue 21, item 1 (part): WhatsApp's own strings in more of the languages the issue names.
    lines = [
        ("Kenji", "画像は含まれていません", "media", "image"),
        ("Min-jun", "비디오 생략됨", "media", "video"),
        ("Ola", "audio pominięte", "media", "audio"),
        ("Oksana", "Наклейку не додано", "media", "sticker"),
        ("Lan", "Đã bỏ qua ảnh GIF", "media", "gif"),
        ("Somchai", "บัตรรายชื่อที่ละเว้น", "media", "contact"),
        ("Wei", "圖片已略去", "media", "image"),
        ("Jana", "Tato zpráva byla smazána.", "deleted", None),
        ("Jana", "Tuto zprávu jste smazal/a.", "deleted", None),
        ("Kenji", "このメッセージを削除しました。", "deleted", None),
        ("Anouk", "afbeelding weggelaten", "media", "image"),
    ]
    text = "".join(
        f"[12/03/2024, 09:{i:02d}:00] {name}: \u200e{body}\r\n" for i, (name, body, _kind, _type) in enumerate(lines)
    )
    messages, _summary = read(write_export("WhatsApp Chat - Todos.txt", text))
    assert [(m.sender, m.kind, m.media_type) for m in messages] == [(n, k, t) for n, _b, k, t in lines]
    assert [m.detail for m in messages if m.kind == "deleted"] == ["other", "own", "own"]


def test_newer_notices_blocked_business_meta_service_and_started_calls(write_export):
    # Issue 21, item 2: lines of 2024-2026 exports without a sender.
    path = write_export(
        "WhatsApp Chat with Ana.txt",
        "23/03/2024, 10:00 - Ana: hello\n"
        "23/03/2024, 10:01 - You blocked this business\n"
        "23/03/2024, 10:02 - You unblocked this business\n"
        "23/03/2024, 10:03 - This business uses a secure service from Meta to manage this chat. Tap to learn more.\n"
        "23/03/2024, 10:04 - Ana started a call\n"
        "23/03/2024, 10:05 - You started a video call\n"
        "23/03/2024, 10:06 - Ana: I started a call with the bank\n",
    )
    messages, summary = read(path)
    assert [(m.kind, m.sender, m.detail) for m in messages] == [
        ("text", "Ana", None),
        ("system", None, "blocked"),
        ("system", None, "blocked"),
        ("system", None, "business"),
        ("call", "Ana", "voice_started"),
        ("call", None, "video_started"),
        ("text", "Ana", None),
    ]
    assert messages[4].text == "Ana started a call"
    assert summary.kinds["call"] == 2
