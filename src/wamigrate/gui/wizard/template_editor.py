"""A small editor for one message template (name, category, language, body with {{n}} and a
sample per variable), for people who have never seen TOML: it writes the same text the
readiness page's box holds (core.readiness.template_text)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from wamigrate.core.readiness.template_text import TEMPLATE_CATEGORIES, placeholders, template_toml
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.gui.wizard.base import form_layout
from wamigrate.translation import tr

# Examples of what Meta accepts, not words: the same in every language.
EXAMPLE_NAME, EXAMPLE_LANGUAGE = "order_ready", "pt_BR"
CATEGORY_LABELS = {
    "MARKETING": QT_TR_NOOP("Marketing (offers, news)"),
    "UTILITY": QT_TR_NOOP("Utility (orders, appointments, account updates)"),
    "AUTHENTICATION": QT_TR_NOOP("Authentication (one-time codes)"),
}


class TemplateDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a message template"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = form_layout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(EXAMPLE_NAME)
        form.addRow(tr("Name (lower case, digits and _)"), self.name)
        self.category = QComboBox(self)
        for key in TEMPLATE_CATEGORIES:
            self.category.addItem(tr(CATEGORY_LABELS[key]), key)
        self.category.setCurrentIndex(1)
        form.addRow(tr("Category"), self.category)
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(EXAMPLE_LANGUAGE)
        form.addRow(tr("Language code"), self.language)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(tr("Hello {{1}}, your order {{2}} is ready."))
        self.body.setMinimumHeight(90)
        form.addRow(tr("Message"), self.body)
        self.samples = QPlainTextEdit(self)
        self.samples.setMinimumHeight(60)
        form.addRow(tr("Examples, one per line"), self.samples)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        for widget in (self.name, self.language, self.body, self.samples):
            widget.setAccessibleName(form.labelForField(widget).text())
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.name.textChanged, self.language.textChanged, self.body.textChanged,
                       self.samples.textChanged):  # fmt: skip
            signal.connect(self._update)
        self._update()

    def sample_values(self) -> list[str]:
        return [line.strip() for line in self.samples.toPlainText().splitlines() if line.strip()]

    def _update(self) -> None:
        variables = placeholders(self.body.toPlainText())
        given = len(self.sample_values())
        if variables and given != len(variables):
            self.hint.setText(
                tr(
                    "The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.",
                    "",
                    len(variables),
                )
            )
        else:
            self.hint.setText("")
        complete = all(w.text().strip() for w in (self.name, self.language)) and self.body.toPlainText().strip()
        self.add_button.setEnabled(bool(complete) and (not variables or given == len(variables)))

    def toml(self) -> str:
        return template_toml(
            self.name.text().strip(),
            self.category.currentData(),
            self.language.text().strip(),
            self.body.toPlainText().strip(),
            self.sample_values(),
        )
