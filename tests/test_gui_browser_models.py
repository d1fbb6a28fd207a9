"""The browser's models pass Qt's model tester and load lazily in both directions."""

import pytest

from wamigrate.core.archive.importer import ImportOptions, import_export

pytestmark = pytest.mark.gui


@pytest.fixture
def archive(new_archive, tmp_path):
    archive, _ = new_archive()
    chat = tmp_path / "WhatsApp Chat with Ana.txt"
    chat.write_text(
        "".join(f"{1 + i // 600:02d}/04/2023, {10 + i // 60 % 10}:{i % 60:02d} - {'Ana' if i % 2 else 'Loja'}: "
                f"message {i}\n" for i in range(1000)),
        encoding="utf-8",
    )  # fmt: skip
    import_export(archive, chat, ImportOptions(date_order="DMY"))
    return archive


def test_models_pass_the_model_tester(qtmodeltester, archive):
    from wamigrate.core.archive import browse
    from wamigrate.gui.browser_models import ChatListModel, ConversationModel

    chats = ChatListModel(archive)
    qtmodeltester.check(chats)
    chat_id = browse.chat_list(archive)[0].id
    conversation = ConversationModel(archive, chat_id)
    qtmodeltester.check(conversation)


def test_lazy_loading_both_ways_and_accessible_text(archive):
    from PySide6.QtCore import QModelIndex, Qt

    from wamigrate.core.archive import browse
    from wamigrate.gui.browser_models import PAGE, SENDER_ROLE, ConversationModel

    chat_id = browse.chat_list(archive)[0].id
    model = ConversationModel(archive, chat_id)
    assert model.rowCount() == PAGE
    assert model.data(model.index(PAGE - 1)) == "message 999"
    assert not model.canFetchMore(QModelIndex())  # opened at the newest page
    while model.can_fetch_older():
        model.fetch_older()
    assert model.rowCount() == 1000 and model.data(model.index(0)) == "message 0"
    assert model.data(model.index(1), SENDER_ROLE) == "Ana"
    spoken = model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Ana, 2023-04-01 10:01: message 1")

    # Opened at a search hit in the middle: more to load below, through Qt's fetchMore.
    _, rows = browse.around(archive, browse.latest(archive, chat_id, 600)[0].id, radius=10)
    middle = ConversationModel(archive, chat_id, rows)
    assert middle.canFetchMore(QModelIndex())
    while middle.canFetchMore(QModelIndex()):
        middle.fetchMore(QModelIndex())
    assert middle.data(middle.index(middle.rowCount() - 1)) == "message 999"
