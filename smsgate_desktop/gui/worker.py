"""SessionWorker: the one place where the GUI's requests meet the gateway's socket.

The worker-object pattern (ARCHITECTURE.md, "The session worker (Qt)"): a plain QObject without
a parent, moved to its own QThread and driven only by queued signals. It owns the
GatewaySession, creates it in the worker thread and connects on demand; every blocking call
happens there, so the GUI thread never does socket I/O.

Lines of the protocol log and send results are collected while a request runs and handed to
the GUI at most every FLUSH_INTERVAL as one signal carrying a list: a fast broadcast then costs
the GUI a few dozen events a second instead of thousands. The window listens to `updated`, which
carries lines, results, progress and credit together: each queued event makes the GUI thread
take the GIL back from a busy worker (up to the 5 ms switch interval), so one event per flush
instead of four is the difference between a smooth and a stuttering window.

The sentences the worker hands to the window (why a send stopped, a failure, a successful
test) are translated here, in the worker thread, with QCoreApplication.translate (context
"SessionWorker") and i18n.translate_text / translate_error (by the phrase's code) for those
of the session and broadcast modules.
Looking a text up in the installed translators is thread-safe; the translators themselves are
installed before the window (and so any worker) exists and never change while one runs. A
sentence therefore travels in the user's language in every signal, and the results table,
the broadcast notice, the account panel and the status bar all show the same words.

Quitting has a deadline (close_workers): cancel every worker, quit their event loops, wait
up to GRACE_MS; then cut the sockets of those still blocked on the gateway from the GUI
thread (SessionWorker.abort, the one direct call into a running worker's session) and wait
up to ABORT_MS more. A thread is never terminated and never destroyed while it runs: when
it finishes, `finished` -> `deleteLater` removes worker and QThread; one still running after
the deadline (a connect waiting on an unanswered SYN has no socket to cut) is left to end on
its connect timeout, and the window waits for it hidden (MainWindow.closeEvent).

On an office database the worker takes its account's lease (store.account_lease) before it
opens a gateway session and gives it back when the session closes, so two desktops never
log in on one account together (the gateway would refuse the second with -ERR 101). A send
or a broadcast finding the account in use elsewhere queues, in the worker thread: the window
is told by a `connection_state` of Link.QUEUED whose `detail` says who holds it; Cancel,
Pause, a profile switch or quitting end the wait (the lease's interrupt(), and the thread's
interruption request) with nothing sent. A query (balance, status, test) does not queue: it
fails at once naming the holder. A worker keeping an idle session open gives the account up
as soon as another desktop queues for it (looked at after each request and every
YIELD_CHECK_MS). On the desktop's own file (SQLite) the lease is a no-op: nothing changes.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from ..broadcast import BroadcastBusyError, BroadcastEngine, Progress
from ..protocol import SmsGateError, SmsMessage
from ..protocol.redact import visible
from ..protocol.replies import Err
from ..session import GatewaySession, SendResult, SessionConfig, SessionError
from ..session.errors import ConnectError, LoginError
from ..store import StorageError, journal, open_store
from ..store.account_lease import (
    ACTIVITY_BROADCAST,
    ACTIVITY_CHECK,
    ACTIVITY_SEND,
    CANCELLED,
    IN_USE,
    AccountBusyError,
    AccountLease,
    Holder,
    queued_text,
)
from ..store.db import default_path
from ..store.postgres import is_office
from ..usecases.login_refusal import Refusal, refusal_of
from .i18n import explain_translated, storage_failure, translate_error, translate_text

log = logging.getLogger(__name__)

FLUSH_INTERVAL: Final = 0.05  # seconds between two deliveries of log lines / results
IDLE_SHUTDOWN: Final = 10 * 60  # the gateway closes a session after 10 minutes without activity
# Quitting (close_workers): after cancel, the time a worker gets to end on its own, then the
# time it gets once its socket was cut (cut again every ABORT_POLL_MS). The window must be
# gone within 3 s of the user's click.
GRACE_MS: Final = 2000
ABORT_MS: Final = 800
ABORT_POLL_MS: Final = 50
YIELD_CHECK_MS: Final = 3000  # how often an idle session looks whether another desktop queues


class Link(enum.Enum):
    """Where the worker's gateway session is."""

    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"  # logged in
    QUEUED = "queued"  # waiting for the account, in use by another desktop of the office


@dataclass(frozen=True, slots=True)
class ConnectionState:
    """The worker's connection state as data (SessionWorker.connection_state): the window
    words it in the user's language (status_bar.state_text); nobody parses a sentence."""

    link: Link
    account: str = ""  # the account logged in (CONNECTED only)
    endpoint: str | None = None  # "host:port" of the gateway in use (CONNECTED only)
    detail: str = ""  # QUEUED: who holds the account, a sentence in the user's language


DISCONNECTED: Final = ConnectionState(Link.DISCONNECTED)
CONNECTING: Final = ConnectionState(Link.CONNECTING)


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line of the protocol log, as the GUI shows it."""

    time: float
    direction: str  # "→" sent, "←" received
    text: str  # made visible: password masked by the session, Chr(1)..Chr(6) as ␁..␆

    @property
    def is_error(self) -> bool:
        return self.direction == "←" and self.text.startswith("-ERR")


@dataclass(frozen=True, slots=True)
class WorkerUpdate:
    """Everything gathered since the last flush, delivered to the GUI as one event."""

    batch_id: int
    lines: list[LogLine]
    results: list[tuple[int, SendResult]]  # (index in the batch, result)
    progress: tuple[int, int] | None  # (done, total) while a batch runs
    credit: int | None  # the credit after the last accepted message, if it changed


@dataclass(frozen=True, slots=True)
class BroadcastProgress:
    """Where a running broadcast is, delivered at most every FLUSH_INTERVAL."""

    broadcast_id: int
    done: int  # rows no longer pending
    total: int
    counts: dict[str, int]  # rows per journal state
    rate: float  # messages per second in this run (0 before the first one)
    eta: float | None  # seconds left at that rate; None while unknown


class _BroadcastTally:
    """Counts per journal state, kept up to date from the engine's Progress callbacks."""

    def __init__(self, broadcast_id: int, counts: dict[str, int]) -> None:
        self.broadcast_id = broadcast_id
        self.counts = dict(counts)
        self.started = time.monotonic()
        self.this_run = 0

    def add(self, progress: Progress) -> None:
        self.counts[journal.PENDING] -= 1
        self.counts[progress.state] = self.counts.get(progress.state, 0) + 1
        self.this_run += 1

    def snapshot(self) -> BroadcastProgress:
        total = sum(self.counts.values())
        left = self.counts[journal.PENDING] + self.counts[journal.SENDING]
        elapsed = time.monotonic() - self.started
        rate = self.this_run / elapsed if self.this_run and elapsed > 0 else 0.0
        eta = left / rate if rate else (0.0 if not left else None)
        return BroadcastProgress(
            self.broadcast_id, total - left, total, dict(self.counts), rate, eta
        )


SessionFactory = Callable[[SessionConfig, Callable[[str, bytes, float], None]], GatewaySession]


class SessionWorker(QObject):
    """Slots in (queued from the GUI thread), signals out. Never touches a widget.

    Signals:
        updated: a WorkerUpdate (lines, results, progress, credit in one event).
        line_batch, message_result, results_batch, progress: the same, one kind each.
        batch_finished: a send batch ended (batch_id, sent, total, why it stopped early).
        balance_changed, status_changed: the gateway's answers to a query.
        connection_state: a ConnectionState, whenever the session's state changes.
        connection_tested: the outcome of test_connection (ok, a sentence).
        failed: a request failed (a sentence for the user).
        password_refused: the gateway refused the login's password (the window asks again).
        storage_failed: the local journal could not be written (a sentence).
        broadcast_progress, broadcast_finished: a broadcast run's progress and end.
    """

    updated = Signal(object)  # WorkerUpdate: the next four in one event (what the window uses)
    line_batch = Signal(list)  # list[LogLine]
    message_result = Signal(int, int, object)  # batch_id, index, SendResult (one per message)
    results_batch = Signal(int, list)  # batch_id, list[(index, SendResult)]
    batch_finished = Signal(int, int, int, str)  # batch_id, sent, total, why it stopped early
    progress = Signal(int, int)  # done, total
    balance_changed = Signal(int)  # after a query, at the end of a batch, 0 after -ERR 99
    status_changed = Signal(str)
    connection_state = Signal(object)  # ConnectionState (data; the window words it)
    connection_tested = Signal(bool, str)  # ok, a sentence for the user
    failed = Signal(str)  # a plain sentence, the gateway's code in brackets; never a traceback
    password_refused = Signal()  # -ERR 89 Account Not Valid at a login (login_refusal.py)
    storage_failed = Signal(str)  # the local journal could not be written: what, where, and
    # what it means for the send (the window shows it in a dialog)
    broadcast_progress = Signal(object)  # BroadcastProgress, at most every FLUSH_INTERVAL
    broadcast_finished = Signal(int, object, str)  # broadcast_id, report dict, why it stopped

    def __init__(
        self,
        config: SessionConfig,
        session_factory: SessionFactory | None = None,
        store: str | Path | None = None,
        lease: bool = True,
    ):
        super().__init__()  # no parent: the object is moved to its own thread
        self._config = config
        self._store = store  # the journal's database (None: the data dir's)
        self._factory = session_factory or (lambda cfg, obs: GatewaySession(cfg, obs))
        self._session: GatewaySession | None = None
        self._cancel = threading.Event()  # set from the GUI thread, read between messages
        self._pause = threading.Event()  # likewise, for a broadcast (resumable)
        self._cancel_broadcast = threading.Event()  # cancel() and mark the rest cancelled
        self._lines: list[LogLine] = []
        self._results: list[tuple[int, SendResult]] = []
        self._batch_id = -1
        self._last_flush = 0.0
        self._last_state: ConnectionState | None = None
        self._idle_timer: QTimer | None = None
        self._pending_credit: int | None = None  # credit from the last +OK, not yet reported
        self._flushed_credit: int | None = None  # the credit the last `updated` carried
        self._progress: tuple[int, int] | None = None  # (done, total) while a batch runs
        self._last_failure = ""
        self._password_refused = False  # a login was refused for its password (login_refusal)
        # The office database whose account lease this worker takes before a login: the
        # journal's store when it is one (None: the desktop's own file, no lease). Not the
        # store the user chose otherwise. `lease` False: the demo profile's account lives on
        # this desktop's own simulator, and must not queue behind another desktop's demo.
        self._office = str(store) if lease and is_office(str(store)) else None
        self._lease: AccountLease | None = None
        self._yield_timer: QTimer | None = None

    # ---- thread-safe controls (plain methods, callable from any thread) -------------------

    def cancel(self) -> None:
        """Stop the running batch after the message in flight (never mid-message); a send
        still queued for the account stops queuing, nothing sent."""
        self._cancel.set()
        self._leave_queue()

    def pause(self) -> None:
        """Pause the running broadcast after the message in flight (resume: run it again).
        A plain cancel() (e.g. the window closing) does the same to a broadcast."""
        self._pause.set()
        self._leave_queue()

    def cancel_broadcast(self) -> None:
        """Stop the running broadcast after the message in flight and mark its pending
        rows cancelled (not resumable)."""
        self._cancel_broadcast.set()
        self._cancel.set()
        self._leave_queue()

    def abort(self) -> None:
        """Cut the gateway connection now (quitting, once cancel() was not enough in time).

        The one call from the GUI thread that reaches into the worker's session while a
        request may be running in the worker thread; everything else goes through queued
        signals or the flags above. It cannot wait in the queue: the worker thread is
        blocked in the very read (or write) it must end. It is safe because it reads one
        reference (`_session`, set once by the worker thread) and calls
        GatewaySession.abort(), which only does shutdown(SHUT_RDWR) on the socket: a
        thread-safe system call, a no-op on a socket the worker has closed meanwhile. The
        blocked read then returns at once and the session reports the message in flight
        UNKNOWN (journalled so), as for any dropped line; the cancel flag set here stops
        the run before another message is taken.

        A connection still being made (a SYN nobody answers) has no socket to cut yet: it
        ends on its connect timeout (see close_workers)."""
        self._cancel.set()
        self._leave_queue()
        session = self._session
        if session is not None:
            session.abort()

    def _leave_queue(self) -> None:
        # Thread-safe: ends a wait for the account now (AccountLease.interrupt); the flags
        # just set tell the waiting request to give up rather than queue again.
        lease = self._lease
        if lease is not None:
            lease.interrupt()

    # ---- slots (run in the worker thread) -------------------------------------------------

    @Slot(int, list)
    def send_messages(self, batch_id: int, messages: list[SmsMessage]) -> None:
        """Send `messages` in order on one session, reporting each result.

        They are journalled first (a single send in the history, like `smsgate send`), so
        a crash or a kill mid-send loses nothing and repeats nothing: the Broadcast tab
        offers the rest on the next start. The results are reported under the index of
        each recipient's first message in `messages`."""
        self._cancel.clear()
        self._batch_id, total, sent, why = batch_id, len(messages), 0, ""
        self._progress = (0, total)
        self.progress.emit(0, total)
        index_of: dict[str, int] = {}
        for index, message in enumerate(messages):
            index_of.setdefault(message.recipient, index)

        def on_progress(progress: Progress) -> None:
            nonlocal sent
            sent += 1
            index = index_of[progress.recipient]
            self._results.append((index, progress.result))
            self.message_result.emit(batch_id, index, progress.result)
            if progress.result.credit is not None:
                self._pending_credit = progress.result.credit
            self._progress = (sent, total)
            self._emit_state_if_changed()
            self._maybe_flush()

        conn = None
        try:
            self._hold_account(ACTIVITY_SEND(), self._cancel.is_set)
            conn = open_store(self._store_path())
            engine = BroadcastEngine(conn)
            send_id = engine.create_single(messages, self._config.account, "gui")
            report = engine.run(
                self._ensure_session(),
                send_id,
                should_stop=self._cancel.is_set,
                on_progress=on_progress,
            )
            if report.state in ("paused", "interrupted"):
                # Not resumed later: the window shows them "not sent" and the person sends
                # again from there if they want (a kill, instead, leaves them pending).
                engine.cancel(send_id)
            if report.credit_exhausted:
                self._note_no_credit()
                why = QCoreApplication.translate(
                    "SessionWorker",
                    "Credit exhausted: {sent} of {total} sent, {not_sent} not sent. Top up the "
                    "account, then send the rest again.",
                ).format(sent=report.sent, total=report.total, not_sent=report.not_sent)
                self.failed.emit(why)
            elif report.state == "paused":
                why = QCoreApplication.translate(
                    "SessionWorker", "Cancelled: the remaining messages were not sent."
                )
            elif report.state == "interrupted":
                why = _sentence(report.cause) if report.cause else translate_text(report.error)
                self._note_refusal(report.cause)
                self.failed.emit(why)
        except _LeftQueue as exc:  # cancelled while queued for the account: nothing sent
            why = translate_error(exc)
        except sqlite3.Error as exc:  # store.StorageError (disk full, locked...) or raw sqlite
            why = QCoreApplication.translate(
                "SessionWorker",
                "{storage} Sending stopped: nothing further was sent (the Broadcast tab's "
                "history lists what was).",
            ).format(storage=storage_failure(exc))
            self.storage_failed.emit(why)
        except SmsGateError as exc:  # e.g. a reply the spec does not describe
            why = QCoreApplication.translate(
                "SessionWorker",
                "The gateway answered something unexpected; sending stopped ({detail}).",
            ).format(detail=exc)
            self.failed.emit(why)
        except Exception as exc:  # a bug or a store error must not kill the thread
            log.exception("unexpected error while sending")
            why = QCoreApplication.translate(
                "SessionWorker", "Unexpected error while sending: {detail}"
            ).format(detail=exc)
            self.failed.emit(why)
        finally:
            if conn is not None:
                conn.close()
            self._progress = (sent, total)
            self._flush()
            self._progress = None
            self._report_credit()
            self._report_state()
            self.batch_finished.emit(batch_id, sent, total, why)
            self._ask_password_if_refused()

    @Slot(int, str)
    def run_broadcast(self, broadcast_id: int, db_path: str) -> None:
        """Send the pending rows of a journalled broadcast on this worker's session.

        The store connection is opened here, in the worker thread, and closed at the end;
        the gateway connection is the worker's one session (never a second login). Stops
        between two messages on pause() or cancel() (state "paused": the window closing
        leaves the broadcast resumable) or cancel_broadcast() (what was still pending is
        then marked cancelled). Always ends with broadcast_finished."""
        self._cancel.clear()
        self._pause.clear()
        self._cancel_broadcast.clear()
        report: dict[str, object] = {"broadcast_id": broadcast_id, "state": "", "counts": {}}
        why, tally, conn = "", None, None
        try:
            conn = open_store(db_path)
            engine = BroadcastEngine(conn)
            broadcast = journal.get_broadcast(conn, broadcast_id)
            if broadcast is None:
                raise ValueError(f"there is no broadcast {broadcast_id}.")
            if refusal := broadcast.refuses(self._config.account):
                raise _NotHere(refusal)
            activity = ACTIVITY_BROADCAST(id=broadcast_id)
            self._hold_account(activity, self._broadcast_should_stop)
            tally = _BroadcastTally(broadcast_id, journal.counts(conn, broadcast_id))
            self.broadcast_progress.emit(tally.snapshot())
            last = time.monotonic()

            def on_progress(progress: Progress) -> None:
                nonlocal last
                tally.add(progress)
                if progress.result.credit is not None:  # the status bar's credit follows
                    self._pending_credit = progress.result.credit
                now = time.monotonic()
                if now - last >= FLUSH_INTERVAL:
                    last = now
                    self.broadcast_progress.emit(tally.snapshot())
                    self._emit_state_if_changed()

            result = engine.run(
                self._ensure_session(),
                broadcast_id,
                should_stop=self._broadcast_should_stop,
                on_progress=on_progress,
                throttle=float(broadcast.options.get("throttle") or 0) or None,
                sleep=self._broadcast_sleep,
            )
            if result.state == "paused" and self._cancel_broadcast.is_set():
                engine.cancel(broadcast_id)
                result = engine.report(broadcast_id)
            tally.counts = dict(result.counts)  # exact after a cancel; rate kept
            report.update(
                state=result.state,
                counts=result.counts,
                recovered=result.recovered,
                error=result.error,
                credit_exhausted=result.credit_exhausted,  # the panel asks no balance then
            )
            if result.credit_exhausted:
                self._note_no_credit()
                why = QCoreApplication.translate(
                    "SessionWorker",
                    "Credit exhausted: {sent} of {total} sent, {not_sent} not sent. Top up the "
                    "account, then press Resume.",
                ).format(sent=result.sent, total=result.total, not_sent=result.not_sent)
            else:
                error = _sentence(result.cause) if result.cause else translate_text(result.error)
                why = _broadcast_why(result.state, error)
                self._note_refusal(result.cause)
            if result.state == "interrupted":
                self.failed.emit(why)
        except (_NotHere, BroadcastBusyError) as exc:  # nothing was sent: say why
            why = translate_error(exc)
            report["error"] = why
            self.failed.emit(why)
        except _LeftQueue as exc:  # stopped while queued for the account: nothing sent
            why = translate_error(exc)
            report.update(self._left_queue(conn, broadcast_id))
        except sqlite3.Error as exc:  # store.StorageError (disk full, locked...) or raw sqlite
            why = QCoreApplication.translate(
                "SessionWorker",
                "{storage} The broadcast stopped: nothing further was sent; Resume continues "
                "once this is solved.",
            ).format(storage=storage_failure(exc))
            report["error"] = why
            self.storage_failed.emit(why)
        except Exception as exc:  # a bug or a store error must not kill the thread
            log.exception("unexpected error in a broadcast")
            why = QCoreApplication.translate(
                "SessionWorker", "The broadcast stopped: {reason}"
            ).format(reason=translate_error(exc))
            report["error"] = why
            self.failed.emit(why)
        finally:
            if conn is not None:
                conn.close()
            self._flush()
            self._report_state()
            if tally is not None:
                self.broadcast_progress.emit(tally.snapshot())
            self.broadcast_finished.emit(broadcast_id, report, why)
            self._ask_password_if_refused()

    def _left_queue(self, conn: Any, broadcast_id: int) -> dict[str, object]:
        """A broadcast stopped while queued for the account, nothing sent: cancelled when
        Cancel was asked (as a run would have done), and its state and counts as they are."""
        engine = BroadcastEngine(conn)
        try:
            if self._cancel_broadcast.is_set():
                engine.cancel(broadcast_id)
            queued = engine.report(broadcast_id)
        except (BroadcastBusyError, sqlite3.Error):  # another run took it meanwhile
            log.warning(
                "broadcast %d: could not report after the queue", broadcast_id, exc_info=True
            )
            return {}
        return {"state": queued.state, "counts": queued.counts}

    def _broadcast_should_stop(self) -> bool:
        return self._pause.is_set() or self._cancel.is_set()

    def _broadcast_sleep(self, seconds: float) -> None:
        """The throttle's wait, cut short by pause() or cancel()."""
        end = time.monotonic() + seconds
        while not self._broadcast_should_stop():
            left = end - time.monotonic()
            if left <= 0:
                return
            self._pause.wait(min(left, FLUSH_INTERVAL))

    @Slot()
    def query_balance(self) -> None:
        self._run(lambda s: self.balance_changed.emit(s.balance()))

    @Slot()
    def query_status(self) -> None:
        self._run(lambda s: self.status_changed.emit(s.status()))

    @Slot()
    def refresh(self) -> None:
        """Balance and status in one go (one connection, two queries)."""
        self._run(self._refresh)

    @Slot()
    def test_connection(self) -> None:
        """Log in (reusing the session when it is open) and ask for balance and status."""

        def test(session: GatewaySession) -> None:
            self._refresh(session)
            where = session.endpoint or session.config.primary
            self.connection_tested.emit(
                True,
                QCoreApplication.translate(
                    "SessionWorker", "Connected to {server} as {account}: the account works."
                ).format(server=where, account=self._config.account),
            )

        self._run(test, lambda: self.connection_tested.emit(False, self._last_failure))

    @Slot()
    def stop(self) -> None:
        """Close the session now (the queued way to end; see also shutdown())."""
        self._close()

    def shutdown(self) -> None:
        """Close the session; connected directly to QThread.finished so that it runs in the
        worker thread once its event loop has ended."""
        if self._idle_timer is not None:
            self._idle_timer.stop()
        self._close(report=False)

    # ---- internals --------------------------------------------------------------------------

    def _ensure_session(self) -> GatewaySession:
        if self._session is None:
            self._session = self._factory(self._config, self._observe)
        if self._session.endpoint is None:
            self._emit_state(CONNECTING)
        return self._session

    def _store_path(self) -> str:
        return str(self._store or default_path())

    # ---- the account's lease (office database) ----------------------------------------------

    def _account_lease(self, activity: str) -> AccountLease:
        if self._lease is None:
            self._lease = AccountLease(self._office, self._config.account, activity)
        return self._lease

    def _lease_lost(self, lease: AccountLease) -> bool:
        """Whether a session may be open without the lease (its office connection dropped,
        and with it the lock): then it is closed before the lease is taken again, so that
        this desktop never waits for the account while keeping it logged in."""
        if lease.held:
            return False
        if self._session is not None and self._session.endpoint is not None:
            self._close()
        return True

    def _hold_account(self, activity: str, should_stop: Callable[[], bool]) -> None:
        """Hold the account before a send opens a session, queuing while another desktop
        uses it (Link.QUEUED tells the window who); _LeftQueue when `should_stop()`, the
        thread's interruption or interrupt() ended the wait: nothing was sent."""
        lease = self._account_lease(activity)
        if not self._lease_lost(lease):
            lease.set_activity(activity)
            return
        lease.activity = str(activity)
        account = self._config.account

        def on_waiting(holder: Holder) -> None:
            detail = translate_text(queued_text(holder))
            self._emit_state(ConnectionState(Link.QUEUED, account, detail=detail))

        def stop() -> bool:
            return should_stop() or QThread.currentThread().isInterruptionRequested()

        if not lease.wait(stop, on_waiting):
            self._emit_state(DISCONNECTED)
            raise _LeftQueue(CANCELLED(account=account))
        self._watch_for_waiters()

    def _hold_account_now(self, activity: str) -> None:
        """Hold the account for a query, or AccountBusyError naming who has it (no queue)."""
        lease = self._account_lease(activity)
        if self._lease_lost(lease):
            lease.activity = str(activity)
            lease.acquire()
            self._watch_for_waiters()
        else:
            lease.set_activity(activity)

    def _watch_for_waiters(self) -> None:
        if self._office is None:
            return
        if self._yield_timer is None:
            self._yield_timer = QTimer(self)
            self._yield_timer.setInterval(YIELD_CHECK_MS)
            self._yield_timer.timeout.connect(self._yield_if_wanted)
        self._yield_timer.start()

    @Slot()
    def _yield_if_wanted(self) -> None:
        """Close an idle session when another desktop queues for the account (or when the
        lease went with a dropped office connection): it gets the account at once."""
        lease = self._lease
        if self._office is None or lease is None:
            return
        try:
            give_up = not lease.held or lease.others_waiting()
        except StorageError:
            log.warning("could not look who waits for account %s", lease.account, exc_info=True)
            give_up = not lease.held
        if give_up:
            self._close()

    def _release_account(self) -> None:
        """Give the account back (the session is closed already)."""
        if self._yield_timer is not None:
            self._yield_timer.stop()
        if self._lease is not None:
            self._lease.release()

    def _run(
        self,
        action: Callable[[GatewaySession], None],
        on_failure: Callable[[], None] | None = None,
    ) -> bool:
        """Run one request; report a failure as a sentence (`failed`, then `on_failure()`).
        True when it succeeded."""
        try:
            self._hold_account_now(ACTIVITY_CHECK())
            action(self._ensure_session())
            return True
        except AccountBusyError as exc:  # a query does not queue: it says who has the account
            holder = exc.holder
            self._last_failure = translate_text(
                IN_USE(account=holder.account, holder=holder.phrase())
            )
        except SessionError as exc:
            self._last_failure = _sentence(exc)
            self._note_refusal(exc)
        except StorageError as exc:  # the office database, asked for the account's lease
            self._last_failure = storage_failure(exc)
        except SmsGateError as exc:
            self._last_failure = QCoreApplication.translate(
                "SessionWorker", "The gateway could not be used: {detail}"
            ).format(detail=translate_error(exc))
        except Exception as exc:
            log.exception("unexpected error in a gateway request")
            self._last_failure = QCoreApplication.translate(
                "SessionWorker", "Unexpected error: {detail}"
            ).format(detail=exc)
        finally:
            self._flush()
            self._report_state()
        self.failed.emit(self._last_failure)
        if on_failure is not None:
            on_failure()
        self._ask_password_if_refused()
        return False

    def _note_refusal(self, error: BaseException | None) -> None:
        """Act on what a login refusal means (usecases.login_refusal): no credit -> the
        credit is 0; the password refused -> the window asks for it again."""
        refusal = refusal_of(error)
        if refusal is Refusal.NO_CREDIT:
            self._note_no_credit()
        elif refusal is Refusal.PASSWORD:
            self._password_refused = True  # asked once the failure is told

    def _ask_password_if_refused(self) -> None:
        """The last word of a request whose login was refused for its password: the window
        asks for a new one, after it has shown why the request failed."""
        if self._password_refused:
            self._password_refused = False
            self.password_refused.emit()

    def _note_no_credit(self) -> None:
        """The gateway said -ERR 99: the credit is 0 (asking for the balance would need a
        login, and the gateway refuses that too while there is no credit). The credit of an
        earlier +OK, not reported yet, is stale now."""
        self._pending_credit = None
        self.balance_changed.emit(0)

    def _refresh(self, session: GatewaySession) -> None:
        self.balance_changed.emit(session.balance())
        self.status_changed.emit(session.status())

    def _observe(self, direction: str, line: bytes, when: float) -> None:
        # Called by the session in this thread for every line; the session already masked
        # the password. Made visible here so the GUI thread only displays strings.
        self._lines.append(LogLine(when, direction, visible(line)))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if time.monotonic() - self._last_flush >= FLUSH_INTERVAL:
            self._flush()

    def _flush(self) -> None:
        """Hand what has gathered to the GUI: lines, results, progress and credit."""
        self._last_flush = time.monotonic()
        lines, self._lines = self._lines, []
        results, self._results = self._results, []
        credit = self._pending_credit  # sent again only when it changed (broadcasts too)
        credit = None if credit == self._flushed_credit else credit
        if not (lines or results or self._progress or credit is not None):
            return
        self._flushed_credit = self._pending_credit
        self.updated.emit(WorkerUpdate(self._batch_id, lines, results, self._progress, credit))
        if lines:
            self.line_batch.emit(lines)
        if results:
            self.results_batch.emit(self._batch_id, results)
        if self._progress is not None:
            self.progress.emit(*self._progress)

    def _report_credit(self) -> None:
        if self._pending_credit is not None:
            self.balance_changed.emit(self._pending_credit)
            self._pending_credit = None

    def _report_state(self) -> None:
        self._emit_state_if_changed()
        self._restart_idle_timer()
        self._yield_if_wanted()  # the end of a request: another desktop may be queuing

    def _emit_state_if_changed(self) -> None:
        session = self._session
        if session is not None and session.endpoint is not None:
            state = ConnectionState(Link.CONNECTED, self._config.account, str(session.endpoint))
        else:
            state = DISCONNECTED
        self._emit_state(state)

    def _emit_state(self, state: ConnectionState) -> None:
        if state != self._last_state:
            self._last_state = state
            self.connection_state.emit(state)

    def _restart_idle_timer(self) -> None:
        # The gateway ends a session after 10 minutes of silence (-ERR 102) and we would only
        # read that on the next request; the timer lets the status bar say so when it happens.
        if self._idle_timer is None:
            self._idle_timer = QTimer(self)
            self._idle_timer.setSingleShot(True)
            self._idle_timer.timeout.connect(self._idle_expired)
        self._idle_timer.start(int(IDLE_SHUTDOWN * 1000) + 5000)

    @Slot()
    def _idle_expired(self) -> None:
        self._close()

    def _close(self, report: bool = True) -> None:
        if self._session is not None:
            self._session.close()
        self._release_account()  # after the session: the next desktop logs in at once
        if report:
            self._flush()
            self._emit_state(DISCONNECTED)


class _NotHere(Exception):
    """This worker's account may not send that broadcast (the message says why)."""


class _LeftQueue(Exception):
    """A request stopped while queued for the account (its phrase says so); nothing sent."""


def _broadcast_why(state: str, error: str) -> str:
    """Why a broadcast run ended early ("" when it finished); `error` already translated."""
    if state == "paused":
        return QCoreApplication.translate(
            "SessionWorker", "Paused: resume to send the remaining messages."
        )
    if state == "cancelled":
        return QCoreApplication.translate(
            "SessionWorker", "Cancelled: the remaining messages were not sent."
        )
    if state == "interrupted":
        return QCoreApplication.translate(
            "SessionWorker", "Interrupted: {reason}. Resume when the gateway is reachable again."
        ).format(reason=error.rstrip("."))
    return ""


def _sentence(exc: BaseException) -> str:
    """A session error as one sentence in the user's language."""
    text = translate_error(exc).strip() or type(exc).__name__
    error = getattr(exc, "error", None)
    if isinstance(exc, LoginError) and refusal_of(exc) is Refusal.NO_CREDIT:
        return QCoreApplication.translate(
            "SessionWorker",
            "Credit exhausted: the gateway refuses the login while the account has no credit "
            "left. Top up the account, then press Refresh.",
        )
    if isinstance(error, Err):  # a gateway -ERR: its explanation in the user's language
        text = explain_translated(error.code, error.text)
        if isinstance(exc, LoginError):
            text = QCoreApplication.translate("SessionWorker", "Login refused: {reason}").format(
                reason=text
            )
    elif isinstance(exc, ConnectError):  # each host's reason, translated on its own
        tried = "; ".join(f"{where}: {translate_text(why)}" for where, why in exc.attempts)
        text = QCoreApplication.translate(
            "Session", "Could not connect to the gateway ({attempts})."
        ).format(attempts=tried)
    return text if text.endswith((".", "]", ")")) else text + "."


class WorkerHandle(QObject):
    """The GUI thread's side of one worker: its thread, and the signals that drive it.

    Requests go out as signals of this object (living in the GUI thread), so Qt queues them
    into the worker thread; nothing calls the worker's slots directly. When the thread
    finishes, the worker and the thread are deleted (`finished` -> `deleteLater`); the
    handle stays, and `is_running()` can be asked at any time.

    Signals:
        ended: the worker thread has finished (emitted in the GUI thread).
        send_requested, balance_requested, status_requested, refresh_requested,
        test_requested, stop_requested, broadcast_requested: the requests, queued into the
        worker's slots of the same names.
    """

    ended = Signal()  # the worker thread has finished (emitted in the GUI thread)
    send_requested = Signal(int, list)
    balance_requested = Signal()
    status_requested = Signal()
    refresh_requested = Signal()
    test_requested = Signal()
    stop_requested = Signal()
    broadcast_requested = Signal(int, str)  # broadcast_id, path of the store

    def __init__(self, worker: SessionWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._finished = threading.Event()  # set in the worker thread as it ends
        self.thread = QThread()
        self.thread.setObjectName(f"session-{worker._config.account}")
        worker.moveToThread(self.thread)
        self.send_requested.connect(worker.send_messages)
        self.balance_requested.connect(worker.query_balance)
        self.status_requested.connect(worker.query_status)
        self.refresh_requested.connect(worker.refresh)
        self.test_requested.connect(worker.test_connection)
        self.stop_requested.connect(worker.stop)
        self.broadcast_requested.connect(worker.run_broadcast)
        # shutdown runs in the worker thread as it ends (direct: emitted from that thread).
        self.thread.finished.connect(worker.shutdown, Qt.ConnectionType.DirectConnection)
        self.thread.finished.connect(self._finished.set, Qt.ConnectionType.DirectConnection)
        # The worker is deleted in its own thread as that ends; the QThread object (which
        # lives in the GUI thread) by the GUI's event loop once it has finished. Neither is
        # ever destroyed while the thread runs.
        self.thread.finished.connect(worker.deleteLater)
        self.thread.finished.connect(self.thread.deleteLater)
        self.thread.finished.connect(self.ended)  # queued: this object lives in the GUI thread
        self.thread.start()

    @property
    def account(self) -> tuple[str, str]:
        """(account, primary host): two handles with the same one would compete (-ERR 101)."""
        config = self.worker._config
        return config.account, config.primary.host

    def is_running(self) -> bool:
        """Whether the worker thread still runs (safe after the QThread was deleted)."""
        return not self._finished.is_set()

    def retire(self) -> None:
        """Let the worker end on its own after the request in flight, without waiting for it
        (switching profiles must not freeze the window behind a 10 s connect timeout)."""
        self.stop()

    def stop(self) -> None:
        """Cancel after the message in flight and end the thread's event loop; no waiting."""
        if self.is_running():
            self.worker.cancel()
            self.thread.requestInterruption()  # ends a wait for the account (worker.py)
            self.thread.quit()

    def abort(self) -> None:
        """Cut the worker's gateway connection (SessionWorker.abort, thread-safe)."""
        if self.is_running():
            self.worker.abort()

    def wait(self, deadline: QDeadlineTimer) -> bool:
        """Wait for the thread to end, until `deadline` at the latest; True when it ended."""
        return not self.is_running() or self.thread.wait(deadline)

    def cancel(self) -> None:
        self.worker.cancel()

    def pause(self) -> None:
        self.worker.pause()

    def cancel_broadcast(self) -> None:
        self.worker.cancel_broadcast()

    def close(self, grace_ms: int = GRACE_MS, abort_ms: int = ABORT_MS) -> bool:
        """Stop the worker and join its thread, within grace_ms + abort_ms (close_workers).

        The session is closed by `shutdown` in the worker thread once the event loop ends,
        so the GUI thread does no socket I/O even here. True when the thread ended."""
        return not close_workers([self], grace_ms, abort_ms)


class Stoppable(Protocol):
    """A thread the window ends on quit: a WorkerHandle, or an import (import_dialog)."""

    ended: Any  # a Signal(): the thread has finished (emitted in the GUI thread)

    def is_running(self) -> bool: ...
    def stop(self) -> None: ...  # cancel the work and quit the thread's loop; no waiting
    def abort(self) -> None: ...  # cut what blocks it (thread-safe; may do nothing)
    def wait(self, deadline: QDeadlineTimer) -> bool: ...  # True once it has ended


StoppableT = TypeVar("StoppableT", bound=Stoppable)


def close_workers(
    handles: Iterable[StoppableT], grace_ms: int = GRACE_MS, abort_ms: int = ABORT_MS
) -> list[StoppableT]:
    """End the workers' threads with a deadline; the handles whose thread still runs.

    1. every worker is cancelled and its event loop told to quit, all at once (a worker
       stops after the message in flight, never midway);
    2. up to `grace_ms` for the threads to end on their own (a gateway that answers);
    3. then the sockets of those still running are cut from this thread (abort(), again
       every ABORT_POLL_MS: a session that reconnects after the cut, e.g. a query asked
       again on a new connection, is cut again), up to `abort_ms`.

    A thread still running after that is blocked where no socket can be cut (a TCP connect
    waiting for an answer to its SYN, until the connect timeout): the caller keeps it, never
    destroys it, and lets it end on its own."""
    running = [handle for handle in handles if handle.is_running()]
    for handle in running:
        handle.stop()
    grace = QDeadlineTimer(grace_ms)
    running = [handle for handle in running if not handle.wait(grace)]
    cut = QDeadlineTimer(abort_ms)
    while running and not cut.hasExpired():
        for handle in running:
            handle.abort()
        poll = QDeadlineTimer(min(ABORT_POLL_MS, max(cut.remainingTime(), 0)))
        running = [handle for handle in running if not handle.wait(poll)]
    if running:
        log.warning(
            "%d session thread(s) still connecting after %d ms; they end on their timeout",
            len(running),
            grace_ms + abort_ms,
        )
    return running
