"""A quick look at the start of a file: is it a chat export, and in which header format?"""

from __future__ import annotations

import re

from wamigrate.core.export.headers import HEADER_FORMATS, HeaderFormat, parse_date_text, parse_time_text
from wamigrate.core.export.text_stream import FALLBACK_ENCODINGS, sniff_encoding

_CSV_LINE = re.compile(r"^[^,;\t\n]*([,;\t])[^\n]*\1")


def count_headers(text: str, header_format: HeaderFormat) -> int:
    found = 0
    for match in header_format.pattern.finditer(text):
        if parse_date_text(match["date"]) is not None and parse_time_text(match["time"]) is not None:
            found += 1
    return found


def best_format(text: str) -> tuple[HeaderFormat | None, int]:
    """The header format with the most valid header lines in ``text``."""
    best, best_count = None, 0
    for header_format in HEADER_FORMATS:
        found = count_headers(text, header_format)
        if found > best_count:
            best, best_count = header_format, found
    return best, best_count


def decode_head(head: bytes) -> str:
    codec = sniff_encoding(head)
    for candidate in (codec, *(name for name, _ in FALLBACK_ENCODINGS)):
        try:
            # The head may end in the middle of a character: drop up to three bytes.
            for cut in range(4):
                try:
                    return head[: len(head) - cut].decode(candidate)
                except UnicodeDecodeError:
                    if cut == 3:
                        raise
        except UnicodeDecodeError:
            continue
        except LookupError:
            continue
    return head.decode("latin-1")


EMPTY, SPREADSHEET, NO_HEADER = "empty", "spreadsheet", "no-header"


def sniff_chat_bytes(head: bytes) -> str | None:
    """None if ``head`` starts like a chat export; otherwise why it does not, as a code
    (EMPTY, SPREADSHEET, NO_HEADER): the caller writes the whole sentence, so that it is
    translated as one."""
    if not head.strip():
        return EMPTY
    text = decode_head(head)
    header_format, _found = best_format(text)
    if header_format is not None:
        return None
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if _CSV_LINE.match(first):
        return SPREADSHEET
    return NO_HEADER
