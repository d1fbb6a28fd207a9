"""What the move changes for this business, computed from its chat archive.

* the 24-hour window at cut-over: which customers wrote within 24 hours before the
  planned cut-over (they can get a free-form reply) and which will need a template,
  by the customer's country (template prices differ by country);
* what will not carry over: groups, calls, deleted messages, polls, disappearing
  messages, with the chats concerned;
* how fast the business answers today (share of customer messages answered within 24 h).

The business itself is the name the user chose, or the sender present in every chat
(core.archive.owner), or the name a profile gives.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import phonenumbers
from dateutil import tz

from wamigrate.core.archive.owner import owner
from wamigrate.core.readiness.templates_found import template_candidates
from wamigrate.core.translatable import QT_TR_NOOP

WINDOW = timedelta(hours=24)


@dataclass
class Impact:
    business_sender: str | None
    cutover_utc: str | None
    timezone: str | None = None  # the cut-over's zone: times are shown in it    customers: int = 0
    inside_window: int = 0
    outside_window: int = 0
    outside_by_country: dict[str, int] = field(default_factory=dict)
    hours_since_last_inbound: dict[str, int] = field(default_factory=dict)  # bucket -> customers
    not_carried_over: dict[str, dict] = field(default_factory=dict)  # feature -> {"messages", "chats"}
    answered_within_24h: float | None = None
    response_habits: dict | None = None
    messages_per_month: dict[str, int] = field(default_factory=dict)
    template_candidates: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "business_sender": self.business_sender,
            "cutover_utc": self.cutover_utc,
            "timezone": self.timezone,
            "customers": self.customers,
            "inside_window": self.inside_window,
            "outside_window": self.outside_window,
            "outside_by_country": self.outside_by_country,
            "hours_since_last_inbound": self.hours_since_last_inbound,
            "not_carried_over": self.not_carried_over,
            "answered_within_24h": self.answered_within_24h,
            "response_habits": self.response_habits,
            "messages_per_month": self.messages_per_month,
            "template_candidates": self.template_candidates,
        }


def business_sender(archive, override: str | None = None) -> str | None:
    """The display name the business writes as: ``override`` (a profile's own_name), else
    what the archive keeps (core.archive.owner)."""
    return override or owner(archive).name


# Customers by time since their last message at cut-over: (upper limit in hours, label).
# The labels are also the JSON keys; the GUI and the PDF translate them for display.
HOUR_BUCKETS = (
    (24, QT_TR_NOOP("under 24 h")),
    (72, QT_TR_NOOP("1-3 days")),
    (24 * 7, QT_TR_NOOP("3-7 days")),
    (24 * 30, QT_TR_NOOP("1-4 weeks")),
    (None, QT_TR_NOOP("over 4 weeks")),
)
AFTER_CUTOVER = QT_TR_NOOP("after the cut-over time")
# The features of "not carried over": JSON keys, shown translated.
NOT_CARRIED_OVER = {
    "group chats": QT_TR_NOOP("group chats"),
    "calls": QT_TR_NOOP("calls"),
    "deleted messages": QT_TR_NOOP("deleted messages"),
    "polls": QT_TR_NOOP("polls"),
    "disappearing messages": QT_TR_NOOP("disappearing messages"),
}


def bucket_order(hours: dict) -> list[str]:
    """The chart's bars in order; "after the cut-over time" only when some customer is there."""
    return [label for _limit, label in HOUR_BUCKETS] + ([AFTER_CUTOVER] if AFTER_CUTOVER in hours else [])


def _buckets(hours: float) -> str:
    for limit, label in HOUR_BUCKETS:
        if limit is None or hours < limit:
            return label
    raise AssertionError("the last bucket has no limit")


def analyse(archive, cutover: str | None, timezone: str | None, business: str | None = None) -> Impact:
    """The impact of the move, from an open Archive."""
    connection = archive.connection
    sender = business_sender(archive, business)
    cutover_utc = None
    if cutover:
        zone = tz.gettz(timezone) if timezone else tz.tzlocal()
        local = datetime.fromisoformat(cutover).replace(tzinfo=zone)
        cutover_utc = local.astimezone(tz.UTC).replace(tzinfo=None)
    impact = Impact(sender, cutover_utc.isoformat() + "Z" if cutover_utc else None, timezone=timezone)

    if sender is None:
        # Without knowing which sender is the business, "last customer message" means nothing.
        impact.customers = connection.execute("SELECT count(*) FROM chats WHERE is_group = 0").fetchone()[0]
        rows = []
    else:
        # Last customer message per 1:1 chat, and the customer's phone for the country.
        rows = connection.execute(
            "SELECT c.id, max(m.utc_time), max(p.phone) FROM chats c "
            "JOIN messages m ON m.chat_id = c.id JOIN participants p ON p.id = m.sender_id "
            "WHERE c.is_group = 0 AND p.display_name IS NOT ? GROUP BY c.id",
            (sender,),
        ).fetchall()
        impact.customers = len(rows)
    buckets: Counter = Counter()
    countries: Counter = Counter()
    for _chat, last_utc, phone in rows:
        if cutover_utc is None:
            continue
        last = datetime.fromisoformat(last_utc.rstrip("Z"))
        age = cutover_utc - last
        if age < timedelta(0):
            buckets[AFTER_CUTOVER] += 1  # the archive runs past the planned cut-over
            continue
        if age < WINDOW:
            impact.inside_window += 1
        else:
            impact.outside_window += 1
            countries[_country(phone)] += 1
        buckets[_buckets(age.total_seconds() / 3600)] += 1
    impact.outside_by_country = dict(countries.most_common())
    impact.hours_since_last_inbound = dict(buckets)

    features = {
        "group chats": ("SELECT count(*), count(DISTINCT m.chat_id) FROM messages m JOIN chats c ON c.id = m.chat_id "
                        "WHERE c.is_group = 1", ()),
        "calls": ("SELECT count(*), count(DISTINCT chat_id) FROM messages WHERE kind = 'call'", ()),
        "deleted messages": ("SELECT count(*), count(DISTINCT chat_id) FROM messages WHERE kind = 'deleted'", ()),
        "polls": ("SELECT count(*), count(DISTINCT chat_id) FROM messages WHERE kind = 'poll'", ()),
        "disappearing messages": (
            "SELECT count(*), count(DISTINCT chat_id) FROM messages WHERE kind = 'system' AND detail = 'disappearing'",
            (),
        ),
    }  # fmt: skip
    for name, (sql, params) in features.items():
        messages, chats = connection.execute(sql, params).fetchone()
        if messages:
            impact.not_carried_over[name] = {"messages": messages, "chats": chats}

    habits = _response_habits(connection, sender)
    if habits is not None:
        impact.answered_within_24h = habits["answered_within_24h"]
        impact.response_habits = habits
    impact.template_candidates = template_candidates(connection, sender)
    impact.messages_per_month = dict(
        connection.execute("SELECT substr(local_time, 1, 7), count(*) FROM messages GROUP BY 1 ORDER BY 1").fetchall()
    )
    return impact


def _country(phone: str | None) -> str:
    if not phone:
        return "unknown"
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(phone, None)) or "unknown"
    except phonenumbers.NumberParseException:
        return "unknown"


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _response_habits(connection, sender: str | None) -> dict | None:
    """How fast the business answers: for each run of customer messages in a 1:1 chat, the
    time from its first message to the business's next message (none: unanswered)."""
    if sender is None:
        return None
    waits: list[tuple[datetime, timedelta | None]] = []  # (customer message local time, wait)
    pending: dict[int, tuple[datetime, datetime]] = {}  # chat -> (utc, local) of the first unanswered
    for chat_id, utc, local, name in connection.execute(
        "SELECT m.chat_id, m.utc_time, m.local_time, p.display_name FROM messages m JOIN chats c ON c.id = m.chat_id "
        "JOIN participants p ON p.id = m.sender_id WHERE c.is_group = 0 ORDER BY m.chat_id, m.utc_time, m.id"
    ):
        when = datetime.fromisoformat(utc.rstrip("Z"))
        if name == sender:
            first = pending.pop(chat_id, None)
            if first is not None:
                waits.append((first[1], when - first[0]))
        elif chat_id not in pending:
            pending[chat_id] = (when, datetime.fromisoformat(local))
    waits += [(local, None) for _, local in pending.values()]
    if not waits:
        return None
    answered = sorted(wait for _, wait in waits if wait is not None)
    by_weekday: dict[str, list[int]] = {day: [0, 0] for day in _WEEKDAYS}
    by_hour: dict[str, list[int]] = {f"{hour:02d}": [0, 0] for hour in range(24)}
    quick_total = 0
    for local, wait in waits:
        quick = wait is not None and wait <= WINDOW
        quick_total += quick
        for bucket in (by_weekday[_WEEKDAYS[local.weekday()]], by_hour[f"{local.hour:02d}"]):
            bucket[0] += quick
            bucket[1] += 1
    median = answered[len(answered) // 2] if answered else None
    return {
        "answered_within_24h": round(quick_total / len(waits), 3),
        "median_first_response_minutes": round(median.total_seconds() / 60, 1) if median is not None else None,
        "by_weekday": {day: round(a / n, 3) for day, (a, n) in by_weekday.items() if n},
        "by_hour": {hour: round(a / n, 3) for hour, (a, n) in by_hour.items() if n},
    }
