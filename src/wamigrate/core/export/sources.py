"""Find the chats inside what the user gave us: a .txt, a .zip, or a folder of them.

Zip members are read as streams, never extracted: nothing of an export reaches the disk.
Members that could harm the computer (absolute paths, "..", symlinks, zip bombs) are never
opened; they are skipped with a warning, or, if the chat text itself is one, refused.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from wamigrate.core.errors import (
    CorruptZipError,
    EncryptedZipError,
    ExportError,
    ExportReadError,
    NotAnExportError,
    UnsafeZipError,
    os_reason,
)
from wamigrate.core.export.records import ReadWarning, make_warning
from wamigrate.core.export.sniff import EMPTY, SPREADSHEET, sniff_chat_bytes
from wamigrate.core.translatable import QT_TR_NOOP, tr

# A member that expands more than this many times its compressed size, once it is larger
# than MIN_BOMB_SIZE, is treated as a zip bomb. Chat text compresses about 4-10 times.
MAX_RATIO = 200
MIN_BOMB_SIZE = 16 << 20
MAX_TOTAL_SIZE = 64 << 30
# The same bound over the whole zip: many members each just under MIN_BOMB_SIZE must not add
# up to a bomb (a 1 MB zip claimed 1 GB in 64 such members).
MAX_TOTAL_RATIO = 100
MAX_FOLDER_DEPTH = 32  # WhatsApp exports are one or two folders deep


def display_name(name: str) -> str:
    """A file name fit to store and show: bytes that are not UTF-8 (os.fsdecode keeps them
    as lone surrogates, which SQLite and terminals refuse) become U+FFFD."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def unsupported_compression(zip_name: str, member: str) -> ExportReadError:
    return ExportReadError(
        tr(
            "{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read ('{1}'). Unzip it with "
            "the program that made it and import the folder, or export the chat again."
        ).format(zip_name, member)
    )


def check_regular_file(path: Path) -> None:
    """Refuse what is not a regular file before opening it: reading a FIFO waits forever and
    a device (or a link to /dev/zero) never ends."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise ExportReadError(tr("The file {0} does not exist.").format(display_name(str(path)))) from exc
    except OSError as exc:
        raise ExportReadError(
            tr("{0} could not be read: {1}.").format(display_name(str(path)), os_reason(exc))
        ) from exc
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise ExportReadError(
            tr(
                "{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip "
                'file that WhatsApp\'s "Export chat" created.'
            ).format(display_name(str(path)))
        )


EXPORT_SUFFIXES = (".zip", ".txt")  # the files open_export takes, besides folders

_CHAT_NAME_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^WhatsApp Chat with[\s\u00a0]+(?P<name>.+)$",
        r"^WhatsApp[-\s\u00a0]Chat mit[\s\u00a0]+(?P<name>.+)$",  # "WhatsApp-Chat mit Lena" too (issue 17)
        r"^Chat de WhatsApp con[\s\u00a0]+(?P<name>.+)$",
        r"^Conversa do WhatsApp com[\s\u00a0]+(?P<name>.+)$",
        r"^Discussion WhatsApp avec[\s\u00a0]+(?P<name>.+)$",
        r"^Chat WhatsApp con[\s\u00a0]+(?P<name>.+)$",
        r"^Chat WhatsApp dengan[\s\u00a0]+(?P<name>.+)$",
        r"^Chat WhatsApp s[\s\u00a0]+(?:uživatelem[\s\u00a0]+)?(?P<name>.+)$",
        r"^WhatsApp-chat met[\s\u00a0]+(?P<name>.+)$",
        r"^Чат WhatsApp с[\s\u00a0]+(?:контактом[\s\u00a0]+)?(?P<name>.+)$",
        r"^(?P<name>.+?)[\s\u00a0]+ile WhatsApp Sohbeti$",
        r"^محادثة واتساب مع[\s\u00a0]+(?P<name>.+)$",
        r"^(?P<name>.+?)とのWhatsAppチャット$",
        r"^WhatsApp[\s\u00a0]*与[\s\u00a0]*(?P<name>.+?)[\s\u00a0]*的对话$",
        r"^[与與][\s\u00a0]*(?P<name>.+?)[\s\u00a0]*的[\s\u00a0]*WhatsApp[\s\u00a0]*(?:聊天|對話|对话)$",
        r"^WhatsApp Chat - (?P<name>.+)$",
    )
)
_LOOKS_LIKE_CHAT_NAME = re.compile(r"chat|whatsapp|sohbet|чат|对话|對話|聊天|محادثة", re.IGNORECASE)

_MAGIC = (
    (b"\xff\xd8\xff", QT_TR_NOOP("a JPEG image")),
    (b"\x89PNG", QT_TR_NOOP("a PNG image")),
    (b"GIF8", QT_TR_NOOP("a GIF image")),
    (b"%PDF", QT_TR_NOOP("a PDF document")),
    (b"RIFF", QT_TR_NOOP("a media file")),
    (b"OggS", QT_TR_NOOP("an audio file")),
    (b"\x1f\x8b", QT_TR_NOOP("a gzip archive")),
    (b"Rar!", QT_TR_NOOP("a RAR archive")),
    (b"7z\xbc\xaf", QT_TR_NOOP("a 7-Zip archive")),
    (b"SQLite format 3", QT_TR_NOOP("a database file")),
)


def not_an_export(name: str, problem: str) -> str:
    """The whole sentence for a sniff_chat_bytes code, translated as one sentence."""
    if problem == SPREADSHEET:
        return tr(
            "{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a "
            "WhatsApp date and time."
        ).format(name)
    if problem == EMPTY:
        return tr("{0} is empty: there are no messages in it.").format(name)
    return tr(
        "{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp's exported chats do."
    ).format(name)


def describe_binary(head: bytes) -> str | None:
    """What a non-text file appears to be, for error messages; None if it may be text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return tr(what)
    if head[4:8] == b"ftyp":
        return tr("a video file")
    if b"\x00" in head[:1024] and head[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16 without BOM is handled by the decoder; this is mostly-NUL binary data.
        if head[:1024].count(0) > 0.6 * min(len(head), 1024):
            return None
        return tr("a binary file")
    return None


def chat_title(file_name: str) -> str | None:
    """The chat's name as WhatsApp put it in the export's file name, or None."""
    stem = file_name.rsplit("/", 1)[-1]
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    for pattern in _CHAT_NAME_PATTERNS:
        match = pattern.match(stem)
        if match:
            return match["name"].strip()
    return None


class Attachments:
    """The media files that came with a chat, looked up by the name the chat gives them."""

    kind = "none"

    def names(self) -> set[str]:
        return set()

    def size(self, name: str) -> int | None:
        return None

    def open(self, name: str) -> BinaryIO:
        raise FileNotFoundError(name)

    def total_size(self) -> int:
        """The size of every file in the store (an upper bound of what an import may store)."""
        return sum(self.size(name) or 0 for name in self.names())


class FolderAttachments(Attachments):
    kind = "folder"

    def __init__(self, folder: Path, exclude: set[str]) -> None:
        self._folder = folder
        self._exclude = exclude
        self.shared_key = ("folder", str(folder))  # the chats of one folder share its files

    def total_size(self) -> int:
        total = 0
        try:
            for entry in os.scandir(self._folder):
                if entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_size
        except OSError:
            pass
        return total

    def names(self) -> set[str]:
        try:
            return {
                entry.name
                for entry in os.scandir(self._folder)
                if entry.is_file(follow_symlinks=False) and entry.name not in self._exclude
            }
        except OSError:
            return set()

    def _path(self, name: str) -> Path | None:
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            return None
        path = self._folder / name
        return path if path.is_file() and not path.is_symlink() else None

    def size(self, name: str) -> int | None:
        path = self._path(name)
        return path.stat().st_size if path else None

    def open(self, name: str) -> BinaryIO:
        path = self._path(name)
        if path is None:
            raise FileNotFoundError(name)
        return path.open("rb")


class _MemberStream:
    """A zip member's stream that also closes the zip file it came from."""

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self._archive = archive
        try:
            self._stream = archive.open(info)
        except NotImplementedError as exc:
            archive.close()
            raise unsupported_compression(Path(archive.filename or "").name, info.filename) from exc
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
            archive.close()
            raise CorruptZipError(
                tr("Part of the zip file is damaged ({0}). Export the chat again or copy the file again.").format(exc)
            ) from exc

    def read(self, size: int = -1) -> bytes:
        try:
            return self._stream.read(size)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
            raise CorruptZipError(
                tr("Part of the zip file is damaged ({0}). Export the chat again or copy the file again.").format(exc)
            ) from exc

    def close(self) -> None:
        self._stream.close()
        self._archive.close()

    def __enter__(self) -> _MemberStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ZipAttachments(Attachments):
    kind = "zip"

    def __init__(self, path: Path, members: dict[str, zipfile.ZipInfo]) -> None:
        self._path = path
        self._members = members

    def names(self) -> set[str]:
        return set(self._members)

    def size(self, name: str) -> int | None:
        info = self._members.get(name)
        return info.file_size if info else None

    def open(self, name: str) -> BinaryIO:
        info = self._members.get(name)
        if info is None:
            raise FileNotFoundError(name)
        return _MemberStream(zipfile.ZipFile(self._path), info)  # type: ignore[return-value]


@dataclass
class ChatFile:
    """One chat's text inside an export, and the media that came with it."""

    title: str
    source_name: str
    size: int
    opener: Callable[[], BinaryIO]
    attachments: Attachments
    modified: datetime | None = None
    container_path: Path | None = None


@dataclass
class Export:
    path: Path
    chats: list[ChatFile] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)


def _read_head(path: Path, size: int = 8192) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except FileNotFoundError as exc:
        raise ExportReadError(tr("The file {0} does not exist.").format(path)) from exc
    except PermissionError as exc:
        raise ExportReadError(
            tr("wamigrate is not allowed to read {0}. Check the file's permissions.").format(path)
        ) from exc
    except IsADirectoryError as exc:
        raise ExportReadError(tr("{0} is a folder, not a file.").format(path)) from exc
    except OSError as exc:
        raise ExportReadError(tr("{0} could not be read: {1}.").format(path, os_reason(exc))) from exc


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


def open_export(path: str | os.PathLike[str]) -> Export:
    """Find the chats in a .txt, a .zip or a folder. Raises an ExportError subclass if there are none."""
    path = Path(path)
    check_regular_file(path)
    if path.is_dir():
        return _open_folder(path)
    head = _read_head(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06") or path.suffix.lower() == ".zip":
        export = Export(path)
        _add_zip(export, path, head)
        return export
    export = Export(path)
    _add_text(export, path, head, strict=True)
    return export


def _add_text(export: Export, path: Path, head: bytes, strict: bool) -> bool:
    if not head:
        if strict:
            raise NotAnExportError(tr("{0} is empty: there are no messages in it.").format(path.name))
        return False
    what = describe_binary(head)
    if what is not None:
        if strict:
            raise NotAnExportError(
                tr(
                    "{0} is not a WhatsApp chat export: it looks like {1}. "
                    'Choose the .txt or .zip file that WhatsApp\'s "Export chat" created.'
                ).format(path.name, what)
            )
        return False
    problem = sniff_chat_bytes(head)
    if problem is not None:
        if strict:
            raise NotAnExportError(not_an_export(path.name, problem))
        return False
    title = display_name(chat_title(path.name) or path.stem)
    if path.name == "_chat.txt" and path.parent.name:
        title = display_name(chat_title(path.parent.name) or path.parent.name)
    export.chats.append(
        ChatFile(
            title=title,
            source_name=display_name(path.name),
            size=path.stat().st_size,
            opener=lambda: path.open("rb"),
            attachments=FolderAttachments(path.parent, exclude={path.name}),
            modified=_mtime(path),
            container_path=path,
        )
    )
    return True


def _is_unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." in parts


def _add_zip(export: Export, path: Path, head: bytes) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        if head.startswith(b"PK"):
            raise CorruptZipError(
                tr(
                    "{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export "
                    "it again."
                ).format(path.name, exc)
            ) from exc
        raise NotAnExportError(
            tr('{0} is not a zip file. Choose the .txt or .zip file that WhatsApp\'s "Export chat" created.').format(
                path.name
            )
        ) from exc
    except OSError as exc:
        raise ExportReadError(tr("{0} could not be read: {1}.").format(path.name, os_reason(exc))) from exc

    with archive:
        infos = archive.infolist()
        members: dict[str, zipfile.ZipInfo] = {}  # by base name (media are named so in the chats)
        by_path: dict[str, zipfile.ZipInfo] = {}
        folders: dict[str, dict[str, zipfile.ZipInfo]] = {}  # folder inside the zip -> its members
        chat_infos: list[zipfile.ZipInfo] = []
        warnings = export.warnings
        total = compressed = 0
        for info in infos:
            if info.is_dir():
                continue
            name = info.filename
            base = name.replace("\\", "/").rsplit("/", 1)[-1]
            if _is_unsafe_name(name):
                warnings.append(make_warning("zip-unsafe-path", name))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                warnings.append(make_warning("zip-symlink", name))
                continue
            if info.file_size > MIN_BOMB_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                if base.lower().endswith(".txt"):
                    raise UnsafeZipError(
                        tr("{0} looks like a zip bomb: '{1}' would expand {2} times. It was not opened.").format(
                            path.name, name, info.file_size // max(info.compress_size, 1)
                        )
                    )
                warnings.append(make_warning("zip-bomb", name))
                continue
            path_key = name.replace("\\", "/")
            if path_key in by_path:
                warnings.append(make_warning("zip-duplicate", base))
                continue
            if info.flag_bits & 0x1:
                if base.lower().endswith(".txt"):
                    raise EncryptedZipError(
                        tr(
                            "{0} is protected by a password. WhatsApp never does this: export the chat again, or "
                            "unzip it with its password and import the .txt."
                        ).format(path.name)
                    )
                warnings.append(make_warning("zip-encrypted", name))
                continue
            total += info.file_size  # of the members kept: a skipped bomb is not read
            compressed += info.compress_size
            by_path[path_key] = info
            members.setdefault(base, info)
            folders.setdefault(path_key.rpartition("/")[0], {})[base] = info
        if total > MIN_BOMB_SIZE and total > MAX_TOTAL_RATIO * max(compressed, 1):
            raise UnsafeZipError(
                tr(
                    "{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It "
                    "was not opened."
                ).format(path.name, max(compressed >> 20, 1), total >> 20)
            )
        if total > MAX_TOTAL_SIZE:
            raise UnsafeZipError(
                tr("{0} claims to hold {1} GB of files, more than any chat export; it was not opened.").format(
                    path.name, total >> 30
                )
            )

        # Every _chat.txt, in whatever folder: two exports zipped together are two chats.
        named = [
            info for info in by_path.values() if info.filename.replace("\\", "/").rpartition("/")[2] == "_chat.txt"
        ]
        if not named:
            named = [
                info for base, info in members.items() if base.lower().endswith(".txt") and chat_title(base) is not None
            ]
        if not named:
            named = [
                info
                for base, info in members.items()
                if base.lower().endswith(".txt") and _LOOKS_LIKE_CHAT_NAME.search(base)
            ]
        if not named:
            named = sorted(
                (info for base, info in members.items() if base.lower().endswith(".txt")),
                key=lambda info: len(info.filename),
            )
        for info in named:
            head_bytes = _member_head(archive, info, path)
            if sniff_chat_bytes(head_bytes) is None:
                chat_infos.append(info)
        if not chat_infos:
            raise NotAnExportError(
                tr(
                    "{0} holds no WhatsApp chat: no _chat.txt or 'WhatsApp Chat with …' text file with messages was "
                    "found in it."
                ).format(path.name)
            )

    chat_paths = {info.filename.replace("\\", "/") for info in chat_infos}
    chat_bases = {p.rpartition("/")[2] for p in chat_paths}
    media = {base: info for base, info in members.items() if base not in chat_bases}
    zip_title = chat_title(path.name)
    for info in chat_infos:
        folder, _slash, base = info.filename.replace("\\", "/").rpartition("/")
        title = chat_title(base) if base != "_chat.txt" else None
        if len(chat_infos) > 1:
            # Several chats in one zip: each has the media of its own folder, and its own name
            # (the folder's, as WhatsApp names an export), so that none is merged into another.
            own = {b: i for b, i in folders.get(folder, {}).items() if f"{folder}/{b}".lstrip("/") not in chat_paths}
            title = title or chat_title(folder.rpartition("/")[2]) or folder.rpartition("/")[2] or None
            attachments = ZipAttachments(path, own)
        else:
            attachments = ZipAttachments(path, media)
        title = title or zip_title or path.stem

        def opener(info: zipfile.ZipInfo = info) -> BinaryIO:
            return _MemberStream(zipfile.ZipFile(path), info)  # type: ignore[return-value]

        try:
            modified = datetime(*info.date_time)
        except ValueError:
            modified = None
        export.chats.append(
            ChatFile(
                title=title,
                source_name=f"{path.name}!{info.filename}",
                size=info.file_size,
                opener=opener,
                attachments=attachments,
                modified=modified,
                container_path=path,
            )
        )


def _member_head(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    try:
        with archive.open(info) as stream:
            return stream.read(65536)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
        raise CorruptZipError(
            tr("{0} is damaged: '{1}' cannot be read ({2}). Export the chat again.").format(
                path.name, info.filename, exc
            )
        ) from exc
    except NotImplementedError as exc:  # before RuntimeError, its base class: PPMd, LZMA-only tools…
        raise unsupported_compression(path.name, info.filename) from exc
    except RuntimeError as exc:  # zipfile raises this for encrypted members
        raise EncryptedZipError(tr("{0} is protected by a password and cannot be read.").format(path.name)) from exc


def _walk(folder: Path, export: Export):
    """(folder, sorted file entries) for the folder and its subfolders, breadth first, without
    recursion (a folder 1,100 levels deep must not overflow the stack) and without following
    links. Folders deeper than MAX_FOLDER_DEPTH are reported, not read."""
    pending = [(folder, 0)]
    while pending:
        current, depth = pending.pop(0)
        try:
            with os.scandir(current) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError as exc:
            name = display_name(str(current.relative_to(folder)) or current.name)
            export.warnings.append(make_warning("folder-skipped", name, os_reason(exc)))
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if depth + 1 > MAX_FOLDER_DEPTH:
                    export.warnings.append(
                        make_warning(
                            "folder-skipped",
                            display_name(str(Path(entry.path).relative_to(folder))),
                            tr("it is more than {0} folders deep").format(MAX_FOLDER_DEPTH),
                        )
                    )
                else:
                    pending.append((Path(entry.path), depth + 1))
        yield current, [entry for entry in entries if not entry.is_dir(follow_symlinks=False)]


FOLDER_REASONS_SHOWN = 10  # a folder of hundreds of damaged files: the first ten, then a count


def _open_folder(folder: Path) -> Export:
    export = Export(folder)
    for _current, entries in _walk(folder, export):
        for entry in entries:
            name = entry.name
            path = Path(entry.path)
            if entry.is_symlink():
                continue
            lower = name.lower()
            if not lower.endswith(EXPORT_SUFFIXES):
                continue
            shown = display_name(str(path.relative_to(folder)))
            try:
                if not entry.is_file(follow_symlinks=False):  # a FIFO or a device named like an export
                    check_regular_file(path)
                if lower.endswith(".zip"):
                    _add_zip(export, path, _read_head(path))
                else:
                    _add_text(export, path, _read_head(path, 65536), strict=False)
            except (ExportError, OSError, ValueError, RuntimeError) as exc:
                # One unreadable file must not stop the others; it is named, and the import
                # says a chat was left out.
                reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
                export.warnings.append(make_warning("folder-skipped", shown, reason))
    if not export.chats and export.warnings:
        # Exports were there but none could be read (a folder of damaged zips): name each,
        # instead of "no export found", which sends the user looking for the wrong thing.
        shown = [w.message for w in export.warnings[:FOLDER_REASONS_SHOWN]]
        more = len(export.warnings) - len(shown)
        raise NotAnExportError(
            tr("No chat in the folder {0} could be read: {1}").format(folder, " ".join(shown))
            + (" " + tr("And %n more.", "", more) if more else "")
        )
    if not export.chats:
        raise NotAnExportError(
            tr(
                "No WhatsApp chat export was found in the folder {0}. "
                'Choose the .txt or .zip files that WhatsApp\'s "Export chat" created.'
            ).format(folder)
        )
    return export
