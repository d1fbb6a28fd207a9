"""The passphrase field: live feedback, confirmation, show/hide, caps-lock hint."""

import pytest

pytestmark = pytest.mark.gui


def test_create_mode_guides_to_a_good_passphrase(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from wamigrate.gui.passphrase import PassphraseInput

    widget = PassphraseInput(create=True)
    qtbot.addWidget(widget)
    widget.resize(420, 200)
    widget.show()
    assert widget.problem() == "Enter a passphrase."
    qtbot.keyClicks(widget.field, "short")
    assert "at least 10" in widget.feedback.text()
    widget.field.clear()
    qtbot.keyClicks(widget.field, "copper lantern orbit 47")
    assert widget.problem() == "The two passphrases are not the same yet."
    qtbot.keyClicks(widget.confirm, "copper lantern orbit 47")
    assert widget.problem() is None and widget.feedback.text().startswith("Strong enough")
    assert widget.field.echoMode() == QLineEdit.EchoMode.Password
    widget.show_box.setFocus()
    qtbot.keyClick(widget.show_box, Qt.Key.Key_Space)  # keyboard only
    assert widget.field.echoMode() == QLineEdit.EchoMode.Normal
    widget.grab().save(str(tmp_path / "passphrase.png"))


def test_caps_lock_hint(qtbot):
    from PySide6.QtCore import Qt

    from wamigrate.gui.passphrase import PassphraseInput

    widget = PassphraseInput(create=False)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClick(widget.field, "A")  # a capital without Shift
    assert widget.caps.isVisibleTo(widget)
    qtbot.keyClick(widget.field, "A", Qt.KeyboardModifier.ShiftModifier)
    assert not widget.caps.isVisibleTo(widget)
    assert widget.problem() is None
