"""Run the rules that apply to the profile's route and decide the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from wamigrate.core.readiness import checks_costs, checks_platform  # noqa: F401 - they register their rules
from wamigrate.core.readiness.catalogue import Rule, catalogue
from wamigrate.core.readiness.checks import CHECKS, FAIL, UNKNOWN, Context, Outcome
from wamigrate.core.readiness.live_checks import RULE_INPUTS, apply_live
from wamigrate.core.readiness.profile import Profile
from wamigrate.core.translatable import QT_TR_NOOP, Translate, translating, untranslated

READY = QT_TR_NOOP("Ready")
WARNINGS = QT_TR_NOOP("Ready with warnings")
BLOCKED = QT_TR_NOOP("Blocked")
# No blocker failed, but a blocking question is unanswered: nobody can say the move is safe
# yet. Never "ready" while a blocker is unknown (issue 17).
NOT_READY = QT_TR_NOOP("Not ready yet")
_ORDER = {"blocker": 0, "warning": 1, "info": 2}


@dataclass
class Finding:
    rule: Rule
    outcome: Outcome
    verified_live_at: str | None = None  # when Meta's API, not the user, gave what the rule judged

    @property
    def severity(self) -> str:
        return self.rule.severity_of(self.outcome.severity)

    def to_json(self) -> dict:
        return {
            "id": self.rule.id,
            "title": self.rule.title,
            "severity": self.severity,
            "status": self.outcome.status,
            "found": self.outcome.found,
            "why": self.outcome.why,
            "fix": self.outcome.fix,
            "source": self.rule.source,
            "source_date": self.rule.source_date,
            "source_note": self.rule.source_note,
            "confidence": self.rule.confidence,
            "verified_live_at": self.verified_live_at,
        }


@dataclass
class Readiness:
    route: str
    rules_as_of: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        if any(f.outcome.status == FAIL and f.severity == "blocker" for f in self.findings):
            return BLOCKED
        if self.unanswered_blockers:
            return NOT_READY
        if any(f.outcome.status in (FAIL, UNKNOWN) and f.severity != "info" for f in self.findings):
            return WARNINGS
        return READY

    @property
    def unanswered_blockers(self) -> int:
        return sum(1 for f in self.findings if f.outcome.status == UNKNOWN and f.severity == "blocker")

    def to_json(self) -> dict:
        return {
            "verdict": self.verdict,
            "unanswered_blockers": self.unanswered_blockers,
            "route": self.route,
            "rules_as_of": self.rules_as_of,
            "findings": [finding.to_json() for finding in self.findings],
        }


def evaluate(profile: Profile, context: Context | None = None, tr: Translate = untranslated) -> Readiness:
    """Run the rules; what each finds is written in ``tr``'s language. With a live check in the
    context, Meta's answers replace the user's and the live-only rules run too."""
    context = context or Context()
    profile, from_meta = apply_live(profile, context.live)
    as_of, rules = catalogue()
    result = Readiness(profile.route, as_of)
    with translating(tr):
        for rule in rules:
            if profile.route not in rule.routes or (rule.live and context.live is None):
                continue
            live = rule.live or bool(RULE_INPUTS.get(rule.id, set()) & from_meta)
            outcome = CHECKS[rule.id](profile, context)
            # "Verified live" only for what Meta actually answered: a live rule that could
            # not read its facts (a failed call) is "not checked", never "verified" (issue 17).
            answered = live and context.live is not None and not (rule.live and outcome.status == UNKNOWN)
            result.findings.append(Finding(rule, outcome, context.live.checked_at if answered else None))
    # What needs action first (blockers before warnings), then unanswered questions, then what
    # passed; stable within a group, so the catalogue's order is kept.
    status_order = {FAIL: 0, UNKNOWN: 1}
    result.findings.sort(key=lambda f: (status_order.get(f.outcome.status, 2), _ORDER[f.severity]))
    return result
