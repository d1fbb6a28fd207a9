"""Start the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from wamigrate import APP_ID, APP_NAME, __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Placeholder until the migration wizard lands."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(tr("wamigrate — WhatsApp migration assistant"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(tr("Welcome to wamigrate"), body)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(
            tr(
                "wamigrate will guide you through moving your number to the WhatsApp Business "
                "Platform without losing your customers' conversations. The step-by-step wizard "
                "is being built; meanwhile, the command line can already read your chat exports: "
                "run “wamigrate inspect” on an exported chat."
            ),
            body,
        )
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(640, 360)


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("wamigrate.io")
    app.setDesktopFileName(APP_ID)
    return app  # type: ignore[return-value]


def run(argv: Sequence[str] | None = None) -> int:
    app = create_application(argv if argv is not None else sys.argv[:1])
    window = MainWindow()
    window.show()
    return app.exec()


def run_browser(archive_path: str | None = None) -> int:
    """Unlock an archive, then browse it; returns the application's exit code."""
    from PySide6.QtCore import QSettings

    from wamigrate.gui import theme
    from wamigrate.gui.browser import BrowserWindow
    from wamigrate.gui.unlock import UnlockDialog

    app = create_application(sys.argv[:1])
    settings = QSettings()
    theme.apply_scheme(str(settings.value(theme.SETTING, "system")))
    dialog = UnlockDialog(settings, archive_path)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.archive is None:
        return 1
    window = BrowserWindow(dialog.archive, settings)
    window.show()
    code = app.exec()
    if window.archive is not None:
        window.archive.close()
    return code
