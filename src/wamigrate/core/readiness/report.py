"""The readiness report: one model, rendered as JSON (documented below) or self-contained HTML.

JSON schema (version 1): {"schema": 1, "generated_at", "verdict", "route", "rules_as_of",
"findings": [{"id", "title", "severity", "status", "found", "why", "fix", "source",
"source_date", "confidence"}], "archive": null | {"chats", "messages", "first_message_utc",
"last_message_utc", "sources": [{"file_name", "sha256", "imported_at", "new_messages"}],
"last_verification": null | {"checked_at", "ok", "problems"}}, "impact": null | {"business_sender",
"cutover_utc", "customers", "inside_window", "outside_window", "outside_by_country",
"hours_since_last_inbound", "not_carried_over": {feature: {"messages", "chats"}},
"answered_within_24h", "messages_per_month"}}
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime

from wamigrate.core.readiness.checks import Context
from wamigrate.core.readiness.engine import BLOCKED, READY, Readiness

SCHEMA = 1


def archive_facts(archive) -> tuple[Context, dict]:
    """What the report and the backup rule need to know about an open archive."""
    c = archive.connection
    stats = archive.stats()
    sources = [
        {"file_name": name, "sha256": sha, "imported_at": at, "new_messages": new}
        for name, sha, at, new in c.execute(
            "SELECT file_name, sha256, imported_at, new_messages FROM sources ORDER BY id"
        )
    ]
    row = c.execute("SELECT value FROM meta WHERE key = 'last_verification'").fetchone()
    verification = json.loads(row[0]) if row else None
    last_import = max((s["imported_at"] for s in sources), default="")
    verified = None
    if verification is not None:
        verified = bool(verification["ok"]) and verification["checked_at"] >= last_import
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


def build(readiness: Readiness, archive_summary: dict | None = None, impact: dict | None = None) -> dict:
    return {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **readiness.to_json(),
        "archive": archive_summary,
        "impact": impact,
    }


ROUTES = {
    "full": "Full migration",
    "coexistence": "Coexistence (keep the Business app)",
    "provider_move": "Move between providers",
}
STATUS = {"pass": "OK", "fail": "Action needed", "unknown": "Not answered"}
VERDICT_COLOURS = {"Blocked": "#b3261e", "Ready": "#1b7f3a", "Ready with warnings": "#8a5a00"}
_SUMMARY = {READY: "Nothing blocks the move.", BLOCKED: "Fix the blockers first; they are listed first."}

# The fragments below are plain HTML that both a browser and Qt's rich-text engine (the
# PDF) render: headings, paragraphs, lists, simple tables, <font color>.


def finding_html(finding: dict) -> str:
    status = finding["status"]
    if status == "pass":
        colour = "#1b7f3a"
    else:
        colour = "#b3261e" if status == "fail" and finding["severity"] == "blocker" else "#8a5a00"
    parts = [
        f'<section class="finding {html.escape(status)} {html.escape(finding["severity"])}">',
        f'<h3><font color="{colour}">{STATUS.get(status, status)}</font> · {html.escape(finding["id"])} '
        f"({html.escape(finding['severity'])}) · {html.escape(finding['title'])}</h3>",
        f"<p>{html.escape(finding['found'])}</p>",
    ]
    if finding["why"]:
        parts.append(f"<p><b>Why it matters.</b> {html.escape(finding['why'])}</p>")
    if finding["fix"] and status != "pass":
        parts.append(f"<p><b>What to do.</b> {html.escape(finding['fix'])}</p>")
    source = html.escape(finding["source"])
    parts.append(
        f'<p class="source"><small>Source: <a href="{source}">{source}</a> '
        f"({html.escape(finding['source_date'])}, {html.escape(finding['confidence'])})</small></p></section>"
    )
    return "".join(parts)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def impact_html(impact: dict | None, route: str, charts: bool = False) -> str:
    """``charts``: include the chart images (resources "chart://hours" and "chart://months")."""
    if not impact:
        return "<p>Give the archive (and the planned cut-over in the profile) to see the impact.</p>"
    parts = []
    if impact["business_sender"] is None:
        parts.append("<p>The business's own name in the chats could not be told; set own_name in the profile.</p>")
    elif impact["cutover_utc"]:
        countries = ", ".join(f"{html.escape(k)}: {v}" for k, v in impact["outside_by_country"].items()) or "none"
        parts.append(
            f"<p>At cut-over ({impact['cutover_utc']}), <b>{impact['inside_window']}</b> of {impact['customers']} "
            f"customers are inside their 24-hour window and can get a normal reply; <b>{impact['outside_window']}</b> "
            f"can only be contacted with an approved template. By country: {countries}.</p>"
        )
        if route == "coexistence":
            parts.append(
                "<p><b>Under coexistence</b>, messages received before onboarding open no window: the first "
                "message to every customer after onboarding must be a template.</p>"
            )
        if charts:
            parts.append('<p><img src="chart://hours" width="620"></p>')
    habits = impact.get("response_habits")
    if habits:
        median = habits["median_first_response_minutes"]
        wait = "" if median is None else f"; half of the answers come within {median:,.0f} minutes"
        parts.append(
            f"<p>Today {habits['answered_within_24h']:.0%} of customer messages are answered within 24 hours{wait}.</p>"
        )
        days = habits["by_weekday"]
        parts.append(_table(["Day", *days], [["Answered within 24 h", *(f"{v:.0%}" for v in days.values())]]))
    if impact["not_carried_over"]:
        rows = [
            [html.escape(name), f"{v['messages']:,}", str(v["chats"])] for name, v in impact["not_carried_over"].items()
        ]
        parts.append("<p>Used in your chats but not available (or limited) on the API:</p>")
        parts.append(_table(["Feature", "Messages", "Chats"], rows))
    candidates = impact.get("template_candidates") or []
    if candidates:
        parts.append("<p>Messages you send again and again, which will need approved templates:</p>")
        rows = [[html.escape(c["body"]), str(c["times_sent"]), c["suggested_category"]] for c in candidates]
        parts.append(_table(["Template body", "Times sent", "Suggested category"], rows))
    if charts and impact["messages_per_month"]:
        parts.append('<p><img src="chart://months" width="620"></p>')
    return "".join(parts)


def archive_html(archive: dict | None) -> str:
    if not archive:
        return "<p>No archive was given.</p>"
    verification = archive.get("last_verification")
    checked = (
        "never verified"
        if verification is None
        else f"last verified {verification['checked_at']}: {'passed' if verification['ok'] else 'problems found'}"
    )
    rows = [
        [html.escape(s["file_name"]), f"{s['new_messages']:,}", html.escape(s["imported_at"]),
         f"<small>{s['sha256']}</small>"]
        for s in archive["sources"]
    ]  # fmt: skip
    return (
        f"<p>{archive['chats']} chats, {archive['messages']:,} messages, {archive['first_message_utc']} to "
        f"{archive['last_message_utc']} (UTC); {checked}.</p>"
        + _table(["Export file", "Messages", "Imported", "SHA-256"], rows)
    )


def checklist_html(report: dict) -> str:
    steps = report.get("checklist") or []
    return "".join(f"<p>{html.escape(s['at'])} — {html.escape(s['event'])}</p>" for s in steps) or (
        "<p>No checklist step has been recorded yet.</p>"
    )


def render_html(report: dict) -> str:
    verdict = report["verdict"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>WhatsApp API readiness — {html.escape(verdict)}</title>
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
<h1>WhatsApp Business Platform readiness</h1>
<p class="verdict">{html.escape(verdict)}</p>
<p>Route: {html.escape(ROUTES.get(report["route"], report["route"]))} · generated {report["generated_at"]} ·
rules as of {html.escape(report["rules_as_of"])}. Rules change: check each source's date.</p>
<p>{_SUMMARY.get(verdict, "Nothing blocks the move; read the warnings.")} This report contains no message text
and no customer phone numbers.</p>
<h2>Findings</h2>
{"".join(finding_html(finding) for finding in report["findings"])}
<h2>What changes at cut-over</h2>
{impact_html(report.get("impact"), report["route"])}
<h2>Chat archive</h2>
{archive_html(report.get("archive"))}
<h2>Deregistration checklist</h2>
{checklist_html(report)}
</body></html>
"""
