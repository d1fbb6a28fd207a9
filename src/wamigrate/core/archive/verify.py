"""Check an archive end to end and say specifically what is wrong."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from wamigrate.core.archive import database
from wamigrate.core.archive.errors import ArchiveInUseError, ReadOnlyArchiveError
from wamigrate.core.archive.store import Archive, now_utc
from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.translatable import tr


@dataclass
class VerifyReport:
    checked_at: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be checked or recorded, and why
    pages_checked: bool = False
    attachments_checked: int = 0
    messages: int = 0
    sources: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {
            "checked_at": self.checked_at,
            "ok": self.ok,
            "problems": self.problems,
            "notes": self.notes,
            "attachments_checked": self.attachments_checked,
            "messages": self.messages,
            "sources": self.sources,
        }


_READ_ERRORS = (database.DatabaseError, MemoryError)  # SQLCipher reports a failed page HMAC as either


def _imports_missing(c) -> list[str]:
    """Imports the archive's log records that the archive no longer holds (lost after a crash
    with a damaged WAL, or removed by hand): per file name, imports minus removals."""
    from collections import Counter

    logged: Counter = Counter()
    for event, detail in c.execute("SELECT event, detail FROM audit WHERE event IN ('imported', 'import removed')"):
        name = detail.rsplit(": ", 1)[0]
        logged[name] += 1 if event == "imported" else -1
    held = Counter(name for (name,) in c.execute("SELECT file_name FROM sources"))
    return [
        tr("The archive's log says {0} was imported, but the archive does not hold it; import it again.").format(name)
        for name, count in sorted(logged.items())
        if count > held[name]
    ]


def verify(
    archive: Archive, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> VerifyReport:
    """Run every check, even after one fails: the report lists all that is wrong."""
    cancel = cancel or CancelToken()
    c = archive.connection
    report = VerifyReport(now_utc())

    def attempt(label: str, check) -> None:
        try:
            check()
        except _READ_ERRORS as exc:
            report.problems.append(f"{label}: the data cannot be read ({exc})")

    try:
        attachments = c.execute("SELECT sha256, size, chunks FROM attachments ORDER BY sha256").fetchall()
    except _READ_ERRORS as exc:
        attachments = []
        report.problems.append(f"media files: their list cannot be read ({exc})")
    steps = 3 + len(attachments)
    progress(0, steps)

    def pages() -> None:
        failures = c.execute("PRAGMA cipher_integrity_check").fetchall()
        report.problems.extend(f"encrypted page check: {row[0]}" for row in failures)
        report.pages_checked = True

    attempt("encrypted page check", pages)
    progress(1, steps)
    cancel.raise_if_cancelled()

    def structure() -> None:
        result = [row[0] for row in c.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            report.problems.extend(f"database structure: {line}" for line in result)

    def search_index() -> None:
        # Compares the word index with every stored message. SQLite runs it as a write, so it
        # needs the writer lock: while another window or command imports, it would wait for
        # that import and then report the wait as damage. Skipped then, and said so.
        try:
            with archive.writer():
                c.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")
        except ArchiveInUseError:
            report.notes.append(
                tr("The search index was not checked, because another import was running; verify again later.")
            )
        except ReadOnlyArchiveError:
            report.notes.append(
                tr("The search index was not checked, because the archive is on media that cannot be written.")
            )
        except database.DatabaseError as exc:
            report.problems.append(f"search index: it does not match the messages ({exc})")

    attempt("database structure", structure)
    attempt("search index", search_index)
    progress(2, steps)
    cancel.raise_if_cancelled()

    def counts() -> None:
        for source_id, name, new in c.execute("SELECT id, file_name, new_messages FROM sources ORDER BY id").fetchall():
            held = c.execute("SELECT count(*) FROM messages WHERE source_id = ?", (source_id,)).fetchone()[0]
            if held != new:
                report.problems.append(f"import of {name}: {new} new messages were recorded, the archive holds {held}")
        report.sources = c.execute("SELECT count(*) FROM sources").fetchone()[0]
        report.problems.extend(_imports_missing(c))
        report.messages = c.execute("SELECT count(*) FROM messages").fetchone()[0]

    attempt("message counts", counts)
    progress(3, steps)
    for index, (sha, size, chunks) in enumerate(attachments, start=4):
        cancel.raise_if_cancelled()

        def media(sha: str = sha, size: int = size, chunks: int = chunks) -> None:
            digest = hashlib.sha256()
            total = count = 0
            for (data,) in c.execute("SELECT data FROM attachment_chunks WHERE sha256 = ? ORDER BY idx", (sha,)):
                digest.update(data)
                total += len(data)
                count += 1
            if digest.hexdigest() != sha or total != size or count != chunks:
                report.problems.append(f"media file {sha[:12]}…: its content no longer matches its fingerprint")
            report.attachments_checked += 1

        attempt(f"media file {sha[:12]}…", media)
        progress(index, steps)
    if archive.read_only is not None:
        return report  # nothing can be recorded on media that cannot be written
    try:
        with archive.writer():
            c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_verification', ?)",
                (json.dumps(report.to_json()),),
            )
            archive.audit("verified", "ok" if report.ok else f"{len(report.problems)} problems")
    except ArchiveInUseError:
        report.notes.append(tr("This check was not recorded in the archive, because another import was running."))
    except _READ_ERRORS as exc:
        report.problems.append(f"the result could not be recorded in the archive ({exc})")
    return report
