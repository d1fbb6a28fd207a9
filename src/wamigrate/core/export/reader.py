"""Read one chat's text into :class:`Message` records, streaming, with nothing lost.

Two passes over the text, each in bounded memory:

1. *Scan*: confirm the encoding, choose the header format, collect every distinct date
   (in file order) and how header lines are preceded (CRLF or a bare LF).
2. *Emit*: with the date order decided from all those dates, cut the text at header lines
   and turn each message into a record.

A message's text is the exact slice of the file between its header and the line break
that precedes the next header; every line before the first header is reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from wamigrate.core.cancel import CancelToken, ProgressCallback, no_progress
from wamigrate.core.errors import NotAnExportError
from wamigrate.core.export.classify import classify
from wamigrate.core.export.date_order import decide, order_label, to_date
from wamigrate.core.export.headers import DateParts, HeaderFormat, NamedDate, parse_date_text, parse_time_text
from wamigrate.core.export.records import MEDIA, ChatSummary, DateOrderDecision, Message
from wamigrate.core.export.sniff import best_format
from wamigrate.core.export.sources import ChatFile
from wamigrate.core.export.text_stream import (
    CHUNK_SIZE,
    FALLBACK_ENCODINGS,
    encoding_label,
    iter_text,
    sniff_encoding,
)

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


@dataclass(slots=True)
class _Scan:
    codec: str
    header_format: HeaderFormat
    sequence: list[tuple[str, DateParts]]
    named_wraps: int
    has_yearless: bool
    crlf_headers: int
    lf_headers: int


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

    # -- pass 1 ------------------------------------------------------------------------

    def _scan(self) -> _Scan:
        with self.chat.opener() as stream:
            head = stream.read(65536)
        codec, certain = sniff_encoding(head)
        candidates = [codec] if certain else [codec, *(name for name, _ in FALLBACK_ENCODINGS)]
        last_error: UnicodeDecodeError | None = None
        for candidate in candidates:
            try:
                return self._scan_with(candidate)
            except UnicodeDecodeError as exc:
                last_error = exc
        raise NotAnExportError(f"{self.chat.source_name} could not be decoded as text ({last_error}).")

    def _scan_with(self, codec: str) -> _Scan:
        header_format: HeaderFormat | None = None
        sequence: list[tuple[str, DateParts]] = []
        last_date_text: str | None = None
        date_cache: dict[str, DateParts | NamedDate | None] = {}
        last_month: int | None = None
        wraps = 0
        has_yearless = False
        crlf = lf = 0
        buffer = ""
        done = 0
        previous_tail = ""
        for text, consumed in iter_text(self.chat.opener, codec, self.options.chunk_size):
            self._cancel.raise_if_cancelled()
            done += consumed
            self._progress(self._offset + done, self._offset + self._total)
            buffer += text
            limit = buffer.rfind("\n") + 1
            if header_format is None:
                if limit == 0 and len(buffer) < 4 * self.options.chunk_size:
                    continue
                header_format, _ = best_format(buffer[: max(limit, len(buffer))])
                if header_format is None:
                    raise NotAnExportError(
                        f"{self.chat.source_name} is not a WhatsApp chat export: no line starts with a "
                        "date and time the way WhatsApp's exported chats do."
                    )
            region = buffer[:limit]
            for match in header_format.pattern.finditer(region):
                date_text = match["date"]
                parts = date_cache.get(date_text, False)
                if parts is False:
                    parts = parse_date_text(date_text)
                    date_cache[date_text] = parts
                if parts is None or parse_time_text(match["time"]) is None:
                    continue
                start = match.start()
                if start >= 2:
                    before = region[start - 2 : start]
                else:
                    before = (previous_tail + region[:start])[-2:]
                if before.endswith("\r\n"):
                    crlf += 1
                elif before.endswith("\n"):
                    lf += 1
                if date_text != last_date_text:
                    last_date_text = date_text
                    if isinstance(parts, DateParts):
                        if len(sequence) < _MAX_SEQUENCE:
                            sequence.append((date_text, parts))
                    elif parts.year is None:
                        has_yearless = True
                        if last_month is not None and parts.month < last_month:
                            wraps += 1
                        last_month = parts.month
            previous_tail = region[-2:] if region else previous_tail
            buffer = buffer[limit:]
        if header_format is None:
            header_format, _ = best_format(buffer)
            if header_format is None:
                raise NotAnExportError(
                    f"{self.chat.source_name} is not a WhatsApp chat export: no line starts with a "
                    "date and time the way WhatsApp's exported chats do."
                )
        if buffer:
            for match in header_format.pattern.finditer(buffer):
                parts = parse_date_text(match["date"])
                if isinstance(parts, DateParts) and match["date"] != last_date_text:
                    sequence.append((match["date"], parts))
                    last_date_text = match["date"]
        return _Scan(codec, header_format, sequence, wraps, has_yearless, crlf, lf)

    # -- pass 2 ------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Message]:
        scan = self._scan()
        summary = self.summary
        fmt = scan.header_format
        summary.platform = fmt.family
        summary.header_format = fmt.description
        summary.encoding = encoding_label(scan.codec)
        if scan.codec in {name for name, _ in FALLBACK_ENCODINGS}:
            summary.warn(
                "encoding",
                f"This export is not UTF-8 text; it was read as {encoding_label(scan.codec)}. "
                "Check that names and accented letters look right.",
            )
        decision = decide(scan.sequence, self.options.date_order)
        if not scan.sequence and scan.has_yearless:
            decision = DateOrderDecision("DMY", "dates are written with month names", ambiguous=False)
        summary.date_order = decision
        if decision.ambiguous and scan.sequence:
            summary.warn(
                "date-order-ambiguous",
                f"The dates in this export could be read either way ({decision.reason}). "
                "Check the dates, and choose the order if they are wrong.",
            )
        # iOS ends messages with CRLF and breaks lines inside them with a bare LF. When CRLF is
        # how most header lines are preceded, only those start messages: a header-shaped line
        # after a bare LF is pasted text.
        ios_structured = fmt.family == "ios" and scan.crlf_headers > 0 and scan.crlf_headers >= scan.lf_headers
        year_base = None
        if scan.has_yearless:
            reference_year = (self.chat.modified or datetime.now()).year
            year_base = reference_year - scan.named_wraps
            summary.warn(
                "year-missing",
                f"This old export does not write years; years were counted back from the export's "
                f"date, starting in {year_base}.",
            )
        yield from self._emit(scan, decision.order, ios_structured, year_base)

    def _emit(self, scan: _Scan, order: str, ios_structured: bool, year_base: int | None) -> Iterator[Message]:
        summary = self.summary
        pattern = scan.header_format.pattern
        ios = scan.header_format.family == "ios"
        title = self.chat.title
        date_cache: dict[str, date | None] = {}
        attachments: set[str] = set()
        kinds: Counter = summary.kinds
        senders: Counter = summary.senders
        media_types: Counter = summary.media_types
        year = year_base
        last_month: int | None = None

        buffer = ""
        scan_pos = 0  # where the next search starts; always just after a "\n" or 0
        line_pos = 0  # a position in buffer whose line number is known
        line_no = 1
        current: tuple[int, int, datetime, int] | None = None  # (header start, body start, time, line)
        seq = 0
        done = 0
        first_start = None
        bad_headers = 0
        size_total = self._total

        def finish(end: int, next_line: int | None) -> Message:
            nonlocal seq
            _, body_start, when, line = current  # type: ignore[misc]
            rest = buffer[body_start:end]
            if rest.endswith("\n"):
                rest = rest[:-2] if rest.endswith("\r\n") else rest[:-1]
            body = classify(rest, ios, seq == 0)
            end_line = (next_line - 1) if next_line is not None else line + rest.count("\n")
            message = Message(
                chat=title,
                seq=seq,
                time=when,
                sender=body.sender,
                kind=body.kind,
                text=body.text,
                line=line,
                end_line=end_line,
                attachment=body.attachment,
                media_type=body.media_type,
                edited=body.edited,
                detail=body.detail,
                poll=body.poll,
                system_author=body.system_author,
            )
            seq += 1
            kinds[body.kind] += 1
            if body.sender is not None:
                senders[body.sender] += 1
            if body.kind == MEDIA:
                media_types[body.media_type or "unknown"] += 1
                if body.attachment:
                    attachments.add(body.attachment)
            if summary.first_time is None or when < summary.first_time:
                summary.first_time = when
            if summary.last_time is None or when > summary.last_time:
                summary.last_time = when
            return message

        newlines = 0
        last_char = ""
        for text, consumed in iter_text(self.chat.opener, scan.codec, self.options.chunk_size):
            self._cancel.raise_if_cancelled()
            done += consumed
            self._progress(self._offset + size_total // 2 + done, self._offset + size_total)
            if text:
                newlines += text.count("\n")
                last_char = text[-1]
            buffer += text
            limit = buffer.rfind("\n") + 1
            if limit <= scan_pos:
                continue
            for match in pattern.finditer(buffer, scan_pos, limit):
                start = match.start()
                if ios_structured and start > 0 and buffer[start - 2 : start] != "\r\n":
                    continue
                date_text = match["date"]
                day = date_cache.get(date_text, False)
                if day is False:
                    day = self._to_day(date_text, order, year)
                    date_cache[date_text] = day
                hms = parse_time_text(match["time"])
                if year is not None:
                    # Dates without a year: the year moves on when the month goes back.
                    parts = parse_date_text(date_text)
                    if isinstance(parts, NamedDate) and parts.year is None:
                        if last_month is not None and parts.month < last_month:
                            year += 1
                        last_month = parts.month
                        day = _named_day(parts, year)
                line_no += buffer.count("\n", line_pos, start)
                line_pos = start
                if day is None or hms is None:
                    bad_headers += 1
                    summary.warn(
                        "bad-header",
                        "This line starts like a message but its date or time is impossible "
                        f"('{match.group(0).strip()}'); it was kept as part of the message before it.",
                        line_no,
                    )
                    continue
                when = datetime(day.year, day.month, day.day, *hms)
                if current is None:
                    first_start = start
                    if start > 0:
                        summary.unaccounted_lines.extend(range(1, line_no))
                else:
                    yield finish(start, line_no)
                current = (start, match.end(), when, line_no)
            scan_pos = limit
            # Drop what no message needs any more, keeping positions consistent.
            keep_from = current[0] if current is not None else scan_pos
            if keep_from > 0:
                line_no += buffer.count("\n", line_pos, keep_from)
                line_pos = 0
                buffer = buffer[keep_from:]
                scan_pos -= keep_from
                if current is not None:
                    current = (0, current[1] - keep_from, current[2], current[3])

        # The last line may lack its line break.
        if buffer[scan_pos:]:
            tail_start = scan_pos
            buffer += "\n"
            for match in pattern.finditer(buffer, tail_start):
                start = match.start()
                if ios_structured and start > 0 and buffer[start - 2 : start] != "\r\n":
                    continue
                parts = self._to_day(match["date"], order, year)
                hms = parse_time_text(match["time"])
                if parts is None or hms is None:
                    continue
                line_no += buffer.count("\n", line_pos, start)
                line_pos = start
                when = datetime(parts.year, parts.month, parts.day, *hms)
                if current is None:
                    first_start = start
                    summary.unaccounted_lines.extend(range(1, line_no))
                else:
                    yield finish(start, line_no)
                current = (start, match.end(), when, line_no)
            buffer = buffer[:-1]
        total_lines = newlines + (1 if last_char and last_char != "\n" else 0)
        summary.line_count = total_lines
        if current is not None:
            yield finish(len(buffer), None)
        elif first_start is None:
            summary.unaccounted_lines.extend(range(1, total_lines + 1))
        summary.message_count = seq
        summary.attachments_referenced = len(attachments)
        if summary.unaccounted_lines:
            lines = summary.unaccounted_lines
            span = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
            summary.warn(
                "lines-before-first-message",
                f"{span} come before the first message and belong to none; they were not imported.",
                lines[0],
            )
        self._check_attachments(attachments)
        self._check_truncation()

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
            summary.warn(
                "media-not-included",
                f"The chat refers to {len(referenced)} media files, but none of them is next to it: "
                "this export was made without media, or the files were not copied.",
            )
            return
        if missing:
            listed = ", ".join(missing[:_MAX_LISTED]) + (" …" if len(missing) > _MAX_LISTED else "")
            summary.warn(
                "media-missing",
                f"{len(missing)} media files the chat refers to are not in the export: {listed}",
            )
        if store.kind == "zip":
            unreferenced = sorted(available - referenced)
            if unreferenced:
                listed = ", ".join(unreferenced[:_MAX_LISTED]) + (" …" if len(unreferenced) > _MAX_LISTED else "")
                summary.warn(
                    "media-unreferenced",
                    f"{len(unreferenced)} files in the export are not mentioned by any message: {listed}",
                )

    def _check_truncation(self) -> None:
        summary = self.summary
        with_media = self.chat.attachments.kind == "zip" and bool(self.chat.attachments.names())
        cap = EXPORT_CAP_MEDIA if with_media else EXPORT_CAP_TEXT
        if cap * 0.98 <= summary.message_count <= cap * 1.01:
            summary.warn(
                "possibly-truncated",
                f"This chat has {summary.message_count} messages, about WhatsApp's export limit of "
                f"{cap:,} {'with' if with_media else 'without'} media: older messages were probably left out. "
                + (
                    "Export it again without media to get up to 40,000 messages."
                    if with_media
                    else "WhatsApp cannot export more; keep the phone's own backup too."
                ),
            )


def _named_day(parts: NamedDate, year: int | None) -> date | None:
    if year is None:
        return None
    try:
        return date(year, parts.month, parts.day)
    except ValueError:
        return None


def describe_order(decision: DateOrderDecision) -> str:
    return f"{order_label(decision.order)} ({decision.reason})"
