"""B14 (reliability campaign 2): a finished import survives a crash followed by a damaged
WAL, and verify notices an import the log records but the archive no longer holds. Before
the fix the import lived only in -wal until the archive was closed: a SIGKILL, then one
damaged byte in -wal, and SQLite dropped it, while verify still said "intact"."""

import signal
import subprocess
import sys
from pathlib import Path

from conftest import FAST_KDF
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify

PASS = "correct horse battery staple"
TESTS = str(Path(__file__).parent.parent)


def _export(tmp_path, name="Bia", count=200):
    path = tmp_path / f"WhatsApp Chat with {name}.txt"
    path.write_text("".join(f"05/05/2023, 10:{i % 60:02d} - {name}: pedido {i}\n" for i in range(count)),
                    encoding="utf-8")  # fmt: skip
    return path


def test_b14_a_finished_import_survives_a_kill_and_a_damaged_wal(tmp_path):
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    archive.close()
    export = _export(tmp_path)
    script = f"""
import os, signal, sys
sys.path.insert(0, {TESTS!r})
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.importer import ImportOptions, import_export
archive = Archive.open({str(archive.folder)!r}, passphrase={PASS!r})
import_export(archive, {str(export)!r}, ImportOptions(date_order="DMY"))
os.kill(os.getpid(), signal.SIGKILL)  # a crash right after the import returned
"""
    assert subprocess.run([sys.executable, "-c", script], timeout=120).returncode == -signal.SIGKILL
    wal = archive.folder / "archive.db-wal"
    if wal.exists() and wal.stat().st_size > 100:
        data = bytearray(wal.read_bytes())
        data[len(data) // 2] ^= 0xFF
        wal.write_bytes(bytes(data))
    with Archive.open(archive.folder, PASS) as reopened:
        assert reopened.stats()["messages"] == 200
        assert verify(reopened).ok


def test_b14_verify_reports_an_import_the_log_records_but_the_archive_lost(new_archive, tmp_path):
    archive, _ = new_archive()
    import_export(archive, _export(tmp_path, "Bia"), ImportOptions(date_order="DMY"))
    import_export(archive, _export(tmp_path, "Caio", 10), ImportOptions(date_order="DMY"))
    assert verify(archive).ok
    # What a lost transaction looks like from inside: the log entry is older than the loss.
    c = archive.connection
    (source,) = c.execute("SELECT id FROM sources WHERE file_name = 'WhatsApp Chat with Caio.txt'").fetchone()
    c.execute("INSERT INTO messages_fts (messages_fts, rowid, text) SELECT 'delete', id, text FROM messages "
              "WHERE source_id = ?", (source,))  # fmt: skip
    c.execute("DELETE FROM messages WHERE source_id = ?", (source,))
    c.execute("DELETE FROM sources WHERE id = ?", (source,))
    report = verify(archive)
    assert report.problems == [
        "The archive's log says WhatsApp Chat with Caio.txt was imported, but the archive does not hold it; "
        "import it again."
    ]
