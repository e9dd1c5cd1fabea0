"""contacts/vcard_import.py: every TEL, names from FN or N, CATEGORIES as groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsgate_desktop.contacts import (
    ContactImportError,
    apply_mapping,
    guess_mapping,
    read_file,
    read_vcard,
)

CARDS = (
    "BEGIN:VCARD\r\n"  # 1
    "VERSION:3.0\r\n"
    "FN:Mario Rossi\r\n"
    "N:Rossi;Mario;;;\r\n"
    "TEL;TYPE=CELL:+39 333 1234567\r\n"  # 5
    "TEL;TYPE=WORK,VOICE:06 1234567\r\n"  # 6
    "item1.TEL:0471 123\r\n"  # 7
    " 456\r\n"
    "CATEGORIES:Amici,Lavoro\r\n"
    "EMAIL:mario@example.com\r\n"
    "END:VCARD\r\n"
    "\r\n"
    "BEGIN:VCARD\r\n"  # 13
    "VERSION:2.1\r\n"
    "N:Bianchi;Anna;;Dott.;\r\n"
    "TEL;CELL:3471234567\r\n"  # 16
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # 18
    "VERSION:4.0\r\n"
    "FN:Senza Numero\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # 22
    "VERSION:3.0\r\n"
    "ORG:ACME S.p.A.\r\n"
    "TEL:+39 333 1234567\r\n"  # 25, the same number as Mario's mobile
    "CATEGORIES:Fornitori\r\n"
    "END:VCARD\r\n"
)


def write(tmp_path: Path, text: str, name: str = "rubrica.vcf", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_every_tel_is_a_row(tmp_path: Path) -> None:
    preview = read_vcard(write(tmp_path, CARDS))
    assert preview.kind == "vcard"
    assert preview.header[:4] == ("Name", "Number", "Type", "Groups")
    assert [row[:4] for row in preview.rows] == [
        ("Mario Rossi", "+39 333 1234567", "cell", "Amici, Lavoro"),
        ("Mario Rossi", "06 1234567", "work, voice", "Amici, Lavoro"),
        ("Mario Rossi", "0471 123456", "", "Amici, Lavoro"),
        ("Dott. Anna Bianchi", "3471234567", "cell", ""),
        ("Senza Numero", "", "", ""),
        ("ACME S.p.A.", "+39 333 1234567", "", "Fornitori"),
    ]
    assert preview.rows[0][4] == "mario@example.com"
    assert preview.lines == [5, 6, 7, 16, 18, 25]


def test_mapping_of_a_vcard(tmp_path: Path) -> None:
    preview = read_file(write(tmp_path, CARDS))
    mapping = guess_mapping(preview)
    assert mapping is not None
    assert (mapping.name, mapping.number, mapping.groups) == (0, 1, 3)
    result = apply_mapping(preview, mapping, "IT")
    assert [c.e164 for c in result.contacts] == [
        "+393331234567",
        "+39061234567",
        "+390471123456",
        "+393471234567",
    ]
    assert result.contacts[0].groups == ("Amici", "Lavoro", "Fornitori")
    assert [(e.line, e.reason) for e in result.errors] == [(18, "no phone number in this row")]
    assert [(d.line, d.first_line, d.name) for d in result.merged_duplicates] == [
        (25, 5, "ACME S.p.A.")
    ]


def test_latin1_vcard(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Niccolò\nTEL:3331234567\nEND:VCARD\n"
    preview = read_vcard(write(tmp_path, text, encoding="cp1252"))
    assert preview.rows[0][0] == "Niccolò"


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        ("", "empty", None),
        ("hello\n", "not part of any vCard", 1),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL:333\n", "no END:VCARD", 1),
        ("\n\nBEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL;TYPE=CELL\nEND:VCARD\n", "malformed", 3),
        ("BEGIN:VCARD\nFN:A\nEND:VCARD\ngarbage\n", "between two cards", 4),
        ("BEGIN:VCARD\nVERSION:3.0\nN:=\nBEGIN:VCARD\nEND:VCARD\n", "no END:VCARD", 1),
    ],
)
def test_broken(tmp_path: Path, text: str, reason: str, line: int | None) -> None:
    with pytest.raises(ContactImportError, match=reason) as info:
        read_vcard(write(tmp_path, text))
    assert info.value.line == line
    assert "rubrica.vcf" in str(info.value)


def test_vcard_found_by_content(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, CARDS, "contacts.bin")).kind == "vcard"


def test_vcard_21_quoted_printable(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Nicol=C3=B2 Rossi\r\n"
        "TEL;CELL;PREF:+393331234567\r\nEND:VCARD\r\n"
    )
    assert read_vcard(write(tmp_path, text)).rows[0][:3] == (
        "Nicolò Rossi",
        "+393331234567",
        "cell, pref",
    )
