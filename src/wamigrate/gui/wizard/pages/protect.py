"""Protect your history: how to export the chats (drawn per phone), then create or unlock the
encrypted archive and keep the recovery kit."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wamigrate.core.archive.store import Archive
from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs
from wamigrate.gui.jobs import Job, is_running
from wamigrate.gui.passphrase import PassphraseInput
from wamigrate.gui.recovery_kit import RecoveryKit
from wamigrate.gui.unlock import SecretInput, open_archive_work
from wamigrate.gui.wizard.backup_pictures import backup_steps, iphone_backup_steps
from wamigrate.gui.wizard.base import FlowPage, paragraph
from wamigrate.gui.wizard.export_pictures import export_steps
from wamigrate.translation import tr

EXPORT_STEPS = {
    "android": QT_TR_NOOP(
        "<b>On Android</b>, for each chat: open the chat ▸ tap ⋮ (top right) ▸ <i>More</i> ▸ <i>Export chat</i> ▸ "
        "<i>Include media</i> (or <i>Without media</i>) ▸ save the file to Google Drive or e-mail it to yourself, "
        "then copy it to this computer."
    ),
    "ios": QT_TR_NOOP(
        "<b>On iPhone</b>, for each chat: open the chat ▸ tap the contact or group name at the top ▸ "
        "<i>Export Chat</i> ▸ <i>Attach Media</i> (or <i>Without Media</i>) ▸ <i>Save to Files</i> or AirDrop it "
        "to this computer."
    ),
}
# AirDrop reaches Macs only: on Windows and Linux the iPhone's export travels by iCloud Drive
# (Save to Files), mail or a cable.
IOS_STEPS_NOT_MAC = QT_TR_NOOP(
    "<b>On iPhone</b>, for each chat: open the chat ▸ tap the contact or group name at the top ▸ "
    "<i>Export Chat</i> ▸ <i>Attach Media</i> (or <i>Without Media</i>) ▸ <i>Save to Files</i> (iCloud Drive) "
    "or <i>Mail</i> it to yourself, then copy it to this computer."
)


def export_steps_text(phone_os: str) -> str:
    if phone_os == "ios" and sys.platform != "darwin":
        return IOS_STEPS_NOT_MAC
    return EXPORT_STEPS[phone_os]


PHONE_STEPS = QT_TR_NOOP(
    "<b>Everything from the phone, in one step</b> (Android, WhatsApp or WhatsApp Business): turn on the "
    "<i>end-to-end encrypted backup</i> with the <b>64-digit key</b> (not a password or passkey: those cannot "
    "be opened on a computer) and <b>write the key down</b>, WhatsApp shows it once. Tap <i>Back up</i>. Then "
    "connect the phone by USB and copy <tt>{0}</tt> to this computer, and, if you want the photos and voice "
    "notes too, the <tt>Media</tt> folder next to <tt>Databases</tt>."
)
IPHONE_STEPS = QT_TR_NOOP(
    "<b>Everything from the iPhone, in one step</b> (WhatsApp or WhatsApp Business): if WhatsApp's own "
    "<i>end-to-end encrypted backup</i> to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat "
    "Backup): while it is on, the chats are not in the computer's backup. Then connect the iPhone to this computer "
    "and back it up: in <b>Finder</b> on a Mac, or the <b>Apple Devices</b> app (or iTunes) on Windows, choose "
    "<i>Back up all of the data on your iPhone to this computer</i>, tick <i>Encrypt local backup</i>, choose a "
    "password you will remember, and click <i>Back Up Now</i>. When it has finished, choose the backup on the "
    "next page."
)

EXPORT_CAPS = QT_TR_NOOP(
    "WhatsApp puts at most <b>10,000 recent messages</b> in an export with media and at most <b>40,000</b> "
    "without media. For a longer chat, export it both ways: wamigrate keeps each message once."
)


def default_archive_place() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "WhatsApp archive")


class ProtectPage(FlowPage):
    name = flow.PROTECT

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard, tr("Protect your history"),
            tr("Export every chat from the phone, and keep them in an encrypted archive on this computer."),
        )  # fmt: skip
        source = QButtonGroup(self)
        self.from_phone = QRadioButton(tr("Everything from the phone (recommended): every chat, complete"), self)
        self.from_exports = QRadioButton(tr("Chats exported one by one"), self)
        for button in (self.from_phone, self.from_exports):
            source.addButton(button)
            self.content.addWidget(button)
        self.from_phone.toggled.connect(self._source_chosen)
        self.steps = paragraph("", self, rich=True)
        self.content.addWidget(self.steps)
        self.pictures = QWidget(self)
        self.pictures_layout = QGridLayout(self.pictures)
        self.pictures_layout.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.pictures)
        self.caps = paragraph(tr(EXPORT_CAPS), self, rich=True)
        self.content.addWidget(self.caps)
        choose = QButtonGroup(self)
        self.create_choice = QRadioButton(tr("Create a new archive"), self)
        self.open_choice = QRadioButton(tr("Open the archive I made before"), self)
        for button in (self.create_choice, self.open_choice):
            choose.addButton(button)
            self.content.addWidget(button)
        self.create_choice.setChecked(True)
        place = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(tr("Archive location"))
        self.browse = QPushButton(tr("Choose…"), self)
        self.browse.setToolTip(tr("Choose where the archive is kept"))
        place.addWidget(QLabel(tr("Location"), self))
        place.addWidget(self.path, 1)
        place.addWidget(self.browse)
        self.content.addLayout(place)
        self.passphrase = PassphraseInput(create=True, parent=self)
        self.unlock_secret = SecretInput(self)  # the passphrase, or the recovery key: as the unlock dialog
        self.unlock_passphrase = self.unlock_secret.passphrase
        self.content.addWidget(self.passphrase)
        self.content.addWidget(self.unlock_secret)
        self.action = QPushButton(tr("Create the archive"), self)
        self.content.addWidget(self.action)
        self.message = paragraph("", self)
        self.message.setAccessibleName(tr("Archive status"))
        self.content.addWidget(self.message)
        self.new_key = QPushButton(tr("Make a new recovery key"), self)
        self.new_key.setVisible(False)
        self.new_key.clicked.connect(self._make_new_key)
        self.content.addWidget(self.new_key)
        self.kit_box = QWidget(self)
        self.kit_layout = QHBoxLayout(self.kit_box)
        self.kit_layout.setContentsMargins(0, 0, 0, 0)
        self.kit: RecoveryKit | None = None
        self.content.addWidget(self.kit_box)
        self.content.addStretch(1)
        self._job: Job | None = None
        self.create_choice.toggled.connect(self._mode)
        self.browse.clicked.connect(self._browse)
        self.action.clicked.connect(self._act)
        self.passphrase.changed.connect(self._update)
        self.unlock_secret.changed.connect(self._update)
        self.path.textChanged.connect(self._update)
        # Enter in a secret field does what the button says (create, or unlock).
        for field in (self.passphrase.confirm, self.unlock_secret.passphrase.field, self.unlock_secret.recovery):
            field.returnPressed.connect(self._enter)

    def initializePage(self) -> None:
        available = flow.backup_sources(self.state)
        self.from_phone.setEnabled(flow.FROM_PHONE in available)
        chosen = flow.backup_source(self.state)
        (self.from_phone if chosen == flow.FROM_PHONE else self.from_exports).setChecked(True)
        self._show_steps()
        if self.state.archive_path:
            self.path.setText(self.state.archive_path)
            self.open_choice.setChecked(not self.migration.archive)
        elif not self.path.text():
            self.path.setText(default_archive_place())
        self._mode()

    def _source_chosen(self, _checked: bool = False) -> None:
        source = flow.FROM_PHONE if self.from_phone.isChecked() else flow.FROM_EXPORTS
        self.state.answers.setdefault("backup", {})["source"] = source
        self._show_steps()

    def _show_steps(self) -> None:
        """The steps of the way chosen: the phone's backup, or the exports per phone."""
        from_phone = flow.backup_source(self.state) == flow.FROM_PHONE
        self.setSubTitle(
            tr("Copy every chat from the phone's own backup, and keep them in an encrypted archive on this computer.")
            if from_phone
            else tr("Export every chat from the phone, and keep them in an encrypted archive on this computer.")
        )
        phone_os = self.state.answers.get("number", {}).get("phone_os")
        if from_phone:
            self.caps.setVisible(False)
            if phone_os == "ios":
                self.steps.setText("<p>" + tr(IPHONE_STEPS) + "</p>")
                self._show_pictures([iphone_backup_steps()])
                return
            self.steps.setText("<p>" + tr(PHONE_STEPS).format(flow.phone_app_folder(self.state)) + "</p>")
            self._show_pictures([backup_steps()])
            return
        shown = [phone_os] if phone_os in EXPORT_STEPS else list(EXPORT_STEPS)
        said = [tr(export_steps_text(os)) for os in shown]
        self.steps.setText("<p>" + "</p><p>".join(said) + "</p>")
        self.caps.setVisible(True)
        self._show_pictures([export_steps(system) for system in shown])

    def _show_pictures(self, rows: list[list]) -> None:
        while self.pictures_layout.count():
            old = self.pictures_layout.takeAt(0).widget()
            old.hide()  # deleted later: until then it would still be drawn, over the new pictures
            old.deleteLater()
        for row, steps in enumerate(rows):
            for column, (image, caption) in enumerate(steps):
                picture = QLabel(self.pictures)
                picture.setPixmap(QPixmap.fromImage(image))
                picture.setAccessibleName(caption)
                picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                text = QLabel(caption, self.pictures)
                text.setWordWrap(True)
                text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                self.pictures_layout.addWidget(picture, 2 * row, column)
                self.pictures_layout.addWidget(text, 2 * row + 1, column)

    def _mode(self) -> None:
        creating = self.create_choice.isChecked()
        opened = self.migration.archive is not None
        self.passphrase.setVisible(creating and not opened)
        self.unlock_secret.setVisible(not creating and not opened)
        self.action.setText(tr("Create the archive") if creating else tr("Unlock"))
        for widget in (self.create_choice, self.open_choice, self.path, self.browse, self.action):
            widget.setEnabled(not opened)
        self._update()

    def _update(self) -> None:
        if self.migration.archive is not None:
            return
        problem = self.passphrase.problem() if self.create_choice.isChecked() else self.unlock_secret.problem()
        self.action.setEnabled(bool(self.path.text().strip()) and problem is None and not self.running)

    @property
    def running(self) -> bool:
        return is_running(self._job)

    def _ended(self) -> None:
        self._update()
        self.completeChanged.emit()

    def _browse(self) -> None:
        if self.create_choice.isChecked():
            chosen = dialogs.save_path(
                self, tr("Where to keep the archive"), self.path.text(), tr("Archive (*.wamarchive)")
            )
        else:
            chosen = dialogs.folder(self, tr("Choose the archive folder (its name ends in .wamarchive)"), dialogs.SAVE)
        if chosen:
            self.path.setText(chosen)

    def _enter(self) -> None:
        if self.action.isEnabled() and self.action.isVisible():
            self._act()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        if not self.create_choice.isChecked():
            self.unlock_secret.retry()

    def _act(self) -> None:
        path = self.path.text().strip()
        creating = self.create_choice.isChecked()
        self.message.setText(tr("Creating the archive… (a few seconds)") if creating else tr("Unlocking…"))
        # The page is long (the pictures): bring the only sign of progress into view.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.message))
        if creating:
            secret = self.passphrase.text()

            def work(progress, cancel):
                return Archive.create(path, secret, self.migration.argon2)
        else:
            secret = self.unlock_secret.secret()
            opening = open_archive_work(path, secret)
            with_recovery_key = "recovery_key" in secret

            def work(progress, cancel):
                archive = opening(progress, cancel)
                if with_recovery_key:  # opened with it: the user has kept it, plainly
                    archive.audit("recovery key confirmed", "the archive was opened with it")
                return archive, None

        self._job = Job(work, self).start(
            finished=lambda result: self._opened(*result), failed=self._failed, ended=self._ended
        )
        self._update()

    def _opened(self, archive: Archive, recovery_key: str | None) -> None:
        self.migration.set_archive(archive)
        self.passphrase.field.clear()
        self.passphrase.confirm.clear()
        self.unlock_secret.clear()
        self._mode()
        if recovery_key is None:
            # set_archive took the archive's own record: was its recovery key ever confirmed?
            self.message.setText(tr("Archive unlocked: {0}").format(archive.folder))
            if not self.state.recovery_confirmed:
                self.message.setText(
                    tr(
                        "Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed "
                        "while it was shown). Make a new recovery key and keep it before you go on: the old one "
                        "stops working."
                    ).format(archive.folder)
                )
                self.new_key.setVisible(True)
        else:
            self.state.recovery_confirmed = False
            self.message.setText(tr("Archive created: {0}").format(archive.folder))
            self._show_kit(recovery_key, str(archive.folder))
        self.refresh()

    def _show_kit(self, recovery_key: str, folder: str) -> None:
        if self.kit is not None:
            self.kit.deleteLater()
        self.kit = RecoveryKit(recovery_key, folder, self.kit_box)
        self.kit_layout.addWidget(self.kit)
        self.kit.retype.textChanged.connect(self._kit_typed)
        self.kit.retype.setFocus()
        # The kit matters most now: first on the page, in view.
        self.content.removeWidget(self.kit_box)
        self.content.insertWidget(0, self.kit_box)
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(0))

    def _make_new_key(self) -> None:
        """Replace the never-confirmed recovery key with one the user sees now (fast: no Argon2)."""
        archive = self.migration.archive
        try:
            recovery_key = archive.regenerate_recovery_key()
        except WamigrateError as error:
            self.message.setText(str(error))
            return
        self.new_key.setVisible(False)
        self.state.recovery_confirmed = False
        self.message.setText(tr("A new recovery key was made; the old one no longer opens the archive."))
        self._show_kit(recovery_key, str(archive.folder))
        self.refresh()

    @property
    def key_shown_unconfirmed(self) -> bool:
        """The recovery kit is on screen and its key not typed back yet (closing now would lose it)."""
        return self.kit is not None and not self.state.recovery_confirmed

    def _kit_typed(self) -> None:
        if self.kit is not None and self.kit.confirmed and not self.state.recovery_confirmed:
            self.state.recovery_confirmed = True
            self.migration.archive.audit("recovery key confirmed")
            self.refresh()

    def busy_reason(self) -> str | None:
        return tr("Wait for the archive to open.") if self.running else None
