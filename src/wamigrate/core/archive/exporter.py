"""Chats out of the archive: WhatsApp-style TXT, JSON, self-contained HTML; media files.

Files are written next to their destination under a temporary name and renamed when
complete: a failed export leaves no half-written file.
"""

from __future__ import annotations

import base64
import html
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from wamigrate.core.archive.errors import ArchiveError
from wamigrate.core.archive.store import Archive, now_utc
from wamigrate.core.cancel import CancelToken
from wamigrate.core.file_names import unused_name
from wamigrate.core.private_files import partial
from wamigrate.core.translatable import tr

FORMATS = ("html", "txt", "json")
_INLINE_IMAGE_LIMIT = 8 << 20


def chat_id_of(archive: Archive, title: str) -> int:
    row = archive.connection.execute("SELECT id FROM chats WHERE title = ?", (title,)).fetchone()
    if row is None:
        titles = ", ".join(r[0] for r in archive.connection.execute("SELECT title FROM chats ORDER BY title"))
        raise ArchiveError(
            tr("There is no chat called '{0}' in this archive. Chats: {1}.").format(title, titles or tr("none"))
        )
    return row[0]


def chat_messages(archive: Archive, chat_id: int, since: str | None, until: str | None) -> Iterator[tuple]:
    conditions = ["m.chat_id = ?"]
    params: list = [chat_id]
    if since:
        conditions.append("m.local_time >= ?")
        params.append(since)
    if until:
        conditions.append("m.local_time <= ?")
        params.append(until + ("T23:59:59" if len(until) == 10 else ""))
    yield from archive.connection.execute(
        "SELECT m.local_time, m.utc_time, p.display_name, m.kind, m.text, m.attachment_name, m.media_type, "
        "m.edited, m.detail, m.attachment_sha256 FROM messages m LEFT JOIN participants p ON p.id = m.sender_id "
        f"WHERE {' AND '.join(conditions)} ORDER BY m.utc_time, m.source_id, m.source_line",
        params,
    )


@contextmanager
def _atomic(path: Path, mode: str = "w"):
    """Write ``path`` whole or not at all (see private_files.partial: owner-only while written,
    swept after a kill)."""
    with (
        partial(path) as temporary,
        open(
            temporary, mode, encoding=None if "b" in mode else "utf-8", newline="" if "b" not in mode else None
        ) as stream,
    ):
        yield stream


def attachment_bytes(archive: Archive, sha256: str) -> Iterator[bytes]:
    for (data,) in archive.connection.execute(
        "SELECT data FROM attachment_chunks WHERE sha256 = ? ORDER BY idx", (sha256,)
    ):
        yield data


def attachment_data(archive: Archive, sha256: str, limit: int | None = None) -> bytes | None:
    """A whole attachment in memory (for a thumbnail or the viewer); None when it is not in
    the archive or is larger than ``limit`` bytes."""
    found = archive.connection.execute("SELECT size FROM attachments WHERE sha256 = ?", (sha256,)).fetchone()
    if found is None or (limit is not None and found[0] > limit):
        return None
    return b"".join(attachment_bytes(archive, sha256))


def export_chat(
    archive: Archive,
    title: str,
    fmt: str,
    out: str | os.PathLike[str],
    since: str | None = None,
    until: str | None = None,
    media: str = "alongside",  # HTML: "embed" images in the page, or write files "alongside", or "none"
    cancel: CancelToken | None = None,
) -> Path:
    cancel = cancel or CancelToken()
    if fmt not in FORMATS:
        raise ArchiveError(tr("Unknown export format '{0}'; choose one of {1}.").format(fmt, ", ".join(FORMATS)))
    out = Path(out)
    chat_id = chat_id_of(archive, title)
    rows = chat_messages(archive, chat_id, since, until)
    if fmt == "txt":
        with _atomic(out) as stream:
            for local, _utc, sender, _kind, text, attachment, _mt, edited, _detail, _sha in rows:
                cancel.raise_if_cancelled()
                day, clock = local[:10], local[11:16]
                stamp = f"{day[8:10]}/{day[5:7]}/{day[0:4]}, {clock}"
                body = f"{attachment} (file attached)" + (f"\n{text}" if text else "") if attachment else text
                if edited:
                    body += " <This message was edited>"
                stream.write(f"{stamp} - {sender}: {body}\n" if sender is not None else f"{stamp} - {body}\n")
    elif fmt == "json":
        with _atomic(out) as stream:
            stream.write(
                '{"chat": '
                + json.dumps(title, ensure_ascii=False)
                + ', "exported_at": "'
                + now_utc()
                + '", "messages": [\n'
            )
            for index, (local, utc, sender, kind, text, attachment, media_type, edited, detail, sha) in enumerate(rows):
                cancel.raise_if_cancelled()
                item = {
                    "time": local,
                    "utc": utc,
                    "sender": sender,
                    "kind": kind,
                    "text": text,
                    "attachment": attachment,
                    "media_type": media_type,
                    "edited": bool(edited),
                    "detail": detail,
                    "attachment_sha256": sha,
                }
                stream.write(("," if index else "") + json.dumps(item, ensure_ascii=False) + "\n")
            stream.write("]}\n")
    else:
        files_dir = out.with_name(out.stem + "_files")
        written: dict[str, str] = {}
        had_files_dir = files_dir.exists()
        try:
            _write_html(archive, out, title, rows, media, files_dir, written, set(), cancel)
        except BaseException:
            # A cancelled or failed export leaves nothing: the media files it had already
            # written beside the page go too (818 photos stayed after a Ctrl-C, B8).
            for name in written.values():
                with suppress(OSError):
                    (files_dir / name).unlink()
            if not had_files_dir:
                with suppress(OSError):
                    files_dir.rmdir()
            raise
    archive.audit("exported", f"{title} as {fmt}")
    return out


def _write_html(
    archive, out: Path, title: str, rows, media: str, files_dir: Path, written: dict, taken: set[str], cancel
) -> None:
    with _atomic(out) as stream:
        stream.write(_HTML_HEAD.format(title=html.escape(title), exported=now_utc()))
        last_day = None
        for local, _utc, sender, kind, text, attachment, media_type, edited, _detail, sha in rows:
            cancel.raise_if_cancelled()
            if local[:10] != last_day:
                last_day = local[:10]
                stream.write(f'<div class="day">{last_day}</div>\n')
            css = "system" if kind == "system" else "msg"
            parts = [f'<div class="{css} {html.escape(kind)}">']
            if sender is not None:
                parts.append(f'<div class="who">{html.escape(sender)}</div>')
            if sha and media != "none":
                parts.append(_media_html(archive, sha, attachment or sha, media_type, media, files_dir, written, taken))
            elif attachment:
                parts.append(f'<div class="file">📎 {html.escape(attachment)} (not in the archive)</div>')
            if text:
                parts.append(f'<div class="text">{html.escape(text)}</div>')
            flags = " · edited" if edited else ""
            parts.append(f'<div class="time">{local[11:16]}{flags}</div></div>\n')
            stream.write("".join(parts))
        stream.write("</main></body></html>\n")


def _media_html(
    archive, sha, name, media_type, media, files_dir: Path, written: dict[str, str], taken: set[str]
) -> str:
    """``written``: sha → file name, for the page's links and the clean-up of a failed export;
    ``taken``: those names case-folded, kept beside it so each new file is checked in O(1)."""
    label = html.escape(name)
    size = archive.connection.execute("SELECT size FROM attachments WHERE sha256 = ?", (sha,)).fetchone()[0]
    if media == "embed" and media_type in ("image", "sticker") and size <= _INLINE_IMAGE_LIMIT:
        data = base64.b64encode(b"".join(attachment_bytes(archive, sha))).decode("ascii")
        mime = (
            "image/webp"
            if name.lower().endswith(".webp")
            else "image/png"
            if name.lower().endswith(".png")
            else "image/jpeg"
        )
        return f'<img alt="{label}" src="data:{mime};base64,{data}">'
    if sha not in written:
        files_dir.mkdir(exist_ok=True)
        target = files_dir / unused_name(name, taken)
        with _atomic(target, "wb") as stream:
            for block in attachment_bytes(archive, sha):
                stream.write(block)
        written[sha] = target.name
        taken.add(target.name.casefold())
    href = html.escape(f"{files_dir.name}/{written[sha]}")
    if media_type in ("image", "sticker"):
        return f'<a href="{href}"><img alt="{label}" src="{href}"></a>'
    return f'<div class="file">📎 <a href="{href}">{label}</a></div>'


def export_attachments(
    archive: Archive,
    folder: str | os.PathLike[str],
    title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the chat's (or every) media file into ``folder`` under its original name.
    Cancelling keeps the files already written (each one whole) and stops."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sql = "SELECT DISTINCT attachment_sha256, attachment_name FROM messages WHERE attachment_sha256 IS NOT NULL"
    params: tuple = ()
    if title:
        sql += " AND chat_id = ?"
        params = (chat_id_of(archive, title),)
    used = {p.name.casefold() for p in folder.iterdir()}  # case-insensitive on Windows and macOS
    count = 0
    done: set[str] = set()
    found = archive.connection.execute(sql, params).fetchall()
    for index, (sha, name) in enumerate(found):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(index, len(found))
        if sha in done:
            continue
        done.add(sha)
        target = folder / unused_name(name, used)
        used.add(target.name.casefold())
        with _atomic(target, "wb") as stream:
            for block in attachment_bytes(archive, sha):
                stream.write(block)
        count += 1
    if progress is not None:
        progress(len(found), len(found))
    return count


_HTML_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #efeae2; margin: 0; }}
header {{ background: #075e54; color: white; padding: 12px 20px; }}
main {{ max-width: 860px; margin: 0 auto; padding: 12px; }}
.day {{ text-align: center; color: #54656f; font-size: 12px; margin: 16px 0 8px; }}
.msg {{ background: white; border-radius: 8px; padding: 6px 10px; margin: 4px 0; max-width: 75%; }}
.system {{ text-align: center; color: #54656f; font-size: 13px; margin: 6px auto; max-width: 80%; }}
.who {{ font-weight: 600; color: #1f7aec; font-size: 13px; }}
.text {{ white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }}
.time {{ text-align: right; color: #667781; font-size: 11px; }}
.deleted .text {{ font-style: italic; color: #667781; }}
img {{ max-width: 100%; border-radius: 6px; }}
</style></head>
<body><header><strong>{title}</strong><br><small>Exported from a wamigrate archive, {exported}</small></header><main>
"""
