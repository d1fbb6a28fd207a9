"""The browser window driven like a user: open chats, scroll, search and step through
hits, media, details, export, verify, secrets, import more, lock (on demand and idle)."""

import hashlib
import stat

import pytest

from conftest import FAST_KDF, WAIT_MS
from fixtures.chats import PHOTO, archive_with_chats
from wamigrate.core.archive.store import Archive

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, new_archive, tmp_path, settings):
    from wamigrate.gui.browser import BrowserWindow

    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.archive is not None:
        window.lock()


def chat_index(window, title):
    model = window.chat_model
    titles = [model.index(row).data() for row in range(model.rowCount())]
    return model.index(titles.index(title))


def rows_of(window):
    from wamigrate.gui.browser_models import ROW_ROLE

    model = window.conversation_model
    return [model.index(r).data(ROW_ROLE) for r in range(model.rowCount())]


def close_modal_when(qtbot, ready, action):
    """Answer the next modal dialog: when ``ready(dialog)`` holds, run ``action(dialog)``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and ready(dialog):
            action(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_the_highlighted_chat_is_the_open_one_and_help_about(qtbot, window, monkeypatch):
    from wamigrate.gui import dialogs

    assert window.chats.currentIndex().row() == 0 and window.chat is not None
    assert window.chat.title == window.chats.currentIndex().data()
    shown = []
    monkeypatch.setattr(dialogs, "about", lambda parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert shown[0][0] == "About wamigrate" and "wamigrate 0.1.0" in shown[0][1]


def test_open_a_chat_and_scroll_both_ways(qtbot, window):
    from PySide6.QtCore import QPoint

    window.chats.setCurrentIndex(chat_index(window, "Ana Souza"))
    window._open_chat(chat_index(window, "Ana Souza"))
    model = window.conversation_model
    assert model.rowCount() == 200  # the newest page only
    assert window.title.text() == "Ana Souza" and "2,000 messages" in window.subtitle.text()
    qtbot.waitUntil(
        lambda: window.conversation.verticalScrollBar().value() == window.conversation.verticalScrollBar().maximum(),
        timeout=WAIT_MS,
    )
    bar = window.conversation.verticalScrollBar()
    bar.setValue(0)  # the top loads older messages
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=WAIT_MS)
    assert model.data(model.index(0)) == "message 1600"
    # Up to the first message: the window keeps at most MAX_ROWS rows.
    while model.can_fetch_older():
        bar.setValue(0)
        qtbot.wait(1)
    assert model.data(model.index(0)) == "message 0\nsecond line" and model.rowCount() == 1000
    # And back down to the last one, through Qt's fetchMore.
    while model.canFetchMore():
        bar.setValue(bar.maximum())
        qtbot.wait(1)
    bar.setValue(bar.maximum())
    last = window.conversation.indexAt(window.conversation.viewport().rect().bottomLeft() - QPoint(-20, 12))
    assert last.data() == "message 1999" and model.fetched == 200 + 1800 + 1000


def test_search_steps_through_hits_and_opens_them_in_context(qtbot, window):
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    assert window.tabs.currentWidget() is window.search_tab and panel.box.hasFocus()
    qtbot.keyClicks(panel.box, "message 123")
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
    # Newest first; the words are matched as prefixes ("123" finds 1230-1239 too).
    found = [hit.snippet for hit in panel.model.hits]
    assert "\x02message\x03 \x02123\x03" in found[-1]
    assert panel.status.text().endswith("messages found.")
    # Enter again opens the first hit in its chat, centred and highlighted; F3 the next.
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    current = window.conversation.currentIndex()
    assert current.data() == panel.model.hits[0].snippet.replace("\x02", "").replace("\x03", "")
    assert window.delegate.highlighted == panel.model.hits[0].message_id
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.conversation.currentIndex().data().startswith("message 123")
    assert window.delegate.highlighted == panel.model.hits[1].message_id
    # A result clicked: F3 goes on from there, not from the first result.
    fifth = panel.model.index(4)
    panel.results.setCurrentIndex(fifth)
    panel.results.clicked.emit(fifth)
    assert window.delegate.highlighted == panel.model.hits[4].message_id
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.delegate.highlighted == panel.model.hits[5].message_id
    # Filters: the business's own messages in this chat only.
    panel.filters_toggle.setChecked(True)
    panel.sender.setCurrentText("Loja Verde")
    panel.scope.setCurrentIndex(1)
    panel.run()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
    assert {hit.sender for hit in panel.model.hits} == {"Loja Verde"}
    assert {hit.chat for hit in panel.model.hits} == {"Ana Souza"}


def test_search_results_arrive_in_pages(qtbot, window):
    window.focus_search()
    panel = window.search_panel
    panel.box.setText("message")
    panel.run()
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 50 and not panel._job.running, timeout=WAIT_MS)
    shown = panel.model.rowCount()
    assert shown % 50 == 0 and "so far" in panel.status.text()
    bar = panel.results.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # scrolled to the end: the next page comes
    qtbot.waitUntil(lambda: panel.model.rowCount() == shown + 50 and not panel._job.running, timeout=WAIT_MS)
    qtbot.wait(100)
    assert panel.model.rowCount() == shown + 50  # one page per scroll to the end, no more


def test_group_chat_media_viewer_and_private_copy(qtbot, window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    window._open_chat(chat_index(window, "Equipa"))
    rows = rows_of(window)
    assert [r.kind for r in rows] == ["system", "text", "media", "deleted", "text", "media"]
    photo = rows[2]
    # The thumbnail is decoded in the background and painted when it arrives.
    qtbot.waitUntil(lambda: window.thumbnails.get(photo.attachment_sha256) is not None, timeout=WAIT_MS)
    assert window.thumbnails.get(photo.attachment_sha256).size().width() == 64
    viewer = window.open_media(photo)
    qtbot.waitUntil(lambda: viewer.data is not None, timeout=WAIT_MS)
    assert viewer.data == PHOTO and viewer.image.pixmap().width() == 64
    assert hashlib.sha256(PHOTO).hexdigest() in viewer.info.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    viewer.open_button.click()
    copy = viewer.temporary
    assert opened == [str(copy)] and copy.read_bytes() == PHOTO
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    viewer.close()
    assert not copy.exists() and not copy.parent.exists()
    # A document that the export left out is described, not opened.
    missing = window.open_media(rows[5])
    assert "not included in the export" in missing.image.text() and not missing.save_button.isEnabled()
    missing.close()


def test_links_open_and_details_panel(qtbot, window, monkeypatch):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDesktopServices

    window._open_chat(chat_index(window, "Equipa"))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    model = window.conversation_model
    link_row = model.index(4)
    window.conversation.scrollTo(link_row)
    qtbot.wait(50)
    rect = window.conversation.visualRect(link_row)
    # Click along the text line until the link is hit (its place depends on the font).
    for x in range(rect.left() + 20, rect.left() + 400, 8):
        qtbot.mouseClick(window.conversation.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.top() + 34))
        if opened:
            break
    assert opened == ["https://example.com/relatorio"]

    window.details_button.setChecked(True)
    qtbot.waitUntil(lambda: window.details.details is not None, timeout=WAIT_MS)
    details = window.details.details
    assert [(p.name, p.messages) for p in details.participants] == [("Eva", 2), ("Rui", 2), ("Loja Verde", 1)]
    assert details.media == {"image": 1} and details.media_missing == 1
    text = window.details.toPlainText()
    assert "WhatsApp Chat with Equipa.txt" in text and details.sources[0].sha256 in text
    assert "Preços.pdf" in text  # the missing-media warning, in words


def test_export_chat_txt_and_pdf(qtbot, window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from wamigrate.gui import dialogs
    from wamigrate.gui.archive_actions import ExportChatDialog

    window._open_chat(chat_index(window, "Ana Souza"))
    target = {"path": str(tmp_path / "ana.txt")}
    monkeypatch.setattr(dialogs, "save_path", lambda *args: target["path"])
    dialog = ExportChatDialog(window.archive, "Ana Souza", "2023-04-01T10:00:00", "2023-04-04T10:00:00", window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex([dialog.format.itemData(i) for i in range(dialog.format.count())].index("txt"))
    close_modal_when(qtbot, lambda d: d is not dialog and getattr(d, "ended", False), lambda d: d.accept())
    dialog.export()
    lines = (tmp_path / "ana.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "01/04/2023, 10:00 - Loja Verde: message 0" and len(lines) == 2000 + 286

    target["path"] = str(tmp_path / "ana.pdf")
    dialog = ExportChatDialog(window.archive, "Ana Souza", "2023-04-01T10:00:00", "2023-04-04T10:00:00", window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex([dialog.format.itemData(i) for i in range(dialog.format.count())].index("pdf"))
    dialog.whole.setChecked(False)
    dialog.since.setDate(dialog.since.date().fromString("2023-04-04", "yyyy-MM-dd"))
    close_modal_when(qtbot, lambda d: d is not dialog and getattr(d, "ended", False), lambda d: d.accept())
    dialog.export()
    reader = PdfReader(tmp_path / "ana.pdf")
    text = " ".join(reader.pages[0].extract_text().split())
    assert "200 messages" in text and "message 1800" in text


def test_verify_change_passphrase_and_new_recovery_key(qtbot, window, monkeypatch):
    from wamigrate.core.archive.errors import WrongSecretError
    from wamigrate.gui import archive_actions, dialogs
    from wamigrate.gui.archive_actions import ChangePassphraseDialog

    messages = []
    close_modal_when(
        qtbot, lambda d: getattr(d, "ended", False), lambda d: (messages.append(d.message.text()), d.reject())
    )
    report = archive_actions.verify_archive(window, window.archive)
    assert report.ok and messages[0].startswith("The archive is intact: 2,006 messages from 2 export files")

    # The cheap key derivation: the real one (128 MiB × 8 passes) took minutes beside two other suites.
    dialog = ChangePassphraseDialog(window.archive, window, argon2=FAST_KDF)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current.field, "not the passphrase")
    for field in (dialog.new.field, dialog.new.confirm):
        qtbot.keyClicks(field, "copper lantern orbit 47")
    dialog.change_button.click()
    # The failure is said first and the button given back when the job has ended (two
    # events): a click between them is ignored, so wait for both (it failed so, under load).
    qtbot.waitUntil(
        lambda: "does not open" in dialog.message.text() and dialog.change_button.isEnabled(), timeout=WAIT_MS
    )
    dialog.current.field.setText(PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.changed, timeout=WAIT_MS)
    folder = window.archive.folder
    Archive.open(folder, passphrase="copper lantern orbit 47").close()
    with pytest.raises(WrongSecretError):
        Archive.open(folder, passphrase=PASSPHRASE)

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    shown = []

    def type_back(kit_dialog):
        shown.append(kit_dialog.kit.key)
        kit_dialog.kit.retype.setText(kit_dialog.kit.key[-4:].lower())
        assert kit_dialog.done_button.isEnabled()
        kit_dialog.done_button.click()

    close_modal_when(qtbot, lambda d: hasattr(d, "kit"), type_back)
    key = archive_actions.replace_recovery_key(window, window.archive)
    assert shown == [key]
    Archive.open(folder, recovery_key=key).close()


def test_import_more_and_cancel_leaves_the_archive_as_it_was(qtbot, window, tmp_path):
    from wamigrate.gui.import_panel import ImportDialog

    archive = window.archive
    count = lambda: archive.connection.execute("SELECT count(*) FROM messages").fetchone()[0]  # noqa: E731
    before = count()
    first = tmp_path / "more" / "WhatsApp Chat with Bia.txt"
    first.parent.mkdir()
    first.write_text("05/05/2023, 10:00 - Bia: Olá\n05/05/2023, 10:01 - Loja Verde: Olá Bia\n", encoding="utf-8")
    second = tmp_path / "more" / "WhatsApp Chat with Caio.txt"
    second.write_text("05/05/2023, 11:00 - Caio: Bom dia\n", encoding="utf-8")

    dialog = ImportDialog(archive, window)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    panel.add_paths([str(first), str(second), str(first)])  # the same file twice is listed once
    assert panel.table.topLevelItemCount() == 2
    # Cancel as soon as the second file starts: the first, already imported, is undone too.
    # The worker may have finished both files by the time the GUI thread sees the event: the
    # run then undoes itself, so the outcome is the same whichever thread wins.
    panel.file_changed.connect(lambda index, state: panel.cancel() if (index, state) == (1, "importing") else None)
    with qtbot.waitSignal(panel.finished_run, timeout=WAIT_MS) as cancelled:
        panel.start_button.click()
    assert cancelled.args[0].cancelled and "cancelled" in panel.message.text()
    assert count() == before and panel.results == []
    assert [panel.table.topLevelItem(i).text(1) for i in range(2)] == ["Waiting", "Waiting"]

    panel.file_changed.disconnect()
    with qtbot.waitSignal(panel.imported, timeout=WAIT_MS) as blocker:
        panel.start_button.click()
    results = blocker.args[0]
    assert [(r.file_name, r.new_messages) for r in results] == [(first.name, 2), (second.name, 1)]
    assert count() == before + 3
    assert panel.table.topLevelItem(0).text(2) == "2"
    dialog.reject()
    window.chat_model.reload()
    assert window.chat_model.rowCount() == 4


def test_lock_on_demand_and_when_idle(qtbot, window, settings):
    from PySide6.QtCore import Qt

    window._open_chat(chat_index(window, "Equipa"))
    folder = window.archive.folder
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.archive is None and window.conversation.model() is None and window.chats.model() is None
    assert window.search_panel is None and window.thumbnails._images == {}
    assert window.stack.currentWidget() is window.locked_page and str(folder) in window.locked_text.text()
    window.set_archive(Archive.open(folder, passphrase=PASSPHRASE))
    assert window.chat_model.rowCount() == 2 and window.stack.currentWidget() is window.main_page
    # The chat that was open is open again, and highlighted in the list.
    assert window.chat.title == "Equipa" and window.chats.currentIndex().data() == "Equipa"
    # Idle: a short countdown here; the setting is in minutes.
    window.idle.set_interval_ms(100)
    qtbot.waitUntil(lambda: window.archive is None, timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.locked_page


def test_jump_to_date(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from wamigrate.gui import browser

    window._open_chat(chat_index(window, "Ana Souza"))
    monkeypatch.setattr(browser.JumpToDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(browser.JumpToDateDialog, "date", lambda self: "2023-04-02")
    window.jump_to_date()
    current = window.conversation.currentIndex()
    assert current.data() == "message 600"  # the first message of 2 April
    rows = rows_of(window)
    assert rows[0].local_time < "2023-04-02" < rows[-1].local_time


def test_empty_archive_and_dark_palette(qtbot, new_archive, settings, tmp_path):
    from wamigrate.gui.browser import BrowserWindow
    from wamigrate.gui.theme import DARK, LIGHT, chat_colours

    archive, _ = new_archive("empty")
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.conversation_stack.currentWidget() is window.placeholder
    assert window.placeholder_import.isVisible() and not window.export_button.isEnabled()
    window.set_scheme("dark")
    assert chat_colours() is DARK and settings.value("appearance/scheme") == "dark"
    window.set_scheme("light")
    assert chat_colours() is LIGHT
    window.lock()


def test_shortcuts_are_standard_keys_or_distinct(window):
    """Every shortcut of the window is one key sequence used once (standard keys included,
    as this platform binds them), so none silently shadows another."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    sequences = []
    for action in window.findChildren(QAction):
        sequences += [s.toString() for s in action.shortcuts() if not s.isEmpty()]
    for shortcut in window.findChildren(QShortcut):
        sequences += [s.toString() for s in shortcut.keys() if not s.isEmpty()]  # noqa: SIM118 - a Qt method
    assert len(sequences) == len(set(sequences)), sorted(sequences)
    find = {s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Find)}
    assert find & set(sequences) and "Ctrl+J" in sequences


def test_one_to_one_chats_name_every_sender_until_this_is_me_is_set(qtbot, new_archive, tmp_path, settings):
    """Issue 17, item 6: the shop is not in every chat, so the browser cannot know which
    bubbles are the shop's; it names every sender. View ▸ This is me sets the owner (kept in
    the archive, the wizard's value) and the shop's bubbles move right."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from fixtures.chats import write_shop_chats
    from wamigrate.core.archive import owner
    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.gui.browser import BrowserWindow

    archive, _ = new_archive()
    for path in write_shop_chats(tmp_path / "exports"):
        import_export(archive, path, ImportOptions(date_order="DMY"))
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._open_chat(chat_index(window, "Bia Lopes"))

    def bubbles():
        """(sender shown above the bubble, bubble on the right half) for each message."""
        option = QStyleOptionViewItem()
        option.font = window.conversation.font()
        model, width = window.conversation_model, window.conversation.viewport().width()
        laid = [window.pane.delegate._layout(option, model.index(r)) for r in range(model.rowCount())]
        return [(layout.header, layout.box.left() > width / 3) for layout in laid]

    assert bubbles() == [("Bia Lopes", False), ("Flores Lia", False)]
    window.owner_menu.aboutToShow.emit()
    actions = {a.text(): a for a in window.owner_menu.actions()}
    assert list(actions) == [
        "Flores Lia — wrote in 2 of 3 chats (probably you)",
        "Ana Reis — wrote in 1 of 3 chats",
        "Bia Lopes — wrote in 1 of 3 chats",
        "Caio Dias — wrote in 1 of 3 chats",
    ]
    assert not any(a.isChecked() for a in actions.values())
    actions["Flores Lia — wrote in 2 of 3 chats (probably you)"].trigger()
    assert bubbles() == [("", False), ("", True)]
    assert owner.chosen(archive) == "Flores Lia"
    window.owner_menu.aboutToShow.emit()
    assert [a.isChecked() for a in window.owner_menu.actions()] == [True, False, False, False]

    again = BrowserWindow(archive.reopen(), settings)  # another window reads the same stored value
    qtbot.addWidget(again)
    assert again.pane.own == "Flores Lia"
    again.lock()
    window.lock()


def test_a_reply_shows_its_quote_and_reactions_and_the_quote_leads_to_the_quoted_message(
    qtbot, new_archive, tmp_path, settings
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from fixtures.msgstore import build
    from fixtures.phone_backup import backup
    from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone
    from wamigrate.core.phone.backup_key import parse_hex_key
    from wamigrate.gui.browser import BrowserWindow
    from wamigrate.gui.browser_models import ROW_ROLE

    key = bytes(range(32))
    (tmp_path / "msgstore.db.crypt15").write_bytes(backup(build(tmp_path / "plain.db").read_bytes(), key))
    archive, _ = new_archive()
    import_phone(
        archive, tmp_path / "msgstore.db.crypt15", PhoneImportOptions(timezone="UTC", key=parse_hex_key(key.hex()))
    )
    window = BrowserWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._open_chat(chat_index(window, "+5511987654321"))
    model, view, delegate = window.conversation_model, window.conversation, window.delegate
    texts = [row.text for row in rows_of(window)]
    first, reply = (
        model.index(texts.index("Olá! Têm rosas brancas?\nPara sábado")),
        model.index(texts.index("Temos sim!")),
    )

    def layout(index):
        option = QStyleOptionViewItem()
        option.rect, option.font, option.direction = view.visualRect(index), view.font(), view.layoutDirection()
        return option, delegate._layout(option, index)

    option, drawn = layout(reply)
    assert drawn.quote is not None and drawn.quote.bottom() <= drawn.body.top()
    assert drawn.reaction_text == "👍" and drawn.reactions.top() < drawn.box.bottom() < drawn.reactions.bottom()
    assert delegate.sizeHint(option, reply).height() >= drawn.reactions.bottom()
    assert layout(first)[1].quote is None and layout(first)[1].reaction_text == "❤️"
    assert "reply to +5511987654321" in reply.data(Qt.ItemDataRole.AccessibleTextRole)
    assert reply.data(Qt.ItemDataRole.ToolTipRole) == "Reactions: 👍 +5511987654321"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Reactions: ❤️ You"

    # A click on the quote shows the quoted message, centred and highlighted.
    target = drawn.quote.center().toPoint() + option.rect.topLeft()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert view.currentIndex().row() == first.row() and delegate.highlighted == first.data(ROW_ROLE).id

    # Not loaded (the chat was opened far from it): the window loads the rows around it.
    with qtbot.waitSignal(window.pane.message_requested, timeout=WAIT_MS) as asked:
        window.pane.go_to_message(10**15)
    assert asked.args == [10**15]
    window.lock()


def test_details_write_a_number_once_and_a_name_with_its_number():
    from wamigrate.core.archive.chat_details import ChatDetails, Participant
    from wamigrate.gui.chat_details_view import details_html

    details = ChatDetails(1, "Grupo", True, "android")
    details.participants = [
        Participant("+5511900000141", "+5511900000141", False, 5),  # a phone's backup without contacts
        Participant("+55 11 90000-0142", "+5511900000142", False, 4),  # an export writes it spaced
        Participant("Ana Souza", "+5511987654321", False, 3),
        Participant("Rui", None, False, 2),
    ]
    page = details_html(details)
    assert page.count("5511900000141") == 1
    assert "<td>+55 11 90000-0142</td>" in page and "+5511900000142" not in page
    assert "Ana Souza <small>+5511987654321</small>" in page
    assert "<td>Rui</td>" in page
