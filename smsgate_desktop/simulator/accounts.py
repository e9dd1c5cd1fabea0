"""The simulator's accounts: credentials, credit, status and the IP rules a login runs into."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

# The statuses `SmsQuery=Status` can report (the spec's DB Inquiry table).
STATUSES: Final = ("Active", "Inactive", "Expired", "Blocked", "Standby")

# What the gateway can hold against the caller's address or the account's access; each rule
# makes a login fail with its own code (see gateway.LOGIN_RULE_ERRORS).
RULES: Final = ("ip-locked", "ip-not-available", "tcp-not-allowed")

DEFAULT_CREDIT: Final = 1000


@dataclass(slots=True)
class Account:
    """One account. Mutable on purpose: the credit goes down as messages are accepted, and a
    test or the demo mode may change the status or the credit of a running simulator."""

    name: str
    password: str
    credit: int = DEFAULT_CREDIT
    status: str = "Active"
    id: str = ""  # "0001"...; given by the gateway in registration order when left empty
    rules: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("an account needs a name")
        self.status = parse_status(self.status)
        unknown = set(self.rules) - set(RULES)
        if unknown:
            raise ValueError(f"unknown rule(s) {sorted(unknown)}, expected one of {RULES}")
        self.rules = set(self.rules)


def parse_status(text: str) -> str:
    """The canonical spelling of a status, matched case-insensitively."""
    for status in STATUSES:
        if text.lower() == status.lower():
            return status
    raise ValueError(f"unknown status {text!r}, expected one of {', '.join(STATUSES)}")


def parse_account(spec: str) -> Account:
    """`NAME:PASS[:CREDIT[:STATUS]]` -> Account (credit 1000 and Active when left out)."""
    parts = spec.split(":")
    if not 2 <= len(parts) <= 4:
        raise ValueError(
            f"account {spec!r} must be NAME:PASS[:CREDIT[:STATUS]] (no ':' inside a part)"
        )
    name, password = parts[0], parts[1]
    if not name or not password:
        raise ValueError(f"account {spec!r}: the name and the password must not be empty")
    credit = DEFAULT_CREDIT
    if len(parts) >= 3 and parts[2] != "":
        try:
            credit = int(parts[2])
        except ValueError:
            reason = f"credit {parts[2]!r} is not a whole number"
            raise ValueError(f"account {spec!r}: {reason}") from None
    status = parts[3] if len(parts) == 4 else "Active"
    try:
        return Account(name, password, credit, status)
    except ValueError as exc:
        raise ValueError(f"account {spec!r}: {exc}") from None


def parse_rule(spec: str) -> tuple[str, str]:
    """`NAME=RULE` -> (account name, rule)."""
    name, sep, rule = spec.partition("=")
    if not sep or not name:
        raise ValueError(f"rule {spec!r} must be NAME=RULE, RULE one of {', '.join(RULES)}")
    if rule not in RULES:
        expected = ", ".join(RULES)
        raise ValueError(f"rule {spec!r}: unknown rule {rule!r}, expected one of {expected}")
    return name, rule
