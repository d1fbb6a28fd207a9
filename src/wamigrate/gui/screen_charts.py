"""Bar charts for windows: in the widget's palette (light or dark), drawn at twice the size
they are shown so they stay sharp on high-density screens."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QWidget

from wamigrate.render.charts import bar_chart


def screen_chart(widget: QWidget, title: str, labels: list[str], values: list[int], width: int) -> QImage:
    palette = widget.palette()
    image = bar_chart(
        title, labels, values, max(1, len(labels) // 4), width=2 * width, height=width * 5 // 6, text_px=24,
        background=palette.color(QPalette.ColorRole.Base).name(), ink=palette.color(QPalette.ColorRole.Text),
    )  # fmt: skip
    image.setDevicePixelRatio(2)
    return image
