"""Browsing: the chat list, a conversation in pages both ways, search hits and dates in context."""

import pytest

from wamigrate.core.archive import browse
from wamigrate.core.archive.importer import ImportOptions, import_export


@pytest.fixture
def archive(new_archive, tmp_path):
    archive, _ = new_archive()
    # Minute resolution: many messages on the same time, which must stay in file order.
    big = tmp_path / "WhatsApp Chat with Big_Chat.txt"
    big.write_text(
        "".join(f"{1 + i // 600:02d}/03/2023, 10:{i // 10 % 60:02d} - {'Ana' if i % 2 else 'Loja'}: line {i}\n"
                for i in range(3000)),
        encoding="utf-8",
    )  # fmt: skip
    small = tmp_path / "WhatsApp Chat with Bo.txt"
    small.write_text("10/03/2023, 09:00 - Bo: olá\n10/03/2023, 09:01 - Loja: oi Bo\n", encoding="utf-8")
    import_export(archive, big, ImportOptions(date_order="DMY"))
    import_export(archive, small, ImportOptions(date_order="DMY"))
    return archive


def test_chat_list(archive):
    chats = browse.chat_list(archive)
    assert [(c.title, c.messages, c.last_preview) for c in chats] == [
        ("Bo", 2, "oi Bo"),
        ("Big_Chat", 3000, "line 2999"),
    ]
    assert [c.title for c in browse.chat_list(archive, order="name")] == ["Big_Chat", "Bo"]
    assert [c.title for c in browse.chat_list(archive, "_")] == ["Big_Chat"]  # "_" is literal, not a wildcard
    assert browse.chat_list(archive, "zz") == []


def test_lazy_pages_both_ways_keep_file_order(archive):
    chat = next(c for c in browse.chat_list(archive) if c.title == "Big_Chat")
    page = browse.latest(archive, chat.id, 100)
    assert [r.text for r in page] == [f"line {i}" for i in range(2900, 3000)]
    older = browse.before(archive, chat.id, page[0].key, 100)
    assert [r.text for r in older] == [f"line {i}" for i in range(2800, 2900)]
    newer = browse.after(archive, chat.id, older[-1].key, 150)
    assert [r.text for r in newer] == [f"line {i}" for i in range(2900, 3000)]
    assert browse.before(archive, chat.id, browse.before(archive, chat.id, page[0].key, 5000)[0].key) == []
    assert page[1].sender == "Ana" and page[0].sender == "Loja"


def test_search_hit_and_date_in_context(archive):
    from wamigrate.core.archive.search import SearchQuery, search

    hit = search(archive, SearchQuery("1234")).hits[0]
    chat_id, rows = browse.around(archive, hit.message_id, radius=3)
    assert [r.text for r in rows] == [f"line {i}" for i in range(1231, 1238)]
    rows = browse.on_date(archive, chat_id, "2023-03-03", radius=2)
    assert [r.text for r in rows] == ["line 1198", "line 1199", "line 1200", "line 1201", "line 1202"]
