"""What every wizard page shares: its place in the flow, a scrolling body, and a line
under it that says why Next is not available yet (from core.wizard.flow)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWizardPage,
)

from wamigrate.core.readiness.catalogue import advice_is_stale, catalogue
from wamigrate.core.readiness.catalogue import advice_note as core_advice_note
from wamigrate.core.wizard import flow
from wamigrate.translation import tr


def form_layout() -> QFormLayout:
    """A form whose labels move above their fields when a language makes them long, instead
    of squeezing the fields or widening the page past the window."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def wrapped_check(text: str, parent) -> tuple[QCheckBox, QLabel, QHBoxLayout]:
    """A check box whose words wrap. QCheckBox never wraps its text, so a long translation
    would widen the page; here the text is a label beside the box that toggles it when
    clicked, as the box's own text would. The box carries the text as its accessible name."""
    box = QCheckBox(parent)
    box.setAccessibleName(text)
    label = _ClickableLabel(text, parent)
    label.setWordWrap(True)
    label.setBuddy(box)
    label.clicked.connect(lambda: box.click() if box.isEnabled() else None)
    row = QHBoxLayout()
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box, label, row


def paragraph(text: str, parent=None, rich: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(rich)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction if rich else Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return label


class FlowPage(QWizardPage):
    name = ""  # a page id of core.wizard.flow
    gives_advice = False  # the page says what Meta's rules are: it shows their "as of" date

    def __init__(self, wizard, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.migration = wizard
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.step_label = QLabel(self)  # "Step 3 of 9", written by the window on each page change
        self.step_label.setAccessibleName(tr("Step"))
        self.step_label.setContentsMargins(9, 4, 0, 0)  # in line with the page's fields
        outer.addWidget(self.step_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QFrame(self.scroll)
        self.content = QVBoxLayout(self.body)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        self.advice_date = None
        if self.gives_advice:
            # Core's sentence, translated by the thread's language (set when the wizard opened).
            self.advice_date = QLabel(core_advice_note(), self)
            self.advice_date.setWordWrap(True)
            self.advice_date.setContentsMargins(9, 0, 0, 0)
            self.advice_date.setAccessibleName(tr("Date of the advice"))
            if advice_is_stale(catalogue()[0]):
                self.advice_date.setStyleSheet("color: #b3261e; font-weight: bold;")
            outer.addWidget(self.advice_date)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(tr("What is still needed on this page"))
        outer.addWidget(self.reason)

    @property
    def state(self) -> flow.WizardState:
        return self.migration.state

    def busy_reason(self) -> str | None:
        """A page-specific reason to hold Next (work still running); None when there is none."""
        return None

    def isComplete(self) -> bool:
        reason = self.busy_reason() or flow.incomplete_reason(self.name, self.state, tr=tr)
        self.reason.setText(tr("To continue: {0}").format(reason) if reason else "")
        return reason is None

    def refresh(self) -> None:
        """Answers changed: save them and re-evaluate Next."""
        self.migration.save()
        self.completeChanged.emit()
