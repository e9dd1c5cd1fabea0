"""Where the app keeps its files, and how it reaches passwords (the OS keyring, only)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import ModuleType
from typing import Final

import platformdirs

from .protocol.errors import SmsGateError
from .protocol.phrases import Template

APP_NAME: Final = "SMSGate"
KEYRING_SERVICE: Final = "smsgate-desktop"
DATA_DIR_ENV: Final = "SMSGATE_DATA_DIR"  # tests and portable installs point this elsewhere

# Why the keyring cannot keep a password (KeyringUnavailable's message, by its code).
NO_KEYRING: Final = Template(
    "Keyring", "no-backend", "No password store (keyring) is available on this computer."
)
KEYRING_REFUSED: Final = Template(
    "Keyring", "refused", "The password store refused the password: {detail}"
)


def data_dir_path() -> Path:
    """Where the per-user data directory is (it may not exist yet)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def data_dir() -> Path:
    """The per-user data directory (created on first use; OSError when it cannot be)."""
    path = data_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


class KeyringUnavailable(SmsGateError, RuntimeError):
    """No working keyring backend: the password must be asked for each run.

    `code` says why, for whoever words it: "no-backend" (no password store on this computer)
    or "refused" (the store refused it; `detail` is its own words). str() is the English;
    the message is a phrase of the code's template (ENGLISH), so `phrase` has it."""

    ENGLISH: Final = {"no-backend": NO_KEYRING, "refused": KEYRING_REFUSED}

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        template = self.ENGLISH[code]
        super().__init__(template(detail=detail) if template.names else template())


OFFICE_FILE: Final = "office-database.txt"  # the window's "Office database" setting


def office_database() -> str:
    """The office database address the user set in the window ("" for none: this desktop's
    own file). Kept in the data folder, without its password (that is in the keyring)."""
    try:
        return (data_dir_path() / OFFICE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def set_office_database(address: str) -> None:
    """Set (or, with "", clear) the office database address; OSError when it cannot be kept."""
    path = data_dir() / OFFICE_FILE
    if address.strip():
        path.write_text(address.strip() + "\n", encoding="utf-8")
    else:
        path.unlink(missing_ok=True)


def _keyring() -> ModuleType:
    # Imported on first use: keyring (its backends' discovery through entry points) costs
    # 40-85 ms, and the window paints first; a demo start never needs it at all.
    import keyring
    import keyring.errors

    return keyring


def keyring_usable() -> bool:
    """False when keyring only has its 'fail' or 'null' backend (nowhere safe to store)."""
    backend = _keyring().get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    return not ("fail" in name or "null" in name) and backend.priority > 0


def _username(account: str, host: str) -> str:
    # One entry per account per gateway: the same account name on the simulator and on the
    # real gateway are different secrets.
    return f"{account}@{host}"


def get_password(account: str, host: str) -> str | None:
    """The stored password, None when there is none (or no keyring works)."""
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, _username(account, host))
    except keyring.errors.KeyringError:
        return None


def set_password(account: str, host: str, password: str) -> None:
    """Store the password in the OS keyring; KeyringUnavailable when that is impossible."""
    if not keyring_usable():
        raise KeyringUnavailable("no-backend")
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, _username(account, host), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable("refused", str(exc)) from None


def delete_password(account: str, host: str) -> None:
    keyring = _keyring()
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _username(account, host))
