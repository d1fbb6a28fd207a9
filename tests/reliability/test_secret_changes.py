"""B1 (reliability campaign 2): a secret change made by one window or command is never
silently undone by another that was unlocked before it. Each case failed before the fix:
the second window wrote back the key slots it had read at unlock."""

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FAST_KDF
from wamigrate.core.archive import keyslots
from wamigrate.core.archive.errors import WrongSecretError
from wamigrate.core.archive.store import Archive

PASS = "correct horse battery staple"
SECOND = "a second pass phrase, longer"
THIRD = "and a third pass phrase here"


def _in_another_process(folder, passphrase: str, command: str, *extra: str) -> str:
    """What `wamigrate recovery-key` or `wamigrate passwd` does, in a process of its own."""
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
from conftest import FAST_KDF
from wamigrate.core.archive.store import Archive
with Archive.open({str(folder)!r}, passphrase={passphrase!r}) as archive:
    if {command!r} == "recovery-key":
        print(archive.regenerate_recovery_key())
    else:
        archive.change_passphrase({extra[0] if extra else ""!r}, argon2=FAST_KDF)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    return done.stdout.strip()


@pytest.fixture
def opened(tmp_path):
    """An archive, and a window's handle on it, unlocked before anything else happens."""
    archive, recovery = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    folder = archive.folder
    archive.close()
    window = Archive.open(folder, passphrase=PASS)
    yield window, folder, recovery
    window.close()


def _opens(folder, **secret) -> bool:
    try:
        Archive.open(folder, **secret).close()
    except WrongSecretError:
        return False
    return True


def test_a_new_recovery_key_from_another_process_survives_a_passphrase_change_here(opened):
    window, folder, old_key = opened
    new_key = _in_another_process(folder, PASS, "recovery-key")
    window.change_passphrase(SECOND, argon2=FAST_KDF)
    assert _opens(folder, recovery_key=new_key)
    assert not _opens(folder, recovery_key=old_key)  # the revoked key stays revoked
    assert _opens(folder, passphrase=SECOND) and not _opens(folder, passphrase=PASS)


def test_a_passphrase_changed_in_another_process_survives_a_new_recovery_key_here(opened):
    window, folder, _old_key = opened
    _in_another_process(folder, PASS, "passwd", SECOND)
    new_key = window.regenerate_recovery_key()
    assert _opens(folder, passphrase=SECOND)
    assert not _opens(folder, passphrase=PASS)  # the old passphrase does not come back
    assert _opens(folder, recovery_key=new_key)


def test_a_revoked_passphrase_no_longer_authorises_a_change(opened):
    """The window checks the typed current passphrase against keys.json as it is now."""
    window, folder, _old_key = opened
    _in_another_process(folder, PASS, "passwd", SECOND)
    with pytest.raises(WrongSecretError):
        window.change_passphrase(THIRD, argon2=FAST_KDF, current=PASS)
    assert _opens(folder, passphrase=SECOND) and not _opens(folder, passphrase=THIRD)
    window.change_passphrase(THIRD, argon2=FAST_KDF, current=SECOND)
    assert _opens(folder, passphrase=THIRD)


def test_a_change_that_failed_on_a_full_disk_is_not_written_later(opened, monkeypatch):
    window, folder, old_key = opened
    real_save = keyslots.KeySlots.save

    def disk_full(self, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyslots.KeySlots, "save", disk_full)
    with pytest.raises(OSError):
        window.change_passphrase(SECOND, argon2=FAST_KDF)
    monkeypatch.setattr(keyslots.KeySlots, "save", real_save)  # space freed
    new_key = window.regenerate_recovery_key()  # a later change by the same window
    assert _opens(folder, passphrase=PASS)  # the failed change was not carried along
    assert not _opens(folder, passphrase=SECOND)
    assert _opens(folder, recovery_key=new_key) and not _opens(folder, recovery_key=old_key)
