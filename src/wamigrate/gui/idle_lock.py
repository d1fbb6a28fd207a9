"""Lock after a quiet spell: any key press, click, wheel or mouse move in the application
restarts the countdown; when it runs out, ``idle`` fires and the window locks itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from wamigrate.gui import settings as options

SETTING = options.LOCK_AFTER_MINUTES.key
DEFAULT_MINUTES = options.LOCK_AFTER_MINUTES.default
CHOICES = (0, 5, 10, 30, 60)  # 0: never
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    def set_interval_ms(self, milliseconds: int) -> None:
        """For tests: a countdown shorter than a minute."""
        self._timer.start(milliseconds)

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        if self.minutes > 0:
            self._timer.start(self.minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart with the same interval
        return False
