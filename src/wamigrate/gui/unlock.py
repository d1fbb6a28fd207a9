"""Unlock an archive: passphrase or recovery key, the key derivation off the GUI thread,
wrong secret and damaged archive told apart in plain words, and always a way out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
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
        self.use_passphrase = QRadioButton(tr("With the passphrase"), self)
        self.use_recovery = QRadioButton(tr("With the recovery key"), self)
        self.use_passphrase.setChecked(True)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.use_recovery)
        self.passphrase = PassphraseInput(create=False, parent=self)
        layout.addWidget(self.passphrase)
        self.recovery = QLineEdit(self)
        self.recovery.setAccessibleName(tr("Recovery key"))
        self.recovery.setPlaceholderText("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
        self.recovery.setVisible(False)
        layout.addWidget(self.recovery)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Unlock result"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.unlock_button = self.buttons.addButton(tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.use_recovery.toggled.connect(self._mode)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)

    def _mode(self, recovery: bool) -> None:
        self.recovery.setVisible(recovery)
        self.passphrase.setVisible(not recovery)

    def _unlock(self) -> None:
        from wamigrate.core.archive.store import Archive

        folder = self.path.currentText().strip()
        if not folder:
            self._say(tr("Choose the archive folder."))
            return
        if self.use_recovery.isChecked():
            secret = {"recovery_key": self.recovery.text()}
        else:
            secret = {"passphrase": self.passphrase.text()}
        self._say(tr("Unlocking… (this takes about a second)"))
        self.unlock_button.setEnabled(False)
        self._job = Job(lambda progress, cancel: Archive.open(folder, **secret), self).start(
            finished=lambda archive: self._opened(folder, archive),
            failed=self._say,
            ended=lambda: self.unlock_button.setEnabled(True),
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.adjustSize()  # a long explanation grows the dialog instead of being cut off

    def _opened(self, folder: str, archive) -> None:
        self.archive = archive
        remember(self._settings, folder)
        self.accept()
