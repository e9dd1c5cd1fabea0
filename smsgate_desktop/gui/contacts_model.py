"""The contacts table as a model over plain Python lists, filtered in memory.

The whole address book is read once (`load_entries`) and kept as a list of ContactEntry; the
search box and the group combo only rebuild a list of row positions, so 100,000 contacts
filter in a few tens of milliseconds with no database query and no widget per row. The
number's display form ("+39 333 1234567") costs a phonenumbers parse, so it is worked out
only for the rows the view actually paints, and remembered.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..broadcast import templates
from ..protocol.numbers import NumberError, split_number
from ..store import contacts as store

NAME, NUMBER, GROUPS, OPTED_OUT = range(4)
HEADERS: Final = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Number"),
    QT_TRANSLATE_NOOP("ContactsModel", "Groups"),
    QT_TRANSLATE_NOOP("ContactsModel", "Opted out"),
)
GROUP_JOIN: Final = ", "
ALL_GROUPS: Final = ""  # group filter value: every contact
OPTED_OUT_FILTER: Final = "\0opted-out"  # group filter value: only the opted-out numbers
NO_GROUP_FILTER: Final = "\0no-group"  # group filter value: contacts in no group
_NUMBER_LIKE: Final = re.compile(r"^[\d\s+\-./()]+$")

Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class ContactEntry:
    """One row: what the table shows and what the filters look at."""

    e164: str
    name: str = ""
    groups: tuple[str, ...] = ()
    opted_out: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name_key(self) -> str:
        return self.name.casefold()

    def in_group(self, folded_group: str) -> bool:
        return any(group.casefold() == folded_group for group in self.groups)


def load_entries(conn: sqlite3.Connection) -> list[ContactEntry]:
    """Every stored contact with its groups and opt-out flag, by name then number."""
    out_set = store.opted_out(conn)
    entries = [
        ContactEntry(
            contact.e164,
            contact.name or "",
            tuple(contact.groups),
            contact.e164 in out_set,
            dict(contact.extra or {}),
        )
        for contact in store.all_contacts_with_groups(conn)
    ]
    entries.sort(key=lambda entry: (entry.name_key, entry.e164))
    return entries


def parse_groups(text: str) -> tuple[str, ...]:
    """Groups from a typed list: "Clienti, Staff;clienti" -> ("Clienti", "Staff")."""
    seen: set[str] = set()
    out: list[str] = []
    for part in re.split(r"[,;|]", text):
        group = " ".join(part.split())
        if group and group.casefold() not in seen:
            seen.add(group.casefold())
            out.append(group)
    return tuple(out)


class ExtraProblem(Enum):
    """Why an extra field was refused (the panel words the message)."""

    NO_NAME = "no name"  # a value typed without a field name
    NOT_A_PLACEHOLDER = "not a placeholder"  # `{key}` would not be one template placeholder
    RESERVED = "reserved"  # {name} and {number} are the contact's own name and number
    DUPLICATE = "duplicate"  # two fields whose names differ only in case (or not at all)


class ExtraFieldError(ValueError):
    """An extra field that cannot be stored: `key` as typed and the `problem`."""

    def __init__(self, key: str, problem: ExtraProblem) -> None:
        super().__init__(f"extra field {key!r}: {problem.value}")
        self.key = key
        self.problem = problem


RESERVED_FIELDS: Final = (templates.NAME_FIELD, templates.NUMBER_FIELD)


def is_placeholder_name(key: str) -> bool:
    """True when "{key}" in a message template is one placeholder naming exactly this field.

    The rule is the template parser's own (broadcast.templates), asked rather than copied: a
    name is any text without braces that is not blank; surrounding spaces and case do not
    count, as in a template."""
    try:
        return templates.placeholders("{" + key + "}") == [key.strip().casefold()]
    except templates.TemplateError:
        return False


def extra_fields(pairs: Iterable[tuple[str, str]], known: Iterable[str] = ()) -> dict[str, str]:
    """The extra fields from (name, value) pairs as typed, names and values stripped.

    A pair with a blank value is left out: a blank value removes the field (as an import
    skips blank cells, and as a template treats a blank field as missing). A new name must be
    a placeholder name (`is_placeholder_name`), not "name" or "number", and differ from every
    other name also in case, else ExtraFieldError. Names in `known` (the fields the contact
    already has) are kept even if they break the first two rules, so that a field imported
    from an odd header does not stop an edit of the contact's name.
    """
    known = set(known)
    out: dict[str, str] = {}
    seen: set[str] = set()
    for raw_key, raw_value in pairs:
        key, value = raw_key.strip(), raw_value.strip()
        if not key and not value:
            continue
        if key not in known:
            if not key:
                raise ExtraFieldError(key, ExtraProblem.NO_NAME)
            if not is_placeholder_name(key):
                raise ExtraFieldError(key, ExtraProblem.NOT_A_PLACEHOLDER)
            if key.casefold() in RESERVED_FIELDS:
                raise ExtraFieldError(key, ExtraProblem.RESERVED)
        if key.casefold() in seen:
            raise ExtraFieldError(key, ExtraProblem.DUPLICATE)
        seen.add(key.casefold())
        if value:
            out[key] = value
    return out


def display_number(e164: str) -> str:
    """The number as people read it: "+393331234567" -> "+39 333 1234567"."""
    try:
        return split_number(e164).display
    except NumberError:
        return e164


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

    # ---- content ------------------------------------------------------------------------

    def set_entries(self, entries: list[ContactEntry]) -> None:
        self.beginResetModel()
        self._all = list(entries)
        self._by_number = {entry.e164: entry for entry in self._all}
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
        row = self.row_of(changed.e164)
        if row is not None and self._accepts(changed):
            left, right = self.index(row, 0), self.index(row, len(HEADERS) - 1)
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
        entries = self._all if entries is None else entries
        text = self._text.strip()
        folded = text.casefold()
        digits = re.sub(r"\D", "", text) if _NUMBER_LIKE.match(text) else ""
        if digits.startswith("00"):
            digits = digits[2:]
        group = self._group
        positions: Iterable[int] = range(len(entries))
        if group == OPTED_OUT_FILTER:
            positions = [i for i in positions if entries[i].opted_out]
        elif group == NO_GROUP_FILTER:
            positions = [i for i in positions if not entries[i].groups]
        elif group:
            folded_group = group.casefold()
            # Few distinct group tuples among many contacts: decide each tuple once.
            member: dict[tuple[str, ...], bool] = {}
            kept = []
            for i in positions:
                groups = entries[i].groups
                found = member.get(groups)
                if found is None:
                    found = member[groups] = entries[i].in_group(folded_group)
                if found:
                    kept.append(i)
            positions = kept
        if digits:
            return [i for i in positions if digits in entries[i].e164]
        if folded:
            return [i for i in positions if folded in entries[i].name_key]
        return list(positions)

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
        self._all.sort(
            key=keys.get(column, keys[NAME]), reverse=order == Qt.SortOrder.DescendingOrder
        )

    # ---- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
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
