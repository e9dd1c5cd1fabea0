"""The contacts table as a model over plain Python lists, filtered in memory.

The whole address book is read once (`load_entries`) and kept as a list of ContactEntry; the
search box and the group combo only rebuild a list of row positions (`matching`; both are
usecases.contacts_edit's, Qt-free), so 100,000 contacts filter in a few tens of milliseconds
with no database query and no widget per row. The
number's display form ("+39 333 1234567") costs a phonenumbers parse, so it is worked out
only for the rows the view actually paints, and remembered.
"""

from __future__ import annotations

import gc
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..usecases.contacts_edit import (
    ALL_GROUPS,
    GROUP_JOIN,
    NO_GROUP_FILTER,
    OPTED_OUT_FILTER,
    RESERVED_FIELDS,
    ContactEntry,
    ExtraFieldError,
    ExtraProblem,
    display_number,
    extra_fields,
    group_choices,
    is_placeholder_name,
    load_entries,
    matching,
    parse_groups,
)

__all__ = [  # the address book's own names (usecases.contacts_edit), here for the window
    "ALL_GROUPS",
    "GROUP_JOIN",
    "NO_GROUP_FILTER",
    "OPTED_OUT_FILTER",
    "RESERVED_FIELDS",
    "ContactEntry",
    "ContactsModel",
    "ExtraFieldError",
    "ExtraProblem",
    "PreparedBook",
    "display_number",
    "extra_fields",
    "is_placeholder_name",
    "load_entries",
    "parse_groups",
    "prepare_book",
]

NAME, NUMBER, GROUPS, OPTED_OUT = range(4)
HEADERS: Final = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Number"),
    QT_TRANSLATE_NOOP("ContactsModel", "Groups"),
    QT_TRANSLATE_NOOP("ContactsModel", "Opted out"),
)
Index = QModelIndex | QPersistentModelIndex


# Seconds a thread runs Python before another waiting for the GIL gets it, while the book is
# read off the GUI thread (Python's default is 0.005).
READ_SWITCH_INTERVAL: Final = 0.0005


@dataclass(frozen=True)
class PreparedBook:
    """The whole address book with everything the model and the group combo derive from it,
    worked out by `prepare_book` on a reader thread: each is a pass over every contact (a
    dict of 100,000 numbers, the extra field names, the groups in use), so that the GUI
    thread only swaps them in."""

    entries: list[ContactEntry]  # load_entries' order: by name, then number
    by_number: dict[str, ContactEntry]
    extras: list[str]
    groups: list[str]  # group_choices: stored or in use, by name


def prepare_book(conn: sqlite3.Connection) -> PreparedBook:
    """Read and index every contact (Qt-free: meant for gui.store_reader's thread).

    The collector is off meanwhile and what was made is frozen at the end: the read makes
    some 500,000 objects, and the full collections they would trigger hold the GIL, so the
    window (another thread, same GIL) froze for 50-120 ms each. None of these objects form
    cycles; app.main() freezes them once they are on show anyway.

    The switch interval is shortened meanwhile: this is half a second of pure Python, and
    each time the window's thread calls into Python (a timer, every data() of a paint) it
    would wait up to the default 5 ms for the GIL; a paint of a few hundred cells then
    stalls the window for tens of milliseconds."""
    enabled, interval = gc.isenabled(), sys.getswitchinterval()
    gc.disable()
    sys.setswitchinterval(min(interval, READ_SWITCH_INTERVAL))
    try:
        entries = load_entries(conn)
        return PreparedBook(
            entries,
            {entry.e164: entry for entry in entries},
            _extra_names(entries),
            group_choices(conn, entries),
        )
    finally:
        sys.setswitchinterval(interval)
        gc.freeze()
        if enabled:
            gc.enable()


class ContactsModel(QAbstractTableModel):
    """Name, number, groups, opted-out over `entries`, showing those that match the filter.

    Read-only: the panel, which owns the database, stores a change and then tells the model.
    flags() is deliberately not overridden: Qt asks it for every selected cell (400,000 calls
    for a select-all of 100,000 rows), which from Python takes seconds. The opted-out box is
    drawn from CheckStateRole; the panel toggles it on a click.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ContactEntry] = []
        self._shown: list[int] = []  # positions in _all, in _all's (sorted) order
        self._by_number: dict[str, ContactEntry] = {}
        self._display: dict[str, str] = {}  # e164 -> display form, filled as rows are painted
        self._text = ""
        self._group = ALL_GROUPS
        self._sort: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)
        # Imported extra columns (Città, Cognome...), one table column each after the fixed
        # ones: what was imported is visible, not only in a tooltip.
        self._extras: list[str] = []

    # ---- content ------------------------------------------------------------------------

    def set_entries(self, entries: list[ContactEntry], by_name: bool = False) -> None:
        """Show `entries`; `by_name`: they are in load_entries' order already (name, then
        number), which the default sort need not redo (100,000 keys on the GUI thread)."""
        self.beginResetModel()
        self._all = list(entries)
        self._by_number = {entry.e164: entry for entry in self._all}
        self._extras = _extra_names(self._all)
        if not (by_name and self._sort == (NAME, Qt.SortOrder.AscendingOrder)):
            self._sort_all()
        self._shown = self._matching()
        self.endResetModel()

    def set_prepared(self, book: PreparedBook) -> None:
        """Show a book read and indexed off the GUI thread; the model owns its lists from now
        on. With the default sort and no filter this is O(1) here."""
        self.beginResetModel()
        self._all = book.entries
        self._by_number = book.by_number
        self._extras = list(book.extras)
        if self._sort != (NAME, Qt.SortOrder.AscendingOrder):
            self._sort_all()
        self._shown = self._matching()
        self.endResetModel()

    def entries(self) -> list[ContactEntry]:
        """Every contact, whether shown or not."""
        return list(self._all)

    def entry(self, row: int) -> ContactEntry:
        return self._all[self._shown[row]]

    def find(self, e164: str) -> ContactEntry | None:
        return self._by_number.get(e164)

    def entries_for(self, numbers: Iterable[str]) -> list[ContactEntry]:
        """The entries of these numbers (unknown ones skipped), in the given order."""
        return [entry for e164 in numbers if (entry := self._by_number.get(e164))]

    def row_of(self, e164: str) -> int | None:
        """The shown row of the number, None when it is filtered out or unknown."""
        for row, position in enumerate(self._shown):
            if self._all[position].e164 == e164:
                return row
        return None

    def shown_e164(self) -> list[str]:
        return [self._all[position].e164 for position in self._shown]

    def total(self) -> int:
        return len(self._all)

    def group_names(self) -> list[str]:
        """The groups contacts belong to, by name (case-insensitively unique)."""
        names: dict[str, str] = {}
        for entry in self._all:
            for group in entry.groups:
                names.setdefault(group.casefold(), group)
        return sorted(names.values(), key=str.casefold)

    def update_entry(self, changed: ContactEntry) -> None:
        """Replace the entry with the same number (after an edit), keeping the selection
        when it still matches the filter."""
        for position, entry in enumerate(self._all):
            if entry.e164 == changed.e164:
                self._all[position] = changed
                break
        else:
            return
        self._by_number[changed.e164] = changed
        if _extra_names([changed], self._extras) != self._extras:  # a new field: a new column
            self.set_entries(self._all)
            return
        row = self.row_of(changed.e164)
        if row is not None and self._accepts(changed):
            left, right = self.index(row, 0), self.index(row, self.columnCount() - 1)
            self.dataChanged.emit(left, right)
        else:
            self.refilter()

    def remove(self, numbers: Iterable[str]) -> None:
        gone = set(numbers)
        self.beginResetModel()
        self._all = [entry for entry in self._all if entry.e164 not in gone]
        for e164 in gone:
            self._by_number.pop(e164, None)
        self._shown = self._matching()
        self.endResetModel()

    def set_opted_out(self, numbers: Iterable[str], flag: bool) -> None:
        for entry in self.entries_for(numbers):
            entry.opted_out = flag
        if self._group == OPTED_OUT_FILTER:
            self.refilter()
        elif self._shown:
            top = self.index(0, OPTED_OUT)
            bottom = self.index(len(self._shown) - 1, OPTED_OUT)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.CheckStateRole])

    # ---- filtering and sorting ------------------------------------------------------------

    def set_filter(self, text: str = "", group: str = ALL_GROUPS) -> None:
        """Show the contacts whose name contains `text` (case-insensitive) or whose number
        contains its digits, in `group` (ALL_GROUPS, a group name, OPTED_OUT_FILTER or
        NO_GROUP_FILTER)."""
        self._text, self._group = text, group
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self._shown = self._matching()
        self.endResetModel()

    def _matching(self, entries: list[ContactEntry] | None = None) -> list[int]:
        """Positions in `entries` (default: every contact) that pass the filter."""
        return matching(self._all if entries is None else entries, self._text, self._group)

    def _accepts(self, entry: ContactEntry) -> bool:
        return bool(self._matching([entry]))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_all()
        self._shown = self._matching()
        self.layoutChanged.emit()

    def _sort_all(self) -> None:
        column, order = self._sort
        keys = {
            NAME: lambda e: (e.name_key, e.e164),
            NUMBER: lambda e: e.e164,
            GROUPS: lambda e: (GROUP_JOIN.join(e.groups).casefold(), e.name_key),
            OPTED_OUT: lambda e: (e.opted_out, e.name_key),
        }
        if column >= len(HEADERS) and column - len(HEADERS) < len(self._extras):
            field = self._extras[column - len(HEADERS)]
            keys[column] = lambda e: (_extra_value(e, field).casefold(), e.name_key)
        self._all.sort(
            key=keys.get(column, keys[NAME]), reverse=order == Qt.SortOrder.DescendingOrder
        )

    # ---- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS) + len(self._extras)

    def extra_columns(self) -> list[str]:
        """The imported extra fields shown as columns after the fixed ones."""
        return list(self._extras)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section >= len(HEADERS):
                return self._extras[section - len(HEADERS)]
            return QCoreApplication.translate("ContactsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._all[self._shown[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return entry.name
            if column == NUMBER:
                return self._display_of(entry.e164)
            if column == GROUPS:
                return GROUP_JOIN.join(entry.groups)
            if column >= len(HEADERS):
                return _extra_value(entry, self._extras[column - len(HEADERS)])
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == OPTED_OUT:
            return Qt.CheckState.Checked if entry.opted_out else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.e164
        return None

    def _display_of(self, e164: str) -> str:
        shown = self._display.get(e164)
        if shown is None:
            shown = self._display[e164] = display_number(e164)
        return shown

    def _tooltip(self, entry: ContactEntry) -> str:
        name = entry.name or self.tr("(no name)")
        lines = [f"{name} — {entry.e164}"]
        lines += [f"{key}: {value}" for key, value in entry.extra.items()]
        if entry.opted_out:
            lines.append(self.tr("Opted out: receives no broadcast"))
        return "\n".join(lines)


def _extra_names(entries: Iterable[ContactEntry], known: Iterable[str] = ()) -> list[str]:
    """The extra field names of `entries` and `known`, each once (first spelling kept, case
    ignored), sorted."""
    names: dict[str, str] = {name.casefold(): name for name in known}
    for entry in entries:
        for name in entry.extra:
            names.setdefault(name.casefold(), name)
    return sorted(names.values(), key=str.casefold)


def _extra_value(entry: ContactEntry, field: str) -> str:
    """The entry's value of the extra field named `field` in any case ("" when it has none)."""
    value = entry.extra.get(field)
    if value is None:
        folded = field.casefold()
        value = next((v for k, v in entry.extra.items() if k.casefold() == folded), "")
    return "" if value is None else str(value)
