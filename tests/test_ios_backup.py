"""iPhone backups (issue 20): finding them, opening them plain or encrypted, every invented
message of ChatStorage.sqlite read exactly (also the ones still in its write-ahead log), the
import with the media found through the manifest, and each bad input a sentence that leaves
the archive as it was."""

import itertools
import json
import os
import plistlib
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from fixtures.ios_backup import (
    BUSINESS,
    CALLS,
    MESSAGES,
    PASSWORD,
    WHATSAPP,
    build_chatstorage,
    file_id,
    iphone_backup,
    whatsapp_files,
    write_backup,
)
from fixtures.msgstore import DDL as MSGSTORE_DDL
from fixtures.msgstore import build as build_msgstore
from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone, is_phone_database
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.phone import chatstorage, ios_backup
from wamigrate.core.phone.backup_file import StillCopyingError, WrongBackupKeyError
from wamigrate.core.phone.database_file import open_iphone_database
from wamigrate.core.phone.inspect import contract_records
from wamigrate.core.phone.msgstore import SchemaError

ZONE = "America/Sao_Paulo"  # UTC-3
WAL_ROW = (18, 1, 0, 0, 600.0, "Mensagem só no registo", "3A0018", None, None, None)
ANA, GROUP = "+5511987654321", "Encomendas Maio"


@pytest.fixture
def backups(tmp_path):
    made = {}

    def make(password=None, **options):
        key = (password, tuple(sorted(options)))
        folder = tmp_path / f"backup-{len(made)}"
        made[key] = iphone_backup(folder, tmp_path / "work", password, **options)
        return folder

    return make


def contract(folder, password=None, app=None):
    with open_iphone_database(folder, password, app) as database:
        records, found = contract_records(database, ZONE)
        return list(records), found


# -- reading -----------------------------------------------------------------------------------


EXPECTED = [
    # (chat, seq, local time, sender, kind, text, attachment, id, reply_to)
    (ANA, 0, "2024-05-10T06:00:00", ANA, "text", "Bom dia! Vocês entregam sábado?", None, "3A0001", None),
    (ANA, 1, "2024-05-10T06:01:00", "Me", "text", "Entregamos sim.\nAté as 14h.", None, "3A0002", None),
    (ANA, 2, "2024-05-10T06:02:00", ANA, "media", "Este buquê", "3A0003.jpg", "3A0003", None),
    (ANA, 3, "2024-05-10T06:03:00", "Me", "text", "Lindo, temos esse", None, "3A0004", "3A0003"),
    (ANA, 4, "2024-05-10T06:03:20", "Me", "call", "Voice call, 2 min", None, "CALLA1", None),  # CallHistory.sqlite
    (ANA, 5, "2024-05-10T06:04:00", ANA, "location", "Loja Rosa", None, "3A0005", None),
    (ANA, 6, "2024-05-10T06:05:00", ANA, "media", "Rita Floricultura", None, "3A0006", None),
    (ANA, 7, "2024-05-10T06:06:00", ANA, "deleted", "", None, "3A0007", None),
    (ANA, 8, "2024-05-10T06:07:00", ANA, "media", "", "3A0008.opus", "3A0008", None),
    (ANA, 9, "2024-05-10T06:08:00", ANA, "system", "[a kind of message wamigrate does not know yet (type 99)]", None,
     "3A0009", None),
    (ANA, 10, "2024-05-10T06:09:00", "Me", "poll", "Qual horário prefere?", None, "3A0010", None),
    (GROUP, 0, "2024-05-10T06:16:40", "Me", "system", "The group was created.", None, "3B0001", None),
    (GROUP, 1, "2024-05-10T06:17:40", "+351912345678", "system", "A member joined the group.", None, "3B0002", None),
    (GROUP, 2, "2024-05-10T06:18:40", "+351912345678", "text", "Olá a todos, encomenda para maio", None, "3B0003",
     None),
    (GROUP, 3, "2024-05-10T06:19:10", "+351912345678", "call", "Missed video call", None, "CALLB1", None),
    (GROUP, 4, "2024-05-10T06:19:40", "Me", "text", "Anotado!", None, "3B0004", None),
    (GROUP, 5, "2024-05-10T06:20:40", "+351912345678", "system", "A member left the group.", None, "3B0005", None),
    (GROUP, 6, "2024-05-10T06:21:40", None, "system", "[a chat notice wamigrate does not know yet (number 88)]", None,
     "3B0006", None),
]  # fmt: skip


def _fields(record):
    return (record["chat"], record["seq"], record["time"], record["sender"], record["kind"], record["text"],
            record["attachment"], record["id"], record["reply_to"])  # fmt: skip


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "encrypted"])
def test_every_invented_message_is_read_exactly(backups, password):
    records, found = contract(backups(password), password)
    assert [_fields(r) for r in records] == EXPECTED
    assert records[1]["utc"] == "2024-05-10T09:01:00.500Z"  # Core Data's fractions of a second are kept
    assert records[3]["utc"] == "2024-05-10T09:03:00.250Z"
    # Reactions from ZRECEIPTINFO: someone's (by number), the owner's ("Me"); the one taken back
    # (an empty emoji) is not there; the delivery receipts beside them are no reactions.
    assert {r["id"]: r["reactions"] for r in records if r["reactions"]} == {
        "3A0002": [{"sender": "+5511987654321", "emoji": "👍", "utc": "2024-05-10T09:01:30.000Z"}],
        "3A0003": [{"sender": "Me", "emoji": "😍", "utc": "2024-05-10T09:02:10.000Z"}],
        "3B0003": [{"sender": "+5511900000001", "emoji": "🙏", "utc": "2024-05-10T09:18:50.000Z"},
                   {"sender": "Me", "emoji": "👍", "utc": "2024-05-10T09:18:55.000Z"}],
    }  # fmt: skip
    assert all(r["edited"] is False and r["line"] is None for r in records)
    assert (dict(found.unknown_types), dict(found.unknown_actions), found.status_skipped) == ({99: 1}, {88: 1}, 1)
    assert found.calls == 2


def test_calls_come_with_their_length_and_outcome(backups):
    with open_iphone_database(backups()) as database:
        messages, _ = chatstorage.read(database.connection, by_time=True)
        calls = [m for m in messages if m.kind == "call"]
    assert [(m.chat_jid, m.from_me, m.detail, m.call, m.utc.isoformat()) for m in calls] == [
        ("5511987654321@s.whatsapp.net", True, "voice", {"result": "answered", "duration": 125},
         "2024-05-10T09:03:20"),
        ("120363041234567890@g.us", False, "video", {"result": "missed", "duration": 0}, "2024-05-10T09:19:10"),
    ]  # fmt: skip


def test_a_backup_without_a_call_list_still_gives_every_message(tmp_path):
    folder = write_backup(tmp_path / "b", whatsapp_files(tmp_path / "work", calls=False))
    records, found = contract(folder)
    assert [_fields(r)[4:] for r in records] == [e[4:] for e in EXPECTED if e[4] != "call"]
    assert found.calls == 0


def test_the_details_only_a_database_has(backups):
    with open_iphone_database(backups()) as database:
        messages, _ = chatstorage.read(database.connection)
        by_id = {m.key_id: m for m in messages}
    assert (by_id["3A0005"].latitude, by_id["3A0005"].longitude) == (-23.5613, -46.6565)
    assert by_id["3A0006"].media_type == "contact" and by_id["3A0006"].vcards == [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Rita Floricultura\nTEL;type=CELL:+55 11 91234-5678\nEND:VCARD"
    ]
    assert (by_id["3A0003"].media_type, by_id["3A0003"].mime_type) == ("image", "image/jpeg")
    assert by_id["3A0003"].file_path == "Message/Media/5511987654321@s.whatsapp.net/a/b/3A0003.jpg"
    assert by_id["3A0008"].media_type == "voice_note"
    assert (by_id["3A0007"].kind, by_id["3A0007"].detail) == ("deleted", "other")
    assert by_id["3A0010"].poll_options == [("Manhã", None), ("Tarde", None)]  # an iPhone keeps no vote counts
    assert [by_id[i].detail for i in ("3B0001", "3B0002", "3B0005", "3B0006")] == [
        "group_created", "added", "left", "action:88",
    ]  # fmt: skip


def test_messages_still_in_the_write_ahead_log_are_read(backups):
    folder = backups(PASSWORD, wal_rows=[WAL_ROW])
    assert ios_backup.open_ios_backup(folder, PASSWORD).entry(WHATSAPP, "ChatStorage.sqlite-wal").size > 0
    records, _ = contract(folder, PASSWORD)
    assert [(r["id"], r["text"]) for r in records if r["chat"] == ANA][-1] == ("3A0018", "Mensagem só no registo")
    assert len(records) == len(EXPECTED) + 1


def test_the_phone_knows_its_contacts_names(backups):
    with open_iphone_database(backups()) as database:
        assert chatstorage.names(database.connection) == [
            (ANA, "Ana Souza"), ("+351912345678", "João Pereira"), ("+351912345678", "Jota"),
        ]  # fmt: skip


def test_receipt_info_reactions_and_polls():
    from fixtures.ios_backup import receipt, unix_ms
    from fixtures.protobuf_writer import field
    from wamigrate.core.phone.chatstorage import receipt_details

    found = receipt_details(receipt((ANA, "👍", 90.0), (None, "❤️", 95.0), poll=("Quando?", ["Hoje", "Amanhã"])))
    assert found.reactions == [
        (ANA, "👍", datetime(2024, 5, 10, 9, 1, 30)), (None, "❤️", datetime(2024, 5, 10, 9, 1, 35)),
    ]  # fmt: skip
    assert (found.poll_question, found.poll_options) == ("Quando?", ("Hoje", "Amanhã"))
    # Someone's entry without a jid is the owner's; a time outside WhatsApp's years is no time;
    # fields wamigrate does not know are passed over.
    odd = field(9, 7) + field(
        7, field(1, field(3, "🙂") + field(4, unix_ms(0))) + field(1, field(2, ANA) + field(3, "😮") + field(4, 12))
    )
    assert receipt_details(odd).reactions == [(None, "🙂", datetime(2024, 5, 10, 9, 0)), (ANA, "😮", None)]
    # A damaged blob has nothing, rather than failing the import.
    assert receipt_details(receipt((ANA, "👍", 90.0))[:-3]).reactions == []
    assert receipt_details(b"\xff\xff\xff").reactions == [] and receipt_details(None).reactions == []


def test_core_data_times_and_quoted_ids():
    assert chatstorage.utc_of(0.001) == datetime(2001, 1, 1, 0, 0, 0, 1000)
    assert chatstorage.utc_of(None) is None and chatstorage.utc_of(-5) is None
    assert chatstorage.quoted_id(b"\x08\x01\x2a\x063A0003") == "3A0003"
    assert chatstorage.quoted_id(b"\x2a\x7f\x01") is None  # a damaged blob quotes nothing
    assert chatstorage.quoted_id(b"\x0a\x02hi") is None  # no field 5


def test_our_encrypted_backups_are_apples_format_as_iphone_backup_decrypt_reads_it(backups):
    """The oracle: a published reader of encrypted backups opens what our generator writes, so
    our reader is not only checked against our own idea of the format."""
    decrypt = pytest.importorskip("iphone_backup_decrypt")
    folder = backups(PASSWORD)
    theirs = decrypt.EncryptedBackup(backup_directory=str(folder), passphrase=PASSWORD)
    ours = ios_backup.open_ios_backup(folder, PASSWORD)
    for relative in ("ChatStorage.sqlite", "Message/Media/5511987654321@s.whatsapp.net/a/b/3A0003.jpg"):
        expected = theirs.extract_file_as_bytes(relative, domain_like=WHATSAPP)
        assert ours.read_bytes(ours.entry(WHATSAPP, relative)) == expected
    assert expected == b"\xff\xd8\xff photo"


# -- finding backups ---------------------------------------------------------------------------


def test_backups_are_listed_newest_first_with_their_device(tmp_path):
    root = tmp_path / "Backup"
    write_backup(root / "old-udid", {}, device="iPhone antigo", date=datetime(2025, 3, 1, 9, 0))
    write_backup(root / "new-udid", {}, PASSWORD, device="iPhone da Loja", date=datetime(2026, 11, 20, 18, 30))
    (root / "not-a-backup").mkdir()
    found, problems = ios_backup.find_backups([root, tmp_path / "absent"])
    assert [(b.folder.name, b.device_name, b.model, b.ios_version, b.encrypted) for b in found] == [
        ("new-udid", "iPhone da Loja", "iPhone15,2", "18.1", True),
        ("old-udid", "iPhone antigo", "iPhone15,2", "18.1", False),
    ]
    assert found[0].date.isoformat() == "2026-11-20T18:30:00+00:00" and problems == []


def test_a_backup_folder_is_a_phone_source(backups, tmp_path):
    assert is_phone_database(backups()) and not is_phone_database(tmp_path / "work")


# -- importing ---------------------------------------------------------------------------------


def test_importing_an_encrypted_backup_brings_every_chat_and_its_media(backups, new_archive):
    archive, _ = new_archive()
    folder = backups(PASSWORD, wal_rows=[WAL_ROW])
    result = import_phone(archive, folder, PhoneImportOptions(timezone=ZONE, password=PASSWORD))
    assert (result.file_name, result.messages_read, result.new_messages) == ("iPhone da Loja (WhatsApp)", 19, 19)
    assert [(c.title, c.messages, c.is_group) for c in result.chats] == [("Ana Souza", 12, False), (GROUP, 7, True)]
    assert (result.media.wanted, result.media.stored, result.media.linked, result.media.missing) == (2, 2, 2, [])
    assert result.attachments_added == 2
    assert [w.code for w in result.warnings] == [
        "phone-unknown-type", "phone-unknown-notice", "phone-status-skipped", "iphone-edits-not-read",
    ]  # fmt: skip
    c = archive.connection
    assert c.execute("SELECT DISTINCT platform FROM chats").fetchall() == [("ios",)]
    # The contact's name as saved on the iPhone names the chat and her messages.
    assert c.execute(
        "SELECT p.display_name, count(*) FROM messages m JOIN participants p ON p.id = m.sender_id "
        "GROUP BY p.display_name ORDER BY p.display_name"
    ).fetchall() == [("Ana Souza", 8), ("João Pereira", 4), ("Me", 6)]
    # Reactions under their message, by the name the chat shows (NULL: the owner); the poll with
    # its options, as an exported poll reads.
    assert c.execute(
        "SELECT m.wa_id, r.sender, r.emoji, r.utc_time FROM reactions r JOIN messages m ON m.id = r.message_id "
        "ORDER BY m.wa_id, r.rowid"
    ).fetchall() == [
        ("3A0002", "Ana Souza", "👍", "2024-05-10T09:01:30Z"), ("3A0003", None, "😍", "2024-05-10T09:02:10Z"),
        ("3B0003", "+5511900000001", "🙏", "2024-05-10T09:18:50Z"), ("3B0003", None, "👍", "2024-05-10T09:18:55Z"),
    ]  # fmt: skip
    assert c.execute("SELECT text FROM messages WHERE wa_id = '3A0010'").fetchone() == (
        "POLL:\nQual horário prefere?\nOPTION: Manhã\nOPTION: Tarde",
    )
    photo = c.execute(
        "SELECT a.size FROM messages m JOIN attachments a ON a.sha256 = m.attachment_sha256 WHERE m.wa_id = '3A0003'"
    ).fetchone()
    assert photo == (len(b"\xff\xd8\xff photo"),)
    again = import_phone(archive, folder, PhoneImportOptions(timezone=ZONE, password=PASSWORD))
    assert again.already_imported and again.messages_read == 19


def test_media_the_backup_lacks_is_listed(tmp_path, new_archive):
    files = whatsapp_files(tmp_path / "work")
    del files[(WHATSAPP, "Message/Media/5511987654321@s.whatsapp.net/c/d/3A0008.opus")]
    folder = write_backup(tmp_path / "backup", files)
    archive, _ = new_archive()
    result = import_phone(archive, folder, PhoneImportOptions(timezone=ZONE))
    assert result.media.missing == ["Message/Media/5511987654321@s.whatsapp.net/c/d/3A0008.opus"]
    [warning] = [w for w in result.warnings if w.code == "iphone-media-missing"]
    assert warning.message == (
        "1 media file the iPhone's messages name is not in its backup (the phone had removed it, or kept it only in "
        "iCloud): 3A0008.opus. Its message is kept."
    )
    assert archive.connection.execute("SELECT count(*) FROM messages").fetchone() == (18,)


def test_a_database_without_messages_says_that_whatsapps_icloud_backup_may_hold_the_chats(tmp_path, new_archive):
    # WhatsApp's own end-to-end encrypted iCloud backup can leave the app's database in the
    # computer's backup with its chats but no messages (issue 20, item 4).
    work = tmp_path / "work"
    work.mkdir()
    build_chatstorage(work / "empty.sqlite", messages=())
    folder = write_backup(tmp_path / "backup", {(WHATSAPP, "ChatStorage.sqlite"): (work / "empty.sqlite").read_bytes()})
    archive, _ = new_archive()
    result = import_phone(archive, folder, PhoneImportOptions(timezone=ZONE))
    assert (result.messages_read, result.new_messages, result.calls) == (0, 0, 0)
    assert [w.code for w in result.warnings] == ["iphone-no-chats", "iphone-edits-not-read"]
    [warning] = [w for w in result.warnings if w.code == "iphone-no-chats"]
    assert warning.message == (
        "WhatsApp's database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp's own "
        "end-to-end encrypted iCloud backup is probably on and keeps them out of the computer's backup: in WhatsApp, "
        "go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on "
        "the computer again."
    )


def _android_of_the_same_number(path: Path) -> Path:
    """The shop's Android phone before it switched to the iPhone: Ana's first two messages
    (the same WhatsApp ids) and one the iPhone never had."""
    c = sqlite3.connect(path)
    c.executescript(MSGSTORE_DDL)
    c.execute("INSERT INTO jid (_id, user, server, type, raw_string) VALUES "
              "(1, '5511987654321', 's.whatsapp.net', 0, '5511987654321@s.whatsapp.net')")  # fmt: skip
    c.execute("INSERT INTO chat (_id, jid_row_id, hidden) VALUES (1, 1, 0)")
    t0 = 1_715_331_600_000  # the fixture's T0 (2024-05-10 09:00 UTC) in Unix milliseconds
    c.executemany(
        "INSERT INTO message (_id, chat_row_id, from_me, key_id, timestamp, message_type, text_data) "
        "VALUES (?, 1, ?, ?, ?, 0, ?)",
        [(1, 0, "3A0001", t0, "Bom dia! Vocês entregam sábado?"), (2, 1, "3A0002", t0 + 60_500,
          "Entregamos sim.\nAté as 14h."), (3, 0, "3A0100", t0 - 86_400_000, "Uma pergunta de ontem")],
    )  # fmt: skip
    c.commit()
    c.close()
    return path


def test_an_iphone_and_an_android_import_of_the_same_number_do_not_duplicate(tmp_path, new_archive):
    """A business that switched phones: WhatsApp's message ids are the same on both, so the
    messages both phones hold are archived once, and the chat is one chat."""
    archive, _ = new_archive()
    import_phone(archive, iphone_backup(tmp_path / "b", tmp_path / "work"), PhoneImportOptions(timezone=ZONE))
    android = import_phone(archive, _android_of_the_same_number(tmp_path / "msgstore.db"),
                           PhoneImportOptions(timezone=ZONE))  # fmt: skip
    assert (android.messages_read, android.new_messages) == (3, 1)
    c = archive.connection
    assert c.execute("SELECT count(*) FROM messages").fetchone() == (19,)
    assert c.execute("SELECT count(*) FROM chats WHERE jid = '5511987654321@s.whatsapp.net'").fetchone() == (1,)
    assert c.execute("SELECT count(*) FROM messages WHERE wa_id = '3A0001'").fetchone() == (1,)


def test_a_cancel_leaves_the_archive_as_it_was(backups, new_archive):
    archive, _ = new_archive()
    token = CancelToken()
    seen = []

    def cancel_midway(done, total):
        seen.append(done)
        if done > 300:
            token.cancel()

    with pytest.raises(Cancelled):
        import_phone(archive, backups(PASSWORD), PhoneImportOptions(timezone=ZONE, password=PASSWORD),
                     cancel_midway, token)  # fmt: skip
    c = archive.connection
    assert c.execute("SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM sources), "
                     "(SELECT count(*) FROM attachments)").fetchone() == (0, 0, 0)  # fmt: skip


# -- bad input: each a sentence, nothing written -------------------------------------------------


_NAMES = itertools.count()


def _nothing_written(new_archive, folder, password=None, app=None, error=ios_backup.IosBackupError):
    archive, _ = new_archive(f"archive-{next(_NAMES)}")
    with pytest.raises(error) as raised:
        import_phone(archive, folder, PhoneImportOptions(timezone=ZONE, password=password, app=app))
    assert archive.connection.execute("SELECT (SELECT count(*) FROM messages) + (SELECT count(*) FROM sources)"
                                      ).fetchone() == (0,)  # fmt: skip
    return str(raised.value)


def test_a_wrong_password_is_its_own_error(backups, new_archive):
    message = _nothing_written(new_archive, backups(PASSWORD), "loja-rosa-2025", error=WrongBackupKeyError)
    assert message.startswith("This password does not open the iPhone backup.")
    message = _nothing_written(new_archive, backups(PASSWORD), None, error=ios_backup.PasswordNeededError)
    assert message.startswith("This iPhone backup is encrypted: type the password chosen for the phone's backups")


def test_a_folder_that_is_not_a_backup(tmp_path, new_archive):
    (tmp_path / "Fotos").mkdir()
    (tmp_path / "Fotos" / "Manifest.plist").write_bytes(b"not a plist")
    message = _nothing_written(new_archive, tmp_path / "Fotos")
    assert message == "Manifest.plist of this iPhone backup is damaged: make the backup again on the computer."
    with pytest.raises(ios_backup.IosBackupError, match="is not an iPhone backup"):
        ios_backup.backup_info(tmp_path / "work-missing")


def test_a_backup_without_whatsapp(tmp_path, new_archive):
    folder = write_backup(tmp_path / "b", {("HomeDomain", "Library/Notes/notes.sqlite"): b"x"})
    message = _nothing_written(new_archive, folder, error=ios_backup.NoWhatsAppError)
    assert message.startswith("This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp")


def test_whatsapps_icloud_backup_keeps_the_chats_out(tmp_path, new_archive):
    # The app's domain is there (its settings, its media folders), but not its chats.
    folder = write_backup(tmp_path / "b", {(WHATSAPP, "Library/Preferences/group.plist"): b"x"})
    message = _nothing_written(new_archive, folder, error=ios_backup.NoWhatsAppError)
    assert "WhatsApp's own end-to-end encrypted iCloud backup is probably on" in message
    assert "turn it off, then back up the iPhone on the computer again" in message


def test_whatsapp_business_is_chosen_when_asked(tmp_path, new_archive):
    files = whatsapp_files(tmp_path / "w1")
    business = whatsapp_files(tmp_path / "w2", BUSINESS, wal_rows=[WAL_ROW], media=False)
    folder = write_backup(tmp_path / "b", {**files, **business})
    with ios_backup.open_ios_backup(folder) as backup:
        assert backup.apps() == ["whatsapp", "business"]
    archive, _ = new_archive()
    result = import_phone(archive, folder, PhoneImportOptions(timezone=ZONE, app="business"))
    assert (result.file_name, result.new_messages) == ("iPhone da Loja (WhatsApp Business)", 19)
    only = write_backup(tmp_path / "b2", files)
    message = _nothing_written(new_archive, only, app="business", error=ios_backup.NoWhatsAppError)
    assert message == "This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup."


def test_a_truncated_manifest(backups, new_archive):
    folder = backups()
    data = (folder / "Manifest.db").read_bytes()
    (folder / "Manifest.db").write_bytes(data[: len(data) // 3])
    message = _nothing_written(new_archive, folder)
    assert (
        message == "This iPhone backup's Manifest.db is damaged or incomplete: make the backup again on the computer."
    )


def test_a_file_listed_but_missing(backups, new_archive):
    folder = backups(PASSWORD)
    chats = file_id(WHATSAPP, "ChatStorage.sqlite")
    (folder / chats[:2] / chats).unlink()
    message = _nothing_written(new_archive, folder, PASSWORD)
    assert message == (
        "ChatStorage.sqlite is listed in this iPhone backup but its file is missing: the backup is incomplete. Make "
        "it again on the computer."
    )


def test_a_damaged_keybag(backups, new_archive):
    folder = backups(PASSWORD)
    manifest = plistlib.loads((folder / "Manifest.plist").read_bytes())
    manifest["BackupKeyBag"] = manifest["BackupKeyBag"][:-7]
    (folder / "Manifest.plist").write_bytes(plistlib.dumps(manifest))
    message = _nothing_written(new_archive, folder, PASSWORD)
    assert message == (
        "This iPhone backup's key list (in Manifest.plist) is damaged: make the backup again on the computer."
    )


def _edit_manifest(folder, sql, *values):
    db = folder / "Manifest.db"
    c = sqlite3.connect(db)
    c.execute(sql, values)
    c.commit()
    c.close()


def test_a_manifest_leading_outside_the_backup_or_with_an_absurd_size(tmp_path, new_archive):
    folder = write_backup(tmp_path / "b", whatsapp_files(tmp_path / "work"))
    _edit_manifest(folder, "UPDATE Files SET fileID = '../../etc/passwd' WHERE relativePath = 'ChatStorage.sqlite'")
    message = _nothing_written(new_archive, folder)
    assert message == (
        "This iPhone backup's Manifest.db is damaged (a file has an invalid name): make the backup again."
    )
    folder = write_backup(tmp_path / "c", whatsapp_files(tmp_path / "work"))
    [blob] = sqlite3.connect(folder / "Manifest.db").execute(
        "SELECT file FROM Files WHERE relativePath = 'ChatStorage.sqlite'").fetchone()  # fmt: skip
    archived = plistlib.loads(blob)
    archived["$objects"][1]["Size"] = 1 << 50
    _edit_manifest(folder, "UPDATE Files SET file = ? WHERE relativePath = 'ChatStorage.sqlite'",
                   plistlib.dumps(archived, fmt=plistlib.FMT_BINARY))  # fmt: skip
    message = _nothing_written(new_archive, folder)
    assert (
        message == "This iPhone backup's Manifest.db is damaged (a file has an impossible size): make the backup again."
    )


def test_a_backup_still_being_made(tmp_path, new_archive):
    folder = iphone_backup(tmp_path / "b", tmp_path / "work", status="new")
    message = _nothing_written(new_archive, folder, error=StillCopyingError)
    assert message.startswith("This iPhone backup is not finished: the computer is still making it")


def test_an_android_database_inside_an_iphone_backup(tmp_path, new_archive):
    android = build_msgstore(tmp_path / "msgstore.db").read_bytes()
    folder = write_backup(tmp_path / "b", {(WHATSAPP, "ChatStorage.sqlite"): android})
    message = _nothing_written(new_archive, folder, error=SchemaError)
    assert message == (
        "This is an Android phone's msgstore.db: add it as an Android backup, not from an iPhone backup."
    )


# -- command line -------------------------------------------------------------------------------


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "wamigrate", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})  # fmt: skip


def test_the_command_line_reads_a_backup_like_an_export(backups, tmp_path):
    folder = backups(PASSWORD)
    wrong = _cli("inspect", str(folder), "--jsonl", env={"WAMIGRATE_BACKUP_PASSWORD": "nope"})
    assert wrong.returncode == 3 and "This password does not open the iPhone backup." in wrong.stderr
    (tmp_path / "password.txt").write_text(PASSWORD + "\n", encoding="utf-8")
    done = _cli("inspect", str(folder), "--backup-password-file", str(tmp_path / "password.txt"), "--timezone", ZONE,
                "--jsonl")  # fmt: skip
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [_fields(r) for r in records] == EXPECTED
    assert set(records[0]) == {"chat", "seq", "time", "sender", "kind", "text", "attachment", "edited", "line", "utc",
                               "id", "reply_to", "reactions"}  # fmt: skip


def test_messages_records_match_the_fixture_table():
    # Guards the table above against the generator drifting: one expected record per message
    # outside the status chat.
    assert len(EXPECTED) == len([m for m in MESSAGES if m[1] != 3]) + len(CALLS)


def _chats_with_a_lid_member(work: Path) -> Path:
    """``work`` with the invented ChatStorage.sqlite whose group member João is known only by an
    "@lid" identity, as WhatsApp names people since 2025."""
    work.mkdir()
    build_chatstorage(work / "ChatStorage.sqlite")
    c = sqlite3.connect(work / "ChatStorage.sqlite")
    c.execute("UPDATE ZWAGROUPMEMBER SET ZMEMBERJID = '98765432101234@lid'")
    c.commit()
    c.close()
    return work


def test_lid_identities_are_read_as_the_phone_numbers_behind_them(tmp_path):
    """Since 2025 WhatsApp may name a group member (and a call's other person) by an opaque
    "@lid" id; LID.sqlite says whose number it is."""
    from fixtures.ios_backup import build_callhistory

    work = _chats_with_a_lid_member(tmp_path / "work")
    build_callhistory(work / "CallHistory.sqlite")
    c = sqlite3.connect(work / "CallHistory.sqlite")
    c.execute("UPDATE ZWACDCALLEVENTPARTICIPANT SET ZJIDSTRING = '98765432101234@lid' WHERE Z1PARTICIPANTS = 2")
    c.commit()
    c.close()
    lids = sqlite3.connect(work / "LID.sqlite")
    lids.execute("CREATE TABLE ZWAZACCOUNT (Z_PK INTEGER PRIMARY KEY, ZIDENTIFIER VARCHAR, ZPHONENUMBER VARCHAR)")
    lids.execute("INSERT INTO ZWAZACCOUNT (ZIDENTIFIER, ZPHONENUMBER) VALUES ('98765432101234', '+351 912 345 678')")
    lids.commit()
    lids.close()
    files = {(WHATSAPP, name): (work / name).read_bytes()
             for name in ("ChatStorage.sqlite", "CallHistory.sqlite", "LID.sqlite")}  # fmt: skip
    records, _ = contract(write_backup(tmp_path / "b", files))
    assert [(r["seq"], r["sender"], r["kind"]) for r in records if r["chat"] == GROUP] == [
        (0, "Me", "system"), (1, "+351912345678", "system"), (2, "+351912345678", "text"),
        (3, "+351912345678", "call"), (4, "Me", "text"), (5, "+351912345678", "system"), (6, None, "system"),
    ]  # fmt: skip
    without = {key: value for key, value in files.items() if key[1] != "LID.sqlite"}
    records, _ = contract(write_backup(tmp_path / "c", without))
    assert {r["sender"] for r in records if r["chat"] == GROUP and r["kind"] == "text"} == {"98765432101234@lid", "Me"}


def test_the_address_book_names_people_and_knows_their_lid_identities(tmp_path, new_archive):
    """ContactsV2.sqlite, the iPhone's address book as WhatsApp keeps it: its names come before
    the group's member list, and its "@lid" column says whose number an identity is when the
    backup has no LID.sqlite."""
    work = _chats_with_a_lid_member(tmp_path / "work")
    book = sqlite3.connect(work / "ContactsV2.sqlite")
    book.execute(
        "CREATE TABLE ZWAADDRESSBOOKCONTACT (Z_PK INTEGER PRIMARY KEY, ZWHATSAPPID VARCHAR, ZPHONENUMBER VARCHAR, "
        "ZFULLNAME VARCHAR, ZGIVENNAME VARCHAR, ZLASTNAME VARCHAR, ZBUSINESSNAME VARCHAR, ZLID VARCHAR)"
    )
    book.executemany(
        "INSERT INTO ZWAADDRESSBOOKCONTACT (ZWHATSAPPID, ZPHONENUMBER, ZFULLNAME, ZGIVENNAME, ZLASTNAME, "
        "ZBUSINESSNAME, ZLID) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            ("351912345678@s.whatsapp.net", "+351 912 345 678", "João Pereira (fornecedor)", "João", "Pereira", None,
             "98765432101234@lid"),
            ("5511912345678@s.whatsapp.net", "+55 11 91234-5678", "", "Rita", "Lima", None, None),  # no full name
        ],
    )  # fmt: skip
    book.commit()
    book.close()
    files = {(WHATSAPP, name): (work / name).read_bytes() for name in ("ChatStorage.sqlite", "ContactsV2.sqlite")}
    folder = write_backup(tmp_path / "b", files)
    records, _ = contract(folder)
    assert {r["sender"] for r in records if r["chat"] == GROUP and r["kind"] == "text"} == {"+351912345678", "Me"}
    with open_iphone_database(folder) as database:
        known = chatstorage.names(database.connection)
    # The address book first (a contact without a full name by given and last name), then the rest.
    assert known[:2] == [("+351912345678", "João Pereira (fornecedor)"), ("+5511912345678", "Rita Lima")]
    assert ("+351912345678", "João Pereira") in known[2:]
    archive, _ = new_archive()
    result = import_phone(archive, folder, PhoneImportOptions(timezone=ZONE))
    assert result.names_from == ["ChatStorage.sqlite", "ContactsV2.sqlite"]
    assert archive.connection.execute(
        "SELECT p.display_name, p.phone, count(*) FROM messages m JOIN participants p ON p.id = m.sender_id "
        "JOIN chats c ON c.id = m.chat_id WHERE c.title = ? AND p.display_name != 'Me' GROUP BY p.id",
        (GROUP,),
    ).fetchall() == [("João Pereira (fornecedor)", "+351912345678", 3)]


def test_an_iphone_backup_merges_with_an_iphone_export_of_the_same_chat(tmp_path, new_archive):
    """Ana's chat exported on the iPhone first (its own date format, the contact's name), then
    the whole backup: one chat, the export's copies replaced, the message newer than the backup kept."""
    from wamigrate.core.archive.importer import ImportOptions, import_export

    archive, _ = new_archive()
    export = tmp_path / "_chat.txt"
    export.write_text(
        "[10/05/2024, 06:00:00] Ana Souza: Bom dia! Vocês entregam sábado?\n"
        "[10/05/2024, 06:01:00] Loja Rosa: Entregamos sim.\nAté as 14h.\n"
        "[10/05/2024, 06:03:00] Loja Rosa: Lindo, temos esse\n"
        "[11/05/2024, 08:00:00] Ana Souza: Chegou, obrigada!\n",
        encoding="utf-8",
    )
    import_export(archive, export, ImportOptions(timezone=ZONE, date_order="DMY"))
    c = archive.connection
    result = import_phone(archive, iphone_backup(tmp_path / "b", tmp_path / "work"), PhoneImportOptions(timezone=ZONE))
    assert (result.merged_chats, result.replaced) == (1, 3)
    assert c.execute("SELECT count(*) FROM chats WHERE jid = '5511987654321@s.whatsapp.net'").fetchone() == (1,)
    assert c.execute("SELECT count(*) FROM chats").fetchone() == (2,)  # Ana's, and the group
    kept = c.execute("SELECT text, wa_id FROM messages WHERE text LIKE 'Chegou%'").fetchall()
    assert kept == [("Chegou, obrigada!", None)]
    # The export named the owner "Loja Rosa": the backup's messages from the owner are hers too.
    assert c.execute("SELECT DISTINCT p.display_name FROM messages m JOIN participants p ON p.id = m.sender_id "
                     "WHERE m.wa_id IN ('3A0002', '3A0004')").fetchall() == [("Loja Rosa",)]  # fmt: skip


def test_the_password_derivation_reports_progress_and_can_be_cancelled(backups):
    folder = backups(PASSWORD)
    seen = []
    with open_iphone_database(folder, PASSWORD, progress=lambda done, total: seen.append((done, total))):
        pass
    assert seen[-1] == (1000, 1000) and all(0 <= d <= t for d, t in seen) and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        open_iphone_database(folder, PASSWORD, cancel=token)
