"""Credit exhausted: the gateway's -ERR 99, and what a run that meets it leaves behind.

-ERR 99 [Credit Not Available!] answers a send when the account has no credit left, and a
login while it has none (clarifications §4, §10); either way the gateway closes the line. A
run that meets it stops there: logging in again for the next message would only earn the
same 99 (the login checks the credit too), so the engine hands the session nothing more. The
refused message was not sent, so it goes back to pending with every one after it, and a run
started again once the account is topped up (Resume, `smsgate broadcast --resume`) sends them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..protocol import Err
from ..protocol.phrases import Phrase, Template
from ..session import Outcome, SendResult
from ..store import RowState

NO_CREDIT: Final = 99  # the catalogue's "Credit Not Available!" (protocol/errors.py)

CREDIT_EXHAUSTED: Final = Template(
    "Broadcasts",
    "credit-exhausted",
    "Credit exhausted: {sent} of {total} sent, {not_sent} not sent.",
)


def is_credit_exhausted(what: object) -> bool:
    """Whether `what` is the gateway saying the account has no credit: an Err, a rejected
    SendResult, or an error that carries the Err (LoginError, RequestRefused) with code 99."""
    if isinstance(what, SendResult):
        what = what.error if what.outcome is Outcome.REJECTED else None
    error = what if isinstance(what, Err) else getattr(what, "error", None)
    return isinstance(error, Err) and error.code == NO_CREDIT


def sent_of(counts: Mapping[str, int]) -> int:
    return counts.get(RowState.SENT, 0)


def not_sent_of(counts: Mapping[str, int]) -> int:
    """The rows a resume would send (pending)."""
    return counts.get(RowState.PENDING, 0)


def credit_exhausted_phrase(counts: Mapping[str, int]) -> Phrase:
    """ "Credit exhausted: 37 of 120 sent, 83 not sent." from a broadcast's row counts."""
    return CREDIT_EXHAUSTED(
        sent=sent_of(counts), total=sum(counts.values()), not_sent=not_sent_of(counts)
    )
