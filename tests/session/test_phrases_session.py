"""The session's sentences are phrases: each carries its template's code (the window translates
it by code, never by parsing the English) and reads exactly as the English it replaced. And a
caller's mistake is never called the gateway's (h11's split: LocalProtocolError)."""

from __future__ import annotations

import pytest
from hostile_gateway import HostileGateway, session_for
from sessionkit import message

from smsgate_desktop.protocol import LocalProtocolError, ProtocolError
from smsgate_desktop.protocol.phrases import Phrase, phrase_of
from smsgate_desktop.session import (
    ConnectError,
    Endpoint,
    LoginError,
    Outcome,
    SessionError,
)
from smsgate_desktop.session.errors import (
    GatewayProtocolError,
    GatewaySilentError,
    describe_protocol_error,
)
from smsgate_desktop.session.session import AFTER_MESSAGE, WHILE_SENDING, _unknown_reason


def code_of(error: BaseException) -> str:
    phrase = phrase_of(error)
    assert phrase is not None, f"{error!r} carries no phrase"
    assert phrase == str(error)
    return phrase.code


def test_a_host_that_refuses_is_a_connect_error_of_phrases(make_session, unused_port):
    session = make_session(
        primary=Endpoint("127.0.0.1", unused_port), backup=Endpoint("127.0.0.1", unused_port)
    )
    with pytest.raises(ConnectError) as caught:
        session.open()
    error = caught.value
    assert code_of(error) == "Session.connect-failed"
    where = f"127.0.0.1:{unused_port}"
    assert str(error) == (
        f"Could not connect to the gateway ({where}: connection refused; "
        f"{where}: connection refused)."
    )
    assert [why.code for _, why in error.attempts] == ["Session.connection-refused"] * 2
    attempts = phrase_of(error).values["attempts"]
    assert attempts.code == "Session.host-attempts"
    assert attempts.values["first"].code == "Session.host-attempt"
    assert attempts.values["first"].values["why"].code == "Session.connection-refused"


def test_a_refused_login_is_a_phrase(make_session):
    with pytest.raises(LoginError) as caught:
        make_session(password="wrong").open()
    assert code_of(caught.value) == "SessionWorker.login-refused"
    assert str(caught.value).startswith("Login refused: ")


@pytest.mark.parametrize("simulator_options", [{"drop_after": 1}])
def test_an_unknown_outcome_says_why_in_phrases(make_session):
    session = make_session()
    assert session.send(message("1000000")).outcome is Outcome.ACCEPTED
    result = session.send(message("1000001"))
    assert result.outcome is Outcome.UNKNOWN
    assert isinstance(result.reason, Phrase)
    assert result.reason.code == "Session.outcome-unknown"
    why = result.reason.values["why"]  # a close, or a reset: the operating system's timing
    assert why.code in ("Session.closed-before-replying", "Session.connection-reset")
    assert result.reason == (
        f"Outcome unknown: {why}. The gateway may have accepted the message; it was not sent again."
    )


def test_a_silent_gateway_is_a_phrase_and_its_unknown_embeds_the_clause():
    with HostileGateway("silence") as gateway, session_for(gateway) as session:
        with pytest.raises(GatewaySilentError) as caught:
            list(session.send_many([message("1234560"), message("1234561")]))
        error = caught.value
    assert code_of(error) == "Session.gateway-silent"
    assert phrase_of(error).values["doing"].code == "Session.after-message"
    reason = _unknown_reason(error)
    assert reason.values["why"].code == "Session.gateway-silent-clause"
    assert reason == (
        "Outcome unknown: the gateway did not answer within 0.5 s after the message to "
        "+393331234560. The gateway may have accepted the message; it was not sent again."
    )


def test_a_silent_query_says_what_was_asked():
    with (
        HostileGateway("silence") as gateway,
        session_for(gateway) as session,
        pytest.raises(GatewaySilentError) as caught,
    ):
        session.status()
    assert code_of(caught.value) == "Session.gateway-silent"
    assert phrase_of(caught.value).values["doing"].code == "Session.asked-status"


@pytest.mark.parametrize(
    ("code", "raw", "alone", "whole", "clause"),
    [
        (
            "unexpected",
            b"HELLO?",
            "The gateway answered something unexpected (odd): HELLO?",
            "Session.unexpected-reply",
            "Session.unexpected-reply-clause",
        ),
        (
            "out-of-step",
            b"+OK 01 1 [ok]",
            "The gateway's replies are out of step (odd): +OK 01 1 [ok]",
            "Session.out-of-step",
            "Session.out-of-step-clause",
        ),
        (
            "cut-off",
            b"+OK 0",
            "The connection dropped in the middle of the gateway's reply: +OK 0",
            "Session.reply-cut-off",
            "Session.reply-cut-off-clause",
        ),
        (
            "endless-line",
            b"x" * 200,
            "The gateway sent a line of over 64 KiB without ending it: " + "x" * 120 + "…",
            "Session.endless-line",
            "Session.endless-line-clause",
        ),
    ],
)
def test_a_protocol_error_in_words_by_its_code(code, raw, alone, whole, clause):
    from smsgate_desktop.protocol.connection import MAX_REPLY

    alone = alone.replace("64 KiB", f"{MAX_REPLY // 1024} KiB")
    problem = ProtocolError("odd", raw, code)
    described = describe_protocol_error(problem)
    assert described == alone
    assert described.code == whole + "-alone"
    error = GatewayProtocolError(problem, WHILE_SENDING())
    assert str(error) == f"{alone} (while sending)."
    assert code_of(error) == whole
    assert error.clause.code == clause
    unknown = _unknown_reason(error)
    assert unknown.values["why"] is error.clause
    assert str(unknown) == (
        f"Outcome unknown: t{alone[1:]} (while sending). The gateway may have accepted the "
        "message; it was not sent again."
    )


def test_an_unknown_reason_from_a_plain_string_reads_as_before():
    reason = _unknown_reason("The line went away.")
    assert reason.code == "Session.outcome-unknown"
    assert reason.values["why"] == "the line went away"
    assert not isinstance(reason.values["why"], Phrase)


def test_doing_phrases():
    assert AFTER_MESSAGE(recipient="+39333").code == "Session.after-message"
    assert str(AFTER_MESSAGE(recipient="+39333")) == "after the message to +39333"


@pytest.mark.parametrize(
    ("text", "english", "code"),
    [
        (":27", "':27' has no host name", "Profiles.host-without-name"),
        (
            "example.com:99999",
            "'example.com:99999': the port must be a number from 1 to 65535",
            "Profiles.host-bad-port",
        ),
    ],
)
def test_a_bad_host_is_a_phrase(text, english, code):
    with pytest.raises(ValueError) as caught:
        Endpoint.parse(text)
    assert str(caught.value) == english
    assert code_of(caught.value) == code


# ---- the caller's mistake is not the gateway's (h11's split) --------------------------------


@pytest.mark.parametrize("window", [1, 2])
def test_an_event_no_send_asked_for_is_our_mistake_not_the_gateways(make_session, window):
    """A query queued on the connection behind the session's back: its reply arrives while a
    message waits for its own. The gateway did nothing wrong; the session must not say it
    "answered something unexpected" (a GatewayProtocolError) but raise LocalProtocolError."""
    session = make_session(send_window=window)
    session.open()
    session._conn.query("Balance")  # the caller's mistake
    with pytest.raises(LocalProtocolError) as caught:
        if window == 1:
            session.send(message())
        else:
            list(session.send_many([message()]))
    error = caught.value
    assert not isinstance(error, SessionError | ProtocolError)
    assert "gateway" not in str(error)
    assert code_of(error) == "Session.unexpected-event-while-sending"
    assert str(error).startswith("unexpected event while sending: BalanceReported(")
