"""The readiness report as a PDF: cover with the verdict, findings (blockers first) with
fixes and dated sources, the impact with charts, the archive, the checklist; page numbers
and a running header on every page; text selectable (drawn as text, not pictures)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from wamigrate.core.readiness.impact import bucket_order
from wamigrate.core.readiness.report import VERDICT_COLOURS, body_html, report_title, summary_html, verdict_text
from wamigrate.core.translatable import Translate, untranslated
from wamigrate.render.charts import bar_chart
from wamigrate.render.pdf_pages import PAGE_SIZES, new_document, print_pages

__all__ = ["PAGE_SIZES", "write_pdf"]


def _document_html(report: dict, tr: Translate) -> str:
    verdict = report["verdict"]
    colour = VERDICT_COLOURS.get(verdict, "#1c1b1f")
    return (
        f"<h1>{html.escape(report_title(tr))}</h1>"
        f'<p style="font-size: 26pt"><b><font color="{colour}">{html.escape(verdict_text(report, tr))}</font></b></p>'
        + summary_html(report, tr)
        + body_html(report, tr, charts=True)
    )


def write_pdf(report: dict, path: str | Path, page_size: str = "a4", tr: Translate = untranslated) -> int:
    """Write the report in ``tr``'s language; returns the number of pages."""
    title = f"{report_title(tr)}: {verdict_text(report, tr)}"
    writer, document = new_document(path, title, page_size)
    impact = report.get("impact") or {}
    if impact.get("hours_since_last_inbound"):
        hours = impact["hours_since_last_inbound"]
        order = bucket_order(hours)
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("chart://hours"),
            bar_chart(
                tr("Customers by time since their last message, at cut-over"),
                [tr(k) for k in order],
                [hours.get(k, 0) for k in order],
            ),
        )
    if impact.get("messages_per_month"):
        months = impact["messages_per_month"]
        labels = list(months)
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("chart://months"),
            bar_chart(tr("Messages per month"), labels, list(months.values()), every=max(1, len(labels) // 8)),
        )
    document.setHtml(_document_html(report, tr))
    header = f"wamigrate · {report_title(tr)} · {verdict_text(report, tr)} · {report['generated_at'][:10]}"
    return print_pages(writer, document, header, tr("Page {0} of {1}"))
