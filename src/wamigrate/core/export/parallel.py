"""Read a large chat on every core: ranges cut at message boundaries, classified in worker
processes, emitted in file order exactly as the sequential reader would.

The sequential reader (``reader.ChatReader._emit``) stays the reference; this module only
decides where the text can be cut and puts the pieces back together:

1. *Plan* (``plan``): once the date order is known, the file is read as bytes and cut about
   every ``ReadOptions.range_bytes`` just after a line break that starts a *valid* header
   (a date real under the chosen order and a real time), found with the reader's own
   splitter. A message never spans two ranges, so each range reads on its own. Only strict
   UTF-8 is cut this way: a line break byte is then always a line break character, which
   makes line numbers a byte count. Files with year-less dates (whose year is carried from
   message to message) and small files are read sequentially.
2. *Classify*: each range goes, as bytes through a pipe (never a temporary file: the text is
   a customer's conversation), to a worker that runs the sequential ``_emit`` on it, building
   plain rows instead of ``Message`` objects, and returns one list per field (cheap to pickle),
   line numbers already counted from the file's start.
3. *Emit*: the rows come back in order; sequence numbers, counters, times and warnings are
   joined as one pass over the whole file would have made them. At most ``2 x workers``
   ranges are out at once, so memory stays bounded whatever the file's size.

A worker that dies (killed, out of memory) or a platform that cannot start processes does not
fail the read: the range is read again in this process.
"""

from __future__ import annotations

import gc
import io
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import repeat
from typing import TYPE_CHECKING

from wamigrate.core.export.headers import HeaderFormat, parse_time_text
from wamigrate.core.export.records import Message, ReadWarning
from wamigrate.core.process_pool import ProcessPool

if TYPE_CHECKING:
    from wamigrate.core.export.reader import ChatReader, _Scan

# Codecs whose byte 0x0A is always a line break character and never part of another one.
_CUTTABLE = ("utf-8", "utf-8-sig")
# Bytes looked at after a target offset for the next valid header before looking further.
_WINDOW = 64 << 10
# How often the wait for a worker looks at the cancel token.
_CANCEL_POLL = 0.2
_MAX_AUTO_WORKERS = 8
# A worker's converted dates and times, per date order, kept from one range to the next.
_CACHES: dict[str, tuple[dict, dict]] = {}
_MAX_CACHED = 1 << 20


def default_workers() -> int:
    """One worker per core this process may use (at most 8), or WAMIGRATE_READER_WORKERS."""
    configured = os.environ.get("WAMIGRATE_READER_WORKERS", "").strip()
    if configured.isdigit() and int(configured) >= 1:
        return int(configured)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS and Windows have no affinity call
        cores = os.cpu_count() or 1
    return max(1, min(cores, _MAX_AUTO_WORKERS))


def plan(reader: ChatReader, scan: _Scan, order: str, crlf_mode: bool) -> list[int] | None:
    """The byte offsets at which the chat's ranges start (the first is 0), or None when the
    chat is to be read sequentially (one worker, small, not strict UTF-8, or nothing to cut)."""
    options = reader.options
    workers = options.workers if options.workers is not None else default_workers()
    chat = reader.chat
    if workers < 2 or chat.size < options.parallel_min_bytes or options.range_bytes < 1:
        return None
    if scan.codec not in _CUTTABLE or reader._errors != "strict":
        return None
    fmt = scan.header_format
    splitter = fmt.crlf_splitter if crlf_mode else fmt.splitter
    break_length = 2 if crlf_mode else 1

    def valid(match) -> bool:
        return reader._to_day(match["date"], order, None) is not None and parse_time_text(match["time"]) is not None

    # No range grows longer than the reader's longest line (a file with one huge message or a
    # damaged file of one endless line is read sequentially): then no line is ever cut short
    # in a range, nor in the sequential reader, and both give the same text.
    from wamigrate.core.export import reader as reader_module

    max_range = reader_module.MAX_LINE
    starts = [0]
    block_size = max(options.chunk_size, _WINDOW)
    with chat.opener() as stream:
        buffer = b""
        at = 0  # file offset of buffer[0]
        target = options.range_bytes  # look for a cut at or after this offset
        while True:
            reader._cancel.raise_if_cancelled()
            block = stream.read(block_size)
            if not block:
                break
            if at == 0 and not buffer:
                # The chat's first message must be in the first range: a later range reads its
                # first message as not the chat's first (an iPhone's first message, marked, is a
                # notice), and lines before any header would otherwise make a range of none.
                # Every cut therefore comes after the first valid header that follows a line
                # break (the second message when the file starts with one).
                first = _first_cut(block, 0, splitter, valid, break_length)
                if first is None:
                    return None
                target = max(target, first + 1)
            buffer += block
            while target - at < len(buffer):
                cut = _first_cut(buffer, max(0, target - at), splitter, valid, break_length)
                if cut is None:
                    # Keep from the last line break on: a header may straddle the next block.
                    last = buffer.rfind(b"\n", max(0, target - at))
                    keep = max(last - 1, 0) if last >= 0 else len(buffer)
                    target = at + keep
                    if target - starts[-1] > max_range:
                        return None
                    break
                if at + cut - starts[-1] > max_range:
                    return None
                starts.append(at + cut)
                target = at + cut + options.range_bytes
            drop = min(len(buffer), max(0, target - at))
            buffer = buffer[drop:]
            at += drop
    if chat.size - starts[-1] > max_range:
        return None
    return starts if len(starts) > 1 else None


def _first_cut(buffer: bytes, offset: int, splitter, valid, break_length: int) -> int | None:
    """Offset in ``buffer`` just after the first line break at or after ``offset`` that is
    followed by a valid header on a complete line; None when the buffer holds none."""
    newline = buffer.find(b"\n", offset)
    if newline < 0:
        return None
    # Decoding starts at a line break (never inside a character); in CRLF mode at its CR.
    begin = newline - 1 if break_length == 2 and newline > offset and buffer[newline - 1] == 0x0D else newline
    limit = begin + _WINDOW
    while True:
        end = buffer.rfind(b"\n", begin + 1, limit)  # the last header line must be complete
        if end < 0:
            end = buffer.find(b"\n", limit)
            if end < 0:
                return None
        text = buffer[begin:end].decode("utf-8")
        for match in splitter.finditer(text):
            if valid(match):
                return begin + len(text[: match.start()].encode("utf-8")) + break_length
        if buffer.find(b"\n", end + 1) < 0:
            return None
        begin = end - 1 if break_length == 2 and buffer[end - 1] == 0x0D else end
        limit = begin + 4 * _WINDOW


# Message's fields after ``chat`` and ``seq``, in its order.
_FIELDS = ("time", "sender", "kind", "text", "line", "end_line", "attachment", "media_type", "edited", "detail", "poll",
           "system_author", "system_reason")  # fmt: skip
_TIME, _LINE, _END_LINE = _FIELDS.index("time"), _FIELDS.index("line"), _FIELDS.index("end_line")
_STATE = 10  # bytes of a naive datetime's pickle state (its constructor accepts them back)


def _row(chat, seq, time, sender, kind, text, line, end_line, attachment=None, media_type=None, edited=False,
         detail=None, poll=None, system_author=None, system_reason=None) -> tuple:  # fmt: skip
    """A message as the worker sends it: Message's arguments after ``chat`` and ``seq``."""
    return (time, sender, kind, text, line, end_line, attachment, media_type, edited, detail, poll, system_author,
            system_reason)  # fmt: skip


@dataclass(slots=True)
class RangeJob:
    data: bytes
    codec: str
    header_format: HeaderFormat
    order: str
    crlf_mode: bool
    continuing: bool  # not the chat's first range
    line_base: int  # lines of the file before this range


@dataclass(slots=True)
class RangeResult:
    count: int
    columns: list  # one sequence per field of _FIELDS
    kinds: dict
    senders: dict
    media_types: dict
    warnings: list[ReadWarning]
    unaccounted_lines: list[int]
    attachments: set[str]
    long_lines: dict[int, int]
    line_count: int
    first_time: datetime | None
    last_time: datetime | None


def read_range(job: RangeJob) -> RangeResult:
    """Run the sequential reader over one range (in a worker process, or here as a fallback)."""
    from wamigrate.core.export.reader import ChatReader, _Scan
    from wamigrate.core.export.sources import Attachments, ChatFile

    data = job.data
    chat = ChatFile("", "", len(data), lambda: io.BytesIO(data), Attachments())
    reader = ChatReader(chat)
    caches = _CACHES.get(job.order)
    if caches is None or len(caches[0]) + len(caches[1]) > _MAX_CACHED:
        caches = _CACHES[job.order] = ({}, {})
    reader._caches = caches
    reader._make = _row
    scan = _Scan(job.codec, job.header_format, [], 0, False, None, 0, 0, True)
    base = job.line_base
    # Garbage collection only slows a worker down here: what it builds is all kept until it is
    # sent, and none of it refers back to itself.
    collecting = gc.isenabled()
    gc.disable()
    try:
        rows = list(reader._emit(scan, job.order, job.crlf_mode, None, job.continuing))
    finally:
        if collecting:
            gc.enable()
    # One list per field, line numbers counted from the file's start: lists of strings and
    # numbers pickle and unpickle at C speed, and Message() is then called straight by map().
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(_FIELDS)
    if base:
        columns[_LINE] = [line + base for line in columns[_LINE]]
        columns[_END_LINE] = [line + base for line in columns[_END_LINE]]
    # Times travel as their 10-byte pickle states joined in one bytes object: pickling a
    # datetime object by object cost more than a third of all the transfer (measured: 42 ms
    # to pickle and 24 ms to unpickle 20,000 of them, against 6 and 5 ms this way). The
    # reader's times are naive, so each state is exactly those 10 bytes.
    states = b"".join([when.__reduce__()[1][0] for when in columns[_TIME]])
    if len(states) == _STATE * len(rows):
        columns[_TIME] = states
    summary = reader.summary
    return RangeResult(
        len(rows),
        columns,
        dict(summary.kinds),
        dict(summary.senders),
        dict(summary.media_types),
        [replace(w, line=w.line + base) if w.line is not None else w for w in summary.warnings],
        [line + base for line in summary.unaccounted_lines],
        reader._attachments,
        {line + base: left_out for line, left_out in reader._long_lines.items()},
        summary.line_count,
        summary.first_time,
        summary.last_time,
    )


def _executor(workers: int) -> ProcessPool:
    """Worker processes with pipes of their own (core/process_pool.py says why not an Executor)."""
    return ProcessPool(workers)


def emit(reader: ChatReader, scan: _Scan, order: str, crlf_mode: bool, starts: list[int]) -> Iterator[Message]:
    """Yield the chat's messages from its ranges, read in worker processes, in file order."""
    options = reader.options
    workers = options.workers if options.workers is not None else default_workers()
    summary = reader.summary
    title = reader.chat.title
    size = reader.chat.size
    ends = [*starts[1:], None]
    pending: deque[tuple[RangeJob, Future | None]] = deque()
    executor: ProcessPool | None = None
    try:
        executor = _executor(workers)
    except (OSError, NotImplementedError, ImportError) as error:
        executor = None  # no processes here: every range is read in this process
        reader.worker_failure = f"the worker processes could not be started: {error!r}"
    seq = 0
    line_base = 0
    done = 0
    with reader.chat.opener() as stream:
        next_range = 0

        def submit() -> None:
            nonlocal next_range, line_base, executor
            start, end = starts[next_range], ends[next_range]
            data = stream.read(end - start) if end is not None else stream.read()
            job = RangeJob(
                data,
                scan.codec if next_range == 0 else "utf-8",
                scan.header_format,
                order,
                crlf_mode,
                next_range > 0,
                line_base,
            )
            line_base += data.count(b"\n")
            next_range += 1
            future = None
            if executor is not None:
                try:
                    future = executor.submit(read_range, job)
                except (BrokenProcessPool, RuntimeError, OSError) as error:
                    executor = None
                    reader.worker_failure = reader.worker_failure or f"no worker took the range: {error}"
            pending.append((job, future))

        try:
            while next_range < len(starts) and len(pending) < 2 * workers:
                submit()
            while pending:
                job, future = pending.popleft()
                result = _result(job, future, reader)
                if next_range < len(starts):
                    submit()
                done += len(job.data)
                times, *others = result.columns  # time is Message's first field after chat and seq
                if isinstance(times, bytes):
                    times = map(datetime, [times[at : at + _STATE] for at in range(0, len(times), _STATE)])
                yield from map(Message, repeat(title), range(seq, seq + result.count), times, *others)
                seq += result.count
                _merge(summary, reader, result)
                reader._progress(reader._offset + reader._total // 2 + min(done, size), reader._offset + reader._total)
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()
            if executor is not None:
                # Done: the idle workers exit at once and are waited for. Cancelled or failed:
                # nobody waits for the ranges still being read; their workers end after them.
                executor.shutdown(wait=not pending, cancel_futures=True)
    summary.message_count = seq


def _result(job: RangeJob, future: Future | None, reader: ChatReader) -> RangeResult:
    if future is not None:
        while True:
            reader._cancel.raise_if_cancelled()
            try:
                result = future.result(timeout=_CANCEL_POLL)
            except FutureTimeout:
                continue
            except BrokenProcessPool as error:
                # A worker died (killed, out of memory): this range is read here instead.
                reader.worker_failure = reader.worker_failure or str(error)
                break
            reader.ranges_in_workers += 1
            return result
    reader.ranges_here += 1
    return read_range(job)


def _merge(summary, reader: ChatReader, result: RangeResult) -> None:
    summary.kinds.update(result.kinds)
    summary.senders.update(result.senders)
    summary.media_types.update(result.media_types)
    summary.warnings.extend(result.warnings)
    summary.unaccounted_lines.extend(result.unaccounted_lines)
    reader._attachments |= result.attachments
    reader._long_lines.update(result.long_lines)
    summary.line_count += result.line_count
    if result.first_time is not None:
        if summary.first_time is None or result.first_time < summary.first_time:
            summary.first_time = result.first_time
        if summary.last_time is None or result.last_time > summary.last_time:  # type: ignore[operator]
            summary.last_time = result.last_time
