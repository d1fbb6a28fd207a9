"""A phone's message database opened for reading, with no plaintext left on disk.

A decrypted backup is read into memory and opened there (``sqlite3.Connection.deserialize``)
up to ``MEMORY_LIMIT``; a larger one spills to a file (0600) in a private folder (0700,
``core.private_files`` kind "phone"), removed when the database is closed or the decryption
fails, at exit and on SIGTERM; after a SIGKILL the next start's sweep removes it. A plain
``msgstore.db`` (already decrypted by the user) is opened read-only where it is.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.phone.backup_file import (
    PROTECTED_ADVICE,
    SQLITE_MAGIC,
    BackupError,
    BackupHeader,
    DamagedBackupError,
    StillCopyingError,
    decrypt,
    file_state,
    read_header,
    still_copying,
    unreadable,
)
from wamigrate.core.phone.backup_key import CRYPT15, BackupKey
from wamigrate.core.translatable import tr

# Decrypted databases up to this size stay in memory. Chosen for the ≤ 400 MB peak of issue 18:
# the bytes and SQLite's copy of them both live while deserialize runs (2 × 128 MiB).
MEMORY_LIMIT = 128 << 20
# A decompressed database this large is not a phone's (a bomb, or a damaged stream).
MAX_DATABASE = 64 << 30


class KeyNeededError(BackupError):
    """The backup is encrypted and no key was given (the sentence says which key)."""


@dataclass
class PhoneDatabase:
    connection: sqlite3.Connection
    name: str  # the file the user chose
    header: BackupHeader | None  # None for a plain msgstore.db
    spilled: Path | None = None  # the private folder of a database too large for memory

    def close(self) -> None:
        self.connection.close()
        if self.spilled is not None:
            shutil.rmtree(self.spilled, ignore_errors=True)
            self.spilled = None

    def __enter__(self) -> PhoneDatabase:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class _Spool:
    """Bytes in memory until ``limit``, then in a private file."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.buffer = bytearray()
        self.folder: Path | None = None
        self.file = None
        self.size = 0

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if self.file is None and self.size > self.limit:
            from wamigrate.core import private_files

            self.folder = private_files.private_folder("phone")
            descriptor = os.open(self.folder / "msgstore.db", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            self.file = os.fdopen(descriptor, "wb")
            self.file.write(self.buffer)
            self.buffer = bytearray()
        if self.file is not None:
            self.file.write(data)
        else:
            self.buffer.extend(data)

    def head(self) -> bytes:
        if self.file is None:
            return bytes(self.buffer[: len(SQLITE_MAGIC)])
        self.file.flush()
        with open(self.folder / "msgstore.db", "rb") as stream:
            return stream.read(len(SQLITE_MAGIC))

    def discard(self) -> None:
        if self.file is not None:
            self.file.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.buffer = bytearray()


def _private_temp(connection: sqlite3.Connection) -> sqlite3.Connection:
    # Sorting a large table (the reader orders messages by chat and time) may otherwise spill
    # to a temporary file in the system's temporary folder: plaintext of the phone's messages.
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def _changed(path: Path, state: tuple[int, int]) -> bool:
    try:
        return file_state(path) != state
    except OSError:  # gone or unreadable meanwhile: changed
        return True


def open_phone_database(
    path: str | Path,
    key: BackupKey | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    since: tuple[int, int] | None = None,
) -> PhoneDatabase:
    """The phone's database, decrypted in memory (or a private spill file). ``since``: the
    file's ``file_state`` when the caller began reading it (to hash it); a file that changes
    after that is still being copied, and is refused."""
    path = Path(path)
    name = path.name
    try:
        state = since or file_state(path)
        with path.open("rb") as stream:
            start = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise unreadable(name, error) from error
    if not start:
        raise BackupError(tr("{0} is empty: copy it from the phone again.").format(name))
    if name.lower().endswith(".mcrypt1"):
        raise BackupError(
            tr(
                "{0} is a file of WhatsApp's Google Drive backup, which can only be restored to a phone. Copy "
                "msgstore.db.crypt15 from the phone's WhatsApp/Databases folder instead."
            ).format(name)
        )
    if start == SQLITE_MAGIC:
        if _changed(path, state):
            raise StillCopyingError(still_copying(name))
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        return PhoneDatabase(_private_temp(connection), name, None)
    header = read_header(path)
    if key is None:
        if header.crypt == CRYPT15:
            raise KeyNeededError(tr(PROTECTED_ADVICE))
        raise KeyNeededError(
            tr(
                "{0} is an older local backup (.crypt14): it opens only with the phone's “key” file, which can be "
                "copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup "
                "with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open."
            ).format(name)
        )
    spool = _Spool(MEMORY_LIMIT)
    try:
        try:
            decrypt(path, key, spool.write, progress, cancel, max_plain=MAX_DATABASE)
        except DamagedBackupError as error:
            # A copy still under way looks truncated: say what it is, not that it is damaged.
            if _changed(path, state):
                raise StillCopyingError(still_copying(name)) from error
            raise
        if _changed(path, state):
            raise StillCopyingError(still_copying(name))
        if spool.head() != SQLITE_MAGIC:
            raise BackupError(tr("{0} opened with the key, but what it holds is not a WhatsApp database.").format(name))
    except BaseException:
        spool.discard()
        raise
    if spool.file is None:
        connection = sqlite3.connect(":memory:")
        connection.deserialize(spool.buffer)  # no bytes() copy: a large database is in memory twice already
        spool.buffer = bytearray()
        return PhoneDatabase(_private_temp(connection), name, header)
    spool.file.close()
    connection = sqlite3.connect(f"{(spool.folder / 'msgstore.db').as_uri()}?mode=ro", uri=True)
    return PhoneDatabase(_private_temp(connection), name, header, spool.folder)
