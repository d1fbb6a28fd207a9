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
