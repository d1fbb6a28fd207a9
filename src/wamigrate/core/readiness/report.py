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


_ROUTES = {
    "full": "Full migration",
    "coexistence": "Coexistence (keep the Business app)",
    "provider_move": "Move between providers",
}
_STATUS = {"pass": "OK", "fail": "Action needed", "unknown": "Not answered"}
_SUMMARY = {READY: "Nothing blocks the move.", BLOCKED: "Fix the blockers first; they are listed first."}


def _finding_html(finding: dict) -> str:
    status = finding["status"]
    parts = [
        f'<section class="finding {html.escape(status)} {html.escape(finding["severity"])}">',
        f'<h3><span class="tag">{html.escape(finding["severity"])}</span> {html.escape(finding["id"])} · '
        f"{html.escape(finding['title'])}</h3>",
        f'<p class="status">{_STATUS.get(status, status)}: {html.escape(finding["found"])}</p>',
    ]
    if finding["why"]:
        parts.append(f"<p><b>Why it matters.</b> {html.escape(finding['why'])}</p>")
    if finding["fix"] and status != "pass":
        parts.append(f"<p><b>What to do.</b> {html.escape(finding['fix'])}</p>")
    source = html.escape(finding["source"])
    parts.append(
        f'<p class="source">Source: <a href="{source}">{source}</a> '
        f"({html.escape(finding['source_date'])}, {html.escape(finding['confidence'])})</p></section>"
    )
    return "".join(parts)


def _impact_html(impact: dict | None) -> str:
    if not impact:
        return "<p>Give the archive (and the planned cut-over in the profile) to see the impact.</p>"
    parts = []
    if impact["business_sender"] is None:
        parts.append("<p>The business's own name in the chats could not be told; set own_name in the profile.</p>")
    elif impact["cutover_utc"]:
        countries = ", ".join(f"{html.escape(k)} {v}" for k, v in impact["outside_by_country"].items()) or "none"
        parts.append(
            f"<p>At cut-over ({impact['cutover_utc']}), <b>{impact['inside_window']}</b> of {impact['customers']} "
            f"customers are inside their 24-hour window and can get a normal reply; <b>{impact['outside_window']}</b> "
            f"can only be contacted with an approved template (by country: {countries}).</p>"
        )
    if impact["answered_within_24h"] is not None:
        parts.append(
            f"<p>Today {impact['answered_within_24h']:.0%} of customer messages are answered within 24 hours.</p>"
        )
    if impact["not_carried_over"]:
        items = "".join(
            f"<li>{html.escape(name)}: {v['messages']:,} messages in {v['chats']} chats</li>"
            for name, v in impact["not_carried_over"].items()
        )
        parts.append(f"<p>Used in your chats but not available (or limited) on the API:</p><ul>{items}</ul>")
    return "".join(parts)


def render_html(report: dict) -> str:
    verdict = report["verdict"]
    colour = {"Blocked": "#b3261e", "Ready": "#1b7f3a"}.get(verdict, "#8a5a00")
    rows = [_finding_html(finding) for finding in report["findings"]]
    archive = report.get("archive")
    archive_html = "<p>No archive was given.</p>"
    if archive:
        verification = archive.get("last_verification")
        checked = (
            "never verified"
            if verification is None
            else f"verified {verification['checked_at']}: {'passed' if verification['ok'] else 'problems found'}"
        )
        sources = "".join(
            f"<li>{html.escape(s['file_name'])}: {s['new_messages']:,} messages, imported {s['imported_at']}, "
            f"SHA-256 <code>{s['sha256']}</code></li>"
            for s in archive["sources"]
        )
        archive_html = (
            f"<p>{archive['chats']} chats, {archive['messages']:,} messages, from {archive['first_message_utc']} "
            f"to {archive['last_message_utc']} (UTC); {checked}.</p><ul>{sources}</ul>"
        )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>WhatsApp API readiness — {html.escape(verdict)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 900px; margin: 24px auto; color: #1c1b1f; line-height: 1.45; }}
.verdict {{ font-size: 28px; font-weight: 700; color: {colour}; }}
.finding {{ border-left: 4px solid #c4c7c5; padding: 4px 12px; margin: 12px 0; }}
.finding.fail.blocker {{ border-color: #b3261e; }} .finding.fail.warning {{ border-color: #8a5a00; }}
.finding.unknown {{ border-color: #5f6368; }} .finding.pass {{ border-color: #1b7f3a; }}
.tag {{ font-size: 12px; text-transform: uppercase; color: #5f6368; }}
.source {{ font-size: 12px; color: #5f6368; overflow-wrap: anywhere; }}
code {{ font-size: 11px; overflow-wrap: anywhere; }}
</style></head><body>
<h1>WhatsApp Business Platform readiness</h1>
<p class="verdict">{html.escape(verdict)}</p>
<p>Route: {html.escape(_ROUTES.get(report["route"], report["route"]))} · generated {report["generated_at"]} ·
rules as of {html.escape(report["rules_as_of"])}</p>
<p>{
        "Nothing blocks the move."
        if verdict == READY
        else "Fix the blockers first; they are listed first."
        if verdict == BLOCKED
        else "Nothing blocks the move; read the warnings."
    }</p>
<h2>Findings</h2>
{"".join(rows)}
<h2>What changes at cut-over</h2>
{_impact_html(report.get("impact"))}
<h2>Chat archive</h2>
{archive_html}
</body></html>
"""
