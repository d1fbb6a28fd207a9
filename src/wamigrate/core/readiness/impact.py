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

from wamigrate.core.archive.customers import WINDOW, customers
from wamigrate.core.archive.owner import owner
from wamigrate.core.errors import WamigrateError
from wamigrate.core.readiness.templates_found import template_candidates
from wamigrate.core.translatable import QT_TR_NOOP, tr


def typical_monthly(by_month: dict[str, int]) -> int | None:
    """The mean of the last three months that have any: what a month after the cut-over will
    likely hold."""
    recent = [by_month[month] for month in sorted(by_month)[-3:]]
    return round(sum(recent) / len(recent)) if recent else None


@dataclass
class Impact:
    business_sender: str | None
    cutover_utc: str | None
    timezone: str | None = None  # the cut-over's zone: times are shown in it
    customers: int = 0
    inside_window: int = 0
    outside_window: int = 0
    outside_by_country: dict[str, int] = field(default_factory=dict)
    hours_since_last_inbound: dict[str, int] = field(default_factory=dict)  # bucket -> customers
    not_carried_over: dict[str, dict] = field(default_factory=dict)  # feature -> {"messages", "chats"}
    answered_within_24h: float | None = None
    response_habits: dict | None = None
    messages_per_month: dict[str, int] = field(default_factory=dict)
    template_candidates: list[dict] = field(default_factory=list)
    customers_by_country: dict[str, int] = field(default_factory=dict)  # every 1:1 customer ("unknown": no number)
    # The business's replies sent within 24 hours of a customer's message, per local month: what
    # Meta charges as service messages since 1 Oct 2026.
    replies_in_window_by_month: dict[str, int] = field(default_factory=dict)
    quiet_customers: int = 0  # 1:1 chats with no message either way in the 30 days before the cut-over

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
            "customers_by_country": self.customers_by_country,
            "replies_in_window_by_month": self.replies_in_window_by_month,
            "quiet_customers": self.quiet_customers,
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


# What each of them is on the API today (Meta "Groups API", 16 Jun 2026; Calling API, GA 15 Jul
# 2025; audit 2026-12, section 2), shown beside the counts.
ON_THE_API = {
    "group chats": QT_TR_NOOP("only for verified-brand accounts, at most 8 people; not under coexistence"),
    "calls": QT_TR_NOOP("only with a calling integration and a 2,000 limit; not under coexistence"),
    "deleted messages": QT_TR_NOOP("a message sent through the API cannot be deleted"),
    "polls": QT_TR_NOOP("cannot be sent; a customer's poll arrives as an unsupported message"),
    "disappearing messages": QT_TR_NOOP("not available; turned off under coexistence"),
}


def bucket_order(hours: dict) -> list[str]:
    """The chart's bars in order; "after the cut-over time" only when some customer is there."""
    return [label for _limit, label in HOUR_BUCKETS] + ([AFTER_CUTOVER] if AFTER_CUTOVER in hours else [])


def _buckets(hours: float) -> str:
    for limit, label in HOUR_BUCKETS:
        if limit is None or hours < limit:
            return label
    raise AssertionError("the last bucket has no limit")


def cutover_instant(cutover: str | None, timezone: str | None) -> datetime | None:
    """The planned cut-over ("YYYY-MM-DDTHH:MM", local in ``timezone``, else this computer's)
    as a naive UTC instant."""
    if not cutover:
        return None
    zone = tz.gettz(timezone) if timezone else tz.tzlocal()
    if zone is None:
        raise WamigrateError(tr("{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).").format(timezone))
    try:
        local = datetime.fromisoformat(cutover).replace(tzinfo=zone)
    except ValueError:
        raise WamigrateError(
            tr("The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.").format(cutover)
        ) from None
    return local.astimezone(tz.UTC).replace(tzinfo=None)


def analyse(archive, cutover: str | None, timezone: str | None, business: str | None = None) -> Impact:
    """The impact of the move, from an open Archive."""
    connection = archive.connection
    sender = business_sender(archive, business)
    cutover_utc = cutover_instant(cutover, timezone)
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
    impact.customers_by_country = dict(Counter(_country(phone) for _chat, _last, phone in rows).most_common())
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

    habits, replies = _response_habits(connection, sender)
    impact.replies_in_window_by_month = replies
    if cutover_utc is not None:
        # The customer list's own judgement (BA-10 and the CSV agree by construction).
        impact.quiet_customers = sum(bool(c.quiet_30_days) for c in customers(archive, cutover_utc, sender))
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


def _response_habits(connection, sender: str | None) -> tuple[dict | None, dict[str, int]]:
    """How fast the business answers: for each run of customer messages in a 1:1 chat, the
    time from its first message to the business's next message (none: unanswered); and, in the
    same pass, the business's messages sent within 24 hours of the customer's last message, per
    local month (the replies Meta now charges as service messages)."""
    if sender is None:
        return None, {}
    waits: list[tuple[datetime, timedelta | None]] = []  # (customer message local time, wait)
    pending: dict[int, tuple[datetime, datetime]] = {}  # chat -> (utc, local) of the first unanswered
    last_inbound: dict[int, datetime] = {}  # chat -> utc of the customer's latest message
    replies: Counter = Counter()
    for chat_id, utc, local, name in connection.execute(
        "SELECT m.chat_id, m.utc_time, m.local_time, p.display_name FROM messages m JOIN chats c ON c.id = m.chat_id "
        "JOIN participants p ON p.id = m.sender_id WHERE c.is_group = 0 ORDER BY m.chat_id, m.utc_time, m.id"
    ):
        when = datetime.fromisoformat(utc.rstrip("Z"))
        if name == sender:
            first = pending.pop(chat_id, None)
            if first is not None:
                waits.append((first[1], when - first[0]))
            inbound = last_inbound.get(chat_id)
            if inbound is not None and when - inbound <= WINDOW:
                replies[local[:7]] += 1
        else:
            last_inbound[chat_id] = when
            if chat_id not in pending:
                pending[chat_id] = (when, datetime.fromisoformat(local))
    waits += [(local, None) for _, local in pending.values()]
    by_month = dict(sorted(replies.items()))
    if not waits:
        return None, by_month
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
    habits = {
        "answered_within_24h": round(quick_total / len(waits), 3),
        "median_first_response_minutes": round(median.total_seconds() / 60, 1) if median is not None else None,
        "by_weekday": {day: round(a / n, 3) for day, (a, n) in by_weekday.items() if n},
        "by_hour": {hour: round(a / n, 3) for hour, (a, n) in by_hour.items() if n},
    }
    return habits, by_month
