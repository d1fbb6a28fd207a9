"""Review and verify: every chat with its dates, media and the reader's warnings; the verification
that gates the irreversible step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from wamigrate.core.archive.chat_names import rename_chat
from wamigrate.core.archive.phone_import import Completeness, completeness
from wamigrate.core.archive.summary import ChatOverview, chat_overview
from wamigrate.core.archive.verify import verify
from wamigrate.core.errors import WamigrateError
from wamigrate.core.export.warning_texts import warning_line
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.archive_actions import describe_verification
from wamigrate.gui.jobs import Job, is_running, on_own_handle
from wamigrate.gui.wizard.base import FlowPage, paragraph
from wamigrate.translation import tr


class ReviewPage(FlowPage):
    name = flow.REVIEW

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard, tr("Review and verify"),
            tr(
                "Check that every chat you need is here, then verify the archive: every page, message and "
                "file is read back."
            ),
        )  # fmt: skip
        self.table = QTableWidget(0, 8, self)
        self.table.setAccessibleName(tr("Chats in the archive"))
        self.table.setHorizontalHeaderLabels(
            [tr("Chat"), tr("Kind"), tr("Messages"), tr("Came from"), tr("From"), tr("To"), tr("Media"), tr("Warnings")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(220)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setToolTip(tr("Double-click a chat to read it"))
        self.content.addWidget(self.table, 1)  # the table takes the page's height, not a strip of it
        actions = QHBoxLayout()
        self.rename_button = QPushButton(tr("Rename the chat…"), self)
        self.rename_button.setToolTip(tr("Give the selected chat a name that says who it is"))
        self.preview_button = QPushButton(tr("Read the chat"), self)
        for button in (self.rename_button, self.preview_button):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.content.addLayout(actions)
        self.summary = paragraph("", self)
        self.content.addWidget(self.summary)
        row = QHBoxLayout()
        self.verify_button = QPushButton(tr("Verify the archive"), self)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(tr("Verification progress"))
        row.addWidget(self.verify_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.bar, 1)
        self.content.addLayout(row)
        self.result = paragraph("", self)
        self.result.setAccessibleName(tr("Verification result"))
        self.content.addWidget(self.result)
        self._job: Job | None = None
        self._chats: list[ChatOverview] = []
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.preview())
        self.rename_button.clicked.connect(self.rename)
        self.preview_button.clicked.connect(self.preview)
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button.clicked.connect(lambda: self._job and self._job.cancel())

    def initializePage(self) -> None:
        if self.migration.archive is None:
            return
        self.summary.setText(tr("Counting the chats…"))  # a second on a million messages: in a worker
        self._table_job = Job(
            on_own_handle(self.migration.archive, lambda handle, _p, _c: (chat_overview(handle), completeness(handle))),
            self,
        ).start(finished=lambda found: self._fill(*found), failed=self.summary.setText)

    def _selected(self) -> None:
        chosen = self.chosen()
        self.rename_button.setEnabled(chosen is not None and self.migration.archive.read_only is None)
        self.preview_button.setEnabled(chosen is not None)

    def chosen(self) -> ChatOverview | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._chats[rows.pop()] if len(rows) == 1 and self._chats else None

    def rename(self) -> None:
        chat = self.chosen()
        if chat is None or self.migration.archive is None:
            return
        name = dialogs.text(self, tr("Rename the chat"), tr("New name for “{0}”:").format(chat.title), chat.title)
        if name is None:
            return
        try:
            rename_chat(self.migration.archive, chat.id, name)
        except WamigrateError as error:
            dialogs.inform(self, tr("Rename the chat"), str(error), problem=True)
            return
        self.initializePage()  # the table again, with the new name in its place

    def preview(self) -> None:
        chat = self.chosen()
        if chat is not None:
            self.migration.open_browser(chat.id)

    def _fill(self, chats: list[ChatOverview], phone: Completeness | None = None) -> None:
        self._chats = chats
        self.table.setRowCount(len(chats))
        for row, chat in enumerate(chats):
            found = [warning_line(w, tr, formatting.number) for w in chat.warnings]
            values = [
                chat.title, tr("Group") if chat.is_group else tr("Chat"), formatting.number(chat.messages),
                _came_from(chat), formatting.short_day(chat.first) if chat.first else "",
                formatting.short_day(chat.last) if chat.last else "", formatting.number(chat.media),
                formatting.number(len(found)) if found else "",
            ]  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if found:
                    item.setToolTip("\n".join(found))
                self.table.setItem(row, column, item)
        total = sum(chat.messages for chat in chats)
        said = [tr("{0} chats, {1} messages.").format(formatting.number(len(chats)), formatting.number(total))]
        if phone is not None:
            said.append(
                tr("All {0} chats of the phone's database {1} are here: first message {2}, last message {3}.").format(
                    formatting.number(phone.chats), formatting.isolated(phone.file_name),
                    formatting.short_day(phone.first_utc) if phone.first_utc else "–",
                    formatting.short_day(phone.last_utc) if phone.last_utc else "–",
                )
            )  # fmt: skip
            if phone.not_in_database:
                names = ", ".join(formatting.isolated(title) for title in phone.not_in_database[:5])
                said.append(
                    tr("%Ln chat(s) came only from exports; the phone's database did not have them: {0}", "",
                       len(phone.not_in_database)).format(names)
                )  # fmt: skip
        self.summary.setText(" ".join(said))
        if self.state.verified_after_last_import:
            self.result.setText(tr("Verified after the last import."))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.result.setText(tr("Verifying…"))
        self._job = Job(on_own_handle(self.migration.archive, verify), self).start(
            progress=self._progress,
            finished=self._verified,
            failed=self.result.setText,
            cancelled=lambda: self.result.setText(tr("Verification cancelled.")),
            ended=self._ended,
        )
        self.completeChanged.emit()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / max(total, 1)))

    def _ended(self) -> None:
        self.verify_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def _verified(self, report) -> None:
        self.result.setText(describe_verification(report))
        if report.ok:
            self.state.last_verified_ok_at = report.checked_at
        self.refresh()

    def busy_reason(self) -> str | None:
        return tr("Wait for the verification to finish.") if is_running(self._job) else None


def _came_from(chat: ChatOverview) -> str:
    if chat.from_phone and chat.from_exports:
        return tr("Phone and exports")
    return tr("Phone") if chat.from_phone else tr("Exports")
