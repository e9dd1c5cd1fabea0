"""Shared values and helpers of the session tests."""

from __future__ import annotations

from smsgate_desktop.protocol import SmsMessage

ACCOUNT, PASSWORD = "acme", "s3cret"


def message(number: str = "1234567", **changes: str) -> SmsMessage:
    base = SmsMessage(
        Sender="Acme", CountryCode="+39", GsmCode="333", PhoneNumber=number, TextMessage="Hello"
    )
    return base.with_values(**changes) if changes else base


class LogRecorder:
    """A session's protocol log callback that keeps each (direction, line) it is given."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, bytes]] = []

    def __call__(self, direction: str, line: bytes, when: float) -> None:
        self.lines.append((direction, line))

    def sent(self) -> list[bytes]:
        return [line for direction, line in self.lines if direction == "→"]

    def received(self) -> list[bytes]:
        return [line for direction, line in self.lines if direction == "←"]
