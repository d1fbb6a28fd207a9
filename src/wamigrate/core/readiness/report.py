"""The readiness report: one model, rendered as JSON (documented below) or self-contained HTML.

JSON schema (version 1): {"schema": 1, "generated_at", "business": {"display_name", "phone"},
"timezone" (the one times are shown in), "verdict", "route", "rules_as_of",
"findings": [{"id", "title", "severity", "status", "found", "why", "fix", "source",
"source_date", "confidence"}], "archive": null | {"chats", "messages", "first_message_utc",
"last_message_utc", "sources": [{"export", "sha256", "imported_at", "new_messages"}],
"last_verification": null | {"checked_at", "ok", "problems"}}, "impact": null | {"business_sender",
"cutover_utc", "customers", "inside_window", "outside_window", "outside_by_country",
"hours_since_last_inbound", "not_carried_over": {feature: {"messages", "chats"}},
"answered_within_24h", "messages_per_month", "cutover_cost": null | {"category", "currency",
"rates_effective", "rates_title", "rates_source", "rates_file", "rates_outdated", "day_one": [{"country",
"market", "customers", "rate", "cost", "own_rate_since"}], "day_one_customers", "day_one_total",
"unknown_country_customers", "service": null | {"replies_per_month", "free_allowance",
"charged_per_month", "rate", "cost_per_month"}} (core.readiness.cutover_cost)}, "live": null |
{"waba_id", "checked_at", "account", "phone_numbers", "templates", "errors"}
(core.graph.facts.LiveFacts)}; each finding also has
"verified_live_at": null | the time Meta's API, not the user, answered what it judged.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from dateutil import tz

from wamigrate.core.archive import summary as summary_queries
from wamigrate.core.readiness.catalogue import advice_is_stale, advice_note
from wamigrate.core.readiness.checks import Context
from wamigrate.core.readiness.claims import claims_for
from wamigrate.core.readiness.engine import BLOCKED, NOT_READY, READY, Readiness
from wamigrate.core.readiness.impact import NOT_CARRIED_OVER, ON_THE_API
from wamigrate.core.translatable import QT_TR_NOOP, Translate, translating, untranslated

if TYPE_CHECKING:  # the Graph client (requests) loads only when a live check runs
    from wamigrate.core.graph.facts import LiveFacts

SCHEMA = 1


def archive_facts(archive) -> tuple[Context, dict]:
    """What the report and the backup rule need to know about an open archive."""
    stats = archive.stats()
    # The report goes to a provider: an export's file name carries the customer's name
    # ("WhatsApp Chat with Mariana Souza.txt"), so each is given by number and fingerprint.
    sources = [
        {"export": number, "sha256": s.sha256, "imported_at": s.imported_at, "new_messages": s.new_messages}
        for number, s in enumerate(summary_queries.sources(archive), start=1)
    ]
    status = summary_queries.import_status(archive)
    verification = status.last_verification
    verified = None if verification is None else status.verified_after_last_import
    summary = {
        "chats": stats["chats"],
        "messages": stats["messages"],
        "first_message_utc": stats["first_message_utc"],
        "last_message_utc": stats["last_message_utc"],
        "sources": sources,
        "last_verification": None
        if verification is None
        else {k: verification[k] for k in ("checked_at", "ok", "problems")},
    }
    return Context(archive_verified=verified, archive_messages=stats["messages"]), summary


def build(
    readiness: Readiness,
    archive_summary: dict | None = None,
    impact: dict | None = None,
    live: LiveFacts | None = None,
    business: dict | None = None,
    timezone: str | None = None,
) -> dict:
    """``business``: {"display_name", "phone"}, the business's own (page 1 says whose report
    it is; no customer's); ``timezone``: the one the report's times are shown in."""
    return {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "business": business or {},
        "timezone": timezone,
        **readiness.to_json(),
        "archive": archive_summary,
        "impact": impact,
        "live": live.to_json() if live is not None else None,
        "claims": claims_for(readiness.route),
    }


ROUTES = {
    "full": QT_TR_NOOP("Full migration"),
    "coexistence": QT_TR_NOOP("Coexistence (keep the Business app)"),
    "provider_move": QT_TR_NOOP("Move between providers"),
}
STATUS = {"pass": QT_TR_NOOP("OK"), "fail": QT_TR_NOOP("Action needed"), "unknown": QT_TR_NOOP("Not answered")}
SEVERITIES = {"blocker": QT_TR_NOOP("blocker"), "warning": QT_TR_NOOP("warning"), "info": QT_TR_NOOP("info")}
CONFIDENCE = {
    "confirmed": QT_TR_NOOP("confirmed"),
    "partial": QT_TR_NOOP("partly confirmed"),
    "unconfirmed": QT_TR_NOOP("unconfirmed"),
    "reported": QT_TR_NOOP("reported by providers, not in Meta's text"),
}
VERDICT_COLOURS = {
    "Blocked": "#b3261e",
    "Not ready yet": "#b3261e",
    "Ready": "#1b7f3a",
    "Ready with warnings": "#8a5a00",
}
_SUMMARY = {
    READY: QT_TR_NOOP("Nothing blocks the move."),
    BLOCKED: QT_TR_NOOP("Fix the blockers first; they are listed first."),
    NOT_READY: QT_TR_NOOP(
        "Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move."
    ),
}
_SUMMARY_WARNINGS = QT_TR_NOOP("Nothing blocks the move; read the warnings.")

# The fragments below are plain HTML that both a browser and Qt's rich-text engine (the
# PDF) render: headings, paragraphs, lists, simple tables, <font color>. Each takes the
# caller's ``tr``: the report's frame, verdict, rule titles and labels are translated; what a
# rule found (its sentences carry the profile's values) is in English.


def _e(text) -> str:
    return html.escape(str(text))


def finding_html(finding: dict, tr: Translate = untranslated, zone: str | None = None) -> str:
    status = finding["status"]
    if status == "pass":
        colour = "#1b7f3a"
    else:
        colour = "#b3261e" if status == "fail" and finding["severity"] == "blocker" else "#8a5a00"
    severity = tr(SEVERITIES.get(finding["severity"], finding["severity"]))
    parts = [
        f'<section class="finding {_e(status)} {_e(finding["severity"])}">',
        f'<h3><font color="{colour}">{_e(tr(STATUS.get(status, status)))}</font> · {_e(finding["id"])} '
        f"({_e(severity)}) · {_e(tr(finding['title']))}</h3>",
        f"<p>{_e(finding['found'])}</p>",
    ]
    if finding["why"]:
        parts.append("<p><b>" + tr("Why it matters.") + f"</b> {_e(finding['why'])}</p>")
    if finding["fix"] and status != "pass":
        parts.append("<p><b>" + tr("What to do.") + f"</b> {_e(finding['fix'])}</p>")
    if finding.get("verified_live_at"):
        verified = tr("verified live at {0}").format(_moment(finding["verified_live_at"], zone))
        parts.append(f"<p><small>✓ {_e(verified)}</small></p>")
    source = _e(finding["source"])
    confidence = tr(CONFIDENCE.get(finding["confidence"], finding["confidence"]))
    parts.append(
        '<p class="source"><small>'
        + tr("Source: {0} ({1}, {2})").format(
            f'<a href="{source}">{source}</a>', _e(finding["source_date"]), _e(confidence)
        )
        + (" " + _e(tr(finding["source_note"])) if finding.get("source_note") else "")
        + "</small></p></section>"
    )
    return "".join(parts)


def _moment(utc: str | None, zone: str | None = None) -> str:
    """ "2026-11-26T01:56:54Z" as "2026-11-26 01:56 UTC", or in ``zone`` when it is known
    (the report says which zone once, at the top). Year first and numeric: no month name to
    translate, no day/month order to misread."""
    if not utc:
        return ""
    if zone:
        found = tz.gettz(zone)
        if found is not None:
            moment = datetime.fromisoformat(utc.rstrip("Z")).replace(tzinfo=UTC).astimezone(found)
            return moment.strftime("%Y-%m-%d %H:%M")
    return utc[:16].replace("T", " ") + " UTC"


def _zone_note(zone: str | None) -> str:
    """The cut-over is shown in its own zone, which the impact page may show alone."""
    return f" ({zone})" if zone and tz.gettz(zone) is not None else ""


def _zone(report: dict) -> str | None:
    zone = report.get("timezone")
    return zone if zone and tz.gettz(zone) is not None else None


def duration_text(minutes: float, tr: Translate = untranslated) -> str:
    """A wait in the unit people say: "40 minutes", "3 hours", "2 days" (not "4,021 minutes")."""
    if minutes < 120:
        return tr("%n minute(s)", "", round(minutes))
    if minutes < 48 * 60:
        return tr("%n hour(s)", "", round(minutes / 60))
    return tr("%n day(s)", "", round(minutes / 1440))


# The weekday keys of the impact's "by_weekday", shown translated; every day is shown.
WEEKDAY_NAMES = {
    "Mon": QT_TR_NOOP("Mon"), "Tue": QT_TR_NOOP("Tue"), "Wed": QT_TR_NOOP("Wed"), "Thu": QT_TR_NOOP("Thu"),
    "Fri": QT_TR_NOOP("Fri"), "Sat": QT_TR_NOOP("Sat"), "Sun": QT_TR_NOOP("Sun"),
}  # fmt: skip


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _grouped(value: int) -> str:
    return f"{value:,}"


def impact_html(
    impact: dict | None,
    route: str,
    charts: bool = False,
    tr: Translate = untranslated,
    owner_hint: str | None = None,
    number=_grouped,
    name_line: bool = True,
) -> str:
    """The impact, for the report and the wizard's impact page alike. ``charts``: include the
    chart images (resources "chart://hours" and "chart://months"); ``owner_hint``: what to do
    when the business's own name is unknown, where the caller asks for it (default: the
    profile's own_name); ``number``: the caller's number format (the GUI's follows the locale)."""
    if not impact:
        return "<p>" + tr("Give the archive (and the planned cut-over in the profile) to see the impact.") + "</p>"
    parts = []
    if impact["business_sender"] is None:
        hint = owner_hint or tr("The business's own name in the chats could not be told; set own_name in the profile.")
        parts.append("<p>" + hint + "</p>")
    elif name_line:  # the wizard shows the name in its own "Which of these is you?" field
        parts.append("<p>" + tr("Your business writes as <b>{0}</b>.").format(_e(impact["business_sender"])) + "</p>")
    if impact["business_sender"] is not None and impact["cutover_utc"]:
        countries = ", ".join(
            f"{_e(_country(k, tr))}: {number(v)}" for k, v in impact["outside_by_country"].items()
        ) or tr("none")
        parts.append(
            "<p>"
            + tr(
                "At the cut-over on {0}, <b>{1}</b> of {2} customers are inside their 24-hour window and can get a "
                "normal reply; <b>{3}</b> can only be contacted with an approved template. By country: {4}."
            ).format(
                _moment(impact["cutover_utc"], impact.get("timezone")) + _zone_note(impact.get("timezone")),
                number(impact["inside_window"]),
                number(impact["customers"]),
                number(impact["outside_window"]),
                countries,
            )
            + "</p>"
        )
        if route == "coexistence":
            parts.append(
                "<p>"
                + tr(
                    "<b>Under coexistence</b>, messages received before onboarding open no window: the first "
                    "message to every customer after onboarding must be a template."
                )
                + "</p>"
            )
        if charts:
            parts.append('<p><img src="chart://hours" width="620"></p>')
    habits = impact.get("response_habits")
    if habits:
        median = habits["median_first_response_minutes"]
        answered = _percent(habits["answered_within_24h"])
        if median is None:
            text = tr("Today {0} of customer messages are answered within 24 hours.").format(answered)
        else:
            text = tr(
                "Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}."
            ).format(answered, duration_text(median, tr))
        parts.append(f"<p>{text}</p>")
        days = habits["by_weekday"]
        # Every day of the week, "—" where no customer wrote: a missing column reads as a bug.
        parts.append(
            _table(
                [tr("Day"), *(tr(name) for name in WEEKDAY_NAMES.values())],
                [[_e(tr("Answered within 24 h")), *(_percent(days[d]) if d in days else "—" for d in WEEKDAY_NAMES)]],
            )
        )
    if impact["not_carried_over"]:
        rows = [
            [_e(tr(NOT_CARRIED_OVER.get(name, name))), number(v["messages"]), number(v["chats"]),
             _e(tr(ON_THE_API[name])) if name in ON_THE_API else ""]
            for name, v in impact["not_carried_over"].items()
        ]  # fmt: skip
        parts.append("<p>" + tr("Used in your chats but not available (or limited) on the API:") + "</p>")
        parts.append(_table([tr("Feature"), tr("Messages"), tr("Chats"), tr("On the API")], rows))
    candidates = impact.get("template_candidates") or []
    if candidates:
        parts.append("<p>" + tr("Messages you send again and again, which will need approved templates:") + "</p>")
        rows = [[_e(c["body"]), number(c["times_sent"]), _e(c["suggested_category"])] for c in candidates]
        parts.append(_table([tr("Template body"), tr("Times sent"), tr("Suggested category")], rows))
    if charts and impact["messages_per_month"]:
        parts.append('<p><img src="chart://months" width="620"></p>')
    return "".join(parts)


# Meta's regional markets, as the cost table shows them; a country with a rate of its own is
# shown as such.
MARKET_NAMES = {
    "North America": QT_TR_NOOP("North America"),
    "Rest of Africa": QT_TR_NOOP("Rest of Africa"),
    "Rest of Asia Pacific": QT_TR_NOOP("Rest of Asia Pacific"),
    "Rest of Central & Eastern Europe": QT_TR_NOOP("Rest of Central & Eastern Europe"),
    "Rest of Latin America": QT_TR_NOOP("Rest of Latin America"),
    "Rest of Middle East": QT_TR_NOOP("Rest of Middle East"),
    "Rest of Western Europe": QT_TR_NOOP("Rest of Western Europe"),
    "Other": QT_TR_NOOP("Other (every country Meta does not list)"),
}
CATEGORY_NAMES = {"marketing": QT_TR_NOOP("marketing"), "utility": QT_TR_NOOP("utility")}


def _money(value: float | None, currency: str, digits: int = 2) -> str:
    return "—" if value is None else f"{currency} {value:,.{digits}f}"


def cost_html(
    cost: dict | None, tr: Translate = untranslated, number=_grouped, rate_card_hint: str | None = None
) -> str:
    """What the cut-over will cost (core.readiness.cutover_cost.estimate), for the report and the
    impact page. ``rate_card_hint``: how to give a newer card, where the caller offers it."""
    if not cost:
        return ""
    currency = cost["currency"]
    parts = ["<h3>" + tr("What the cut-over will cost (estimate)") + "</h3>"]
    rows = cost["day_one"]
    if rows:
        parts.append(
            "<p>"
            + tr(
                "One {0} template to each of the {1} customers outside their window, with a known country, "
                "would cost about <b>{2}</b>."
            ).format(_e(tr(CATEGORY_NAMES[cost["category"]])), number(cost["day_one_customers"]),
                     _money(cost["day_one_total"], currency))
            + "</p>"
        )  # fmt: skip
        table = [
            [
                _e(row["country"]),
                _e(tr(MARKET_NAMES[row["market"]])) if row["market"] in MARKET_NAMES else _e(tr("its own rate")),
                number(row["customers"]),
                _money(row["rate"], currency, 4),
                _money(row["cost"], currency),
            ]
            for row in rows
        ]
        parts.append(_table([tr("Country"), tr("Priced as"), tr("Customers"), tr("Rate"), tr("Cost")], table))
    if cost["unknown_country_customers"]:
        parts.append(
            "<p>"
            + tr(
                "Not in the total: %n customer(s) outside the window whose chat name has no number, so their "
                "country and price are not known.",
                "",
                cost["unknown_country_customers"],
            )
            + "</p>"
        )
    moved = [f"{row['country']} ({row['own_rate_since']})" for row in rows if row["own_rate_since"]]
    if moved:
        parts.append(
            "<p>"
            + tr(
                "Meta has priced {0} on their own since the dates shown, after this card's date; the card prices "
                "them at the market they belonged to."
            ).format(_e(", ".join(moved)))
            + "</p>"
        )
    service = cost.get("service")
    if service and service["rate"] is not None:
        replies = tr("You send about {0} replies a month within 24 hours of a customer's message.").format(
            number(service["replies_per_month"])
        )
        if service["charged_per_month"]:
            replies += " " + tr(
                "Past the {0} free each month, about {1} would be charged as service messages at about {2} each: "
                "about <b>{3}</b> a month."
            ).format(number(service["free_allowance"]), number(service["charged_per_month"]),
                     _money(service["rate"], currency, 4), _money(service["cost_per_month"], currency))  # fmt: skip
        else:
            replies += " " + tr("That is within the {0} service messages free each month.").format(
                number(service["free_allowance"])
            )
        parts.append(f"<p>{replies}</p>")
    parts.append(
        "<p>"
        + tr(
            "Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 "
            "hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers "
            "through an ad avoids the template price."
        )
        + "</p>"
    )
    source = tr("Rates: {0} ({1}); countries placed in markets as on Meta's pricing page of {2}.").format(
        _e(cost["rates_title"]), _e(cost["rates_file"] or cost["rates_source"]), _e(cost["markets_as_of"])
    )
    if cost["rates_outdated"]:
        source += " " + tr(
            "Meta may have changed rates since that date (it does so on the first day of a quarter): {0}"
        ).format(rate_card_hint or tr(RATE_CARD_HINT))
    if cost["unknown_markets"]:
        source += " " + tr(
            "The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market "
            "wamigrate knows for them."
        ).format(_e(", ".join(cost["unknown_markets"])))
    parts.append("<p><small>" + source + "</small></p>")
    return "".join(parts)


RATE_CARD_HINT = QT_TR_NOOP(
    "for today's figures, download the rate card (CSV) from Meta's pricing page and give it to wamigrate "
    "(the wizard's cut-over page, or --rate-card on the command line)."
)


def archive_html(archive: dict | None, tr: Translate = untranslated, zone: str | None = None) -> str:
    if not archive:
        return "<p>" + tr("No archive was given.") + "</p>"
    verification = archive.get("last_verification")
    if verification is None:
        checked = tr("never verified")
    elif verification["ok"]:
        checked = tr("last verified {0}: passed").format(_moment(verification["checked_at"], zone))
    else:
        checked = tr("last verified {0}: problems found").format(_moment(verification["checked_at"], zone))
    rows = [
        [
            # The file name only when the user chose to include it (it names the customer).
            _e(tr("Export {0}").format(s["export"]) + (f": {s['file_name']}" if s.get("file_name") else "")),
            f"{s['new_messages']:,}",
            _e(_moment(s["imported_at"], zone)),
            f"<small>{s['sha256']}</small>",
        ]
        for s in archive["sources"]
    ]
    summary = tr("{0} chats, {1} messages, from {2} to {3}; {4}.").format(
        archive["chats"],
        f"{archive['messages']:,}",
        _moment(archive["first_message_utc"], zone),
        _moment(archive["last_message_utc"], zone),
        checked,
    )
    return f"<p>{summary}</p>" + _table([tr("Export file"), tr("Messages"), tr("Imported"), "SHA-256"], rows)


def with_file_names(report: dict, archive) -> dict:
    """A copy of ``report`` whose exports carry their file names (the user asked for them:
    they usually contain customers' names, so they are left out by default)."""
    import copy

    names = {s.sha256: s.file_name for s in summary_queries.sources(archive)}
    shown = copy.deepcopy(report)
    for source in (shown.get("archive") or {}).get("sources", []):
        source["file_name"] = names.get(source["sha256"])
    return shown


def _country(code: str, tr: Translate) -> str:
    return tr("country not known (no number in the chat name)") if code == "unknown" else code


def _live_answered(live: dict) -> bool:
    return any(live.get(key) is not None for key in ("account", "phone_numbers", "templates"))


def _live_section(live: dict | None, tr: Translate, zone: str | None = None) -> str:
    if not live:
        return ""
    heading = tr("Verified live") if _live_answered(live) else tr("Live check failed")
    return "<h2>" + heading + "</h2>" + live_html(live, tr, zone)


def live_html(live: dict | None, tr: Translate = untranslated, zone: str | None = None) -> str:
    """What Meta's Graph API said, with the time of the check; what could not be read."""
    if not live:
        return "<p>" + _e(tr("No live check was made: the findings rest on your answers.")) + "</p>"
    if not _live_answered(live):
        reasons = "; ".join(dict.fromkeys((live.get("errors") or {}).values()))
        return (
            "<p>"
            + _e(
                tr("Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.")
            ).format(_moment(live["checked_at"], zone), _e(reasons))
            + "</p>"
        )
    parts = [
        "<p>"
        + _e(tr("Checked with Meta's Graph API at {0}, WhatsApp Business Account {1}.")).format(
            _moment(live["checked_at"], zone), live["waba_id"]
        )
        + "</p>"
    ]
    account = live.get("account")
    if account:
        parts.append(
            "<p>"
            + _e(tr("Account: {0}; business verification: {1}; account review: {2}.")).format(
                _e(account.get("name") or "?"),
                _e(account.get("business_verification_status") or "?"),
                _e(account.get("account_review_status") or "?"),
            )
            + "</p>"
        )
    for n in live.get("phone_numbers") or []:
        # One line per number: a wide table breaks its codes in the middle on an A4 page.
        facts = [
            tr("display name {0} ({1})").format(n.get("verified_name") or "?", n.get("name_status") or "?"),
            tr("platform {0}").format(n.get("platform_type") or "?"),
            tr("quality {0}").format(n.get("quality_rating") or "?"),
            tr("messaging limit {0}").format(n.get("messaging_limit") or "?"),
            tr("throughput {0}").format(n.get("throughput") or "?"),
            tr("also in the Business app") if n.get("is_on_biz_app") else tr("not in the Business app"),
        ]
        parts.append(f"<p><b>{_e(n['display_phone_number'])}</b>: " + _e("; ".join(facts)) + ".</p>")
    templates = live.get("templates")
    if templates is not None:
        counts: dict[str, int] = {}
        for item in templates:
            counts[item.get("status") or "?"] = counts.get(item.get("status") or "?", 0) + 1
        summary = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items())) or tr("none")
        parts.append("<p>" + _e(tr("Message templates: {0}.")).format(_e(summary)) + "</p>")
    for call, problem in (live.get("errors") or {}).items():
        parts.append("<p><font color='#b3261e'>" + _e(tr("Not read ({0}): {1}").format(call, problem)) + "</font></p>")
    return "".join(parts)


def checklist_html(report: dict, tr: Translate = untranslated) -> str:
    steps = report.get("checklist") or []
    zone = _zone(report)
    return "".join(f"<p>{_e(_moment(s['at'], zone))} — {_e(step_title(s['event'], tr))}</p>" for s in steps) or (
        "<p>" + tr("No checklist step has been recorded yet.") + "</p>"
    )


def step_title(event: str, tr: Translate = untranslated) -> str:
    """A checklist event as logged ("delete_account: Delete the account…") as the reader
    should see it: the step's title in their language, without the internal id."""
    step, _, title = event.partition(": ")
    return tr(title) if title and step.replace("_", "").isalnum() else event


def verdict_text(report: dict, tr: Translate = untranslated) -> str:
    """The verdict as shown: "Not ready yet" says how many blocking questions are open."""
    verdict = report["verdict"]
    if verdict == NOT_READY:
        return tr("Not ready yet: %n blocking question(s) unanswered", "", int(report.get("unanswered_blockers", 0)))
    return tr(verdict)


def summary_html(report: dict, tr: Translate = untranslated) -> str:
    """Route, dates and what the verdict means: the lines under the verdict."""
    verdict = report["verdict"]
    route = tr(ROUTES.get(report["route"], report["route"]))
    business = report.get("business") or {}
    who = [v for v in (business.get("display_name"), business.get("phone")) if v]
    return (
        ("<p><b>" + _e(" · ".join(who)) + "</b></p>" if who else "")
        + "<p>"
        + tr("Route: {0} · generated {1} · rules as of {2}. Rules change: check each source's date.").format(
            _e(route), _e(_moment(report["generated_at"], report.get("timezone"))), _e(report["rules_as_of"])
        )
        + (" " + _e(tr("Times are in the time zone {0}.").format(report["timezone"])) if _zone(report) else "")
        + "</p>"
        + _stale_html(report, tr)
        + "<p>"
        + tr(_SUMMARY.get(verdict, _SUMMARY_WARNINGS))
        + " "
        + tr("This report contains no message text and no customer phone numbers.")
        + "</p>"
    )


def _stale_html(report: dict, tr: Translate) -> str:
    """The warning a report carries when its rules were more than six months old when it was made."""
    made = date.fromisoformat(report["generated_at"][:10])
    if not advice_is_stale(report["rules_as_of"], made):
        return ""
    with translating(tr):
        note = advice_note(report["rules_as_of"], made)
    return '<p><font color="#b3261e"><b>' + _e(note) + "</b></font></p>"


def claims_html(route: str, tr: Translate = untranslated) -> str:
    """Common claims about the API's limits with what is true on ``route`` (core.readiness.claims):
    for the report and the wizard's welcome page alike."""
    rows = [
        [
            _e(c["claim"]),
            _e(c["answer"]),
            f'<a href="{_e(c["source"])}">{_e(c["source_title"])}</a>, {_e(c["source_date"])}',
        ]
        for c in claims_for(route, tr)
    ]
    return (
        "<p>"
        + tr("What is true today of what is often said about the API, for this route:")
        + "</p>"
        + _table([tr("Often said"), tr("What is true"), tr("Source")], rows)
    )


def body_html(report: dict, tr: Translate = untranslated, charts: bool = False) -> str:
    """Everything after the summary: findings, impact, archive, checklist."""
    zone = _zone(report)
    return (
        "<h2>" + tr("Findings") + "</h2>"
        + "".join(finding_html(finding, tr, zone) for finding in report["findings"])
        + _live_section(report.get("live"), tr, zone)
        + "<h2>" + tr("What changes at cut-over") + "</h2>"
        + impact_html(report.get("impact"), report["route"], charts, tr)
        + cost_html((report.get("impact") or {}).get("cutover_cost"), tr)
        + "<h2>" + tr("Chat archive") + "</h2>"
        + archive_html(report.get("archive"), tr, zone)
        + "<h2>" + tr("What you may have read") + "</h2>"
        + claims_html(report["route"], tr)
        + "<h2>" + tr("Deregistration checklist") + "</h2>"
        + checklist_html(report, tr)
    )  # fmt: skip


def report_title(tr: Translate = untranslated) -> str:
    return tr("WhatsApp Business Platform readiness")


def render_html(report: dict, tr: Translate = untranslated, language: str = "en") -> str:
    verdict = report["verdict"]
    shown = _e(verdict_text(report, tr))
    return f"""<!DOCTYPE html>
<html lang="{_e(language)}"><head><meta charset="utf-8"><title>{_e(report_title(tr))} — {shown}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 900px; margin: 24px auto; color: #1c1b1f; line-height: 1.45; }}
.verdict {{ font-size: 28px; font-weight: 700; color: {VERDICT_COLOURS.get(verdict, "#1c1b1f")}; }}
.finding {{ border-left: 4px solid #c4c7c5; padding: 4px 12px; margin: 12px 0; }}
.finding.fail.blocker {{ border-color: #b3261e; }} .finding.fail.warning {{ border-color: #8a5a00; }}
.finding.unknown {{ border-color: #5f6368; }} .finding.pass {{ border-color: #1b7f3a; }}
.source {{ color: #5f6368; overflow-wrap: anywhere; }}
table {{ border-collapse: collapse; }} td, th {{ padding: 4px 8px; }}
small {{ overflow-wrap: anywhere; }}
</style></head><body>
<h1>{_e(report_title(tr))}</h1>
<p class="verdict">{shown}</p>
{summary_html(report, tr)}
{body_html(report, tr)}
</body></html>
"""
