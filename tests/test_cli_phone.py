"""The command line with a phone's database (issue 18): inspect --jsonl, import with the key from
a file or WAMIGRATE_BACKUP_KEY, contacts and media, and a wrong key as its own error (exit 3)."""

import json

from fixtures.msgstore import build
from fixtures.phone_backup import backup
from test_cli_archive import run

ROOT = bytes(range(32))
SPACED = " ".join(ROOT.hex()[i : i + 4] for i in range(0, 64, 4))  # as WhatsApp shows it: groups of four


def crypt15(tmp_path):
    path = tmp_path / "msgstore-2024-05-10.1.db.crypt15"
    path.write_bytes(backup(build(tmp_path / "plain.db").read_bytes(), ROOT))
    return path


def test_inspect_prints_the_database_like_an_export(tmp_path):
    path = crypt15(tmp_path)
    done = run("inspect", str(path), "--jsonl", "--timezone", "America/Sao_Paulo", WAMIGRATE_BACKUP_KEY=SPACED)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 15
    assert records[0] == {
        "chat": "+5511987654321", "seq": 0, "time": "2024-05-10T06:00:00", "sender": "+5511987654321",
        "kind": "text", "text": "Olá! Têm rosas brancas?\nPara sábado", "attachment": None, "edited": False,
        "line": None, "utc": "2024-05-10T09:00:00.000Z", "id": "A1", "reply_to": None,
        "reactions": [{"sender": "Me", "emoji": "❤️", "utc": "2024-05-10T09:01:05.000Z"}],
    }  # fmt: skip
    second = records[1]
    assert (second["sender"], second["reply_to"], second["reactions"][0]["sender"]) == ("Me", "A1", "+5511987654321")
    assert records[2]["attachment"] == "IMG-20240510-WA0001.jpg"
    assert "1 status updates left out" in done.stderr
    summary = run("inspect", str(path), WAMIGRATE_BACKUP_KEY=SPACED)
    assert "Chats: 3; messages and calls: 15 (of which 3 calls)" in summary.stdout


def test_wrong_or_missing_key_is_said_and_exit_3_for_a_wrong_one(tmp_path):
    path = crypt15(tmp_path)
    wrong = run("inspect", str(path), "--jsonl", WAMIGRATE_BACKUP_KEY="ab" * 32)
    assert wrong.returncode == 3 and wrong.stdout == ""
    assert "key" in wrong.stderr.lower()
    missing = run("inspect", str(path), WAMIGRATE_BACKUP_KEY="")
    assert missing.returncode == 1 and "64-digit key" in missing.stderr
    short = run("inspect", str(path), WAMIGRATE_BACKUP_KEY="abc")
    assert short.returncode == 1 and "has 3 digits; WhatsApp's backup key has 64" in short.stderr


def test_import_with_key_file_contacts_and_media(tmp_path):
    path = crypt15(tmp_path)
    archive = tmp_path / "shop"
    assert run("create", str(archive)).returncode == 0
    folder = f"{archive}.wamarchive"
    key_file = tmp_path / "key.txt"
    key_file.write_text(SPACED + "\n")
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("Name,Phone 1 - Value\nAna Souza,+55 11 98765-4321\n", encoding="utf-8")
    wrong_file = tmp_path / "wrong.txt"
    wrong_file.write_text("cd" * 32)
    refused = run("import", folder, str(path), "--key-file", str(wrong_file))
    assert refused.returncode == 3
    assert json.loads(run("stats", folder, "--json").stdout)["messages"] == 0
    media = tmp_path / "Media" / "WhatsApp Images"
    media.mkdir(parents=True)
    (media / "IMG-20240510-WA0001.jpg").write_bytes(b"an invented picture")
    done = run("import", folder, str(path), "--key-file", str(key_file), "--contacts", str(contacts),
               "--media", str(tmp_path / "Media"), "--timezone", "America/Sao_Paulo")  # fmt: skip
    assert done.returncode == 1  # the voice note is not in the folder: said, and not taken as complete
    assert f"{path.name}: 15 new messages in 3 chats, 0 already in the archive, 0 copies" in done.stdout
    assert "1 media files stored, 1 messages linked, 1 of the 2 files the messages name not found" in done.stdout
    assert "1 media file the phone's messages name is not in the Media folder you chose: PTT-20240510-WA0002.opus" in (
        done.stderr
    )
    assert "1 status update was left out" in done.stderr
    stats = json.loads(run("stats", folder, "--json").stdout)
    assert stats["messages"] == 15 and stats["chats_not_in_the_phone_database"] == []
    assert stats["phone_database"].startswith(f"all 3 chats of {path.name}")
    shown = dict(line.split(": ", 1) for line in run("stats", folder).stdout.splitlines())
    assert shown["messages"] == "15" and shown["chats not in the phone database"] == "none"
    assert shown["kinds"] == ", ".join(f"{kind} {count}" for kind, count in stats["kinds"].items())
    found = [json.loads(line) for line in run("search", folder, "rosas", "--jsonl").stdout.splitlines()]
    assert [(r["chat"], r["sender"]) for r in found] == [("Ana Souza", "Ana Souza")]
