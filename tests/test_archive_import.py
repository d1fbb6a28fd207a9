"""Importing exports: all or nothing, duplicates skipped, media stored, nothing leaked."""

import os
import tempfile
import zipfile
from pathlib import Path

import pytest

from wamigrate.core.archive.exporter import attachment_bytes
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import NotAnExportError

LRM = "\u200e"
MARKER = "zq-marker-7c1d-unique-text"
IMAGE = b"\xff\xd8\xff\xe0MARKER-IMAGE-BYTES-4242" * 50


def ios_zip(path: Path, lines: list[str], media: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", "\r\n".join(lines) + "\r\n")
        for name, data in (media or {}).items():
            archive.writestr(name, data)
    return path


FIRST = [
    "[3/27/22, 21:41:35] Lena K: Hello, is my order ready?",
    f"{LRM}[3/27/22, 21:41:55] Lena K: {LRM}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>",
    f"[3/28/22, 09:00:00] Shop: Yes! {MARKER}",
    "[3/28/22, 09:00:30] Shop: ok",
    "[3/28/22, 09:00:40] Shop: ok",
]
LATER = [*FIRST, "[3/29/22, 10:00:00] Lena K: Thanks, picking it up", "[3/29/22, 10:05:00] Shop: See you"]


def count(archive, sql="SELECT count(*) FROM messages"):
    return archive.connection.execute(sql).fetchone()[0]


def test_import_media_and_reimport(new_archive, tmp_path):
    archive, _ = new_archive()
    export = ios_zip(tmp_path / "WhatsApp Chat - Lena K.zip", FIRST, {"00000035-PHOTO-2022-03-27-21-41-55.jpg": IMAGE})
    [result] = import_export(archive, export)
    assert (result.messages_read, result.new_messages, result.attachments_added) == (5, 5, 1)
    assert archive.chats()[0]["title"] == "Lena K"
    sha = archive.connection.execute("SELECT attachment_sha256 FROM messages WHERE kind = 'media'").fetchone()[0]
    assert b"".join(attachment_bytes(archive, sha)) == IMAGE
    # Two identical "ok" messages in the same minute are both kept.
    assert count(archive, "SELECT count(*) FROM messages WHERE text = 'ok'") == 2
    [again] = import_export(archive, export)
    assert again.already_imported and count(archive) == 5
    sources = count(archive, "SELECT count(*) FROM sources")
    assert sources == 1


def test_overlapping_later_export_adds_only_new_messages(new_archive, tmp_path):
    archive, _ = new_archive()
    import_export(archive, ios_zip(tmp_path / "WhatsApp Chat - Lena K.zip", FIRST))
    (tmp_path / "later").mkdir()
    [result] = import_export(archive, ios_zip(tmp_path / "later" / "WhatsApp Chat - Lena K.zip", LATER))
    assert (result.messages_read, result.new_messages, result.duplicates) == (7, 2, 5)
    assert count(archive) == 7


def test_same_chat_from_a_phone_in_another_language_and_format(new_archive, tmp_path):
    archive, _ = new_archive()
    english = tmp_path / "WhatsApp Chat with Ana.txt"
    english.write_text(
        "23/03/2022, 13:31 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        "24/03/2022, 14:56 - Ana: Olá\n"
        "24/03/2022, 15:10 - Ana: This message was deleted\n",
        encoding="utf-8",
    )
    import_export(archive, english)
    german_folder = tmp_path / "de"
    german_folder.mkdir()
    german = german_folder / "WhatsApp Chat mit Ana.txt"
    german.write_text(
        "23.03.22, 13:31 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
        "24.03.22, 14:56 - Ana: Olá\n"
        "24.03.22, 15:10 - Ana: Diese Nachricht wurde gelöscht\n"
        "25.03.22, 09:00 - Ana: Neu\n",
        encoding="utf-8",
    )
    [result] = import_export(archive, german)
    assert result.new_messages == 1
    assert count(archive) == 4


def test_cancel_and_bad_input_leave_the_archive_unchanged(new_archive, tmp_path):
    archive, _ = new_archive()
    import_export(archive, ios_zip(tmp_path / "WhatsApp Chat - Lena K.zip", FIRST))
    before = (
        count(archive),
        count(archive, "SELECT count(*) FROM sources"),
        count(archive, "SELECT count(*) FROM messages_fts"),
    )
    big = tmp_path / "WhatsApp Chat with Big.txt"
    big.write_text(
        "".join(f"23/03/2022, 13:{i % 60:02d} - Ana: message {i}\n" for i in range(30_000)), encoding="utf-8"
    )
    token = CancelToken()

    def cancel_late(done, total):
        if done > total // 2:
            token.cancel()

    with pytest.raises(Cancelled):
        import_export(archive, big, progress=cancel_late, cancel=token)
    after = (
        count(archive),
        count(archive, "SELECT count(*) FROM sources"),
        count(archive, "SELECT count(*) FROM messages_fts"),
    )
    assert after == before
    bad = tmp_path / "notes.txt"
    bad.write_text("just notes\n")
    with pytest.raises(NotAnExportError):
        import_export(archive, bad)
    assert count(archive) == before[0]
    # The cancelled file imports completely afterwards.
    [result] = import_export(archive, big)
    assert result.new_messages == 30_000


def test_large_chat_through_the_helper_process(new_archive, tmp_path, monkeypatch):
    from wamigrate.core.archive import importer

    monkeypatch.setattr(importer, "WORKER_THRESHOLD", 1000)
    archive, _ = new_archive()
    chat = tmp_path / "WhatsApp Chat with Helper.txt"
    chat.write_text(
        "".join(f"2{i % 9 + 1}/03/2022, 13:{i % 60:02d} - Ana: message {i} 謝謝\n" for i in range(12_000)),
        encoding="utf-8",
    )
    [result] = import_export(archive, chat)
    assert result.new_messages == 12_000
    assert count(archive, "SELECT count(*) FROM messages_cjk") == 12_000
    assert result.chats[0].date_order.order == "DMY"


def test_utc_instants_follow_the_time_zone_and_daylight_saving(new_archive, tmp_path):
    # London moved from GMT to BST at 01:00 on 27 March 2022: 01:00-01:59 did not exist.
    archive, _ = new_archive()
    chat = tmp_path / "WhatsApp Chat with Tz.txt"
    chat.write_text(
        "26/03/2022, 12:00 - Ana: winter\n"
        "27/03/2022, 00:30 - Ana: just before the change\n"
        "27/03/2022, 01:30 - Ana: in the skipped hour\n"
        "27/03/2022, 02:30 - Ana: just after\n"
        "28/03/2022, 12:00 - Ana: summer\n",
        encoding="utf-8",
    )
    import_export(archive, chat, ImportOptions(timezone="Europe/London"))
    rows = dict(archive.connection.execute("SELECT text, utc_time FROM messages").fetchall())
    assert rows["winter"] == "2022-03-26T12:00:00Z"
    assert rows["just before the change"] == "2022-03-27T00:30:00Z"
    assert rows["in the skipped hour"] == "2022-03-27T00:30:00Z"  # read with the new offset
    assert rows["just after"] == "2022-03-27T01:30:00Z"
    assert rows["summer"] == "2022-03-28T11:00:00Z"
    with pytest.raises(Exception, match="Unknown time zone"):
        import_export(archive, chat, ImportOptions(timezone="Mars/Olympus"))


def test_no_plaintext_outside_the_encrypted_database(new_archive, tmp_path):
    archive, _ = new_archive()
    export = ios_zip(tmp_path / "WhatsApp Chat - Lena K.zip", FIRST, {"00000035-PHOTO-2022-03-27-21-41-55.jpg": IMAGE})
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    import_export(archive, export)
    archive.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    scanned = []
    places = [archive.folder, *[p for p in set(Path(tempfile.gettempdir()).iterdir()) - temp_before]]
    for place in places:
        try:
            files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        except (FileNotFoundError, PermissionError):
            continue  # another program's temporary folder, gone already (a second suite beside this one)
        for path in files:
            try:
                data = path.read_bytes()
            except (FileNotFoundError, PermissionError):
                continue  # likewise: not ours, and no longer there
            scanned.append(path.name)
            assert MARKER.encode() not in data, path
            assert b"MARKER-IMAGE-BYTES" not in data, path
    assert {"archive.db", "keys.json"} <= set(scanned)
    assert os.path.exists(archive.folder / "archive.db-wal")  # the WAL, encrypted too, was scanned
    assert "archive.db-wal" in scanned


def test_remove_an_import(new_archive, tmp_path):
    from wamigrate.core.archive.importer import remove_source
    from wamigrate.core.archive.search import SearchQuery, search
    from wamigrate.core.archive.verify import verify

    archive, _ = new_archive()
    import_export(
        archive,
        ios_zip(tmp_path / "WhatsApp Chat - Lena K.zip", FIRST, {"00000035-PHOTO-2022-03-27-21-41-55.jpg": IMAGE}),
    )
    other = tmp_path / "WhatsApp Chat with Bo.txt"
    other.write_text("01/02/2023, 09:00 - Bo: unrelated words\n02/02/2023, 09:00 - Bo: more\n", encoding="utf-8")
    import_export(archive, other)
    first_source = archive.connection.execute("SELECT id FROM sources ORDER BY id").fetchone()[0]
    assert remove_source(archive, first_source) == 5
    assert [chat["title"] for chat in archive.chats()] == ["Bo"]
    assert count(archive, "SELECT count(*) FROM attachments") == 0
    assert search(archive, SearchQuery(MARKER)).hits == []
    assert len(search(archive, SearchQuery("unrelated")).hits) == 1
    assert verify(archive).ok
    with pytest.raises(Exception, match="no import number"):
        remove_source(archive, 999)


def test_disk_full_during_import_rolls_back(new_archive, tmp_path):
    import subprocess
    import sys

    from wamigrate.core.archive.store import Archive

    archive, _ = new_archive()
    folder = archive.folder
    import_export(archive, ios_zip(tmp_path / "WhatsApp Chat - Lena K.zip", FIRST))
    archive.close()
    big = tmp_path / "WhatsApp Chat with Big.txt"
    big.write_text(
        "".join(f"23/03/2022, 13:{i % 60:02d} - Ana: message number {i} " + "x" * 80 + "\n" for i in range(20_000))
    )
    # The child may write files of at most 300 kB more than the archive already holds:
    # the import fails part-way, as it would on a full disk.
    script = f"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = {sum(p.stat().st_size for p in folder.iterdir())} + 300_000
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.importer import import_export
archive = Archive.open({str(folder)!r}, passphrase="correct horse battery staple")
try:
    import_export(archive, {str(big)!r})
except Exception as exc:
    print(type(exc).__name__ + ": " + str(exc))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert "was not imported and the archive is unchanged" in result.stdout, (result.stdout, result.stderr)
    with Archive.open(folder, passphrase="correct horse battery staple") as reopened:
        assert count(reopened) == 5
        assert count(reopened, "SELECT count(*) FROM sources") == 1
        from wamigrate.core.archive.verify import verify

        assert verify(reopened).ok
