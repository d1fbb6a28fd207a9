"""One chat (or a date range of it) as a PDF: for evidence, or for a customer who asks for
their conversation. Day headings, sender and time on each message, images printed at a
readable size, other media named; nothing is written but the PDF itself."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from wamigrate.core.archive.exporter import attachment_data, chat_id_of, chat_messages
from wamigrate.core.archive.store import Archive, now_utc
from wamigrate.core.cancel import CancelToken
from wamigrate.core.private_files import partial
from wamigrate.render.pdf_pages import new_document, print_pages
from wamigrate.translation import tr

_IMAGE_LIMIT = 16 << 20
_IMAGE_WIDTH = 700  # pixels kept in memory: 6 cm at the writer's 300 dpi
# Qt's rich text reads an <img> width in screen pixels (96 per inch) and scales it to the
# paint device's resolution, so 227 means 227/96 inch: 6 cm on paper. A smaller photo keeps
# its screen size instead of being blown up.
_PRINT_WIDTH = 227


def _image(archive: Archive, sha: str) -> QImage | None:
    data = attachment_data(archive, sha, _IMAGE_LIMIT)
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        return None
    return image.scaledToWidth(min(_IMAGE_WIDTH, image.width()))


def write_chat_pdf(
    archive: Archive,
    title: str,
    out: str | os.PathLike[str],
    since: str | None = None,
    until: str | None = None,
    page_size: str = "a4",
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the PDF (under a temporary name, renamed when whole); returns its page count."""
    cancel = cancel or CancelToken()
    out = Path(out)
    chat_id = chat_id_of(archive, title)
    total = sum(1 for _ in chat_messages(archive, chat_id, since, until))
    with partial(out) as temporary:  # owner-only while written, renamed when whole, swept after a kill
        writer, document = new_document(temporary, title, page_size)
        parts = [f"<h2>{html.escape(title)}</h2>"]
        span = f"{since or '…'} – {until or '…'}" if since or until else tr("all messages")
        summary = tr("%Ln message(s), {0}. Exported from the archive {1}.", "", total).format(span, now_utc())
        parts.append(f"<p>{html.escape(summary)}</p>")
        last_day = None
        for index, (local, _utc, sender, kind, text, attachment, media_type, edited, _d, sha) in enumerate(
            chat_messages(archive, chat_id, since, until)
        ):
            if index % 500 == 0:
                cancel.raise_if_cancelled()
                if progress is not None:
                    progress(index, total)
            if local[:10] != last_day:
                last_day = local[:10]
                parts.append(f'<h4 align="center" style="color:#54656f">{last_day}</h4>')
            stamp = local[11:16] + (" · " + tr("edited") if edited else "")
            if kind == "system":
                parts.append(f'<p align="center" style="color:#54656f">{html.escape(text)} <small>{stamp}</small></p>')
                continue
            body = []
            if sha and media_type in ("image", "sticker"):
                image = _image(archive, sha)
                if image is not None:
                    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"media:{sha}"), image)
                    body.append(f'<img src="media:{sha}" width="{min(_PRINT_WIDTH, image.width())}"><br>')
            if attachment and not body:
                kept = "" if sha else " " + tr("(not in the archive)")
                body.append(f"<i>[{html.escape(attachment)}{kept}]</i><br>")
            if text:
                muted = ' style="color:#667781"' if kind == "deleted" else ""
                body.append(f"<span{muted}>{html.escape(text).replace(chr(10), '<br>')}</span>")
            who = html.escape(sender) if sender else ""
            parts.append(f"<p><b>{who}</b> <small style='color:#667781'>{stamp}</small><br>{''.join(body)}</p>")
        cancel.raise_if_cancelled()
        document.setHtml("".join(parts))
        pages = print_pages(writer, document, f"wamigrate · {title} · {span}", tr("Page {0} of {1}"))
        del document, writer  # the writer flushes and closes the file when deleted
    archive.audit("exported", f"{title} as pdf")
    if progress is not None:
        progress(total, total)
    return pages
