"""What an iPhone backup needs besides its folder, asked where it is added: which backup (the
ones Finder, iTunes or the Apple Devices app made on this computer, newest first, or a folder
the user picks), the backup's password when it is encrypted, and which WhatsApp when the
phone has both. Core finds and opens the backups (``core.phone.ios_backup``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from wamigrate.core.phone.ios_backup import BackupInfo, IosBackupError, backup_info, find_backups
from wamigrate.gui import dialogs, formatting
from wamigrate.translation import tr


def describe(info: BackupInfo) -> str:
    """ "iPhone da Loja — 20 November 2026, 18:30 — encrypted" for a list of backups."""
    parts = [info.device_name]
    if info.date is not None:
        parts.append(formatting.moment(info.date.isoformat()))
    parts.append(tr("encrypted") if info.encrypted else tr("not encrypted"))
    return " — ".join(parts)


class IphoneBackupBox(QWidget):
    chosen = Signal(str)  # a backup's folder, to add to the list
    changed = Signal()  # the password or the app changed: a failed backup can be tried again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._found: list[BackupInfo] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        intro = QLabel(
            tr(
                "<b>The iPhone's backup</b> on this computer holds every WhatsApp chat. Choose the newest backup "
                "of the phone."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(QLabel(tr("Backup"), self), 1, 0)
        self.backups = QComboBox(self)
        self.backups.setAccessibleName(tr("iPhone backups on this computer"))
        grid.addWidget(self.backups, 1, 1)
        self.add_button = QPushButton(tr("Add this backup"), self)
        grid.addWidget(self.add_button, 1, 2)
        self.found_status = QLabel(self)
        self.found_status.setWordWrap(True)
        self.found_status.setAccessibleName(tr("Backups found"))
        grid.addWidget(self.found_status, 2, 1)
        self.folder_button = QPushButton(tr("Another folder…"), self)
        self.folder_button.setToolTip(tr("A backup folder copied elsewhere, or one in a place wamigrate does not know"))
        grid.addWidget(self.folder_button, 2, 2)
        grid.addWidget(QLabel(tr("Password"), self), 3, 0)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("The iPhone backup's password"))
        self.password.setPlaceholderText(tr("Only for an encrypted backup: the password chosen for the backups"))
        grid.addWidget(self.password, 3, 1, 1, 2)
        grid.addWidget(QLabel(tr("App"), self), 4, 0)
        self.app = QComboBox(self)
        self.app.setAccessibleName(tr("Which WhatsApp"))
        self.app.addItem(tr("WhatsApp (or the one the phone has)"), None)
        self.app.addItem(tr("WhatsApp Business"), "business")
        grid.addWidget(self.app, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.add_button.clicked.connect(self._add_selected)
        self.folder_button.clicked.connect(self._pick_folder)
        self.password.textChanged.connect(lambda _text: self.changed.emit())
        self.app.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.refresh()

    def refresh(self, folders=None) -> None:
        """List the backups again (``folders``: where to look; the standard places by default)."""
        self._found, problems = find_backups(folders)
        self.backups.clear()
        for info in self._found:
            self.backups.addItem(describe(info), str(info.folder))
        self.backups.setEnabled(bool(self._found))
        self.add_button.setEnabled(bool(self._found))
        if self._found:
            said = tr("%Ln backup(s) found on this computer.", "", len(self._found))
        else:
            said = tr(
                "No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes "
                "or the Apple Devices app, or choose the backup's folder."
            )
        self.found_status.setText(" ".join([said, *problems]))

    def _add_selected(self) -> None:
        folder = self.backups.currentData()
        if folder:
            self.chosen.emit(folder)

    def _pick_folder(self) -> None:
        folder = dialogs.folder(self, tr("Choose the iPhone backup's folder"))
        if not folder:
            return
        try:
            backup_info(folder)
        except IosBackupError as error:
            self.found_status.setText(str(error))
            return
        self.chosen.emit(folder)

    def backup_password(self) -> str | None:
        return self.password.text() or None

    def phone_app(self) -> str | None:
        return self.app.currentData()

    def problem(self, folders: list[str]) -> str | None:
        """Why the backups in ``folders`` cannot be read yet (None: they can be tried)."""
        for folder in folders:
            try:
                info = backup_info(folder)
            except IosBackupError:
                continue  # the import says what is wrong with it
            if info.encrypted and not self.password.text():
                return tr("{0} is encrypted: type the password chosen for the iPhone's backups.").format(
                    info.device_name
                )
        return None
