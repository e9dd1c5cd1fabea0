"""Contact lists from CSV, Excel and vCard files, and back to CSV (pure: no Qt, no database).

Imports only protocol: never the store (the caller saves what it reads) nor Qt.

    preview = read_file("rubrica.csv")             # any reader -> Preview (text cells)
    mapping = guess_mapping(preview) or ColumnMapping(number="Cellulare", name="Nome")
    result = apply_mapping(preview, mapping, "IT")  # -> ImportResult
    export_csv(result.contacts, "out.csv")

Every reader raises ContactImportError (file name + reason) for a file it cannot read, or
one past a limit of `limits` (rows, cells, line length, unpacked size, ...): memory follows
what a file expands to, so each is counted as it is read.

What they say to a person (a refusal's reason and message, a read warning, a refused row, a
blank column's "Column N") is a Phrase (protocol/phrases.py, context "ContactFiles"): English
text that carries its template's code and values, which the window translates by code.
"""

from . import limits
from .csv_import import decode_text, read_csv, sniff_delimiter
from .errors import ContactImportError
from .export import contacts_to_csv, export_csv, export_mapping
from .mapping import (
    ColumnMapping,
    Contact,
    Duplicate,
    ImportResult,
    RowError,
    apply_mapping,
    guess_mapping,
)
from .preview import Preview, ReadWarning
from .sources import FILE_PATTERNS, detect_kind, read_file
from .vcard_import import read_vcard
from .xlsx_import import cell_text, read_xlsx, sheet_names

__all__ = [
    "FILE_PATTERNS",
    "ColumnMapping",
    "Contact",
    "ContactImportError",
    "Duplicate",
    "ImportResult",
    "Preview",
    "ReadWarning",
    "RowError",
    "apply_mapping",
    "cell_text",
    "contacts_to_csv",
    "decode_text",
    "detect_kind",
    "export_csv",
    "export_mapping",
    "guess_mapping",
    "limits",
    "read_csv",
    "read_file",
    "read_vcard",
    "read_xlsx",
    "sheet_names",
    "sniff_delimiter",
]
