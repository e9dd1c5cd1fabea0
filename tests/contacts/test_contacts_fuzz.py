"""Random bytes as CSV, XLSX and vCard files: only ContactImportError or a clean result."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from smsgate_desktop.contacts import (
    ColumnMapping,
    ContactImportError,
    Preview,
    apply_mapping,
    read_file,
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _import(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            preview = read_file(path)
        except ContactImportError as exc:
            assert exc.name == path.name
            assert exc.reason
            return
    _check(preview)


def _check(preview: Preview) -> None:
    assert preview.rows
    assert all(len(row) == len(preview.header) for row in preview.rows)
    assert all(isinstance(cell, str) for row in preview.rows for cell in row)
    assert len(preview.lines) == len(preview.rows)
    assert preview.lines == sorted(preview.lines)
    result = apply_mapping(preview, ColumnMapping(number=0, name=-1), "IT")
    for contact in result.contacts:
        assert contact.e164.startswith("+")


# Text-like bytes reach the CSV parser more often than uniformly random ones.
TEXTISH = st.lists(
    st.sampled_from(
        [
            b",",
            b";",
            b"\t",
            b"|",
            b'"',
            b"\n",
            b"\r\n",
            b"+39",
            b"333 1234567",
            b"\xc3\xa8",
            b"\xe8",
            b"\xef\xbb\xbf",
            b"\x00",
            b"Nome",
            b" ",
        ]
    ),
    max_size=60,
).map(b"".join)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), TEXTISH))
def test_csv_fuzz(data: bytes) -> None:
    _import(data, ".csv")


def _workbook_bytes() -> bytes:
    book = Workbook()
    book.active.append(["Name", "Phone"])
    book.active.append(["Anna", 3331234567])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WORKBOOK = _workbook_bytes()


@st.composite
def damaged_workbooks(draw: st.DrawFn) -> bytes:
    data = bytearray(WORKBOOK)
    for _ in range(draw(st.integers(1, 20))):
        index = draw(st.integers(0, len(data) - 1))
        data[index] = draw(st.integers(0, 255))
    return bytes(data[: draw(st.integers(0, len(data)))])


@st.composite
def odd_zips(draw: st.DrawFn) -> bytes:
    """Valid ZIP archives with random members, some named like a workbook's parts."""
    out = io.BytesIO()
    names = st.sampled_from(
        [
            "[Content_Types].xml",
            "xl/workbook.xml",
            "_rels/.rels",
            "xl/worksheets/sheet1.xml",
            "xl/_rels/workbook.xml.rels",
            "other.txt",
        ]
    )
    with zipfile.ZipFile(out, "w") as archive:
        for name in draw(st.lists(names, max_size=5, unique=True)):
            archive.writestr(name, draw(st.binary(max_size=300)))
    return out.getvalue()


@FUZZ
@given(st.one_of(st.binary(max_size=2000), damaged_workbooks(), odd_zips()))
def test_xlsx_fuzz(data: bytes) -> None:
    _import(data, ".xlsx")


VCARD_PIECES = st.sampled_from(
    [
        b"BEGIN:VCARD\r\n",
        b"END:VCARD\r\n",
        b"VERSION:3.0\r\n",
        b"VERSION:2.1\r\n",
        b"FN:",
        b"N:",
        b";",
        b"TEL;TYPE=CELL:",
        b"TEL:",
        b"CATEGORIES:",
        b"a,b",
        b"+39 333 1234567",
        b"\r\n",
        b" ",
        b"=",
        b"ENCODING=QUOTED-PRINTABLE:",
        b"PHOTO;ENCODING=b:",
        b"\xff",
        b":",
    ]
)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), st.lists(VCARD_PIECES, max_size=40).map(b"".join)))
def test_vcard_fuzz(data: bytes) -> None:
    _import(data, ".vcf")
