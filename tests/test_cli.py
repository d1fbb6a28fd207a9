"""The CLI contract other tools depend on: `wamigrate inspect`."""

import json
import subprocess
import sys

import pytest

from wamigrate.cli import main

ANDROID = (
    "23/03/2022, 13:31 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
    "18/03/2022, 14:56 - Ana: Olá\nsegunda linha\n"
    "18/03/2022, 15:10 - Lena K: IMG-20220323-WA0002.jpg (file attached)\n"
    "19/03/2022, 09:00 - Ana: certo <This message was edited>\n"
)


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "wamigrate", *args], capture_output=True, text=True, encoding="utf-8", check=False
    )


def test_inspect_jsonl_contract(write_export):
    path = write_export("WhatsApp Chat with Ana.txt", ANDROID)
    result = run_cli("inspect", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [
        {
            "chat": "Ana",
            "seq": 0,
            "time": "2022-03-23T13:31:00",
            "sender": None,
            "kind": "system",
            "text": "Messages and calls are end-to-end encrypted. Tap to learn more.",
            "attachment": None,
            "edited": False,
            "line": 1,
        },
        {
            "chat": "Ana",
            "seq": 1,
            "time": "2022-03-18T14:56:00",
            "sender": "Ana",
            "kind": "text",
            "text": "Olá\nsegunda linha",
            "attachment": None,
            "edited": False,
            "line": 2,
        },
        {
            "chat": "Ana",
            "seq": 2,
            "time": "2022-03-18T15:10:00",
            "sender": "Lena K",
            "kind": "media",
            "text": "",
            "attachment": "IMG-20220323-WA0002.jpg",
            "edited": False,
            "line": 4,
        },
        {
            "chat": "Ana",
            "seq": 3,
            "time": "2022-03-19T09:00:00",
            "sender": "Ana",
            "kind": "text",
            "text": "certo",
            "attachment": None,
            "edited": True,
            "line": 5,
        },
    ]


def test_inspect_summary(write_export):
    path = write_export("WhatsApp Chat with Ana.txt", ANDROID)
    result = run_cli("inspect", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Chat: Ana" in out
    assert "Platform: Android" in out
    assert "Date order: day/month/year" in out
    assert "Messages: 4" in out
    assert "    media: 1" in out
    assert "First message: 2022-03-18 14:56:00" in out


def test_date_order_option_and_zip_title(tmp_path):
    import zipfile

    path = tmp_path / "WhatsApp Chat - Bea.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", "[03/04/22, 10:00:00] Bea: one\r\n[03/04/22, 11:00:00] Bea: two\r\n")
    rows = [
        json.loads(line) for line in run_cli("inspect", str(path), "--jsonl", "--date-order", "MDY").stdout.splitlines()
    ]
    assert [r["time"] for r in rows] == ["2022-03-04T10:00:00", "2022-03-04T11:00:00"]
    assert {r["chat"] for r in rows} == {"Bea"}
    result = run_cli("inspect", str(path), "--jsonl")
    assert next(json.loads(line)["time"] for line in result.stdout.splitlines()) == "2022-04-03T10:00:00"
    assert "could be read either way" in result.stderr


def test_errors_go_to_stderr_with_exit_code(write_export, capsys):
    path = write_export("contacts.csv", "name,phone\nAna,+441234\n")
    assert main(["inspect", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "contacts.csv is not a WhatsApp chat export" in captured.err
    assert main(["inspect", str(path.parent / "missing.txt")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_usage_error_exit_code(capsys):
    assert main(["inspect"]) == 2
    assert main(["inspect", "x", "--date-order", "XYZ"]) == 2


@pytest.mark.parametrize("flag", ["--full"])
def test_full_fields(write_export, flag):
    path = write_export("WhatsApp Chat with Ana.txt", ANDROID)
    rows = [json.loads(line) for line in run_cli("inspect", str(path), "--jsonl", flag).stdout.splitlines()]
    assert rows[2]["media_type"] == "image"
    assert rows[0]["detail"] == "encryption"
    assert rows[1]["end_line"] == 3
    assert rows[0]["system_reason"] == "no-sender" and rows[1]["system_reason"] is None


def test_full_output_says_why_a_line_became_a_notice(write_export):
    # Issue 21, item 6: each way a line becomes a notice, traceable from the output.
    text = (
        "[01/03/2024, 10:00:00] Loja: \u200eMessages and calls are end-to-end encrypted.\r\n"
        "[01/03/2024, 10:01:00] Loja: Bom dia\r\n"
        "[01/03/2024, 10:02:00] \u200eAna created group \u201cPedidos\u201d\r\n"
        "[01/03/2024, 10:03:00] Loja: \u200eYour security code with Ana changed.\r\n"
        "[01/03/2024, 10:04:00] Loja: You turned on disappearing messages.\r\n"
    )
    path = write_export("_chat.txt", text)
    rows = [json.loads(line) for line in run_cli("inspect", str(path), "--jsonl", "--full").stdout.splitlines()]
    assert [(r["kind"], r["detail"], r["system_reason"]) for r in rows] == [
        ("system", "encryption", "starts-with:messages and calls are end-to-end encrypted"),
        ("text", None, None),
        ("system", "group_created", "marked"),
        ("system", "security_code", "starts-with:your security code with"),
        ("system", "disappearing", "starts-with:you turned on disappearing messages"),
    ]
    path = write_export(
        "WhatsApp Chat with Team.txt",
        '01/03/2024, 10:00 - Ana changed the subject to "Team: 2024"\n01/03/2024, 10:01 - Ana: ok\n',
    )
    rows = [json.loads(line) for line in run_cli("inspect", str(path), "--jsonl", "--full").stdout.splitlines()]
    assert [(r["sender"], r["system_reason"]) for r in rows] == [(None, "colon-in-quotes"), ("Ana", None)]
