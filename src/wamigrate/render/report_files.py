"""The readiness report written to a file: PDF, a self-contained web page, or JSON. The
command line and the wizard's report page both save through here."""

from __future__ import annotations

import json
from pathlib import Path

from wamigrate.core.readiness.report import render_html
from wamigrate.core.translatable import Translate, untranslated

FORMATS = ("pdf", "html", "json")


def format_for(path: str, fmt: str | None = None) -> str:
    """The format asked for, or the one the file name's ending says (JSON otherwise)."""
    if fmt:
        return fmt
    suffix = str(path).lower().rsplit(".", 1)[-1]
    return {"html": "html", "htm": "html", "pdf": "pdf"}.get(suffix, "json")


def save_report(
    report: dict,
    path: str | Path,
    fmt: str | None = None,
    tr: Translate = untranslated,
    language: str = "en",
    page_size: str = "a4",
) -> str:
    """Write ``report`` to ``path`` in ``tr``'s language (``language``: the web page's BCP 47
    tag); returns the format written."""
    fmt = format_for(str(path), fmt)
    if fmt == "pdf":
        from wamigrate.render.pdf_report import write_pdf

        write_pdf(report, path, page_size, tr)
        return fmt
    if fmt == "html":
        text = render_html(report, tr, language.replace("_", "-"))
    else:
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    Path(path).write_text(text, encoding="utf-8")
    return fmt
