"""Helpers for the broadcast tests: a store, messages, a scripted session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from smsgate_desktop.broadcast import BroadcastEngine
from smsgate_desktop.protocol import Err, SmsMessage
from smsgate_desktop.session import Outcome, SendResult
from smsgate_desktop.store import open_store

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")


def message(index: int) -> SmsMessage:
    """A distinct, valid Italian mobile recipient per index."""
    return BASE.with_values(PhoneNumber=f"{1000000 + index}")


@pytest.fixture
def engine():
    conn = open_store()
    yield BroadcastEngine(conn)
    conn.close()


class ScriptedSession:
    """Stands in for GatewaySession: `script(message)` returns a SendResult or raises."""

    def __init__(self, script: Callable[[SmsMessage], SendResult] | None = None) -> None:
        self.sent: list[str] = []
        self.script = script or accept

    def send(self, message: SmsMessage) -> SendResult:
        self.sent.append(message.recipient)
        return self.script(message)


def accept(message: SmsMessage) -> SendResult:
    return SendResult(message, Outcome.ACCEPTED, credit=42)


def reject(message: SmsMessage, code: int = 86) -> SendResult:
    return SendResult(
        message,
        Outcome.REJECTED,
        error=Err(code, "locked", False, b""),
        reason="The recipient is locked.",
    )


def unknown(message: SmsMessage) -> SendResult:
    return SendResult(message, Outcome.UNKNOWN, reason="Outcome unknown: reset.")
