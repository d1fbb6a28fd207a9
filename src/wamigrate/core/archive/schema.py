"""The archive's tables, versioned with ``PRAGMA user_version`` and migrated in order."""

from __future__ import annotations

from collections.abc import Callable

from wamigrate.core.translatable import tr

SCHEMA_VERSION = 4

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    timezone TEXT NOT NULL,
    reader_version INTEGER NOT NULL,
    chats TEXT NOT NULL,            -- JSON: per chat title, platform, header format, date order and reason, counts
    message_count INTEGER NOT NULL, -- messages read from the file
    new_messages INTEGER NOT NULL,  -- of which were new to the archive
    attachment_count INTEGER NOT NULL,
    warnings TEXT NOT NULL          -- JSON list of {code, message, line}
);
CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    is_group INTEGER NOT NULL DEFAULT 0,
    platform TEXT NOT NULL
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    display_name TEXT NOT NULL,
    phone TEXT,                     -- E.164 when the name is a phone number
    is_business INTEGER NOT NULL DEFAULT 0,
    UNIQUE (chat_id, display_name)
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,         -- a source's new messages get consecutive ids
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    local_time TEXT NOT NULL,       -- as written, YYYY-MM-DDTHH:MM:SS
    utc_time TEXT NOT NULL,         -- the instant, YYYY-MM-DDTHH:MM:SSZ
    sender_id INTEGER REFERENCES participants(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    attachment_name TEXT,
    attachment_sha256 TEXT,
    media_type TEXT,
    edited INTEGER NOT NULL DEFAULT 0,
    detail TEXT,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    source_line INTEGER NOT NULL,
    identity BLOB NOT NULL UNIQUE
);
-- A conversation in order: time, then the order the export wrote (minute-resolution
-- exports put many messages on the same time).
CREATE INDEX messages_by_chat_time ON messages (chat_id, utc_time, source_id, source_line);
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT,
    size INTEGER NOT NULL,
    chunks INTEGER NOT NULL
);
CREATE TABLE attachment_chunks (
    sha256 TEXT NOT NULL REFERENCES attachments(sha256) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, idx)
) WITHOUT ROWID;
-- Words: prefix search, accents and case ignored. No per-document sizes (columnsize=0):
-- results are ordered by time, not by relevance, and the import is a quarter faster.
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0
);
-- Chinese, Japanese, Korean and Thai have no spaces: their text is indexed as overlapping
-- two-character tokens, so any substring of two or more characters can be found.
CREATE VIRTUAL TABLE messages_cjk USING fts5(grams, tokenize='unicode61');
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
"""


def _v2_messages_by_source(connection) -> None:
    # Removing an import, indexing its words and verify's per-import counts all look messages
    # up by their import; without this index each is a scan of the whole table, so importing
    # 10,000 small chats took 168 s instead of seconds (reliability campaign 2, B15).
    connection.execute("CREATE INDEX messages_by_source ON messages (source_id)")


def _v3_chat_aliases(connection) -> None:
    # A chat the user renamed keeps the title its exports carry, so that a later export of it
    # ("WhatsApp Chat with Ana.txt") still joins it instead of starting a new chat (issue 17).
    connection.execute(
        "CREATE TABLE chat_aliases (title TEXT PRIMARY KEY, chat_id INTEGER NOT NULL REFERENCES chats(id))"
    )


def _v4_phone_databases(connection) -> None:
    # A phone's own database (issue 18) gives each message WhatsApp's id, the id of the message
    # it quotes, reactions and details an export never had (edit time, location, contact cards,
    # the media file's path and hash on the phone, poll votes: JSON in ``extra``), and each chat
    # its jid, by which a newer backup of the same phone finds it again.
    # One statement at a time: executescript would commit the migration's transaction first.
    for statement in """
        ALTER TABLE messages ADD COLUMN wa_id TEXT;
        ALTER TABLE messages ADD COLUMN reply_to TEXT;
        ALTER TABLE messages ADD COLUMN extra TEXT;
        CREATE INDEX messages_by_wa_id ON messages (chat_id, wa_id) WHERE wa_id IS NOT NULL;
        ALTER TABLE chats ADD COLUMN jid TEXT;
        CREATE UNIQUE INDEX chats_by_jid ON chats (jid) WHERE jid IS NOT NULL;
        ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'export';
        CREATE TABLE reactions (
            message_id INTEGER NOT NULL,
            sender TEXT,                -- the reacting person's name (NULL: the phone's owner)
            emoji TEXT NOT NULL,
            utc_time TEXT,
            source_id INTEGER NOT NULL
        );
        CREATE INDEX reactions_by_message ON reactions (message_id);
        -- The export copies a phone import replaced, put back if that import is removed.
        CREATE TABLE replaced_messages (
            by_source INTEGER NOT NULL, id INTEGER, chat_id INTEGER, local_time TEXT, utc_time TEXT,
            sender_id INTEGER, kind TEXT, text TEXT, attachment_name TEXT, attachment_sha256 TEXT, media_type TEXT,
            edited INTEGER, detail TEXT, source_id INTEGER, source_line INTEGER, identity BLOB, wa_id TEXT,
            reply_to TEXT, extra TEXT
        );
        CREATE INDEX replaced_by_source ON replaced_messages (by_source);
        CREATE INDEX replaced_by_identity ON replaced_messages (identity);
        CREATE INDEX replaced_by_id ON replaced_messages (id)
    """.split(";"):
        connection.execute(statement)


# MIGRATIONS[n] takes version n+1 to n+2
MIGRATIONS: list[Callable] = [_v2_messages_by_source, _v3_chat_aliases, _v4_phone_databases]


def create(connection) -> None:
    """A new archive: version 1's tables, then every migration (one definition of each change)."""
    connection.executescript(_V1)
    connection.execute("PRAGMA user_version = 1")
    migrate(connection)


def needs_migration(connection) -> bool:
    return connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION


def migrate(connection) -> int:
    """Bring an older archive up to date; returns the version found."""
    found = connection.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        from wamigrate.core.archive.errors import ArchiveError

        raise ArchiveError(tr("This archive was made by a newer wamigrate; update wamigrate to open it."))
    for version in range(found, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        MIGRATIONS[version - 1](connection)
        connection.execute(f"PRAGMA user_version = {version + 1}")
        connection.execute("COMMIT")
    return found
