"""profiles.py and config.py say their sentences as phrases (protocol/phrases.py): the same
English, with a code and values the window translates."""

from __future__ import annotations

import pytest

from smsgate_desktop.config import KeyringUnavailable
from smsgate_desktop.profiles import (
    DEMO_NAME,
    Profile,
    ProfileBook,
    ProfileError,
    demo_profile,
)
from smsgate_desktop.protocol.phrases import Phrase, lookup, phrase_of


def office(**changes) -> Profile:
    values = dict(name="Office", account="acme", primary="tcp.smsitaly.com:27")
    values.update(changes)
    return Profile(**values)


def test_a_good_profile_has_no_problems():
    assert office().problems() == []


@pytest.mark.parametrize(
    ("changes", "english", "code", "values"),
    [
        ({"name": " "}, "The profile needs a name.", "Profiles.needs-name", {}),
        ({"account": ""}, "The account name is empty.", "Profiles.no-account", {}),
        ({"primary": ""}, "The primary host is empty.", "Profiles.no-primary", {}),
        (
            {"interface": "serial"},
            "Unknown interface 'serial'.",
            "Profiles.unknown-interface",
            {"name": "'serial'"},
        ),
        (
            {"default_region": "XX"},
            "Unknown country 'XX'.",
            "Profiles.unknown-country",
            {"name": "'XX'"},
        ),
        (
            {"gateway_timezone": "Mars/Base"},
            "Unknown time zone 'Mars/Base'.",
            "Profiles.unknown-zone",
            {"name": "'Mars/Base'"},
        ),
        (
            {"low_credit_threshold": -1},
            "The low-credit threshold cannot be negative.",
            "Profiles.negative-threshold",
            {},
        ),
        (
            {"send_window": 0},
            "The send window must be a whole number from 1 to 64.",
            "Profiles.bad-window",
            {},
        ),
    ],
)
def test_profile_problems_are_phrases(changes, english, code, values):
    (problem,) = office(**changes).problems()
    assert problem == english
    assert isinstance(problem, Phrase)
    assert problem.code == code
    assert dict(problem.values) == values


@pytest.mark.parametrize(
    ("changes", "code"),
    [({"primary": "host:0"}, "Profiles.bad-primary"), ({"backup": ":27"}, "Profiles.bad-backup")],
)
def test_a_bad_host_nests_the_endpoints_reason(changes, code):
    (problem,) = office(**changes).problems()
    assert problem.code == code
    error = problem.values["error"]
    assert problem == lookup(code).english.format(error=error)
    assert problem.startswith(("Primary host: ", "Backup host: ")) and problem.endswith(".")


def test_profile_book_refusals_are_phrases():
    book = ProfileBook([office()])
    with pytest.raises(ProfileError) as info:
        book.put(office())
    assert str(info.value) == "A profile called 'Office' already exists."
    assert phrase_of(info.value).code == "Profiles.exists"
    assert phrase_of(info.value).values == {"name": "'Office'"}
    with pytest.raises(ProfileError) as info:
        book.put(demo_profile())
    assert str(info.value) == "the demo profile is built in and is not stored"
    assert phrase_of(info.value).code == "Profiles.demo-not-stored"


def test_the_demo_name_is_plain_text_with_a_template():
    assert type(DEMO_NAME) is str
    assert lookup("Profiles.demo-name").english == DEMO_NAME


def test_keyring_errors_are_phrases():
    none = KeyringUnavailable("no-backend")
    assert str(none) == "No password store (keyring) is available on this computer."
    assert phrase_of(none).code == "Keyring.no-backend"
    assert none.phrase is phrase_of(none)
    refused = KeyringUnavailable("refused", "locked")
    assert str(refused) == "The password store refused the password: locked"
    assert phrase_of(refused).code == "Keyring.refused"
    assert phrase_of(refused).values == {"detail": "locked"}
