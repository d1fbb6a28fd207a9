"""The rule catalogue shipped with the package (``catalogue.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from importlib import resources

from wamigrate.core.translatable import tr

# Advice older than this (from the catalogue's "as of" date to today) is said to be possibly out
# of date, on every wizard page that gives advice and in every report.
STALE_AFTER_DAYS = 183


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str  # blocker | warning | info
    routes: tuple[str, ...]
    source: str
    source_date: str
    confidence: str  # confirmed | partial | unconfirmed | reported (only providers say it)
    live: bool = False  # needs a live check of the WABA (core.graph); skipped without one
    source_note: str = ""  # what the source's date is when it is not the page's own

    def severity_of(self, wanted: str | None = None) -> str:
        """The severity of a finding (``wanted``: the outcome's own, else the rule's): a rule
        resting on an unconfirmed or provider-reported source can never block."""
        wanted = wanted or self.severity
        return "warning" if wanted == "blocker" and self.confidence in NEVER_BLOCKS else wanted

    @property
    def effective_severity(self) -> str:
        return self.severity_of()


NEVER_BLOCKS = {"unconfirmed", "reported"}


@cache
def catalogue() -> tuple[str, tuple[Rule, ...]]:
    """(rules as of date, rules) from the packaged data."""
    data = tomllib.loads(resources.files(__package__).joinpath("catalogue.toml").read_text(encoding="utf-8"))
    rules = tuple(
        Rule(
            r["id"],
            r["title"],
            r["severity"],
            tuple(r["routes"]),
            r["source"],
            r["source_date"],
            r["confidence"],
            bool(r.get("live", False)),
            r.get("source_note", ""),
        )
        for r in data["rule"]
    )
    return data["rules_as_of"], rules


def _today() -> date:
    return date.today()


def advice_is_stale(as_of: str, today: date | None = None) -> bool:
    return ((today or _today()) - date.fromisoformat(as_of)).days > STALE_AFTER_DAYS


def advice_note(as_of: str | None = None, today: date | None = None) -> str:
    """The sentence every page and report that gives advice carries: its date, and a warning
    with what to do when that date is more than six months before ``today``."""
    as_of = as_of or catalogue()[0]
    if advice_is_stale(as_of, today):
        return tr(
            "This advice is as of {0}, more than six months ago: Meta's rules may have changed since. Install "
            "the latest wamigrate, which ships the newest rules, and check each finding's source and its date."
        ).format(as_of)
    return tr("Advice as of {0}; each rule gives its source and the source's date.").format(as_of)


def rules_json() -> dict:
    """Every rule with its source, the source's date and the confidence (``wamigrate rules --json``)."""
    as_of, rules = catalogue()
    return {"rules_as_of": as_of, "rules": [{**asdict(rule), "routes": list(rule.routes)} for rule in rules]}
