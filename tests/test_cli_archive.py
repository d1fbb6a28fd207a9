"""The archive commands of the CLI, as scripts use them."""

import json
import os
import subprocess
import sys

CHAT = "01/02/2023, 09:00 - Ana: Olá, a encomenda chegou?\n02/02/2023, 10:00 - Loja: Sim, chegou hoje\n"


def run(*args, passphrase="cli test passphrase", **env):
    environment = {**os.environ, **env}
    if passphrase is not None:
        environment["WAMIGRATE_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "wamigrate", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_create_import_search_verify_export(tmp_path):
    archive = tmp_path / "shop"
    created = run("create", str(archive))
    assert created.returncode == 0, created.stderr
    recovery = next(line.strip() for line in created.stdout.splitlines() if line.strip().count("-") == 7)
    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text(CHAT, encoding="utf-8")
    folder = f"{archive}.wamarchive"

    imported = run("import", folder, str(export))
    assert imported.returncode == 0, imported.stderr
    assert "2 new messages, 0 already in the archive" in imported.stdout
    assert "already imported" in run("import", folder, str(export)).stdout

    found = run("search", folder, "encomenda", "--jsonl")
    rows = [json.loads(line) for line in found.stdout.splitlines()]
    assert [(r["sender"], r["time"]) for r in rows] == [("Ana", "2023-02-01T09:00:00")]
    assert "No messages found" in run("search", folder, "zebra").stdout

    verified = run("verify", folder)
    assert verified.returncode == 0 and "Archive verified: 2 messages" in verified.stdout
    stats = json.loads(run("stats", folder, "--json").stdout)
    assert stats["messages"] == 2 and stats["chats"] == 1

    out = tmp_path / "ana.json"
    assert run("export", folder, "--chat", "Ana", "--format", "json", "--out", str(out)).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["messages"]) == 2

    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n")
    assert run("stats", folder, "--recovery-key-file", str(key_file), passphrase=None).returncode == 0


def test_secret_errors_and_passphrase_change(tmp_path):
    folder = f"{tmp_path / 'a'}.wamarchive"
    assert run("create", str(tmp_path / "a")).returncode == 0
    wrong = run("stats", folder, passphrase="not it")
    assert wrong.returncode == 3
    assert "does not open this archive" in wrong.stderr
    no_secret = run("stats", folder, passphrase=None)
    assert no_secret.returncode == 1 and "No passphrase given" in no_secret.stderr
    changed = run("passwd", folder, WAMIGRATE_NEW_PASSPHRASE="the new one, longer")
    assert changed.returncode == 0, changed.stderr
    assert run("stats", folder).returncode == 3
    assert run("stats", folder, passphrase="the new one, longer").returncode == 0
    missing = run("stats", str(tmp_path / "nothing-here"))
    assert missing.returncode == 1 and "not a wamigrate archive" in missing.stderr
