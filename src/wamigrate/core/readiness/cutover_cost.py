"""What the cut-over will cost, estimated from the archive's impact (``Impact.to_json``) and a
rate card:

* the customers outside their 24-hour window at the cut-over, who can only be reached with a
  template, by country, times the rate of the template category the user picks;
* the business's own monthly replies sent within 24 hours of a customer's message (charged as
  service messages since 1 Oct 2026, past a monthly free allowance), times the service rate of
  its customers' countries.

Figures are estimates: they carry the card's date and source, and the customers whose
country is unknown (a chat named without a number) are counted apart, never priced.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from wamigrate.core.readiness.checks_costs import FREE_SERVICE_MESSAGES
from wamigrate.core.readiness.impact import typical_monthly
from wamigrate.core.readiness.rate_card import RateCard, market_for, regions_source, shipped
from wamigrate.core.translatable import QT_TR_NOOP

# What the user may pick for the first message to a customer outside the window.
FIRST_MESSAGE_CATEGORIES = {
    "marketing": QT_TR_NOOP("Marketing (offers, news, come back)"),
    "utility": QT_TR_NOOP("Utility (about an order, booking or account)"),
}


def estimate(
    impact: dict, category: str = "marketing", card: RateCard | None = None, today: date | None = None
) -> dict:
    """The estimate as a JSON-ready dict (the report's ``impact.cutover_cost``)."""
    if category not in FIRST_MESSAGE_CATEGORIES:
        raise ValueError(f"unknown category {category!r}")
    card = card or shipped()
    today = today or date.today()
    rows, unknown, moved = [], 0, set()
    for country, customers in (impact.get("outside_by_country") or {}).items():
        if country == "unknown":
            unknown += customers
            continue
        market = market_for(country, card)
        rate = card.rate(market.name, category)
        if market.own_rate_since:
            moved.add(country)
        rows.append(
            {
                "country": country,
                "market": market.name,
                "customers": customers,
                "rate": rate,
                "cost": round(customers * rate, 4) if rate is not None else None,
                "own_rate_since": market.own_rate_since,
            }
        )
    rows.sort(key=lambda row: (-(row["cost"] or 0), row["country"]))
    regions_url, regions_as_of = regions_source()
    return {
        "category": category,
        "currency": card.currency,
        "rates_effective": card.effective.isoformat(),
        "rates_title": card.title,
        "rates_source": card.source,
        "rates_file": card.file_name,
        "rates_outdated": _outdated(card.effective, today),
        "markets_source": regions_url,
        "markets_as_of": regions_as_of,
        "unknown_markets": list(card.unknown_markets),
        "day_one": rows,
        "day_one_customers": sum(row["customers"] for row in rows),
        "day_one_total": round(sum(row["cost"] or 0 for row in rows), 2),
        "unknown_country_customers": unknown,
        "priced_at_former_market": sorted(moved),
        "service": _service(impact, card),
    }


def _outdated(effective: date, today: date) -> bool:
    """Meta changes rates only on the first day of a quarter: a card older than the current
    quarter's first day may no longer hold."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return effective < quarter_start


def _service(impact: dict, card: RateCard) -> dict | None:
    replies = typical_monthly(impact.get("replies_in_window_by_month") or {})
    if replies is None:
        return None
    # The replies are not counted by country: they are priced at the mix of the business's
    # customers whose country is known (each market's service rate, weighted by customers).
    mix: Counter = Counter()
    for country, customers in (impact.get("customers_by_country") or {}).items():
        if country != "unknown":
            mix[market_for(country, card).name] += customers
    priced = {market: n for market, n in mix.items() if card.rate(market, "service") is not None}
    rate = (
        sum(card.rate(market, "service") * n for market, n in priced.items()) / sum(priced.values())
        if priced
        else card.rate("Other", "service")
    )
    charged = max(0, replies - FREE_SERVICE_MESSAGES)
    return {
        "replies_per_month": replies,
        "free_allowance": FREE_SERVICE_MESSAGES,
        "charged_per_month": charged,
        "rate": round(rate, 6) if rate is not None else None,
        "cost_per_month": round(charged * rate, 2) if rate is not None else None,
        "rate_from_customer_mix": bool(priced),
    }
