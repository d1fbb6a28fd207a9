"""The user's language: Qt's own translations (QWizard's Back/Next/Cancel, standard
dialogs) and wamigrate's, chosen by the system locale unless the settings name another
language; numbers and dates follow the same locale, and right-to-left languages mirror
the layout."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGE_SETTING = "appearance/language"  # a locale name such as "pt_BR"; empty: the system's


def install_translators(app: QApplication, settings: QSettings) -> QLocale:
    """Load the translations for the chosen language; returns the locale in use."""
    chosen = str(settings.value(LANGUAGE_SETTING, "") or "")
    locale = QLocale(chosen) if chosen else QLocale.system()
    QLocale.setDefault(locale)
    for translator in getattr(app, "_wamigrate_translators", []):
        app.removeTranslator(translator)
    installed = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("wamigrate", ":/translations"),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._wamigrate_translators = installed  # kept alive, and replaced on a language change
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )  # fmt: skip
    return locale
