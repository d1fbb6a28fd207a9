"""Mutated real-shaped exports: the reader never crashes, never hangs, and accounts for
every line (each is in a message or reported before the first one)."""

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wamigrate.core.errors import ExportError
from wamigrate.core.export import ChatReader, open_export

ANDROID = (
    "23/03/2022, 13:31 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
    "23/03/2022, 13:32 - Ana: Olá! Tudo bem?\nsegunda linha\n\n"
    "24/03/2022, 9:05 am - Lena K: IMG-20220323-WA0002.jpg (file attached)\nCaption\n"
    "25/03/2022, 10:00 - +44 7700 900123: POLL:\nQuestion?\nOPTION: A (1 vote)\n"
    "26/03/2022, 11:00 - Ana: This message was deleted\n"
).encode()
IOS = (
    "[3/27/22, 21:41:35] Lena K: Hello\r\n"
    "\u200e[3/27/22, 21:41:55] Lena K: \u200e<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>\r\n"
    "[3/28/22, 09:00:00] Shop: line one\nline two\r\n"
    "[3/29/22, 10:00:00] \u200eYou were added\r\n"
).encode()
LOOKALIKES = [b"12/12/12, 12:12 - x: y\n", b"[1/1/20, 00:00:00] z: w\r\n", b"99/99/9999, 99:99 - a: b\n", b"\n\n\n"]

mutation = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.integers(0, 10_000), st.integers(1, 200)),
    st.tuples(st.just("truncate"), st.integers(0, 10_000), st.just(0)),
    st.tuples(st.just("nul"), st.integers(0, 10_000), st.integers(1, 50)),
    st.tuples(st.just("long"), st.integers(0, 10_000), st.integers(1_000, 300_000)),
    st.tuples(st.just("endings"), st.sampled_from([b"\r\n", b"\r", b"\n"]), st.just(0)),
    st.tuples(st.just("bom"), st.integers(0, 10_000), st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])),
    st.tuples(st.just("lookalike"), st.integers(0, 10_000), st.sampled_from(LOOKALIKES)),
    st.tuples(
        st.just("invalid"), st.integers(0, 10_000), st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"])
    ),
)


def mutate(data: bytes, operations) -> bytes:
    for name, where, what in operations:
        if name == "endings":
            data = data.replace(b"\r\n", b"\n").replace(b"\n", where)
            continue
        at = where % (len(data) + 1)
        if name in ("insert", "bom", "lookalike", "invalid"):
            data = data[:at] + what + data[at:]
        elif name == "delete":
            data = data[:at] + data[at + what :]
        elif name == "truncate":
            data = data[:at]
        elif name == "nul":
            data = data[:at] + b"\x00" * what + data[at:]
        elif name == "long":
            data = data[:at] + b"x" * what + data[at:]
    return data


def check_accounting(path: Path) -> int:
    """Read the file; returns the messages read. Raises only ExportError."""
    try:
        export = open_export(path)
    except ExportError:
        return 0
    total = 0
    for chat in export.chats:
        reader = ChatReader(chat)
        try:
            messages = list(reader)
        except ExportError:
            continue
        summary = reader.summary
        total += len(messages)
        if not messages:
            assert summary.unaccounted_lines == list(range(1, summary.line_count + 1))
            continue
        assert summary.unaccounted_lines == list(range(1, messages[0].line))
        for before, after in itertools.pairwise(messages):
            assert after.line == before.end_line + 1
            assert before.line <= before.end_line
        assert messages[-1].end_line == summary.line_count
    return total


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Found by this test in CI (2026-11-26): a damaged file where no date order fits every date and
# two orders tie; the movement score then met a date its order cannot read.
@example(
    base=ANDROID,
    operations=[
        ("truncate", 20, 0),
        ("insert", 0, b"\x00"),
        ("delete", 0, 1),
        ("lookalike", 1, b"12/12/12, 12:12 - x: y\n"),
    ],
    name="WhatsApp Chat with Ana.txt",
)
@given(
    base=st.sampled_from([ANDROID, IOS]),
    operations=st.lists(mutation, max_size=6),
    name=st.sampled_from(["WhatsApp Chat with Ana.txt", "_chat.txt"]),
)
def test_reader_survives_mutations(base, operations, name):
    data = mutate(base, operations)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        # Every line accounted for. How long it takes is measured, not asserted: on a loaded
        # 2-core machine a clock bound fails at random (seen in a side-by-side run);
        # benchmarks/reliability_report.py times the same mutations.
        check_accounting(path)


def test_ten_megabyte_single_line():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "WhatsApp Chat with Long.txt"
        path.write_bytes(b"23/03/2022, 13:31 - Ana: " + b"y" * (10 << 20) + b"\n24/03/2022, 13:31 - Ana: after\n")
        messages = list(ChatReader(open_export(path).chats[0]))
        assert [len(m.text) for m in messages] == [10 << 20, 5]
