"""Private temporary folders, and sweeping the ones a killed process left behind.

Plaintext that must touch the disk for another program (a photo opened in the system's
viewer) or ciphertext that must be copied (private_copy.py) goes into a folder only this
user can read, named ``wamigrate-<kind>-<pid>-…``. The process removes it when done;
SIGTERM and Ctrl-C run that clean-up (``on_termination``); a SIGKILL or a power cut cannot,
so every start of the app or the command sweeps the folders of processes that are gone.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from contextlib import suppress
from pathlib import Path

PREFIX = "wamigrate-"
KINDS = ("view", "readonly", "export")


def private_folder(kind: str) -> Path:
    """A new folder (mode 0700) for ``kind``, named so that ``sweep`` knows whose it is."""
    if kind not in KINDS:
        raise ValueError(kind)
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{kind}-{os.getpid()}-"))


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive, and not ours to sweep anyway
    return True


def sweep(temp_root: Path | None = None) -> list[Path]:
    """Remove private folders whose process no longer runs; returns what was removed."""
    root = Path(temp_root or tempfile.gettempdir())
    removed = []
    with suppress(OSError):
        for entry in root.iterdir():
            parts = entry.name.split("-")
            if len(parts) < 4 or f"{parts[0]}-" != PREFIX or parts[1] not in KINDS or not parts[2].isdigit():
                continue
            if entry.is_dir() and not entry.is_symlink() and not process_alive(int(parts[2])):
                shutil.rmtree(entry, ignore_errors=True)
                if not entry.exists():
                    removed.append(entry)
    return removed


def remove_own() -> None:
    """Remove every private folder of this process (at exit, or on SIGTERM)."""
    root = Path(tempfile.gettempdir())
    with suppress(OSError):
        for kind in KINDS:
            for entry in root.glob(f"{PREFIX}{kind}-{os.getpid()}-*"):
                shutil.rmtree(entry, ignore_errors=True)


def on_termination(handler) -> None:
    """Run ``handler`` on SIGTERM (and SIGHUP) instead of dying at once, so that clean-up runs.
    The handler must end the process (the CLI raises SystemExit; the app quits its loop)."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            with suppress(ValueError, OSError):  # not the main thread
                signal.signal(number, lambda _signum, _frame: handler())
