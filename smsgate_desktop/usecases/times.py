"""Times as stored (ISO 8601 with the offset of the computer that wrote them) and as shown
(in the zone of the computer showing them): one rule for the window and the CLI."""

from __future__ import annotations

from datetime import datetime


def local_time(stored: str) -> datetime | None:
    """`stored` in this computer's zone; None when it is not an ISO time (shown as stored).
    A time without an offset (written before offsets were kept) is taken as local already."""
    try:
        moment = datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return None
    return moment.astimezone() if moment.tzinfo is not None else moment


def local_text(stored: str) -> str:
    """`stored` as "2026-11-30 21:07" in this computer's zone (the CLI's form)."""
    moment = local_time(stored)
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else stored
