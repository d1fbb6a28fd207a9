"""Business readiness: the questions Meta or the provider will ask, templates, the optional live
check, the findings as they change."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from wamigrate.core.errors import WamigrateError
from wamigrate.core.readiness.pipeline import ArchiveFacts, assess, read_archive
from wamigrate.core.readiness.profile import CATEGORIES, profile_from_dict
from wamigrate.core.readiness.report import finding_html, verdict_text
from wamigrate.core.readiness.template_text import append_template
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs
from wamigrate.gui.jobs import Job, on_own_handle
from wamigrate.gui.wizard.base import FlowPage, form_layout, paragraph
from wamigrate.gui.wizard.live_check import LiveCheckBox
from wamigrate.gui.wizard.template_editor import TemplateDialog
from wamigrate.translation import tr

# Meta's policy restricts some categories or allows them only as regulated verticals (PO-02,
# PO-03): listed after the others, under their own heading, so nobody picks one by accident.
RESTRICTED_FROM = CATEGORIES.index("alcohol")
CATEGORY_LABELS = {
    "retail": QT_TR_NOOP("Retail and shops"), "food": QT_TR_NOOP("Food and restaurants"),
    "health_clinic": QT_TR_NOOP("Health clinic"), "beauty": QT_TR_NOOP("Beauty and wellness"),
    "education": QT_TR_NOOP("Education"), "travel": QT_TR_NOOP("Travel and hotels"),
    "professional_services": QT_TR_NOOP("Professional services"),
    "financial_services": QT_TR_NOOP("Financial services"), "real_estate": QT_TR_NOOP("Real estate"),
    "automotive": QT_TR_NOOP("Automotive"), "entertainment": QT_TR_NOOP("Entertainment"),
    "nonprofit": QT_TR_NOOP("Non-profit"), "government": QT_TR_NOOP("Government"), "other": QT_TR_NOOP("Other"),
    "alcohol": QT_TR_NOOP("Alcohol"), "tobacco": QT_TR_NOOP("Tobacco"), "firearms": QT_TR_NOOP("Firearms"),
    "drugs": QT_TR_NOOP("Drugs"), "prescription_medicine": QT_TR_NOOP("Prescription medicine"),
    "otc_medicine": QT_TR_NOOP("Over-the-counter medicine"), "medical_devices": QT_TR_NOOP("Medical devices"),
    "gambling": QT_TR_NOOP("Gambling"), "adult": QT_TR_NOOP("Adult products"), "dating": QT_TR_NOOP("Dating"),
    "cryptocurrency": QT_TR_NOOP("Cryptocurrency"), "multi_level_marketing": QT_TR_NOOP("Multi-level marketing"),
    "payday_loans": QT_TR_NOOP("Payday loans"), "debt_collection": QT_TR_NOOP("Debt collection"),
    "live_animals": QT_TR_NOOP("Live animals"),
    "ai_assistant": QT_TR_NOOP("General-purpose AI assistant"),
}  # fmt: skip
GROUP = object()  # a heading row in the category list, not a choice


def category_items() -> list[tuple[object, str]]:
    usual = [(c, tr(CATEGORY_LABELS[c])) for c in CATEGORIES[:RESTRICTED_FROM]]
    restricted = [(c, tr(CATEGORY_LABELS[c])) for c in CATEGORIES[RESTRICTED_FROM:]]
    return [*usual, (GROUP, tr("Restricted or regulated by Meta's policy:")), *restricted]


class ReadinessPage(FlowPage):
    name = flow.READINESS
    gives_advice = True

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
        self._combo(form, "business", "category", tr("Category"), category_items())
        self._combo(
            form,
            "business",
            "business_verification",
            tr("Business verification"),
            [("verified", tr("Verified")), ("pending", tr("Pending")), ("not_started", tr("Not started"))],
        )
        # BA-05 and PN-42: a new portfolio starts at 250 customers a day and 2 numbers.
        self._combo(
            form, "business", "portfolio_exists", tr("The business already has a Meta business portfolio"),
            [(True, tr("Yes")), (False, tr("No, it will be created"))],
        )  # fmt: skip
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
        # Asked by rules PN-10 (IVR) and PN-26 (linked devices): without a field here they stayed
        # "not answered" in every wizard report.
        self._combo(
            form, "number", "ivr", tr("A phone menu (IVR) answers calls to this number"),
            [(True, tr("Yes")), (False, tr("No"))],
        )  # fmt: skip
        self._combo(
            form, "number", "linked_companions", tr("Linked devices (WhatsApp Web, desktop, tablets)"),
            [(0, tr("None")), (1, "1"), (2, "2"), (3, "3"), (4, tr("4 or more"))],
        )  # fmt: skip
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
                tr(
                    "<b>Templates</b> (optional): add them one by one, load a file, or paste them in TOML as in "
                    "docs/profile-example.toml."
                ),
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
        self.add_template = QPushButton(tr("Add a template…"), self)
        self.add_template.clicked.connect(self._add_template)
        row.addWidget(self.add_template)
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
        return None  # the live check is optional: it never holds Next (issue 17)

    def validatePage(self) -> bool:
        # Next while Meta has not answered: the check is left (cancelled), not waited for; the
        # report then rests on the answers, as it says.
        self.live_check.stop()
        return super().validatePage()

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
        # As wide as the other fields, whatever the longest choice: a long one (the policy
        # heading) pushed the field under its label.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(tr("I don't know yet"), None)
        for value, text in items:
            if value is GROUP:  # a heading: a separator, then the heading, not selectable
                combo.insertSeparator(combo.count())
                combo.addItem(text)
                combo.model().item(combo.count() - 1).setEnabled(False)
                continue
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

    def _add_template(self) -> None:
        dialog = TemplateDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.templates.setPlainText(append_template(self.templates.toPlainText(), dialog.toml()))

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
        _readiness, self.report = assess(profile, facts, self.live, tr, self.migration.checklist_events())
        self.migration.report = self.report
        flow.record_readiness(self.state, self.report)  # the checklist's irreversible step reads it
        report_page = self.migration.pages[flow.REPORT]
        if self.migration.currentPage() is report_page:
            report_page.initializePage()  # resumed on the report page: it waited for this
        heading = f"<h3>{html.escape(verdict_text(self.report, tr))}</h3>"
        extra = "".join(f"<p style='color:#b3261e'>{html.escape(p)}</p>" for p in problems)
        order = {"fail": 0, "unknown": 1, "pass": 2}
        findings = sorted(self.report["findings"], key=lambda f: (order[f["status"]], f["severity"] != "blocker"))
        self.findings.setHtml(heading + extra + "".join(finding_html(f, tr) for f in findings))
