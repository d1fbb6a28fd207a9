"""One conversation from two kinds of source: the copies a text export made of messages that a
phone's database also holds are replaced by the database's records, which carry WhatsApp's ids,
exact times, reactions and replies.

Two messages are the same when they are in the same chat, in the same local minute (exports
may have no seconds), of the same kind, with the same text, or name the same media file. The
replaced export copies are kept aside (``replaced_messages``): removing the phone import puts
them back, so the archive is then exactly as it was; a later export of the chat recognises
them (by identity) and does not add them again.

Runs after either import: a phone import into a chat that has exports, and an export import
into a chat that a phone import already brought.
"""

from __future__ import annotations

import json
from collections import Counter

MESSAGE_COLUMNS = (
    "id, chat_id, local_time, utc_time, sender_id, kind, text, attachment_name, attachment_sha256, media_type, edited, "
    "detail, source_id, source_line, identity, wa_id, reply_to, extra"
)
# The kinds whose export copy has a fixed text of its own ("<Media omitted>", "This message was
# deleted" in the phone's language): the same minute and kind are enough.
_TEXTLESS = "('media', 'deleted', 'location', 'poll', 'call')"


def has_phone_records(c, chat_id: int) -> bool:
    found = c.execute("SELECT 1 FROM messages WHERE chat_id = ? AND wa_id IS NOT NULL LIMIT 1", (chat_id,))
    return found.fetchone() is not None


def replace_exported(c, chat_id: int, unindexed: frozenset[int] = frozenset()) -> Counter:
    """Replace the export copies in the chat by the phone records of the same messages, keeping
    the export's media on the phone record. Returns {export source id: copies replaced}.

    ``unindexed``: sources whose words are not in the full-text index yet (an export being
    imported): their copies are not taken out of it (deleting what an external-content index
    never held would damage it)."""
    c.execute("DROP TABLE IF EXISTS temp.exported")
    c.execute(
        "CREATE TEMP TABLE exported AS SELECT id, source_id, substr(local_time, 1, 16) AS minute, kind, text, "
        "attachment_name, attachment_sha256 FROM messages WHERE chat_id = ? AND wa_id IS NULL",
        (chat_id,),
    )
    c.execute("CREATE INDEX temp.exported_by_minute ON exported (minute, kind)")
    c.execute("CREATE INDEX temp.exported_by_file ON exported (attachment_name)")
    phone = (
        "SELECT id, source_id, substr(local_time, 1, 16) AS minute, kind, text, attachment_name FROM messages "
        "WHERE chat_id = ? AND wa_id IS NOT NULL"
    )
    same = (
        "(e.attachment_name IS NOT NULL AND e.attachment_name = p.attachment_name) OR "
        f"(e.minute = p.minute AND e.kind = p.kind AND (e.text = p.text OR (e.kind IN {_TEXTLESS} AND "
        "(e.attachment_name IS NULL OR p.attachment_name IS NULL))))"
    )
    c.execute(
        "UPDATE messages SET attachment_sha256 = (SELECT e.attachment_sha256 FROM exported e "
        "WHERE e.attachment_name = messages.attachment_name AND e.attachment_sha256 IS NOT NULL LIMIT 1) "
        "WHERE chat_id = ? AND wa_id IS NOT NULL AND attachment_sha256 IS NULL AND attachment_name IN "
        "(SELECT attachment_name FROM exported WHERE attachment_sha256 IS NOT NULL)",
        (chat_id,),
    )
    c.execute("DROP TABLE IF EXISTS temp.replaced")
    c.execute(
        f"CREATE TEMP TABLE replaced AS SELECT e.id, e.source_id, min(p.source_id) AS by_source FROM ({phone}) p "
        f"JOIN exported e ON (e.minute = p.minute AND e.kind = p.kind) OR e.attachment_name = p.attachment_name "
        f"WHERE {same} GROUP BY e.id",
        (chat_id,),
    )
    counts = Counter(dict(c.execute("SELECT source_id, count(*) FROM replaced GROUP BY source_id").fetchall()))
    if counts:
        c.execute(
            f"INSERT INTO replaced_messages (by_source, {MESSAGE_COLUMNS}) SELECT r.by_source, "
            f"{', '.join('m.' + name.strip() for name in MESSAGE_COLUMNS.split(','))} "
            "FROM messages m JOIN replaced r ON r.id = m.id"
        )
        c.execute(
            "INSERT INTO messages_fts (messages_fts, rowid, text) SELECT 'delete', id, text FROM messages "
            "WHERE id IN (SELECT id FROM replaced) AND source_id NOT IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(unindexed)),),
        )
        c.execute("DELETE FROM messages_cjk WHERE rowid IN (SELECT id FROM replaced)")
        c.execute("DELETE FROM reactions WHERE message_id IN (SELECT id FROM replaced)")
        c.execute("DELETE FROM messages WHERE id IN (SELECT id FROM replaced)")
        # Each export's count of the messages it holds stays true (verify compares them).
        c.executemany("UPDATE sources SET new_messages = new_messages - ? WHERE id = ?",
                      [(count, source) for source, count in counts.items()])  # fmt: skip
    c.execute("DROP TABLE temp.replaced")
    c.execute("DROP TABLE temp.exported")
    return counts


def restore_replaced(c, by_source: int) -> int:
    """Put back the export copies that the phone import ``by_source`` replaced (it is being
    removed). Returns how many."""
    from wamigrate.core.archive.rows import CJK, cjk_grams

    restored = c.execute(
        f"INSERT INTO messages ({MESSAGE_COLUMNS}) SELECT {MESSAGE_COLUMNS} FROM replaced_messages WHERE by_source = ?",
        (by_source,),
    ).rowcount
    if restored:
        c.execute(
            "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM replaced_messages WHERE by_source = ?",
            (by_source,),
        )
        c.execute(
            "UPDATE sources SET new_messages = new_messages + (SELECT count(*) FROM replaced_messages r "
            "WHERE r.by_source = ? AND r.source_id = sources.id) "
            "WHERE id IN (SELECT source_id FROM replaced_messages WHERE by_source = ?)",
            (by_source, by_source),
        )
        grams = [
            (row_id, cjk_grams(text))
            for row_id, text in c.execute("SELECT id, text FROM replaced_messages WHERE by_source = ?", (by_source,))
            if not text.isascii() and CJK.search(text)
        ]
        c.executemany("INSERT INTO messages_cjk (rowid, grams) VALUES (?, ?)", grams)
    c.execute("DELETE FROM replaced_messages WHERE by_source = ?", (by_source,))
    return restored
