"""Colours: the application palette (light, dark, or the system's) and the chat colours
drawn by the conversation view, chosen so text meets WCAG AA contrast on its background
in both schemes (tests/test_gui_theme.py measures it)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from wamigrate.gui import settings as options

SCHEMES = ("system", "light", "dark")
SETTING = options.SCHEME.key


@dataclass(frozen=True)
class ChatColours:
    background: str
    own: str  # the business's bubbles
    other: str  # customers' bubbles
    notice: str  # system messages, day separators
    ink: str
    muted: str  # times, deleted messages, notices
    link: str
    card: str  # media cards inside a bubble
    selected: str
    found: str  # the search hit being shown
    senders: tuple[str, ...]  # group sender names, picked by a stable hash of the name

    def sender(self, name: str) -> str:
        return self.senders[zlib.crc32(name.encode("utf-8")) % len(self.senders)]


LIGHT = ChatColours(
    background="#efeae2", own="#d9fdd3", other="#ffffff", notice="#e1e6e4", ink="#111b21", muted="#54656f",
    link="#0b5cad", card="#f0f2f5", selected="#c5e4ff", found="#fff3b0",
    senders=("#9c2f6c", "#1b6b3a", "#0b5cad", "#8a4b00", "#6b3fa0", "#a12a2a", "#006d77", "#5b5b00"),
)  # fmt: skip
DARK = ChatColours(
    background="#0b141a", own="#054036", other="#202c33", notice="#1f2c34", ink="#e9edef", muted="#aebac1",
    link="#7cc4ff", card="#2a3942", selected="#173d5a", found="#473c00",
    senders=("#ff8fc8", "#7ee2a0", "#8ac7ff", "#ffc46b", "#c9a8ff", "#ff9c9c", "#6fe3ec", "#e6e36b"),
)  # fmt: skip


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chat_colours(palette: QPalette | None = None) -> ChatColours:
    return DARK if is_dark(palette) else LIGHT


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2327",
        QPalette.ColorRole.WindowText: "#e9edef",
        QPalette.ColorRole.Base: "#111b21",
        QPalette.ColorRole.AlternateBase: "#1f2c34",
        QPalette.ColorRole.Text: "#e9edef",
        QPalette.ColorRole.Button: "#2a3942",
        QPalette.ColorRole.ButtonText: "#e9edef",
        QPalette.ColorRole.ToolTipBase: "#2a3942",
        QPalette.ColorRole.ToolTipText: "#e9edef",
        QPalette.ColorRole.PlaceholderText: "#8696a0",
        QPalette.ColorRole.Highlight: "#2e7d6b",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7cc4ff",
        QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b878e"))
    return palette


def apply_scheme(scheme: str) -> None:
    """Set the application's palette: "light", "dark", or "system" (follow the desktop)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    wants_dark = scheme == "dark" or (scheme == "system" and app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    if wants_dark:
        app.setStyle("Fusion")  # native styles may ignore a custom palette; Fusion draws with it
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(foreground: str | QColor, background: str | QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21); AA asks 4.5 for body text."""
    a, b = sorted((_luminance(QColor(foreground)), _luminance(QColor(background))), reverse=True)
    return (a + 0.05) / (b + 0.05)
