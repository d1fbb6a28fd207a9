"""The migration wizard's window: a QWizard whose order of pages, completeness and locks
come from core.wizard.flow. It saves as the user goes (non-secret answers in the settings;
business answers and the checklist in the archive, with an audit entry per tick) and
resumes where the user stopped."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWizard

from wamigrate.core.archive import owner
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.summary import ImportStatus, import_status, recovery_key_confirmed
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs
from wamigrate.gui import settings as options
from wamigrate.gui.language import language_menu, swap_window
from wamigrate.gui.wizard.pages.checklist import ChecklistPage
from wamigrate.gui.wizard.pages.impact import ImpactPage
from wamigrate.gui.wizard.pages.import_chats import ImportPage
from wamigrate.gui.wizard.pages.number import NumberPage
from wamigrate.gui.wizard.pages.protect import ProtectPage
from wamigrate.gui.wizard.pages.readiness import ReadinessPage
from wamigrate.gui.wizard.pages.report import ReportPage
from wamigrate.gui.wizard.pages.review import ReviewPage
from wamigrate.gui.wizard.pages.welcome import WelcomePage
from wamigrate.translation import tr

STATE_KEY = options.WIZARD_STATE.key
PAGE_IDS = {name: index for index, name in enumerate(flow.ALL_PAGES)}


class MigrationWizard(QWizard):
    def __init__(self, settings: QSettings, argon2: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.argon2 = argon2  # None: the archive's real key-derivation cost (tests pass a cheap one)
        self.archive: Archive | None = None
        self.report: dict | None = None
        self.browsers: list = []
        saved = options.WIZARD_STATE.get(settings)
        self.state = flow.state_from_dict(json.loads(saved)) if saved else flow.WizardState()
        self.saved_page = self.state.page  # showing the window visits the first page: keep the target
        self.setWindowTitle(tr("wamigrate — move your WhatsApp number"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, tr("Language"))
        # What Cancel does here: everything is kept and the wizard resumes where it was.
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Close and continue later"))
        language = self.button(QWizard.WizardButton.CustomButton1)
        language.setToolTip(tr("Choose the language of wamigrate"))
        language.setMenu(language_menu(self, settings, self.relaunch, self.busy_reason))
        self.setButtonLayout([
            QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ])  # fmt: skip
        self.pages = {
            flow.WELCOME: WelcomePage(self), flow.NUMBER: NumberPage(self), flow.PROTECT: ProtectPage(self),
            flow.IMPORT: ImportPage(self), flow.REVIEW: ReviewPage(self), flow.IMPACT: ImpactPage(self),
            flow.CHECKLIST: ChecklistPage(self), flow.READINESS: ReadinessPage(self), flow.REPORT: ReportPage(self),
        }  # fmt: skip
        for name, page in self.pages.items():
            self.setPage(PAGE_IDS[name], page)
        self.setStartId(PAGE_IDS[flow.WELCOME])
        self.currentIdChanged.connect(self._page_changed)
        geometry = options.WIZARD_GEOMETRY.get(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(860, 680)

    # -- flow ---------------------------------------------------------------------------------

    def nextId(self) -> int:
        current = next((name for name, index in PAGE_IDS.items() if index == self.currentId()), flow.WELCOME)
        following = flow.page_after(self.state, current)
        return PAGE_IDS[following] if following is not None else -1

    def _page_changed(self, page_id: int) -> None:
        name = next((n for n, index in PAGE_IDS.items() if index == page_id), None)
        if name is not None:
            self.state.page = name
            self.save()
            route = flow.pages(self.state)
            if name in route:
                self.pages[name].step_label.setText(tr("Step {0} of {1}").format(route.index(name) + 1, len(route)))

    def resume(self) -> None:
        """Walk forward to the saved page (Back then works as if the user had clicked through).
        Pages after 'protect' need the archive: without it the walk stops there."""
        target = self.saved_page
        self.restart()
        while self.currentPage() is not None and self.state.page != target and self.currentPage().isComplete():
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break
        self.state.page = flow.ALL_PAGES[self.currentId()] if self.currentId() >= 0 else flow.WELCOME
        self.save()

    # -- the archive --------------------------------------------------------------------------

    def set_archive(self, archive: Archive) -> None:
        self.archive = archive
        self.state.archive_path = str(archive.folder)
        self.state.archive_open = True
        kept = archive.get_meta("wizard")
        flow.merge_archive_part(self.state, kept or {})
        # The archive's log, not a saved flag, says whether its recovery key was confirmed: a
        # window closed while the key was shown must not count as confirmed (issue 17). An
        # archive the wizard never had (made on the command line, which printed its key) is
        # taken as its maker left it.
        self.state.recovery_confirmed = kept is None or recovery_key_confirmed(archive)
        self._sync_owner()
        self.sync_from_archive()
        self.save()

    def _sync_owner(self) -> None:
        """One value for "which sender is the business": the archive's (the browser may have
        changed it). A name an earlier version kept only in the wizard's answers moves there."""
        business = self.state.answers.setdefault("business", {})
        chosen = owner.chosen(self.archive)
        if chosen is None and business.get("own_name") and self.archive.read_only is None:
            owner.choose(self.archive, business["own_name"])
        elif chosen is not None:
            business["own_name"] = chosen

    def sync_from_archive(self) -> None:
        """Imports and verification as the archive records them (the truth, after a restart too)."""
        if self.archive is None:
            return
        self.take_status(import_status(self.archive))

    def take_status(self, status: ImportStatus) -> None:
        """Imports and verification as core reported them (after an import run, say)."""
        self.state.imports, self.state.last_import_at = status.imports, status.last_import_at
        self.state.last_verified_ok_at = status.last_verified_ok_at

    def checklist_events(self) -> list[dict]:
        if self.archive is None:  # a provider move: the times are in the state
            return [{"at": at, "event": step} for step, at in self.state.checklist.items()]
        return [{"at": at, "event": detail} for at, event, detail in self.archive.audit_log() if event == "checklist"]

    @property
    def impact(self) -> dict | None:
        return self.pages[flow.IMPACT].impact

    def save(self) -> None:
        """Settings: the state without business answers; the archive: those and the checklist."""
        options.WIZARD_STATE.put(self.settings, json.dumps(flow.settings_part(self.state), ensure_ascii=False))
        if self.archive is not None:
            self.archive.set_meta("wizard", flow.archive_part(self.state))

    def open_browser(self, chat_id: int | None = None):
        """The archive browser on a handle of its own; ``chat_id``: the chat to show."""
        from wamigrate.gui.browser import BrowserWindow

        if self.archive is None:
            return None
        browser = BrowserWindow(self.archive.reopen(), self.settings)
        browser.show()
        if chat_id is not None:
            browser.open_chat_id(chat_id)
        self.browsers.append(browser)
        return browser

    # -- language -----------------------------------------------------------------------------

    def busy_reason(self) -> str | None:
        """Work a rebuild would cut short (an import, a verification...), as the page says it."""
        page = self.currentPage()
        return page.busy_reason() if page is not None else None

    def relaunch(self) -> MigrationWizard:
        """The wizard again, in the language just chosen: same page, same answers, same open archive."""
        self.save()
        options.WIZARD_GEOMETRY.put(self.settings, self.saveGeometry())
        replacement = MigrationWizard(self.settings, self.argon2)
        archive, self.archive = self.archive, None
        if archive is not None:
            replacement.set_archive(archive)
        replacement.browsers, self.browsers = self.browsers, []
        replacement.resume()
        swap_window(self, replacement)
        return replacement

    # -- leaving ------------------------------------------------------------------------------

    def reject(self) -> None:
        importing = self.pages[flow.IMPORT].panel.running
        if importing:
            question = tr("An import is running. Cancel it and close? The archive stays as it was before the import.")
        elif self.pages[flow.PROTECT].key_shown_unconfirmed:
            question = tr(
                "The recovery key is on screen and you have not typed its last group back yet. If you close now "
                "without keeping it, you will be asked to make a new one next time. Close anyway?"
            )
        else:
            question = tr(
                "Close the assistant? Your answers are saved (never your passphrase); next time you continue here."
            )
        if not dialogs.confirm(self, tr("Close wamigrate"), question):
            return
        if importing:
            self.pages[flow.IMPORT].panel.cancel_and_wait()
        self.close_archive()
        super().reject()

    def done(self, result: int) -> None:
        self.save()
        options.WIZARD_GEOMETRY.put(self.settings, self.saveGeometry())
        if result == QDialog.DialogCode.Accepted:
            self.close_archive()
        super().done(result)

    def close_archive(self) -> None:
        if self.archive is not None:
            self.save()
            self.archive.close()
            self.archive = None
            self.state.archive_open = False
