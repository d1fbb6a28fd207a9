"""File dialogs open in Downloads (imports) or Documents (saves), then in the folder used last,
never in the program's working folder."""

import pytest

pytestmark = pytest.mark.gui


def test_dialogs_start_in_downloads_or_documents_then_the_last_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from wamigrate.gui import dialogs

    downloads, documents = tmp_path / "Downloads", tmp_path / "Documents"
    downloads.mkdir()
    documents.mkdir()
    places = {
        QStandardPaths.StandardLocation.DownloadLocation: str(downloads),
        QStandardPaths.StandardLocation.DocumentsLocation: str(documents),
    }
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: places.get(location, str(tmp_path)))
    monkeypatch.setattr(dialogs, "_last", {})
    asked = []
    picked = tmp_path / "phone" / "WhatsApp Chat with Ana.txt"
    picked.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda parent, title, start, filters: asked.append(start) or ([str(picked)], ""))  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: asked.append(start) or (str(tmp_path / "out.pdf"), ""))  # fmt: skip
    assert dialogs.open_paths(None, "Choose", "*.txt") == [str(picked)]
    dialogs.open_paths(None, "Choose", "*.txt")
    dialogs.save_path(None, "Save", "report.pdf", "*.pdf")
    dialogs.save_path(None, "Save", "report.pdf", "*.pdf")
    assert asked == [str(downloads), str(picked.parent), str(documents / "report.pdf"), str(tmp_path / "report.pdf")]
