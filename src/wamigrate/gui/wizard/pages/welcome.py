"""The first page: what changes on the API (with Meta's dated sources) and the route, with wamigrate's suggestion."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
)

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
            "<li><b>Chat history does not move.</b> Deleting the app account loses every conversation on the "
            "phone unless it is exported first. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025)</li>"
            "<li><b>The 24-hour rule.</b> You can answer freely for 24 hours after a customer's last message or "
            "call; after that only pre-approved message templates can be sent. (Meta, “Send messages”, updated "
            "4 Nov 2025)</li>"
            "<li><b>Some app features do not carry over:</b> deleting or forwarding messages, status updates; "
            "groups and calls only in restricted forms. (Meta, “Groups API”, updated 16 Jun 2026)</li></ul>"
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

    def _choose(self, route: str) -> None:
        self.state.route = route
        self.state.answers.setdefault("migration", {})["route"] = route
        self.refresh()
