"""The broadcast layer's sentences are phrases: each carries its template's code (the window
translates it by code) and reads exactly as the English it replaced, through the journal
too."""

from __future__ import annotations

import pytest
from broadcastkit import ScriptedSession, accept, message
from hostile_gateway import HostileGateway, session_for

from smsgate_desktop.broadcast import BroadcastBusyError, plan
from smsgate_desktop.broadcast.forecast import duration_text
from smsgate_desktop.broadcast.templates import TemplateError, render
from smsgate_desktop.protocol import FieldError
from smsgate_desktop.protocol.phrases import Phrase, phrase_of
from smsgate_desktop.session import ConnectError
from smsgate_desktop.session.session import CONNECTION_REFUSED
from smsgate_desktop.store import RowState, journal


def code_of(error: BaseException) -> str:
    phrase = phrase_of(error)
    assert phrase is not None, f"{error!r} carries no phrase"
    return phrase.code


@pytest.mark.parametrize(
    ("seconds", "english", "code"),
    [
        (3725, "about 1 h 2 min", "Forecast.about-hours"),
        (125, "about 2 min 5 s", "Forecast.about-minutes"),
        (0.2, "about 1 s", "Forecast.about-seconds"),
    ],
)
def test_a_duration_is_a_phrase(seconds, english, code):
    text = duration_text(seconds)
    assert text == english
    assert text.code == code


@pytest.mark.parametrize(
    ("template", "english", "code"),
    [
        ("Hi {City}", "Mario (+39 333 1) has no 'City'", "BroadcastTemplates.contact-lacks"),
        (
            "a } b",
            "position 3: '}' without its '{' (write '}}' for a brace)",
            "BroadcastTemplates.stray-close",
        ),
        (
            "a {b",
            "position 3: '{' is not closed (write '{{' for a brace)",
            "BroadcastTemplates.unclosed",
        ),
        ("a {} b", "position 3: '{}' names no field", "BroadcastTemplates.empty-field"),
    ],
)
def test_a_template_error_is_a_phrase(template, english, code):
    with pytest.raises(TemplateError) as caught:
        render(template, {"name": "Mario", "number": "+39 333 1"})
    assert str(caught.value) == english
    assert code_of(caught.value) == code


def test_a_missing_value_without_a_contact():
    error = TemplateError("City")
    assert str(error) == "no value for 'City'"
    assert code_of(error) == "BroadcastTemplates.no-value"


def test_a_busy_broadcast_is_a_phrase():
    assert code_of(BroadcastBusyError(7, "123")) == "Broadcasts.busy-in-process"
    assert str(BroadcastBusyError(7, "123")) == (
        "Broadcast 7 is being sent by another SMSGate window or command (process 123); it was "
        "not started again here."
    )
    assert code_of(BroadcastBusyError(7)) == "Broadcasts.busy"


def test_an_unknown_broadcast_is_a_phrase(engine):
    with pytest.raises(KeyError) as caught:
        engine.report(99)
    assert code_of(caught.value) == "Broadcasts.no-broadcast"
    assert str(caught.value) == "'no broadcast 99'"


def test_an_invalid_message_is_not_sent_in_a_phrase_read_back_from_the_journal(engine):
    def script(msg):
        if msg.PhoneNumber == "1000001":
            raise FieldError("TextMessage", "x", "bad")
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    engine.run(ScriptedSession(script), broadcast_id)
    row = journal.rows(engine.conn, broadcast_id)[1]
    assert row.state == RowState.FAILED
    assert isinstance(row.error, Phrase)
    assert row.error.code == "Broadcasts.not-sent"
    assert row.error == "Not sent: TextMessage 'x' bad."


def test_an_interrupted_run_says_why_in_a_phrase(engine):
    def script(msg):
        if msg.PhoneNumber == "1000001":
            raise ConnectError([("host:27", CONNECTION_REFUSED())])
        return accept(msg)

    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    report = engine.run(ScriptedSession(script), broadcast_id)
    assert report.state == "interrupted"
    assert isinstance(report.error, Phrase)
    assert report.error.code == "Session.connect-failed"
    assert report.error == "Could not connect to the gateway (host:27: connection refused)."


def test_a_silent_gateways_unknown_row_reads_back_as_its_phrase(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    with HostileGateway("silence") as gateway, session_for(gateway) as session:
        report = engine.run(session, broadcast_id)
    assert report.state == "interrupted"
    assert report.error.code == "Session.gateway-silent"
    unknown = journal.rows(engine.conn, broadcast_id, [RowState.UNKNOWN])
    assert len(unknown) == 1
    error = unknown[0].error
    assert isinstance(error, Phrase)
    assert error.code == "Session.outcome-unknown"
    assert error.values["why"].code == "Session.gateway-silent-clause"
    assert error.values["why"].values["doing"].code == "Session.after-message"
    assert error == (
        f"Outcome unknown: the gateway did not answer within 0.5 s after the message to "
        f"{message(0).recipient}. The gateway may have accepted the message; it was not sent "
        "again."
    )


def test_recovered_and_cancelled_rows_carry_their_phrases(engine):
    broadcast_id = engine.create(plan(message(i) for i in range(3)))
    journal.mark_sending(engine.conn, broadcast_id, [1])
    assert engine.recover_interrupted(broadcast_id) == 1
    assert engine.cancel(broadcast_id) == 2
    errors = [row.error for row in journal.rows(engine.conn, broadcast_id)]
    assert [error.code for error in errors] == [
        "Broadcasts.interrupted-while-sending",
        "Broadcasts.cancelled-before-sending",
        "Broadcasts.cancelled-before-sending",
    ]
    assert errors[0] == (
        "Interrupted while sending: the gateway may have accepted it; not sent again."
    )
    assert errors[1] == "Cancelled before sending."
