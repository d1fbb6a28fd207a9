"""Import chat exports into an archive: all of a file, or nothing of it.

Each export file (a .txt or a .zip) is one *source*, imported in one transaction: a
crash, a cancel, a full disk or a bad file leaves the archive exactly as it was.
Messages already in the archive (from an earlier, overlapping export) are skipped by
identity (``identity.py``); re-importing the same file adds nothing and says so.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from wamigrate.core.archive import database
from wamigrate.core.archive.errors import ArchiveError, DiskFullError
from wamigrate.core.archive.merge import has_phone_records, replace_exported, restore_replaced
from wamigrate.core.archive.rows import RowBatch, RowPlan, produce_rows, timezone_for
from wamigrate.core.archive.store import Archive, now_utc
from wamigrate.core.archive.summary import source_id as find_source
from wamigrate.core.archive.worker import run_in_worker
from wamigrate.core.cancel import Cancelled, CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import ExportError, os_reason
from wamigrate.core.export import READER_VERSION, ChatSummary, open_export
from wamigrate.core.export.phrases import media_type_for_name
from wamigrate.core.export.records import make_warning
from wamigrate.core.export.sources import ChatFile, display_name
from wamigrate.core.translatable import tr

CHUNK = 1 << 20  # attachment bytes per stored chunk


@dataclass(slots=True)
class ImportOptions:
    timezone: str | None = None  # IANA name such as "Europe/London"; None: this computer's
    date_order: str | None = None
    # For a phone's database (phone_import.py): the backup's key, and contacts files for names.
    backup_key: object | None = None  # a core.phone.backup_key.BackupKey
    contacts: tuple[str, ...] = ()
    media_folder: str | None = None  # the phone's Media folder, stored after its database
    backup_password: str | None = None  # an encrypted iPhone backup's password
    phone_app: str | None = None  # an iPhone backup's "whatsapp" or "business" (None: the one it has)


# Export-level warnings that mean a chat (not just a media file) was left out: the command line
# exits with an error, the import panel says so on the file's row.
CHAT_SKIPPED = frozenset({"folder-skipped"})


class ImportResults(list):
    """The SourceResults of one import_export call (a list), and the export-level warnings:
    files of a folder that were skipped, zip members passed over."""

    def __init__(self, results=(), warnings: list | None = None) -> None:
        super().__init__(results)
        self.warnings = warnings or []

    @property
    def chats_skipped(self) -> list:
        return [w for w in self.warnings if w.code in CHAT_SKIPPED]


@dataclass
class SourceResult:
    file_name: str
    sha256: str
    already_imported: bool = False
    messages_read: int = 0
    new_messages: int = 0
    attachments_added: int = 0
    chats: list[ChatSummary] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return self.messages_read - self.new_messages


def sha256_file(path: Path, cancel: CancelToken) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while block := stream.read(CHUNK):
            cancel.raise_if_cancelled()
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def import_export(
    archive: Archive,
    path: str | Path,
    options: ImportOptions | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    replacing: frozenset[str] = frozenset(),
) -> ImportResults:
    """Import a .txt, a .zip, or every export in a folder. One result per export file, and
    the export-level warnings (``ImportResults.warnings``), also written to the audit log.

    ``replacing``: SHA-256s of export files already imported that are read again (the dates
    the other way): the old reading is removed in the same transaction that stores the new
    one, so a crash or a cancel leaves the old reading, never neither."""
    options = options or ImportOptions()
    cancel = cancel or CancelToken()
    timezone_for(options.timezone)  # an unknown zone fails here, before anything is read
    export = open_export(path)
    containers: dict[Path, list[ChatFile]] = {}
    for chat in export.chats:
        containers.setdefault(chat.container_path or Path(path), []).append(chat)
    total = sum(2 * chat.size for chat in export.chats) or 1
    done = 0
    results = ImportResults(warnings=list(export.warnings))
    with archive.writer():
        _check_free_space(archive, export.chats)
        for warning in export.warnings:  # kept in the archive's log: what was passed over, and where
            archive.audit("import notice", f"{display_name(Path(path).name)}: {warning.message}")
        archive.connection.execute(f"PRAGMA cache_size = -{database.IMPORT_CACHE_KIB}")
        c = archive.connection
        batch = _Batch()
        try:
            for container, chats in containers.items():
                size = sum(chat.size for chat in chats)
                if size <= SMALL_EXPORT and not c.in_transaction:
                    c.execute("BEGIN IMMEDIATE")  # small exports share a commit (see _Batch)
                result = _import_container(
                    archive, container, chats, options, progress, cancel, done, total, replacing,
                    batch if c.in_transaction else None,
                )  # fmt: skip
                results.append(result)
                done += 2 * size
                if c.in_transaction and (size > SMALL_EXPORT or batch.add(size)):
                    batch.commit(c)
                    batch = _Batch()
            if c.in_transaction:
                batch.commit(c)
        except Cancelled:
            if c.in_transaction:
                c.execute("ROLLBACK")
            # A folder holds several exports, each committed on its own: a cancel must not
            # leave the first ones behind while the caller is told the path was not imported.
            # (A re-read that replaced an earlier reading stays: that reading is gone.)
            committed = [r.sha256 for r in results if not r.already_imported and r.sha256 not in replacing]
            if committed:
                remove_source_files(archive, committed)
            raise
        except BaseException:
            # The failed export was rolled back to its savepoint; the whole ones before it in
            # the same commit are kept, as they would have been with a commit each.
            if c.in_transaction:
                try:
                    batch.commit(c)
                except database.DatabaseError:
                    c.execute("ROLLBACK")
            raise
        finally:
            archive.connection.execute(f"PRAGMA cache_size = -{database.READ_CACHE_KIB}")
        checkpoint(archive)
    progress(total, total)
    return results


def checkpoint(archive: Archive) -> None:
    """Fold the WAL into the database file now: a finished import then no longer lives only
    in -wal, where one damaged byte after a crash would make SQLite drop it (B14). Readers may
    hold part of the WAL; what they hold is folded in later, so this waits only briefly."""
    c = archive.connection
    try:
        c.execute("PRAGMA busy_timeout = 1000")
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except database.DatabaseError:
        pass
    finally:
        c.execute("PRAGMA busy_timeout = 10000")


# Exports up to this size are committed together, up to BATCH_BYTES or BATCH_EXPORTS at a
# time: each commit waits for the disk (synchronous=FULL), and a folder of 10,000 one-page
# chats spent most of its time waiting (B15). A crash still keeps or loses whole exports.
SMALL_EXPORT = 256 << 10
BATCH_BYTES = 8 << 20
BATCH_EXPORTS = 500


class _Batch:
    """Small exports sharing one transaction. Their words are indexed by one statement at
    commit: thousands of tiny full-text inserts each write a segment that FTS5 must then
    merge, which cost more than the rest of a small chat's import."""

    def __init__(self) -> None:
        self.size = self.count = 0
        self.sources: list[int] = []

    def add(self, size: int) -> bool:
        """Count one more export; True when the batch is full and should be committed."""
        self.size += size
        self.count += 1
        return self.size >= BATCH_BYTES or self.count >= BATCH_EXPORTS

    def commit(self, c) -> None:
        if self.sources:
            c.execute(
                "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages "
                "WHERE source_id IN (SELECT value FROM json_each(?))",
                (json.dumps(self.sources),),
            )
        c.execute("COMMIT")


def _check_free_space(archive: Archive, chats: list[ChatFile]) -> None:
    """Refuse at once, before anything is written, an import that cannot fit on the archive's
    disk: its text (about twice its size once indexed) and every media file that came with it
    (an upper bound: some may be there already)."""
    media = 0
    # Every chat of a folder has its own store over the same folder: count each folder once
    # (listing a 10,000-file folder once per chat would make a big folder's import quadratic).
    stores = {getattr(chat.attachments, "shared_key", id(chat.attachments)): chat.attachments for chat in chats}
    for store in stores.values():
        media += store.total_size()
    ensure_free_space(archive, 2 * sum(chat.size for chat in chats) + media + (1 << 20))


def ensure_free_space(archive: Archive, needed: int, sentence: str | None = None) -> None:
    """Raise DiskFullError, before anything is written, when the archive's disk has less than
    ``needed`` bytes free. ``sentence`` (translated; {0} MB free, {1} MB needed) says what needs it."""
    import shutil

    try:
        free = shutil.disk_usage(archive.folder).free
    except OSError:
        return
    if free < needed:
        sentence = sentence or tr(
            "The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on "
            "that disk (or move the archive to a larger one) and import again; nothing was changed."
        )
        raise DiskFullError(sentence.format(free >> 20, (needed >> 20) + 1))


def _import_container(
    archive: Archive,
    container: Path,
    chats: list[ChatFile],
    options: ImportOptions,
    progress: ProgressCallback,
    cancel: CancelToken,
    offset: int,
    total: int,
    replacing: frozenset[str] = frozenset(),
    batch: _Batch | None = None,
) -> SourceResult:
    shown = display_name(container.name)  # a name that is not UTF-8 cannot be stored or printed
    sha256, size = sha256_file(container, cancel)
    result = SourceResult(shown, sha256)
    c = archive.connection
    known = find_source(archive, sha256)
    if known is not None and sha256 not in replacing:
        result.already_imported = True
        # Every message of the file is already there: say how many ("Already in the archive: 0"
        # read as if the file held nothing).
        (result.messages_read,) = c.execute("SELECT message_count FROM sources WHERE id = ?", (known,)).fetchone()
        return result
    zone_name = options.timezone or "local"
    # Inside a batch of small exports (a transaction is open) this export is a savepoint of
    # it: rolled back alone when it fails, committed with the batch.
    nested = c.in_transaction
    try:
        c.execute("SAVEPOINT one_export" if nested else "BEGIN IMMEDIATE")
        if known is not None:
            _delete_source(archive, known)
        source_id = c.execute(
            "INSERT INTO sources (file_name, size, sha256, imported_at, timezone, reader_version, chats, "
            "message_count, new_messages, attachment_count, warnings) VALUES (?, ?, ?, ?, ?, ?, '[]', 0, 0, 0, '[]')",
            (shown, size, sha256, now_utc(), zone_name, READER_VERSION),
        ).lastrowid
        chat_offset = offset
        for chat in chats:
            platform = "unknown"
            chat_id = _chat_for(c, chat, platform, options, cancel)
            plan = RowPlan(
                chat_id=chat_id,
                source_id=source_id,
                timezone=options.timezone,
                date_order=options.date_order,
                participants=dict(c.execute("SELECT display_name, id FROM participants WHERE chat_id = ?", (chat_id,))),
                next_participant=c.execute("SELECT coalesce(max(id), 0) + 1 FROM participants").fetchone()[0],
                progress_offset=chat_offset,
                progress_total=total - chat_offset,
            )
            read, new, summary, names, group = _import_messages(c, chat, plan, progress, cancel)
            c.execute(
                "UPDATE chats SET platform = ? WHERE id = ? AND platform = 'unknown'", (summary.platform, chat_id)
            )
            people = c.execute("SELECT count(*) FROM participants WHERE chat_id = ?", (chat_id,)).fetchone()[0]
            if group or people > 2:
                c.execute("UPDATE chats SET is_group = 1 WHERE id = ?", (chat_id,))
            result.messages_read += read
            result.new_messages += new
            result.chats.append(summary)
            result.attachments_added += _import_attachments(c, chat, chat_id, names, cancel, summary.warnings)
            if has_phone_records(c, chat_id):
                # A phone import brought this chat: its records stand for the messages both hold.
                unindexed = frozenset([source_id, *(batch.sources if batch is not None else ())])
                result.new_messages -= replace_exported(c, chat_id, unindexed).get(source_id, 0)
            chat_offset += 2 * chat.size
        cancel.raise_if_cancelled()
        # One bulk statement indexes the words of every new message (faster than per batch);
        # in a batch of small exports, one for the whole batch (see _Batch.commit).
        if batch is not None:
            batch.sources.append(source_id)
        else:
            c.execute(
                "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE source_id = ?", (source_id,)
            )
        c.execute(
            "UPDATE sources SET chats = ?, message_count = ?, new_messages = ?, attachment_count = ?, warnings = ? "
            "WHERE id = ?",
            (
                json.dumps([_summary_json(s) for s in result.chats], ensure_ascii=False),
                result.messages_read,
                result.new_messages,
                result.attachments_added,
                json.dumps([w.to_json(s.title) for s in result.chats for w in s.warnings], ensure_ascii=False),
                source_id,
            ),
        )
        archive.audit("imported", f"{shown}: {result.new_messages} new of {result.messages_read}")
        c.execute("RELEASE one_export" if nested else "COMMIT")
    except BaseException as exc:
        if nested and c.in_transaction:
            with suppress(database.DatabaseError):
                c.execute("ROLLBACK TO one_export")
                c.execute("RELEASE one_export")
        elif c.in_transaction:
            c.execute("ROLLBACK")
        failure = storage_failure(exc, shown)
        if failure is not None:
            raise failure from exc
        raise
    return result


def storage_failure(exc: BaseException, shown: str) -> Exception | None:
    """The sentence for an import of ``shown`` that the disk stopped (an I/O error, a full disk),
    or None for any other failure."""
    if isinstance(exc, database.DatabaseError) and "disk i/o error" in str(exc).lower():
        return ArchiveError(
            tr(
                "The archive could not be written to the disk (disk I/O error): {0} was not imported and the "
                "archive is unchanged. Check that the disk has free space and is still connected."
            ).format(shown)
        )
    if isinstance(exc, database.DatabaseError) and database.is_disk_full(exc):
        return DiskFullError(
            tr(
                "The disk is full: {0} was not imported and the archive is unchanged. Free some space and import "
                "it again."
            ).format(shown)
        )
    if isinstance(exc, OSError) and exc.errno == 28:
        return DiskFullError(tr("The disk is full: {0} was not imported and the archive is unchanged.").format(shown))
    return None


def _summary_json(summary: ChatSummary) -> dict:
    return {
        "title": summary.title,
        "source_name": summary.source_name,
        "platform": summary.platform,
        "header_format": summary.header_format,
        "date_order": summary.date_order.order if summary.date_order else None,
        "date_order_reason": summary.date_order.reason if summary.date_order else None,
        "date_order_ambiguous": bool(summary.date_order and summary.date_order.ambiguous),
        "encoding": summary.encoding,
        "lines": summary.line_count,
        "messages": summary.message_count,
        "kinds": dict(summary.kinds),
    }


def _chat_for(c, chat: ChatFile, platform: str, options: ImportOptions, cancel: CancelToken) -> int:
    """The archive's chat for this export. Chats are named by their title, but two customers
    saved under the same name are two chats (B21): an export whose messages overlap in time
    with a chat of that title, yet share none of its messages, is another person's chat, kept
    apart as "Title (2)". Without any overlap in time nothing tells them apart, and the export
    joins the chat of that title, as a later export of one chat does."""
    rows = titled_like(c, chat.title)
    candidates = [chat_id for chat_id, title in rows if title == chat.title or _numbered(title, chat.title)]
    # A chat the user renamed is still found by the title its exports carry.
    renamed = [chat_id for (chat_id,) in c.execute("SELECT chat_id FROM chat_aliases WHERE title = ?", (chat.title,))]
    candidates = renamed + [chat_id for chat_id in candidates if chat_id not in renamed]
    if not candidates:
        return _chat_id(c, chat.title, platform)
    verdicts = [(chat_id, _same_chat(c, chat, chat_id, options, cancel)) for chat_id in candidates]
    for chat_id, same in verdicts:
        if same:
            return chat_id
    for chat_id, same in verdicts:
        if same is None:
            return chat_id
    # Another person's chat of the same name: numbered, even if the plain title is free (renamed).
    return _chat_id(c, free_title({chat.title, *(title for _, title in rows)}, chat.title), platform)


def titled_like(c, title: str) -> list[tuple[int, str]]:
    """(id, title) of the chats named ``title`` or "``title`` (n)": a range on the title index
    ("T (" ≤ title < "T )"), not a scan of every chat."""
    return c.execute(
        "SELECT id, title FROM chats WHERE title = ? OR (title >= ? AND title < ?) ORDER BY id",
        (title, title + " (", title + " )"),
    ).fetchall()


def free_title(taken: set[str], title: str) -> str:
    """``title``, or the first "``title`` (n)" from 2 on that no chat has."""
    if title not in taken:
        return title
    number = 2
    while f"{title} ({number})" in taken:
        number += 1
    return f"{title} ({number})"


def _numbered(title: str, base: str) -> bool:
    rest = title[len(base) :]
    return title.startswith(base) and rest.startswith(" (") and rest.endswith(")") and rest[2:-1].isdigit()


def _same_chat(c, chat: ChatFile, chat_id: int, options: ImportOptions, cancel: CancelToken) -> bool | None:
    """Whether the export is a later (or earlier) export of this chat: True when at least half
    of its messages within the chat's time span are messages the chat already has; False when
    three or more fall within that span and fewer than half are the chat's (a single "ok" at
    the same minute is a coincidence, not the same chat); None when too few overlap in time to
    tell. Stops reading once twenty shared messages make it certain."""
    from wamigrate.core.archive.identity import Identities
    from wamigrate.core.export import ChatReader, ReadOptions

    span = "SELECT min(local_time), max(local_time) FROM messages WHERE chat_id = ?"
    first, last = c.execute(span, (chat_id,)).fetchone()
    if first is None:
        return None
    first, last = first[:16], last[:16]
    identities = Identities(chat_id)
    inside = shared = 0
    pending: list[bytes] = []

    def count_known() -> int:
        # Copies a phone import replaced still say "this chat" (merge.py).
        (found,) = c.execute(
            "SELECT count(*) FROM (SELECT identity FROM messages WHERE identity IN (SELECT unhex(value) FROM "
            "json_each(?1)) UNION SELECT identity FROM replaced_messages WHERE chat_id = ?2 AND identity IN "
            "(SELECT unhex(value) FROM json_each(?1)))",
            (json.dumps([identity.hex() for identity in pending]), chat_id),
        ).fetchone()
        pending.clear()
        return found

    for message in ChatReader(chat, ReadOptions(date_order=options.date_order), cancel=cancel):
        minute = message.time.isoformat()[:16]
        identity = identities(message, minute)  # every message, so that repeat counts match the import's
        if first <= minute <= last:
            inside += 1
            pending.append(identity)
            if len(pending) >= 200:
                shared += count_known()
                if shared >= 20 and 2 * shared >= inside:
                    return True
    if pending:
        shared += count_known()
    if inside < 3:
        return True if shared else None
    return 2 * shared >= inside


def _chat_id(c, title: str, platform: str) -> int:
    row = c.execute("SELECT id FROM chats WHERE title = ?", (title,)).fetchone()
    if row:
        return row[0]
    return c.execute("INSERT INTO chats (title, platform) VALUES (?, ?)", (title, platform)).lastrowid


# A row carries 0 for no sender and "" for no attachment, media type or detail, made NULL here:
# sqlcipher3 binds None more than ten times slower than a number or a string (ARCHITECTURE.md).
_INSERT = (
    "INSERT INTO messages (id, chat_id, local_time, utc_time, sender_id, kind, text, attachment_name, "
    "media_type, edited, detail, source_id, source_line, identity) "
    "VALUES (?, ?, ?, ?, nullif(?, 0), ?, ?, nullif(?, ''), nullif(?, ''), ?, nullif(?, ''), ?, ?, ?)"
)
_ID, _IDENTITY = 0, 13  # positions in a row
# A chat text larger than this is read in a helper process, so that reading (Python) and
# writing (SQLCipher) use both cores; a smaller one is not worth the process start.
WORKER_THRESHOLD = 4 << 20


def _import_messages(
    c,
    chat: ChatFile,
    plan: RowPlan,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[int, int, ChatSummary, set[str], bool]:
    """(messages read, messages new, reader summary, attachment names, looks like a group)."""
    if chat.size > WORKER_THRESHOLD and chat.container_path is not None:
        items = run_in_worker(chat, plan, progress, cancel)
    else:
        items = produce_rows(chat, plan, progress, cancel)
    # Identities are unique within one chat's export; only a chat that already has messages
    # can hold some of this export's messages.
    check_known = c.execute("SELECT 1 FROM messages WHERE chat_id = ? LIMIT 1", (plan.chat_id,)).fetchone() is not None
    read = new = 0
    for item in items:
        if item[0] == "done":
            _, summary, names, group = item
            return read, new, summary, names, group
        batch: RowBatch = item[1]
        cancel.raise_if_cancelled()
        if batch.new_participants:
            c.executemany(
                "INSERT INTO participants (id, chat_id, display_name, phone) VALUES (?, ?, ?, ?)",
                batch.new_participants,
            )
        rows = new_rows(c, batch.rows, check_known)
        read += len(batch.rows)
        if rows:
            originals = [r[_IDENTITY] for r in rows]
            try:
                c.execute("SAVEPOINT message_rows")
                c.executemany(_INSERT, rows)
                c.execute("RELEASE message_rows")
            except database.IntegrityError:
                c.execute("ROLLBACK TO message_rows")
                c.execute("RELEASE message_rows")
                rows, originals = _insert_one_by_one(c, rows, plan.source_id)
            new += len(rows)
            if batch.grams:
                grams = batch.grams
                c.executemany(
                    "INSERT INTO messages_cjk (rowid, grams) VALUES (?, ?)",
                    [(r[_ID], grams[o]) for r, o in zip(rows, originals, strict=True) if o in grams],
                )
    raise ArchiveError(tr("The export reader stopped without finishing."))


def _insert_one_by_one(c, rows: list[tuple], source_id: int) -> tuple[list[tuple], list[bytes]]:
    """The slow path for a batch whose insert hit a message identity already in the archive
    (B21). A message's identity counts identical messages within a minute; for a line far out
    of order (more than two days back, after hundreds of thousands of messages), that count
    has been pruned, so a second identical message gets the first one's identity. If the one
    in the archive came from this same import, this is a repeat: it gets an identity of its
    own. If it came from another import, the message is already in the archive.
    Returns (rows inserted, the identity each was produced with)."""
    inserted, originals = [], []
    for row in rows:
        identity = row[_IDENTITY]
        for again in range(1, 1000):
            try:
                c.execute(_INSERT, row)
            except database.IntegrityError:
                owner = c.execute("SELECT source_id FROM messages WHERE identity = ?", (row[_IDENTITY],)).fetchone()
                if owner is None or owner[0] != source_id:
                    break  # already imported by another export (or an id clash, not ours to resolve)
                suffix = hashlib.sha256(identity + b"again" + again.to_bytes(2, "big")).digest()[:8]
                row = (*row[:_IDENTITY], identity[:8] + suffix, *row[_IDENTITY + 1 :])
                continue
            inserted.append(row)
            originals.append(identity)
            break
    return inserted, originals


def new_rows(c, rows: list[tuple], check_known: bool) -> list[tuple]:
    """The rows not yet in the archive, each with a free id (see ``rows.message_id``)."""
    known: set[bytes] = set()
    if check_known:
        # A copy a phone import replaced (merge.py) is known too: a later export does not add it again.
        known = {
            bytes.fromhex(value)
            for (value,) in c.execute(
                "SELECT hex(identity) FROM messages WHERE identity IN (SELECT unhex(value) FROM json_each(?1)) "
                "UNION SELECT hex(identity) FROM replaced_messages WHERE identity IN "
                "(SELECT unhex(value) FROM json_each(?1))",
                (json.dumps([r[_IDENTITY].hex() for r in rows]),),
            )
        }
    fresh = [r for r in rows if r[_IDENTITY] not in known] if known else rows
    if not fresh:
        return fresh
    # The ids this batch would take that another message already has: looked up one by one
    # in the primary key, not by scanning the batch's stretch of time (other chats of the
    # same days fill that stretch, and scanning it made many chats quadratic, B15). An id above
    # the highest one held is free without a look-up: a phone's rows come in time order, so
    # nearly all of a batch's ids are (1,000,000 messages: the look-ups took 7.8 s of 61).
    # Ids of replaced copies stay reserved: removing the phone import puts them back (merge.py).
    (high,) = c.execute(
        "SELECT max(coalesce((SELECT max(id) FROM messages), 0), coalesce((SELECT max(id) FROM replaced_messages), 0))"
    ).fetchone()
    below = [r[_ID] for r in fresh if r[_ID] <= high]
    taken = (
        {
            row_id
            for (row_id,) in c.execute(
                "SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?1)) "
                "UNION SELECT id FROM replaced_messages WHERE id IN (SELECT value FROM json_each(?1))",
                (json.dumps(below),),
            )
        }
        if below
        else set()
    )
    used: set[int] = set()
    result = []
    for row in fresh:
        row_id = row[_ID]
        if row_id in taken or row_id in used:
            # Another message of the same minute has this id: take the next free one.
            while (
                row_id in taken
                or row_id in used
                or (
                    row_id <= high
                    and c.execute(
                        "SELECT 1 FROM messages WHERE id = ?1 UNION ALL SELECT 1 FROM replaced_messages WHERE id = ?1",
                        (row_id,),
                    ).fetchone()
                )
            ):
                row_id += 1
            row = (row_id, *row[1:])
        used.add(row_id)
        result.append(row)
    return result


def _import_attachments(
    c, chat: ChatFile, chat_id: int | None, names: set[str], cancel: CancelToken, warnings: list | None = None
) -> int:
    """Store the media files the chat's messages name (once per content), and link them.
    A media file that cannot be read (a damaged zip member) is reported in ``warnings`` and
    left out; its message and every other file are kept."""
    if chat_id is None or not names:
        return 0
    added = 0
    linked: list[tuple[str, str]] = []
    for name in sorted(names & chat.attachments.names()):
        try:
            c.execute("SAVEPOINT one_media")
            stored = _store_media(c, chat, name, cancel)
            c.execute("RELEASE one_media")
        except (ExportError, OSError) as exc:
            c.execute("ROLLBACK TO one_media")
            c.execute("RELEASE one_media")
            if warnings is not None:
                warnings.append(
                    make_warning("media-unreadable", name, os_reason(exc) if isinstance(exc, OSError) else str(exc))
                )
            continue
        except BaseException:
            c.execute("ROLLBACK TO one_media")
            c.execute("RELEASE one_media")
            raise
        sha, is_new = stored
        added += is_new
        linked.append((name, sha))
    if linked:
        # One pass over the chat links every message naming a stored file, including
        # messages kept from an earlier export that came without its media.
        c.execute("CREATE TEMP TABLE IF NOT EXISTS import_media (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL)")
        c.execute("DELETE FROM import_media")
        c.executemany("INSERT OR REPLACE INTO import_media VALUES (?, ?)", linked)
        c.execute(
            "UPDATE messages SET attachment_sha256 = (SELECT sha256 FROM import_media WHERE name = attachment_name) "
            "WHERE chat_id = ? AND attachment_sha256 IS NULL AND attachment_name IN (SELECT name FROM import_media)",
            (chat_id,),
        )
    return added


def _store_media(c, chat: ChatFile, name: str, cancel: CancelToken) -> tuple[str, bool]:
    """(SHA-256, stored now) of one media file, stored once per content."""
    return store_media(c, lambda: chat.attachments.open(name), name, cancel)


def store_media(c, opener, name: str, cancel: CancelToken) -> tuple[str, bool]:
    """(SHA-256, stored now) of the file ``opener()`` opens (a binary stream), stored once per
    content, in chunks, inside the caller's transaction."""
    digest = hashlib.sha256()
    size = 0
    with opener() as stream:
        while block := stream.read(CHUNK):
            cancel.raise_if_cancelled()
            digest.update(block)
            size += len(block)
    sha = digest.hexdigest()
    if c.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha,)).fetchone() is not None:
        return sha, False
    c.execute(
        "INSERT INTO attachments (sha256, media_type, size, chunks) VALUES (?, ?, ?, ?)",
        (sha, media_type_for_name(name), size, (size + CHUNK - 1) // CHUNK),
    )
    # Read again rather than hold the file: a 500 MB video never sits whole in memory.
    index = 0
    check = hashlib.sha256()
    with opener() as stream:
        while block := stream.read(CHUNK):
            cancel.raise_if_cancelled()
            check.update(block)
            c.execute("INSERT INTO attachment_chunks (sha256, idx, data) VALUES (?, ?, ?)", (sha, index, block))
            index += 1
    if check.hexdigest() != sha:
        raise ArchiveError(tr("{0} changed while it was being imported; import the export again.").format(name))
    return sha, True


def remove_source_files(archive: Archive, sha256s: list[str]) -> int:
    """Undo the imports of these export files (by SHA-256) in one transaction: all of them
    or, after a crash, none. Files never imported are passed over. Returns the messages removed."""
    with archive.writer():
        found = [i for i in (find_source(archive, sha) for sha in sha256s) if i is not None]
        return _in_transaction(archive, lambda: sum(_delete_source(archive, i) for i in found))


def remove_source(archive: Archive, source_id: int) -> int:
    """Undo an import: remove the messages it added (and media, people and chats left unused).

    Messages that a later export also contained were stored under the earlier import
    only; import that later export again to get them back. Returns the messages removed.
    """
    with archive.writer():
        if archive.connection.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
            raise ArchiveError(tr("There is no import number {0} in this archive.").format(source_id))
        return _in_transaction(archive, lambda: _delete_source(archive, source_id))


def _in_transaction(archive: Archive, work):
    c = archive.connection
    try:
        c.execute("BEGIN IMMEDIATE")
        result = work()
        c.execute("COMMIT")
    except BaseException:
        if c.in_transaction:
            c.execute("ROLLBACK")
        raise
    return result


def _delete_source(archive: Archive, source_id: int) -> int:
    """Remove one import's rows (and media, people and chats left unused), inside the caller's transaction."""
    c = archive.connection
    (file_name,) = c.execute("SELECT file_name FROM sources WHERE id = ?", (source_id,)).fetchone()
    c.execute(
        "INSERT INTO messages_fts (messages_fts, rowid, text) "
        "SELECT 'delete', id, text FROM messages WHERE source_id = ?",
        (source_id,),
    )
    c.execute("DELETE FROM messages_cjk WHERE rowid IN (SELECT id FROM messages WHERE source_id = ?)", (source_id,))
    c.execute(
        "DELETE FROM reactions WHERE source_id = ? OR message_id IN (SELECT id FROM messages WHERE source_id = ?)",
        (source_id, source_id),
    )
    removed = c.execute("DELETE FROM messages WHERE source_id = ?", (source_id,)).rowcount
    restore_replaced(c, source_id)
    c.execute("DELETE FROM replaced_messages WHERE source_id = ?", (source_id,))  # this export's, kept for a phone's
    used = (
        "SELECT attachment_sha256 FROM messages WHERE attachment_sha256 IS NOT NULL UNION "
        "SELECT attachment_sha256 FROM replaced_messages WHERE attachment_sha256 IS NOT NULL"
    )
    c.execute(f"DELETE FROM attachment_chunks WHERE sha256 NOT IN ({used})")
    c.execute(f"DELETE FROM attachments WHERE sha256 NOT IN ({used})")
    c.execute(
        "DELETE FROM participants WHERE id NOT IN (SELECT sender_id FROM messages WHERE sender_id IS NOT NULL UNION "
        "SELECT sender_id FROM replaced_messages WHERE sender_id IS NOT NULL)"
    )
    c.execute("DELETE FROM chat_aliases WHERE chat_id NOT IN (SELECT DISTINCT chat_id FROM messages)")
    c.execute("DELETE FROM chats WHERE id NOT IN (SELECT DISTINCT chat_id FROM messages)")
    c.execute("DELETE FROM sources WHERE id = ?", (source_id,))
    archive.audit("import removed", f"{file_name}: {removed} messages")
    return removed
