"""A small window that runs one Job with a progress bar and a Cancel button, then says
how it went. Verify, export and media export use it; the import has its own panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from wamigrate.gui.jobs import Job, Work
from wamigrate.translation import tr


class JobDialog(QDialog):
    """Starts ``work`` when shown; ``describe(result)`` turns the result into the closing words."""

    def __init__(
        self,
        title: str,
        doing: str,
        work: Work,
        describe: Callable[[Any], str],
        parent: QWidget | None = None,
        close_on_success: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.result_value: Any = None
        self.succeeded = False
        self.ended = False  # the work ended (finished, failed or cancelled) and the dialog says how
        self._describe = describe
        self._close_on_success = close_on_success
        layout = QVBoxLayout(self)
        self.message = QLabel(doing, self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Progress"))
        layout.addWidget(self.message)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setAccessibleName(title)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.job = Job(work, self).start(
            progress=self._progress,
            finished=self._finished,
            failed=self._failed,
            cancelled=lambda: self._end(tr("Cancelled. Nothing was changed.")),
        )

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))

    def _finished(self, value: Any) -> None:
        self.result_value = value
        self.succeeded = True
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        self._end(self._describe(value))
        if self._close_on_success:
            self.accept()

    def _failed(self, text: str) -> None:
        self._end(text)

    def _end(self, text: str) -> None:
        self.ended = True
        self.message.setText(text)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.adjustSize()

    def _cancel_or_close(self) -> None:
        if self.job.running:
            self.message.setText(tr("Cancelling…"))
            self.job.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.job.running:
            self._cancel_or_close()
            return
        super().reject()
