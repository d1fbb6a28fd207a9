"""The one translation lookup for every part that runs with Qt (gui/, render/), and the
loading of the translation files for a language.

All strings live in one context, the empty one, because that is where ``pyside6-lupdate``
files calls of a free ``tr()`` function; a string used in two windows is translated once.
Plurals: ``tr("%n chats", "", count)``, the form lupdate records as a numerus message
(``%Ln`` writes the count with the language's digit grouping).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wamigrate.core.translatable import english_plural
from wamigrate.languages import LANGUAGE_NAMES, LANGUAGES

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "install_translators", "tr"]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    translated = QCoreApplication.translate("", text, disambiguation, n)
    # No translation loaded (the command line, a bare render): English plurals all the same.
    return english_plural(translated, n) if n >= 0 and "(s)" in translated else translated


def replace_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take out the translators installed before and put these in (kept alive on the app)."""
    for translator in getattr(app, "_wamigrate_translators", []):
        app.removeTranslator(translator)
    for translator in translators:
        app.installTranslator(translator)
    app._wamigrate_translators = translators


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Replace the installed translations with Qt's own (qtbase: QWizard's buttons, standard
    dialogs) and wamigrate's for ``locale``; returns the translators that were found."""
    found_ones = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("wamigrate", ":/translations"),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", folder)
        if not found and name == "wamigrate":
            # A language wamigrate does not ship reads English, with English plurals ("2 messages").
            found = translator.load(QLocale(QLocale.Language.English), name, "_", folder)
        if found:
            found_ones.append(translator)
    replace_translators(app, found_ones)
    return found_ones
