"""Shared values of the session tests."""

from __future__ import annotations

from smsgate_desktop.protocol import SmsMessage

ACCOUNT, PASSWORD = "acme", "s3cret"


def message(number: str = "1234567", **changes: str) -> SmsMessage:
    base = SmsMessage(
        Sender="Acme", CountryCode="+39", GsmCode="333", PhoneNumber=number, TextMessage="Hello"
    )
    return base.with_values(**changes) if changes else base
