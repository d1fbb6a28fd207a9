"""Small bar charts painted with QPainter, for the PDF report and the browser's details
panel (no plotting library needed). Sizes follow the text size, so one drawing reads
well both printed at 300 dpi and shown in a narrow panel."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

WIDTH, HEIGHT = 1600, 560
BAR = QColor("#1f7a4d")
GRID = QColor("#d0d4d2")
TEXT = QColor("#1c1b1f")


def nice_step(maximum: int, lines: int = 4) -> int:
    """The gridline step for values up to ``maximum``: a whole 1, 2, 2.5 or 5 times a power
    of ten, so that at most ``lines`` steps reach it (5,908 gets 2,000, not 1,477)."""
    raw = max(1, maximum) / lines
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        if step >= raw and float(step).is_integer():
            return int(step)
    return int(10 * magnitude)


def bar_chart(
    title: str,
    labels: list[str],
    values: list[int],
    every: int = 1,
    width: int = WIDTH,
    height: int = HEIGHT,
    text_px: int = 30,
    background: str = "white",
    ink: QColor = TEXT,
) -> QImage:
    """A labelled bar chart as an image; ``every`` thins the axis labels of long series."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(text_px)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(
        QRectF(text_px * 0.7, text_px / 3, width - 1.4 * text_px, text_px * 1.5), Qt.AlignmentFlag.AlignLeft, title
    )
    small = int(text_px * 0.73)
    left, top, right, bottom = small * 5, text_px * 2.7, width - text_px, height - text_px * 3
    # Gridlines at round values (0, 500, 1,000…): up to four above zero.
    step_value = nice_step(max(values, default=0))
    lines = max(1, -(-max(values, default=0) // step_value))
    top_value = lines * step_value
    font.setPixelSize(small)
    painter.setFont(font)
    for step in range(lines + 1):
        y = bottom - (bottom - top) * step / lines
        painter.setPen(GRID)
        painter.drawLine(int(left), int(y), int(right), int(y))
        painter.setPen(ink)
        painter.drawText(
            QRectF(0, y - small / 2 - 2, left - small / 2, small + 4),
            Qt.AlignmentFlag.AlignRight,
            f"{step_value * step:,}",
        )
    if values:
        slot = (right - left) / len(values)
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            bar_height = (bottom - top) * value / top_value
            painter.fillRect(
                QRectF(left + index * slot + slot * 0.15, bottom - bar_height, slot * 0.7, bar_height), BAR
            )
            if index % every == 0:
                painter.setPen(ink)
                painter.drawText(
                    QRectF(left + index * slot - 2 * small, bottom + small / 3, slot + 4 * small, 2 * small),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
    painter.end()
    return image
