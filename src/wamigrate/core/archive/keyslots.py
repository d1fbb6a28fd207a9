"""The key-slot file: the archive's data key, stored only wrapped.

The database is encrypted with a random 256-bit *data key*. ``keys.json`` holds that key
wrapped (AES-256-GCM) under a key derived from each secret the user holds:

* a **passphrase slot**: Argon2id, its parameters recorded in the slot;
* a **recovery-key slot**: the recovery key is 160 random bits, so HKDF-SHA256 suffices.

Each slot's parameters (and the archive id) are the GCM associated data: changing any of
them makes the slot fail to open instead of weakening it. Changing the passphrase re-wraps
32 bytes; the database is not rewritten.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wamigrate.core.archive.errors import KeySlotError, WrongSecretError
from wamigrate.core.translatable import tr

FORMAT = "wamigrate-keyslots"
VERSION = 1
# About 0.5 s on the 2-core reference machine (benchmarks/bench_archive.py prints it).
# 128 MiB, not 256: the same time spent in more passes, and half the memory at its peak,
# which matters in a browser window with a 300 MB budget.
ARGON2_DEFAULTS = {"memory_kib": 131_072, "iterations": 8, "lanes": 4}
# What a passphrase slot may ask for, checked before deriving anything: a tampered keys.json
# must not hang the unlock for hours (huge iterations) or exhaust memory (huge memory_kib).
# The upper bounds are 8x our own default cost in memory, and 8x in total work.
ARGON2_BOUNDS = {"memory_kib": (8_192, 1_048_576), "iterations": (1, 64), "lanes": (1, 16)}
ARGON2_MAX_WORK = 8 * ARGON2_DEFAULTS["memory_kib"] * ARGON2_DEFAULTS["iterations"]  # KiB x passes
SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES = 16, 12, 48  # a 32-byte key and its 16-byte tag
PASSPHRASE = "passphrase"
RECOVERY = "recovery"


def _check(fields: dict) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another OS gives the same bytes; spaces at the
    start and end are ignored, always (people cannot see them, and copy-paste adds them)."""
    return unicodedata.normalize("NFC", passphrase).strip().encode("utf-8")


@dataclass
class Slot:
    kind: str
    kdf: dict
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def associated_data(self, archive_id: str) -> bytes:
        header = {"archive": archive_id, "kind": self.kind, "kdf": self.kdf, "salt": _b64(self.salt)}
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def _fields(self) -> dict:
        return {
            "kind": self.kind,
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    def to_json(self) -> dict:
        return {**self._fields(), "check": _check(self._fields())}

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        slot = cls(
            str(data["kind"]), dict(data["kdf"]), _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["wrapped"])
        )
        if (len(slot.salt), len(slot.nonce), len(slot.wrapped)) != (SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES):
            raise ValueError("slot field of the wrong length")
        # The check tells damage (a flipped byte, an edited value) apart from a wrong secret;
        # the GCM tag, not this, is what protects the slot against deliberate changes.
        if data.get("check") != _check(slot._fields()):
            raise ValueError("slot check failed")
        return slot


def _derive(kind: str, kdf: dict, secret: bytes, salt: bytes) -> bytes:
    if kind == PASSPHRASE:
        if kdf.get("name") != "argon2id":
            raise KeySlotError(
                tr("The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.")
            )
        memory, iterations, lanes = _argon2_parameters(kdf)
        return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory).derive(secret)
    if kind == RECOVERY:
        if kdf.get("name") != "hkdf-sha256":
            raise KeySlotError(
                tr("The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.")
            )
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"wamigrate recovery slot").derive(secret)
    raise KeySlotError(tr("Unknown key slot type '{0}'.").format(kind))


def _argon2_parameters(kdf: dict) -> tuple[int, int, int]:
    values = []
    for name in ("memory_kib", "iterations", "lanes"):
        value = kdf.get(name)
        low, high = ARGON2_BOUNDS[name]
        if type(value) is not int or not low <= value <= high:
            raise KeySlotError(
                tr(
                    "The passphrase entry of the archive's key file (keys.json) asks for an impossible key derivation "
                    "({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore "
                    "keys.json from a backup."
                ).format(name, str(value)[:20])
            )
        values.append(value)
    memory, iterations, lanes = values
    if memory * iterations > ARGON2_MAX_WORK or memory < 8 * lanes:
        raise KeySlotError(
            tr(
                "The passphrase entry of the archive's key file (keys.json) asks for an impossible key derivation "
                "({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore "
                "keys.json from a backup."
            ).format("memory_kib × iterations", memory * iterations)
        )
    return memory, iterations, lanes


def make_slot(kind: str, secret: bytes, data_key: bytes, archive_id: str, argon2: dict | None = None) -> Slot:
    if kind == PASSPHRASE:
        kdf = {"name": "argon2id", **(argon2 or ARGON2_DEFAULTS)}
    else:
        kdf = {"name": "hkdf-sha256"}
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    slot = Slot(kind, kdf, salt, nonce, b"")
    wrapping_key = _derive(kind, kdf, secret, salt)
    slot.wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, slot.associated_data(archive_id))
    return slot


@dataclass
class KeySlots:
    archive_id: str
    cipher: dict
    slots: list[Slot] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # kinds of slots that failed their check
    database_fingerprint: str = ""  # database.fingerprint() of the archive's own database

    def slot(self, kind: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.kind == kind), None)

    def replace(self, new: Slot) -> None:
        self.slots = [slot for slot in self.slots if slot.kind != new.kind] + [new]
        self.damaged = [kind for kind in self.damaged if kind != new.kind]

    def unwrap(self, kind: str, secret: bytes) -> bytes:
        slot = self.slot(kind)
        if slot is None:
            what = tr("passphrase") if kind == PASSPHRASE else tr("recovery key")
            if kind in self.damaged:
                other = tr("recovery key") if kind == PASSPHRASE else tr("passphrase")
                raise KeySlotError(
                    tr(
                        "The {0} entry of the archive's key file (keys.json) is damaged. Open the archive with its "
                        "{1}, then set a new {2}."
                    ).format(what, other, what)
                )
            raise KeySlotError(tr("This archive has no {0} entry in its key file.").format(what))
        try:
            wrapping_key = _derive(kind, slot.kdf, secret, slot.salt)
        except (KeyError, TypeError, ValueError) as exc:
            raise KeySlotError(tr("The {0} slot of the key file is damaged ({1}).").format(kind, exc)) from exc
        try:
            data_key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, slot.associated_data(self.archive_id))
        except InvalidTag as exc:
            raise WrongSecretError(
                tr(
                    "That recovery key does not open this archive. Check it and try again (letters are not "
                    "case-sensitive)."
                )
                if kind == RECOVERY
                else tr(
                    "That passphrase does not open this archive. Check it and try again (passphrases are "
                    "case-sensitive)."
                )
            ) from exc
        if len(data_key) != 32:
            raise KeySlotError(tr("The key file holds a key of the wrong length."))
        return data_key

    # -- file ---------------------------------------------------------------------------

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "archive_id": self.archive_id,
            "cipher": self.cipher,
            "database": self.database_fingerprint,
            "slots": [slot.to_json() for slot in self.slots],
        }

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old or the new file, never half of one."""
        data = json.dumps(self.to_json(), indent=2, sort_keys=True).encode("utf-8")
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        _fsync_folder(path.parent)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeySlotError(
                tr(
                    "The archive's key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a "
                    "backup of the archive folder."
                )
            ) from exc
        try:
            if len(raw) > 1 << 20:  # ours is about 1 KB
                raise ValueError("key file too large")
            data = json.loads(raw)
            if not isinstance(data, dict) or not isinstance(data.get("slots"), list):
                raise ValueError("not a key-slot object")
            if data.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if type(data.get("version", 0)) is not int:
                raise ValueError("version of the wrong type")
            if data.get("version", 0) > VERSION:
                raise KeySlotError(tr("This archive was made by a newer wamigrate; update wamigrate to open it."))
            slots = []
            damaged = []
            for item in data["slots"]:
                try:
                    slots.append(Slot.from_json(item))
                except (KeyError, TypeError, ValueError, AttributeError):
                    # One damaged slot must not hide the other.
                    damaged.append(item.get("kind", "?") if isinstance(item, dict) else "?")
            if not isinstance(data["archive_id"], str) or not isinstance(data["cipher"], dict):
                raise ValueError("archive id or cipher of the wrong type")
            return cls(data["archive_id"], dict(data["cipher"]), slots, damaged, str(data.get("database", "")))
        except KeySlotError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise KeySlotError(
                tr(
                    "The archive's key file (keys.json) is damaged and cannot be read. Restore keys.json from a "
                    "backup of the archive folder."
                )
            ) from exc


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
