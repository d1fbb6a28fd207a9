"""The readiness report as a PDF: cover with the verdict, findings (blockers first) with
fixes and dated sources, the impact with charts, the archive, the checklist; page numbers
and a running header on every page; text selectable (drawn as text, not pictures)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from wamigrate.core.readiness.report import (
    ROUTES,
    VERDICT_COLOURS,
    archive_html,
    checklist_html,
    finding_html,
    impact_html,
)
from wamigrate.render.charts import bar_chart
from wamigrate.render.pdf_pages import PAGE_SIZES, new_document, print_pages

__all__ = ["PAGE_SIZES", "write_pdf"]


def _document_html(report: dict) -> str:
    verdict = report["verdict"]
    colour = VERDICT_COLOURS.get(verdict, "#1c1b1f")
    return f"""
<h1>WhatsApp Business Platform readiness</h1>
<p style="font-size: 26pt"><b><font color="{colour}">{html.escape(verdict)}</font></b></p>
<p>Route: {html.escape(ROUTES.get(report["route"], report["route"]))}<br>
Report generated {report["generated_at"]}<br>
Rules as of {html.escape(report["rules_as_of"])}. Rules change: check each source's date.</p>
<p>This report contains no message text and no customer phone numbers.</p>
<h2>Findings</h2>
{"".join(finding_html(finding) for finding in report["findings"])}
<h2>What changes at cut-over</h2>
{impact_html(report.get("impact"), report["route"], charts=True)}
<h2>Chat archive</h2>
{archive_html(report.get("archive"))}
<h2>Deregistration checklist</h2>
{checklist_html(report)}
"""


def write_pdf(report: dict, path: str | Path, page_size: str = "a4") -> int:
    """Write the report; returns the number of pages."""
    writer, document = new_document(path, f"WhatsApp Business Platform readiness: {report['verdict']}", page_size)
    impact = report.get("impact") or {}
    if impact.get("hours_since_last_inbound"):
        order = ["under 24 h", "1-3 days", "3-7 days", "1-4 weeks", "over 4 weeks"]
        if "after the cut-over time" in impact["hours_since_last_inbound"]:
            order.append("after the cut-over time")
        hours = impact["hours_since_last_inbound"]
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("chart://hours"),
            bar_chart(
                "Customers by time since their last message, at cut-over", order, [hours.get(k, 0) for k in order]
            ),
        )
    if impact.get("messages_per_month"):
        months = impact["messages_per_month"]
        labels = list(months)
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("chart://months"),
            bar_chart("Messages per month", labels, list(months.values()), every=max(1, len(labels) // 8)),
        )
    document.setHtml(_document_html(report))
    return print_pages(
        writer, document, f"wamigrate · WhatsApp API readiness · {report['verdict']} · {report['generated_at'][:10]}"
    )
