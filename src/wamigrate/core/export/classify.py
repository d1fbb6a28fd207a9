"""Split what follows a header into sender and body, and decide what kind of message it is.

Structure first (an Android line with no "sender: ", an iOS line whose text starts with
LRM), phrase tables second (``phrases.py``). Text is never rewritten: only the markers
that stand for structure (attachment tokens, the edited marker) are taken out of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wamigrate.core.export import phrases
from wamigrate.core.export.headers import INVISIBLE, INVISIBLE_RE, ODD_SPACES
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

_ODD_SPACE_RE = re.compile(f"[{ODD_SPACES}]")
_LRM = "\u200e"
_RLM = "\u200f"
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
    reason: str | None = None  # why a line is a notice (see records.Message.system_reason)


def skeleton(text: str) -> str:
    """``text`` without invisible characters, odd spaces as spaces: for matching only."""
    # Two regular expressions beat str.translate here: its mapping table is consulted per
    # character in Python objects, while a miss of the character class costs almost nothing.
    if INVISIBLE_RE.search(text):
        text = INVISIBLE_RE.sub("", text)
    if _ODD_SPACE_RE.search(text):
        text = _ODD_SPACE_RE.sub(" ", text)
    return text.strip()


def system_event(text: str) -> str:
    key = skeleton(text)
    for event, pattern in phrases.SYSTEM_EVENTS:
        if pattern.search(key):
            return event
    return "other"


def _started_call(rest: str) -> Body | None:
    """ "Ana started a call": a call by Ana (the business's own "You started a call": no name)."""
    if "started a" not in rest:
        return None
    match = phrases.STARTED_CALL.match(skeleton(rest))
    if match is None:
        return None
    who = match["who"]
    sender = None if who.lower() == "you" else who
    return Body(sender, CALL, rest, detail="video_started" if match["video"] else "voice_started")


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


_QUOTE_CHARS = frozenset("\"“”«»„「」'")
# A quotation that opens before the first ": " and does not close before it means the colon is
# inside quoted text ('X changed the subject to "Team: 2024"'). An apostrophe inside a word
# (O'Neil, D'Souza) or a name in balanced quotes ("Mo") opens nothing: those are senders.
_CLOSERS = {'"': '"', "“": "”", "«": "»", "„": "“”", "「": "」", "'": "'"}


def _colon_in_quotes(sender: str) -> bool:
    for at, char in enumerate(sender):
        closers = _CLOSERS.get(char)
        if closers is not None and (at == 0 or sender[at - 1].isspace()):
            rest = sender[at + 1 :]
            if not any(closer in rest for closer in closers):
                return True
    return False


_AUTHORED_FIRST = frozenset("".join(start[0] + start[0].upper() for start in phrases.AUTHORED_SYSTEM_STARTS))


def plain_text(rest: str, ios: bool) -> tuple[str, str] | None:
    """(sender, text) when ``rest`` is certainly an ordinary text message, else None.

    The fast path of :func:`classify`: it returns a result only where ``classify`` would
    return the same sender and text with kind "text" and no edit marker; anything that
    might be special (markers, links, polls, notices) returns None and takes the full path,
    which decides exactly. Each test is one C-level string operation, the most selective
    first, so that an ordinary message leaves after a dozen of them.
    """
    colon = rest.find(": ", 0, _MAX_SENDER + 2)
    if colon < 1 or rest.find("\n", 0, colon) > -1:
        return None
    body = rest[colon + 2 :]
    if body:
        if body[-1] in _BAD_LAST or body[0] in _BAD_FIRST or "http" in body:
            return None
        newline = body.find("\n")
        if newline < 0:
            if body[-1] == ")":
                return None
        elif body.partition("\n")[0].endswith((")", ")\r")) or body.startswith(phrases.POLL_KEYWORD):
            return None
        if len(body) <= _PHRASE_LIMIT:
            key = body.lower().rstrip(".。")
            if key in _WHOLE or key.startswith(_KEY_PREFIXES) or key.endswith(phrases.IOS_DOCUMENT_OMITTED):
                return None
        if body[0] in _AUTHORED_FIRST and body[:48].lower().startswith(phrases.AUTHORED_SYSTEM_STARTS):
            return None
    sender = rest[:colon]
    if not _plain_sender(sender, ios):
        return None
    return sender, body


def _plain_sender(sender: str, ios: bool) -> bool:
    if ios:
        return not sender.startswith((_LRM, _RLM))
    return _QUOTE_CHARS.isdisjoint(sender) or not _colon_in_quotes(sender)


def classify(rest: str, ios: bool, first_message: bool) -> Body:
    """Interpret ``rest``, the text of a message after its header separator."""
    if ios:
        if rest.startswith(_LRM) or (rest.startswith(_RLM) and ": " not in rest.split("\n", 1)[0]):
            return Body(None, SYSTEM, rest, detail=system_event(rest), reason="marked")
        sender, body = _split_sender(rest)
        if sender is None:
            return Body(None, SYSTEM, rest, detail=system_event(rest), reason="no-sender")
    else:
        sender, body = _split_sender(rest)
        if sender is None:
            return _started_call(rest) or Body(None, SYSTEM, rest, detail=system_event(rest), reason="no-sender")
        if not _QUOTE_CHARS.isdisjoint(sender) and _colon_in_quotes(sender) and system_event(rest) != "other":
            # "X changed the subject to "Team: 2024"": the colon was inside the quotes.
            return Body(None, SYSTEM, rest, detail=system_event(rest), reason="colon-in-quotes")
    return _classify_body(sender, body, ios, first_message)


_WHOLE: dict[str, tuple[str, str | None, str | None]] = {
    **{key: (DELETED, detail, None) for key, detail in _DELETED.items()},
    **{key: (CALL, detail, None) for key, detail in phrases.CALLS.items()},
    **{key: (MEDIA, None, media_type) for key, media_type in phrases.IOS_OMITTED.items()},
    **{key: (MEDIA, None, None) for key in phrases.MEDIA_OMITTED},
    **{key: (LOCATION, "live", None) for key in phrases.LIVE_LOCATION},
}
_ENDS_WITH_SPACE = frozenset(_STRIP)
_SPECIAL_START = frozenset("<" + _LRM + _RLM + "\u202a\ufeff")
_ADMIN_PREFIX = "this message was deleted by admin "
_BAD_LAST = frozenset(">") | _ENDS_WITH_SPACE
_BAD_FIRST = _SPECIAL_START | _ENDS_WITH_SPACE
_KEY_PREFIXES = (_ADMIN_PREFIX, phrases.POLL_KEYWORD.lower(), *phrases.CALL_PREFIXES)


def _classify_body(sender: str, body: str, ios: bool, first_message: bool) -> Body:
    # Plain text is by far the most common: every check below is a C-level string test
    # first, and only a hit pays for a regular expression or a table walk.
    edited = False
    last = body[-1:]
    if last == ">" or last in _ENDS_WITH_SPACE:
        tail = body.rstrip(_STRIP)
        if tail.endswith(_EDITED):
            for marker in _EDITED:
                if tail.endswith(marker):
                    edited = True
                    body = tail[: -len(marker)]
                    if body.endswith(" "):
                        body = body[:-1]
                    break

    if len(body) <= _PHRASE_LIMIT:
        key = body.strip(_STRIP).lower().rstrip(".。")
        if key[:1] == "<":
            key = skeleton(key).rstrip(".。")
        hit = _WHOLE.get(key)
        if hit is not None:
            kind, detail, media_type = hit
            if kind == MEDIA:
                return Body(sender, MEDIA, "", None, media_type, edited)
            return Body(sender, kind, body, None, None, edited, detail)
        if phrases.DELETED_BY_ADMIN_NAMED.match(key):
            return Body(sender, DELETED, body, None, None, edited, "admin")
        if key.startswith(phrases.CALL_PREFIXES):
            call = phrases.call_detail(key)
            if call is not None:
                return Body(sender, CALL, body, None, None, edited, call)
        if key.endswith(phrases.IOS_DOCUMENT_OMITTED):
            return Body(sender, MEDIA, _document_caption(body), None, "document", edited)

    newline = body.find("\n")
    first_line = body if newline < 0 else body[:newline]
    if first_line.endswith("\r"):
        first_line = first_line[:-1]
    caption = "" if newline < 0 else body[newline + 1 :]

    if first_line.endswith(")"):
        match = phrases.FILE_ATTACHED.match(first_line.strip(_STRIP))
        if match:
            name = match["name"].strip(_STRIP)
            return Body(sender, MEDIA, caption, name, phrases.media_type_for_name(name), edited)
    if body[:1] in _SPECIAL_START and skeleton(first_line).lower() in _MEDIA_OMITTED:
        return Body(sender, MEDIA, caption, None, None, edited)
    if body.rstrip(_STRIP).endswith(">"):
        match = phrases.IOS_ATTACHED.search(body.rstrip(_STRIP))
        if match:
            name = (match["name"] or match["tr_name"]).strip(_STRIP)
            prefix = body[: match.start()]
            text = "" if not skeleton(prefix) else _document_caption(prefix)
            return Body(sender, MEDIA, text, name, phrases.media_type_for_name(name), edited)
        match = phrases.OLD_IOS_ATTACHED.match(skeleton(body))
        if match:
            name = match["name"].strip(_STRIP)
            return Body(sender, MEDIA, "", name, phrases.media_type_for_name(name), edited)

    if first_line.lstrip(_STRIP).startswith(phrases.POLL_KEYWORD) and skeleton(first_line) == phrases.POLL_KEYWORD:
        return Body(sender, POLL, body, None, None, edited, None, _parse_poll(body))
    if "http" in body and _is_location(body, skeleton(first_line).lower()):
        return Body(sender, LOCATION, body, None, None, edited)
    reason = _authored_notice_reason(body, ios, first_message)
    if reason is not None:
        return Body(None, SYSTEM, body, detail=system_event(body), system_author=sender, reason=reason)
    return Body(sender, TEXT, body, None, None, edited)


def _authored_notice_reason(body: str, ios: bool, first_message: bool) -> str | None:
    """Why a line with an author is a notice after all, or None when it is the author's text."""
    start = body[:48].lstrip(_STRIP).lower()
    for phrase in phrases.AUTHORED_SYSTEM_STARTS:
        if start.startswith(phrase):
            return f"starts-with:{phrase}"
    lead = body[:1]
    if lead in (_LRM, _RLM, " ") and _is_authored_notice(body, ios):
        return "marked-notice"
    if ios and first_message and lead == _LRM:
        return "first-message-marked"
    return None


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
