"""A message's media in its own window: photos shown in the app (fit or actual size);
other files described, with "Open in another app" (a private temporary copy, deleted when
this window closes) and "Save a copy…" (an explicit export). Bytes are read off the GUI
thread and never written to disk otherwise."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive.browse import Row
from wamigrate.core.archive.exporter import attachment_data
from wamigrate.core.archive.store import Archive
from wamigrate.core.private_files import private_folder
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.browser_models import kind_label
from wamigrate.gui.jobs import Job, on_own_handle
from wamigrate.translation import tr


def private_copy(data: bytes, name: str) -> Path:
    """Write ``data`` into a new folder only this user can read; returns the file's path."""
    folder = private_folder("view")  # mode 0700; swept at the next start if this process is killed
    target = folder / (Path(name).name or "attachment")
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
    return target


class MediaViewer(QDialog):
    def __init__(self, archive: Archive, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.data: bytes | None = None
        self.temporary: Path | None = None
        name = row.attachment or kind_label(row.kind, row.media_type)
        self.setWindowTitle(name)
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)
        self.scroll = QScrollArea(self)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel(tr("Loading…"), self.scroll)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(tr("Media"))
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.actual = QCheckBox(tr("Actual size"), self)
        self.actual.setVisible(False)
        layout.addWidget(self.actual)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(tr("Open in another app"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setToolTip(
            tr("Makes a private temporary copy for the other app; it is deleted when you close this window.")
        )
        self.save_button = self.buttons.addButton(tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.open_button, self.save_button):
            button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_elsewhere)
        self.save_button.clicked.connect(self.save_copy)
        self.actual.toggled.connect(lambda _checked: self._show_image())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_copy)
        self._image = QImage()
        self._describe(tr("Loading…"))
        if row.attachment_sha256:
            sha = row.attachment_sha256
            self._job = Job(on_own_handle(archive, lambda handle, _p, _c: attachment_data(handle, sha)), self).start(
                finished=self._loaded, failed=self._describe
            )
        else:
            self.image.setText(tr("This file was not included in the export, so the archive does not have it."))

    def _describe(self, state: str) -> None:
        row = self.row
        lines = [
            f"<b>{kind_label(row.kind, row.media_type)}</b> · {row.attachment or ''}",
            tr("Sent by {0} on {1}").format(row.sender or tr("(notice)"), formatting.moment(row.local_time)),
        ]
        if self.data is not None:
            lines.append(tr("Size: {0}").format(formatting.size(len(self.data))))
        if row.attachment_sha256:
            lines.append(f"SHA-256: <code>{row.attachment_sha256}</code>")
        if state:
            lines.append(state)
        self.info.setText("<br>".join(lines))

    def _loaded(self, data: bytes | None) -> None:
        if data is None:
            self.image.setText(tr("The file is missing from the archive. Run “Verify archive” to check it."))
            self._describe("")
            return
        self.data = data
        self._describe("")
        self.open_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._image = QImage.fromData(data)
        if self._image.isNull():
            self.image.setText(
                tr("wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.")
            )
        else:
            self.actual.setVisible(True)
            self._show_image()

    def _show_image(self) -> None:
        if self._image.isNull():
            return
        pixmap = QPixmap.fromImage(self._image)
        if not self.actual.isChecked():
            area = self.scroll.viewport().size()
            if pixmap.width() > area.width() or pixmap.height() > area.height():
                smooth = Qt.TransformationMode.SmoothTransformation
                pixmap = pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, smooth)
        self.image.setPixmap(pixmap)
        self.image.setAccessibleDescription(self.row.attachment or "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_image()

    def open_elsewhere(self) -> None:
        if self.data is None:
            return
        if self.temporary is None:
            self.temporary = private_copy(self.data, self.row.attachment or "attachment")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.temporary)))

    def save_copy(self) -> None:
        if self.data is None:
            return
        path = dialogs.save_path(self, tr("Save a copy"), self.row.attachment or "attachment", tr("All files (*)"))
        if path:
            partial = Path(path).with_name(f".{Path(path).name}.partial")
            try:
                partial.write_bytes(self.data)
                os.replace(partial, path)
            except OSError as error:
                partial.unlink(missing_ok=True)
                dialogs.inform(self, tr("Not saved"), tr("The copy could not be saved: {0}").format(error), True)

    def done(self, result: int) -> None:
        self.remove_temporary()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.remove_temporary()
        super().closeEvent(event)

    def remove_temporary(self) -> None:
        if self.temporary is not None:
            shutil.rmtree(self.temporary.parent, ignore_errors=True)
            self.temporary = None
