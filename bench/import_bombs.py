"""Hostile contact files: the peak memory, time and outcome of importing each one.

    python bench/import_bombs.py [--only NAME ...] [--timeout 120] [--keep DIR] [--code DIR]

Builds in a temporary folder (or DIR, reused on the next run):
  - vcard_photo_10mb / vcard_photo_30mb: one card whose base64 PHOTO makes the file 10 / 30 MB
    (folded at 75 characters, as phones write it); vcard_photo_30mb_oneline: the same, unfolded;
  - vcard_folded_100mb: a photo folded into 33 million 3-character lines; vcard_blank_100mb: a
    card, then 50 million blank lines; vcard_cards_300k: 300,000 small cards;
  - xlsx_strings_1.5gb: a 1.5 MB workbook whose shared-strings part unpacks to 1.5 GB;
  - xlsx_rows_12m: a 1.2 MB sheet of 12,000,000 identical rows (430 MB unpacked, written
    straight as XML); xlsx_rows_12m_numbered: the same with row and cell numbers (1.4 GB);
  - xlsx_rows_2m: 2,000,000 rows in 190 MB unpacked, within the unpacked-size limit;
  - xlsx_styles_64k: 64,000 fonts and cell formats (a 10 MB styles part openpyxl parses whole);
  - xlsx_strings_2m: 2,000,000 distinct short shared strings (all loaded when opening);
  - xlsx_dimension_xfd: 2,000 rows in a sheet that declares A1:XFD1048576;
  - csv_line_200mb: a header, then one 200 MB line; csv_rows_5m: 5,000,000 rows (80 MB);
  - at the limits, accepted: csv_filled_1.49m (149,000 rows of 10 filled cells), csv_text_60m
    (100,000 contacts with a 600-character note), xlsx_filled_1.49m (99,000 rows of 15 numbers),
    xlsx_strings_590k (590,000 distinct 60-character shared strings);
  - genuine_100k_csv / genuine_100k_xlsx: 100,000 real-looking contacts (must be accepted).
Each file is imported in a fresh interpreter (its memory capped at 8 GiB, killed after
--timeout): read_file, then guess_mapping + apply_mapping when it is accepted. Printed: the
child's peak RSS (os.wait4's ru_maxrss), the wall time of the import inside the child, and the
outcome (accepted N rows, or refused: the message). --code imports smsgate_desktop from another
folder, e.g. an older version unpacked with `git archive`, to compare.
Targets: peak RSS <= 300 MB for every file; a refusal within 10 s.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MB = 1_000_000
Writer = Callable[[Callable[[bytes], object]], None]
MEMORY_CAP = 8 * 2**30  # a runaway child fails instead of taking the machine down

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "{strings}</Types>"
)
STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Contatti" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/worksheet"/>{strings}</Relationships>'
)
STRINGS_REL = (
    '<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/sharedStrings"/>'
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Phone</t></is></c></row>'
)
SHEET_TAIL = "</sheetData></worksheet>"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CARD_HEAD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mario Rossi\r\nTEL:+39 333 1234567\r\n"
CARD_TAIL = b"\r\nEND:VCARD\r\n"


# ---- building the files -------------------------------------------------------------------


def write_vcard_photo(path: Path, size: int, *, folded: bool = True) -> None:
    head = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mario Rossi\r\nTEL;TYPE=CELL:+39 333 1234567\r\n"
    head += "PHOTO;ENCODING=b;TYPE=JPEG:"
    tail = "\r\nEND:VCARD\r\n"
    room = size - len(head) - len(tail)
    if folded:
        room = room * 74 // 77  # phones fold at 75: CRLF, a space, then 74 more characters
    raw = random.Random(1).randbytes(3 * 2**20) * (room // (4 * 2**20) + 1)
    photo = base64.b64encode(raw[: room // 4 * 3]).decode()  # valid base64: whole quads
    with path.open("w", encoding="ascii", newline="") as out:
        out.write(head)
        if folded:
            for index in range(0, len(photo), 74):
                out.write(photo[index : index + 74] + "\r\n ")
            out.seek(out.tell() - 3)  # no fold after the last piece
            out.truncate()
        else:
            out.write(photo)
        out.write(tail)


def write_vcard_pieces(path: Path, head: bytes, piece: bytes, size: int, tail: bytes) -> None:
    """`head`, then `piece` repeated to make the file `size` bytes, then `tail`."""
    with path.open("wb") as out:
        out.write(head)
        block = piece * (2**20 // len(piece))
        left = size - len(head) - len(tail)
        while left > 0:
            out.write(block[:left])
            left -= len(block)
        out.write(tail)


def write_workbook(
    path: Path, sheet: Writer, strings: Writer | None = None, head: str = ""
) -> None:
    """A minimal valid workbook: `sheet` streams sheet1.xml's rows (after a header row),
    `strings` the shared-strings part's content, through the write function each is given."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(strings=STRINGS_TYPE))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(strings=STRINGS_REL))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write((head or SHEET_HEAD).encode())
            sheet(out.write)
            out.write(SHEET_TAIL.encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            if strings is not None:
                strings(out.write)
            out.write(b"</sst>")


def write_xlsx_strings_bomb(path: Path, unpacked: int) -> None:
    def sheet(write: Callable[[bytes], object]) -> None:
        write(b'<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>3331234567</v></c></row>')

    def strings(write: Callable[[bytes], object]) -> None:
        write(b"<si><t>")
        block = b"A" * (16 * 2**20)
        left = unpacked
        while left > 0:
            write(block[:left])
            left -= len(block)
        write(b"</t></si>")

    write_workbook(path, sheet, strings)


def write_xlsx_rows(path: Path, rows: int, *, numbered: bool = True) -> None:
    """`rows` rows of a name and a number; numbered as Excel writes them, or not (openpyxl then
    counts on), which makes every row the same and the sheet compress 340 times."""

    def sheet(write: Callable[[bytes], object]) -> None:
        if not numbered:
            block = b"<row><c><v>3331234567</v></c></row>" * 10_000
            for _ in range(rows // 10_000):
                write(block)
            return
        for first in range(2, rows + 2, 10_000):
            write(
                "".join(
                    f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>C{n}</t></is></c>'
                    f'<c r="B{n}"><v>333{n:07d}</v></c></row>'
                    for n in range(first, min(first + 10_000, rows + 2))
                ).encode()
            )

    write_workbook(path, sheet)


def write_xlsx_styles(path: Path, styles: int) -> None:
    """A small sheet, and a style sheet of `styles` fonts and cell formats (10 MB)."""

    def sheet(write: Callable[[bytes], object]) -> None:
        write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>Anna</t></is></c>')
        write(b'<c r="B2"><v>3331234567</v></c></row>')

    write_workbook(path, sheet)
    fonts = "".join(
        f'<font><sz val="{10 + i % 5}"/><name val="Calibri"/></font>' for i in range(styles)
    )
    formats = "".join(
        f'<xf numFmtId="0" fontId="{i}" fillId="0" borderId="0" xfId="0" applyFont="1">'
        '<alignment horizontal="left"/></xf>'
        for i in range(styles)
    )
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/styles.xml",
            f'<styleSheet xmlns="{MAIN_NS}"><fonts count="{styles}">{fonts}</fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" '
            f'fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{styles}">'
            f"{formats}</cellXfs></styleSheet>",
        )


def write_xlsx_strings(path: Path, count: int) -> None:
    """`count` distinct short shared strings (openpyxl loads them all when it opens the file)."""

    def sheet(write: Callable[[bytes], object]) -> None:
        write(b'<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>3331234567</v></c></row>')

    def strings(write: Callable[[bytes], object]) -> None:
        for first in range(0, count, 10_000):
            write("".join(f"<si><t>{n}</t></si>" for n in range(first, first + 10_000)).encode())

    write_workbook(path, sheet, strings)


def write_xlsx_dimension(path: Path, rows: int) -> None:
    """`rows` rows in a sheet that declares A1:XFD1048576 (openpyxl pads each row to it)."""
    dimension = '<dimension ref="A1:XFD1048576"/>'

    def sheet(write: Callable[[bytes], object]) -> None:
        for n in range(2, rows + 2):
            write(
                f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>C{n}</t></is></c>'
                f'<c r="B{n}"><v>333{n:07d}</v></c></row>'.encode()
            )

    write_workbook(path, sheet, head=SHEET_HEAD.replace("<sheetData>", dimension + "<sheetData>"))


def write_csv_line(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.write(b"Name,Phone\n")
        block = b"x" * (16 * 2**20)
        left = size
        while left > 0:
            out.write(block[:left])
            left -= len(block)
        out.write(b",3331234567\n")


def write_csv_rows(path: Path, rows: int) -> None:
    with path.open("wb") as out:
        out.write(b"Name,Phone\n")
        block = b"Anna,3331234567\n" * 10_000
        for _ in range(rows // 10_000):
            out.write(block)


def write_csv_filled(path: Path, rows: int, columns: int) -> None:
    """Just under the filled-cells limit: `rows` rows of a number and `columns` - 1 short cells."""
    with path.open("w", encoding="ascii") as out:
        out.write("Phone" + "".join(f",C{i}" for i in range(1, columns)) + "\n")
        for n in range(rows):
            out.write(f"333{n:07d}" + ",ab" * (columns - 1) + "\n")


def write_csv_text(path: Path, rows: int, note: int) -> None:
    """Just under the text limit: `rows` contacts with a `note`-character note each."""
    with path.open("w", encoding="ascii") as out:
        out.write("Name,Phone,Note\n")
        for n in range(rows):
            out.write(f"Contatto {n},333{n:07d},{chr(97 + n % 26) * note}\n")


def write_xlsx_filled(path: Path, rows: int, columns: int) -> None:
    """Near the filled-cells limit: `rows` rows of a number and `columns` - 1 numeric cells."""
    letters = [chr(65 + i) for i in range(columns)]

    def sheet(write: Callable[[bytes], object]) -> None:
        for first in range(2, rows + 2, 1000):
            write(
                "".join(
                    f'<row r="{n}">'
                    + "".join(f'<c r="{c}{n}"><v>{333_0000000 + n}</v></c>' for c in letters)
                    + "</row>"
                    for n in range(first, min(first + 1000, rows + 2))
                ).encode()
            )

    write_workbook(path, sheet)


def write_xlsx_strings_text(path: Path, count: int, length: int) -> None:
    """Just under the shared-strings limits: `count` distinct texts of `length` characters."""

    def sheet(write: Callable[[bytes], object]) -> None:
        write(b'<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>3331234567</v></c></row>')

    def strings(write: Callable[[bytes], object]) -> None:
        pad = "x" * (length - 7)
        for first in range(0, count, 10_000):
            write(
                "".join(
                    f"<si><t>{n:07d}{pad}</t></si>" for n in range(first, first + 10_000)
                ).encode()
            )

    write_workbook(path, sheet, strings)


def write_genuine_csv(path: Path, rows: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from import_contacts import write_csv

    write_csv(path, rows)


def write_genuine_xlsx(path: Path, rows: int) -> None:
    import csv

    from openpyxl import Workbook

    source = path.with_suffix(".source.csv")
    write_genuine_csv(source, rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contatti")
    with source.open(encoding="utf-8", newline="") as file:
        for line in csv.reader(file, delimiter=";"):
            sheet.append(line)
    book.save(path)
    source.unlink()


BOMBS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "vcard_photo_10mb": (".vcf", lambda p: write_vcard_photo(p, 10 * MB)),
    "vcard_photo_30mb": (".vcf", lambda p: write_vcard_photo(p, 30 * MB)),
    "vcard_photo_30mb_oneline": (".vcf", lambda p: write_vcard_photo(p, 30 * MB, folded=False)),
    "vcard_folded_100mb": (
        ".vcf",
        lambda p: write_vcard_pieces(
            p, CARD_HEAD + b"PHOTO;ENCODING=b:AAAA", b"\r\n A", 100 * MB, CARD_TAIL
        ),
    ),
    "vcard_blank_100mb": (
        ".vcf",
        lambda p: write_vcard_pieces(p, CARD_HEAD + CARD_TAIL, b"\r\n", 100 * MB, b""),
    ),
    "vcard_cards_300k": (
        ".vcf",
        lambda p: p.write_bytes((CARD_HEAD + b"END:VCARD\r\n") * 300_000),
    ),
    "xlsx_strings_1.5gb": (".xlsx", lambda p: write_xlsx_strings_bomb(p, 1500 * MB)),
    "xlsx_rows_12m": (".xlsx", lambda p: write_xlsx_rows(p, 12_000_000, numbered=False)),
    "xlsx_rows_12m_numbered": (".xlsx", lambda p: write_xlsx_rows(p, 12_000_000)),
    "xlsx_rows_2m": (".xlsx", lambda p: write_xlsx_rows(p, 2_000_000)),
    "xlsx_styles_64k": (".xlsx", lambda p: write_xlsx_styles(p, 64_000)),
    "xlsx_strings_2m": (".xlsx", lambda p: write_xlsx_strings(p, 2_000_000)),
    "xlsx_dimension_xfd": (".xlsx", lambda p: write_xlsx_dimension(p, 2000)),
    "csv_line_200mb": (".csv", lambda p: write_csv_line(p, 200 * MB)),
    "csv_filled_1.49m": (".csv", lambda p: write_csv_filled(p, 149_000, 10)),
    "csv_text_60m": (".csv", lambda p: write_csv_text(p, 100_000, 600)),
    "xlsx_filled_1.49m": (".xlsx", lambda p: write_xlsx_filled(p, 99_000, 15)),
    "xlsx_strings_590k": (".xlsx", lambda p: write_xlsx_strings_text(p, 590_000, 60)),
    "csv_rows_5m": (".csv", lambda p: write_csv_rows(p, 5_000_000)),
    "genuine_100k_csv": (".csv", lambda p: write_genuine_csv(p, 100_000)),
    "genuine_100k_xlsx": (".xlsx", lambda p: write_genuine_xlsx(p, 100_000)),
}


# ---- importing one file in a child --------------------------------------------------------


def child(path: str, code: Path) -> None:
    """Import one file and print the outcome as one JSON line (run in a fresh interpreter)."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    sys.path.insert(0, str(code))
    from smsgate_desktop.contacts import ContactImportError, apply_mapping, guess_mapping, read_file

    start = time.perf_counter()
    try:
        preview = read_file(path)
        mapping = guess_mapping(preview)
        contacts = len(apply_mapping(preview, mapping, "IT").contacts) if mapping else 0
        outcome = f"accepted {len(preview):,} rows, {contacts:,} contacts"
        warnings = len(getattr(preview, "warnings", ()))
        if warnings:
            outcome += f", {warnings} warnings"
    except ContactImportError as exc:
        outcome = f"refused: {exc}"
    except MemoryError:
        outcome = f"MemoryError (over the {MEMORY_CAP // 2**30} GiB cap)"
    elapsed = time.perf_counter() - start
    print(json.dumps({"outcome": outcome, "seconds": elapsed}))


def run(path: Path, timeout: float, code: Path) -> tuple[float, float, str]:
    """(peak RSS in MiB, seconds, outcome) of importing `path` in a child process."""
    command = [sys.executable, __file__, "--child", str(path), "--code", str(code)]
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        while True:
            # wait4, not wait: it returns this child's own resource usage.
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                process.returncode = -9
                return usage.ru_maxrss / 1024, timeout, f"killed after {timeout:.0f} s"
            time.sleep(0.02)
        process.returncode = os.waitstatus_to_exitcode(status)
        out, err = process.communicate()
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    try:
        report = json.loads(out.decode().strip().splitlines()[-1])
    except (IndexError, ValueError):
        tail = err.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        return peak, time.perf_counter() - started, f"crashed: {tail[0]}"
    return peak, report["seconds"], report["outcome"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(BOMBS), help="these files only")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per import")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the files in this folder")
    parser.add_argument("--code", type=Path, default=ROOT, help="import smsgate_desktop from here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.code.resolve())
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'file':26} {'on disk':>9} {'peak RSS':>9} {'time':>8}  outcome")
        for name in args.only or list(BOMBS):
            suffix, build = BOMBS[name]
            path = folder / f"{name}{suffix}"
            if not path.exists():
                build(path)
            peak, seconds, outcome = run(path, args.timeout, args.code.resolve())
            size = path.stat().st_size / MB
            print(f"{name:26} {size:7.1f}MB {peak:6.0f}MiB {seconds:7.2f}s  {outcome[:200]}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
