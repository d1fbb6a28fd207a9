"""Start the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QApplication

from wamigrate import APP_ID, APP_NAME, __version__
from wamigrate.gui import settings as options
from wamigrate.gui.i18n import apply_language
from wamigrate.gui.language import keep, kept_windows
from wamigrate.translation import tr


def create_application(argv: Sequence[str]) -> QApplication:
    if QApplication.instance() is None:
        from wamigrate.gui.linux_libraries import check_or_exit

        check_or_exit()  # a missing X11 library is said in words, before Qt aborts on it
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("wamigrate.io")
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from wamigrate.gui import qt_resources  # noqa: F401 - registers ":/icons/…"

    app.setWindowIcon(QIcon(":/icons/wamigrate.svg"))
    _clean_up_private_files(app)
    return app  # type: ignore[return-value]


def _clean_up_private_files(app: QApplication) -> None:
    """Sweep what a killed earlier run left in the temporary folder (a viewed photo, a copy
    of an archive on read-only media); on SIGTERM, quit the event loop so that this run's
    own folders are removed too (``remove_own`` after the loop, and at exit)."""
    import atexit

    from PySide6.QtCore import QTimer

    from wamigrate.core import private_files

    if getattr(app, "_wamigrate_cleanup", False):
        return
    app._wamigrate_cleanup = True
    private_files.sweep()
    atexit.register(private_files.remove_own)
    # Through the event queue: a SIGTERM that arrives just before the loop starts must still
    # end it (quit() before exec() does nothing; a posted timer runs once the loop does).
    private_files.on_termination(lambda: QTimer.singleShot(0, app.quit))
    app.aboutToQuit.connect(private_files.remove_own)
    # Python runs signal handlers only when it gets control; Qt's loop is C++. A timer that
    # does nothing gives it control twice a second.
    heartbeat = QTimer(app)
    heartbeat.setInterval(500)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()


def after_first_paint(widget, action: Callable[[], None]) -> None:
    """Calls ``action`` on the event-loop turn after ``widget`` first paints: an event to wait
    for, where a timer would race the window system on a busy machine."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, action)  # after this paint has reached the window
            return False

    widget._first_paint = FirstPaint(widget)  # kept alive with the widget
    widget.installEventFilter(widget._first_paint)


def run(argv: Sequence[str] | None = None, quit_after_start: bool = False, screenshot: str | None = None) -> int:
    """The migration wizard: resumes where the user stopped (asking to unlock the archive
    first when the saved page comes after it). ``quit_after_start`` (cold-start measurement)
    and ``screenshot`` (a PNG of the window as the platform drew it, for CI) exit once the
    first page has been painted."""
    from PySide6.QtCore import QSettings

    from wamigrate.core.wizard import flow
    from wamigrate.gui import theme
    from wamigrate.gui.unlock import UnlockDialog
    from wamigrate.gui.wizard.window import MigrationWizard

    app = create_application(argv if argv is not None else sys.argv[:1])
    settings = QSettings()
    apply_language(app, settings)
    theme.apply_scheme(options.SCHEME.get(settings))
    wizard = MigrationWizard(settings)
    state = wizard.state
    needs_archive = flow.ALL_PAGES.index(state.page) > flow.ALL_PAGES.index(flow.PROTECT)
    if state.archive_path and needs_archive:
        dialog = UnlockDialog(settings, state.archive_path)
        dialog.setWindowTitle(tr("Welcome back: unlock your archive to continue"))
        if dialog.exec() == UnlockDialog.DialogCode.Accepted and dialog.archive is not None:
            wizard.set_archive(dialog.archive)
    wizard.resume()
    wizard.show()
    keep(wizard)  # a language switch replaces it (gui/language.py)
    if quit_after_start or screenshot:

        def done() -> None:
            if screenshot:
                # From the screen, not widget.grab(): what the platform plugin really drew.
                wizard.screen().grabWindow(wizard.winId()).save(screenshot, "PNG")
            app.exit(0)  # quit() would close the wizard, which asks first

        after_first_paint(wizard, done)
    code = app.exec()
    for window in kept_windows():
        if isinstance(window, MigrationWizard):
            window.close_archive()
    return code


def run_browser(archive_path: str | None = None) -> int:
    """Unlock an archive, then browse it; returns the application's exit code."""
    from PySide6.QtCore import QSettings

    from wamigrate.gui import theme
    from wamigrate.gui.browser import BrowserWindow
    from wamigrate.gui.unlock import UnlockDialog

    app = create_application(sys.argv[:1])
    settings = QSettings()
    apply_language(app, settings)
    theme.apply_scheme(options.SCHEME.get(settings))
    dialog = UnlockDialog(settings, archive_path)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.archive is None:
        return 1
    window = BrowserWindow(dialog.archive, settings)
    window.show()
    keep(window)  # a language switch replaces it (gui/language.py)
    code = app.exec()
    for window in kept_windows():
        if getattr(window, "archive", None) is not None:
            window.archive.close()
    return code
