"""Real small and read-only disks for the storage tests: a tmpfs of a few megabytes, filled
to the last byte or remounted read-only. Mounting needs root (CI runs as root); elsewhere
the tests that need it are skipped with that reason."""

from __future__ import annotations

import os
import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


@contextmanager
def small_disk(tmp_path: Path, megabytes: int = 8):
    """A tmpfs mounted at a new folder under tmp_path; yields a Disk."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs", str(point))
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    disk = Disk(point)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=30)


class Disk:
    def __init__(self, root: Path) -> None:
        self.root = root

    def read_only(self) -> None:
        _mount("-o", "remount,ro", str(self.root))

    def writable(self) -> None:
        _mount("-o", "remount,rw", str(self.root))

    def fill(self) -> None:
        """Write until the disk refuses (ENOSPC): not one byte is left."""
        fd = os.open(self.root / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for size in (1 << 20, 65536, 4096, 1):
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError:
                    pass
        finally:
            os.close(fd)

    def free(self) -> None:
        (self.root / "filler").unlink(missing_ok=True)
