"""Decrypting Android backups (msgstore.db.crypt15 / .crypt14), on files written by
tests/fixtures/phone_backup.py: every layout, the key in every form a user has it, and the
negative matrix with the sentence each gives (issue 18)."""

import os
import re

import pytest

from fixtures.phone_backup import ROOT_KEY_HEX, backup, java_key_file
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.phone.backup_file import (
    PROTECTED_ADVICE,
    BackupError,
    DamagedBackupError,
    WrongBackupKeyError,
    decrypt,
    read_header,
)
from wamigrate.core.phone.backup_key import CRYPT14, CRYPT15, BackupKeyError, key_from_bytes, parse_hex_key

ROOT = bytes.fromhex(ROOT_KEY_HEX)
# Big enough for several read chunks and with a realistic start: what a msgstore.db begins with.
PLAIN = b"SQLite format 3\x00" + os.urandom(3 << 20) + b"end of the database"


def write(tmp_path, data, name="msgstore.db.crypt15"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(path, key, **kwargs):
    out = bytearray()
    info = decrypt(path, key, out.extend, **kwargs)
    return bytes(out), info


@pytest.mark.parametrize("feature_table", [True, False])
@pytest.mark.parametrize("md5", [True, False])
@pytest.mark.parametrize("info_first", [False, True])
def test_every_layout_decrypts_to_the_exact_bytes(tmp_path, feature_table, md5, info_first):
    path = write(tmp_path, backup(PLAIN, ROOT, feature_table=feature_table, md5=md5, info_first=info_first))
    plain, info = read(path, parse_hex_key(ROOT_KEY_HEX))
    assert plain == PLAIN and info.plain_size == len(PLAIN) and info.md5_checked is md5
    header = info.header
    assert (header.crypt, header.end_to_end, header.feature_table) == (CRYPT15, True, feature_table)
    assert (header.app_version, header.jid_suffix, header.backup_version) == ("2.24.17.78", "42", 1)
    assert header.features == {5: True, 14: True} and header.iv == bytes(range(16))


def test_crypt14_with_the_rooted_phones_key_file(tmp_path):
    aes = bytes(range(100, 132))
    key_file = java_key_file(b"\x00\x01\x01" + b"s" * 32 + b"g" * 16 + b"h" * 32 + b"\x00" * 16 + aes)
    key = key_from_bytes(key_file, "key")
    assert key.kind == CRYPT14 and key.aes_key() == aes
    path = write(tmp_path, backup(PLAIN, crypt=14, aes_key=aes), "msgstore.db.crypt14")
    assert read(path, key)[0] == PLAIN
    assert read_header(path).end_to_end is False


def test_the_key_in_every_form_a_user_has_it():
    spaced = " ".join(ROOT_KEY_HEX[i : i + 4] for i in range(0, 64, 4)).upper()
    lines = "\n".join(ROOT_KEY_HEX[i : i + 16] for i in range(0, 64, 16)) + "\n"
    assert parse_hex_key(spaced) == parse_hex_key(lines) == parse_hex_key(ROOT_KEY_HEX)
    assert key_from_bytes(lines.encode(), "key.txt").material == ROOT
    assert key_from_bytes(java_key_file(ROOT), "encrypted_backup.key").material == ROOT
    assert "material" not in repr(parse_hex_key(ROOT_KEY_HEX)) and ROOT_KEY_HEX not in repr(parse_hex_key(ROOT_KEY_HEX))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup."),
        (
            ROOT_KEY_HEX[:-1],
            "The key has 63 digits; WhatsApp's backup key has 64. Check that none is missing or doubled.",
        ),
        (
            ROOT_KEY_HEX + "0",
            "The key has 65 digits; WhatsApp's backup key has 64. Check that none is missing or doubled.",
        ),
        ("O" + ROOT_KEY_HEX[1:], "The key can only contain the digits 0–9 and the letters a–f, but it contains “o”."),
    ],
)
def test_keys_that_cannot_be_keys_are_told_in_words(typed, said):
    with pytest.raises(BackupKeyError) as error:
        parse_hex_key(typed)
    assert str(error.value).startswith(said)


def test_key_files_that_are_not_keys(tmp_path):
    for data in (java_key_file(b"x" * 16), java_key_file(ROOT)[:-3], b"\xff\xfe garbage"):
        with pytest.raises(BackupKeyError, match=r"key file|incomplete"):
            key_from_bytes(data, "encrypted_backup.key")


def test_a_wrong_key_is_said_at_once_and_apart_from_damage(tmp_path):
    path = write(tmp_path, backup(PLAIN, ROOT))
    wrong = parse_hex_key("0" * 63 + "1")
    seen = []
    with pytest.raises(WrongBackupKeyError, match=re.escape("The key does not open msgstore.db.crypt15")):
        decrypt(path, wrong, seen.append)
    assert seen == []  # nothing decrypted reached the caller
    crypt14_key = key_from_bytes(java_key_file(b"\x00" * 99 + b"k" * 32), "key")
    with pytest.raises(
        WrongBackupKeyError, match=re.escape("an end-to-end encrypted backup (.crypt15): it opens with")
    ):
        decrypt(path, crypt14_key, seen.append)


@pytest.mark.parametrize("damage", ["truncated", "bit flipped", "md5 flipped", "tag flipped"])
def test_a_damaged_file_is_said_to_be_damaged(tmp_path, damage):
    data = bytearray(backup(PLAIN, ROOT))
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "bit flipped":
        data[len(data) // 2] ^= 0x10
    elif damage == "md5 flipped":
        data[-1] ^= 0x01
    else:
        data[-20] ^= 0x01
    path = write(tmp_path, bytes(data))
    with pytest.raises(
        DamagedBackupError, match=re.escape("is damaged or incomplete: it may not have finished copying")
    ):
        read(path, parse_hex_key(ROOT_KEY_HEX))


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "is empty or far too short to be a WhatsApp backup"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "is not a WhatsApp backup wamigrate can read"),
        (b"\x05\x01\x08\x01", "is not a WhatsApp backup wamigrate can read"),  # the header says more than is there
    ],
)
def test_files_that_are_not_backups(tmp_path, data, said):
    with pytest.raises(BackupError, match=said):
        read_header(write(tmp_path, data))


def test_progress_cancel_and_a_decompression_bomb(tmp_path):
    path = write(tmp_path, backup(PLAIN, ROOT))
    seen = []
    read(path, parse_hex_key(ROOT_KEY_HEX), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (path.stat().st_size, path.stat().st_size) and len(seen) >= 3
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read(path, parse_hex_key(ROOT_KEY_HEX), cancel=token)
    bomb = write(tmp_path, backup(b"\x00" * (20 << 20), ROOT), "bomb.crypt15")
    with pytest.raises(DamagedBackupError):
        read(bomb, parse_hex_key(ROOT_KEY_HEX), max_plain=1 << 20)


def test_the_advice_for_a_password_protected_backup_says_what_to_do():
    assert "Use 64-digit encryption key" in PROTECTED_ADVICE and "cannot be opened on a computer" in PROTECTED_ADVICE
