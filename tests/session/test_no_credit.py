"""send_many after -ERR 99 (no credit left): the gateway closes the line, and the session does
not log in again for the messages left (the login would be refused with the same 99): it raises
CreditExhaustedError, a LoginError, having opened one connection only."""

from __future__ import annotations

import pytest
from sessionkit import ACCOUNT, PASSWORD, message

from smsgate_desktop.protocol import Interface
from smsgate_desktop.session import LoginError, Outcome
from smsgate_desktop.session.session import CreditExhaustedError
from smsgate_desktop.simulator.accounts import Account


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=2)]


@pytest.mark.parametrize("interface", [Interface.PACKET, Interface.ASCII])
def test_no_second_login_after_a_99(make_session, sim, interface):
    session = make_session(interface)
    results = []
    with pytest.raises(CreditExhaustedError) as stopped:
        for result in session.send_many(message(str(1000000 + i)) for i in range(6)):
            results.append(result)
    assert isinstance(stopped.value, LoginError) and stopped.value.error.code == 99
    outcomes = [r.outcome for r in results]
    assert outcomes[:2] == [Outcome.ACCEPTED] * 2
    assert outcomes[2] is Outcome.REJECTED and results[2].error.code == 99
    assert sim.gateway._connections == 1
    assert len(sim.sent) == 2


def test_pipelined_no_second_login_either(make_session, sim):
    session = make_session(send_window=8)
    results = []
    try:
        for result in session.send_many(message(str(1000000 + i)) for i in range(40)):
            results.append(result)
    except CreditExhaustedError:  # some were never written before the -ERR 99 came back
        assert len(results) < 40
    outcomes = [r.outcome for r in results]
    assert outcomes[:3] == [Outcome.ACCEPTED] * 2 + [Outcome.REJECTED]
    assert set(outcomes[3:]) <= {Outcome.UNKNOWN}  # written behind the 99: never re-sent
    assert sim.gateway._connections == 1


def test_nothing_left_to_send_ends_normally(make_session, sim):
    session = make_session()
    results = list(session.send_many(message(str(1000000 + i)) for i in range(3)))
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * 2 + [Outcome.REJECTED]
    assert sim.gateway._connections == 1


def test_a_later_send_many_tries_again(make_session, sim):
    """Topped up meanwhile, the next send_many logs in as usual."""
    session = make_session()
    list(session.send_many(message(str(1000000 + i)) for i in range(3)))
    sim.account(ACCOUNT).credit = 5
    results = list(session.send_many([message("2000000")]))
    assert results[0].outcome is Outcome.ACCEPTED
    assert sim.gateway._connections == 2
