"""The passphrase field used wherever an archive is created or unlocked.

Create mode: a confirmation field, a live strength line in plain words (the same rules
as core's policy, so the GUI never accepts what core refuses), show/hide. Unlock mode: a
single field with show/hide. Both warn when Caps Lock seems to be on (typed capitals
without Shift is the only portable sign Qt gives).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from wamigrate.core.archive import policy
from wamigrate.translation import tr


class _Field(QLineEdit):
    caps_lock_suspected = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isalpha():
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.caps_lock_suspected.emit(text.isupper() != shifted)
        super().keyPressEvent(event)


class PassphraseInput(QWidget):
    changed = Signal()

    def __init__(self, create: bool, parent: QWidget | None = None, label: str | None = None) -> None:
        super().__init__(parent)
        self._create = create
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Labels, not only placeholders: a placeholder vanishes at the first key and is not
        # read out by every screen reader.
        self.label = QLabel(label or tr("Passphrase"), self)
        layout.addWidget(self.label)
        self.field = _Field(self)
        self.label.setBuddy(self.field)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Passphrase"))
        self.field.setPlaceholderText(tr("A few unrelated words, e.g. copper lantern orbit 47") if create else "")
        layout.addWidget(self.field)
        self.confirm = _Field(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(tr("Passphrase again"))
        self.confirm.setPlaceholderText(tr("Type it again"))
        self.confirm.setVisible(create)
        self.confirm_label = QLabel(tr("The same passphrase again"), self)
        self.confirm_label.setBuddy(self.confirm)
        self.confirm_label.setVisible(create)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        self.show_box = QCheckBox(tr("Show passphrase"), self)
        layout.addWidget(self.show_box)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(tr("Passphrase feedback"))
        layout.addWidget(self.feedback)
        self.caps = QLabel(tr("Caps Lock seems to be on."), self)
        self.caps.setVisible(False)
        layout.addWidget(self.caps)
        self.show_box.toggled.connect(self._show)
        for field in (self.field, self.confirm):
            field.textChanged.connect(self._update)
            field.caps_lock_suspected.connect(self.caps.setVisible)
        self._update()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def text(self) -> str:
        return self.field.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet; None when it can."""
        text = self.field.text()
        if not text:
            return tr("Enter a passphrase.")
        if not self._create:
            return None
        found = policy.problems(text)
        if found:
            return " ".join(found)
        if self.confirm.text() != text:
            return tr("The two passphrases are not the same yet.")
        return None

    def _update(self) -> None:
        problem = self.problem()
        if not self._create:
            self.feedback.setText("")
        elif problem is None:
            self.feedback.setText(tr("Strong enough. Spaces at the start or end are ignored."))
        elif self.field.text():
            self.feedback.setText(problem)
        else:
            self.feedback.setText(tr("At least 10 characters; a few unrelated words are easy to remember."))
        self.changed.emit()
