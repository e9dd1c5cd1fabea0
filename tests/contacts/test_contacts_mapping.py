"""contacts/mapping.py and export.py: normalising, errors by line, duplicates, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsgate_desktop.contacts import (
    ColumnMapping,
    Contact,
    Preview,
    apply_mapping,
    contacts_to_csv,
    export_csv,
    export_mapping,
    guess_mapping,
    read_csv,
    read_file,
)

TEXT = (
    "Nome;Cognome;Cellulare;Gruppi;Città\n"  # 1
    "Mario;Rossi;333 1234567;Clienti, VIP;Roma\n"  # 2
    "Anna;Bianchi;+39 06 1234 5678;;Milano\n"  # 3
    ";;;;\n"  # 4: blank, skipped
    "Bad;Letters;333 CALL ME;Clienti;\n"  # 5
    "Short;One;12;;\n"  # 6
    "Empty;Number;;Clienti;Napoli\n"  # 7
    ";;0039 333 123 4567;clienti|Fornitori;Torino\n"  # 8: Mario again, no name
    "Carlo;Verdi;347 1111111, 06 1234 5678;Staff;Roma\n"  # 9: two numbers, the 2nd Anna's
    '"Zeta";"Quote";"389.222.3333";;"Bari"\n'  # 10
)


@pytest.fixture
def preview(tmp_path: Path) -> Preview:
    path = tmp_path / "rubrica.csv"
    path.write_bytes(TEXT.encode("utf-8"))
    return read_csv(path)


MAPPING = ColumnMapping(
    number="Cellulare", name=("Nome", "Cognome"), groups="Gruppi", extra=("Città",)
)


def test_contacts_errors_and_duplicates(preview: Preview) -> None:
    result = apply_mapping(preview, MAPPING, "IT")
    assert result.contacts == [
        Contact(
            "Mario Rossi",
            "+393331234567",
            "+39 333 1234567",
            ("Clienti", "VIP", "Fornitori"),
            {"Città": "Roma; Torino"},
            2,
            "mobile",
        ),
        Contact(
            "Anna Bianchi",
            "+390612345678",
            "+39 06 12345678",
            ("Staff",),  # from line 9, where Carlo's second number is Anna's
            {"Città": "Milano; Roma"},
            3,
            "fixed_line",
        ),
        Contact(
            "Carlo Verdi",
            "+393471111111",
            "+39 347 1111111",
            ("Staff",),
            {"Città": "Roma"},
            9,
            "mobile",
        ),
        Contact(
            "Zeta Quote", "+393892223333", "+39 389 2223333", (), {"Città": "Bari"}, 10, "mobile"
        ),
    ]
    assert [(e.line, e.raw) for e in result.errors] == [
        (5, "333 CALL ME"),
        (6, "12"),
        (7, ""),
    ]
    assert "letter 'C'" in result.errors[0].reason
    assert result.errors[0].message.startswith("line 5: '333 CALL ME': ")
    assert result.errors[2].reason == "no phone number in this row"
    assert [(d.line, d.raw, d.e164, d.first_line) for d in result.merged_duplicates] == [
        (8, "0039 333 123 4567", "+393331234567", 2),
        (9, "06 1234 5678", "+390612345678", 3),
    ]
    assert result.summary == "4 contacts, 3 rows with errors, 2 duplicates merged"


def test_nothing_valid_lost(preview: Preview) -> None:
    result = apply_mapping(preview, MAPPING, "IT")
    accounted = len(result.contacts) + len(result.errors) + len(result.merged_duplicates)
    numbers_in_rows = sum(max(1, len(r[2].replace(";", ",").split(","))) for r in preview.rows)
    assert accounted == numbers_in_rows


def test_first_nonempty_name_wins(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("Name,Phone\n,3331234567\nLater,+393331234567\nLast,3331234567\n")
    result = apply_mapping(read_csv(path), ColumnMapping(number=1, name=0))
    assert [(c.name, c.line) for c in result.contacts] == [("Later", 2)]
    assert [d.name for d in result.merged_duplicates] == ["Later", "Last"]


def test_default_region(tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    path.write_text("Nom,Téléphone\nJean,06 12 34 56 78\n")
    preview = read_csv(path)
    mapping = guess_mapping(preview)
    assert mapping == ColumnMapping(number=1, name=0, groups=None, extra=())
    assert apply_mapping(preview, mapping, "FR").contacts[0].e164 == "+33612345678"
    assert apply_mapping(preview, mapping, "IT").contacts[0].e164 == "+390612345678"
    with pytest.raises(ValueError, match="unknown default region"):
        apply_mapping(preview, mapping, "XX")


def test_bad_column_is_the_programs_mistake(preview: Preview) -> None:
    with pytest.raises(KeyError):
        apply_mapping(preview, ColumnMapping(number="Telefono"))
    with pytest.raises(KeyError):
        apply_mapping(preview, ColumnMapping(number=12))


def test_guess_mapping(preview: Preview) -> None:
    assert guess_mapping(preview) == ColumnMapping(number=2, name=0, groups=3, extra=(1, 4))


def test_guess_mapping_without_header_words(tmp_path: Path) -> None:
    path = tmp_path / "raw.csv"
    path.write_text("Anna,3331234567\nBruno,347 1234567\n")
    preview = read_csv(path, has_header=False)
    assert guess_mapping(preview) == ColumnMapping(number=1, extra=(0,))
    path.write_text("Anna,Roma\nBruno,Milano\n")
    assert guess_mapping(read_csv(path)) is None


def test_export_round_trip(preview: Preview, tmp_path: Path) -> None:
    contacts = apply_mapping(preview, MAPPING, "IT").contacts
    out = tmp_path / "export.csv"
    export_csv(contacts, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfName,Number,Groups,Citt\xc3\xa0\r\n")
    assert b'"+39 333 1234567","Clienti; VIP; Fornitori"' not in data  # minimal quoting
    assert b"Mario Rossi,+39 333 1234567,Clienti; VIP; Fornitori,Roma; Torino\r\n" in data
    again = read_file(out)
    assert again.encoding == "utf-8-sig"
    result = apply_mapping(again, export_mapping(again.header), "IT")
    assert not result.errors
    assert not result.merged_duplicates
    assert [(c.name, c.e164, c.display, c.groups, c.extra) for c in result.contacts] == [
        (c.name, c.e164, c.display, c.groups, c.extra) for c in contacts
    ]


def test_export_options() -> None:
    contacts = [Contact("A; B", "+393331234567", "+39 333 1234567", ("x",), {"k": "v"})]
    text = contacts_to_csv(contacts, delimiter=";", number_format="e164", extra_columns=[])
    assert text == 'Name;Number;Groups\r\n"A; B";+393331234567;x\r\n'
    with pytest.raises(ValueError, match="number_format"):
        contacts_to_csv(contacts, number_format="national")
