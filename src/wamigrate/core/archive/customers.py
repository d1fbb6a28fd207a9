"""The customer list a provider's inbox or CRM imports to join conversations after the cut-over
to their history (issue 19): since 2026 a customer with a WhatsApp username may arrive with a
business-scoped user ID and no phone number, and the archive is keyed on names and numbers.

One row per one-to-one chat: the name as saved, the number, first and last message, the number
of messages, where the customer stands against the 24-hour window at the cut-over, and whether
the chat was silent for the 30 days before it (Meta keeps the number in a webhook only for people
the business messaged or called in those 30 days). Nothing of what was written is in it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wamigrate.core.archive.owner import owner
from wamigrate.core.archive.store import Archive
from wamigrate.core.cancel import CancelToken
from wamigrate.core.errors import WamigrateError
from wamigrate.core.phone.msgstore import shown_number
from wamigrate.core.translatable import tr

WINDOW = timedelta(hours=24)  # the customer-service window (impact.py counts by it too)
# A customer silent this long is the likeliest to come back known only by a username: Meta keeps
# the phone number in a webhook only for people messaged or called in the last 30 days.
QUIET = timedelta(days=30)
COLUMNS = (
    "name", "phone", "first_message_utc", "last_message_utc", "messages", "last_customer_message_utc",
    "window_at_cutover", "quiet_30_days",
)  # fmt: skip


@dataclass(frozen=True)
class Customer:
    name: str
    phone: str | None  # E.164 ("+5511987654321"), when the archive knows it
    first_message_utc: str
    last_message_utc: str
    messages: int
    last_customer_message_utc: str | None
    window_at_cutover: str  # "inside", "outside", "after" (wrote after the cut-over) or "" (no cut-over)
    quiet_30_days: bool | None  # no message either way in the 30 days before the cut-over; None: no cut-over

    def row(self) -> list:
        quiet = "" if self.quiet_30_days is None else ("yes" if self.quiet_30_days else "no")
        return [self.name, self.phone or "", self.first_message_utc, self.last_message_utc, self.messages,
                self.last_customer_message_utc or "", self.window_at_cutover, quiet]  # fmt: skip


def _instant(utc: str) -> datetime:
    return datetime.fromisoformat(utc.rstrip("Z"))


def _phone_of(jid: str | None, phone: str | None) -> str | None:
    if phone:
        return phone if phone.startswith("+") else "+" + phone
    if jid and "@" in jid:  # a phone's chat: the number is its jid
        shown = shown_number(*jid.split("@", 1), None)
        return shown if shown and shown.startswith("+") else None
    return None


def customers(
    archive: Archive,
    cutover_utc: datetime | None = None,
    business: str | None = None,
    cancel: CancelToken | None = None,
) -> list[Customer]:
    """Every one-to-one chat's customer, by name. ``business``: the name the business writes
    as (default: the archive's choice, core.archive.owner)."""
    cancel = cancel or CancelToken()
    business = business or owner(archive).name
    rows = archive.connection.execute(
        "SELECT c.id, c.title, c.jid, min(m.utc_time), max(m.utc_time), count(m.id), "
        "max(CASE WHEN p.display_name IS NOT ? THEN m.utc_time END), "
        "max(CASE WHEN p.display_name IS NOT ? THEN p.phone END) "
        "FROM chats c JOIN messages m ON m.chat_id = c.id LEFT JOIN participants p ON p.id = m.sender_id "
        "WHERE c.is_group = 0 GROUP BY c.id ORDER BY c.title COLLATE NOCASE, c.id",
        (business, business),
    ).fetchall()
    found = []
    for _chat, title, jid, first, last, count, inbound, phone in rows:
        cancel.raise_if_cancelled()
        window, quiet = "", None
        if cutover_utc is not None:
            if inbound is None:
                window = "outside"
            else:
                age = cutover_utc - _instant(inbound)
                window = "after" if age < timedelta(0) else "inside" if age < WINDOW else "outside"
            quiet = cutover_utc - _instant(last) > QUIET
        found.append(Customer(title, _phone_of(jid, phone), first, last, count, inbound, window, quiet))
    return found


def write_customers_csv(
    archive: Archive,
    path: str | Path,
    cutover_utc: datetime | None = None,
    business: str | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the list as UTF-8 CSV (with a byte-order mark, so that spreadsheet programs read
    accents right); returns the number of customers."""
    listed = customers(archive, cutover_utc, business, cancel)
    path = Path(path)
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(COLUMNS)
            writer.writerows(customer.row() for customer in listed)
    except OSError as error:
        raise WamigrateError(
            tr("The customer list could not be written to {0}: {1}.").format(path, error.strerror or error)
        ) from error
    return len(listed)
