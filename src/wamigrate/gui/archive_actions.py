"""What the browser's Archive menu does: export a chat (HTML, TXT, JSON, or PDF of a date
range), export media, verify the archive, change the passphrase, replace the recovery
key. Each runs in a worker on its own archive handle, with progress and cancel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wamigrate.core.archive.customers import write_customers_csv
from wamigrate.core.archive.exporter import export_attachments, export_chat
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import VerifyReport, verify
from wamigrate.core.file_names import portable_name
from wamigrate.core.translatable import QT_TR_NOOP
from wamigrate.gui import dialogs, formatting
from wamigrate.gui.job_dialog import JobDialog
from wamigrate.gui.jobs import Job, on_own_handle
from wamigrate.gui.passphrase import PassphraseInput
from wamigrate.gui.recovery_kit import RecoveryKitDialog
from wamigrate.translation import tr

# (format key, label, file suffix, filter)
EXPORT_FORMATS = (
    ("html-embed", QT_TR_NOOP("Web page, photos inside (.html)"), ".html", "*.html"),
    ("html", QT_TR_NOOP("Web page with a folder of media (.html)"), ".html", "*.html"),
    ("pdf", QT_TR_NOOP("PDF document (.pdf)"), ".pdf", "*.pdf"),
    ("txt", QT_TR_NOOP("Text, as WhatsApp exports it (.txt)"), ".txt", "*.txt"),
    ("json", QT_TR_NOOP("JSON, for other programs (.json)"), ".json", "*.json"),
)


class ExportChatDialog(QDialog):
    def __init__(self, archive: Archive, title: str, first: str | None, last: str | None, parent=None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.title = title
        self.written: Path | None = None
        self.setWindowTitle(tr("Export “{0}”").format(title))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox(self)
        self.format.setAccessibleName(tr("Format"))
        for key, label, _suffix, _filter in EXPORT_FORMATS:
            self.format.addItem(tr(label), key)
        form.addRow(tr("Format"), self.format)
        self.whole = QCheckBox(tr("The whole chat"), self)
        self.whole.setChecked(True)
        form.addRow(tr("Messages"), self.whole)
        dates = QHBoxLayout()
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit, value, name in ((self.since, first, tr("From")), (self.until, last, tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            if value:
                edit.setDate(QDate.fromString(value[:10], Qt.DateFormat.ISODate))
            edit.setEnabled(False)
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.until)
        form.addRow(tr("From – until"), dates)
        layout.addLayout(form)
        note = QLabel(
            tr("The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe."), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.whole.toggled.connect(lambda whole: (self.since.setEnabled(not whole), self.until.setEnabled(not whole)))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    def export(self) -> None:
        key = self.format.currentData()
        _, label, suffix, pattern = next(f for f in EXPORT_FORMATS if f[0] == key)
        suggested = portable_name(self.title, fallback="chat") + suffix
        path = dialogs.save_path(self, tr("Export to"), suggested, f"{tr(label)} ({pattern})")
        if not path:
            return
        since = until = None
        if not self.whole.isChecked():
            since = self.since.date().toString(Qt.DateFormat.ISODate)
            until = self.until.date().toString(Qt.DateFormat.ISODate)
            if since > until:
                dialogs.inform(self, tr("Dates"), tr("The first date is after the last one."), True)
                return
        title = self.title

        def run(handle, progress, cancel):
            if key == "pdf":
                from wamigrate.render.chat_pdf import write_chat_pdf

                write_chat_pdf(handle, title, path, since, until, progress=progress, cancel=cancel)
                return Path(path)
            fmt, media = ("html", "embed") if key == "html-embed" else (key, "alongside")
            return export_chat(handle, title, fmt, path, since, until, media=media, cancel=cancel)

        dialog = JobDialog(
            tr("Exporting"), tr("Writing {0}…").format(path), on_own_handle(self.archive, run),
            lambda written: tr("Saved to {0}.").format(written), self,
        )  # fmt: skip
        dialog.exec()
        if dialog.succeeded:
            self.written = dialog.result_value
            self.accept()


def export_media(parent: QWidget, archive: Archive, title: str | None) -> int | None:
    folder = dialogs.folder(parent, tr("Save the media files into"), dialogs.SAVE)
    if not folder:
        return None
    dialog = JobDialog(
        tr("Exporting media"),
        tr("Writing media files into {0}…").format(folder),
        on_own_handle(archive, lambda handle, done, cancel: export_attachments(handle, folder, title, done, cancel)),
        lambda count: tr("%Ln file(s) saved in {0}.", "", count).format(folder),
        parent,
    )
    dialog.exec()
    return dialog.result_value


def export_customers(parent: QWidget, archive: Archive) -> int | None:
    """The customer list as CSV (core.archive.customers), with the 24-hour window as of now:
    what a provider's inbox imports to match conversations without a number to their history."""
    path = dialogs.save_path(parent, tr("Save the customer list"), tr("customers.csv"), tr("CSV file (*.csv)"))
    if not path:
        return None
    now = datetime.now(UTC).replace(tzinfo=None)
    dialog = JobDialog(
        tr("Exporting the customer list"),
        tr("Writing {0}…").format(path),
        on_own_handle(archive, lambda handle, _done, cancel: write_customers_csv(handle, path, now, cancel=cancel)),
        lambda count: tr("%Ln customer(s) saved in {0}.", "", count).format(path),
        parent,
    )
    dialog.exec()
    return dialog.result_value


def describe_verification(report: VerifyReport) -> str:
    notes = "".join(f"\n\n{note}" for note in report.notes)
    if report.ok:
        return (
            tr("The archive is intact: {0} messages from {1} export files and {2} media files all checked.").format(
                formatting.number(report.messages),
                formatting.number(report.sources),
                formatting.number(report.attachments_checked),
            )
            + notes
        )
    return tr("Problems found:") + "\n• " + "\n• ".join(report.problems) + notes


def verify_archive(parent: QWidget, archive: Archive) -> VerifyReport | None:
    dialog = JobDialog(
        tr("Verify archive"),
        tr("Reading every page, message and media file…"),
        on_own_handle(archive, verify),
        describe_verification,
        parent,
    )
    dialog.exec()
    return dialog.result_value


class ChangePassphraseDialog(QDialog):
    def __init__(self, archive: Archive, parent=None, argon2: dict | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.argon2 = argon2  # None: the real key-derivation cost (tests pass a cheap one)
        self.changed = False
        self.setWindowTitle(tr("Change passphrase"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.current = PassphraseInput(create=False, parent=self, label=tr("Current passphrase"))
        layout.addWidget(self.current)
        self.new = PassphraseInput(create=True, parent=self, label=tr("New passphrase"))
        layout.addWidget(self.new)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = self.buttons.addButton(tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.new.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(self.new.problem() is None)

    def change(self) -> None:
        current, new = self.current.text(), self.new.text()

        def run(handle, progress, cancel):
            # The current passphrase must open the key slot: an unlocked window left
            # unattended is not enough to take the archive over.
            handle.change_passphrase(new, argon2=self.argon2, current=current)

        self.message.setText(tr("Changing… (about two seconds)"))
        self.change_button.setEnabled(False)
        self._job = Job(on_own_handle(self.archive, run), self).start(
            finished=self._done, failed=self.message.setText, ended=self._update
        )

    def _done(self, _value) -> None:
        self.changed = True
        self.accept()


def replace_recovery_key(parent: QWidget, archive: Archive) -> str | None:
    """Ask, make a new recovery key (the old one stops working), show its kit."""
    if not dialogs.confirm(
        parent,
        tr("New recovery key"),
        tr(
            "A new recovery key will replace the current one, which will stop working at once. "
            "Make a new key if the old one was lost or seen by someone else. Continue?"
        ),
    ):
        return None
    dialog = JobDialog(
        tr("New recovery key"),
        tr("Making a new recovery key…"),
        on_own_handle(archive, lambda handle, progress, cancel: handle.regenerate_recovery_key()),
        lambda _key: tr("Done."),
        parent,
        close_on_success=True,
    )
    dialog.exec()
    if not dialog.succeeded:
        return None
    key = dialog.result_value
    RecoveryKitDialog(key, str(archive.folder), parent).exec()
    return key
