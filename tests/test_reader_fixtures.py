"""Every export variant of the reference, parsed field by field."""

import itertools
import json

import pytest

from fixtures.exports import FIXTURES
from wamigrate.cli import main
from wamigrate.core.export import ChatReader, open_export


def read_all(path, **options):
    export = open_export(path)
    assert len(export.chats) == 1
    reader = ChatReader(export.chats[0])
    messages = list(reader)
    return messages, reader.summary


def assert_records(records: list[dict], expected) -> None:
    """Each record has the fixture's expected time, sender, kind, text and extra fields."""
    assert len(records) == len(expected), records
    for data, row in zip(records, expected, strict=True):
        time, sender, kind, body = row[:4]
        extra = row[4] if len(row) > 4 else {}
        assert data["time"] == time, data
        assert data["sender"] == sender, data
        if kind is not None:
            assert data["kind"] == kind, data
        if body is not None:
            assert data["text"] == body, data
        for key, value in extra.items():
            assert data[key] == value, (key, data)


@pytest.mark.parametrize(("name", "file_name", "text", "expected"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_fixture(write_export, name, file_name, text, expected):
    path = write_export(file_name, text)
    messages, summary = read_all(path)
    assert_records([m.as_full_dict() for m in messages], expected)
    # Every line is in a message: the messages' line ranges tile the file.
    assert messages[0].line == 1
    for before, after in itertools.pairwise(messages):
        assert after.line == before.end_line + 1
    assert messages[-1].end_line == summary.line_count
    assert summary.unaccounted_lines == []
    assert [m.seq for m in messages] == list(range(len(messages)))


REASONS = {"no-sender", "marked", "colon-in-quotes", "marked-notice", "first-message-marked"}


@pytest.mark.parametrize(("name", "file_name", "text", "expected"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_every_notice_says_why_it_is_one(write_export, name, file_name, text, expected):
    messages, _ = read_all(write_export(file_name, text))
    for message in messages:
        if message.kind == "system":
            reason = message.system_reason
            assert reason in REASONS or reason.startswith("starts-with:"), message.as_full_dict()
        else:
            assert message.system_reason is None, message.as_full_dict()


@pytest.mark.parametrize(("name", "file_name", "text", "expected"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_inspect_prints_exactly_the_expected_records(write_export, capsys, name, file_name, text, expected):
    # What a user or a provider's script sees: `wamigrate inspect --jsonl --full` on the file
    # prints one record per message, the same as the reader's, with the fixture's fields.
    path = write_export(file_name, text)
    assert main(["inspect", str(path), "--jsonl", "--full"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert_records(printed, expected)
    messages, _ = read_all(path)
    assert printed == [json.loads(json.dumps(m.as_full_dict())) for m in messages]
