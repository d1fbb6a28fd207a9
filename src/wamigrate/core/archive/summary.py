"""What an archive holds and what has been done to it, as the wizard, the browser, the
report and the command line show it: the imports, the last verification, the chats with
their media and the reader's warnings.

Windows and commands read these through the functions here, never with SQL of their own,
so that a rule such as "verified after the last import" is written once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from wamigrate.core.export.records import ReadWarning


@dataclass(frozen=True)
class SourceRecord:
    """One imported export file."""

    id: int
    file_name: str
    sha256: str
    imported_at: str  # UTC "YYYY-MM-DDTHH:MM:SSZ"
    new_messages: int


@dataclass(frozen=True)
class ImportStatus:
    imports: int
    last_import_at: str | None  # UTC "YYYY-MM-DDTHH:MM:SSZ"
    last_verification: dict | None  # {"checked_at", "ok", "problems", ...} as verify stored it

    @property
    def last_verified_ok_at(self) -> str | None:
        verification = self.last_verification
        return verification["checked_at"] if verification and verification.get("ok") else None

    @property
    def verified_after_last_import(self) -> bool:
        return verified_after(self.last_verified_ok_at, self.last_import_at)


def at_or_after(moment: str | None, start: str | None) -> bool:
    """``moment`` is at or after ``start``: UTC texts of one format, so they sort as times."""
    return moment is not None and start is not None and moment >= start


def verified_after(last_verified_ok_at: str | None, last_import_at: str | None) -> bool:
    """The one rule: a verification that passed at or after the last import."""
    return at_or_after(last_verified_ok_at, last_import_at)


def recovery_key_confirmed(archive) -> bool:
    """Whether the archive's current recovery key was confirmed as kept (typed back): the last
    "recovery key confirmed" in the log comes after the key was made ("created", "recovery key
    replaced"). An archive made on the command line, or left while its key was shown, is not."""
    confirmed = False
    for (event,) in archive.connection.execute(
        "SELECT event FROM audit WHERE event IN ('created', 'recovery key replaced', 'recovery key confirmed') "
        "ORDER BY id"
    ):
        confirmed = event == "recovery key confirmed"
    return confirmed


def import_status(archive) -> ImportStatus:
    c = archive.connection
    imports, last = c.execute("SELECT count(*), max(imported_at) FROM sources").fetchone()
    return ImportStatus(imports, last, last_verification(archive))


def last_verification(archive) -> dict | None:
    row = archive.connection.execute("SELECT value FROM meta WHERE key = 'last_verification'").fetchone()
    return json.loads(row[0]) if row else None


def sources(archive) -> list[SourceRecord]:
    return [
        SourceRecord(*row)
        for row in archive.connection.execute(
            "SELECT id, file_name, sha256, imported_at, new_messages FROM sources ORDER BY id"
        )
    ]


def source_id(archive, sha256: str) -> int | None:
    """The import of the export file with this SHA-256, if the archive has it."""
    row = archive.connection.execute("SELECT id FROM sources WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def parse_warnings(text: str) -> list[ReadWarning]:
    """A ``sources.warnings`` column (JSON, written by the importer) as ReadWarnings."""
    return [ReadWarning.from_json(item) for item in json.loads(text or "[]")]


def stored_warnings(archive) -> dict[str, list[ReadWarning]]:
    """The reader's warnings of every import, by chat title, in import order."""
    found: dict[str, list[ReadWarning]] = {}
    for (text,) in archive.connection.execute("SELECT warnings FROM sources ORDER BY id"):
        for item in json.loads(text or "[]"):
            found.setdefault(item.get("chat", ""), []).append(ReadWarning.from_json(item))
    return found


@dataclass(frozen=True)
class ChatOverview:
    """A chat as the review page lists it."""

    id: int
    title: str
    is_group: bool
    messages: int
    first: str | None  # local time of its first message
    last: str | None
    media: int  # distinct media files
    warnings: list[ReadWarning] = field(default_factory=list)
    from_phone: int = 0  # messages from a phone's database (the rest came from exports)

    @property
    def from_exports(self) -> int:
        return self.messages - self.from_phone


def chat_overview(archive) -> list[ChatOverview]:
    """Every chat with its counts, media files and the reader's warnings, by title."""
    media = dict(
        archive.connection.execute(
            "SELECT chat_id, count(DISTINCT attachment_sha256) FROM messages WHERE attachment_sha256 IS NOT NULL "
            "GROUP BY chat_id"
        ).fetchall()
    )
    warnings = stored_warnings(archive)
    phone = dict(
        archive.connection.execute(
            "SELECT chat_id, count(*) FROM messages WHERE wa_id IS NOT NULL GROUP BY chat_id"
        ).fetchall()
    )
    return [
        ChatOverview(
            chat["id"],
            chat["title"],
            chat["is_group"],
            chat["messages"],
            chat["first"],
            chat["last"],
            media.get(chat["id"], 0),
            warnings.get(chat["title"], []),
            phone.get(chat["id"], 0),
        )
        for chat in archive.chats()
    ]


def sender_names(archive) -> list[str]:
    """Everyone who wrote in any chat, once, sorted: for the search's sender filter."""
    return [
        name
        for (name,) in archive.connection.execute(
            "SELECT DISTINCT display_name FROM participants ORDER BY display_name"
        )
    ]
