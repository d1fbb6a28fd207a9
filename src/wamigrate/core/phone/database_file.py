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

# Decrypted databases up to this size stay in memory (nothing plaintext on disk); larger ones go
# to a private spill file. Measured for the <= 400 MB peak of issues 18 and 20 (bench_phone.py,
# bench_iphone.py, 1M messages, the child's own VmHWM): spilled at 64 MiB, both imports peaked
# at 236-239 MB; kept in memory (101 MB msgstore.db, 105 MB ChatStorage.sqlite) at 337-345 MB:
# the bytes and SQLite's copy of them live together while deserialize runs, then SQLite's copy
# stays beside the archive's 128 MiB import cache.
MEMORY_LIMIT = 128 << 20
# A decompressed database this large is not a phone's (a bomb, or a damaged stream).
MAX_DATABASE = 64 << 30


class KeyNeededError(BackupError):
    """The backup is encrypted and no key was given (the sentence says which key)."""


@dataclass
class PhoneDatabase:
    connection: sqlite3.Connection
    name: str  # the file the user chose
    header: BackupHeader | None  # None for a plain msgstore.db (and an iPhone's database)
    spilled: Path | None = None  # the private folder of a database too large for memory
    platform: str = "android"  # or "ios": which reader reads it (see ``reader``)
    backup: object | None = None  # the ios_backup.IosBackup an iPhone's database came from
    app: str | None = None  # for an iPhone: "whatsapp" or "business"

    @property
    def reader(self):
        """The module that reads this database: ``msgstore`` (Android) or ``chatstorage`` (iPhone),
        both with ``probe``, ``read``, ``message_count`` and ``chat_texts``."""
        if self.platform == "ios":
            from wamigrate.core.phone import chatstorage

            return chatstorage
        from wamigrate.core.phone import msgstore

        return msgstore

    def close(self) -> None:
        self.connection.close()
        if self.backup is not None:
            self.backup.close()
            self.backup = None
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
    if name.lower().endswith(".crypt12"):
        # Decrypting it needs the layout of its last 20 bytes, which the stored public readers
        # skip without checking (phone-databases.md §2): not guessed here.
        raise BackupError(
            tr(
                "{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the "
                "phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the "
                "same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can "
                "be chosen here too."
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
    return _connect_spool(spool, name, header)


def _connect_spool(spool: _Spool, name: str, header: BackupHeader | None, **extra) -> PhoneDatabase:
    """The database the spool holds, opened (in memory, or from its private spill file)."""
    if spool.file is None:
        connection = sqlite3.connect(":memory:")
        connection.deserialize(spool.buffer)  # no bytes() copy: a large database is in memory twice already
        spool.buffer = bytearray()
        return PhoneDatabase(_private_temp(connection), name, header, **extra)
    spool.file.close()
    connection = sqlite3.connect(f"{(spool.folder / 'msgstore.db').as_uri()}?mode=ro", uri=True)
    return PhoneDatabase(_private_temp(connection), name, header, spool.folder, **extra)


def open_iphone_database(
    folder: str | Path,
    password: str | None = None,
    app: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> PhoneDatabase:
    """WhatsApp's ChatStorage.sqlite from an iPhone backup (``app``: "whatsapp" or "business";
    None: the one the backup has, WhatsApp when it has both), decrypted into memory (or a private
    spill file), with the changes still in its write-ahead log applied. ``progress`` covers the
    password's key derivation (the first half) and reading the database (the second)."""
    from wamigrate.core.phone import chatstorage, ios_backup, wal

    cancel = cancel or CancelToken()
    half = lambda done, total: progress(500 * done // max(total, 1), 1000)  # noqa: E731
    backup = ios_backup.open_ios_backup(folder, password, half, cancel)
    spool = None
    try:
        apps = backup.apps()
        if not apps or (app is not None and app not in apps):
            raise ios_backup.NoWhatsAppError(_no_app(backup, app))
        app = app or apps[0]
        domain = ios_backup.APPS[app]
        entry = backup.entry(domain, ios_backup.CHAT_STORAGE)
        spool = _Spool(MEMORY_LIMIT)
        backup.read(entry, spool.write, cancel, lambda done, total: progress(500 + 500 * done // max(total, 1), 1000))
        log = backup.entry(domain, ios_backup.CHAT_STORAGE + "-wal")
        if spool.head() != SQLITE_MAGIC:
            raise BackupError(
                tr("WhatsApp's database in this iPhone backup is damaged: make the backup again on the computer.")
            )
        # Applied also when there is no log: the header then still says "WAL", which a database
        # in memory cannot be.
        wal.apply(spool, backup.read_bytes(log, cancel) if log is not None and log.size else b"")
        # The name the import is listed under (not translated: it is stored in the archive).
        shown = f"{backup.info.device_name} ({'WhatsApp Business' if app == 'business' else 'WhatsApp'})"
        database = _connect_spool(spool, shown, None, platform="ios", backup=backup, app=app)
        _attach(database, backup, domain, "CallHistory.sqlite", chatstorage.CALLS, cancel)
        _attach(database, backup, domain, "LID.sqlite", chatstorage.LIDS, cancel)
        _attach(database, backup, domain, chatstorage.CONTACTS_FILE, chatstorage.CONTACTS, cancel)
    except BaseException:
        if spool is not None:
            spool.discard()
        backup.close()
        raise
    return database


def _no_app(backup, app: str | None) -> str:
    from wamigrate.core.phone import ios_backup

    domains = [ios_backup.APPS[app]] if app else list(ios_backup.APPS.values())
    if any(backup.has_domain(domain) for domain in domains):
        # The app is there but its chats are not: WhatsApp's own iCloud backup keeps them out.
        return tr(
            "WhatsApp is in this iPhone backup, but its chats are not: WhatsApp's own end-to-end encrypted iCloud "
            "backup is probably on, which keeps the chats out of the computer's backup. In WhatsApp, go to Settings "
            "▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the "
            "computer again."
        )
    if app == "business":
        return tr("This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.")
    return tr(
        "This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in "
        "Finder, iTunes or the Apple Devices app."
    )


def _attach(database: PhoneDatabase, backup, domain: str, name: str, schema: str, cancel: CancelToken) -> None:
    """A small database of the app beside ChatStorage.sqlite, when the backup has it, in memory
    and attached to the chats' connection as ``schema``: CallHistory.sqlite (the call list with
    lengths and outcomes), LID.sqlite (the phone numbers behind "@lid" identities) and
    ContactsV2.sqlite (the address book's names)."""
    from wamigrate.core.phone import wal

    entry = backup.entry(domain, name)
    if entry is None or not entry.size or entry.size > MEMORY_LIMIT:
        return
    data = bytearray(backup.read_bytes(entry, cancel))
    if not data.startswith(SQLITE_MAGIC):
        return  # a damaged call list costs the calls, not the chats (the chats are read as ever)
    log = backup.entry(domain, name + "-wal")
    wal.apply_bytes(data, backup.read_bytes(log, cancel) if log is not None and log.size else b"")
    database.connection.execute(f"ATTACH ':memory:' AS {schema}")
    try:
        database.connection.deserialize(data, name=schema)
        database.connection.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        database.connection.execute(f"DETACH {schema}")
