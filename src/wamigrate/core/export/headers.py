"""Recognise message headers and turn their date and time text into numbers.

A header is the timestamp (and separator) that starts every message line. The export's OS
picks the *family* (iOS brackets, Android " - ", legacy "time: "); the phone's locale picks
the date and time pattern inside it. One compiled pattern per family and arrangement
(date first or time first) finds header lines; the date and time text it captures are then
interpreted by small cached functions, because the same day and minute recur thousands of
times in a chat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Characters that carry direction or joining information. WhatsApp sprinkles them around
# headers, names and markers; they are skipped when matching structure and never removed
# from message text.
INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
# Spaces other than U+0020 that appear inside headers (before AM/PM, inside "p. m.").
ODD_SPACES = "\u00a0\u202f\u2009"
INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")

_INV = f"[{INVISIBLE}]*"
_SP = f"[ {ODD_SPACES}]"

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# Numeric date: three components separated by / . - (a space may follow the separator,
# RLM may sit anywhere); the last may be a Buddhist "2565 BE" or a Japanese era "R4".
_NUM_DATE = (
    rf"\d{{1,4}}{_INV}[/.\-]{_SP}?{_INV}\d{{1,4}}{_INV}[/.\-]{_SP}?{_INV}"
    rf"(?:\d{{1,4}}(?:{_SP}?BE)?|[MTSHR]\d{{1,2}})\.?"
)
_NAME_DATE = rf"(?:{_MONTH}{_SP}\d{{1,2}}(?:,?{_SP}\d{{4}})?|\d{{1,2}}{_SP}{_MONTH}(?:{_SP}\d{{4}})?)"
_DATE = rf"(?P<date>{_NUM_DATE}|{_NAME_DATE})"

# Day periods. After the time: AM/PM in every dotted and spaced form, English and German
# day periods, Arabic ص/م. Before the time: Chinese, Japanese and Korean markers.
PERIODS_AFTER = (
    r"[AaPp]\.?" + _SP + r"?[Mm]\.?",
    "in the morning",
    "in the afternoon",
    "in the evening",
    "at night",
    r"vorm\.",
    r"nachm\.",
    "morgens",
    "mittags",
    "nachmittags",
    "abends",
    "nachts",
    "\u0635",
    "\u0645",
)
PERIODS_BEFORE = ("上午", "下午", "午前", "午後", "오전", "오후")
_TIME = (
    rf"(?P<time>(?:(?:{'|'.join(PERIODS_BEFORE)}){_SP}?)?"
    rf"\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
    rf"(?:{_SP}*(?:{'|'.join(sorted(PERIODS_AFTER, key=len, reverse=True))}))?)"
)
_JOIN_DATE_TIME = rf"(?:[,\u060c]{_SP}*|{_SP}+)(?:(?:klo|à){_SP}+)?"  # Finnish "klo", French "à"
_JOIN_TIME_DATE = rf"(?:,{_SP}*|{_SP}+)"

_TIMESTAMPS = {
    "date-time": rf"{_DATE}{_INV}{_JOIN_DATE_TIME}{_INV}{_TIME}",
    "time-date": rf"{_TIME}{_INV}{_JOIN_TIME_DATE}{_INV}{_DATE}",
}
_FAMILIES = {
    # [3/18/22, 14:56:01] Name: text
    "ios": (rf"^{_INV}\[{_INV}", rf"{_INV}\][ \u00a0]?"),
    # 23/03/2022, 13:31 - Name: text
    "android": (rf"^{_INV}", rf"{_INV}{_SP}?-{_SP}"),
    # 7/1/16, 4:56:55 PM: text  (iOS and Android before about 2016)
    "legacy": (rf"^{_INV}", rf"{_INV}:{_SP}"),
}


@dataclass(frozen=True, slots=True)
class HeaderFormat:
    family: str
    arrangement: str
    pattern: re.Pattern[str]
    # Split a text that starts with a line break at every "line break + header": the result
    # is [before, (header, date, time, text) * n], all of it cut in C. ``splitter`` breaks
    # after any LF (a CR before it stays at the end of the text before); ``crlf_splitter``
    # only after CRLF (iOS, where a bare LF is a line break inside a message). Both start
    # with a literal, which lets the regex engine skip quickly from line break to line break.
    splitter: re.Pattern[str]
    crlf_splitter: re.Pattern[str]

    STRIDE = 4

    @property
    def date_at(self) -> int:
        """Offset of the date text from the header in each group of ``split`` results."""
        return self.splitter.groupindex["date"] - 1

    @property
    def time_at(self) -> int:
        return self.splitter.groupindex["time"] - 1

    @property
    def description(self) -> str:
        family = {
            "ios": "[date, time] sender: text",
            "android": "date, time - sender: text",
            "legacy": "date time: sender: text",
        }[self.family]
        if self.arrangement == "time-date":
            family = family.replace("date, time", "time, date").replace("date time", "time date")
        return family


def _compile(family: str, arrangement: str) -> HeaderFormat:
    prefix, suffix = _FAMILIES[family]
    header = prefix.removeprefix("^") + _TIMESTAMPS[arrangement] + suffix
    flags = re.IGNORECASE
    return HeaderFormat(
        family,
        arrangement,
        re.compile(prefix + _TIMESTAMPS[arrangement] + suffix, re.MULTILINE | flags),
        re.compile(rf"\n({header})", flags),
        re.compile(rf"\r\n({header})", flags),
    )


HEADER_FORMATS = tuple(_compile(family, arrangement) for family in _FAMILIES for arrangement in _TIMESTAMPS)


# ---------------------------------------------------------------------------------------
# Date text -> components


@dataclass(frozen=True, slots=True)
class DateParts:
    """The three numbers of a numeric date, in written order, before the order is known.

    ``years`` marks components that can only be a year (four digits, "BE", an era).
    """

    values: tuple[int, int, int]
    years: tuple[bool, bool, bool]


@dataclass(frozen=True, slots=True)
class NamedDate:
    """A date written with a month name; ``year`` is None when the export omitted it."""

    day: int
    month: int
    year: int | None


_ERAS = {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
_DIGITS = re.compile(r"\d+")
_NAMED = re.compile(
    rf"(?:(?P<m1>[^\W\d_]+)\.?{_SP}(?P<d1>\d{{1,2}})(?:,?{_SP}(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}}){_SP}(?P<m2>[^\W\d_]+)\.?(?:{_SP}(?P<y2>\d{{4}}))?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def parse_date_text(text: str) -> DateParts | NamedDate | None:
    """Interpret the ``date`` group of a header match; None if it is not a date after all."""
    stripped = text.translate(_STRIP_INVISIBLE)
    match = _NAMED.match(stripped)
    if match:
        month = MONTHS.get((match["m1"] or match["m2"]).lower())
        if month is None:
            return None
        year = match["y1"] or match["y2"]
        return NamedDate(int(match["d1"] or match["d2"]), month, int(year) if year else None)
    numbers = _DIGITS.findall(stripped)
    if len(numbers) != 3:
        return None
    values = [int(n) for n in numbers]
    years = [len(n) == 4 for n in numbers]
    tail = stripped.rstrip(". ")
    if tail.upper().endswith("BE"):
        values[2] -= 543
        years[2] = True
    elif tail[-len(numbers[2]) - 1 : -len(numbers[2])].upper() in _ERAS:
        values[2] += _ERAS[tail[-len(numbers[2]) - 1].upper()]
        years[2] = True
    for index, value in enumerate(values):
        if years[index] and value >= 2400:
            # A Thai phone writes Buddhist years; some exports omit the "BE" suffix.
            values[index] = value - 543
    return DateParts((values[0], values[1], values[2]), (years[0], years[1], years[2]))


_STRIP_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE, None) | dict.fromkeys(ODD_SPACES, " "))


# ---------------------------------------------------------------------------------------
# Time text -> hours, minutes, seconds

_AM = {"am", "vorm.", "morgens", "in the morning", "\u0635", "上午", "午前", "오전"}
_PM = {
    "pm",
    "nachm.",
    "nachmittags",
    "abends",
    "in the afternoon",
    "in the evening",
    "\u0645",
    "下午",
    "午後",
    "오후",
}
_TIME_PARTS = re.compile(r"(?P<before>\D*?)\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?P<after>.*)", re.DOTALL)


def _hour24(hour: int, period: str) -> int | None:
    if period in ("am", "pm"):
        pass
    elif period in _AM:
        period = "am"
    elif period in _PM:
        period = "pm"
    elif period == "mittags":
        # "12 Uhr mittags" is noon, "1 Uhr mittags" is 13:00.
        period = "pm"
    elif period in ("at night", "nachts"):
        # "11 at night" is 23:00, "2 at night" is 02:00.
        period = "pm" if hour >= 6 and hour != 12 else "am"
    else:
        return None
    if hour > 12:
        return None
    if period == "am":
        return 0 if hour == 12 else hour
    return hour if hour == 12 else hour + 12


@lru_cache(maxsize=8192)
def _time_fields(text: str) -> tuple[int, int, int, str] | None:
    """(hour, minute, second, the day-period words around them) of a time text, unchecked."""
    match = _TIME_PARTS.fullmatch(text.translate(_STRIP_INVISIBLE).strip())
    if match is None:
        return None
    second = int(match[4]) if match[4] else 0
    return int(match[2]), int(match[3]), second, (match["before"] + match["after"]).strip()


def lenient_time_text(text: str) -> tuple[int, int, int] | None:
    """A time some phones write although it does not exist: a 24-hour hour with AM or PM
    ("23:59 PM"). Read as the 24-hour time it shows; None for anything else."""
    fields = _time_fields(text)
    if fields is None or not fields[3]:
        return None
    hour, minute, second, _words = fields
    if 12 < hour <= 23 and minute <= 59 and second <= 59:
        return hour, minute, second
    return None


def parse_time_text(text: str) -> tuple[int, int, int] | None:
    """Interpret the ``time`` group of a header match; None if it is not a valid time."""
    pieces = text.split(":")
    if len(pieces) > 1 and "".join(pieces).isdecimal() and text.isascii():
        # The common 24-hour "14:56" / "14:56:01", without the general parse below.
        if len(pieces) == 2:
            hour, minute, second = int(pieces[0]), int(pieces[1]), 0
        elif len(pieces) == 3:
            hour, minute, second = int(pieces[0]), int(pieces[1]), int(pieces[2])
        else:
            return None
        if len(pieces[1]) != 2 or hour > 23 or minute > 59 or second > 59:
            return None
        return hour, minute, second
    fields = _time_fields(text)
    if fields is None:
        return None
    hour, minute, second, words = fields
    if words:
        period = words.lower()
        compact = period.replace(".", "").replace(" ", "")
        if compact in ("am", "pm"):
            period = compact
        hour24 = _hour24(hour, period)
        if hour24 is None:
            return None
        hour = hour24
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second
