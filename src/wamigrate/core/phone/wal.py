"""Applying a SQLite write-ahead log (``…-wal``) to its database's bytes, without SQLite.

An iPhone's ChatStorage.sqlite is in WAL mode: the newest messages may still be in
``ChatStorage.sqlite-wal``, which a backup holds as a file of its own. SQLite would read both
only from files next to each other; we keep the decrypted database in memory, so the log's
committed frames are copied into it here (the format: https://www.sqlite.org/fileformat.html,
"The WAL File Format"). Frames are taken up to the last commit whose salts and running checksum
are right, as SQLite itself does on recovery; the rest (a transaction not finished when the
backup was made, or frames of an older log) is ignored.
"""

from __future__ import annotations

import struct

_MAGIC = (0x377F0682, 0x377F0683)
_HEADER, _FRAME_HEADER = 32, 24


def _checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def committed_pages(log: bytes) -> tuple[dict[int, bytes], int | None, int]:
    """(page number → newest committed content, the database's size in pages after the last
    commit or None, page size) of a log; an empty or foreign log gives no pages."""
    if len(log) < _HEADER:
        return {}, None, 0
    magic, _version, page_size, _sequence, salt1, salt2, c1, c2 = struct.unpack(">8I", log[:_HEADER])
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return {}, None, 0
    big = magic & 1 == 1
    s1, s2 = _checksum(log[:24], 0, 0, big)
    if (s1, s2) != (c1, c2):
        return {}, None, 0
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    size = None
    at = _HEADER
    while at + _FRAME_HEADER + page_size <= len(log):
        number, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", log[at : at + _FRAME_HEADER])
        data = log[at + _FRAME_HEADER : at + _FRAME_HEADER + page_size]
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s1, s2 = _checksum(log[at : at + 8], s1, s2, big)
        s1, s2 = _checksum(data, s1, s2, big)
        if (s1, s2) != (f1, f2):
            break
        pending[number] = data
        if commit:
            pages.update(pending)
            pending = {}
            size = commit
        at += _FRAME_HEADER + page_size
    return pages, size, page_size


def apply_bytes(data: bytearray, log: bytes) -> None:
    """Copy the log's committed pages into the database's bytes, and mark it as no longer in WAL mode."""
    pages, size, page_size = committed_pages(log)
    for number, content in sorted(pages.items()):
        start = (number - 1) * page_size
        if len(data) < start:
            data.extend(bytes(start - len(data)))
        data[start : start + page_size] = content
    if size is not None:
        del data[size * page_size :]
    if len(data) > 19 and data[18] == data[19] == 2:
        data[18] = data[19] = 1


def apply(spool, log: bytes) -> None:
    """Copy the log's committed pages into the database a ``database_file._Spool`` holds (in
    memory or in its private file), and mark the database as no longer in WAL mode."""
    if spool.file is None:
        apply_bytes(spool.buffer, log)
        return
    pages, size, page_size = committed_pages(log)
    spool.file.flush()
    with open(spool.folder / "msgstore.db", "r+b") as stream:
        for number, content in sorted(pages.items()):
            stream.seek((number - 1) * page_size)
            stream.write(content)
        if size is not None:
            stream.truncate(size * page_size)
        stream.seek(18)
        if stream.read(2) == b"\x02\x02":
            stream.seek(18)
            stream.write(b"\x01\x01")
