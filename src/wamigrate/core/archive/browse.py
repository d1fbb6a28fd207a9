"""Reading an archive the way a chat app shows it: the chat list, and a conversation in
pages that load lazily in both directions, from any point (a date, a search hit).

A position in a conversation is its sort key (UTC time, source, line); pages are fetched
with keyset conditions on the (chat, time, source, line) index, so the first page of a
million-message chat costs the same as that of a ten-message one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from wamigrate.core.archive.store import Archive

_COLUMNS = (
    "m.id, m.utc_time, m.source_id, m.source_line, m.local_time, p.display_name, m.kind, m.text, "
    "m.attachment_name, m.attachment_sha256, m.media_type, m.edited, m.detail, m.reply_to, m.wa_id"
)


@dataclass(frozen=True)
class ChatRow:
    id: int
    title: str
    is_group: bool
    messages: int
    last_time: str | None
    last_preview: str


@dataclass(frozen=True)
class Quote:
    """The message a reply quotes, as its bubble shows it above the reply."""

    wa_id: str
    message_id: int | None  # None: the quoted message is not in this chat of the archive
    sender: str | None = None
    kind: str = "text"
    text: str = ""
    media_type: str | None = None


@dataclass(frozen=True)
class Reaction:
    emoji: str
    sender: str | None  # None: the business (the phone's owner)


@dataclass(frozen=True)
class Row:
    id: int
    key: tuple[str, int, int]  # (utc_time, source_id, source_line): the conversation order
    local_time: str
    sender: str | None
    kind: str
    text: str
    attachment: str | None
    attachment_sha256: str | None
    media_type: str | None
    edited: bool
    detail: str | None
    quote: Quote | None = None  # a reply (from a phone's database): what it quotes
    wa_id: str | None = None  # WhatsApp's id of the message: it came from a phone's database
    reactions: tuple[Reaction, ...] = ()


def _rows(archive: Archive, chat_id: int, found: list[tuple]) -> list[Row]:
    """Rows with what they quote and their reactions, each looked up for the whole page at once."""
    replies = {values[13] for values in found if values[13]}
    quoted: dict[str, Quote] = {}
    if replies:
        # Through the (chat, wa_id) index. A reply sent privately to a group's message quotes
        # a message of another chat: it is shown as not in this chat.
        for wa_id, message_id, sender, kind, text, media_type in archive.connection.execute(
            "SELECT m.wa_id, m.id, p.display_name, m.kind, m.text, m.media_type FROM messages m "
            "LEFT JOIN participants p ON p.id = m.sender_id "
            "WHERE m.chat_id = ? AND m.wa_id IN (SELECT value FROM json_each(?))",
            (chat_id, json.dumps(sorted(replies))),
        ):
            quoted[wa_id] = Quote(wa_id, message_id, sender, kind, text or "", media_type)
    reactions: dict[int, list[Reaction]] = defaultdict(list)
    if found:
        for message_id, sender, emoji in archive.connection.execute(
            "SELECT message_id, sender, emoji FROM reactions WHERE message_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY message_id, utc_time, rowid",
            (json.dumps([values[0] for values in found]),),
        ):
            reactions[message_id].append(Reaction(emoji, sender))
    rows = []
    for values in found:
        quote = (quoted.get(values[13]) or Quote(values[13], None)) if values[13] else None
        rows.append(Row(
            values[0], (values[1], values[2], values[3]), values[4], values[5], values[6], values[7], values[8],
            values[9], values[10], bool(values[11]), values[12],
            quote=quote, reactions=tuple(reactions.get(values[0], ())), wa_id=values[14],
        ))  # fmt: skip
    return rows


def chat_list(archive: Archive, text_filter: str = "", order: str = "recent") -> list[ChatRow]:
    """Chats with their size, last message time and a one-line preview of it."""
    rows = archive.connection.execute(
        "SELECT c.id, c.title, c.is_group, count(m.id), max(m.utc_time) FROM chats c "
        "LEFT JOIN messages m ON m.chat_id = c.id WHERE c.title LIKE ? ESCAPE '!' GROUP BY c.id",
        ("%" + text_filter.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%",),
    ).fetchall()
    chats = []
    for chat_id, title, is_group, count, last in rows:
        preview = ""
        if last is not None:
            found = archive.connection.execute(
                "SELECT kind, text FROM messages WHERE chat_id = ? AND utc_time = ? "
                "ORDER BY source_id DESC, source_line DESC LIMIT 1",
                (chat_id, last),
            ).fetchone()
            kind, text = found
            preview = " ".join(text.split())[:80] if text else f"[{kind}]"
        chats.append(ChatRow(chat_id, title, bool(is_group), count, last, preview))
    if order == "name":
        chats.sort(key=lambda c: c.title.casefold())
    else:
        chats.sort(key=lambda c: c.last_time or "", reverse=True)
    return chats


def latest(archive: Archive, chat_id: int, limit: int = 100) -> list[Row]:
    """The newest ``limit`` messages, oldest first: what a chat shows when opened."""
    rows = archive.connection.execute(
        f"SELECT {_COLUMNS} FROM messages m LEFT JOIN participants p ON p.id = m.sender_id "
        "WHERE m.chat_id = ? ORDER BY m.utc_time DESC, m.source_id DESC, m.source_line DESC LIMIT ?",
        (chat_id, limit),
    ).fetchall()
    return _rows(archive, chat_id, rows[::-1])


def _page(archive: Archive, chat_id: int, key: tuple[str, int, int], limit: int, older: bool) -> list[Row]:
    comparison, direction = ("<", "DESC") if older else (">", "")
    rows = archive.connection.execute(
        f"SELECT {_COLUMNS} FROM messages m LEFT JOIN participants p ON p.id = m.sender_id "
        f"WHERE m.chat_id = ? AND (m.utc_time, m.source_id, m.source_line) {comparison} (?, ?, ?) "
        f"ORDER BY m.utc_time {direction}, m.source_id {direction}, m.source_line {direction} LIMIT ?",
        (chat_id, *key, limit),
    ).fetchall()
    return _rows(archive, chat_id, rows[::-1] if older else rows)


def before(archive: Archive, chat_id: int, key: tuple[str, int, int], limit: int = 100) -> list[Row]:
    """Up to ``limit`` messages just older than ``key``, oldest first (scrolling up)."""
    return _page(archive, chat_id, key, limit, older=True)


def after(archive: Archive, chat_id: int, key: tuple[str, int, int], limit: int = 100) -> list[Row]:
    """Up to ``limit`` messages just newer than ``key``, oldest first (scrolling down)."""
    return _page(archive, chat_id, key, limit, older=False)


def around(archive: Archive, message_id: int, radius: int = 50) -> tuple[int, list[Row]]:
    """(chat id, the message with up to ``radius`` before and after it): a search hit in context."""
    found = archive.connection.execute(
        "SELECT chat_id, utc_time, source_id, source_line FROM messages WHERE id = ?", (message_id,)
    ).fetchone()
    if found is None:
        raise KeyError(message_id)
    chat_id, *key = found
    key = tuple(key)
    middle = archive.connection.execute(
        f"SELECT {_COLUMNS} FROM messages m LEFT JOIN participants p ON p.id = m.sender_id WHERE m.id = ?",
        (message_id,),
    ).fetchone()
    middle_row = _rows(archive, chat_id, [middle])
    return chat_id, [*before(archive, chat_id, key, radius), *middle_row, *after(archive, chat_id, key, radius)]


def on_date(archive: Archive, chat_id: int, local_date: str, radius: int = 50) -> list[Row]:
    """Messages from the first one on ``local_date`` (YYYY-MM-DD) on, with some before."""
    first = archive.connection.execute(
        "SELECT id FROM messages WHERE chat_id = ? AND local_time >= ? ORDER BY utc_time, source_id, source_line "
        "LIMIT 1",
        (chat_id, local_date),
    ).fetchone()
    if first is None:
        return latest(archive, chat_id, radius)
    return around(archive, first[0], radius)[1]
