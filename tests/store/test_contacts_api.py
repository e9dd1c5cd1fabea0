"""The contacts window's store API: import (merge by number), search, edit, groups."""

from __future__ import annotations

import time

import pytest
from contactkit import imported

from smsgate_desktop.store import contacts, open_store


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    yield connection
    connection.close()


def summary(conn) -> list[tuple]:
    return [(c.e164, c.name, c.extra, c.groups) for c in contacts.all_contacts_with_groups(conn)]


def test_import_adds_then_merges_by_number(conn):
    stats = contacts.import_contacts(
        conn,
        [
            imported("+393331000001", "Ada", ["Clienti"], city="Roma"),
            imported("+393331000002", "", ["Staff", "Clienti"]),
        ],
    )
    assert stats == contacts.ImportStats(added=2, updated=0)
    stats = contacts.import_contacts(
        conn,
        [
            imported("+393331000001", "", ["clienti", "VIP"], note="n1", city=""),
            imported("+393331000002", "Bea", [], city="Bari"),
            imported("+393331000003", "Cleo"),
        ],
    )
    assert stats == contacts.ImportStats(added=1, updated=2)
    by_number = {c.e164: c for c in contacts.all_contacts_with_groups(conn)}
    assert by_number["+393331000001"].name == "Ada"  # new name empty: kept
    assert by_number["+393331000001"].extra == {"city": "Roma", "note": "n1"}
    assert by_number["+393331000001"].groups == ["Clienti", "VIP"]  # "clienti" = "Clienti"
    assert by_number["+393331000002"].name == "Bea"
    assert by_number["+393331000002"].groups == ["Clienti", "Staff"]
    assert contacts.list_groups(conn) == [("Clienti", 2), ("Staff", 1), ("VIP", 1)]
    assert [c.name for c in contacts.all_contacts_with_groups(conn)] == ["Ada", "Bea", "Cleo"]


def test_import_repeats_within_one_import_merge(conn):
    stats = contacts.import_contacts(
        conn, [imported("+393331000001", "Ada", ["A"]), imported("+393331000001", "", ["B"])]
    )
    assert stats == contacts.ImportStats(added=1, updated=0)
    assert summary(conn) == [("+393331000001", "Ada", {}, ["A", "B"])]


def test_import_is_one_transaction(conn):
    def rows():
        yield imported("+393331000001", "Ada")
        raise RuntimeError("file vanished")

    with pytest.raises(RuntimeError):
        contacts.import_contacts(conn, rows())
    assert contacts.list_contacts(conn) == []
    assert not conn.in_transaction


def test_import_100k_is_fast(conn):
    rows = [imported(f"+39333{index:07d}", f"C{index}", ["G"]) for index in range(100_000)]
    started = time.perf_counter()
    assert contacts.import_contacts(conn, rows) == contacts.ImportStats(100_000, 0)
    again = contacts.import_contacts(conn, rows[:50_000])
    elapsed = time.perf_counter() - started
    assert again == contacts.ImportStats(0, 50_000)
    assert contacts.list_groups(conn) == [("G", 100_000)]
    assert elapsed < 20  # about 1.5 s on a laptop; row-by-row statements take minutes


def test_store_contact_keeps_old_fields_and_defaults_groups(conn):
    contacts.add_contact(conn, "+393331000001", "Ada", {"k": 1})
    [contact] = contacts.list_contacts(conn)
    assert (contact.e164, contact.name, contact.extra, contact.groups) == (
        "+393331000001",
        "Ada",
        {"k": 1},
        [],
    )


def test_search_by_name_number_group_limit(conn):
    contacts.import_contacts(
        conn,
        [
            imported("+393331000001", "Ädä Rossi", ["Staff"]),
            imported("+393471000002", "Bea Verdi", ["staff", "Clienti"]),
            imported("+390612345678", "Carla", ["Clienti"]),
        ],
    )

    def names(**kwargs) -> list[str]:
        return [c.name for c in contacts.search_contacts(conn, **kwargs)]

    assert names() == ["Bea Verdi", "Carla", "Ädä Rossi"]
    assert names(text="ÄDÄ") == ["Ädä Rossi"]
    assert names(text="rossi") == ["Ädä Rossi"]
    assert names(text="347") == ["Bea Verdi"]
    assert names(text="333 100-0001") == ["Ädä Rossi"]
    assert names(text="+3906") == ["Carla"]
    assert names(text="zzz") == []
    assert names(group="STAFF") == ["Bea Verdi", "Ädä Rossi"]
    assert names(text="a", group="Clienti") == ["Bea Verdi", "Carla"]
    assert names(limit=2) == ["Bea Verdi", "Carla"]
    assert names(group="nobody") == []
    [found] = contacts.search_contacts(conn, text="carla")
    assert found.groups == ["Clienti"]


def test_update_contact(conn):
    contacts.import_contacts(conn, [imported("+393331000001", "Ada", ["A", "B"], city="Roma")])
    contacts.update_contact(conn, "+393331000001", name="Ada L.")
    assert summary(conn) == [("+393331000001", "Ada L.", {"city": "Roma"}, ["A", "B"])]
    contacts.update_contact(conn, "+393331000001", extra={"note": "x"}, groups=["b", "New"])
    assert summary(conn) == [("+393331000001", "Ada L.", {"note": "x"}, ["B", "New"])]
    contacts.update_contact(conn, "+393331000001", groups=[])
    assert contacts.contact_groups(conn, "+393331000001") == []
    assert ("A", 0) in contacts.list_groups(conn)  # groups stay, even when empty
    with pytest.raises(KeyError, match=r"\+393339999999"):
        contacts.update_contact(conn, "+393339999999", name="x")


def test_delete_contact_keeps_group_and_opt_out(conn):
    contacts.import_contacts(conn, [imported("+393331000001", "Ada", ["A"])])
    contacts.add_opt_out(conn, "+393331000001")
    assert contacts.delete_contact(conn, "+393331000001") is True
    assert contacts.delete_contact(conn, "+393331000001") is False
    assert contacts.all_contacts_with_groups(conn) == []
    assert contacts.list_groups(conn) == [("A", 0)]
    assert contacts.opted_out(conn) == {"+393331000001"}


def test_contact_groups_sorted(conn):
    contacts.import_contacts(conn, [imported("+393331000001", "Ada", ["Zeta", "Alfa"])])
    assert contacts.contact_groups(conn, "+393331000001") == ["Alfa", "Zeta"]
    assert contacts.contact_groups(conn, "+393339999999") == []


def test_rename_and_delete_group(conn):
    contacts.import_contacts(conn, [imported("+393331000001", "Ada", ["Old", "Other"])])
    contacts.rename_group(conn, "Old", "  New   name ")
    assert contacts.contact_groups(conn, "+393331000001") == ["New name", "Other"]
    contacts.rename_group(conn, "New name", "NEW NAME")  # its own name, another case: fine
    assert contacts.group_members(conn, "NEW NAME") == ["+393331000001"]
    with pytest.raises(ValueError, match="already a group 'Other'"):
        contacts.rename_group(conn, "NEW NAME", "other")
    with pytest.raises(KeyError):
        contacts.rename_group(conn, "missing", "x")
    with pytest.raises(ValueError):
        contacts.rename_group(conn, "Other", "  ")
    assert contacts.delete_group(conn, "Other") is True
    assert contacts.delete_group(conn, "Other") is False
    assert summary(conn) == [("+393331000001", "Ada", {}, ["NEW NAME"])]
