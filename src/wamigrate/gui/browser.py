"""The offline archive browser: chats on the left, the conversation on the right, search
on top. Opened with ``wamigrate browse [ARCHIVE]`` (unlock first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QPainterPath, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive import browse
from wamigrate.core.archive.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery, search
from wamigrate.core.readiness.impact import business_sender
from wamigrate.gui.browser_models import KIND_ROLE, ROW_ROLE, SENDER_ROLE, TIME_ROLE, ChatListModel, ConversationModel

_MARGIN, _PAD, _MAX_WIDTH = 10, 8, 0.72


def tr(text: str) -> str:
    return QCoreApplication.translate("Browser", text)


class BubbleDelegate(QStyledItemDelegate):
    """Chat-app bubbles: the business on the right, customers on the left, notices centred."""

    def __init__(self, own_name: str | None, group: bool, parent=None) -> None:
        super().__init__(parent)
        self.own_name = own_name
        self.group = group
        # Sizes by (message id, width): a view re-asks every row's size after each page is
        # prepended; measuring text again each time made scrolling stutter.
        self._sizes: dict[tuple[int, int], QSize] = {}

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QRectF, str, str]:
        text = index.data() or ""
        sender = index.data(SENDER_ROLE)
        header = sender if (self.group and sender and sender != self.own_name) else ""
        width = option.rect.width() * _MAX_WIDTH
        metrics = QFontMetrics(option.font)
        body = metrics.boundingRect(0, 0, int(width - 2 * _PAD), 10_000, Qt.TextFlag.TextWordWrap, text)
        header_height = metrics.height() if header else 0
        time_height = metrics.height()
        box = QRectF(0, 0, max(body.width(), metrics.horizontalAdvance(header), 80) + 2 * _PAD,
                     body.height() + header_height + time_height + 2 * _PAD)  # fmt: skip
        return box, header, text

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        key = (index.data(ROW_ROLE).id, option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            box, _, _ = self._layout(option, index)
            size = self._sizes[key] = QSize(option.rect.width(), int(box.height()) + _MARGIN)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        box, header, text = self._layout(option, index)
        kind = index.data(KIND_ROLE)
        sender = index.data(SENDER_ROLE)
        own = sender is not None and sender == self.own_name
        rect = option.rect
        if kind == "system":
            box.moveLeft(rect.left() + (rect.width() - box.width()) / 2)
            fill, ink = QColor("#e8eae9"), QColor("#54656f")
        elif own:
            box.moveLeft(rect.right() - box.width() - _MARGIN)
            fill, ink = QColor("#d9fdd3"), QColor("#111b21")
        else:
            box.moveLeft(rect.left() + _MARGIN)
            fill, ink = QColor("#ffffff"), QColor("#111b21")
        box.moveTop(rect.top() + _MARGIN / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(box, 8, 8)
        painter.fillPath(path, QColor("#9fd3ff") if option.state & QStyle.StateFlag.State_Selected else fill)
        metrics = QFontMetrics(option.font)
        y = box.top() + _PAD
        if header:
            painter.setPen(QColor("#1f7aec"))
            painter.drawText(QRectF(box.left() + _PAD, y, box.width() - 2 * _PAD, metrics.height()), header)
            y += metrics.height()
        painter.setPen(QColor("#667781") if kind in ("deleted", "system") else ink)
        text_rect = QRectF(box.left() + _PAD, y, box.width() - 2 * _PAD, box.bottom() - y - metrics.height() - _PAD)
        option_text = QTextOption()
        option_text.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        painter.drawText(text_rect, text, option_text)
        painter.setPen(QColor("#667781"))
        stamp = (index.data(TIME_ROLE) or "")[11:16]
        painter.drawText(
            QRectF(box.left() + _PAD, box.bottom() - metrics.height() - _PAD / 2, box.width() - 2 * _PAD,
                   metrics.height()),
            Qt.AlignmentFlag.AlignRight, stamp,
        )  # fmt: skip
        painter.restore()


class BrowserWindow(QMainWindow):
    def __init__(self, archive, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._settings = settings
        self.setWindowTitle(tr("wamigrate — chat archive"))
        self._own = business_sender(archive.connection)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        top = QHBoxLayout()
        self.search_box = QLineEdit(central)
        self.search_box.setPlaceholderText(tr("Search all chats (Ctrl+F)"))
        self.search_box.setAccessibleName(tr("Search all chats"))
        self.search_box.setClearButtonEnabled(True)
        top.addWidget(self.search_box)
        outer.addLayout(top)
        splitter = QSplitter(central)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.chat_filter = QLineEdit(left)
        self.chat_filter.setPlaceholderText(tr("Filter chats"))
        self.chat_filter.setAccessibleName(tr("Filter chats"))
        left_layout.addWidget(self.chat_filter)
        self.chats = QListView(left)
        self.chats.setAccessibleName(tr("Chats"))
        self.chat_model = ChatListModel(archive, self)
        self.chats.setModel(self.chat_model)
        left_layout.addWidget(self.chats)
        self.results = QListWidget(left)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setVisible(False)
        self.results.setWordWrap(True)
        left_layout.addWidget(self.results)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(tr("Choose a chat on the left."), right)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        right_layout.addWidget(self.title)
        self.conversation = QListView(right)
        self.conversation.setAccessibleName(tr("Messages"))
        self.conversation.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conversation.setUniformItemSizes(False)
        self.conversation.setStyleSheet("QListView { background: #efeae2; }")
        right_layout.addWidget(self.conversation)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        outer.addWidget(splitter)
        self.setCentralWidget(central)
        self.resize(1100, 720)
        self.conversation_model: ConversationModel | None = None

        self.chats.clicked.connect(self._open_chat)
        self.chats.activated.connect(self._open_chat)
        self.chat_filter.textChanged.connect(lambda text: self.chat_model.refresh(text))
        self.search_box.returnPressed.connect(self._search)
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.conversation.verticalScrollBar().valueChanged.connect(self._maybe_older)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_box.setFocus)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)

    def _show(self, chat_id: int, title: str, rows=None, select: int | None = None) -> None:
        group = bool(
            self.archive.connection.execute("SELECT is_group FROM chats WHERE id = ?", (chat_id,)).fetchone()[0]
        )
        self.conversation_model = ConversationModel(self.archive, chat_id, rows, self)
        self.conversation.setItemDelegate(BubbleDelegate(self._own, group, self.conversation))
        self.conversation.setModel(self.conversation_model)
        self.title.setText(title)
        if select is None:
            self.conversation.scrollToBottom()
        else:
            row = self.conversation_model.row_of(select)
            if row is not None:
                index = self.conversation_model.index(row)
                self.conversation.setCurrentIndex(index)
                self.conversation.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _open_chat(self, index: QModelIndex) -> None:
        chat = index.data(ROW_ROLE)
        self.results.setVisible(False)
        self._show(chat.id, chat.title)

    def _maybe_older(self, value: int) -> None:
        model = self.conversation_model
        if model is not None and value == self.conversation.verticalScrollBar().minimum() and model.can_fetch_older():
            added = model.fetch_older()
            if added:
                self.conversation.scrollTo(model.index(added), QAbstractItemView.ScrollHint.PositionAtTop)

    def _search(self) -> None:
        text = self.search_box.text().strip()
        self.results.clear()
        if not text:
            self.results.setVisible(False)
            return
        page = search(self.archive, SearchQuery(text), limit=100)
        for hit in page.hits:
            snippet = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").replace("\n", " ")
            item = QListWidgetItem(f"{hit.chat} · {hit.local_time[:16].replace('T', ' ')}\n{snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.message_id)
            self.results.addItem(item)
        if not page.hits:
            self.results.addItem(tr("No messages found."))
        self.results.setVisible(True)

    def _open_result(self, item: QListWidgetItem) -> None:
        message_id = item.data(Qt.ItemDataRole.UserRole)
        if message_id is None:
            return
        chat_id, rows = browse.around(self.archive, message_id, radius=100)
        title = self.archive.connection.execute("SELECT title FROM chats WHERE id = ?", (chat_id,)).fetchone()[0]
        self._show(chat_id, title, rows, select=message_id)

    def lock(self) -> None:
        """Clear every view and close the archive: the key leaves memory."""
        self.conversation.setModel(None)
        self.conversation_model = None
        self.chats.setModel(None)
        self.results.clear()
        self.title.setText(tr("Locked."))
        if self.archive is not None:
            self.archive.close()
            self.archive = None
