"""File names that every OS accepts, for files named after a chat or a media file.

Windows refuses ``< > : " / \\ | ? *`` and control characters, the device names (CON, NUL,
COM1, LPT1, ... also with an extension: ``CON.pdf``) and silently drops trailing dots and
spaces, so "Order." and "Order" become one file. Its file systems, like macOS's, ignore case:
"Photo.jpg" and "photo.jpg" are the same file, and writing the second replaces the first. A
name is kept under 240 bytes of UTF-8 (the limit is 255 bytes on Linux, 255 UTF-16 units on
Windows), with room left for a " (12)" that tells two files apart.
"""

from __future__ import annotations

_FORBIDDEN = frozenset('<>:"/\\|?*')
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)
MAX_BYTES = 240


def portable_name(name: str, fallback: str = "file") -> str:
    """``name`` with what any OS refuses replaced by "_"; ``fallback`` when nothing is left."""
    cleaned = "".join("_" if ch in _FORBIDDEN or ord(ch) < 32 or ord(ch) == 127 else ch for ch in name)
    cleaned = cleaned.strip().rstrip(". ")
    if not cleaned.strip("_"):
        return fallback
    if cleaned.partition(".")[0].rstrip(" ").upper() in _DEVICES:
        cleaned = "_" + cleaned
    return _shortened(cleaned)


def _shortened(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 16:
        stem, extension = name, ""
    room = MAX_BYTES - len(extension.encode("utf-8")) - (1 if extension else 0)
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(". ")
    return f"{stem}.{extension}" if extension else stem


def unused_name(name: str, used: set[str]) -> str:
    """``portable_name(name)``, numbered "NAME (2).EXT" until no name in ``used`` matches it
    ignoring case. ``used`` holds case-folded names; the caller adds the result's."""
    base = portable_name(name)
    candidate, number = base, 1
    while candidate.casefold() in used:
        number += 1
        stem, dot, extension = base.rpartition(".")
        candidate = f"{stem} ({number}).{extension}" if dot and stem else f"{base} ({number})"
    return candidate
