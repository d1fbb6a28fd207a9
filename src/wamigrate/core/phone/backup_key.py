"""The key that opens an Android backup, as the user has it.

* **crypt15** (end-to-end encrypted backup): the 64-digit key WhatsApp shows once when the
  backup is turned on with "Use 64-digit encryption key" (hex digits, typed with spaces or line
  breaks, or pasted from a file), or the ``encrypted_backup.key`` file of a rooted phone (a Java-
  serialised ``byte[32]``). That is the *root* key; the AES key is derived from it with
  HKDF-SHA256 (salt: 32 zero bytes, info "backup encryption"), which is what WhatsApp's own
  HMAC loop computes (phone-databases.md §2.1).
* **crypt14** (older local backups): the 158-byte ``key`` file of a rooted phone, a Java-
  serialised ``byte[131]`` whose last 32 bytes are the AES key.

A password or passkey chosen for the end-to-end backup only unlocks the root key inside
WhatsApp's server-side vault: such a backup cannot be opened on a computer, and the messages
here say what to do instead.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import tr

CRYPT15, CRYPT14 = "crypt15", "crypt14"
# A Java ObjectOutputStream of a byte[]: magic, TC_ARRAY, TC_CLASSDESC "[B", serialVersionUID,
# flags, no fields, TC_ENDBLOCKDATA, TC_NULL (no superclass), then the length and the bytes.
_JAVA_BYTE_ARRAY = bytes.fromhex("aced0005757200025b42acf317f8060854e00200007870")
_SEPARATORS = re.compile(r"[\s\-:]+")
MAX_KEY_FILE = 4096  # key files are 59 or 158 bytes; anything large is not one


class BackupKeyError(WamigrateError):
    """The key as given cannot be a backup key (its form, not whether it opens the backup)."""


@dataclass(frozen=True)
class BackupKey:
    kind: str  # CRYPT15 (a root key) or CRYPT14 (the AES key itself)
    material: bytes = b""

    def aes_key(self) -> bytes:
        if self.kind == CRYPT14:
            return self.material
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"\x00" * 32, info=b"backup encryption").derive(
            self.material
        )

    def __repr__(self) -> str:  # never the key itself, in a log or a traceback
        return f"BackupKey({self.kind})"


def parse_hex_key(text: str) -> BackupKey:
    """The 64-digit key as typed: spaces, line breaks, dashes and case do not matter."""
    digits = _SEPARATORS.sub("", text).lower()
    if not digits:
        raise BackupKeyError(tr("Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup."))
    wrong = sorted({ch for ch in digits if ch not in string.hexdigits.lower()})
    if wrong:
        shown = " ".join(f"“{ch}”" for ch in wrong[:5])
        raise BackupKeyError(
            tr(
                "The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what "
                "you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0)."
            ).format(shown)
        )
    if len(digits) != 64:
        raise BackupKeyError(
            tr(
                "The key has %n digit(s); WhatsApp's backup key has 64. Check that none is missing or doubled.",
                "",
                len(digits),
            )
        )
    return BackupKey(CRYPT15, bytes.fromhex(digits))


def key_from_bytes(data: bytes, name: str) -> BackupKey:
    """A key file's contents: the Java-serialised key of a rooted phone (crypt15 or crypt14),
    or a text file holding the 64-digit key."""
    if data.startswith(_JAVA_BYTE_ARRAY[:4]):
        if not data.startswith(_JAVA_BYTE_ARRAY) or len(data) < len(_JAVA_BYTE_ARRAY) + 4:
            raise BackupKeyError(tr("{0} is not a WhatsApp key file: its contents are not a key.").format(name))
        start = len(_JAVA_BYTE_ARRAY)
        length = int.from_bytes(data[start : start + 4], "big")
        body = data[start + 4 :]
        if len(body) != length:
            raise BackupKeyError(tr("{0} is incomplete: copy the key file from the phone again.").format(name))
        if length == 32:
            return BackupKey(CRYPT15, body)
        if length == 131:
            return BackupKey(CRYPT14, body[99:])
        raise BackupKeyError(tr("{0} is not a WhatsApp key file: its contents are not a key.").format(name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BackupKeyError(tr("{0} is not a WhatsApp key file: its contents are not a key.").format(name)) from None
    return parse_hex_key(text)


def read_key_file(path: str | Path) -> BackupKey:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_KEY_FILE:
            raise BackupKeyError(tr("{0} is not a WhatsApp key file: it is far too large.").format(path.name))
        data = path.read_bytes()
    except OSError as error:
        from wamigrate.core.errors import os_reason

        raise BackupKeyError(tr("{0} could not be read: {1}.").format(path.name, os_reason(error))) from error
    return key_from_bytes(data, path.name)
