"""The deregistration checklist: each step with exact instructions per phone, locks with reasons, the 5-minute wait."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
)

from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs, formatting
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
        None: QT_TR_NOOP("During onboarding the app asks to share chat history: tap Confirm within 24 hours.")
    },
    "open_app": {None: QT_TR_NOOP("Open the WhatsApp Business app on the phone at least every 14 days.")},
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

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            tr("Deregistration checklist"),
            tr("Tick each step when it is done. Each tick is recorded, with its time, in the archive."),
        )
        self.form = form_layout()
        self.content.addLayout(self.form)
        self.content.addStretch(1)
        self.rows: dict[str, tuple[QCheckBox, QLabel]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(10_000)  # the 5-minute wait counts down
        self._timer.timeout.connect(self.update_rows)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = {}
        self.labels: dict[str, QLabel] = {}
        for step in flow.CHECKLISTS[self.state.route or "full"]:
            box, label, row = wrapped_check(tr(step.title), self)
            self.labels[step.id] = label
            note = paragraph("", self)  # update_rows writes it: instructions, and when done or why locked
            note.setIndent(24)
            box.clicked.connect(lambda checked, s=step: self._tick(s, checked))
            self.form.addRow(row)
            self.form.addRow(note)
            self.rows[step.id] = (box, note)
        self.update_rows()
        self._timer.start()

    def cleanupPage(self) -> None:
        self._timer.stop()

    def update_rows(self) -> None:
        phone_os = self.state.answers.get("number", {}).get("phone_os")
        for step in flow.CHECKLISTS[self.state.route or "full"]:
            box, note = self.rows[step.id]
            helper = STEP_HELP.get(step.id, {})
            chosen = helper.get(phone_os) or helper.get(None)
            text = "\n".join(tr(line) for line in ([chosen] if chosen else helper.values()))
            done = self.state.checklist.get(step.id)
            if done:
                box.setChecked(True)
                box.setEnabled(False)
                self.labels[step.id].setEnabled(False)
                note.setText(text + "\n" + tr("Done {0}.").format(formatting.moment(_local(done))))
                continue
            box.setChecked(False)
            locked = flow.locked_reason(step.id, self.state, tr=tr)
            box.setEnabled(locked is None)
            self.labels[step.id].setEnabled(locked is None)
            note.setText(text + ("\n🔒 " + locked if locked else ""))
        self.completeChanged.emit()

    def _tick(self, step: flow.Step, checked: bool) -> None:
        if not checked:
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


def _local(utc_text: str) -> str:
    moment = datetime.fromisoformat(utc_text.rstrip("Z") + "+00:00").astimezone()
    return moment.strftime("%Y-%m-%dT%H:%M")
