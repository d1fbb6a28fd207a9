"""A pseudo-locale for finding layout bugs before translators do: every string comes back
about 40 % longer, accented and bracketed ("[Ímpóórt çháát]"), so a cut-off label, a fixed
width or a string that skipped tr() shows at a glance. The right-to-left variant also
embeds every string right-to-left, for a mirrored run of the whole interface.

Developers turn it on with WAMIGRATE_PSEUDO=accented or WAMIGRATE_PSEUDO=rtl;
docs/screenshots/make.py --pseudo renders every page with it."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

PSEUDO_ENVIRONMENT = "WAMIGRATE_PSEUDO"
MODES = ("accented", "rtl")

_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnCNsz", "áéíóúýÁÉÍÓÚÝçñÇÑšž"
)  # fmt: skip
_VOWELS = set("aeiouyAEIOUY")
# What must come through untouched: markup, entities, placeholders, progress formats, line breaks.
_KEEP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|\{\d+\}|%L?n|%p%?|%\d|\n|https?://\S+|\*\.\w+")
_RLE, _PDF = "\u202b", "\u202c"


def _stretch(run: str) -> str:
    # A vowel doubled: English text is about 38 % vowels, so the text grows by about that much.
    return "".join(c.translate(_ACCENTS) * (2 if c in _VOWELS else 1) for c in run)


def pseudo(text: str, right_to_left: bool = False) -> str:
    if not text.strip():
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(_stretch(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_stretch(text[last:]))
    body = "".join(parts)
    if "<" in text and ">" in text:  # rich text: brackets inside would break nothing, but keep markup first
        return body
    return f"{_RLE}[{body}]{_PDF}" if right_to_left else f"[{body}]"


class PseudoTranslator(QTranslator):
    def __init__(self, parent: QObject | None = None, right_to_left: bool = False) -> None:
        super().__init__(parent)
        self.right_to_left = right_to_left

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo(source_text, self.right_to_left) if source_text else ""

    def isEmpty(self) -> bool:
        return False
