"""The rule catalogue shipped with the package (``catalogue.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str  # blocker | warning | info
    routes: tuple[str, ...]
    source: str
    source_date: str
    confidence: str  # confirmed | partial | unconfirmed
    live: bool = False  # needs a live check of the WABA (core.graph); skipped without one

    @property
    def effective_severity(self) -> str:
        """An unconfirmed rule can never block."""
        return "warning" if self.severity == "blocker" and self.confidence == "unconfirmed" else self.severity


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
        )
        for r in data["rule"]
    )
    return data["rules_as_of"], rules
