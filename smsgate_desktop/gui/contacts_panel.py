"""The contacts panel: the address book as a filterable table, with import, export, editing,
groups and the opt-out list.

The store is read once into ContactsModel (contacts_model.py) and every change is written to
the store first, then applied to the model's lists, so the table never re-queries the
database for a keystroke. What each action decides is usecases.contacts_edit's; the panel
holds the widgets and wires them, the edit dialog is contact_dialog.py, the group actions
contact_groups.py. The panel does no network I/O.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..protocol.numbers import DEFAULT_REGION
from ..usecases import contacts_edit as book
from ..usecases.address_book import export_address_book
from ..usecases.contacts_edit import ExtraFieldError, display_number
from . import exports
from .active_account import ActiveAccount
from .contact_dialog import ContactEditDialog
from .contact_groups import ContactGroups
from .contact_table import ContactsTable
from .contact_texts import extra_field_message, store_failure
from .contacts_model import OPTED_OUT, ContactsModel, PreparedBook, load_entries, prepare_book
from .import_dialog import ImportDialog, busy_cursor
from .store_reader import StoreReader

SEARCH_DEBOUNCE_MS: Final = 150
# From this many contacts the panel reads the address book off the GUI thread when it opens.
BIG_BOOK: Final = 5_000


class ContactsPanel(QWidget):
    """Search box, group filter, the table, and the actions on the selected contacts.

    Signals:
        recipients_chosen(list): "use as recipients": the selected E.164 numbers, the
            opted-out ones left out, for whoever sends (the broadcast panel).
        contacts_changed(): the stored contacts, groups or opt-outs changed.
        loaded(): a big address book, read off the GUI thread at the start, is on show.
    """

    recipients_chosen = Signal(list)
    contacts_changed = Signal()
    loaded = Signal()

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
        self.export_box: QMessageBox | None = None  # the last export's confirmation
        self.model = ContactsModel(self)
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._connect()
        self._loader: StoreReader | None = None
        self._refreshing = False  # the read on its way is refresh_from_store's
        self._first_load()

    def set_account(self, account: ActiveAccount | None) -> None:
        """Imports read national numbers in the active account's country."""
        self.default_region = account.region if account is not None else DEFAULT_REGION

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(placeholderText=self.tr("Search by name or number"))
        self.search_edit.setClearButtonEnabled(True)
        # The group filter and actions (contact_groups.py), under the panel's names.
        self.groups = groups = ContactGroups(self)
        self.group_combo = groups.combo
        self.group_names = groups.combo.group_names
        self.current_group = groups.combo.current_group
        self.new_group_button = groups.new_button
        self.add_group_button = groups.add_button
        self.rename_group_button = groups.rename_button
        self.delete_group_button = groups.delete_button
        self.new_group = groups.new_group
        self.add_selection_to_group = groups.add_selection_to_group
        self.rename_current_group = groups.rename_current_group
        self.delete_current_group = groups.delete_current_group
        self.count_label = QLabel()
        group_label = QLabel(self.tr("&Group"))
        group_label.setBuddy(self.group_combo)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        for widget in (group_label, self.group_combo, self.rename_group_button):
            top.addWidget(widget)
        top.addWidget(self.delete_group_button)
        top.addWidget(self.count_label)

        self.table = ContactsTable(self.model)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.search_edit.setAccessibleName(self.tr("Search contacts"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.opt_out_button = QPushButton(self.tr("&Opt out"))
        self.opt_out_button.setToolTip(self.tr("Opted-out numbers receive no broadcast"))
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
        self.recipients_button.clicked.connect(self.choose_recipients)

    # ---- loading and filtering ------------------------------------------------------------

    def _first_load(self) -> None:
        """A small address book is read at once; a big one (BIG_BOOK contacts or more) off the
        GUI thread, so that the window paints first; `loaded` when it is on show."""
        path = getattr(self.conn, "store_path", "")
        if not path or book.contact_count(self.conn) < BIG_BOOK:
            self.reload()
            return
        self._reader(path).request(prepare_book)

    def _reader(self, path: str) -> StoreReader:
        if self._loader is None:
            self._loader = StoreReader(path, self)
            self._loader.finished.connect(self._on_loader_finished)
            self._loader.failed.connect(self._on_loader_failed)
        return self._loader

    def refresh_from_store(self) -> None:
        """Read the address book again off the GUI thread (another desktop changed the
        office database): the selection, the search and the group shown are kept;
        `loaded`, then `contacts_changed`, once it is on show."""
        path = getattr(self.conn, "store_path", "")
        if not path:  # an in-memory store: no second connection can see it
            self.reload()
            self.contacts_changed.emit()
            return
        self._refreshing = True
        self._reader(path).request(prepare_book)

    @property
    def loading(self) -> bool:
        """The address book is being read off the GUI thread (the list is still empty)."""
        return self._loader is not None and self._loader.pending

    @Slot(object)
    def _on_loader_finished(self, prepared: PreparedBook) -> None:
        # Indexed on the reader's thread: a pass over 100,000 contacts here stalls the window.
        selected = self.selected_numbers()
        self.model.set_prepared(prepared)
        self.refresh_groups(names=prepared.groups)
        self.select_numbers(selected)
        self._selection_changed()
        self.loaded.emit()
        if self._refreshing:
            self._refreshing = False
            self.contacts_changed.emit()

    @Slot(object)
    def _on_loader_failed(self, exc: sqlite3.Error) -> None:
        if self._refreshing:
            # The office database stopped answering: the list shown stays, the window says
            # so (office_watch); reading again here would wait for it on the GUI thread.
            self._refreshing = False
            self.last_error = store_failure(exc)
            return
        try:
            self.reload()  # once more, here, where a failure is shown as any other
        except sqlite3.Error as exc:
            self.last_error = store_failure(exc)

    def reload(self) -> None:
        """Read every contact from the store again (after an import)."""
        if self._loader is not None:
            self._loader.cancel()  # this read is newer
            self._refreshing = False
        with busy_cursor():
            self.model.set_entries(load_entries(self.conn), by_name=True)
        self.refresh_groups()
        self._selection_changed()

    def refresh_groups(self, current: str | None = None, names: list[str] | None = None) -> None:
        """The group combo: the fixed filters, then every group (stored or in use); it keeps
        showing `current` (default: what it shows now) when that is still there. `names`: the
        groups when already known (group_choices, worked out off the GUI thread)."""
        if names is None:
            names = book.group_choices(self.conn, self.model.entries())
        gone = self.group_combo.set_groups(names, current)
        self.groups.update_buttons()
        if gone:
            self.apply_filter()

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

    def after_group_change(self, current: str | None) -> None:
        """Show a renamed or deleted group everywhere: the combo, the filter, the Groups
        column and the counts, keeping the selection."""
        selected = self.selected_numbers()
        self.refresh_groups(current)
        self.apply_filter()
        self.select_numbers(selected)
        self._selection_changed()
        self.contacts_changed.emit()

    # ---- selection ------------------------------------------------------------------------

    def selected_numbers(self) -> list[str]:
        """The E.164 numbers of the selected rows, top to bottom."""
        return [self.model.entry(row).e164 for row in self.table.selected_rows()]

    def select_numbers(self, numbers: Iterable[str]) -> None:
        """Select these contacts' rows (those shown), replacing the selection."""
        wanted = set(numbers)
        shown = self.model.shown_e164()
        self.table.select_rows([row for row, e164 in enumerate(shown) if e164 in wanted])

    @Slot()
    def _selection_changed(self) -> None:
        entries = [self.model.entry(row) for row in self.table.selected_rows()]
        for button in (self.delete_button, self.opt_out_button, self.add_group_button):
            button.setEnabled(bool(entries))
        self.edit_button.setEnabled(len(entries) == 1)
        self.recipients_button.setEnabled(bool(entries))
        opt_in = entries and not book.opt_out_toggle(entries)
        self.opt_out_button.setText(self.tr("Opt &in") if opt_in else self.tr("&Opt out"))

    @Slot()
    def choose_recipients(self) -> None:
        """Emit `recipients_chosen` with the selected numbers that have not opted out."""
        numbers = book.recipients(self.model.entries_for(self.selected_numbers()))
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
        """Store the contact's new name, groups and extra fields (book.save_contact: None
        keeps the extra fields); False (and a message) if it failed."""
        entry = self.model.find(e164)
        if entry is None:
            return False
        try:
            saved = book.save_contact(self.conn, entry, name, groups, extra)
        except ExtraFieldError as exc:
            self.show_error(self.tr("Cannot save the contact"), extra_field_message(exc))
            return False
        except (KeyError, sqlite3.Error) as exc:
            self.show_error(self.tr("Cannot save the contact"), store_failure(exc))
            return False
        self.model.update_entry(saved)
        self.refresh_groups()
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
            with busy_cursor():
                book.delete_contacts(self.conn, numbers)
        except sqlite3.Error as exc:
            self.show_error(
                self.tr("Cannot delete"),
                self.tr("The contacts database refused: {error}").format(error=store_failure(exc)),
            )
            return False
        self.model.remove(numbers)
        self.refresh_groups()
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
            self.set_opted_out(numbers, book.opt_out_toggle(entries))

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
        try:
            book.set_opted_out(self.conn, self.model.entries_for(numbers), flag)
        except sqlite3.Error as exc:
            self.show_error(self.tr("Cannot change the opt-out list"), store_failure(exc))
            return False
        self.model.set_opted_out(numbers, flag)
        self._selection_changed()
        self.contacts_changed.emit()
        return True

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
        target = exports.ask_export_path(self, self.tr("Export contacts"), "contacts")
        if target is not None:
            self.export_to(*target)

    def export_to(self, path: str | Path, kind: str | None = None) -> int | None:
        """Every stored contact to a CSV or XLSX file (`kind`, else by the extension), then
        the confirmation; how many, None (and a message) on failure."""
        header = exports.translated(exports.CONTACT_HEADER)
        try:
            with busy_cursor():
                count = export_address_book(
                    self.conn, path, headers=header, delimiter=exports.csv_delimiter(), kind=kind
                )
        except (OSError, sqlite3.Error) as exc:
            self.show_error(self.tr("Cannot export"), exports.export_failure(exc, path))
            return None
        self.export_box = exports.confirm_export(self, count, path)
        return count

    def show_error(self, title: str, text: str) -> None:
        self.last_error = text
        QMessageBox.warning(self, title, text)
