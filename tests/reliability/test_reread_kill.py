"""B2 (reliability campaign 2): "read the dates the other way" never loses the file. The
re-read replaces the first reading in one transaction; a process killed in the middle of it
(here: deterministically, while it waits half-way through reading) leaves the first reading
whole. Before the fix the first reading was removed in a transaction of its own, and a kill
during the re-read left the archive without the file's messages."""

import signal
import subprocess
import sys

from conftest import FAST_KDF
from wamigrate.core.archive.import_run import ImportRun
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify

PASS = "correct horse battery staple"
MESSAGES = 20_000

_REREAD = """
import sys
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.summary import sources

told = []


def progress(done, total):
    if done > total // 2 and not told:
        told.append(1)
        print("half-way", flush=True)
        sys.stdin.readline()  # wait here, inside the re-read's transaction, to be killed


with Archive.open(sys.argv[1], passphrase=sys.argv[3]) as archive:
    (first,) = sources(archive)
    # What ImportRun.reread then run do: the other order, replacing the first reading.
    import_export(archive, sys.argv[2], ImportOptions(date_order=sys.argv[4]), progress, replacing=frozenset({first.sha256}))
print("finished", flush=True)
"""


def test_a_kill_while_reading_again_keeps_the_first_reading(tmp_path):
    export = tmp_path / "WhatsApp Chat with Ana.txt"
    # Every date reads both ways (day and month both 1-12) and does not move: ambiguous.
    export.write_text(
        "".join(f"03/04/2023, {i // 60 % 24:02d}:{i % 60:02d} - Ana: message {i}\n" for i in range(MESSAGES)),
        encoding="utf-8",
    )
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    run = ImportRun()
    run.add([str(export)])
    run.run(archive)
    question = run.files[0].date_question()
    assert question is not None
    before = archive.connection.execute("SELECT count(*), min(local_time) FROM messages").fetchone()
    assert before[0] == MESSAGES
    folder = archive.folder
    archive.close()

    child = subprocess.Popen(
        [sys.executable, "-c", _REREAD, str(folder), str(export), PASS, "MDY" if question.order == "DMY" else "DMY"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "half-way"
    child.send_signal(signal.SIGKILL)
    child.wait()

    with Archive.open(folder, passphrase=PASS) as reopened:
        after = reopened.connection.execute("SELECT count(*), min(local_time) FROM messages").fetchone()
        assert after == before  # the first reading, whole
        assert reopened.connection.execute("SELECT count(*) FROM sources").fetchone() == (1,)
        assert verify(reopened).ok
