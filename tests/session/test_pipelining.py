"""GatewaySession.send_many with a send window > 1, against the simulator."""

from __future__ import annotations

import json
import time
from collections import Counter

import pytest
from sessionkit import ACCOUNT, PASSWORD, message

from smsgate_desktop.protocol import FieldError, Interface
from smsgate_desktop.session import LoginError, Outcome, SessionConfig
from smsgate_desktop.simulator.accounts import Account


def numbers_recorded(path) -> list[str]:
    return [json.loads(line)["fields"]["PhoneNumber"] for line in path.read_text().splitlines()]


def batch(count: int, start: int = 1000000) -> list:
    return [message(str(start + i)) for i in range(count)]


@pytest.mark.parametrize("window", [0, 65])
def test_send_window_is_checked(window):
    with pytest.raises(ValueError):
        SessionConfig(ACCOUNT, PASSWORD, send_window=window)


@pytest.mark.parametrize(
    "simulator_options", [{"accounts": [Account(ACCOUNT, PASSWORD, credit=10_000)]}]
)
def test_window_32_sends_500_in_order(make_session, sim, log, tmp_path):
    session = make_session(send_window=32)
    messages = batch(500)
    written = []
    results = list(session.send_many(messages, on_written=written.append))
    assert [r.message for r in results] == messages
    assert all(r.outcome is Outcome.ACCEPTED for r in results)
    assert written == messages
    assert numbers_recorded(tmp_path / "record.jsonl") == [m.PhoneNumber for m in messages]
    assert results[-1].credit == 10_000 - 500 == sim.account(ACCOUNT).credit
    # Pipelined for real: more packets went out than replies came back at some point.
    outstanding = peak = 0
    for direction, line in log.lines:
        if line.startswith(b"\x03"):
            outstanding += 1 if direction == "→" else 0
        elif direction == "←" and line.startswith((b"+OK 01 9", b"-ERR")):
            outstanding -= 1
        peak = max(peak, outstanding)
    assert peak > 1
    # Elision: the first packets go in full, the later ones elided against the first.
    sent = log.sent()[1:]
    assert sent[0].startswith(b"\x03Acme\x03+39\x03333\x03")
    assert sent[-1].startswith(b"\x03\x03\x03\x03")


@pytest.mark.parametrize(
    "simulator_options",
    [{"accounts": [Account(ACCOUNT, PASSWORD, credit=10_000)], "drop_after": 100}],
)
def test_drops_with_window_32_lose_nothing_and_repeat_nothing(make_session, tmp_path):
    window = 32
    session = make_session(send_window=window)
    messages = batch(500)
    results = list(session.send_many(messages))
    assert [r.message for r in results] == messages  # every message accounted for, in order
    outcomes = Counter(r.outcome for r in results)
    assert set(outcomes) <= {Outcome.ACCEPTED, Outcome.UNKNOWN}
    recorded = numbers_recorded(tmp_path / "record.jsonl")
    assert len(recorded) == len(set(recorded))  # no number twice
    accepted = [r.message.PhoneNumber for r in results if r.outcome is Outcome.ACCEPTED]
    assert set(accepted) <= set(recorded)
    drops = len(recorded) // 100 + 1
    assert 0 < outcomes[Outcome.UNKNOWN] <= window * drops
    # Unknown ones were never re-sent: each is recorded at most once (checked above), and
    # everything not unknown is accepted and recorded.
    unknown = {r.message.PhoneNumber for r in results if r.outcome is Outcome.UNKNOWN}
    assert set(recorded) - unknown == set(accepted)


@pytest.mark.parametrize("simulator_options", [{"locked_recipients": ["+3933310000005"]}])
def test_a_rejected_message_in_the_window_does_not_disturb_the_others(make_session, tmp_path):
    session = make_session(send_window=8)
    messages = batch(20, 10000000)
    results = list(session.send_many(messages))
    assert [r.message for r in results] == messages
    assert [r.outcome for r in results].count(Outcome.REJECTED) == 1
    assert results[5].outcome is Outcome.REJECTED and results[5].error.code == 86
    assert len(numbers_recorded(tmp_path / "record.jsonl")) == 19


@pytest.mark.parametrize(
    "simulator_options", [{"accounts": [Account(ACCOUNT, PASSWORD, credit=5)]}]
)
def test_credit_running_out_mid_window(make_session, tmp_path):
    session = make_session(send_window=8)
    messages = batch(12)
    results = []
    try:
        for result in session.send_many(messages):
            results.append(result)
    except LoginError as exc:  # some were never written: the new login is refused (99)
        assert exc.error.code == 99
        assert len(results) < len(messages)
    else:  # all were written before the -ERR 99 came back
        assert len(results) == len(messages)
    outcomes = [r.outcome for r in results]
    assert outcomes[:5] == [Outcome.ACCEPTED] * 5
    assert outcomes[5] is Outcome.REJECTED and results[5].error.code == 99
    # Written after the closing -ERR 99: unknown, never re-sent.
    assert set(outcomes[6:]) == {Outcome.UNKNOWN}
    assert len(numbers_recorded(tmp_path / "record.jsonl")) == 5


def test_an_invalid_message_stops_after_the_earlier_ones(make_session, tmp_path):
    session = make_session(send_window=8)
    messages = [*batch(5), message("12"), *batch(3, 2000000)]
    results = []
    with pytest.raises(FieldError):
        for result in session.send_many(messages):
            results.append(result)
    assert [r.message for r in results] == messages[:5]
    assert all(r.outcome is Outcome.ACCEPTED for r in results)


def test_an_invalid_first_message_opens_no_session(make_session, sim):
    session = make_session(send_window=8)
    with pytest.raises(FieldError):
        list(session.send_many([message("12")]))
    assert not sim.has_session(ACCOUNT)


def test_full_ascii_ignores_the_window(make_session, log, tmp_path):
    session = make_session(Interface.ASCII, send_window=8)
    messages = batch(3)
    results = list(session.send_many(messages))
    assert all(r.outcome is Outcome.ACCEPTED for r in results)
    assert numbers_recorded(tmp_path / "record.jsonl") == [m.PhoneNumber for m in messages]


def test_send_and_balance_still_work_after_a_pipelined_batch(make_session, sim):
    session = make_session(send_window=4)
    list(session.send_many(batch(10)))
    assert session.send(message("7654321")).outcome is Outcome.ACCEPTED
    assert session.balance() == sim.account(ACCOUNT).credit == 100 - 11


@pytest.mark.parametrize("window", [1, 4])
def test_on_written_reports_each_message_once_written(make_session, window):
    session = make_session(send_window=window)
    messages = batch(6)
    seen = []
    for result in session.send_many(messages, on_written=seen.append):
        assert result.message in seen  # written before its result
    assert seen == messages
    session.send(message("7654321"))  # the hook belongs to send_many only
    assert seen == messages


@pytest.mark.parametrize("simulator_options", [{"latency_ms": 30}])
def test_the_simulator_answers_pipelined_requests_a_latency_after_they_arrived(make_session):
    session = make_session(send_window=16)
    session.open()
    started = time.monotonic()
    results = list(session.send_many(batch(32)))
    elapsed = time.monotonic() - started
    assert all(r.outcome is Outcome.ACCEPTED for r in results)
    # One request, one reply would take 32 x 30 ms = 0.96 s; two windows take about 60 ms.
    assert elapsed < 0.48


@pytest.mark.parametrize("simulator_options", [{"latency_ms": 50}])
def test_closing_the_generator_early_leaves_no_reply_behind(make_session, sim, tmp_path):
    session = make_session(send_window=8)
    results = session.send_many(batch(20))
    first = next(results)
    results.close()  # up to 7 more were in flight: their replies must not reach the next send
    late = session.send(message("7654321"))
    assert first.outcome is late.outcome is Outcome.ACCEPTED
    assert late.credit == sim.account(ACCOUNT).credit  # its own reply, not an earlier one
    assert numbers_recorded(tmp_path / "record.jsonl")[-1] == "7654321"
