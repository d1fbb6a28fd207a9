"""A QGuiApplication for painting, on any machine (offscreen when there is no display)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["wamigrate"])
    return app  # type: ignore[return-value]
