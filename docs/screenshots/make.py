"""Render the app's windows offscreen to PNG, to look at them (and for the user guide).

    python docs/screenshots/make.py [--out DIR] [--huge] [--language CODE | --pseudo accented|rtl]

Builds a demo archive in a temporary folder from invented chats (a shop, its customers,
a staff group with photos, a customer writing Arabic and Hebrew), then saves: browser-empty,
browser-chat, browser-directions, browser-group,
browser-search, browser-details, browser-dark, browser-locked, media-viewer, browser-phone
(a chat from a phone's database: replies with their quote, reactions, calls, an edit), and with
--huge browser-huge (a 100,000-message chat), then every wizard page. --language renders
them in a shipped language, --pseudo in the pseudo-locale (gui/pseudo_locale.py; "rtl" is
mirrored, with Arabic numbers); both write into a folder of that name beside this script
unless --out says otherwise. Nothing here is a real person's chat.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

# A 1600 x 1000 offscreen screen (the default one is 800 wide and squeezes the windows).
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}")

PASSPHRASE = "demo passphrase for screenshots"
FAST = {"memory_kib": 8192, "iterations": 1, "lanes": 1}


def demo_chats(folder: Path) -> list[Path]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    def photo(path: Path, colour: str, label: str) -> None:
        image = QImage(640, 480, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        painter = QPainter(image)
        painter.setPen(QColor("white"))
        font = QFont("DejaVu Sans")
        font.setPixelSize(48)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPG")
        path.write_bytes(bytes(data))

    ana = folder / "WhatsApp Chat with Ana Souza.txt"
    ana.write_text(
        "02/04/2024, 09:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.\n"
        "02/04/2024, 09:12 - Ana Souza: Bom dia! Vocês ainda têm o vaso de cerâmica azul da vitrine?\n"
        "02/04/2024, 09:15 - Loja Verde: Bom dia, Ana! Temos sim, o grande e o pequeno.\n"
        "02/04/2024, 09:15 - Loja Verde: O catálogo completo está em https://lojaverde.example/vasos\n"
        "02/04/2024, 09:20 - Ana Souza: Quero o grande. Vocês entregam em Pinheiros?\n"
        "02/04/2024, 09:22 - Loja Verde: Entregamos! A entrega custa R$ 15 e chega amanhã de manhã. "
        "Posso separar o vaso no seu nome?\n"
        "02/04/2024, 09:23 - Ana Souza: Pode sim, obrigada 😊\n"
        "02/04/2024, 09:25 - Ana Souza: Missed voice call\n"
        "03/04/2024, 10:02 - Loja Verde: location: https://maps.google.com/?q=-23.5617,-46.6825\n"
        "03/04/2024, 10:05 - Ana Souza: This message was deleted\n"
        "03/04/2024, 10:06 - Ana Souza: Chegou! Ficou lindo na sala <This message was edited>\n"
        "03/04/2024, 10:07 - Loja Verde: Que bom! Obrigado pela compra, Ana.\n",
        encoding="utf-8",
    )
    group = folder / "WhatsApp Chat with Equipa Loja Verde.txt"
    photo(folder / "IMG-20240405-WA0001.jpg", "#2e7d6b", "Vitrine nova")
    photo(folder / "IMG-20240405-WA0002.jpg", "#8a4b00", "Estoque")
    group.write_text(
        '05/04/2024, 08:00 - Loja Verde created group "Equipa Loja Verde"\n'
        "05/04/2024, 08:01 - Loja Verde added Rui Costa\n"
        "05/04/2024, 08:02 - Loja Verde: Bom dia, equipa! A vitrine nova ficou assim:\n"
        "05/04/2024, 08:02 - Loja Verde: IMG-20240405-WA0001.jpg (file attached)\n"
        "05/04/2024, 08:05 - Rui Costa: Ficou ótima 👏\n"
        "05/04/2024, 08:07 - Eva Lima: IMG-20240405-WA0002.jpg (file attached)\n"
        "Chegaram 40 vasos grandes, falta etiquetar\n"
        "05/04/2024, 08:09 - Eva Lima: Tabela de preços abril.pdf (file attached)\n"
        "05/04/2024, 08:10 - Rui Costa: PTT-20240405-WA0003.opus (file attached)\n"
        "05/04/2024, 08:12 - Loja Verde: POLL:\nQuem abre a loja sábado?\nOPTION: Rui (1 vote)\nOPTION: Eva (2 votes)\n"
        "05/04/2024, 08:20 - Eva Lima: Eu abro, sem problema. Levo também as chaves do depósito e confiro o "
        "estoque antes das dez.\n",
        encoding="utf-8",
    )
    customers = []
    for number, (name, line) in enumerate(
        [("Carlos Mendes", "O pedido 4411 já saiu?"), ("Joana Reis", "Vocês abrem no feriado?"),
         ("Marta Silva", "Obrigada pela entrega rápida!"), ("Pedro Alves", "Tem o vaso verde em estoque?")]
    ):  # fmt: skip
        path = folder / f"WhatsApp Chat with {name}.txt"
        path.write_text(
            f"{10 + number:02d}/04/2024, 14:0{number} - {name}: {line}\n"
            f"{10 + number:02d}/04/2024, 14:3{number} - Loja Verde: "
            f"Olá {name.split()[0]}, vou verificar e já respondo.\n",
            encoding="utf-8",
        )
        customers.append(path)
    # Right-to-left text inside messages keeps its own direction, whatever the interface's.
    mixed = folder / "WhatsApp Chat with Yusuf Haddad.txt"
    mixed.write_text(
        "15/04/2024, 11:00 - Yusuf Haddad: مرحبا، هل الطلب 4412 جاهز للاستلام؟\n"
        "15/04/2024, 11:04 - Loja Verde: Olá Yusuf! Sim, pode buscar hoje até 18h.\n"
        "15/04/2024, 11:05 - Yusuf Haddad: שלום, גם אחי רוצה להזמין עציץ\n"
        "15/04/2024, 11:06 - Yusuf Haddad: شكرا جزيلا 🌿\n",
        encoding="utf-8",
    )
    customers.append(mixed)
    return [ana, group, *customers]


def huge_chat(folder: Path, count: int) -> Path:
    path = folder / "WhatsApp Chat with Loja Verde Atacado.txt"
    with path.open("w", encoding="utf-8") as stream:
        for i in range(count):
            day, minute = i // 600, i % 600
            stream.write(
                f"{1 + day % 28:02d}/{1 + day // 28 % 12:02d}/{2019 + day // 336}, "
                f"{8 + minute // 60}:{minute % 60:02d} - "
                f"{'Loja Verde' if i % 3 else 'Atacado Sul'}: pedido {i}: confirmar quantidade e data de entrega\n"
            )
    return path


def wizard_shots(app, work: Path, exports: Path, settings, shot) -> None:
    """Every wizard page, driven as a user would (answers typed, buttons clicked)."""
    from datetime import UTC, datetime, timedelta

    from wamigrate.gui import dialogs
    from wamigrate.gui.wizard.window import MigrationWizard

    dialogs.confirm = lambda *args: True  # the "this cannot be undone" question: yes
    wizard = MigrationWizard(settings, FAST)
    page = to_protect(wizard, settings, "android", work / "wizard-archive", shot)
    shot(wizard, "wizard-3-protect")
    page.action.click()
    while wizard.archive is None:
        app.processEvents()
    shot(wizard, "wizard-3-protect-kit")
    page.kit.retype.setText(page.kit.key[-4:])
    wizard.next()
    page = wizard.currentPage()
    page.panel.add_paths([str(path) for path in sorted(exports.glob("*.txt"))])
    page.panel.start_button.click()
    while page.panel.running or not page.isComplete():
        app.processEvents()
    shot(wizard, "wizard-4-import")
    wizard.next()
    page = wizard.currentPage()
    page.verify_button.click()
    while not page.isComplete():
        app.processEvents()
    shot(wizard, "wizard-5-review")
    wizard.next()
    page = wizard.currentPage()
    while page.impact is None:
        app.processEvents()
    shot(wizard, "wizard-6-impact")
    from wamigrate.gui import theme

    theme.apply_scheme("dark")
    page.impact = None
    page.run()  # the charts are drawn in the palette's colours
    while page.impact is None:
        app.processEvents()
    shot(wizard, "wizard-6-impact-dark")
    theme.apply_scheme("light")
    wizard.next()
    page = wizard.currentPage()
    page.fields[("business", "display_name")].setText("Loja Verde")
    page.fields[("business", "legal_name")].setText("Loja Verde Comércio de Plantas Ltda")
    page.fields[("business", "website")].setText("https://lojaverde.example")
    while page.report is None:
        app.processEvents()
    shot(wizard, "wizard-7-readiness")
    wizard.next()
    shot(wizard, "wizard-8-report")
    wizard.next()  # the checklist is the last page: the irreversible step comes after the report
    page = wizard.currentPage()
    for step in ("archive_verified", "app_updated", "companions_warned", "history_consent"):
        page.rows[step][0].click()
    shot(wizard, "wizard-9-checklist")
    page.rows["open_app"][0].click()
    # The full migration's checklist on the same archive: the final export, the locked
    # irreversible step, registering with the provider.
    wizard.state.route = "full"
    page.initializePage()
    page.rows["two_step_handled"][0].click()
    shot(wizard, "wizard-9-checklist-full")
    wizard.close_archive()
    wizard.hide()
    del datetime, UTC, timedelta


def to_protect(wizard, settings, phone_os: str, archive: Path, shot=None):
    """A new wizard driven through the welcome and number pages (shot when ``shot`` is given)
    to the protect page, with a place and passphrase typed; returns that page."""
    settings.remove("wizard/state")
    wizard.show()
    wizard.restart()
    page = wizard.currentPage()
    page.where.setCurrentIndex(page.where.findData("business"))
    page.use_suggestion.click()
    if shot:
        shot(wizard, "wizard-1-welcome")
    wizard.next()
    page = wizard.currentPage()
    page.country.setCurrentIndex(page.country.findData("BR"))
    page.phone.setText("11 98765 4321")
    page.os.setCurrentIndex(page.os.findData(phone_os))
    page.two_step.setCurrentIndex(page.two_step.findData(True))
    page.sms.setCurrentIndex(page.sms.findData(True))
    if shot:
        shot(wizard, "wizard-2-number")
    wizard.next()
    page = wizard.currentPage()
    page.path.setText(str(archive))
    page.passphrase.field.setText("copper lantern orbit 47")
    page.passphrase.confirm.setText("copper lantern orbit 47")
    return page


def iphone_shots(work: Path, settings, shot) -> None:
    """The phone route for an iPhone: the protect page's drawn steps."""
    from wamigrate.gui.wizard.window import MigrationWizard

    wizard = MigrationWizard(settings, FAST)
    to_protect(wizard, settings, "ios", work / "iphone-archive")
    shot(wizard, "wizard-3-protect-iphone")
    wizard.hide()  # not close(): closing the wizard ends the application


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    parser.add_argument("--huge", action="store_true")
    parser.add_argument("--language", help="a shipped language, e.g. pt_BR")
    parser.add_argument("--pseudo", choices=("accented", "rtl"))
    args = parser.parse_args()
    out = Path(args.out)
    if (args.language or args.pseudo) and args.out == parser.get_default("out"):
        out = out / (args.language or f"pseudo-{args.pseudo}")
    if args.pseudo:
        os.environ["WAMIGRATE_PSEUDO"] = args.pseudo
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.core.archive.store import Archive
    from wamigrate.gui import theme
    from wamigrate.gui.browser import BrowserWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    work = Path(tempfile.mkdtemp(prefix="wamigrate-shots-"))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    from wamigrate.gui import qt_resources  # noqa: F401 - the translations
    from wamigrate.gui.i18n import LANGUAGE_SETTING, apply_language

    settings.setValue(LANGUAGE_SETTING, args.language or "en_GB")
    apply_language(app, settings)

    def settle(window) -> None:
        for _ in range(30):
            app.processEvents()
        window.repaint()

    def shot(window, name: str) -> None:
        settle(window)
        import time

        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:  # let workers (thumbnails, details, search) deliver
            app.processEvents()
            time.sleep(0.02)
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    iphone_shots(work, settings, shot)
    empty, _ = Archive.create(work / "empty", PASSPHRASE, FAST)
    window = BrowserWindow(empty, settings)
    window.show()
    shot(window, "browser-empty")
    window.close()

    archive, _ = Archive.create(work / "demo", PASSPHRASE, FAST)
    exports = work / "exports"
    exports.mkdir()
    for path in demo_chats(exports):
        import_export(archive, path, ImportOptions(date_order="DMY"))
    window = BrowserWindow(archive, settings)
    window.show()
    model = window.chat_model
    titles = [model.index(row).data() for row in range(model.rowCount())]
    window._open_chat(model.index(titles.index("Ana Souza")))
    shot(window, "browser-chat")
    window._open_chat(model.index(titles.index("Yusuf Haddad")))
    shot(window, "browser-directions")  # Arabic and Hebrew messages in their own direction
    window._open_chat(model.index(titles.index("Equipa Loja Verde")))
    window.details_button.setChecked(True)
    shot(window, "browser-group")
    window.details_button.setChecked(False)
    rows = window.conversation_model
    photo = next(rows.index(r).data(0x0100 + 4) for r in range(rows.rowCount())
                 if (rows.index(r).data(0x0100 + 4).media_type == "image"))  # fmt: skip
    viewer = window.open_media(photo)
    shot(viewer, "media-viewer")
    viewer.close()
    window.focus_search()
    window.search_panel.box.setText("vaso")
    window.search_panel.run()
    shot(window, "browser-search")
    window.search_panel.open_message.emit(window.search_panel.model.hits[1].message_id)
    shot(window, "browser-search-open")
    window.set_scheme("dark")
    window.tabs.setCurrentIndex(0)
    window._open_chat(model.index(titles.index("Equipa Loja Verde")))
    shot(window, "browser-dark")
    window.set_scheme("light")
    theme.apply_scheme("light")
    window.lock()
    shot(window, "browser-locked")
    window.close()

    # A chat from a phone's database (the invented one of the tests: tests/fixtures/msgstore.py).
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
    from fixtures.msgstore import build
    from fixtures.phone_backup import backup
    from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone
    from wamigrate.core.phone.backup_key import parse_hex_key

    key = bytes(range(32))
    (work / "msgstore.db.crypt15").write_bytes(backup(build(work / "plain.db").read_bytes(), key))
    phone, _ = Archive.create(work / "phone", PASSPHRASE, FAST)
    import_phone(phone, work / "msgstore.db.crypt15", PhoneImportOptions(timezone="UTC", key=parse_hex_key(key.hex())))
    (work / "plain.db").unlink()
    window = BrowserWindow(phone, settings)
    window.show()
    titles = [window.chat_model.index(r).data() for r in range(window.chat_model.rowCount())]
    window._open_chat(window.chat_model.index(titles.index("+5511987654321")))
    settle(window)  # the chat opens at its end; the replies and reactions are at its start
    window.conversation.scrollToTop()
    shot(window, "browser-phone")
    window.close()

    wizard_shots(app, work, exports, settings, shot)

    if args.huge:
        big, _ = Archive.create(work / "huge", PASSPHRASE, FAST)
        import_export(big, huge_chat(exports, 100_000), ImportOptions(date_order="DMY"))
        window = BrowserWindow(big, settings)
        window.show()
        window._open_chat(window.chat_model.index(0))
        window.details_button.setChecked(True)
        shot(window, "browser-huge")
        window.close()


if __name__ == "__main__":
    main()
