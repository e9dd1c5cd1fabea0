"""Messages sent and failed per local day, and the day's last credit (usecases.history_stats),
over a real store whose journal rows are given the times a test needs."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import journal, open_store
from smsgate_desktop.usecases.history_stats import DayStats, daily_stats

ROME = ZoneInfo("Europe/Rome")  # CET, CEST from 2024-03-31 02:00 (03:00)
TODAY = date(2024, 4, 5)
BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")
_numbers = itertools.count(1000000)


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    yield connection
    connection.close()


def record(conn, when: datetime, state: str, credit: int | None = None) -> None:
    """One message, sent (leaving `credit`), failed or left unknown at `when`."""
    broadcast = journal.insert_broadcast(conn, [BASE.with_values(PhoneNumber=str(next(_numbers)))])
    journal.mark_sending(conn, broadcast, [1])
    if state == "sent":
        journal.mark_sent(conn, broadcast, 1, credit)
    elif state == "failed":
        journal.mark_failed(conn, broadcast, 1, 86, "refused")
    else:
        journal.mark_unknown(conn, broadcast, 1, "no answer")
    conn.execute(
        "UPDATE journal SET updated = ? WHERE broadcast_id = ?", (when.timestamp(), broadcast)
    )


def at(day: date, hour: int, minute: int = 0, zone=ROME) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def by_day(stats: list[DayStats]) -> dict[date, DayStats]:
    return {entry.day: entry for entry in stats}


def test_an_empty_journal_gives_every_day_with_zeros(conn):
    stats = daily_stats(conn, today=TODAY, zone=ROME)
    assert len(stats) == 30
    assert stats[0].day == date(2024, 3, 7)
    assert stats[-1].day == TODAY
    assert [entry.day for entry in stats] == [
        date(2024, 3, 7) + timedelta(days=n) for n in range(30)
    ]
    assert all((e.sent, e.failed, e.credit) == (0, 0, None) for e in stats)


def test_counts_per_day_and_the_last_credit_of_the_day(conn):
    day = date(2024, 4, 3)
    record(conn, at(day, 9), "sent", credit=100)
    record(conn, at(day, 18), "sent", credit=40)  # the day's last send
    record(conn, at(day, 12), "sent", credit=70)
    record(conn, at(day, 19), "failed")  # after it: a failure leaves no credit
    record(conn, at(day, 20), "unknown")  # neither sent nor failed
    record(conn, at(TODAY, 8), "sent", credit=500)  # topped up: credit may rise
    record(conn, at(TODAY, 7), "sent", credit=510)
    stats = by_day(daily_stats(conn, today=TODAY, zone=ROME))
    assert stats[day] == DayStats(day, sent=3, failed=1, credit=40)
    assert stats[TODAY] == DayStats(TODAY, sent=2, failed=0, credit=500)
    assert stats[date(2024, 4, 4)] == DayStats(date(2024, 4, 4), 0, 0, None)
    assert sum(e.sent for e in stats.values()) == 5


def test_a_day_with_only_failures_has_no_credit(conn):
    day = date(2024, 3, 20)
    record(conn, at(day, 10), "failed")
    record(conn, at(day, 11), "failed")
    assert by_day(daily_stats(conn, today=TODAY, zone=ROME))[day] == DayStats(day, 0, 2, None)


def test_the_last_send_with_an_unknown_credit_says_unknown(conn):
    day = date(2024, 3, 21)
    record(conn, at(day, 10), "sent", credit=90)
    record(conn, at(day, 11), "sent", credit=None)
    assert by_day(daily_stats(conn, today=TODAY, zone=ROME))[day] == DayStats(day, 2, 0, None)


def test_rows_outside_the_window_are_ignored(conn):
    first = date(2024, 3, 7)
    record(conn, at(first, 0, 0), "sent", credit=1)  # the window's first instant
    record(conn, at(first, 0, 0) - timedelta(seconds=1), "sent", credit=2)  # just before
    record(conn, at(date(2024, 1, 1), 12), "failed")
    record(conn, at(TODAY + timedelta(days=1), 0, 0), "sent", credit=3)  # tomorrow
    record(conn, at(TODAY, 23, 59), "sent", credit=4)
    stats = daily_stats(conn, today=TODAY, zone=ROME)
    assert (stats[0].sent, stats[0].credit) == (1, 1)
    assert (stats[-1].sent, stats[-1].credit) == (1, 4)
    assert sum(e.sent for e in stats) == 2
    assert sum(e.failed for e in stats) == 0


def test_days_are_local_days_across_a_dst_change(conn):
    # 00:30 CEST on 2 April is 22:30 UTC on 1 April: the offset of the window's start
    # (CET, +1) would put it at 23:30 on 1 April.
    record(conn, at(date(2024, 4, 2), 0, 30), "sent", credit=7)
    # 23:30 CET on 30 March is 22:30 UTC: the 30th, before the change.
    record(conn, at(date(2024, 3, 30), 23, 30), "failed")
    stats = by_day(daily_stats(conn, today=TODAY, zone=ROME))
    assert stats[date(2024, 4, 2)].sent == 1
    assert stats[date(2024, 4, 1)].sent == 0
    assert stats[date(2024, 3, 30)].failed == 1
    assert stats[date(2024, 3, 31)].failed == 0  # the day of the change: 23 hours


def test_the_zone_decides_the_day(conn):
    record(conn, datetime(2024, 4, 4, 23, 30, tzinfo=UTC), "sent", credit=5)
    in_rome = by_day(daily_stats(conn, today=TODAY, zone=ROME))
    in_utc = by_day(daily_stats(conn, today=TODAY, zone=UTC))
    assert (in_rome[TODAY].sent, in_rome[date(2024, 4, 4)].sent) == (1, 0)
    assert (in_utc[TODAY].sent, in_utc[date(2024, 4, 4)].sent) == (0, 1)


def test_window_length_and_today_by_default(conn):
    record(conn, datetime.combine(date.today(), time(12)).astimezone(), "sent", credit=12)
    stats = daily_stats(conn, 7)
    assert len(stats) == 7
    assert stats[-1].day == date.today()
    assert (stats[-1].sent, stats[-1].credit) == (1, 12)
    one = daily_stats(conn, 1, zone=UTC)
    assert len(one) == 1
    assert one[0].day == datetime.now(UTC).date()


def test_at_least_one_day(conn):
    with pytest.raises(ValueError, match="at least 1"):
        daily_stats(conn, 0)
