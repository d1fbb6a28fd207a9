"""What makes two messages "the same message", across exports of the same chat.

A later export of a chat repeats the messages of an earlier one, perhaps from a phone set
to another language or date format. A message is identified by its chat, its minute (some
formats have no seconds), its sender and its content, plus an occurrence number for
identical messages in the same minute. Localized notices (deleted, calls, system events)
are identified by what happened, not by their wording; raw header text is never used.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from wamigrate.core.export.headers import INVISIBLE_RE, ODD_SPACES
from wamigrate.core.export.records import LOCATION, MEDIA, POLL, TEXT, Message

_SPACES_RE = re.compile(f"[{ODD_SPACES}\\s]+")
_PHONE_RE = re.compile(r"^\+[\d\s\-().\u2011]{6,}$")
_KEEP_MINUTES = 2 * 24 * 60  # occurrence counters kept for out-of-order lines this far back
_PRUNE_EVERY = 200_000
_Y2K = datetime(2000, 1, 1)


def normalize(text: str) -> str:
    if text.isascii():
        return " ".join(text.split())
    text = INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    return unicodedata.normalize("NFC", text).strip()


def phone_number(sender: str) -> str | None:
    """The E.164 form of a sender shown as a phone number ("+44 7700 900123"), else None."""
    cleaned = normalize(sender)
    if not _PHONE_RE.match(cleaned):
        return None
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    return f"+{digits}" if 7 <= len(digits) <= 15 else None


def sender_key(sender: str | None) -> str:
    if sender is None:
        return ""
    phone = phone_number(sender)
    if phone:
        return phone
    return normalize(sender).lstrip("~").strip().casefold()


def content_key(message: Message) -> str:
    if message.kind in (TEXT, LOCATION, POLL):
        return normalize(message.text)
    if message.kind == MEDIA:
        return f"{message.media_type or ''}|{normalize(message.text)}"
    return message.detail or ""


def _minute_number(minute: str) -> int:
    """Minutes since 2000-01-01 of a "YYYY-MM-DDTHH:MM" local time (fits 4 bytes for 8000 years)."""
    return int((datetime.fromisoformat(minute) - _Y2K).total_seconds()) // 60


class Identities:
    """Gives each message of one chat its identity (16 bytes), in file order."""

    def __init__(self, chat_id: int) -> None:
        self._chat = chat_id.to_bytes(4, "big")
        self._seen: dict[str, int] = {}  # basis (minute first) -> how many so far
        self._since_prune = 0
        self._senders: dict[str | None, str] = {}

    def __call__(self, message: Message, minute: str) -> bytes:
        """``minute`` is the message's local time as "YYYY-MM-DDTHH:MM"."""
        sender = self._senders.get(message.sender)
        if sender is None:
            sender = self._senders[message.sender] = sender_key(message.sender)
        basis = "\x1f".join((minute, sender, message.kind, content_key(message)))
        occurrence = self._seen.get(basis, 0)
        self._seen[basis] = occurrence + 1
        self._since_prune += 1
        if self._since_prune >= _PRUNE_EVERY:
            self._prune(minute)
        # Chat and minute first: the unique index then grows at its end, in time order,
        # instead of at random places (much faster to insert a million of).
        digest = hashlib.sha256(f"{basis}\x1f{occurrence}".encode()).digest()[:8]
        return self._chat + _minute_number(minute).to_bytes(4, "big") + digest

    def _prune(self, latest: str) -> None:
        # Counters matter only for identical messages in the same minute; keep two days'
        # worth behind the newest minute seen, for lines written out of order.
        self._since_prune = 0
        cutoff = (datetime.fromisoformat(latest) - timedelta(minutes=_KEEP_MINUTES)).isoformat()[:16]
        self._seen = {basis: count for basis, count in self._seen.items() if basis[:16] >= cutoff}
