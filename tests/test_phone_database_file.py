"""Opening a phone database: in memory, or spilled to a private file that never outlives it;
a plain msgstore.db read where it is; files that are not phone databases (issue 18)."""

import os
import sqlite3
import stat

import pytest

from fixtures.phone_backup import ROOT_KEY_HEX, backup
from wamigrate.core.phone import database_file
from wamigrate.core.phone.backup_file import BackupError, DamagedBackupError
from wamigrate.core.phone.backup_key import parse_hex_key
from wamigrate.core.phone.database_file import KeyNeededError, open_phone_database

KEY = parse_hex_key(ROOT_KEY_HEX)


def sqlite_bytes(tmp_path, rows=2000, noise=False):
    """A small SQLite database; ``noise``: rows that do not compress (several read chunks)."""
    path = tmp_path / "plain.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY, text_data TEXT)")
    texts = [(os.urandom(600).hex() if noise else f"Olá {i} " * 20,) for i in range(rows)]
    connection.executemany("INSERT INTO message (text_data) VALUES (?)", texts)
    connection.commit()
    connection.close()
    data = path.read_bytes()
    path.unlink()
    return data


def count(database):
    return database.connection.execute("SELECT count(*) FROM message").fetchone()[0]


def test_a_backup_opens_in_memory(tmp_path):
    path = tmp_path / "msgstore.db.crypt15"
    path.write_bytes(backup(sqlite_bytes(tmp_path), bytes.fromhex(ROOT_KEY_HEX)))
    with open_phone_database(path, KEY) as database:
        assert count(database) == 2000 and database.spilled is None
        assert database.header.app_version == "2.24.17.78"
    assert list(tmp_path.iterdir()) == [path]


def test_a_large_backup_spills_to_a_private_file_removed_on_close(tmp_path, monkeypatch):
    monkeypatch.setattr(database_file, "MEMORY_LIMIT", 64 << 10)
    path = tmp_path / "msgstore.db.crypt15"
    path.write_bytes(backup(sqlite_bytes(tmp_path), bytes.fromhex(ROOT_KEY_HEX)))
    database = open_phone_database(path, KEY)
    folder = database.spilled
    assert folder.name.startswith("wamigrate-phone-") and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "msgstore.db").stat().st_mode) == 0o600
    assert count(database) == 2000
    database.close()
    assert not folder.exists()


def test_a_failed_decryption_leaves_no_plaintext(tmp_path, monkeypatch):
    monkeypatch.setattr(database_file, "MEMORY_LIMIT", 64 << 10)
    made = []
    real = database_file._Spool.write

    def spy(self, data):
        real(self, data)
        if self.folder is not None and self.folder not in made:
            made.append(self.folder)

    monkeypatch.setattr(database_file._Spool, "write", spy)
    data = bytearray(backup(sqlite_bytes(tmp_path, noise=True), bytes.fromhex(ROOT_KEY_HEX)))
    assert len(data) > 1 << 20  # more than one read chunk: the first ones are spilled before the damage
    data[-40] ^= 0x01  # damaged near the end
    path = tmp_path / "msgstore.db.crypt15"
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedBackupError):
        open_phone_database(path, KEY)
    assert made and not made[0].exists()


def test_a_plain_database_is_read_where_it_is(tmp_path):
    path = tmp_path / "msgstore.db"
    path.write_bytes(sqlite_bytes(tmp_path, rows=3))
    with open_phone_database(path) as database:
        assert count(database) == 3 and database.header is None
        with pytest.raises(sqlite3.OperationalError):
            database.connection.execute("DELETE FROM message")  # read only: the user's file is never changed


@pytest.mark.parametrize(
    ("name", "data", "error", "said"),
    [
        ("msgstore.db.crypt15", b"", BackupError, "is empty: copy it from the phone again"),
        ("msgstore.db.crypt15", None, KeyNeededError, "needs the 64-digit key"),
        ("msgstore-2026-11-30.1.db.crypt15", b"x", BackupError, "is empty or far too short to be a WhatsApp backup"),
        ("msgstore-2026-11-30.1.db.crypt15", b"\x30" + b"\xff" * 300, BackupError, "is not a WhatsApp backup"),
        ("0a1b.mcrypt1", b"\x00\x01\x02", BackupError, "Google Drive backup, which can only be restored to a phone"),
        (
            "msgstore-2020-03-01.1.db.crypt12",
            b"\x00\x01" + b"\x5a" * 400,
            BackupError,
            "from WhatsApp before 2021.*which wamigrate does not open",
        ),
        ("msgstore.db.crypt15", "not sqlite", BackupError, "opened with the key, but what it holds is not a WhatsApp"),
    ],
)
def test_files_that_are_not_phone_databases(tmp_path, name, data, error, said):
    if data is None:
        data = backup(b"SQLite format 3\x00", bytes.fromhex(ROOT_KEY_HEX))
    elif data == "not sqlite":
        data = backup(b"PK\x03\x04 a zip, say", bytes.fromhex(ROOT_KEY_HEX))
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error, match=said):
        open_phone_database(path, None if error is KeyNeededError else KEY)


def test_an_old_crypt12_backup_is_named_before_any_key_is_asked(tmp_path):
    from wamigrate.core.archive.phone_import import is_phone_database, needs_key

    path = tmp_path / "msgstore.db.crypt12"
    path.write_bytes(b"\x00\x01" + b"\x5a" * 400)
    assert is_phone_database(path) and not needs_key(path)
    with pytest.raises(BackupError, match=r"back up again \(Settings ▸ Chats ▸ Chat backup\)"):
        open_phone_database(path, None)


def test_sorting_a_phone_database_never_spills_to_a_temporary_file(tmp_path):
    from fixtures.msgstore import build
    from wamigrate.core.phone.database_file import open_phone_database

    with open_phone_database(build(tmp_path / "msgstore.db")) as database:
        assert database.connection.execute("PRAGMA temp_store").fetchone() == (2,)  # MEMORY
