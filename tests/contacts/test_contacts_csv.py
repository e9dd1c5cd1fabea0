"""contacts/csv_import.py: encodings, delimiters, quoting, text cells, line numbers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from smsgate_desktop.contacts import (
    ContactImportError,
    decode_text,
    read_csv,
    read_file,
    sniff_delimiter,
)

ROWS = "Nome;Cellulare\nNiccolò Rossi;333 1234567\nJosé Müller;0039 347 7654321\n"


def write(tmp_path: Path, data: bytes, name: str = "rubrica.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ROWS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ROWS.encode("utf-8"), "utf-8-sig"),
        (ROWS.encode("cp1252"), "cp1252"),
        (ROWS.encode("latin-1"), "cp1252"),  # the same bytes for these letters
        (codecs.BOM_UTF16_LE + ROWS.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ROWS.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16le-bom", "utf16be-bom"],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    preview = read_csv(write(tmp_path, data))
    assert preview.encoding == encoding
    assert preview.header == ("Nome", "Cellulare")  # no BOM left in the first name
    assert preview.rows == [
        ("Niccolò Rossi", "333 1234567"),
        ("José Müller", "0039 347 7654321"),
    ]


def test_hand_written_bytes() -> None:
    # "Perù;€" in cp1252 (ù = F9, € = 80): not UTF-8, read as Windows-1252, not cp1250.
    assert decode_text(b"Nome;Nota\nPer\xf9;\x80 5\n") == ("Nome;Nota\nPerù;€ 5\n", "cp1252")
    # The same in UTF-8 with BOM.
    assert decode_text(b"\xef\xbb\xbfPer\xc3\xb9")[0] == "Perù"


def test_cyrillic_cp1251_left_to_the_detector() -> None:
    text = "Имя;Телефон\nИван Петров;+7 912 345 67 89\nСергей Иванов;+7 912 345 67 80\n"
    decoded, encoding = decode_text(text.encode("cp1251"))
    assert decoded == text
    assert encoding == "cp1251"


def test_explicit_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, ROWS.encode("cp1252"))
    assert read_csv(path, encoding="latin-1").rows[0][0] == "Niccolò Rossi"
    with pytest.raises(ContactImportError, match="cannot read it as utf-8"):
        read_csv(path, encoding="utf-8")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    lines = [["Name", "Phone", "Group"], ["Rossi, Mario", "333 123 4567", "A"], ["B", "06 1", "C"]]
    # The comma inside "Rossi, Mario" must not fool the sniffer when it is not the delimiter.
    text = "\n".join(
        delimiter.join(f'"{c}"' if delimiter in c else c for c in line) for line in lines
    )
    preview = read_csv(write(tmp_path, text.encode()))
    assert preview.delimiter == delimiter
    assert preview.header == ("Name", "Phone", "Group")
    assert preview.rows[0] == ("Rossi, Mario", "333 123 4567", "A")


def test_sniff_single_column() -> None:
    assert sniff_delimiter("Phone\n3331234567\n3471234567\n") == ","


def test_quoted_fields_with_newlines_and_line_numbers(tmp_path: Path) -> None:
    text = (
        "Name,Phone,Note\r\n"
        'Anna,3331234567,"two\r\nlines"\r\n'
        "\r\n"
        'Bruno,"0471 123456","say ""hi"""\r\n'
    )
    preview = read_csv(write(tmp_path, text.encode()))
    assert preview.rows == [
        ("Anna", "3331234567", "two\r\nlines"),
        ("Bruno", "0471 123456", 'say "hi"'),
    ]
    assert preview.header_line == 1
    assert preview.lines == [2, 5]  # the quoted newline and the blank line count


def test_leading_zeros_and_spaces_kept(tmp_path: Path) -> None:
    text = "Name;Phone;Code\nA;  0612345678 ;007\nB;+39 0471 123456;0\n"
    preview = read_csv(write(tmp_path, text.encode()))
    assert preview.rows == [("A", "  0612345678 ", "007"), ("B", "+39 0471 123456", "0")]


def test_ragged_rows_and_header_names(tmp_path: Path) -> None:
    text = "Phone,,Phone\n333,a\n347,b,c,d,\n"
    preview = read_csv(write(tmp_path, text.encode()))
    assert preview.header == ("Phone", "Column 2", "Phone (2)", "Column 4")
    assert preview.rows == [("333", "a", "", ""), ("347", "b", "c", "d")]
    assert preview.column("phone (2)") == 2
    with pytest.raises(KeyError):
        preview.column("Email")


def test_no_header(tmp_path: Path) -> None:
    preview = read_csv(write(tmp_path, b"3331234567;Anna\n3471234567;Bruno\n"), has_header=False)
    assert preview.header == ("Column 1", "Column 2")
    assert preview.lines == [1, 2]
    assert preview.header_line is None


def test_read_file_picks_csv_by_extension_and_content(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, ROWS.encode(), "list.txt")).kind == "csv"
    assert read_file(write(tmp_path, ROWS.encode(), "list.data")).kind == "csv"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"Name;Phone\r\n", "only a header"),
        (b"Name;Phone\r\n;\r\n\r\n", "only a header"),
        (b"\x00\x01\x02\x03\xff\xfe\x00binary\x00\x9d" * 20, "not a text file"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xfe", "ZIP archive"),
        (bytes(range(1, 9)) * 100, "not a text file"),  # valid UTF-8, but control codes
        (b"\x81\x8d\x02\x03\x04\x05\x06" * 50, "not a text file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "not a text file"),
    ],
)
def test_malformed(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(ContactImportError, match=reason) as info:
        read_csv(write(tmp_path, data))
    assert info.value.name == "rubrica.csv"
    assert "rubrica.csv" in str(info.value)


@pytest.mark.parametrize("name", ["nope.csv", "nope.dat", "nope.xlsx", "nope.vcf"])
def test_missing_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(ContactImportError, match=name.replace(".", r"\.")):
        read_file(tmp_path / name)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ContactImportError):
        read_file(tmp_path)


def test_huge_field_is_a_clean_error(tmp_path: Path) -> None:
    data = b'Name,Phone\n"' + b"x" * 200_000 + b'",333\n'
    with pytest.raises(ContactImportError, match="malformed CSV"):
        read_csv(write(tmp_path, data))
