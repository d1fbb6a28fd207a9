"""An encrypted copy of an archive's database in a private temporary folder.

Used when the archive sits on media that cannot be written (a DVD, a write-protected stick)
and its -wal file still holds pages: SQLite must write an index beside a WAL to read it, so
the database and its WAL are copied, still encrypted, into a folder only this user can read,
and read there. The folder is removed at close; one left by a killed process is swept at the
next start (``core/private_files.sweep``). Nothing in it is plaintext.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from wamigrate.core.private_files import private_folder


class PrivateCopy:
    def __init__(self, folder: Path, database: Path) -> None:
        self.folder = folder
        self.database = database

    @classmethod
    def of(cls, db_path: Path) -> PrivateCopy:
        folder = private_folder("readonly")  # mode 0700
        try:
            target = folder / db_path.name
            shutil.copyfile(db_path, target)
            shutil.copyfile(db_path.with_name(db_path.name + "-wal"), target.with_name(target.name + "-wal"))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return cls(folder, target)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
