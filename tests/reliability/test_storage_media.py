"""B3 (reliability campaign 2): a full disk, read-only media and input/output errors are
told apart from damage, and an archive on media that cannot be written is opened for
reading (browse, search, export) instead of being called damaged. Before the fix a healthy
archive on a full disk, or on a read-only disk with a WAL still to apply, was reported as
"the database is damaged ... restore the archive folder from a backup"."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FAST_KDF
from reliability.disks import small_disk
from wamigrate.core.archive import database
from wamigrate.core.archive.errors import (
    CorruptArchiveError,
    DiskFullError,
    ReadOnlyArchiveError,
    StorageError,
)
from wamigrate.core.archive.exporter import export_chat
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.search import SearchQuery, search
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify

PASS = "correct horse battery staple"
CHAT = "".join(f"05/05/2023, 10:{i:02d} - Bia: pedido número {i}\n" for i in range(40))


def _archive_with_a_chat(folder: Path, tmp_path: Path) -> Path:
    export = tmp_path / "WhatsApp Chat with Bia.txt"
    export.write_text(CHAT, encoding="utf-8")
    archive, _ = Archive.create(folder / "shop", PASS, argon2=FAST_KDF)
    with archive:
        import_export(archive, export, ImportOptions(date_order="DMY"))
    return archive.folder


def _leave_a_wal(folder: Path) -> None:
    """What a crash (or copying an archive that is open) leaves: pages still in -wal, no -shm."""
    script = f"""
import os, signal, sys
sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
from wamigrate.core.archive.store import Archive
archive = Archive.open({str(folder)!r}, passphrase={PASS!r})
archive.connection.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(30):
    archive.audit("wal entry", str(i))
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script], timeout=120)
    (folder / "archive.db-shm").unlink(missing_ok=True)
    assert (folder / "archive.db-wal").stat().st_size > 0


def test_b03_full_disk_opens_for_reading_and_says_the_disk_is_full(tmp_path):
    with small_disk(tmp_path) as disk:
        folder = _archive_with_a_chat(disk.root, tmp_path)
        disk.fill()
        with Archive.open(folder, PASS) as archive:
            assert archive.read_only is not None and "full" in archive.read_only
            assert archive.stats()["messages"] == 40
            assert len(search(archive, SearchQuery("pedido")).hits) == 40
            with pytest.raises(ReadOnlyArchiveError, match="full"):
                import_export(archive, tmp_path / "WhatsApp Chat with Bia.txt")
        disk.free()
        with Archive.open(folder, PASS) as archive:  # space again: writable again
            assert archive.read_only is None
            archive.audit("after the disk had space again")


def test_b03_full_disk_on_create_is_a_full_disk_and_leaves_nothing(tmp_path):
    with small_disk(tmp_path) as disk:
        disk.fill()
        with pytest.raises(DiskFullError, match="is full"):
            Archive.create(disk.root / "shop", PASS, argon2=FAST_KDF)
        assert not (disk.root / "shop.wamarchive").exists()


def test_b03_read_only_media_browse_search_export_but_never_write(tmp_path):
    with small_disk(tmp_path) as disk:
        folder = _archive_with_a_chat(disk.root, tmp_path)
        before = sorted(os.listdir(folder))
        disk.read_only()
        with Archive.open(folder, PASS) as archive:
            assert archive.read_only is not None and "cannot be written" in archive.read_only
            assert archive.chats()[0]["messages"] == 40
            assert [h.local_time for h in search(archive, SearchQuery("39")).hits] == ["2023-05-05T10:39:00"]
            out = export_chat(archive, "Bia", "txt", tmp_path / "bia.txt", media="none")
            assert Path(out).read_text(encoding="utf-8").count("pedido número") == 40
            report = verify(archive)
            assert report.ok and report.messages == 40
            assert any("cannot be written" in note for note in report.notes)
            for write in (
                lambda: import_export(archive, tmp_path / "WhatsApp Chat with Bia.txt"),
                lambda: archive.change_passphrase("another good passphrase 42"),
                lambda: archive.regenerate_recovery_key(),
                lambda: archive.set_meta("wizard", {}),
            ):
                with pytest.raises(ReadOnlyArchiveError, match="copy the archive folder"):
                    write()
        assert sorted(os.listdir(folder)) == before  # no -shm, no lock, nothing


def test_b03_read_only_media_with_a_wal_reads_it_through_a_private_encrypted_copy(tmp_path):
    with small_disk(tmp_path) as disk:
        folder = _archive_with_a_chat(disk.root, tmp_path)
        _leave_a_wal(folder)
        disk.read_only()
        archive = Archive.open(folder, PASS)
        copy = archive._private_copy.folder
        try:
            assert [e for _, e, _ in archive.audit_log()].count("wal entry") == 30  # the WAL's pages are read
            assert oct(copy.stat().st_mode & 0o777) == "0o700"
            for path in copy.iterdir():  # a copy of ciphertext only
                assert b"pedido" not in path.read_bytes() and not database.is_plaintext_sqlite(path)
            helper = archive.reopen()  # a worker's handle reads the same copy
            assert helper.stats()["messages"] == 40
            helper.close()
            assert copy.exists()
        finally:
            archive.close()
        assert not copy.exists()


def test_b03_damage_is_still_damage(tmp_path):
    folder = _archive_with_a_chat(tmp_path, tmp_path)
    data = bytearray((folder / "archive.db").read_bytes())
    data[4096 * 2 + 100 : 4096 * 2 + 200] = os.urandom(100)
    (folder / "archive.db").write_bytes(bytes(data))
    with pytest.raises(CorruptArchiveError):
        archive = Archive.open(folder, PASS)
        archive.stats()
        archive.close()


def test_b03_sqlite_errors_are_classified_by_what_the_disk_did(tmp_path):
    path = tmp_path / "archive.db"
    assert isinstance(
        database.storage_error(database.OperationalError("database or disk is full"), path), DiskFullError
    )
    assert isinstance(
        database.storage_error(database.OperationalError("attempt to write a readonly database"), path),
        ReadOnlyArchiveError,
    )
    assert isinstance(database.storage_error(OSError(30, "Read-only file system"), path), ReadOnlyArchiveError)
    io_error = database.storage_error(database.OperationalError("disk I/O error"), path)  # this disk has space
    assert isinstance(io_error, StorageError) and "still connected" in str(io_error)
    assert database.storage_error(database.DatabaseError("file is not a database"), path) is None


def test_b17_a_killed_create_does_not_block_the_next(tmp_path):
    script = f"""
import os, signal, sys
sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
from wamigrate.core.archive import keyslots
real = keyslots._derive
def derive_then_die(*args):
    os.kill(os.getpid(), signal.SIGKILL)
keyslots._derive = derive_then_die
from wamigrate.core.archive.store import Archive
Archive.create({str(tmp_path / "shop")!r}, {PASS!r})
"""
    done = subprocess.run([sys.executable, "-c", script], timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert os.listdir(tmp_path / "shop.wamarchive") == ["lock"]
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    archive.close()
    assert Archive.open(tmp_path / "shop", PASS).close() is None


def test_b17_a_folder_with_a_database_but_no_key_file_is_never_removed(tmp_path):
    folder = tmp_path / "shop.wamarchive"
    folder.mkdir()
    (folder / "archive.db").write_bytes(b"x" * 5000)
    with pytest.raises(Exception, match="already exists and is not empty"):
        Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    assert (folder / "archive.db").read_bytes() == b"x" * 5000


@pytest.mark.gui
def test_b03_the_browser_says_read_only_and_offers_no_write(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from wamigrate.gui.browser import BrowserWindow

    with small_disk(tmp_path) as disk:
        folder = _archive_with_a_chat(disk.root, tmp_path)
        disk.read_only()
        archive = Archive.open(folder, PASS)
        window = BrowserWindow(archive, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        assert window.read_only_banner.isVisible()
        assert "copy the archive folder to a disk you can write to" in window.read_only_banner.text()
        assert not window.import_action.isEnabled() and not window.passphrase_action.isEnabled()
        assert not window.recovery_action.isEnabled() and window.verify_action.isEnabled()
        assert window.chat_model.rowCount() == 1
        window.close()
        archive.close()
