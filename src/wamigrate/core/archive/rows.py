"""Turn a chat's messages into database rows, in batches. No database access here.

``produce_rows`` runs in the importing process or in a helper process (``worker.py``);
everything it needs comes in a picklable :class:`RowPlan`, everything it makes goes out
as picklable items: ``("batch", RowBatch)`` and finally ``("done", summary, names, group)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dateutil import tz

from wamigrate.core.archive.errors import ArchiveError
from wamigrate.core.archive.identity import Identities, phone_number
from wamigrate.core.cancel import CancelToken, ProgressCallback
from wamigrate.core.export import ChatReader, ReadOptions
from wamigrate.core.export.records import SYSTEM
from wamigrate.core.export.sources import ChatFile
from wamigrate.core.translatable import tr

BATCH = 5000
ID_SHIFT = 12
ID_MASK = (1 << ID_SHIFT) - 1
_EPOCH = datetime(1970, 1, 1)
GROUP_EVENTS = frozenset(
    {"group_created", "added", "removed", "left", "joined", "subject", "icon", "settings", "admin"}
)
_CJK_RANGES = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK = re.compile(f"[{_CJK_RANGES}]+")


@dataclass
class RowPlan:
    chat_id: int
    source_id: int
    timezone: str | None
    date_order: str | None
    participants: dict[str, int]
    next_participant: int
    progress_offset: int = 0
    progress_total: int | None = None


@dataclass
class RowBatch:
    rows: list[tuple] = field(default_factory=list)
    new_participants: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    grams: dict[bytes, str] = field(default_factory=dict)  # identity -> CJK grams


def cjk_grams(text: str) -> str:
    """Overlapping two-character tokens of every CJK/Thai run, for substring search."""
    grams: list[str] = []
    for run in CJK.findall(text):
        if len(run) == 1:
            grams.append(run)
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


def timezone_for(name: str | None):
    zone = tz.gettz(name) if name else tz.tzlocal()
    if zone is None:
        raise ArchiveError(
            tr("Unknown time zone '{0}'. Use a name such as Europe/London or America/Sao_Paulo.").format(name)
        )
    return zone


class UtcConverter:
    """Local wall-clock time to a UTC instant, with the offset cached per local hour.

    A time that does not exist (skipped by a daylight-saving change) is moved forward as
    the clock was; an ambiguous one (repeated hour) takes its first occurrence.
    """

    def __init__(self, zone) -> None:
        self._zone = zone
        self._offsets: dict[str, timedelta] = {}

    def __call__(self, local: datetime, hour: str) -> datetime:
        """The naive UTC datetime; ``hour`` is the local "YYYY-MM-DDTHH" text, the cache key."""
        offset = self._offsets.get(hour)
        if offset is None:
            aware = tz.resolve_imaginary(local.replace(minute=0, second=0, tzinfo=self._zone))
            offset = aware.utcoffset() or timedelta(0)
            if len(self._offsets) > 100_000:
                self._offsets.clear()
            self._offsets[hour] = offset
        return local - offset


def message_id(utc: datetime, identity: bytes) -> int:
    """A row id that sorts by time: UTC minutes since 1970, then 12 bits of the identity.

    Search can then walk the full-text index newest first (by rowid) and stop after a page.
    Minutes, not seconds, keep the gaps between ids small, and so the full-text index
    compact (it stores id differences). Two messages of one minute may collide; the
    importer moves the later one on.
    """
    minutes = int((utc - _EPOCH).total_seconds()) // 60
    return (minutes << ID_SHIFT) | (int.from_bytes(identity[-2:], "big") & ID_MASK)


def produce_rows(chat: ChatFile, plan: RowPlan, progress: ProgressCallback, cancel: CancelToken) -> Iterator[tuple]:
    reader = ChatReader(
        chat,
        ReadOptions(date_order=plan.date_order),
        progress=progress,
        cancel=cancel,
        progress_offset=plan.progress_offset,
        progress_total=plan.progress_total,
    )
    to_utc = UtcConverter(timezone_for(plan.timezone))
    identities = Identities(plan.chat_id)
    participants = dict(plan.participants)
    next_participant = plan.next_participant
    chat_id, source_id = plan.chat_id, plan.source_id
    names: set[str] = set()
    group = False
    batch = RowBatch()
    for message in reader:
        when = message.time
        local = when.isoformat()
        sender = message.sender
        if sender is None:
            sender_id = 0  # no sender: NULL in the archive (importer._INSERT)
        else:
            sender_id = participants.get(sender)
            if sender_id is None:
                sender_id = participants[sender] = next_participant
                next_participant += 1
                batch.new_participants.append((sender_id, chat_id, sender, phone_number(sender)))
        identity = identities(message, local[:16])
        text = message.text
        utc = to_utc(when, local[:13])
        batch.rows.append(
            (
                message_id(utc, identity),
                chat_id,
                local,
                utc.isoformat() + "Z",
                sender_id,
                message.kind,
                text,
                message.attachment or "",
                message.media_type or "",
                int(message.edited),
                message.detail or "",
                source_id,
                message.line,
                identity,
            )
        )
        if not text.isascii() and CJK.search(text):
            batch.grams[identity] = cjk_grams(text)
        if message.attachment is not None:
            names.add(message.attachment)
        elif message.kind == SYSTEM and message.detail in GROUP_EVENTS:
            group = True
        if len(batch.rows) >= BATCH:
            yield ("batch", batch)
            batch = RowBatch()
    if batch.rows:
        yield ("batch", batch)
    yield ("done", reader.summary, names, group)
