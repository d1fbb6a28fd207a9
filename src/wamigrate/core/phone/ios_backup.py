"""An iPhone backup made on a computer (Finder on macOS, iTunes or the Apple Devices app on
Windows): finding it, opening it (plain or encrypted), and reading WhatsApp's files out of it
as bytes, never as plaintext files.

Layout (phone-databases.md §1.3, §3.2): ``Info.plist`` (device name, model, iOS version, date),
``Manifest.plist`` (``IsEncrypted``; for an encrypted backup the keybag and the wrapped key of
``Manifest.db``), ``Status.plist`` (``SnapshotState`` is "finished" once the backup is
complete), and ``Manifest.db``, whose ``Files`` table maps (domain, relative path) to a file
named by its 40-hex-digit id in ``<id[:2]>/<id>``.

Encrypted backups, as Apple's backup format has them since iOS 10.2 (the format
``iphone-backup-decrypt`` reads; its tests are our oracle, see tests/test_ios_backup.py): the
password gives the keybag's key through PBKDF2-SHA256 (``DPSL``, ``DPIC`` rounds, about ten
million: slow by design) then PBKDF2-SHA1 (``SALT``, ``ITER``); that key unwraps (RFC 3394) each
protection class's key; a class key unwraps ``Manifest.db``'s key and, from each file's
metadata (an NSKeyedArchiver plist), that file's own key; the files are AES-256-CBC with a zero
IV. We decrypt with ``cryptography`` into memory: the library the issue names writes the
decrypted ``Manifest.db`` to the system's temporary folder, which our rule forbids.
"""

from __future__ import annotations

import hashlib
import io
import os
import plistlib
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import os_reason
from wamigrate.core.phone.backup_file import BackupError, StillCopyingError, WrongBackupKeyError
from wamigrate.core.translatable import QT_TR_NOOP, tr

WHATSAPP = "AppDomainGroup-group.net.whatsapp.WhatsApp.shared"
BUSINESS = "AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared"
APPS = {"whatsapp": WHATSAPP, "business": BUSINESS}
CHAT_STORAGE = "ChatStorage.sqlite"
CHUNK = 1 << 20
# No phone file is this large: a Size above it in the manifest is damage or a trap.
MAX_FILE = 64 << 30
_FILE_ID = re.compile(r"[0-9a-f]{40}")
_CLASS_TAGS = {"CLAS", "WRAP", "WPKY", "KTYP", "PBKY"}
_WRAP_PASSCODE = 2


class IosBackupError(BackupError):
    """The folder is not an iPhone backup wamigrate can read (the sentence says why)."""


class WrongBackupPasswordError(WrongBackupKeyError):
    """The password does not open this encrypted backup."""


class PasswordNeededError(IosBackupError):
    """The backup is encrypted and no password was given."""


class NoWhatsAppError(IosBackupError):
    """The backup holds no WhatsApp, or WhatsApp's chats are not in it (the sentence says why)."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup, as a list of backups shows it."""

    folder: Path
    device_name: str
    model: str  # "iPhone15,2"
    ios_version: str
    date: datetime | None  # of the last backup, UTC
    encrypted: bool


def _plist(path: Path) -> dict:
    damaged = tr("{0} of this iPhone backup is damaged: make the backup again on the computer.").format(path.name)
    try:
        with path.open("rb") as stream:
            data = plistlib.load(stream)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise IosBackupError(tr("{0} could not be read: {1}.").format(path.name, os_reason(error))) from error
    except Exception as error:  # plistlib raises several kinds on damage
        raise IosBackupError(damaged) from error
    if not isinstance(data, dict):
        raise IosBackupError(damaged)
    return data


def is_ios_backup(path: str | Path) -> bool:
    """Whether ``path`` is a folder that looks like an iPhone backup (it has a manifest)."""
    path = Path(path)
    return path.is_dir() and ((path / "Manifest.db").is_file() or (path / "Manifest.plist").is_file())


def _not_a_backup(folder: Path) -> IosBackupError:
    return IosBackupError(
        tr(
            "{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds "
            "Manifest.db and Info.plist), usually in MobileSync/Backup."
        ).format(folder.name or str(folder))
    )


def backup_info(folder: str | Path) -> BackupInfo:
    folder = Path(folder)
    if not is_ios_backup(folder):
        raise _not_a_backup(folder)
    try:
        manifest = _plist(folder / "Manifest.plist")
    except FileNotFoundError:
        manifest = {}
    try:
        info = _plist(folder / "Info.plist")
    except FileNotFoundError:
        info = {}
    lockdown = manifest.get("Lockdown") if isinstance(manifest.get("Lockdown"), dict) else {}
    date = info.get("Last Backup Date") or manifest.get("Date")
    if isinstance(date, datetime):
        date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
    else:
        date = None
    text = lambda value: value if isinstance(value, str) else ""  # noqa: E731
    return BackupInfo(
        folder,
        text(info.get("Device Name")) or text(lockdown.get("DeviceName")) or folder.name,
        text(info.get("Product Type")) or text(lockdown.get("ProductType")),
        text(info.get("Product Version")) or text(lockdown.get("ProductVersion")),
        date,
        bool(manifest.get("IsEncrypted")),
    )


def standard_folders() -> list[Path]:
    """Where Finder, iTunes and the Apple Devices app keep backups on this computer."""
    home = Path.home()
    if sys.platform == "darwin":
        return [home / "Library" / "Application Support" / "MobileSync" / "Backup"]
    if os.name == "nt":
        found = []
        if os.environ.get("APPDATA"):
            found.append(Path(os.environ["APPDATA"]) / "Apple Computer" / "MobileSync" / "Backup")
        found.append(Path(os.environ.get("USERPROFILE") or home) / "Apple" / "MobileSync" / "Backup")
        return found
    return []


# Said when macOS refuses to list the backups folder (it is protected until the user allows it).
FULL_DISK_ACCESS = QT_TR_NOOP(
    "macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy & Security ▸ "
    "Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup's folder somewhere else and "
    "choose it."
)


def find_backups(folders: list[Path] | None = None) -> tuple[list[BackupInfo], list[str]]:
    """(the backups found, newest first; sentences about folders that could not be read)."""
    found: list[BackupInfo] = []
    problems: list[str] = []
    for root in standard_folders() if folders is None else folders:
        try:
            children = sorted(root.iterdir())
        except FileNotFoundError:
            continue
        except OSError as error:
            if isinstance(error, PermissionError) and sys.platform == "darwin":
                problems.append(tr(FULL_DISK_ACCESS))
            else:
                problems.append(tr("The backups folder {0} could not be read: {1}.").format(root, os_reason(error)))
            continue
        for child in children:
            if not is_ios_backup(child):
                continue
            try:
                found.append(backup_info(child))
            except IosBackupError as error:
                problems.append(str(error))
    oldest = datetime.min.replace(tzinfo=UTC)
    found.sort(key=lambda b: b.date or oldest, reverse=True)
    return found, problems


# -- keybag ---------------------------------------------------------------------------------------


def _tlv(data: bytes) -> Iterator[tuple[str, bytes]]:
    at = 0
    while at < len(data):
        if at + 8 > len(data):
            raise ValueError("truncated keybag")
        tag = data[at : at + 4].decode("ascii", "replace")
        length = int.from_bytes(data[at + 4 : at + 8], "big")
        value = data[at + 8 : at + 8 + length]
        if len(value) != length:
            raise ValueError("truncated keybag")
        yield tag, value
        at += 8 + length


@dataclass
class Keybag:
    attributes: dict[str, bytes | int]
    classes: dict[int, dict[str, bytes | int]]

    @classmethod
    def parse(cls, data: bytes) -> Keybag:
        attributes: dict[str, bytes | int] = {}
        classes: dict[int, dict] = {}
        current: dict | None = None
        for tag, raw in _tlv(data):
            value: bytes | int = int.from_bytes(raw, "big") if len(raw) == 4 else raw
            if tag == "UUID" and "UUID" in attributes:
                # The first UUID is the keybag's own; each further one starts a class key.
                if current and "CLAS" in current:
                    classes[current["CLAS"]] = current
                current = {"UUID": raw}
            elif tag in _CLASS_TAGS and current is not None:
                current[tag] = value
            else:
                attributes[tag] = value
        if current and "CLAS" in current:
            classes[current["CLAS"]] = current
        for name in ("SALT", "ITER"):
            if name not in attributes:
                raise ValueError(f"keybag without {name}")
        return cls(attributes, classes)

    def passcode_key(self, password: str, cancel: CancelToken, progress: ProgressCallback) -> bytes:
        """The key the password gives (the slow part: ten million rounds on a real backup)."""
        secret = password.encode("utf-8")
        attributes = self.attributes
        if isinstance(attributes.get("DPSL"), bytes) and isinstance(attributes.get("DPIC"), int):
            secret = _slow_pbkdf2("sha256", secret, attributes["DPSL"], attributes["DPIC"], cancel, progress)
        return hashlib.pbkdf2_hmac("sha1", secret, attributes["SALT"], attributes["ITER"], 32)

    def unlock(self, key: bytes) -> dict[int, bytes]:
        """Class → key; raises InvalidUnwrap when ``key`` is not the password's."""
        keys = {}
        for number, item in self.classes.items():
            wrapped = item.get("WPKY")
            if isinstance(wrapped, bytes) and int(item.get("WRAP", 0)) & _WRAP_PASSCODE:
                keys[number] = aes_key_unwrap(key, wrapped)
        if not keys:
            raise InvalidUnwrap()
        return keys


def _slow_pbkdf2(
    hash_name: str, secret: bytes, salt: bytes, rounds: int, cancel: CancelToken, progress: ProgressCallback
) -> bytes:
    """PBKDF2 run in a worker thread, so that a cancel is answered at once (hashlib cannot be
    interrupted) and progress can be estimated from a short timed sample."""
    sample = min(rounds, 20_000)
    started = time.perf_counter()
    hashlib.pbkdf2_hmac(hash_name, b"sample", salt, sample, 32)
    per_round = max((time.perf_counter() - started) / sample, 1e-9)
    expected = per_round * rounds
    result: list[bytes] = []
    worker = threading.Thread(
        target=lambda: result.append(hashlib.pbkdf2_hmac(hash_name, secret, salt, rounds, 32)),
        name="backup-password",
        daemon=True,
    )
    started = time.perf_counter()
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
        cancel.raise_if_cancelled()
        done = min(0.99, (time.perf_counter() - started) / expected) if expected else 0.99
        progress(int(done * 1000), 1000)
    cancel.raise_if_cancelled()  # also when the derivation ended before the loop looked
    if not result:
        raise IosBackupError(tr("The backup password could not be checked. Try again."))
    progress(1000, 1000)
    return result[0]


def _decrypt_all(key: bytes, data: bytes, shown: str) -> bytes:
    if len(data) % 16:
        raise IosBackupError(_damaged_file(shown))
    decryptor = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).decryptor()
    plain = decryptor.update(data) + decryptor.finalize()
    return _unpad(plain)


def _unpad(plain: bytes | bytearray) -> bytes | bytearray:
    unpadder = padding.PKCS7(128).unpadder()
    try:
        unpadder.update(plain[-16:])
        unpadder.finalize()
    except ValueError:
        return plain  # not padded (a file whose size is a multiple of 16 and stored without it)
    return plain[: len(plain) - plain[-1]]


def _damaged_file(shown: str) -> str:
    return tr("{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.").format(
        shown
    )


# -- the backup -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A file of the manifest."""

    file_id: str
    domain: str
    relative_path: str
    size: int | None
    key: bytes | None  # 4-byte protection class (little-endian) + wrapped key, when encrypted


class IosBackup:
    """An opened backup: its manifest in memory, and the files read from it on request."""

    def __init__(self, info: BackupInfo, manifest: sqlite3.Connection, class_keys: dict[int, bytes] | None) -> None:
        self.info = info
        self.folder = info.folder
        self.manifest = manifest
        self.class_keys = class_keys  # None for a plain backup

    def close(self) -> None:
        self.manifest.close()

    def __enter__(self) -> IosBackup:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def has_domain(self, domain: str) -> bool:
        return self.manifest.execute("SELECT 1 FROM Files WHERE domain = ? LIMIT 1", (domain,)).fetchone() is not None

    def apps(self) -> list[str]:
        """Which WhatsApp apps ("whatsapp", "business") this backup holds chats of."""
        return [app for app, domain in APPS.items() if self.entry(domain, CHAT_STORAGE) is not None]

    def entry(self, domain: str, relative_path: str) -> Entry | None:
        row = self.manifest.execute(
            "SELECT fileID, domain, relativePath, file FROM Files WHERE domain = ? AND relativePath = ? AND flags = 1",
            (domain, relative_path),
        ).fetchone()
        return None if row is None else self._entry(row)

    def entries(self, domain: str, prefix: str) -> Iterator[Entry]:
        """The files of ``domain`` whose path starts with ``prefix``."""
        rows = self.manifest.execute(
            "SELECT fileID, domain, relativePath, file FROM Files WHERE domain = ? AND flags = 1 "
            "AND substr(relativePath, 1, length(?)) = ? ORDER BY relativePath",
            (domain, prefix, prefix),
        )
        for row in rows:
            yield self._entry(row)

    def _entry(self, row) -> Entry:
        file_id, domain, relative_path, blob = row
        if not isinstance(file_id, str) or not _FILE_ID.fullmatch(file_id):
            # The id names the file on disk: anything but 40 hex digits could lead outside the backup.
            raise IosBackupError(
                tr("This iPhone backup's Manifest.db is damaged (a file has an invalid name): make the backup again.")
            )
        size, key = _metadata(blob)
        if size is not None and not 0 <= size <= MAX_FILE:
            raise IosBackupError(
                tr(
                    "This iPhone backup's Manifest.db is damaged (a file has an impossible size): make the backup "
                    "again."
                )
            )
        return Entry(file_id, domain, relative_path, size, key)

    def path_of(self, entry: Entry) -> Path:
        return self.folder / entry.file_id[:2] / entry.file_id

    def chunks(self, entry: Entry, cancel: CancelToken | None = None) -> Iterator[bytes]:
        """The file's plain bytes, chunk by chunk (decrypted as they are read). When this
        raises, the caller discards what it received."""
        cancel = cancel or CancelToken()
        path = self.path_of(entry)
        shown = entry.relative_path.rsplit("/", 1)[-1]
        try:
            stored = path.stat().st_size
            stream = path.open("rb")
        except FileNotFoundError as error:
            raise IosBackupError(
                tr(
                    "{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it "
                    "again on the computer."
                ).format(shown)
            ) from error
        except OSError as error:
            raise IosBackupError(tr("{0} could not be read: {1}.").format(shown, os_reason(error))) from error
        with stream:
            wanted = entry.size if entry.size is not None else stored
            decryptor = None
            if self.class_keys is not None:
                if entry.key is None or len(entry.key) < 44 or stored % 16 or stored < wanted:
                    raise IosBackupError(_damaged_file(shown))
                class_key = self.class_keys.get(int.from_bytes(entry.key[:4], "little"))
                try:
                    if class_key is None:
                        raise InvalidUnwrap()
                    file_key = aes_key_unwrap(class_key, entry.key[4:])
                except InvalidUnwrap as error:
                    raise IosBackupError(_damaged_file(shown)) from error
                decryptor = Cipher(algorithms.AES(file_key), modes.CBC(bytes(16))).decryptor()
            elif stored < wanted:
                raise IosBackupError(_damaged_file(shown))
            given = 0
            while given < wanted:
                cancel.raise_if_cancelled()
                chunk = stream.read(CHUNK)
                if not chunk:
                    raise IosBackupError(_damaged_file(shown))
                if decryptor is not None:
                    chunk = decryptor.update(chunk)
                chunk = chunk[: wanted - given]  # the padding, and anything past the recorded size
                given += len(chunk)
                yield chunk

    def read(self, entry: Entry, sink: Callable[[bytes], None], cancel: CancelToken | None = None,
             progress: ProgressCallback = no_progress) -> int:  # fmt: skip
        """Stream the file's plain bytes into ``sink``; returns how many."""
        given, wanted = 0, entry.size or 0
        for chunk in self.chunks(entry, cancel):
            sink(chunk)
            given += len(chunk)
            progress(given, max(wanted, given))
        return given

    def open(self, entry: Entry, cancel: CancelToken | None = None) -> io.BufferedReader:
        """The file as a binary stream of its plain bytes (for the media store, which reads in
        chunks of a fixed size)."""
        return io.BufferedReader(_ChunkStream(self.chunks(entry, cancel)), CHUNK)

    def read_bytes(self, entry: Entry, cancel: CancelToken | None = None) -> bytes:
        return b"".join(self.chunks(entry, cancel))


class _ChunkStream(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._left:
            try:
                self._left = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._left))
        buffer[:size] = self._left[:size]
        self._left = self._left[size:]
        return size

    def close(self) -> None:
        self._chunks.close()
        super().close()


def _metadata(blob) -> tuple[int | None, bytes | None]:
    """(size, wrapped key) from a manifest row's ``file`` column (an NSKeyedArchiver plist)."""
    if not blob:
        return None, None
    try:
        archive = plistlib.loads(bytes(blob))
        objects = archive["$objects"]
        root = objects[archive["$top"]["root"].data]
        size = root.get("Size")
        key = root.get("EncryptionKey")
        if isinstance(key, plistlib.UID):
            key = objects[key.data]
        if isinstance(key, dict):
            key = key.get("NS.data")
        return (size if isinstance(size, int) else None), (bytes(key) if isinstance(key, bytes | bytearray) else None)
    except Exception as error:
        raise IosBackupError(
            tr("This iPhone backup's Manifest.db is damaged (a file's details cannot be read): make the backup again.")
        ) from error


def _status_unfinished(folder: Path) -> bool:
    try:
        status = _plist(folder / "Status.plist")
    except (FileNotFoundError, IosBackupError):
        return False
    state = status.get("SnapshotState")
    return isinstance(state, str) and state.lower() != "finished"


def open_ios_backup(
    folder: str | Path,
    password: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> IosBackup:
    """The backup's manifest, decrypted in memory when the backup is encrypted. ``progress``
    reports the password's key derivation (the only slow step here)."""
    cancel = cancel or CancelToken()
    info = backup_info(folder)
    folder = info.folder
    if _status_unfinished(folder):
        raise StillCopyingError(
            tr(
                "This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait "
                "until Finder or the Apple Devices app says the backup is done (or make it again), then choose it."
            )
        )
    class_keys = None
    if info.encrypted:
        if not password:
            raise PasswordNeededError(
                tr(
                    "This iPhone backup is encrypted: type the password chosen for the phone's backups in Finder, "
                    "iTunes or the Apple Devices app (it is not the phone's passcode, nor the Apple ID's password)."
                )
            )
        manifest_plist = _plist(folder / "Manifest.plist")
        keybag_data, manifest_key = manifest_plist.get("BackupKeyBag"), manifest_plist.get("ManifestKey")
        damaged_keybag = IosBackupError(
            tr("This iPhone backup's key list (in Manifest.plist) is damaged: make the backup again on the computer.")
        )
        if not isinstance(keybag_data, bytes) or not isinstance(manifest_key, bytes) or len(manifest_key) < 44:
            raise damaged_keybag
        try:
            keybag = Keybag.parse(keybag_data)
        except (ValueError, KeyError, TypeError) as error:
            raise damaged_keybag from error
        key = keybag.passcode_key(password, cancel, progress)
        try:
            class_keys = keybag.unlock(key)
        except InvalidUnwrap as error:
            raise WrongBackupPasswordError(
                tr(
                    "This password does not open the iPhone backup. Type the password chosen for the phone's backups "
                    "in Finder, iTunes or the Apple Devices app; letters must match in case."
                )
            ) from error
        try:
            class_key = class_keys[int.from_bytes(manifest_key[:4], "little")]
            manifest_db_key = aes_key_unwrap(class_key, manifest_key[4:])
        except (KeyError, InvalidUnwrap) as error:
            raise damaged_keybag from error
        data = _read_manifest(folder)
        plain = _decrypt_all(manifest_db_key, data, "Manifest.db")
        manifest = _manifest_connection(plain)
    else:
        manifest = _manifest_connection(_read_manifest(folder))
    return IosBackup(info, manifest, class_keys)


def _read_manifest(folder: Path) -> bytes:
    try:
        return (folder / "Manifest.db").read_bytes()
    except FileNotFoundError as error:
        raise IosBackupError(
            tr("This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.")
        ) from error
    except OSError as error:
        raise IosBackupError(tr("{0} could not be read: {1}.").format("Manifest.db", os_reason(error))) from error


def _manifest_connection(data: bytes) -> sqlite3.Connection:
    # In memory, also for a plain backup: SQLite would otherwise create -wal/-shm files in the
    # user's backup folder, and the manifest of an encrypted backup is plaintext once decrypted.
    damaged = IosBackupError(
        tr("This iPhone backup's Manifest.db is damaged or incomplete: make the backup again on the computer.")
    )
    if not data.startswith(b"SQLite format 3\x00"):
        raise damaged
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(as_rollback_journal(data))
        columns = {row[1] for row in connection.execute("PRAGMA table_info(Files)")}
    except sqlite3.DatabaseError as error:
        connection.close()
        raise damaged from error
    if not {"fileID", "domain", "relativePath", "flags", "file"} <= columns:
        connection.close()
        raise IosBackupError(
            tr(
                "This iPhone backup's Manifest.db has a layout wamigrate does not know (a newer iOS?). Update "
                "wamigrate, or tell us the iOS version."
            )
        )
    try:
        connection.execute("SELECT count(*) FROM Files").fetchone()
        # A real manifest lists 100,000 files or more, keyed by id only: each media file looked
        # up by its path would otherwise scan all of them.
        connection.execute("CREATE INDEX wamigrate_by_path ON Files (domain, relativePath)")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise damaged from error
    return connection


def as_rollback_journal(data: bytes | bytearray) -> bytes | bytearray:
    """The database with its header saying "rollback journal" instead of "WAL" (bytes 18 and
    19): a database in memory cannot be in WAL mode, and SQLite refuses to read one that says
    it is. The pages themselves are the same in both modes."""
    if len(data) > 19 and data[18] == 2 and data[19] == 2:
        data = bytearray(data) if isinstance(data, bytes) else data
        data[18] = data[19] = 1
    return data
