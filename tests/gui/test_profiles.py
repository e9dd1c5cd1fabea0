"""profiles.py: JSON storage of profiles (no Qt, and never a password)."""

from __future__ import annotations

import json

import pytest

from smsgate_desktop.profiles import (
    DEMO_NAME,
    Profile,
    ProfileBook,
    demo_profile,
    load_profiles,
    profiles_path,
    save_profiles,
)


def office(**changes) -> Profile:
    values = dict(name="Office", account="acme", primary="tcp.smsitaly.com:27")
    values.update(changes)
    return Profile(**values)


def test_round_trip_with_last_used(data_dir):
    book = ProfileBook([office(), office(name="Shop", interface="ascii", backup="b.example:27")])
    book.last_used = "Shop"
    save_profiles(book)
    assert profiles_path() == data_dir / "profiles.json"
    again = load_profiles()
    assert again == book


def test_first_run_and_broken_file_give_an_empty_book(data_dir):
    assert load_profiles() == ProfileBook()
    (data_dir / "profiles.json").write_text("{not json", encoding="utf-8")
    assert load_profiles() == ProfileBook()


def test_demo_profile_is_never_stored():
    book = ProfileBook()
    with pytest.raises(ValueError, match="built in"):
        book.put(demo_profile())
    book.last_used = DEMO_NAME
    save_profiles(book)
    data = json.loads(profiles_path().read_text(encoding="utf-8"))
    assert data == {"version": 1, "last_used": DEMO_NAME, "profiles": []}


def test_profile_has_no_password_field():
    assert "password" not in json.dumps(office().to_json()).lower()
    with pytest.raises(TypeError):
        Profile(name="x", account="a", primary="h:1", password="secret")  # type: ignore[call-arg]


def test_rename_keeps_place_and_last_used():
    book = ProfileBook([office(), office(name="Shop")], last_used="Office")
    book.put(office(name="Head office"), replacing="Office")
    assert [p.name for p in book.profiles] == ["Head office", "Shop"]
    assert book.last_used == "Head office"
    with pytest.raises(ValueError, match="already exists"):
        book.put(office(name="Shop"), replacing="Head office")


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": " "}, "needs a name"),
        ({"account": ""}, "account name is empty"),
        ({"primary": ""}, "primary host is empty"),
        ({"primary": "host:0"}, "port must be a number"),
        ({"backup": ":27"}, "has no host name"),
        ({"interface": "smoke"}, "Unknown interface"),
        ({"default_region": "XX"}, "Unknown country"),
        ({"gateway_timezone": "Mars/Olympus"}, "Unknown time zone"),
        ({"low_credit_threshold": -1}, "cannot be negative"),
    ],
)
def test_problems(changes, problem):
    found = office(**changes).problems()
    assert len(found) == 1 and problem in found[0]


def test_endpoints():
    profile = office(backup="backup.smsitaly.com:27")
    assert str(profile.primary_endpoint) == "tcp.smsitaly.com:27"
    assert str(profile.backup_endpoint) == "backup.smsitaly.com:27"
    assert office().backup_endpoint is None
    assert profile.keyring_host == "tcp.smsitaly.com"
