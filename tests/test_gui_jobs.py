"""The shared job helper: results, failures and cancellation arrive on the GUI thread."""

import threading
import time

import pytest

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    from wamigrate.gui.jobs import Job

    gui_thread = threading.current_thread()
    seen = {"progress": [], "threads": set()}

    def work(progress, cancel):
        assert threading.current_thread() is not gui_thread
        for step in range(1, 101):
            progress(step, 100)
        return "done"

    job = Job(work)
    job.progress.connect(
        lambda d, t: (seen["progress"].append((d, t)), seen["threads"].add(threading.current_thread()))
    )
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: (100, 100) in seen["progress"])
    assert seen["threads"] == {gui_thread}
    assert len(seen["progress"]) < 20  # throttled


def test_cancel_is_distinct_from_failure(qtbot):
    from wamigrate.core.errors import ExportError
    from wamigrate.gui.jobs import Job

    def slow(progress, cancel):
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.01)

    job = Job(slow)
    with qtbot.waitSignal(job.cancelled, timeout=5000), qtbot.assertNotEmitted(job.failed):
        job.start()
        job.cancel()
    assert job.wait(5)

    def broken(progress, cancel):
        raise ExportError("The file is not an export.")

    job = Job(broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["The file is not an export."]


def test_the_window_stays_responsive_while_a_job_runs(qtbot):
    from PySide6.QtCore import QTimer

    from wamigrate.gui.jobs import Job

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    job = Job(lambda progress, cancel: time.sleep(0.5))
    with qtbot.waitSignal(job.ended, timeout=5000):
        job.start()
    timer.stop()
    assert len(ticks) >= 10  # the event loop kept running during the 0.5 s of work
