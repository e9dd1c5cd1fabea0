"""A finished broadcast in a store, for the report-export tests (imported by name, never from
conftest): three recipients, one of them a contact, each with its own text; one sent, one
refused by the gateway (-ERR 86), one whose outcome is unknown; fixed times."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.protocol.errors import lookup
from smsgate_desktop.store import contacts, journal

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333")
NUMBERS = ("+393331000001", "+393331000002", "+393331000003")
SHOWN = ("+39 333 1000001", "+39 333 1000002", "+39 333 1000003")
TEXTS = ("Ciao Mario, a domani", '=HYPERLINK("http://x","y")', "Ciao, a domani")
SENT_AT = datetime(2026, 11, 30, 21, 7, 5)  # local time
REFUSED = lookup(86).explanation
UNKNOWN = "no answer came"


def finished_broadcast(conn: sqlite3.Connection) -> int:
    """The broadcast described above; Mario Rossi is the contact +393331000001."""
    contacts.add_contact(conn, NUMBERS[0], "Mario Rossi")
    contacts.add_contact(conn, "+390612345678", "Not a recipient")
    messages = [
        BASE.with_values(PhoneNumber=number[6:], TextMessage=text)
        for number, text in zip(NUMBERS, TEXTS, strict=True)
    ]
    broadcast = journal.insert_broadcast(conn, messages)
    journal.mark_sending(conn, broadcast, [1, 2, 3])
    journal.mark_sent(conn, broadcast, 1, 41)
    journal.mark_failed(conn, broadcast, 2, 86, REFUSED)
    journal.mark_unknown(conn, broadcast, 3, UNKNOWN)
    conn.execute(
        "UPDATE journal SET updated = ? WHERE broadcast_id = ?", (SENT_AT.timestamp(), broadcast)
    )
    return broadcast
