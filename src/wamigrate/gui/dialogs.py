"""Every question the GUI asks through a standard dialog goes through these functions,
so tests can answer them (monkeypatch) and the native dialogs stay the default."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_paths(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return paths


def folder(parent: QWidget | None, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)
