"""Messages drawn the way a chat app shows them: the business on the right, customers on
the left, notices centred and muted, a date between days, sender names in stable colours
in groups, deleted / call / poll / location / contact messages marked, image thumbnails
and media cards inline, links clickable; a reply shows what it quotes above its text (a click
goes to the quoted message) and reactions sit under their bubble.

Sizes are cached per (message, width, day separator): a list view asks every row's size
again after rows are inserted above, and measuring text each time made scrolling stutter.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRectF, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wamigrate.core.archive.browse import Quote, Reaction, Row
from wamigrate.gui import formatting
from wamigrate.gui.browser_models import DAY_ROLE, ROW_ROLE, kind_label, poll_text
from wamigrate.gui.theme import ChatColours, chat_colours
from wamigrate.gui.thumbnails import THUMBNAIL, Thumbnails
from wamigrate.translation import tr

_MARGIN, _PAD, _MAX_WIDTH = 10, 8, 0.72
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
_MARKED = {"call", "poll", "location", "deleted"}  # kinds that get a label above their text
IMAGE_TYPES = {"image", "sticker", "gif"}


def links(text: str) -> list[str]:
    return [m.group(0) if "://" in m.group(0) else "https://" + m.group(0) for m in _URL.finditer(text)]


def _linked_html(text: str, colour: str) -> str:
    parts, last = [], 0
    for match in _URL.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        url = match.group(0) if "://" in match.group(0) else "https://" + match.group(0)
        parts.append(f'<a href="{html.escape(url)}" style="color:{colour}">{html.escape(match.group(0))}</a>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts).replace("\n", "<br>")


@dataclass
class _Layout:
    day: QRectF | None  # the date pill, relative to the row's top left
    box: QRectF  # the bubble
    header: str
    label: str  # "Call", "Poll"... above the text
    media: QRectF | None  # thumbnail or card area inside the bubble
    body: QRectF
    document: QTextDocument | None  # for text with links
    stamp: str
    quote: QRectF | None = None  # what a reply quotes, above its media and text
    reactions: QRectF | None = None  # the pill under the bubble
    reaction_text: str = ""

    @property
    def bottom(self) -> float:
        return max(self.box.bottom(), self.reactions.bottom() if self.reactions is not None else 0.0)


def reaction_summary(reactions: tuple[Reaction, ...]) -> str:
    """Each emoji once, in the order first given, with how many gave it when more than one."""
    counts: dict[str, int] = {}
    for reaction in reactions:
        counts[reaction.emoji] = counts.get(reaction.emoji, 0) + 1
    return "  ".join(emoji if n == 1 else f"{emoji} {n}" for emoji, n in counts.items())


def quote_lines(quote: Quote) -> tuple[str, str]:
    """(who, what) of a quoted message, as the block above a reply shows them."""
    if quote.message_id is None:
        return tr("Reply"), tr("The quoted message is not in this chat of the archive")
    if quote.text:
        what = poll_text(quote.text) if quote.kind == "poll" else quote.text
        what = " ".join(what.split())[:200]
    else:
        what = kind_label(quote.kind, quote.media_type)
    return quote.sender or tr("Notice"), what


class BubbleDelegate(QStyledItemDelegate):
    # The archive id of the message a reply quotes (64-bit: a Signal(int) holds only 32).
    quote_clicked = Signal(object)

    def __init__(self, own_name: str | None, group: bool, thumbnails: Thumbnails | None = None, parent=None) -> None:
        super().__init__(parent)
        self.own_name = own_name
        self.group = group
        self.thumbnails = thumbnails
        self.colours: ChatColours = chat_colours()
        self.highlighted: int | None = None
        self._sizes: dict[tuple[int, int, bool], QSize] = {}

    def forget_sizes(self) -> None:
        self._sizes.clear()

    # -- geometry ----------------------------------------------------------------------------

    def _has_media(self, row: Row) -> bool:
        return row.kind == "media" or bool(row.attachment)

    def _is_image(self, row: Row) -> bool:
        if not (row.attachment_sha256 and row.media_type in IMAGE_TYPES):
            return False
        return self.thumbnails is None or not self.thumbnails.failed(row.attachment_sha256)

    def _width(self, option: QStyleOptionViewItem) -> int:
        # A list view asks sizes with an option whose rect is not the row's; the row is as
        # wide as the viewport, so lay out against that, in sizeHint and paint alike.
        view = self.parent()
        return view.viewport().width() if view is not None else option.rect.width()

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex) -> _Layout:
        row: Row = index.data(ROW_ROLE)
        day = index.data(DAY_ROLE)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        width = self._width(option)
        inner = int(width * _MAX_WIDTH - 2 * _PAD)
        top = 0.0
        day_rect = None
        if day:
            text = formatting.day(day)
            pill = metrics.horizontalAdvance(text) + 24
            day_rect = QRectF((width - pill) / 2, _MARGIN / 2, pill, line + 8)
            top = day_rect.bottom() + _MARGIN / 2
        own = row.sender is not None and row.sender == self.own_name
        # In a 1:1 chat the name is only left out when the business's own name is known: then
        # "left" means the customer. Unknown, every bubble is on the left and needs its name.
        named = self.group or self.own_name is None
        header = row.sender if (named and row.sender and not own and row.kind != "system") else ""
        label = kind_label(row.kind, row.media_type) if row.kind in _MARKED else ""
        if row.kind == "media" and row.media_type == "contact":
            label = kind_label(row.kind, row.media_type)
        stamp = row.local_time[11:16] + (" · " + tr("edited") if row.edited else "")
        # Measure what paint draws (the model's display text: a poll is shown as a list).
        shown = index.data(Qt.ItemDataRole.DisplayRole) if row.text else ""
        text = shown or ("" if self._has_media(row) or label else kind_label(row.kind, row.media_type))
        document = None
        if text and _URL.search(text):
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(0)
            document.setHtml(_linked_html(text, self.colours.link))
            document.setTextWidth(inner)
            body_size = QSize(int(document.idealWidth()) + 1, int(document.size().height()) + 1)
        elif text:
            rect = metrics.boundingRect(0, 0, inner, 100_000, Qt.TextFlag.TextWordWrap, text)
            body_size = QSize(rect.width(), rect.height())
        else:
            body_size = QSize(0, 0)
        quote_size = None
        if row.quote is not None:
            who, what = quote_lines(row.quote)
            wanted = max(metrics.horizontalAdvance(who), metrics.horizontalAdvance(what)) + 24
            quote_size = QSize(min(max(wanted, 160), inner), 2 * line + 10)
        reaction_text = reaction_summary(row.reactions) if row.reactions else ""
        media_size = None
        if self._has_media(row):
            if self._is_image(row):
                media_size = QSize(min(THUMBNAIL.width(), inner), THUMBNAIL.height())
            else:
                detail = metrics.horizontalAdvance(self._card_detail(row))
                card = max(220, metrics.horizontalAdvance(row.attachment or "") + 40, detail + 40)
                media_size = QSize(min(card, inner), 2 * line + 12)
        content_width = max(
            body_size.width(),
            metrics.horizontalAdvance(header),
            metrics.horizontalAdvance(label),
            media_size.width() if media_size else 0,
            quote_size.width() if quote_size else 0,
            metrics.horizontalAdvance(reaction_text) + 16 - _PAD if reaction_text else 0,
            metrics.horizontalAdvance(stamp) + 8,
            60,
        )
        height = _PAD + (line if header else 0) + (line if label else 0)
        quote_rect = None
        if quote_size is not None:
            quote_rect = QRectF(_PAD, height, quote_size.width(), quote_size.height())
            height += quote_size.height() + 4
        media_rect = None
        if media_size is not None:
            media_rect = QRectF(_PAD, height, media_size.width(), media_size.height())
            height += media_size.height() + 4
        body_rect = QRectF(_PAD, height, body_size.width(), body_size.height())
        height += body_size.height() + line + _PAD
        box = QRectF(0, top + _MARGIN / 2, content_width + 2 * _PAD, height)
        # The business's side is the end of the line: right, or left in a right-to-left language.
        mirrored = option.direction == Qt.LayoutDirection.RightToLeft
        if row.kind == "system":
            box.moveLeft((width - box.width()) / 2)
        elif own != mirrored:
            box.moveLeft(width - box.width() - _MARGIN)
        else:
            box.moveLeft(_MARGIN)
        if media_rect is not None:
            media_rect.translate(box.left(), box.top())
        if quote_rect is not None:
            quote_rect.translate(box.left(), box.top())
        body_rect.translate(box.left(), box.top())
        reactions_rect = None
        if reaction_text:
            # Overlapping the bubble's lower edge, on the side of the bubble away from the middle.
            pill = QSizeF(metrics.horizontalAdvance(reaction_text) + 16, line + 6)
            at_end = box.right() > width / 2
            left = box.right() - _PAD - pill.width() if at_end else box.left() + _PAD
            reactions_rect = QRectF(QPointF(left, box.bottom() - 4), pill)
        return _Layout(day_rect, box, header, label, media_rect, body_rect, document, stamp, quote_rect,
                       reactions_rect, reaction_text)  # fmt: skip

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        row: Row = index.data(ROW_ROLE)
        width = self._width(option)
        key = (row.id, width, index.data(DAY_ROLE) is not None)
        size = self._sizes.get(key)
        if size is None:
            layout = self._layout(option, index)
            size = self._sizes[key] = QSize(width, int(layout.bottom + _MARGIN / 2))
        return size

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: Row = index.data(ROW_ROLE)
        layout = self._layout(option, index)
        colours = self.colours
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(option.rect.topLeft())
        if layout.day is not None:
            path = QPainterPath()
            path.addRoundedRect(layout.day, 8, 8)
            painter.fillPath(path, QColor(colours.notice))
            painter.setPen(QColor(colours.muted))
            painter.drawText(layout.day, Qt.AlignmentFlag.AlignCenter, formatting.day(index.data(DAY_ROLE)))
        own = row.sender is not None and row.sender == self.own_name
        fill = colours.notice if row.kind == "system" else colours.own if own else colours.other
        if row.id == self.highlighted:
            fill = colours.found
        if option.state & QStyle.StateFlag.State_Selected:
            fill = colours.selected
        box = layout.box
        path = QPainterPath()
        path.addRoundedRect(box, 8, 8)
        painter.fillPath(path, QColor(fill))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor(colours.link))
            painter.drawPath(path)
        y = box.top() + _PAD
        left, inner = box.left() + _PAD, box.width() - 2 * _PAD
        if layout.header:
            painter.setPen(QColor(colours.sender(layout.header)))
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            name = metrics.elidedText(layout.header, Qt.TextElideMode.ElideRight, int(inner))
            painter.drawText(QRectF(left, y, inner, line), name)
            painter.setFont(option.font)
            y += line
        if layout.label:
            painter.setPen(QColor(colours.muted))
            small = QFont(option.font)
            small.setItalic(True)
            painter.setFont(small)
            painter.drawText(QRectF(left, y, inner, line), layout.label)
            painter.setFont(option.font)
        if layout.quote is not None:
            self._paint_quote(painter, row.quote, layout.quote, option.font, metrics)
        if layout.media is not None:
            self._paint_media(painter, row, layout.media, metrics)
        if layout.document is not None:
            painter.save()
            painter.translate(layout.body.topLeft())
            layout.document.drawContents(painter)
            painter.restore()
        elif row.text or layout.body.height():
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            font = QFont(option.font)
            font.setItalic(row.kind == "deleted")
            painter.setFont(font)
            painter.setPen(QColor(colours.muted if row.kind in ("deleted", "system") else colours.ink))
            wrap = QTextOption()
            wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            # The message's own direction (Arabic, Hebrew...), whatever the interface's.
            wrap.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            painter.drawText(layout.body, text, wrap)
            painter.setFont(option.font)
        painter.setPen(QColor(colours.muted))
        painter.drawText(
            QRectF(left, box.bottom() - line - _PAD / 2, inner, line), Qt.AlignmentFlag.AlignRight, layout.stamp
        )
        if layout.reactions is not None:
            pill = QPainterPath()
            pill.addRoundedRect(layout.reactions, layout.reactions.height() / 2, layout.reactions.height() / 2)
            painter.fillPath(pill, QColor(colours.other if own else colours.own))
            painter.setPen(QColor(colours.notice))
            painter.drawPath(pill)
            painter.setPen(QColor(colours.ink))
            painter.drawText(layout.reactions, Qt.AlignmentFlag.AlignCenter, layout.reaction_text)
        painter.restore()

    def _paint_quote(self, painter: QPainter, quote: Quote, area: QRectF, font: QFont, metrics: QFontMetrics) -> None:
        colours = self.colours
        who, what = quote_lines(quote)
        path = QPainterPath()
        path.addRoundedRect(area, 6, 6)
        painter.fillPath(path, QColor(colours.card))
        accent = colours.sender(who) if quote.message_id is not None else colours.muted
        painter.fillRect(QRectF(area.left(), area.top(), 4, area.height()), QColor(accent))
        line = metrics.height()
        text_left, text_width = area.left() + 12, area.width() - 20
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(accent))
        painter.drawText(QRectF(text_left, area.top() + 5, text_width, line),
                         QFontMetrics(bold).elidedText(who, Qt.TextElideMode.ElideRight, int(text_width)))  # fmt: skip
        small = QFont(font)
        small.setItalic(quote.message_id is None)
        painter.setFont(small)
        painter.setPen(QColor(colours.muted))
        painter.drawText(QRectF(text_left, area.top() + 5 + line, text_width, line),
                         metrics.elidedText(what, Qt.TextElideMode.ElideRight, int(text_width)))  # fmt: skip
        painter.setFont(font)

    def _card_detail(self, row: Row) -> str:
        if row.attachment_sha256:
            return kind_label(row.kind, row.media_type) + " · " + tr("double-click to open")
        if row.attachment and row.wa_id:  # from a phone's database: its Media folder has the file
            return kind_label(row.kind, row.media_type) + " · " + tr("add the phone's Media folder to see it")
        if row.attachment:
            return kind_label(row.kind, row.media_type) + " · " + tr("not included in the export")
        return tr("media left out of the export")

    def _paint_media(self, painter: QPainter, row: Row, area: QRectF, metrics: QFontMetrics) -> None:
        colours = self.colours
        if self._is_image(row):
            image = self.thumbnails.get(row.attachment_sha256) if self.thumbnails else None
            if image is not None:
                target = QRectF(area.topLeft(), QSize(image.width(), image.height()).scaled(
                    area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio))  # fmt: skip
                painter.drawImage(target, image)
                return
            painter.fillRect(area, QColor(colours.card))
            painter.setPen(QColor(colours.muted))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("Loading photo…"))
            return
        path = QPainterPath()
        path.addRoundedRect(area, 6, 6)
        painter.fillPath(path, QColor(colours.card))
        line = metrics.height()
        text_left = area.left() + 10
        painter.setPen(QColor(colours.ink))
        name = row.attachment or kind_label(row.kind, row.media_type)
        painter.drawText(
            QRectF(text_left, area.top() + 6, area.width() - 20, line),
            metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, int(area.width() - 20)),
        )
        painter.setPen(QColor(colours.muted))
        detail = self._card_detail(row)
        painter.drawText(
            QRectF(text_left, area.top() + 6 + line, area.width() - 20, line),
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, int(area.width() - 20)),
        )

    # -- clicks on links and quotes ------------------------------------------------------------

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            layout = self._layout(option, index)
            row: Row = index.data(ROW_ROLE)
            inside = QPointF(event.position()) - QPointF(option.rect.topLeft())
            if layout.quote is not None and layout.quote.contains(inside) and row.quote.message_id is not None:
                self.quote_clicked.emit(row.quote.message_id)
                return True
            if layout.document is not None:
                point = QPointF(event.position()) - QPointF(option.rect.topLeft()) - layout.body.topLeft()
                anchor = layout.document.documentLayout().anchorAt(point)
                if anchor:
                    QDesktopServices.openUrl(QUrl(anchor))
                    return True
        return super().editorEvent(event, model, option, index)
