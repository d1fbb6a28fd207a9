"""The shared job helper: results, failures and cancellation arrive on the GUI thread."""

import threading
import time

import pytest

from conftest import WAIT_MS

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
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as blocker:
        job.start()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: (100, 100) in seen["progress"], timeout=WAIT_MS)
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
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS), qtbot.assertNotEmitted(job.failed):
        job.start()
        job.cancel()
    assert job.wait(5)

    def broken(progress, cancel):
        raise ExportError("The file is not an export.")

    job = Job(broken)
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as blocker:
        job.start()
    assert blocker.args == ["The file is not an export."]


def test_the_window_stays_responsive_while_a_job_runs(qtbot):
    """The work waits until the GUI thread's timer has fired ten times: it can only end if
    the event loop keeps running while the job runs (no clock involved)."""
    from PySide6.QtCore import QTimer

    from wamigrate.gui.jobs import Job

    ticks = []
    ten_ticks = threading.Event()

    def tick():
        ticks.append(threading.current_thread())
        if len(ticks) >= 10:
            ten_ticks.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    job = Job(lambda progress, cancel: ten_ticks.wait(WAIT_MS / 1000))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        job.start()
    timer.stop()
    assert finished.args == [True]  # the event came: the loop ticked while the work ran
    assert set(ticks) == {threading.current_thread()}


def test_qt_objects_made_by_the_work_start_no_orphan_timers(qtbot, qtlog, tmp_path, new_archive):
    """Issue 17: saving a PDF in a job printed seven "QBasicTimer::start: current thread's event
    dispatcher has already been destroyed" (the text layout's timers in a thread without one)."""
    from fixtures.chats import archive_with_chats
    from wamigrate.core.readiness.pipeline import assess, read_archive
    from wamigrate.core.readiness.profile import profile_from_dict
    from wamigrate.gui.jobs import Job
    from wamigrate.render.report_files import save_report

    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    profile = profile_from_dict({"migration": {"route": "full", "cutover": "2023-04-05T09:00"}})
    _readiness, report = assess(profile, read_archive(archive, profile))
    job = Job(lambda progress, cancel: save_report(report, tmp_path / "r.pdf"))
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        job.start()
    assert (tmp_path / "r.pdf").stat().st_size > 1000
    assert [r.message for r in qtlog.records if "QBasicTimer" in r.message] == []
