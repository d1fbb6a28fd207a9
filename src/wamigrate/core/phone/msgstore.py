"""Reading Android's ``msgstore.db`` (the ``message`` table and its satellite tables, 2022
onwards, with the 2025–26 ``@lid`` identities mapped back to phone numbers).

The schema is probed once (tables and columns), then read with set-based SQL: one query over
the messages with LEFT JOINs to the satellite tables that exist, and one query each for the
rows that come several per message (reactions, poll options, contact cards). A message type
not known here is kept as a visible placeholder and counted (``PhoneRead.unknown_types``),
never dropped. Times are exact: Unix milliseconds, as UTC.

Type numbers (``message.message_type``) and system ``action_type``s follow the public
readers listed in phone-databases.md §1.2 (IPED, chat-history-manager, KCE), re-written here.
A database from before 2022 (every message in ``messages``) is read by msgstore_legacy into
the same records, through ``to_messages``.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from operator import attrgetter
from pathlib import PurePosixPath

from wamigrate.core.errors import WamigrateError
from wamigrate.core.export.records import (
    AUDIO,
    CALL,
    CONTACT,
    DELETED,
    DOCUMENT,
    GIF,
    IMAGE,
    LOCATION,
    MEDIA,
    POLL,
    STICKER,
    SYSTEM,
    TEXT,
    VIDEO,
    VOICE_NOTE,
)
from wamigrate.core.translatable import QT_TR_NOOP, tr

# message_type → (kind, media type or detail)
MESSAGE_TYPES: dict[int, tuple[str, str | None]] = {
    0: (TEXT, None),
    1: (MEDIA, IMAGE),
    2: (MEDIA, AUDIO),  # a voice note when its media says so (see _media_type)
    3: (MEDIA, VIDEO),
    4: (MEDIA, CONTACT),
    5: (LOCATION, None),
    7: (SYSTEM, None),
    8: (CALL, "voice"),
    9: (MEDIA, DOCUMENT),
    10: (CALL, "voice"),
    11: (SYSTEM, "waiting"),
    13: (MEDIA, GIF),
    14: (MEDIA, CONTACT),
    15: (DELETED, "other"),
    16: (LOCATION, "live"),
    20: (MEDIA, STICKER),
    42: (MEDIA, IMAGE),  # view once
    43: (MEDIA, VIDEO),  # view once
    64: (DELETED, "admin"),
    66: (POLL, None),
    82: (MEDIA, AUDIO),  # view-once voice
    90: (CALL, "voice"),
    106: (POLL, None),
}
# message_system.action_type → (the event, as the export reader names it; the notice shown).
# Curated from the public readers of phone-databases.md §1.2; the database holds who and to
# what in further tables, so the notices name no one. Others are kept as placeholders.
SYSTEM_ACTIONS: dict[int, tuple[str, str]] = {
    1: ("subject", QT_TR_NOOP("The group name was changed.")),
    4: ("added", QT_TR_NOOP("A member was added to the group.")),
    5: ("left", QT_TR_NOOP("A member left the group.")),
    6: ("icon", QT_TR_NOOP("The group icon was changed.")),
    7: ("removed", QT_TR_NOOP("You were removed from the group.")),
    10: ("number_changed", QT_TR_NOOP("A member changed their phone number.")),
    11: ("group_created", QT_TR_NOOP("The group was created.")),
    12: ("added", QT_TR_NOOP("Members were added to the group.")),
    13: ("left", QT_TR_NOOP("A member left the group.")),
    14: ("removed", QT_TR_NOOP("A member was removed from the group.")),
    15: ("admin", QT_TR_NOOP("A member was made a group admin.")),
    18: ("security_code", QT_TR_NOOP("The security code changed.")),
    19: ("encryption", QT_TR_NOOP("Messages and calls are end-to-end encrypted.")),
    20: ("joined", QT_TR_NOOP("A member joined with the group's invite link.")),
    27: ("description", QT_TR_NOOP("The group description was changed.")),
    28: ("number_changed", QT_TR_NOOP("A member changed their phone number.")),
    47: ("business", QT_TR_NOOP("This is an official business account.")),
    50: ("business", QT_TR_NOOP("This account changed from a business account to a standard one.")),
    56: ("disappearing", QT_TR_NOOP("The disappearing messages setting was changed.")),
    57: ("security_code", QT_TR_NOOP("The security code changed.")),
    58: ("blocked", QT_TR_NOOP("The contact was blocked or unblocked.")),
}
# jid.type: 0 a person, 1 a group, 5 a system broadcast, 11 status updates
GROUP_JID, STATUS_SERVER = 1, "status@broadcast"


class SchemaError(WamigrateError):
    """The database is not a msgstore this version can read (the sentence says what is missing)."""


class PartialDatabaseError(SchemaError):
    """The database has its messages but lacks parts every database of its kind has (a WhatsApp
    version this one does not know?): imported only when the user agrees (``missing``: what)."""

    def __init__(self, text: str, missing: list[str]) -> None:
        super().__init__(text)
        self.missing = missing


# The satellite tables every database of the ``message`` era has (phone-databases.md §1.2), with
# what is lost without them. A table that came later (reactions 2022, edits 2023, jid_map
# 2025) is not here: an older database rightly lacks it.
EXPECTED_PARTS = (
    ("message_media", ("message_row_id", "file_path", "mime_type"), QT_TR_NOOP("media files and captions")),
    ("message_quoted", ("message_row_id", "key_id"), QT_TR_NOOP("which message a reply quotes")),
    ("message_location", ("message_row_id", "latitude", "longitude"), QT_TR_NOOP("shared locations")),
    ("message_system", ("message_row_id", "action_type"), QT_TR_NOOP("group and chat notices")),
    ("message_vcard", ("message_row_id", "vcard"), QT_TR_NOOP("contact cards")),
    ("call_log", ("_id", "jid_row_id", "from_me", "timestamp"), QT_TR_NOOP("calls")),
)


def missing_parts(schema: Schema) -> list[str]:
    """What a database that lacks some of EXPECTED_PARTS would lose, translated ("calls", …).
    A legacy database has no parts every one of its era has beyond its messages: its tables
    came one by one over ten years (msgstore_legacy reads what each has)."""
    if schema.legacy:
        return []
    return [tr(what) for table, columns, what in EXPECTED_PARTS if not schema.has(table, *columns)]


def partial_error(name: str, missing: list[str]) -> PartialDatabaseError:
    return PartialDatabaseError(
        tr(
            "{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a "
            "WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose "
            "“Import what can be read”, or update wamigrate first."
        ).format(name, "; ".join(missing)),
        missing,
    )


@dataclass
class Schema:
    tables: dict[str, set[str]]

    def has(self, table: str, *columns: str) -> bool:
        found = self.tables.get(table)
        return found is not None and all(column in found for column in columns)

    @property
    def legacy(self) -> bool:
        """A database from before 2022, with its messages in the one ``messages`` table
        (msgstore_legacy reads it)."""
        return self.has("messages", "key_remote_jid") and "message" not in self.tables


@dataclass
class Reaction:
    sender: str | None  # None: the phone's owner
    emoji: str
    utc: datetime | None


@dataclass
class PhoneMessage:
    chat_jid: str
    chat: str  # the group's subject, or the person's number
    is_group: bool
    key_id: str
    from_me: bool
    sender: str | None  # None: the phone's owner; else the number (+55 11 …) or the jid
    utc: datetime
    kind: str
    text: str
    media_type: str | None = None
    detail: str | None = None
    mime_type: str | None = None
    file_path: str | None = None  # as the phone has it, under WhatsApp/Media/…
    file_hash: str | None = None  # base64 SHA-256 the phone recorded
    latitude: float | None = None
    longitude: float | None = None
    reply_to: str | None = None  # the quoted message's key_id
    edited_utc: datetime | None = None
    reactions: list[Reaction] = field(default_factory=list)
    poll_options: list[tuple[str, int | None]] = field(default_factory=list)
    vcards: list[str] = field(default_factory=list)
    message_type: int = 0
    row_id: int = 0
    chat_row: int = 0  # the chat's row in the database (calls are placed by it)
    call: dict | None = None  # a call from call_log: {"result", "duration"} (seconds)


@dataclass
class PhoneRead:
    """What a read found besides the messages (the import's summary says it)."""

    unknown_types: Counter = field(default_factory=Counter)  # message_type → count
    unknown_actions: Counter = field(default_factory=Counter)  # system action_type → count
    calls: int = 0  # from call_log
    status_skipped: int = 0
    chats: set[str] = field(default_factory=set)

    def unknown_type(self, message: PhoneMessage, number: int) -> None:
        """Keep a message of a type not known here as a visible placeholder, and count it."""
        self.unknown_types[number] += 1
        message.detail = f"unknown:{number}"
        message.text = tr("[a kind of message wamigrate does not know yet (type {0})]").format(number)

    def unknown_notice(self, message: PhoneMessage, number) -> None:
        """Keep a chat notice not known here as a visible placeholder, and count it."""
        self.unknown_actions[number] += 1
        message.detail = f"action:{number}"
        message.text = tr("[a chat notice wamigrate does not know yet (number {0})]").format(number)


def probe(connection) -> Schema:
    tables = {}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        tables[name] = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
    schema = Schema(tables)
    if schema.legacy:
        _legacy().check(schema)
        return schema
    if "wa_contacts" in tables and "message" not in tables:
        raise SchemaError(
            tr("This is wa.db, WhatsApp's contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.")
        )
    if "ZWAMESSAGE" in tables:
        raise SchemaError(
            tr("This is an iPhone's ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.")
        )
    missing = [
        name
        for name, columns in (
            ("message", ("_id", "chat_row_id", "from_me", "key_id", "timestamp", "message_type", "text_data")),
            ("chat", ("_id", "jid_row_id")),
            ("jid", ("_id", "user", "server", "raw_string")),
        )
        if not schema.has(name, *columns)
    ]
    if missing:
        raise SchemaError(
            tr("This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.").format(
                ", ".join(f"“{name}”" for name in missing)
            )
        )
    return schema


_EPOCH = datetime(1970, 1, 1)


def utc_from_ms(milliseconds) -> datetime | None:
    """Milliseconds since 1970 as a naive UTC time, exactly (no float in between)."""
    if milliseconds is None or milliseconds <= 0:
        return None
    return _EPOCH + timedelta(milliseconds=milliseconds)


def file_name(file_path: str | None) -> str | None:
    """The name of a media file from the path the phone recorded (either kind of slash)."""
    if not file_path:
        return None
    return PurePosixPath(file_path.replace("\\", "/")).name or None


def unknown_member() -> str:
    """Who wrote a group message whose sender the database does not name (a member row gone,
    or a database without its members): shown as such, never as the phone's owner."""
    return tr("Unknown member")


def shown_number(user: str | None, server: str | None, raw: str | None) -> str | None:
    """A person's jid as people read it: "+5511987654321" for a phone number."""
    if user and server == "s.whatsapp.net" and user.isdigit():
        return "+" + user
    return raw or user


def _identity_columns(schema: Schema, alias: str, row: str) -> tuple[str, list[str]]:
    """SQL that yields (shown jid parts) for jid row ``row``, through jid_map when an @lid
    identity has a phone-number jid behind it (the LID era)."""
    if schema.has("jid_map", "lid_row_id", "jid_row_id"):
        joins = (
            f"LEFT JOIN jid {alias} ON {alias}._id = {row} "
            f"LEFT JOIN jid_map {alias}_map ON {alias}_map.lid_row_id = {alias}._id "
            f"LEFT JOIN jid {alias}_phone ON {alias}_phone._id = {alias}_map.jid_row_id "
        )
        columns = [f"COALESCE({alias}_phone.{name}, {alias}.{name})" for name in ("user", "server", "raw_string")]
    else:
        joins = f"LEFT JOIN jid {alias} ON {alias}._id = {row} "
        columns = [f"{alias}.{name}" for name in ("user", "server", "raw_string")]
    return joins, columns


def read(
    connection, schema: Schema | None = None, include_status: bool = False, by_time: bool = False
) -> tuple[Iterator[PhoneMessage], PhoneRead]:
    """Every message and call (``call_log``), by chat and time, or with ``by_time`` in the order
    of time across all chats (what the import writes fastest: the archive's row ids follow
    time); the second value fills in as the iterator is consumed."""
    schema = schema or probe(connection)
    found = PhoneRead()
    if by_time:
        return _messages_by_time(connection, schema, found, include_status), found
    return _messages(connection, schema, found, include_status), found


def _legacy():
    # Imported when first needed: msgstore_legacy builds on this module.
    from wamigrate.core.phone import msgstore_legacy

    return msgstore_legacy


def _rows_of(schema: Schema):
    return _legacy().message_rows if schema.legacy else _message_rows


def _several(connection, sql: str) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for parent, *values in connection.execute(sql):
        grouped[parent].append(values)
    return grouped


def _messages(connection, schema: Schema, found: PhoneRead, include_status: bool) -> Iterator[PhoneMessage]:
    """The chats' messages with the calls of ``call_log`` placed among them by time."""
    calls = _counted(list(_calls(connection, schema)), found)
    rows = _rows_of(schema)(connection, schema, found, include_status)
    return place_calls(rows, calls, attrgetter("chat_row"))


def place_calls(rows: Iterator[PhoneMessage], calls: list[PhoneMessage], chat_of) -> Iterator[PhoneMessage]:
    """Messages that come by chat, then time, with each chat's calls (in time order) placed
    among them; ``chat_of`` gives a record's chat. Chats that hold only calls come last."""
    waiting: dict[object, list[PhoneMessage]] = defaultdict(list)
    for call in calls:
        waiting[chat_of(call)].append(call)
    current = None
    for message in rows:
        chat = chat_of(message)
        if chat != current:
            if current is not None:
                yield from waiting.pop(current, [])
            current = chat
        mine = waiting.get(current)
        while mine and mine[0].utc <= message.utc:
            yield mine.pop(0)
        yield message
    if current is not None:
        yield from waiting.pop(current, [])
    for rest in waiting.values():
        yield from rest


def _messages_by_time(connection, schema: Schema, found: PhoneRead, include_status: bool) -> Iterator[PhoneMessage]:
    # A call of the same instant as a message comes first, as in ``_messages``.
    calls = (_counted([call], found)[0] for call in _calls(connection, schema))
    rows = _rows_of(schema)(connection, schema, found, include_status, by_time=True)
    return heapq.merge(calls, rows, key=attrgetter("utc"))


def _counted(calls: list[PhoneMessage], found: PhoneRead) -> list[PhoneMessage]:
    found.calls += len(calls)
    for call in calls:
        found.chats.add(call.chat_jid)
    return calls


# call_log.call_result (phone-databases.md §1.2): 5 answered, 2 declined, 3 unavailable; the
# others (0, 4, 7, …) missed or cancelled.
_CALL_RESULTS = {5: "answered", 2: "declined", 3: "unavailable"}


def call_text(video: bool, from_me: bool, result: str, duration: int) -> str:
    if result == "answered":
        length = tr("%n min", None, max(1, round(duration / 60))) if duration >= 60 else tr("%n s", None, duration)
        return (tr("Video call, {0}") if video else tr("Voice call, {0}")).format(length)
    if from_me:
        return tr("Video call, no answer") if video else tr("Voice call, no answer")
    return tr("Missed video call") if video else tr("Missed voice call")


def _calls(connection, schema: Schema) -> Iterator[PhoneMessage]:
    if not schema.has("call_log", "_id", "jid_row_id", "from_me", "timestamp"):
        return
    chat_joins, chat_columns = _identity_columns(schema, "cj", "cl.jid_row_id")
    optional = lambda name: f"cl.{name}" if schema.has("call_log", name) else "NULL"  # noqa: E731
    # A chat of the LID era is the @lid identity, the call the phone number's: both are tried.
    chat_of = (
        "COALESCE((SELECT _id FROM chat WHERE jid_row_id = cl.jid_row_id), "
        "(SELECT c._id FROM chat c JOIN jid_map jm ON jm.lid_row_id = c.jid_row_id "
        "WHERE jm.jid_row_id = cl.jid_row_id))"
        if schema.has("jid_map", "lid_row_id", "jid_row_id")
        else "(SELECT _id FROM chat WHERE jid_row_id = cl.jid_row_id)"
    )
    sql = (
        f"SELECT cl._id, cl.from_me, {optional('call_id')}, cl.timestamp, {optional('video_call')}, "
        f"{optional('duration')}, {optional('call_result')}, {chat_of}, {', '.join(chat_columns)} "
        f"FROM call_log cl {chat_joins}WHERE cl.timestamp > 0 ORDER BY cl.timestamp, cl._id"
    )
    chat_jids = {}
    if schema.has("chat", "_id", "jid_row_id"):
        joins, columns = _identity_columns(schema, "cj", "c.jid_row_id")
        for chat_row, *parts in connection.execute(f"SELECT c._id, {', '.join(columns)} FROM chat c {joins}"):
            chat_jids[chat_row] = parts
    for row in connection.execute(sql):
        row_id, from_me, call_id, stamp, video, duration, result_code, chat_row, user, server, raw = row
        if chat_row is not None and chat_row in chat_jids:
            user, server, raw = chat_jids[chat_row]
        jid = raw or (f"{user}@{server}" if user else "")
        number = shown_number(user, server, raw)
        result = _CALL_RESULTS.get(result_code, "missed")
        video = bool(video)
        yield PhoneMessage(
            jid, number or jid, False, call_id or f"call:{row_id}", bool(from_me), None if from_me else number,
            utc_from_ms(stamp), CALL, call_text(video, bool(from_me), result, duration or 0),
            detail="video" if video else "voice", row_id=-row_id,
            chat_row=chat_row if chat_row is not None else -row_id,
            call={"result": result, "duration": duration or 0},
        )  # fmt: skip


def in_time_order(table: str, key: str, stamp: str) -> str:
    """The FROM clause of ``table`` (as ``m``) in the order of ``stamp``, then ``key``, for rows
    with a time. Only the keys are sorted, then each row is looked up: sorting whole joined rows
    would hold the million rows of a large database in memory at once. SQLite (3.41 and later
    on purpose, earlier by flattening) drops the ORDER BY of a subquery in FROM when the outer
    query has none, which left the rows in chat order (measured: 98 % of a phone import's
    batches then reached back into earlier times); LIMIT -1 keeps the sort, and CROSS JOIN
    keeps the sorted keys the outer loop. The order is a matter of speed only."""
    return (
        f"(SELECT {key} FROM {table} WHERE {stamp} > 0 ORDER BY {stamp}, {key} LIMIT -1) o "
        f"CROSS JOIN {table} m ON m.{key} = o.{key}"
    )


def _message_rows(
    connection, schema: Schema, found: PhoneRead, include_status: bool, by_time: bool = False
) -> Iterator[PhoneMessage]:
    chat_joins, chat_columns = _identity_columns(schema, "cj", "c.jid_row_id")
    sender_joins, sender_columns = _identity_columns(schema, "sj", "m.sender_jid_row_id")
    # One entry per result column: ``wanted`` below counts on it.
    columns = [
        "m._id", "m.from_me", "m.key_id", "m.timestamp", "m.message_type", "m.text_data",
        *chat_columns, "cj.type", "c.subject" if schema.has("chat", "subject") else "NULL",
        *(sender_columns if schema.has("message", "sender_jid_row_id") else ["NULL", "NULL", "NULL"]),
    ]  # fmt: skip
    joins = "JOIN chat c ON c._id = m.chat_row_id " + chat_joins
    if schema.has("message", "sender_jid_row_id"):
        joins += sender_joins
    optional = [
        ("message_media", "mm", ("mime_type", "file_path", "file_hash", "media_caption")),
        ("message_quoted", "mq", ("key_id",)),
        ("message_location", "ml", ("latitude", "longitude")),
        ("message_system", "ms", ("action_type",)),
        ("message_edit_info", "me", ("edited_timestamp",)),
    ]
    wanted: dict[str, int] = {"chat_row": len(columns)}
    columns.append("m.chat_row_id")
    for table, alias, names in optional:
        for name in names:
            wanted[f"{table}.{name}"] = len(columns)
            columns.append(f"{alias}.{name}" if schema.has(table, "message_row_id", name) else "NULL")
        if schema.has(table, "message_row_id"):
            joins += f"LEFT JOIN {table} {alias} ON {alias}.message_row_id = m._id "
    reactions = {}
    if schema.has("message_add_on", "_id", "parent_message_row_id", "from_me") and schema.has(
        "message_add_on_reaction", "message_add_on_row_id", "reaction"
    ):
        a_joins, a_columns = _identity_columns(schema, "aj", "a.sender_jid_row_id")
        stamp = "r.sender_timestamp" if schema.has("message_add_on_reaction", "sender_timestamp") else "a.timestamp"
        reactions = _several(
            connection,
            f"SELECT a.parent_message_row_id, a.from_me, r.reaction, {stamp}, {', '.join(a_columns)} "
            "FROM message_add_on a "
            f"JOIN message_add_on_reaction r ON r.message_add_on_row_id = a._id {a_joins}"
            "WHERE r.reaction IS NOT NULL AND r.reaction != '' ORDER BY a.parent_message_row_id, a._id",
        )
    polls = {}
    if schema.has("message_poll_option", "message_row_id", "option_name"):
        votes = "vote_total" if schema.has("message_poll_option", "vote_total") else "NULL"
        polls = _several(
            connection,
            f"SELECT message_row_id, option_name, {votes} FROM message_poll_option ORDER BY message_row_id, _id",
        )
    vcards = {}
    if schema.has("message_vcard", "message_row_id", "vcard"):
        vcards = _several(connection, "SELECT message_row_id, vcard FROM message_vcard ORDER BY message_row_id, _id")
    if by_time:
        sql = f"SELECT {', '.join(columns)} FROM {in_time_order('message', '_id', 'timestamp')} {joins}"
    else:
        sql = (
            f"SELECT {', '.join(columns)} FROM message m {joins}"
            "WHERE m.timestamp > 0 ORDER BY m.chat_row_id, m.timestamp, m._id"
        )
    yield from to_messages(connection.execute(sql), wanted, found, include_status, reactions, polls, vcards)


def to_messages(
    rows,
    wanted: dict[str, int],
    found: PhoneRead,
    include_status: bool,
    reactions: dict,
    polls: dict,
    vcards: dict,
    media_path=None,
) -> Iterator[PhoneMessage]:
    """PhoneMessages from rows whose first 14 columns are, in this order, the id, from me, key
    id, time, type and text, the chat's user, server, jid, jid type and subject, and the
    sender's user, server and jid; ``wanted`` gives the position of each further column by
    name ("chat_row", "message_media.file_path", …: every era's query gives each of them);
    ``media_path`` turns a file path column that holds bytes into the path (the legacy era's
    serialized media record)."""
    for row in rows:
        row_id, from_me, key_id, stamp, message_type, text = row[:6]
        c_user, c_server, c_raw, c_type, subject = row[6:11]
        s_user, s_server, s_raw = row[11:14]
        chat_jid = c_raw or (f"{c_user}@{c_server}" if c_user else "")
        if chat_jid == STATUS_SERVER and not include_status:
            found.status_skipped += 1  # status updates are not a conversation (said in the summary)
            continue
        is_group = c_type == GROUP_JID or (c_server == "g.us")
        number = shown_number(c_user, c_server, c_raw)
        chat = subject if is_group and subject else (number or chat_jid)
        sender = None
        if not from_me:
            sender = shown_number(s_user, s_server, s_raw) if is_group else number
        kind, detail = MESSAGE_TYPES.get(message_type, (None, None))
        if sender is None and not from_me and kind != SYSTEM:
            sender = unknown_member()  # never the owner's: None would say the owner wrote it
        value = lambda name, row=row: row[wanted[name]]  # noqa: E731
        message = PhoneMessage(
            chat_jid, chat, is_group, key_id or "", bool(from_me), sender, utc_from_ms(stamp), kind or SYSTEM,
            text or "", message_type=message_type, row_id=row_id, chat_row=row[wanted["chat_row"]],
        )  # fmt: skip
        if kind is None:
            found.unknown_type(message, message_type)
        elif kind == MEDIA:
            message.mime_type = value("message_media.mime_type")
            message.media_type = _media_type(detail, message.mime_type, message_type)
            path = value("message_media.file_path")
            message.file_path = media_path(path) if media_path is not None and type(path) is bytes else path
            message.file_hash = value("message_media.file_hash")
            caption = value("message_media.media_caption")
            message.text = text or caption or ""
            if message.media_type == CONTACT:
                message.vcards = [v for (v,) in vcards.get(row_id, [])]
        elif kind == DELETED:
            message.detail = "own" if from_me and detail == "other" else detail
            message.text = ""
        elif kind == SYSTEM:
            action = value("message_system.action_type")
            known = SYSTEM_ACTIONS.get(action)
            if detail is not None:
                message.detail = detail
                if detail == "waiting":
                    message.text = tr("Waiting for this message.")
            elif known is not None:
                message.detail, message.text = known[0], tr(known[1])
            else:
                found.unknown_notice(message, action)
        elif kind == LOCATION:
            message.latitude = value("message_location.latitude")
            message.longitude = value("message_location.longitude")
            message.detail = detail
        elif kind == POLL:
            message.poll_options = [(name, total) for name, total in polls.get(row_id, [])]
        elif kind == CALL:
            message.detail = detail
        message.reply_to = value("message_quoted.key_id")
        message.edited_utc = utc_from_ms(value("message_edit_info.edited_timestamp"))
        for r_from_me, emoji, r_stamp, *who in reactions.get(row_id, []):
            message.reactions.append(Reaction(None if r_from_me else shown_number(*who), emoji, utc_from_ms(r_stamp)))
        found.chats.add(chat_jid)
        yield message


def _media_type(default: str | None, mime: str | None, message_type: int) -> str | None:
    if default == AUDIO and mime and ("ogg" in mime or "opus" in mime):
        return VOICE_NOTE  # push-to-talk notes are Opus in Ogg; shared audio files are not
    return default


def message_count(connection, schema: Schema) -> int:
    """Messages a read will go through (status updates included): the import's progress total."""
    table = "messages" if schema.legacy else "message"
    return connection.execute(f"SELECT count(*) FROM {table} WHERE timestamp > 0").fetchone()[0]


def chat_texts(connection, schema: Schema) -> Iterator[tuple[str, str | None, int, str]]:
    """(chat jid, sender as ``PhoneMessage.sender`` has it, time in ms, text) of every text
    message: what the importer compares with the chats already archived from exports, to find
    the same conversation and the names the export gave its people."""
    if schema.legacy:
        yield from _legacy().chat_texts(connection, schema)
        return
    chat_joins, chat_columns = _identity_columns(schema, "cj", "c.jid_row_id")
    has_sender = schema.has("message", "sender_jid_row_id")
    sender_joins, sender_columns = _identity_columns(schema, "sj", "m.sender_jid_row_id")
    sql = (
        f"SELECT {', '.join(chat_columns)}, cj.type, "
        f"{', '.join(sender_columns) if has_sender else 'NULL, NULL, NULL'}, m.from_me, m.timestamp, m.text_data "
        f"FROM message m JOIN chat c ON c._id = m.chat_row_id {chat_joins}{sender_joins if has_sender else ''}"
        "WHERE m.timestamp > 0 AND m.message_type = 0 AND m.text_data IS NOT NULL"
    )
    for user, server, raw, c_type, s_user, s_server, s_raw, from_me, stamp, text in connection.execute(sql):
        if from_me:
            sender = None
        elif c_type == GROUP_JID or server == "g.us":
            sender = shown_number(s_user, s_server, s_raw)
        else:
            sender = shown_number(user, server, raw)
        yield raw or (f"{user}@{server}" if user else ""), sender, stamp, text
