"""contacts/ says its sentences as Phrases (protocol/phrases.py): each reason, warning and
message carries its template's code and values, so the window translates it by code; the
English stays what it was."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from openpyxl import Workbook

from smsgate_desktop.contacts import (
    ContactImportError,
    apply_mapping,
    guess_mapping,
    limits,
    read_csv,
    read_file,
    read_vcard,
    read_xlsx,
)
from smsgate_desktop.protocol.phrases import Phrase, from_record, phrase_of


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(call, *args, **kwargs) -> ContactImportError:
    with pytest.raises(ContactImportError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_the_message_is_a_phrase_with_the_reason_nested(tmp_path: Path) -> None:
    error = refusal(read_file, write(tmp_path, "rubrica.csv", b""))
    assert isinstance(error.reason, Phrase)
    assert error.reason.code == "ContactFiles.empty-file"
    message = phrase_of(error)
    assert message is not None and message.code == "ContactFiles.cannot-import"
    assert message.values == {"file": "'rubrica.csv'", "reason": error.reason}
    assert str(error) == message == "Cannot import 'rubrica.csv': the file is empty"


def test_a_refusal_at_a_line_names_it(tmp_path: Path) -> None:
    error = refusal(read_vcard, write(tmp_path, "a.vcf", b"hello\r\nBEGIN:VCARD\r\n"))
    message = phrase_of(error)
    assert message is not None and message.code == "ContactFiles.cannot-import-line"
    assert message.values["line"] == 1
    assert error.reason.code == "ContactFiles.text-before-cards"
    assert error.reason.values == {"text": "'hello'"}


def test_a_signature_is_a_reason_inside_a_reason(tmp_path: Path) -> None:
    error = refusal(read_csv, write(tmp_path, "z.csv", b"%PDF-1.4 \xff\xfe\n"))
    assert error.reason.code == "ContactFiles.not-text"
    nested = error.reason.values["reason"]
    assert isinstance(nested, Phrase) and nested.code == "ContactFiles.pdf"
    assert error.reason == "this is not a text file: it is a PDF document"


def test_old_xls_and_binary_files(tmp_path: Path) -> None:
    assert refusal(read_file, write(tmp_path, "x.xls", b"x")).reason.code == (
        "ContactFiles.old-xls"
    )
    binary = refusal(read_file, write(tmp_path, "b.csv", bytes(range(256)) * 10))
    assert binary.reason.code == "ContactFiles.binary"


def test_limits_give_the_limit_formatted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 1500)
    data = b"Name;Phone\n" + b"Anna;3331234567\n" * 1600
    error = refusal(read_csv, write(tmp_path, "rows.csv", data))
    assert error.reason.code == "ContactFiles.too-many-rows"
    assert error.reason.values == {"limit": "1,500"}
    assert error.params == {"limit": 1500} and error.code == "too_many_rows"


def test_an_undecodable_line_names_the_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "g.csv", b"Name;Phone\n\xff\xfe;1\nB;2\n")
    error = refusal(read_csv, path, encoding="utf-8")
    assert error.reason.code == "ContactFiles.undecodable"
    assert error.reason.values["encoding"] == "utf-8"
    bom = refusal(read_csv, write(tmp_path, "bom.csv", b"\xef\xbb\xbfName;Phone\n\xff;1\n"))
    assert bom.reason.code == "ContactFiles.not-as-marked"


def mixed(tmp_path: Path, others: int) -> list:
    lines = [b"Name;Phone", *["José;3331234567".encode()] * 200]
    lines += ["Andrè;3331234567".encode("cp1252")] * others
    return list(read_csv(write(tmp_path, f"mix{others}.csv", b"\n".join(lines) + b"\n")).warnings)


def test_read_warnings_are_phrases(tmp_path: Path) -> None:
    first = mixed(tmp_path, 1)[0]
    assert first.reason.code == "ContactFiles.other-encoding"
    assert first.reason.values == {"expected": "utf-8", "encoding": "cp1252"}
    assert first.message.code == "ContactFiles.warning-at-line"
    assert first.message.values == {"line": 202, "reason": first.reason}
    one_more = mixed(tmp_path, limits.MAX_WARNINGS + 1)[-1]
    assert one_more.line is None
    assert one_more.reason.code == "ContactFiles.one-more-other-encoding"
    assert one_more.message is one_more.reason


def test_many_more_lines_are_counted_formatted(tmp_path: Path) -> None:
    lines = [b"Name;Phone", *["Andrè;3331234567".encode("cp1252")] * 2000]
    lines += ["José;3331234567".encode()] * (limits.MAX_WARNINGS + 1100)
    warnings = read_csv(write(tmp_path, "many.csv", b"\n".join(lines) + b"\n")).warnings
    summary = warnings[-1].reason
    assert summary.code == "ContactFiles.more-other-encoding"
    assert summary.values == {"count": "1,100", "expected": "cp1252", "encoding": "utf-8"}


def test_a_blank_header_cell_is_a_phrase(tmp_path: Path) -> None:
    preview = read_csv(write(tmp_path, "col.csv", b"Name;;Phone\nA;x;3331234567\n"))
    blank = preview.header[1]
    assert isinstance(blank, Phrase) and blank == "Column 2"
    assert blank.code == "ContactFiles.blank-column" and blank.values == {"count": 2}
    assert not isinstance(preview.header[0], Phrase)  # the file's own names stay as written
    assert preview.column("column 2") == 1


def test_a_missing_column_is_said_in_a_phrase(tmp_path: Path) -> None:
    preview = read_csv(write(tmp_path, "c.csv", b"Name;Phone\nA;1\n"))
    with pytest.raises(KeyError) as named:
        preview.column("Nope")
    assert phrase_of(named.value).code == "ContactFiles.no-column-named"
    assert phrase_of(named.value).values["ref"] == "'Nope'"
    with pytest.raises(KeyError) as at:
        preview.column(5)
    assert phrase_of(at.value).values == {"ref": 5, "count": 2}


def test_refused_rows_duplicates_and_the_summary(tmp_path: Path) -> None:
    data = b"Nome;Telefono\nAnna;3331234567\nBob;\nDan;+39 333 1234567\n"
    preview = read_csv(write(tmp_path, "m.csv", data))
    result = apply_mapping(preview, guess_mapping(preview), "IT")
    (error,) = result.errors
    assert error.reason.code == "ContactFiles.no-number"
    assert error.message.code == "ContactFiles.row-error"
    assert error.message.values["raw"].code == "ContactFiles.empty-cell"
    assert error.message == "line 3: (empty): no phone number in this row"
    (duplicate,) = result.merged_duplicates
    assert duplicate.message.code == "ContactFiles.duplicate"
    assert duplicate.message.values["raw"] == "'+39 333 1234567'"
    assert result.summary.code == "ContactFiles.import-summary"
    assert result.summary.values == {"contacts": 1, "errors": 1, "duplicates": 1}


def test_workbook_refusals_name_the_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = Workbook()
    workbook.active.title = "Contatti"
    workbook.active.append(["Nome", "Telefono"])
    for _ in range(5):
        workbook.active.append(["Anna", "3331234567"])
    path = tmp_path / "w.xlsx"
    workbook.save(path)
    missing = refusal(read_xlsx, path, sheet="Altro")
    assert missing.reason.code == "ContactFiles.no-such-sheet"
    assert missing.reason.values == {"sheet": "'Altro'", "sheets": "Contatti"}
    monkeypatch.setattr(limits, "MAX_ROWS", 3)
    rows = refusal(read_xlsx, path)
    assert rows.reason.code == "ContactFiles.sheet-too-many-rows"
    assert rows.reason.values == {"sheet": "'Contatti'", "limit": "3"}


def test_not_a_workbook(tmp_path: Path) -> None:
    old = refusal(read_xlsx, write(tmp_path, "o.xlsx", b"\xd0\xcf\x11\xe0" + b"0" * 30))
    assert old.reason.code == "ContactFiles.not-xlsx-old-xls"
    damaged = refusal(read_xlsx, write(tmp_path, "d.xlsx", b"PK\x03\x04garbage"))
    assert damaged.reason.code == "ContactFiles.damaged-workbook"
    assert damaged.reason.values["detail"] == "File is not a zip file"


def test_a_phrase_survives_the_journal_and_a_process_pool(tmp_path: Path) -> None:
    error = refusal(read_file, write(tmp_path, "x.xls", b"x"))
    message = phrase_of(error)
    assert from_record(message.to_record()) == message
    assert from_record(message.to_record()).code == message.code
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.values["reason"].code == "ContactFiles.old-xls"
