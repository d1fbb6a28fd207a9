"""The one way the GUI runs slow work: a Job runs a core function in a worker thread and
reports progress, result, failure or cancellation back on the GUI thread.

A core function takes ``(progress, cancel)``: it calls ``progress(done, total)`` and checks
the CancelToken, as every long core operation does. Progress is throttled (at most 10
updates a second) so a million-message import cannot flood the event loop.

A job may outlive the window that started it (the user closes a dialog mid-way): the job
then cancels its work, keeps itself alive until the thread ends, and delivers nothing to
the closed window.

What a job says is what the work did: "cancelled" only when the work raised Cancelled; work
that returned is "finished" with its result even if Cancel was pressed after its last check
(the caller then decides, as the import run does, whether to undo it). Callbacks are given
when the job starts: ``Job(work, owner).start(finished=..., failed=...)``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Signal

from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import translating
from wamigrate.translation import tr

Work = Callable[[Callable[[int, int], None], CancelToken], Any]
_MIN_INTERVAL = 0.1
_RUNNING: set[Job] = set()  # started, end not yet delivered on the GUI thread: Python must not collect them


class Job(QObject):
    progress = Signal(object, object)  # done, total (byte counts can pass 2**31)
    updated = Signal(object)  # whatever the work passed to post() (the import run's file events)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()
    ended = Signal()  # after any of the three above: re-enable controls here

    _from_worker = Signal(str, object)  # (event, value), queued to the GUI thread

    def __init__(self, work: Work, owner: QObject | None = None) -> None:
        super().__init__(None)  # not owned by a widget: deleting the widget must not delete a running job
        self._work = work
        self._owner = owner
        self._token = CancelToken()
        self._thread: threading.Thread | None = None
        self._last_progress = 0.0
        self._from_worker.connect(self._deliver)
        if owner is not None:
            owner.destroyed.connect(self.cancel)

    @property
    def running(self) -> bool:
        """From start() until ``ended`` is delivered on the GUI thread: what the window has
        seen, not whether the thread happens to be alive yet or still (that depends on which
        thread the scheduler ran first)."""
        return self in _RUNNING

    def start(
        self,
        *,
        progress: Callable[[int, int], Any] | None = None,
        updated: Callable[[Any], Any] | None = None,
        finished: Callable[[Any], Any] | None = None,
        failed: Callable[[str], Any] | None = None,
        cancelled: Callable[[], Any] | None = None,
        ended: Callable[[], Any] | None = None,
    ) -> Job:
        """Connect the given callbacks, then start the work; returns the job."""
        if self.running:
            raise RuntimeError("job already running")
        for signal, slot in (
            (self.progress, progress),
            (self.updated, updated),
            (self.finished, finished),
            (self.failed, failed),
            (self.cancelled, cancelled),
            (self.ended, ended),
        ):
            if slot is not None:
                signal.connect(slot)
        _RUNNING.add(self)
        self._thread = threading.Thread(target=self._run, name="wamigrate-job", daemon=True)
        self._thread.start()
        return self

    def post(self, value: object) -> None:
        """From the work's thread: deliver ``value`` as ``updated`` on the GUI thread."""
        self._from_worker.emit("updated", value)

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
            self._from_worker.emit("progress", (done, total))

    def _run(self) -> None:
        # A QEventLoop gives this (non-Qt) thread an event dispatcher. Qt objects the work
        # makes start timers (a PDF's text layout starts seven), which without one print
        # "QBasicTimer::start: current thread's event dispatcher has already been destroyed".
        dispatcher = QEventLoop()
        try:
            with translating(tr):  # core's messages (errors, findings) in the user's language
                result = self._work(self._report, self._token)
        except Cancelled:
            self._from_worker.emit("cancelled", None)
        except WamigrateError as error:
            self._from_worker.emit("failed", str(error))
        except Exception as error:  # an unexpected fault still reaches the user, in words
            self._from_worker.emit("failed", tr("Something went wrong: {0}: {1}").format(type(error).__name__, error))
        else:
            self._from_worker.emit("finished", result)
        del dispatcher
        self._from_worker.emit("ended", None)

    def _deliver(self, event: str, value: object) -> None:
        if event == "ended":
            _RUNNING.discard(self)
        if self._owner is not None and not shiboken6.isValid(self._owner):
            return
        if event == "progress":
            self.progress.emit(*value)
        elif event == "updated":
            self.updated.emit(value)
        elif event == "finished":
            self.finished.emit(value)
        elif event == "failed":
            self.failed.emit(value)
        elif event == "cancelled":
            self.cancelled.emit()
        else:
            self.ended.emit()


def is_running(job: Job | None) -> bool:
    """Whether a job slot (None before the first job) holds work that has not ended."""
    return job is not None and job.running


def on_own_handle(archive, function: Callable[..., Any]) -> Work:
    """Work that runs ``function(handle, progress, cancel)`` on a handle of its own
    (Archive.reopen), closed afterwards: the window keeps reading through its own."""

    def work(progress, cancel):
        handle = archive.reopen()
        try:
            return function(handle, progress, cancel)
        finally:
            handle.close()

    return work
