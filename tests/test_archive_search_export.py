"""Search, verify and export, on a small archive with known content."""

import json

import pytest

from wamigrate.core.archive.exporter import export_attachments, export_chat
from wamigrate.core.archive.importer import import_export
from wamigrate.core.archive.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery, search
from wamigrate.core.archive.verify import verify
from wamigrate.core.export import ChatReader, open_export

CHAT = (
    "01/02/2023, 09:00 - Ana: Bom dia! A encomenda chegou?\n"
    "01/02/2023, 09:05 - Loja: Sim, a entrega é amanhã de manhã\n"
    "02/02/2023, 10:00 - Ana: Perfeito, obrigado\n"
    "03/02/2023, 11:00 - Chen: 謝謝你的幫助\n"
    "04/02/2023, 12:00 - Loja: IMG-20230204-WA0001.jpg (file attached)\n"
    "Foto da entrega\n"
    "05/02/2023, 13:00 - Ana: Delivery delivered, thanks <This message was edited>\n"
)
IMAGE = b"\xff\xd8\xff\xe0" + b"\x00" * 64


@pytest.fixture
def filled(new_archive, tmp_path):
    archive, _ = new_archive()
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "WhatsApp Chat with Loja.txt").write_text(CHAT, encoding="utf-8")
    (folder / "IMG-20230204-WA0001.jpg").write_bytes(IMAGE)
    import_export(archive, folder / "WhatsApp Chat with Loja.txt")
    return archive


def texts(page):
    return [hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "") for hit in page.hits]


def test_search_words_accents_prefixes_newest_first(filled):
    page = search(filled, SearchQuery("entrega"))
    assert [h.local_time for h in page.hits] == ["2023-02-04T12:00:00", "2023-02-01T09:05:00"]
    assert search(filled, SearchQuery("ENTREGA")).hits[0].message_id == page.hits[0].message_id
    # "e" without accent finds "é"; a prefix finds the whole word.
    assert texts(search(filled, SearchQuery("amanha"))) == ["Sim, a entrega é amanhã de manhã"]
    assert [h.local_time for h in search(filled, SearchQuery("deliv")).hits] == ["2023-02-05T13:00:00"]
    hit = search(filled, SearchQuery("obrig")).hits[0]
    assert f"{HIGHLIGHT_START}obrigado{HIGHLIGHT_END}" in hit.snippet


def test_search_cjk_substrings(filled):
    for query in ("謝謝", "你的", "幫助", "謝"):
        page = search(filled, SearchQuery(query))
        assert [h.sender for h in page.hits] == ["Chen"], query
    assert search(filled, SearchQuery("謝助")).hits == []


def test_search_filters_and_pages(filled):
    assert [h.sender for h in search(filled, SearchQuery("", sender="Loja")).hits] == ["Loja", "Loja"]
    assert len(search(filled, SearchQuery("", since="2023-02-02", until="2023-02-03")).hits) == 2
    assert [h.kind for h in search(filled, SearchQuery("", kinds=("media",))).hits] == ["media"]
    assert search(filled, SearchQuery("entrega", chat="Someone else")).hits == []
    first = search(filled, SearchQuery(""), limit=4)
    second = search(filled, SearchQuery(""), limit=4, offset=4)
    assert first.more and not second.more
    assert len(first.hits) + len(second.hits) == 6


def test_verify_passes_then_reports_damaged_media(filled):
    report = verify(filled)
    assert report.ok, report.problems
    assert (report.messages, report.attachments_checked) == (6, 1)
    filled.connection.execute("UPDATE attachment_chunks SET data = ? WHERE idx = 0", (b"tampered",))
    report = verify(filled)
    assert not report.ok
    assert any("no longer matches" in problem for problem in report.problems)
    assert [event for _, event, _ in filled.audit_log()].count("verified") == 2


def test_exports(filled, tmp_path):
    txt = export_chat(filled, "Loja", "txt", tmp_path / "chat.txt")
    # The TXT export reads back as a WhatsApp export with the same messages.
    export = open_export(txt)
    messages = list(ChatReader(export.chats[0]))
    assert [(m.sender, m.kind, m.text, m.edited) for m in messages][-2:] == [
        ("Loja", "media", "Foto da entrega", False),
        ("Ana", "text", "Delivery delivered, thanks", True),
    ]
    data = json.loads(export_chat(filled, "Loja", "json", tmp_path / "chat.json").read_text(encoding="utf-8"))
    assert data["chat"] == "Loja" and len(data["messages"]) == 6
    assert data["messages"][3]["text"] == "謝謝你的幫助"
    html = export_chat(filled, "Loja", "html", tmp_path / "chat.html", media="embed").read_text(encoding="utf-8")
    assert "data:image/jpeg;base64," in html and "Foto da entrega" in html
    html = export_chat(filled, "Loja", "html", tmp_path / "page.html").read_text(encoding="utf-8")
    assert 'src="page_files/IMG-20230204-WA0001.jpg"' in html
    assert (tmp_path / "page_files" / "IMG-20230204-WA0001.jpg").read_bytes() == IMAGE
    assert export_attachments(filled, tmp_path / "media") == 1
    with pytest.raises(Exception, match="no chat called"):
        export_chat(filled, "Nobody", "txt", tmp_path / "x.txt")
    assert not (tmp_path / "x.txt").exists()


def test_verify_reports_a_search_index_out_of_step(filled):
    message_id, text = filled.connection.execute("SELECT id, text FROM messages LIMIT 1").fetchone()
    filled.connection.execute(
        "INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', ?, ?)", (message_id, text)
    )
    report = verify(filled)
    assert any(problem.startswith("search index") for problem in report.problems), report.problems


def test_snippets_highlight_every_hit_and_cut_at_words():
    from wamigrate.core.archive.search import HIGHLIGHT_END as E
    from wamigrate.core.archive.search import HIGHLIGHT_START as S
    from wamigrate.core.archive.search import snippet

    # Folding changes lengths ("ß" is "ss"): the highlight still lands on the letters found.
    assert snippet("Die Straße nach Lissabon", ["strasse"]) == f"Die {S}Straße{E} nach Lissabon"
    assert snippet("Entrega em São Paulo amanhã", ["sao", "amanha"]) == f"Entrega em {S}São{E} Paulo {S}amanhã{E}"
    words = " ".join(f"palavra{i}" for i in range(60))
    cut = snippet(words, ["palavra30"], width=60)
    assert cut.startswith("…palavra") and cut.endswith("…") and f"{S}palavra30{E}" in cut
    inner = cut.strip("…").replace(S, "").replace(E, "")
    assert all(word in words.split() for word in inner.split())  # no word cut in half
    assert snippet(words, [], width=30) == "palavra0 palavra1 palavra2 palavra3…"
