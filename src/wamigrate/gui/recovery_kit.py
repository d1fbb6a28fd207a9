"""The recovery kit: the archive's recovery key, shown once, with copy, print and save as
PDF, and a check that the user really kept it (they type its last group back) before the
window lets them go on. Used when an archive is created and when the key is replaced."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive.recovery import same_group
from wamigrate.gui import dialogs
from wamigrate.translation import tr


def kit_html(key: str, archive_folder: str) -> str:
    return (
        "<h2>"
        + tr("wamigrate recovery kit")
        + "</h2><p>"
        + tr("Archive: {0}").format(html.escape(archive_folder))
        + "<br>"
        + tr("Made on: {0}").format(date.today().isoformat())
        + "</p>"
        f"<p style='font-size:20pt; font-family:monospace'><b>{html.escape(key)}</b></p>"
        + "<p>"
        + tr(
            "This key opens the archive if the passphrase is forgotten. "
            "Anyone who has it and the archive can read every message in it."
        )
        + "</p><p>"
        + tr(
            "Keep it somewhere safe and away from the computer that holds the archive: "
            "printed in a locked drawer, or in a password manager."
        )
        + "</p>"
    )


def save_kit_pdf(key: str, archive_folder: str, path: str | Path) -> int:
    from wamigrate.render.pdf_pages import new_document, print_pages

    writer, document = new_document(path, tr("wamigrate recovery kit"))
    document.setHtml(kit_html(key, archive_folder))
    pages = print_pages(writer, document, tr("wamigrate recovery kit"))
    del document, writer
    return pages


class RecoveryKit(QWidget):
    """The key and its actions; ``confirmed`` is True once the last group was typed back."""

    def __init__(self, key: str, archive_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.archive_folder = archive_folder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            tr(
                "This is your recovery key. It opens the archive if you forget the passphrase. "
                "It is shown only now: save it, print it or write it down, and keep it away from this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(key, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy"), self)
        self.print_button = QPushButton(tr("Print…"), self)
        self.pdf_button = QPushButton(tr("Save as PDF…"), self)
        for button in (self.copy_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        check = QLabel(
            tr("To show you kept it, type the last group of the key (the four characters after the last dash):"),
            self,
        )
        check.setWordWrap(True)
        layout.addWidget(check)
        self.retype = QLineEdit(self)
        self.retype.setAccessibleName(tr("Last group of the recovery key"))
        self.retype.setMaxLength(4)
        self.retype.setMaximumWidth(120)
        mono = QFont(font)
        mono.setPointSizeF(font.pointSizeF() / 1.5)
        self.retype.setFont(mono)
        check.setBuddy(self.retype)
        row = QHBoxLayout()
        row.addWidget(self.retype)
        self.mark = QLabel(self)  # ✓ or ✗ as the user types
        self.mark.setAccessibleName(tr("Recovery key check"))
        row.addWidget(self.mark, 1)
        layout.addLayout(row)
        self.retype.setMaxLength(9)  # a group typed with spaces or a dash around it
        self.retype.textChanged.connect(self._show_check)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_kit)
        self.pdf_button.clicked.connect(self.save_pdf)

    @property
    def confirmed(self) -> bool:
        return same_group(self.retype.text(), self.key)

    def _show_check(self, text: str) -> None:
        if not text.strip():
            self.mark.setText("")
        elif self.confirmed:
            self.mark.setText("✓ " + tr("That is the last group."))
        else:
            self.mark.setText("✗ " + tr("Not the last group yet."))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key)
        self.note.setText(tr("Copied. Paste it into your password manager, then clear the clipboard."))

    def print_kit(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(kit_html(self.key, self.archive_folder))
            document.print_(printer)
            self.note.setText(tr("Sent to the printer."))

    def save_pdf(self) -> None:
        path = dialogs.save_path(self, tr("Save the recovery kit"), "wamigrate-recovery-kit.pdf", tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            save_kit_pdf(self.key, self.archive_folder, path)
        except OSError as error:
            self.note.setText(tr("The PDF could not be saved: {0}").format(error))
            return
        self.note.setText(tr("Saved to {0}. Move it off this computer (a USB stick, a password manager).").format(path))


class RecoveryKitDialog(QDialog):
    def __init__(self, key: str, archive_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.kit = RecoveryKit(key, archive_folder, self)
        layout.addWidget(self.kit)
        self.buttons = QDialogButtonBox(self)
        self.done_button = self.buttons.addButton(tr("I have saved it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.kit.retype.textChanged.connect(lambda _text: self.done_button.setEnabled(self.kit.confirmed))
        self.buttons.accepted.connect(self.accept)

    def reject(self) -> None:
        if self.kit.confirmed or dialogs.confirm(
            self,
            tr("Recovery key not saved"),
            tr(
                "You have not typed back the key's last group. Without the key, a forgotten "
                "passphrase means the archive is lost. Close anyway?"
            ),
        ):
            super().reject()
