"""The archive browser on a large archive, measured inside the app (offscreen).

    python benchmarks/bench_browser.py

Builds once (under benchmarks/data/) an archive holding the generated 1,000,000-message
chat plus 200 small chats, then opens the browser window offscreen and prints: time from
"open chat" to its first page painted, the slowest frame while scrolling up through
10,000 messages (older pages load as the top is reached), time from Enter in the search
box to results painted, and peak RSS. Budgets (issue 6): 300 ms, 50 ms, 150 ms, 300 MB.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
PASSPHRASE = "benchmark passphrase for the browser"


def speaker(i: int, number: int) -> str:
    return "Shop Front Desk" if i % 2 else f"Customer {number:03d}"


def build(folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    from generate_export import generate
    from wamigrate.core.archive.importer import import_export
    from wamigrate.core.archive.store import Archive

    big = DATA / "android12-1000000.txt"
    if not big.exists():
        generate(big, 1_000_000, "android12")
    small = DATA / "small-chats"
    small.mkdir(exist_ok=True)
    for number in range(200):
        path = small / f"WhatsApp Chat with Customer {number:03d}.txt"
        path.write_text(
            "".join(f"{1 + i % 28:02d}/05/2024, 10:{i % 60:02d} - {speaker(i, number)}: "
                    f"hello {i} about order {number * 100 + i}\n" for i in range(50)),
            encoding="utf-8",
        )  # fmt: skip
    archive, _ = Archive.create(folder, PASSPHRASE)
    with archive:
        import_export(archive, big)
        import_export(archive, small)


def main() -> None:
    DATA.mkdir(exist_ok=True)
    folder = DATA / "browser.wamarchive"
    if not (folder / "archive.db").exists():
        print("building the archive (one time, about 30 s)…")
        build(folder)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wamigrate.core.archive.store import Archive
    from wamigrate.gui.browser import BrowserWindow

    app = QApplication.instance() or QApplication(["bench"])
    archive = Archive.open(folder, passphrase=PASSPHRASE)
    started = time.perf_counter()
    window = BrowserWindow(archive, QSettings(str(DATA / "bench.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    ready = time.perf_counter() - started
    model = window.chat_model
    titles = [model.index(row).data() for row in range(model.rowCount())]
    big = model.index(titles.index("android12-1000000"))

    started = time.perf_counter()
    window._open_chat(big)
    window.conversation.viewport().repaint()
    app.processEvents()
    opened = time.perf_counter() - started

    conversation = window.conversation_model
    bar = window.conversation.verticalScrollBar()
    frames = []
    while conversation.fetched - 200 < 10_000 + 200:
        began = time.perf_counter()
        bar.setValue(max(bar.minimum(), bar.value() - 400))
        window.conversation.viewport().repaint()
        app.processEvents()
        frames.append(time.perf_counter() - began)
    frames.sort()
    scrolled = conversation.fetched - 200

    window.focus_search()
    panel = window.search_panel
    panel.box.setText("thanks")
    started = time.perf_counter()
    panel.run()
    while panel.model.rowCount() == 0:
        app.processEvents()
    panel.results.viewport().repaint()
    app.processEvents()
    searched = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"window ready after unlock (chat list of {len(titles)} chats): {ready * 1000:.0f} ms")
    print(f"open the 1,000,000-message chat, first page painted: {opened * 1000:.0f} ms")
    print(
        f"scroll up through {scrolled:,} messages in {len(frames)} frames: "
        f"median {frames[len(frames) // 2] * 1000:.1f} ms, slowest {frames[-1] * 1000:.1f} ms"
    )
    print(f"search 'thanks', first results painted: {searched * 1000:.0f} ms ({panel.model.rowCount()} shown)")
    print(f"peak RSS: {rss:.0f} MB")
    window.lock()


if __name__ == "__main__":
    main()
