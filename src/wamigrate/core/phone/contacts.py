"""Names for the numbers of a phone's database: WhatsApp's ``wa.db`` when the user has it,
or a contacts file exported from the phone's contacts app (vCard ``.vcf`` or CSV).

A backup copy of msgstore.db names groups but not people: without one of these, a customer
is shown by number. Numbers are matched in E.164 ("+5511987654321"); a contact saved without
its country code ("(11) 98765-4321") is matched by its last nine digits when only one number
of the database ends that way.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import tr

_SUFFIX = 9  # digits that identify a mobile number within its country


class ContactsError(WamigrateError):
    """The contacts file cannot be read (the sentence says why)."""


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class Names:
    """Number → name, from one or more contacts sources."""

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}  # "+5511987654321" -> name
        self.local: dict[str, str] = {}  # last nine digits of a number saved without country code
        self.source_names: list[str] = []

    def add(self, number: str, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        digits = _digits(number)
        if len(digits) < 7:
            return
        written = number.strip()
        if written.startswith(("+", "00")):
            self.exact.setdefault("+" + (digits[2:] if written.startswith("00") else digits), name)
        else:
            self.local.setdefault(digits[-_SUFFIX:], name)

    def __len__(self) -> int:
        return len(self.exact) + len(self.local)

    def name_for(self, number: str | None) -> str | None:
        if not number or not number.startswith("+"):
            return None
        found = self.exact.get(number)
        if found is None and self.local:
            found = self.local.get(_digits(number)[-_SUFFIX:])
        return found


def read_contacts(path: str | Path, names: Names | None = None) -> Names:
    """Add the names of a ``wa.db``, a ``.vcf`` or a ``.csv`` to ``names`` (a new one if None)."""
    path = Path(path)
    names = names if names is not None else Names()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ContactsError(tr("{0} could not be read: {1}").format(path.name, error.strerror or error)) from error
    before = len(names)
    if data.startswith(b"SQLite format 3\x00"):
        _read_wa_db(path, names)
    else:
        text = data.decode("utf-8-sig", errors="replace")
        if "BEGIN:VCARD" in text.upper():
            _read_vcards(text, names)
        elif path.suffix.lower() == ".csv" or "," in text.partition("\n")[0]:
            _read_csv(text, names)
        else:
            raise ContactsError(
                tr("{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.").format(path.name)
            )
    if len(names) == before:
        raise ContactsError(tr("{0} holds no names with phone numbers.").format(path.name))
    names.source_names.append(path.name)
    return names


def _read_wa_db(path: Path, names: Names) -> None:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(wa_contacts)")}
        if "jid" not in columns:
            raise ContactsError(tr("{0} is not WhatsApp's wa.db: it has no contacts table.").format(path.name))
        wanted = [name for name in ("display_name", "wa_name") if name in columns]
        if not wanted:
            raise ContactsError(tr("{0} is not WhatsApp's wa.db: it has no contacts table.").format(path.name))
        for jid, *candidates in connection.execute(f"SELECT jid, {', '.join(wanted)} FROM wa_contacts"):
            user, _, server = (jid or "").partition("@")
            name = next((value for value in candidates if value), None)
            if server == "s.whatsapp.net" and user.isdigit() and name:
                names.add("+" + user, name)
    except sqlite3.DatabaseError as error:
        raise ContactsError(tr("{0} could not be read as WhatsApp's wa.db: {1}").format(path.name, error)) from error
    finally:
        connection.close()


def _unfold(text: str) -> list[str]:
    """vCard lines with their continuations joined (RFC 6350 §3.2)."""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _vcard_value(line: str) -> str:
    value = line.partition(":")[2]
    return value.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").strip()


def vcard_name(card: str) -> str | None:
    """The name a vCard shows (FN, else N), or None."""
    found = None
    for line in _unfold(card):
        field = line.partition(":")[0].split(";")[0].upper()
        if field == "FN":
            return _vcard_value(line) or None
        if field == "N" and found is None:
            parts = [p for p in _vcard_value(line).split(";") if p]
            found = " ".join(reversed(parts[:2])) or None
    return found


def _read_vcards(text: str, names: Names) -> None:
    name, numbers = None, []
    for line in _unfold(text):
        field = line.partition(":")[0].split(";")[0].upper()
        if field == "BEGIN":
            name, numbers = None, []
        elif field == "FN":
            name = _vcard_value(line)
        elif field == "N" and not name:
            parts = [p for p in _vcard_value(line).split(";") if p]
            name = " ".join(reversed(parts[:2]))
        elif field == "TEL":
            numbers.append(_vcard_value(line).removeprefix("tel:"))
        elif field == "END" and name:
            for number in numbers:
                names.add(number, name)


def _read_csv(text: str, names: Names) -> None:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return
    header = [cell.strip().lower() for cell in rows[0]]
    name_columns = [
        i for i, cell in enumerate(header) if cell in ("name", "display name", "full name", "nome", "nombre")
    ]
    if not name_columns:
        first = [i for i, cell in enumerate(header) if cell in ("first name", "given name")]
        last = [i for i, cell in enumerate(header) if cell in ("last name", "family name")]
    phone_columns = [
        i for i, cell in enumerate(header) if "phone" in cell and "type" not in cell and "label" not in cell
    ]
    phone_columns += [i for i, cell in enumerate(header) if cell in ("telefone", "teléfono", "mobile", "celular")]
    for row in rows[1:]:
        cell = lambda i, row=row: row[i].strip() if i < len(row) else ""  # noqa: E731
        if name_columns:
            name = cell(name_columns[0])
        else:
            name = " ".join(filter(None, [cell(i) for i in first[:1] + last[:1]]))
        for i in phone_columns:
            for number in cell(i).split(":::"):  # Google Contacts keeps several numbers in one cell
                names.add(number, name)
