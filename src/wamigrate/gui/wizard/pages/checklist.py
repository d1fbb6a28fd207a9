"""The deregistration checklist: each step with exact instructions per phone, locks with reasons, the 5-minute wait."""

from __future__ import annotations

import html
from datetime import datetime

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from wamigrate.core.archive.summary import import_status
from wamigrate.core.archive.verify import verify
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.archive_actions import describe_verification
from wamigrate.gui.import_panel import ImportDialog
from wamigrate.gui.jobs import Job, is_running, on_own_handle
from wamigrate.gui.wizard.base import FlowPage, form_layout, paragraph, wrapped_check
from wamigrate.translation import tr

STEP_HELP: dict[str, dict[str | None, str]] = {
    "archive_verified": {
        None: QT_TR_NOOP("Done on the “Review and verify” page: the last verification passed after the last import.")
    },
    "two_step_handled": {
        "android": QT_TR_NOOP(
            "WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off."
        ),
        "ios": QT_TR_NOOP("WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off."),
    },
    "delete_account": {
        "android": QT_TR_NOOP(
            "WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account."
        ),
        "ios": QT_TR_NOOP("WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account."),
    },
    "final_import": {
        None: QT_TR_NOOP(
            "Messages that came in since your last export are only on the phone, and deleting the account "
            "deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the "
            "top), then import the files with the button below and verify."
        )
    },
    "register": {
        None: QT_TR_NOOP(
            "At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the "
            "phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept "
            "one; the display name; the login of your Meta business portfolio; a payment method."
        )
    },
    "waited": {
        None: QT_TR_NOOP("Meta needs a few minutes to release the number (error 133015 if you register too soon).")
    },
    "no_reregister": {
        None: QT_TR_NOOP("Do not open WhatsApp on the phone and register the number again: it would leave the API.")
    },
    "app_updated": {
        "android": QT_TR_NOOP(
            "Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info."
        ),
        "ios": QT_TR_NOOP("App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help."),
    },
    "companions_warned": {
        None: QT_TR_NOOP("WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.")
    },
    "history_consent": {
        None: QT_TR_NOOP(
            "During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts "
            "the history and contact sync within 24 hours, or the onboarding must be done again."
        )
    },
    "open_app": {
        None: QT_TR_NOOP("Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).")
    },
    "two_step_off": {
        None: QT_TR_NOOP("WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.")
    },
    "name_approved": {None: QT_TR_NOOP("WhatsApp Manager ▸ Phone numbers: the display name shows Approved.")},
    "payment_method": {
        None: QT_TR_NOOP("Business settings ▸ Payments (or the provider's portal): a payment method is added.")
    },
}


class ChecklistPage(FlowPage):
    name = flow.CHECKLIST
    gives_advice = True

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            tr("Deregistration checklist"),
            tr("Tick each step when it is done. Each tick is recorded, with its time, in the archive."),
        )
        self.form = form_layout()
        self.content.addLayout(self.form)
        self.result = paragraph("", self)
        self.content.addWidget(self.result)
        self.content.addStretch(1)
        self.import_button: QPushButton | None = None
        self.verify_button: QPushButton | None = None
        self.rows: dict[str, tuple[QCheckBox, QLabel]] = {}
        self.import_dialog: ImportDialog | None = None
        self._job: Job | None = None
        self._waiting = False  # the 5-minute wait was running at the last update
        self._timer = QTimer(self)
        self._timer.setInterval(10_000)  # the 5-minute wait counts down
        self._timer.timeout.connect(self.update_rows)

    def initializePage(self) -> None:
        flow.open_checklist(self.state)
        self.migration.save()
        self.result.setText("")
        while self.form.rowCount():
            self.form.removeRow(0)  # deletes the rows' widgets, the buttons below included
        self.rows = {}
        self.labels: dict[str, QLabel] = {}
        for step in flow.CHECKLISTS[self.state.route or "full"]:
            box, label, row = wrapped_check(tr(step.title), self)
            self.labels[step.id] = label
            note = paragraph("", self, rich=True)  # update_rows: instructions, and when done or why locked
            note.setIndent(24)
            box.clicked.connect(lambda checked, s=step: self._tick(s, checked))
            self.form.addRow(row)
            self.form.addRow(note)
            self.rows[step.id] = (box, note)
            if step.id == "final_import" and self.migration.archive is not None:
                self.form.addRow(self._final_import_buttons())
        self.update_rows()
        self._timer.start()

    def _final_import_buttons(self) -> QHBoxLayout:
        """Under the final-export step: import and verify here, not four pages back."""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 0, 0, 0)
        self.import_button = QPushButton(tr("Import the final exports…"), self)
        self.import_button.clicked.connect(self.import_final)
        self.verify_button = QPushButton(tr("Verify now"), self)
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = paragraph("", self)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.verify_result, 1)
        return buttons

    def cleanupPage(self) -> None:
        self._timer.stop()

    def update_rows(self) -> None:
        phone_os = self.state.answers.get("number", {}).get("phone_os")
        for step in flow.CHECKLISTS[self.state.route or "full"]:
            box, note = self.rows[step.id]
            helper = STEP_HELP.get(step.id, {})
            chosen = helper.get(phone_os) or helper.get(None)
            text = "<br>".join(html.escape(tr(line)) for line in ([chosen] if chosen else helper.values()))
            done = self.state.checklist.get(step.id)
            # A done step stays readable (not greyed out like a locked one) and cannot be unticked.
            box.setChecked(bool(done))
            self.labels[step.id].setEnabled(True)
            if done:
                box.setEnabled(True)
                note.setText(text + "<br>✓ " + html.escape(tr("Done {0}.").format(formatting.moment(_local(done)))))
                continue
            locked = flow.locked_reason(step.id, self.state, tr=tr)
            box.setEnabled(locked is None)
            self.labels[step.id].setEnabled(locked is None)
            note.setText(text + (f'<br><img src=":/icons/lock.svg" width="12" height="12"> {html.escape(locked)}'
                                 if locked else ""))  # fmt: skip
        self._alert_when_waited()
        self.completeChanged.emit()

    def _alert_when_waited(self) -> None:
        """The 5-minute wait just ended: say so where the user may be looking (another window)."""
        waiting = "delete_account" in self.state.checklist and "waited" not in self.state.checklist
        waiting = waiting and flow.locked_reason("waited", self.state, tr=tr) is not None
        if self._waiting and not waiting and "waited" not in self.state.checklist:
            self.result.setText(tr("The 5 minutes have passed: tick the wait, then register the number."))
            QApplication.alert(self.window())
        self._waiting = waiting

    def import_final(self) -> None:
        if self.migration.archive is None:
            return
        self.import_dialog = ImportDialog(self.migration.archive, self)
        self.import_dialog.finished.connect(self._imported)
        self.import_dialog.open()

    def _imported(self, _result: int) -> None:
        self.migration.take_status(import_status(self.migration.archive))
        self.migration.save()
        self.update_rows()

    def verify(self) -> None:
        if self.migration.archive is None or is_running(self._job):
            return
        button = self.verify_button
        button.setEnabled(False)
        self.verify_result.setText(tr("Verifying…"))
        self._job = Job(on_own_handle(self.migration.archive, verify), self).start(
            finished=self._verified, failed=self._show_verification, ended=lambda: self._verify_ended(button)
        )

    def _verify_ended(self, button: QPushButton) -> None:
        _enable(button)
        self.completeChanged.emit()  # Next (Finish) waited for the verification to end

    def _show_verification(self, text: str) -> None:
        if shiboken6.isValid(self.verify_result):
            self.verify_result.setText(text)

    def _verified(self, report) -> None:
        self._show_verification(describe_verification(report))
        if report.ok:
            self.state.last_verified_ok_at = report.checked_at
        self.migration.save()
        self.update_rows()

    def busy_reason(self) -> str | None:
        return tr("Wait for the verification to finish.") if is_running(self._job) else None

    def _tick(self, step: flow.Step, checked: bool) -> None:
        if not checked:
            if step.id in self.state.checklist:
                self.rows[step.id][0].setChecked(True)  # done is done: the tick is in the archive's log
            return
        if step.id in self.state.checklist:
            return
        if step.irreversible and not dialogs.confirm(
            self,
            tr("This cannot be undone"),
            tr("Tick this only after you have really done it: “{0}”. Done?").format(tr(step.title)),
        ):
            self.update_rows()
            return
        try:
            flow.tick(step.id, self.state, tr=tr)
        except ValueError as error:
            self.reason.setText(str(error))
            self.update_rows()
            return
        if self.migration.archive is not None:  # a provider move has no archive
            self.migration.archive.audit("checklist", f"{step.id}: {step.title}")
        self.migration.save()
        self.update_rows()


def _enable(button: QPushButton) -> None:
    if shiboken6.isValid(button):  # the page may have been rebuilt meanwhile
        button.setEnabled(True)


def _local(utc_text: str) -> str:
    moment = datetime.fromisoformat(utc_text.rstrip("Z") + "+00:00").astimezone()
    return moment.strftime("%Y-%m-%dT%H:%M")
