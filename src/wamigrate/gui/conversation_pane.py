"""The middle of the browser: the open chat's title, its buttons and its conversation (lazy
pages both ways, bubbles, thumbnails, a message's menu and media), or a placeholder when no
chat is open. The window decides which chat; the pane shows it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive import browse
from wamigrate.gui import theme
from wamigrate.gui.browser_models import ROW_ROLE, ConversationModel
from wamigrate.gui.bubbles import BubbleDelegate, links
from wamigrate.gui.media_viewer import MediaViewer
from wamigrate.translation import tr


class ConversationPane(QWidget):
    # A message of the open chat that is not loaded (the one a reply quotes): the window opens
    # it in its conversation, as it opens a search hit.
    message_requested = Signal(object)  # a 64-bit message id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = None
        self.thumbnails = None
        self.own: str | None = None  # the business's sender name: its bubbles go right
        self.model: ConversationModel | None = None
        self.delegate: BubbleDelegate | None = None
        self.chat: browse.ChatRow | None = None
        self._removed_height = 0
        middle_layout = QVBoxLayout(self)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setAccessibleName(tr("Chat"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.jump_button = QPushButton(tr("Jump to date…"), self)
        self.details_button = QPushButton(tr("Details"), self)
        self.details_button.setCheckable(True)
        self.export_button = QPushButton(tr("Export…"), self)
        for button in (self.jump_button, self.details_button, self.export_button):
            header.addWidget(button)
        middle_layout.addLayout(header)
        self.conversation_stack = QStackedWidget(self)
        self.placeholder = QWidget(self.conversation_stack)
        placeholder_layout = QVBoxLayout(self.placeholder)
        placeholder_layout.addStretch(1)
        self.placeholder_text = QLabel(self.placeholder)
        self.placeholder_text.setWordWrap(True)
        self.placeholder_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder_layout.addWidget(self.placeholder_text)
        self.placeholder_import = QPushButton(tr("Import chat exports…"), self.placeholder)
        placeholder_layout.addWidget(self.placeholder_import, 0, Qt.AlignmentFlag.AlignHCenter)
        placeholder_layout.addStretch(2)
        self.conversation = QListView(self.conversation_stack)
        self.conversation.setAccessibleName(tr("Messages"))
        self.conversation.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conversation.setUniformItemSizes(False)
        self.conversation.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap bubbles when the width changes
        # Bubbles are laid out to the viewport's width; a width that briefly lags behind the
        # vertical scroll bar appearing must not bring a horizontal one.
        self.conversation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation.setMouseTracking(True)
        self.conversation_stack.addWidget(self.placeholder)
        self.conversation_stack.addWidget(self.conversation)
        middle_layout.addWidget(self.conversation_stack, 1)
        self.conversation.verticalScrollBar().valueChanged.connect(self._maybe_older)
        self.conversation.activated.connect(self._activate_message)
        self.conversation.doubleClicked.connect(self._activate_message)
        self.conversation.customContextMenuRequested.connect(self._message_menu)

    def attach(self, archive, thumbnails, own: str | None) -> None:
        """A newly opened (or unlocked) archive: what later chats are read from."""
        self.archive, self.thumbnails, self.own = archive, thumbnails, own
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_own(self, own: str | None) -> None:
        """The business's own name changed: its bubbles move right, the others get names."""
        self.own = own
        if self.delegate is not None and self.chat is not None:
            self.delegate.own_name = own
            self.delegate.forget_sizes()  # a bubble with a name above it is taller
            self.conversation.doItemsLayout()
            self.conversation.viewport().update()

    def show_placeholder(self, text: str, offer_import: bool) -> None:
        self.release()
        self.placeholder_text.setText(text)
        self.placeholder_import.setVisible(offer_import)
        self.conversation_stack.setCurrentWidget(self.placeholder)
        for widget in (self.jump_button, self.details_button, self.export_button):
            widget.setEnabled(False)
        self.details_button.setChecked(False)

    def release(self) -> None:
        """Let go of the conversation (the archive is being locked, or no chat is open)."""
        self.chat = None
        self.conversation.setModel(None)
        if self.model is not None:
            self.model.deleteLater()
        self.model = None
        self.title.setText("")
        self.subtitle.setText("")

    def restyle(self) -> None:
        """The colour scheme changed."""
        if self.chat is not None and self.delegate is not None:
            self.delegate.colours = theme.chat_colours()
            self.conversation.setStyleSheet(f"QListView {{ background: {self.delegate.colours.background}; }}")
            self.conversation.viewport().update()

    def show_chat(self, chat: browse.ChatRow, rows=None, select: int | None = None) -> None:
        """Show ``chat``: its newest page, or ``rows`` around ``select`` (a hit, a date), centred."""
        assert self.archive is not None and self.thumbnails is not None
        self.chat = chat
        model = ConversationModel(self.archive, chat.id, rows, self)
        self.delegate = BubbleDelegate(self.own, chat.is_group, self.thumbnails, self.conversation)
        self.delegate.highlighted = select
        self.delegate.quote_clicked.connect(self.go_to_message)
        self.conversation.setItemDelegate(self.delegate)
        self.conversation.setModel(model)
        self.conversation.setStyleSheet(f"QListView {{ background: {self.delegate.colours.background}; }}")
        old = self.model
        self.model = model
        if old is not None:
            old.deleteLater()
        model.rowsAboutToBeRemoved.connect(self._rows_leaving)
        model.rowsRemoved.connect(self._rows_left)
        self.conversation_stack.setCurrentWidget(self.conversation)
        self.title.setText(chat.title)
        kind = tr("Group") if chat.is_group else tr("Chat")
        self.subtitle.setText(f"{kind} · " + tr("%Ln message(s)", "", chat.messages))
        for widget in (self.jump_button, self.details_button, self.export_button):
            widget.setEnabled(True)
        if select is None:
            self.conversation.scrollToBottom()
            QTimer.singleShot(0, self.conversation.scrollToBottom)  # after the rows' sizes are known
        else:
            row = model.row_of(select)
            if row is not None:
                index = model.index(row)
                self.conversation.setCurrentIndex(index)
                self.conversation.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _thumbnail_ready(self, sha256: str) -> None:
        model = self.model
        if model is None:
            return
        for row in model.rows_with_attachment(sha256):
            self.conversation.update(model.index(row))

    def _maybe_older(self, value: int) -> None:
        model = self.model
        if model is not None and value == self.conversation.verticalScrollBar().minimum() and model.can_fetch_older():
            added = model.fetch_older()
            if added:
                self.conversation.scrollTo(model.index(added), QAbstractItemView.ScrollHint.PositionAtTop)

    def _rows_leaving(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows dropped above the view (the window moved down): keep the view still."""
        self._removed_height = 0
        model = self.model
        if first == 0 and model is not None and last + 1 < model.rowCount():
            top = self.conversation.visualRect(model.index(0)).top()
            self._removed_height = self.conversation.visualRect(model.index(last + 1)).top() - top

    def _rows_left(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first == 0 and self._removed_height:
            bar = self.conversation.verticalScrollBar()
            value = bar.value()
            self.conversation.doItemsLayout()
            bar.setValue(value - self._removed_height)

    def current_row(self):
        index = self.conversation.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _activate_message(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and (row.attachment or row.kind == "media"):
            self.open_media(row)

    def open_media(self, row) -> MediaViewer | None:
        if self.archive is None:
            return None
        viewer = MediaViewer(self.archive, row, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def go_to_message(self, message_id: int) -> None:
        """Show the message (a reply's quoted one) centred and highlighted: at once when it is
        loaded, otherwise through the window, which loads the rows around it."""
        row = self.model.row_of(message_id) if self.model is not None else None
        if row is None:
            self.message_requested.emit(message_id)
            return
        self.delegate.highlighted = message_id
        index = self.model.index(row)
        self.conversation.setCurrentIndex(index)
        self.conversation.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.conversation.viewport().update()

    def _message_menu(self, point) -> None:
        index = self.conversation.indexAt(point)
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        menu = QMenu(self)
        copy = menu.addAction(tr("Copy text"))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(row.text))
        if row.attachment or row.kind == "media":
            menu.addAction(tr("Open media…")).triggered.connect(lambda: self.open_media(row))
        if row.quote is not None and row.quote.message_id is not None:
            menu.addAction(tr("Go to the quoted message")).triggered.connect(
                lambda: self.go_to_message(row.quote.message_id))  # fmt: skip
        for url in links(row.text)[:5]:
            menu.addAction(tr("Open {0}").format(url)).triggered.connect(
                lambda _c=False, u=url: QDesktopServices.openUrl(QUrl(u)))  # fmt: skip
        menu.exec(self.conversation.viewport().mapToGlobal(point))

    def chat_span(self) -> tuple[str, str] | None:
        """Local times of the open chat's first and last messages, from the ends of the
        (chat, time) index: a min/max over local_time would read a million rows."""
        first = browse.after(self.archive, self.chat.id, ("", 0, 0), 1)
        last = browse.latest(self.archive, self.chat.id, 1)
        return (first[0].local_time, last[0].local_time) if first and last else None
