"""The user's language: Qt's own translations (QWizard's Back/Next/Cancel, standard
dialogs) and wamigrate's, chosen by the system locale unless the settings name another
language; numbers and dates follow the same locale, and right-to-left languages mirror
the layout."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from wamigrate.core.translatable import translate_this_thread
from wamigrate.gui import settings as options
from wamigrate.gui.pseudo_locale import MODES, PSEUDO_ENVIRONMENT, PseudoTranslator
from wamigrate.translation import install_translators, replace_translators, tr

LANGUAGE_SETTING = options.LANGUAGE.key


def apply_language(app: QApplication, settings: QSettings) -> QLocale:
    """Load the translations for the chosen language; returns the locale in use."""
    chosen = options.LANGUAGE.get(settings)
    locale = QLocale(chosen) if chosen else QLocale.system()
    pseudo_mode = os.environ.get(PSEUDO_ENVIRONMENT, "")
    if pseudo_mode == "rtl":
        locale = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)  # its digits and mirrored layout
    QLocale.setDefault(locale)
    if pseudo_mode in MODES:
        replace_translators(app, [PseudoTranslator(app, right_to_left=pseudo_mode == "rtl")])
    else:
        install_translators(app, locale)
    translate_this_thread(tr)  # core's messages raised on the GUI thread
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )  # fmt: skip
    return locale
