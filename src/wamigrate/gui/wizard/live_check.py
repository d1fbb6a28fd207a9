"""The optional live check on the readiness page: the WhatsApp Business Account's ID and an
access token, sent to Meta's Graph API only when the user presses "Check with Meta". The
token lives in this widget (memory) and, only if the user asks, in the system keychain; the
settings keep the account ID alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from wamigrate.gui import formatting
from wamigrate.gui.jobs import Job, is_running
from wamigrate.gui.wizard.base import form_layout, paragraph
from wamigrate.translation import tr


class LiveCheckBox(QGroupBox):
    checked = Signal(object)  # LiveFacts, after a check that got an answer
    ended = Signal()  # after any check, answered or not

    def __init__(self, answers: dict, parent=None, graph_url: str | None = None) -> None:
        super().__init__(tr("Check with Meta (optional, online)"), parent)
        self.answers = answers  # the wizard's answers["live"]: the account ID and the keychain choice
        self.graph_url = graph_url  # None: Meta's own; tests point it at a local fake
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                tr(
                    "If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: "
                    "the number's registration, display name, quality and messaging limit, and each template's "
                    "review. This goes online to Meta with your access token; nothing else leaves this computer."
                ),
                self,
            )
        )
        form = form_layout()
        self.waba = QLineEdit(self)
        self.waba.setAccessibleName(tr("WhatsApp Business Account ID"))
        self.waba.setValidator(QRegularExpressionValidator(r"\d{0,20}", self.waba))
        self.waba.setText(str(answers.get("waba_id", "")))
        form.addRow(tr("WhatsApp Business Account ID"), self.waba)
        self.token = QLineEdit(self)
        self.token.setAccessibleName(tr("Access token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(tr("From Meta Business Suite ▸ System users, or from your provider"))
        form.addRow(tr("Access token"), self.token)
        layout.addLayout(form)
        self.keep = QCheckBox(tr("Keep the token in this computer's keychain"), self)
        self.keep.setChecked(bool(answers.get("keychain")))
        layout.addWidget(self.keep)
        row = QHBoxLayout()
        self.button = QPushButton(tr("Check with Meta"), self)
        row.addWidget(self.button)
        self.cancel_button = QPushButton(tr("Cancel the check"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.stop)
        row.addWidget(self.cancel_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Live check status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.button.clicked.connect(self.run)
        self.keep.toggled.connect(self._keep_changed)
        self.waba.textChanged.connect(lambda text: self.answers.__setitem__("waba_id", text.strip()))

    @property
    def running(self) -> bool:
        return is_running(self._job)

    def _keep_changed(self, keep: bool) -> None:
        from wamigrate.core.graph.token_store import forget_token

        self.answers["keychain"] = keep
        if not keep and self.waba.text().strip():
            forget_token(self.waba.text())

    def run(self) -> None:
        from wamigrate.core.graph.token_store import load_token

        waba, token = self.waba.text().strip(), self.token.text().strip()
        if not token and self.keep.isChecked() and waba:
            token = load_token(waba) or ""
        if not waba or not token:
            self.status.setText(tr("Enter the account ID and an access token first."))
            return
        graph_url, keep = self.graph_url, self.keep.isChecked()

        def work(_progress, cancel):
            from wamigrate.core.graph.token_store import KeychainError, save_token
            from wamigrate.core.readiness.pipeline import check_live

            facts = check_live(waba, token, graph_url, tr, cancel)
            kept = None
            if keep:
                try:
                    save_token(waba, token)
                except KeychainError as error:
                    kept = str(error)
            return facts, kept

        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.status.setText(tr("Asking Meta…"))
        self._job = Job(work, self).start(
            finished=self._done, failed=self._failed, cancelled=self._cancelled, ended=self._ended
        )

    def stop(self) -> None:
        """Cancel a running check (the Cancel button, or leaving the page)."""
        if self.running:
            self._job.cancel()

    def _cancelled(self) -> None:
        self.status.setText(tr("Not checked: the check was cancelled."))

    def _ended(self) -> None:
        self.button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.ended.emit()

    def _done(self, result) -> None:
        facts, keychain_problem = result
        moment = formatting.moment(facts.checked_at.rstrip("Z"))
        if not facts.answered:
            text = tr("Not checked: {0}").format(" ".join(facts.reasons()))
        else:
            text = tr("Checked with Meta at {0} (UTC).").format(moment)
            if facts.errors:
                text += " " + tr("Not read: {0}.").format(" ".join(facts.reasons()))
        if keychain_problem:
            text += " " + keychain_problem
        self.status.setText(text)
        self.checked.emit(facts)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
