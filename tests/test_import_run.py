"""The import run decides the truth of a cancel (core, no Qt, no sleeps): a cancel token
tripped at each stage of a run — before a file, while a file is read, after a file's
commit (the last one too), and again while the cancel is being undone — always leaves the
archive exactly as it was before the run, and the run's files say so. Re-reading a file
with the other date order replaces the first reading in one transaction."""

from datetime import date

import pytest

from fixtures.chats import write_chats
from wamigrate.core.archive.import_run import DONE, FAILED, WAITING, ImportRun, readings
from wamigrate.core.archive.summary import import_status
from wamigrate.core.cancel import Cancelled, CancelToken


def counts(archive):
    c = archive.connection
    return tuple(
        c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("messages", "sources", "chats", "participants", "attachments", "messages_fts")
    )


@pytest.fixture
def exports(tmp_path):
    big, group = write_chats(tmp_path / "exports")
    return [str(big), str(group)]


@pytest.fixture
def seeded(new_archive, tmp_path):
    """An archive that already holds one other export, so 'as it was' is not just 'empty'."""
    archive, _ = new_archive()
    earlier = tmp_path / "WhatsApp Chat with Rui.txt"
    earlier.write_text("05/04/2023, 08:02 - Rui: Bom dia\n05/04/2023, 08:03 - Loja Verde: Olá Rui\n", encoding="utf-8")
    run = ImportRun()
    run.add([str(earlier)])
    run.run(archive)
    return archive


def test_a_run_imports_every_file_and_reports_each(seeded, exports):
    before = counts(seeded)
    run = ImportRun()
    assert run.add(exports) == [0, 1]
    events = []
    outcome = run.run(seeded, observe=events.append)
    assert [(e.kind, e.index, e.position, e.count) for e in events] == [
        ("started", 0, 0, 2),
        ("done", 0, 1, 2),
        ("started", 1, 1, 2),
        ("done", 1, 2, 2),
    ]
    assert [f.state for f in run.files] == [DONE, DONE]
    assert [f.new_messages for f in run.files] == [2000, 6]
    assert not outcome.cancelled and outcome.new_messages == 2006
    assert outcome.status.imports == 3 and outcome.status == import_status(seeded)
    assert counts(seeded)[0] == before[0] + 2006


@pytest.mark.parametrize(
    "stage", ["before the second file", "while reading", "after the first commit", "after the last commit"]
)
def test_a_cancel_at_any_stage_leaves_the_archive_as_it_was(seeded, exports, stage):
    before = counts(seeded)
    run = ImportRun()
    run.add(exports)
    token = CancelToken()
    progress_calls = []

    def observe(event):
        if stage == "before the second file" and (event.kind, event.index) == ("done", 0):
            token.cancel()  # between the two files
        if stage == "after the first commit" and (event.kind, event.index) == ("done", 0):
            token.cancel()
        if stage == "after the last commit" and (event.kind, event.index) == ("done", 1):
            token.cancel()  # the whole run is committed: the cancel still undoes it
        if event.kind == "undoing":
            token.cancel()  # pressed again while undoing: the undo still completes

    def progress(done, total):
        progress_calls.append(done)
        if stage == "while reading" and run.files[1].state == "importing" and done < total:
            token.cancel()  # the second file is being read: its transaction rolls back

    with pytest.raises(Cancelled):
        run.run(seeded, progress, token, observe)
    assert counts(seeded) == before
    assert [f.state for f in run.files] == [WAITING, WAITING]
    assert all(f.results == [] for f in run.files)
    outcome = run.outcome
    assert outcome.cancelled and outcome.results == [] and outcome.kept == []
    assert outcome.undone_files == (2 if stage == "after the last commit" else 1)
    assert outcome.status.imports == 1
    assert progress_calls  # the run reported progress before the cancel


def test_a_cancel_that_arrives_after_the_run_returned_is_undone_by_undo_last(seeded, exports):
    """The window's Cancel can reach a worker that has just returned: the run then undoes
    itself on request, so the window never says 'cancelled' over imported messages."""
    before = counts(seeded)
    run = ImportRun()
    run.add(exports)
    run.run(seeded)
    assert counts(seeded) != before
    outcome = run.undo_last(seeded)
    assert outcome.cancelled and outcome.undone_files == 2 and counts(seeded) == before
    assert [f.state for f in run.files] == [WAITING, WAITING]
    assert run.undo_last(seeded).undone_files == 0  # nothing left to undo


def test_a_failed_file_is_reported_and_the_run_goes_on(seeded, exports, tmp_path):
    sheet = tmp_path / "prices.txt"
    sheet.write_text("name,price\napple,1\n", encoding="utf-8")
    run = ImportRun()
    run.add([str(sheet), exports[1]])
    outcome = run.run(seeded)
    assert [f.state for f in run.files] == [FAILED, DONE]
    assert run.files[0].error == (
        "prices.txt is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp's "
        "exported chats do."
    )
    assert outcome.new_messages == 6
    # Added again at the same path, the repaired file and the done one are queued again (the
    # user may have re-exported it there); the done one then reads as already imported.
    assert run.add([str(sheet), exports[1]]) == [0, 1]
    assert run.files[0].state == WAITING and run.files[0].error is None
    run.run(seeded)
    assert run.files[1].imported_earlier and run.files[1].duplicates == 6


def test_a_file_that_cannot_be_an_export_is_skipped_when_added(tmp_path):
    sheet = tmp_path / "prices.csv"
    sheet.write_text("name,price\n", encoding="utf-8")
    run = ImportRun()
    assert run.add([str(sheet)]) == []
    assert run.files[0].state == FAILED
    assert (
        run.files[0].error == "prices.csv is neither a chat export (WhatsApp exports chats as .txt or .zip files) "
        "nor a phone's "
        "backup (msgstore.db.crypt15): skipped."
    )


def test_a_file_already_listed_is_not_added_twice_and_imported_files_stay(exports):
    run = ImportRun()
    assert run.add([exports[0], exports[0]]) == [0]
    assert run.remove(0) and run.files == []


AMBIGUOUS = "03/04/2023, 10:00 - Ana: Olá\n03/04/2023, 10:05 - Loja Verde: Bom dia\n03/04/2023, 11:00 - Ana: Obrigada\n"


@pytest.fixture
def read_once(new_archive, tmp_path):
    """An export whose dates read either way, imported once; the run, queued to read it again
    the other way. Returns (archive, run, export path, the order it was read first)."""
    archive, _ = new_archive()
    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text(AMBIGUOUS, encoding="utf-8")
    run = ImportRun()
    run.add([str(export)])
    run.run(archive)
    question = run.files[0].date_question()
    assert question is not None and question.order in ("DMY", "MDY")
    return archive, run, export, question.order


def _other(order: str) -> str:
    return "MDY" if order == "DMY" else "DMY"


def test_reading_the_dates_the_other_way_replaces_the_first_reading(read_once):
    archive, run, _export, order = read_once
    first_times = archive.connection.execute("SELECT min(local_time) FROM messages").fetchone()[0]
    run.reread(0, _other(order))
    outcome = run.run(archive)
    assert not outcome.cancelled and run.files[0].state == DONE
    c = archive.connection
    assert c.execute("SELECT count(*), count(DISTINCT source_id) FROM messages").fetchone() == (3, 1)
    assert c.execute("SELECT count(*) FROM sources").fetchone() == (1,)
    now = c.execute("SELECT min(local_time) FROM messages").fetchone()[0]
    assert {first_times[:10], now[:10]} == {"2023-03-04", "2023-04-03"}


def test_a_cancel_while_reading_again_keeps_the_first_reading(read_once):
    """The re-read is one transaction: cancelled (or killed) half-way, the first reading stays
    whole — never neither."""
    archive, run, _export, order = read_once
    before = counts(archive)
    kept = archive.connection.execute("SELECT local_time FROM messages ORDER BY id").fetchall()
    run.reread(0, _other(order))
    token = CancelToken()
    with pytest.raises(Cancelled):
        run.run(archive, lambda done, total: token.cancel(), token)
    assert counts(archive) == before
    assert archive.connection.execute("SELECT local_time FROM messages ORDER BY id").fetchall() == kept
    assert run.files[0].state == DONE and run.outcome.undone_files == 0


def test_a_cancel_after_the_reread_committed_is_said_plainly(read_once):
    archive, run, export, order = read_once
    run.reread(0, _other(order))
    token = CancelToken()
    with pytest.raises(Cancelled):
        run.run(archive, cancel=token, observe=lambda e: token.cancel() if e.kind == "done" else None)
    outcome = run.outcome
    assert outcome.cancelled and [f.path for f in outcome.kept] == [str(export)]
    assert run.files[0].state == DONE
    assert archive.connection.execute("SELECT count(*) FROM messages").fetchone() == (3,)


def test_a_cancel_that_reaches_a_finished_reread_keeps_the_new_reading(read_once):
    """undo_last after a re-read: the first reading is gone, so the new one stays and is named."""
    archive, run, export, order = read_once
    run.reread(0, _other(order))
    run.run(archive)
    outcome = run.undo_last(archive)
    assert outcome.cancelled and outcome.undone_files == 0 and [f.path for f in outcome.kept] == [str(export)]
    assert run.files[0].state == DONE
    assert archive.connection.execute("SELECT count(*) FROM messages").fetchone() == (3,)


def test_readings_of_a_first_date():
    assert readings(date(2023, 4, 3), "DMY") == (date(2023, 4, 3), date(2023, 3, 4))
    assert readings(date(2023, 4, 4), "DMY") is None  # the same either way
    assert readings(date(2023, 4, 13), "DMY") is None  # no 13th month
    assert readings(date(2023, 4, 3), "YMD") is None
