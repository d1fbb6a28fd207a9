"""Open the SQLCipher database with the raw data key, with pinned cipher parameters."""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from wamigrate.core.archive.errors import CorruptArchiveError, EncryptionUnavailableError
from wamigrate.core.translatable import tr

# Pinned so that a future SQLCipher with other defaults still opens today's archives.
CIPHER = {
    "cipher_page_size": 4096,
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "kdf_iter": 256000,
    "cipher_use_hmac": "ON",
}
PLAINTEXT_HEADER = b"SQLite format 3\x00"
READ_CACHE_KIB = 16_384
IMPORT_CACHE_KIB = 65_536  # imports touch the same index pages again and again

DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError


def connect(path: Path, data_key: bytes, cipher: dict | None = None) -> sqlcipher.Connection:
    """A keyed connection; raises CorruptArchiveError if the database cannot be read with it."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # The key is hex: no quoting problem, no SQL injection.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        for name, value in (cipher or CIPHER).items():
            connection.execute(f"PRAGMA {name} = {value}")
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
            raise CorruptArchiveError(
                tr(
                    "The archive's database is damaged: it cannot be decrypted although the key is right ({0}). "
                    "Restore the archive folder from a backup."
                ).format(exc)
            ) from exc
        connection.execute("PRAGMA journal_mode = WAL")
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


def is_plaintext_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == PLAINTEXT_HEADER
    except OSError:
        return False


def is_disk_full(error: BaseException) -> bool:
    text = str(error).lower()
    return "disk is full" in text or "database or disk is full" in text or getattr(error, "errno", None) == 28
