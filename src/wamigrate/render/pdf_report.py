"""The readiness report as a PDF: cover with the verdict, findings (blockers first) with
fixes and dated sources, the impact with charts, the archive, the checklist; page numbers
and a running header on every page; text selectable (drawn as text, not pictures)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from wamigrate.render.charts import bar_chart
from wamigrate.render.qt_offscreen import ensure_gui_application

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_COLOURS = {"Blocked": "#b3261e", "Ready": "#1b7f3a", "Ready with warnings": "#8a5a00"}
_STATUS = {"pass": "OK", "fail": "Action needed", "unknown": "Not answered"}
_ROUTES = {"full": "Full migration", "coexistence": "Coexistence (keep the Business app)",
           "provider_move": "Move between providers"}  # fmt: skip


def _finding_html(finding: dict) -> str:
    failed = finding["status"] in ("fail", "unknown")
    colour = "#b3261e" if finding["status"] == "fail" and finding["severity"] == "blocker" else "#8a5a00"
    parts = [
        f'<h3><font color="{colour if failed else "#1b7f3a"}">{_STATUS.get(finding["status"], finding["status"])}'
        f"</font> · {html.escape(finding['id'])} ({html.escape(finding['severity'])}) · "
        f"{html.escape(finding['title'])}</h3>",
        f"<p>{html.escape(finding['found'])}</p>",
    ]
    if finding["why"]:
        parts.append(f"<p><b>Why it matters.</b> {html.escape(finding['why'])}</p>")
    if finding["fix"] and finding["status"] != "pass":
        parts.append(f"<p><b>What to do.</b> {html.escape(finding['fix'])}</p>")
    parts.append(
        f"<p><small>Source: {html.escape(finding['source'])} ({html.escape(finding['source_date'])}, "
        f"{html.escape(finding['confidence'])})</small></p>"
    )
    return "".join(parts)


def _findings_html(report: dict) -> str:
    return "".join(_finding_html(finding) for finding in report["findings"])


def _impact_html(impact: dict | None) -> str:
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
            '<p><img src="chart://hours" width="620"></p>'
        )
    if impact["answered_within_24h"] is not None:
        parts.append(f"<p>Today {impact['answered_within_24h']:.0%} of customer messages are answered within 24 h.</p>")
    if impact["not_carried_over"]:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td align='right'>{v['messages']:,}</td>"
            f"<td align='right'>{v['chats']}</td></tr>"
            for name, v in impact["not_carried_over"].items()
        )
        parts.append(
            "<p>Used in your chats but not available (or limited) on the API:</p>"
            "<table border='1' cellspacing='0' cellpadding='4'><tr><th>Feature</th><th>Messages</th><th>Chats</th></tr>"
            f"{rows}</table>"
        )
    if impact["messages_per_month"]:
        parts.append('<p><img src="chart://months" width="620"></p>')
    return "".join(parts)


def _archive_html(archive: dict | None) -> str:
    if not archive:
        return "<p>No archive was given.</p>"
    verification = archive.get("last_verification")
    checked = (
        "never verified"
        if verification is None
        else f"last verified {verification['checked_at']}: {'passed' if verification['ok'] else 'problems found'}"
    )
    rows = "".join(
        f"<tr><td>{html.escape(s['file_name'])}</td><td align='right'>{s['new_messages']:,}</td>"
        f"<td>{html.escape(s['imported_at'])}</td><td><small>{s['sha256']}</small></td></tr>"
        for s in archive["sources"]
    )
    return (
        f"<p>{archive['chats']} chats, {archive['messages']:,} messages, {archive['first_message_utc']} to "
        f"{archive['last_message_utc']} (UTC); {checked}.</p>"
        "<table border='1' cellspacing='0' cellpadding='4'><tr><th>Export file</th><th>Messages</th>"
        f"<th>Imported</th><th>SHA-256</th></tr>{rows}</table>"
    )


def _document_html(report: dict) -> str:
    verdict = report["verdict"]
    checklist = report.get("checklist") or []
    checklist_html = (
        "".join(f"<p>{html.escape(step['at'])} — {html.escape(step['event'])}</p>" for step in checklist)
        or "<p>No checklist step has been recorded yet.</p>"
    )
    return f"""
<h1>WhatsApp Business Platform readiness</h1>
<p style="font-size: 26pt"><b><font color="{_COLOURS.get(verdict, "#1c1b1f")}">{html.escape(verdict)}</font></b></p>
<p>Route: {html.escape(_ROUTES.get(report["route"], report["route"]))}<br>
Report generated {report["generated_at"]}<br>
Rules as of {html.escape(report["rules_as_of"])}. Rules change: check each source's date.</p>
<p>This report contains no message text and no customer phone numbers.</p>
<h2>Findings</h2>
{_findings_html(report)}
<h2>What changes at cut-over</h2>
{_impact_html(report.get("impact"))}
<h2>Chat archive</h2>
{_archive_html(report.get("archive"))}
<h2>Deregistration checklist</h2>
{checklist_html}
"""


def write_pdf(report: dict, path: str | Path, page_size: str = "a4") -> int:
    """Write the report; returns the number of pages."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size.lower()]))
    writer.setPageMargins(QMarginsF(18, 22, 18, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(f"WhatsApp Business Platform readiness: {report['verdict']}")
    writer.setCreator("wamigrate")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
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
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    header_height = 90
    body = QSizeF(page.width(), page.height() - 2 * header_height)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(writer)
    small = QFont("DejaVu Sans")
    small.setPointSizeF(8)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.setFont(small)
        painter.drawText(
            QRectF(0, 0, page.width(), header_height * 0.8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"wamigrate · WhatsApp API readiness · {report['verdict']} · {report['generated_at'][:10]}",
        )
        painter.drawText(
            QRectF(0, page.height() - header_height * 0.8, page.width(), header_height * 0.8),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"Page {number + 1} of {pages}",
        )
        painter.save()
        painter.translate(0, header_height - number * body.height())
        document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
        painter.restore()
    painter.end()
    return pages
