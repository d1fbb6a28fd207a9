"""Open the SQLCipher database with the raw data key, with pinned cipher parameters."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from urllib.request import pathname2url

from sqlcipher3 import dbapi2 as sqlcipher

from wamigrate.core.archive.errors import (
    ArchiveError,
    CorruptArchiveError,
    DiskFullError,
    EncryptionUnavailableError,
    KeySlotError,
    ReadOnlyArchiveError,
    StorageError,
)
from wamigrate.core.translatable import tr

# Pinned so that a future SQLCipher with other defaults still opens today's archives.
CIPHER = {
    "cipher_page_size": 4096,
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "kdf_iter": 256000,
    "cipher_use_hmac": "ON",
}
# What keys.json may say about the cipher. Its values become PRAGMA text, so each must be
# one of these (never text from the file): a tampered "4096; DROP TABLE messages" is refused.
_CIPHER_CHOICES = {
    "cipher_page_size": (1024, 2048, 4096, 8192, 16384, 32768, 65536),
    "cipher_hmac_algorithm": ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"),
    "cipher_kdf_algorithm": ("PBKDF2_HMAC_SHA1", "PBKDF2_HMAC_SHA256", "PBKDF2_HMAC_SHA512"),
    "cipher_use_hmac": ("ON", "OFF"),
}
_KDF_ITER_RANGE = (1, 10_000_000)
PLAINTEXT_HEADER = b"SQLite format 3\x00"
READ_CACHE_KIB = 16_384
IMPORT_CACHE_KIB = 65_536  # imports touch the same index pages again and again
# A phone import writes a whole phone at once: its indexes outgrow a smaller cache, and every
# page then goes through encryption again (bench_phone.py: 1M messages, see ARCHITECTURE.md).
PHONE_IMPORT_CACHE_KIB = 131_072

DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError


def cipher_pragmas(cipher: dict) -> list[str]:
    """The PRAGMA statements for ``cipher`` (from keys.json), each value checked against the
    known choices, so that nothing read from the file is pasted into SQL."""
    if not isinstance(cipher, dict) or set(cipher) != set(CIPHER):
        raise KeySlotError(
            tr(
                "The archive's key file (keys.json) has damaged cipher settings. Restore keys.json from a backup "
                "of the archive folder."
            )
        )
    statements = []
    for name in CIPHER:
        value = cipher[name]
        if name == "kdf_iter":
            ok = type(value) is int and _KDF_ITER_RANGE[0] <= value <= _KDF_ITER_RANGE[1]
        else:
            ok = type(value) in (int, str) and value in _CIPHER_CHOICES[name]
        if not ok:
            raise KeySlotError(
                tr(
                    "The archive's key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a "
                    "backup of the archive folder."
                ).format(name)
            )
        statements.append(f"PRAGMA {name} = {int(value) if type(value) is int else value}")
    return statements


def storage_error(exc: BaseException, path: Path) -> ArchiveError | None:
    """The error to show when reading or writing ``path`` failed because of the disk, not
    because of damage: full, read-only, or an input/output error. None otherwise."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if is_disk_full(exc) or (("disk i/o error" in text or code == errno.EIO) and _free_bytes(path) < 1 << 20):
        return DiskFullError(
            tr(
                "The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some "
                "space on that disk and try again; nothing in the archive was changed."
            ).format(path.parent)
        )
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyArchiveError(read_only_message())
    if "disk i/o error" in text or code == errno.EIO:
        return StorageError(
            tr(
                "The disk holding the archive ({0}) could not be read or written (an input/output error). Check "
                "that the disk or stick is still connected and working, then try again; if it happens again, copy "
                "the archive folder to another disk. Nothing in the archive was changed."
            ).format(path.parent)
        )
    return None


def cipher_mismatch() -> KeySlotError:
    """keys.json's cipher settings are valid choices but not this database's: it was changed."""
    return KeySlotError(
        tr(
            "The archive's key file (keys.json) has cipher settings that do not match its database: the "
            "file was changed. Restore keys.json from a backup of the archive folder."
        )
    )


def read_only_message() -> str:
    return tr(
        "The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only "
        "share). You can browse, search and export it; to import chats or change its secrets, copy the archive "
        "folder to a disk you can write to and open that copy."
    )


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return 1 << 30  # unknown: do not claim the disk is full


def read_only_uri(path: Path) -> str:
    """An address that opens ``path`` without writing anything beside it: no -shm, no lock.
    Only right when no -wal with content is beside it (``immutable`` ignores a WAL)."""
    return f"file:{pathname2url(str(path.resolve()))}?mode=ro&immutable=1"


def connect(path: Path, data_key: bytes, cipher: dict | None = None, read_only: bool = False) -> sqlcipher.Connection:
    """A keyed connection; raises CorruptArchiveError if the database cannot be read with it,
    and DiskFullError / ReadOnlyArchiveError / StorageError when the disk is the reason.
    ``read_only``: open with :func:`read_only_uri` (media that cannot be written)."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    pragmas = cipher_pragmas(cipher if cipher is not None else CIPHER)
    if read_only:
        connection = sqlcipher.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    else:
        connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # The key is hex: no quoting problem, no SQL injection.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        for statement in pragmas:
            connection.execute(statement)
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise EncryptionUnavailableError(
                tr(
                    "The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; "
                    "reinstall wamigrate."
                )
            )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            disk = storage_error(exc, path)
            if disk is not None:
                raise disk from exc
            if cipher is not None and cipher != CIPHER:
                raise cipher_mismatch() from exc
            raise CorruptArchiveError(
                tr(
                    "The archive's database is damaged: it cannot be decrypted although the key is right ({0}). "
                    "Restore the archive folder from a backup."
                ).format(exc)
            ) from exc
        if not read_only:
            try:
                connection.execute("PRAGMA journal_mode = WAL")
            except DatabaseError as exc:  # the -wal / -shm files cannot be made here
                raise (storage_error(exc, path) or exc) from exc
            connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        # Another window may be writing a short record (audit) at the same moment.
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute("PRAGMA temp_store = MEMORY")
        # 16 MB of decrypted pages for reading; an import raises it while it runs (importer).
        connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        return connection
    except BaseException:
        connection.close()
        raise


def fingerprint(path: Path) -> str:
    """A short digest of the database's first 16 bytes: SQLCipher's random salt, fixed for
    the database's life. keys.json records it, so a key file from another archive is told."""
    import hashlib

    with path.open("rb") as stream:
        return hashlib.sha256(stream.read(16)).hexdigest()[:16]


def header_is_blank(path: Path) -> bool:
    """True when the salt bytes are missing or zeroed: damage, not another archive's file."""
    with path.open("rb") as stream:
        head = stream.read(16)
    return len(head) < 16 or head.count(0) == 16


def header_is_near(path: Path, expected: str) -> bool:
    """True when one byte of the salt, changed back, gives the fingerprint keys.json expects:
    a flipped bit or a damaged byte at the database's start, not another archive's key file.
    (16 x 256 digests: instant.)"""
    import hashlib

    with path.open("rb") as stream:
        head = bytearray(stream.read(16))
    if len(head) < 16:
        return False
    for index in range(16):
        original = head[index]
        for value in range(256):
            if value != original:
                head[index] = value
                if hashlib.sha256(head).hexdigest()[:16] == expected:
                    return True
        head[index] = original
    return False


def is_plaintext_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == PLAINTEXT_HEADER
    except OSError:
        return False


def has_pending_wal(path: Path) -> bool:
    """True when a -wal beside the database holds pages not yet in it (after a crash, or
    while another program has it open)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def is_disk_full(error: BaseException) -> bool:
    text = str(error).lower()
    return "disk is full" in text or "database or disk is full" in text or getattr(error, "errno", None) == 28
