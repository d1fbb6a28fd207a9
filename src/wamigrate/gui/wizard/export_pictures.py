"""Pictures of the taps that export a chat, per phone: small drawn phone screens, each with
the place to tap ringed, so a user can follow them without reading a paragraph. Drawn with
QPainter (no screenshots of WhatsApp, crisp at any size, labels translatable)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from wamigrate.translation import tr

WIDTH, HEIGHT = 136, 220
_GREEN = QColor("#008069")
_RING = QColor("#e8590c")


def screen(
    title: str, rows: list[str], tap: int | None, header_tap: str | None = None, sheet: bool = False, dots: bool = True
) -> QImage:
    """One phone screen: a title bar, rows of menu items; ``tap`` rings the row to tap
    (-1: the title; "dots"/"name" in ``header_tap`` ring a place in the title bar)."""
    scale = 2  # drawn at twice the size it is shown: sharp on high-density screens
    image = QImage(WIDTH * scale, HEIGHT * scale, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#3c4043"), 3))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(4, 4, WIDTH - 8, HEIGHT - 8), 16, 16)
    font = QFont("DejaVu Sans")
    font.setPixelSize(11)
    painter.setFont(font)
    bar = QRectF(10, 18, WIDTH - 20, 28)
    painter.fillRect(bar, _GREEN)
    painter.setPen(QColor("white"))
    _fitted_text(painter, font, bar.adjusted(8, 0, -24 if dots else -8, 0), title)
    if dots:  # Android's menu; the iPhone's WhatsApp has none in a chat's title bar
        painter.drawText(bar.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "⋮")
    ring = None
    if header_tap == "dots":
        ring = QRectF(bar.right() - 20, bar.top() + 2, 18, 24)
    elif header_tap == "name":
        ring = QRectF(bar.left() + 4, bar.top() + 2, bar.width() - 30, 24)
    top = 56 if not sheet else HEIGHT - 20 - 26 * len(rows)
    if sheet:
        painter.fillRect(QRectF(10, 48, WIDTH - 20, top - 52), QColor("#e9edef"))
    for index, text in enumerate(rows):
        row = QRectF(14, top + index * 26, WIDTH - 28, 24)
        painter.fillRect(row, QColor("#f0f2f5"))
        painter.setPen(QColor("#111b21"))
        _fitted_text(painter, font, row.adjusted(6, 0, -4, 0), text)
        if index == tap:
            ring = row.adjusted(-3, -2, 3, 2)
    if ring is not None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(_RING, 3))
        painter.drawRoundedRect(ring, 8, 8)
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


def _fitted_text(painter: QPainter, font: QFont, rect: QRectF, text: str) -> None:
    """Draw ``text`` in ``rect`` whole: a smaller size when it is too long (a translated label,
    "Encrypted backup" in a title bar), then two lines; cut with "…" only when nothing fits."""
    sized = QFont(font)
    flags = Qt.AlignmentFlag.AlignVCenter
    for pixels in (11, 10, 9):
        sized.setPixelSize(pixels)
        if QFontMetricsF(sized).horizontalAdvance(text) <= rect.width():
            break
    else:
        wrap = int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        needed = QFontMetricsF(sized).boundingRect(rect, wrap, text)
        if needed.height() <= rect.height() + 2 and needed.width() <= rect.width():
            flags |= Qt.TextFlag.TextWordWrap  # "Backup de conversas" on two lines
        else:
            sized.setPixelSize(8)
            text = QFontMetricsF(sized).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(sized)
    painter.drawText(rect, flags, text)
    painter.setFont(font)


def export_steps(phone_os: str) -> list[tuple[QImage, str]]:
    """(picture, caption) per step, in order."""
    if phone_os == "ios":
        return [
            (screen(tr("Customer"), [tr("Hello!"), tr("Thanks")], None, header_tap="name", dots=False),
             tr("1. Open the chat, tap the name at the top")),
            (screen(tr("Contact info"), [tr("Media, links"), tr("Starred"), tr("Export Chat"), tr("Clear Chat")], 2,
                     dots=False),
             tr("2. Tap Export Chat")),
            (screen(tr("Customer"), [tr("Attach Media"), tr("Without Media")], 0, sheet=True, dots=False),
             tr("3. Choose with or without media")),
            (screen(tr("Share"), [tr("AirDrop"), tr("Mail"), tr("Save to Files")], 2, sheet=True, dots=False),
             tr("4. Save it, then copy it to this computer")),
        ]  # fmt: skip
    return [
        (screen(tr("Customer"), [tr("Hello!"), tr("Thanks")], None, header_tap="dots"),
         tr("1. Open the chat, tap ⋮")),
        (screen(tr("Customer"), [tr("View contact"), tr("Search"), tr("Wallpaper"), tr("More")], 3),
         tr("2. Tap More")),
        (screen(tr("Customer"), [tr("Report"), tr("Block"), tr("Clear chat"), tr("Export chat")], 3),
         tr("3. Tap Export chat")),
        (screen(tr("Customer"), [tr("Without media"), tr("Include media")], 1, sheet=True),
         tr("4. Choose, then save to Drive or e-mail it")),
    ]  # fmt: skip
