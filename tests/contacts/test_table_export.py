"""contacts/export.py's writer of every export: CSV with any delimiter, XLSX in write-only
mode read back with openpyxl, the format from the name, no half-written file."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smsgate_desktop.contacts import Contact, apply_mapping, read_file
from smsgate_desktop.contacts.export import (
    CSV,
    XLSX,
    XLSX_TEXT_MAX,
    export_contacts,
    export_mapping,
    export_target,
    table_format,
    write_table,
)

HEADER = ["Nome", "Numero", "Testo", "Ora", "Codice"]
ROWS = [
    [
        "Mario Rossi",
        "+39 333 1234567",
        "Ciao Mario, a domani",
        datetime(2026, 11, 30, 21, 7, 5),
        None,
    ],
    ["", "+39 347 1112222", '=HYPERLINK("http://x","y")', None, 86],
]


def read_csv_file(path: Path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_csv_with_the_italian_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    assert write_table(path, HEADER, ROWS, delimiter=";") == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbfNome;Numero;Testo;Ora;Codice\r\n")
    assert read_csv_file(path, ";") == [
        HEADER,
        ["Mario Rossi", "+39 333 1234567", "Ciao Mario, a domani", "2026-11-30 21:07:05", ""],
        ["", "+39 347 1112222", '\'=HYPERLINK("http://x","y")', "", "86"],
    ]


def test_xlsx_read_back(tmp_path: Path) -> None:
    path = tmp_path / "broadcast-7.xlsx"
    assert write_table(path, HEADER, ROWS) == 2
    sheet = load_workbook(path).active
    assert sheet.title == "broadcast-7"
    assert sheet.freeze_panes == "A2"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [
        HEADER,
        ["Mario Rossi", "+39 333 1234567", "Ciao Mario, a domani", ROWS[0][3], None],
        [None, "+39 347 1112222", '=HYPERLINK("http://x","y")', None, 86],  # "": an empty cell
    ]
    time = sheet["D2"]
    assert time.is_date and isinstance(time.value, datetime)
    assert time.number_format == "m/d/yy h:mm"  # Excel's built-in 22: the reader's format
    assert sheet["E3"].data_type == "n"


def test_xlsx_never_stores_a_formula(tmp_path: Path) -> None:
    """openpyxl would store a text that begins with "=" as a formula: written as text, with
    Excel's quote prefix, so that neither opening nor editing the cell runs it."""
    path = tmp_path / "x.xlsx"
    texts = ["=1+1", "@SUM(A1)", "-2+3", "+39 333 1234567", "Roma"]
    write_table(path, ["=head", "b", "c", "d", "e"], [texts])
    sheet = load_workbook(path).active
    header, row = list(sheet.iter_rows())
    assert header[0].value == "=head" and header[0].data_type == "s" and header[0].quotePrefix
    assert [cell.value for cell in row] == texts
    assert [cell.data_type for cell in row] == ["s"] * 5
    assert [cell.quotePrefix for cell in row] == [True, True, True, False, False]


def test_xlsx_text_the_format_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    write_table(
        path, ["a", "b", "c"], [["bell\x07 here", "x" * (XLSX_TEXT_MAX + 10), date(2026, 1, 2)]]
    )
    row = next(load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    assert row[0] == "bell\ufffd here"
    assert len(row[1]) == XLSX_TEXT_MAX
    assert row[2] == datetime(2026, 1, 2)


def test_the_format_from_the_name_and_the_filter() -> None:
    assert table_format("a.XLSX") == XLSX
    assert table_format("a.csv", XLSX) == CSV
    assert table_format("a.txt") == CSV
    assert table_format("a.txt", XLSX) == XLSX
    assert export_target("/d/report", XLSX) == (Path("/d/report.xlsx"), XLSX)
    assert export_target("/d/report", CSV) == (Path("/d/report.csv"), CSV)
    assert export_target("/d/report.csv", XLSX) == (Path("/d/report.csv"), CSV)
    assert export_target("/d/report.xlsx", CSV) == (Path("/d/report.xlsx"), XLSX)
    assert export_target("/d/report.txt", CSV) == (Path("/d/report.txt"), CSV)
    with pytest.raises(ValueError, match="format"):
        export_target("/d/report", "ods")


@pytest.mark.parametrize("kind", [CSV, XLSX])
def test_a_failed_export_leaves_the_old_file_and_no_partial_one(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"out.{kind}"
    path.write_bytes(b"old")

    def rows():
        yield ["a"]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_table(path, ["h"], rows(), kind=kind)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_contacts_to_xlsx_and_back(tmp_path: Path) -> None:
    contacts = [
        Contact(
            "Mario Rossi", "+393331234567", "+39 333 1234567", ("Clienti", "VIP"), {"Città": "Roma"}
        ),
        Contact("=cmd", "+390612345678", "+39 06 12345678", (), {}),
    ]
    headers = ("Nome", "Numero", "Gruppi")
    path = tmp_path / "rubrica.xlsx"
    assert export_contacts(contacts, path, headers=headers) == 2
    preview = read_file(path)
    assert preview.header == ("Nome", "Numero", "Gruppi", "Città")
    result = apply_mapping(preview, export_mapping(preview.header, headers), "IT")
    assert not result.errors
    assert [(c.name, c.e164, c.groups, c.extra) for c in result.contacts] == [
        ("Mario Rossi", "+393331234567", ("Clienti", "VIP"), {"Città": "Roma"}),
        ("=cmd", "+390612345678", (), {}),  # in XLSX the text comes back as it was
    ]
