"""Renaming a chat: the new name everywhere, a later export of the chat still joins it, and
clear sentences for a name that cannot be used."""

import pytest

from fixtures.chats import archive_with_chats, write_chats
from wamigrate.core.archive.chat_names import rename_chat
from wamigrate.core.archive.errors import ArchiveError
from wamigrate.core.archive.importer import ImportOptions, import_export


def chats(archive):
    return {chat["title"]: chat["messages"] for chat in archive.chats()}


def test_a_renamed_chat_still_takes_its_later_exports(new_archive, tmp_path):
    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    ana = next(chat["id"] for chat in archive.chats() if chat["title"] == "Ana Souza")
    assert rename_chat(archive, ana, "  Ana Souza   (vasos)  ") == "Ana Souza (vasos)"
    assert chats(archive) == {"Ana Souza (vasos)": 2000, "Equipa": 6}
    # A later export of the same chat, one more message: it joins the renamed chat.
    big, _group = write_chats(tmp_path / "later")
    big.write_text(big.read_text(encoding="utf-8") + "05/04/2023, 10:00 - Ana Souza: Obrigada!\n", encoding="utf-8")
    import_export(archive, big, ImportOptions(date_order="DMY"))
    assert chats(archive) == {"Ana Souza (vasos)": 2001, "Equipa": 6}
    assert archive.audit_log()[-2][1:] == ("chat renamed", f"chat {ana}")  # no customer's name in the log
    # Named back: no longer an alias of itself.
    rename_chat(archive, ana, "Ana Souza")
    assert archive.connection.execute("SELECT title FROM chat_aliases").fetchall() == []


def test_names_that_cannot_be_used_are_refused_in_words(new_archive, tmp_path):
    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    ana = next(chat["id"] for chat in archive.chats() if chat["title"] == "Ana Souza")
    with pytest.raises(ArchiveError, match=r"^Another chat is already called “Equipa”: choose another name\.$"):
        rename_chat(archive, ana, "Equipa")
    with pytest.raises(ArchiveError, match=r"^Give the chat a name\.$"):
        rename_chat(archive, ana, "   ")
    with pytest.raises(ArchiveError, match="at most 200 characters"):
        rename_chat(archive, ana, "x" * 201)
    assert chats(archive) == {"Ana Souza": 2000, "Equipa": 6}
