"""Errors the core raises for bad input. Each carries a message a non-engineer can act on."""

from __future__ import annotations


class WamigrateError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""


class ExportError(WamigrateError):
    """An export could not be read. Nothing was written anywhere."""


class NotAnExportError(ExportError):
    """The file is readable but is not a WhatsApp chat export."""


class CorruptZipError(ExportError):
    """A zip that is truncated, damaged or otherwise unreadable."""


class EncryptedZipError(ExportError):
    """A password-protected zip: WhatsApp never writes those."""


class UnsafeZipError(ExportError):
    """A zip whose content could harm the computer (zip bomb, path escape)."""


class ExportReadError(ExportError):
    """The operating system refused to read the file (missing, permission, I/O error)."""


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in the user's language for the common cases (the
    system's own text, often English, is only the fallback): to place inside a sentence."""
    import errno

    from wamigrate.core.translatable import tr

    reasons = {
        errno.ENOENT: lambda: tr("it does not exist"),
        errno.EACCES: lambda: tr("permission was denied"),
        errno.EPERM: lambda: tr("permission was denied"),
        errno.EIO: lambda: tr("the disk reported an input/output error"),
        errno.ENOSPC: lambda: tr("the disk is full"),
        errno.EROFS: lambda: tr("the disk is read-only"),
        errno.ENAMETOOLONG: lambda: tr("the name is too long"),
        errno.EISDIR: lambda: tr("it is a folder"),
        errno.ENOTDIR: lambda: tr("part of the path is not a folder"),
    }
    found = reasons.get(error.errno)
    return found() if found is not None else (error.strerror or str(error))
