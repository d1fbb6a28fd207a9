"""The chosen language reaches Qt's own strings (QWizard's buttons), numbers and dates, and
a right-to-left language mirrors the layout; the system's language is the default."""

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def app_language(qapp):
    yield qapp
    from PySide6.QtCore import QLocale, Qt

    for translator in getattr(qapp, "_wamigrate_translators", []):
        qapp.removeTranslator(translator)
    qapp._wamigrate_translators = []
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_brazilian_portuguese_wizard_buttons_and_numbers(qtbot, app_language, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWizard

    from conftest import FAST_KDF
    from wamigrate.gui import dialogs, formatting
    from wamigrate.gui.i18n import LANGUAGE_SETTING, apply_language
    from wamigrate.gui.wizard.window import MigrationWizard

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)  # closing the wizard asks
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_SETTING, "pt_BR")
    locale = apply_language(app_language, settings)
    assert locale.name() == "pt_BR"
    wizard = MigrationWizard(settings, FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Próximo >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancelar"
    assert formatting.number(1234567) == "1.234.567"
    assert formatting.short_day("2024-04-05") == "05/04/2024"


def test_right_to_left_language_mirrors_the_layout(app_language, tmp_path):
    from PySide6.QtCore import QSettings, Qt

    from wamigrate.gui.i18n import LANGUAGE_SETTING, apply_language

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_SETTING, "ar")
    apply_language(app_language, settings)
    assert app_language.layoutDirection() == Qt.LayoutDirection.RightToLeft
    settings.setValue(LANGUAGE_SETTING, "")  # back to the system's language
    apply_language(app_language, settings)
    assert app_language.layoutDirection() == Qt.LayoutDirection.LeftToRight
