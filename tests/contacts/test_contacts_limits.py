"""contacts/limits.py and what enforces it: memory follows what a file expands to, not its size.

Bombs are built small here (compressed, or with the limits lowered by monkeypatch); the real
figures are bench/import_bombs.py's.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from smsgate_desktop.contacts import (
    ColumnMapping,
    ContactImportError,
    apply_mapping,
    decode_text,
    limits,
    read_csv,
    read_file,
    read_vcard,
    read_xlsx,
)
from smsgate_desktop.protocol import SmsGateError

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# ---- helpers ------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def peak_of(call: Callable[[], object]) -> int:
    """The peak of Python allocations (bytes) while `call` runs."""
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def photo_card(photo_bytes: int, *, folded: bool = True, version: str = "3.0") -> bytes:
    photo = base64.b64encode(random.Random(7).randbytes(photo_bytes)).decode()
    if folded:
        photo = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    return (
        f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:Mario Rossi\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n"
        "TEL;TYPE=CELL:+39 333 1234567\r\nEND:VCARD\r\n"
    ).encode()


def workbook_bytes(
    rows: bytes = b"",
    *,
    strings: bytes | None = None,
    styles: bytes | None = None,
    sheet_head: bytes = b"",
) -> bytes:
    """A minimal workbook: sheet "Contatti" with a Name/Phone header row, then `rows` (XML)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets>'
            '<sheet name="Contatti" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
            '<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}">'.encode()
            + sheet_head
            + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>'
            b'<c r="B1" t="inlineStr"><is><t>Phone</t></is></c></row>'
            + rows
            + b"</sheetData></worksheet>",
        )
        archive.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{MAIN}">'.encode() + (strings or b"") + b"</sst>",
        )
        if styles is not None:
            archive.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN}">'.encode() + styles)
    return out.getvalue()


ROW = (
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>Anna</t></is></c>'
    b'<c r="B2"><v>3331234567</v></c></row>'
)


@pytest.fixture
def openpyxl_never_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if openpyxl is asked to open the workbook: the refusal must come first."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl.load_workbook called")

    monkeypatch.setattr("openpyxl.load_workbook", refuse)


def forbid_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on fail if a ZIP member is unpacked: a refusal must come from the directory."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a ZIP member was read")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)


# ---- the error type -----------------------------------------------------------------------


def test_import_errors_are_smsgate_errors(tmp_path: Path) -> None:
    with pytest.raises(SmsGateError) as info:
        read_file(write(tmp_path, "x.csv", b""))
    assert isinstance(info.value, ContactImportError)
    assert info.value.code == "unreadable"


# ---- vCard: binary properties are skipped unread ------------------------------------------


def test_vcard_photo_never_reaches_vobject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vobject

    seen: list[str] = []
    real = vobject.readOne

    def spy(text: str, *args: object, **kwargs: object) -> object:
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(vobject, "readOne", spy)
    preview = read_vcard(write(tmp_path, "photo.vcf", photo_card(200_000)))
    assert preview.rows[0][:2] == ("Mario Rossi", "+39 333 1234567")
    assert preview.lines == [5 + 200_000 * 4 // 3 // 74]  # the TEL after the folded photo
    assert len(seen) == 1
    assert "PHOTO" not in seen[0]
    assert len(seen[0]) < 200


def test_vcard_with_a_5mb_photo_stays_small(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.vcf", photo_card(4 * 2**20))  # 5.6 MB of base64
    result: list[object] = []
    peak = peak_of(lambda: result.append(read_vcard(path)))
    assert peak < 50 * 2**20, f"peak {peak / 2**20:.0f} MiB"
    assert len(result[0].rows) == 1  # type: ignore[attr-defined]


def test_vcard_unfolded_photo_longer_than_a_line_is_skipped(tmp_path: Path) -> None:
    data = photo_card(limits.MAX_LINE_LENGTH, folded=False)  # one line of 1.4 Mi characters
    path = write(tmp_path, "oneline.vcf", data)
    result: list[object] = []
    peak = peak_of(lambda: result.append(read_vcard(path)))
    assert peak < 20 * 2**20, f"peak {peak / 2**20:.0f} MiB"
    assert result[0].rows[0][1] == "+39 333 1234567"  # type: ignore[attr-defined]


def test_vcard21_base64_photo_without_indented_lines(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Rossi;Mario\r\n"
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD\r\n"
        "AAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQ\r\n"
        "\r\n"
        "TEL;CELL:3331234567\r\nEND:VCARD\r\n"
    )
    preview = read_vcard(write(tmp_path, "old.vcf", text.encode()))
    assert preview.rows[0][:2] == ("Mario Rossi", "3331234567")
    assert preview.lines == [7]


def test_vcard_other_long_line_refused(tmp_path: Path) -> None:
    note = "x" * (limits.MAX_LINE_LENGTH + 10)
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:{note}\r\nEND:VCARD\r\n".encode()
    with pytest.raises(ContactImportError, match="longer than 1,048,576 characters") as info:
        read_vcard(write(tmp_path, "note.vcf", data))
    assert (info.value.code, info.value.line) == ("line_too_long", 4)
    assert "note.vcf" in str(info.value)


def test_vcard_card_too_long_refused(tmp_path: Path) -> None:
    notes = "".join(f"NOTE:{'y' * 60_000}\r\n" for _ in range(limits.MAX_CARD_LENGTH // 60_000 + 1))
    data = f"\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n{notes}END:VCARD\r\n".encode()
    with pytest.raises(ContactImportError, match="vCard is longer than") as info:
        read_vcard(write(tmp_path, "big.vcf", data))
    assert (info.value.code, info.value.line) == ("card_too_long", 2)


def test_vcard_folded_lines_skipped_fast_and_numbered(tmp_path: Path) -> None:
    # A photo of 1,000,000 three-character lines: one folded line, read past in one go.
    photo = "PHOTO;ENCODING=b:AAAA" + "\r\n A" * 1_000_000
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n{photo}\r\nTEL:3331234567\r\nEND:VCARD\r\n"
    preview = read_vcard(write(tmp_path, "short.vcf", data.encode()))
    assert preview.lines == [1_000_005]


def test_text_file_lines_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_LINES", 1000)
    data = b"BEGIN:VCARD\r\nFN:A\r\nTEL:333\r\nEND:VCARD\r\n" + b"\r\n" * 2000
    with pytest.raises(ContactImportError, match="more than 1,000 lines") as info:
        read_vcard(write(tmp_path, "blank.vcf", data))
    assert (info.value.code, info.value.line) == ("too_many_lines", 1001)


def test_vcard_rows_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nTEL:3331234567\r\n{}END:VCARD\r\n"
    assert len(read_vcard(write(tmp_path, "ok.vcf", card.format("").encode() * 5))) == 5
    two = card.format("TEL:3471234567\r\n").encode() * 3  # 3 cards, 6 rows
    with pytest.raises(ContactImportError, match="more than 5 rows") as info:
        read_vcard(write(tmp_path, "tels.vcf", two))
    assert (info.value.code, info.value.line) == ("too_many_rows", 17)  # the 6th TEL


def test_vcard_cards_counted_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vobject

    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nTEL:3331234567\r\nEND:VCARD\r\n"
    path = write(tmp_path, "many.vcf", card * 1000)
    monkeypatch.setattr(vobject, "readOne", None)  # never reached
    with pytest.raises(ContactImportError, match="more than 5 rows") as info:
        read_vcard(path)
    assert info.value.code == "too_many_rows"


def test_vcard_cards_counted_across_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smsgate_desktop.contacts.vcard_import import _count_cards

    card = b"begin:vcard\r\nVERSION:3.0\r\nFN:A\r\nTEL:3331234567\r\nEND:VCARD\r\n"
    path = write(tmp_path, "chunks.vcf", card * 30_000)  # 1.9 MB: two chunks and a bit
    monkeypatch.setattr(limits, "MAX_ROWS", 30_000)
    _count_cards(path)  # exactly 30,000: none counted twice
    monkeypatch.setattr(limits, "MAX_ROWS", 29_999)
    with pytest.raises(ContactImportError, match="more than 29,999 rows"):
        _count_cards(path)  # none missed at a chunk's edge


# ---- CSV ----------------------------------------------------------------------------------


def test_mixed_encodings_read_line_by_line(tmp_path: Path) -> None:
    data = (
        "Nome;Cellulare\nJosé Müller;333 1234567\nNiccolò;347 1234567\n".encode()
        + "José Alvarez;348 1234567\n".encode("cp1252")
        + "Zoë;349 1234567\n".encode()
    )
    preview = read_csv(write(tmp_path, "mixed.csv", data))
    assert [row[0] for row in preview.rows] == ["José Müller", "Niccolò", "José Alvarez", "Zoë"]
    assert preview.encoding == "utf-8"
    assert [(w.line, w.reason) for w in preview.warnings] == [
        (4, "not utf-8 like the rest of the file: read as cp1252")
    ]
    assert preview.warnings[0].message.startswith("line 4: ")
    result = apply_mapping(preview, ColumnMapping(number=1, name=0), "IT")
    assert result.warnings == preview.warnings
    assert decode_text(data)[0].count("José") == 2


def test_mostly_cp1252_names_the_utf8_line(tmp_path: Path) -> None:
    data = (
        b"Nome;Cellulare\n"
        + "Perù;333 1234567\nNiccolò;347 1234567\n".encode("cp1252")
        + "José;348 1234567\n".encode()
    )
    preview = read_csv(write(tmp_path, "mostly.csv", data))
    assert [row[0] for row in preview.rows] == ["Perù", "Niccolò", "José"]
    assert preview.encoding == "cp1252"
    assert [(w.line, w.reason) for w in preview.warnings] == [
        (4, "not cp1252 like the rest of the file: read as utf-8")
    ]


def test_cp1252_line_after_the_detection_sample(tmp_path: Path) -> None:
    filler = "Zoë;333 1234567\n".encode() * 70_000  # 1.1 MB of UTF-8
    data = b"Nome;Cellulare\n" + filler + "José;348 1234567\n".encode("cp1252")
    preview = read_csv(write(tmp_path, "late.csv", data))
    assert preview.rows[-1][0] == "José"
    assert [w.line for w in preview.warnings] == [70_002]


def test_many_fallback_lines_are_summed_up(tmp_path: Path) -> None:
    good = "Zoë;333 1234567\n".encode() * 1000
    bad = "José;348 1234567\n".encode("cp1252") * (limits.MAX_WARNINGS + 5)
    preview = read_csv(write(tmp_path, "many.csv", b"Nome;Cellulare\n" + good + bad))
    assert len(preview.warnings) == limits.MAX_WARNINGS + 1
    assert preview.warnings[-1].line is None
    assert preview.warnings[-1].reason.startswith("5 more lines are not utf-8")


def test_csv_single_huge_line_refused_early(tmp_path: Path) -> None:
    path = write(tmp_path, "line.csv", b"Name,Phone\n" + b"x" * 8 * 2**20 + b",333\n")
    errors: list[ContactImportError] = []

    def read() -> None:
        with pytest.raises(ContactImportError) as info:
            read_csv(path)
        errors.append(info.value)

    peak = peak_of(read)
    assert peak < 10 * 2**20, f"peak {peak / 2**20:.0f} MiB"  # the 8 MB line is never held
    assert (errors[0].code, errors[0].line) == ("line_too_long", 2)
    assert "longer than 1,048,576 characters" in str(errors[0])


def test_csv_field_limit_is_clear(tmp_path: Path) -> None:
    data = b'Name,Phone\nA,333\n"' + b"x\n" * 100_000 + b'",333\n'
    with pytest.raises(ContactImportError, match="a field is longer than 131,072") as info:
        read_csv(write(tmp_path, "field.csv", data))
    assert (info.value.code, info.value.line) == ("field_too_long", 3)


def test_csv_too_many_rows_stops_at_the_limit(tmp_path: Path) -> None:
    rows = limits.MAX_ROWS + 100_000
    path = write(tmp_path, "rows.csv", b"Name;Phone\n" + b"Anna;3331234567\n" * rows)
    with pytest.raises(ContactImportError, match="more than 200,000 rows") as info:
        read_csv(path)
    assert info.value.code == "too_many_rows"
    assert info.value.line == limits.MAX_ROWS + 1  # read no further
    assert info.value.params == {"limit": limits.MAX_ROWS}


@pytest.mark.parametrize(
    ("limit", "value", "code"),
    [
        ("MAX_CELLS", 50, "too_many_cells"),
        ("MAX_FILLED_CELLS", 20, "too_many_filled_cells"),
        ("MAX_TEXT_LENGTH", 100, "too_much_text"),
    ],
)
def test_csv_table_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, value: int, code: str
) -> None:
    monkeypatch.setattr(limits, limit, value)
    path = write(tmp_path, "t.csv", b"Name;Phone;Note\n" + b"Anna;3331234567;;\n" * 20)
    with pytest.raises(ContactImportError) as info:
        read_csv(path)
    assert info.value.code == code
    assert f"{value:,}" in info.value.reason


def test_cells_counted_with_padding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 10 rows of 1 cell and one of 10: 20 cells read, but the table is 11 x 10.
    monkeypatch.setattr(limits, "MAX_CELLS", 100)
    data = b"A\n" + b"1\n" * 10 + b"1,2,3,4,5,6,7,8,9,10\n"
    with pytest.raises(ContactImportError, match="more than 100 cells"):
        read_csv(write(tmp_path, "wide.csv", data))


def test_text_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_FILE_BYTES", 1000)
    with pytest.raises(ContactImportError, match="too big") as info:
        read_file(write(tmp_path, "big.csv", b"Name;Phone\n" + b"A;3331234567\n" * 100))
    assert info.value.code == "file_too_big"


# ---- XLSX ---------------------------------------------------------------------------------


def test_unpacked_size_refused_before_any_member_is_read(
    tmp_path: Path, openpyxl_never_opens: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 300 MiB of one shared string, 300 KB on disk.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/sharedStrings.xml", "w") as member:
            block = b"A" * 2**20
            for _ in range(300):
                member.write(block)
    path = write(tmp_path, "bomb.xlsx", out.getvalue())
    forbid_reading(monkeypatch)
    with pytest.raises(ContactImportError, match="unpacks to 300 MiB") as info:
        read_xlsx(path)
    assert info.value.code == "unpacked_too_big"
    assert "bomb.xlsx" in str(info.value)


def test_declared_size_is_what_counts(
    tmp_path: Path, openpyxl_never_opens: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A genuine small workbook whose directory claims a 3 GB sheet.
    data = bytearray(workbook_bytes(ROW))
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(b"xl/worksheets/sheet1.xml"))
    struct.pack_into("<I", data, at + 24, 3_000_000_000)  # the uncompressed size
    forbid_reading(monkeypatch)
    with pytest.raises(ContactImportError, match="unpacks to 2,861 MiB") as info:
        read_xlsx(write(tmp_path, "liar.xlsx", bytes(data)))
    assert info.value.code == "unpacked_too_big"


def test_compression_ratio_refused(
    tmp_path: Path, openpyxl_never_opens: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 20 * 2**20)
    forbid_reading(monkeypatch)
    with pytest.raises(ContactImportError, match=r"compressed 1,0\d\d times") as info:
        read_xlsx(write(tmp_path, "zeros.xlsx", out.getvalue()))
    assert info.value.code == "compression_ratio"


def test_too_many_zip_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 10)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index in range(11):
            archive.writestr(f"part{index}.xml", "<a/>")
    with pytest.raises(ContactImportError, match="more than 10 parts") as info:
        read_xlsx(write(tmp_path, "parts.xlsx", out.getvalue()))
    assert info.value.code == "too_many_parts"


def test_sheet_rows_refused_while_counting(tmp_path: Path, openpyxl_never_opens: None) -> None:
    # 210,000 rows in 7.6 MB unpacked (within the size and ratio limits): counted by the XML
    # scan, before openpyxl parses a row.
    rows = b"<row><c><v>3331234567</v></c></row>" * 210_000
    path = write(tmp_path, "rows.xlsx", workbook_bytes(rows))
    with pytest.raises(ContactImportError, match="sheet 'Contatti' has more than 200,000 rows"):
        read_xlsx(path)


def test_sheet_rows_refused_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Rows openpyxl makes up for a gap (the next row is 5000) count like written ones.
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    rows = ROW + b'<row r="5000"><c r="A5000"><v>1</v></c></row>'
    with pytest.raises(ContactImportError, match="more than 100 rows") as info:
        read_xlsx(write(tmp_path, "gap.xlsx", workbook_bytes(rows)))
    assert (info.value.code, info.value.line) == ("too_many_rows", 101)


def test_filled_cells_and_width_counted_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_never_opens: None
) -> None:
    monkeypatch.setattr(limits, "MAX_FILLED_CELLS", 10)
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(2, 12))
    with pytest.raises(ContactImportError, match="more than 10 filled cells") as info:
        read_xlsx(write(tmp_path, "filled.xlsx", workbook_bytes(rows)))
    assert info.value.code == "too_many_filled_cells"
    monkeypatch.setattr(limits, "MAX_FILLED_CELLS", 1000)
    monkeypatch.setattr(limits, "MAX_CELLS", 100)
    wide = ROW * 3 + b'<row r="3"><c r="Z3"><v>1</v></c><c r="ZZ3"/></row>'  # 5 rows x 26
    with pytest.raises(ContactImportError, match="more than 100 cells") as info:
        read_xlsx(write(tmp_path, "wide.xlsx", workbook_bytes(wide)))
    assert info.value.code == "too_many_cells"


def test_styles_bomb_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_never_opens: None
) -> None:
    monkeypatch.setattr(limits, "MAX_XML_ELEMENTS", 1000)
    styles = b"<fonts>" + b'<font><sz val="11"/></font>' * 1000 + b"</fonts></styleSheet>"
    with pytest.raises(ContactImportError, match="more than 1,000 XML elements") as info:
        read_xlsx(write(tmp_path, "styles.xlsx", workbook_bytes(ROW, styles=styles)))
    assert info.value.code == "too_many_elements"
    assert info.value.params["part"] == "xl/styles.xml"


def test_shared_strings_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_never_opens: None
) -> None:
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 100)
    strings = b"".join(b"<si><t>%d</t></si>" % n for n in range(101))
    with pytest.raises(ContactImportError, match="more than 100 distinct texts") as info:
        read_xlsx(write(tmp_path, "strings.xlsx", workbook_bytes(ROW, strings=strings)))
    assert info.value.code == "too_many_strings"
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 1000)
    monkeypatch.setattr(limits, "MAX_TEXT_LENGTH", 1000)
    strings = b"<si><t>" + b"x" * 1001 + b"</t></si>"
    with pytest.raises(ContactImportError, match="more than 1,000 characters") as info:
        read_xlsx(write(tmp_path, "text.xlsx", workbook_bytes(ROW, strings=strings)))
    assert info.value.code == "too_much_text"


def test_elements_of_one_row_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_never_opens: None
) -> None:
    monkeypatch.setattr(limits, "MAX_ITEM_ELEMENTS", 500)
    row = b'<row r="2">' + b"<c><v>1</v></c>" * 300 + b"</row>"
    with pytest.raises(ContactImportError, match="has a row of more than 500") as info:
        read_xlsx(write(tmp_path, "wide.xlsx", workbook_bytes(row)))
    assert info.value.code == "item_too_big"


def test_a_part_pretending_to_be_a_sheet_is_counted_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_never_opens: None
) -> None:
    # openpyxl parses xl/styles.xml whole, whatever its root says: rows there are no rows.
    monkeypatch.setattr(limits, "MAX_XML_ELEMENTS", 1000)
    fake = b"<row><c><v>1</v></c></row>" * 400
    data = workbook_bytes(ROW)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        archive.writestr(
            "xl/styles.xml", f'<worksheet xmlns="{MAIN}">'.encode() + fake + b"</worksheet>"
        )
    with pytest.raises(ContactImportError, match="XML elements outside its rows"):
        read_xlsx(write(tmp_path, "fake.xlsx", out.getvalue()))


def test_declared_dimension_does_not_pad_rows(tmp_path: Path) -> None:
    # openpyxl would pad each row to the 16,384 columns declared: 5 million cells.
    head = b'<dimension ref="A1:XFD1048576"/>'
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Anna</t></is></c>'
        b'<c r="B%d"><v>3331234567</v></c></row>' % (n, n, n)
        for n in range(2, 302)
    )
    path = write(tmp_path, "dim.xlsx", workbook_bytes(rows, sheet_head=head))
    result: list[object] = []
    peak = peak_of(lambda: result.append(read_xlsx(path)))
    assert peak < 30 * 2**20, f"peak {peak / 2**20:.0f} MiB"
    assert result[0].rows == [("Anna", "3331234567")] * 300  # type: ignore[attr-defined]


def test_genuine_workbook_still_reads(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Nome", "Cellulare"])
    for index in range(2000):
        book.active.append([f"Contatto {index}", f"333{index:07d}"])
    path = tmp_path / "genuine.xlsx"
    book.save(path)
    preview = read_file(path)
    assert len(preview) == 2000
    assert preview.rows[-1] == ("Contatto 1999", "3330001999")
