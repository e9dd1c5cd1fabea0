"""The states a journal row and a broadcast can be in, and the kinds of broadcast.

StrEnums: each member equals the string stored in the database (`RowState.SENT == "sent"`),
so code comparing with strings keeps working, and JSON, f-strings and SQLite parameters see
the plain string. The database refuses any other value (CHECK constraints, migrations 1 and
4 in db.py). Adding a member needs a new migration that widens those CHECKs: see db.py.
"""

from __future__ import annotations

from enum import StrEnum


class RowState(StrEnum):
    """A journal row: `pending` -> `sending` -> `sent` | `failed` | `unknown`."""

    PENDING = "pending"  # not sent yet
    SENDING = "sending"  # committed before its bytes go out
    SENT = "sent"  # the gateway accepted it
    FAILED = "failed"  # refused (by the gateway or the check before sending), or cancelled
    UNKNOWN = "unknown"  # may have been accepted: never sent again unless asked


class BroadcastState(StrEnum):
    """A broadcast (or a single send) as a whole."""

    READY = "ready"  # created, nothing sent
    RUNNING = "running"
    PAUSED = "paused"  # stopped between two messages; resumable
    INTERRUPTED = "interrupted"  # the gateway or the journal failed; resumable
    CANCELLED = "cancelled"  # what was still pending was marked failed
    DONE = "done"  # no row pending


class Kind(StrEnum):
    """What a journal entry of the history is."""

    BROADCAST = "broadcast"  # one text to many recipients
    SINGLE = "single"  # messages sent from the Message tab or `smsgate send`
