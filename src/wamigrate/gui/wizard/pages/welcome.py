"""The first page: what changes on the API (with Meta's dated sources) and the route, with wamigrate's suggestion."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
)

from wamigrate.core.readiness.report import claims_html
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.core.wizard import flow
from wamigrate.core.wizard.recommend import recommend_route
from wamigrate.gui.wizard.base import FlowPage, paragraph
from wamigrate.translation import tr

# (key, label) for "which app is the number on"


APPS = (
    ("messenger", QT_TR_NOOP("WhatsApp (the ordinary app)")),
    ("business", QT_TR_NOOP("WhatsApp Business app")),
    ("api", QT_TR_NOOP("Already on the API, with a provider")),
    ("none", QT_TR_NOOP("Not on WhatsApp yet")),
)


def app_labels() -> list[tuple[str, str]]:
    return [(key, tr(label)) for key, label in APPS]


class WelcomePage(FlowPage):
    name = flow.WELCOME
    gives_advice = True

    def __init__(self, wizard) -> None:
        super().__init__(wizard, tr("Move your number to the WhatsApp Business Platform"))
        self.content.addWidget(paragraph(tr(
            "wamigrate walks you through the move step by step, in the safe order: first your chats are "
            "backed up in an encrypted archive on this computer, then checked, and only then does the "
            "checklist unlock the step that cannot be undone. You can close wamigrate at any time: it "
            "continues where you stopped."
        ), self))  # fmt: skip
        self.content.addWidget(paragraph(tr(
            "<b>What changes on the API</b><ul>"
            "<li><b>Chat history.</b> On a full migration it does not move: deleting the app account loses every "
            "conversation on the phone unless it is backed up first. With coexistence the provider can copy up to "
            "6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of "
            "onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, "
            "updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)</li>"
            "<li><b>The 24-hour rule.</b> For 24 hours after a customer's last message or call you can answer with "
            "ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those "
            "replies are charged per message past a monthly free allowance (providers report 1,000 per number), "
            "and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; "
            "Meta, “Upcoming pricing updates”, updated 1 Jul 2026)</li>"
            "<li><b>Some app features do not carry over:</b> deleting or forwarding messages, status updates, "
            "broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with "
            "at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and "
            "replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)</li></ul>"
        ), self, rich=True))  # fmt: skip
        self.content.addWidget(paragraph(tr("<b>Not sure which way to go?</b> Where is the number now?"), self, True))
        row = QHBoxLayout()
        self.where = QComboBox(self)
        self.where.setAccessibleName(tr("Where the number is now"))
        self.where.addItem(tr("Choose…"), None)
        for key, label in app_labels():
            self.where.addItem(label, key)
        row.addWidget(self.where, 1)
        self.use_suggestion = QPushButton(tr("Use the suggestion"), self)
        self.use_suggestion.setEnabled(False)
        row.addWidget(self.use_suggestion)
        self.content.addLayout(row)
        self.suggestion = paragraph("", self)
        self.suggestion.setAccessibleName(tr("Suggested route"))
        self.content.addWidget(self.suggestion)
        self.content.addWidget(paragraph(tr("<b>How are you moving the number?</b>"), self, True))
        self.routes = QButtonGroup(self)
        self.route_buttons: dict[str, QRadioButton] = {}
        for key, label, detail in (
            ("full", tr("Full migration"), tr("Delete the account from the app and use the number only on the API.")),
            ("coexistence", tr("Coexistence: keep the WhatsApp Business app"),
             tr("The number works in the Business app and on the API at the same time.")),
            ("provider_move", tr("Move between providers"),
             tr("The number is already on the API; it moves to another provider.")),
        ):  # fmt: skip
            button = QRadioButton(label, self)
            button.setToolTip(detail)
            button.setAccessibleDescription(detail)
            self.routes.addButton(button)
            self.route_buttons[key] = button
            self.content.addWidget(button)
            note = paragraph(detail, self)
            note.setIndent(24)
            self.content.addWidget(note)
        # What users often believe about the API, answered for the route chosen (core data).
        self.claims = paragraph("", self, rich=True)
        self.claims.setAccessibleName(tr("What you may have read"))
        self.content.addWidget(self.claims)
        self._show_claims("full")
        self.content.addStretch(1)
        self.where.currentIndexChanged.connect(self._where_changed)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        for key, button in self.route_buttons.items():
            button.toggled.connect(lambda checked, k=key: checked and self._choose(k))

    def initializePage(self) -> None:
        number = self.state.answers.get("number", {})
        where = "api" if number.get("on_api_with_provider") else number.get("current_app")
        index = self.where.findData(where)
        self.where.setCurrentIndex(max(index, 0))
        if self.state.route in self.route_buttons:
            self.route_buttons[self.state.route].setChecked(True)
        self._where_changed()

    def _where_changed(self) -> None:
        where = self.where.currentData()
        number = self.state.answers.setdefault("number", {})
        if where == "api":
            number["on_api_with_provider"] = True
            number.pop("current_app", None)
        elif where:
            number["on_api_with_provider"] = False
            number["current_app"] = where
        deleted = "delete_account" in self.state.checklist
        suggestion = recommend_route(self.state.answers, tr=tr, account_deleted=deleted)
        self.route_buttons["coexistence"].setEnabled(not deleted)
        self._suggested = suggestion.route
        self.suggestion.setText(suggestion.reason)
        self.use_suggestion.setEnabled(suggestion.route is not None)
        self.migration.save()

    def _use_suggestion(self) -> None:
        if self._suggested:
            self.route_buttons[self._suggested].setChecked(True)

    def _show_claims(self, route: str) -> None:
        self.claims.setText("<b>" + tr("What you may have read") + "</b>" + claims_html(route, tr))

    def _choose(self, route: str) -> None:
        self._show_claims(route)
        self.state.route = route
        self.state.answers.setdefault("migration", {})["route"] = route
        self.refresh()
