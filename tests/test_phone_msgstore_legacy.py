"""Reading a msgstore.db from before 2022 (issue 18, the legacy ``messages`` era): the golden
mapping of every invented message in both forms of the era (2019: beside ``jid``, ``chat``,
``message_media``, ``message_system``, ``call_log``; 2017: beside ``chat_list`` only, notices
in ``media_size``, media paths inside ``thumb_image``), the media path parser, the import into
an archive merged with an export of the same chat, and the command line."""

import json
import sqlite3
from datetime import datetime

import pytest

from fixtures.msgstore_legacy import ANA, CARD, GROUP, IMAGE_PATH, VOICE_PATH, build, media_record
from fixtures.phone_backup import backup, java_key_file
from test_cli_archive import run
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone
from wamigrate.core.archive.verify import verify
from wamigrate.core.phone.backup_key import key_from_bytes
from wamigrate.core.phone.msgstore import SchemaError, chat_texts, message_count, missing_parts, probe, read
from wamigrate.core.phone.msgstore_legacy import media_path

at = lambda hh, mm, ss=0: datetime(2024, 5, 10, hh, mm, ss)  # noqa: E731
ANA_NUMBER, RUI_NUMBER = "+5511987654321", "+351912345678"
EXPECTED = [
    # chat, key id, sender, utc, kind, media type, detail, text, file path, reply to
    ("Equipa Flores", "G1", None, at(9, 0, 30), "system", None, "group_created", "The group was created.", None,
     None),
    ("Equipa Flores", "G2", RUI_NUMBER, at(9, 1, 30), "text", None, None, "Amanhã às 10h", None, None),
    ("Equipa Flores", "G3", RUI_NUMBER, at(9, 2, 30), "system", None, "left", "A member left the group.", None, None),
    ("Equipa Flores", "G4", RUI_NUMBER, at(9, 2, 40), "system", None, "action:88",
     "[a chat notice wamigrate does not know yet (number 88)]", None, None),
    (ANA_NUMBER, "A1", ANA_NUMBER, at(9, 0), "text", None, None, "Olá! Têm rosas brancas?\nPara sábado", None, None),
    (ANA_NUMBER, "A2", None, at(9, 1), "text", None, None, "Temos sim!", None, "A1"),
    (ANA_NUMBER, "A3", ANA_NUMBER, at(9, 2), "media", "image", None, "Esta aqui", IMAGE_PATH, None),
    (ANA_NUMBER, "A4", None, at(9, 3), "media", "voice_note", None, "", VOICE_PATH, None),
    (ANA_NUMBER, "A5", ANA_NUMBER, at(9, 4), "deleted", None, "other", "", None, None),
    (ANA_NUMBER, "A6", ANA_NUMBER, at(9, 5), "location", None, None, "Loja Central", None, None),
    (ANA_NUMBER, "A7", ANA_NUMBER, at(9, 6), "media", "contact", None, "Loja Azul", None, None),
    (ANA_NUMBER, "A8", ANA_NUMBER, at(9, 7), "system", None, "unknown:77",
     "[a kind of message wamigrate does not know yet (type 77)]", None, None),
]  # fmt: skip
CALLS = [  # only the 2019 form has call_log
    (ANA_NUMBER, "C1", ANA_NUMBER, at(9, 6, 30), "call", None, "voice", "Missed voice call", None, None),
    ("+5521999990000", "C3", "+5521999990000", at(9, 0, 20), "call", None, "voice", "Missed voice call", None, None),
]


def shown(messages):
    return [(m.chat, m.key_id, m.sender, m.utc, m.kind, m.media_type, m.detail, m.text, m.file_path, m.reply_to)
            for m in messages]  # fmt: skip


@pytest.mark.parametrize("era", ["2019", "2017"])
def test_every_message_of_the_era_becomes_its_exact_record(tmp_path, era):
    connection = sqlite3.connect(build(tmp_path / "msgstore.db", era))
    schema = probe(connection)
    assert schema.legacy and missing_parts(schema) == []
    messages, found = read(connection, schema)
    messages = list(messages)
    expected = list(EXPECTED)
    if era == "2019":
        expected.insert(expected.index(EXPECTED[-1]), CALLS[0])
        expected.append(CALLS[1])
    assert shown(messages) == expected
    by_key = {m.key_id: m for m in messages}
    assert (by_key["A6"].latitude, by_key["A6"].longitude) == (-23.5617, -46.6825)
    assert by_key["A7"].vcards == [CARD]
    assert (by_key["A3"].mime_type, by_key["A3"].file_hash) == ("image/jpeg", "aGFzaA==")
    assert by_key["G1"].is_group and by_key["G1"].chat_jid == GROUP and not by_key["A1"].is_group
    assert by_key["A1"].chat_jid == ANA
    # The start row ("-1") is no message; the status update is left out and counted.
    assert found.status_skipped == 1 and found.unknown_types == {77: 1} and found.unknown_actions == {88: 1}
    assert found.calls == (2 if era == "2019" else 0)
    # In the import's order, the same records by time across the chats.
    by_time = list(read(connection, schema, by_time=True)[0])
    assert [m.utc for m in by_time] == sorted(m.utc for m in messages)
    assert sorted(shown(by_time), key=str) == sorted(expected, key=str)
    assert message_count(connection, schema) == 13  # status and start rows included: a progress total
    assert sorted(chat_texts(connection, schema), key=str) == sorted([
        (ANA, ANA_NUMBER, 1_715_331_600_000, "Olá! Têm rosas brancas?\nPara sábado"),
        (ANA, None, 1_715_331_660_000, "Temos sim!"),
        (GROUP, RUI_NUMBER, 1_715_331_690_000, "Amanhã às 10h"),
        ("status@broadcast", "status@broadcast", 1_715_331_610_000, "status text"),  # as the message era gives it
    ], key=str)  # fmt: skip


def test_a_legacy_table_without_what_every_one_had_is_refused_with_its_name(tmp_path):
    path = tmp_path / "msgstore.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE messages (_id INTEGER, key_remote_jid TEXT, data TEXT)")
    with pytest.raises(SchemaError, match="it has no usable “messages” table"):
        probe(connection)


def test_the_media_path_inside_a_serialized_record():
    assert media_path(media_record(IMAGE_PATH)) == IMAGE_PATH
    absolute = "/storage/emulated/0/WhatsApp/Media/WhatsApp Documents/Orçamento.pdf"
    assert media_path(media_record(absolute)) == absolute
    assert media_path(b"\xac\xed\x00\x05sr\x00\x15com.whatsapp.MediaData") is None  # never downloaded
    # A "Media/" outside any string frame, or a length that runs past the record, is no path.
    assert media_path(b"xxMedia/WhatsApp Images/a.jpg") is None
    assert media_path(b"t\x01\x00Media/WhatsApp Images/a.jpg") is None


def test_a_legacy_database_is_imported_and_merged_with_an_export_of_the_same_chat(new_archive, tmp_path):
    archive, _ = new_archive()
    export = tmp_path / "WhatsApp Chat with Ana Souza.txt"
    export.write_text(
        "10/05/2024 06:00 - Ana Souza: Olá! Têm rosas brancas?\nPara sábado\n"
        "10/05/2024 06:01 - Loja Flores: Temos sim!\n"
        "10/05/2024 06:09 - Ana Souza: Até amanhã\n",
        encoding="utf-8",
    )
    import_export(archive, export, ImportOptions(timezone="America/Sao_Paulo"))
    result = import_phone(
        archive, build(tmp_path / "msgstore.db", "2017"), PhoneImportOptions(timezone="America/Sao_Paulo")
    )
    assert (result.messages_read, result.new_messages, result.replaced, result.merged_chats) == (12, 12, 2, 1)
    assert [(c.title, c.messages, c.from_exports) for c in result.chats] == [
        ("Ana Souza", 8, 2), ("Equipa Flores", 4, 0),
    ]  # fmt: skip
    rows = archive.connection.execute(
        "SELECT p.display_name, m.kind, m.text, m.attachment_name, m.wa_id, m.reply_to FROM messages m "
        "JOIN chats c ON c.id = m.chat_id LEFT JOIN participants p ON p.id = m.sender_id "
        "WHERE c.title = 'Ana Souza' ORDER BY m.utc_time, m.source_id, m.source_line"
    ).fetchall()
    assert rows == [
        ("Ana Souza", "text", "Olá! Têm rosas brancas?\nPara sábado", None, "A1", None),
        ("Loja Flores", "text", "Temos sim!", None, "A2", "A1"),
        ("Ana Souza", "media", "Esta aqui", "IMG-20190510-WA0001.jpg", "A3", None),
        ("Loja Flores", "media", "", "PTT-20190510-WA0002.opus", "A4", None),
        ("Ana Souza", "deleted", "", None, "A5", None),
        ("Ana Souza", "location", "Loja Central\nhttps://maps.google.com/?q=-23.5617,-46.6825", None, "A6", None),
        ("Ana Souza", "media", "Loja Azul", None, "A7", None),
        ("Ana Souza", "system", "[a kind of message wamigrate does not know yet (type 77)]", None, "A8", None),
        ("Ana Souza", "text", "Até amanhã", None, None, None),  # newer than the backup: the export's
    ]
    assert verify(archive).problems == []


def test_the_command_line_inspects_a_legacy_database(tmp_path):
    path = build(tmp_path / "msgstore.db", "2019")
    done = run("inspect", str(path), "--jsonl", "--timezone", "UTC")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == ["G1", "G2", "G3", "G4", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "C1",
                                          "A8", "C3"]  # fmt: skip
    assert records[5]["reply_to"] == "A1" and records[6]["attachment"] == "IMG-20190510-WA0001.jpg"
    assert records[4]["utc"] == "2024-05-10T09:00:00.000Z"


def test_a_crypt14_backup_of_the_era_opens_with_the_phones_key_file(new_archive, tmp_path):
    aes = bytes(range(32, 64))
    path = tmp_path / "msgstore-2021-06-01.1.db.crypt14"
    path.write_bytes(backup(build(tmp_path / "plain.db", "2019").read_bytes(), crypt=14, aes_key=aes))
    archive, _ = new_archive()
    key = key_from_bytes(java_key_file(b"\x00" * 99 + aes), "key")
    result = import_phone(archive, path, PhoneImportOptions(timezone="UTC", key=key))
    assert (result.messages_read, result.new_messages, result.calls, result.status_skipped) == (14, 14, 2, 1)
    assert result.unknown_types == {77: 1} and result.unknown_actions == {88: 1}
    assert [(c.title, c.messages) for c in result.chats] == [
        ("+5511987654321", 9), ("Equipa Flores", 4), ("+5521999990000", 1),
    ]  # fmt: skip
    assert verify(archive).problems == []


def test_a_legacy_database_without_its_chat_list_still_gives_every_message(new_archive, tmp_path):
    # The oldest databases, or a damaged one: no table names the chats. Every message is still
    # read; a group is then named by its jid, as nothing gives its subject.
    path = build(tmp_path / "msgstore.db", "2017")
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE chat_list")
    connection.execute("DROP TABLE messages_quotes")
    connection.commit()
    messages, found = read(connection)
    messages = list(messages)
    assert [m.key_id for m in messages] == [e[1] for e in EXPECTED]
    assert {m.chat for m in messages} == {GROUP, ANA_NUMBER}
    assert all(m.reply_to is None for m in messages) and found.status_skipped == 1
    archive, _ = new_archive()
    result = import_phone(archive, path, PhoneImportOptions(timezone="UTC"))
    assert [(c.title, c.messages) for c in result.chats] == [(ANA_NUMBER, 8), (GROUP, 4)]
