"""A small pool of worker processes, each with pipes of its own.

Why not ``concurrent.futures.ProcessPoolExecutor``: its workers share one job queue, read
under a lock shared between processes, and under Wine 8 (where CI proves the Windows app) two
workers waiting on that queue at once both stall for ever, so the parallel reader and the
self-test hung there (measured: 4 jobs, 2 workers, no result in 60 s; one worker alone is
fine). Here every worker has its own job pipe and result pipe, so no pipe or lock is ever
shared between processes, which works the same on Linux, macOS, Windows and Wine.

- A job is written to its worker's pipe by a thread of this process kept for that worker,
  and taken off the pipe at once by a thread of the worker, so neither ``submit`` nor the
  worker's computing waits for the other (measured: writing 2 MiB ranges straight from the
  reading thread kept it blocked 1.9 s of a 7 s read, while the worker held its GIL).
- A thread in this process reads every result as soon as it is sent, so a worker never
  waits to hand one over, and settles its ``Future``.
- A worker that dies (killed, out of memory) fails its unfinished jobs with
  ``BrokenProcessPool``; the caller reads them itself. When none is left, ``submit`` raises
  ``BrokenProcessPool`` too.

Processes are started fresh ("spawn": never a copy of a process that runs Qt threads); a
frozen app starts them through ``multiprocessing.freeze_support``.
"""

from __future__ import annotations

import itertools
import multiprocessing
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

# How long shutdown waits for an idle worker to exit before it is stopped.
_EXIT_WAIT = 5.0


def _serve(jobs: Connection, results: Connection) -> None:
    """A worker process: run each job sent on ``jobs`` and send its outcome on ``results``."""
    waiting: queue.SimpleQueue = queue.SimpleQueue()

    def take() -> None:
        try:
            while True:
                job = jobs.recv()
                waiting.put(job)
                if job is None:
                    return
        except (EOFError, OSError):  # the pool's process has gone: stop after the current job
            waiting.put(None)

    threading.Thread(target=take, daemon=True).start()
    while (job := waiting.get()) is not None:
        ticket, fn, argument = job
        try:
            outcome = (ticket, True, fn(argument))
        except Exception as error:
            outcome = (ticket, False, error)
        try:
            results.send(outcome)
        except (EOFError, OSError):
            return
        except Exception as error:
            results.send((ticket, False, RuntimeError(f"the worker's answer could not be sent: {error!r}")))


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    jobs: Connection
    results: Connection
    pending: dict[int, Future] = field(default_factory=dict)
    alive: bool = True
    outbox: queue.SimpleQueue = field(default_factory=queue.SimpleQueue)
    sender: threading.Thread | None = None

    def start_sending(self) -> None:
        self.sender = threading.Thread(target=self._send, name="process-pool jobs", daemon=True)
        self.sender.start()

    def _send(self) -> None:
        # Ends on the None that shutdown queues, or when the worker has gone (its results pipe
        # then ends too, and the collector fails its jobs).
        while True:
            job = self.outbox.get()
            try:
                self.jobs.send(job)
            except (OSError, EOFError, ValueError):
                return
            if job is None:
                return


class ProcessPool:
    """``submit(fn, argument) -> Future`` and ``shutdown(wait, cancel_futures)``, as an Executor."""

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._tickets = itertools.count()
        self._closing = False
        self._workers: list[_Worker] = []
        self._wake_reader, self._wake_writer = context.Pipe(duplex=False)
        try:
            for _ in range(workers):
                jobs_reader, jobs_writer = context.Pipe(duplex=False)
                results_reader, results_writer = context.Pipe(duplex=False)
                process = context.Process(target=_serve, args=(jobs_reader, results_writer), daemon=True)
                process.start()
                jobs_reader.close()  # the worker's ends live in the worker only: its exit is then an EOF here
                results_writer.close()
                worker = _Worker(process, jobs_writer, results_reader)
                worker.start_sending()
                self._workers.append(worker)
        except BaseException:
            self._stop_all()
            raise
        self._collector = threading.Thread(target=self._collect, name="process-pool results", daemon=True)
        self._collector.start()

    def submit(self, fn: Callable, argument) -> Future:
        with self._lock:
            if self._closing:
                raise RuntimeError("the process pool is shut down")
            live = [w for w in self._workers if w.alive]
            if not live:
                raise BrokenProcessPool("every worker process has stopped")
            worker = min(live, key=lambda w: len(w.pending))
            ticket = next(self._tickets)
            future: Future = Future()
            worker.pending[ticket] = future
        worker.outbox.put((ticket, fn, argument))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        with self._lock:
            if self._closing:
                return
            self._closing = True
            workers = list(self._workers)
            idle = not any(worker.pending for worker in workers)
            if cancel_futures:
                for worker in workers:
                    for future in worker.pending.values():
                        future.cancel()
        if wait and (idle or not cancel_futures):
            # Done (or, as an Executor does, finish the jobs already sent first): each worker
            # exits on its own after its last job; an idle one that does not is stopped below.
            for worker in workers:
                worker.outbox.put(None)
            for worker in workers:
                worker.process.join(_EXIT_WAIT if idle else None)
        # Cancelled, or a worker that did not exit: nothing it still computes is wanted.
        self._stop_all()
        self._wake_writer.send(None)
        if threading.current_thread() is not self._collector:
            self._collector.join()
        self._wake_writer.close()

    def _stop_all(self) -> None:
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self._workers:
            worker.process.join()
            if worker.sender is not None:
                worker.outbox.put(None)  # a sender blocked on the pipe is freed by the worker's end
                worker.sender.join()
            worker.jobs.close()

    def _collect(self) -> None:
        """Read every result as it comes; a worker's end fails the jobs it had not answered."""
        while True:
            with self._lock:
                live = [w for w in self._workers if w.alive]
            by_handle: dict = {w.results: w for w in live}
            ready = wait([self._wake_reader, *by_handle])
            for handle in ready:
                if handle is not self._wake_reader:
                    self._receive(by_handle[handle])
            if self._wake_reader in ready:
                # Shut down: every worker has ended, so what each still has in its pipe is read
                # to the end (an answer sent just before the end is an answer), then the rest fail.
                for worker in live:
                    while worker.alive:
                        self._receive(worker)
                self._fail_all()
                self._wake_reader.close()
                return

    def _receive(self, worker: _Worker) -> None:
        """Read one answer of ``worker`` and settle its future; its end when there is none."""
        try:
            ticket, ok, value = worker.results.recv()
        except (EOFError, OSError):
            self._worker_ended(worker)
            return
        with self._lock:
            future = worker.pending.pop(ticket, None)
        if future is not None and future.set_running_or_notify_cancel():
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _worker_ended(self, worker: _Worker) -> None:
        with self._lock:
            worker.alive = False
            pending = list(worker.pending.values())
            worker.pending.clear()
        worker.results.close()
        # Its results pipe ends when the process does: its exit code says why (a crash, a kill).
        worker.process.join(_EXIT_WAIT)
        code = worker.process.exitcode
        why = "a worker process stopped before it answered" + (f" (exit code {code})" if code is not None else "")
        for future in pending:
            if future.set_running_or_notify_cancel():
                future.set_exception(BrokenProcessPool(why))

    def _fail_all(self) -> None:
        for worker in self._workers:
            if worker.alive:
                self._worker_ended(worker)
