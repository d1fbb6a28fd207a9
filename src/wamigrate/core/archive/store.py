"""An archive on disk: ``NAME.wamarchive/`` holding ``archive.db`` (SQLCipher) and ``keys.json``."""

from __future__ import annotations

import json
import os
import secrets
import uuid
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from wamigrate.core.archive import database, keyslots, policy, schema
from wamigrate.core.archive.errors import (
    ArchiveError,
    CorruptArchiveError,
    DiskFullError,
    KeySlotError,
    NotAnArchiveError,
    ReadOnlyArchiveError,
)
from wamigrate.core.archive.lock import ArchiveLock
from wamigrate.core.archive.private_copy import PrivateCopy
from wamigrate.core.archive.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from wamigrate.core.translatable import tr

SUFFIX = ".wamarchive"
DB_NAME = "archive.db"
KEYS_NAME = "keys.json"


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def _private_files():
    """Files created inside (database, WAL, journal) are readable by their owner only."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def _writable(folder: Path, db_path: Path) -> bool:
    """False on media that cannot be written (os.access also says so for root on a read-only
    file system); a read-only share that claims otherwise is caught when connecting."""
    return os.access(folder, os.W_OK) and os.access(db_path, os.W_OK)


def _connect_read_only(db_path: Path, data_key: bytes, cipher: dict):
    """(connection, private copy or None) for an archive that cannot be written in place."""
    if not database.has_pending_wal(db_path):
        return database.connect(db_path, data_key, cipher, read_only=True), None
    # A WAL with content (the archive was copied while open, or after a crash) cannot be
    # read without writing its index beside it; read an encrypted copy instead.
    copy = PrivateCopy.of(db_path)
    try:
        return database.connect(copy.database, data_key, cipher), copy
    except BaseException:
        copy.remove()
        raise


def _abandon(connection, copy: PrivateCopy | None) -> None:
    """Close a connection that will not become an Archive, and remove its private copy."""
    connection.close()
    if copy is not None:
        copy.remove()


def _only_leftovers_of_create(folder: Path) -> bool:
    """A folder a killed ``create`` left: its lock file and nothing else, or only empty files.
    (A folder with a database but no keys.json is never removed: its keys.json may still be
    restored from a backup.)"""
    try:
        entries = list(folder.iterdir())
        return bool(entries) and all(
            entry.is_file() and (entry.name == "lock" or entry.stat().st_size == 0) for entry in entries
        )
    except OSError:
        return False


def _remove_leftovers_of_create(folder: Path) -> None:
    if not _only_leftovers_of_create(folder):
        return
    with suppress(OSError):
        for entry in folder.iterdir():
            entry.unlink()
        folder.rmdir()


def archive_folder(path: str | os.PathLike[str]) -> Path:
    folder = Path(path)
    return folder if folder.suffix == SUFFIX else folder.with_name(folder.name + SUFFIX)


class Archive:
    """An open, unlocked archive. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        folder: Path,
        connection,
        slots: keyslots.KeySlots,
        data_key: bytes,
        read_only: str | None = None,
        private_copy: PrivateCopy | None = None,
    ):
        self.folder = folder
        self.connection = connection
        self.slots = slots
        self._data_key = data_key
        self._writer = ArchiveLock(folder)
        self._writing = 0
        # Why the archive can only be read (a sentence for the window's status), or None.
        self.read_only = read_only
        self._pending_audit: list[tuple[str, str, str]] = []
        # Media that cannot be written, with a WAL still to apply: the database is read from
        # an encrypted copy in a private temporary folder (see private_copy.py).
        self._private_copy = private_copy

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, argon2: dict | None = None) -> tuple[Archive, str]:
        """Create an archive; returns it with the recovery key, formatted, to show once."""
        folder = archive_folder(path)
        if folder.exists():
            _remove_leftovers_of_create(folder)  # only a killed create's lock or empty files
        if folder.exists() and any(folder.iterdir()):
            raise ArchiveError(tr("{0} already exists and is not empty; choose another name or place.").format(folder))
        policy.check_passphrase(passphrase)
        with _private_files():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = ArchiveLock(folder)
        lock.acquire()
        try:
            data_key = secrets.token_bytes(32)
            recovery = new_recovery_key()
            archive_id = str(uuid.uuid4())
            slots = keyslots.KeySlots(archive_id, dict(database.CIPHER))
            slots.replace(
                keyslots.make_slot(
                    keyslots.PASSPHRASE, keyslots.normalize_passphrase(passphrase), data_key, archive_id, argon2
                )
            )
            slots.replace(keyslots.make_slot(keyslots.RECOVERY, recovery, data_key, archive_id))
            with _private_files():
                connection = database.connect(folder / DB_NAME, data_key)
                schema.create(connection)
                connection.execute(
                    "INSERT INTO meta VALUES ('archive_id', ?), ('created', ?), ('cipher', ?)",
                    (archive_id, now_utc(), json.dumps(database.CIPHER)),
                )
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the salt is now on disk
                slots.database_fingerprint = database.fingerprint(folder / DB_NAME)
                slots.save(folder / KEYS_NAME)
            lock.release()
            archive = cls(folder, connection, slots, data_key)
            archive.audit("created")
            if database.is_plaintext_sqlite(folder / DB_NAME):
                raise ArchiveError(tr("The database was written unencrypted; it has been refused."))
            return archive, format_recovery_key(recovery)
        except BaseException as exc:
            lock.release()
            if not (folder / KEYS_NAME).exists():
                # Without keys.json nothing in the folder can ever be opened: remove what this
                # attempt wrote, so that the next attempt is not blocked by it.
                _remove_leftovers_of_create(folder)
            disk = (
                database.storage_error(exc, folder / DB_NAME)
                if isinstance(exc, OSError | database.DatabaseError)
                else None
            )
            if disk is not None:
                raise disk from exc
            raise

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        passphrase: str | None = None,
        recovery_key: str | None = None,
    ) -> Archive:
        folder = archive_folder(path) if not Path(path).is_dir() else Path(path)
        db_path, keys_path = folder / DB_NAME, folder / KEYS_NAME
        if not folder.is_dir() or (not db_path.exists() and not keys_path.exists()):
            raise NotAnArchiveError(
                tr("{0} is not a wamigrate archive (no archive.db and keys.json in it).").format(folder)
            )
        if not db_path.exists():
            raise CorruptArchiveError(
                tr("The archive's database ({0}) is missing from {1}.").format(db_path.name, folder)
            )
        if database.is_plaintext_sqlite(db_path):
            raise CorruptArchiveError(
                tr("{0} is not encrypted: it is not a wamigrate archive database.").format(db_path)
            )
        slots = keyslots.KeySlots.load(keys_path)
        if recovery_key is not None:
            raw = parse_recovery_key(recovery_key)
            if raw is None:
                from wamigrate.core.archive.errors import WrongSecretError

                raise WrongSecretError(
                    tr(
                        "That is not a recovery key: it has 32 letters and digits, in groups of four (for example "
                        "ABCD-EFGH-…). Check it and try again."
                    )
                )
            data_key = slots.unwrap(keyslots.RECOVERY, raw)
        elif passphrase is not None:
            data_key = slots.unwrap(keyslots.PASSPHRASE, keyslots.normalize_passphrase(passphrase))
        else:
            raise ArchiveError(tr("A passphrase or the recovery key is needed to open the archive."))
        if slots.database_fingerprint and slots.database_fingerprint != database.fingerprint(db_path):
            if database.header_is_blank(db_path) or database.header_is_near(db_path, slots.database_fingerprint):
                raise CorruptArchiveError(
                    tr(
                        "The archive's database ({0}) is damaged at its start and cannot be read. Restore the "
                        "archive folder from a backup."
                    ).format(db_path.name)
                )
            raise KeySlotError(
                tr(
                    "The key file (keys.json) in this folder belongs to another archive than its database. Put back "
                    "this archive's own keys.json (from a backup of the folder)."
                )
            )
        read_only = None if _writable(folder, db_path) else database.read_only_message()
        connection = copy = None
        if read_only is None:
            try:
                with _private_files():
                    connection = database.connect(db_path, data_key, slots.cipher)
            except ReadOnlyArchiveError as exc:
                # A read-only share that os.access took for writable: it can still be read.
                read_only = str(exc)
            except DiskFullError:
                # No space even for the -shm file SQLite needs: the archive can still be read.
                read_only = tr(
                    "The disk holding the archive is full, so it was opened for reading only. Free some space on "
                    "that disk to import chats or change its secrets."
                )
        if connection is None:
            connection, copy = _connect_read_only(db_path, data_key, slots.cipher)
        try:
            archive_id = connection.execute("SELECT value FROM meta WHERE key = 'archive_id'").fetchone()
            stored_cipher = connection.execute("SELECT value FROM meta WHERE key = 'cipher'").fetchone()
        except database.DatabaseError as exc:
            _abandon(connection, copy)
            raise database.storage_error(exc, db_path) or CorruptArchiveError(
                tr("The archive's database is damaged ({0}).").format(exc)
            ) from exc
        if archive_id is None or archive_id[0] != slots.archive_id:
            _abandon(connection, copy)
            raise KeySlotError(tr("keys.json belongs to another archive than this database."))
        if stored_cipher is not None and json.loads(stored_cipher[0]) != slots.cipher:
            # The database (authenticated by its key) says which settings it was made with.
            _abandon(connection, copy)
            raise database.cipher_mismatch()
        if schema.needs_migration(connection):
            try:
                if read_only is not None:
                    raise ReadOnlyArchiveError(
                        tr(
                            "This archive was made by an older wamigrate and must be updated once before it can be "
                            "opened, which cannot be done on a disk that cannot be written to. Copy the archive "
                            "folder to a disk you can write to and open that copy."
                        )
                    )
                with ArchiveLock(folder):  # a migration writes: no import may run meanwhile
                    schema.migrate(connection)
            except BaseException:
                _abandon(connection, copy)  # a failed migration must not leave the key's connection open
                raise
        return cls(folder, connection, slots, data_key, read_only, copy)

    def reopen(self) -> Archive:
        """Another handle on this archive, with its own connection, for a worker thread.

        SQLite connections must not be shared between threads that run statements at the
        same time; a search or an export in the background reads through its own handle
        while the window keeps reading through this one. Close it when done.
        """
        if self.connection is None:
            raise ArchiveError(tr("The archive is locked."))
        if self._private_copy is not None:
            connection = database.connect(self._private_copy.database, self._data_key, self.slots.cipher)
        elif self.read_only is not None:
            connection = database.connect(self.folder / DB_NAME, self._data_key, self.slots.cipher, read_only=True)
        else:
            with _private_files():
                connection = database.connect(self.folder / DB_NAME, self._data_key, self.slots.cipher)
        # The copy (if any) stays owned by this handle: the other one removes it when closed.
        return type(self)(self.folder, connection, self.slots, self._data_key, self.read_only)

    def close(self) -> None:
        if self.connection is not None:
            if self._pending_audit:
                with suppress(database.DatabaseError):
                    self._flush_audit()
            if self.read_only is None:
                # Folds the WAL into the database when nobody else is writing; never waits for
                # a writer (a command that only read must not hang for 10 s at exit).
                with suppress(database.DatabaseError):
                    self.connection.execute("PRAGMA busy_timeout = 0")
                    self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.connection.close()
            self.connection = None
        if self._private_copy is not None:
            self._private_copy.remove()
            self._private_copy = None
        self._data_key = b""
        self._writer.release()
        self._writing = 0

    def __enter__(self) -> Archive:
        return self

    @contextmanager
    def writer(self):
        """Held while importing or changing secrets: one writer at a time, readers welcome.

        Other windows and commands can keep the archive open and read it meanwhile (the
        database is in WAL mode); a second writer gets ArchiveInUseError at once.
        """
        if self.read_only is not None:
            raise ReadOnlyArchiveError(self.read_only)
        if self._writing == 0:
            self._writer.acquire()
        self._writing += 1
        try:
            yield self
        finally:
            self._writing -= 1
            if self._writing == 0:
                self._writer.release()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- secrets ----------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, argon2: dict | None = None, current: str | None = None) -> None:
        """``current``: the passphrase the user typed to authorise the change (the GUI asks for
        it: an unlocked window left unattended is not enough). It is checked against keys.json
        as it is now, so a passphrase revoked meanwhile by another window no longer counts."""
        policy.check_passphrase(new_passphrase)
        with self.writer():
            if current is not None:
                keyslots.KeySlots.load(self.folder / KEYS_NAME).unwrap(
                    keyslots.PASSPHRASE, keyslots.normalize_passphrase(current)
                )
            self._replace_slot(
                keyslots.make_slot(
                    keyslots.PASSPHRASE,
                    keyslots.normalize_passphrase(new_passphrase),
                    self._data_key,
                    self.slots.archive_id,
                    argon2,
                ),
                "passphrase changed",
            )

    def regenerate_recovery_key(self) -> str:
        recovery = new_recovery_key()
        with self.writer():
            self._replace_slot(
                keyslots.make_slot(keyslots.RECOVERY, recovery, self._data_key, self.slots.archive_id),
                "recovery key replaced",
            )
        return format_recovery_key(recovery)

    def _replace_slot(self, slot: keyslots.Slot, event: str) -> None:
        """Called under the writer lock. keys.json is read again first: another window or
        command may have changed the other secret since this handle was unlocked, and writing
        back this handle's old copy would silently undo that (a revoked key opening again).
        The in-memory slots change only once the new file is on disk, so a change that failed
        (a full disk) is never written later by accident. The file is replaced atomically: a
        crash leaves the old or the new secret working."""
        current = keyslots.KeySlots.load(self.folder / KEYS_NAME)
        if current.archive_id != self.slots.archive_id:
            raise KeySlotError(tr("keys.json belongs to another archive than this database."))
        current.replace(slot)
        current.save(self.folder / KEYS_NAME)
        self.slots = current
        self.audit(event)

    # -- records ----------------------------------------------------------------------------

    def audit(self, event: str, detail: str = "") -> None:
        """Record what was done. On media that cannot be written nothing can be recorded (an
        export from a DVD still works). While another process imports, the database may stay
        locked longer than the busy timeout: the entry waits here and is written with the next
        one or at close, so a finished export never fails on its log line."""
        if self.read_only is not None:
            return
        self._pending_audit.append((now_utc(), event, detail))
        try:
            self._flush_audit()
        except database.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                self._pending_audit.pop()
                raise

    def _flush_audit(self) -> None:
        """Write the entries waiting (see audit); they stay waiting if this raises."""
        self.connection.executemany("INSERT INTO audit (at, event, detail) VALUES (?, ?, ?)", self._pending_audit)
        self._pending_audit.clear()

    def get_meta(self, key: str, default=None):
        """A JSON value kept in the archive (the wizard's business answers and checklist)."""
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (f"app:{key}",)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_meta(self, key: str, value) -> None:
        if self.read_only is not None:
            raise ReadOnlyArchiveError(self.read_only)
        self.connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (f"app:{key}", json.dumps(value, ensure_ascii=False)),
        )

    def audit_log(self) -> list[tuple[str, str, str]]:
        return self.connection.execute("SELECT at, event, detail FROM audit ORDER BY id").fetchall()

    def stats(self) -> dict:
        c = self.connection
        one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
        first, last = c.execute("SELECT min(utc_time), max(utc_time) FROM messages").fetchone()
        return {
            "chats": one("SELECT count(*) FROM chats"),
            "messages": one("SELECT count(*) FROM messages"),
            "attachments": one("SELECT count(*) FROM attachments"),
            "attachment_bytes": one("SELECT coalesce(sum(size), 0) FROM attachments"),
            "sources": one("SELECT count(*) FROM sources"),
            "first_message_utc": first,
            "last_message_utc": last,
            "kinds": dict(c.execute("SELECT kind, count(*) FROM messages GROUP BY kind ORDER BY kind").fetchall()),
            "database_bytes": sum(p.stat().st_size for p in self.folder.iterdir() if p.name.startswith(DB_NAME)),
        }

    def chats(self) -> list[dict]:
        rows = self.connection.execute(
            "SELECT c.id, c.title, c.is_group, c.platform, count(m.id), min(m.local_time), max(m.local_time) "
            "FROM chats c LEFT JOIN messages m ON m.chat_id = c.id GROUP BY c.id ORDER BY c.title"
        ).fetchall()
        return [
            {
                "id": r[0],
                "title": r[1],
                "is_group": bool(r[2]),
                "platform": r[3],
                "messages": r[4],
                "first": r[5],
                "last": r[6],
            }
            for r in rows
        ]
