"""AccountLease (store/account_lease.py): one desktop of the office per gateway account, on a
real PostgreSQL server; a no-op on a single desktop's file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import psycopg
import pytest

from smsgate_desktop.store.account_lease import (
    ACTIVITY_BROADCAST,
    ACTIVITY_CHECK,
    ACTIVITY_SEND,
    HOLDER,
    AccountBusyError,
    AccountLease,
    Holder,
    activity_phrase,
    queued_text,
)

ACCOUNT = "acme"
TIMEOUT = 15.0  # seconds any wait below may take before the test fails


@pytest.fixture
def leases(pg_url) -> Iterator[Callable[..., AccountLease]]:
    """lease(activity, account=ACCOUNT): a new lease on the test's office database; every one
    made is released at the end."""
    made: list[AccountLease] = []

    def lease(activity: str = ACTIVITY_SEND(), account: str = ACCOUNT) -> AccountLease:
        made.append(AccountLease(pg_url, account, activity))
        return made[-1]

    yield lease
    for one in made:
        one.release()


def rows(url: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(
            "SELECT account, desktop, activity, pid FROM account_holders ORDER BY account"
        ).fetchall()


def until(condition: Callable[[], bool], what: str) -> None:
    """Wait (bounded) for a condition another thread or process makes true."""
    end = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.02)


class Waiter(threading.Thread):
    """lease.wait() in a thread: `queued` is set when it starts queuing, `result` its answer."""

    def __init__(self, lease: AccountLease, should_stop: Callable[[], bool] = lambda: False):
        super().__init__(daemon=True)
        self.lease, self.should_stop = lease, should_stop
        self.queued = threading.Event()
        self.told: list[Holder] = []
        self.result: bool | None = None

    def run(self) -> None:
        def on_waiting(holder: Holder) -> None:
            self.told.append(holder)
            self.queued.set()

        self.result = self.lease.wait(self.should_stop, on_waiting, slice_seconds=0.5)

    def finished(self) -> bool:
        self.join(TIMEOUT)
        assert not self.is_alive(), "wait() did not return"
        return bool(self.result)


def test_a_file_store_needs_no_lease(tmp_path):
    first = AccountLease(tmp_path / "smsgate.sqlite3", ACCOUNT, ACTIVITY_SEND())
    second = AccountLease(None, ACCOUNT, ACTIVITY_SEND())
    assert not first.office and not second.office
    assert first.try_acquire() is None and second.wait() is True  # one desktop: no queue
    assert first.held and second.held and not first.others_waiting()
    first.release()
    assert not first.held and first.holder() is None


def test_the_second_desktop_is_told_who_holds_the_account(leases, pg_url):
    first = leases(ACTIVITY_BROADCAST(id=12))
    assert first.try_acquire() is None and first.held
    assert rows(pg_url) == [(ACCOUNT, socket.gethostname(), "broadcast 12", os.getpid())]

    second = leases()
    holder = second.try_acquire()
    assert holder is not None and not second.held
    assert (holder.account, holder.desktop, holder.activity, holder.pid) == (
        ACCOUNT,
        socket.gethostname(),
        "broadcast 12",
        os.getpid(),
    )
    assert holder.since is not None and abs(time.time() - holder.since.timestamp()) < 60
    said = holder.phrase()
    assert said.code == HOLDER.code
    assert f"{socket.gethostname()}, " in said and "(broadcast 12, since " in said
    assert str(queued_text(holder)).startswith(f"Account {ACCOUNT} is in use by {said}: your send")
    with pytest.raises(
        AccountBusyError, match=f"Account {ACCOUNT} is in use by .*nothing was sent"
    ):
        second.acquire()
    assert leases(account="other").try_acquire() is None  # another account is another lease


def test_release_hands_the_account_over_and_removes_the_row(leases, pg_url):
    first, second = leases(), leases(ACTIVITY_CHECK())
    first.acquire()
    first.release()
    assert not first.held and rows(pg_url) == []
    assert second.try_acquire() is None
    assert rows(pg_url)[0][2] == "account check"
    second.set_activity(ACTIVITY_BROADCAST(id=3))
    assert rows(pg_url)[0][2] == "broadcast 3"


def test_a_holder_whose_connection_died_leaves_a_stale_row_the_next_taker_overwrites(
    leases, pg_url
):
    first = leases(ACTIVITY_BROADCAST(id=1))
    first.acquire()
    first._conn.close()  # the line dropped: the server lets the lock go, the row stays
    assert not first.held
    assert rows(pg_url)[0][2] == "broadcast 1"
    second = leases(ACTIVITY_SEND())
    assert second.holder() is None  # the row's holder is gone: nobody holds the account
    assert second.try_acquire() is None
    assert rows(pg_url) == [(ACCOUNT, socket.gethostname(), "single send", os.getpid())]


HOLD = """
import sys
from smsgate_desktop.store.account_lease import AccountLease
lease = AccountLease(sys.argv[1], sys.argv[2], "broadcast 7")
lease.acquire()
print("held", flush=True)
sys.stdin.read()
"""


def test_a_killed_holder_frees_the_account_at_once_for_the_one_queued(leases, pg_url):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, pg_url, ACCOUNT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline() == "held\n"
        waiter = Waiter(leases())
        waiter.start()
        assert waiter.queued.wait(TIMEOUT)
        assert waiter.told[0].pid == child.pid and waiter.told[0].activity == "broadcast 7"
        child.send_signal(signal.SIGKILL)
        assert waiter.finished()  # woken by the server's lock queue: no row was deleted
        assert rows(pg_url) == [(ACCOUNT, socket.gethostname(), "single send", os.getpid())]
    finally:
        child.kill()
        child.wait(TIMEOUT)


def test_the_one_queued_gets_the_account_when_it_is_released(leases):
    first, second = leases(ACTIVITY_BROADCAST(id=5)), leases()
    first.acquire()
    assert not first.others_waiting()
    waiter = Waiter(second)
    waiter.start()
    assert waiter.queued.wait(TIMEOUT)
    assert str(waiter.told[0].phrase()).count("broadcast 5") == 1
    until(first.others_waiting, "the waiter to queue on the server")
    first.release()
    assert waiter.finished() and second.held
    assert not second.others_waiting()


def test_interrupt_ends_the_wait_at_once_holding_nothing(leases):
    first, second = leases(), leases()
    first.acquire()
    waiter = Waiter(second)
    waiter.start()
    assert waiter.queued.wait(TIMEOUT)
    until(first.others_waiting, "the waiter to queue on the server")
    started = time.monotonic()
    second.interrupt()
    assert not waiter.finished()
    assert time.monotonic() - started < 0.45  # before its slice (0.5 s) ended
    assert not second.held and first.held


def test_should_stop_ends_the_wait(leases):
    first, second = leases(), leases()
    first.acquire()
    stop = threading.Event()
    waiter = Waiter(second, stop.is_set)
    waiter.start()
    assert waiter.queued.wait(TIMEOUT)
    stop.set()
    assert not waiter.finished()
    assert not second.held and not first.others_waiting()


def test_without_a_row_the_holder_is_named_by_its_connection(leases, pg_url):
    first = leases()
    first.acquire()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DELETE FROM account_holders")
    holder = leases().try_acquire()
    assert holder is not None and holder.desktop == socket.gethostname()
    assert holder.since is None and str(holder.phrase()).startswith(socket.gethostname())


def test_stored_activities_come_back_as_phrases():
    assert activity_phrase("broadcast 12").code == ACTIVITY_BROADCAST.code
    assert activity_phrase("broadcast 12").values == {"id": "12"}
    assert activity_phrase("single send").code == ACTIVITY_SEND.code
    assert activity_phrase("something newer") == "something newer"
