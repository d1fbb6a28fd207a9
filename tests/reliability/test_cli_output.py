"""B16, B17 and B19 (reliability campaign 2) on the command line: sentences instead of
tracebacks, messages that say what really happened, and no terminal escape sequence from
a chat reaching the terminal. Each case failed before the fix."""

import json
import os
import subprocess
import sys

from conftest import FAST_KDF
from wamigrate.core.archive.store import Archive

PASS = "correct horse battery staple"
ESCAPE = "\x1b]0;owned\x07\x1b[2J\x9b31m"


def _wamigrate(*args, **options):
    env = dict(os.environ, WAMIGRATE_PASSPHRASE=PASS)
    return subprocess.run([sys.executable, "-m", "wamigrate", *args], capture_output=True, env=env, timeout=300,
                          **options)  # fmt: skip


def _archive(tmp_path):
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    archive.close()
    return str(archive.folder)


def test_b19_escape_sequences_in_chats_never_reach_the_terminal(tmp_path):
    export = tmp_path / f"WhatsApp Chat with Bia{ESCAPE}.txt"
    export.write_text(f"05/05/2023, 10:00 - Bia{ESCAPE}: olá {ESCAPE} pedido\n", encoding="utf-8")
    folder = _archive(tmp_path)
    outputs = [_wamigrate("import", folder, str(export)), _wamigrate("search", folder, "pedido"),
               _wamigrate("inspect", str(export)), _wamigrate("stats", folder)]  # fmt: skip
    for done in outputs:
        assert done.returncode == 0, done.stderr
        for stream in (done.stdout, done.stderr):
            text = stream.decode("utf-8")
            assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "pedido" in outputs[1].stdout.decode() and "\ufffd" in outputs[1].stdout.decode()
    # JSON keeps the exact text, escaped: a program reading it loses nothing.
    jsonl = _wamigrate("search", folder, "pedido", "--jsonl")
    assert b"\x1b" not in jsonl.stdout and b"\xc2\x9b" not in jsonl.stdout
    assert ESCAPE in json.loads(jsonl.stdout)["snippet"]


def test_b16_an_absurd_limit_is_a_usage_error(tmp_path):
    folder = _archive(tmp_path)
    done = _wamigrate("search", folder, "x", "--limit", str(10**20))
    assert done.returncode == 2 and b"give a number from 1 to 100000" in done.stderr
    assert b"Traceback" not in done.stderr


def test_b16_a_secret_file_that_is_not_text_is_a_sentence(tmp_path):
    folder = _archive(tmp_path)
    (tmp_path / "pass").write_bytes(b"\xff\xfe\x00garbage")
    done = _wamigrate("stats", folder, "--passphrase-file", str(tmp_path / "pass"))
    assert done.returncode == 1 and b"is not UTF-8 text" in done.stderr and b"Traceback" not in done.stderr


def _two_chats(tmp_path):
    first = tmp_path / "WhatsApp Chat with Ana.txt"
    first.write_text("05/05/2023, 10:00 - Ana: primeiro\n", encoding="utf-8")
    second = tmp_path / "WhatsApp Chat with Rui.txt"
    second.write_text("".join(f"05/05/2023, 11:{i:02d} - Rui: mensagem {i}\n" for i in range(50)), encoding="utf-8")
    return first, second


def test_b17_a_cancel_during_a_later_file_undoes_the_earlier_ones_so_nothing_changed_is_true(tmp_path):
    """What the command does on Ctrl-C (it imports through ImportRun), with the cancel given
    at a known point: when the second file starts, after the first one was committed."""
    from wamigrate.core.archive.import_run import ImportRun
    from wamigrate.core.cancel import Cancelled, CancelToken

    first, second = _two_chats(tmp_path)
    cancel = CancelToken()
    run = ImportRun()
    run.add([str(first), str(second)])
    with Archive.open(_archive(tmp_path), PASS) as archive:
        try:
            run.run(archive, cancel=cancel, observe=lambda e: e.kind == "started" and e.index == 1 and cancel.cancel())
        except Cancelled:
            pass
        else:
            raise AssertionError("the run was not cancelled")
        assert run.outcome.undone_files == 1
        assert archive.stats()["messages"] == 0 and archive.stats()["sources"] == 0


def test_b17_a_cancel_inside_a_folder_undoes_the_exports_already_committed(tmp_path):
    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.core.cancel import Cancelled, CancelToken

    folder = tmp_path / "exports"
    folder.mkdir()
    for path in _two_chats(tmp_path):
        path.rename(folder / path.name)
    # Both over the size of exports that share a commit: each is committed on its own.
    for name in ("Ana", "Rui"):
        (folder / f"WhatsApp Chat with {name}.txt").write_text(
            "".join(f"05/05/2023, 10:{i:02d} - {name}: {'x' * 9000}\n" for i in range(40)), encoding="utf-8"
        )
    cancel = CancelToken()

    with Archive.open(_archive(tmp_path), PASS) as archive:

        def progress(done, total):
            if any(event == "imported" for _, event, _ in archive.audit_log()):  # the first is committed
                cancel.cancel()

        try:
            import_export(archive, folder, ImportOptions(date_order="DMY"), progress, cancel)
        except Cancelled:
            pass
        else:
            raise AssertionError("the import was not cancelled")
        assert archive.stats()["messages"] == 0 and archive.stats()["sources"] == 0
        events = [event for _, event, _ in archive.audit_log()]
        assert events.count("imported") == 1 and events.count("import removed") == 1
