"""Every question the GUI asks through a standard dialog goes through these functions,
so tests can answer them (monkeypatch) and the native dialogs stay the default."""

from __future__ import annotations

import os

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

# Where file dialogs open: what people import is usually in Downloads (a phone's export sent
# to the computer), what they save belongs in Documents; after that, the folder used last
# for that kind of choice (this session). Without a start folder Qt opens the program's
# working folder, which means nothing to the user.
OPEN, SAVE = "open", "save"
_STARTS = {
    OPEN: QStandardPaths.StandardLocation.DownloadLocation,
    SAVE: QStandardPaths.StandardLocation.DocumentsLocation,
}
_last: dict[str, str] = {}


def start_folder(kind: str) -> str:
    if kind in _last and os.path.isdir(_last[kind]):
        return _last[kind]
    for location in (_STARTS[kind], QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return os.path.expanduser("~")


def _remember(kind: str, folder: str) -> None:
    if folder:
        _last[kind] = folder


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """``suggested``: a file name (opened in the start folder) or a full path."""
    start = suggested if os.path.isabs(suggested) else os.path.join(start_folder(SAVE), suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    _remember(SAVE, os.path.dirname(path))
    return path or None


def open_paths(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(OPEN), filters)
    if paths:
        _remember(OPEN, os.path.dirname(paths[0]))
    return paths


def folder(parent: QWidget | None, title: str, kind: str = OPEN) -> str | None:
    """A folder to read from (``OPEN``, the default) or to write into (``SAVE``)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, start_folder(kind)) or None
    if chosen:
        _remember(kind, os.path.dirname(chosen.rstrip("/\\")) or chosen)
    return chosen


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    """A line of text the user types (None: cancelled)."""
    typed, ok = QInputDialog.getText(parent, title, label, text=value)
    return typed if ok else None
