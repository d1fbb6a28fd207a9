"""The worker processes behind the parallel reader (core/process_pool.py), with real processes.

The jobs are functions of the standard library, so that the spawned workers (which import
what they run by name) find them whatever way pytest imported this file. Nothing here waits
for a time: each test waits for the event it is about (a result, a worker's end).
"""

from __future__ import annotations

import os
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from wamigrate.core.process_pool import ProcessPool


def test_every_job_is_answered_by_its_own_result_with_jobs_queued_on_both_workers():
    pool = ProcessPool(2)
    try:
        # Many more jobs than workers, all sent before any is answered: sending never waits
        # for a worker, and each answer reaches the future of its own job.
        futures = [(n, pool.submit(abs, -n)) for n in range(200)]
        assert [future.result() for _, future in futures] == list(range(200))
    finally:
        pool.shutdown()
    assert all(not worker.process.is_alive() for worker in pool._workers)


def test_jobs_and_results_of_several_mebibytes_arrive_whole():
    pool = ProcessPool(2)
    try:
        # Larger than any pipe's buffer both ways: sent and read in many pieces.
        sizes = [pool.submit(len, bytes([n]) * (5 << 20) + b"end") for n in range(4)]
        zeros = pool.submit(bytes, 4 << 20)
        assert [future.result() for future in sizes] == [(5 << 20) + 3] * 4
        assert zeros.result() == bytes(4 << 20)
    finally:
        pool.shutdown()


def test_an_error_in_a_job_reaches_its_caller_and_the_worker_goes_on():
    pool = ProcessPool(1)
    try:
        failing = pool.submit(int, "twelve")
        with pytest.raises(ValueError, match="twelve"):
            failing.result()
        assert pool.submit(int, "12").result() == 12
    finally:
        pool.shutdown()


def test_a_worker_that_dies_fails_only_its_own_jobs_and_the_last_one_breaks_the_pool():
    pool = ProcessPool(2)
    try:
        dying = pool.submit(os._exit, 3)  # the worker process ends in the middle of a job
        with pytest.raises(BrokenProcessPool, match="a worker process stopped before it answered"):
            dying.result()
        # The other worker answers everything sent after.
        assert [pool.submit(abs, -n).result() for n in range(5)] == list(range(5))
        with pytest.raises(BrokenProcessPool):
            pool.submit(os._exit, 4).result()
        with pytest.raises(BrokenProcessPool, match="every worker process has stopped"):
            pool.submit(abs, -1)
    finally:
        pool.shutdown()


def test_shutting_down_without_cancel_finishes_the_jobs_already_sent():
    pool = ProcessPool(2)
    futures = [pool.submit(abs, -n) for n in range(50)]
    pool.shutdown(wait=True)  # as an Executor: the jobs sent are answered before the workers end
    assert [future.result() for future in futures] == list(range(50))
    assert all(not worker.process.is_alive() for worker in pool._workers)


def test_shutting_down_with_cancel_stops_workers_in_the_middle_of_a_long_job():
    pool = ProcessPool(2)
    busy = [pool.submit(time.sleep, 3600) for _ in range(3)]
    pool.shutdown(wait=False, cancel_futures=True)
    assert all(not worker.process.is_alive() for worker in pool._workers)
    assert all(future.cancelled() or isinstance(future.exception(), BrokenProcessPool) for future in busy)
    with pytest.raises(RuntimeError, match="shut down"):
        pool.submit(abs, -1)
