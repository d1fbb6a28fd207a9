"""Qt models over the archive's browse queries: the chat list, and a conversation that
loads lazily in both directions (older pages when scrolled to the top, newer at the bottom).

Items expose their text, sender and time through roles, so views, delegates and screen
readers get the same facts (AccessibleTextRole reads a whole message aloud).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from wamigrate.core.archive import browse
from wamigrate.core.archive.store import Archive

SENDER_ROLE = Qt.ItemDataRole.UserRole + 1
TIME_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4
PAGE = 200

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("BrowserModels", text)


class ChatListModel(QAbstractListModel):
    def __init__(self, archive: Archive, parent=None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._chats: list[browse.ChatRow] = []
        self.refresh()

    def refresh(self, text_filter: str = "", order: str = "recent") -> None:
        self.beginResetModel()
        self._chats = browse.chat_list(self._archive, text_filter, order)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._chats)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._chats):
            return None
        chat = self._chats[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return chat.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return chat.last_preview
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = tr("group") if chat.is_group else tr("chat")
            return f"{chat.title}, {kind}, {chat.messages} {tr('messages')}, {chat.last_preview}"
        if role == TIME_ROLE:
            return chat.last_time
        if role == ROW_ROLE:
            return chat
        return None


class ConversationModel(QAbstractListModel):
    """One chat's messages, oldest at the top; starts at the newest page (or at a message)."""

    def __init__(self, archive: Archive, chat_id: int, rows: list[browse.Row] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._chat = chat_id
        self._rows = rows if rows is not None else browse.latest(archive, chat_id, PAGE)
        self._older = bool(self._rows)  # maybe more above
        self._newer = rows is not None and bool(rows)  # opened in the middle: maybe more below

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text if row.text else f"[{row.kind}]"
        if role == SENDER_ROLE:
            return row.sender
        if role == TIME_ROLE:
            return row.local_time
        if role == KIND_ROLE:
            return row.kind
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = row.sender or tr("System")
            return f"{who}, {row.local_time.replace('T', ' ')[:16]}: {row.text or row.kind}"
        return None

    # Lazy loading downwards uses Qt's fetchMore; upwards, views call fetch_older when the
    # user reaches the top (Qt has no built-in "fetch before").
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._newer

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        rows = browse.after(self._archive, self._chat, self._rows[-1].key, PAGE)
        self._newer = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def can_fetch_older(self) -> bool:
        return self._older

    def fetch_older(self) -> int:
        """Prepend the previous page; returns how many rows were added (to keep the view still)."""
        if not self._rows:
            return 0
        rows = browse.before(self._archive, self._chat, self._rows[0].key, PAGE)
        self._older = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[:0] = rows
            self.endInsertRows()
        return len(rows)

    def row_of(self, message_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == message_id), None)
