"""Send a broadcast through a GatewaySession, one journal row per recipient. No Qt.

The rule (ARCHITECTURE.md, "Broadcasts never lose or repeat a message"): each row is committed
`sending` (synced to disk) before its bytes go out, then `sent` / `failed` / `unknown` from the
session's result. A row found in `sending` when a run starts was cut off mid-send (crash,
kill, power loss): it becomes `unknown` and is never sent again unless someone asks
(`resend_unknown`). A run continues from the first `pending` row, so a paused, interrupted or
killed broadcast is resumed by calling `run` again.

Cost: a disk sync is paid once per batch of K rows (`sync_batch`, `_SendingMarker`,
journal.mark_ahead). Each row is recorded `written` as the session takes it (just before its
bytes may go) and its result as it comes, in commits that survive a kill of the process
without waiting for the disk. So after a kill only the rows written and unanswered are
unknown (at most the send window W; the rest marked ahead go back to pending), and after a
power cut at most K (journal.py, recover_interrupted).

Nothing changes a broadcast's rows without holding its run lock (run_lock.py): `run`,
`recover_interrupted`, `resend_unknown` and `cancel` each take it, and raise
BroadcastBusyError, changing nothing, while another run (another process or window) holds
it. `claim` holds it across several of them, so that no other process can slip in between,
e.g. recover -> ask a person -> resend -> run for `smsgate broadcast --resume`.

When the journal cannot be written (StorageError: disk full, database locked) the run stops
at once: nothing more is handed to the session, the rows in flight stay `sending` (unknown on
the next run, never repeated), and a later run continues once the journal can be written.

    engine = BroadcastEngine(open_store())
    p = plan(messages, opted_out(engine.conn))
    broadcast_id = engine.create(p)
    report = engine.run(session, broadcast_id, should_stop=flag.is_set)

    with engine.claim(broadcast_id):  # one lock for all three
        engine.recover_interrupted(broadcast_id)
        engine.resend_unknown(broadcast_id)
        report = engine.run(session, broadcast_id)
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from ..protocol import FieldError, SmsMessage
from ..protocol.phrases import Template, phrase_of
from ..session import GatewaySession, Outcome, SendResult, SessionError
from ..store import BroadcastState, Kind, RowState, StorageError, journal
from .credit import credit_exhausted_phrase, is_credit_exhausted, not_sent_of, sent_of
from .run_lock import lock_for

SYNC_BATCH: Final = 256  # rows marked `sending` per disk sync (at least twice the send window)


def sync_batch(window: int) -> int:
    """K: the rows marked `sending` per disk sync, and the most a power cut leaves unknown."""
    return max(SYNC_BATCH, 2 * window)


NOT_SENT: Final = Template("Broadcasts", "not-sent", "Not sent: {error}.")
NO_BROADCAST: Final = Template("Broadcasts", "no-broadcast", "no broadcast {id}")


@dataclass(frozen=True, slots=True)
class Plan:
    """What a broadcast will send: distinct recipients in their first order, and what was
    dropped on the way."""

    messages: list[SmsMessage]
    duplicates: list[str] = field(default_factory=list)  # recipients seen before (each copy)
    opted_out: list[str] = field(default_factory=list)

    @property
    def credits_needed(self) -> int:
        """The gateway charges one credit per accepted SMS, whatever its length."""
        return len(self.messages)


def plan(messages: Iterable[SmsMessage], opted_out: Iterable[str] = ()) -> Plan:
    """Drop repeated recipients (same E.164 number) and those on the opt-out list."""
    excluded = set(opted_out)
    seen: set[str] = set()
    kept: list[SmsMessage] = []
    duplicates: list[str] = []
    dropped: list[str] = []
    for message in messages:
        recipient = message.recipient
        if recipient in seen:
            duplicates.append(recipient)
            continue
        seen.add(recipient)
        if recipient in excluded:
            dropped.append(recipient)
        else:
            kept.append(message)
    return Plan(kept, duplicates, dropped)


@dataclass(frozen=True, slots=True)
class Progress:
    """Passed to `on_progress` after each message."""

    broadcast_id: int
    seq: int
    recipient: str
    state: RowState  # the row's new state: sent, failed or unknown
    done: int  # rows no longer pending
    total: int
    result: SendResult  # what the gateway (or the check before sending) said


@dataclass(frozen=True, slots=True)
class Report:
    broadcast_id: int
    state: BroadcastState  # the broadcast's state after the run
    counts: dict[RowState, int]
    recovered: int = 0  # rows found in `sending` and made `unknown` at the start of the run
    error: str = ""  # why the run stopped early (state INTERRUPTED): a Phrase when known
    cause: SessionError | None = field(default=None, compare=False, repr=False)  # its error
    # The gateway said -ERR 99 (no credit left, credit.py): state INTERRUPTED, the refused
    # message and those after it pending; `error` says how many were and were not sent.
    credit_exhausted: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def sent(self) -> int:
        return sent_of(self.counts)

    @property
    def not_sent(self) -> int:
        """The rows still pending: what running the broadcast again would send."""
        return not_sent_of(self.counts)


class BroadcastEngine:
    """Broadcasts stored in `conn` (an open_store() connection, used from one thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._claims: dict[int, int] = {}  # broadcast id -> how deep `claim` is nested

    @contextlib.contextmanager
    def claim(self, broadcast_id: int) -> Iterator[None]:
        """Hold the broadcast's run lock for the whole block: the engine's methods called
        inside do not take it again (an OS file lock cannot be taken twice, even by its own
        process). Raises BroadcastBusyError, having changed nothing, while another run or
        engine holds it; KeyError for a broadcast that does not exist. Once held, the records
        a run cut off left in its file (journal.replay) are folded into the journal."""
        self._existing(broadcast_id)
        if broadcast_id in self._claims:
            self._claims[broadcast_id] += 1
            try:
                yield
            finally:
                self._claims[broadcast_id] -= 1
            return
        lock = lock_for(self.conn, broadcast_id)
        if lock is not None:
            lock.acquire()  # BroadcastBusyError: another process or window holds it
        self._claims[broadcast_id] = 1
        try:
            journal.replay(self.conn, broadcast_id)  # what a run cut off left in its file
            yield
        finally:
            del self._claims[broadcast_id]
            if lock is not None:
                lock.release(finished=self._finished(broadcast_id))

    def _finished(self, broadcast_id: int) -> bool:
        """Nothing is left to send (the lock file can go); False when it cannot be told."""
        try:
            counts = journal.counts(self.conn, broadcast_id)
        except StorageError:
            return False
        return counts[RowState.PENDING] == counts[RowState.SENDING] == 0

    def create(
        self,
        plan: Plan,
        options: dict[str, Any] | None = None,
        kind: Kind = Kind.BROADCAST,
        account: str = "",
    ) -> int:
        """Journal every recipient as pending; the new broadcast's id. `kind` is Kind.SINGLE for
        messages sent from the Message tab or `smsgate send`; `account` is the gateway
        account it is meant for (a resume with another account is refused)."""
        if not plan.messages:
            raise ValueError("a broadcast needs at least one recipient")
        return journal.insert_broadcast(self.conn, plan.messages, options, kind, account)

    def create_single(self, messages: Sequence[SmsMessage], account: str, source: str) -> int:
        """Journal messages sent as such (the Message tab, `smsgate send`): a Kind.SINGLE entry
        of the history, sent by `run` like a broadcast."""
        return self.create(plan(messages), {"source": source}, Kind.SINGLE, account)

    def run(
        self,
        session: GatewaySession,
        broadcast_id: int,
        should_stop: Callable[[], bool] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        throttle: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> Report:
        """Send every pending row in order; stop between two messages when `should_stop()`.

        `throttle` caps the rate in messages per second (None: as fast as the gateway
        answers; `sleep` and `clock` are there for tests). A SessionError (gateway
        unreachable, login refused) ends the run INTERRUPTED with the messages not
        written put back to pending: the session guarantees that their bytes never left.
        So does -ERR 99 (no credit left), at a send or at the login, with
        `Report.credit_exhausted`: the refused message goes back to pending too (it was not
        sent; it gets no Progress) and nothing more is handed to the session, which would
        otherwise log in again for the next message only to be refused (see credit.py).

        The rows go through `session.send_many`, which keeps `session.pipeline_depth` (the
        send window W) messages in flight and takes each from the iterator just before it
        may be written. Each is committed `sending` (K at a time, one disk sync per batch,
        see `_SendingMarker`) before the session takes it, and recorded written as it is
        taken.

        Raises BroadcastBusyError, sending nothing, while another run (this process or
        another) is sending the same broadcast. Raises StorageError when the journal cannot
        be written: sending stops at once, see the module docstring.
        """
        with self.claim(broadcast_id):
            if journal.get_broadcast(self.conn, broadcast_id).state == BroadcastState.CANCELLED:
                return self.report(broadcast_id)
            return self._run(
                session, broadcast_id, should_stop, on_progress, throttle, sleep, clock
            )

    def _run(
        self,
        session: GatewaySession,
        broadcast_id: int,
        should_stop: Callable[[], bool] | None,
        on_progress: Callable[[Progress], None] | None,
        throttle: float | None,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
    ) -> Report:
        conn = self.conn
        recovered = journal.recover_interrupted(conn, broadcast_id)
        counts = journal.counts(conn, broadcast_id)
        total = sum(counts.values())
        done = total - counts[RowState.PENDING]
        journal.set_broadcast_state(conn, broadcast_id, BroadcastState.RUNNING)
        interval = 1.0 / throttle if throttle else 0.0
        next_at = clock()
        state, error, cause = BroadcastState.DONE, "", None
        no_credit = False  # -ERR 99: stop handing messages over
        handed: deque[tuple[int, SmsMessage]] = deque()  # taken by the session, no result yet
        written: set[int] = set()  # id() of handed messages whose bytes left

        def written_hook(message: SmsMessage) -> None:
            written.add(id(message))

        def stopping() -> bool:
            nonlocal state
            if no_credit:
                return True
            if should_stop is not None and should_stop():
                state = BroadcastState.PAUSED
            return state == BroadcastState.PAUSED

        def source(marker: _SendingMarker) -> Iterator[SmsMessage]:
            nonlocal next_at
            while not stopping() and (row := marker.take(len(handed))) is not None:
                if interval:
                    next_at = _pace(next_at, interval, sleep, clock)
                    if stopping():  # paused while waiting for its turn
                        marker.put_back([row])
                        return
                try:  # the session writes it once it is taken: record that first
                    recorder.written(row[0])
                except BaseException:
                    marker.put_back([row])
                    raise
                handed.append(row)
                yield row[1]

        def settle(result: SendResult | FieldError) -> None:
            nonlocal done, no_credit
            seq, message = handed.popleft()
            if is_credit_exhausted(result):  # refused unsent: pending again, and stop here
                recorder.fold()
                journal.mark_not_sent(conn, broadcast_id, [seq])
                written.discard(id(message))
                no_credit = True
                return
            result = _as_result(message, result)
            new_state = _record(recorder, seq, result)
            written.discard(id(message))
            done += 1
            if on_progress is not None:
                on_progress(
                    Progress(broadcast_id, seq, message.recipient, new_state, done, total, result)
                )

        recorder = journal.Recorder(conn, broadcast_id)
        marker = _SendingMarker(recorder, sync_batch(session.pipeline_depth))
        with journal.unsynced(conn), contextlib.closing(recorder):
            try:
                try:
                    while True:
                        try:
                            sent = session.send_many(source(marker), on_written=written_hook)
                            for result in sent:
                                settle(result)
                            break
                        except FieldError as exc:  # the one message taken last is invalid
                            settle(exc)
                            marker.put_back(handed)  # never written (there are none, in fact)
                            handed.clear()
                except SessionError as exc:
                    recorder.fold()
                    lost = [row for row in handed if id(row[1]) in written]  # never expected
                    said = _said(exc)
                    for seq, _ in lost:
                        recorder.unknown(seq, said)
                    recorder.fold()
                    journal.mark_not_sent(
                        conn, broadcast_id, [seq for seq, m in handed if id(m) not in written]
                    )
                    state, error, cause = BroadcastState.INTERRUPTED, said, exc
                    no_credit = no_credit or is_credit_exhausted(exc)  # the login's 99
                recorder.fold()
                journal.mark_not_sent(conn, broadcast_id, marker.release())
            except BaseException as exc:
                # The rows handed over and written stay `sending` (unknown on the next run).
                # Those marked ahead and never handed certainly never left; so did those
                # handed and not written when the journal failed (it fails between two
                # writes, never inside one; an interrupt may land inside one, so not then).
                with contextlib.suppress(Exception):  # else kept in the file: replay
                    recorder.fold()
                never_left = marker.release()
                if isinstance(exc, StorageError):
                    never_left += [seq for seq, m in handed if id(m) not in written]
                with contextlib.suppress(Exception):  # the journal may be what failed
                    journal.mark_not_sent(conn, broadcast_id, never_left)
                with contextlib.suppress(Exception):
                    journal.set_broadcast_state(conn, broadcast_id, BroadcastState.INTERRUPTED)
                raise
        if no_credit:
            state = BroadcastState.INTERRUPTED
        journal.set_broadcast_state(conn, broadcast_id, state)
        counts = journal.counts(conn, broadcast_id)
        if no_credit:
            error = credit_exhausted_phrase(counts)
        return Report(broadcast_id, state, counts, recovered, error, cause, no_credit)

    def recover_interrupted(self, broadcast_id: int) -> int:
        """Make the rows a crash left `sending` unknown (a run does it too, first); how
        many. BroadcastBusyError, changing nothing, while another run holds the broadcast:
        its rows in flight are not leftovers."""
        with self.claim(broadcast_id):
            return journal.recover_interrupted(self.conn, broadcast_id)

    def resend_unknown(self, broadcast_id: int, seqs: Sequence[int] | None = None) -> int:
        """Put `unknown` rows (all of them when `seqs` is None) back to pending, so that the
        next `run` sends them. Only on a person's explicit request: the gateway may have
        accepted them already. Returns how many rows were requeued. BroadcastBusyError,
        changing nothing, while another run holds the broadcast: hold `claim` across this
        and the `run` that sends them."""
        with self.claim(broadcast_id):
            conn = self.conn
            if seqs is None:
                seqs = [row.seq for row in journal.rows(conn, broadcast_id, [RowState.UNKNOWN])]
            return journal.requeue_unknown(conn, broadcast_id, seqs)

    def cancel(self, broadcast_id: int) -> int:
        """Mark every pending row failed ("cancelled"); how many. Call it between runs:
        BroadcastBusyError, changing nothing, while another run holds the broadcast."""
        with self.claim(broadcast_id):
            return journal.cancel_pending(self.conn, broadcast_id)

    def report(self, broadcast_id: int) -> Report:
        conn = self._existing(broadcast_id)
        broadcast = journal.get_broadcast(conn, broadcast_id)
        return Report(broadcast_id, broadcast.state, journal.counts(conn, broadcast_id))

    def _existing(self, broadcast_id: int) -> sqlite3.Connection:
        if journal.get_broadcast(self.conn, broadcast_id) is None:
            raise KeyError(NO_BROADCAST(id=broadcast_id))
        return self.conn


def _record(recorder: journal.Recorder, seq: int, result: SendResult) -> RowState:
    """Record the outcome of a row that was `sending`; its new state."""
    if result.outcome is Outcome.ACCEPTED:
        recorder.sent(seq, result.credit)
        return RowState.SENT
    if result.outcome is Outcome.REJECTED:
        recorder.failed(seq, result.error.code if result.error is not None else None, result.reason)
        return RowState.FAILED
    recorder.unknown(seq, result.reason)
    return RowState.UNKNOWN


def _as_result(message: SmsMessage, result: SendResult | FieldError) -> SendResult:
    if isinstance(result, FieldError):  # refused before a byte was written
        return SendResult(message, Outcome.REJECTED, reason=NOT_SENT(error=_said(result)))
    return result


def _said(error: BaseException) -> str:
    """An error's message: its Phrase when it has one (translated by code), else its text."""
    phrase, text = phrase_of(error), str(error)
    return phrase if phrase is not None and phrase == text else text


class _SendingMarker:
    """Hands out pending rows already committed `sending`, committing them `limit` at a time
    in one synced transaction (journal.mark_ahead): one disk sync per batch, not per row.

    A batch is marked when the rows marked so far have all been taken, and only as many as
    keep the rows `sending` (in flight, without a result, plus marked ahead) at `limit` or
    fewer: what a power cut can leave unknown. `limit` must exceed the send window. The
    records made since the last batch are folded first, so that the batch's sync carries
    them to disk too."""

    def __init__(self, recorder: journal.Recorder, limit: int) -> None:
        self._recorder, self._limit = recorder, max(2, limit)
        self._pending = journal.iter_pending(recorder.conn, recorder.broadcast_id)
        self._ready: deque[tuple[int, SmsMessage]] = deque()  # committed, not taken yet

    def take(self, in_flight: int) -> tuple[int, SmsMessage] | None:
        """The next row, committed `sending`; None when no row is pending. `in_flight`: the
        rows taken before and still `sending`."""
        if not self._ready:
            size = max(1, self._limit - in_flight)
            rows = list(itertools.islice(self._pending, size))
            if not rows:
                return None
            recorder = self._recorder
            recorder.fold()
            journal.mark_ahead(recorder.conn, recorder.broadcast_id, [seq for seq, _ in rows])
            self._ready.extend(rows)
        return self._ready.popleft()

    def put_back(self, rows: Iterable[tuple[int, SmsMessage]]) -> None:
        """Rows taken and never written: they are the next to be taken again."""
        self._ready.extendleft(reversed(list(rows)))

    def release(self) -> list[int]:
        """The rows committed `sending` and never taken (forgotten here): to put back."""
        seqs = [seq for seq, _ in self._ready]
        self._ready.clear()
        return seqs


def _pace(
    next_at: float, interval: float, sleep: Callable[[float], None], clock: Callable[[], float]
) -> float:
    """Wait until `next_at`; the time the following message may go."""
    now = clock()
    if next_at > now:
        sleep(next_at - now)
        now = next_at
    return now + interval
