"""The contacts panel's groups: the group filter, and the group actions (new group, add to
group, rename and delete the group chosen in the filter), each with its question and its
message. The rules (a rename never merges, a deleted group keeps its contacts) are
usecases.contacts_edit's; the panel places the widgets."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..usecases import contacts_edit as book
from ..usecases.contacts_edit import (
    ALL_GROUPS,
    FIXED_FILTERS,
    NO_GROUP_FILTER,
    OPTED_OUT_FILTER,
    GroupNameError,
    GroupProblem,
    clean_name,
)
from .contact_texts import store_failure
from .import_dialog import busy_cursor

if TYPE_CHECKING:
    from .contacts_panel import ContactsPanel


class ContactGroups(QObject):
    """The group filter and the four group buttons, and what they do: acts on the panel's
    store, model and selection, then tells the panel to show the result."""

    def __init__(self, panel: ContactsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.combo = GroupFilterCombo()
        self.new_button = QPushButton(self.tr("&New group…"))
        self.add_button = QPushButton(self.tr("Add &to group…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the group chosen in the list"))
        self.delete_button = QPushButton(self.tr("Delete grou&p…"))
        self.delete_button.setToolTip(
            self.tr("Delete the group chosen in the list; its contacts are kept")
        )
        self.combo.currentIndexChanged.connect(self.update_buttons)
        self.new_button.clicked.connect(self.new_group)
        self.add_button.clicked.connect(self.add_selection_to_group)
        self.rename_button.clicked.connect(self.rename_current_group)
        self.delete_button.clicked.connect(self.delete_current_group)

    @Slot()
    def update_buttons(self) -> None:
        """Rename and delete act on a group chosen in the filter, not on a fixed filter."""
        chosen = self.combo.current_group() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def new_group(self) -> None:
        """Ask for a name, create the group and put the selected contacts in it."""
        name, ok = QInputDialog.getText(self.panel, self.tr("New group"), self.tr("Group name:"))
        name = clean_name(name)
        if ok and name:
            self.add_to_group(self.panel.selected_numbers(), name)

    @Slot()
    def add_selection_to_group(self) -> None:
        numbers = self.panel.selected_numbers()
        if not numbers:
            return
        group, ok = QInputDialog.getItem(
            self.panel,
            self.tr("Add to group"),
            self.tr("Add {count:,} contacts to:", "", len(numbers)).format(count=len(numbers)),
            self.panel.group_names(),
            0,
            True,
        )
        group = clean_name(group)
        if ok and group:
            self.add_to_group(numbers, group)

    def add_to_group(self, numbers: Sequence[str], group: str) -> bool:
        """Put the contacts in the group (created, also when `numbers` is empty)."""
        panel = self.panel
        try:
            with busy_cursor():
                book.add_to_group(panel.conn, panel.model.entries_for(numbers), group)
        except sqlite3.Error as exc:
            panel.show_error(self.tr("Cannot change the group"), store_failure(exc))
            return False
        if numbers:
            panel.model.refilter()
        panel.refresh_groups()
        panel.select_numbers(numbers)
        panel.contacts_changed.emit()
        return True

    @Slot()
    def rename_current_group(self) -> None:
        """Ask for a new name of the group chosen in the filter, and rename it."""
        group = self.panel.current_group()
        if group is None:
            return
        name, ok = QInputDialog.getText(
            self.panel,
            self.tr("Rename group"),
            self.tr("New name of the group “{group}”:").format(group=group),
            QLineEdit.EchoMode.Normal,
            group,
        )
        if ok:
            self.rename_group(group, name)

    def rename_group(self, old: str, new: str) -> bool:
        """Rename the group (book.rename_group: never a merge); its contacts, and the filter
        when it shows it, follow. False (and a message) when refused."""
        panel = self.panel
        title = self.tr("Cannot rename the group")
        try:
            new = book.rename_group(panel.conn, panel.model.entries(), old, new)
        except GroupNameError as exc:
            if exc.problem is GroupProblem.NO_NAME:
                panel.show_error(title, self.tr("A group needs a name."))
            else:
                text = self.tr(
                    "There is already a group “{name}”. To merge the two, select the "
                    "contacts of “{group}”, add them to “{name}”, then delete “{group}”."
                )
                panel.show_error(title, text.format(name=exc.name, group=old))
            return False
        except (KeyError, ValueError, sqlite3.Error) as exc:
            panel.show_error(title, store_failure(exc))
            return False
        if new != old:
            following = panel.group_combo.currentData() == old
            panel.after_group_change(new if following else None)
        return True

    @Slot()
    def delete_current_group(self) -> None:
        """Ask first, telling how many contacts are in the group and that they are kept."""
        group = self.panel.current_group()
        if group is None:
            return
        count = book.group_size(self.panel.conn, group)
        if count == 0:
            kept = self.tr("It has no contacts.")
        elif count == 1:
            kept = self.tr("Its 1 contact is kept: only the group is deleted.")
        else:
            kept = self.tr("Its {count:,} contacts are kept: only the group is deleted.").format(
                count=count
            )
        answer = QMessageBox.question(
            self.panel,
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
            book.delete_group(self.panel.conn, self.panel.model.entries(), group)
        except sqlite3.Error as exc:
            self.panel.show_error(self.tr("Cannot delete the group"), store_failure(exc))
            return False
        self.panel.after_group_change(None)
        return True


class GroupFilterCombo(QComboBox):
    """The group filter: every contact, those in no group, the opted-out ones, then each
    group by name; an item's data is its filter value (usecases.contacts_edit.matching)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(14)
        self.setAccessibleName(self.tr("Group filter"))

    def set_groups(self, names: Iterable[str], current: str | None = None) -> bool:
        """Offer these groups, keeping `current` (default: what it shows now) chosen when it
        is still there, without signals; True when a group it showed is gone (the combo
        shows every contact instead)."""
        current = current or self.currentData() or ALL_GROUPS
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All contacts"), ALL_GROUPS)
        self.addItem(self.tr("In no group"), NO_GROUP_FILTER)
        self.addItem(self.tr("Opted out"), OPTED_OUT_FILTER)
        self.insertSeparator(self.count())
        for name in names:
            self.addItem(name, name)
        position = self.findData(current)
        self.setCurrentIndex(max(position, 0))
        self.blockSignals(False)
        return position < 0 and current != ALL_GROUPS

    def group_names(self) -> list[str]:
        """The groups offered (without the fixed filters)."""
        data = (self.itemData(i) for i in range(self.count()))
        return [name for name in data if name and name not in FIXED_FILTERS]

    def current_group(self) -> str | None:
        """The group shown, None for a fixed filter (all, no group, opted out)."""
        data = self.currentData()
        return data if data and data not in FIXED_FILTERS else None
