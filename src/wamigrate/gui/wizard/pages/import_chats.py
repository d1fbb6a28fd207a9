"""The import page: the shared import panel over the wizard's archive."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from wamigrate.core.wizard import flow
from wamigrate.gui.import_panel import ImportPanel
from wamigrate.gui.wizard.base import FlowPage
from wamigrate.translation import tr


class ImportPage(FlowPage):
    name = flow.IMPORT

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard, tr("Import your chats"),
            tr("Add the exported chats. You can add more later, from this page or from the archive browser."),
        )  # fmt: skip
        self.panel = ImportPanel(None, self)
        self.content.addWidget(self.panel)
        self.panel.finished_run.connect(self._run_ended)
        self.panel.busy_changed.connect(lambda _busy: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.panel.archive = self.migration.archive
        from_phone = flow.backup_source(self.state) == flow.FROM_PHONE
        phone_os = self.state.answers.get("number", {}).get("phone_os")
        if from_phone and phone_os == "ios":
            said = tr(
                "Choose the iPhone's newest backup and type its password if it is encrypted. Exported chats can be "
                "added too, now or later."
            )
        elif from_phone:
            said = tr(
                "Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats "
                "can be added too, now or later."
            )
        else:
            said = tr("Add the exported chats. You can add more later, from this page or from the archive browser.")
        self.setSubTitle(said)
        self.panel.expect_phone_backup(from_phone, phone_os)

    def _run_ended(self, outcome) -> None:
        self.migration.take_status(outcome.status)  # what the run left in the archive, cancelled or not
        self.refresh()
        # What came in is said under the list: bring it into sight when a large font or a small
        # window puts it below the fold (once the page has laid out the new sentence).
        QTimer.singleShot(0, self._show_result)

    def _show_result(self) -> None:
        self.content.activate()
        self.scroll.ensureWidgetVisible(self.panel.message, 0, 0)

    def busy_reason(self) -> str | None:
        return tr("Wait for the import to finish, or cancel it.") if self.panel.running else None
