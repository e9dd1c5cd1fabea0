"""Recipients from a file for a broadcast (usecases.recipients): the window's readers and
column guessing, so that `smsgate broadcast --csv` reads what the contacts import reads."""

from __future__ import annotations

import pytest

from smsgate_desktop.usecases.recipients import RecipientsError, recipients_from_file

ITALIAN = (
    "Nome;Cognome;Telefono;Città\r\n"
    "José;Rossi;333 1000001;Forlì\r\n"
    "Anna;Bianchi;12ab;Roma\r\n"
    "Ugo;Neri;;Bari\r\n"
    "José;Rossi;+39 333 1000001;Forlì\r\n"
)


@pytest.fixture
def italian(tmp_path):
    """What Excel saves in Italy: cp1252, semicolons, Italian headers."""
    path = tmp_path / "clienti.csv"
    path.write_bytes(ITALIAN.encode("cp1252"))
    return path


def test_an_italian_excel_csv_is_read_with_its_headers(italian):
    found = recipients_from_file(italian, "IT")
    [row] = found.rows
    assert row.e164 == "+393331000001" and row.line == 2
    assert row.fields["name"] == row.fields["Nome"] == "José"
    assert row.fields["surname"] == row.fields["Cognome"] == "Rossi"
    assert row.fields["city"] == row.fields["Città"] == "Forlì"
    assert row.fields["number"] == "+393331000001"


def test_every_unusable_row_is_named_with_its_line(italian):
    found = recipients_from_file(italian, "IT")
    assert [(p.line, p.raw) for p in found.problems] == [(3, "12ab"), (4, "")]
    assert all(p.reason for p in found.problems)
    assert [(d.line, d.first_line) for d in found.duplicates] == [(5, 2)]


def test_a_column_named_on_the_command_line_wins(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Ragione sociale,Recapito,Note\nAcme,3331000001,x\n", encoding="utf-8")
    found = recipients_from_file(path, "IT", {"name": "Ragione sociale", "number": "Recapito"})
    assert found.rows[0].fields["name"] == "Acme"
    with pytest.raises(RecipientsError, match="no column 'Telefono'"):
        recipients_from_file(path, "IT", {"number": "Telefono"})
    with pytest.raises(RecipientsError, match="Cannot map 'city'"):
        recipients_from_file(path, "IT", {"city": "Note"})


def test_a_bare_list_of_numbers_has_no_header(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("3331000001\n3331000002\n", encoding="utf-8")
    assert [row.e164 for row in recipients_from_file(path, "IT").rows] == [
        "+393331000001",
        "+393331000002",
    ]
    one = tmp_path / "one.csv"
    one.write_text("3331000001\n", encoding="utf-8")
    assert [row.e164 for row in recipients_from_file(one, "IT").rows] == ["+393331000001"]


def test_no_column_of_numbers_is_said_with_the_way_out(tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("Name,City\nAda,Roma\nBea,Pisa\n", encoding="utf-8")
    with pytest.raises(RecipientsError, match="--map number=COLUMN"):
        recipients_from_file(path, "IT")
