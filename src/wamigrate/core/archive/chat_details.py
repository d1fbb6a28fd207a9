"""What the browser's details panel shows about one chat: who is in it, when it ran, how
busy each month was, what media it holds, and which export files it came from (with
their SHA-256 and the reader's warnings), from one pass over the chat's messages."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.summary import parse_warnings
from wamigrate.core.cancel import CancelToken
from wamigrate.core.export.records import ReadWarning


@dataclass(frozen=True)
class Participant:
    name: str
    phone: str | None
    is_business: bool
    messages: int


@dataclass(frozen=True)
class SourceFile:
    file_name: str
    sha256: str
    size: int
    imported_at: str
    messages: int  # of this chat's messages, how many came from this file first
    warnings: list[ReadWarning]


@dataclass
class ChatDetails:
    id: int
    title: str
    is_group: bool
    platform: str
    messages: int = 0
    first: str | None = None  # local time
    last: str | None = None
    per_month: dict[str, int] = field(default_factory=dict)  # "YYYY-MM" -> messages, every month in range
    kinds: dict[str, int] = field(default_factory=dict)
    media: dict[str, int] = field(default_factory=dict)  # media type -> attachments kept in the archive
    media_missing: int = 0  # attachments named in the export but not in it
    participants: list[Participant] = field(default_factory=list)
    sources: list[SourceFile] = field(default_factory=list)


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last[:7]:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def chat_details(archive: Archive, chat_id: int, cancel: CancelToken | None = None) -> ChatDetails:
    c = archive.connection
    found = c.execute("SELECT title, is_group, platform FROM chats WHERE id = ?", (chat_id,)).fetchone()
    if found is None:
        raise KeyError(chat_id)
    details = ChatDetails(chat_id, found[0], bool(found[1]), found[2])
    per_month: Counter[str] = Counter()
    by_sender: Counter[int | None] = Counter()
    by_source: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    media: Counter[str] = Counter()
    groups = c.execute(
        "SELECT substr(local_time, 1, 7), sender_id, kind, media_type, attachment_sha256 IS NOT NULL, "
        "attachment_name IS NOT NULL, source_id, count(*), min(local_time), max(local_time) "
        "FROM messages WHERE chat_id = ? GROUP BY 1, 2, 3, 4, 5, 6, 7",
        (chat_id,),
    )
    for month, sender, kind, media_type, kept, named, source, count, first, last in groups:
        if cancel is not None:
            cancel.raise_if_cancelled()
        details.messages += count
        details.first = first if details.first is None else min(details.first, first)
        details.last = last if details.last is None else max(details.last, last)
        per_month[month] += count
        by_sender[sender] += count
        by_source[source] += count
        kinds[kind] += count
        if kept:
            media[media_type or "document"] += count
        elif named:
            details.media_missing += count
    if details.first is not None and details.last is not None:
        details.per_month = {month: per_month.get(month, 0) for month in _months(details.first, details.last)}
    details.kinds = dict(sorted(kinds.items()))
    details.media = dict(sorted(media.items()))
    for person_id, name, phone, business in c.execute(
        "SELECT id, display_name, phone, is_business FROM participants WHERE chat_id = ?", (chat_id,)
    ):
        details.participants.append(Participant(name, phone, bool(business), by_sender.get(person_id, 0)))
    details.participants.sort(key=lambda p: (-p.messages, p.name.casefold()))
    for source_id, count in by_source.items():
        name, sha, size, imported, warnings = c.execute(
            "SELECT file_name, sha256, size, imported_at, warnings FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        details.sources.append(SourceFile(name, sha, size, imported, count, parse_warnings(warnings)))
    details.sources.sort(key=lambda s: s.imported_at)
    return details
