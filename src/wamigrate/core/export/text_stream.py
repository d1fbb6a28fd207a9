"""Turn an export's bytes into text chunks: encoding detection and incremental decoding.

The reader makes two passes over a chat (see ``reader.py``), so a source is given as an
*opener*, a callable returning a fresh binary stream each time.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from typing import BinaryIO

Opener = Callable[[], BinaryIO]

CHUNK_SIZE = 1 << 20

# Single-byte encodings tried, in order, when a file is not valid UTF-8. Windows-1252 is what
# text editors on Windows save "ANSI" files as; Latin-1 decodes any byte and so ends the list.
FALLBACK_ENCODINGS = (("cp1252", "Windows-1252"), ("latin-1", "ISO-8859-1 (Latin-1)"))

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_encoding(head: bytes) -> str:
    """The codec a file starting with ``head`` is most likely in: from a BOM or UTF-16's NULs,
    else UTF-8 (which the reader confirms by decoding the whole file)."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    # UTF-16 without a BOM: ASCII-range text has a NUL in every other byte.
    sample = head[:4096]
    if len(sample) >= 8:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
            return "utf-16-le"
        if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
            return "utf-16-be"
    return "utf-8"


def encoding_label(codec: str) -> str:
    for name, label in FALLBACK_ENCODINGS:
        if name == codec:
            return label
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8"}.get(codec, codec.upper())


def iter_text(
    opener: Opener, codec: str, chunk_size: int = CHUNK_SIZE, errors: str = "strict"
) -> Iterator[tuple[str, int]]:
    """Yield ``(text, bytes_read)`` chunks. With ``errors="strict"``, raises UnicodeDecodeError
    on bytes the codec rejects; with "replace", such bytes become U+FFFD."""
    decoder = codecs.getincrementaldecoder(codec)(errors)
    with opener() as stream:
        while True:
            raw = stream.read(chunk_size)
            if not raw:
                tail = decoder.decode(b"", final=True)
                if tail:
                    yield tail, 0
                return
            yield decoder.decode(raw), len(raw)
