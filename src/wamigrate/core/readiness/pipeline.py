"""The readiness check from end to end, one way for every caller: the command line
(``wamigrate report``) and the wizard's readiness page call the same three functions, so a
rule input such as "customers outside the window on day one" is given the same way by both.

    facts  = read_archive(archive, profile)          # backup status, summary, impact (slow: a worker)
    live   = check_live(waba_id, token)              # optional, online
    report = assess(profile, facts, live, tr, ...)   # the report model (JSON-ready dict)

Writing the report as PDF, HTML or JSON is ``wamigrate.render.report_files.save_report``
(the PDF needs Qt's painter, which core does not import).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wamigrate.core.readiness.checks import Context
from wamigrate.core.readiness.engine import evaluate
from wamigrate.core.readiness.profile import Profile
from wamigrate.core.readiness.report import archive_facts, build
from wamigrate.core.translatable import Translate, translating, untranslated

if TYPE_CHECKING:  # the Graph client (requests) loads only when a live check runs
    from wamigrate.core.cancel import CancelToken
    from wamigrate.core.graph.facts import LiveFacts


@dataclass(frozen=True)
class ArchiveFacts:
    """What the readiness check takes from an archive."""

    context: Context  # the backup rule's inputs
    summary: dict  # the report's "archive" section
    impact: dict | None  # the report's "impact" section (Impact.to_json)


def read_archive(
    archive, profile: Profile | None = None, with_impact: bool = True, rate_card: str | None = None
) -> ArchiveFacts:
    """Backup status, summary and the impact at the profile's cut-over (with its cost, priced
    with ``rate_card`` or the profile's), from an open archive. The wizard leaves the impact
    out (``with_impact=False``): its impact page has it, for the cut-over the user is choosing
    there."""
    from wamigrate.core.readiness.impact import analyse

    context, summary = archive_facts(archive)
    impact = None
    if with_impact:
        cutover, zone, own = (profile.cutover, profile.timezone, profile.own_name) if profile else (None, None, None)
        impact = analyse(archive, cutover, zone, own).to_json()
        impact["cutover_cost"] = cutover_cost(impact, profile, rate_card)
    return ArchiveFacts(context, summary, impact)


def cutover_cost(impact: dict, profile: Profile | None = None, rate_card: str | None = None) -> dict:
    """The cut-over cost estimate for an impact, priced with ``rate_card`` (a CSV from Meta's
    pricing page), else the profile's, else the card shipped with wamigrate. A rate card that
    cannot be read raises RateCardError: an estimate is never silently priced with other rates."""
    from wamigrate.core.readiness.cutover_cost import estimate
    from wamigrate.core.readiness.rate_card import read_meta_csv

    path = rate_card or (profile.rate_card if profile else None)
    category = (profile.first_message_category if profile else None) or "marketing"
    return estimate(impact, category, read_meta_csv(path) if path else None)


def assess(
    profile: Profile,
    facts: ArchiveFacts | None = None,
    live: LiveFacts | None = None,
    tr: Translate = untranslated,
    checklist: list[dict] | None = None,
):
    """The readiness of ``profile`` with what is known from the archive and Meta: returns
    (Readiness, report dict). The report's findings are in ``tr``'s language."""
    impact = facts.impact if facts is not None else None
    context = replace(
        facts.context if facts is not None else Context(),
        live=live,
        day_one_customers=(impact or {}).get("outside_window"),
    )
    readiness = evaluate(profile, context, tr)
    business = {"display_name": profile.display_name, "phone": _shown_number(profile.phone)}
    report = build(readiness, facts.summary if facts is not None else None, impact, live, business, profile.timezone)
    report["checklist"] = list(checklist or [])
    return readiness, report


def check_live(
    waba_id: str,
    token: str,
    base_url: str | None = None,
    tr: Translate = untranslated,
    cancel: CancelToken | None = None,
) -> LiveFacts:
    """Ask Meta's Graph API about the WhatsApp Business Account (read-only). The token is
    used in a header only and kept nowhere; errors are sentences in ``tr``'s language."""
    from wamigrate.core.graph.client import GRAPH_URL, GraphClient
    from wamigrate.core.graph.facts import fetch_live_facts

    with translating(tr):
        client = GraphClient(token, base_url=base_url or GRAPH_URL)
        try:
            return fetch_live_facts(client, waba_id, cancel)
        finally:
            client.close()


def _shown_number(phone: str | None) -> str | None:
    """The business's number as people write it ("+351 912 345 678")."""
    import phonenumbers

    if not phone:
        return None
    try:
        return phonenumbers.format_number(phonenumbers.parse(phone, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return phone
