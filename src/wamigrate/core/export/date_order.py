"""Decide whether an export writes day/month/year, month/day/year or year/month/day.

The decision uses every distinct date of the file: first which orders give a valid
calendar date for all of them, then, when several do, which one makes the dates of
consecutive messages move forward by small steps. It never guesses silently: an undecided
file is marked ambiguous and takes the caller's preference (or day-first, said so).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from wamigrate.core.export.headers import DateParts
from wamigrate.core.export.records import DateOrderDecision

ORDERS = ("DMY", "MDY", "YMD")
DEFAULT_ORDER = "DMY"
_LABEL = {"DMY": "day/month/year", "MDY": "month/day/year", "YMD": "year/month/day"}


def order_label(order: str) -> str:
    return _LABEL[order]


def to_date(parts: DateParts, order: str) -> date | None:
    """The calendar date ``parts`` stand for under ``order``, or None if there is none."""
    a, b, c = parts.values
    ya, yb, yc = parts.years
    if order == "YMD":
        if yb or yc:
            return None
        year, month, day = a, b, c
    else:
        if ya or yb:
            return None
        year = c
        month, day = (b, a) if order == "DMY" else (a, b)
    if year < 100:
        year += 2000  # WhatsApp appeared in 2009: a two-digit year is always 20xx.
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _movement(ordinals: list[int]) -> tuple[int, int]:
    backward = 0
    total = 0
    for previous, current in itertools.pairwise(ordinals):
        step = current - previous
        if step < 0:
            backward += 1
        total += abs(step)
    return backward, total


def decide(
    sequence: Sequence[tuple[str, DateParts]],
    preference: str | None = None,
) -> DateOrderDecision:
    """Decide the date order from the file's dates in file order (consecutive repeats removed).

    ``sequence`` holds (text as written, parts). ``preference`` is used when the dates
    leave the question open, or to choose between orders only the sequence tells apart.
    """
    distinct: dict[DateParts, str] = {}
    for text, parts in sequence:
        distinct.setdefault(parts, text)
    if not distinct:
        order = preference or DEFAULT_ORDER
        return DateOrderDecision(order, "no dates to decide from", ambiguous=True)

    candidates = list(ORDERS)
    ruled_out: dict[str, list[str]] = {}  # an example date -> the orders it rules out
    invalid_counts = {}
    for order in ORDERS:
        bad = [text for parts, text in distinct.items() if to_date(parts, order) is None]
        invalid_counts[order] = len(bad)
        if bad:
            ruled_out.setdefault(bad[0].strip(), []).append(order_label(order))
    reasons = [f"'{example}' cannot be {' or '.join(orders)}" for example, orders in ruled_out.items()]
    valid = [order for order in candidates if invalid_counts[order] == 0]
    if not valid:
        fewest = min(invalid_counts.values())
        valid = [order for order in ORDERS if invalid_counts[order] == fewest]
    if len(valid) == 1:
        order = valid[0]
        reason = f"only {order_label(order)} gives real dates: {'; '.join(reasons)}"
        if preference and preference != order:
            reason += f"; the requested {order_label(preference)} was not possible"
        return DateOrderDecision(order, reason, method="validity")

    # Several orders give valid dates everywhere: compare how the dates move.
    scores = {}
    for order in valid:
        # When no order fits every date (a damaged file), the dates this order cannot read
        # are left out of its movement; they are reported one by one when read.
        dates = (to_date(parts, order) for _, parts in sequence)
        scores[order] = _movement([day.toordinal() for day in dates if day is not None])
    ranked = sorted(valid, key=lambda order: scores[order])
    best, runner_up = ranked[0], ranked[1]
    (b_back, b_move), (r_back, r_move) = scores[best], scores[runner_up]
    clear = (r_back >= b_back + 2) or (r_back >= b_back and r_move >= 3 * max(b_move, 1))
    detail = ", ".join(
        f"{order_label(order)}: {scores[order][0]} steps back, {scores[order][1]} days moved" for order in ranked
    )
    if clear and preference in (None, best):
        return DateOrderDecision(
            best,
            f"every date fits several orders; {order_label(best)} makes consecutive messages "
            f"move forward in small steps ({detail})",
            method="sequence",
        )
    if preference in valid:
        why = "requested by the caller"
        if clear and preference != best:
            why += f", although the dates suggest {order_label(best)}"
        return DateOrderDecision(preference, f"{why} ({detail})", ambiguous=not clear, method="preference")
    # Not clear enough to decide alone, but the file's chronology still leans one way: that
    # order goes before the fixed default (issue 21); only a tie falls back to the default.
    if scores[best] != scores[runner_up]:
        chosen, why = best, f"{order_label(best)} moves forward more"
    else:
        chosen = DEFAULT_ORDER if DEFAULT_ORDER in valid else best
        why = f"assumed {order_label(chosen)}"
    return DateOrderDecision(
        chosen,
        f"ambiguous: every date fits {' and '.join(order_label(o) for o in ranked)} ({detail}); {why}",
        ambiguous=True,
    )
