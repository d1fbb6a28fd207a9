"""The search panel: words over all chats or the current one, with sender, date range and
kind filters; results arrive page by page from a worker with the matched words
highlighted; Enter and F3 step through them, Shift+F3 back; choosing one opens the
message in its conversation.

The worker reads through its own connection and runs one search at a time: typing a new
query while one runs queues it, and the stale results are dropped.
"""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import QDate, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchPage, SearchQuery, search
from wamigrate.core.archive.store import Archive
from wamigrate.gui import formatting
from wamigrate.gui.browser_models import ROW_ROLE, SearchResultsModel, kind_label
from wamigrate.gui.jobs import Job, is_running
from wamigrate.gui.theme import chat_colours
from wamigrate.translation import tr

PAGE = 50
KINDS = ("text", "media", "deleted", "call", "location", "poll", "system")


def _date_of(edit: QDateEdit) -> str | None:
    return None if edit.date() == edit.minimumDate() else edit.date().toString(Qt.DateFormat.ISODate)


class _HitDelegate(QStyledItemDelegate):
    """Chat, sender and time on one line, the snippet below with matches highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Laid-out documents by (message, width, selected): a size hint and a paint of the
        # same row would otherwise lay the same rich text out twice.
        self._documents: OrderedDict[tuple, QTextDocument] = OrderedDict()

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        return view.viewport().width() if view is not None else option.rect.width()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        hit = index.data(ROW_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        key = (hit.message_id, self._width(option), selected)
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        colours = chat_colours(option.palette)
        if selected:
            # On the selection colour: one text colour, matches underlined instead of marked.
            muted, mark = option.palette.color(QPalette.ColorRole.HighlightedText).name(), "text-decoration:underline"
        else:
            muted, mark = colours.muted, f"background:{colours.found}; color:{colours.ink}"
        snippet = html.escape(" ".join(hit.snippet.split()))
        snippet = snippet.replace(HIGHLIGHT_START, f'<b style="{mark}">').replace(HIGHLIGHT_END, "</b>")
        who = html.escape(hit.sender or tr("Notice"))
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        document.setHtml(
            f'<span style="color:{muted}">{html.escape(hit.chat)} · {who} · '
            f"{formatting.moment(hit.local_time)}</span><br>{snippet}"
        )
        document.setTextWidth(key[1])
        self._documents[key] = document
        while len(self._documents) > 400:
            self._documents.popitem(last=False)
        return document

    def forget(self) -> None:
        self._documents.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(self._width(option), int(self._document(option, index).size().height()) + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document = self._document(option, index)  # kept alive while its layout draws
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    open_message = Signal(object)  # message id (64 bits: not a Qt int)
    closed = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._reader: Archive | None = None
        self._job: Job | None = None
        self._pending: tuple[SearchQuery, int] | None = None
        self._query: SearchQuery | None = None
        self._more = False
        self._stepped = False  # the first Enter/F3 after a search opens the first result
        self.current_chat: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(tr("Search messages (Ctrl+F)"))
        self.box.setAccessibleName(tr("Search messages"))
        self.box.setClearButtonEnabled(True)
        row.addWidget(self.box, 1)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(tr("Where to search"))
        self.scope.addItem(tr("All chats"), "all")
        self.scope.addItem(tr("This chat"), "chat")
        row.addWidget(self.scope)
        self.filters_toggle = QCheckBox(tr("Filters"), self)
        self.filters_toggle.setToolTip(tr("Filter by sender, date and kind of message"))
        row.addWidget(self.filters_toggle)
        layout.addLayout(row)
        self.filters = QWidget(self)
        form = QFormLayout(self.filters)
        form.setContentsMargins(0, 0, 0, 0)
        self.sender = QComboBox(self.filters)
        self.sender.setEditable(True)
        self.sender.setAccessibleName(tr("Sender"))
        self.sender.lineEdit().setPlaceholderText(tr("Anyone"))
        form.addRow(tr("Sender"), self.sender)
        dates = QHBoxLayout()
        self.since = self._date_edit(tr("From"))
        self.until = self._date_edit(tr("Until"))
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–", self.filters))
        dates.addWidget(self.until)
        form.addRow(tr("Dates"), dates)
        self.kind = QComboBox(self.filters)
        self.kind.setAccessibleName(tr("Kind of message"))
        self.kind.addItem(tr("Any kind"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        form.addRow(tr("Kind"), self.kind)
        self.filters.setVisible(False)
        layout.addWidget(self.filters)
        self.status = QLabel(self)
        self.status.setAccessibleName(tr("Search status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        layout.addWidget(self.results, 1)

        self.filters_toggle.toggled.connect(self.filters.setVisible)
        self.box.returnPressed.connect(self._enter)
        self.results.activated.connect(self._chosen)
        self.results.clicked.connect(self._chosen)
        self.results.verticalScrollBar().valueChanged.connect(self._maybe_more)
        next_key = QShortcut(QKeySequence.StandardKey.FindNext, self.window() or self, self.step_next)
        previous_key = QShortcut(QKeySequence.StandardKey.FindPrevious, self.window() or self, self.step_previous)
        for shortcut in (next_key, previous_key):
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self.filters)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2009, 1, 1))  # WhatsApp's first year: "any date"
        edit.setSpecialValueText(tr("any date"))
        edit.setDate(edit.minimumDate())
        return edit

    def set_senders(self, names: list[str]) -> None:
        current = self.sender.currentText()
        self.sender.clear()
        self.sender.addItem("")
        self.sender.addItems(names)
        self.sender.setCurrentText(current)

    def query(self) -> SearchQuery:
        kind = self.kind.currentData()
        return SearchQuery(
            text=self.box.text().strip(),
            chat=self.current_chat if self.scope.currentData() == "chat" else None,
            sender=self.sender.currentText().strip() or None,
            since=_date_of(self.since),
            until=_date_of(self.until),
            kinds=(kind,) if kind else (),
        )

    def has_criteria(self, query: SearchQuery) -> bool:
        return bool(query.text or query.sender or query.since or query.until or query.kinds)

    # -- running ----------------------------------------------------------------------------

    def _enter(self) -> None:
        query = self.query()
        if query == self._query and self.model.rowCount():
            self.step_next()  # Enter again on the same words: the next result
        else:
            self.run(query)

    def run(self, query: SearchQuery | None = None) -> None:
        query = query or self.query()
        self.results.itemDelegate().forget()  # the palette may have changed since
        self.model.clear()
        self._query = query
        self._more = False
        self._stepped = False
        if not self.has_criteria(query):
            self.status.setText(tr("Type words to find, or choose a filter."))
            return
        self.status.setText(tr("Searching…"))
        self._start(query, 0)

    def _start(self, query: SearchQuery, offset: int) -> None:
        if is_running(self._job):
            self._pending = (query, offset)
            return
        if self._reader is None:
            self._reader = self._archive.reopen()
        reader = self._reader
        self._job = Job(lambda progress, cancel: search(reader, query, PAGE, offset), self).start(
            finished=lambda page: self._arrived(query, offset, page),
            failed=self.status.setText,
            ended=self._next_pending,
        )

    def _next_pending(self) -> None:
        if self._pending is not None:
            query, offset = self._pending
            self._pending = None
            self._start(query, offset)

    def _arrived(self, query: SearchQuery, offset: int, page: SearchPage) -> None:
        if query != self._query or offset != self.model.rowCount():
            return  # the user asked something else meanwhile
        first = offset == 0
        self.model.append(page.hits)
        self._more = page.more
        count = self.model.rowCount()
        if not count:
            self.status.setText(tr("No messages found."))
        elif page.more:
            self.status.setText(tr("%Ln message(s) found so far; more appear as you scroll.", "", count))
        else:
            self.status.setText(tr("%Ln message(s) found.", "", count))
        if first and page.hits:
            self.results.setCurrentIndex(self.model.index(0))
        # A tall panel may show the whole page without a scroll bar: then fetch on at once.
        QTimer.singleShot(0, self._fill_view)

    def _fill_view(self) -> None:
        self.results.doItemsLayout()
        if self.results.verticalScrollBar().maximum() == 0:
            self._maybe_more(0)

    def _maybe_more(self, value: int) -> None:
        if self._more and value >= self.results.verticalScrollBar().maximum() - 4 and self._query is not None:
            self._more = False
            self._start(self._query, self.model.rowCount())

    # -- stepping ---------------------------------------------------------------------------

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(ROW_ROLE)
        if hit is not None:
            self._stepped = True  # F3 goes on from the result chosen, not from the first
            self.open_message.emit(hit.message_id)

    def step_next(self) -> None:
        self._step(+1)

    def step_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.model.rowCount():
            return
        current = self.results.currentIndex()
        row = current.row() + direction if current.isValid() and self._stepped else 0
        self._stepped = True
        if row >= self.model.rowCount() and self._more and self._query is not None:
            self._more = False
            self._start(self._query, self.model.rowCount())
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)
        self._chosen(index)

    def close_reader(self) -> None:
        """Drop the worker's connection (on lock): waits for a running search to end."""
        if self._job is not None:
            self._job.wait(5)
        self._pending = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
