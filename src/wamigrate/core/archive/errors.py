"""Archive errors. Each message says what happened and what the user can do."""

from __future__ import annotations

from wamigrate.core.errors import WamigrateError


class ArchiveError(WamigrateError):
    """Something went wrong with an archive; nothing in it was changed."""


class WrongSecretError(ArchiveError):
    """The passphrase or recovery key does not open this archive. It can be tried again."""


class NotAnArchiveError(ArchiveError):
    """The folder is not a wamigrate archive."""


class KeySlotError(ArchiveError):
    """The key-slot file is missing or damaged."""


class CorruptArchiveError(ArchiveError):
    """The database is damaged (the secret was right)."""


class ArchiveInUseError(ArchiveError):
    """Another wamigrate window or command is writing to the archive."""


class DiskFullError(ArchiveError):
    """The disk filled up; the operation was rolled back."""


class StorageError(ArchiveError):
    """The disk holding the archive failed to read or write (an input/output error): not damage."""


class ReadOnlyArchiveError(ArchiveError):
    """The archive is on media that cannot be written; it was opened for reading only."""


class EncryptionUnavailableError(ArchiveError):
    """The SQLite library in use does not encrypt: refuse rather than write plaintext."""


class WeakPassphraseError(ArchiveError):
    """The passphrase is too easy to guess; the message says why and what would do."""
