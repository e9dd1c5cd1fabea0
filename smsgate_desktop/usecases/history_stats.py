"""Messages sent and failed per day, and the credit left, over the last days: what the History
tab's chart shows (issue #12), read from the journal without Qt.

A day is a local calendar day, so its bounds are computed here, in Python, from the time zone
(`zone`, the system's by default): a fixed UTC offset in SQL would put the messages of the
hour around a DST change on the wrong day. SQLite then buckets and counts the rows in one
grouped query (a CASE over the bounds): the journal can hold millions of rows, and only one
row per day comes back to Python.

`journal.updated` is a time.time() (seconds since the epoch, REAL) set by every state change;
for a `sent` or `failed` row it is when the result was recorded. There is no index on it (the
journal's only ones are its primary key and `journal_by_recipient`), so the query scans the
journal once; an index would need a migration (store/db.py) if this ever shows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from ..store.states import RowState


@dataclass(frozen=True)
class DayStats:
    """One local day of the chart: messages the gateway accepted (`sent`) or refused
    (`failed`) that day, and the credit the day's last accepted message left (None when no
    message was sent that day, or the gateway did not say)."""

    day: date
    sent: int
    failed: int
    credit: int | None


def daily_stats(
    conn: sqlite3.Connection,
    days: int = 30,
    *,
    today: date | None = None,
    zone: tzinfo | None = None,
) -> list[DayStats]:
    """The last `days` local days ending with `today` (the current date in `zone`, the
    system's local zone when None), oldest first: exactly `days` entries, a day without
    messages included with zeros. ValueError when `days` < 1."""
    if days < 1:
        raise ValueError(f"days must be at least 1, not {days}")
    if today is None:
        today = datetime.now(zone).date() if zone is not None else date.today()
    first = today - timedelta(days=days - 1)
    dates = [first + timedelta(days=n) for n in range(days)]
    bounds = [_midnight(day, zone) for day in [*dates, today + timedelta(days=1)]]
    found = {
        index: (sent, failed, credit if sent else None)
        for index, sent, failed, credit in conn.execute(*_query(bounds))
    }
    return [DayStats(day, *found.get(index, (0, 0, None))) for index, day in enumerate(dates)]


def _midnight(day: date, zone: tzinfo | None) -> float:
    """When `day` starts in `zone` (the system's local zone when None), as a time.time().
    DST is the zone's business: a naive datetime's timestamp() asks the system (mktime); a
    midnight skipped by a DST change (fold=0) maps to the change itself."""
    return datetime.combine(day, time(), tzinfo=zone).timestamp()


def _query(bounds: list[float]) -> tuple[str, list[object]]:
    """The grouped query over [bounds[0], bounds[-1]): (day index, sent, failed, credit of
    the day's last sent row) per day that has any result.

    The day's last sent row is the first of its (day, state) partition by time, newest
    first: a window function, which SQLite and PostgreSQL both have (SQLite's own "bare
    column beside max()" would not run on the office database). On a day with no sent row
    the credit is NULL."""
    inner = bounds[1:-1]
    whens = " ".join(f"WHEN updated < ? THEN {n}" for n in range(len(inner)))
    day = f"CASE {whens} ELSE {len(inner)} END" if inner else "0"
    sql = (
        "SELECT day, SUM(CASE WHEN state = ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = ? THEN 1 ELSE 0 END),"
        " MAX(CASE WHEN newest = 1 AND state = ? THEN credit END)"
        " FROM (SELECT day, state, credit, ROW_NUMBER() OVER (PARTITION BY day, state"
        " ORDER BY updated DESC, broadcast_id DESC, seq DESC) AS newest"
        f" FROM (SELECT {day} AS day, state, credit, updated, broadcast_id, seq"
        " FROM journal WHERE updated >= ? AND updated < ? AND state IN (?, ?)) AS results"
        ") AS ranked GROUP BY day"
    )
    sent, failed = RowState.SENT.value, RowState.FAILED.value
    params: list[object] = [sent, failed, sent, *inner, bounds[0], bounds[-1], sent, failed]
    return sql, params
