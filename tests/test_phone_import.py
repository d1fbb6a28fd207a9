"""Importing a phone's database into the archive (issue 18): every record exactly, merged with
text exports of the same chats (another language and date format), a newer backup adding only
what is new, names from a contacts file, and bad input or a cancel leaving the archive as it was."""

import sqlite3

import pytest

from fixtures.msgstore import T0, build
from fixtures.phone_backup import backup
from wamigrate.core.archive.importer import ImportOptions, import_export, remove_source
from wamigrate.core.archive.phone_import import PhoneImportOptions, completeness, import_phone
from wamigrate.core.archive.verify import verify
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.phone.backup_file import WrongBackupKeyError
from wamigrate.core.phone.backup_key import parse_hex_key

ZONE = "America/Sao_Paulo"  # UTC-3: the fixture's 09:00 UTC is 06:00 there
ROOT = bytes(range(32))
HEX = ROOT.hex()


def rows(archive, chat=None):
    sql = (
        "SELECT c.title, m.local_time, p.display_name, m.kind, m.text, m.attachment_name, m.wa_id, m.reply_to, "
        "m.edited FROM messages m JOIN chats c ON c.id = m.chat_id LEFT JOIN participants p ON p.id = m.sender_id "
        + ("WHERE c.title = ? " if chat else "")
        + "ORDER BY c.title, m.utc_time, m.source_id, m.source_line"
    )
    return archive.connection.execute(sql, (chat,) if chat else ()).fetchall()


def count(archive, sql="SELECT count(*) FROM messages"):
    return archive.connection.execute(sql).fetchone()[0]


def encrypted(tmp_path, name="msgstore.db.crypt15"):
    plain = build(tmp_path / "plain.db").read_bytes()
    path = tmp_path / name
    path.write_bytes(backup(plain, ROOT))
    return path


def test_every_record_arrives_exactly(new_archive, tmp_path):
    archive, _ = new_archive()
    result = import_phone(archive, encrypted(tmp_path), PhoneImportOptions(timezone=ZONE, key=parse_hex_key(HEX)))
    assert (result.messages_read, result.new_messages, result.calls, result.status_skipped) == (15, 15, 3, 1)
    assert result.unknown_types == {999: 1} and result.app_version == "2.24.17.78"
    assert [(c.title, c.messages) for c in result.chats] == [
        ("+5511987654321", 10), ("Equipa Flores", 4), ("+5521999990000", 1),
    ]  # fmt: skip
    me = "Me"  # the database knows the owner's messages; with no name from an export, "Me"
    assert rows(archive, "+5511987654321") == [
        ("+5511987654321", "2024-05-10T06:00:00", "+5511987654321", "text", "Olá! Têm rosas brancas?\nPara sábado",
         None, "A1", None, 0),
        ("+5511987654321", "2024-05-10T06:01:00", me, "text", "Temos sim!", None, "A2", "A1", 0),
        ("+5511987654321", "2024-05-10T06:02:00", "+5511987654321", "media", "Esta aqui", "IMG-20240510-WA0001.jpg",
         "A3", None, 0),
        ("+5511987654321", "2024-05-10T06:03:00", me, "media", "", "PTT-20240510-WA0002.opus", "A4", None, 0),
        ("+5511987654321", "2024-05-10T06:04:00", "+5511987654321", "deleted", "", None, "A5", None, 0),
        ("+5511987654321", "2024-05-10T06:05:00", "+5511987654321", "location",
         "https://maps.google.com/?q=-23.5617,-46.6825", None, "A6", None, 0),
        ("+5511987654321", "2024-05-10T06:06:00", me, "text", "Obrigado pela compra", None, "A7", None, 1),
        ("+5511987654321", "2024-05-10T06:06:30", "+5511987654321", "call", "Missed voice call", None, "C1", None, 0),
        ("+5511987654321", "2024-05-10T06:07:00", "+5511987654321", "system",
         "[a kind of message wamigrate does not know yet (type 999)]", None, "A8", None, 0),
        ("+5511987654321", "2024-05-10T06:08:20", me, "call", "Video call, 3 min", None, "C2", None, 0),
    ]  # fmt: skip
    assert [r[4] for r in rows(archive, "Equipa Flores")] == [
        "POLL:\nReunião quando?\nOPTION: Manhã (2 votes)\nOPTION: Tarde (0 votes)",
        "Amanhã às 10h",
        "Members were added to the group.",
        "Loja Azul, Eva",
    ]
    reactions = archive.connection.execute(
        "SELECT m.wa_id, r.sender, r.emoji, r.utc_time FROM reactions r JOIN messages m ON m.id = r.message_id "
        "ORDER BY r.utc_time"
    ).fetchall()
    assert reactions == [
        ("A1", None, "❤️", "2024-05-10T09:01:05Z"),
        ("A2", "+5511987654321", "👍", "2024-05-10T09:01:10Z"),
    ]
    extra = dict(archive.connection.execute("SELECT wa_id, extra FROM messages WHERE extra IS NOT NULL"))
    assert extra["A7"] == '{"edited_utc": "2024-05-10T09:06:40Z"}'
    assert '"file_hash": "aGFzaA=="' in extra["A3"] and '"vcards": [' in extra["G4"]
    assert archive.get_meta("owner") == me
    done = completeness(archive)
    assert (done.chats, done.first_utc, done.last_utc, done.not_in_database) == (
        3, "2024-05-10T09:00:00Z", "2024-05-10T09:08:20Z", [],
    )  # fmt: skip
    assert verify(archive).problems == []
    again = import_phone(archive, tmp_path / "msgstore.db.crypt15", PhoneImportOptions(key=parse_hex_key(HEX)))
    assert again.already_imported and count(archive) == 15


ANA_EXPORT = (
    "10/05/2024 06:00 - Ana Souza: Olá! Têm rosas brancas?\nPara sábado\n"
    "10/05/2024 06:01 - Loja Flores: Temos sim!\n"
    "10/05/2024 06:02 - Ana Souza: IMG-20240510-WA0001.jpg (arquivo anexado)\nEsta aqui\n"
    "10/05/2024 06:06 - Loja Flores: Obrigado pela compra\n"
    "11/05/2024 10:00 - Ana Souza: Chegaram, obrigada!\n"  # after the backup: only the export has it
)
GROUP_EXPORT = (  # the group, exported from an iPhone set to German
    "[10.05.24, 06:01:30] Rui: Amanhã às 10h\r\n[10.05.24, 06:05:00] Loja Flores: Combinado\r\n"
)


def test_merges_with_exports_of_the_same_chats(new_archive, tmp_path):
    archive, _ = new_archive()
    ana = tmp_path / "WhatsApp Chat with Ana Souza.txt"
    ana.write_text(ANA_EXPORT, encoding="utf-8")
    group_folder = tmp_path / "group"
    group_folder.mkdir()
    (group_folder / "_chat.txt").write_text(GROUP_EXPORT, encoding="utf-8")
    import_export(archive, ana, ImportOptions(timezone=ZONE))
    import_export(archive, group_folder / "_chat.txt", ImportOptions(timezone=ZONE))
    assert count(archive) == 7
    result = import_phone(archive, build(tmp_path / "msgstore.db"), PhoneImportOptions(timezone=ZONE))
    # Ana's chat: the export's four copies are replaced by the database's records; the
    # message newer than the backup stays. The group: Rui's message replaced, the owner's kept.
    assert (result.merged_chats, result.replaced) == (2, 5)
    titles = [title for (title,) in archive.connection.execute("SELECT title FROM chats ORDER BY id")]
    assert titles == ["Ana Souza", "group", "+5521999990000"]
    ana_rows = rows(archive, "Ana Souza")
    assert [(r[2], r[4], r[6]) for r in ana_rows] == [
        ("Ana Souza", "Olá! Têm rosas brancas?\nPara sábado", "A1"),
        ("Loja Flores", "Temos sim!", "A2"),
        ("Ana Souza", "Esta aqui", "A3"),
        ("Loja Flores", "", "A4"),
        ("Ana Souza", "", "A5"),
        ("Ana Souza", "https://maps.google.com/?q=-23.5617,-46.6825", "A6"),
        ("Loja Flores", "Obrigado pela compra", "A7"),
        ("Ana Souza", "Missed voice call", "C1"),
        ("Ana Souza", "[a kind of message wamigrate does not know yet (type 999)]", "A8"),
        ("Loja Flores", "Video call, 3 min", "C2"),
        ("Ana Souza", "Chegaram, obrigada!", None),  # from the export only
    ]
    # The export's names are reused, and learn their numbers; the owner is the export's.
    assert archive.connection.execute("SELECT phone FROM participants WHERE display_name = 'Ana Souza'").fetchone() == (
        "+5511987654321",
    )
    assert archive.get_meta("owner") == "Loja Flores"
    (group_title,) = archive.connection.execute(
        "SELECT title FROM chats WHERE jid = '120363000000000001@g.us'"
    ).fetchone()
    group = rows(archive, group_title)
    assert [(r[2], r[4], r[6]) for r in group if r[3] == "text"] == [
        ("Rui", "Amanhã às 10h", "G2"),  # one message, not two; the export's name for him
        ("Loja Flores", "Combinado", None),
    ]
    assert count(archive) == 15 + 2
    done = completeness(archive)
    assert done.chats == 3 and done.not_in_database == []
    assert verify(archive).problems == []


def test_a_newer_backup_adds_only_what_is_new(new_archive, tmp_path):
    archive, _ = new_archive()
    first = build(tmp_path / "msgstore.db")
    import_phone(archive, first, PhoneImportOptions(timezone=ZONE))
    later = tmp_path / "later"
    later.mkdir()
    newer = later / "msgstore.db"
    newer.write_bytes(first.read_bytes())
    c = sqlite3.connect(newer)
    c.execute("INSERT INTO message (_id, chat_row_id, from_me, key_id, timestamp, message_type, text_data) "
              "VALUES (20, 1, 0, 'A9', ?, 0, 'Posso buscar amanhã?')", (T0 + 86_400_000,))  # fmt: skip
    c.execute("INSERT INTO message_add_on VALUES (3, 1, 0, 'R3', 5, 7, ?, 56)", (T0 + 90_000_000,))
    c.execute("INSERT INTO message_add_on_reaction VALUES (3, '🙏', ?)", (T0 + 90_000_000,))
    c.commit()
    c.close()
    result = import_phone(archive, newer, PhoneImportOptions(timezone=ZONE))
    assert (result.messages_read, result.new_messages) == (16, 1)
    assert count(archive) == 16
    assert count(archive, "SELECT count(*) FROM reactions") == 3
    assert count(archive, "SELECT count(*) FROM chats") == 3
    assert verify(archive).problems == []
    # Removing the newer import takes away what it added, and nothing else.
    (newer_id,) = archive.connection.execute("SELECT max(id) FROM sources").fetchone()
    assert remove_source(archive, newer_id) == 1
    assert count(archive) == 15 and count(archive, "SELECT count(*) FROM reactions") == 2


def test_names_from_a_contacts_file(new_archive, tmp_path):
    archive, _ = new_archive()
    contacts = tmp_path / "contacts.vcf"
    contacts.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nTEL;TYPE=CELL:+55 11 98765-4321\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Rui;;;\r\nTEL:+351 912 345 678\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    result = import_phone(archive, build(tmp_path / "msgstore.db"), PhoneImportOptions(contacts=[contacts]))
    assert result.names_from == ["contacts.vcf"]
    assert [c.title for c in result.chats] == ["Ana Souza", "Equipa Flores", "+5521999990000"]
    senders = {r[2] for r in rows(archive, "Equipa Flores")}
    assert senders == {"Me", "Rui Lima"}


def test_wrong_key_cancel_and_bad_input_leave_the_archive_as_it_was(new_archive, tmp_path):
    archive, _ = new_archive()
    ana = tmp_path / "WhatsApp Chat with Ana Souza.txt"
    ana.write_text(ANA_EXPORT, encoding="utf-8")
    import_export(archive, ana)
    before = rows(archive), count(archive, "SELECT count(*) FROM sources")
    path = encrypted(tmp_path)
    with pytest.raises(WrongBackupKeyError):
        import_phone(archive, path, PhoneImportOptions(key=parse_hex_key("ab" * 32)))
    token = CancelToken()

    def cancel_midway(done, total):
        if done * 10 > total * 3:  # past the decryption (the first 30 %): the messages are being written
            token.cancel()

    with pytest.raises(Cancelled):
        import_phone(archive, path, PhoneImportOptions(key=parse_hex_key(HEX)), cancel_midway, token)
    wa = tmp_path / "wa.db"
    sqlite3.connect(wa).execute("CREATE TABLE wa_contacts (jid TEXT, display_name TEXT)").connection.commit()
    with pytest.raises(Exception, match=r"This is wa\.db"):
        import_phone(archive, wa)
    assert (rows(archive), count(archive, "SELECT count(*) FROM sources")) == before
    assert archive.get_meta("owner") is None and completeness(archive) is None


def test_removing_the_phone_import_puts_the_exports_back_exactly(new_archive, tmp_path):
    archive, _ = new_archive()
    ana = tmp_path / "WhatsApp Chat with Ana Souza.txt"
    ana.write_text(ANA_EXPORT, encoding="utf-8")
    import_export(archive, ana, ImportOptions(timezone=ZONE))
    before = archive.connection.execute("SELECT * FROM messages ORDER BY id").fetchall()
    import_phone(archive, build(tmp_path / "msgstore.db"), PhoneImportOptions(timezone=ZONE))
    (phone_source,) = archive.connection.execute("SELECT id FROM sources WHERE kind = 'phone'").fetchone()
    assert remove_source(archive, phone_source) == 15
    assert archive.connection.execute("SELECT * FROM messages ORDER BY id").fetchall() == before
    assert completeness(archive) is None
    assert count(archive, "SELECT count(*) FROM replaced_messages") == 0
    # The words of the export are found again (the search index holds them once).
    found = archive.connection.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'rosas'").fetchone()
    assert found == (1,)
    assert verify(archive).problems == []


def test_a_later_export_after_the_phone_import_adds_only_what_neither_had(new_archive, tmp_path):
    archive, _ = new_archive()
    first = tmp_path / "WhatsApp Chat with Ana Souza.txt"
    first.write_text(ANA_EXPORT, encoding="utf-8")
    import_export(archive, first, ImportOptions(timezone=ZONE))
    import_phone(archive, build(tmp_path / "msgstore.db"), PhoneImportOptions(timezone=ZONE))
    later_folder = tmp_path / "later"
    later_folder.mkdir()
    later = later_folder / "WhatsApp Chat with Ana Souza.txt"
    # The whole chat again, with the messages the database also has (some never in an export),
    # and one message newer than both.
    later.write_text(
        ANA_EXPORT.replace(
            "10/05/2024 06:06", "10/05/2024 06:03 - Loja Flores: PTT-20240510-WA0002.opus (arquivo anexado)\n"
            "10/05/2024 06:06",
        )
        + "12/05/2024 08:00 - Loja Flores: Volte sempre!\n",
        encoding="utf-8",
    )  # fmt: skip
    [result] = import_export(archive, later, ImportOptions(timezone=ZONE))
    assert result.new_messages == 1
    texts = [r[4] for r in rows(archive, "Ana Souza")]
    assert texts.count("Temos sim!") == 1 and texts.count("Chegaram, obrigada!") == 1
    voice = archive.connection.execute("SELECT wa_id FROM messages WHERE attachment_name LIKE 'PTT-%'").fetchall()
    assert voice == [("A4",)]  # the database's record of it, not a second copy
    assert texts[-1] == "Volte sempre!" and len(texts) == 12
    assert count(archive, "SELECT count(*) FROM chats WHERE title LIKE 'Ana Souza%'") == 1
    found = archive.connection.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'rosas'").fetchone()
    assert found == (1,)
    assert verify(archive).problems == []


IMAGE = b"\xff\xd8\xff\xe0 an invented picture " * 40
VOICE = b"OggS an invented voice note " * 40


def test_media_from_the_phones_folder_later_and_resumable(new_archive, tmp_path, monkeypatch):
    from wamigrate.core.archive import phone_media
    from wamigrate.core.archive.exporter import attachment_bytes

    archive, _ = new_archive()
    import_phone(archive, build(tmp_path / "msgstore.db"), PhoneImportOptions(timezone=ZONE))
    media = tmp_path / "copied" / "Media"
    (media / "WhatsApp Images").mkdir(parents=True)
    (media / "WhatsApp Images" / "IMG-20240510-WA0001.jpg").write_bytes(IMAGE)
    first = phone_media.import_phone_media(archive, tmp_path / "copied")
    assert (first.wanted, first.stored, first.linked) == (2, 1, 1)
    assert first.missing == ["Media/WhatsApp Voice Notes/PTT-20240510-WA0002.opus"]
    assert first.different == [
        "Media/WhatsApp Images/IMG-20240510-WA0001.jpg"
    ]  # the fixture's recorded hash is not this file's
    (sha,) = archive.connection.execute("SELECT attachment_sha256 FROM messages WHERE wa_id = 'A3'").fetchone()
    assert b"".join(attachment_bytes(archive, sha)) == IMAGE
    # The voice note copied later (in a folder of another shape): only it is read now.
    (tmp_path / "later" / "WhatsApp Voice Notes" / "202419").mkdir(parents=True)
    (tmp_path / "later" / "WhatsApp Voice Notes" / "202419" / "PTT-20240510-WA0002.opus").write_bytes(VOICE)
    monkeypatch.setattr(phone_media, "BATCH_FILES", 1)
    second = phone_media.import_phone_media(archive, tmp_path / "later")
    assert (second.wanted, second.stored, second.missing) == (1, 1, [])
    assert count(archive, "SELECT count(*) FROM attachments") == 2
    assert verify(archive).problems == []


def test_a_cancelled_media_import_keeps_what_it_stored_and_goes_on_from_there(new_archive, tmp_path, monkeypatch):
    from wamigrate.core.archive import phone_media

    archive, _ = new_archive()
    import_phone(archive, build(tmp_path / "msgstore.db"), PhoneImportOptions(timezone=ZONE))
    media = tmp_path / "Media"
    (media / "WhatsApp Images").mkdir(parents=True)
    (media / "WhatsApp Voice Notes").mkdir()
    (media / "WhatsApp Images" / "IMG-20240510-WA0001.jpg").write_bytes(IMAGE)
    (media / "WhatsApp Voice Notes" / "PTT-20240510-WA0002.opus").write_bytes(VOICE)
    monkeypatch.setattr(phone_media, "BATCH_FILES", 1)
    token = CancelToken()
    with pytest.raises(Cancelled):
        phone_media.import_phone_media(archive, media, lambda done, total: token.cancel(), token)
    assert count(archive, "SELECT count(*) FROM messages WHERE attachment_sha256 IS NOT NULL") == 1
    rest = phone_media.import_phone_media(archive, media)
    assert (rest.wanted, rest.stored) == (1, 1)
    assert count(archive, "SELECT count(*) FROM messages WHERE attachment_sha256 IS NOT NULL") == 2


def test_the_browser_shows_replies_with_their_quote_and_reactions(new_archive, tmp_path):
    from wamigrate.core.archive import browse

    plain = build(tmp_path / "plain.db")
    with sqlite3.connect(plain) as c:  # "Obrigado pela compra" quotes a message the backup no longer has
        c.execute("INSERT INTO message_quoted (message_row_id, chat_row_id, key_id) VALUES (7, 1, 'GONE')")
    (tmp_path / "msgstore.db.crypt15").write_bytes(backup(plain.read_bytes(), ROOT))
    archive, _ = new_archive()
    import_phone(archive, tmp_path / "msgstore.db.crypt15", PhoneImportOptions(timezone=ZONE, key=parse_hex_key(HEX)))
    (chat_id,) = archive.connection.execute("SELECT id FROM chats WHERE title = '+5511987654321'").fetchone()
    shown = {row.text: row for row in browse.latest(archive, chat_id)}
    first, reply, thanks = (
        shown["Olá! Têm rosas brancas?\nPara sábado"],
        shown["Temos sim!"],
        shown["Obrigado pela compra"],
    )
    assert reply.quote == browse.Quote("A1", first.id, "+5511987654321", "text", first.text, None)
    assert thanks.quote == browse.Quote("GONE", None) and thanks.edited
    assert first.quote is None
    assert first.reactions == (browse.Reaction("❤️", None),)
    assert reply.reactions == (browse.Reaction("👍", "+5511987654321"),)
    assert sum(len(row.reactions) for row in shown.values()) == 2
    # The same from a page loaded around a message (a search hit) and scrolling.
    _, around = browse.around(archive, reply.id, radius=1)
    assert [(r.text, r.quote, r.reactions) for r in around] == [
        (first.text, None, first.reactions), (reply.text, reply.quote, reply.reactions), (shown["Esta aqui"].text, None, ()),
    ]  # fmt: skip


def test_a_backup_still_being_copied_is_refused_with_its_own_sentence(new_archive, tmp_path):
    from wamigrate.core.phone.backup_file import StillCopyingError

    path = encrypted(tmp_path)
    archive, _ = new_archive()
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the copy from the phone has reached half

    def copy_goes_on(done, total):
        if path.stat().st_size < len(whole):
            path.write_bytes(whole)  # ... and finishes while wamigrate reads it

    with pytest.raises(StillCopyingError) as refused:
        import_phone(archive, path, PhoneImportOptions(key=parse_hex_key(HEX)), progress=copy_goes_on)
    assert str(refused.value) == (
        "msgstore.db.crypt15 changed while wamigrate was reading it: it is probably still being copied from the "
        "phone. Wait until the copy has finished, then add it again."
    )
    assert count(archive) == 0 and count(archive, "SELECT count(*) FROM sources") == 0
    # Once the copy is complete, the same file imports.
    assert import_phone(archive, path, PhoneImportOptions(key=parse_hex_key(HEX))).new_messages == 15


def _without(path, *tables):
    c = sqlite3.connect(path)
    for table in tables:
        c.execute(f"DROP TABLE {table}")
    c.commit()
    c.close()
    return path


def test_a_database_without_parts_every_one_has_is_imported_only_when_agreed(new_archive, tmp_path):
    """Issue 18, bad input: a database of an era wamigrate does not know says what it lacks and
    is imported, with what can be read, only when the user agrees; the archive says what was not read."""
    from wamigrate.core.phone.msgstore import PartialDatabaseError

    archive, _ = new_archive()
    path = _without(build(tmp_path / "msgstore.db"), "message_vcard", "call_log")
    with pytest.raises(PartialDatabaseError) as refused:
        import_phone(archive, path, PhoneImportOptions(timezone="UTC"))
    assert refused.value.missing == ["contact cards", "calls"]
    assert str(refused.value) == (
        "msgstore.db has its messages, but not the parts of the database that hold contact cards; calls as "
        "wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported "
        "without them: choose “Import what can be read”, or update wamigrate first."
    )
    assert archive.connection.execute("SELECT count(*) FROM sources").fetchone() == (0,)  # nothing written
    result = import_phone(archive, path, PhoneImportOptions(timezone="UTC", read_partial=True))
    assert result.missing_parts == ["contact cards", "calls"] and result.new_messages == 12
    notice = next(w for w in result.warnings if w.code == "phone-parts-missing")
    assert notice.message == (
        "This database lacks what holds contact cards; calls, so those were not read; its messages are all in the "
        "archive without them."
    )
    stored = archive.connection.execute("SELECT warnings FROM sources").fetchone()[0]
    assert "phone-parts-missing" in stored  # the archive keeps what was not read


def test_a_group_message_without_its_sender_is_never_the_owners(new_archive, tmp_path):
    archive, _ = new_archive()
    path = build(tmp_path / "msgstore.db")
    c = sqlite3.connect(path)
    c.execute("UPDATE message SET sender_jid_row_id = NULL WHERE key_id = 'G2'")  # the member's row is gone
    c.commit()
    c.close()
    import_phone(archive, path, PhoneImportOptions(timezone="UTC"))
    assert archive.connection.execute(
        "SELECT p.display_name, p.phone FROM messages m JOIN participants p ON p.id = m.sender_id WHERE m.wa_id = 'G2'"
    ).fetchone() == ("Unknown member", None)


def test_the_import_run_and_the_command_line_ask_before_reading_part_of_a_database(new_archive, tmp_path):
    import os
    import subprocess
    import sys

    from wamigrate.core.archive.import_run import DONE, FAILED, ImportRun

    archive, _ = new_archive()
    path = _without(build(tmp_path / "msgstore.db"), "message_location")
    run = ImportRun(ImportOptions(timezone="UTC"))
    run.add([str(path)])
    run.run(archive)
    file = run.files[0]
    assert (file.state, file.partial) == (FAILED, ["shared locations"])
    run.read_what_can_be_read(0)
    run.run(archive)
    assert run.files[0].state == DONE and run.files[0].results[0].missing_parts == ["shared locations"]
    with pytest.raises(ValueError):
        run.read_what_can_be_read(0)  # only a refused database can be read partly
    archive.close()

    def command(*extra):
        return subprocess.run(
            [sys.executable, "-m", "wamigrate", "import", str(tmp_path / "cli.wamarchive"), str(path), *extra],
            capture_output=True, text=True, env={**os.environ, "WAMIGRATE_PASSPHRASE": "cli test passphrase"},
        )  # fmt: skip

    from wamigrate.core.archive.store import Archive

    Archive.create(tmp_path / "cli.wamarchive", "cli test passphrase", {"memory_kib": 8192, "iterations": 1,
                                                                         "lanes": 1})[0].close()  # fmt: skip
    refused = command("--timezone", "UTC")
    assert refused.returncode == 1 and "not the parts of the database that hold shared locations" in refused.stderr
    assert "add --read-partial to import what can be read" in refused.stderr and "Traceback" not in refused.stderr
    done = command("--timezone", "UTC", "--read-partial")
    assert done.returncode == 0, done.stderr
    assert "15 new messages in 3 chats" in done.stdout
    assert "This database lacks what holds shared locations" in done.stderr  # said as a warning
