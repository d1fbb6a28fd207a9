"""Import a phone's own message database (Android ``msgstore.db`` or its ``.crypt15`` /
``.crypt14`` backup) into an archive: every chat at once, all of it or nothing.

The database is one *source* (``sources.kind = 'phone'``) imported in one transaction, as an
export file is. What it adds over exports: WhatsApp's message id (``wa_id``), the quoted
message's id (``reply_to``), reactions, exact times, and the details an export never carries
(``extra``). Each chat keeps its jid, so a newer backup of the same phone finds its chats and
adds only the messages that are new.

**Merge with exports.** A conversation already archived from text exports is found by its jid,
by the customer's number, by the group's subject, or by the messages both share (same local
minute, same text). The database's records win: the export's copies of messages the database
also holds are removed in the same transaction (their media is kept on the database's message),
and the export's names for the people are reused. Export messages the database does not hold
(newer than the backup, or notices a database has no row for) stay.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path

from wamigrate.core.archive import database, owner
from wamigrate.core.archive.errors import ArchiveError
from wamigrate.core.archive.identity import normalize
from wamigrate.core.archive.importer import (
    checkpoint,
    ensure_free_space,
    free_title,
    new_rows,
    sha256_file,
    storage_failure,
    titled_like,
)
from wamigrate.core.archive.merge import replace_exported
from wamigrate.core.archive.phone_media import import_backup_media
from wamigrate.core.archive.rows import BATCH, CJK, cjk_grams, message_id, timezone_for
from wamigrate.core.archive.store import Archive, now_utc
from wamigrate.core.archive.summary import source_id as find_source
from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.export.records import CONTACT, LOCATION, MEDIA, POLL, ReadWarning, make_warning
from wamigrate.core.phone import chatstorage, ios_backup, msgstore
from wamigrate.core.phone.backup_file import file_state, unreadable
from wamigrate.core.phone.backup_key import BackupKey
from wamigrate.core.phone.contacts import Names, read_contacts, vcard_name
from wamigrate.core.phone.database_file import open_iphone_database, open_phone_database
from wamigrate.core.phone.ios_backup import is_ios_backup
from wamigrate.core.translatable import tr

PHONE = "phone"  # sources.kind
READER_VERSION = 1
DECRYPT_SHARE = 0.3  # of the progress bar, for decrypting (the rest is reading and writing)
_PROGRESS_EVERY = 512  # messages between two progress reports (and checks for a cancel)
_MATCH_MINIMUM = 3  # shared messages that make an exported chat the same conversation


@dataclass
class PhoneImportOptions:
    timezone: str | None = None  # IANA name for local times; None: this computer's
    key: BackupKey | None = None
    contacts: list[Path] = field(default_factory=list)  # wa.db, .vcf or .csv
    include_status: bool = False
    password: str | None = None  # an encrypted iPhone backup's password
    app: str | None = None  # an iPhone backup's "whatsapp" or "business" (None: the one it has)
    # A database that lacks parts every one has (msgstore.EXPECTED_PARTS) is refused
    # (PartialDatabaseError) unless the user agreed to import what can be read.
    read_partial: bool = False


@dataclass
class PhoneChatResult:
    title: str
    jid: str
    is_group: bool
    messages: int = 0
    new_messages: int = 0
    from_exports: int = 0  # copies from text exports the database's records replaced
    first_utc: str | None = None
    last_utc: str | None = None
    # What a chat of an export result also has (the import run reads results of both kinds):
    # a database's times are exact, so there are no dates to ask about and no reader warnings.
    warnings: list = field(default_factory=list)
    date_order = None
    first_time = None

    def to_json(self) -> dict:
        return {
            "title": self.title, "jid": self.jid, "is_group": self.is_group, "messages": self.messages,
            "new_messages": self.new_messages, "from_exports": self.from_exports,
            "first_utc": self.first_utc, "last_utc": self.last_utc,
        }  # fmt: skip


@dataclass
class PhoneImportResult:
    file_name: str
    sha256: str
    already_imported: bool = False
    messages_read: int = 0
    new_messages: int = 0
    replaced: int = 0  # export copies replaced by the database's records
    chats: list[PhoneChatResult] = field(default_factory=list)
    unknown_types: dict[int, int] = field(default_factory=dict)
    unknown_actions: dict[int, int] = field(default_factory=dict)
    calls: int = 0
    status_skipped: int = 0
    app_version: str | None = None
    names_from: list[str] = field(default_factory=list)  # contacts files whose names were used
    merged_chats: int = 0  # chats that already had messages from exports
    attachments_added: int = 0  # media files stored from the phone's Media folder
    media: object | None = None  # the phone_media.MediaResult when a Media folder was given
    platform: str = "android"  # or "ios" (an iPhone backup)
    missing_parts: list[str] = field(default_factory=list)  # what the database lacked (read_partial)

    @property
    def duplicates(self) -> int:
        return self.messages_read - self.new_messages

    @property
    def warnings(self) -> list[ReadWarning]:
        """What was kept in a reduced form or left out (the import panel and the CLI show them)."""
        found = [make_warning("phone-unknown-type", t, count=n) for t, n in sorted(self.unknown_types.items())]
        found += [make_warning("phone-unknown-notice", a, count=n) for a, n in sorted(self.unknown_actions.items())]
        if self.status_skipped:
            found.append(make_warning("phone-status-skipped", count=self.status_skipped))
        if self.missing_parts:
            found.append(make_warning("phone-parts-missing", "; ".join(self.missing_parts)))
        if not self.names_from:
            found.append(make_warning("phone-no-names"))
        if self.platform == chatstorage.PLATFORM:
            if not self.already_imported and self.messages_read == self.calls:
                found.append(make_warning("iphone-no-chats"))
            found.append(make_warning("iphone-edits-not-read"))
        media = self.media
        if media is not None:
            if media.missing:
                shown = ", ".join(msgstore.file_name(path) or path for path in media.missing[:10])
                code = "iphone-media-missing" if self.platform == chatstorage.PLATFORM else "phone-media-missing"
                found.append(make_warning(code, shown, count=len(media.missing)))
            if media.different:
                found.append(make_warning("phone-media-different", count=len(media.different)))
            found += [make_warning("media-unreadable", name, reason) for name, reason in media.unreadable]
        return found


def _identity(chat_jid: str, key_id: str, from_me: bool, row_id: int) -> bytes:
    # WhatsApp's id is unique per chat and direction; a row without one (rare system rows)
    # is identified by its place in this database.
    raw = f"{chat_jid}\x00{key_id or f'row:{row_id}'}\x00{int(from_me)}".encode()
    return b"P" + hashlib.sha256(raw).digest()[:15]


class _LocalTimes:
    """UTC → local wall-clock text to the second, with the zone's offset cached per UTC hour
    (keyed by day and hour: cheaper than a timestamp, which a million messages notice)."""

    def __init__(self, zone) -> None:
        self._zone = zone
        self._offsets: dict[int, object] = {}

    def __call__(self, utc: datetime) -> str:
        hour = utc.toordinal() * 24 + utc.hour
        offset = self._offsets.get(hour)
        if offset is None:
            start = datetime(utc.year, utc.month, utc.day, utc.hour, tzinfo=UTC)
            offset = self._offsets[hour] = start.astimezone(self._zone).utcoffset()
        return (utc + offset).isoformat(timespec="seconds")


def _text_and_extra(m: msgstore.PhoneMessage) -> tuple[str, str | None, dict]:
    """(text as the browser and search show it, attachment name, details for ``extra``)."""
    extra: dict = {}
    text, attachment = m.text, None
    if m.call is not None:
        extra["call"] = m.call
    if m.edited_utc is not None:
        extra["edited_utc"] = m.edited_utc.isoformat(timespec="seconds") + "Z"
    if m.kind == MEDIA:
        if m.file_path:
            extra["file_path"] = m.file_path
            attachment = msgstore.file_name(m.file_path)
        if m.file_hash:
            extra["file_hash"] = m.file_hash
        if m.mime_type:
            extra["mime_type"] = m.mime_type
        if m.media_type == CONTACT and m.vcards:
            extra["vcards"] = m.vcards
            if not text:
                text = ", ".join(filter(None, (vcard_name(card) for card in m.vcards)))
    elif m.kind == LOCATION and m.latitude is not None and m.longitude is not None:
        extra["latitude"], extra["longitude"] = m.latitude, m.longitude
        link = f"https://maps.google.com/?q={m.latitude},{m.longitude}"
        text = f"{text}\n{link}" if text else link
    elif m.kind == POLL:
        # The form an exported poll has ("POLL:", question, "OPTION: … (n votes)"), so that the
        # browser and the search treat both alike.
        lines = ["POLL:", text]
        for name, votes in m.poll_options:
            lines.append(f"OPTION: {name} ({votes} votes)" if votes is not None else f"OPTION: {name}")
        text = "\n".join(lines)
    return text, attachment, extra


def _export_index(c) -> dict[tuple[str, str], list[tuple[int, str | None]]]:
    """(local minute, normalised text) → [(chat id, sender name)] of the text messages archived
    from exports in chats no phone database has claimed yet."""
    index: dict[tuple[str, str], list[tuple[int, str | None]]] = defaultdict(list)
    rows = c.execute(
        "SELECT m.chat_id, substr(m.local_time, 1, 16), m.text, p.display_name FROM messages m "
        "JOIN chats ch ON ch.id = m.chat_id LEFT JOIN participants p ON p.id = m.sender_id "
        "WHERE ch.jid IS NULL AND m.wa_id IS NULL AND m.kind = 'text'"
    )
    for chat_id, minute, text, sender in rows:
        index[(minute, normalize(text))].append((chat_id, sender))
    return index


@dataclass
class _Match:
    """What the messages shared with exported chats say about one phone chat."""

    chats: Counter = field(default_factory=Counter)  # exported chat id → shared messages
    owner_names: Counter = field(default_factory=Counter)  # names the owner's messages carry there
    contact_names: Counter = field(default_factory=Counter)  # (chat id, number, name) of the others


def _match_exports(c, reader, phone, schema, local_time) -> dict[str, _Match]:
    index = _export_index(c)
    if not index:
        return {}
    matches: dict[str, _Match] = defaultdict(_Match)
    for jid, sender_number, stamp, text in reader.chat_texts(phone, schema):
        found = index.get((local_time(msgstore.utc_from_ms(stamp))[:16], normalize(text)))
        if not found:
            continue
        match = matches[jid]
        for chat_id, sender in found:
            match.chats[chat_id] += 1
            if sender is None:
                continue
            if sender_number is None:
                match.owner_names[(chat_id, sender)] += 1
            else:
                match.contact_names[(chat_id, sender_number, sender)] += 1
    return matches


class _Chats:
    """The archive's chat for each of the phone's chats, and the names of the people in it."""

    def __init__(self, c, matches: dict[str, _Match], names: Names, owner_name: str | None, platform: str) -> None:
        self.c = c
        self.platform = platform
        self.matches = matches
        self.names = names
        # The owner is the same person in every chat: the name exports give the owner's
        # messages anywhere is used everywhere (unless the user chose one).
        exported = Counter()
        for match in matches.values():
            for (_chat, name), shared in match.owner_names.items():
                exported[name] += shared
        guessed = exported.most_common(1)[0][0] if exported else None
        self.owner_name = owner_name or guessed or tr("Me")
        self.claimed: set[int] = set()

    def find(self, m: msgstore.PhoneMessage) -> tuple[int, bool]:
        """(chat id, whether it held messages from exports before)."""
        c = self.c
        row = c.execute("SELECT id FROM chats WHERE jid = ?", (m.chat_jid,)).fetchone()
        if row:
            return row[0], self._has_exports(row[0])
        chat_id = self._exported(m)
        if chat_id is not None:
            c.execute("UPDATE chats SET jid = ? WHERE id = ?", (m.chat_jid, chat_id))
            self.claimed.add(chat_id)
            return chat_id, True
        title = self._title(m)
        title = free_title({t for _, t in titled_like(c, title)}, title)
        chat_id = c.execute(
            "INSERT INTO chats (title, is_group, platform, jid) VALUES (?, ?, ?, ?)",
            (title, int(m.is_group), self.platform, m.chat_jid),
        ).lastrowid
        return chat_id, False

    def _has_exports(self, chat_id: int) -> bool:
        return (
            self.c.execute("SELECT 1 FROM messages WHERE chat_id = ? AND wa_id IS NULL LIMIT 1", (chat_id,)).fetchone()
            is not None
        )

    def _exported(self, m: msgstore.PhoneMessage) -> int | None:
        c = self.c
        match = self.matches.get(m.chat_jid)
        if match:
            for chat_id, shared in match.chats.most_common():
                if chat_id in self.claimed:
                    continue
                (exported,) = c.execute("SELECT count(*) FROM messages WHERE chat_id = ?", (chat_id,)).fetchone()
                if shared >= _MATCH_MINIMUM or 2 * shared >= exported:
                    return chat_id
                break
        free = "SELECT id FROM chats WHERE jid IS NULL AND is_group = ? AND {0} ORDER BY id"
        if m.is_group:
            rows = c.execute(free.format("title = ?"), (1, m.chat)).fetchall()
        else:
            rows = c.execute(
                free.format("id IN (SELECT chat_id FROM participants WHERE phone = ?)"), (0, m.chat)
            ).fetchall()
        for (chat_id,) in rows:
            if chat_id not in self.claimed:
                return chat_id
        return None

    def _title(self, m: msgstore.PhoneMessage) -> str:
        if m.is_group:
            return m.chat
        return self.names.name_for(m.chat) or m.chat

    def people(self) -> dict[str | None, str]:
        """Phone sender (a number, None for the owner) → the name a chat shows, to be filled."""
        return {None: self.owner_name}

    def exported_names(self, chat_id: int, jid: str) -> dict[str, str]:
        """Number → the name the chat's exports gave that person (by the messages both share)."""
        match = self.matches.get(jid)
        best: dict[str, tuple[int, str]] = {}
        if match:
            for (cid, number, name), shared in match.contact_names.items():
                if cid == chat_id and shared > best.get(number, (0, ""))[0]:
                    best[number] = (shared, name)
        return {number: name for number, (_shared, name) in best.items()}

    def person(self, chat_id: int, number: str, exported: dict[str, str]) -> str:
        found = self.c.execute(
            "SELECT display_name FROM participants WHERE chat_id = ? AND phone = ? ORDER BY id LIMIT 1",
            (chat_id, number),
        ).fetchone()
        if found:
            return found[0]
        return exported.get(number) or self.names.name_for(number) or number


# Empty text and 0 stand for NULL in the bound values: binding None costs the driver (sqlcipher3)
# about 16 µs a value against 0.4 µs for a string, which made NULLs most of a phone import's
# time. None of these columns holds '' or 0 as a value of its own.
_INSERT = (
    "INSERT INTO messages (id, chat_id, local_time, utc_time, sender_id, kind, text, attachment_name, media_type, "
    "edited, detail, source_id, source_line, identity, wa_id, reply_to, extra) "
    "VALUES (?, ?, ?, ?, nullif(?, 0), ?, ?, nullif(?, ''), nullif(?, ''), ?, nullif(?, ''), ?, ?, ?, nullif(?, ''), "
    "nullif(?, ''), nullif(?, ''))"
)
_ID, _CHAT, _IDENTITY = 0, 1, 13


def import_phone(
    archive: Archive,
    path: str | Path,
    options: PhoneImportOptions | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> PhoneImportResult:
    """Import every chat of a phone database. All or nothing: a wrong key, a cancel, a crash or
    a full disk leaves the archive as it was."""
    options = options or PhoneImportOptions()
    cancel = cancel or CancelToken()
    zone = timezone_for(options.timezone)  # an unknown zone fails here, before anything is read
    names = Names()
    for contacts in options.contacts:
        read_contacts(contacts, names)
    path = Path(path)
    scale = 1000
    decrypt_part = int(DECRYPT_SHARE * scale)

    def decrypting(done: int, total: int) -> None:
        progress(done * decrypt_part // max(total, 1), scale)

    with ExitStack() as stack:
        if is_ios_backup(path):
            # The backup is opened first (its password is needed to know what it holds); what
            # identifies it is its WhatsApp database as the backup stores it.
            phone = stack.enter_context(open_iphone_database(path, options.password, options.app, decrypting, cancel))
            sha256, size = _backup_digest(phone, cancel)
            shown = phone.name
        else:
            phone = None
            try:
                state = file_state(path)
            except OSError as error:
                raise unreadable(path.name, error) from error
            sha256, size = sha256_file(path, cancel)
            shown = path.name
        # An Android database is opened below, once it is known to be new; an iPhone's already is.
        platform = phone.platform if phone is not None else "android"
        result = PhoneImportResult(shown, sha256, names_from=list(names.source_names), platform=platform)
        with archive.writer():
            known = find_source(archive, sha256)
            if known is not None:
                result.already_imported = True
                (result.messages_read,) = archive.connection.execute(
                    "SELECT message_count FROM sources WHERE id = ?", (known,)
                ).fetchone()
                return result
            _check_free_space(archive, size)
            if phone is None:
                phone = stack.enter_context(open_phone_database(path, options.key, decrypting, cancel, since=state))
            if phone.header is not None:
                result.app_version = phone.header.app_version
            reader = phone.reader
            schema = reader.probe(phone.connection)
            result.missing_parts = reader.missing_parts(schema)
            if result.missing_parts and not options.read_partial:
                raise reader.partial_error(shown, result.missing_parts)
            if phone.platform == chatstorage.PLATFORM:
                # An iPhone's database names the people it knows (contacts as saved on the phone).
                for number, name in chatstorage.names(phone.connection, schema):
                    names.add(number, name)
                result.names_from.append(ios_backup.CHAT_STORAGE)
                if schema.has(f"{chatstorage.CONTACTS}.ZWAADDRESSBOOKCONTACT"):
                    result.names_from.append(chatstorage.CONTACTS_FILE)
            total = reader.message_count(phone.connection, schema) or 1

            def reading(done: int) -> None:
                progress(decrypt_part + (scale - decrypt_part) * min(done, total) // total, scale)

            _write(archive, phone, schema, shown, size, sha256, zone, names, options, result, reading, cancel)
            if phone.platform == chatstorage.PLATFORM:
                # An iPhone backup holds the media too: stored now, while the backup is open
                # (a second opening would cost the password's slow key derivation again).
                result.media = import_backup_media(archive, phone.backup, ios_backup.APPS[phone.app], cancel=cancel)
                result.attachments_added = result.media.stored
    progress(scale, scale)
    return result


def _backup_digest(phone, cancel: CancelToken) -> tuple[str, int]:
    """(SHA-256, size) of an iPhone's WhatsApp database as its backup stores it (with its
    write-ahead log): the same backup imported again is then recognised."""
    backup = phone.backup
    domain = ios_backup.APPS[phone.app]
    digest, size = hashlib.sha256(), 0
    for name in (ios_backup.CHAT_STORAGE, ios_backup.CHAT_STORAGE + "-wal"):
        entry = backup.entry(domain, name)
        if entry is None:
            continue
        part, part_size = sha256_file(backup.path_of(entry), cancel)
        digest.update(bytes.fromhex(part))
        size += part_size
    return digest.hexdigest(), size


def _check_free_space(archive: Archive, size: int) -> None:
    # A database's messages take about as much room in the archive as in the (decompressed)
    # database, which is 2–4 times the compressed backup; with the search index, up to 8 times.
    ensure_free_space(archive, 8 * size + (1 << 20))


def _write(archive, opened, schema, shown, size, sha256, zone, names, options, result, reading, cancel) -> None:
    c = archive.connection
    phone, reader = opened.connection, opened.reader
    local_time = _LocalTimes(zone)
    c.execute(f"PRAGMA cache_size = -{database.PHONE_IMPORT_CACHE_KIB}")
    try:
        c.execute("BEGIN IMMEDIATE")
        source_id = c.execute(
            "INSERT INTO sources (file_name, size, sha256, imported_at, timezone, reader_version, chats, "
            "message_count, new_messages, attachment_count, warnings, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, '[]', 0, 0, 0, '[]', ?)",
            (shown, size, sha256, now_utc(), options.timezone or "local", READER_VERSION, PHONE),
        ).lastrowid
        chats = _Chats(
            c, _match_exports(c, reader, phone, schema, local_time), names, owner.chosen(archive), opened.platform
        )
        messages, found = reader.read(phone, schema, include_status=options.include_status, by_time=True)
        writer = _ChatWriter(c, source_id, local_time, chats)
        done = 0
        for m in messages:
            writer.add(m)
            done += 1
            if done % _PROGRESS_EVERY == 1:
                cancel.raise_if_cancelled()
                reading(done + found.status_skipped)
        writer.finish()
        cancel.raise_if_cancelled()
        result.chats = writer.results
        result.messages_read = done
        result.new_messages = writer.new
        result.replaced = sum(chat.from_exports for chat in writer.results)
        result.merged_chats = writer.merged
        result.unknown_types = dict(found.unknown_types)
        result.status_skipped = found.status_skipped
        result.unknown_actions = dict(found.unknown_actions)
        result.calls = found.calls
        c.execute(
            "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE source_id = ?", (source_id,)
        )
        c.execute(
            "UPDATE sources SET chats = ?, message_count = ?, new_messages = ?, warnings = ? WHERE id = ?",
            (
                json.dumps([chat.to_json() for chat in result.chats], ensure_ascii=False),
                result.messages_read,
                result.new_messages,
                json.dumps([w.to_json("") for w in result.warnings], ensure_ascii=False),
                source_id,
            ),
        )  # fmt: skip
        if owner.chosen(archive) is None:
            # The database says which messages are the owner's: no need to ask.
            owner.choose(archive, chats.owner_name)
        archive.audit("imported", f"{shown}: {result.new_messages} new of {result.messages_read}")
        c.execute("COMMIT")
    except BaseException as exc:
        if c.in_transaction:
            c.execute("ROLLBACK")
        failure = storage_failure(exc, shown)
        if failure is not None:
            raise failure from exc
        raise
    finally:
        c.execute(f"PRAGMA cache_size = -{database.READ_CACHE_KIB}")
    checkpoint(archive)


class _ChatState:
    """What the writer knows of one phone chat: its archive chat and the people in it."""

    def __init__(self, c, m: msgstore.PhoneMessage, chats: _Chats) -> None:
        self.chat_id, self.had_exports = chats.find(m)
        (title,) = c.execute("SELECT title FROM chats WHERE id = ?", (self.chat_id,)).fetchone()
        self.result = PhoneChatResult(title, m.chat_jid, m.is_group)
        self.participants = dict(
            c.execute("SELECT display_name, id FROM participants WHERE chat_id = ?", (self.chat_id,))
        )
        self.shown = chats.people()
        self.ids: dict[str | None, int] = {}  # phone sender → participant id in this chat
        self.exported = chats.exported_names(self.chat_id, m.chat_jid)
        self.check_known = (
            c.execute(
                "SELECT 1 FROM messages WHERE chat_id = ? AND wa_id IS NOT NULL LIMIT 1", (self.chat_id,)
            ).fetchone()
            is not None
        )


class _ChatWriter:
    """The phone's rows, in the order of time across its chats (the archive's ids follow time,
    so its tables grow at their end instead of everywhere at once), written in batches; each chat
    is merged with its exported copy, when it has one, at the end."""

    def __init__(self, c, source_id: int, local_time: _LocalTimes, chats: _Chats) -> None:
        self.c, self.source_id, self.local_time, self.chats = c, source_id, local_time, chats
        self.states: dict[str, _ChatState] = {}
        self.by_chat_id: dict[int, _ChatState] = {}
        self.new = self.merged = 0
        self.check_known = False  # whether a chat of the batch has messages of an earlier backup
        self.rows: list[tuple] = []
        self.reactions: list[tuple[bytes, str | None, str, str | None]] = []
        self.grams: dict[bytes, str] = {}

    def _start(self, m: msgstore.PhoneMessage) -> _ChatState:
        state = self.states[m.chat_jid] = _ChatState(self.c, m, self.chats)
        self.by_chat_id[state.chat_id] = state
        self.merged += state.had_exports
        # Results are listed in the database's order of chats (chats that hold only calls last),
        # not in the order their first message came.
        state.order = (0, m.chat_row) if m.chat_row >= 0 else (1, len(self.states))
        return state

    def _sender_id(self, state: _ChatState, sender: str | None) -> int:
        found = state.ids.get(sender)
        if found is not None:
            return found
        name = state.shown.get(sender)
        if name is None:
            name = state.shown[sender] = self.chats.person(state.chat_id, sender, state.exported)
        found = state.participants.get(name)
        if found is None:
            phone = sender if sender and sender.startswith("+") else None
            found = self.c.execute(
                "INSERT INTO participants (chat_id, display_name, phone) VALUES (?, ?, ?)", (state.chat_id, name, phone)
            ).lastrowid
            state.participants[name] = found
        elif sender:  # an exported name learns its number (once: the id is kept below)
            self.c.execute("UPDATE participants SET phone = ? WHERE id = ? AND phone IS NULL", (sender, found))
        state.ids[sender] = found
        return found

    def add(self, m: msgstore.PhoneMessage) -> None:
        state = self.states.get(m.chat_jid) or self._start(m)
        self.check_known |= state.check_known
        text, attachment, extra = _text_and_extra(m)
        identity = _identity(m.chat_jid, m.key_id, m.from_me, m.row_id)
        utc = m.utc  # its milliseconds are in the times' text no more than in the id (minutes)
        utc_text = utc.isoformat(timespec="seconds") + "Z"
        sender_id = (
            0
            if m.kind == "system" and not m.from_me and m.sender is None
            else self._sender_id(state, None if m.from_me else m.sender)
        )
        self.rows.append(
            (
                message_id(utc, identity), state.chat_id, self.local_time(utc), utc_text, sender_id, m.kind, text,
                attachment or "", m.media_type or "", int(m.edited_utc is not None), m.detail or "", self.source_id,
                m.row_id, identity, m.key_id, m.reply_to or "", json.dumps(extra, ensure_ascii=False) if extra else "",
            )
        )  # fmt: skip
        for reaction in m.reactions:
            who = None if reaction.sender is None else (state.shown.get(reaction.sender) or self.chats.person(
                state.chat_id, reaction.sender, state.exported))  # fmt: skip
            when = reaction.utc.isoformat(timespec="seconds") + "Z" if reaction.utc else None
            self.reactions.append((identity, who, reaction.emoji, when))
        if not text.isascii() and CJK.search(text):
            self.grams[identity] = cjk_grams(text)
        result = state.result
        result.messages += 1
        if result.first_utc is None or utc_text < result.first_utc:
            result.first_utc = utc_text
        if result.last_utc is None or utc_text > result.last_utc:
            result.last_utc = utc_text
        if len(self.rows) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        c = self.c
        rows = new_rows(c, self.rows, self.check_known)
        if rows:
            c.executemany(_INSERT, rows)
            self.new += len(rows)
            for row in rows:
                self.by_chat_id[row[_CHAT]].result.new_messages += 1
            fresh = {row[_IDENTITY]: row[_ID] for row in rows}
            if self.grams:
                c.executemany(
                    "INSERT INTO messages_cjk (rowid, grams) VALUES (?, ?)",
                    [(fresh[i], g) for i, g in self.grams.items() if i in fresh],
                )
        else:
            fresh = {}
        if self.reactions:
            self._reactions(fresh)
        self.rows, self.reactions, self.grams = [], [], {}
        self.check_known = False

    def _reactions(self, fresh: dict[bytes, int]) -> None:
        c = self.c
        wanted = [identity for identity, *_ in self.reactions if identity not in fresh]
        ids = dict(fresh)
        if wanted:
            # Reactions on messages an earlier backup brought: added when new (a newer backup
            # carries the reactions given since).
            ids.update(
                (bytes.fromhex(h), i)
                for h, i in c.execute(
                    "SELECT hex(identity), id FROM messages WHERE identity IN (SELECT unhex(value) FROM json_each(?))",
                    (json.dumps([w.hex() for w in wanted]),),
                )
            )
        rows = []
        for identity, who, emoji, when in self.reactions:
            message = ids.get(identity)
            if message is None:
                continue
            if (
                identity not in fresh
                and c.execute(
                    "SELECT 1 FROM reactions WHERE message_id = ? AND sender IS ? AND emoji = ?", (message, who, emoji)
                ).fetchone()
            ):
                continue
            rows.append((message, who, emoji, when, self.source_id))
        c.executemany("INSERT INTO reactions (message_id, sender, emoji, utc_time, source_id) VALUES (?,?,?,?,?)", rows)

    @property
    def results(self) -> list[PhoneChatResult]:
        return [state.result for state in sorted(self.states.values(), key=attrgetter("order"))]

    def finish(self) -> None:
        self._flush()
        for state in self.states.values():
            if state.had_exports:
                state.result.from_exports = sum(replace_exported(self.c, state.chat_id).values())


@dataclass(frozen=True)
class Completeness:
    """What the archive knows of the phone's whole chat list (after a database import)."""

    file_name: str
    imported_at: str
    chats: int
    first_utc: str | None
    last_utc: str | None
    not_in_database: list[str]  # titles of chats archived from exports the database did not have


def completeness(archive: Archive) -> Completeness | None:
    """What the newest phone import says about the phone's chats; None until there is one."""
    row = archive.connection.execute(
        "SELECT file_name, imported_at, chats FROM sources WHERE kind = ? ORDER BY id DESC LIMIT 1", (PHONE,)
    ).fetchone()
    if row is None:
        return None
    file_name, imported_at, chats_json = row
    chats = json.loads(chats_json)
    jids = {chat["jid"] for chat in chats}
    firsts = [chat["first_utc"] for chat in chats if chat.get("first_utc")]
    lasts = [chat["last_utc"] for chat in chats if chat.get("last_utc")]
    outside = [
        title
        for title, jid in archive.connection.execute("SELECT title, jid FROM chats ORDER BY title")
        if jid is None or jid not in jids
    ]
    return Completeness(
        file_name, imported_at, len(chats), min(firsts) if firsts else None, max(lasts) if lasts else None, outside
    )


def is_phone_database(path: str | Path) -> bool:
    """Whether ``path`` names a phone database rather than a chat export (by its name, then by
    its first bytes: an export is text or a zip)."""
    path = Path(path)
    if path.is_dir():
        return is_ios_backup(path)  # an iPhone backup: its WhatsApp database is inside
    name = path.name.lower()
    if name.endswith((".crypt15", ".crypt14", ".crypt12", ".mcrypt1")) or name in ("msgstore.db", "wa.db"):
        return True
    if path.is_dir() or not name.endswith((".db", ".sqlite")):
        return False
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def needs_key(path: str | Path) -> bool:
    """Whether the phone database is an encrypted backup (it opens only with its key). A
    .crypt12 is not opened at all (open_phone_database says so): no key is asked for it."""
    return Path(path).name.lower().endswith((".crypt15", ".crypt14"))


__all__ = [
    "ArchiveError",
    "Completeness",
    "PhoneImportOptions",
    "PhoneImportResult",
    "completeness",
    "import_phone",
    "is_phone_database",
    "needs_key",
]
