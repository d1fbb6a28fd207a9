"""The reader's output: one :class:`Message` per chat message, and a :class:`ChatSummary` per chat."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

# Kinds of message. Strings, so that records serialise without a mapping table.
TEXT = "text"
MEDIA = "media"
LOCATION = "location"
POLL = "poll"
DELETED = "deleted"
CALL = "call"
SYSTEM = "system"
KINDS = (TEXT, MEDIA, LOCATION, POLL, DELETED, CALL, SYSTEM)

# Media types.
IMAGE = "image"
VIDEO = "video"
AUDIO = "audio"
VOICE_NOTE = "voice_note"
STICKER = "sticker"
GIF = "gif"
DOCUMENT = "document"
CONTACT = "contact"
MEDIA_TYPES = (IMAGE, VIDEO, AUDIO, VOICE_NOTE, STICKER, GIF, DOCUMENT, CONTACT)


@dataclass(slots=True, frozen=True)
class PollOption:
    text: str
    votes: int | None


@dataclass(slots=True, frozen=True)
class Poll:
    question: str
    options: tuple[PollOption, ...]


@dataclass(slots=True)
class Message:
    """One message as the export wrote it.

    ``text`` is byte-exact: invisible characters and inner line breaks are kept; only
    structural markers (the header, an attachment token, the edited marker) are removed.
    """

    chat: str
    seq: int
    time: datetime
    sender: str | None
    kind: str
    text: str
    line: int
    end_line: int
    attachment: str | None = None
    media_type: str | None = None
    edited: bool = False
    # Finer detail for some kinds: deleted ("own", "other", "admin"), call ("voice",
    # "video", "group_voice", "group_video", "voice_answered", "video_answered",
    # "voice_started", "video_started"), system (an event name such as "encryption").
    detail: str | None = None
    poll: Poll | None = None
    # The author field of a system line that carried one (iOS writes the chat's name there).
    system_author: str | None = None
    # Why the reader made the line a notice, so that a wrong decision can be traced:
    # "no-sender" (no "name: " after the header), "marked" (iOS: the text starts with an
    # invisible direction mark), "colon-in-quotes" (the only colon is inside a quoted group
    # subject), "starts-with:<phrase>" (an author, then a notice's fixed words), "marked-notice"
    # (an author, then a direction mark and a known notice), "first-message-marked" (iOS:
    # the chat's first line, marked). None for every other kind.
    system_reason: str | None = None

    def as_contract_dict(self) -> dict:
        """The object ``wamigrate inspect --jsonl`` prints: the documented keys, nothing more."""
        return {
            "chat": self.chat,
            "seq": self.seq,
            "time": self.time.strftime("%Y-%m-%dT%H:%M:%S"),
            "sender": self.sender,
            "kind": self.kind,
            "text": self.text,
            "attachment": self.attachment,
            "edited": self.edited,
            "line": self.line,
        }

    def as_full_dict(self) -> dict:
        data = self.as_contract_dict()
        data.update(
            end_line=self.end_line,
            media_type=self.media_type,
            detail=self.detail,
            system_author=self.system_author,
            system_reason=self.system_reason,
            poll=None
            if self.poll is None
            else {
                "question": self.poll.question,
                "options": [{"text": o.text, "votes": o.votes} for o in self.poll.options],
            },
        )
        return data


@dataclass(slots=True, frozen=True)
class ReadWarning:
    """Something the user should know about an export. ``line`` is 1-based, or None for the file."""

    code: str
    message: str  # in English; warning_texts writes it again in another language from code/params/count
    line: int | None = None
    params: tuple = ()
    count: int | None = None

    def to_json(self, chat: str) -> dict:
        """The form the archive stores (``sources.warnings``), with the chat it belongs to."""
        return {
            "chat": chat,
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "params": list(self.params),
            "count": self.count,
        }

    @classmethod
    def from_json(cls, data: dict) -> ReadWarning:
        """Read back what :meth:`to_json` stored; archives from before warnings kept their
        values have only code, message and line (``params`` None then: show the stored sentence)."""
        params = data.get("params")
        return cls(
            data.get("code", ""),
            data.get("message", ""),
            data.get("line"),
            tuple(params) if params is not None else None,  # type: ignore[arg-type]
            data.get("count"),
        )


@dataclass(slots=True)
class DateOrderDecision:
    order: str  # "DMY", "MDY" or "YMD"
    reason: str
    ambiguous: bool = False
    # How it was decided: "validity" (only one order gives real dates), "sequence" (dates
    # move forward in small steps), "preference" (the caller's choice) or "default".
    method: str = "default"


@dataclass(slots=True)
class ChatSummary:
    """What the reader learnt about one chat; complete once its messages have all been read."""

    title: str
    source_name: str
    platform: str = "unknown"  # "ios", "android" or "legacy"
    header_format: str = ""
    date_order: DateOrderDecision | None = None
    encoding: str = "utf-8"
    line_count: int = 0
    message_count: int = 0
    kinds: Counter = field(default_factory=Counter)
    media_types: Counter = field(default_factory=Counter)
    senders: Counter = field(default_factory=Counter)
    first_time: datetime | None = None
    last_time: datetime | None = None
    attachments_referenced: int = 0
    warnings: list[ReadWarning] = field(default_factory=list)
    unaccounted_lines: list[int] = field(default_factory=list)

    def warn(self, code: str, *params, line: int | None = None, count: int | None = None) -> None:
        self.warnings.append(make_warning(code, *params, line=line, count=count))


def make_warning(code: str, *params, line: int | None = None, count: int | None = None) -> ReadWarning:
    from wamigrate.core.export.warning_texts import warning_text

    return ReadWarning(code, warning_text(code, params, count) or code, line, params, count)
