"""Marks for English text that core hands to the GUI or the report, which translate it.

Core imports no Qt, so it cannot translate; it marks its strings so that ``pyside6-lupdate``
collects them, and takes a ``tr`` function from its caller where it writes whole sentences
(the report). Without a caller's ``tr``, text stays English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translate = Callable[..., str]  # tr(text, disambiguation=None, n=-1), as wamigrate.translation.tr


def QT_TR_NOOP(text: str) -> str:
    return text


def untranslated(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English text, with ``%n`` (a plural's count) filled in as Qt would."""
    return re.sub(r"%L?n", str(n), text) if n >= 0 else text
