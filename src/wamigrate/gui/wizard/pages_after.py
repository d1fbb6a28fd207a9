"""The pages after the history is safe: what changes at the cut-over (impact), the
deregistration checklist, the business questions with the readiness check, the report."""

from __future__ import annotations

import html
import zoneinfo
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QTimer, QTimeZone
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from wamigrate.core.errors import WamigrateError
from wamigrate.core.readiness.impact import analyse, bucket_order
from wamigrate.core.readiness.pipeline import ArchiveFacts, assess, read_archive
from wamigrate.core.readiness.profile import CATEGORIES, profile_from_dict
from wamigrate.core.readiness.report import VERDICT_COLOURS, finding_html, impact_html
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.core.wizard.recommend import recommend_route
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.job_dialog import JobDialog
from wamigrate.gui.jobs import Job, is_running, on_own_handle
from wamigrate.gui.screen_charts import screen_chart
from wamigrate.gui.wizard.base import FlowPage, form_layout, paragraph, wrapped_check
from wamigrate.gui.wizard.live_check import LiveCheckBox
from wamigrate.render.report_files import save_report
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
STEP_HELP: dict[str, dict[str | None, str]] = {
    "archive_verified": {
        None: QT_TR_NOOP("Done on the “Review and verify” page: the last verification passed after the last import.")
    },
    "two_step_handled": {
        "android": QT_TR_NOOP(
            "WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off."
        ),
        "ios": QT_TR_NOOP("WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off."),
    },
    "delete_account": {
        "android": QT_TR_NOOP(
            "WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account."
        ),
        "ios": QT_TR_NOOP("WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account."),
    },
    "waited": {
        None: QT_TR_NOOP("Meta needs a few minutes to release the number (error 133015 if you register too soon).")
    },
    "no_reregister": {
        None: QT_TR_NOOP("Do not open WhatsApp on the phone and register the number again: it would leave the API.")
    },
    "app_updated": {
        "android": QT_TR_NOOP(
            "Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info."
        ),
        "ios": QT_TR_NOOP("App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help."),
    },
    "companions_warned": {
        None: QT_TR_NOOP("WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.")
    },
    "history_consent": {
        None: QT_TR_NOOP("During onboarding the app asks to share chat history: tap Confirm within 24 hours.")
    },
    "open_app": {None: QT_TR_NOOP("Open the WhatsApp Business app on the phone at least every 14 days.")},
    "two_step_off": {
        None: QT_TR_NOOP("WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.")
    },
    "name_approved": {None: QT_TR_NOOP("WhatsApp Manager ▸ Phone numbers: the display name shows Approved.")},
    "payment_method": {
        None: QT_TR_NOOP("Business settings ▸ Payments (or the provider's portal): a payment method is added.")
    },
}


class ChecklistPage(FlowPage):
    name = flow.CHECKLIST

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            tr("Deregistration checklist"),
            tr("Tick each step when it is done. Each tick is recorded, with its time, in the archive."),
        )
        self.form = form_layout()
        self.content.addLayout(self.form)
        self.content.addStretch(1)
        self.rows: dict[str, tuple[QCheckBox, QLabel]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(10_000)  # the 5-minute wait counts down
        self._timer.timeout.connect(self.update_rows)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = {}
        self.labels: dict[str, QLabel] = {}
        for step in flow.CHECKLISTS[self.state.route or "full"]:
            box, label, row = wrapped_check(tr(step.title), self)
            self.labels[step.id] = label
            note = paragraph("", self)  # update_rows writes it: instructions, and when done or why locked
            note.setIndent(24)
            box.clicked.connect(lambda checked, s=step: self._tick(s, checked))
            self.form.addRow(row)
            self.form.addRow(note)
            self.rows[step.id] = (box, note)
        self.update_rows()
        self._timer.start()

    def cleanupPage(self) -> None:
        self._timer.stop()

    def update_rows(self) -> None:
        phone_os = self.state.answers.get("number", {}).get("phone_os")
        for step in flow.CHECKLISTS[self.state.route or "full"]:
            box, note = self.rows[step.id]
            helper = STEP_HELP.get(step.id, {})
            chosen = helper.get(phone_os) or helper.get(None)
            text = "\n".join(tr(line) for line in ([chosen] if chosen else helper.values()))
            done = self.state.checklist.get(step.id)
            if done:
                box.setChecked(True)
                box.setEnabled(False)
                self.labels[step.id].setEnabled(False)
                note.setText(text + "\n" + tr("Done {0}.").format(formatting.moment(_local(done))))
                continue
            box.setChecked(False)
            locked = flow.locked_reason(step.id, self.state, tr=tr)
            box.setEnabled(locked is None)
            self.labels[step.id].setEnabled(locked is None)
            note.setText(text + ("\n🔒 " + locked if locked else ""))
        self.completeChanged.emit()

    def _tick(self, step: flow.Step, checked: bool) -> None:
        if not checked:
            return
        if step.irreversible and not dialogs.confirm(
            self,
            tr("This cannot be undone"),
            tr("Tick this only after you have really done it: “{0}”. Done?").format(tr(step.title)),
        ):
            self.update_rows()
            return
        try:
            flow.tick(step.id, self.state, tr=tr)
        except ValueError as error:
            self.reason.setText(str(error))
            self.update_rows()
            return
        if self.migration.archive is not None:  # a provider move has no archive
            self.migration.archive.audit("checklist", f"{step.id}: {step.title}")
        self.migration.save()
        self.update_rows()


def _local(utc_text: str) -> str:
    moment = datetime.fromisoformat(utc_text.rstrip("Z") + "+00:00").astimezone()
    return moment.strftime("%Y-%m-%dT%H:%M")


class ReadinessPage(FlowPage):
    name = flow.READINESS

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            tr("Business readiness"),
            tr("A few questions Meta or your provider will ask. Leave out what you do not know yet."),
        )
        form = form_layout()
        self.fields: dict[tuple[str, str], object] = {}
        self._text(form, "business", "display_name", tr("Display name (shown to customers)"))
        self._text(form, "business", "legal_name", tr("Legal business name"))
        self._text(form, "business", "website", tr("Website"))
        self._text(form, "business", "privacy_policy_url", tr("Privacy policy address"))
        self._combo(form, "business", "category", tr("Category"), [(c, c.replace("_", " ")) for c in CATEGORIES])
        self._combo(
            form,
            "business",
            "business_verification",
            tr("Business verification"),
            [("verified", tr("Verified")), ("pending", tr("Pending")), ("not_started", tr("Not started"))],
        )
        self._text(form, "business", "own_name", tr("Your name in the exported chats"))
        self._text(form, "provider", "provider", tr("Provider (solution partner)"))
        self._combo(
            form,
            "provider",
            "partner_type",
            tr("Provider type"),
            [
                ("solution_partner", tr("Solution Partner")),
                ("tech_provider", tr("Tech Provider")),
                ("other", tr("Other")),
            ],
        )
        self._combo(
            form, "provider", "payment_method", tr("Payment method added"), [(True, tr("Yes")), (False, tr("No"))]
        )
        self._text(form, "migration", "opt_in", tr("How customers agree to receive messages"))
        self._text(form, "number", "business_app_version", tr("WhatsApp Business app version (Settings ▸ Help)"))
        columns = QHBoxLayout()
        questions = QVBoxLayout()
        columns.addLayout(questions, 3)
        self.content.addLayout(columns)
        questions.addLayout(form)
        self.live_check = LiveCheckBox(self.state.answers.setdefault("live", {}), self)
        self.live_check.checked.connect(self._live_checked)
        self.live_check.ended.connect(self.completeChanged.emit)
        questions.addWidget(self.live_check)
        questions.addWidget(
            paragraph(
                tr("<b>Templates</b> (optional): paste them in TOML, as in docs/profile-example.toml, or load a file."),
                self,
                rich=True,
            )
        )
        self.templates = QPlainTextEdit(self)
        self.templates.setAccessibleName(tr("Message templates (TOML)"))
        self.templates.setPlaceholderText(
            '[[templates]]\nname = "order_ready"\ncategory = "UTILITY"\nlanguage = "en"\n'
            'body = "Hello {{1}}, your order is ready."\nsamples = ["Ana"]'
        )
        self.templates.setMinimumHeight(120)
        questions.addWidget(self.templates, 1)
        row = QHBoxLayout()
        self.load = QPushButton(tr("Load templates from a file…"), self)
        row.addWidget(self.load)
        row.addStretch(1)
        questions.addLayout(row)
        self.findings = QTextBrowser(self)
        self.findings.setAccessibleName(tr("Readiness findings"))
        self.findings.setOpenExternalLinks(True)
        self.findings.setMinimumWidth(300)
        columns.addWidget(self.findings, 2)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.check)
        self.templates.textChanged.connect(self._templates_changed)
        self.load.clicked.connect(self._load)
        self.facts: ArchiveFacts | None = None  # read once from the archive, in a worker
        self.live = None  # LiveFacts from the last check with Meta (memory only, like the token)
        self.report: dict | None = None

    def busy_reason(self) -> str | None:
        return tr("Wait for Meta's answer.") if self.live_check.running else None

    def _live_checked(self, facts) -> None:
        self.live = facts
        self.migration.save()  # the account ID and the keychain choice, never the token
        self.check()

    def _text(self, form, section: str, key: str, label: str) -> None:
        edit = QLineEdit(self)
        edit.setAccessibleName(label)
        edit.textChanged.connect(lambda text, s=section, k=key: self._set(s, k, text.strip() or None))
        form.addRow(label, edit)
        self.fields[(section, key)] = edit

    def _combo(self, form, section: str, key: str, label: str, items) -> None:
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        combo.addItem(tr("I don't know yet"), None)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i, s=section, k=key, c=combo: self._set(s, k, c.currentData()))
        form.addRow(label, combo)
        self.fields[(section, key)] = combo

    def _set(self, section: str, key: str, value) -> None:
        values = self.state.answers.setdefault(section, {})
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
        self.migration.save()
        self._timer.start()

    def initializePage(self) -> None:
        for (section, key), widget in self.fields.items():
            value = self.state.answers.get(section, {}).get(key)
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            else:
                widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.blockSignals(False)
        self.templates.blockSignals(True)
        self.templates.setPlainText(self.state.answers.get("templates_text", ""))
        self.templates.blockSignals(False)
        if self.migration.archive is None:  # a provider move has no archive
            self.check()
            return
        # Archive facts (backup verified, counts) are read once, in a worker.
        self._job = Job(
            on_own_handle(self.migration.archive, lambda handle, _p, _c: read_archive(handle, with_impact=False)), self
        ).start(finished=self._facts)

    def _facts(self, facts: ArchiveFacts) -> None:
        self.facts = facts
        self.check()

    def _templates_changed(self) -> None:
        self.state.answers["templates_text"] = self.templates.toPlainText()
        self._timer.start()

    def _load(self) -> None:
        paths = dialogs.open_paths(self, tr("Templates file"), tr("TOML (*.toml);;All files (*)"))
        if paths:
            try:
                self.templates.setPlainText(Path(paths[0]).read_text(encoding="utf-8"))
            except OSError as error:
                self.findings.setPlainText(tr("The file could not be read: {0}").format(error))

    def check(self) -> None:
        import tomllib

        data = flow.profile_data(self.state)
        problems = []
        text = self.templates.toPlainText().strip()
        if text:
            try:
                data["templates"] = tomllib.loads(text).get("templates", [])
            except tomllib.TOMLDecodeError as error:
                problems.append(tr("The templates are not valid TOML: {0}").format(error))
        try:
            profile = profile_from_dict(data)
        except WamigrateError as error:
            problems.append(str(error))
            profile = profile_from_dict({k: v for k, v in data.items() if k != "templates"})
        self.state.answers["templates"] = data.get("templates", [])
        facts = self.facts
        if facts is not None:  # the impact as the impact page computed it, for the cut-over chosen there
            facts = replace(facts, impact=self.migration.impact)
        readiness, self.report = assess(profile, facts, self.live, tr, self.migration.checklist_events())
        self.migration.report = self.report
        heading = f"<h3>{html.escape(tr(readiness.verdict))}</h3>"
        extra = "".join(f"<p style='color:#b3261e'>{html.escape(p)}</p>" for p in problems)
        order = {"fail": 0, "unknown": 1, "pass": 2}
        findings = sorted(self.report["findings"], key=lambda f: (order[f["status"]], f["severity"] != "blocker"))
        self.findings.setHtml(heading + extra + "".join(finding_html(f, tr) for f in findings))


class ReportPage(FlowPage):
    name = flow.REPORT

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard, tr("Your readiness report"), tr("Save it for your provider, and keep the archive safe.")
        )
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName(tr("Verdict"))
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.verdict.setFont(font)
        self.content.addWidget(self.verdict)
        self.counts = paragraph("", self)
        self.content.addWidget(self.counts)
        row = QHBoxLayout()
        self.pdf = QPushButton(tr("Save as PDF…"), self)
        self.html = QPushButton(tr("Save as web page…"), self)
        self.json = QPushButton(tr("Save as JSON…"), self)
        for button in (self.pdf, self.html, self.json):
            row.addWidget(button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.saved = paragraph("", self)
        self.saved.setAccessibleName(tr("Saved report"))
        self.content.addWidget(self.saved)
        self.todo = QTextBrowser(self)
        self.todo.setAccessibleName(tr("What still needs doing"))
        self.todo.setOpenExternalLinks(True)
        self.content.addWidget(self.todo, 1)
        browse_row = QHBoxLayout()
        self.browse = QPushButton(tr("Open the archive browser"), self)
        self.browse.setToolTip(tr("Read and search the archived chats"))
        browse_row.addWidget(self.browse)
        browse_row.addStretch(1)
        self.content.addLayout(browse_row)
        self.pdf.clicked.connect(lambda: self.save("pdf"))
        self.html.clicked.connect(lambda: self.save("html"))
        self.json.clicked.connect(lambda: self.save("json"))
        self.browse.clicked.connect(self.migration.open_browser)

    def initializePage(self) -> None:
        report = self.migration.report
        if report is None:
            return
        self.verdict.setText(tr(report["verdict"]))
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS.get(report['verdict'], 'palette(text)')}")
        fails = [f for f in report["findings"] if f["status"] == "fail"]
        unknown = [f for f in report["findings"] if f["status"] == "unknown"]
        self.counts.setText(
            tr("%n finding(s) need action.", "", len(fails))
            + " "
            + tr("%n question(s) not answered yet.", "", len(unknown))
        )
        self.todo.setHtml(
            "".join(finding_html(f, tr) for f in fails + unknown) or "<p>" + tr("Nothing left to do.") + "</p>"
        )

    def save(self, fmt: str) -> None:
        report = self.migration.report
        names = {"pdf": tr("PDF (*.pdf)"), "html": tr("Web page (*.html)"), "json": tr("JSON (*.json)")}
        path = dialogs.save_path(self, tr("Save the report"), f"whatsapp-readiness.{fmt}", names[fmt])
        if not path or report is None:
            return

        language = QLocale().bcp47Name()

        def work(progress, cancel):
            save_report(report, path, fmt, tr, language)
            return path

        dialog = JobDialog(
            tr("Saving the report"),
            tr("Writing {0}…").format(path),
            work,
            lambda written: tr("Saved to {0}.").format(written),
            self,
            close_on_success=True,
        )
        dialog.exec()
        if dialog.succeeded:
            self.saved.setText(tr("Saved to {0}.").format(path))
