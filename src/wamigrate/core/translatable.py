"""Translation in core, which imports no Qt: its strings are marked so that
``pyside6-lupdate`` collects them, and translated by a function its caller provides.

- ``QT_TR_NOOP("...")`` marks text kept in a table and translated where it is shown;
- functions that write sentences take a ``tr`` argument (the wizard flow, the report);
- the readiness checks call this module's ``tr``, which uses the function the caller set
  with ``translating(...)`` for the current thread (English when none was set).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translate = Callable[..., str]  # tr(text, disambiguation=None, n=-1), as wamigrate.translation.tr


def QT_TR_NOOP(text: str) -> str:
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def untranslated(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English text, with ``%n`` (a plural's count) filled in as Qt would, and the
    source's "(s)" resolved as the English translation would ("1 template", "2 templates")."""
    if n < 0:
        return text
    return re.sub(r"%L?n", f"{n:,}" if "%Ln" in text else str(n), english_plural(text, n))


def english_plural(text: str, n: int) -> str:
    """The source's "(s)" as English needs it: "1 template", "2 templates"."""
    return re.sub(r"(\w)\(s\)", r"\1" if n == 1 else r"\1s", text)


_current: ContextVar[Translate] = ContextVar("wamigrate_translate", default=untranslated)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language of the function set by :func:`translating`."""
    return _current.get()(text, disambiguation, n)


@contextmanager
def translating(function: Translate) -> Iterator[None]:
    token = _current.set(function)
    try:
        yield
    finally:
        _current.reset(token)


def translate_this_thread(function: Translate) -> None:
    """Make ``function`` core's translation for the rest of this thread (the GUI thread, once
    the language is chosen); worker threads set theirs with :func:`translating`."""
    _current.set(function)
