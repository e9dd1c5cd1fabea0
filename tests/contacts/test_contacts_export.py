"""Formula injection: every CSV the application writes goes through export.safe_cell."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from smsgate_desktop.contacts import Contact, contacts_to_csv, export_csv, read_file
from smsgate_desktop.contacts.export import safe_cell, write_table


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("-ERR 86 Not enough credit", "'-ERR 86 Not enough credit"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+", "'+"),
        ("+39abc", "'+39abc"),
        ("+39 333-1234567", "'+39 333-1234567"),
        ("+39  333", "'+39  333"),  # only single spaces between digit groups
        ("+393331234567 ", "'+393331234567 "),
        ("+393331234567\n=1", "'+393331234567\n=1"),
        ("+٣٣٣", "'+٣٣٣"),  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_formula_cells_get_an_apostrophe(value: str, written: str) -> None:
    assert safe_cell(value) == written


@pytest.mark.parametrize(
    "value",
    [
        "+393471234567",  # E.164
        "+39 347 1234567",  # the display form the contacts export writes
        "+1 202 555 0100",
        "Mario Rossi",
        "",
        " =1+1",  # not at the start
        "a=b",
        "'=1",  # already quoted
        "sent",
    ],
)
def test_phone_numbers_and_plain_text_stay_as_they_are(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [0, 7, -5, 1.5, None])
def test_values_that_are_not_text_pass_unchanged(value) -> None:
    assert safe_cell(value) is value


def test_contacts_csv_quotes_formulas_in_every_column_and_header() -> None:
    contacts = [
        Contact(
            "=cmd|' /C calc'!A0",
            "+393331234567",
            "+39 333 1234567",
            ("@group", "Clienti"),
            {"note": "-1+1", "=head": "+39 333", "city": "Roma"},
        )
    ]
    text = contacts_to_csv(contacts)
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["Name", "Number", "Groups", "note", "'=head", "city"]
    assert rows[1] == [
        "'=cmd|' /C calc'!A0",
        "+39 333 1234567",  # the number is not a formula
        "'@group; Clienti",
        "'-1+1",
        "+39 333",
        "Roma",
    ]
    e164 = list(csv.reader(contacts_to_csv(contacts, number_format="e164").splitlines()))
    assert e164[1][1] == "+393331234567"


def test_export_file_has_no_cell_a_spreadsheet_would_run(tmp_path: Path) -> None:
    contacts = [
        Contact("+SUM(1)", "+393331234567", "+39 333 1234567", (), {"x": "=1"}),
        Contact("Anna", "+390612345678", "+39 06 12345678", ("-",), {}),
    ]
    path = tmp_path / "out.csv"
    export_csv(contacts, path, number_format="e164")
    preview = read_file(path)
    cells = [cell for row in [preview.header, *preview.rows] for cell in row]
    risky = [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert risky == ["+393331234567", "+390612345678"]
    assert ["'+SUM(1)", "+393331234567", "", "'=1"] in [list(row) for row in preview.rows]


def test_every_table_csv_quotes_formulas_but_keeps_numbers_and_times(tmp_path: Path) -> None:
    """contacts.export.write_table, the writer of every export (contacts, reports)."""
    path = tmp_path / "report.csv"
    rows = [
        ["+39 333 1234567", "sent", None, 7, datetime(2026, 11, 30, 21, 7, 5)],
        ["+39 347 1112222", "failed", 86, "-ERR 86 =HYPERLINK(1)", None],
    ]
    assert write_table(path, ["Number", "State", "Code", "=Detail", "Time"], rows) == 2
    with open(path, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written == [
        ["Number", "State", "Code", "'=Detail", "Time"],
        ["+39 333 1234567", "sent", "", "7", "2026-11-30 21:07:05"],
        ["+39 347 1112222", "failed", "86", "'-ERR 86 =HYPERLINK(1)", ""],
    ]
