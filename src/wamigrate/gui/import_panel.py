"""Adding chat exports to the archive: drop files or folders (or pick them, for keyboard
users), import them one after another in a worker with an overall and a per-file
progress bar and the speed, cancel at any moment, and see per file what happened in
plain words: new messages, duplicates skipped, warnings with their line numbers, dates
that could be read two ways (with a way to re-read the file the other way).

Cancel means "as if I had not started": core's ImportRun (core/archive/import_run.py)
rolls back the file being read and removes the files of this run already imported, also
when Cancel reaches it just after the last file committed. Used by the wizard's import page
and by the browser's "Import exports…".
"""

from __future__ import annotations

import time

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
    QSizePolicy,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive.import_run import (
    DONE,
    FAILED,
    IMPORTING,
    WAITING,
    DateQuestion,
    ImportRun,
    RunEvent,
    RunFile,
    RunOutcome,
)
from wamigrate.core.archive.importer import SourceResult
from wamigrate.core.archive.phone_import import is_phone_database, needs_key
from wamigrate.core.archive.store import Archive
from wamigrate.core.export.warning_texts import warning_line
from wamigrate.core.phone.ios_backup import IosBackupError, backup_info, is_ios_backup
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.iphone_backup_box import IphoneBackupBox, describe
from wamigrate.gui.jobs import Job, is_running, on_own_handle
from wamigrate.gui.phone_backup_box import BACKUP_FILTER, PhoneBackupBox
from wamigrate.translation import tr

EXPORT_FILTER = "*.txt *.zip"
_FILE, _STATUS, _NEW, _DUPLICATES, _NOTES = range(5)
_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _shown_name(file: RunFile) -> str:
    """The row's name: an iPhone backup's folder is named by a long device id, so it is shown
    by the phone's name and the backup's date instead."""
    if is_ios_backup(file.path):
        try:
            return describe(backup_info(file.path))
        except IosBackupError:
            pass
    return file.name


class DateOrderQuestion(QDialog):
    """Day first or month first? Asked with the file's own first date, read both ways."""

    def __init__(self, file_name: str, question: DateQuestion, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("How are the dates written?"))
        layout = QVBoxLayout(self)
        text = QLabel(
            tr("The dates in {0} can be read two ways. When was the first message sent?").format(file_name), self
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        day_first, month_first = question.day_first_and_month_first()
        self.day_first = QRadioButton(formatting.day(day_first.isoformat()), self)
        self.month_first = QRadioButton(formatting.day(month_first.isoformat()), self)
        (self.day_first if question.order == "DMY" else self.month_first).setChecked(True)
        layout.addWidget(self.day_first)
        layout.addWidget(self.month_first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def order(self) -> str:
        return "DMY" if self.day_first.isChecked() else "MDY"


class _CutAtTheEnd(QStyledItemDelegate):
    """A note is a sentence: its beginning says what happened, so it is cut at its end (the whole
    of it is shown under the list), while file names are elided in the middle."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class _DropZone(QFrame):
    dropped = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(
            tr("Drop chat exports here (.txt or .zip files, or folders of them), or the phone's msgstore.db.crypt15."),
            self,
        )
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
    """Shows an ImportRun (core): its files, their states and results. The run decides what
    a cancel means; the panel starts the run in a Job and draws what it reports."""

    imported = Signal(list)  # SourceResults of a finished run
    finished_run = Signal(object)  # the RunOutcome of every run, finished or cancelled
    file_changed = Signal(int, str)  # index in the list, new state ("importing", "done", ...)
    busy_changed = Signal(bool)

    def __init__(self, archive: Archive | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.run = ImportRun()
        self._job: Job | None = None
        self._cancel_requested = False
        self._started = 0.0
        self._file_started = 0.0
        self._messages_done = 0
        self._position = (0, 1)  # files finished in this run, files in this run
        self._bytes_shown = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.drop = _DropZone(self)
        layout.addWidget(self.drop)
        row = QHBoxLayout()
        self.add_files = QPushButton(tr("Add files…"), self)
        self.add_folder = QPushButton(tr("Add a folder…"), self)
        self.add_backup = QPushButton(tr("Add the phone's backup…"), self)
        self.add_backup.setToolTip(tr("msgstore.db.crypt15, copied from the phone's WhatsApp/Databases folder"))
        self.add_iphone = QPushButton(tr("Add an iPhone backup…"), self)
        self.add_iphone.setToolTip(tr("A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)"))
        self.remove = QPushButton(tr("Remove from list"), self)
        for button in (self.add_files, self.add_folder, self.add_backup, self.add_iphone, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.phone = PhoneBackupBox(self)  # shown while the list holds a phone's backup
        self.phone.setVisible(False)
        self._phone_expected = False
        layout.addWidget(self.phone)
        self.iphone: IphoneBackupBox | None = None  # made when first needed: it looks for backups
        self._iphone_expected = False
        self._layout = layout
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(tr("Exports to import"))
        self.table.setHeaderLabels(
            [tr("File"), tr("Status"), tr("New messages"), tr("Already in the archive"), tr("Notes")]
        )
        # The file name gets the room; a note is read in full below the table (self.details).
        self.table.header().setSectionResizeMode(_FILE, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(_NOTES, QHeaderView.ResizeMode.Interactive)
        self.table.header().setStretchLastSection(False)
        self.table.header().resizeSection(_NOTES, 220)
        # "WhatsApp Chat with … Mendes.txt": the end of a name is what tells the files apart.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setItemDelegateForColumn(_NOTES, _CutAtTheEnd(self.table))
        for column in (_STATUS, _NEW, _DUPLICATES):  # as wide as the header's words, in any language
            self.table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRootIsDecorated(True)
        # No word wrap: with it, Qt wraps a long name and cuts its end instead of eliding the middle.
        # The list takes the room the page has left, not its preferred 192 px: with that, the
        # wizard page (wrapped labels: its height follows the preferred ones) grew taller than
        # the window and the result line under the list fell out of sight below it.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table, 1)
        # The selected file's notes in full: a column cuts long sentences, and hovering to read
        # them is not something people find.
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("Notes on the selected file"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        # A phone database without parts every one has is imported only when the user agrees.
        partial = QHBoxLayout()
        self.read_partial = QPushButton(tr("Import what can be read"), self)
        self.read_partial.setToolTip(tr("Import this database's messages without the parts it lacks"))
        self.read_partial.setVisible(False)
        partial.addWidget(self.read_partial)
        partial.addStretch(1)
        layout.addLayout(partial)
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
        self.add_backup.clicked.connect(self._pick_backup)
        self.add_iphone.clicked.connect(self._show_iphone)
        self.phone.changed.connect(self._phone_changed)
        self.remove.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_selected)
        self.table.itemDoubleClicked.connect(lambda item: self.check_dates(self._index_of(item)))
        self.table.currentItemChanged.connect(lambda _item, _old: self._show_details())
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.read_partial.clicked.connect(self._read_partial)
        self._update()

    @property
    def results(self) -> list[SourceResult]:
        """Every export file imported through this panel (and still in the archive)."""
        return self.run.results

    # -- the list -----------------------------------------------------------------------------

    def _pick_files(self) -> None:
        self.add_paths(dialogs.open_paths(self, tr("Choose chat exports"), tr("Chat exports") + f" ({EXPORT_FILTER})"))

    def _pick_backup(self) -> None:
        self.add_paths(
            dialogs.open_paths(self, tr("Choose the phone's backup"), tr("Phone backups") + f" ({BACKUP_FILTER})")
        )

    def _iphone_box(self) -> IphoneBackupBox:
        if self.iphone is None:
            self.iphone = IphoneBackupBox(self)
            self._layout.insertWidget(self._layout.indexOf(self.phone) + 1, self.iphone)
            self.iphone.chosen.connect(lambda folder: self.add_paths([folder]))
            self.iphone.changed.connect(self._phone_changed)
        return self.iphone

    def _show_iphone(self) -> None:
        box = self._iphone_box()
        box.refresh()
        box.setVisible(True)
        (box.add_button if box.add_button.isEnabled() else box.folder_button).setFocus()

    def _iphone_paths(self, paths) -> list[str]:
        return [path for path in paths if is_ios_backup(path)]

    def _phone_changed(self) -> None:
        """A new key (or contacts, or media) is a new try for a phone backup that failed."""
        if self.running:
            return
        again = [f.path for f in self.run.files if f.state == FAILED and is_phone_database(f.path)]
        if again:
            self.run.add(again)
            self._draw()
        self._update()

    def _pick_folder(self) -> None:
        folder = dialogs.folder(self, tr("Choose a folder of chat exports"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str]) -> None:
        if self.running:
            return
        self.run.add(paths)
        self._draw()

    def _index_of(self, item: QTreeWidgetItem | None) -> int:
        while item is not None and item.parent() is not None:
            item = item.parent()
        return self.table.indexOfTopLevelItem(item) if item is not None else -1

    def _remove_selected(self) -> None:
        if self.running:
            return
        for index in sorted({self._index_of(item) for item in self.table.selectedItems()}, reverse=True):
            if index >= 0:
                self.run.remove(index)
        self._draw()

    def _draw(self) -> None:
        """The table as the run's files are now (the run is not being written: no job runs)."""
        while self.table.topLevelItemCount() > len(self.run.files):
            self.table.takeTopLevelItem(self.table.topLevelItemCount() - 1)
        for index, file in enumerate(self.run.files):
            item = self.table.topLevelItem(index)
            if item is None:
                item = QTreeWidgetItem(["", "", "", "", ""])
                self.table.addTopLevelItem(item)
            self._draw_file(item, file)
        paths = [file.path for file in self.run.files]
        iphone = self._iphone_paths(paths)
        self.phone.setVisible(
            self._phone_expected or any(is_phone_database(path) and path not in iphone for path in paths)
        )
        if iphone or self._iphone_expected:
            self._iphone_box().setVisible(True)
        self._update()

    def expect_phone_backup(self, expected: bool, phone_os: str | None = None) -> None:
        """Show the key field (Android) or the list of iPhone backups before the backup is
        added (the wizard's route from the phone)."""
        self._phone_expected = expected and phone_os != "ios"
        self._iphone_expected = expected and phone_os == "ios"
        if self.iphone is not None and not self._iphone_expected:
            self.iphone.setVisible(bool(self._iphone_paths(f.path for f in self.run.files)))
        self._draw()

    def _draw_file(self, item: QTreeWidgetItem, file: RunFile) -> None:
        item.setText(_FILE, _shown_name(file))
        item.setToolTip(_FILE, file.path)
        item.setData(_FILE, _PATH_ROLE, file.path)
        item.setData(_STATUS, _PATH_ROLE, file.state)
        item.takeChildren()
        for column in (_NEW, _DUPLICATES, _NOTES):
            item.setText(column, "")
        item.setToolTip(_NOTES, "")
        if file.state == WAITING:
            item.setText(_STATUS, tr("Waiting"))
        elif file.state == IMPORTING:
            item.setText(_STATUS, tr("Reading again…") if file.replaces else tr("Importing…"))
        elif file.state == FAILED:
            item.setText(_STATUS, tr("Not imported"))
            item.setText(_NOTES, file.error or "")
            item.setToolTip(_NOTES, file.error or "")
        else:
            item.setText(_STATUS, tr("Already imported earlier") if file.imported_earlier else tr("Imported"))
            item.setText(_NEW, formatting.number(file.new_messages))
            item.setText(_DUPLICATES, formatting.number(file.duplicates))
            notes = []
            # One child row per warning, readable in full by hovering.
            for warning in file.warnings:
                said = warning_line(warning, tr, formatting.number)
                child = QTreeWidgetItem(["", "", "", "", said])
                child.setToolTip(_NOTES, said)
                item.addChild(child)
            phone = file.phone
            if phone is not None and not phone.already_imported:
                notes.append(tr("%Ln chat(s) from the phone", "", len(phone.chats)))
                if phone.replaced:
                    notes.append(tr("%Ln exported copy(ies) replaced by the phone's records", "", phone.replaced))
                if phone.media is not None:
                    notes.append(tr("%Ln media file(s) stored", "", phone.media.stored))
            if file.chats_skipped:
                notes.append(tr("%Ln file(s) skipped: expand to see why", "", len(file.chats_skipped)))
            if file.dates_checked:
                notes.append(tr("Dates checked"))
            if item.childCount():
                notes.append(tr("%Ln warning(s): expand to read them", "", item.childCount()))
            item.setText(_NOTES, "; ".join(notes))
        self._date_button(item, file)

    def _date_button(self, item: QTreeWidgetItem, file: RunFile) -> None:
        """A visible "Check the dates…" on the row whose dates read two ways (a double-click
        did the same, but nobody finds a double-click)."""
        if file.state != DONE or file.date_question() is None:
            self.table.removeItemWidget(item, _STATUS)
            return
        button = QPushButton(tr("Check the dates…"), self.table)
        button.setToolTip(tr("The dates in this file could be read two ways."))
        button.clicked.connect(lambda: self.check_dates(self.table.indexOfTopLevelItem(item)))
        self.table.setItemWidget(item, _STATUS, button)

    def _show_details(self) -> None:
        index = self._index_of(self.table.currentItem())
        file = self.run.files[index] if 0 <= index < len(self.run.files) else None
        lines = []
        if file is not None and file.state == FAILED:
            lines.append(file.error or "")
        elif file is not None and file.state == DONE:
            lines.extend(warning_line(w, tr, formatting.number) for w in file.warnings)
            if file.date_question() is not None:
                lines.append(tr("The dates could be read two ways: click “Check the dates…” to see both readings."))
        shown = [line for line in lines if line][:20]
        self.details.setText(f"{file.name}: " + " ".join(shown) if file is not None and shown else "")
        self.details.setVisible(bool(self.details.text()))
        self.read_partial.setVisible(file is not None and file.state == FAILED and bool(file.partial))

    def _read_partial(self) -> None:
        index = self._index_of(self.table.currentItem())
        if self.running or not 0 <= index < len(self.run.files) or not self.run.files[index].partial:
            return
        self.run.read_what_can_be_read(index)
        self._draw()
        self._show_details()
        self.start()

    def _update(self) -> None:
        running = self.running
        self.start_button.setEnabled(not running and self.archive is not None and bool(self.run.waiting()))
        self.cancel_button.setEnabled(running)
        for widget in (self.add_files, self.add_folder, self.add_backup, self.add_iphone, self.remove, self.drop,
                       self.phone, self.iphone):  # fmt: skip
            if widget is not None:
                widget.setEnabled(not running)

    # -- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return is_running(self._job)

    def start(self) -> None:
        if self.running or self.archive is None or not self.run.waiting():
            return
        waiting = [self.run.files[i].path for i in self.run.waiting()]
        if any(needs_key(path) for path in waiting):
            problem = self.phone.problem()
            if problem is not None:  # said before anything starts; the key field is where to fix it
                self.message.setText(problem)
                self.phone.key.setFocus()
                return
        iphone = self._iphone_paths(waiting)
        if iphone:
            problem = self._iphone_box().problem(iphone)
            if problem is not None:
                self.message.setText(problem)
                self.iphone.password.setFocus()
                return
            self.run.options.backup_password = self.iphone.backup_password()
            self.run.options.phone_app = self.iphone.phone_app()
        if any(is_phone_database(path) and path not in iphone for path in waiting):
            self.run.options.backup_key = self.phone.backup_key()
            self.run.options.contacts = self.phone.contacts()
            self.run.options.media_folder = self.phone.media_folder()
        self._cancel_requested = False
        self._started = time.monotonic()
        self._messages_done = 0
        self._position = (0, len(self.run.waiting()))
        for widget in (self.overall, self.current, self.speed):
            widget.setVisible(True)
        self.overall.setRange(0, 1000)
        self.overall.setValue(0)
        self.message.setText("")
        run = self.run
        job = Job(on_own_handle(self.archive, lambda handle, progress, cancel: run.run(
            handle, progress, cancel, job.post)), self)  # fmt: skip
        self._job = job.start(
            progress=self._progress, updated=self._file_event, finished=self._finished,
            failed=self._run_failed, cancelled=self._cancelled,
        )  # fmt: skip
        self._update()
        self.busy_changed.emit(True)

    def _file_event(self, event: RunEvent) -> None:
        self._position = (event.position, event.count)
        if event.file is None:  # undoing a cancel
            self.message.setText(tr("Cancelling…"))
            return
        item = self.table.topLevelItem(event.index)
        if item is not None:
            self._draw_file(item, event.file)
        if event.kind == "started":
            self.current.setRange(0, 1000)
            self.current.setValue(0)
            self._file_started = time.monotonic()
            # A phone's database reports its progress in steps, not bytes: no sizes to show.
            self._bytes_shown = not is_phone_database(event.file.path)
        else:
            self._messages_done += event.file.messages_read
            elapsed = max(time.monotonic() - self._started, 1e-6)
            rate = self._messages_done / elapsed
            self.speed.setText(tr("{0} messages read, {1} messages a second").format(
                formatting.number(self._messages_done), formatting.number(int(rate))))  # fmt: skip
            self.overall.setValue(int(1000 * event.position / max(event.count, 1)))
        self.file_changed.emit(event.index, event.file.state)

    def _progress(self, done: int, total: int) -> None:
        share = int(1000 * done / total) if total else 0
        elapsed = time.monotonic() - self._file_started
        if total and elapsed > 0.5 and self._bytes_shown:
            # Progress counts each byte twice (read, then stored): halve it for the file's size.
            sizes = formatting.size(done // 2), formatting.size(total // 2), formatting.size(int(done / 2 / elapsed))
            self.speed.setText(tr("{0} of {1} read, {2} a second").format(*sizes))
        self.current.setValue(share)
        finished, count = self._position
        self.overall.setValue(int((1000 * finished + share) / max(count, 1)))

    def _finished(self, outcome: RunOutcome) -> None:
        if self._cancel_requested:
            # Cancel was pressed after the run's last check: the run removes what it imported.
            self._job = Job(on_own_handle(self.archive, lambda handle, _p, _c: self.run.undo_last(handle)), self)
            self._job.start(finished=lambda _outcome: self._cancelled(), failed=self._run_failed)
            return
        self._end_run()
        self.current.setVisible(False)  # a bar at 0 % after the run reads as "nothing happened"
        self.overall.setValue(1000)
        failed = [f for f in self.run.files if f.state == FAILED]
        done = tr("Done: %Ln new message(s) in the archive.", "", outcome.new_messages)
        if outcome.results and all(r.already_imported for r in outcome.results) and not failed:
            done = tr("Nothing new: these files were already in the archive.")
        elif failed and not outcome.results:
            done = tr("Nothing was imported: %Ln file(s) could not be read. Select one to see why.", "", len(failed))
            # "All files: 100%" and "0 messages read" beside it would read as a success.
            self.overall.setVisible(False)
            self.speed.setVisible(False)
        elif failed:
            done += " " + tr("%Ln file(s) could not be read: select one to see why.", "", len(failed))
        self.message.setText(done)
        if failed:
            self.table.setCurrentItem(self.table.topLevelItem(self.run.files.index(failed[0])))
            self._show_details()  # also when that row was current already (no change signal)
        self.finished_run.emit(outcome)
        self.imported.emit(list(outcome.results))

    def _run_failed(self, text: str) -> None:
        self._end_run()
        self.message.setText(text)

    def _cancelled(self) -> None:
        outcome = self.run.outcome
        self._end_run()
        for widget in (self.overall, self.current, self.speed):
            widget.setVisible(False)
        if outcome is not None and outcome.kept:
            names = ", ".join(formatting.isolated(file.name) for file in outcome.kept)
            self.message.setText(
                tr(
                    "Import cancelled. The archive is as it was before, except {0}: it had already been read again "
                    "with the other date order when Cancel took effect."
                ).format(names)
            )
        else:
            self.message.setText(tr("Import cancelled. The archive is as it was before."))
        if outcome is not None:
            self.finished_run.emit(outcome)

    def _end_run(self) -> None:
        self._job = None
        self._cancel_requested = False
        self._draw()
        self.busy_changed.emit(False)

    def check_dates(self, index: int) -> None:
        """Ask how the dates are written; read the file again that way if the answer differs."""
        if self.running or index < 0 or index >= len(self.run.files):
            return
        file = self.run.files[index]
        question = file.date_question()
        if question is None:
            return
        dialog = DateOrderQuestion(file.name, question, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.order() == question.order:
            self.run.dates_checked(index)
            self._draw()
            return
        self.run.reread(index, dialog.order())
        self._draw()
        self.start()

    def cancel(self) -> None:
        if self.running and not self._cancel_requested:
            self._cancel_requested = True
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
