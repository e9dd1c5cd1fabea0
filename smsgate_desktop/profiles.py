"""Account profiles: where and as whom the app talks to a gateway. No Qt, no passwords.

Profiles are kept as JSON in data_dir()/profiles.json together with the name of the profile
used last. A password is never written there: it lives in the OS keyring (config.py), or in
memory for one run when no keyring works. The demo profile is built in (it points at the
simulator the app starts itself) and is never stored.
"""

from __future__ import annotations

import json
import os
import zoneinfo
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Final

import phonenumbers

from . import config
from .config import KeyringUnavailable, data_dir
from .protocol import Interface
from .protocol.connection import MAX_WINDOW
from .protocol.errors import SmsGateError
from .protocol.numbers import DEFAULT_REGION
from .protocol.phrases import Template, phrase_of
from .protocol.schedule import GATEWAY_ZONE
from .session import Endpoint, SessionConfig

# The demo profile's name: a key (plain text, stored in the settings), shown translated by the
# window under this template's context.
DEMO_NAME_TEMPLATE: Final = Template("Profiles", "demo-name", "Demo (built-in simulator)")
# Why a profile cannot be saved (Profile.problems) or stored (ProfileError).
NEEDS_NAME: Final = Template("Profiles", "needs-name", "The profile needs a name.")
NO_ACCOUNT: Final = Template("Profiles", "no-account", "The account name is empty.")
NO_PRIMARY: Final = Template("Profiles", "no-primary", "The primary host is empty.")
BAD_PRIMARY: Final = Template("Profiles", "bad-primary", "Primary host: {error}.")
BAD_BACKUP: Final = Template("Profiles", "bad-backup", "Backup host: {error}.")
UNKNOWN_INTERFACE: Final = Template("Profiles", "unknown-interface", "Unknown interface {name}.")
UNKNOWN_COUNTRY: Final = Template("Profiles", "unknown-country", "Unknown country {name}.")
UNKNOWN_ZONE: Final = Template("Profiles", "unknown-zone", "Unknown time zone {name}.")
NEGATIVE_THRESHOLD: Final = Template(
    "Profiles", "negative-threshold", "The low-credit threshold cannot be negative."
)
BAD_WINDOW: Final = Template(
    "Profiles",
    "bad-window",
    f"The send window must be a whole number from 1 to {MAX_WINDOW}.",
)
DEMO_NOT_STORED: Final = Template(
    "Profiles", "demo-not-stored", "the demo profile is built in and is not stored"
)
PROFILE_EXISTS: Final = Template("Profiles", "exists", "A profile called {name} already exists.")

PROFILES_FILE: Final = "profiles.json"
DEMO_NAME: Final = DEMO_NAME_TEMPLATE.english
DEMO_ACCOUNT: Final = "demo"
DEMO_PASSWORD: Final = "demo"  # the simulator's own demo account: not a secret
DEFAULT_THRESHOLD: Final = 100


@dataclass(slots=True)
class Profile:
    """One account on one gateway (primary and optional backup host)."""

    name: str
    account: str
    primary: str  # "host:port"
    backup: str = ""  # "host:port" or empty
    interface: str = Interface.PACKET.value
    default_region: str = DEFAULT_REGION
    gateway_timezone: str = GATEWAY_ZONE
    low_credit_threshold: int = DEFAULT_THRESHOLD
    demo: bool = False
    # Messages in flight at once on the Packets interface (1 = one request, one reply).
    send_window: int = 1

    @property
    def primary_endpoint(self) -> Endpoint:
        return Endpoint.parse(self.primary)

    @property
    def backup_endpoint(self) -> Endpoint | None:
        return Endpoint.parse(self.backup) if self.backup.strip() else None

    def session_config(self, password: str) -> SessionConfig:
        """How to reach this profile's account with `password` (the window's worker and the
        profile dialog's test both start from it)."""
        return SessionConfig(
            account=self.account,
            password=password,
            primary=self.primary_endpoint,
            backup=self.backup_endpoint,
            interface=Interface(self.interface),
            send_window=self.send_window,
        )

    @property
    def keyring_host(self) -> str:
        """The host part of the keyring entry: the same account on two gateways is two secrets."""
        return self.primary_endpoint.host

    def problems(self) -> list[str]:
        """Why this profile cannot be saved, as sentences (phrases); empty when it can."""
        found = []
        if not self.name.strip():
            found.append(NEEDS_NAME())
        if not self.account.strip():
            found.append(NO_ACCOUNT())
        for template, text, required in (
            (BAD_PRIMARY, self.primary, True),
            (BAD_BACKUP, self.backup, False),
        ):
            if not text.strip():
                if required:
                    found.append(NO_PRIMARY())
                continue
            try:
                Endpoint.parse(text)
            except ValueError as exc:
                found.append(template(error=phrase_of(exc) or str(exc)))
        if self.interface not in {i.value for i in Interface}:
            found.append(UNKNOWN_INTERFACE(name=repr(self.interface)))
        if self.default_region not in phonenumbers.SUPPORTED_REGIONS:
            found.append(UNKNOWN_COUNTRY(name=repr(self.default_region)))
        if not valid_timezone(self.gateway_timezone):
            found.append(UNKNOWN_ZONE(name=repr(self.gateway_timezone)))
        if self.low_credit_threshold < 0:
            found.append(NEGATIVE_THRESHOLD())
        if (
            not isinstance(self.send_window, int)
            or isinstance(self.send_window, bool)
            or not 1 <= self.send_window <= MAX_WINDOW
        ):
            found.append(BAD_WINDOW())
        return found

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        # Unknown keys (from a newer version) are ignored rather than refused.
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def demo_profile(primary: str = "127.0.0.1:0") -> Profile:
    """The built-in profile for the in-process simulator (its port is known once it runs)."""
    return Profile(DEMO_NAME, DEMO_ACCOUNT, primary, demo=True)


def valid_timezone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


class ProfileError(SmsGateError, ValueError):
    """The profile book refused a profile. `code`: "demo" (the demo profile is built in and is
    not stored) or "exists" (another profile has that `name`). str() is the English; the
    message is a phrase of the code's template (ENGLISH), so `phrase` has it."""

    ENGLISH: Final = {"demo": DEMO_NOT_STORED, "exists": PROFILE_EXISTS}

    def __init__(self, code: str, name: str) -> None:
        self.code = code
        self.name = name
        template = self.ENGLISH[code]
        super().__init__(template(name=repr(name)) if template.names else template())


@dataclass(slots=True)
class ProfileBook:
    """The user's real profiles and the one used last (a name; the demo's when None)."""

    profiles: list[Profile] = field(default_factory=list)
    last_used: str | None = None

    @property
    def has_real_account(self) -> bool:
        return bool(self.profiles)

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def put(self, profile: Profile, replacing: str | None = None) -> None:
        """Add `profile`, or replace the one called `replacing` (a rename keeps its place)."""
        if profile.demo:
            raise ProfileError("demo", profile.name)
        old = self.get(replacing) if replacing else None
        clash = self.get(profile.name)
        if clash is not None and clash is not old:
            raise ProfileError("exists", profile.name)
        if old is None:
            self.profiles.append(profile)
        else:
            self.profiles[self.profiles.index(old)] = profile
        if self.last_used == replacing:
            self.last_used = profile.name

    def remove(self, name: str) -> None:
        self.profiles = [p for p in self.profiles if p.name != name]
        if self.last_used == name:
            self.last_used = None

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "last_used": self.last_used,
            "profiles": [p.to_json() for p in self.profiles],
        }


def profiles_path() -> Path:
    return data_dir() / PROFILES_FILE


def load_profiles(path: Path | None = None) -> ProfileBook:
    """The stored profiles; an empty book on first run or when the file is unreadable."""
    path = path or profiles_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        profiles = [Profile.from_json(item) for item in data.get("profiles", [])]
        last = data.get("last_used")
    except (OSError, ValueError, TypeError, AttributeError):
        return ProfileBook()
    return ProfileBook([p for p in profiles if not p.demo], last if isinstance(last, str) else None)


def save_profiles(book: ProfileBook, path: Path | None = None) -> None:
    """Write the book atomically (a crash mid-write must not lose every profile)."""
    path = path or profiles_path()
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(book.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


class Passwords:
    """Where each profile's password is: the OS keyring, else this run's memory (by name).

    The decisions of the window's profile handling, without Qt: which password a profile
    uses, where a new one goes, what a rename or a deletion leaves behind."""

    def __init__(self) -> None:
        self.memory: dict[str, str] = {}  # profile name -> password, this run only

    def known(self, profile: Profile) -> str | None:
        """The password without asking anyone: the demo's, the keyring's, or this run's."""
        if profile.demo:
            return DEMO_PASSWORD
        stored = config.get_password(profile.account, profile.keyring_host)
        return stored or self.memory.get(profile.name)

    def remember(self, profile: Profile, password: str) -> None:
        """Keep a password asked for until the app quits."""
        self.memory[profile.name] = password

    def save(
        self, profile: Profile, password: str, replacing: Profile | None = None
    ) -> KeyringUnavailable | None:
        """`profile` (replacing `replacing`) uses `password` from now on ("" when editing:
        keep the old one). Stored in the keyring; when that is impossible, kept in memory and
        the reason returned. A changed account or gateway leaves no old keyring entry."""
        if replacing is not None and not password:
            password = self.known(replacing) or ""
        if replacing is not None and (replacing.account, replacing.keyring_host) != (
            profile.account,
            profile.keyring_host,
        ):
            config.delete_password(replacing.account, replacing.keyring_host)
        self.memory.pop(replacing.name if replacing else profile.name, None)
        if not password:
            return None
        try:
            config.set_password(profile.account, profile.keyring_host, password)
        except KeyringUnavailable as exc:
            self.memory[profile.name] = password
            return exc
        return None

    def forget(self, profile: Profile) -> None:
        """The profile is deleted: its password too, wherever it was."""
        config.delete_password(profile.account, profile.keyring_host)
        self.memory.pop(profile.name, None)
