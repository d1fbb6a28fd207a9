"""Property: messages rendered in any supported header format parse back exactly."""

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wamigrate.core.export import ChatReader, ReadOptions, open_export

NNBSP = "\u202f"
NBSP = "\u00a0"

# Text without digits after the first line cannot form a header; no "<", ">", "(" or ")"
# keeps clear of media markers; no CR or invisible characters at the start of a message.
_LETTERS = st.sampled_from(
    list("abcxyzABCXYZ éüñçß,.!?:;'-_/@#&*+=")
    + ["😀", "👍🏽", "👨‍👩‍👧", "謝", "謝", "中文", "日本", "한국", "مرحبا", "שלום", "ไทย", ": ", "\t", "\u200e", "~"]
)
_line = st.lists(_LETTERS, max_size=12).map("".join)
_first_line = st.lists(st.one_of(_LETTERS, st.sampled_from(list("0123456789"))), min_size=1, max_size=12).map(
    lambda parts: "x" + "".join(parts)
)
_text = st.tuples(_first_line, st.lists(_line, max_size=3)).map(lambda t: "\n".join([t[0], *t[1]]))
_sender = st.lists(
    st.sampled_from(list("abcdefgABCDEFG -~") + ["😀", "陳", "大文", "أحمد", "Émile"]), min_size=1, max_size=10
).map(lambda parts: "S" + "".join(parts))


def _date(when: datetime, order: str, sep: str, year_digits: int, pad: bool) -> str:
    year = f"{when.year}" if year_digits == 4 else f"{when.year % 100:02d}"
    day = f"{when.day:02d}" if pad else str(when.day)
    month = f"{when.month:02d}" if pad else str(when.month)
    parts = {"DMY": (day, month, year), "MDY": (month, day, year), "YMD": (year, month, day)}[order]
    return sep.join(parts)


def _h12(when: datetime) -> tuple[int, str]:
    hour = when.hour % 12 or 12
    return hour, "AM" if when.hour < 12 else "PM"


def render(fmt: str, when: datetime, date_text: str, sender: str, text: str) -> str:
    h, period = _h12(when)
    if fmt == "ios24":
        head = f"[{date_text}, {when:%H:%M:%S}] "
    elif fmt == "ios12":
        head = f"[{date_text}, {h}:{when:%M:%S}{NNBSP}{period}] "
    elif fmt == "ios-dotted":
        head = f"[{date_text} {when:%H.%M.%S}] "
    elif fmt == "ios-time-first":
        head = f"[{when:%H:%M:%S}, {date_text}] "
    elif fmt == "android24":
        head = f"{date_text}, {when:%H:%M} - "
    elif fmt == "android12":
        head = f"{date_text}, {h}:{when:%M}{NNBSP}{period.lower()} - "
    elif fmt == "android-es":
        head = f"{date_text} {h}:{when:%M} {period[0].lower()}.{NBSP}m. - "
    elif fmt == "android-klo":
        head = f"{date_text} klo {when:%H.%M} - "
    else:  # legacy
        head = f"{date_text}, {when:%H:%M:%S}: "
    return f"{head}{sender}: {text}"


FORMATS = (
    "ios24",
    "ios12",
    "ios-dotted",
    "ios-time-first",
    "android24",
    "android12",
    "android-es",
    "android-klo",
    "legacy",
)
_SECONDS = {"ios24", "ios12", "ios-dotted", "ios-time-first", "legacy"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fmt=st.sampled_from(FORMATS),
    order=st.sampled_from(("DMY", "MDY", "YMD")),
    sep=st.sampled_from(("/", ".", "-")),
    year_digits=st.sampled_from((2, 4)),
    pad=st.booleans(),
    start=st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2030, 1, 1)),
    steps=st.lists(st.integers(min_value=0, max_value=200_000), min_size=1, max_size=8),
    senders=st.lists(_sender, min_size=1, max_size=8),
    texts=st.lists(_text, min_size=8, max_size=8),
)
def test_render_and_parse_back(tmp_path_factory, fmt, order, sep, year_digits, pad, start, steps, senders, texts):
    if order == "YMD":
        year_digits = 4  # two-digit years are never written first
    ios = fmt.startswith("ios")
    when = start.replace(microsecond=0)
    if fmt not in _SECONDS:
        when = when.replace(second=0)
    rows = []
    for index, step in enumerate(steps):
        when = when + timedelta(seconds=step if fmt in _SECONDS else step * 60)
        sender = senders[index % len(senders)]
        text = texts[index]
        date_text = _date(when, order, sep, year_digits, pad)
        rows.append((when, sender, text, render(fmt, when, date_text, sender, text)))
    content = ("\r\n" if ios else "\n").join(row[3] for row in rows) + ("\r\n" if ios else "\n")
    path = tmp_path_factory.mktemp("rt") / "WhatsApp Chat with X.txt"
    path.write_bytes(content.encode("utf-8"))

    export = open_export(path)
    reader = ChatReader(export.chats[0], ReadOptions(date_order=order))
    messages = list(reader)
    assert [(m.time, m.sender, m.text) for m in messages] == [(r[0], r[1], r[2]) for r in rows]
    assert all(m.kind == "text" for m in messages)
    assert messages[-1].end_line == reader.summary.line_count
