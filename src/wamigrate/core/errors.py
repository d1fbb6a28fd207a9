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
