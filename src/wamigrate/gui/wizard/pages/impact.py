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
    QPushButton,
    QTextBrowser,
)

from wamigrate.core.archive import owner
from wamigrate.core.errors import WamigrateError
from wamigrate.core.readiness.cutover_cost import FIRST_MESSAGE_CATEGORIES, estimate
from wamigrate.core.readiness.impact import analyse, bucket_order
from wamigrate.core.readiness.rate_card import RateCard, read_meta_csv, shipped
from wamigrate.core.readiness.report import cost_html, impact_html
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.core.wizard.recommend import recommend_route
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.jobs import Job, is_running, on_own_handle
from wamigrate.gui.owner_label import candidate_text
from wamigrate.gui.screen_charts import screen_chart
from wamigrate.gui.wizard.base import FlowPage, form_layout, paragraph
from wamigrate.translation import tr


class ImpactPage(FlowPage):
    name = flow.IMPACT
    gives_advice = True

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            tr("What changes at the cut-over"),
            tr(
                "Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past "
                "a monthly free allowance), who will need a template, and what the API will not carry over."
            ),
        )
        form = form_layout()
        # Who the business is decides every count below: asked here, where the counts are,
        # and kept in the archive (core.archive.owner) for the browser and the report too.
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(tr("Which of these is you?"))
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(tr("Which of these is you?"), self.owner)
        self.owner_note = paragraph("", self)
        form.addRow(self.owner_note)
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
        # The cost estimate: which template reaches customers outside the window, at which rates.
        self.category = QComboBox(self)
        self.category.setAccessibleName(tr("First message to customers outside the window"))
        for key, label in FIRST_MESSAGE_CATEGORIES.items():
            self.category.addItem(tr(label), key)
        form.addRow(tr("First message to customers outside the window"), self.category)
        rates = QHBoxLayout()
        self.rates_note = paragraph("", self)
        self.load_rates = QPushButton(tr("Use Meta's current rate card…"), self)
        self.load_rates.setToolTip(
            tr("The rate card (CSV) downloaded from Meta's WhatsApp pricing page: its rates price the estimate.")
        )
        self.shipped_rates = QPushButton(tr("Use the rates shipped with wamigrate"), self)
        rates.addWidget(self.load_rates)
        rates.addWidget(self.shipped_rates)
        rates.addStretch(1)
        form.addRow(tr("Rates"), rates)
        form.addRow(self.rates_note)
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
        self.owner.activated.connect(self._owner_chosen)
        self.category.activated.connect(self._category_chosen)
        self.load_rates.clicked.connect(self._choose_rate_card)
        self.shipped_rates.clicked.connect(lambda: self._use_rate_card(None))
        self.impact: dict | None = None
        self._impact_text = ""
        self._card: RateCard | None = None  # None: the card shipped with wamigrate
        self._card_problem = ""

    def initializePage(self) -> None:
        self._fill_owner()
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
        self.category.setCurrentIndex(max(0, self.category.findData(migration.get("first_message_category"))))
        self._load_card(migration.get("rate_card"))
        self.cutover.blockSignals(False)
        self.zone.blockSignals(False)
        self._changed()

    def _fill_owner(self) -> None:
        self.owner.clear()
        archive = self.migration.archive
        if archive is None:
            return
        found = owner.candidates(archive)
        current = owner.owner(archive)
        chats = owner.chat_count(archive)
        if current.name is None:
            self.owner.addItem(tr("Choose your name…"), None)
        for candidate in found:
            self.owner.addItem(candidate_text(candidate, chats), candidate.name)
        if current.name is not None and self.owner.findData(current.name) < 0:
            self.owner.insertItem(0, current.name, current.name)  # chosen, but no longer among the senders
        self.owner.setCurrentIndex(max(0, self.owner.findData(current.name)) if current.name else 0)
        self._owner_note(current)

    def _owner_note(self, current: owner.Owner) -> None:
        if current.name is None:
            text = tr(
                "Choose the name your business has in these chats. Until wamigrate knows which sender is you, it "
                "cannot tell which customers wrote last, so the counts below are hidden."
            )
        elif current.chosen:
            text = tr("You chose {0}. The browser shows these messages as yours.").format(current.name)
        else:
            text = tr(
                "wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong."
            ).format(current.name)
        self.owner_note.setText(text)

    def _owner_chosen(self, _index: int) -> None:
        name = self.owner.currentData()
        archive = self.migration.archive
        if archive is None or name is None:
            return
        owner.choose(archive, name)
        self.state.answers.setdefault("business", {})["own_name"] = name
        placeholder = self.owner.findData(None)
        if placeholder >= 0:
            self.owner.removeItem(placeholder)
        self._owner_note(owner.Owner(name, True))
        self.migration.save()
        self.run()

    def _category_chosen(self, _index: int) -> None:
        self.state.answers.setdefault("migration", {})["first_message_category"] = self.category.currentData()
        self.migration.save()
        self._render()

    def _choose_rate_card(self) -> None:
        paths = dialogs.open_paths(self, tr("Meta's rate card"), tr("Rate card (*.csv);;All files (*)"))
        if paths:
            self._use_rate_card(paths[0])

    def _use_rate_card(self, path: str | None) -> None:
        self._load_card(path)
        migration = self.state.answers.setdefault("migration", {})
        if self._card is not None:
            migration["rate_card"] = path
        else:  # the shipped rates, chosen or in place of a card that could not be read
            migration.pop("rate_card", None)
        self.migration.save()
        self._render()

    def _load_card(self, path: str | None) -> None:
        """Read the user's card (a small CSV, read here: about 2 kB, at most 1 MB); a card that
        cannot be read is said, and the shipped rates stay."""
        self._card, self._card_problem = None, ""
        if path:
            try:
                self._card = read_meta_csv(path)
            except WamigrateError as error:
                self._card_problem = str(error)
        self._rates_note()

    def _rates_note(self) -> None:
        if self._card is not None:
            effective = formatting.day(self._card.effective.isoformat())
            text = tr("{0}, effective {1}.").format(self._card.file_name, effective)
        else:
            effective = formatting.day(shipped().effective.isoformat())
            text = tr("Shipped with wamigrate: Meta's rates effective {0}.").format(effective)
        if self._card_problem:
            text = self._card_problem + " " + tr("The shipped rates are used instead.")
        self.rates_note.setText(text)
        self.shipped_rates.setVisible(self._card is not None)

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
        own = self.owner.currentData()
        self.summary.setHtml("<p>" + tr("Analysing the archive…") + "</p>")
        work = on_own_handle(self.migration.archive, lambda handle, _p, _c: analyse(handle, cutover, zone, own))
        self._job = Job(work, self).start(
            finished=self._show, failed=lambda text: self.summary.setPlainText(text), ended=self.completeChanged.emit
        )
        self.completeChanged.emit()

    def _show(self, impact) -> None:
        self.impact = impact.to_json()
        self._impact_text = impact_html(
            self.impact,
            self.state.route or "full",
            tr=tr,
            owner_hint=tr(OWNER_HINT),
            number=formatting.number,
            name_line=False,
        )
        customers = self.impact["customers"]
        share = self.impact["outside_window"] / customers if customers else None
        suggestion = recommend_route(
            self.state.answers, share, tr=tr, account_deleted="delete_account" in self.state.checklist
        )
        if suggestion.route and suggestion.route != self.state.route:
            # The archive may change the advice: say so, and leave the choice (page 1) to the user.
            suggested = "<p>" + tr("<b>Suggestion:</b> {0}").format(html.escape(suggestion.reason)) + "</p>"
            self._impact_text = suggested + self._impact_text
        self._render()
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

    def _render(self) -> None:
        """The impact with its cost, priced with the chosen category and card (no new analysis)."""
        if self.impact is None:
            return
        cost = None
        if self.impact["business_sender"] is not None and self.impact["cutover_utc"]:
            cost = estimate(self.impact, self.category.currentData() or "marketing", self._card)
        self.impact["cutover_cost"] = cost
        hint = tr(RATE_CARD_HINT)
        self.summary.setHtml(self._impact_text + cost_html(cost, tr, formatting.number, hint))

    def busy_reason(self) -> str | None:
        return tr("Wait for the analysis to finish.") if is_running(self._job) else None


OWNER_HINT = QT_TR_NOOP(
    "Choose your name above (Which of these is you?): until then wamigrate cannot say which customers "
    "wrote last, or who can still be answered without a template."
)


RATE_CARD_HINT = QT_TR_NOOP(
    "download the rate card (CSV) from Meta's WhatsApp pricing page and choose it with \u201cUse Meta's current rate "
    "card…\u201d above."
)


def _local_zone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId()).decode()
    return zone if zone in zoneinfo.available_timezones() else "UTC"


# Exact instructions per step and phone (None: the same for both).
