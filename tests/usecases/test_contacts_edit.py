"""The Contacts tab's rules (usecases.contacts_edit), on a real temporary store, without Qt."""

from __future__ import annotations

import pytest

from smsgate_desktop.contacts.mapping import Contact as Imported
from smsgate_desktop.protocol import SmsGateError
from smsgate_desktop.store import contacts as store
from smsgate_desktop.store import open_store
from smsgate_desktop.usecases import contacts_edit as book
from smsgate_desktop.usecases.contacts_edit import (
    ALL_GROUPS,
    NO_GROUP_FILTER,
    OPTED_OUT_FILTER,
    ContactEntry,
    ExtraFieldError,
    ExtraProblem,
    GroupNameError,
    GroupProblem,
)

PEOPLE = [
    Imported("Mario Rossi", "+393331234567", "+39 333 1234567", ("Clienti",), {}),
    Imported("Anna Bianchi", "+393471112222", "+39 347 1112222", ("Clienti", "Staff"), {}),
    Imported("Luca Verdi", "+390612345678", "+39 06 12345678", (), {}),
    Imported("Giulia Rossetti", "+393209876543", "+39 320 9876543", ("Staff",), {}),
]


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    store.import_contacts(connection, PEOPLE)
    yield connection
    connection.close()


@pytest.fixture
def entries(conn) -> list[ContactEntry]:
    return book.load_entries(conn)


def by_number(entries: list[ContactEntry]) -> dict[str, ContactEntry]:
    return {entry.e164: entry for entry in entries}


def names(entries, positions) -> list[str]:
    return sorted(entries[i].name for i in positions)


def test_load_entries_sorted_by_name_with_opt_outs(conn):
    store.add_opt_out(conn, "+390612345678")
    loaded = book.load_entries(conn)
    assert [e.name for e in loaded] == [
        "Anna Bianchi",
        "Giulia Rossetti",
        "Luca Verdi",
        "Mario Rossi",
    ]
    assert [e.e164 for e in loaded if e.opted_out] == ["+390612345678"]
    assert by_number(loaded)["+393471112222"].groups == ("Clienti", "Staff")


def test_search_by_name_or_number_within_a_group(entries):
    assert names(entries, book.matching(entries, "ROSS")) == ["Giulia Rossetti", "Mario Rossi"]
    for text in ("347 111", "+39 347-111", "0039347111", "3471112222"):
        assert names(entries, book.matching(entries, text)) == ["Anna Bianchi"], text
    assert book.matching(entries, "nobody") == []
    assert len(book.matching(entries, "  ", ALL_GROUPS)) == 4
    assert names(entries, book.matching(entries, "ross", "staff")) == ["Giulia Rossetti"]
    assert names(entries, book.matching(entries, "", NO_GROUP_FILTER)) == ["Luca Verdi"]
    by_number(entries)["+393331234567"].opted_out = True
    assert names(entries, book.matching(entries, "", OPTED_OUT_FILTER)) == ["Mario Rossi"]


def test_typed_names_and_group_lists():
    assert book.clean_name("  Luca   Verdi Jr ") == "Luca Verdi Jr"
    assert book.parse_groups(" Clienti, staff;clienti | ") == ("Clienti", "staff")
    assert book.display_number("+393331234567") == "+39 333 1234567"
    assert book.display_number("garbage") == "garbage"


def test_extra_field_names_follow_the_template_parser():
    for good in ("city", "Città", "my city", " Sconto % "):
        assert book.is_placeholder_name(good), good
    for bad in ("", "  ", "{city}", "a{b", "a}b", "a}}", "a}{b", "{{"):
        assert not book.is_placeholder_name(bad), bad
    assert book.extra_fields([(" city ", " Roma "), ("", ""), ("note", "")]) == {"city": "Roma"}
    cases = [
        ([("", "x")], ExtraProblem.NO_NAME),
        ([("{city}", "x")], ExtraProblem.NOT_A_PLACEHOLDER),
        ([("Number", "x")], ExtraProblem.RESERVED),
        ([("NAME", "x")], ExtraProblem.RESERVED),
        ([("City", "a"), ("city", "b")], ExtraProblem.DUPLICATE),
    ]
    for pairs, problem in cases:
        with pytest.raises(ExtraFieldError) as caught:
            book.extra_fields(pairs)
        assert caught.value.problem is problem and caught.value.code == problem.value
        assert isinstance(caught.value, SmsGateError)
    assert book.extra_fields([("{odd}", "v")], known=["{odd}"]) == {"{odd}": "v"}


def test_save_contact_spells_groups_as_stored_and_keeps_extra_when_not_given(conn, entries):
    luca = by_number(entries)["+390612345678"]
    saved = book.save_contact(conn, luca, "Luca V.", ["staff", "Amici; amici"], {"città": "Roma"})
    assert saved == ContactEntry(
        "+390612345678", "Luca V.", ("Staff", "Amici"), False, {"città": "Roma"}
    )
    assert store.contact_groups(conn, "+390612345678") == ["Amici", "Staff"]
    again = book.save_contact(conn, saved, "Luca", ["Staff"])  # extra None: kept
    assert again.extra == {"città": "Roma"}
    assert book.load_entries(conn)[2].extra == {"città": "Roma"}


def test_save_contact_refuses_a_bad_field_before_writing(conn, entries):
    mario = by_number(entries)["+393331234567"]
    with pytest.raises(ExtraFieldError):
        book.save_contact(conn, mario, "Changed", [], [("Città", "a"), ("città", "b")])
    assert by_number(book.load_entries(conn))["+393331234567"].name == "Mario Rossi"
    assert store.contact_groups(conn, "+393331234567") == ["Clienti"]


def test_opt_out_toggles_back_in_only_when_all_are_out(conn, entries):
    people = by_number(entries)
    mario, anna = people["+393331234567"], people["+393471112222"]
    assert book.opt_out_toggle([mario, anna]) is True
    book.set_opted_out(conn, [mario], True)
    assert mario.opted_out and store.opted_out(conn) == {"+393331234567"}
    assert book.opt_out_toggle([mario, anna]) is True  # not every one is out: opt out
    assert book.opt_out_toggle([mario]) is False  # every one is out: opt back in
    book.set_opted_out(conn, [mario], False)
    assert not mario.opted_out and store.opted_out(conn) == set()


def test_recipients_leave_the_opted_out_numbers_out(conn, entries):
    book.set_opted_out(conn, [by_number(entries)["+393471112222"]], True)
    assert book.recipients(entries) == ["+393209876543", "+390612345678", "+393331234567"]


def test_delete_contacts_keeps_their_opt_outs(conn, entries):
    book.set_opted_out(conn, [by_number(entries)["+393331234567"]], True)
    book.delete_contacts(conn, ["+393331234567", "+390612345678"])
    assert sorted(e.e164 for e in book.load_entries(conn)) == ["+393209876543", "+393471112222"]
    assert store.opted_out(conn) == {"+393331234567"}


def test_add_to_group_creates_it_and_matches_an_existing_spelling(conn, entries):
    luca = by_number(entries)["+390612345678"]
    assert book.add_to_group(conn, [luca], " clienti ") == "Clienti"
    assert luca.groups == ("Clienti",)
    assert "+390612345678" in store.group_members(conn, "Clienti")
    assert book.add_to_group(conn, [], "Vuoto") == "Vuoto"
    assert store.group_members(conn, "Vuoto") == []
    assert book.group_choices(conn, entries) == ["Clienti", "Staff", "Vuoto"]


def test_rename_group_follows_the_contacts_and_never_merges(conn, entries):
    assert book.rename_group(conn, entries, "Staff", "  Squadra   interna ") == "Squadra interna"
    assert by_number(entries)["+393471112222"].groups == ("Clienti", "Squadra interna")
    assert store.group_members(conn, "Staff") is None
    assert book.rename_group(conn, entries, "Squadra interna", "SQUADRA INTERNA") == (
        "SQUADRA INTERNA"
    )  # a change of case only is a rename
    with pytest.raises(GroupNameError) as caught:
        book.rename_group(conn, entries, "Clienti", "squadra interna")
    assert caught.value.problem is GroupProblem.TAKEN
    assert (caught.value.group, caught.value.name) == ("Clienti", "SQUADRA INTERNA")
    with pytest.raises(GroupNameError) as caught:
        book.rename_group(conn, entries, "Clienti", "   ")
    assert caught.value.problem is GroupProblem.NO_NAME and caught.value.code == "no name"
    assert [name for name, _ in store.list_groups(conn)] == ["Clienti", "SQUADRA INTERNA"]


def test_delete_group_says_how_many_stay_and_keeps_them(conn, entries):
    assert book.group_size(conn, "staff") == 2
    assert book.group_size(conn, "Nope") == 0
    book.delete_group(conn, entries, "staff")
    assert store.group_members(conn, "Staff") is None
    assert len(book.load_entries(conn)) == 4
    assert by_number(entries)["+393471112222"].groups == ("Clienti",)
    assert by_number(entries)["+393209876543"].groups == ()
