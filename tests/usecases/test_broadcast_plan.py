"""The broadcast panel's decisions without Qt (usecases.broadcast_plan): the form as a plan or
the reason it cannot be one, what a state allows, the history as shown, the live report."""

from __future__ import annotations

from datetime import datetime

import pytest

from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.protocol.errors import SmsGateError
from smsgate_desktop.store import contacts, journal, open_store
from smsgate_desktop.usecases import broadcast_plan as bp
from smsgate_desktop.usecases.drafts import Draft
from smsgate_desktop.usecases.personalise import MISSING, TEMPLATE, TEXT

NOW = datetime(2025, 6, 1, 12, 0).astimezone()
ITALY = {"region": "IT", "zone": "Europe/Rome", "interface": "packet", "now": NOW}
ADA, BEA = "+393331000001", "+393331000002"
IDLE_WITH = {"send", "resend_failed", "resend_unknown", "export"}  # idle, a broadcast selected


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    yield connection
    connection.close()


def draft(recipients: str, text: str = "Hello") -> Draft:
    return Draft(recipients=recipients, sender="ACME", text=text)


def test_repeats_in_another_form_are_merged_and_opt_outs_dropped():
    planned = bp.plan_broadcast(
        draft(f"{ADA}\n0039 333 1000001\n{BEA}\n+39 333 1000003"),
        opted_out={"+393331000003"},
        **ITALY,
    )
    assert [m.recipient for m in planned.plan.messages] == [ADA, BEA]
    assert planned.merged == 1 and planned.duplicates == 1
    assert planned.plan.opted_out == ["+393331000003"]


def test_a_draft_problem_keeps_prepares_sentence():
    with pytest.raises(bp.PlanProblem) as caught:
        bp.plan_broadcast(draft("+39 12"), opted_out=(), **ITALY)
    assert caught.value.code == bp.DRAFT
    assert caught.value.problem.startswith("Recipient '+39 12' is not valid")
    assert isinstance(caught.value, SmsGateError)


def test_everyone_opted_out_is_a_problem():
    with pytest.raises(bp.PlanProblem) as caught:
        bp.plan_broadcast(draft(ADA), opted_out={ADA}, **ITALY)
    assert caught.value.code == bp.OPTED_OUT
    assert str(caught.value) == "Every recipient is on the opt-out list: nothing to send."


def test_a_template_is_personalised_from_the_stored_contacts(conn):
    contacts.add_contact(conn, ADA, "Ada", {"City": "Roma"})
    planned = bp.plan_broadcast(
        draft(ADA, "Ciao {name} da {city}"),
        opted_out=(),
        fields_of=bp.stored_fields(conn),
        **ITALY,
    )
    assert [m.TextMessage for m in planned.plan.messages] == ["Ciao Ada da Roma"]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Ciao {name}", MISSING), ("Ciao {name", TEMPLATE), ("{note}" + "x" * 3950, TEXT)],
)
def test_a_template_that_cannot_be_personalised_says_why(conn, text, code):
    contacts.add_contact(conn, ADA, "", {"note": "y" * 200})  # too long once rendered
    with pytest.raises(bp.PlanProblem) as caught:
        bp.plan_broadcast(draft(ADA, text), opted_out=(), fields_of=bp.stored_fields(conn), **ITALY)
    assert caught.value.code == bp.PERSONALISATION
    assert caught.value.error.code == code


def test_a_plain_text_never_reads_the_address_book():
    def fields_of(message: SmsMessage):
        raise AssertionError("read")

    planned = bp.plan_broadcast(draft(ADA), opted_out=(), fields_of=fields_of, **ITALY)
    assert planned.plan.messages[0].TextMessage == "Hello"


def test_is_template():
    assert bp.is_template("Ciao {name}") and bp.is_template("a }} b")
    assert not bp.is_template("Ciao")


def test_recipients_are_the_groups_members_then_the_pasted_numbers(conn):
    contacts.add_to_group(conn, "club", ADA)
    assert bp.recipients_text(conn, ["club", "none"], f"  {BEA}\n") == f"{ADA}\n{BEA}"
    assert bp.recipients_text(conn, ["club"], "  ") == ADA


def test_broadcast_options():
    planned = bp.Planned(plan([SmsMessage(), SmsMessage()], ()), merged=2)
    options = bp.broadcast_options(planned, groups=["club"], throttle=2.0, template="{name}")
    assert options == {
        "source": "gui",
        "groups": ["club"],
        "throttle": 2.0,
        "duplicates": 3,
        "opted_out": 0,
        "template": "{name}",
    }
    assert "template" not in bp.broadcast_options(planned, groups=[], throttle=0, template=None)


@pytest.mark.parametrize(
    ("running", "selected", "state", "allowed"),
    [
        (False, None, None, {"send"}),
        (True, 1, "running", {"pause", "cancel", "export"}),
        (False, 1, "paused", {"resume", "cancel", *IDLE_WITH}),
        (False, 1, "interrupted", {"resume", "cancel", *IDLE_WITH}),
        (False, 1, "done", IDLE_WITH),
        (True, 2, "done", {"pause", "cancel", "export"}),
    ],
)  # fmt: skip
def test_what_each_state_allows(running, selected, state, allowed):
    actions = bp.actions(running, selected, state)
    assert {name for name in bp.Actions.__slots__ if getattr(actions, name)} == allowed


def sent_broadcast(conn, numbers) -> int:
    messages = [SmsMessage(Sender="ACME", TextMessage="Hi", CountryCode="+39", GsmCode="333",
                           PhoneNumber=n[-7:]) for n in numbers]  # fmt: skip
    return BroadcastEngine(conn).create(plan(messages), {"throttle": 5.0})


def test_resending_failed_rows_drops_those_opted_out_since(conn):
    source = sent_broadcast(conn, [ADA, BEA])
    with pytest.raises(bp.PlanProblem) as caught:
        bp.resend_failed_plan(conn, source)
    assert caught.value.code == bp.NO_FAILED and caught.value.broadcast_id == source
    journal.mark_sending(conn, source, [1, 2])
    journal.mark_failed(conn, source, 1, 75, "refused")
    journal.mark_failed(conn, source, 2, 75, "refused")
    contacts.add_opt_out(conn, BEA)
    new_plan, options = bp.resend_failed_plan(conn, source)
    assert [m.recipient for m in new_plan.messages] == [ADA]
    assert options == {"source": "gui", "resend_of": source, "throttle": 5.0}
    contacts.add_opt_out(conn, ADA)
    with pytest.raises(bp.PlanProblem) as caught:
        bp.resend_failed_plan(conn, source)
    assert caught.value.code == bp.FAILED_OPTED_OUT


def test_a_running_broadcast_nobody_sends_is_shown_interrupted(conn, tmp_path):
    broadcast_id = sent_broadcast(conn, [ADA, BEA])
    journal.set_broadcast_state(conn, broadcast_id, "running")
    journal.mark_sending(conn, broadcast_id, [1])
    db_path = tmp_path / "store.sqlite3"
    [(shown, counts)] = bp.history_rows(conn, db_path)
    assert shown.state == "interrupted" and counts[journal.SENDING] == 1
    [(shown, _)] = bp.history_rows(conn, db_path, running=broadcast_id)
    assert shown.state == "running"  # this window sends it
    assert bp.history_rows(conn, db_path, "no such text") == []
    crashed, counts = bp.crashed_broadcast(conn)
    assert crashed.id == broadcast_id and counts[journal.PENDING] == 1
    assert [row.seq for row in bp.report_rows(conn, broadcast_id, bp.SHOW_UNKNOWN)] == [1]
    assert len(bp.report_rows(conn, broadcast_id, bp.SHOW_ALL)) == 2
    assert bp.report_rows(conn, broadcast_id, bp.SHOW_FAILED) == []


def test_no_crashed_broadcast(conn):
    sent_broadcast(conn, [ADA])
    assert bp.crashed_broadcast(conn) is None


def test_the_live_report_reads_again_once_a_second_and_looks_back_a_margin():
    live = bp.LiveReport()
    assert live.history_due(100.0)
    assert not live.history_due(100.5)
    assert live.history_due(101.0)
    assert live.changes_since(100.0) == 0.0 - bp.REREAD_MARGIN
    assert live.changes_since(100.4) == 100.0 - bp.REREAD_MARGIN
    assert not live.report_due(101.0)
    assert live.report_due(101.4)


def test_outcome_unknown_counts_rows_a_crash_left_sending():
    assert bp.outcome_unknown({journal.UNKNOWN: 2, journal.SENDING: 1, journal.PENDING: 5}) == 3
    assert bp.outcome_unknown({journal.PENDING: 5}) == 0


def test_the_balance_timing_keeps_the_fastest_round_trip():
    timing = bp.BalanceTiming()
    timing.answered(900, 5.0)  # nobody asked: the credit only
    assert (timing.balance, timing.round_trip) == (900, None)
    timing.asked(10.0)
    timing.answered(800, 12.5)  # connecting and logging in first
    assert (timing.balance, timing.round_trip, timing.asked_at) == (800, 2.5, None)
    timing.asked(20.0)
    timing.answered(790, 20.25)
    assert timing.round_trip == 0.25
    timing.asked(30.0)
    timing.answered(780, 31.0)
    assert (timing.balance, timing.round_trip) == (780, 0.25)


def test_resend_is_offered_only_when_there_is_something_to_resend():
    nothing = bp.actions(False, 7, "done", {"sent": 10})
    assert not nothing.resend_failed
    assert not nothing.resend_unknown
    some = bp.actions(False, 7, "done", {"sent": 8, "failed": 1, "unknown": 1})
    assert some.resend_failed
    assert some.resend_unknown
    assert not bp.actions(True, 7, "done", {"failed": 1}).resend_failed  # not while running


def test_the_newest_paused_broadcast_is_offered_on_opening(tmp_path):
    from smsgate_desktop.store import journal, open_store

    conn = open_store(tmp_path / "s.sqlite3")
    try:
        assert bp.newest_paused(conn) is None
        message = SmsMessage(
            Sender="ACME", CountryCode="+39", GsmCode="333", PhoneNumber="1234567", TextMessage="hi"
        )
        ids = [journal.insert_broadcast(conn, [message]) for _ in range(3)]
        for broadcast_id in ids[:2]:
            journal.set_broadcast_state(conn, broadcast_id, "paused")
        assert bp.newest_paused(conn) == ids[1]
    finally:
        conn.close()


def test_the_history_is_the_newest_page_counted_in_one_query(conn, tmp_path):
    first = sent_broadcast(conn, [ADA, BEA])
    second = sent_broadcast(conn, [ADA])
    journal.mark_sending(conn, first, [1])
    journal.mark_failed(conn, first, 1, 75, "refused")
    statements = []
    conn.set_trace_callback(statements.append)
    rows = bp.history_rows(conn, tmp_path / "store.sqlite3")
    conn.set_trace_callback(None)
    assert [(shown.id, dict(counts)) for shown, counts in rows] == [
        (second, {**dict.fromkeys(journal.JOURNAL_STATES, 0), journal.PENDING: 1}),
        (first, {**dict.fromkeys(journal.JOURNAL_STATES, 0), journal.PENDING: 1,
                 journal.FAILED: 1}),
    ]  # fmt: skip
    assert sum("FROM journal" in sql for sql in statements) == 1  # not one count each
    assert [shown.id for shown, _ in bp.history_rows(conn, tmp_path, limit=1)] == [second]
    assert bp.history_rows(conn, tmp_path, "no such text") == []
