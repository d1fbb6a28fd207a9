"""Unlock an archive: passphrase or recovery key, the key derivation off the GUI thread,
wrong secret and damaged archive told apart in plain words, and always a way out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wamigrate.gui import settings as options
from wamigrate.gui.jobs import Job
from wamigrate.gui.passphrase import PassphraseInput
from wamigrate.translation import tr

RECENT_KEY = options.RECENT_ARCHIVES.key
MAX_RECENT = 8


def remember(settings: QSettings, folder: str) -> None:
    """Keep the archive's path (never a secret) at the top of the recent list."""
    recent = [p for p in options.RECENT_ARCHIVES.get(settings) if p != folder]
    options.RECENT_ARCHIVES.put(settings, [folder, *recent][:MAX_RECENT])


class SecretInput(QWidget):
    """The secret that opens an archive: the passphrase, or the recovery key (for the day the
    passphrase is forgotten). The unlock dialog and the wizard's "open the archive I made
    before" both use it, so both offer the same two ways in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.use_passphrase = QRadioButton(tr("With the passphrase"), self)
        self.use_recovery = QRadioButton(tr("With the recovery key"), self)
        self.use_passphrase.setChecked(True)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.use_recovery)
        # Both fields in one place (a stack): switching does not move the field being typed in.
        self.fields = QStackedWidget(self)
        self.passphrase = PassphraseInput(create=False, parent=self.fields)
        self.fields.addWidget(self.passphrase)
        recovery_page = QWidget(self.fields)
        recovery_layout = QVBoxLayout(recovery_page)
        recovery_layout.setContentsMargins(0, 0, 0, 0)
        recovery_label = QLabel(tr("Recovery key"), recovery_page)
        recovery_layout.addWidget(recovery_label)
        self.recovery = QLineEdit(recovery_page)
        recovery_label.setBuddy(self.recovery)
        self.recovery.setAccessibleName(tr("Recovery key"))
        self.recovery.setPlaceholderText("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
        recovery_layout.addWidget(self.recovery)
        recovery_layout.addStretch(1)
        self.fields.addWidget(recovery_page)
        layout.addWidget(self.fields)
        self.use_recovery.toggled.connect(self._mode)
        self.passphrase.changed.connect(self.changed)
        self.recovery.textChanged.connect(self.changed)

    def _mode(self, recovery: bool) -> None:
        # What was typed before switching is not lost: a recovery key typed into the
        # passphrase field (or the other way round) moves to the field chosen, if it is empty.
        source, target = (self.passphrase.field, self.recovery) if recovery else (self.recovery, self.passphrase.field)
        if source.text() and not target.text():
            target.setText(source.text())
            source.clear()
        self.fields.setCurrentIndex(1 if recovery else 0)
        target.setFocus()
        self.changed.emit()

    def field(self) -> QLineEdit:
        """The field in use."""
        return self.recovery if self.use_recovery.isChecked() else self.passphrase.field

    def retry(self) -> None:
        """After a wrong secret: select it, so that typing replaces it at once."""
        self.field().setFocus()
        self.field().selectAll()

    def secret(self) -> dict:
        """Archive.open's keyword for the chosen way in."""
        if self.use_recovery.isChecked():
            return {"recovery_key": self.recovery.text()}
        return {"passphrase": self.passphrase.text()}

    def problem(self) -> str | None:
        if self.use_recovery.isChecked():
            return None if self.recovery.text().strip() else tr("Enter the recovery key.")
        return self.passphrase.problem()

    def clear(self) -> None:
        self.passphrase.field.clear()
        self.recovery.clear()


def open_archive_work(folder: str, secret: dict):
    """Job work that opens the archive (the key derivation is slow by design: off the GUI thread)."""
    from wamigrate.core.archive.store import Archive

    return lambda progress, cancel: Archive.open(folder, **secret)


class UnlockDialog(QDialog):
    def __init__(self, settings: QSettings, folder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Unlock archive"))
        self.setMinimumWidth(480)
        self.archive = None
        self._settings = settings
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Archive"), self))
        self.path = QComboBox(self)
        self.path.setEditable(True)
        self.path.setAccessibleName(tr("Archive folder"))
        self.path.addItems([p for p in options.RECENT_ARCHIVES.get(settings) if Path(p).exists()])
        if folder:
            self.path.setCurrentText(folder)
        layout.addWidget(self.path)
        self.secret = SecretInput(self)
        layout.addWidget(self.secret)
        self.use_passphrase, self.use_recovery = self.secret.use_passphrase, self.secret.use_recovery
        self.passphrase, self.recovery = self.secret.passphrase, self.secret.recovery
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Unlock result"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.unlock_button = self.buttons.addButton(tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)  # room for a sentence or two
        if self.path.currentText():
            self.secret.field().setFocus()  # the archive is known: the secret is what to type

    def _unlock(self) -> None:
        folder = self.path.currentText().strip()
        if not folder:
            self._say(tr("Choose the archive folder."))
            return
        self._say(tr("Unlocking… (this takes about a second)"))
        self.unlock_button.setEnabled(False)
        self._job = Job(open_archive_work(folder, self.secret.secret()), self).start(
            finished=lambda archive: self._opened(folder, archive),
            failed=self._failed,
            ended=lambda: self.unlock_button.setEnabled(True),
        )

    def _failed(self, text: str) -> None:
        self._say(text)
        self.secret.retry()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        # Grow only when a long explanation needs it: resizing to each message made the
        # dialog jump (and grow) with every try.
        needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _opened(self, folder: str, archive) -> None:
        self.archive = archive
        remember(self._settings, folder)
        self.accept()
