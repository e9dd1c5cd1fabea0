"""The send flow's decisions (send_flow.SendTurn), without Qt: no QApplication, no window, no
worker thread. One send at a time, numbered; a retired worker's events only reach the log."""

from __future__ import annotations

from smsgate_desktop.gui.send_flow import SendTurn
from smsgate_desktop.gui.worker import LogLine, WorkerUpdate

CURRENT, RETIRED = object(), object()
LINES = [LogLine(0.0, "←", "+OK 998")]


def update(**changes) -> WorkerUpdate:
    fields = {"batch_id": 1, "lines": LINES, "results": [(0, "sent")], "progress": (1, 2)}
    return WorkerUpdate(**{**fields, "credit": 998, **changes})


def turn_on(worker: object | None = CURRENT) -> SendTurn:
    turn = SendTurn()
    turn.worker = worker
    return turn


def test_without_a_worker_nothing_starts_or_cancels():
    turn = turn_on(None)
    assert turn.start() is None
    assert not turn.sending and turn.batch_id == 0
    assert not turn.can_cancel()


def test_one_send_at_a_time_each_batch_numbered():
    turn = turn_on()
    assert not turn.can_cancel()  # nothing to cancel yet
    assert turn.start() == 1
    assert turn.sending and turn.can_cancel()
    assert turn.start() is None  # the first batch still runs
    turn.sending = False
    assert turn.start() == 2


def test_only_the_current_worker_counts():
    turn = turn_on()
    assert turn.is_current(CURRENT)
    assert not turn.is_current(RETIRED)
    assert not turn.is_current(None)
    assert not turn_on(None).is_current(None)


def test_a_retired_workers_update_shows_only_its_lines():
    turn = turn_on()
    turn.start()
    shown = turn.shown(update(), RETIRED)
    assert shown.lines == LINES
    assert shown.results == [] and shown.progress is None and shown.credit is None


def test_the_current_workers_update_shows_everything_while_sending():
    turn = turn_on()
    turn.start()
    assert turn.shown(update(), CURRENT) == update()


def test_progress_is_dropped_once_no_batch_runs():
    shown = turn_on().shown(update(), CURRENT)
    assert shown.progress is None
    assert shown.results == [(0, "sent")] and shown.credit == 998 and shown.lines == LINES
