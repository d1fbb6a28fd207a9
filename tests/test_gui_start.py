"""The start window opens offscreen and shows translatable text."""

import pytest

pytestmark = pytest.mark.gui


def test_main_window_shows_welcome(qtbot):
    from PySide6.QtWidgets import QLabel

    from wamigrate.gui.app import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    heading = window.findChild(QLabel, "heading")
    assert heading is not None and heading.text() == "Welcome to wamigrate"
    assert "wamigrate" in window.windowTitle()
    image = window.grab()
    assert not image.isNull() and image.width() > 0
