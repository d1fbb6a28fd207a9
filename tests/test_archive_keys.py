"""Archive container, key slots and the errors around opening one."""

import json
import os
import stat

import pytest

from conftest import FAST_KDF
from wamigrate.core.archive import database
from wamigrate.core.archive.errors import (
    ArchiveInUseError,
    CorruptArchiveError,
    KeySlotError,
    NotAnArchiveError,
    WrongSecretError,
)
from wamigrate.core.archive.recovery import parse_recovery_key
from wamigrate.core.archive.store import Archive

PASS = "correct horse battery staple"


def test_create_writes_encrypted_private_files(new_archive):
    archive, recovery = new_archive()
    folder = archive.folder
    assert folder.name == "test.wamarchive"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("archive.db", "keys.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert not (folder / "archive.db").read_bytes().startswith(database.PLAINTEXT_HEADER)
    assert archive.connection.execute("PRAGMA cipher_version").fetchone()[0]
    assert len(recovery) == 39 and recovery.count("-") == 7
    keys = json.loads((folder / "keys.json").read_text())
    assert {slot["kind"] for slot in keys["slots"]} == {"passphrase", "recovery"}
    assert keys["cipher"]["cipher_page_size"] == 4096
    assert PASS not in (folder / "keys.json").read_text()


def test_open_with_passphrase_or_recovery_key(new_archive):
    archive, recovery = new_archive()
    folder = archive.folder
    archive.close()
    with Archive.open(folder, passphrase=PASS) as opened:
        assert opened.stats()["messages"] == 0
    # People type recovery keys loosely: case, spaces, 0 for O.
    typed = recovery.lower().replace("-", " ").replace("o", "0")
    with Archive.open(folder, recovery_key=typed):
        pass
    assert parse_recovery_key("not a key") is None


def test_wrong_secrets_are_their_own_error_and_change_nothing(new_archive):
    archive, _ = new_archive()
    folder = archive.folder
    archive.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(WrongSecretError, match="passphrase does not open"):
        Archive.open(folder, passphrase="Correct horse battery staple")
    with pytest.raises(WrongSecretError, match="recovery key does not open"):
        Archive.open(folder, recovery_key="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    with pytest.raises(WrongSecretError, match="not a recovery key"):
        Archive.open(folder, recovery_key="1234")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    with Archive.open(folder, passphrase=PASS):  # can retry
        pass


def test_unicode_passphrase_is_normalized(tmp_path):
    composed = "caf\u00e9 na praia"
    decomposed = "cafe\u0301 na praia"
    archive, _ = Archive.create(tmp_path / "u", composed, argon2=FAST_KDF)
    archive.close()
    with Archive.open(tmp_path / "u", passphrase=decomposed):
        pass


def test_change_passphrase_and_regenerate_recovery_key(new_archive):
    archive, recovery = new_archive()
    folder = archive.folder
    archive.change_passphrase("a brand new passphrase", argon2=FAST_KDF)
    new_recovery = archive.regenerate_recovery_key()
    archive.close()
    with pytest.raises(WrongSecretError):
        Archive.open(folder, passphrase=PASS)
    with pytest.raises(WrongSecretError):
        Archive.open(folder, recovery_key=recovery)
    with Archive.open(folder, passphrase="a brand new passphrase") as opened:
        events = [event for _, event, _ in opened.audit_log()]
    assert events[:3] == ["created", "passphrase changed", "recovery key replaced"]
    with Archive.open(folder, recovery_key=new_recovery):
        pass


def test_key_file_missing_or_damaged(new_archive):
    archive, recovery = new_archive()
    folder = archive.folder
    archive.close()
    keys = folder / "keys.json"
    original = keys.read_text()

    data = json.loads(original)
    passphrase_slot = next(s for s in data["slots"] if s["kind"] == "passphrase")
    passphrase_slot["kdf"]["iterations"] = 2  # damaged (or tampered) parameters
    keys.write_text(json.dumps(data))
    with pytest.raises(KeySlotError, match=r"passphrase entry .* is damaged"):
        Archive.open(folder, passphrase=PASS)
    with Archive.open(folder, recovery_key=recovery) as opened:  # the other slot still works
        opened.change_passphrase(PASS, argon2=FAST_KDF)  # and repairs the damaged one
    with Archive.open(folder, passphrase=PASS):
        pass

    keys.write_text("{not json")
    with pytest.raises(KeySlotError, match="damaged"):
        Archive.open(folder, passphrase=PASS)
    keys.unlink()
    with pytest.raises(KeySlotError, match="missing"):
        Archive.open(folder, passphrase=PASS)


def test_not_an_archive_and_corrupt_database(new_archive, tmp_path):
    with pytest.raises(NotAnArchiveError):
        Archive.open(tmp_path, passphrase=PASS)
    archive, _ = new_archive()
    folder = archive.folder
    archive.close()
    db = folder / "archive.db"
    raw = bytearray(db.read_bytes())
    raw[100:4000] = os.urandom(3900)  # the first page: unreadable with the right key
    db.write_bytes(bytes(raw))
    with pytest.raises(CorruptArchiveError, match="damaged"):
        Archive.open(folder, passphrase=PASS)


def test_readers_share_one_writer_at_a_time(new_archive):
    archive, _ = new_archive()
    # A second window may open and read the archive meanwhile...
    with Archive.open(archive.folder, passphrase=PASS) as reader:
        assert reader.stats()["messages"] == 0
        # ...but while one writes, the other cannot start writing.
        with archive.writer(), pytest.raises(ArchiveInUseError, match="importing into or changing"):
            reader.change_passphrase("another long passphrase", argon2=FAST_KDF)
        reader.change_passphrase("another long passphrase", argon2=FAST_KDF)


def test_key_file_of_another_archive_is_recognised(new_archive):
    first, _ = new_archive("first")
    second, _ = new_archive("second")
    first.close()
    second.close()
    (first.folder / "keys.json").write_bytes((second.folder / "keys.json").read_bytes())
    with pytest.raises(KeySlotError, match="belongs to another archive"):
        Archive.open(first.folder, passphrase=PASS)


def test_weak_passphrases_are_refused_with_reasons(tmp_path):
    from wamigrate.core.archive.errors import WeakPassphraseError

    for weak, reason in (
        ("short1", "at least 10"),
        ("Password123!", "most often"),
        ("aaaaaaaaaaaaaa", "same one or two"),
        ("abcdefghijkl", "too easy to guess"),
    ):
        with pytest.raises(WeakPassphraseError, match=reason):
            Archive.create(tmp_path / weak, weak, argon2=FAST_KDF)
        assert not (tmp_path / f"{weak}.wamarchive").exists()


def test_surrounding_spaces_are_ignored_consistently(tmp_path):
    archive, _ = Archive.create(tmp_path / "s", "  copper lantern orbit 47 ", argon2=FAST_KDF)
    archive.close()
    with Archive.open(tmp_path / "s", passphrase="copper lantern orbit 47"):
        pass


def test_refuses_to_create_over_existing_content(tmp_path):
    target = tmp_path / "x.wamarchive"
    target.mkdir()
    (target / "something").write_text("keep me")
    with pytest.raises(Exception, match="not empty"):
        Archive.create(target, PASS, argon2=FAST_KDF)
    assert (target / "something").read_text() == "keep me"
