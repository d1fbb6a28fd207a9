"""The readiness report: one model, rendered as JSON (documented below) or self-contained HTML.

JSON schema (version 1): {"schema": 1, "generated_at", "verdict", "route", "rules_as_of",
"findings": [{"id", "title", "severity", "status", "found", "why", "fix", "source",
"source_date", "confidence"}], "archive": null | {"chats", "messages", "first_message_utc",
"last_message_utc", "sources": [{"file_name", "sha256", "imported_at", "new_messages"}],
"last_verification": null | {"checked_at", "ok", "problems"}}}
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


def build(readiness: Readiness, archive_summary: dict | None = None) -> dict:
    return {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **readiness.to_json(),
        "archive": archive_summary,
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
<h2>Chat archive</h2>
{archive_html}
</body></html>
"""
