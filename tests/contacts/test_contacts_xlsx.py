"""contacts/xlsx_import.py: workbooks made with openpyxl, text and numeric cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from smsgate_desktop.contacts import (
    ContactImportError,
    cell_text,
    read_file,
    read_xlsx,
    sheet_names,
)


def workbook(tmp_path: Path, name: str = "rubrica.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Contatti"
    sheet.append(["Nome", "Cellulare", "Gruppo", "Nato"])
    sheet.append(["Mario", 3331234567, "Clienti", dt.datetime(1980, 5, 17)])
    sheet.append(["Anna", 3331234567.0, None, None])  # a float, as Excel stores numbers
    sheet.append([None, None, None, None])  # a blank row is skipped, its number still counts
    sheet.append(["Luigi", "0612345678", "Staff", True])  # typed as text: zero kept
    zero = sheet.cell(row=6, column=2, value=612345678)  # numeric, shown zero-padded
    zero.number_format = "0000000000"
    sheet.cell(row=6, column=1, value="Zeno")
    other = book.create_sheet("Altro")
    other.append(["Phone"])
    other.append(["+39 347 1234567"])
    path = tmp_path / name
    book.save(path)
    return path


def test_first_sheet_as_text(tmp_path: Path) -> None:
    preview = read_xlsx(workbook(tmp_path))
    assert preview.kind == "xlsx"
    assert preview.sheet == "Contatti"
    assert preview.sheets == ("Contatti", "Altro")
    assert preview.header == ("Nome", "Cellulare", "Gruppo", "Nato")
    assert preview.rows == [
        ("Mario", "3331234567", "Clienti", "1980-05-17"),
        ("Anna", "3331234567", "", ""),
        ("Luigi", "0612345678", "Staff", "TRUE"),
        ("Zeno", "0612345678", "", ""),
    ]
    assert preview.lines == [2, 3, 5, 6]
    assert all(isinstance(cell, str) for row in preview.rows for cell in row)


def test_named_sheet(tmp_path: Path) -> None:
    path = workbook(tmp_path)
    assert sheet_names(path) == ["Contatti", "Altro"]
    preview = read_file(path, sheet="Altro")
    assert preview.rows == [("+39 347 1234567",)]
    with pytest.raises(ContactImportError, match="no sheet named 'Nope'"):
        read_xlsx(path, sheet="Nope")


def test_data_not_starting_at_a1(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["B3"] = "Phone"
    sheet["B4"] = 3471234567
    sheet["B6"] = "06 123456"
    path = tmp_path / "offset.xlsx"
    book.save(path)
    preview = read_xlsx(path)
    assert preview.header_line == 3
    assert preview.lines == [4, 6]
    assert [row[-1] for row in preview.rows] == ["3471234567", "06 123456"]


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (3331234567.0, None, "3331234567"),
        (393331234567, "General", "393331234567"),
        (0.1, None, "0.1"),
        (1e-7, None, "0.0000001"),
        (1.5e20, None, "150000000000000000000"),
        (42, "00000", "00042"),
        (None, None, ""),
        (False, None, "FALSE"),
        (dt.date(2024, 2, 29), None, "2024-02-29"),
        (dt.datetime(2024, 2, 29, 8, 30), None, "2024-02-29 08:30:00"),
        ("  007 ", None, "  007 "),
    ],
)
def test_cell_text(value: object, fmt: str | None, text: str) -> None:
    assert cell_text(value, fmt) == text


def test_header_only(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Nome", "Telefono"])
    path = tmp_path / "vuoto.xlsx"
    book.save(path)
    with pytest.raises(ContactImportError, match="only a header"):
        read_xlsx(path)


def test_empty_sheet(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    Workbook().save(path)
    with pytest.raises(ContactImportError, match="empty"):
        read_xlsx(path)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated(tmp_path: Path, keep: float) -> None:
    data = workbook(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ContactImportError, match=r"cut\.xlsx") as info:
        read_xlsx(path)
    assert "damaged" in info.value.reason


def test_corrupt_byte_in_the_middle(tmp_path: Path) -> None:
    data = bytearray(workbook(tmp_path).read_bytes())
    for index in range(200, len(data), 97):
        data[index] ^= 0x5A
    path = tmp_path / "bad.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ContactImportError, match="damaged"):
        read_xlsx(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"Name,Phone\n", "not an .xlsx workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old .xls"),
    ],
)
def test_not_a_workbook(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    with pytest.raises(ContactImportError, match=reason):
        read_file(path)


def test_xls_extension_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ContactImportError, match=r"save it as \.xlsx"):
        read_file(path)


def test_xlsx_found_by_content(tmp_path: Path) -> None:
    path = workbook(tmp_path, "export.dat")
    assert read_file(path).kind == "xlsx"
