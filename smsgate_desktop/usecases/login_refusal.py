"""What a refusal by the gateway means for the person, beyond its sentence.

Two refusals call for something other than "try again later", and the window acts on them:
- the password (or the account name) is wrong: -ERR 89 [Account Not Valid] at the login. The
  same stored password would be refused again, so the window asks for it again;
- the account has no credit: -ERR 99, at the login or at a send (broadcast/credit.py). The
  credit is known to be 0, and logging in again to ask for the balance would only be refused.

-ERR 89 also says "Account Blocked!" and "Account Not Active!": those are the provider's
business, and a new password would not help, so they are not a password refusal.
"""

from __future__ import annotations

import enum
from typing import Final

from ..broadcast.credit import is_credit_exhausted
from ..protocol import Err
from ..session import LoginError

ACCOUNT_NOT_VALID: Final = 89
_NOT_VALID_TEXT: Final = "account not valid"  # compared case-folded ("Account Not valid")


class Refusal(enum.Enum):
    PASSWORD = "password"  # the login was refused for its credentials
    NO_CREDIT = "no-credit"  # -ERR 99: the account's credit is 0


def refusal_of(what: object) -> Refusal | None:
    """The kind of refusal `what` is (an error, a SendResult, an Err), None for any other."""
    if is_credit_exhausted(what):
        return Refusal.NO_CREDIT
    if isinstance(what, LoginError) and _refuses_credentials(what.error):
        return Refusal.PASSWORD
    return None


def _refuses_credentials(error: Err) -> bool:
    return error.code == ACCOUNT_NOT_VALID and error.text.strip().casefold() == _NOT_VALID_TEXT
