"""A Qt application for painting, on any machine (offscreen when there is no display)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def ensure_gui_application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication, not a bare QGuiApplication: a process that paints a PDF first may
        # open windows later (tests, the GUI), and Qt allows one application object only.
        app = QApplication(["wamigrate"])
    return app  # type: ignore[return-value]
