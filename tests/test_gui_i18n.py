"""The chosen language reaches Qt's own strings (QWizard's buttons), numbers and dates, and
a right-to-left language mirrors the layout; the system's language is the default."""

import pytest

from conftest import WAIT_MS

pytestmark = pytest.mark.gui


@pytest.fixture
def app_language(qapp):
    yield qapp
    from PySide6.QtCore import QLocale, Qt

    for translator in getattr(qapp, "_wamigrate_translators", []):
        qapp.removeTranslator(translator)
    qapp._wamigrate_translators = []
    qapp._wamigrate_windows = []  # windows a language switch built
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
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Fechar e continuar depois"  # ours
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


def _choose_language(menu, code):
    action = next(a for a in menu.actions() if a.data() == code)
    action.trigger()


def test_wizard_switches_language_and_keeps_page_answers_and_archive(
    qtbot, app_language, tmp_path, monkeypatch, new_archive
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWizard

    from conftest import FAST_KDF
    from wamigrate.core.wizard import flow
    from wamigrate.gui import dialogs
    from wamigrate.gui.language import kept_windows
    from wamigrate.gui.wizard.window import MigrationWizard

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    wizard = MigrationWizard(settings, FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[flow.WELCOME].route_buttons["full"].click()
    wizard.next()
    assert wizard.currentPage().title() == "Your number"
    archive, _key = new_archive()
    wizard.set_archive(archive)
    language = wizard.button(QWizard.WizardButton.CustomButton1)
    assert language.text() == "Language" and language.toolTip()
    names = [a.text() for a in language.menu().actions()]
    assert names[1:] == ["English", "Português (Brasil)", "Español (Latinoamérica)", "Bahasa Indonesia", "हिन्दी",
                         "繁體中文（台灣）", "繁體中文（香港）", "简体中文（中国）"]  # fmt: skip

    _choose_language(language.menu(), "pt_BR")

    replacement = next(w for w in kept_windows() if isinstance(w, MigrationWizard))
    qtbot.addWidget(replacement)
    assert replacement is not wizard and not wizard.isVisible() and replacement.isVisible()
    assert replacement.currentPage().title() == "Seu número"
    assert replacement.state.route == "full" and replacement.archive is archive and wizard.archive is None
    assert replacement.button(QWizard.WizardButton.BackButton).text() == "< &Voltar"
    replacement.back()
    assert replacement.currentPage().title() == "Leve seu número para a Plataforma WhatsApp Business"
    settings.remove("appearance/language")
    replacement.close_archive()


def test_browser_switches_language_and_keeps_the_open_chat(qtbot, app_language, tmp_path, new_archive):
    from PySide6.QtCore import QSettings

    from fixtures.chats import archive_with_chats
    from wamigrate.gui.browser import BrowserWindow
    from wamigrate.gui.language import kept_windows

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    chat = next(c for c in window.chat_model.rows if c.title == "Equipa")
    window._show(chat.id)
    title = window.title.text()
    menu = next(
        a.menu() for a in window.menuBar().actions()[1].menu().actions() if a.menu() and a.text() == "&Language"
    )

    _choose_language(menu, "zh_TW")

    replacement = next(w for w in kept_windows() if isinstance(w, BrowserWindow))
    qtbot.addWidget(replacement)
    assert replacement.archive is archive and window.archive is None
    assert [a.text() for a in replacement.menuBar().actions()][:2] == ["封存檔(&A)", "檢視(&V)"]
    assert replacement.title.text() == title
    assert replacement.subtitle.text().endswith("則訊息")
    settings.remove("appearance/language")
    replacement.lock()


def test_readiness_report_pdf_in_brazilian_portuguese(app_language, tmp_path):
    """The report's frame, verdict, rule titles and what each rule found, in the chosen language."""
    from pypdf import PdfReader
    from PySide6.QtCore import QLocale

    import wamigrate.gui.qt_resources  # noqa: F401 - the translations
    from wamigrate.core.readiness.engine import evaluate
    from wamigrate.core.readiness.profile import profile_from_dict
    from wamigrate.core.readiness.report import build, render_html
    from wamigrate.render.pdf_report import write_pdf
    from wamigrate.translation import install_translators, tr

    install_translators(app_language, QLocale("pt_BR"))
    profile = profile_from_dict({"migration": {"route": "full"}, "number": {"phone": "+55 11 98765 4321"}})
    report = build(evaluate(profile, None, tr))
    pages = write_pdf(report, tmp_path / "relatorio.pdf", tr=tr)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "relatorio.pdf").pages).split())
    assert pages >= 2 and f"Página 1 de {pages}" in text
    assert "Prontidão para a Plataforma WhatsApp Business" in text and "Bloqueado" in text
    assert "Resultados" in text and "O que muda na migração" in text
    assert "O número pode receber SMS ou ligação de voz" in text  # a rule's title
    assert "Ainda sem resposta: o número recebe SMS? ligações de voz?" in text  # what the rule found
    assert "+5511987654321 é um número válido (BR)." in text
    assert "Not answered" not in text and "Findings" not in text
    page = render_html(report, tr, "pt-BR")
    assert '<html lang="pt-BR">' in page and "Ainda sem resposta" in page
    # What you may have read (issue 19), read back from the PDF in Portuguese.
    assert "O que você pode ter lido" in text and "Reações não funcionam na API." in text
    assert "Não é mais verdade: a API recebe as reações dos clientes" in text
    assert "Reactions do not work" not in text
    # A report made seven months after its rules says so, in Portuguese.
    old = render_html({**report, "generated_at": "2027-07-15T10:00:00Z"}, tr, "pt-BR")
    assert "Estas orientações são de 2026-12-02, há mais de seis meses" in old


def test_a_language_not_shipped_reads_english_with_plurals(app_language):
    from PySide6.QtCore import QLocale

    import wamigrate.gui.qt_resources  # noqa: F401 - the translations
    from wamigrate.translation import install_translators, tr

    install_translators(app_language, QLocale("de_DE"))
    assert tr("%Ln message(s)", "", 1) == "1 message" and tr("%Ln message(s)", "", 2) == "2 messages"
    assert tr("Import chat exports") == "Import chat exports"


def test_right_to_left_mirrors_bubbles_and_keeps_message_direction(qtbot, app_language, tmp_path, new_archive):
    """In a right-to-left language the business's bubbles move to the left and customers' to
    the right; names and previews are isolated, so a message keeps its own direction."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from fixtures.chats import archive_with_chats
    from wamigrate.gui.browser import BrowserWindow
    from wamigrate.gui.browser_models import ROW_ROLE
    from wamigrate.gui.formatting import isolated

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window._show(next(c for c in window.chat_model.rows if c.title == "Ana Souza").id)
    model, delegate = window.conversation_model, window.conversation.itemDelegate()
    rows = [model.index(r) for r in range(model.rowCount())]
    own = next(i for i in rows if i.data(ROW_ROLE).sender == "Loja Verde")
    customer = next(i for i in rows if i.data(ROW_ROLE).sender == "Ana Souza")
    width = window.conversation.viewport().width()
    option = QStyleOptionViewItem()
    option.font = window.conversation.font()
    sides = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        option.direction = direction
        sides[direction] = [delegate._layout(option, index).box for index in (own, customer)]
    own_ltr, customer_ltr = sides[Qt.LayoutDirection.LeftToRight]
    own_rtl, customer_rtl = sides[Qt.LayoutDirection.RightToLeft]
    assert own_ltr.right() > width - 20 and customer_ltr.left() < 20
    assert own_rtl.left() < 20 and customer_rtl.right() > width - 20
    assert isolated("مرحبا") == "\u2068مرحبا\u2069" and isolated("") == ""
    window.lock()


def test_reader_warnings_are_kept_with_their_values_and_shown_in_the_language(app_language, tmp_path, new_archive):
    """A warning is stored with its code, values and count, so the archive shows it in the
    user's language later; English keeps its verbs agreeing; an old entry keeps its sentence."""
    import json

    from PySide6.QtCore import QLocale

    import wamigrate.gui.qt_resources  # noqa: F401 - the translations
    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.core.export.warning_texts import warning_text
    from wamigrate.translation import install_translators, tr

    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "WhatsApp Chat with Rui.txt").write_text(
        "hello\n05/04/2024, 08:02 - Rui: IMG-20240405-WA0001.jpg (file attached)\n"
        "05/04/2024, 08:03 - Rui: IMG-20240405-WA0002.jpg (file attached)\n",
        encoding="utf-8",
    )
    (folder / "IMG-20240405-WA0002.jpg").write_bytes(b"\xff\xd8\xff\xd9")
    archive, _ = new_archive()
    import_export(archive, folder, ImportOptions(date_order="DMY"))
    (stored,) = archive.connection.execute("SELECT warnings FROM sources").fetchone()
    warnings = {w["code"]: w for w in json.loads(stored)}
    missing = warnings["media-missing"]
    assert (missing["params"], missing["count"]) == (["IMG-20240405-WA0001.jpg"], 1)
    assert missing["message"] == "1 media file the chat refers to is not in the export: IMG-20240405-WA0001.jpg"
    lines = warnings["lines-before-first-message"]
    assert lines["message"] == "line 1 comes before the first message and belongs to none; it was not imported."
    install_translators(app_language, QLocale("pt_BR"))
    shown = warning_text("media-missing", tuple(missing["params"]), missing["count"], tr)
    assert shown == "1 arquivo(s) de mídia citados na conversa não estão na exportação: IMG-20240405-WA0001.jpg"
    assert warning_text("no-such-code", (), None, tr) is None  # a newer archive's code: its stored sentence is shown
    archive.close()


def test_stored_warnings_read_whole_in_the_language(app_language, tmp_path, new_archive):
    """Every view shows a stored warning through core's warning_line: the "line N:" prefix and
    the sentence in the same language (the review page once printed the English sentence
    under a translated prefix); an entry stored before warnings kept their values keeps its sentence."""
    from PySide6.QtCore import QLocale

    import wamigrate.gui.qt_resources  # noqa: F401 - the translations
    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.core.archive.summary import chat_overview, stored_warnings
    from wamigrate.core.export.records import ReadWarning
    from wamigrate.core.export.warning_texts import warning_line
    from wamigrate.translation import install_translators, tr

    export = tmp_path / "WhatsApp Chat with Rui.txt"
    export.write_text("hello\n25/04/2024, 08:02 - Rui: Olá\n", encoding="utf-8")
    archive, _ = new_archive()
    import_export(archive, export, ImportOptions(date_order="DMY"))
    (warning,) = stored_warnings(archive)["Rui"]
    assert (warning.code, warning.line, warning.params, warning.count) == ("lines-before-first-message", 1, (1, 1), 1)
    assert [w.code for w in chat_overview(archive)[0].warnings] == ["lines-before-first-message"]
    english = "line 1: line 1 comes before the first message and belongs to none; it was not imported."
    assert warning_line(warning) == english
    install_translators(app_language, QLocale("pt_BR"))
    assert warning_line(warning, tr) == (
        "linha 1: 1 linha(s) antes da primeira mensagem (da linha 1 à 1) não pertencem a nenhuma mensagem; "
        "não foram importadas."
    )
    old = ReadWarning.from_json({"chat": "Rui", "code": "x", "message": "An old sentence.", "line": 3})
    assert old.params is None and warning_line(old, tr) == "linha 3: An old sentence."
    archive.close()


def test_core_errors_reach_the_user_in_the_language(qtbot, app_language, tmp_path, new_archive):
    """An error core raises in a worker (a Job) is written in the chosen language."""
    from PySide6.QtCore import QLocale

    import wamigrate.gui.qt_resources  # noqa: F401 - the translations
    from wamigrate.core.archive.store import Archive
    from wamigrate.gui.jobs import Job
    from wamigrate.translation import install_translators

    archive, _ = new_archive()
    folder = archive.folder
    archive.close()
    install_translators(app_language, QLocale("pt_BR"))
    job = Job(lambda _p, _c: Archive.open(folder, "not the passphrase"))
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed:
        job.start()
    assert failed.args[0] == (
        "Essa senha não abre este arquivo. Confira e tente de novo (a senha diferencia maiúsculas de minúsculas)."
    )


def test_a_reason_inside_an_error_is_translated_with_it(qtbot, app_language, tmp_path):
    """The reason is part of the sentence, not English appended to a translated start
    ("…não é uma exportação…: it looks like a spreadsheet (CSV) file")."""
    from PySide6.QtCore import QLocale

    import wamigrate.gui.qt_resources  # noqa: F401 - the translations
    from wamigrate.core.errors import os_reason
    from wamigrate.core.export import open_export
    from wamigrate.core.translatable import translating
    from wamigrate.translation import install_translators, tr

    sheet = tmp_path / "precos.txt"
    sheet.write_text("nome,preço,estoque\nmaçã,1,20\n", encoding="utf-8")
    install_translators(app_language, QLocale("pt_BR"))
    with translating(tr), pytest.raises(Exception) as raised:
        open_export(sheet)
    assert str(raised.value) == (
        "precos.txt não é uma exportação de conversa do WhatsApp: parece uma planilha (arquivo CSV), e nenhuma "
        "linha começa com data e hora do WhatsApp."
    )
    with translating(tr):
        assert os_reason(FileNotFoundError(2, "No such file or directory")) == "ele não existe"
        assert os_reason(OSError(999, "Strange")) == "Strange"  # an unusual error keeps the system's words
