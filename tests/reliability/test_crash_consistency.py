"""SIGKILL an import, a passphrase change and a recovery-key change at random moments.

After every kill the archive must open, pass verification and hold exactly the messages
of the imports that completed; the interrupted import, run again, must complete without
duplicates; a secret change must leave the old or the new secret working, never neither.
"""

import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import FAST_KDF
from wamigrate.core.archive.errors import WrongSecretError
from wamigrate.core.archive.importer import import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify

PASS = "correct horse battery staple"
NEW_PASS = "new pass phrase for crash tests"
KILL_POINTS = 20
MESSAGES = 20_000
# Argon2id strong enough that deriving a key takes a moment a kill can land in.
SLOW_KDF = {"memory_kib": 65536, "iterations": 3, "lanes": 4}

# With a fourth argument N, the import stops at its N-th progress report, says "held" and waits
# there (for a kill that cannot come too late); the calls are counted and printed at the end.
_IMPORT = """
import sys
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.importer import import_export
hold = int(sys.argv[4]) if len(sys.argv) > 4 else 0
calls = 0
def progress(done, total):
    global calls
    calls += 1
    if calls == hold:
        print("held", flush=True)
        sys.stdin.read()
with Archive.open(sys.argv[1], passphrase=sys.argv[2]) as archive:
    print("started", flush=True)
    import_export(archive, sys.argv[3], progress=progress)
print("done", calls, flush=True)
"""
_SECRET = """
import sys
from wamigrate.core.archive.store import Archive
with Archive.open(sys.argv[1], passphrase=sys.argv[2]) as archive:
    print("started", flush=True)
    if sys.argv[3] == "passphrase":
        archive.change_passphrase(sys.argv[4], argon2={"memory_kib": 65536, "iterations": 3, "lanes": 4})
    else:
        print(archive.regenerate_recovery_key(), flush=True)
print("done", flush=True)
"""


def _messages(archive):
    return archive.connection.execute("SELECT count(*) FROM messages").fetchone()[0]


def _run_and_kill(args, delay):
    """Kill the child ``delay`` seconds after it started, or, with ``delay`` None, once it says
    it is held (in the middle of its work, whatever the machine's speed)."""
    child = subprocess.Popen([sys.executable, "-c", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "started"
    if delay is None:
        assert child.stdout.readline().strip() == "held"
    else:
        time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    output = child.communicate()[0]
    return "done" in output, output


@pytest.fixture
def base(tmp_path):
    archive, recovery = Archive.create(tmp_path / "base", PASS, argon2=FAST_KDF)
    first = tmp_path / "WhatsApp Chat with First.txt"
    first.write_text("01/01/2023, 09:00 - Ana: first import\n02/01/2023, 09:00 - Bo: kept\n", encoding="utf-8")
    import_export(archive, first)
    archive.close()
    export = tmp_path / "WhatsApp Chat with Big.txt"
    export.write_text(
        "".join(
            f"{1 + i % 28:02d}/02/2023, {i // 60 % 24:02d}:{i % 60:02d} - Ana: message {i}\n" for i in range(MESSAGES)
        ),
        encoding="utf-8",
    )
    return archive.folder, export, recovery


def test_import_killed_at_random_points(base, tmp_path):
    folder, export, _ = base
    # How long an uninterrupted import takes here, to spread the kills over it.
    timing = tmp_path / "timing.wamarchive"
    shutil.copytree(folder, timing)
    started = time.perf_counter()
    calibration = subprocess.run([sys.executable, "-c", _IMPORT, str(timing), PASS, str(export)], check=True,
                                 capture_output=True, text=True)  # fmt: skip
    duration = time.perf_counter() - started
    calls = int(calibration.stdout.split()[-1])
    assert calls >= 2, calibration.stdout  # the reader's reports, then the last one after the commit
    rng = random.Random(20261125)
    outcomes = {"interrupted": 0, "completed": 0}
    for point in range(KILL_POINTS):
        copy = tmp_path / f"kill{point}.wamarchive"
        shutil.copytree(folder, copy)
        # Half the kills at random moments (any instant, the commit's included), half held at a
        # random progress report but the last (the reader's, inside the import's transaction,
        # before the commit): those interrupt whatever the machine's load.
        args = (_IMPORT, str(copy), PASS, str(export))
        if point % 2:
            completed, _ = _run_and_kill((*args, str(rng.randint(1, calls - 1))), None)
        else:
            completed, _ = _run_and_kill(args, rng.uniform(0.0, duration))
        with Archive.open(copy, passphrase=PASS) as archive:
            report = verify(archive)
            assert report.ok, report.problems
            held = _messages(archive)
            assert held in (2, 2 + MESSAGES), held
            outcomes["completed" if held > 2 else "interrupted"] += 1
            assert completed or held == 2 or held == 2 + MESSAGES
            [result] = import_export(archive, export)  # run it again: completes, no duplicates
            assert _messages(archive) == 2 + MESSAGES
            assert result.already_imported == (held > 2)
            assert verify(archive).ok
    assert outcomes["interrupted"] >= KILL_POINTS // 2, outcomes


@pytest.mark.parametrize("what", ["passphrase", "recovery"])
def test_secret_change_killed_midway(base, tmp_path, what):
    folder, _, recovery = base
    rng = random.Random(7 if what == "passphrase" else 8)
    for point in range(6):
        copy = tmp_path / f"{what}{point}.wamarchive"
        shutil.copytree(folder, copy)
        completed, output = _run_and_kill((_SECRET, str(copy), PASS, what, NEW_PASS), rng.uniform(0.0, 0.4))
        if what == "passphrase":
            secrets = [dict(passphrase=PASS), dict(passphrase=NEW_PASS)]
        else:
            new_keys = [line.strip() for line in output.splitlines() if line.count("-") == 7]
            secrets = [dict(recovery_key=recovery)] + [dict(recovery_key=key) for key in new_keys]
        opened = 0
        for secret in secrets:
            try:
                with Archive.open(copy, **secret) as archive:
                    assert verify(archive).ok
                    opened += 1
            except WrongSecretError:
                pass
        assert opened >= 1, (what, point, completed)
        if what == "recovery":
            with Archive.open(copy, passphrase=PASS):  # untouched by a recovery-key change
                pass
