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
                f"message {i}\n" for i in range(2500)),
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


def test_search_results_model_passes_the_model_tester(qtmodeltester, archive):
    from wamigrate.core.archive.search import SearchQuery, search
    from wamigrate.gui.browser_models import ROW_ROLE, SearchResultsModel

    model = SearchResultsModel()
    page = search(archive, SearchQuery("message 249"))  # prefix: 249 and 2490-2499
    model.append(page.hits)
    qtmodeltester.check(model)
    assert [model.data(model.index(r)) for r in range(model.rowCount())][:2] == ["message 2499", "message 2498"]
    assert model.rowCount() == 11 and model.data(model.index(0), ROW_ROLE) is page.hits[0]
    model.clear()
    assert model.rowCount() == 0


def test_lazy_loading_both_ways_in_a_bounded_window(archive):
    from PySide6.QtCore import QModelIndex, Qt

    from wamigrate.core.archive import browse
    from wamigrate.gui.browser_models import DAY_ROLE, MAX_ROWS, PAGE, SENDER_ROLE, ConversationModel

    chat_id = browse.chat_list(archive)[0].id
    model = ConversationModel(archive, chat_id)
    assert model.rowCount() == PAGE
    assert model.data(model.index(PAGE - 1)) == "message 2499"
    assert not model.canFetchMore(QModelIndex())  # opened at the newest page
    while model.can_fetch_older():
        model.fetch_older()
    # Scrolled to the very top: the window holds the oldest MAX_ROWS messages, the newest
    # pages were let go and come back through fetchMore.
    assert model.rowCount() == MAX_ROWS and model.fetched == 2500
    assert model.data(model.index(0)) == "message 0"
    assert model.data(model.index(MAX_ROWS - 1)) == f"message {MAX_ROWS - 1}"
    assert model.data(model.index(1), SENDER_ROLE) == "Ana"
    assert model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole) == "Ana, 2023-04-01 10:01, message 1"
    # The first message of each day carries its date, the others none.
    days = [model.data(model.index(row), DAY_ROLE) for row in range(model.rowCount())]
    assert [d for d in days if d] == ["2023-04-01", "2023-04-02"] and days[600] == "2023-04-02"
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == MAX_ROWS and model.can_fetch_older()
    assert model.data(model.index(MAX_ROWS - 1)) == "message 2499"

    # Opened at a search hit in the middle: more to load below, through Qt's fetchMore.
    _, rows = browse.around(archive, browse.latest(archive, chat_id, 600)[0].id, radius=10)
    middle = ConversationModel(archive, chat_id, rows)
    assert middle.data(middle.index(10)) == "message 1900"
    assert middle.canFetchMore(QModelIndex())
    while middle.canFetchMore(QModelIndex()):
        middle.fetchMore(QModelIndex())
    assert middle.data(middle.index(middle.rowCount() - 1)) == "message 2499"
