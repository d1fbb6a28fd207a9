"""Reading an iPhone's ``ChatStorage.sqlite`` (WhatsApp's Core Data store) into the same
records as Android's msgstore (``msgstore.PhoneMessage``), so that the import, the merge, the
completeness check and ``inspect --jsonl`` treat both phones alike.

Tables and columns (phone-databases.md §1.3): chats in ``ZWACHATSESSION`` (``ZCONTACTJID``;
``ZPARTNERNAME`` is the contact's name as saved on the phone, or the group's subject), messages
in ``ZWAMESSAGE`` (``ZMESSAGEDATE`` in seconds since 2001-01-01 UTC; ``ZSTANZAID`` is WhatsApp's
message id, the same as Android's ``key_id``), the sender of a group message in
``ZWAGROUPMEMBER``, media, captions, locations and contact cards in ``ZWAMEDIAITEM``, whose
``ZMETADATA`` (protobuf) holds the id of the message a reply quotes (field 5). Columns appear over
iOS and WhatsApp versions: each is probed before it is read.

Type numbers (``ZMESSAGETYPE``) and group events (``ZGROUPEVENTTYPE``) follow IPED's
``ExtractorIOS`` as summarised in phone-databases.md §1.3, re-written here. Reactions and a
poll's options are in ``ZWAMESSAGEINFO.ZRECEIPTINFO``, a protobuf (``receipt_details``: the
layout IPED's ``decodeReceiptInfo`` reads, which three other public readers describe alike, one
of them checked against an iOS 26 backup). Not read yet, and said in the import's summary: edit
marks and poll votes (no stored source says where an iPhone keeps them). Calls come from
``CallHistory.sqlite`` (attached as ``calls``): ``ZWACDCALLEVENT`` (time, length, outcome,
group) with its ``ZWAAGGREGATECALLEVENT`` (direction, missed, video) and the other person from
``ZWACDCALLEVENTPARTICIPANT``, as the public readers in the index read them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import attrgetter

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
from wamigrate.core.phone import protobuf
from wamigrate.core.phone.msgstore import (
    PhoneMessage,
    PhoneRead,
    Reaction,
    Schema,
    SchemaError,
    call_text,
    in_time_order,
    partial_error,
    place_calls,
    shown_number,
    unknown_member,
    utc_from_ms,
)
from wamigrate.core.translatable import QT_TR_NOOP, tr

PLATFORM = "ios"
COCOA_EPOCH = datetime(2001, 1, 1)
_VCARD_NAMES = "_$!<Name-Separator>!$_"

# ZMESSAGETYPE → (kind, media type or detail)
MESSAGE_TYPES: dict[int, tuple[str, str | None]] = {
    0: (TEXT, None),
    1: (MEDIA, IMAGE),
    2: (MEDIA, VIDEO),
    3: (MEDIA, AUDIO),  # a voice note when its media says so (Opus)
    4: (MEDIA, CONTACT),
    5: (LOCATION, None),
    6: (SYSTEM, None),  # a group event: ZGROUPEVENTTYPE says which
    7: (TEXT, None),  # a link with its preview
    8: (MEDIA, DOCUMENT),
    11: (MEDIA, GIF),
    12: (SYSTEM, "waiting"),
    14: (DELETED, "other"),
    15: (MEDIA, STICKER),
    38: (MEDIA, IMAGE),  # view once
    39: (MEDIA, VIDEO),  # view once
    46: (POLL, None),
    53: (MEDIA, AUDIO),  # view once
    54: (MEDIA, VIDEO),  # a round video note
    59: (CALL, "voice"),
}
# ZGROUPEVENTTYPE → (the event, as the export reader names it; the notice shown)
GROUP_EVENTS: dict[int, tuple[str, str]] = {
    1: ("subject", QT_TR_NOOP("The group name was changed.")),
    2: ("added", QT_TR_NOOP("A member joined the group.")),
    3: ("left", QT_TR_NOOP("A member left the group.")),
    4: ("icon", QT_TR_NOOP("The group icon was changed.")),
    5: ("icon", QT_TR_NOOP("The group icon was removed.")),
    7: ("removed", QT_TR_NOOP("A member was removed from the group.")),
    12: ("group_created", QT_TR_NOOP("The group was created.")),
    15: ("joined", QT_TR_NOOP("A member joined with the group's invite link.")),
    17: ("description", QT_TR_NOOP("The group description was changed.")),
}
STATUS_JID = "status@broadcast"
CALLS = "calls"  # the schema name CallHistory.sqlite is attached under
LIDS = "lid"  # and LID.sqlite (the 2025–26 "@lid" identities' phone numbers)
# And ContactsV2.sqlite: the iPhone's address book as WhatsApp saw it. Its table
# ZWAADDRESSBOOKCONTACT (ZWHATSAPPID, ZFULLNAME, ZGIVENNAME, ZLASTNAME, ZBUSINESSNAME, ZLID, …) is
# read the same way by several public tools and their test databases (read 2026-12-04).
CONTACTS = "contacts"
CONTACTS_FILE = "ContactsV2.sqlite"
_ADDRESS_BOOK = f"{CONTACTS}.ZWAADDRESSBOOKCONTACT"
# ZWACDCALLEVENT.ZOUTCOME (phone-databases.md §1.3): 0 connected, 1 and 4 missed, 2 failed.
_CALL_OUTCOMES = {0: "answered", 1: "missed", 2: "unavailable", 4: "missed"}


def _missing(schema: Schema) -> list[str]:
    return [
        name
        for name, columns in (
            ("ZWAMESSAGE", ("Z_PK", "ZCHATSESSION", "ZISFROMME", "ZMESSAGEDATE", "ZMESSAGETYPE", "ZTEXT")),
            ("ZWACHATSESSION", ("Z_PK", "ZCONTACTJID")),
        )
        if not schema.has(name, *columns)
    ]


def missing_parts(schema: Schema) -> list[str]:
    """What this ChatStorage lacks of what every one has (phone-databases.md §1.3), said as what
    is lost: its media items, or the group members who wrote each group message."""
    found = []
    media = schema.has("ZWAMEDIAITEM", "Z_PK", "ZMEDIALOCALPATH") and (
        schema.has("ZWAMESSAGE", "ZMEDIAITEM") or schema.has("ZWAMEDIAITEM", "ZMESSAGE")
    )
    if not media:
        found.append(tr("media files, captions, locations and contact cards"))
    if not (schema.has("ZWAGROUPMEMBER", "Z_PK", "ZMEMBERJID") and schema.has("ZWAMESSAGE", "ZGROUPMEMBER")):
        found.append(tr("who wrote each group message"))
    return found


def probe(connection) -> Schema:
    tables = {}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        tables[name] = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
    attached = {row[1] for row in connection.execute("PRAGMA database_list")}
    for extra in (CALLS, LIDS, CONTACTS):  # attached by database_file.open_iphone_database when the backup has them
        if extra not in attached:
            continue
        for (name,) in connection.execute(f"SELECT name FROM {extra}.sqlite_master WHERE type = 'table'"):
            found = connection.execute(f'PRAGMA {extra}.table_info("{name}")')
            tables[f"{extra}.{name}"] = {row[1] for row in found}
    schema = Schema(tables)
    if "message" in tables or "messages" in tables:
        raise SchemaError(
            tr("This is an Android phone's msgstore.db: add it as an Android backup, not from an iPhone backup.")
        )
    missing = _missing(schema)
    if missing:
        raise SchemaError(
            tr(
                "WhatsApp's ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable "
                "{0} table): update wamigrate, or tell us the WhatsApp version."
            ).format(", ".join(f"“{name}”" for name in missing))
        )
    return schema


def utc_of(seconds) -> datetime | None:
    """Core Data's time (seconds since 2001-01-01 UTC) as a naive UTC datetime, to the millisecond."""
    if seconds is None or seconds <= 0:
        return None
    return COCOA_EPOCH + timedelta(milliseconds=round(seconds * 1000))


def quoted_id(metadata) -> str | None:
    """The quoted message's id from ``ZWAMEDIAITEM.ZMETADATA``: field 5 of the protobuf (a
    damaged or unknown blob quotes nothing rather than failing the import)."""
    if not metadata:
        return None
    try:
        value = protobuf.first(protobuf.fields(bytes(metadata)), 5, 2)
        text = value.decode("utf-8") if value is not None else None
    except (ValueError, UnicodeDecodeError):
        return None
    return text if text and text.isprintable() and len(text) <= 128 else None


# ZWAMESSAGEINFO.ZRECEIPTINFO: field 7 holds the reactions (7.1, repeated: someone else's, with
# 2 their jid, 3 the emoji, 4 the time in ms since 1970; 7.2: the owner's, with 2 the emoji and 3
# the time); field 8 a poll (8.2 its question, 8.3 repeated: an option, its name in 8.3.1).
# An empty emoji is a reaction taken back. Field 2 (one entry per recipient of the owner's
# messages: delivery receipts) is not a reaction.
_REACTIONS, _THEIRS, _OWN, _POLL = 7, 1, 2, 8


@dataclass(frozen=True)
class ReceiptDetails:
    reactions: list[tuple[str | None, str, datetime | None]]  # (jid, None for the owner; emoji; time)
    poll_question: str | None = None
    poll_options: tuple[str, ...] = ()


_NO_DETAILS = ReceiptDetails([])


def _text(value) -> str | None:
    if not isinstance(value, bytes):
        return None
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if text.strip() else None


def _reaction_time(value) -> datetime | None:
    # Milliseconds since 1970 (IPED reads them so); anything outside WhatsApp's years is no time.
    if not isinstance(value, int) or not 1_230_768_000_000 <= value <= 4_102_444_800_000:  # 2009–2100
        return None
    return utc_from_ms(value)


def _field_values(found, emoji: int, stamp: int) -> tuple:
    return protobuf.first(found, emoji, 2), protobuf.first(found, stamp, 0)


def receipt_details(blob) -> ReceiptDetails:
    """The reactions and poll of a message's ``ZRECEIPTINFO`` (a damaged or unknown blob has
    none, rather than failing the import)."""
    if not blob:
        return _NO_DETAILS
    reactions: list[tuple[str | None, str, datetime | None]] = []
    question, options = None, []
    try:
        for number, wire, value in protobuf.fields(bytes(blob)):
            if number == _REACTIONS and wire == 2:
                for sub, sub_wire, entry in protobuf.fields(value):
                    if sub_wire != 2 or sub not in (_THEIRS, _OWN):
                        continue
                    found = protobuf.fields(entry)
                    if sub == _THEIRS:
                        # Without a jid, the owner's (as one of the readers found on real backups).
                        who, emoji, stamp = _text(protobuf.first(found, 2, 2)), *_field_values(found, 3, 4)
                    else:
                        who, (emoji, stamp) = None, _field_values(found, 2, 3)
                    emoji = _text(emoji)
                    if emoji is not None:
                        reactions.append((who, emoji, _reaction_time(stamp)))
            elif number == _POLL and wire == 2:
                found = protobuf.fields(value)
                question = _text(protobuf.first(found, 2, 2))
                for sub, sub_wire, option in found:
                    if sub == 3 and sub_wire == 2:
                        name = _text(protobuf.first(protobuf.fields(option), 1, 2))
                        if name is not None:
                            options.append(name)
    except ValueError:
        return _NO_DETAILS
    return ReceiptDetails(reactions, question, tuple(options))


def split_vcards(text: str | None) -> list[str]:
    if not text or "BEGIN:VCARD" not in text.upper():
        return []
    cards, current = [], []
    for line in text.splitlines():
        current.append(line)
        if line.strip().upper() == "END:VCARD":
            cards.append("\n".join(current).strip())
            current = []
    return cards


def _column(schema: Schema, table: str, alias: str, name: str) -> str:
    return f"{alias}.{name}" if schema.has(table, name) else "NULL"


def _select(schema: Schema) -> tuple[str, str]:
    m = lambda name: _column(schema, "ZWAMESSAGE", "m", name)  # noqa: E731
    mi = lambda name: _column(schema, "ZWAMEDIAITEM", "mi", name)  # noqa: E731
    gm = lambda name: _column(schema, "ZWAGROUPMEMBER", "gm", name)  # noqa: E731
    c = lambda name: _column(schema, "ZWACHATSESSION", "c", name)  # noqa: E731
    columns = [
        "m.Z_PK", "m.ZCHATSESSION", "m.ZISFROMME", m("ZSTANZAID"), "m.ZMESSAGEDATE", "m.ZMESSAGETYPE", "m.ZTEXT",
        m("ZGROUPEVENTTYPE"), "c.ZCONTACTJID", c("ZPARTNERNAME"), c("ZGROUPINFO"), c("ZSESSIONTYPE"),
        gm("ZMEMBERJID"), mi("ZMEDIALOCALPATH"), mi("ZTITLE"), mi("ZVCARDSTRING"), mi("ZVCARDNAME"),
        mi("ZLATITUDE"), mi("ZLONGITUDE"), mi("ZMETADATA"), "NULL",
    ]  # fmt: skip
    joins = "JOIN ZWACHATSESSION c ON c.Z_PK = m.ZCHATSESSION "
    if schema.has("ZWAMESSAGEINFO", "Z_PK", "ZRECEIPTINFO"):
        # The message points at its info (Core Data's to-one), or the info at its message.
        if schema.has("ZWAMESSAGE", "ZMESSAGEINFO"):
            joins += "LEFT JOIN ZWAMESSAGEINFO info ON info.Z_PK = m.ZMESSAGEINFO "
            columns[-1] = "info.ZRECEIPTINFO"
        elif schema.has("ZWAMESSAGEINFO", "ZMESSAGE"):
            joins += "LEFT JOIN ZWAMESSAGEINFO info ON info.ZMESSAGE = m.Z_PK "
            columns[-1] = "info.ZRECEIPTINFO"
    if schema.has("ZWAMEDIAITEM", "Z_PK"):
        if schema.has("ZWAMESSAGE", "ZMEDIAITEM"):
            joins += "LEFT JOIN ZWAMEDIAITEM mi ON mi.Z_PK = m.ZMEDIAITEM "
        elif schema.has("ZWAMEDIAITEM", "ZMESSAGE"):
            joins += "LEFT JOIN ZWAMEDIAITEM mi ON mi.ZMESSAGE = m.Z_PK "
    if schema.has("ZWAGROUPMEMBER", "Z_PK", "ZMEMBERJID") and schema.has("ZWAMESSAGE", "ZGROUPMEMBER"):
        joins += "LEFT JOIN ZWAGROUPMEMBER gm ON gm.Z_PK = m.ZGROUPMEMBER "
    if "mi." not in joins:
        columns = [col if not col.startswith("mi.") else "NULL" for col in columns]
    if "gm." not in joins:
        columns = [col if not col.startswith("gm.") else "NULL" for col in columns]
    return ", ".join(columns), joins


def _jid_parts(jid: str | None) -> tuple[str | None, str | None]:
    if not jid or "@" not in jid:
        return jid, None
    user, server = jid.split("@", 1)
    return user, server


def phone_jids(connection, schema: Schema) -> dict[str, str]:
    """ "…@lid" identity (its user part) → the phone number's jid, from LID.sqlite's accounts:
    since 2025 WhatsApp names many people by an opaque id instead of their number."""
    table = f"{LIDS}.ZWAZACCOUNT"
    found = {}
    if schema.has(table, "ZIDENTIFIER", "ZPHONENUMBER"):
        for identifier, number in connection.execute(f"SELECT ZIDENTIFIER, ZPHONENUMBER FROM {table}"):
            digits = "".join(ch for ch in str(number or "") if ch.isdigit())
            if identifier and len(digits) >= 7:
                found[str(identifier).split("@", 1)[0]] = f"{digits}@s.whatsapp.net"
    if schema.has(_ADDRESS_BOOK, "ZLID", "ZWHATSAPPID"):
        # The address book knows the identity of the contacts it holds too (LID.sqlite first).
        for lid, jid in connection.execute(f"SELECT ZLID, ZWHATSAPPID FROM {_ADDRESS_BOOK}"):
            user, server = _jid_parts(jid if isinstance(jid, str) else None)
            if lid and user and server == "s.whatsapp.net" and user.isdigit():
                found.setdefault(str(lid).split("@", 1)[0], jid)
    return found


def resolved(jid: str | None, lids: dict[str, str]) -> str | None:
    """The jid, with an "@lid" identity replaced by its phone number's jid when LID.sqlite has it."""
    if jid and lids and jid.endswith("@lid"):
        return lids.get(jid.split("@", 1)[0], jid)
    return jid


def number_of(jid: str | None) -> str | None:
    """A jid as people read it ("+5511987654321" for a phone number), as on Android."""
    user, server = _jid_parts(jid)
    return shown_number(user, server, jid)


def read(
    connection, schema: Schema | None = None, include_status: bool = False, by_time: bool = False
) -> tuple[Iterator[PhoneMessage], PhoneRead]:
    """Every message, by chat and time, or with ``by_time`` in the order of time across all
    chats; the second value fills in as the iterator is consumed."""
    schema = schema or probe(connection)
    found = PhoneRead()
    lids = phone_jids(connection, schema)
    rows = _rows(connection, schema, found, include_status, by_time, lids)
    calls = list(_calls(connection, schema, found, lids))
    if not calls:
        return rows, found
    if by_time:
        # A call of the same instant as a message comes first, as on Android.
        return heapq.merge(calls, rows, key=attrgetter("utc")), found
    return place_calls(rows, calls, attrgetter("chat_jid")), found


def _calls(connection, schema: Schema, found: PhoneRead, lids: dict[str, str]) -> Iterator[PhoneMessage]:
    """The calls of CallHistory.sqlite, each in its chat: the group's, or the other person's."""
    events, aggregates = f"{CALLS}.ZWACDCALLEVENT", f"{CALLS}.ZWAAGGREGATECALLEVENT"
    if not schema.has(events, "Z_PK", "ZDATE"):
        return
    joined = schema.has(events, "Z1CALLEVENTS") and schema.has(aggregates, "Z_PK")
    joins = f"LEFT JOIN {aggregates} a ON a.Z_PK = e.Z1CALLEVENTS " if joined else ""
    e = lambda name: f"e.{name}" if schema.has(events, name) else "NULL"  # noqa: E731
    a = lambda name: f"a.{name}" if joined and schema.has(aggregates, name) else "NULL"  # noqa: E731
    participants = f"{CALLS}.ZWACDCALLEVENTPARTICIPANT"
    peer = "NULL"
    if schema.has(participants, "Z1PARTICIPANTS", "ZJIDSTRING"):
        # The participants belong to the aggregate event in the readers we know of, to the call
        # itself in some: both are tried.
        owner = "e.Z1CALLEVENTS" if schema.has(events, "Z1CALLEVENTS") else "e.Z_PK"
        peer = (
            f"COALESCE((SELECT p.ZJIDSTRING FROM {participants} p WHERE p.Z1PARTICIPANTS = {owner} LIMIT 1), "
            f"(SELECT p.ZJIDSTRING FROM {participants} p WHERE p.Z1PARTICIPANTS = e.Z_PK LIMIT 1))"
        )
    sql = (
        f"SELECT e.Z_PK, {e('ZCALLIDSTRING')}, e.ZDATE, {e('ZDURATION')}, {e('ZOUTCOME')}, {e('ZGROUPJIDSTRING')}, "
        f"{a('ZINCOMING')}, {a('ZMISSED')}, {a('ZVIDEO') if a('ZVIDEO') != 'NULL' else e('ZVIDEO')}, "
        f"{peer} FROM {events} e {joins}WHERE e.ZDATE > 0 ORDER BY e.ZDATE, e.Z_PK"
    )
    sessions = {}
    if schema.has("ZWACHATSESSION", "ZPARTNERNAME"):
        group = "ZGROUPINFO" if schema.has("ZWACHATSESSION", "ZGROUPINFO") else "NULL"
        for chat_row, jid, partner, group_info in connection.execute(
            f"SELECT Z_PK, ZCONTACTJID, ZPARTNERNAME, {group} FROM ZWACHATSESSION"
        ):
            sessions[resolved(jid, lids)] = (chat_row, partner, group_info is not None or (jid or "").endswith("@g.us"))
    for row_id, call_id, stamp, duration, outcome, group_jid, incoming, missed, video, peer_jid in connection.execute(
        sql
    ):
        peer_jid = resolved(peer_jid, lids)
        jid = group_jid or peer_jid or ""
        chat_row, partner, is_group = sessions.get(jid, (-row_id, None, bool(group_jid)))
        number = number_of(jid)
        chat = partner if is_group and partner else (number or jid)
        from_me = incoming is not None and not incoming
        result = "missed" if missed else _CALL_OUTCOMES.get(outcome, "missed")
        seconds = round(duration or 0)
        video = bool(video)
        sender = None if from_me else (number_of(peer_jid) if peer_jid else None)
        found.calls += 1
        found.chats.add(jid)
        yield PhoneMessage(
            jid, chat, is_group, call_id or f"call:{row_id}", from_me, sender, utc_of(stamp), CALL,
            call_text(video, from_me, result, seconds), detail="video" if video else "voice", row_id=-row_id,
            chat_row=chat_row, call={"result": result, "duration": seconds},
        )  # fmt: skip


def _rows(
    connection, schema: Schema, found: PhoneRead, include_status: bool, by_time: bool, lids: dict[str, str]
) -> Iterator[PhoneMessage]:
    columns, joins = _select(schema)
    if by_time:
        sql = f"SELECT {columns} FROM {in_time_order('ZWAMESSAGE', 'Z_PK', 'ZMESSAGEDATE')} {joins}"
    else:
        sql = (
            f"SELECT {columns} FROM ZWAMESSAGE m {joins}WHERE m.ZMESSAGEDATE > 0 "
            "ORDER BY m.ZCHATSESSION, m.ZMESSAGEDATE, m.Z_PK"
        )
    for row in connection.execute(sql):
        (row_id, chat_row, from_me, stanza, stamp, message_type, text, event, chat_jid, partner, group_info,
         session_type, member_jid, local_path, title, vcard_string, vcard_name, latitude, longitude,
         metadata, receipt) = row  # fmt: skip
        chat_jid = resolved(chat_jid, lids) or ""
        member_jid = resolved(member_jid, lids)
        if chat_jid == STATUS_JID and not include_status:
            found.status_skipped += 1
            continue
        is_group = group_info is not None or session_type == 1 or chat_jid.endswith("@g.us")
        number = number_of(chat_jid)
        chat = partner if is_group and partner else (number or chat_jid)
        sender = None
        if not from_me:
            sender = number_of(member_jid) if is_group else number
        message_type = message_type or 0
        kind, detail = MESSAGE_TYPES.get(message_type, (None, None))
        if sender is None and not from_me and kind != SYSTEM:
            sender = unknown_member()  # never the owner's: None would say the owner wrote it
        message = PhoneMessage(
            chat_jid, chat, is_group, stanza or "", bool(from_me), sender, utc_of(stamp), kind or SYSTEM, text or "",
            message_type=message_type, row_id=row_id, chat_row=chat_row,
        )  # fmt: skip
        if kind is None:
            found.unknown_type(message, message_type)
        elif kind == MEDIA:
            message.file_path = f"Message/{local_path.lstrip('/')}" if local_path else None
            media_type = detail
            if detail == CONTACT:
                message.vcards = split_vcards(vcard_string)
                names = [name for name in (vcard_name or "").split(_VCARD_NAMES) if name.strip()]
                message.text = text or ", ".join(names)
            else:
                # For media other than contact cards, ZVCARDSTRING holds the file's MIME type.
                mime = vcard_string if vcard_string and "/" in vcard_string and "\n" not in vcard_string else None
                message.mime_type = mime
                opus = (mime and ("ogg" in mime or "opus" in mime)) or (local_path or "").lower().endswith(".opus")
                if detail == AUDIO and opus:
                    media_type = VOICE_NOTE
                message.text = title or text or ""
            message.media_type = media_type
        elif kind == DELETED:
            message.detail = "own" if from_me else detail
            message.text = ""
        elif kind == SYSTEM:
            if detail == "waiting":
                message.detail, message.text = detail, tr("Waiting for this message.")
            else:
                known = GROUP_EVENTS.get(event)
                if known is not None:
                    message.detail, message.text = known[0], tr(known[1])
                else:
                    found.unknown_notice(message, event or 0)
                if is_group and not from_me and member_jid is None:
                    message.sender = None
        elif kind == LOCATION:
            message.latitude, message.longitude = latitude, longitude
            message.text = title or text or ""
        elif kind == CALL:
            # A call notice in the chat; its details (length, outcome) are in CallHistory.sqlite.
            message.detail = detail
            message.text = text or tr("Call")
        message.reply_to = quoted_id(metadata)
        if message.reply_to == message.key_id:
            message.reply_to = None
        if receipt:
            details = receipt_details(receipt)
            for who, emoji, when in details.reactions:
                message.reactions.append(Reaction(None if who is None else number_of(resolved(who, lids)), emoji, when))
            if kind == POLL:
                message.text = message.text or details.poll_question or ""
                message.poll_options = [(name, None) for name in details.poll_options]  # votes: not known
        found.chats.add(chat_jid)
        yield message


def message_count(connection, schema: Schema | None = None) -> int:  # schema: as msgstore's takes it
    return connection.execute("SELECT count(*) FROM ZWAMESSAGE WHERE ZMESSAGEDATE > 0").fetchone()[0]


def chat_texts(connection, schema: Schema) -> Iterator[tuple[str, str | None, int, str]]:
    """(chat jid, sender as ``PhoneMessage.sender`` has it, time in ms, text) of every text
    message, as ``msgstore.chat_texts`` gives them (to find the same chats among exports)."""
    # The messages alone: the call list, which ``read`` adds, holds no text.
    for m in _rows(connection, schema, PhoneRead(), False, False, phone_jids(connection, schema)):
        if m.kind == TEXT and m.text:
            yield m.chat_jid, m.sender, int(m.utc.replace(tzinfo=UTC).timestamp() * 1000), m.text


def names(connection, schema: Schema | None = None) -> list[tuple[str, str]]:
    """(number, name) the phone knows: contacts' names as saved on the iPhone first (its address
    book, then its chat list), then the names group members are listed with, then the names
    people gave themselves (push names)."""
    schema = schema or probe(connection)
    found: list[tuple[str, str]] = []
    queries = []
    if schema.has(_ADDRESS_BOOK, "ZWHATSAPPID", "ZFULLNAME"):
        given = "ZGIVENNAME" if schema.has(_ADDRESS_BOOK, "ZGIVENNAME") else "NULL"
        last = "ZLASTNAME" if schema.has(_ADDRESS_BOOK, "ZLASTNAME") else "NULL"
        business = "ZBUSINESSNAME" if schema.has(_ADDRESS_BOOK, "ZBUSINESSNAME") else "NULL"
        queries.append(
            "SELECT ZWHATSAPPID, COALESCE(NULLIF(TRIM(ZFULLNAME), ''), "
            f"NULLIF(TRIM(COALESCE({given}, '') || ' ' || COALESCE({last}, '')), ''), NULLIF(TRIM({business}), '')) "
            f"FROM {_ADDRESS_BOOK}"
        )
    if schema.has("ZWACHATSESSION", "ZPARTNERNAME"):
        group = "ZGROUPINFO IS NULL" if schema.has("ZWACHATSESSION", "ZGROUPINFO") else "1"
        queries.append(f"SELECT ZCONTACTJID, ZPARTNERNAME FROM ZWACHATSESSION WHERE {group}")
    if schema.has("ZWAGROUPMEMBER", "ZMEMBERJID", "ZCONTACTNAME"):
        queries.append("SELECT ZMEMBERJID, ZCONTACTNAME FROM ZWAGROUPMEMBER")
    if schema.has("ZWAPROFILEPUSHNAME", "ZJID", "ZPUSHNAME"):
        queries.append("SELECT ZJID, ZPUSHNAME FROM ZWAPROFILEPUSHNAME")
    lids = phone_jids(connection, schema)
    for sql in queries:
        for jid, name in connection.execute(sql):
            number = number_of(resolved(jid, lids))
            if number and number.startswith("+") and isinstance(name, str) and name.strip():
                found.append((number, name))
    return found


__all__ = ["PLATFORM", "chat_texts", "message_count", "missing_parts", "names", "partial_error", "probe", "read"]
