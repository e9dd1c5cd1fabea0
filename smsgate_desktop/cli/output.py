"""What `smsgate` prints: a line (or JSON object) per result, the protocol log, why a journal
could not be written."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import IO

from ..protocol.redact import visible
from ..session import (
    Outcome,
    SendResult,
)
from ..store import StorageError


def format_result(result: SendResult, as_json: bool) -> str:
    error = result.error
    if as_json:
        return json.dumps(
            {
                "recipient": result.recipient,
                "outcome": result.outcome.value,
                "credit": result.credit,
                "code": error.code if error else None,
                "error": error.text if error else None,
                "reason": result.reason or None,
            },
            ensure_ascii=False,
        )
    if result.outcome is Outcome.ACCEPTED:
        return f"{result.recipient}\tOK\t{credit_text(result.credit)}"
    if result.outcome is Outcome.REJECTED:
        return f"{result.recipient}\tREJECTED\t{result.reason}"
    return f"{result.recipient}\tUNKNOWN\t{result.reason}"


def credit_text(credit: int | None) -> str:
    """ "credit 42", or "credit unknown" when the gateway's figure could not be read."""
    return "credit unknown" if credit is None else f"credit {credit}"


def protocol_logger(handle: IO[str]) -> Callable[[str, bytes, float], None]:
    def log(direction: str, line: bytes, when: float) -> None:
        stamp = datetime.fromtimestamp(when).isoformat(timespec="milliseconds")
        handle.write(f"{stamp} {direction} {visible(line)}\n")

    return log


def storage_failure(exc: StorageError, journal_id: int | None) -> str:
    """What exit 5 prints: what failed and where, and how to go on."""
    if journal_id is None:
        return f"smsgate: {exc} Nothing was sent."
    return (
        f"smsgate: {exc} Nothing further was sent; `smsgate broadcast --resume {journal_id}` "
        "continues once the journal can be written."
    )


def not_sent(recipient: str, why: str, as_json: bool) -> str:
    if as_json:
        return json.dumps({"recipient": recipient, "outcome": "not-sent", "reason": why})
    return f"{recipient}\tNOT SENT\t{why}"
