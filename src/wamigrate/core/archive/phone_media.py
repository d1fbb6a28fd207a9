"""The media of a phone import: the phone's ``Media`` folder (copied over USB), matched to the
messages by the path the database recorded, checked against the hash it recorded, and stored
in the archive as export media are (streamed, once per content).

Resumable: files are committed in batches, so after a cancel, a full disk or a crash the files
already stored stay linked, and running it again stores only the rest. The messages are never
touched except for linking their file. What the folder does not have is listed.
"""

from __future__ import annotations

import base64
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from wamigrate.core.archive.errors import ArchiveError
from wamigrate.core.archive.importer import ensure_free_space, store_media
from wamigrate.core.archive.store import Archive
from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import WamigrateError, os_reason
from wamigrate.core.phone.msgstore import file_name
from wamigrate.core.translatable import tr

BATCH_BYTES = 64 << 20  # files per commit, by size: a crash loses at most this much work
BATCH_FILES = 200
IPHONE_MEDIA = "Message/"  # how an iPhone's media paths start (chatstorage.py), unlike Android's


@dataclass
class MediaResult:
    wanted: int = 0  # media files the phone's messages name that the archive did not hold
    stored: int = 0  # of which were found in the folder and stored now
    linked: int = 0  # messages that now have their file
    missing: list[str] = field(default_factory=list)  # paths as the phone has them
    different: list[str] = field(default_factory=list)  # stored, but not the file the phone recorded
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)


def _relative(file_path: str) -> str:
    """The part of the phone's path under its Media folder ("WhatsApp Images/IMG-….jpg")."""
    parts = PurePosixPath(file_path.replace("\\", "/")).parts
    if "Media" in parts:
        parts = parts[len(parts) - parts[::-1].index("Media") :]
    return "/".join(parts)


class _Folder:
    """Every file under the chosen folder, by its path below any "Media" level and by name."""

    def __init__(self, root: Path) -> None:
        self.by_path: dict[str, Path] = {}
        self.by_name: dict[str, list[Path]] = defaultdict(list)
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder, name)
                relative = _relative(path.relative_to(root).as_posix())
                self.by_path.setdefault(relative.casefold(), path)
                self.by_name[name.casefold()].append(path)

    def claims(self, file_path: str) -> bool:
        return not file_path.startswith(IPHONE_MEDIA)

    def find(self, file_path: str) -> Path | None:
        found = self.by_path.get(_relative(file_path).casefold())
        if found is not None:
            return found
        same_name = self.by_name.get((file_name(file_path) or "").casefold(), [])
        return same_name[0] if len(same_name) == 1 else None

    def opener(self, where: Path):
        return lambda: where.open("rb")

    def size(self, where: Path) -> int:
        return _size(where)

    def name(self, where: Path) -> str:
        return where.name


class _Backup:
    """The media files inside an iPhone backup, found through its manifest by the path the
    database recorded (``Message/Media/…``), decrypted as they are read."""

    def __init__(self, backup, domain: str, cancel: CancelToken) -> None:
        self.backup, self.domain, self.cancel = backup, domain, cancel

    def claims(self, file_path: str) -> bool:
        return file_path.startswith(IPHONE_MEDIA)

    def find(self, file_path: str):
        return self.backup.entry(self.domain, file_path)

    def opener(self, entry):
        return lambda: self.backup.open(entry, self.cancel)

    def size(self, entry) -> int:
        return entry.size or 0

    def name(self, entry) -> str:
        return file_name(entry.relative_path) or entry.relative_path


def import_phone_media(
    archive: Archive,
    folder: str | Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> MediaResult:
    cancel = cancel or CancelToken()
    folder = Path(folder)
    if not folder.is_dir():
        raise ArchiveError(tr("{0} is not a folder: choose the phone's WhatsApp “Media” folder.").format(folder.name))
    return _import_media(archive, lambda: _Folder(folder), folder.name, progress, cancel)


def import_backup_media(
    archive: Archive,
    backup,
    domain: str,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> MediaResult:
    """The media of an iPhone import, from the backup it came from (``ios_backup.IosBackup``)."""
    cancel = cancel or CancelToken()
    return _import_media(archive, lambda: _Backup(backup, domain, cancel), backup.info.device_name, progress, cancel)


def _import_media(archive: Archive, make_source, shown: str, progress, cancel: CancelToken) -> MediaResult:
    result = MediaResult()
    with archive.writer():
        c = archive.connection
        source = make_source()
        wanted: dict[str, list[int]] = defaultdict(list)
        hashes: dict[str, str | None] = {}
        for message_id, extra in c.execute(
            "SELECT id, extra FROM messages WHERE wa_id IS NOT NULL AND attachment_sha256 IS NULL "
            "AND attachment_name IS NOT NULL AND extra IS NOT NULL"
        ):
            details = json.loads(extra)
            path = details.get("file_path")
            if path and source.claims(path):
                wanted[path].append(message_id)
                hashes[path] = details.get("file_hash")
        result.wanted = len(wanted)
        if not wanted:
            return result
        found = {path: source.find(path) for path in sorted(wanted)}
        result.missing = [path for path, where in found.items() if where is None]
        todo = [(path, where) for path, where in found.items() if where is not None]
        sizes = {path: source.size(where) for path, where in todo}
        ensure_free_space(
            archive,
            sum(sizes.values()) + (1 << 20),
            tr(
                "The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space "
                "on that disk (or move the archive to a larger one) and import again; nothing was changed."
            ),
        )
        total = sum(sizes.values()) or 1
        done = batch_bytes = batch_files = 0
        c.execute("BEGIN IMMEDIATE")
        try:
            for path, where in todo:
                cancel.raise_if_cancelled()
                try:
                    c.execute("SAVEPOINT one_media")
                    sha, new = store_media(c, source.opener(where), source.name(where), cancel)
                    c.execute("RELEASE one_media")
                except (OSError, WamigrateError) as error:
                    c.execute("ROLLBACK TO one_media")
                    c.execute("RELEASE one_media")
                    reason = os_reason(error) if isinstance(error, OSError) else str(error)
                    result.unreadable.append((source.name(where), reason))
                    continue
                if hashes.get(path) and _phone_hash(sha) != hashes[path]:
                    result.different.append(path)
                ids = wanted[path]
                c.execute(
                    "UPDATE messages SET attachment_sha256 = ? WHERE id IN (SELECT value FROM json_each(?))",
                    (sha, json.dumps(ids)),
                )
                result.stored += new
                result.linked += len(ids)
                done += sizes[path]
                batch_bytes += sizes[path]
                batch_files += 1
                progress(done, total)
                if batch_bytes >= BATCH_BYTES or batch_files >= BATCH_FILES:
                    c.execute("COMMIT")  # what is stored stays stored: a later run goes on from here
                    c.execute("BEGIN IMMEDIATE")
                    batch_bytes = batch_files = 0
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        archive.audit("media imported", f"{shown}: {result.stored} files, {len(result.missing)} missing")
    progress(total, total)
    return result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _phone_hash(sha256_hex: str) -> str:
    """The form WhatsApp records a file's SHA-256 in (base64)."""
    return base64.b64encode(bytes.fromhex(sha256_hex)).decode()


__all__ = ["MediaResult", "import_backup_media", "import_phone_media"]
