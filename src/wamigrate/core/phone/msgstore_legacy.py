"""Reading an Android ``msgstore.db`` from before 2022: every message in the one ``messages``
table, keyed by the chat's jid as text (``key_remote_jid``), the group member's jid in
``remote_resource``.

Old backups are still on people's computers and Google Drive (crypt12 and crypt14 copies of
2017–2021), so this era is read into the same records as the ``message`` era (msgstore.py,
whose row conversion, calls and names this module shares). Its tables came one by one, so each
is used when it is there:

* ``messages``: ``media_wa_type`` (text) numbers the kinds as ``message.message_type`` later
  did; ``status`` 6 is a chat notice, whose kind is ``message_system.action_type`` when that
  table exists and ``media_size`` before it (the same numbers: 1 subject, 4 added, 5 left,
  6 icon, 7 removed, 11 created, 12 added, 14 removed, 15 admin, 18 security code,
  19 encryption, 20 joined by link); ``edit_version`` 7 or type 15 a deleted message; a
  contact card's name is in ``media_name`` and its vCard in ``data`` (or ``messages_vcards``);
  a caption in ``media_caption``; a location in ``latitude``/``longitude`` with its place in
  ``media_name``; the row with ``key_remote_jid`` "-1" marks the database's start.
* ``messages_quotes``: a reply's quoted copy, whose ``key_id`` is the quoted message's
  (``messages.quoted_row_id`` → ``messages_quotes._id``).
* ``message_media`` (2019 on): the media file's path and hash; before it the path is inside
  ``thumb_image``, a serialized Java media record that holds it as a string under ``Media/``.
* ``jid`` and ``chat`` (2019 on), else ``chat_list``: the group subjects; ``call_log`` (with
  ``jid``): the calls.

Sources (stored public copies, read for this): WhatsApp's own CREATE TABLE statements of the
era (the 2017–2019 ``messages``, ``messages_quotes``, ``messages_vcards`` and ``chat_list``, as
decompiled apps and an iPhone→Android migrator carry them), KnugiHK/WhatsApp-Chat-Exporter's
legacy queries (android_handler.py: the joins, ``status`` 6, ``edit_version`` 7, the "-1" row),
and B16f00t/whapa (the ``media_size`` notice numbers, type 15 and its ``edit_version``, the
media path inside ``thumb_image``). phone-databases.md §1.2 and §1.4 name the era.
"""

from __future__ import annotations

from collections.abc import Iterator

from wamigrate.core.phone.msgstore import (
    PhoneMessage,
    PhoneRead,
    Schema,
    SchemaError,
    in_time_order,
    shown_number,
    to_messages,
)
from wamigrate.core.translatable import tr

_NEEDED = ("_id", "key_remote_jid", "key_from_me", "key_id", "timestamp", "data")
_START_ROW = "-1"  # key_remote_jid of the row that marks the database's start


def check(schema: Schema) -> None:
    """Refuse a legacy database whose ``messages`` table lacks what every one had."""
    if not schema.has("messages", *_NEEDED):
        raise SchemaError(
            tr("This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.").format(
                "“messages”"
            )
        )


def _column(schema: Schema, name: str) -> str:
    """``messages``' column ``name`` (as ``m``), or NULL in a database that lacks it."""
    return f"m.{name}" if schema.has("messages", name) else "NULL"


def _kind(schema: Schema) -> str:
    """The message's kind as a number (``media_wa_type`` is text), 0 where it has none."""
    return "CAST(m.media_wa_type AS INTEGER)" if schema.has("messages", "media_wa_type") else "0"


def _jid_parts(expression: str) -> list[str]:
    """SQL for (user, server, jid) of a jid written as text ("5511987654321@s.whatsapp.net")."""
    return [
        f"CASE WHEN instr({expression}, '@') > 0 THEN substr({expression}, 1, instr({expression}, '@') - 1) "
        f"ELSE {expression} END",
        f"CASE WHEN instr({expression}, '@') > 0 THEN substr({expression}, instr({expression}, '@') + 1) END",
        expression,
    ]


def _chat_join(schema: Schema) -> tuple[str, str, str]:
    """(joins, subject, chat row) for the chat of ``m``: through ``jid`` and ``chat`` when the
    database has them, else ``chat_list``."""
    if schema.has("jid", "_id", "raw_string") and schema.has("chat", "_id", "jid_row_id"):
        subject = "c.subject" if schema.has("chat", "subject") else "NULL"
        joins = "LEFT JOIN jid cj ON cj.raw_string = m.key_remote_jid LEFT JOIN chat c ON c.jid_row_id = cj._id "
        return joins, subject, "COALESCE(c._id, -1)"
    if schema.has("chat_list", "_id", "key_remote_jid"):
        subject = "c.subject" if schema.has("chat_list", "subject") else "NULL"
        return "LEFT JOIN chat_list c ON c.key_remote_jid = m.key_remote_jid ", subject, "COALESCE(c._id, -1)"
    return "", "NULL", "-1"


def message_rows(
    connection, schema: Schema, found: PhoneRead, include_status: bool, by_time: bool = False
) -> Iterator[PhoneMessage]:
    kind = _kind(schema)
    status = _column(schema, "status")
    edit = _column(schema, "edit_version")
    # status 6 with no media kind is a notice (7 in the message era); edit_version 7 a message
    # deleted for everyone (15), whatever kind it had.
    message_type = (
        f"CASE WHEN {status} = 6 AND COALESCE({kind}, 0) = 0 THEN 7 WHEN {edit} = 7 THEN 15 "
        f"ELSE COALESCE({kind}, 0) END"
    )
    name = _column(schema, "media_name")
    text = f"CASE WHEN {kind} IN (4, 5) THEN {name} ELSE m.data END"  # a card's or a place's name
    joins, subject, chat_row = _chat_join(schema)
    has_media = schema.has("message_media", "message_row_id")
    if has_media:
        joins += "LEFT JOIN message_media mm ON mm.message_row_id = m._id "

    def media(name: str, own: str) -> str:
        # message_media's column where the database has it, else the one messages had before
        return f"COALESCE(mm.{name}, {own})" if has_media and schema.has("message_media", name) else own

    quoted = "NULL"
    if schema.has("messages", "quoted_row_id") and schema.has("messages_quotes", "_id", "key_id"):
        joins += "LEFT JOIN messages_quotes mq ON mq._id = m.quoted_row_id "
        quoted = "mq.key_id"
    action = f"CASE WHEN {status} = 6 THEN {_column(schema, 'media_size')} END"
    if schema.has("message_system", "message_row_id", "action_type"):
        joins += "LEFT JOIN message_system ms ON ms.message_row_id = m._id "
        action = f"COALESCE(ms.action_type, {action})"
    columns = [
        "m._id", "m.key_from_me", "m.key_id", "m.timestamp", message_type, text,
        *_jid_parts("m.key_remote_jid"), "NULL", subject, *_jid_parts(_column(schema, "remote_resource")),
    ]  # fmt: skip
    values = {
        "chat_row": chat_row,
        "message_media.mime_type": media("mime_type", _column(schema, "media_mime_type")),
        # the path, or the serialized record that holds it (bytes: media_path below)
        "message_media.file_path": media("file_path", _column(schema, "thumb_image")),
        "message_media.file_hash": media("file_hash", _column(schema, "media_hash")),
        "message_media.media_caption": _column(schema, "media_caption"),
        "message_quoted.key_id": quoted,
        "message_location.latitude": _column(schema, "latitude"),
        "message_location.longitude": _column(schema, "longitude"),
        "message_system.action_type": action,
        "message_edit_info.edited_timestamp": "NULL",  # edits came in 2023
    }
    wanted = {}
    for key, expression in values.items():
        wanted[key] = len(columns)
        columns.append(expression)
    where = f"m.key_remote_jid != '{_START_ROW}'"
    if by_time:
        sql = f"SELECT {', '.join(columns)} FROM {in_time_order('messages', '_id', 'timestamp')} {joins}WHERE {where}"
    else:
        sql = (
            f"SELECT {', '.join(columns)} FROM messages m {joins}"
            f"WHERE {where} AND m.timestamp > 0 ORDER BY m.key_remote_jid, m.timestamp, m._id"
        )
    vcards = _vcards(connection, schema)
    yield from to_messages(connection.execute(sql), wanted, found, include_status, {}, {}, vcards, media_path)


def _vcards(connection, schema: Schema) -> dict[int, list]:
    """message row → [(vCard,)]: ``messages_vcards`` where it has a message's cards (several
    per message), else the vCard a card message carries in its own ``data``."""
    grouped: dict[int, list] = {}
    if schema.has("messages_vcards", "message_row_id", "vcard"):
        for row_id, card in connection.execute(
            "SELECT message_row_id, vcard FROM messages_vcards WHERE vcard IS NOT NULL ORDER BY message_row_id, _id"
        ):
            grouped.setdefault(row_id, []).append((card,))
    if schema.has("messages", "media_wa_type"):
        for row_id, card in connection.execute(
            f"SELECT m._id, m.data FROM messages m WHERE {_kind(schema)} = 4 AND m.data IS NOT NULL"
        ):
            if row_id not in grouped:
                grouped[row_id] = [(card,)]
    return grouped


def media_path(record: bytes) -> str | None:
    """The media file's path inside a serialized Java media record (``thumb_image`` before
    ``message_media``): the string (Java's TC_STRING: 0x74, a 2-byte length, the text) that
    holds "Media/". None when there is none (the file was never downloaded)."""
    at = record.find(b"Media/")
    while at >= 0:
        for start in range(max(0, at - 512), at):
            if record[start] != 0x74 or start + 3 > at:
                continue
            length = int.from_bytes(record[start + 1 : start + 3], "big")
            end = start + 3 + length
            if end > at and end <= len(record):
                try:
                    return record[start + 3 : end].decode()
                except UnicodeDecodeError:
                    break
        at = record.find(b"Media/", at + 1)
    return None


def chat_texts(connection, schema: Schema) -> Iterator[tuple[str, str | None, int, str]]:
    """As msgstore.chat_texts: (chat jid, sender, time in ms, text) of every text message."""
    chat, member = _jid_parts("m.key_remote_jid"), _jid_parts(_column(schema, "remote_resource"))
    sql = (
        f"SELECT {', '.join(chat + member)}, m.key_from_me, m.timestamp, m.data "
        f"FROM messages m WHERE m.timestamp > 0 AND COALESCE({_kind(schema)}, 0) = 0 "
        f"AND COALESCE({_column(schema, 'status')}, 0) != 6 AND m.data IS NOT NULL "
        f"AND m.key_remote_jid != '{_START_ROW}'"
    )
    for user, server, jid, m_user, m_server, m_jid, from_me, stamp, text in connection.execute(sql):
        if from_me:
            who = None
        elif server == "g.us":
            who = shown_number(m_user, m_server, m_jid)
        else:
            who = shown_number(user, server, jid)
        yield jid, who, stamp, text
