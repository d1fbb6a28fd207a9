"""Split what follows a header into sender and body, and decide what kind of message it is.

Structure first (an Android line with no "sender: ", an iOS line whose text starts with
LRM), phrase tables second (``phrases.py``). Text is never rewritten: only the markers
that stand for structure (attachment tokens, the edited marker) are taken out of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from wamigrate.core.export import phrases
from wamigrate.core.export.headers import INVISIBLE, ODD_SPACES
from wamigrate.core.export.records import (
    CALL,
    DELETED,
    LOCATION,
    MEDIA,
    POLL,
    SYSTEM,
    TEXT,
    Poll,
    PollOption,
)

_SKELETON = str.maketrans(dict.fromkeys(INVISIBLE, None) | dict.fromkeys(ODD_SPACES, " "))
_LRM = "\u200e"
_RLM = "\u200f"
_QUOTES = "\"“”«»„「」'"
_STRIP = " \t" + INVISIBLE
_MAX_SENDER = 120
# Only short bodies can be one of the whole-message phrases; longer ones skip the lookups.
_PHRASE_LIMIT = 160

_DELETED = (
    dict.fromkeys(phrases.DELETED_OTHER, "other")
    | dict.fromkeys(phrases.DELETED_OWN, "own")
    | dict.fromkeys(phrases.DELETED_ADMIN, "admin")
)
_MEDIA_OMITTED = frozenset(phrases.MEDIA_OMITTED)
_EDITED = phrases.EDITED_MARKERS
_EDITED_LAST_CHARS = frozenset(marker[-1] for marker in _EDITED)


@dataclass(slots=True)
class Body:
    sender: str | None
    kind: str
    text: str
    attachment: str | None = None
    media_type: str | None = None
    edited: bool = False
    detail: str | None = None
    poll: Poll | None = None
    system_author: str | None = None


def skeleton(text: str) -> str:
    """``text`` without invisible characters, odd spaces as spaces: for matching only."""
    return text.translate(_SKELETON).strip()


def system_event(text: str) -> str:
    key = skeleton(text)
    for event, pattern in phrases.SYSTEM_EVENTS:
        if pattern.search(key):
            return event
    return "other"


def _split_sender(rest: str) -> tuple[str | None, str]:
    """(sender, body) at the first ": " of the first line; (None, rest) when there is none."""
    newline = rest.find("\n")
    first = rest if newline < 0 else rest[:newline]
    colon = first.find(": ")
    if 0 < colon <= _MAX_SENDER:
        return rest[:colon], rest[colon + 2 :]
    stripped = first.rstrip("\r")
    # "Nora:" (empty message) and "Tomás:." (a self-destroying message).
    if stripped.endswith(":") and 0 < len(stripped) - 1 <= _MAX_SENDER:
        return stripped[:-1], rest[len(stripped) :]
    if stripped.endswith(":.") and 0 < len(stripped) - 2 <= _MAX_SENDER:
        return stripped[:-2], rest[len(stripped) - 1 :]
    return None, rest


def _is_authored_notice(body: str, ios: bool) -> bool:
    key = skeleton(body[:400]).lower()
    if key.startswith(phrases.AUTHORED_SYSTEM_STARTS):
        return True
    if ios and body.lstrip(" ").startswith((_LRM, _RLM)):
        return system_event(body[:400]) != "other"
    return False


def classify(rest: str, ios: bool, first_message: bool) -> Body:
    """Interpret ``rest``, the text of a message after its header separator."""
    if ios:
        if rest.startswith(_LRM) or (rest.startswith(_RLM) and ": " not in rest.split("\n", 1)[0]):
            return Body(None, SYSTEM, rest, detail=system_event(rest))
        sender, body = _split_sender(rest)
        if sender is None:
            return Body(None, SYSTEM, rest, detail=system_event(rest))
    else:
        sender, body = _split_sender(rest)
        if sender is None:
            return Body(None, SYSTEM, rest, detail=system_event(rest))
        if any(q in sender for q in _QUOTES) and system_event(rest) != "other":
            # "X changed the subject to "Team: 2024"": the colon was inside the quotes.
            return Body(None, SYSTEM, rest, detail=system_event(rest))
    return _classify_body(sender, body, ios, first_message)


def _classify_body(sender: str, body: str, ios: bool, first_message: bool) -> Body:
    edited = False
    tail = body.rstrip(_STRIP)
    if tail[-1:] in _EDITED_LAST_CHARS:
        for marker in _EDITED:
            if tail.endswith(marker):
                edited = True
                body = tail[: -len(marker)]
                if body.endswith(" "):
                    body = body[:-1]
                break

    if len(body) <= _PHRASE_LIMIT:
        key = skeleton(body).rstrip(".").lower()
        deleted = _DELETED.get(key)
        if deleted is None and phrases.DELETED_BY_ADMIN_NAMED.match(key):
            deleted = "admin"
        if deleted is not None:
            return Body(sender, DELETED, body, edited=edited, detail=deleted)
        call = phrases.CALLS.get(key)
        if call is not None:
            return Body(sender, CALL, body, edited=edited, detail=call)
        omitted_type = phrases.IOS_OMITTED.get(key)
        if omitted_type is not None:
            return Body(sender, MEDIA, "", media_type=omitted_type, edited=edited)
        if key in phrases.LIVE_LOCATION:
            return Body(sender, LOCATION, body, edited=edited, detail="live")
        if key.endswith(phrases.IOS_DOCUMENT_OMITTED):
            text = _document_caption(body)
            return Body(sender, MEDIA, text, media_type="document", edited=edited)

    newline = body.find("\n")
    first_line = body if newline < 0 else body[:newline]
    first_key = skeleton(first_line).lower()
    caption = "" if newline < 0 else body[newline + 1 :]
    if first_line.endswith("\r"):
        first_line = first_line[:-1]

    if first_key in _MEDIA_OMITTED:
        return Body(sender, MEDIA, caption, edited=edited)
    if first_key.endswith(")"):
        match = phrases.FILE_ATTACHED.match(first_line.strip(_STRIP))
        if match:
            name = match["name"].strip(_STRIP)
            return Body(
                sender,
                MEDIA,
                caption,
                attachment=name,
                media_type=phrases.media_type_for_name(name),
                edited=edited,
            )
    if tail_is_token(body):
        match = phrases.IOS_ATTACHED.search(body.rstrip(_STRIP))
        if match:
            name = (match["name"] or match["tr_name"]).strip(_STRIP)
            prefix = body[: match.start()]
            text = "" if not skeleton(prefix) else _document_caption(prefix)
            return Body(
                sender,
                MEDIA,
                text,
                attachment=name,
                media_type=phrases.media_type_for_name(name),
                edited=edited,
            )
        match = phrases.OLD_IOS_ATTACHED.match(skeleton(body))
        if match:
            name = match["name"].strip(_STRIP)
            return Body(
                sender,
                MEDIA,
                "",
                attachment=name,
                media_type=phrases.media_type_for_name(name),
                edited=edited,
            )

    if first_key == phrases.POLL_KEYWORD.lower():
        return Body(sender, POLL, body, edited=edited, poll=_parse_poll(body))
    if _is_location(body, first_key):
        return Body(sender, LOCATION, body, edited=edited)
    if _is_authored_notice(body, ios) or (ios and first_message and body.startswith(_LRM)):
        return Body(None, SYSTEM, body, detail=system_event(body), system_author=sender)
    return Body(sender, TEXT, body, edited=edited)


def tail_is_token(body: str) -> bool:
    return body.rstrip(_STRIP).endswith(">")


def _document_caption(text: str) -> str:
    """The document description iOS writes before its token ("CV.pdf • 2 pages"), trimmed."""
    key = skeleton(text)
    for suffix in phrases.IOS_DOCUMENT_OMITTED:
        if key.lower().endswith(suffix):
            # Cut the marker off the original text, not the skeleton, to keep it byte-exact.
            cut = text.lower().rfind(suffix.split(" ", 1)[0])
            if cut >= 0:
                text = text[:cut]
            break
    return text.rstrip(_STRIP)


def _is_location(body: str, first_key: str) -> bool:
    if first_key.startswith(phrases.LOCATION_PREFIXES) and phrases.MAP_URL.search(first_key):
        return True
    if body.count("\n") > 2:
        return False
    last_line = skeleton(body.rsplit("\n", 1)[-1])
    if not phrases.MAP_URL.search(last_line):
        return False
    # The whole message is a place name (and address) followed by a map link.
    url_start = last_line.find("http")
    return url_start == 0 or last_line[:url_start].endswith(": ")


def _parse_poll(body: str) -> Poll:
    lines = [line.rstrip("\r") for line in body.split("\n")]
    question_lines: list[str] = []
    options: list[PollOption] = []
    for line in lines[1:]:
        match = phrases.POLL_OPTION.match(skeleton(line))
        if match:
            votes = match["votes"]
            options.append(PollOption(match["text"], int(votes) if votes is not None else None))
        elif not options:
            question_lines.append(line)
    return Poll("\n".join(question_lines), tuple(options))
