"""SessionWorker on an office database: a send on an account another desktop is using waits
in the worker thread (the window is told who holds it), then goes; Cancel and quitting end
the wait at once; a query says who holds it; an idle session gives the account up to a
desktop that queues. The gateway (the simulator) never refuses a login with -ERR 101.

The other desktop is an AccountLease of the test on its own connection to the same office
database, as another desktop's would be (test_account_queue.py runs real processes)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import psycopg
import pytest
from gui_helpers import SIGNAL_TIMEOUT, Recorder

from smsgate_desktop.gui import worker as worker_module
from smsgate_desktop.gui.worker import Link, SessionWorker, WorkerHandle
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.session import Endpoint, SessionConfig
from smsgate_desktop.store.account_lease import ACTIVITY_BROADCAST, AccountLease

ACCOUNT, PASSWORD = "acme", "s3cret-pw"
CANCELLED = f"Cancelled while waiting for account {ACCOUNT}: nothing was sent."


@pytest.fixture
def elsewhere(pg_url) -> Iterator[AccountLease]:
    """Another desktop holding the account (broadcast 9) until the test releases it."""
    lease = AccountLease(pg_url, ACCOUNT, ACTIVITY_BROADCAST(id=9))
    lease.acquire()
    yield lease
    lease.release()


@pytest.fixture
def office_worker(simulator, pg_url, refusals):
    """office_worker() -> (handle, sim): a worker on the office database, in its thread."""
    handles: list[WorkerHandle] = []
    sim = simulator()

    def make() -> tuple[WorkerHandle, object]:
        config = SessionConfig(ACCOUNT, PASSWORD, primary=Endpoint(sim.host, sim.port), backup=None)
        handles.append(WorkerHandle(SessionWorker(config, store=pg_url)))
        return handles[-1], sim

    yield make
    for handle in handles:
        assert handle.close()
    assert refusals == []


def messages(count: int) -> list[SmsMessage]:
    return [SmsMessage("ACME", "+39", "333", f"{1000000 + i}", "Hi") for i in range(count)]


def queued_state(states: Recorder):
    found = [state for (state,) in states.calls if state.link is Link.QUEUED]
    return found[-1] if found else None


def single_sends(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM broadcasts").fetchone()[0]


def test_a_send_waits_for_the_account_then_goes(qtbot, office_worker, elsewhere):
    handle, sim = office_worker()
    states = Recorder(handle.worker.connection_state)
    finished = Recorder(handle.worker.batch_finished)
    handle.send_requested.emit(4, messages(2))
    qtbot.waitUntil(lambda: queued_state(states) is not None, timeout=SIGNAL_TIMEOUT)
    state = queued_state(states)
    assert state.account == ACCOUNT
    assert state.detail.startswith(f"Account {ACCOUNT} is in use by ")
    assert "(broadcast 9, since " in state.detail and state.detail.endswith("when it is free.")
    assert not sim.has_session(ACCOUNT) and sim.sent == [] and not finished.calls

    elsewhere.release()
    assert finished.wait(qtbot) == (4, 2, 2, "")
    assert len(sim.sent) == 2
    links = [state.link for (state,) in states.calls]
    assert links[0] is Link.QUEUED and Link.CONNECTED in links  # queued first, then logged in


def test_cancel_ends_the_wait_with_nothing_sent(qtbot, office_worker, elsewhere, pg_url):
    handle, sim = office_worker()
    states = Recorder(handle.worker.connection_state)
    finished = Recorder(handle.worker.batch_finished)
    handle.send_requested.emit(5, messages(3))
    qtbot.waitUntil(lambda: queued_state(states) is not None, timeout=SIGNAL_TIMEOUT)
    started = time.monotonic()
    handle.cancel()
    assert finished.wait(qtbot) == (5, 0, 3, CANCELLED)
    assert time.monotonic() - started < 1.5  # interrupted, not at the end of a wait slice
    assert states.calls[-1][0].link is Link.DISCONNECTED
    assert sim.sent == [] and single_sends(pg_url) == 0
    assert elsewhere.held and not elsewhere.others_waiting()


def test_quitting_while_queued_is_not_held_up(qtbot, office_worker, elsewhere):
    handle, sim = office_worker()
    states = Recorder(handle.worker.connection_state)
    handle.send_requested.emit(6, messages(1))
    qtbot.waitUntil(lambda: queued_state(states) is not None, timeout=SIGNAL_TIMEOUT)
    started = time.monotonic()
    assert handle.close()
    assert time.monotonic() - started < worker_module.GRACE_MS / 1000
    assert sim.sent == [] and elsewhere.held


def test_a_query_says_who_holds_the_account_without_waiting(qtbot, office_worker, elsewhere):
    handle, sim = office_worker()
    failures = Recorder(handle.worker.failed)
    handle.balance_requested.emit()
    (text,) = failures.wait(qtbot)
    assert text.startswith(f"Account {ACCOUNT} is in use by ") and "(broadcast 9, since " in text
    assert not sim.has_session(ACCOUNT)


def test_an_idle_session_gives_the_account_to_a_desktop_that_queues(
    qtbot, office_worker, pg_url, monkeypatch
):
    monkeypatch.setattr(worker_module, "YIELD_CHECK_MS", 100)
    handle, sim = office_worker()
    balances = Recorder(handle.worker.balance_changed)
    states = Recorder(handle.worker.connection_state)
    handle.balance_requested.emit()
    assert balances.wait(qtbot) == (1000,)
    assert sim.has_session(ACCOUNT)  # kept open for the next request, holding the account

    other = AccountLease(pg_url, ACCOUNT, ACTIVITY_BROADCAST(id=1))
    got: list[bool] = []
    waiter = threading.Thread(target=lambda: got.append(other.wait()), daemon=True)
    waiter.start()
    try:
        qtbot.waitUntil(lambda: bool(got), timeout=SIGNAL_TIMEOUT)
        assert got == [True] and not sim.has_session(ACCOUNT)
        assert states.calls[-1][0].link is Link.DISCONNECTED
    finally:
        other.interrupt()
        waiter.join(SIGNAL_TIMEOUT / 1000)
        other.release()


def test_a_broadcast_cancelled_while_queued_is_cancelled_unsent(
    qtbot, office_worker, elsewhere, pg_url
):
    from smsgate_desktop.broadcast import BroadcastEngine, plan
    from smsgate_desktop.store import open_store

    conn = open_store(pg_url)
    broadcast_id = BroadcastEngine(conn).create(plan(messages(3)), account=ACCOUNT)
    handle, sim = office_worker()
    states = Recorder(handle.worker.connection_state)
    finished = Recorder(handle.worker.broadcast_finished)
    handle.broadcast_requested.emit(broadcast_id, pg_url)
    qtbot.waitUntil(lambda: queued_state(states) is not None, timeout=SIGNAL_TIMEOUT)
    handle.cancel_broadcast()
    got_id, report, why = finished.wait(qtbot)
    assert (got_id, why) == (broadcast_id, CANCELLED)
    assert report["counts"]["pending"] == 0 and "error" not in report
    assert sim.sent == []
    conn.close()
