"""The readiness report: verdict, what is still to do, saving as PDF, web page or JSON, and the archive browser."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
)

from wamigrate.core.readiness.report import VERDICT_COLOURS, finding_html, verdict_text, with_file_names
from wamigrate.core.wizard import flow
from wamigrate.gui import dialogs
from wamigrate.gui.job_dialog import JobDialog
from wamigrate.gui.wizard.base import FlowPage, paragraph
from wamigrate.render.report_files import save_report
from wamigrate.translation import tr


class ReportPage(FlowPage):
    name = flow.REPORT
    gives_advice = True

    def __init__(self, wizard) -> None:
        super().__init__(
            wizard, tr("Your readiness report"), tr("Save it for your provider, and keep the archive safe.")
        )
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName(tr("Verdict"))
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.verdict.setFont(font)
        self.content.addWidget(self.verdict)
        self.counts = paragraph("", self)
        self.content.addWidget(self.counts)
        row = QHBoxLayout()
        self.pdf = QPushButton(tr("Save as PDF…"), self)
        self.html = QPushButton(tr("Save as web page…"), self)
        self.json = QPushButton(tr("Save as JSON…"), self)
        for button in (self.pdf, self.html, self.json):
            row.addWidget(button)
        row.addStretch(1)
        self.content.addLayout(row)
        # The report promises no customer data; export file names usually carry a customer's
        # name ("WhatsApp Chat with Ana Souza.txt"), so they are left out unless asked for.
        self.file_names = QCheckBox(tr("Include the export file names (they usually contain customers' names)"), self)
        self.content.addWidget(self.file_names)
        self.saved = paragraph("", self)
        self.saved.setAccessibleName(tr("Saved report"))
        self.content.addWidget(self.saved)
        self.todo = QTextBrowser(self)
        self.todo.setAccessibleName(tr("What still needs doing"))
        self.todo.setOpenExternalLinks(True)
        self.content.addWidget(self.todo, 1)
        browse_row = QHBoxLayout()
        self.browse = QPushButton(tr("Open the archive browser"), self)
        self.browse.setToolTip(tr("Read and search the archived chats"))
        browse_row.addWidget(self.browse)
        browse_row.addStretch(1)
        self.content.addLayout(browse_row)
        self.pdf.clicked.connect(lambda: self.save("pdf"))
        self.html.clicked.connect(lambda: self.save("html"))
        self.json.clicked.connect(lambda: self.save("json"))
        self.browse.clicked.connect(self.migration.open_browser)

    def initializePage(self) -> None:
        self.file_names.setVisible(self.migration.archive is not None)
        report = self.migration.report
        for button in (self.pdf, self.html, self.json):
            button.setEnabled(report is not None)
        if report is None:  # resumed here: the readiness page is still reading the archive
            self.verdict.setText(tr("Building the report…"))
            self.verdict.setStyleSheet("")
            self.counts.setText("")
            self.todo.setHtml("")
            return
        self.verdict.setText(verdict_text(report, tr))
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS.get(report['verdict'], 'palette(text)')}")
        fails = [f for f in report["findings"] if f["status"] == "fail"]
        unknown = [f for f in report["findings"] if f["status"] == "unknown"]
        self.counts.setText(
            tr("%n finding(s) need action.", "", len(fails))
            + " "
            + tr("%n question(s) not answered yet.", "", len(unknown))
        )
        self.todo.setHtml(
            "".join(finding_html(f, tr) for f in fails + unknown) or "<p>" + tr("Nothing left to do.") + "</p>"
        )

    def save(self, fmt: str) -> None:
        report = self.migration.report
        if report is not None and self.file_names.isChecked() and self.migration.archive is not None:
            report = with_file_names(report, self.migration.archive)
        names = {"pdf": tr("PDF (*.pdf)"), "html": tr("Web page (*.html)"), "json": tr("JSON (*.json)")}
        path = dialogs.save_path(self, tr("Save the report"), f"whatsapp-readiness.{fmt}", names[fmt])
        if not path or report is None:
            return

        language = QLocale().bcp47Name()

        def work(progress, cancel):
            save_report(report, path, fmt, tr, language)
            return path

        dialog = JobDialog(
            tr("Saving the report"),
            tr("Writing {0}…").format(path),
            work,
            lambda written: tr("Saved to {0}.").format(written),
            self,
            close_on_success=True,
        )
        dialog.exec()
        if dialog.succeeded:
            self.saved.setText(tr("Saved to {0}.").format(path))
