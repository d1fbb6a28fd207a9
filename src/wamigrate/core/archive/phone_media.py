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
from wamigrate.core.errors import os_reason
from wamigrate.core.phone.msgstore import file_name
from wamigrate.core.translatable import tr

BATCH_BYTES = 64 << 20  # files per commit, by size: a crash loses at most this much work
BATCH_FILES = 200


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

    def find(self, file_path: str) -> Path | None:
        found = self.by_path.get(_relative(file_path).casefold())
        if found is not None:
            return found
        same_name = self.by_name.get((file_name(file_path) or "").casefold(), [])
        return same_name[0] if len(same_name) == 1 else None


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
    result = MediaResult()
    with archive.writer():
        c = archive.connection
        wanted: dict[str, list[int]] = defaultdict(list)
        hashes: dict[str, str | None] = {}
        for message_id, extra in c.execute(
            "SELECT id, extra FROM messages WHERE wa_id IS NOT NULL AND attachment_sha256 IS NULL "
            "AND attachment_name IS NOT NULL AND extra IS NOT NULL"
        ):
            details = json.loads(extra)
            path = details.get("file_path")
            if path:
                wanted[path].append(message_id)
                hashes[path] = details.get("file_hash")
        result.wanted = len(wanted)
        if not wanted:
            return result
        files = _Folder(folder)
        found = {path: files.find(path) for path in sorted(wanted)}
        result.missing = [path for path, where in found.items() if where is None]
        todo = [(path, where) for path, where in found.items() if where is not None]
        sizes = {path: _size(where) for path, where in todo}
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
                    sha, new = store_media(c, lambda where=where: where.open("rb"), where.name, cancel)
                    c.execute("RELEASE one_media")
                except OSError as error:
                    c.execute("ROLLBACK TO one_media")
                    c.execute("RELEASE one_media")
                    result.unreadable.append((where.name, os_reason(error)))
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
        archive.audit("media imported", f"{folder.name}: {result.stored} files, {len(result.missing)} missing")
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


__all__ = ["MediaResult", "import_phone_media"]
