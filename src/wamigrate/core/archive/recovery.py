"""Recovery keys: random, shown once, written down by a person, typed back years later."""

from __future__ import annotations

import base64
import secrets

RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters
_GROUP = 4
# Characters people confuse with base32 letters when copying by hand.
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> bytes:
    return secrets.token_bytes(RECOVERY_KEY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """Eight groups of four base32 characters, e.g. ``ABCD-EFGH-…``."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def same_group(typed: str, key: str) -> bool:
    """Whether ``typed`` is the last group of ``key`` as unlocking would read it: case, spaces,
    dashes and 0/1/8 for O/I/B forgiven (the type-back check accepts what unlocking accepts)."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_CONFUSABLE)
    return bool(cleaned) and cleaned == key.rsplit("-", 1)[-1].upper().translate(_CONFUSABLE)


def parse_recovery_key(text: str) -> bytes | None:
    """The key a person typed, forgiving case, spaces, dashes and 0/1/8 for O/I/B; None if invalid."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != 32:
        return None
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, base64.binascii.Error):
        return None
    return raw if len(raw) == RECOVERY_KEY_BYTES else None
