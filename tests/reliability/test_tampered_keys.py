"""B11 and B17 (reliability campaign 2): a tampered keys.json never hangs, crashes or reaches
SQL, and a bit flip at the database's start is called damage, not "another archive's key
file". Before the fix: huge Argon2 iterations hung the unlock, huge memory or a short nonce
crashed it, odd JSON gave tracebacks, and the cipher values were pasted into PRAGMA text."""

import json

import pytest

from conftest import FAST_KDF
from wamigrate.core.archive import keyslots
from wamigrate.core.archive.errors import CorruptArchiveError, KeySlotError
from wamigrate.core.archive.store import Archive

PASS = "correct horse battery staple"
RECOVERY = {}  # archive folder -> its recovery key


@pytest.fixture
def folder(tmp_path):
    archive, recovery = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    archive.audit("a record that must survive")
    archive.close()
    RECOVERY[archive.folder] = recovery
    return archive.folder


def _edit(folder, change) -> None:
    path = folder / "keys.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _edit_passphrase_kdf(folder, **kdf) -> None:
    def change(data):
        for slot in data["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"].update(kdf)
                fields = {k: v for k, v in slot.items() if k != "check"}
                slot["check"] = keyslots._check(fields)  # a careful attacker recomputes the check

    _edit(folder, change)


@pytest.mark.parametrize(
    "kdf",
    [
        {"iterations": 1_000_000_000},
        {"memory_kib": 1 << 40},
        {"lanes": 0},
        {"iterations": "8"},
        {"memory_kib": 1_048_576, "iterations": 64},
    ],
    ids=["huge-iterations", "huge-memory", "no-lanes", "text", "too-much-work"],
)
def test_b11_impossible_key_derivation_is_refused_before_deriving(folder, kdf, monkeypatch):
    _edit_passphrase_kdf(folder, **kdf)

    class NeverDerive:  # deriving with these settings would take hours or all the memory
        def __init__(self, **settings):
            raise AssertionError(f"Argon2 was started with {settings}")

    monkeypatch.setattr(keyslots, "Argon2id", NeverDerive)
    with pytest.raises(KeySlotError, match="impossible key derivation"):
        Archive.open(folder, PASS)
    monkeypatch.undo()
    Archive.open(folder, recovery_key=RECOVERY[folder]).close()  # the other secret still opens it


def test_b11_a_short_nonce_is_a_damaged_slot_not_a_crash(folder):
    def change(data):
        slot = next(s for s in data["slots"] if s["kind"] == "passphrase")
        slot["nonce"] = "AAAAAAA="  # 5 bytes
        slot["check"] = keyslots._check({k: v for k, v in slot.items() if k != "check"})

    _edit(folder, change)
    with pytest.raises(KeySlotError, match=r"passphrase entry .* is damaged"):
        Archive.open(folder, PASS)


@pytest.mark.parametrize(
    "text",
    ["[]", '"keys"', "null", '{"format": "wamigrate-keyslots", "slots": {}}',
     '{"format": "wamigrate-keyslots", "version": "1", "slots": []}',
     '{"format": "wamigrate-keyslots", "archive_id": 5, "cipher": [], "slots": []}', "[" * 100_000],
    ids=["list", "string", "null", "slots-object", "version-text", "wrong-types", "deep"],
)  # fmt: skip
def test_b11_odd_json_is_a_damaged_key_file(folder, text):
    (folder / "keys.json").write_text(text)
    with pytest.raises(KeySlotError, match="damaged"):
        Archive.open(folder, PASS)


def test_b11_cipher_values_never_reach_sql(folder):
    _edit(folder, lambda data: data["cipher"].update(cipher_page_size="4096; DROP TABLE audit"))
    with pytest.raises(KeySlotError, match="cipher setting"):
        Archive.open(folder, PASS)
    _edit(folder, lambda data: data["cipher"].update(cipher_page_size=4096))
    with Archive.open(folder, PASS) as archive:
        assert "a record that must survive" in [event for _, event, _ in archive.audit_log()]


def test_b11_another_valid_cipher_setting_is_a_changed_key_file_not_damage(folder):
    _edit(folder, lambda data: data["cipher"].update(cipher_page_size=8192))
    with pytest.raises(KeySlotError, match="do not match its database"):
        Archive.open(folder, PASS)


def test_b17_a_bit_flip_at_the_database_start_is_damage_not_a_foreign_key_file(folder):
    path = folder / "archive.db"
    data = bytearray(path.read_bytes())
    data[5] ^= 0x10
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptArchiveError, match="damaged at its start"):
        Archive.open(folder, PASS)


def test_b17_another_archives_key_file_is_still_named_as_such(folder, tmp_path):
    other, _ = Archive.create(tmp_path / "other", PASS, argon2=FAST_KDF)
    other.close()
    (folder / "keys.json").write_bytes((other.folder / "keys.json").read_bytes())
    with pytest.raises(KeySlotError, match="belongs to another archive"):
        Archive.open(folder, PASS)
