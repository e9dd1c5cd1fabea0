"""The contacts panel: the address book as a filterable table, with import, export, editing,
groups and the opt-out list.

The store is read once into ContactsModel (contacts_model.py) and every change is written to
the store first, then applied to the model's lists, so the table never re-queries the
database for a keystroke. The panel does no network I/O. `recipients_chosen(numbers)` hands
the chosen E.164 numbers to whoever sends (the broadcast panel); `contacts_changed()` says the
stored contacts, groups or opt-outs changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..protocol.numbers import DEFAULT_REGION
from ..store import contacts as store
from ..usecases.address_book import export_address_book
from .active_account import ActiveAccount
from .contacts_model import (
    ALL_GROUPS,
    GROUP_JOIN,
    GROUPS,
    NAME,
    NO_GROUP_FILTER,
    NUMBER,
    OPTED_OUT,
    OPTED_OUT_FILTER,
    ContactEntry,
    ContactsModel,
    ExtraFieldError,
    ExtraProblem,
    display_number,
    extra_fields,
    load_entries,
    parse_groups,
)
from .i18n import storage_failure, translate_text
from .import_dialog import ImportDialog, busy_cursor

SEARCH_DEBOUNCE_MS: Final = 150
ROW_HEIGHT_PADDING: Final = 6


class ContactEditDialog(QDialog):
    """Name, groups (a comma-separated list) and extra fields of one contact.

    The extra fields are the contact's own placeholders for personalised texts ({city}): a
    table of name and value, with rows added and removed by the buttons under it. OK checks
    them (contacts_model.extra_fields) and stays open, with a message, on a bad name.
    """

    def __init__(self, entry: ContactEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact"))
        self.last_error = ""  # the text of the last message box shown (for tests and drivers)
        self._known_keys = tuple(entry.extra)
        self.number_label = QLabel(display_number(entry.e164))
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit(entry.name)
        self.groups_edit = QLineEdit(GROUP_JOIN.join(entry.groups))
        self.groups_edit.setPlaceholderText(self.tr("Clienti, Staff"))
        self.groups_edit.setToolTip(
            self.tr("Groups separated by commas; a new name creates the group")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Number"), self.number_label)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Groups"), self.groups_edit)
        extra_box = self._build_extra(entry)
        extra_label = QLabel(self.tr("E&xtra fields"))
        extra_label.setBuddy(self.extra_table)
        form.addRow(extra_label, extra_box)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _build_extra(self, entry: ContactEntry) -> QWidget:
        self.extra_table = QTableWidget(0, 2)
        self.extra_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.extra_table.horizontalHeader().setStretchLastSection(True)
        self.extra_table.verticalHeader().setVisible(False)
        self.extra_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extra_table.setToolTip(
            self.tr("Used in personalised texts as {field}; a blank value removes the field")
        )
        for key, value in entry.extra.items():
            self.add_field(str(key), "" if value is None else str(value))
        self.add_field_button = QPushButton(self.tr("&Add field"))
        self.remove_field_button = QPushButton(self.tr("&Remove field"))
        self.add_field_button.clicked.connect(self._add_blank_field)
        self.remove_field_button.clicked.connect(self.remove_selected_fields)
        self.extra_table.itemSelectionChanged.connect(self._extra_selection_changed)
        self._extra_selection_changed()
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_field_button)
        row_buttons.addWidget(self.remove_field_button)
        row_buttons.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.extra_table)
        layout.addLayout(row_buttons)
        return box

    def add_field(self, key: str = "", value: str = "") -> int:
        """A row for one extra field; its row number."""
        row = self.extra_table.rowCount()
        self.extra_table.insertRow(row)
        self.extra_table.setItem(row, 0, QTableWidgetItem(key))
        self.extra_table.setItem(row, 1, QTableWidgetItem(value))
        return row

    @Slot()
    def _add_blank_field(self) -> None:
        row = self.add_field()
        self.extra_table.setCurrentCell(row, 0)
        self.extra_table.editItem(self.extra_table.item(row, 0))

    @Slot()
    def remove_selected_fields(self) -> None:
        rows = {index.row() for index in self.extra_table.selectionModel().selectedRows()}
        for row in sorted(rows, reverse=True):
            self.extra_table.removeRow(row)

    @Slot()
    def _extra_selection_changed(self) -> None:
        self.remove_field_button.setEnabled(self.extra_table.selectionModel().hasSelection())

    def extra_pairs(self) -> list[tuple[str, str]]:
        """(field, value) of every row, as typed."""

        def text(row: int, column: int) -> str:
            item = self.extra_table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.extra_table.rowCount())]

    def extra(self) -> dict[str, str]:
        """The extra fields to store; ExtraFieldError for a bad field name."""
        return extra_fields(self.extra_pairs(), self._known_keys)

    def values(self) -> tuple[str, tuple[str, ...]]:
        return " ".join(self.name_edit.text().split()), parse_groups(self.groups_edit.text())

    def accept(self) -> None:
        """Close only with extra fields that can be stored; else say why and stay open."""
        try:
            self.extra()
        except ExtraFieldError as exc:
            self.last_error = extra_field_message(exc)
            QMessageBox.warning(self, self.tr("Extra fields"), self.last_error)
            self._select_field(exc.key)
            return
        super().accept()

    def _select_field(self, key: str) -> None:
        for row, (typed, _) in enumerate(self.extra_pairs()):
            if typed.strip() == key:
                self.extra_table.setCurrentCell(row, 0)
                return


def extra_field_message(error: ExtraFieldError) -> str:
    """The user's words for a refused extra field (in the edit dialog's translation context,
    written out in full so that lupdate finds each text)."""
    if error.problem is ExtraProblem.NO_NAME:
        return QCoreApplication.translate("ContactEditDialog", "A field with a value needs a name.")
    if error.problem is ExtraProblem.NOT_A_PLACEHOLDER:
        text = QCoreApplication.translate(
            "ContactEditDialog",
            "“{key}” cannot be a field name: texts use a field as {{field}}, so its name "
            "cannot contain {{ or }}.",
        )
    elif error.problem is ExtraProblem.RESERVED:
        text = QCoreApplication.translate(
            "ContactEditDialog",
            "“{key}” cannot be a field name: {{name}} and {{number}} are the contact's own "
            "name and number.",
        )
    else:
        text = QCoreApplication.translate(
            "ContactEditDialog",
            "There are two fields named “{key}” (upper and lower case count as the same).",
        )
    return text.format(key=error.key)


class ContactsPanel(QWidget):
    """Search box, group filter, the table, and the actions on the selected contacts."""

    recipients_chosen = Signal(list)  # E.164 numbers, opted-out ones left out
    contacts_changed = Signal()

    def __init__(
        self,
        conn: sqlite3.Connection,
        default_region: str = DEFAULT_REGION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.default_region = default_region  # set_account changes it
        self.last_error = ""  # the text of the last message box shown (for tests and drivers)
        self.import_dialog: ImportDialog | None = None
        self.model = ContactsModel(self)
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._connect()
        self.reload()

    # ---- building -------------------------------------------------------------------------

    def set_account(self, account: ActiveAccount | None) -> None:
        """Imports read national numbers in the active account's country."""
        self.default_region = account.region if account is not None else DEFAULT_REGION

    def _build(self) -> None:
        self.search_edit = QLineEdit(placeholderText=self.tr("Search by name or number"))
        self.search_edit.setClearButtonEnabled(True)
        self.group_combo = QComboBox()
        self.group_combo.setMinimumContentsLength(14)
        self.group_combo.setAccessibleName(self.tr("Group filter"))
        self.count_label = QLabel()
        group_label = QLabel(self.tr("&Group"))
        group_label.setBuddy(self.group_combo)
        self.rename_group_button = QPushButton(self.tr("Rena&me…"))
        self.rename_group_button.setToolTip(self.tr("Rename the group chosen in the list"))
        self.delete_group_button = QPushButton(self.tr("Delete grou&p…"))
        self.delete_group_button.setToolTip(
            self.tr("Delete the group chosen in the list; its contacts are kept")
        )
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(group_label)
        top.addWidget(self.group_combo)
        top.addWidget(self.rename_group_button)
        top.addWidget(self.delete_group_button)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        # Fixed row heights and column widths: the view never measures 100,000 rows.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_PADDING)
        rows.setVisible(False)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(GROUPS, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        padding = 4 * metrics.averageCharWidth()
        widths = {
            NAME: "Name Surname Longername",
            NUMBER: "+39 0471 123456789",
            OPTED_OUT: "Opted out",
        }
        for column, sample in widths.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + padding)

        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.opt_out_button = QPushButton(self.tr("&Opt out"))
        self.opt_out_button.setToolTip(self.tr("Opted-out numbers receive no broadcast"))
        self.new_group_button = QPushButton(self.tr("&New group…"))
        self.add_group_button = QPushButton(self.tr("&Add to group…"))
        self.recipients_button = QPushButton(self.tr("Use as &recipients"))
        self.recipients_button.setToolTip(
            self.tr("Send to the selected contacts (opted-out numbers are left out)")
        )
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        for button in (
            self.edit_button,
            self.delete_button,
            self.opt_out_button,
            self.new_group_button,
            self.add_group_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.recipients_button)

        self.delete_action = QAction(self.tr("Delete"), self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.group_combo.currentIndexChanged.connect(self.apply_filter)
        self.group_combo.currentIndexChanged.connect(self._update_group_buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._cell_double_clicked)
        self.table.clicked.connect(self._cell_clicked)
        self.model.modelReset.connect(self._update_count)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.opt_out_button.clicked.connect(self.toggle_opt_out)
        self.new_group_button.clicked.connect(self.new_group)
        self.add_group_button.clicked.connect(self.add_selection_to_group)
        self.rename_group_button.clicked.connect(self.rename_current_group)
        self.delete_group_button.clicked.connect(self.delete_current_group)
        self.recipients_button.clicked.connect(self.choose_recipients)

    # ---- loading and filtering ------------------------------------------------------------

    def reload(self) -> None:
        """Read every contact from the store again (after an import)."""
        with busy_cursor():
            self.model.set_entries(load_entries(self.conn))
        self._refresh_groups()
        self._selection_changed()

    def _refresh_groups(self, current: str | None = None) -> None:
        """The group combo: the fixed filters, then every group (stored or in use); it keeps
        showing `current` (default: what it shows now) when that is still there."""
        current = current or self.group_combo.currentData() or ALL_GROUPS
        names = {name.casefold(): name for name, _ in store.list_groups(self.conn)}
        for name in self.model.group_names():
            names.setdefault(name.casefold(), name)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All contacts"), ALL_GROUPS)
        self.group_combo.addItem(self.tr("In no group"), NO_GROUP_FILTER)
        self.group_combo.addItem(self.tr("Opted out"), OPTED_OUT_FILTER)
        self.group_combo.insertSeparator(self.group_combo.count())
        for name in sorted(names.values(), key=str.casefold):
            self.group_combo.addItem(name, name)
        position = self.group_combo.findData(current)
        self.group_combo.setCurrentIndex(max(position, 0))
        self.group_combo.blockSignals(False)
        self._update_group_buttons()
        if position < 0 and current != ALL_GROUPS:  # the filtered group is gone
            self.apply_filter()

    def group_names(self) -> list[str]:
        """The groups the combo offers (without the fixed filters)."""
        return [
            self.group_combo.itemData(i)
            for i in range(self.group_combo.count())
            if self.group_combo.itemData(i)
            and self.group_combo.itemData(i) not in (NO_GROUP_FILTER, OPTED_OUT_FILTER)
        ]

    def current_group(self) -> str | None:
        """The group the combo shows, None for a fixed filter (all, no group, opted out)."""
        data = self.group_combo.currentData()
        return data if data and data not in (NO_GROUP_FILTER, OPTED_OUT_FILTER) else None

    @Slot()
    def _update_group_buttons(self) -> None:
        chosen = self.current_group() is not None
        self.rename_group_button.setEnabled(chosen)
        self.delete_group_button.setEnabled(chosen)

    def set_group_filter(self, group: str) -> None:
        """Show only `group` (a name, ALL_GROUPS, NO_GROUP_FILTER or OPTED_OUT_FILTER)."""
        position = self.group_combo.findData(group)
        if position < 0:
            raise KeyError(f"no group {group!r}")
        self.group_combo.setCurrentIndex(position)
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        """Filter on the search text and the group now (typing waits SEARCH_DEBOUNCE_MS)."""
        self._search_timer.stop()
        self.model.set_filter(self.search_edit.text(), self.group_combo.currentData() or "")

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = (
            self.tr("{total:,} contacts", "", total).format(total=total)
            if shown == total
            else self.tr("{shown:,} of {total:,} contacts", "", total).format(
                shown=shown, total=total
            )
        )
        self.count_label.setText(text)

    # ---- selection ------------------------------------------------------------------------

    def selected_numbers(self) -> list[str]:
        """The E.164 numbers of the selected rows, top to bottom."""
        return [self.model.entry(row).e164 for row in self._selected_rows()]

    def _selected_rows(self) -> list[int]:
        """Read from the selection's ranges: QItemSelectionModel.selectedRows() takes
        seconds for 100,000 selected rows, the ranges are one per run of rows."""
        ranges = self.table.selectionModel().selection()
        if len(ranges) == 1:
            return list(range(ranges[0].top(), ranges[0].bottom() + 1))
        rows: set[int] = set()
        for part in ranges:
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def select_numbers(self, numbers: Iterable[str]) -> None:
        """Select these contacts' rows (those shown), replacing the selection."""
        wanted = set(numbers)
        rows = [row for row, e164 in enumerate(self.model.shown_e164()) if e164 in wanted]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for first, end in _runs(rows):  # one range per run of adjacent rows
            selection.select(self.model.index(first, 0), self.model.index(end, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    @Slot()
    def _selection_changed(self) -> None:
        entries = [self.model.entry(row) for row in self._selected_rows()]
        count = len(entries)
        for button in (self.delete_button, self.opt_out_button, self.add_group_button):
            button.setEnabled(count > 0)
        self.edit_button.setEnabled(count == 1)
        self.recipients_button.setEnabled(count > 0)
        all_out = bool(entries) and all(entry.opted_out for entry in entries)
        self.opt_out_button.setText(self.tr("Opt &in") if all_out else self.tr("&Opt out"))

    @Slot()
    def choose_recipients(self) -> None:
        """Emit `recipients_chosen` with the selected numbers that have not opted out."""
        numbers = [
            e164
            for e164 in self.selected_numbers()
            if not (entry := self.model.find(e164)) or not entry.opted_out
        ]
        if numbers:
            self.recipients_chosen.emit(numbers)

    # ---- editing --------------------------------------------------------------------------

    @Slot()
    def edit_selected(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1 or (entry := self.model.find(numbers[0])) is None:
            return
        dialog = ContactEditDialog(entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, groups = dialog.values()
            self.edit_contact(entry.e164, name, groups, dialog.extra_pairs())

    def edit_contact(
        self,
        e164: str,
        name: str,
        groups: Sequence[str],
        extra: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    ) -> bool:
        """Store the contact's new name, groups (exactly these) and, when given, extra fields
        (exactly these, as contacts_model.extra_fields accepts them; None keeps them); False
        (and a message) if it failed."""
        entry = self.model.find(e164)
        if entry is None:
            return False
        groups = self._existing_spelling(parse_groups(GROUP_JOIN.join(groups)))
        fields = entry.extra
        try:
            if extra is not None:
                pairs = extra.items() if isinstance(extra, Mapping) else extra
                fields = extra_fields(pairs, entry.extra)
            store.update_contact(
                self.conn,
                e164,
                name=name,
                groups=list(groups),
                extra=None if extra is None else fields,
            )
        except ExtraFieldError as exc:
            self.show_error(self.tr("Cannot save the contact"), extra_field_message(exc))
            return False
        except (KeyError, sqlite3.Error) as exc:
            self.show_error(self.tr("Cannot save the contact"), _failure(exc))
            return False
        self.model.update_entry(ContactEntry(e164, name, tuple(groups), entry.opted_out, fields))
        self._refresh_groups()
        self._selection_changed()
        self.contacts_changed.emit()
        return True

    @Slot()
    def delete_selected(self) -> None:
        numbers = self.selected_numbers()
        if not numbers:
            return
        if len(numbers) == 1:
            entry = self.model.find(numbers[0])
            who = f"{entry.name or display_number(numbers[0])}" if entry else numbers[0]
            question = self.tr("Delete the contact {who}?").format(who=who)
        else:
            question = self.tr("Delete {count:,} contacts?").format(count=len(numbers))
        question += " " + self.tr("Opted-out numbers stay on the opt-out list.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_contacts(numbers)

    def delete_contacts(self, numbers: Sequence[str]) -> bool:
        try:
            with busy_cursor(), store.transaction(self.conn):
                for e164 in numbers:
                    store.delete_contact(self.conn, e164)
        except sqlite3.Error as exc:
            self.show_error(
                self.tr("Cannot delete"),
                self.tr("The contacts database refused: {error}").format(error=_failure(exc)),
            )
            return False
        self.model.remove(numbers)
        self._refresh_groups()
        self._selection_changed()
        self.contacts_changed.emit()
        return True

    # ---- opt-out --------------------------------------------------------------------------

    @Slot()
    def toggle_opt_out(self) -> None:
        """Opt the selection out, or back in when every selected contact is opted out."""
        numbers = self.selected_numbers()
        entries = self.model.entries_for(numbers)
        if entries:
            self.set_opted_out(numbers, not all(entry.opted_out for entry in entries))

    @Slot(QModelIndex)
    def _cell_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != OPTED_OUT:  # there a click already flipped the box
            self.edit_selected()

    @Slot(QModelIndex)
    def _cell_clicked(self, index: QModelIndex) -> None:
        """A click on the opted-out box flips it."""
        if index.column() == OPTED_OUT:
            entry = self.model.entry(index.row())
            self.set_opted_out([entry.e164], not entry.opted_out)

    def set_opted_out(self, numbers: Sequence[str], flag: bool) -> bool:
        change = store.add_opt_out if flag else store.remove_opt_out
        try:
            with store.transaction(self.conn):
                for e164 in numbers:
                    change(self.conn, e164)
        except sqlite3.Error as exc:
            self.show_error(self.tr("Cannot change the opt-out list"), _failure(exc))
            return False
        self.model.set_opted_out(numbers, flag)
        self._selection_changed()
        self.contacts_changed.emit()
        return True

    # ---- groups ---------------------------------------------------------------------------

    @Slot()
    def new_group(self) -> None:
        """Ask for a name, create the group and put the selected contacts in it."""
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Group name:"))
        name = " ".join(name.split())
        if ok and name:
            self.add_to_group(self.selected_numbers(), name)

    @Slot()
    def add_selection_to_group(self) -> None:
        numbers = self.selected_numbers()
        if not numbers:
            return
        group, ok = QInputDialog.getItem(
            self,
            self.tr("Add to group"),
            self.tr("Add {count:,} contacts to:", "", len(numbers)).format(count=len(numbers)),
            self.group_names(),
            0,
            True,
        )
        group = " ".join(group.split())
        if ok and group:
            self.add_to_group(numbers, group)

    def add_to_group(self, numbers: Sequence[str], group: str) -> bool:
        """Put the contacts in the group (created, also when `numbers` is empty)."""
        (group,) = self._existing_spelling((group,))
        try:
            with busy_cursor(), store.transaction(self.conn):
                store.add_group(self.conn, group)
                for e164 in numbers:
                    store.add_to_group(self.conn, group, e164)
        except sqlite3.Error as exc:
            self.show_error(self.tr("Cannot change the group"), _failure(exc))
            return False
        folded = group.casefold()
        for e164 in numbers:
            entry = self.model.find(e164)
            if entry is not None and not entry.in_group(folded):
                entry.groups = (*entry.groups, group)
        if numbers:
            self.model.refilter()
        self._refresh_groups()
        self.select_numbers(numbers)
        self.contacts_changed.emit()
        return True

    @Slot()
    def rename_current_group(self) -> None:
        """Ask for a new name of the group chosen in the combo, and rename it."""
        group = self.current_group()
        if group is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename group"),
            self.tr("New name of the group “{group}”:").format(group=group),
            QLineEdit.EchoMode.Normal,
            group,
        )
        if ok:
            self.rename_group(group, name)

    def rename_group(self, old: str, new: str) -> bool:
        """Rename the group; its contacts, and the filter when it shows it, follow.

        An empty name, or the name of another group (case-insensitively), is refused with a
        message rather than merging the two groups: a merge cannot be undone (nothing tells
        afterwards which contacts came from which group), and a typo or an unnoticed
        existing name would do it silently. Merging stays two deliberate steps: select the
        group's contacts, "Add to group…" the other one, then delete this one. A change of
        case only ("clienti" -> "Clienti") is a rename. False (and a message) when refused.
        """
        new = " ".join(new.split())
        title = self.tr("Cannot rename the group")
        if not new:
            self.show_error(title, self.tr("A group needs a name."))
            return False
        if new == old:
            return True
        folded = old.casefold()
        for name, _ in store.list_groups(self.conn):
            if name.casefold() == new.casefold() and name.casefold() != folded:
                self.show_error(
                    title,
                    self.tr(
                        "There is already a group “{name}”. To merge the two, select the "
                        "contacts of “{group}”, add them to “{name}”, then delete “{group}”."
                    ).format(name=name, group=old),
                )
                return False
        try:
            store.rename_group(self.conn, old, new)
        except (KeyError, ValueError, sqlite3.Error) as exc:
            self.show_error(title, _failure(exc))
            return False
        for entry in self.model.entries():
            if entry.in_group(folded):
                entry.groups = tuple(new if g.casefold() == folded else g for g in entry.groups)
        following = self.group_combo.currentData() == old
        self._after_group_change(new if following else None)
        return True

    @Slot()
    def delete_current_group(self) -> None:
        """Ask first, telling how many contacts are in the group and that they are kept."""
        group = self.current_group()
        if group is None:
            return
        count = len(store.group_members(self.conn, group) or [])
        if count == 0:
            kept = self.tr("It has no contacts.")
        elif count == 1:
            kept = self.tr("Its 1 contact is kept: only the group is deleted.")
        else:
            kept = self.tr("Its {count:,} contacts are kept: only the group is deleted.").format(
                count=count
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            self.tr("Delete the group “{group}”?").format(group=group) + " " + kept,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_group(group)

    def delete_group(self, group: str) -> bool:
        """Delete the group (its contacts stay, in their other groups); a filter on it goes
        back to every contact. False (and a message) on failure."""
        try:
            store.delete_group(self.conn, group)
        except sqlite3.Error as exc:
            self.show_error(self.tr("Cannot delete the group"), _failure(exc))
            return False
        folded = group.casefold()
        for entry in self.model.entries():
            if entry.in_group(folded):
                entry.groups = tuple(g for g in entry.groups if g.casefold() != folded)
        self._after_group_change(None)
        return True

    def _after_group_change(self, current: str | None) -> None:
        """Show a renamed or deleted group everywhere: the combo, the filter, the Groups
        column and the counts, keeping the selection."""
        selected = self.selected_numbers()
        self._refresh_groups(current)
        self.apply_filter()
        self.select_numbers(selected)
        self._selection_changed()
        self.contacts_changed.emit()

    def _existing_spelling(self, groups: Iterable[str]) -> tuple[str, ...]:
        """Each name as the stored group spells it ("clienti" -> "Clienti"), else as given."""
        stored = {name.casefold(): name for name, _ in store.list_groups(self.conn)}
        return tuple(stored.get(group.casefold(), group) for group in groups)

    # ---- import and export ----------------------------------------------------------------

    @Slot()
    def open_import(self) -> ImportDialog:
        """Show the import dialog (window-modal, not blocking); the table reloads after each
        import it does."""
        dialog = ImportDialog(self.conn, self.default_region, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.destroyed.connect(self._import_closed)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _import_closed(self) -> None:
        self.import_dialog = None

    @Slot(int, int)
    def _imported(self, added: int, updated: int) -> None:
        self.reload()
        self.contacts_changed.emit()

    @Slot()
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            "contacts.csv",
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int | None:
        """Every stored contact to a CSV file; how many, None (and a message) on failure."""
        try:
            with busy_cursor():
                return export_address_book(self.conn, path)
        except (OSError, sqlite3.Error) as exc:
            self.show_error(
                self.tr("Cannot export"),
                self.tr("Cannot write {file}: {error}").format(
                    file=Path(path).name, error=_failure(exc)
                ),
            )
            return None

    # ---- messages -------------------------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        self.last_error = text
        QMessageBox.warning(self, title, text)


def _failure(exc: Exception) -> str:
    """Why a store call failed, in the user's language: a storage failure (disk full,
    database locked: i18n.storage_failure) or a sentence of the store module."""
    if isinstance(exc, sqlite3.Error):
        return storage_failure(exc)
    if isinstance(exc, OSError):
        return str(exc)
    return translate_text(str(exc).strip("'\""))


def _runs(rows: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Sorted row numbers -> (first, last) of each run of consecutive rows."""
    start = previous = None
    for row in rows:
        if previous is not None and row == previous + 1:
            previous = row
            continue
        if start is not None:
            yield start, previous
        start = previous = row
    if start is not None:
        yield start, previous
