"""Read one chat's text into :class:`Message` records, streaming, with nothing lost.

1. *Encoding*: a BOM decides it; otherwise the whole file must decode as UTF-8, else as
   Windows-1252, else Latin-1 (with a warning naming it). Decoding alone is cheap.
2. *Scan*: the header format is chosen from the start of the text; the dates of the first
   chunk are collected. If they prove the date order by validity alone, that is final
   (more dates can only show impossible headers, which are reported one by one); otherwise
   every date of the file is collected in a full scan (``date_order.decide``).
3. *Emit*: each chunk is cut with one ``re.split`` at "line break + header" (in C), and
   each message's exact text is interpreted (``classify``).

A message's text is the exact slice of the file between its header and the line break
that precedes the next header; every line before the first header is reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import accumulate, repeat
from operator import add

from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import NotAnExportError
from wamigrate.core.export import parallel
from wamigrate.core.export.classify import classify, plain_text
from wamigrate.core.export.date_order import decide, to_date
from wamigrate.core.export.headers import (
    DateParts,
    HeaderFormat,
    NamedDate,
    lenient_time_text,
    parse_date_text,
    parse_time_text,
)
from wamigrate.core.export.records import MEDIA, TEXT, ChatSummary, DateOrderDecision, Message
from wamigrate.core.export.sniff import best_format
from wamigrate.core.export.sources import ChatFile
from wamigrate.core.export.text_stream import (
    CHUNK_SIZE,
    FALLBACK_ENCODINGS,
    encoding_label,
    iter_text,
    sniff_encoding,
)
from wamigrate.core.translatable import tr

READER_VERSION = 1
# WhatsApp's export stops at this many messages (without / with media).
EXPORT_CAP_TEXT = 40_000
EXPORT_CAP_MEDIA = 10_000
_MAX_SEQUENCE = 500_000  # distinct-date runs kept for the order decision
_MAX_LISTED = 20  # attachment names listed one by one in a warning


@dataclass(slots=True)
class ReadOptions:
    date_order: str | None = None  # "DMY", "MDY" or "YMD": used when the dates leave it open
    chunk_size: int = CHUNK_SIZE
    # Processes that classify a large chat's ranges at once (None: one per core, see
    # parallel.default_workers; 1: the sequential reader only). Chats smaller than
    # parallel_min_bytes are read in this process: starting workers would cost more.
    workers: int | None = None
    parallel_min_bytes: int = 8 << 20
    range_bytes: int = 2 << 20


@dataclass(slots=True)
class _Scan:
    codec: str
    header_format: HeaderFormat
    sequence: list[tuple[str, DateParts]]
    named_wraps: int
    has_yearless: bool
    # The year of the first message that writes "Mon D, YYYY" counted back to where the year-less
    # dates before it begin (None: no message writes its year).
    dated_base: int | None
    crlf_headers: int
    lf_headers: int
    complete: bool  # False when only the first chunk was scanned


# Characters of one line kept at most. WhatsApp's own limit for a message is 65,536
# characters; a line far longer is not a message (a damaged or hostile file: a 300 MB line,
# a 2 GB file of NULs) and must not be held whole in memory: its first 16 Mi characters are
# kept (a few times WhatsApp's limit, so no real message is ever cut) and the number of
# characters left out is reported with the line (line-too-long).
MAX_LINE = 16 << 20


class ChatReader:
    """Iterate a chat's messages; ``summary`` is complete once iteration ends."""

    def __init__(
        self,
        chat: ChatFile,
        options: ReadOptions | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        progress_offset: int = 0,
        progress_total: int | None = None,
    ) -> None:
        self.chat = chat
        self.options = options or ReadOptions()
        self._progress = progress
        self._cancel = cancel or CancelToken()
        self._offset = progress_offset
        self._total = progress_total if progress_total is not None else 2 * chat.size
        self.summary = ChatSummary(title=chat.title, source_name=chat.source_name)
        self._errors = "strict"  # or "replace" for a UTF-8 file with a few damaged bytes
        self._damaged_bytes = 0
        self._long_lines: dict[int, int] = {}  # line number -> characters left out
        self._attachments: set[str] = set()  # attachment names the chat's messages give
        # Date and time texts already converted, kept from range to range by a parallel reader's
        # worker (a range alone meets most of the day's 86,400 times for the first time).
        self._caches: tuple[dict, dict] | None = None
        # What a message is built as: a parallel reader's worker builds plain rows instead,
        # which it sends to the reading process (parallel.read_range).
        self._make = Message
        # Ranges of this chat read by the parallel reader's workers, and read in this process
        # (a worker died, or no process could be started); both 0 for a sequential read.
        self.ranges_in_workers = 0
        self.ranges_here = 0
        # Why the first range read here was not read by a worker (the self-test says it).
        self.worker_failure: str | None = None

    # -- pass 1 ------------------------------------------------------------------------

    def _choose_codec(self) -> str:
        """The text encoding: from a BOM, else the first of UTF-8 / fallbacks that decodes it all.

        A UTF-8 file (WhatsApp writes nothing else) with a few damaged bytes keeps UTF-8, the
        damaged bytes shown as U+FFFD and counted in a warning; a file with many invalid
        bytes was saved in another encoding and is read as Windows-1252 or Latin-1.
        """
        with self.chat.opener() as stream:
            head = stream.read(65536)
        codec = sniff_encoding(head)
        candidates = [codec]
        if codec.startswith("utf-8"):
            candidates += [name for name, _ in FALLBACK_ENCODINGS]
        last_error: UnicodeDecodeError | None = None
        for candidate in candidates:
            try:
                for _ in iter_text(self.chat.opener, candidate, self.options.chunk_size):
                    self._cancel.raise_if_cancelled()
                return candidate
            except UnicodeDecodeError as exc:
                last_error = exc
                if candidate == codec:
                    damaged = self._count_replaced(candidate)
                    if damaged <= max(3, self.chat.size // 100_000):
                        self._errors = "replace"
                        self._damaged_bytes = damaged
                        return candidate
        raise NotAnExportError(tr("{0} could not be decoded as text ({1}).").format(self.chat.source_name, last_error))

    def _count_replaced(self, codec: str) -> int:
        return sum(
            text.count("\ufffd") for text, _ in iter_text(self.chat.opener, codec, self.options.chunk_size, "replace")
        )

    def _scan(self) -> _Scan:
        """Scan the first chunk; scan the whole text only if the first chunk cannot settle it.

        A date order proven by validity alone (only one order gives real dates) cannot be
        changed by more dates: they can only rule out the last order too, and such dates
        are then reported one by one as impossible headers. Everything else needs all dates.
        """
        codec = self._choose_codec()
        head = self._scan_with(codec, head_only=True)
        if head.complete or head.has_yearless:
            return head if head.complete else self._scan_with(codec, head_only=False)
        if decide(head.sequence, None).method == "validity":
            return head
        return self._scan_with(codec, head_only=False)

    def _regions(self, codec: str, offset: int, prefix: str = "\n") -> Iterator[str]:
        """Yield the text in pieces that each start with a line break and end before one.

        The first piece starts with ``prefix``, an artificial line break, so that the header
        on line 1 is found like every other; a CRLF is never cut in two; the final piece
        (possibly just "\n") holds the last line.
        """
        buffer = prefix
        done = 0
        total = self._offset + self._total
        lines = 0  # line breaks before ``buffer``: the number of the line a cut falls in
        skipping = 0  # characters of an overlong line left out so far
        for text, consumed in iter_text(self.chat.opener, codec, self.options.chunk_size, self._errors):
            self._cancel.raise_if_cancelled()
            done += consumed
            self._progress(self._offset + offset + done, total)
            if skipping:
                # The rest of a line longer than MAX_LINE: passed over up to its line break,
                # so that memory stays bounded whatever the file holds (a 2 GB line of NULs).
                end = text.find("\n")
                if end < 0:
                    skipping += len(text)
                    continue
                skipping += end
                self._long_lines[lines] = skipping
                skipping = 0
                text = text[end:]
            buffer += text
            cut = buffer.rfind("\n")
            if cut > 1:
                if buffer[cut - 1] == "\r":
                    cut -= 1
                region = buffer[:cut]
                lines += region.count("\n")
                yield region
                buffer = buffer[cut:]
            if len(buffer) > MAX_LINE:
                # One line longer than any message WhatsApp can send: keep its start.
                lines += buffer.count("\n", 0, MAX_LINE)
                yield buffer[:MAX_LINE]
                skipping = len(buffer) - MAX_LINE
                buffer = ""
        if skipping:
            self._long_lines[lines] = skipping
        yield buffer

    def _scan_with(self, codec: str, head_only: bool) -> _Scan:
        header_format: HeaderFormat | None = None
        sequence: list[tuple[str, DateParts]] = []
        last_date_text: str | None = None
        date_cache: dict[str, DateParts | NamedDate | None] = {}
        time_ok: dict[str, bool] = {}
        last_month: int | None = None
        wraps = 0
        has_yearless = False
        dated_base: int | None = None
        crlf = lf = 0
        at_start = True

        def take(region: str) -> None:
            nonlocal at_start, last_date_text, last_month, wraps, has_yearless, dated_base, crlf, lf
            fmt: HeaderFormat = header_format  # type: ignore[assignment]
            parts = fmt.splitter.split(region)
            date_at, time_at = fmt.date_at, fmt.time_at
            if parts[0]:
                at_start = False
            for index in range(1, len(parts), HeaderFormat.STRIDE):
                date_text = parts[index + date_at]
                found = date_cache.get(date_text, False)
                if found is False:
                    found = date_cache[date_text] = parse_date_text(date_text)
                time_text = parts[index + time_at]
                valid_time = time_ok.get(time_text)
                if valid_time is None:
                    valid_time = time_ok[time_text] = parse_time_text(time_text) is not None
                if found is None or not valid_time:
                    continue
                if at_start:
                    at_start = False  # the artificial break before line 1 says nothing
                elif parts[index - 1].endswith("\r"):
                    crlf += 1
                else:
                    lf += 1
                if date_text != last_date_text:
                    last_date_text = date_text
                    if isinstance(found, DateParts):
                        if len(sequence) < _MAX_SEQUENCE:
                            sequence.append((date_text, found))
                    elif found.year is None:
                        has_yearless = True
                        if last_month is not None and found.month < last_month:
                            wraps += 1
                        last_month = found.month
                    elif dated_base is None:
                        # The year-less dates before this one end in its year, or in the year
                        # before when their last month comes after its month.
                        back = 1 if last_month is not None and last_month > found.month else 0
                        dated_base = found.year - back - wraps

        # The format is chosen from the first chunk of text (whole lines), then kept.
        pending = ""
        complete = True
        for region in self._regions(codec, 0):
            if header_format is None:
                pending += region
                if len(pending) < self.options.chunk_size:
                    continue
                header_format = self._detect(pending)
                region, pending = pending, ""
            take(region)
            if head_only:
                complete = False
                break
        if header_format is None:
            header_format = self._detect(pending)
            take(pending)
        return _Scan(codec, header_format, sequence, wraps, has_yearless, dated_base, crlf, lf, complete)

    def _detect(self, text: str) -> HeaderFormat:
        # The first 256 kB hold thousands of headers: plenty to tell the formats apart.
        header_format, _ = best_format(text[1 : 1 + (256 << 10)])  # after the artificial "\n"
        if header_format is None:
            raise NotAnExportError(
                tr(
                    "{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp's "
                    "exported chats do."
                ).format(self.chat.source_name)
            )
        return header_format

    # -- pass 2 ------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Message]:
        scan = self._scan()
        summary = self.summary
        fmt = scan.header_format
        summary.platform = fmt.family
        summary.header_format = fmt.description
        summary.encoding = encoding_label(scan.codec)
        if self._damaged_bytes:
            summary.warn("encoding-damaged", count=self._damaged_bytes)
        if scan.codec in {name for name, _ in FALLBACK_ENCODINGS}:
            summary.warn("encoding", encoding_label(scan.codec))
        decision = decide(scan.sequence, self.options.date_order)
        if not scan.sequence and scan.has_yearless:
            decision = DateOrderDecision("DMY", "dates are written with month names", ambiguous=False)
        summary.date_order = decision
        if decision.ambiguous and scan.sequence and not self.options.date_order:
            # Not when the order was given (the user's answer, or --date-order): "choose the
            # order" would ask again for what was just chosen.
            summary.warn("date-order-ambiguous")
        # iOS ends messages with CRLF and breaks lines inside them with a bare LF. When CRLF is
        # how most header lines are preceded, only those start messages: a header-shaped line
        # after a bare LF is pasted text.
        ios_structured = fmt.family == "ios" and scan.crlf_headers > 0 and scan.crlf_headers >= scan.lf_headers
        year_base = None
        if scan.has_yearless and scan.dated_base is not None:
            # Old Android left the year out only for the current year's messages: the messages
            # that write theirs, and the file's order, give it (issue 21, item 4).
            year_base = scan.dated_base
        elif scan.has_yearless:
            reference_year = (self.chat.modified or datetime.now()).year
            year_base = reference_year - scan.named_wraps
            summary.warn("year-missing", str(year_base))
        self._long_lines = {}  # the first pass met the same lines
        ranges = None
        if year_base is None:
            ranges = parallel.plan(self, scan, decision.order, ios_structured)
        if ranges is None:
            yield from self._emit(scan, decision.order, ios_structured, year_base)
        else:
            yield from parallel.emit(self, scan, decision.order, ios_structured, ranges)
        self._finish()

    def _emit(
        self, scan: _Scan, order: str, ios_structured: bool, year_base: int | None, continuing: bool = False
    ) -> Iterator[Message]:
        """Cut the text into messages, a chunk at a time.

        Per chunk, the header dates and times are converted through caches and the line
        numbers computed with C-level ``map``/``accumulate``; each message then only needs
        classifying. A chunk with an impossible header or year-less dates takes the
        message-by-message path, which handles those.

        ``continuing``: the text is a later range of a chat cut at a header by the parallel
        reader (``parallel.py``), so its first message is not the chat's first. What only the
        whole chat can tell (attachments, truncation, lines before the first message) is left
        to :meth:`_finish`; the attachment names met are kept in ``self._attachments``.
        """
        summary = self.summary
        fmt = scan.header_format
        crlf_mode = ios_structured
        splitter = fmt.crlf_splitter if crlf_mode else fmt.splitter
        break_text = "\r\n" if crlf_mode else "\n"
        stride = HeaderFormat.STRIDE
        date_at, time_at = fmt.date_at, fmt.time_at
        ios = fmt.family == "ios"
        title = self.chat.title
        date_cache: dict[str, date | None]
        time_cache: dict[str, time | None]
        date_cache, time_cache = self._caches if self._caches is not None and year_base is None else ({}, {})
        attachments: set[str] = set()
        kinds: Counter = summary.kinds
        senders: Counter = summary.senders
        media_types: Counter = summary.media_types
        year = year_base
        last_month: int | None = None
        times_seen: list[datetime] = []
        guessed_lines: list[int] = []  # about where each year-less header is (the year was derived)

        # The message being read: its header's time and line, and its text so far.
        when: datetime | None = None
        line = 0
        current = ""
        seq = 0
        started = False

        make = self._make

        def build(text: str, when: datetime, line: int, end_line: int) -> Message:
            nonlocal seq
            first = seq == 0 and not continuing
            fast = None if first else plain_text(text, ios)
            if fast is not None:
                sender, body_text = fast
                message = make(title, seq, when, sender, TEXT, body_text, line, end_line)
                kinds[TEXT] += 1
                senders[sender] += 1
            else:
                body = classify(text, ios, first)
                message = make(
                    title,
                    seq,
                    when,
                    body.sender,
                    body.kind,
                    body.text,
                    line,
                    end_line,
                    body.attachment,
                    body.media_type,
                    body.edited,
                    body.detail,
                    body.poll,
                    body.system_author,
                    body.reason,
                )
                kinds[body.kind] += 1
                if body.sender is not None:
                    senders[body.sender] += 1
                if body.kind == MEDIA:
                    media_types[body.media_type or "unknown"] += 1
                    if body.attachment:
                        attachments.add(body.attachment)
            seq += 1
            return message

        def strip_break(text: str) -> str:
            # In LF mode the CR of a CRLF line break stays at the end of the text before.
            return text if crlf_mode or not text.endswith("\r") else text[:-1]

        total_newlines = -1  # the artificial line break before line 1
        last_region = ""
        for region in self._regions(scan.codec, self._total // 2, break_text):
            total_newlines += region.count("\n")
            last_region = region
            parts = splitter.split(region)
            current += parts[0]
            if len(parts) == 1:
                continue
            dates = parts[1 + date_at :: stride]
            clocks = parts[1 + time_at :: stride]
            for text in set(dates).difference(date_cache):
                date_cache[text] = self._to_day(text, order, year)
            for text in set(clocks).difference(time_cache):
                hms = parse_time_text(text)
                time_cache[text] = time(*hms) if hms is not None else None
            days = list(map(date_cache.__getitem__, dates))
            clock_times = list(map(time_cache.__getitem__, clocks))

            if year is None and None not in days and None not in clock_times:
                # Fast path: every header of this chunk is valid.
                whens = list(map(datetime.combine, days, clock_times))
                bodies = parts[stride::stride]
                if crlf_mode:
                    texts = [current, *bodies[:-1]]
                else:
                    texts = list(map(str.removesuffix, [current, *bodies[:-1]], repeat("\r")))
                steps = list(map(str.count, texts, repeat("\n")))
                if started:
                    starts = list(accumulate(map(add, steps, repeat(1)), initial=line))
                    text_whens = [when, *whens[:-1]]
                else:
                    # ``current`` is what came before the first header (the artificial
                    # break included); the first header's line follows it.
                    first_line = steps[0] + 1
                    if current:
                        summary.unaccounted_lines.extend(range(1, first_line))
                    starts = list(accumulate(map(add, steps[1:], repeat(1)), initial=first_line))
                    texts, text_whens = texts[1:], whens[:-1]
                    started = True
                for text, start, next_start, text_when in zip(texts, starts, starts[1:], text_whens, strict=False):
                    yield build(text, text_when, start, next_start - 1)
                times_seen.append(min(whens))
                times_seen.append(max(whens))
                when, line, current = whens[-1], starts[-1], bodies[-1]
                continue

            # Slow path: header by header.
            for index in range(1, len(parts), stride):
                date_text = parts[index + date_at]
                day = date_cache[date_text]
                if year is not None:
                    # Dates without a year: the year moves on when the month goes back; a date
                    # that writes its year sets it for those after it.
                    named = parse_date_text(date_text)
                    if isinstance(named, NamedDate) and named.year is None:
                        if last_month is not None and named.month < last_month:
                            year += 1
                        last_month = named.month
                        day = _named_day(named, year)
                        guessed_lines.append((line + 1 if started else 1) + current.count("\n"))
                    elif isinstance(named, NamedDate):
                        year, last_month = named.year, named.month
                clock = time_cache[parts[index + time_at]]
                text = parts[index + 3]
                before = current
                header_line = (line + 1 if started else 1) + before.count("\n")
                if day is not None and clock is None:
                    # "23:59 PM": its own message, at the 24-hour time it shows, with a warning.
                    lenient = lenient_time_text(parts[index + time_at])
                    if lenient is not None:
                        clock = time(*lenient)
                        summary.warn("impossible-time", parts[index + time_at].strip(), clock.strftime("%H:%M"),
                                     line=header_line)  # fmt: skip
                if day is None or clock is None:
                    summary.warn("bad-header", parts[index].strip(), line=header_line)
                    current = before + break_text + parts[index] + text
                    continue
                if started:
                    yield build(strip_break(before), when, line, header_line - 1)  # type: ignore[arg-type]
                elif before:
                    summary.unaccounted_lines.extend(range(1, header_line))
                started = True
                when = datetime.combine(day, clock)
                times_seen.append(when)
                line = header_line
                current = text
        # The final region ends the file: drop the line break that ends the last line.
        ends_with_break = last_region.endswith("\n")
        text = current
        if ends_with_break:
            text = text[:-1]
            if text.endswith("\r"):
                text = text[:-1]
        if started:
            yield build(text, when, line, line + text.count("\n"))  # type: ignore[arg-type]
        summary.line_count = total_newlines + (0 if ends_with_break else 1)
        if not started:
            summary.unaccounted_lines.extend(range(1, summary.line_count + 1))
        if times_seen:
            summary.first_time, summary.last_time = min(times_seen), max(times_seen)
        if guessed_lines and year_base is not None and scan.dated_base is not None:
            summary.warn("year-derived", f"{guessed_lines[0]:,}", f"{guessed_lines[-1]:,}", count=len(guessed_lines),
                         line=guessed_lines[0])  # fmt: skip
        summary.message_count = seq
        self._attachments = attachments

    def _finish(self) -> None:
        """What only the whole chat can tell, once every message has been read."""
        summary = self.summary
        summary.attachments_referenced = len(self._attachments)
        if summary.unaccounted_lines:
            lines = summary.unaccounted_lines
            summary.warn("lines-before-first-message", lines[0], lines[-1], line=lines[0], count=len(lines))
        self._check_attachments(self._attachments)
        self._check_truncation()
        for number, left_out in sorted(self._long_lines.items()):
            summary.warn("line-too-long", str(number), str(left_out), str(MAX_LINE), line=number)

    def _to_day(self, date_text: str, order: str, year: int | None) -> date | None:
        parts = parse_date_text(date_text)
        if isinstance(parts, DateParts):
            return to_date(parts, order)
        if isinstance(parts, NamedDate):
            return _named_day(parts, parts.year if parts.year is not None else year)
        return None

    def _check_attachments(self, referenced: set[str]) -> None:
        store = self.chat.attachments
        summary = self.summary
        if not referenced:
            return
        if store.kind == "none":
            return
        available = store.names()
        missing = sorted(referenced - available)
        if store.kind == "folder" and len(missing) == len(referenced):
            summary.warn("media-not-included", count=len(referenced))
            return
        if missing:
            listed = ", ".join(missing[:_MAX_LISTED]) + (" …" if len(missing) > _MAX_LISTED else "")
            summary.warn("media-missing", listed, count=len(missing))
        if store.kind == "zip":
            unreferenced = sorted(available - referenced)
            if unreferenced:
                listed = ", ".join(unreferenced[:_MAX_LISTED]) + (" …" if len(unreferenced) > _MAX_LISTED else "")
                summary.warn("media-unreferenced", listed, count=len(unreferenced))

    def _check_truncation(self) -> None:
        summary = self.summary
        with_media = self.chat.attachments.kind == "zip" and bool(self.chat.attachments.names())
        cap = EXPORT_CAP_MEDIA if with_media else EXPORT_CAP_TEXT
        if cap * 0.98 <= summary.message_count <= cap * 1.01:
            summary.warn("possibly-truncated", summary.message_count, cap, "media" if with_media else "text")


def _named_day(parts: NamedDate, year: int | None) -> date | None:
    if year is None:
        return None
    try:
        return date(year, parts.month, parts.day)
    except ValueError:
        return None
