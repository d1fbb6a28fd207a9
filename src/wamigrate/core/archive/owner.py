"""Which sender in the chats is the business itself (the phone that exported them).

An export names the phone's owner like anyone else, so the archive cannot know it for
sure. It is asked once — on the wizard's impact page or with the browser's "View ▸ This
is me" — and kept in the archive (encrypted: it is a customer-facing name), where the
wizard, the browser, the report and the command line all read the same value.

Until it is chosen, a sender who wrote in every chat of an archive with more than one
chat is taken as the owner (a customer is in one chat; the business is in all of them),
and a sender in most chats is offered first as a strong guess, but not taken.
"""

from __future__ import annotations

from dataclasses import dataclass

_KEY = "owner"


@dataclass(frozen=True)
class Candidate:
    name: str
    chats: int  # chats this sender wrote in
    likely: bool = False  # in most chats, more than anyone else: probably the business


@dataclass(frozen=True)
class Owner:
    name: str | None
    chosen: bool  # the user said so (False: taken because the name is in every chat, or unknown)


def chosen(archive) -> str | None:
    """The name the user chose, or None."""
    value = archive.get_meta(_KEY)
    return value if isinstance(value, str) and value else None


def choose(archive, name: str | None) -> None:
    """Keep ``name`` as the business's own (None: forget the choice)."""
    archive.set_meta(_KEY, name or "")


def chat_count(archive) -> int:
    return archive.connection.execute("SELECT count(*) FROM chats").fetchone()[0]


def candidates(archive, limit: int = 30) -> list[Candidate]:
    """The senders to choose from, most chats first: a customer writes in one chat, the
    business in many."""
    return _ranking(archive, limit, chat_count(archive))


def _ranking(archive, limit: int, chats: int) -> list[Candidate]:
    # A participant row exists only for someone who wrote in that chat (the importer makes
    # them from senders), so the messages table is not read.
    rows = archive.connection.execute(
        "SELECT display_name, count(DISTINCT chat_id) FROM participants "
        "GROUP BY display_name ORDER BY 2 DESC, 1 LIMIT ?",
        (limit,),
    ).fetchall()
    found = [Candidate(name, count) for name, count in rows]
    if found and chats > 1 and found[0].chats * 2 > chats and (len(found) == 1 or found[1].chats < found[0].chats):
        found[0] = Candidate(found[0].name, found[0].chats, likely=True)
    return found


def in_every_chat(archive) -> str | None:
    """The one sender who wrote in every chat (more than one chat), or None."""
    chats = chat_count(archive)
    if chats < 2:
        return None
    top = _ranking(archive, 2, chats)
    if not top or top[0].chats < chats or (len(top) > 1 and top[1].chats == top[0].chats):
        return None  # nobody in every chat, or two people in every chat: cannot tell
    return top[0].name


def owner(archive) -> Owner:
    """The business's own name: the user's choice, else the sender in every chat, else unknown."""
    name = chosen(archive)
    if name is not None:
        return Owner(name, True)
    return Owner(in_every_chat(archive), False)
