"""Qt models over the archive's browse queries: the chat list, a conversation that loads
lazily in both directions, and search results that grow as pages arrive.

Items expose their text, sender and time through roles, so views, delegates and screen
readers get the same facts (AccessibleTextRole reads a whole message aloud).

A conversation keeps a bounded window of rows (MAX_ROWS): scrolling far up drops pages at
the bottom and scrolling down again fetches them back. A list view lays out all its rows
again whenever rows are inserted above; with a bounded window that costs the same on the
ten-thousandth message as on the first.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from wamigrate.core.archive import browse
from wamigrate.core.archive.search import HIGHLIGHT_END, HIGHLIGHT_START, Hit
from wamigrate.core.archive.store import Archive
from wamigrate.translation import tr

SENDER_ROLE = Qt.ItemDataRole.UserRole + 1
TIME_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4
DAY_ROLE = Qt.ItemDataRole.UserRole + 5  # the date, on the first message of each day; else None
PAGE = 200
MAX_ROWS = 5 * PAGE

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str, media_type: str | None = None) -> str:
    """A message kind in words, for screen readers and for messages without text."""
    labels = {
        "media": tr("Media"),
        "location": tr("Location"),
        "poll": tr("Poll"),
        "deleted": tr("Deleted message"),
        "call": tr("Call"),
        "system": tr("Notice"),
        "text": tr("Message"),
    }
    media = {
        "image": tr("Photo"),
        "video": tr("Video"),
        "audio": tr("Audio"),
        "voice_note": tr("Voice message"),
        "sticker": tr("Sticker"),
        "gif": tr("GIF"),
        "document": tr("Document"),
        "contact": tr("Contact card"),
    }
    if kind == "media" and media_type in media:
        return media[media_type]
    return labels.get(kind, kind)


def poll_text(text: str) -> str:
    """A poll as WhatsApp exports it ("POLL:", the question, "OPTION: … (n votes)") shown as
    the question and a bulleted list of options."""
    lines = text.splitlines()
    if not lines or lines[0].strip().upper() != "POLL:":
        return text
    shown = []
    for line in lines[1:]:
        head, _, rest = line.partition(":")
        shown.append(f"• {rest.strip()}" if head.strip().upper() == "OPTION" else line)
    return "\n".join(shown)


def reactions_text(reactions) -> str:
    """Who reacted with what, in words (a tooltip, a screen reader)."""
    you = tr("You")
    given = "; ".join(f"{r.emoji} {you if r.sender is None else r.sender}" for r in reactions)
    return tr("Reactions: {0}").format(given)


# Roles answered straight from a message row or a search hit (both carry these fields).
_FIELD_ROLES = {SENDER_ROLE: "sender", TIME_ROLE: "local_time", KIND_ROLE: "kind"}


class _ListModel(QAbstractListModel):
    """A flat list of rows (``self.rows``); ``_at`` gives the row of a valid index, else None."""

    rows: list

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def _at(self, index: _Index):
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None


class ChatListModel(_ListModel):
    """Every chat is read once (counting a million-message chat takes a moment); filtering
    and sorting then happen in memory, at each key press."""

    def __init__(self, archive: Archive, parent=None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._all: dict[int, browse.ChatRow] = {}
        self.rows: list[browse.ChatRow] = []
        self.text_filter = ""
        self.order = "recent"
        self.reload()

    def reload(self) -> None:
        """Read the chats again (after an import)."""
        self._all = {chat.id: chat for chat in browse.chat_list(self._archive)}
        self.refresh()

    def refresh(self, text_filter: str | None = None, order: str | None = None) -> None:
        self.text_filter = self.text_filter if text_filter is None else text_filter
        self.order = self.order if order is None else order
        wanted = self.text_filter.casefold()
        chats = [chat for chat in self._all.values() if wanted in chat.title.casefold()]
        if self.order == "name":
            chats.sort(key=lambda c: c.title.casefold())
        else:
            chats.sort(key=lambda c: c.last_time or "", reverse=True)
        self.beginResetModel()
        self.rows = chats
        self.endResetModel()

    def chat(self, chat_id: int) -> browse.ChatRow | None:
        return self._all.get(chat_id)

    def position_of(self, chat_id: int) -> int | None:
        """The row showing the chat ``chat_id``, or None (filtered out, or gone)."""
        return next((row for row, chat in enumerate(self.rows) if chat.id == chat_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        chat = self._at(index)
        if chat is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return chat.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return chat.last_preview
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = tr("group") if chat.is_group else tr("chat")
            count = tr("%Ln message(s)", "", chat.messages)
            return f"{chat.title}, {kind}, {count}, {chat.last_preview}"
        if role == TIME_ROLE:
            return chat.last_time
        if role == ROW_ROLE:
            return chat
        return None


class ConversationModel(_ListModel):
    """One chat's messages, oldest at the top; starts at the newest page (or at given rows)."""

    def __init__(self, archive: Archive, chat_id: int, rows: list[browse.Row] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._archive = archive
        self.chat_id = chat_id
        self.rows = rows if rows is not None else browse.latest(archive, chat_id, PAGE)
        self._older = bool(self.rows)  # maybe more above
        self._newer = rows is not None and bool(rows)  # opened in the middle: maybe more below
        self.fetched = len(self.rows)  # rows loaded since opening, for measurements
        self.highlighted: int | None = None  # a message id shown as "found"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if row.kind == "poll":
                return poll_text(row.text)
            return row.text if row.text else kind_label(row.kind, row.media_type)
        if role in _FIELD_ROLES:
            return getattr(row, _FIELD_ROLES[role])
        if role == ROW_ROLE:
            return row
        if role == DAY_ROLE:
            first = index.row() == 0 or self.rows[index.row() - 1].local_time[:10] != row.local_time[:10]
            return row.local_time[:10] if first else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = row.sender or tr("Notice")
            parts = [who, row.local_time.replace("T", " ")[:16]]
            if row.kind != "text":
                parts.append(kind_label(row.kind, row.media_type))
            if row.attachment:
                parts.append(row.attachment)
            if row.text:
                parts.append(row.text)
            if row.quote is not None:
                parts.append(tr("reply to {0}").format(row.quote.sender or tr("a message not in this chat")))
            if row.reactions:
                parts.append(reactions_text(row.reactions))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole and row.reactions:
            return reactions_text(row.reactions)
        return None

    # Downwards, views use Qt's fetchMore when the bottom is reached; upwards, they call
    # fetch_older at the top (Qt has no built-in "fetch before").
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._newer

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.rows:
            return
        rows = browse.after(self._archive, self.chat_id, self.rows[-1].key, PAGE)
        self._newer = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
            self.fetched += len(rows)
            excess = len(self.rows) - MAX_ROWS
            if excess > 0:
                self.beginRemoveRows(QModelIndex(), 0, excess - 1)
                del self.rows[:excess]
                self.endRemoveRows()
                self._older = True

    def can_fetch_older(self) -> bool:
        return self._older

    def fetch_older(self) -> int:
        """Prepend the previous page; returns how many rows were added (to keep the view still)."""
        if not self.rows:
            return 0
        rows = browse.before(self._archive, self.chat_id, self.rows[0].key, PAGE)
        self._older = len(rows) == PAGE
        if rows:
            excess = len(self.rows) + len(rows) - MAX_ROWS
            if excess > 0:  # drop the bottom first: the user is looking at the top
                self.beginRemoveRows(QModelIndex(), len(self.rows) - excess, len(self.rows) - 1)
                del self.rows[-excess:]
                self.endRemoveRows()
                self._newer = True
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows[:0] = rows
            self.endInsertRows()
            self.fetched += len(rows)
        return len(rows)

    def row_of(self, message_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == message_id), None)

    def rows_with_attachment(self, sha256: str) -> list[int]:
        return [i for i, row in enumerate(self.rows) if row.attachment_sha256 == sha256]


class SearchResultsModel(_ListModel):
    """Hits in arrival order; pages are appended as the search worker delivers them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def clear(self) -> None:
        self.beginResetModel()
        self.hits = []
        self.endResetModel()

    def append(self, hits: list[Hit]) -> None:
        if hits:
            self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(hits) - 1)
            self.hits.extend(hits)
            self.endInsertRows()

    @property
    def rows(self) -> list[Hit]:
        return self.hits

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self._at(index)
        if hit is None:
            return None
        plain = " ".join(hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())
        if role == Qt.ItemDataRole.DisplayRole:
            return plain
        if role == ROW_ROLE:
            return hit
        if role in _FIELD_ROLES:
            return getattr(hit, _FIELD_ROLES[role])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = hit.sender or tr("Notice")
            return f"{hit.chat}, {who}, {hit.local_time.replace('T', ' ')[:16]}: {plain}"
        return None
