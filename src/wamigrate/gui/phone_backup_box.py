"""What a phone's backup needs besides the file, asked where the file is added: the 64-digit key
(typed as WhatsApp shows it, in groups, or from a key file), and optionally a contacts file for
the customers' names and the phone's Media folder. Checked as it is typed; core decides whether
the key opens the backup (``core.phone``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from wamigrate.core.phone.backup_key import BackupKey, BackupKeyError, parse_hex_key, read_key_file
from wamigrate.gui import dialogs
from wamigrate.translation import tr

BACKUP_FILTER = "msgstore*.crypt15 msgstore*.crypt14 msgstore*.db"
CONTACTS_FILTER = "*.vcf *.csv wa.db"


class PhoneBackupBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_file: BackupKey | None = None
        self._key_file_name = ""
        self._contacts: list[str] = []
        self._media: str | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        intro = QLabel(
            tr(
                "<b>The phone's backup</b> opens with the 64-digit key WhatsApp showed when you turned on the "
                "end-to-end encrypted backup."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(QLabel(tr("Key"), self), 1, 0)
        self.key = QLineEdit(self)
        self.key.setAccessibleName(tr("The backup's 64-digit key"))
        self.key.setPlaceholderText(tr("64 digits and letters a–f; spaces do not matter"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        grid.addWidget(self.key, 1, 1)
        self.key_file_button = QPushButton(tr("Key file…"), self)
        self.key_file_button.setToolTip(tr("Use a file holding the key (or a rooted phone's key file)"))
        grid.addWidget(self.key_file_button, 1, 2)
        self.key_status = QLabel(self)
        self.key_status.setWordWrap(True)
        self.key_status.setAccessibleName(tr("Key check"))
        grid.addWidget(self.key_status, 2, 1, 1, 2)
        grid.addWidget(QLabel(tr("Names"), self), 3, 0)
        self.contacts_label = QLabel(tr("Optional: the phone's contacts (.vcf or .csv) show customers by name."), self)
        self.contacts_label.setWordWrap(True)
        grid.addWidget(self.contacts_label, 3, 1)
        self.contacts_button = QPushButton(tr("Contacts…"), self)
        grid.addWidget(self.contacts_button, 3, 2)
        grid.addWidget(QLabel(tr("Media"), self), 4, 0)
        self.media_label = QLabel(tr("Optional: the phone's WhatsApp “Media” folder, copied over USB."), self)
        self.media_label.setWordWrap(True)
        grid.addWidget(self.media_label, 4, 1)
        self.media_button = QPushButton(tr("Media folder…"), self)
        grid.addWidget(self.media_button, 4, 2)
        grid.setColumnStretch(1, 1)
        self.key.textChanged.connect(self._typed)
        self.key_file_button.clicked.connect(self._pick_key_file)
        self.contacts_button.clicked.connect(self._pick_contacts)
        self.media_button.clicked.connect(self._pick_media)
        self._typed()

    # -- the key ------------------------------------------------------------------------------

    def backup_key(self) -> BackupKey | None:
        """The key typed or read from a file; None when neither was given. Raises BackupKeyError
        with the sentence when what was typed cannot be a key."""
        if self.key.text().strip():
            return parse_hex_key(self.key.text())
        return self._key_file

    def problem(self) -> str | None:
        """Why there is no usable key yet (None: there is one)."""
        try:
            key = self.backup_key()
        except BackupKeyError as error:
            return str(error)
        return None if key is not None else tr("Type the 64-digit key, or choose the key file.")

    def _typed(self) -> None:
        if self.key.text().strip():
            self._key_file, self._key_file_name = None, ""
        problem = self.problem()
        if problem is None:
            shown = tr("Key from {0}.").format(self._key_file_name) if self._key_file else tr("The key has 64 digits.")
            self.key_status.setText("✓ " + shown)
        else:
            self.key_status.setText(problem if self.key.text().strip() else "")
        self.changed.emit()

    def use_key_file(self, path: str) -> None:
        try:
            self._key_file = read_key_file(path)
        except BackupKeyError as error:
            self._key_file = None
            self.key_status.setText(str(error))
            self.changed.emit()
            return
        self._key_file_name = Path(path).name
        self.key.clear()  # the file's key is used; clearing also redraws the check
        self._typed()

    def _pick_key_file(self) -> None:
        paths = dialogs.open_paths(self, tr("Choose the key file"), tr("All files") + " (*)")
        if paths:
            self.use_key_file(paths[0])

    # -- names and media ----------------------------------------------------------------------

    def contacts(self) -> tuple[str, ...]:
        return tuple(self._contacts)

    def media_folder(self) -> str | None:
        return self._media

    def use_contacts(self, paths: list[str]) -> None:
        self._contacts = list(paths)
        names = ", ".join(Path(path).name for path in paths)
        self.contacts_label.setText(tr("Names from {0}.").format(names) if paths else "")
        self.changed.emit()

    def use_media(self, folder: str | None) -> None:
        self._media = folder
        if folder:
            self.media_label.setText(tr("Media from {0}.").format(folder))
        self.changed.emit()

    def _pick_contacts(self) -> None:
        paths = dialogs.open_paths(self, tr("Choose the phone's contacts"), tr("Contacts") + f" ({CONTACTS_FILTER})")
        if paths:
            self.use_contacts(paths)

    def _pick_media(self) -> None:
        folder = dialogs.folder(self, tr("Choose the phone's WhatsApp Media folder"))
        if folder:
            self.use_media(folder)
