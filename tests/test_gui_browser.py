"""The browser window: open a chat, search and jump to the hit, lock clears everything."""

import pytest

from wamigrate.core.archive.importer import ImportOptions, import_export

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, new_archive, tmp_path):
    from PySide6.QtCore import QSettings

    from wamigrate.gui.browser import BrowserWindow

    archive, _ = new_archive()
    big = tmp_path / "WhatsApp Chat with Ana Souza.txt"
    big.write_text(
        "".join(f"{1 + i // 600:02d}/04/2023, {10 + i // 60 % 10}:{i % 60:02d} - "
                f"{'Ana Souza' if i % 2 else 'Loja Verde'}: message {i}" + ("\nsecond line" if i % 7 == 0 else "") + "\n"
                for i in range(2000)),
        encoding="utf-8",
    )  # fmt: skip
    group = tmp_path / "WhatsApp Chat with Equipa.txt"
    group.write_text(
        '02/04/2023, 09:00 - Loja Verde created group "Equipa"\n02/04/2023, 09:01 - Loja Verde: Reunião às 10h\n'
        "02/04/2023, 09:02 - Rui: ok 👍\n02/04/2023, 09:03 - Eva: This message was deleted\n"
        "02/04/2023, 09:04 - Eva: Vou levar o relatório de vendas completo, com os números de março e abril\n",
        encoding="utf-8",
    )
    for path in (big, group):
        import_export(archive, path, ImportOptions(date_order="DMY"))
    window = BrowserWindow(archive, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_open_chat_search_and_lock(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    assert window.chat_model.rowCount() == 2
    titles = [window.chat_model.index(row).data() for row in range(2)]
    big = window.chat_model.index(titles.index("Ana Souza"))
    group = window.chat_model.index(titles.index("Equipa"))
    window.chats.setCurrentIndex(big)
    window._open_chat(big)
    model = window.conversation_model
    assert model.rowCount() == 200  # the newest page only
    window.grab().save(str(tmp_path / "browser-chat.png"))
    window.conversation.verticalScrollBar().setValue(0)  # scrolling to the top loads older messages
    qtbot.waitUntil(lambda: model.rowCount() == 400)

    qtbot.keyClicks(window.search_box, "message 1234")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.results.isVisible() and window.results.count() >= 1
    window._open_result(window.results.item(0))
    current = window.conversation.currentIndex()
    assert current.data() == "message 1234"
    window.grab().save(str(tmp_path / "browser-search.png"))

    window._open_chat(group)
    window.grab().save(str(tmp_path / "browser-group.png"))

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.archive is None and window.conversation.model() is None and window.chats.model() is None
