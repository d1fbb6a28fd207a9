"""Renaming a chat. An export names a chat after the phone's contact ("WhatsApp Chat with
+55 11 98765-4321", or a localized prefix the reader does not know); the user may give it a
name that says who it is. The title its exports carry is kept as an alias, so later exports
of that chat still join it (core.archive.importer looks aliases up)."""

from __future__ import annotations

from wamigrate.core.archive.errors import ArchiveError
from wamigrate.core.translatable import tr

MAX_TITLE = 200


def rename_chat(archive, chat_id: int, title: str) -> str:
    """Give chat ``chat_id`` the name ``title`` (trimmed); returns it. Raises ArchiveError with a
    sentence when the name is empty, too long or already another chat's."""
    title = " ".join(title.split())
    if not title:
        raise ArchiveError(tr("Give the chat a name."))
    if len(title) > MAX_TITLE:
        raise ArchiveError(tr("A chat name can have at most {0} characters.").format(MAX_TITLE))
    c = archive.connection
    row = c.execute("SELECT title FROM chats WHERE id = ?", (chat_id,)).fetchone()
    if row is None:
        raise ArchiveError(tr("This chat is no longer in the archive."))
    old = row[0]
    if old == title:
        return title
    taken = c.execute("SELECT 1 FROM chats WHERE title = ? AND id != ?", (title, chat_id)).fetchone()
    alias = c.execute("SELECT chat_id FROM chat_aliases WHERE title = ?", (title,)).fetchone()
    if taken or (alias is not None and alias[0] != chat_id):
        raise ArchiveError(tr("Another chat is already called “{0}”: choose another name.").format(title))
    with archive.writer():
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("UPDATE chats SET title = ? WHERE id = ?", (title, chat_id))
            # The title the exports carry (the first one) stays findable; the names given later
            # are the user's, not an export's. A name given back is no longer an alias.
            c.execute(
                "INSERT INTO chat_aliases (title, chat_id) SELECT ?, ? "
                "WHERE NOT EXISTS (SELECT 1 FROM chat_aliases WHERE chat_id = ?)",
                (old, chat_id, chat_id),
            )
            c.execute("DELETE FROM chat_aliases WHERE title = ?", (title,))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
    archive.audit("chat renamed", f"chat {chat_id}")  # the id only: titles are customers' names
    return title
