"""One chat in the chat list: its title and last message date on the first line; a
group mark, the message count and a preview of the last message on the second."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wamigrate.gui import formatting
from wamigrate.gui.browser_models import ROW_ROLE
from wamigrate.gui.formatting import isolated
from wamigrate.gui.theme import chat_colours
from wamigrate.translation import tr

_PAD = 8


class ChatListDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), 2 * QFontMetrics(option.font).height() + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        chat = index.data(ROW_ROLE)
        style = option.widget.style() if option.widget else QApplication.style()
        # The background, selection and focus frame as the platform draws them.
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else QColor(chat_colours(option.palette).muted)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        when = formatting.short_day(chat.last_time) if chat.last_time else ""
        when_width = metrics.horizontalAdvance(when) + _PAD
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        # Right-to-left interfaces mirror the row: the name on the right, the date on the left.
        title_rect = QStyle.visualRect(
            option.direction, rect, QRect(rect.left(), rect.top(), rect.width() - when_width, line)
        )
        title = QFontMetrics(bold).elidedText(chat.title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, isolated(title))
        painter.setFont(option.font)
        painter.setPen(muted)
        when_rect = QStyle.visualRect(
            option.direction, rect, QRect(rect.right() - when_width, rect.top(), when_width, line)
        )
        painter.drawText(when_rect, Qt.AlignmentFlag.AlignRight, when)
        kind = tr("Group") if chat.is_group else ""
        count = formatting.number(chat.messages)
        lead = f"{kind} · {count} · " if kind else f"{count} · "
        preview = metrics.elidedText(lead + chat.last_preview, Qt.TextElideMode.ElideRight, rect.width())
        if preview.startswith(lead):  # the message keeps its own direction inside the row's
            preview = lead + isolated(preview[len(lead) :])
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), Qt.AlignmentFlag.AlignLeft, preview)
        painter.restore()
