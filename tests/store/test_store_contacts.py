"""Contacts, groups and opt-outs."""

from __future__ import annotations

import pytest

from smsgate_desktop.store import contacts, open_store


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    yield connection
    connection.close()


def test_contact_added_then_updated_by_number(conn):
    first = contacts.add_contact(conn, "+393331234567", "Ada", {"city": "Roma"})
    again = contacts.add_contact(conn, "+393331234567", "Ada L.")
    assert first == again
    [contact] = contacts.list_contacts(conn)
    assert (contact.e164, contact.name, contact.extra) == ("+393331234567", "Ada L.", {})


def test_groups_and_members(conn):
    contacts.add_to_group(conn, "staff", "+393331111111", "Bea")
    contacts.add_to_group(conn, "staff", "+393332222222")
    contacts.add_to_group(conn, "staff", "+393331111111")  # already in: no copy
    contacts.add_group(conn, "empty")
    assert contacts.group_members(conn, "staff") == ["+393331111111", "+393332222222"]
    assert contacts.group_members(conn, "empty") == []
    assert contacts.group_members(conn, "nobody") is None
    assert contacts.list_groups(conn) == [("empty", 0), ("staff", 2)]


def test_opt_out(conn):
    contacts.add_opt_out(conn, "+393331111111")
    contacts.add_opt_out(conn, "+393331111111")
    contacts.add_opt_out(conn, "+393332222222")
    contacts.remove_opt_out(conn, "+393332222222")
    assert contacts.opted_out(conn) == {"+393331111111"}
