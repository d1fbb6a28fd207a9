"""Choosing the language in the running app: a menu of the shipped languages, each named in
itself, and the switch. Qt widgets keep the words they were built with, so the window that
asked is rebuilt in the new language; it hands its open archive and its place to the new
one (no passphrase asked again). Windows are kept on the application object, which also
lets the start-up code close whatever archive the last window holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from wamigrate.gui import dialogs
from wamigrate.gui import settings as options
from wamigrate.gui.i18n import apply_language
from wamigrate.translation import LANGUAGE_NAMES, tr


def keep(window: QWidget) -> None:
    """Hold a top-level window (Python would otherwise collect one built by a switch)."""
    windows = QApplication.instance().__dict__.setdefault("_wamigrate_windows", [])
    if window not in windows:
        windows.append(window)


def forget(window: QWidget) -> None:
    windows = QApplication.instance().__dict__.get("_wamigrate_windows", [])
    if window in windows:
        windows.remove(window)


def swap_window(old: QWidget, new: QWidget) -> None:
    """Show ``new`` in place of ``old`` (rebuilt for a language): keep it, let the old one go."""
    new.show()
    keep(new)
    forget(old)
    old.hide()
    old.deleteLater()


def kept_windows() -> list[QWidget]:
    return list(QApplication.instance().__dict__.get("_wamigrate_windows", []))


def current_language(settings: QSettings) -> str:
    return options.LANGUAGE.get(settings)


def language_menu(
    parent: QWidget, settings: QSettings, rebuild: Callable[[], object], busy: Callable[[], str | None] = lambda: None
) -> QMenu:
    """``rebuild`` makes the window again in the new language; ``busy`` gives a reason to
    wait (work in progress that a rebuild would cut short), or None."""
    menu = QMenu(tr("&Language"), parent)
    group = QActionGroup(menu)
    choices = [("", tr("Language of the system")), *LANGUAGE_NAMES.items()]
    for code, label in choices:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)

    def refresh_checks() -> None:
        current = current_language(settings)
        for action in group.actions():
            action.setChecked(action.data() == current)

    def choose(action) -> None:
        code = action.data()
        if code == current_language(settings):
            return
        reason = busy()
        if reason:
            dialogs.inform(parent, tr("Language"), reason)
            refresh_checks()
            return
        options.LANGUAGE.put(settings, code)
        apply_language(QApplication.instance(), settings)
        rebuild()

    menu.aboutToShow.connect(refresh_checks)
    group.triggered.connect(choose)
    refresh_checks()
    return menu
