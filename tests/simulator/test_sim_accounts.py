"""accounts.py: NAME:PASS[:CREDIT[:STATUS]] and NAME=RULE."""

from __future__ import annotations

import pytest

from smsgate_desktop.simulator.accounts import Account, parse_account, parse_rule


def test_defaults() -> None:
    account = parse_account("demo:secret")
    assert (account.name, account.password, account.credit, account.status) == (
        "demo",
        "secret",
        1000,
        "Active",
    )
    assert account.rules == set()


def test_credit_and_status() -> None:
    account = parse_account("shop:pw:0:blocked")
    assert (account.credit, account.status) == (0, "Blocked")
    assert parse_account("shop:pw::Standby").credit == 1000
    assert parse_account("shop:pw:-5").credit == -5


@pytest.mark.parametrize(
    ("spec", "complaint"),
    [
        ("demo", "NAME:PASS"),
        ("a:b:1:Active:x", "NAME:PASS"),
        (":pw", "must not be empty"),
        ("demo:", "must not be empty"),
        ("demo:pw:lots", "not a whole number"),
        ("demo:pw:5:Sleeping", "unknown status"),
    ],
)
def test_bad_accounts(spec: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        parse_account(spec)


def test_rules() -> None:
    assert parse_rule("demo=ip-locked") == ("demo", "ip-locked")
    with pytest.raises(ValueError, match="NAME=RULE"):
        parse_rule("demo")
    with pytest.raises(ValueError, match="unknown rule"):
        parse_rule("demo=ip-banned")
    with pytest.raises(ValueError, match="unknown rule"):
        Account("demo", "pw", rules={"nope"})
