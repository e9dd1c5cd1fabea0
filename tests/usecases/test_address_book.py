"""Exporting the address book (usecases.address_book) over the store and contacts.export."""

from __future__ import annotations

import pytest
from contactkit import imported

from smsgate_desktop.contacts import export
from smsgate_desktop.store import contacts, open_store
from smsgate_desktop.usecases.address_book import export_address_book


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    yield connection
    connection.close()


def test_export_csv_uses_contacts_export(conn, tmp_path):
    contacts.import_contacts(
        conn,
        [
            imported("+393331000001", "Ada", ["A", "B"], city="Roma"),
            imported("+390612345678", "Bea", [], note='say "hi"'),
        ],
    )
    path = tmp_path / "out.csv"
    assert export_address_book(conn, path) == 2
    assert (
        path.read_bytes()
        == (
            "\ufeffName,Number,Groups,city,note\r\n"
            "Ada,+39 333 1000001,A; B,Roma,\r\n"
            'Bea,+39 06 12345678,,,"say ""hi"""\r\n'
        ).encode()
    )
    assert export.HEADER == ("Name", "Number", "Groups")


def test_export_csv_writes_no_formula(conn, tmp_path):
    contacts.import_contacts(
        conn, [imported("+393331000001", "=HYPERLINK(1)", ["@VIP"], note="-2+3", city="Roma")]
    )
    path = tmp_path / "out.csv"
    assert export_address_book(conn, path) == 1
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "Name,Number,Groups,note,city",
        "'=HYPERLINK(1),+39 333 1000001,'@VIP,'-2+3,Roma",
    ]
