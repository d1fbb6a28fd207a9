"""Unlocking an archive from the GUI: wrong secret, damaged archive, passphrase, recovery key."""

import pytest

from conftest import FAST_KDF, WAIT_MS

pytestmark = pytest.mark.gui
PASS = "correct horse battery staple"


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def folder(tmp_path):
    from wamigrate.core.archive.store import Archive

    archive, recovery = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    archive.close()
    return str(archive.folder), recovery


def test_wrong_then_right_passphrase(qtbot, settings, folder, tmp_path):
    from wamigrate.gui.unlock import RECENT_KEY, UnlockDialog

    path, _ = folder
    dialog = UnlockDialog(settings, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase.field, "not the passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "does not open this archive" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.archive is None
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=WAIT_MS)
    dialog.grab().save(str(tmp_path / "unlock-wrong.png"))
    dialog.passphrase.field.clear()
    qtbot.keyClicks(dialog.passphrase.field, PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.unlock_button.click()
    assert dialog.archive is not None
    dialog.archive.close()
    assert settings.value(RECENT_KEY) == [path]
    settings.sync()
    assert PASS not in (tmp_path / "settings.ini").read_text()


def test_recovery_key_and_damaged_archive(qtbot, settings, folder):
    from pathlib import Path

    from wamigrate.gui.unlock import UnlockDialog

    path, recovery = folder
    dialog = UnlockDialog(settings, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_recovery.setChecked(True)
    assert dialog.recovery.isVisibleTo(dialog) and not dialog.passphrase.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.recovery, recovery.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.unlock_button.click()
    dialog.archive.close()

    (Path(path) / "archive.db").write_bytes(b"\x00" * 8192)
    damaged = UnlockDialog(settings, path)
    qtbot.addWidget(damaged)
    damaged.show()
    qtbot.keyClicks(damaged.passphrase.field, PASS)
    damaged.unlock_button.click()
    qtbot.waitUntil(lambda: "damaged" in damaged.message.text(), timeout=WAIT_MS)
    assert "does not open" not in damaged.message.text()


def test_unlock_dialog_focus_retype_switch_and_steady_size(qtbot, settings, folder):
    """Rough edges of issue 17: focus in the secret (the archive is known), a wrong passphrase
    selected for retyping, a key typed in the passphrase box kept when switching, and the
    dialog not growing with every message."""
    from PySide6.QtCore import Qt

    from wamigrate.gui.unlock import UnlockDialog

    path, recovery = folder
    dialog = UnlockDialog(settings, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.passphrase.field, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.passphrase.field, "not the passphrase")
    qtbot.keyClick(dialog.passphrase.field, Qt.Key.Key_Return)  # Enter unlocks
    qtbot.waitUntil(lambda: "does not open this archive" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.passphrase.field.selectedText() == "not the passphrase"
    height = dialog.height()
    for _ in range(3):
        dialog.unlock_button.click()
        qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=WAIT_MS)
    assert dialog.height() == height
    # A recovery key typed into the passphrase box moves with the switch.
    dialog.passphrase.field.clear()
    qtbot.keyClicks(dialog.passphrase.field, recovery)
    y = dialog.passphrase.field.mapTo(dialog, dialog.passphrase.field.rect().topLeft()).y()
    dialog.use_recovery.setChecked(True)
    assert dialog.recovery.text() == recovery and dialog.passphrase.field.text() == ""
    assert dialog.recovery.mapTo(dialog, dialog.recovery.rect().topLeft()).y() - y < 40  # same place, no jump
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(dialog.recovery, Qt.Key.Key_Return)
    dialog.archive.close()
