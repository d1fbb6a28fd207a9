"""Reading an Android backup file: ``msgstore.db.crypt15`` (end-to-end encrypted) or
``.crypt14`` (older local backups), decrypted and decompressed in chunks.

Layout (phone-databases.md §2.1, the .proto files of wa-crypt-tools):

    [1 byte: N] [0x01, only when the msgstore feature table is there] [N bytes: protobuf BackupPrefix]
    [AES-256-GCM ciphertext of a zlib stream of the SQLite file] [16-byte GCM tag]
    [16-byte MD5 of everything before it]   (absent in "multi-file" backups)

The protobuf is decoded field by field (tools that read the IV at a fixed offset break
whenever WhatsApp reorders or adds a field). ``decrypt`` streams: the caller's ``sink``
receives the SQLite file's bytes as they come. They are not authenticated until the end:
when ``decrypt`` raises, the caller must discard everything the sink received.

Wrong key and damaged file are told apart: the zlib stream's first bytes are checked as soon
as they are decrypted (a wrong key gives noise there), and an intact MD5 with a failing tag
also means a wrong key; a failure after a good start means the file is damaged.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import WamigrateError, os_reason
from wamigrate.core.phone import protobuf
from wamigrate.core.phone.backup_key import CRYPT14, CRYPT15, BackupKey
from wamigrate.core.translatable import QT_TR_NOOP, tr

CHUNK = 1 << 20
SQLITE_MAGIC = b"SQLite format 3\x00"
_TRAILER = 32  # tag + MD5 held back until the end decides which they are
_START = 256  # compressed bytes whose failure to inflate means a wrong key, not damage

# Said when an end-to-end backup is given without its 64-digit key: a password or passkey
# only unlocks the key inside WhatsApp's server-side vault, so it cannot open the file here.
PROTECTED_ADVICE = QT_TR_NOOP(
    "This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the "
    "encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be "
    "opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, "
    "turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap "
    "Back up and copy the new file."
)


class BackupError(WamigrateError):
    """The file is not a backup wamigrate can read (the sentence says why)."""


class WrongBackupKeyError(BackupError):
    """The key is well formed but does not open this backup."""


class DamagedBackupError(BackupError):
    """The file is a backup, but incomplete or damaged."""


class StillCopyingError(BackupError):
    """The file changed while it was read: a copy from the phone that has not finished."""


def file_state(path: Path) -> tuple[int, int]:
    """(size, modification time): what changes while a file is still being copied."""
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def still_copying(name: str) -> str:
    return tr(
        "{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until "
        "the copy has finished, then add it again."
    ).format(name)


@dataclass
class BackupHeader:
    crypt: str  # CRYPT15 or CRYPT14
    end_to_end: bool  # key_type HSM_CONTROLLED: the 64-digit key (or a password: then not offline)
    iv: bytes
    size: int  # bytes before the ciphertext
    feature_table: bool  # the 0x01 byte: a msgstore (wa.db has none)
    app_version: str | None = None  # "2.24.17.78"
    jid_suffix: str | None = None  # the last two digits of the phone's number
    backup_version: int | None = None
    features: dict[int, bool] = field(default_factory=dict)  # BackupExpiry fields 5..39


@dataclass
class BackupInfo:
    header: BackupHeader
    md5_checked: bool  # False for a multi-file backup, which has no MD5
    plain_size: int


def parse_header(head: bytes, name: str) -> BackupHeader:
    """The header at the start of ``head`` (the file's first bytes, at least 2 + 255 of them)."""
    if len(head) < 2:
        raise BackupError(tr("{0} is empty or far too short to be a WhatsApp backup.").format(name))
    size = head[0]
    feature_table = head[1] == 1  # a protobuf never starts with 0x01 (field 0 does not exist)
    start = 2 if feature_table else 1
    prefix = head[start : start + size]
    if size == 0 or len(prefix) < size:
        raise BackupError(not_a_backup(name))
    try:
        fields = protobuf.fields(prefix)
        key_type = protobuf.first(fields, 1, 0) or 0
        c14, c15, info = protobuf.first(fields, 2, 2), protobuf.first(fields, 3, 2), protobuf.first(fields, 4, 2)
        if c15 is not None:
            crypt, iv = CRYPT15, protobuf.first(protobuf.fields(c15), 1, 2)
        elif c14 is not None:
            crypt, iv = CRYPT14, protobuf.first(protobuf.fields(c14), 5, 2)
        else:
            raise ValueError("no cipher information")
        header = BackupHeader(crypt, key_type == 1, iv or b"", start + size, feature_table)
        if info is not None:
            info_fields = protobuf.fields(info)
            version = protobuf.first(info_fields, 1, 2)
            suffix = protobuf.first(info_fields, 3, 2)
            header.app_version = _text(version)
            header.jid_suffix = _text(suffix)
            header.backup_version = protobuf.first(info_fields, 4, 0)
            header.features = {n: bool(v) for n, w, v in info_fields if w == 0 and n >= 5}
    except (ValueError, IndexError):
        raise BackupError(not_a_backup(name)) from None
    if len(header.iv) != 16:
        raise BackupError(not_a_backup(name))
    return header


def _text(value) -> str | None:
    if not isinstance(value, bytes):
        return None
    text = value.decode("utf-8", "replace")
    return text if re.fullmatch(r"[\w.\-+]{1,40}", text) else None


def unreadable(name: str, error: OSError) -> BackupError:
    return BackupError(tr("{0} could not be read: {1}.").format(name, os_reason(error)))


def not_a_backup(name: str) -> str:
    return tr(
        "{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the "
        "phone's WhatsApp/Databases folder."
    ).format(name)


# -- decrypting ---------------------------------------------------------------------------------


def read_header(path: str | Path) -> BackupHeader:
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(2 + 255)
    except OSError as error:
        raise unreadable(path.name, error) from error
    return parse_header(head, path.name)


def decrypt(
    path: str | Path,
    key: BackupKey,
    sink: Callable[[bytes], None],
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    max_plain: int | None = None,
) -> BackupInfo:
    """Decrypt and decompress ``path`` into ``sink`` in chunks; progress in bytes of the file.
    ``max_plain``: stop (DamagedBackupError) if the SQLite file grows past it (a bomb)."""
    path = Path(path)
    cancel = cancel or CancelToken()
    name = path.name
    try:
        stream = path.open("rb")
    except OSError as error:
        raise unreadable(name, error) from error
    with stream:
        try:
            total = path.stat().st_size
            head = stream.read(2 + 255)
        except OSError as error:
            raise unreadable(name, error) from error
        header = parse_header(head, name)
        if key.kind != header.crypt:
            raise WrongBackupKeyError(_kind_mismatch(name, header.crypt))
        if total < header.size + _TRAILER:
            raise DamagedBackupError(_damaged(name))
        stream.seek(header.size)
        md5 = hashlib.md5(head[: header.size], usedforsecurity=False)
        decryptor = Cipher(algorithms.AES(key.aes_key()), modes.GCM(header.iv)).decryptor()
        inflate = zlib.decompressobj()
        state = {"plain": 0, "started": False}

        def feed(ciphertext: bytes) -> None:
            if not ciphertext:
                return
            compressed = decryptor.update(ciphertext)
            try:
                if not state["started"] and compressed:
                    # The stream's first bytes alone (zlib checks its header there): noise is the
                    # key's doing, while a damaged end of a small file must not read as a wrong key.
                    state["started"] = True
                    try:
                        plain = inflate.decompress(compressed[:_START])
                    except zlib.error:
                        raise WrongBackupKeyError(_wrong_key(name)) from None
                    plain += inflate.decompress(compressed[_START:])
                else:
                    plain = inflate.decompress(compressed)
            except zlib.error:
                raise DamagedBackupError(_damaged(name)) from None
            state["plain"] += len(plain)
            if max_plain is not None and state["plain"] > max_plain:
                raise DamagedBackupError(_damaged(name))
            if plain:
                sink(plain)

        held = b""
        done = header.size
        try:
            while chunk := stream.read(CHUNK):
                cancel.raise_if_cancelled()
                data = held + chunk
                held, ready = data[-_TRAILER:], data[:-_TRAILER]
                md5.update(ready)
                feed(ready)
                done += len(chunk)
                progress(done, total)
        except OSError as error:
            raise unreadable(name, error) from error
        # The end: an MD5 over everything before the last 16 bytes, or (multi-file) no MD5.
        md5.update(held[:16])
        has_md5 = md5.digest() == held[16:]
        if has_md5:
            tag = held[:16]
        else:
            feed(held[:16])
            tag = held[16:]
        try:
            tail = decryptor.finalize_with_tag(tag)
        except InvalidTag:
            if has_md5:  # the file is intact (its MD5 matches), so the key is wrong
                raise WrongBackupKeyError(_wrong_key(name)) from None
            raise DamagedBackupError(_damaged(name)) from None
        if tail:
            sink(inflate.decompress(tail))
        rest = inflate.flush()
        if rest:
            sink(rest)
        if not inflate.eof:
            raise DamagedBackupError(_damaged(name))
        progress(total, total)
    return BackupInfo(header, has_md5, state["plain"])


def _wrong_key(name: str) -> str:
    return tr("The key does not open {0}: check it against the key WhatsApp showed for this phone.").format(name)


def _damaged(name: str) -> str:
    return tr(
        "{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over "
        "USB, not through a messaging app, which may change it)."
    ).format(name)


def _kind_mismatch(name: str, crypt: str) -> str:
    if crypt == CRYPT15:
        return tr(
            "{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 "
            "key file."
        ).format(name)
    return tr(
        "{0} is an older local backup (.crypt14): it opens with the phone's “key” file (readable only on a "
        "rooted phone), not with a 64-digit key."
    ).format(name)
