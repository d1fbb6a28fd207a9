"""Small bar charts painted with QPainter, for the PDF report (no plotting library needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

WIDTH, HEIGHT = 1600, 560
BAR = QColor("#1f7a4d")
GRID = QColor("#d0d4d2")
TEXT = QColor("#1c1b1f")


def bar_chart(title: str, labels: list[str], values: list[int], every: int = 1) -> QImage:
    """A labelled bar chart as an image; ``every`` thins the axis labels of long series."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(30)
    painter.setFont(font)
    painter.setPen(TEXT)
    painter.drawText(QRectF(20, 10, WIDTH - 40, 44), Qt.AlignmentFlag.AlignLeft, title)
    left, top, right, bottom = 110, 80, WIDTH - 30, HEIGHT - 90
    # Four gridlines at whole, evenly spaced values: 0, step, 2 step, ... 4 step.
    step_value = max(1, -(-max(values, default=0) // 4))
    top_value = 4 * step_value
    painter.setPen(GRID)
    for step in range(5):
        y = bottom - (bottom - top) * step / 4
        painter.drawLine(left, int(y), right, int(y))
        painter.setPen(TEXT)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.drawText(QRectF(0, y - 14, left - 12, 28), Qt.AlignmentFlag.AlignRight, f"{step_value * step:,}")
        painter.setPen(GRID)
    if values:
        slot = (right - left) / len(values)
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            height = (bottom - top) * value / top_value
            painter.fillRect(QRectF(left + index * slot + slot * 0.15, bottom - height, slot * 0.7, height), BAR)
            if index % every == 0:
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(left + index * slot - 40, bottom + 8, slot + 80, 60), Qt.AlignmentFlag.AlignHCenter, label
                )
    painter.end()
    return image
