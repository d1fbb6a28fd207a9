"""The window stays live during a 1,000,000-message import, and Cancel answers at once.

    python benchmarks/bench_gui_import.py

Runs the import panel (the one the wizard and the browser use) offscreen on the generated
1,000,000-message export (benchmarks/data, made by bench_reader.py or bench_browser.py).
A timer ticks every 20 ms on the GUI thread; the longest gap between ticks is the longest
time the window could not repaint. Then a second import is cancelled after 5 s: the time
from Cancel to "the archive is as it was", and the archive's message count, are printed.
Budgets (issue 5): the window repaints and Cancel responds during the import.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
EXPORT = HERE / "data" / "android12-1000000.txt"
FAST = {"memory_kib": 8192, "iterations": 1, "lanes": 1}


def run(app, archive, cancel_after: float | None):
    from PySide6.QtCore import QTimer

    from wamigrate.gui.import_panel import ImportPanel

    panel = ImportPanel(archive)
    panel.show()
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    panel.add_paths([str(EXPORT)])
    started = time.perf_counter()
    panel.start()
    cancelled_at = None
    while panel.running:
        app.processEvents()
        time.sleep(0.001)
        if cancel_after is not None and cancelled_at is None and time.perf_counter() - started > cancel_after:
            cancelled_at = time.perf_counter()
            panel.cancel()
    ended = time.perf_counter()
    timer.stop()
    for _ in range(50):  # the results arrive through the event loop after the worker ends
        app.processEvents()
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    return panel, ended - started, (ended - cancelled_at) if cancelled_at else None, gaps


def main() -> None:
    if not EXPORT.exists():
        sys.path.insert(0, str(HERE))
        from generate_export import generate

        EXPORT.parent.mkdir(exist_ok=True)
        generate(EXPORT, 1_000_000, "android12")
    from PySide6.QtWidgets import QApplication

    from wamigrate.core.archive.store import Archive

    app = QApplication.instance() or QApplication(["bench"])
    work = Path(tempfile.mkdtemp(prefix="wamigrate-bench-"))
    archive, _ = Archive.create(work / "cancel", "benchmark passphrase", FAST)
    panel, took, answer, gaps = run(app, archive, cancel_after=5.0)
    left = archive.connection.execute("SELECT count(*) FROM messages").fetchone()[0]
    print(f"cancel after 5 s: archive as before in {answer:.2f} s; messages left in the archive: {left}")
    print(f"  while importing: longest GUI stall {gaps[-1] * 1000:.0f} ms, 99th percentile "
          f"{gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms ({len(gaps)} ticks of 20 ms)")  # fmt: skip
    archive.close()

    archive, _ = Archive.create(work / "full", "benchmark passphrase", FAST)
    panel, took, _, gaps = run(app, archive, cancel_after=None)
    count = archive.connection.execute("SELECT count(*) FROM messages").fetchone()[0]
    print(f"full import through the panel: {count:,} messages in {took:.1f} s ({count / took:,.0f} messages/s)")
    print(f"  longest GUI stall {gaps[-1] * 1000:.0f} ms, 99th percentile {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms")
    print(f"  panel says: {panel.speed.text()}")
    archive.close()


if __name__ == "__main__":
    main()
