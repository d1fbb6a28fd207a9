"""Adding chat exports to the archive: drop files or folders (or pick them, for keyboard
users), import them one after another in a worker with an overall and a per-file
progress bar and the speed, cancel at any moment, and see per file what happened in
plain words: new messages, duplicates skipped, warnings with their line numbers, dates
that could be read two ways (with a way to re-read the file the other way).

Cancel means "as if I had not started": the file being read is rolled back by the
importer, and the files of this run already imported are removed again. Used by the
wizard's import page and by the browser's "Import exports…".
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive.importer import ImportOptions, SourceResult, import_export, remove_source_file
from wamigrate.core.archive.store import Archive
from wamigrate.core.export.warning_texts import warning_line
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.jobs import Job, on_own_handle
from wamigrate.translation import tr

EXPORT_FILTER = "*.txt *.zip"
_FILE, _STATUS, _NEW, _DUPLICATES, _NOTES = range(5)
_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _readings(first: date, order: str) -> tuple[date, date] | None:
    """The first message's date as decided, and as the other day/month order would read it."""
    try:
        swapped = first.replace(month=first.day, day=first.month)
    except ValueError:
        return None
    if swapped == first or order == "YMD":
        return None
    return first, swapped


class DateOrderQuestion(QDialog):
    """Day first or month first? Asked with the file's own first date, read both ways."""

    def __init__(self, file_name: str, first: date, order: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("How are the dates written?"))
        layout = QVBoxLayout(self)
        text = QLabel(
            tr("The dates in {0} can be read two ways. When was the first message sent?").format(file_name), self
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        decided, other = _readings(first, order) or (first, first)
        day_first, month_first = (decided, other) if order == "DMY" else (other, decided)
        self.day_first = QRadioButton(formatting.day(day_first.isoformat()), self)
        self.month_first = QRadioButton(formatting.day(month_first.isoformat()), self)
        (self.day_first if order == "DMY" else self.month_first).setChecked(True)
        layout.addWidget(self.day_first)
        layout.addWidget(self.month_first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def order(self) -> str:
        return "DMY" if self.day_first.isChecked() else "MDY"


class _DropZone(QFrame):
    dropped = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(tr("Drop chat exports here: .txt or .zip files, or folders of them."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.dropped.emit(paths)
            event.acceptProposedAction()


class ImportPanel(QWidget):
    imported = Signal(list)  # SourceResults of a finished run
    busy_changed = Signal(bool)

    def __init__(self, archive: Archive | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.results: list[SourceResult] = []
        self._queue: list[QTreeWidgetItem] = []
        self._run_results: list[SourceResult] = []
        self._job: Job | None = None
        self._started = 0.0
        self._file_started = 0.0
        self._messages_done = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.drop = _DropZone(self)
        layout.addWidget(self.drop)
        row = QHBoxLayout()
        self.add_files = QPushButton(tr("Add files…"), self)
        self.add_folder = QPushButton(tr("Add a folder…"), self)
        self.remove = QPushButton(tr("Remove from list"), self)
        for button in (self.add_files, self.add_folder, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(tr("Exports to import"))
        self.table.setHeaderLabels(
            [tr("File"), tr("Status"), tr("New messages"), tr("Already in the archive"), tr("Notes")]
        )
        self.table.header().setSectionResizeMode(_FILE, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(_NOTES, QHeaderView.ResizeMode.Stretch)
        for column in (_STATUS, _NEW, _DUPLICATES):  # as wide as the header's words, in any language
            self.table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRootIsDecorated(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.overall = QProgressBar(self)
        self.overall.setAccessibleName(tr("All files"))
        self.overall.setFormat(tr("All files: %p%"))
        self.current = QProgressBar(self)
        self.current.setAccessibleName(tr("Current file"))
        self.current.setFormat(tr("This file: %p%"))
        self.speed = QLabel(self)
        self.speed.setAccessibleName(tr("Import speed"))
        for widget in (self.overall, self.current, self.speed):
            widget.setVisible(False)
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(tr("Import"), self)
        self.cancel_button = QPushButton(tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Import result"))
        layout.addWidget(self.message)

        self.drop.dropped.connect(self.add_paths)
        self.add_files.clicked.connect(self._pick_files)
        self.add_folder.clicked.connect(self._pick_folder)
        self.remove.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_selected)
        self.table.itemDoubleClicked.connect(self._reread)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self._update()

    # -- the list -----------------------------------------------------------------------------

    def _pick_files(self) -> None:
        self.add_paths(dialogs.open_paths(self, tr("Choose chat exports"), tr("Chat exports") + f" ({EXPORT_FILTER})"))

    def _pick_folder(self) -> None:
        folder = dialogs.folder(self, tr("Choose a folder of chat exports"))
        if folder:
            self.add_paths([folder])

    def pending_items(self) -> list[QTreeWidgetItem]:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [item for item in items if item.data(_STATUS, _PATH_ROLE) == "waiting"]

    def add_paths(self, paths: list[str]) -> None:
        known = {self.table.topLevelItem(i).data(_FILE, _PATH_ROLE) for i in range(self.table.topLevelItemCount())}
        for path in paths:
            if path in known:
                continue
            known.add(path)
            item = QTreeWidgetItem([Path(path).name or path, tr("Waiting"), "", "", ""])
            item.setData(_FILE, _PATH_ROLE, path)
            item.setData(_STATUS, _PATH_ROLE, "waiting")
            item.setToolTip(_FILE, path)
            self.table.addTopLevelItem(item)
        self._update()

    def _remove_selected(self) -> None:
        if self._job is not None and self._job.running:
            return
        for item in self.table.selectedItems():
            if item.parent() is None and item.data(_STATUS, _PATH_ROLE) == "waiting":
                self.table.takeTopLevelItem(self.table.indexOfTopLevelItem(item))
        self._update()

    def _update(self) -> None:
        running = self._job is not None and self._job.running
        self.start_button.setEnabled(not running and self.archive is not None and bool(self.pending_items()))
        self.cancel_button.setEnabled(running)
        for widget in (self.add_files, self.add_folder, self.remove, self.drop):
            widget.setEnabled(not running)

    # -- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def start(self) -> None:
        self._queue = self.pending_items()
        if not self._queue or self.archive is None:
            return
        self._run_results = []
        self._started = time.monotonic()
        self._messages_done = 0
        self._total = len(self._queue)
        for widget in (self.overall, self.current, self.speed):
            widget.setVisible(True)
        self.overall.setRange(0, 1000 * self._total)
        self.overall.setValue(0)
        self.message.setText("")
        self._next()
        self.busy_changed.emit(True)  # after the first job started: "running" is true from now

    def _next(self, options: ImportOptions | None = None) -> None:
        if not self._queue:
            self._finish_run()
            return
        item = self._queue[0]
        path = item.data(_FILE, _PATH_ROLE)
        item.setText(_STATUS, tr("Importing…"))
        self.current.setRange(0, 1000)
        self.current.setValue(0)
        self._file_started = time.monotonic()
        options = options or ImportOptions()

        def work(handle, progress, cancel):
            return import_export(handle, path, options, progress, cancel)

        self._job = Job(on_own_handle(self.archive, work), self)
        self._job.progress.connect(self._progress)
        self._job.finished.connect(lambda results: self._file_done(item, results))
        self._job.failed.connect(lambda text: self._file_failed(item, text))
        self._job.cancelled.connect(self._cancelled)
        self._job.start()
        self._update()

    def _progress(self, done: int, total: int) -> None:
        share = int(1000 * done / total) if total else 0
        elapsed = time.monotonic() - self._file_started
        if total and elapsed > 0.5:
            # Progress counts each byte twice (read, then stored): halve it for the file's size.
            sizes = formatting.size(done // 2), formatting.size(total // 2), formatting.size(int(done / 2 / elapsed))
            self.speed.setText(tr("{0} of {1} read, {2} a second").format(*sizes))
        self.current.setValue(share)
        finished = self._total - len(self._queue)
        self.overall.setValue(1000 * finished + share)

    def _file_done(self, item: QTreeWidgetItem, results: list[SourceResult]) -> None:
        self._queue.pop(0)
        self._run_results.extend(results)
        self.results.extend(results)
        item.setData(_STATUS, _PATH_ROLE, "done")
        new = sum(r.new_messages for r in results)
        duplicates = sum(r.duplicates for r in results)
        already = [r for r in results if r.already_imported]
        self._messages_done += sum(r.messages_read for r in results)
        earlier = bool(already) and len(already) == len(results)
        item.setText(_STATUS, tr("Already imported earlier") if earlier else tr("Imported"))
        item.setText(_NEW, formatting.number(new))
        item.setText(_DUPLICATES, formatting.number(duplicates))
        notes = []
        item.takeChildren()
        for result in results:
            for chat in result.chats:
                for warning in chat.warnings:
                    said = warning_line(warning, tr, formatting.number)
                    child = QTreeWidgetItem(["", "", "", "", said])
                    child.setToolTip(_NOTES, said)
                    item.addChild(child)
                decision = chat.date_order
                first = chat.first_time.date() if chat.first_time is not None else None
                if decision is not None and decision.ambiguous and first and _readings(first, decision.order):
                    notes.append(tr("Dates could be read two ways: double-click to check"))
                    item.setData(_NOTES, _PATH_ROLE, (first, decision.order, result.sha256))
        if item.childCount():
            notes.append(tr("%Ln warning(s): expand to read them", "", item.childCount()))
        item.setText(_NOTES, "; ".join(notes))
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = self._messages_done / elapsed
        self.speed.setText(tr("{0} messages read, {1} messages a second").format(
            formatting.number(self._messages_done), formatting.number(int(rate))))  # fmt: skip
        self._next()

    def _reread(self, item: QTreeWidgetItem) -> None:
        """Ask how the dates are written; re-import the file that way if the answer differs."""
        found = item.data(_NOTES, _PATH_ROLE)
        if not found or self.running:
            return
        first, order, sha256 = found
        question = DateOrderQuestion(item.text(_FILE), first, order, self)
        if question.exec() != QDialog.DialogCode.Accepted:
            return
        if question.order() == order:
            item.setData(_NOTES, _PATH_ROLE, None)
            item.setText(_NOTES, tr("Dates checked"))
            return
        self.results = [r for r in self.results if r.sha256 != sha256]
        self._run_results = []
        self._queue = [item]
        self._total = 1
        self._started = time.monotonic()
        self._messages_done = 0
        chosen = ImportOptions(date_order=question.order())
        path = item.data(_FILE, _PATH_ROLE)
        item.setText(_STATUS, tr("Reading again…"))

        def again(handle, progress, cancel):
            remove_source_file(handle, sha256)
            return import_export(handle, path, chosen, progress, cancel)

        self._job = Job(on_own_handle(self.archive, again), self)
        self._job.progress.connect(self._progress)
        self._job.finished.connect(lambda results: self._file_done(item, results))
        self._job.failed.connect(lambda text: self._file_failed(item, text))
        self._job.cancelled.connect(lambda: self._reread_cancelled(item))
        self._job.start()
        self._update()
        self.busy_changed.emit(True)

    def _reread_cancelled(self, item: QTreeWidgetItem) -> None:
        self._queue = []
        item.setData(_STATUS, _PATH_ROLE, "waiting")
        item.setText(_STATUS, tr("Waiting"))
        item.setText(_NOTES, tr("Cancelled before the file was read again: import it again."))
        self._finish_run()

    def _file_failed(self, item: QTreeWidgetItem, text: str) -> None:
        self._queue.pop(0)
        item.setData(_STATUS, _PATH_ROLE, "failed")
        item.setText(_STATUS, tr("Not imported"))
        item.setText(_NOTES, text)
        item.setToolTip(_NOTES, text)
        self._next()

    def _finish_run(self) -> None:
        self._job = None
        self._update()
        self.busy_changed.emit(False)
        new = sum(r.new_messages for r in self._run_results)
        self.message.setText(tr("Done: {0} new messages in the archive.").format(formatting.number(new)))
        self.imported.emit(list(self._run_results))

    def cancel(self) -> None:
        if self._job is not None and self._job.running:
            self.message.setText(tr("Cancelling…"))
            self._job.cancel()

    def cancel_and_wait(self, timeout_ms: int = 60_000) -> None:
        """Cancel and keep the window alive until the archive is as it was (closing the app)."""
        from PySide6.QtCore import QEventLoop, QTimer

        if not self.running:
            return
        loop = QEventLoop()
        self.busy_changed.connect(lambda busy: None if busy else loop.quit())
        QTimer.singleShot(timeout_ms, loop.quit)
        self.cancel()
        loop.exec()

    def _cancelled(self) -> None:
        """Undo this run's finished files too, so the archive is as it was before Import."""
        done = [r for r in self._run_results if not r.already_imported]
        for item in self._queue:
            item.setText(_STATUS, tr("Waiting"))
        self._queue = []

        def undo(handle, progress, cancel):
            for result in done:
                remove_source_file(handle, result.sha256)

        self._job = Job(on_own_handle(self.archive, undo), self)
        self._job.ended.connect(self._after_undo)
        self._job.start()

    def _after_undo(self) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item.data(_STATUS, _PATH_ROLE) in ("done", "waiting"):
                item.setData(_STATUS, _PATH_ROLE, "waiting")
                item.setText(_STATUS, tr("Waiting"))
                for column in (_NEW, _DUPLICATES, _NOTES):
                    item.setText(column, "")
                item.takeChildren()
        done = {r.sha256 for r in self._run_results}
        self.results = [r for r in self.results if r.sha256 not in done]
        self._run_results = []
        self._job = None
        for widget in (self.overall, self.current, self.speed):
            widget.setVisible(False)
        self._update()
        self.busy_changed.emit(False)
        self.message.setText(tr("Import cancelled. The archive is as it was before."))


class ImportDialog(QDialog):
    """The import panel in its own window (the browser's "Import exports…")."""

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import chat exports"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.panel = ImportPanel(archive, self)
        layout.addWidget(self.panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.panel.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))

    def reject(self) -> None:
        if self.panel.running:
            return  # Cancel the import first: closing must not leave it half done
        super().reject()
