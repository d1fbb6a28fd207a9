"""B7 (reliability campaign 2): reading while another process imports. Before the fix
``verify`` reported 2 false problems (its search-index check is a write, and waited for the
import), ``export`` wrote its file and then failed on its audit entry ("database is locked"),
and every read-only command waited ~10 s at exit for a checkpoint. Here another process
holds an import's write transaction and the writer lock until told to stop."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FAST_KDF
from wamigrate.core.archive.exporter import export_chat
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify

PASS = "correct horse battery staple"
HOLD = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
from wamigrate.core.archive.store import Archive
archive = Archive.open(sys.argv[1], passphrase={PASS!r})
with archive.writer():
    archive.connection.execute("BEGIN IMMEDIATE")  # what an import holds while it writes
    archive.connection.execute("INSERT INTO audit (at, event, detail) VALUES ('x', 'importing', '')")
    print("holding", flush=True)
    sys.stdin.readline()  # until the test says so (or its end closes the pipe)
    archive.connection.execute("COMMIT")
archive.close()
"""


@pytest.fixture
def importing_elsewhere(tmp_path):
    export = tmp_path / "WhatsApp Chat with Bia.txt"
    export.write_text("".join(f"05/05/2023, 10:{i:02d} - Bia: pedido {i}\n" for i in range(30)), encoding="utf-8")
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    with archive:
        import_export(archive, export, ImportOptions(date_order="DMY"))
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(archive.folder)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout.readline().strip() == "holding"
    yield archive.folder, child
    if child.poll() is None:
        child.stdin.close()
        child.wait(timeout=120)


def test_b07_verify_during_an_import_reports_no_false_problem(importing_elsewhere):
    folder, _child = importing_elsewhere
    with Archive.open(folder, PASS) as archive:
        report = verify(archive)
    assert report.ok, report.problems
    assert report.messages == 30
    assert report.notes == [
        "The search index was not checked, because another import was running; verify again later.",
        "This check was not recorded in the archive, because another import was running.",
    ]


def test_b07_export_during_an_import_succeeds_and_its_log_entry_is_written_afterwards(importing_elsewhere, tmp_path):
    folder, child = importing_elsewhere
    archive = Archive.open(folder, PASS)
    archive.connection.execute("PRAGMA busy_timeout = 50")  # the same path as 10 s, without the wait
    out = export_chat(archive, "Bia", "txt", tmp_path / "bia.txt")
    assert Path(out).read_text(encoding="utf-8").count("pedido") == 30
    child.stdin.write("done\n")
    child.stdin.flush()
    assert child.wait(timeout=120) == 0
    archive.audit("later entry")  # the waiting entry goes in first
    events = [event for _, event, _ in archive.audit_log()]
    assert events[-3:] == ["importing", "exported", "later entry"]
    archive.close()


def test_b07_closing_a_reader_never_waits_for_the_importer(importing_elsewhere):
    folder, child = importing_elsewhere
    archive = Archive.open(folder, PASS)
    archive.stats()
    # If close waited for the importer's lock it would wait here until the importer is told
    # to stop, which happens only after close returns: the test would hang, not pass.
    archive.connection.execute("PRAGMA busy_timeout = 600000")
    archive.close()
    assert child.poll() is None  # the import is still running
