"""The one way the GUI runs slow work: a Job runs a core function in a worker thread and
reports progress, result, failure or cancellation back on the GUI thread.

A core function takes ``(progress, cancel)``: it calls ``progress(done, total)`` and checks
the CancelToken, as every long core operation does. Progress is throttled (at most 10
updates a second) so a million-message import cannot flood the event loop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import WamigrateError

Work = Callable[[Callable[[int, int], None], CancelToken], Any]
_MIN_INTERVAL = 0.1


class Job(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()
    ended = Signal()  # after any of the three above: re-enable controls here

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._token = CancelToken()
        self._thread: threading.Thread | None = None
        self._last_progress = 0.0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            raise RuntimeError("job already running")
        self._thread = threading.Thread(target=self._run, name="wamigrate-job", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._token.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work ends (for application exit); True if it did."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= _MIN_INTERVAL:
            self._last_progress = now
            self.progress.emit(done, total)  # queued to the GUI thread

    def _run(self) -> None:
        try:
            result = self._work(self._report, self._token)
        except Cancelled:
            self.cancelled.emit()
        except WamigrateError as error:
            self.failed.emit(str(error))
        except Exception as error:  # an unexpected fault still reaches the user, in words
            self.failed.emit(f"Something went wrong: {type(error).__name__}: {error}")
        else:
            if self._token.cancelled:
                self.cancelled.emit()
            else:
                self.finished.emit(result)
        self.ended.emit()
