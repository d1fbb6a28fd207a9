"""Reading Android's ``msgstore.db`` (the ``message`` table and its satellite tables, 2022
onwards, with the 2025–26 ``@lid`` identities mapped back to phone numbers).

The schema is probed once (tables and columns), then read with set-based SQL: one query over
the messages with LEFT JOINs to the satellite tables that exist, and one query each for the
rows that come several per message (reactions, poll options, contact cards). A message type
not known here is kept as a visible placeholder and counted (``PhoneRead.unknown_types``),
never dropped. Times are exact: Unix milliseconds, as UTC.

Type numbers (``message.message_type``) and system ``action_type``s follow the public
readers listed in phone-databases.md §1.2 (IPED, chat-history-manager, KCE), re-written here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

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
from wamigrate.core.translatable import tr

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
# jid.type: 0 a person, 1 a group, 5 a system broadcast, 11 status updates
GROUP_JID, STATUS_SERVER = 1, "status@broadcast"


class SchemaError(WamigrateError):
    """The database is not a msgstore this version can read (the sentence says what is missing)."""


@dataclass
class Schema:
    tables: dict[str, set[str]]

    def has(self, table: str, *columns: str) -> bool:
        found = self.tables.get(table)
        return found is not None and all(column in found for column in columns)


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


@dataclass
class PhoneRead:
    """What a read found besides the messages (the import's summary says it)."""

    unknown_types: Counter = field(default_factory=Counter)  # message_type → count
    status_skipped: int = 0
    chats: set[str] = field(default_factory=set)


def probe(connection) -> Schema:
    tables = {}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        tables[name] = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
    schema = Schema(tables)
    if schema.has("messages", "key_remote_jid") and not schema.has("message"):
        raise SchemaError(
            tr(
                "This msgstore.db is from WhatsApp before 2022 (its messages are in the old “messages” table), "
                "which this version of wamigrate does not read yet. Back up again with a current WhatsApp."
            )
        )
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


def _utc(milliseconds) -> datetime | None:
    if milliseconds is None or milliseconds <= 0:
        return None
    return datetime.fromtimestamp(milliseconds / 1000, UTC).replace(tzinfo=None)


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
    connection, schema: Schema | None = None, include_status: bool = False
) -> tuple[Iterator[PhoneMessage], PhoneRead]:
    """Every message, by chat and time (call notices that are messages included; the separate
    ``call_log`` is not read yet); the second value fills in as the iterator is consumed."""
    schema = schema or probe(connection)
    found = PhoneRead()
    return _messages(connection, schema, found, include_status), found


def _several(connection, sql: str) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for parent, *values in connection.execute(sql):
        grouped[parent].append(values)
    return grouped


def _messages(connection, schema: Schema, found: PhoneRead, include_status: bool) -> Iterator[PhoneMessage]:
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
    wanted: dict[str, int] = {}
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
    sql = (
        f"SELECT {', '.join(columns)} FROM message m {joins}"
        "WHERE m.timestamp > 0 ORDER BY m.chat_row_id, m.timestamp, m._id"
    )
    for row in connection.execute(sql):
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
        value = lambda name, row=row: row[wanted[name]]  # noqa: E731
        message = PhoneMessage(
            chat_jid, chat, is_group, key_id or "", bool(from_me), sender, _utc(stamp), kind or SYSTEM, text or "",
            message_type=message_type, row_id=row_id,
        )  # fmt: skip
        if kind is None:
            found.unknown_types[message_type] += 1
            message.detail = f"unknown:{message_type}"
            message.text = tr("[a kind of message wamigrate does not know yet (type {0})]").format(message_type)
        elif kind == MEDIA:
            message.mime_type = value("message_media.mime_type")
            message.media_type = _media_type(detail, message.mime_type, message_type)
            message.file_path = value("message_media.file_path")
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
            message.detail = detail or (f"action:{action}" if action is not None else None)
        elif kind == LOCATION:
            message.latitude = value("message_location.latitude")
            message.longitude = value("message_location.longitude")
            message.detail = detail
        elif kind == POLL:
            message.poll_options = [(name, total) for name, total in polls.get(row_id, [])]
        elif kind == CALL:
            message.detail = detail
        message.reply_to = value("message_quoted.key_id")
        message.edited_utc = _utc(value("message_edit_info.edited_timestamp"))
        for r_from_me, emoji, r_stamp, *who in reactions.get(row_id, []):
            message.reactions.append(Reaction(None if r_from_me else shown_number(*who), emoji, _utc(r_stamp)))
        found.chats.add(chat_jid)
        yield message


def _media_type(default: str | None, mime: str | None, message_type: int) -> str | None:
    if default == AUDIO and mime and ("ogg" in mime or "opus" in mime):
        return VOICE_NOTE  # push-to-talk notes are Opus in Ogg; shared audio files are not
    return default
