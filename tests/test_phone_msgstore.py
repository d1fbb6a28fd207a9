"""Reading msgstore.db (issue 18): the golden mapping, where every invented message has its
exact expected record, the @lid identities mapped to numbers, and the databases that are not
a msgstore this version reads, each with its sentence."""

import sqlite3
from datetime import datetime

import pytest

from fixtures.msgstore import build
from wamigrate.core.phone.msgstore import Reaction, SchemaError, probe, read


def records(path):
    connection = sqlite3.connect(path)
    messages, found = read(connection)
    return list(messages), found


def test_every_message_becomes_its_exact_record(tmp_path):
    messages, found = records(build(tmp_path / "msgstore.db"))
    shown = [(m.chat, m.key_id, m.sender, m.utc, m.kind, m.media_type, m.detail, m.text) for m in messages]
    at = lambda hh, mm, ss=0: datetime(2024, 5, 10, hh, mm, ss)  # noqa: E731
    assert shown == [
        ("+5511987654321", "A1", "+5511987654321", at(9, 0), "text", None, None, "Olá! Têm rosas brancas?\nPara sábado"),
        ("+5511987654321", "A2", None, at(9, 1), "text", None, None, "Temos sim!"),
        ("+5511987654321", "A3", "+5511987654321", at(9, 2), "media", "image", None, "Esta aqui"),
        ("+5511987654321", "A4", None, at(9, 3), "media", "voice_note", None, ""),
        ("+5511987654321", "A5", "+5511987654321", at(9, 4), "deleted", None, "other", ""),
        ("+5511987654321", "A6", "+5511987654321", at(9, 5), "location", None, None, ""),
        ("+5511987654321", "A7", None, at(9, 6), "text", None, None, "Obrigado pela compra"),
        ("+5511987654321", "C1", "+5511987654321", at(9, 6, 30), "call", None, "voice", "Missed voice call"),
        ("+5511987654321", "A8", "+5511987654321", at(9, 7), "system", None, "unknown:999",
         "[a kind of message wamigrate does not know yet (type 999)]"),
        ("+5511987654321", "C2", None, at(9, 8, 20), "call", None, "video", "Video call, 3 min"),
        ("Equipa Flores", "G1", None, at(9, 0, 30), "poll", None, None, "Reunião quando?"),
        ("Equipa Flores", "G2", "+351912345678", at(9, 1, 30), "text", None, None, "Amanhã às 10h"),
        ("Equipa Flores", "G3", "+351912345678", at(9, 2, 30), "system", None, "added", "Members were added to the group."),
        ("Equipa Flores", "G4", "+351912345678", at(9, 3, 20), "media", "contact", None, ""),
        ("+5521999990000", "C3", "+5521999990000", at(9, 0, 20), "call", None, "voice", "Missed voice call"),
    ]  # fmt: skip
    calls = {m.key_id: m.call for m in messages if m.call}
    assert calls == {
        "C1": {"result": "declined", "duration": 0},
        "C2": {"result": "answered", "duration": 185},
        "C3": {"result": "missed", "duration": 0},
    }
    assert found.calls == 3
    by_key = {m.key_id: m for m in messages}
    assert by_key["A2"].reply_to == "A1" and by_key["A1"].reply_to is None
    assert by_key["A2"].reactions == [Reaction("+5511987654321", "👍", at(9, 1, 10))]  # Ana's LID → her number
    assert by_key["A1"].reactions == [Reaction(None, "❤️", at(9, 1, 5))]
    assert by_key["A7"].edited_utc == at(9, 6, 40)
    assert (by_key["A6"].latitude, by_key["A6"].longitude) == (-23.5617, -46.6825)
    image = by_key["A3"]
    assert (image.file_path, image.mime_type, image.file_hash) == (
        "Media/WhatsApp Images/IMG-20240510-WA0001.jpg", "image/jpeg", "aGFzaA==",
    )  # fmt: skip
    assert by_key["G1"].poll_options == [("Manhã", 2), ("Tarde", 0)]
    assert by_key["G4"].vcards == ["BEGIN:VCARD\nFN:Loja Azul\nEND:VCARD", "BEGIN:VCARD\nFN:Eva\nEND:VCARD"]
    assert by_key["G1"].is_group and not by_key["A1"].is_group
    # The status update is left out and counted; the unknown type is counted, not dropped.
    assert found.status_skipped == 1 and found.unknown_types == {999: 1}
    assert found.chats == {"5511987654321@s.whatsapp.net", "120363000000000001@g.us", "5521999990000@s.whatsapp.net"}


def test_by_time_gives_the_same_records_in_the_order_of_time_across_chats(tmp_path):
    # The import writes fastest in time order (the archive's ids follow time). SQLite drops the
    # ORDER BY of a subquery in FROM when nothing outside asks for an order: this fails then.
    connection = sqlite3.connect(build(tmp_path / "msgstore.db"))
    by_chat, _ = read(connection)
    by_chat = list(by_chat)
    by_time, found = read(connection, by_time=True)
    by_time = list(by_time)
    assert [m.utc for m in by_time] == sorted(m.utc for m in by_chat)
    assert sorted(by_time, key=lambda m: (m.chat_jid, m.key_id)) == sorted(
        by_chat, key=lambda m: (m.chat_jid, m.key_id)
    )
    assert [m.key_id for m in by_time][:4] == ["A1", "C3", "G1", "A2"]
    assert found.calls == 3


def test_without_jid_map_the_lid_is_what_is_shown(tmp_path):
    path = build(tmp_path / "msgstore.db", lid=True)
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE jid_map")
    messages, _found = read(connection)
    assert next(iter(messages)).chat == "98765432101234@lid"


@pytest.mark.parametrize(
    ("ddl", "said"),
    [
        ("CREATE TABLE wa_contacts (jid TEXT, display_name TEXT)", "This is wa.db, WhatsApp's contact list"),
        ("CREATE TABLE ZWAMESSAGE (Z_PK INTEGER, ZTEXT TEXT)", "This is an iPhone's ChatStorage.sqlite"),
        ("CREATE TABLE message (_id INTEGER, chat_row_id INTEGER)", "it has no usable “message”, “chat”, “jid” table"),
    ],
)
def test_databases_this_version_does_not_read_are_named(tmp_path, ddl, said):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute(ddl)
    with pytest.raises(SchemaError, match=said):
        probe(connection)
