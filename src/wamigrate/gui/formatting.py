"""Numbers, dates and sizes written the way the user's locale writes them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def number(value: int) -> str:
    return QLocale().toString(value)


def day(iso: str) -> str:
    """'2023-04-02' (or a longer local time) as the locale's long date, e.g. 'Sunday, 2 April 2023'."""
    return QLocale().toString(QDate.fromString(iso[:10], Qt.DateFormat.ISODate), QLocale.FormatType.LongFormat)


def _plain_locale() -> bool:
    """The C/POSIX locale (LANG=C, common on servers and minimal desktops): its short date is
    "5 01 2024", which reads as nothing; write ISO dates instead."""
    return QLocale().language() == QLocale.Language.C


def short_day(iso: str) -> str:
    if _plain_locale():
        return iso[:10]
    return QLocale().toString(QDate.fromString(iso[:10], Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat)


def moment(iso: str) -> str:
    """A local time 'YYYY-MM-DDTHH:MM[:SS]' as the locale's short date and time."""
    if _plain_locale():
        return iso[:16].replace("T", " ")
    value = QDateTime.fromString(iso[:16], "yyyy-MM-ddTHH:mm")
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def size(count: int) -> str:
    return QLocale().formattedDataSize(count)


def isolated(text: str) -> str:
    """``text`` as a Unicode first-strong isolate: an Arabic or Hebrew message (or a Latin one
    in a right-to-left interface) is laid out in its own direction inside the surrounding line."""
    return f"\u2068{text}\u2069" if text else text
