"""The details of the open chat, beside the conversation: participants, date range,
messages per month (chart), media counts, and the export files it came from, with their
SHA-256 and the reader's warnings (line numbers included). Computed in a worker: a
million-message chat takes about a second."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from wamigrate.core.archive.chat_details import ChatDetails, chat_details
from wamigrate.core.archive.identity import phone_number
from wamigrate.core.archive.store import Archive
from wamigrate.core.export.warning_texts import warning_line
from wamigrate.gui import formatting
from wamigrate.gui.browser_models import kind_label
from wamigrate.gui.jobs import Job, on_own_handle
from wamigrate.gui.screen_charts import screen_chart
from wamigrate.translation import tr

_CHART_WIDTH = 280


def _number_adds(person) -> bool:
    # A customer known only by number (every person of a phone's backup without contacts) is
    # named by that number already: writing it a second time beside it only adds noise.
    return bool(person.phone) and person.phone != phone_number(person.name)


def details_html(details: ChatDetails) -> str:
    n = formatting.number
    parts = [f"<h3>{html.escape(details.title)}</h3>"]
    kind = tr("Group") if details.is_group else tr("One-to-one chat")
    parts.append(f"<p>{kind} · " + tr("%Ln message(s)", "", details.messages))
    if details.first and details.last:
        parts.append(f"<br>{formatting.short_day(details.first)} – {formatting.short_day(details.last)}")
    parts.append("</p>")
    if details.per_month:
        parts.append('<p><img src="chart://months"></p>')
    participants = tr("Participants ({0})").format(n(len(details.participants)))
    parts.append(f"<h4>{participants}</h4><table cellspacing='2'>")
    for person in details.participants:
        phone = f" <small>{html.escape(person.phone)}</small>" if _number_adds(person) else ""
        parts.append(f"<tr><td>{html.escape(person.name)}{phone}</td><td align='right'>{n(person.messages)}</td></tr>")
    parts.append("</table>")
    parts.append("<h4>" + tr("Media") + "</h4>")
    if details.media or details.media_missing:
        items = [f"{kind_label('media', media_type)}: {n(count)}" for media_type, count in details.media.items()]
        if details.media_missing:
            items.append(tr("not included in the export: {0}").format(n(details.media_missing)))
        parts.append("<p>" + "<br>".join(items) + "</p>")
    else:
        parts.append("<p>" + tr("None") + "</p>")
    parts.append("<h4>" + tr("Imported from") + "</h4>")
    for source in details.sources:
        parts.append(
            f"<p><b>{html.escape(source.file_name)}</b> ({formatting.size(source.size)})<br>"
            + tr("imported {0}").format(formatting.moment(source.imported_at.replace("Z", "")))
            + " · "
            + tr("%Ln message(s)", "", source.messages)
            + "<br>"
            f"<small>SHA-256 {source.sha256}</small></p>"
        )
        if source.warnings:
            parts.append("<ul>")
            for warning in source.warnings:
                parts.append(f"<li>{html.escape(warning_line(warning, tr, formatting.number))}</li>")
            parts.append("</ul>")
    return "".join(parts)


class ChatDetailsView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Chat details"))
        self.setOpenLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps
        self._job: Job | None = None
        self.details: ChatDetails | None = None
        self._chart = None

    def show_chat(self, archive: Archive, chat_id: int) -> None:
        if self._job is not None:
            self._job.cancel()
        self.setHtml("<p>" + tr("Counting…") + "</p>")
        work = on_own_handle(archive, lambda handle, _progress, cancel: chat_details(handle, chat_id, cancel))
        self._job = Job(work, self).start(finished=self._show, failed=lambda text: self.setPlainText(text))

    def _show(self, details: ChatDetails) -> None:
        self.details = details
        self._chart = None
        if details.per_month:
            labels = list(details.per_month)
            values = list(details.per_month.values())
            self._chart = screen_chart(self, tr("Messages per month"), labels, values, _CHART_WIDTH)
        self.setHtml(details_html(details))

    def loadResource(self, kind: int, url: QUrl):
        if url.toString() == "chart://months" and self._chart is not None:
            return self._chart
        return super().loadResource(kind, url)

    def clear_view(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self.details = None
        self.clear()
