"""Pages for every PDF wamigrate writes: a QPdfWriter set up once, and a QTextDocument laid
out on it with a running header and "Page n of m" on each page (text stays selectable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from wamigrate.render.qt_offscreen import ensure_gui_application

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_HEADER = 90  # pixels at 300 dpi, for the running header and the page number


def new_document(path: str | Path, title: str, page_size: str = "a4") -> tuple[QPdfWriter, QTextDocument]:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size.lower()]))
    writer.setPageMargins(QMarginsF(18, 22, 18, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("wamigrate")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    return writer, document


def print_pages(writer: QPdfWriter, document: QTextDocument, header: str, page_label: str = "Page {0} of {1}") -> int:
    """Paint the document on the writer's pages; returns the number of pages."""
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    body = QSizeF(page.width(), page.height() - 2 * _HEADER)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(writer)
    small = QFont("DejaVu Sans")
    small.setPointSizeF(8)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.setFont(small)
        painter.drawText(
            QRectF(0, 0, page.width(), _HEADER * 0.8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, header
        )
        painter.drawText(
            QRectF(0, page.height() - _HEADER * 0.8, page.width(), _HEADER * 0.8),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            page_label.format(number + 1, pages),
        )
        painter.save()
        painter.translate(0, _HEADER - number * body.height())
        document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
        painter.restore()
    painter.end()
    return pages
