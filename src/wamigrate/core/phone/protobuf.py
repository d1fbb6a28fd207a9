"""Protocol Buffers, just enough to read the few messages WhatsApp's files hold (the crypt15
header, an iPhone reply's ``ZMETADATA``): varints and fields, without the schema. Decoded field
by field, never at fixed offsets; a truncated or unknown message raises ValueError."""

from __future__ import annotations


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7


def fields(data: bytes) -> list[tuple[int, int, int | bytes]]:
    """(field number, wire type, value) for each field of a protobuf message."""
    found, at = [], 0
    while at < len(data):
        key, at = _varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _varint(data, at)
        elif wire == 2:
            length, at = _varint(data, at)
            if at + length > len(data):
                raise ValueError("truncated field")
            value, at = data[at : at + length], at + length
        elif wire == 5:
            value, at = data[at : at + 4], at + 4
        elif wire == 1:
            value, at = data[at : at + 8], at + 8
        else:
            raise ValueError(f"wire type {wire}")
        found.append((number, wire, value))
    return found


def first(found, number: int, wire: int):
    """The value of the first field ``number`` with wire type ``wire``; None without one."""
    return next((value for n, w, value in found if n == number and w == wire), None)
