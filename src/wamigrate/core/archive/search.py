"""Full-text search over every chat, newest first, in pages.

Words in Latin and other spaced scripts match by prefix, ignoring case and accents
(``messages_fts``). Chinese, Japanese, Korean and Thai text matches any substring of two
or more characters through the bigram index (``messages_cjk``); one character matches
bigrams that start with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wamigrate.core.archive.rows import CJK
from wamigrate.core.archive.store import Archive

HIGHLIGHT_START = "\x02"  # marks around the matched words in snippets; renderers replace them
HIGHLIGHT_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class SearchQuery:
    text: str = ""
    chat: str | None = None  # chat title
    sender: str | None = None  # display name, exact
    since: str | None = None  # local time, "YYYY-MM-DD" or longer, inclusive
    until: str | None = None  # local time, inclusive (a date covers the whole day)
    kinds: tuple[str, ...] = ()


@dataclass
class Hit:
    message_id: int
    chat: str
    sender: str | None
    local_time: str
    kind: str
    snippet: str


@dataclass
class SearchPage:
    hits: list[Hit] = field(default_factory=list)
    more: bool = False  # another page follows


def _fts_terms(text: str) -> tuple[str | None, str | None]:
    """(word query, CJK query) in FTS5 syntax, each None when the text has none of that kind."""
    words = []
    grams = []
    for cjk in CJK.findall(text):
        if len(cjk) == 1:
            grams.append(f'"{cjk}"*')
        else:
            grams.append('"' + " ".join(cjk[i : i + 2] for i in range(len(cjk) - 1)) + '"')
    rest = CJK.sub(" ", text)
    for word in _WORD.findall(rest):
        words.append('"' + word.replace('"', '""') + '"*')
    return (" AND ".join(words) or None), (" AND ".join(grams) or None)


def search(archive: Archive, query: SearchQuery, limit: int = 50, offset: int = 0) -> SearchPage:
    """Matching messages, newest first. Message ids sort by time (``rows.message_id``), so
    the full-text index is walked from its newest entry and the walk stops after a page."""
    word_query, cjk_query = _fts_terms(query.text)
    sources = []
    conditions = []
    params: list = []
    order = "m.id"
    if word_query:
        sources.append("messages_fts f")
        conditions.append("messages_fts MATCH ?")
        params.append(word_query)
        order = "f.rowid"
    if cjk_query:
        sources.append("messages_cjk g")
        conditions.append("messages_cjk MATCH ?")
        params.append(cjk_query)
        if word_query:
            conditions.append("g.rowid = f.rowid")
        else:
            order = "g.rowid"
    join_on = order if order != "m.id" else None
    if query.chat:
        conditions.append("c.title = ?")
        params.append(query.chat)
    if query.sender:
        conditions.append("p.display_name = ?")
        params.append(query.sender)
    if query.since:
        conditions.append("m.local_time >= ?")
        params.append(query.since)
    if query.until:
        conditions.append("m.local_time <= ?")
        params.append(query.until + ("T23:59:59" if len(query.until) == 10 else ""))
    if query.kinds:
        conditions.append(f"m.kind IN ({','.join('?' * len(query.kinds))})")
        params.extend(query.kinds)
    tables = ", ".join(sources)
    if join_on:
        conditions.append(f"m.id = {join_on}")
        from_clause = f"{tables} CROSS JOIN messages m"
    else:
        from_clause = "messages m"
    where = " AND ".join(conditions) or "1"
    rows = archive.connection.execute(
        "SELECT m.id, c.title, p.display_name, m.local_time, m.kind, m.text "
        f"FROM {from_clause} JOIN chats c ON c.id = m.chat_id LEFT JOIN participants p ON p.id = m.sender_id "
        f"WHERE {where} ORDER BY {order} DESC LIMIT ? OFFSET ?",
        (*params, limit + 1, offset),
    ).fetchall()
    page = SearchPage(more=len(rows) > limit)
    terms = _highlight_terms(query.text)
    for row in rows[:limit]:
        page.hits.append(Hit(row[0], row[1], row[2], row[3], row[4], snippet(row[5], terms)))
    return page


def _highlight_terms(text: str) -> list[str]:
    terms = [run for run in CJK.findall(text)]
    terms += _WORD.findall(CJK.sub(" ", text))
    return [t.casefold() for t in terms if t]


def _fold(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)).casefold()


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded (accents off, case folded) one character at a time, with, for each
    folded character, the position of the original character it came from: folding can
    change lengths ("ß" is "ss"), and the highlight must still land on the right letters."""
    folded, positions = [], []
    for index, ch in enumerate(text):
        piece = _fold(ch)
        folded.append(piece)
        positions.extend([index] * len(piece))
    return "".join(folded), positions


def _word_start(text: str, at: int, limit: int) -> int:
    """The start of the word at ``at``, not looking back past ``limit`` characters."""
    for step in range(limit):
        if at - step <= 0 or text[at - step - 1].isspace():
            return at - step
    return at


def _word_end(text: str, at: int, limit: int) -> int:
    for step in range(limit):
        if at + step >= len(text) or text[at + step].isspace():
            return at + step
    return at


def snippet(text: str, terms: list[str], width: int = 120) -> str:
    """About ``width`` characters around the first match, matches wrapped in highlight marks,
    cut at word boundaries with "…" where the text goes on."""
    folded, positions = _folded_with_positions(text)
    spans = []
    for term in terms:
        term = _fold(term)
        start = 0
        while term and (found := folded.find(term, start)) >= 0:
            end = found + len(term)
            while end < len(folded) and folded[end].isalnum() and not CJK.match(folded[end]):
                end += 1  # a prefix match highlights the whole word
            spans.append((positions[found], positions[end - 1] + 1))
            start = end
    spans.sort()
    first = spans[0][0] if spans else 0
    begin = _word_start(text, max(0, first - width // 3), 15) if first else 0
    stop = min(len(text), begin + width)
    if stop < len(text):
        stop = _word_end(text, stop, 15)
    pieces = ["…" if begin else ""]
    cursor = begin
    for start, end in spans:
        if start < cursor or end > stop:
            continue
        pieces += [text[cursor:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
        cursor = end
    pieces.append(text[cursor:stop])
    pieces.append("…" if stop < len(text) else "")
    return "".join(pieces)
