"""Meta's per-message rates: the card shipped in ``rates.toml`` (dated), or the CSV a user
downloads from Meta's pricing page, read the same way; and the market a customer's country
is priced in.

Meta's CSV looks like this (a title line with the effective date, a few "Learn more" lines,
then the table; a header cell may hold a line break, and "n/a" marks a rate that does not
apply)::

    "Cost per message in USD on the WhatsApp Business Platform, effective April 1, 2026",,,,,,
    We charge on a per-message basis ...,,,,https://developers.facebook.com/docs/whatsapp/pricing,,
    Market,Currency,Marketing,Utility,Authentication,"Authentication-
    International",Service
    Argentina,USD,0.0618,0.0260,0.0260,n/a,n/a
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path

from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import tr

CATEGORIES = ("marketing", "utility", "authentication", "authentication_international", "service")
_NOT_APPLICABLE = -1  # rates.toml's spelling of Meta's "n/a"
_LARGEST_CARD = 1_000_000  # bytes; Meta's card is about 2 kB


class RateCardError(WamigrateError):
    """A rate-card file that cannot be used, said as a sentence."""


@dataclass(frozen=True)
class RateCard:
    effective: date
    currency: str
    title: str
    source: str  # where the card comes from: Meta's page, or the user's file
    markets: dict[str, dict[str, float | None]]  # market -> category -> rate (None: n/a)
    file_name: str | None = None  # the user's file; None for the shipped card
    unknown_markets: list[str] = field(default_factory=list)  # names the card has that no country maps to

    def rate(self, market: str, category: str) -> float | None:
        rates = self.markets.get(market) or {}
        value = rates.get(category)
        if value is None and category == "service":
            # Free ("n/a") on cards before 1 Oct 2026; since then charged at the utility rate.
            value = rates.get("utility")
        return value


@dataclass(frozen=True)
class Market:
    """Where a country is priced: ``own_rate_since`` is set when the country has had a rate of
    its own since a date the card predates (the card then prices it at its former market)."""

    name: str
    own_rate_since: str | None = None


@cache
def _data() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("rates.toml").read_text(encoding="utf-8"))


def regions_source() -> tuple[str, str]:
    """The page the country-to-market table comes from, and the date of that table."""
    regions = _data()["regions"]
    return regions["source"], regions["as_of"]


def shipped() -> RateCard:
    """The card that ships with wamigrate (its date is in ``effective``)."""
    data = _data()
    card = data["card"]
    markets = {
        name: {
            category: (None if value == _NOT_APPLICABLE else value)
            for category, value in zip(CATEGORIES, values, strict=False)
        }
        for name, values in data["markets"].items()
    }
    return RateCard(date.fromisoformat(card["effective"]), card["currency"], card["title"], card["source"], markets)


def market_for(country: str, card: RateCard) -> Market:
    """The market that prices messages to a customer in ``country`` (ISO 3166 alpha-2), as
    ``card`` knows markets."""
    data = _data()
    own = data["countries"].get(country)
    if own is not None and own in card.markets:
        return Market(own)
    moved = data["standalone_since"].get(country)
    if moved is not None and card.effective < date.fromisoformat(moved[0]) and moved[1] in card.markets:
        return Market(moved[1], own_rate_since=moved[0])
    for region, countries in data["regions"].items():
        if isinstance(countries, list) and country in countries and region in card.markets:
            return Market(region)
    return Market("Other")


def _known_markets() -> set[str]:
    data = _data()
    return (
        set(data["countries"].values())
        | {name for name, value in data["regions"].items() if isinstance(value, list)}
        | {"Other"}
    )


# "effective April 1, 2026"; its commas may have split it into CSV cells when the title is unquoted.
_EFFECTIVE = re.compile(r"\beffective\s+([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE)
_HEADERS = {
    "marketing": "marketing",
    "utility": "utility",
    "authentication": "authentication",
    "authentication-international": "authentication_international",
    "authentication international": "authentication_international",
    "service": "service",
}


def _market_name(cell: str) -> str:
    """The market as rates.toml names it: spaces collapsed, "and" for "&" accepted (a card
    re-saved by a spreadsheet or written out in words)."""
    name = " ".join(cell.split())
    spelled = name.replace(" and ", " & ")
    return spelled if spelled != name and spelled in _known_markets() else name


def _header(cell: str) -> str:
    # "Authentication-\nInternational" -> "authentication-international"
    return re.sub(r"\s*-\s*", "-", " ".join(cell.split())).lower()


def read_meta_csv(path: str | Path) -> RateCard:
    """The rate card in a CSV downloaded from Meta's pricing page. Every problem is a
    sentence naming the file; a card is never half read."""
    path = Path(path)
    try:
        if path.stat().st_size > _LARGEST_CARD:
            raise RateCardError(tr("{0} is too large to be Meta's rate card (it is about 2 kB).").format(path.name))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RateCardError(tr("The rate card {0} does not exist.").format(path)) from None
    except OSError as error:
        reason = error.strerror or error
        raise RateCardError(tr("The rate card {0} cannot be read: {1}.").format(path, reason)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RateCardError(
            tr("{0} is not a text file: download the rate card from Meta's pricing page as CSV.").format(path.name)
        ) from None
    return parse_meta_csv(text, path.name)


def parse_meta_csv(text: str, name: str) -> RateCard:
    rows = list(csv.reader(io.StringIO(text)))
    header_at = next((i for i, row in enumerate(rows) if row and row[0].strip().lower() == "market"), None)
    if header_at is None:
        raise RateCardError(
            tr(
                '{0} is not Meta\'s rate card: no row starts with "Market". Download "Rate card (USD)" from '
                "Meta's pricing page and choose that file."
            ).format(name)
        )
    preamble = " ".join(cell for row in rows[:header_at] for cell in row)
    found = _EFFECTIVE.search(preamble)
    if found is None:
        raise RateCardError(
            tr('{0} does not say from when its rates apply ("effective …" in its first line).').format(name)
        )
    month, day, year = found.groups()
    written = f"{month} {day}, {year}"
    try:
        effective = datetime.strptime(written.title(), "%B %d, %Y").date()
    except ValueError:
        raise RateCardError(tr("{0} gives a date that is not a date: {1}.").format(name, written)) from None
    headers = [_header(cell) for cell in rows[header_at]]
    columns = {_HEADERS[h]: i for i, h in enumerate(headers) if h in _HEADERS}
    currency_at = headers.index("currency") if "currency" in headers else None
    missing = [h for h in ("marketing", "utility") if h not in columns]
    if missing:
        raise RateCardError(tr("{0} has no {1} column.").format(name, " / ".join(m.title() for m in missing)))
    markets: dict[str, dict[str, float | None]] = {}
    currencies = set()
    for line, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not row or not row[0].strip():
            continue
        market = _market_name(row[0])
        rates: dict[str, float | None] = {}
        for category, index in columns.items():
            cell = row[index].strip() if index < len(row) else ""
            if cell.lower() in ("", "n/a", "na", "-", "--"):
                rates[category] = None
                continue
            try:
                value = float(cell.lstrip("$"))
            except ValueError:
                raise RateCardError(
                    tr("{0}, row {1} ({2}): {3} is not a rate.").format(name, line, market, repr(cell))
                ) from None
            if not 0 <= value < 100:
                raise RateCardError(
                    tr("{0}, row {1} ({2}): {3} is not a plausible rate per message.").format(name, line, market, cell)
                )
            rates[category] = value
        markets[market] = rates
        if currency_at is not None and currency_at < len(row) and row[currency_at].strip():
            currencies.add(row[currency_at].strip())
    if "Other" not in markets:
        raise RateCardError(
            tr(
                '{0} has no "Other" market, which prices every country Meta does not list: it is not a whole card.'
            ).format(name)
        )
    if len(currencies) > 1:
        raise RateCardError(tr("{0} mixes currencies ({1}).").format(name, ", ".join(sorted(currencies))))
    currency = {"$US": "USD"}.get(next(iter(currencies), "USD"), next(iter(currencies), "USD"))
    title = " ".join(rows[0][0].split()) if rows and rows[0] else name
    unknown = sorted(set(markets) - _known_markets())
    return RateCard(effective, currency, title, name, markets, file_name=name, unknown_markets=unknown)
