"""The number page: country, the number checked as it is typed, the app and phone it is on, two-
step verification, SMS or voice."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from wamigrate.core.wizard import flow
from wamigrate.core.wizard.number import check_number, code_advice, country_name, regions
from wamigrate.gui.formatting import isolated
from wamigrate.gui.wizard.base import FlowPage, form_layout, paragraph
from wamigrate.gui.wizard.pages.welcome import app_labels
from wamigrate.translation import tr

# (key, label) for "which app is the number on"


class NumberPage(FlowPage):
    name = flow.NUMBER

    def __init__(self, wizard) -> None:
        super().__init__(wizard, tr("Your number"), tr("The number you are moving, and where it is now."))
        form = form_layout()
        self.country = QComboBox(self)
        self.country.setAccessibleName(tr("Country of the number"))
        self.country.addItem(tr("Choose the country…"), None)
        collator = QCollator(QLocale())  # the language's alphabetical order, not code points
        named = [(_country_name(region), region, code) for region, code in regions()]
        for name, region, code in sorted(named, key=cmp_to_key(lambda a, b: collator.compare(a[0], b[0]))):
            self.country.addItem(f"{name} (+{code})", region)
        form.addRow(tr("Country"), self.country)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(tr("Phone number"))
        self.phone.setPlaceholderText(tr("e.g. 912 345 678, or +351 912 345 678"))
        self.phone.setInputMethodHints(self.phone.inputMethodHints())
        form.addRow(tr("Number"), self.phone)
        self.check = QLabel(self)
        self.check.setWordWrap(True)
        self.check.setAccessibleName(tr("Number check"))
        form.addRow("", self.check)
        self.app = self._choice(form, tr("It is now on"), [(None, tr("Choose…")), *app_labels()])
        self.os = self._choice(
            form, tr("Phone"), [(None, tr("Choose…")), ("android", tr("Android")), ("ios", tr("iPhone"))]
        )
        yes_no = [(None, tr("I don't know")), (True, tr("Yes")), (False, tr("No"))]
        self.two_step = self._choice(form, tr("Two-step verification (a 6-digit PIN) is on"), yes_no)
        self.sms = self._choice(form, tr("The number receives SMS"), yes_no)
        self.voice = self._choice(form, tr("The number receives voice calls"), yes_no)
        self.content.addLayout(form)
        self.advice = paragraph("", self)  # one place for what to know about the code and the PIN
        self.advice.setAccessibleName(tr("About the registration code"))
        self.content.addWidget(self.advice)
        self.content.addStretch(1)
        self._check = None
        self.country.currentIndexChanged.connect(self._number_changed)
        self.phone.textChanged.connect(self._number_changed)
        for combo, key in ((self.app, "current_app"), (self.os, "phone_os"), (self.two_step, "two_step_verification"),
                           (self.sms, "receives_sms"), (self.voice, "receives_voice")):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i, c=combo, k=key: self._answer(k, c.currentData()))

    def _choice(self, form: QFormLayout, label: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        for key, text in items:
            combo.addItem(text, key)
        form.addRow(label, combo)
        return combo

    def initializePage(self) -> None:
        number = self.state.answers.setdefault("number", {})
        region = number.get("region") or QLocale().name().split("_")[-1]
        typed = number.get("typed", number.get("phone", ""))
        for widget in (self.country, self.phone):  # both set first, then checked once
            widget.blockSignals(True)
        self.country.setCurrentIndex(max(self.country.findData(region), 0))
        self.phone.setText(typed)
        for widget in (self.country, self.phone):
            widget.blockSignals(False)
        for combo, key in ((self.app, "current_app"), (self.os, "phone_os"), (self.two_step, "two_step_verification"),
                           (self.sms, "receives_sms"), (self.voice, "receives_voice")):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(number.get(key)), 0))
        self.app.setVisible(self.state.route != "provider_move")
        self._number_changed()

    def _answer(self, key: str, value) -> None:
        number = self.state.answers.setdefault("number", {})
        if value is None:
            number.pop(key, None)
        else:
            number[key] = value
        self._advise()
        self.refresh()

    def _advise(self) -> None:
        number = self.state.answers.get("number", {})
        self.advice.setText("\n\n".join(code_advice(self._check, number, self.state.route, tr)))

    def _number_changed(self) -> None:
        number = self.state.answers.setdefault("number", {})
        region = self.country.currentData()
        result = check_number(self.phone.text(), region)
        if self.phone.text().strip().startswith("+") and result.region and result.region != region:
            # "+351 …" says the country: show it, instead of leaving "Choose the country…".
            self.country.blockSignals(True)
            self.country.setCurrentIndex(max(self.country.findData(result.region), 0))
            self.country.blockSignals(False)
            region = self.country.currentData()
        self._check = result if result.valid else None
        number["typed"] = self.phone.text()
        if region:
            number["region"] = region
        if result.valid and result.problem is None:
            number["phone"] = result.e164
            self.state.answers.setdefault("business", {}).setdefault("country", result.region)
            # A phone number reads left to right inside a right-to-left sentence too.
            country = isolated(_country_name(result.region or ""))
            # A tick only for what can surely get the code by SMS; a landline gets a caution mark.
            mark = "⚠" if result.kind == "landline" else "✓"
            self.check.setText(
                mark
                + " "
                + tr("{0}: a {1} number in {2}.").format(isolated(result.formatted), tr(result.kind or ""), country)
            )
        else:
            number.pop("phone", None)
            self.check.setText(tr(result.problem or "") if self.phone.text() else "")
        self._advise()
        self.refresh()


def _country_name(region: str) -> str:
    return country_name(region, QLocale().name())
