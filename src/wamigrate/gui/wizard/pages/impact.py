"""What changes at the cut-over: the 24-hour window, what the API will not carry over, template candidates, charts."""

from __future__ import annotations

import html
import zoneinfo
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTimer, QTimeZone
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
)

from wamigrate.core.readiness.impact import analyse, bucket_order
from wamigrate.core.readiness.report import impact_html
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.core.wizard.recommend import recommend_route
from wamigrate.gui import formatting
from wamigrate.gui.jobs import Job, is_running, on_own_handle
from wamigrate.gui.screen_charts import screen_chart
from wamigrate.gui.wizard.base import FlowPage, form_layout
from wamigrate.translation import tr


class ImpactPage(FlowPage):
    name = flow.IMPACT

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            tr("What changes at the cut-over"),
            tr("Who can still be answered freely, and what the API will not carry over."),
        )
        form = form_layout()
        self.cutover = QDateTimeEdit(self)
        self.cutover.setAccessibleName(tr("Planned cut-over"))
        self.cutover.setCalendarPopup(True)
        self.cutover.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(tr("Planned cut-over"), self.cutover)
        self.zone = QComboBox(self)
        self.zone.setAccessibleName(tr("Time zone"))
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        form.addRow(tr("Time zone"), self.zone)
        self.content.addLayout(form)
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(tr("Impact of the move"))
        self.summary.setOpenExternalLinks(False)
        self.summary.setMinimumHeight(260)
        self.content.addWidget(self.summary, 1)
        charts = QHBoxLayout()
        self.hours_chart = QLabel(self)
        self.hours_chart.setAccessibleName(tr("Customers by time since their last message"))
        self.months_chart = QLabel(self)
        self.months_chart.setAccessibleName(tr("Messages per month"))
        charts.addWidget(self.hours_chart)
        charts.addWidget(self.months_chart)
        self.content.addLayout(charts)
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.run)
        self.cutover.dateTimeChanged.connect(self._changed)
        self.zone.currentTextChanged.connect(self._changed)
        self.impact: dict | None = None

    def initializePage(self) -> None:
        migration = self.state.answers.setdefault("migration", {})
        self.cutover.blockSignals(True)  # one analysis after both fields are set, not one per field
        self.zone.blockSignals(True)
        planned = migration.get("cutover")
        if planned:
            self.cutover.setDateTime(QDateTime.fromString(planned, "yyyy-MM-ddTHH:mm"))
        else:
            tomorrow = (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
            self.cutover.setDateTime(QDateTime.fromString(tomorrow.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm"))
        self.zone.setCurrentText(migration.get("timezone") or _local_zone())
        self.cutover.blockSignals(False)
        self.zone.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        migration = self.state.answers.setdefault("migration", {})
        migration["cutover"] = self.cutover.dateTime().toString("yyyy-MM-ddTHH:mm")
        zone = self.zone.currentText().strip()
        if zone in zoneinfo.available_timezones():
            migration["timezone"] = zone
        self.migration.save()
        self._timer.start()

    def run(self) -> None:
        if self.migration.archive is None:
            return
        if is_running(self._job):
            self._timer.start()  # one analysis at a time; try again shortly
            return
        migration = self.state.answers.get("migration", {})
        cutover, zone = migration.get("cutover"), migration.get("timezone")
        own = self.state.answers.get("business", {}).get("own_name")
        self.summary.setHtml("<p>" + tr("Analysing the archive…") + "</p>")
        work = on_own_handle(self.migration.archive, lambda handle, _p, _c: analyse(handle, cutover, zone, own))
        self._job = Job(work, self).start(
            finished=self._show, failed=lambda text: self.summary.setPlainText(text), ended=self.completeChanged.emit
        )
        self.completeChanged.emit()

    def _show(self, impact) -> None:
        self.impact = impact.to_json()
        text = impact_html(
            self.impact, self.state.route or "full", tr=tr, owner_hint=tr(OWNER_HINT), number=formatting.number
        )
        customers = self.impact["customers"]
        share = self.impact["outside_window"] / customers if customers else None
        suggestion = recommend_route(self.state.answers, share, tr=tr)
        if suggestion.route and suggestion.route != self.state.route:
            # The archive may change the advice: say so, and leave the choice (page 1) to the user.
            text = "<p>" + tr("<b>Suggestion:</b> {0}").format(html.escape(suggestion.reason)) + "</p>" + text
        self.summary.setHtml(text)
        hours = self.impact["hours_since_last_inbound"]
        if hours:
            title = tr("Customers by time since their last message")
            order = bucket_order(hours)
            image = screen_chart(self, title, [tr(k) for k in order], [hours.get(k, 0) for k in order], 380)
            self.hours_chart.setPixmap(QPixmap.fromImage(image))
        months = self.impact["messages_per_month"]
        if months:
            image = screen_chart(self, tr("Messages per month"), list(months), list(months.values()), 380)
            self.months_chart.setPixmap(QPixmap.fromImage(image))

    def busy_reason(self) -> str | None:
        return tr("Wait for the analysis to finish.") if is_running(self._job) else None


OWNER_HINT = QT_TR_NOOP(
    "wamigrate could not tell which sender is your business in these chats, so it cannot say which "
    "customers wrote last. Set your name as it appears in the exports on the next page."
)


def _local_zone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId()).decode()
    return zone if zone in zoneinfo.available_timezones() else "UTC"


# Exact instructions per step and phone (None: the same for both).
