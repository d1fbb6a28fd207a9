"""The offline archive browser: chats and search on the left, the conversation in the
middle, the chat's details on the right; an Archive menu for import, export, verify and
the secrets; locks on demand (Ctrl+L) and after an idle time.

Opened by ``wamigrate browse [ARCHIVE]`` (after the unlock dialog) and from the wizard.
Everything slow (search, details, thumbnails, exports, verification, import) runs in
workers on their own archive handles; the window itself only reads pages of messages.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive import browse, owner
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.summary import sender_names
from wamigrate.gui import archive_actions, dialogs, theme
from wamigrate.gui import settings as options
from wamigrate.gui.browser_models import ROW_ROLE, ChatListModel, ConversationModel
from wamigrate.gui.chat_details_view import ChatDetailsView
from wamigrate.gui.chat_list_delegate import ChatListDelegate
from wamigrate.gui.conversation_pane import ConversationPane
from wamigrate.gui.idle_lock import CHOICES, IdleWatcher
from wamigrate.gui.import_panel import ImportDialog
from wamigrate.gui.language import language_menu, swap_window
from wamigrate.gui.media_viewer import MediaViewer
from wamigrate.gui.owner_label import candidate_text
from wamigrate.gui.search_panel import SearchPanel
from wamigrate.gui.thumbnails import Thumbnails
from wamigrate.translation import tr


class JumpToDateDialog(QDialog):
    def __init__(self, first: str, last: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Jump to date"))
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(tr("Date"))
        grid = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if grid is not None:  # the calendar's own day grid takes the focus: give it the name
            grid.setAccessibleName(tr("Date"))
        self.calendar.setMinimumDate(QDate.fromString(first[:10], Qt.DateFormat.ISODate))
        self.calendar.setMaximumDate(QDate.fromString(last[:10], Qt.DateFormat.ISODate))
        self.calendar.setSelectedDate(self.calendar.maximumDate())
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(lambda _date: self.accept())
        layout.addWidget(buttons)

    def date(self) -> str:
        return self.calendar.selectedDate().toString(Qt.DateFormat.ISODate)


class BrowserWindow(QMainWindow):
    def __init__(self, archive: Archive | None, settings: QSettings, parent=None, folder: str = "") -> None:
        """Without an archive (a window rebuilt while locked), it opens on the unlock page of ``folder``."""
        super().__init__(parent)
        self.archive: Archive | None = None
        self._chat_before_lock: int | None = None  # reopened after unlocking
        self.folder = str(archive.folder) if archive is not None else folder
        self._settings = settings
        self.setWindowTitle(tr("wamigrate — chat archive"))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._build_main()
        self._build_locked()
        self._build_menus()
        self.idle = IdleWatcher(options.LOCK_AFTER_MINUTES.get(settings), self)
        self.idle.idle.connect(self.lock)
        geometry = options.BROWSER_GEOMETRY.get(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        if archive is not None:
            self.set_archive(archive)
        else:
            self._show_locked()

    # -- building -----------------------------------------------------------------------------

    def _build_main(self) -> None:
        page = QWidget(self.stack)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(6, 6, 6, 6)
        # Shown when the archive could only be opened for reading (read-only media, a full
        # disk): why, and what to do, where the user looks, not cut off in the status bar.
        self.read_only_banner = QLabel(page)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_banner.setMargin(6)
        self.read_only_banner.setAccessibleName(tr("Read only"))
        self.read_only_banner.hide()
        outer.addWidget(self.read_only_banner)
        self.splitter = QSplitter(page)
        self.tabs = QTabWidget(self.splitter)
        chats_tab = QWidget(self.tabs)
        chats_layout = QVBoxLayout(chats_tab)
        chats_layout.setContentsMargins(0, 4, 0, 0)
        self.chat_filter = QLineEdit(chats_tab)
        self.chat_filter.setPlaceholderText(tr("Filter chats by name"))
        self.chat_filter.setAccessibleName(tr("Filter chats"))
        self.chat_filter.setClearButtonEnabled(True)
        chats_layout.addWidget(self.chat_filter)
        self.chats = QListView(chats_tab)
        self.chats.setAccessibleName(tr("Chats"))
        self.chats.setItemDelegate(ChatListDelegate(self.chats))
        self.chats.setUniformItemSizes(True)
        # The delegate elides names and previews to the list's width: never scroll sideways.
        self.chats.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chats_layout.addWidget(self.chats)
        self.tabs.addTab(chats_tab, tr("Chats"))
        self.search_panel: SearchPanel | None = None
        self.search_tab = QWidget(self.tabs)
        QVBoxLayout(self.search_tab).setContentsMargins(0, 4, 0, 0)
        self.tabs.addTab(self.search_tab, tr("Search"))
        self.tabs.tabBar().setAccessibleName(tr("Chats or search"))

        self.pane = ConversationPane(self.splitter)
        self.pane.message_requested.connect(self.show_message)
        pane = self.pane  # the window's names for the pane's parts (menus, tests, screenshots)
        self.title, self.subtitle = pane.title, pane.subtitle
        self.jump_button, self.details_button, self.export_button = (
            pane.jump_button,
            pane.details_button,
            pane.export_button,
        )
        self.conversation_stack, self.conversation = pane.conversation_stack, pane.conversation
        self.placeholder, self.placeholder_text, self.placeholder_import = (
            pane.placeholder, pane.placeholder_text, pane.placeholder_import,
        )  # fmt: skip

        self.details = ChatDetailsView(self.splitter)
        self.details.setVisible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 620, 300])
        outer.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self.main_page = page

        self.chats.activated.connect(self._open_chat)
        self.chats.clicked.connect(self._open_chat)
        self.chat_filter.textChanged.connect(lambda text: self.chat_model.refresh(text) if self.archive else None)
        self.jump_button.clicked.connect(self.jump_to_date)
        self.details_button.toggled.connect(self._toggle_details)
        self.export_button.clicked.connect(self.export_chat)
        self.placeholder_import.clicked.connect(self.import_exports)

    def _build_locked(self) -> None:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.locked_text = QLabel(page)
        self.locked_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_text.setWordWrap(True)
        layout.addWidget(self.locked_text)
        self.unlock_button = QPushButton(tr("Unlock…"), page)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.stack.addWidget(page)
        self.locked_page = page
        self.unlock_button.clicked.connect(self.unlock)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _choices(self, menu: QMenu, items, current, pick) -> None:
        """Radio items in a menu: one of ``items`` (key, label) is checked; choosing calls pick(key)."""
        group = QActionGroup(self)
        for key, label in items:
            action = self._action(menu, label, lambda _checked=False, k=key: pick(k), checkable=True)
            action.setChecked(key == current)
            group.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        archive = bar.addMenu(tr("&Archive"))
        self.import_action = self._action(archive, tr("&Import chat exports…"), self.import_exports, "Ctrl+I")
        self.export_action = self._action(archive, tr("&Export this chat…"), self.export_chat, "Ctrl+E")
        self.media_action = self._action(archive, tr("Export this chat's &media…"), self.export_media)
        self.customers_action = self._action(archive, tr("Export the &customer list…"), self.export_customers)
        archive.addSeparator()
        self.verify_action = self._action(archive, tr("&Verify archive"), self.verify)
        self.passphrase_action = self._action(archive, tr("Change &passphrase…"), self.change_passphrase)
        self.recovery_action = self._action(archive, tr("New &recovery key…"), self.new_recovery_key)
        archive.addSeparator()
        self.lock_action = self._action(archive, tr("&Lock"), self.lock, "Ctrl+L")
        self._action(archive, tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        view = bar.addMenu(tr("&View"))
        self.find_action = self._action(view, tr("&Search messages"), self.focus_search, QKeySequence.StandardKey.Find)
        # Ctrl+J, not Ctrl+G: on macOS Cmd+G is the standard "find next".
        self.jump_action = self._action(view, tr("&Jump to date…"), self.jump_to_date, "Ctrl+J")
        self.details_action = self._action(view, tr("Chat &details"), self.details_button.setChecked, "Ctrl+D", True)
        self.details_button.toggled.connect(self.details_action.setChecked)
        # Which sender is the business: the same value the wizard's impact page asks for.
        self.owner_menu = view.addMenu(tr("This is &me"))
        self.owner_menu.aboutToShow.connect(self._fill_owner_menu)
        view.addSeparator()
        self._choices(view.addMenu(tr("Sort chats by")), (("recent", tr("Recent activity")), ("name", tr("Name"))),
                      "recent", lambda key: self.chat_model.refresh(order=key))  # fmt: skip
        schemes = (("system", tr("Like the system")), ("light", tr("Light")), ("dark", tr("Dark")))
        self._choices(view.addMenu(tr("Appearance")), schemes, options.SCHEME.get(self._settings),
                      self.set_scheme)  # fmt: skip
        minutes = [(m, tr("Never") if m == 0 else tr("%n minute(s)", "", m)) for m in CHOICES]
        self._choices(view.addMenu(tr("Lock when idle for")), minutes,
                      options.LOCK_AFTER_MINUTES.get(self._settings), self.set_idle_minutes)  # fmt: skip
        view.addMenu(language_menu(self, self._settings, self.relaunch))
        self.chat_actions = [self.export_action, self.media_action, self.jump_action, self.details_action]
        help_menu = bar.addMenu(tr("&Help"))
        self.about_action = self._action(help_menu, tr("&About wamigrate"), self.about)

    # -- archive ------------------------------------------------------------------------------

    def set_archive(self, archive: Archive) -> None:
        self.archive = archive
        self.folder = str(archive.folder)
        self.thumbnails = Thumbnails(archive, self)
        self.pane.attach(archive, self.thumbnails, owner.owner(archive).name)
        self.chat_model = ChatListModel(archive, self)
        self.chats.setModel(self.chat_model)
        self.chat_filter.clear()
        self.search_panel = SearchPanel(archive, self.search_tab)
        self.search_tab.layout().addWidget(self.search_panel)
        self.search_panel.open_message.connect(self.show_message)
        self.search_panel.set_senders(sender_names(archive))
        self._show_placeholder()
        self.stack.setCurrentWidget(self.main_page)
        self.statusBar().showMessage(tr("Archive: {0}").format(self.folder))
        self.verify_action.setEnabled(True)
        self.customers_action.setEnabled(True)
        for action in (self.import_action, self.passphrase_action, self.recovery_action):
            # On media that cannot be written the archive is read only: say why where the
            # actions are, instead of letting them fail.
            action.setEnabled(archive.read_only is None)
            action.setToolTip(archive.read_only or "")
        self.read_only_banner.setVisible(archive.read_only is not None)
        if archive.read_only is not None:
            self.read_only_banner.setText(tr("Read only: {0}").format(archive.read_only))
            self.statusBar().showMessage(tr("Read only"))
        self.idle.resume()
        if self.chat_model.rowCount():
            # The highlighted chat is the open one: after unlocking, the chat that was open.
            again = self.chat_model.position_of(self._chat_before_lock) if self._chat_before_lock is not None else None
            index = self.chat_model.index(again if again is not None else 0)
            self.chats.setCurrentIndex(index)
            self._open_chat(index)
        self._chat_before_lock = None
        self.chats.setFocus()

    def _show_placeholder(self) -> None:
        empty = self.chat_model.rowCount() == 0 and not self.chat_model.text_filter
        self.pane.show_placeholder(
            tr("This archive has no chats yet. Import the chat exports you made on the phone.")
            if empty
            else tr("Choose a chat on the left, or search all chats with Ctrl+F."),
            empty,
        )
        for action in self.chat_actions:
            action.setEnabled(False)

    # -- conversation -------------------------------------------------------------------------

    def open_chat_id(self, chat_id: int) -> None:
        """Show chat ``chat_id``, highlighted in the list (the wizard's review page asks)."""
        row = self.chat_model.position_of(chat_id) if self.archive is not None else None
        if row is not None:
            index = self.chat_model.index(row)
            self.chats.setCurrentIndex(index)
            self._open_chat(index)

    def _open_chat(self, index: QModelIndex) -> None:
        chat = index.data(ROW_ROLE)
        if chat is not None:
            self._show(chat.id)

    def _show(self, chat_id: int, rows=None, select: int | None = None) -> None:
        assert self.archive is not None
        chat = self.chat_model.chat(chat_id)
        if chat is None:
            return
        self.pane.show_chat(chat, rows, select)
        for action in self.chat_actions:
            action.setEnabled(True)
        if self.search_panel is not None:
            self.search_panel.current_chat = chat.title
        if self.details.isVisible():
            self.details.show_chat(self.archive, chat_id)

    @property
    def chat(self) -> browse.ChatRow | None:
        return self.pane.chat

    @property
    def conversation_model(self) -> ConversationModel | None:
        return self.pane.model

    @property
    def delegate(self):
        return self.pane.delegate

    def open_media(self, row) -> MediaViewer | None:
        return self.pane.open_media(row)

    def show_message(self, message_id: int) -> None:
        """Open a message in its conversation, centred and highlighted (a search hit)."""
        if self.archive is None:
            return
        try:
            chat_id, rows = browse.around(self.archive, message_id, radius=100)
        except KeyError:  # no longer in the archive (its import was removed meanwhile)
            return
        self._show(chat_id, rows, select=message_id)

    def jump_to_date(self) -> None:
        if self.archive is None or self.chat is None:
            return
        span = self.pane.chat_span()
        if span is None:
            return
        dialog = JumpToDateDialog(*span, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rows = browse.on_date(self.archive, self.chat.id, dialog.date(), radius=100)
            target = next((r.id for r in rows if r.local_time[:10] >= dialog.date()), rows[-1].id if rows else None)
            self._show(self.chat.id, rows, select=target)

    def _toggle_details(self, visible: bool) -> None:
        self.details.setVisible(visible)
        if visible and self.archive is not None and self.chat is not None:
            self.details.show_chat(self.archive, self.chat.id)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_tab)
        if self.search_panel is not None:
            self.search_panel.box.setFocus()
            self.search_panel.box.selectAll()

    # -- actions ------------------------------------------------------------------------------

    def import_exports(self) -> None:
        if self.archive is None:
            return
        dialog = ImportDialog(self.archive, self)
        self.idle.pause()  # an import of a big export may take minutes without a key press
        try:
            dialog.exec()
        finally:
            self.idle.resume()
        if dialog.panel.results and self.archive is not None:
            self.chat_model.reload()
            if self.chat is None:
                self._show_placeholder()

    def export_chat(self) -> None:
        if self.archive is None or self.chat is None:
            return
        first, last = self.pane.chat_span() or (None, None)
        archive_actions.ExportChatDialog(self.archive, self.chat.title, first, last, self).exec()

    def export_media(self) -> None:
        if self.archive is not None and self.chat is not None:
            archive_actions.export_media(self, self.archive, self.chat.title)

    def export_customers(self) -> None:
        if self.archive is not None:
            archive_actions.export_customers(self, self.archive)

    def verify(self) -> None:
        if self.archive is not None:
            archive_actions.verify_archive(self, self.archive)

    def change_passphrase(self) -> None:
        if self.archive is not None:
            archive_actions.ChangePassphraseDialog(self.archive, self).exec()

    def new_recovery_key(self) -> None:
        if self.archive is not None:
            archive_actions.replace_recovery_key(self, self.archive)

    def _fill_owner_menu(self) -> None:
        self.owner_menu.clear()
        archive = self.archive
        if archive is None:
            return
        current = owner.owner(archive).name
        chats = owner.chat_count(archive)
        group = QActionGroup(self.owner_menu)
        for candidate in owner.candidates(archive):
            action = self._action(
                self.owner_menu,
                candidate_text(candidate, chats),
                lambda _checked=False, name=candidate.name: self.set_owner(name),
                checkable=True,
            )
            action.setChecked(candidate.name == current)
            action.setEnabled(archive.read_only is None)
            group.addAction(action)
        if not group.actions():
            self.owner_menu.addAction(tr("No senders yet")).setEnabled(False)

    def set_owner(self, name: str) -> None:
        """``name`` is the business: kept in the archive; its bubbles go to the right."""
        if self.archive is None or self.archive.read_only is not None:
            return
        owner.choose(self.archive, name)
        self.pane.set_own(name)
        self.statusBar().showMessage(tr("Messages from {0} are shown as yours.").format(name))

    def about(self) -> None:
        from wamigrate import __version__

        dialogs.about(
            self,
            tr("About wamigrate"),
            tr(
                "<b>wamigrate {0}</b><p>Moves a WhatsApp number to the WhatsApp Business Platform without losing "
                "its chats: an encrypted archive of every conversation, the checks Meta applies, and a report "
                "for your provider.</p><p>Everything stays on this computer: the archive is encrypted with your "
                "passphrase, and nothing is sent anywhere unless you ask for the check with Meta.</p>"
            ).format(__version__),
        )

    def set_scheme(self, scheme: str) -> None:
        options.SCHEME.put(self._settings, scheme)
        theme.apply_scheme(scheme)
        self.pane.restyle()

    def set_idle_minutes(self, minutes: int) -> None:
        options.LOCK_AFTER_MINUTES.put(self._settings, minutes)
        self.idle.set_minutes(minutes)

    # -- lock ---------------------------------------------------------------------------------

    def lock(self) -> None:
        """Clear every view, close every dialog and every archive handle: the key leaves memory."""
        if self.archive is None:
            return
        self._chat_before_lock = self.chat.id if self.chat is not None else None  # an id, no text
        self._release_views()
        self.archive.close()
        self.archive = None
        self._show_locked()

    def _release_views(self) -> None:
        """Stop every worker and let go of every view of the archive (it stays open)."""
        for dialog in self.findChildren(QDialog):
            job = getattr(dialog, "job", None) or getattr(getattr(dialog, "panel", None), "_job", None)
            if job is not None:
                job.cancel()
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.close()
        self.thumbnails.stop()
        if self.search_panel is not None:
            self.search_panel.close_reader()
            self.search_panel.deleteLater()
            self.search_panel = None
        self.details.clear_view()
        self.details_button.setChecked(False)
        self.pane.release()
        self.chats.setModel(None)

    def _show_locked(self) -> None:
        for action in (
            self.import_action,
            self.verify_action,
            self.customers_action,
            self.passphrase_action,
            self.recovery_action,
            *self.chat_actions,
        ):
            action.setEnabled(False)  # fmt: skip
        self.idle.pause()
        self.locked_text.setText(tr("The archive is locked.\n{0}").format(self.folder))
        self.stack.setCurrentWidget(self.locked_page)
        self.statusBar().showMessage(tr("Locked"))
        self.unlock_button.setFocus()

    def unlock(self) -> None:
        from wamigrate.gui.unlock import UnlockDialog

        dialog = UnlockDialog(self._settings, self.folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.archive is not None:
            self.set_archive(dialog.archive)

    def relaunch(self) -> BrowserWindow:
        """The same window in the language just chosen: the open archive and chat move over."""
        options.BROWSER_GEOMETRY.put(self._settings, self.saveGeometry())
        archive, chat_id = self.archive, self.chat.id if self.chat is not None else None
        if archive is not None:
            self._release_views()
            self.idle.pause()
            self.archive = None
        replacement = BrowserWindow(archive, self._settings, folder=self.folder)
        if archive is not None and chat_id is not None:
            replacement._show(chat_id)
        swap_window(self, replacement)
        return replacement

    def closeEvent(self, event) -> None:
        options.BROWSER_GEOMETRY.put(self._settings, self.saveGeometry())
        if self.archive is not None:
            self.lock()
        super().closeEvent(event)
