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
import threading
from contextlib import contextmanager, suppress
from pathlib import Path

PREFIX = "wamigrate-"
KINDS = ("view", "readonly", "export", "phone")  # phone: a decrypted phone database too large for memory


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
    """Remove private folders whose process no longer runs, and the half-written exports that
    process listed (see ``partial``); returns what was removed."""
    root = Path(temp_root or tempfile.gettempdir())
    removed = []
    with suppress(OSError):
        for entry in root.iterdir():
            parts = entry.name.split("-")
            if len(parts) < 4 or f"{parts[0]}-" != PREFIX or parts[1] not in KINDS or not parts[2].isdigit():
                continue
            if entry.is_dir() and not entry.is_symlink() and not process_alive(int(parts[2])):
                removed.extend(_remove_listed_partials(entry / _PARTIALS))
                shutil.rmtree(entry, ignore_errors=True)
                if not entry.exists():
                    removed.append(entry)
    return removed


# -- half-written exports ---------------------------------------------------------------------
# An export is written next to its destination under a hidden temporary name and renamed when
# whole. A SIGKILL in between leaves that file, in a folder the user chose: plaintext. Its
# path is listed in this process's private "export" folder while it exists, so the next start
# removes it. (The list holds paths only, never message text.)

_PARTIALS = "partials.txt"
_registry_lock = threading.Lock()
_registry: Path | None = None


def partial_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _listed(folder_file: Path) -> list[str]:
    try:
        return [line for line in folder_file.read_text(encoding="utf-8", errors="surrogateescape").splitlines() if line]
    except OSError:
        return []


def _remove_listed_partials(listing: Path) -> list[Path]:
    removed = []
    for line in _listed(listing):
        path = Path(line)
        if path.name.startswith(".") and path.name.endswith(".partial") and path.is_file() and not path.is_symlink():
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _set_listed(path: Path, present: bool) -> None:
    global _registry
    with _registry_lock:
        if _registry is None or not _registry.parent.exists():
            _registry = private_folder("export") / _PARTIALS
        lines = [line for line in _listed(_registry) if line != str(path)]
        if present:
            lines.append(str(path))
        temporary = _registry.with_suffix(".new")
        temporary.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8", errors="surrogateescape")
        os.replace(temporary, _registry)


@contextmanager
def partial(path: Path):
    """Yields the temporary path to write ``path`` at: created empty, readable by its owner
    only, listed for the sweep; renamed to ``path`` when the block ends normally, removed when
    it raises (a cancel, an error)."""
    path = Path(path)
    temporary = partial_name(path)
    _set_listed(temporary, True)
    try:
        with suppress(FileNotFoundError):
            temporary.unlink()  # a leftover of our own, not yet swept
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    finally:
        with suppress(OSError):
            _set_listed(temporary, False)


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
