"""Cancellation and progress plumbing shared by every long core operation."""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)``; units are the operation's own (bytes for the reader)."""


class Cancelled(Exception):
    """Raised inside a core operation when its :class:`CancelToken` was cancelled."""


class CancelToken:
    """A flag a caller (GUI, CLI signal handler) sets and a core loop checks between steps."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int) -> None:
    """The default progress callback."""
