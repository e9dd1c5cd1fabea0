"""The contact importers' limits and read warnings in the window: every refusal, produced for
real (limits lowered where a real file would be slow to build), comes back wholly Italian; the
import dialog lists the lines of a mixed-encoding file, in the preview and in its summary."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from smsgate_desktop.contacts import ContactImportError, limits, read_file
from smsgate_desktop.gui import i18n
from smsgate_desktop.gui.import_dialog import ImportDialog
from smsgate_desktop.store.db import open_store

TIMEOUT = 15_000  # ms
SHEET = "Contatti"
# Words a sentence keeps in both languages (names of formats and units).
KEPT = {"xml", "mib", "zip", "csv", "vcard", "file"}


# ---- files that pass a limit ----------------------------------------------------------------


def csv_file(path: Path, rows: int = 3, columns: int = 2) -> Path:
    lines = [";".join(f"Col{c}" for c in range(columns))]
    lines += [";".join(f"333 12345{r:02}" for _ in range(columns)) for r in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def long_line(tmp_path: Path) -> Path:
    path = tmp_path / "long.csv"
    path.write_text("Name;Phone\nMario;333 1234567" + "x" * 2 * 2**20 + "\n", encoding="utf-8")
    return path


def long_field(tmp_path: Path) -> Path:
    path = tmp_path / "field.csv"
    path.write_text('Name;Phone\n"' + "x" * 200_000 + '";333 1234567\n', encoding="utf-8")
    return path


def vcard(tmp_path: Path, cards: int = 1, note: str = "") -> Path:
    path = tmp_path / "rubrica.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mario\r\nTEL:+393331234567\r\n"
    card += f"NOTE:{note}\r\n" if note else ""
    path.write_text((card + "END:VCARD\r\n") * cards, encoding="utf-8")
    return path


def workbook(tmp_path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    for row in rows:
        sheet.append(row)
    path = tmp_path / "rubrica.xlsx"
    book.save(path)
    return path


def shared_strings(tmp_path: Path) -> Path:
    """A workbook with a shared-string table (openpyxl writes inline strings: added here)."""
    source = workbook(tmp_path, TEXTS)
    path = tmp_path / "shared.xlsx"
    strings = [cell for row in TEXTS for cell in row]
    table = "".join(f"<si><t>{text}</t></si>" for text in strings)
    override = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>'
    )
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override.encode())
            new.writestr(info, data)
        new.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{table}</sst>',
        )
    return path


NUMBERS = [[3331234500 + r, 3471112200 + r, 3209876500 + r] for r in range(5)]
TEXTS = [["Name", "Phone"], ["Mario Rossi", "333 1234567"], ["Anna Bianchi", "347 1112222"]]


def zip_bomb(tmp_path: Path) -> Path:
    """A "workbook" whose one part unpacks 1,000 times bigger than it is packed."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 9 * 2**20)
    return path


# (code, the start of the Italian reason, limits to lower, a function making the file)
CASES: list[tuple[str, str, dict[str, int], Callable[[Path], Path]]] = [
    ("line_too_long", "questa riga supera", {}, long_line),
    ("field_too_long", "CSV non valido: un campo", {}, long_field),
    (
        "too_many_rows",
        "il file ha più di 2 righe,",
        {"MAX_ROWS": 2},
        lambda t: csv_file(t / "a.csv"),
    ),
    (
        "too_many_cells",
        "il file ha più di 4 celle",
        {"MAX_CELLS": 4},
        lambda t: csv_file(t / "a.csv", rows=3, columns=3),
    ),
    (
        "too_many_filled_cells",
        "il file ha più di 4 celle non vuote",
        {"MAX_FILLED_CELLS": 4},
        lambda t: csv_file(t / "a.csv", rows=3, columns=3),
    ),
    ("too_much_text", "il file contiene", {"MAX_TEXT_LENGTH": 20}, lambda t: csv_file(t / "a.csv")),
    (
        "too_many_lines",
        "il file ha più di 2 righe di testo",
        {"MAX_LINES": 2},
        lambda t: csv_file(t / "a.csv"),
    ),
    ("too_many_rows", "il file ha più di 2 righe,", {"MAX_ROWS": 2}, lambda t: vcard(t, cards=3)),
    (
        "card_too_long",
        "questa vCard supera",
        {"MAX_CARD_LENGTH": 1000},
        lambda t: vcard(t, note="x" * 2000),
    ),
    ("compression_ratio", "la parte xl/worksheets/sheet1.xml", {}, zip_bomb),
    (
        "unpacked_too_big",
        "la cartella di lavoro decompressa",
        {"MAX_UNPACKED_BYTES": 2**20},
        zip_bomb,
    ),
    (
        "too_many_parts",
        "la cartella di lavoro ha più di 3 parti",
        {"MAX_ZIP_MEMBERS": 3},
        lambda t: workbook(t, TEXTS),
    ),
    ("part_too_big", "la parte ", {"MAX_PART_BYTES": 1}, lambda t: workbook(t, TEXTS)),
    (
        "too_many_elements",
        "la cartella di lavoro ha più di 10 elementi",
        {"MAX_XML_ELEMENTS": 10},
        lambda t: workbook(t, TEXTS),
    ),
    (
        "too_many_strings",
        "la cartella di lavoro ha più di 2 testi",
        {"MAX_SHARED_STRINGS": 2},
        shared_strings,
    ),
    (
        "too_many_sheet_elements",
        "i fogli della cartella",
        {"MAX_SHEET_ELEMENTS": 5},
        lambda t: workbook(t, NUMBERS),
    ),
    (
        "item_too_big",
        "la cartella di lavoro ha un testo condiviso",
        {"MAX_ITEM_ELEMENTS": 1},
        shared_strings,
    ),
    (
        "item_too_big",
        f"il foglio '{SHEET}' ha una riga",
        {"MAX_ITEM_ELEMENTS": 3},
        lambda t: workbook(t, NUMBERS),
    ),
    (
        "too_many_rows",
        f"il foglio '{SHEET}' ha più di 2 righe",
        {"MAX_ROWS": 2},
        lambda t: workbook(t, NUMBERS),
    ),
    (
        "too_many_cells",
        f"il foglio '{SHEET}' ha più di 4 celle",
        {"MAX_CELLS": 4},
        lambda t: workbook(t, NUMBERS),
    ),
    (
        "too_many_filled_cells",
        f"il foglio '{SHEET}' ha più di 4 celle non vuote",
        {"MAX_FILLED_CELLS": 4},
        lambda t: workbook(t, NUMBERS),
    ),
    (
        "too_much_text",
        f"il foglio '{SHEET}' contiene",
        {"MAX_TEXT_LENGTH": 20},
        lambda t: workbook(t, NUMBERS),
    ),
    (
        "too_much_text",
        "la cartella di lavoro contiene",
        {"MAX_TEXT_LENGTH": 5},
        shared_strings,
    ),
]


@pytest.mark.parametrize(("code", "start", "lowered", "make"), CASES)
def test_every_import_refusal_is_said_in_italian(
    language, monkeypatch, tmp_path, code, start, lowered, make
):
    path = make(tmp_path)
    for name, value in lowered.items():
        monkeypatch.setattr(limits, name, value)
    with pytest.raises(ContactImportError) as caught:
        read_file(path)
    error = caught.value
    assert error.code == code, error.reason
    language("it")
    reason = i18n.translate_text(error.reason)
    assert reason.startswith(start), (error.reason, reason)
    where = f"riga {error.line}: " if error.line is not None else ""
    whole = i18n.translate_error(error)
    assert whole == f"Impossibile importare {error.name!r}: {where}{reason}"
    # No English word of the template is left (values such as a part's name may stay).
    values = f"{error.name} {error.params.get('part', '')} {SHEET}".lower()
    kept = KEPT | set(re.findall(r"[a-z]+", values))
    english = {
        word for word in re.findall(r"[A-Za-z]{3,}", error.reason) if word.lower() not in kept
    }
    assert english
    left = [word for word in english if re.search(rf"(?<![\w']){word}(?![\w'])", whole, re.I)]
    assert not left, (error.reason, whole)


def test_the_dialog_says_why_a_file_is_refused_in_italian(language, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    language("it")
    conn = open_store(":memory:")
    try:
        dialog = ImportDialog(conn)
        qtbot.addWidget(dialog)
        assert not dialog.load_file(long_line(tmp_path))
        assert dialog.last_error == (
            "Impossibile importare 'long.csv': riga 2: questa riga supera i 1,048,576 caratteri, "
            "il massimo per una riga"
        )
    finally:
        conn.close()


# ---- lines of a mixed-encoding file ---------------------------------------------------------


def mixed_csv(path: Path, utf8: int = 3, cp1252: int = 1) -> Path:
    """A CSV of `utf8` UTF-8 rows, then `cp1252` Windows-1252 rows (from line 2 + utf8)."""
    data = "Nome;Telefono;Città\n".encode()
    for n in range(utf8):
        data += f"José {n};333 12{n:05};Forlì\n".encode()
    for n in range(cp1252):
        data += f"Nicolò {n};347 11{n:05};Cantù\n".encode("cp1252")
    path.write_bytes(data)
    return path


def test_the_warnings_of_a_mixed_encoding_file_in_italian(language, tmp_path):
    language("it")
    first = 2 + 200  # the header, then 200 UTF-8 lines
    many = read_file(mixed_csv(tmp_path / "many.csv", utf8=200, cp1252=150))
    assert many.encoding == "utf-8"
    assert len(many.warnings) == limits.MAX_WARNINGS + 1
    assert i18n.translate_text(many.warnings[0].reason) == (
        "non è in utf-8 come il resto del file: letta come cp1252"
    )
    assert many.warnings[0].line == first
    assert many.warnings[-1].reason == (
        "50 more lines are not utf-8 like the rest of the file: read as cp1252"
    )
    assert i18n.translate_text(many.warnings[-1].reason) == (
        "altre 50 righe non sono in utf-8 come il resto del file: lette come cp1252"
    )
    one_more = read_file(mixed_csv(tmp_path / "one.csv", utf8=200, cp1252=101))
    assert i18n.translate_text(one_more.warnings[-1].reason) == (
        "un'altra riga non è in utf-8 come il resto del file: letta come cp1252"
    )


EXPECTED = {
    "en": (
        "1 warning while reading the file: check this line",
        "line 5: not utf-8 like the rest of the file: read as cp1252",
        "Added 4, updated 0, 0 duplicates merged, 0 rows not imported. 1 warning while "
        "reading the file (listed above): check that line.",
        "2 warnings while reading the file: check these lines",
    ),
    "it": (
        "1 avviso durante la lettura del file: controlla questa riga",
        "riga 5: non è in utf-8 come il resto del file: letta come cp1252",
        "4 aggiunti, 0 aggiornati, 0 duplicati uniti, 0 righe non importate. 1 avviso durante "
        "la lettura del file (vedi l'elenco sopra): controlla quella riga.",
        "2 avvisi durante la lettura del file: controlla queste righe",
    ),
}


@pytest.mark.parametrize("code", ["en", "it"])
def test_the_import_dialog_lists_the_lines_read_in_another_encoding(
    language, qtbot, tmp_path, code
):
    title, line, summary, two = EXPECTED[code]
    language(code)
    conn = open_store(tmp_path / "contacts.sqlite3")
    try:
        dialog = ImportDialog(conn)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.load_file(mixed_csv(tmp_path / "mixed.csv"))
        # The preview: a count on a button that folds the list of lines away.
        assert dialog.warnings_button.isVisible()
        assert dialog.warnings_button.text() == title
        assert dialog.warning_lines() == [line]
        assert dialog.warnings_view.isVisible()
        dialog.warnings_button.click()
        assert not dialog.warnings_view.isVisible()
        dialog.warnings_button.click()
        assert dialog.warnings_view.isVisible()
        # The summary after the import.
        with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT):
            dialog.import_button.click()
        assert dialog.summary.text() == summary
        assert dialog.result is not None and len(dialog.result.warnings) == 1
        assert dialog.warning_lines() == [line]  # still listed above the summary
        # Two lines: the plural; a file without warnings: nothing shown.
        assert dialog.load_file(mixed_csv(tmp_path / "two.csv", cp1252=2))
        assert dialog.warnings_button.text() == two
        assert len(dialog.warning_lines()) == 2
        assert dialog.load_file(mixed_csv(tmp_path / "clean.csv", cp1252=0))
        assert dialog.warning_lines() == []
        assert not dialog.warnings_button.isVisible()
        assert not dialog.warnings_view.isVisible()
    finally:
        conn.close()
