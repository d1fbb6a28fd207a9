"""One import as the user sees it: the files they added, imported one after another (each
all or nothing), what happened to each, the dates read the other way on request, and a
Cancel that puts the archive back as it was before the run.

The import panel (GUI) and any other caller only show an ImportRun; the truth of a cancel
is decided here, in the worker that writes: a file whose transaction committed before the
cancel took effect is removed again with the run's other files, in one transaction, so
"cancelled" never leaves messages behind. The one exception is said plainly: a file read
again with the other date order replaces its earlier reading in one transaction, and a
cancel that arrives after that commit keeps the new reading (the old one is gone by then);
``RunOutcome.kept`` names such files.

No Qt: ``run`` takes a progress callback, a CancelToken and an ``observe`` callback that
receives a :class:`RunEvent` for every change of a file's state (in the worker's thread).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from wamigrate.core.archive.importer import (
    CHAT_SKIPPED,
    ImportOptions,
    ImportResults,
    SourceResult,
    import_export,
    remove_source_files,
)
from wamigrate.core.archive.phone_import import PhoneImportOptions, PhoneImportResult, import_phone, is_phone_database
from wamigrate.core.archive.phone_media import import_phone_media
from wamigrate.core.archive.summary import ImportStatus, import_status
from wamigrate.core.cancel import Cancelled, CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import WamigrateError, os_reason
from wamigrate.core.export.records import ReadWarning
from wamigrate.core.export.sources import EXPORT_SUFFIXES
from wamigrate.core.phone.backup_file import WrongBackupKeyError
from wamigrate.core.phone.msgstore import PartialDatabaseError
from wamigrate.core.translatable import tr

WAITING, IMPORTING, DONE, FAILED = "waiting", "importing", "done", "failed"


@dataclass
class RunFile:
    """One path the user added: a .txt, a .zip or a folder of exports."""

    path: str
    state: str = WAITING
    results: list[SourceResult] = field(default_factory=list)
    notices: list[ReadWarning] = field(default_factory=list)  # export-level: files or members skipped
    error: str | None = None
    wrong_key: bool = False  # the error: the backup key does not open this phone backup
    # The error: a phone database without parts every one has (``partial``: what it lacks); the
    # user may agree to import what can be read (``read_what_can_be_read``).
    partial: list[str] = field(default_factory=list)
    read_partial: bool = False
    date_order: str | None = None  # the user's answer to "how are the dates written?"
    replaces: frozenset[str] = frozenset()  # SHA-256s of the reading a re-read replaces
    dates_checked: bool = False

    @property
    def name(self) -> str:
        return os.path.basename(os.path.normpath(self.path)) or self.path

    @property
    def new_messages(self) -> int:
        return sum(r.new_messages for r in self.results)

    @property
    def duplicates(self) -> int:
        return sum(r.duplicates for r in self.results)

    @property
    def messages_read(self) -> int:
        return sum(r.messages_read for r in self.results)

    @property
    def warnings(self) -> list[ReadWarning]:
        """The export's own notices (files of a folder or zip members passed over), then the
        reader's warnings per chat."""
        return [*self.notices, *(w for r in self.results for chat in r.chats for w in chat.warnings)]

    @property
    def phone(self) -> PhoneImportResult | None:
        """The result when this file was a phone's database."""
        return next((r for r in self.results if isinstance(r, PhoneImportResult)), None)

    @property
    def chats_skipped(self) -> list[ReadWarning]:
        return [w for w in self.notices if w.code in CHAT_SKIPPED]

    @property
    def imported_earlier(self) -> bool:
        """Every export in it was already in the archive before this run."""
        return bool(self.results) and all(r.already_imported for r in self.results)

    def date_question(self) -> DateQuestion | None:
        """The file's first date read both ways, when the reader could not tell the order."""
        if self.dates_checked:
            return None
        for result in self.results:
            for chat in result.chats:
                decision = chat.date_order
                first = chat.first_time.date() if chat.first_time is not None else None
                if decision is not None and decision.ambiguous and first is not None:
                    both = readings(first, decision.order)
                    if both is not None:
                        return DateQuestion(first, decision.order, result.sha256, *both)
        return None


@dataclass(frozen=True)
class DateQuestion:
    first: date
    order: str  # as the reader decided it: "DMY" or "MDY"
    sha256: str
    as_read: date
    other_way: date

    def day_first_and_month_first(self) -> tuple[date, date]:
        return (self.as_read, self.other_way) if self.order == "DMY" else (self.other_way, self.as_read)


def readings(first: date, order: str) -> tuple[date, date] | None:
    """The first message's date as decided, and as the other day/month order would read it;
    None when both orders read the same date (or year first, where nothing is ambiguous)."""
    try:
        swapped = first.replace(month=first.day, day=first.month)
    except ValueError:
        return None
    if swapped == first or order == "YMD":
        return None
    return first, swapped


@dataclass(frozen=True)
class RunEvent:
    """``kind``: "started", "done", "failed" (one file), "undoing" (a cancel is being undone)."""

    kind: str
    index: int  # in ImportRun.files; -1 for "undoing"
    file: RunFile | None  # a copy, safe to read on another thread
    position: int  # files of this run finished before this one
    count: int  # files in this run


@dataclass
class RunOutcome:
    cancelled: bool
    results: list[SourceResult]  # of the files this run imported (and kept)
    status: ImportStatus  # the archive's imports and verification after the run
    kept: list[RunFile] = field(default_factory=list)  # re-read before a cancel took effect
    undone_files: int = 0

    @property
    def new_messages(self) -> int:
        return sum(r.new_messages for r in self.results)


Observe = Callable[[RunEvent], None]


def _ignore(_event: RunEvent) -> None:
    pass


class ImportRun:
    def __init__(self, options: ImportOptions | None = None) -> None:
        self.options = options or ImportOptions()
        self.files: list[RunFile] = []
        self.outcome: RunOutcome | None = None  # of the last run, also when it was cancelled
        # Files the last run committed, each with whether it replaced an earlier reading (a
        # re-read, which an undo keeps: its first reading is gone by then).
        self._last_run: list[tuple[int, bool]] = []

    # -- the list -----------------------------------------------------------------------------

    def add(self, paths: list[str]) -> list[int]:
        """Queue paths; a path already listed is queued again when it failed or was imported
        (the user repaired or re-exported it at the same place: an unchanged file is then said
        to be in the archive already). A file that cannot be an export (not .txt or .zip) is
        listed as skipped at once, with the reason. Returns the indices now waiting."""
        queued = []
        for path in paths:
            known = next((i for i, f in enumerate(self.files) if f.path == path), None)
            if known is not None and self.files[known].state in (WAITING, IMPORTING):
                continue
            file = RunFile(path)
            if os.path.isfile(path) and not path.lower().endswith(EXPORT_SUFFIXES) and not is_phone_database(path):
                self._failed(
                    file,
                    tr(
                        "{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone's "
                        "backup (msgstore.db.crypt15): skipped."
                    ).format(file.name),
                )
            if known is None:
                self.files.append(file)
                known = len(self.files) - 1
            else:
                self.files[known] = file
            if file.state == WAITING:
                queued.append(known)
        return queued

    def remove(self, index: int) -> bool:
        """Take a waiting or failed file off the list (imported ones stay: they are in the archive)."""
        if self.files[index].state in (WAITING, FAILED):
            del self.files[index]
            self._last_run = [(i - (i > index), replaced) for i, replaced in self._last_run if i != index]
            return True
        return False

    def waiting(self) -> list[int]:
        return [i for i, f in enumerate(self.files) if f.state == WAITING]

    @property
    def results(self) -> list[SourceResult]:
        """Every export file imported through this list, in order."""
        return [r for f in self.files if f.state == DONE for r in f.results]

    def read_what_can_be_read(self, index: int) -> None:
        """The user agreed to import a phone database that lacks some parts (queued for the next
        ``run``; its result says what was not read)."""
        file = self.files[index]
        if file.state != FAILED or not file.partial:
            raise ValueError("only a phone database refused for its missing parts can be read partly")
        file.state, file.error, file.read_partial = WAITING, None, True

    def dates_checked(self, index: int) -> None:
        """The user confirmed the dates as they were read."""
        self.files[index].dates_checked = True

    def reread(self, index: int, order: str) -> None:
        """Queue a done file to be read again with the other date order (by the next ``run``)."""
        file = self.files[index]
        question = file.date_question()
        if file.state != DONE or question is None:
            raise ValueError("only a done file with ambiguous dates can be read again")
        file.state = WAITING
        file.date_order = order
        file.replaces = frozenset(r.sha256 for r in file.results if not r.already_imported)

    # -- running ------------------------------------------------------------------------------

    def run(
        self,
        archive,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        observe: Observe = _ignore,
    ) -> RunOutcome:
        """Import every waiting file. On cancel (at any point until this returns) the files
        this run imported are removed again, ``self.outcome`` says so, and Cancelled is raised."""
        cancel = cancel or CancelToken()
        todo = self.waiting()
        self._last_run = []
        try:
            for position, index in enumerate(todo):
                cancel.raise_if_cancelled()
                file = self.files[index]
                file.state, file.error = IMPORTING, None
                observe(RunEvent("started", index, _copy(file), position, len(todo)))
                options = replace(self.options, date_order=file.date_order or self.options.date_order)
                try:
                    if is_phone_database(file.path):
                        results = _import_phone(archive, file.path, options, progress, cancel, file.read_partial)
                    else:
                        results = import_export(archive, file.path, options, progress, cancel, file.replaces)
                except Cancelled:
                    file.state = DONE if file.replaces else WAITING  # rolled back: as it was
                    raise
                except WamigrateError as error:
                    self._failed(file, str(error))
                    file.wrong_key = isinstance(error, WrongBackupKeyError)
                    file.partial = list(error.missing) if isinstance(error, PartialDatabaseError) else []
                except OSError as error:
                    self._failed(file, tr("{0} could not be read: {1}.").format(file.name, os_reason(error)))
                except Exception as error:  # a fault of ours still reaches the user, and the next file runs
                    self._failed(file, tr("Something went wrong: {0}: {1}").format(type(error).__name__, error))
                else:
                    self._last_run.append((index, bool(file.replaces)))
                    file.results, file.state, file.replaces = list(results), DONE, frozenset()
                    file.notices = list(getattr(results, "warnings", []))
                    file.dates_checked = file.date_order is not None  # read the way the user said
                    observe(RunEvent("done", index, _copy(file), position + 1, len(todo)))
                    continue
                observe(RunEvent("failed", index, _copy(file), position + 1, len(todo)))
            cancel.raise_if_cancelled()  # a cancel that came after the last commit still undoes it
        except Cancelled:
            observe(RunEvent("undoing", -1, None, len(self._last_run), len(todo)))
            self.undo_last(archive)
            raise
        self.outcome = RunOutcome(
            False, [r for i, _replaced in self._last_run for r in self.files[i].results], import_status(archive)
        )
        return self.outcome

    def undo_last(self, archive) -> RunOutcome:
        """Remove what the last run imported (a cancel during it, or one that reached it just
        after it returned); a re-read it committed stays, and the outcome names it."""
        committed = [i for i, replaced in self._last_run if not replaced]
        kept = [i for i, replaced in self._last_run if replaced]
        self.outcome = self._undo(archive, committed, kept)
        return self.outcome

    def _failed(self, file: RunFile, text: str) -> None:
        file.state, file.error, file.replaces = FAILED, text, frozenset()

    def _undo(self, archive, committed: list[int], kept: list[int]) -> RunOutcome:
        # Not cancellable: the user asked for the archive as it was, and this is how.
        shas = [r.sha256 for i in committed for r in self.files[i].results if not r.already_imported]
        try:
            remove_source_files(archive, shas)
        except WamigrateError as error:
            raise type(error)(
                tr("The import was cancelled, but the files it had imported could not be removed again: {0}").format(
                    error
                )
            ) from error
        for i in committed:
            self.files[i].state, self.files[i].results, self.files[i].notices = WAITING, [], []
        self._last_run = []
        return RunOutcome(
            True,
            [r for i in kept for r in self.files[i].results],
            import_status(archive),
            [_copy(self.files[i]) for i in kept],
            len(committed),
        )


def _import_phone(archive, path: str, options: ImportOptions, progress, cancel, read_partial=False) -> ImportResults:
    """A phone's database, as one result among the run's files (its notices: what was kept in a
    reduced form or left out)."""
    result = import_phone(
        archive,
        path,
        PhoneImportOptions(
            timezone=options.timezone,
            key=options.backup_key,
            contacts=list(options.contacts),
            password=options.backup_password,
            app=options.phone_app,
            read_partial=read_partial,
        ),
        progress,
        cancel,
    )
    if options.media_folder and not result.already_imported:
        # Part of this file's import for a cancel: undoing it removes the media it brought.
        result.media = import_phone_media(archive, options.media_folder, progress, cancel)
        result.attachments_added = result.media.stored
    return ImportResults([result], result.warnings)


def _copy(file: RunFile) -> RunFile:
    return replace(file, results=list(file.results))
