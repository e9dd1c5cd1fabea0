"""Helpers of the broadcast tests: messages and a scripted session (imported by name, never
from conftest: two conftest modules cannot both be imported as `conftest`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from smsgate_desktop.protocol import Err, SmsMessage
from smsgate_desktop.session import Outcome, SendResult

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")


def message(index: int) -> SmsMessage:
    """A distinct, valid Italian mobile recipient per index."""
    return BASE.with_values(PhoneNumber=f"{1000000 + index}")


class ScriptedSession:
    """Stands in for GatewaySession: `script(message)` is called as the message is written
    and returns its SendResult, or raises (then the message counts as never written).
    `send_many` keeps `pipeline_depth` messages in flight and, like the real one, yields
    the results of those written before it raises."""

    def __init__(
        self, script: Callable[[SmsMessage], SendResult] | None = None, pipeline_depth: int = 1
    ) -> None:
        self.sent: list[str] = []
        self.script = script or accept
        self.pipeline_depth = pipeline_depth

    def send_many(
        self,
        messages: Iterable[SmsMessage],
        on_written: Callable[[SmsMessage], None] | None = None,
    ) -> Iterator[SendResult]:
        source = iter(messages)
        in_flight: deque[SendResult] = deque()
        while True:
            while len(in_flight) < self.pipeline_depth:
                message = next(source, None)
                if message is None:
                    break
                self.sent.append(message.recipient)
                try:
                    in_flight.append(self.script(message))
                except BaseException:
                    yield from in_flight
                    raise
                if on_written is not None:
                    on_written(message)
            if not in_flight:
                return
            yield in_flight.popleft()


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
