"""Every window and wizard page, walked: each focusable control has a name a screen reader
can say (its own accessible name, its text, or a label that is its buddy), icon-only buttons
have a tooltip, and Tab reaches every focusable control of the window."""

import pytest

from fixtures.chats import archive_with_chats

pytestmark = pytest.mark.gui


def spoken_name(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton | QLabel) and widget.text().replace("&", "").strip():
        return widget.text()  # a button's or a link-bearing label's own words
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return ""  # a placeholder disappears when typing: not a name
    return ""


def problems_of(window) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScrollBar, QWidget

    found = []
    focusable = [
        w for w in window.findChildren(QWidget)
        if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QScrollBar) and w.focusProxy() is None
    ]  # fmt: skip
    for widget in focusable:
        kind = type(widget).__name__
        if (
            isinstance(widget, QAbstractScrollArea)
            and widget.parent() is not None
            and type(widget).__name__ == "QScrollArea"
        ):
            continue  # a page's scrolling frame: its contents carry the names
        if not spoken_name(widget):
            found.append(
                f"{kind} without an accessible name ({widget.objectName() or widget.toolTip() or hex(id(widget))})"
            )
        if isinstance(widget, QAbstractButton) and not widget.text().strip() and not widget.toolTip():
            found.append(f"icon-only {kind} without a tooltip")
    # Tab order: following the focus chain from the first control reaches every focusable one.
    if focusable:
        seen, current = set(), focusable[0]
        for _ in range(len(window.findChildren(QWidget)) + 2):
            seen.add(current)
            current = current.nextInFocusChain()
            if current is focusable[0]:
                break
        unreachable = [type(w).__name__ for w in focusable if w not in seen]
        if unreachable:
            found.append(f"not reachable with Tab: {unreachable}")
    return found


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_browser_views_and_dialogs(qtbot, new_archive, tmp_path, settings, monkeypatch):
    from wamigrate.gui import archive_actions, dialogs
    from wamigrate.gui.browser import BrowserWindow, JumpToDateDialog
    from wamigrate.gui.import_panel import ImportDialog
    from wamigrate.gui.media_viewer import MediaViewer
    from wamigrate.gui.recovery_kit import RecoveryKitDialog
    from wamigrate.gui.unlock import UnlockDialog

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)  # closing the recovery kit asks
    archive, key = archive_with_chats(new_archive, tmp_path / "exports")
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    walked = {}
    titles = [window.chat_model.index(r).data() for r in range(window.chat_model.rowCount())]
    window._open_chat(window.chat_model.index(titles.index("Equipa")))
    window.details_button.setChecked(True)
    walked["browser: chats and conversation"] = problems_of(window)
    window.focus_search()
    window.search_panel.filters_toggle.setChecked(True)
    walked["browser: search with filters"] = problems_of(window)
    rows = window.conversation_model
    photo = next(
        rows.index(r).data(0x0100 + 4) for r in range(rows.rowCount()) if rows.index(r).data(0x0100 + 4).attachment
    )
    for name, dialog in {
        "unlock": UnlockDialog(settings, str(archive.folder)),
        "import": ImportDialog(archive),
        "export chat": archive_actions.ExportChatDialog(archive, "Equipa", "2023-04-02", "2023-04-02"),
        "change passphrase": archive_actions.ChangePassphraseDialog(archive),
        "recovery kit": RecoveryKitDialog(key, str(archive.folder)),
        "jump to date": JumpToDateDialog("2023-04-01", "2023-04-04"),
        "media viewer": MediaViewer(archive, photo),
    }.items():
        qtbot.addWidget(dialog)
        dialog.show()
        walked[name] = problems_of(dialog)
    window.lock()
    walked["browser: locked"] = problems_of(window)
    assert {name: found for name, found in walked.items() if found} == {}
    assert len(walked) == 10


def test_every_wizard_page(qtbot, settings, tmp_path, monkeypatch):
    from conftest import FAST_KDF
    from wamigrate.core.wizard import flow
    from wamigrate.gui import dialogs
    from wamigrate.gui.wizard.window import PAGE_IDS, MigrationWizard

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    wizard = MigrationWizard(settings, FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    walked = {}
    for name in flow.ALL_PAGES:
        page = wizard.page(PAGE_IDS[name])
        page.initializePage() if name in (flow.WELCOME, flow.NUMBER, flow.PROTECT) else None
        wizard.setStartId(PAGE_IDS[name])
        wizard.restart()
        walked[name] = problems_of(wizard)
    assert {name: found for name, found in walked.items() if found} == {}
