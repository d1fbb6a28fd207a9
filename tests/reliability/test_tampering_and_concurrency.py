"""Damaged and tampered archives, hostile zips, and several processes at once."""

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest

from conftest import FAST_KDF
from wamigrate.core.archive.errors import (
    ArchiveInUseError,
    CorruptArchiveError,
    KeySlotError,
    WrongSecretError,
)
from wamigrate.core.archive.exporter import export_chat
from wamigrate.core.archive.importer import import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import CorruptZipError, ExportError, UnsafeZipError
from wamigrate.core.export import ChatReader, open_export

PASS = "correct horse battery staple"


@pytest.fixture
def filled(tmp_path):
    archive, recovery = Archive.create(tmp_path / "t", PASS, argon2=FAST_KDF)
    chat = tmp_path / "WhatsApp Chat with Ana.txt"
    chat.write_text(
        "".join(f"0{1 + i % 9}/03/2023, 10:{i % 60:02d} - Ana: message {i} with some text\n" for i in range(3000))
    )
    import_export(archive, chat)
    archive.close()
    return archive.folder, recovery, chat


def test_flipped_bytes_in_the_database_are_found_by_verify(filled):
    folder, _, _ = filled
    db = folder / "archive.db"
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 8] = bytes(b ^ 0xFF for b in raw[middle : middle + 8])
    db.write_bytes(bytes(raw))
    with Archive.open(folder, passphrase=PASS) as archive:
        report = verify(archive)
    assert not report.ok
    assert any("encrypted page check" in problem or "database structure" in problem for problem in report.problems)


def test_truncated_database(filled):
    folder, _, _ = filled
    db = folder / "archive.db"
    db.write_bytes(db.read_bytes()[:10_000])
    try:
        with Archive.open(folder, passphrase=PASS) as archive:
            report = verify(archive)
        assert not report.ok
    except CorruptArchiveError as error:
        assert "damaged" in str(error)


def test_edited_key_file(filled):
    folder, recovery, _ = filled
    keys = folder / "keys.json"
    original = json.loads(keys.read_text())
    # Swap the wrapped keys of the two slots: each slot's check fails, so both are damaged.
    data = json.loads(json.dumps(original))
    a, b = data["slots"]
    a["wrapped"], b["wrapped"] = b["wrapped"], a["wrapped"]
    keys.write_text(json.dumps(data))
    with pytest.raises(KeySlotError, match="damaged"):
        Archive.open(folder, passphrase=PASS)
    with pytest.raises(KeySlotError, match="damaged"):
        Archive.open(folder, recovery_key=recovery)
    # A deliberate edit that also fixes the check value is still refused: the slot's
    # parameters are authenticated by AES-GCM (the message cannot tell it from a wrong secret).
    from wamigrate.core.archive.keyslots import Slot

    data = json.loads(json.dumps(original))
    index = next(i for i, s in enumerate(data["slots"]) if s["kind"] == "passphrase")
    slot = Slot.from_json(data["slots"][index])
    slot.kdf["iterations"] = 9
    data["slots"][index] = slot.to_json()
    keys.write_text(json.dumps(data))
    with pytest.raises(WrongSecretError):
        Archive.open(folder, passphrase=PASS)
    keys.write_text(json.dumps(original))
    with Archive.open(folder, passphrase=PASS):
        pass


def test_other_archives_are_unaffected_by_damage(filled, tmp_path):
    folder, _, chat = filled
    other, _ = Archive.create(tmp_path / "other", PASS, argon2=FAST_KDF)
    import_export(other, chat)
    other.close()
    (folder / "archive.db").write_bytes(b"\x00" * 4096)
    with pytest.raises(CorruptArchiveError):
        Archive.open(folder, passphrase=PASS)
    with Archive.open(other.folder, passphrase=PASS) as archive:
        assert verify(archive).ok


def test_two_processes_read_while_one_imports_and_a_second_import_is_refused(filled, tmp_path):
    folder, _, _ = filled
    big = tmp_path / "WhatsApp Chat with Big.txt"
    big.write_text("".join(f"1{i % 9}/04/2023, 11:{i % 60:02d} - Bo: line {i}\n" for i in range(40_000)))
    # The child holds the writer lock and waits for the parent's word before it imports, so the
    # parent's own import attempt meets the lock whichever process the scheduler runs first.
    script = f"""
import sys
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.importer import import_export
with Archive.open({str(folder)!r}, passphrase={PASS!r}) as archive, archive.writer():
    print("importing", flush=True)
    sys.stdin.readline()
    import_export(archive, {str(big)!r})
print("imported", flush=True)
"""
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "importing"
    with Archive.open(folder, passphrase=PASS) as reader:
        refused = False
        try:
            import_export(reader, big)
        except ArchiveInUseError as error:
            refused = "importing into or changing" in str(error)
        counts = [reader.connection.execute("SELECT count(*) FROM messages").fetchone()[0]]
        child.stdin.write("go\n")
        child.stdin.flush()
        while child.poll() is None:
            counts.append(reader.connection.execute("SELECT count(*) FROM messages").fetchone()[0])
            time.sleep(0.05)  # only the pace of the reading; no outcome depends on it
        assert child.wait() == 0
        assert refused
        # The reader saw the archive as it was until the import committed, never half of it.
        assert counts[0] == 3000 and set(counts) <= {3000, 43000}
        assert reader.connection.execute("SELECT count(*) FROM messages").fetchone()[0] == 43000


def test_cancelled_export_leaves_no_file(filled, tmp_path):
    folder, _, _ = filled
    token = CancelToken()
    token.cancel()
    with Archive.open(folder, passphrase=PASS) as archive, pytest.raises(Cancelled):
        export_chat(archive, "Ana", "html", tmp_path / "out.html", cancel=token)
    assert list(tmp_path.glob("out*")) == []
    assert list(tmp_path.glob(".out*")) == []


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


CHAT = b"[3/27/22, 21:41:35] Lena K: Hello\r\n[3/28/22, 21:41:35] Lena K: Bye\r\n"


@pytest.mark.parametrize(
    ("entries", "outcome"),
    [
        ([("_chat.txt", CHAT), ("inner.zip", b"PK\x03\x04not really")], "ok"),  # a nested zip is just a file
        ([("_chat.txt", CHAT), ("_chat.txt", b"second copy")], "ok"),  # duplicate names: the first is used
        ([("../../escape.txt", CHAT)], "no chat"),
        ([("/abs/_chat.txt", CHAT)], "no chat"),
        ([("C:/windows/_chat.txt", CHAT)], "no chat"),
    ],
)
def test_hostile_zip_members(tmp_path, entries, outcome, monkeypatch):
    import warnings

    # A temporary folder of its own: another program's temporary files (a second suite running
    # beside this one) must not count as files this read left behind.
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        path = _zip(tmp_path / "WhatsApp Chat - Z.zip", entries)
    before = set(os.listdir(tmp_path)) | set(os.listdir(private))
    if outcome == "ok":
        export = open_export(path)
        assert [m.text for m in ChatReader(export.chats[0])] == ["Hello", "Bye"]
    else:
        with pytest.raises(ExportError):
            open_export(path)
    assert set(os.listdir(tmp_path)) | set(os.listdir(private)) == before


def test_zip_declaring_an_enormous_total(tmp_path):
    path = _zip(tmp_path / "WhatsApp Chat - Huge.zip", [("_chat.txt", CHAT), ("video.mp4", b"x")])
    raw = bytearray(path.read_bytes())
    # Patch the central directory's uncompressed size of video.mp4 to 4 GB - 1, 20 times over
    # is impossible in one zip; a 4 GB member beside a tiny compressed size reads as a bomb.
    at = raw.rfind(b"PK\x01\x02")
    raw[at + 24 : at + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    export = open_export(path)
    assert any(w.code == "zip-bomb" for w in export.warnings)
    assert "video.mp4" not in export.chats[0].attachments.names()


def test_truncated_central_directory(tmp_path):
    path = _zip(tmp_path / "WhatsApp Chat - T.zip", [("_chat.txt", CHAT * 100)])
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises((CorruptZipError, UnsafeZipError)):
        open_export(path)


def test_reader_thread_safety_of_cancel(tmp_path):
    chat = tmp_path / "WhatsApp Chat with Ana.txt"
    chat.write_text("".join(f"23/03/2022, 13:{i % 60:02d} - Ana: message {i}\n" for i in range(200_000)))
    token = CancelToken()
    threading.Timer(0.05, token.cancel).start()
    with pytest.raises(Cancelled):
        list(ChatReader(open_export(chat).chats[0], cancel=token))
