"""A phone's database read as ``wamigrate inspect --jsonl`` prints it: one object per message
with the fields an export's messages have, plus what only a database knows (the exact UTC time,
WhatsApp's id, the quoted message's id, the reactions)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC

from wamigrate.core.archive.rows import timezone_for
from wamigrate.core.cancel import CancelToken
from wamigrate.core.phone import msgstore
from wamigrate.core.phone.database_file import PhoneDatabase
from wamigrate.core.translatable import tr


def _utc_text(moment) -> str | None:
    if moment is None:
        return None
    return moment.isoformat(timespec="milliseconds") + "Z"


def contract_dicts(
    messages: Iterator[msgstore.PhoneMessage], timezone: str | None, cancel: CancelToken | None = None
) -> Iterator[dict]:
    zone = timezone_for(timezone)
    seq: Counter = Counter()
    for index, m in enumerate(messages):
        if cancel is not None and index % 5000 == 0:
            cancel.raise_if_cancelled()
        local = m.utc.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
        # 0-based in each chat's order, as an export's seq is (README's contract)
        number = seq[m.chat_jid]
        seq[m.chat_jid] += 1
        yield {
            "chat": m.chat,
            "seq": number,
            "time": local.strftime("%Y-%m-%dT%H:%M:%S"),
            "sender": tr("Me") if m.from_me else m.sender,
            "kind": m.kind,
            "text": m.text,
            "attachment": msgstore.file_name(m.file_path),
            "edited": m.edited_utc is not None,
            "line": None,
            "utc": _utc_text(m.utc),
            "id": m.key_id or None,
            "reply_to": m.reply_to,
            "reactions": [
                {"sender": tr("Me") if r.sender is None else r.sender, "emoji": r.emoji, "utc": _utc_text(r.utc)}
                for r in m.reactions
            ],
        }


def contract_records(
    database: PhoneDatabase, timezone: str | None, cancel: CancelToken | None = None
) -> tuple[Iterator[dict], msgstore.PhoneRead]:
    """The database's messages as ``inspect --jsonl`` prints them, and what the read found
    (filled in as the iterator is consumed)."""
    messages, found = database.reader.read(database.connection)
    return contract_dicts(messages, timezone, cancel), found


def summary_lines(database: PhoneDatabase) -> list[str]:
    """What the database holds, for ``wamigrate inspect`` without --jsonl (English, like the
    export summary)."""
    messages, found = database.reader.read(database.connection)
    chats: Counter = Counter()
    kinds: Counter = Counter()
    first = last = None
    for m in messages:
        chats[m.chat] += 1
        kinds[m.kind] += 1
        first = m.utc if first is None or m.utc < first else first
        last = m.utc if last is None or m.utc > last else last
    lines = [f"Phone database: {database.name}"]
    if database.backup is not None:
        info = database.backup.info
        made = info.date.strftime("%Y-%m-%d %H:%M UTC") if info.date else "date unknown"
        encrypted = "encrypted" if info.encrypted else "not encrypted"
        model = info.model or "model unknown"
        lines.append(f"iPhone backup: {model}, iOS {info.ios_version or '?'}, {made}, {encrypted}")
    if database.header is not None:
        lines.append(f"Backup: {database.header.crypt}, WhatsApp {database.header.app_version or 'version unknown'}")
    lines.append(f"Chats: {len(chats)}; messages and calls: {sum(chats.values())} (of which {found.calls} calls)")
    if first is not None:
        lines.append(f"First message: {_utc_text(first)}; last message: {_utc_text(last)}")
    lines.append("Kinds: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    for message_type, n in sorted(found.unknown_types.items()):
        lines.append(f"Kept as placeholders: {n} messages of unknown type {message_type}")
    for action, n in sorted(found.unknown_actions.items()):
        lines.append(f"Kept as placeholders: {n} chat notices of unknown number {action}")
    if found.status_skipped:
        lines.append(f"Left out: {found.status_skipped} status updates (not part of a chat)")
    for chat, n in chats.most_common():
        lines.append(f"  {chat}: {n}")
    return lines
