"""The edit dialog of one contact: name, groups and extra fields (contacts panel's Edit…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..usecases.contacts_edit import (
    GROUP_JOIN,
    ContactEntry,
    ExtraFieldError,
    clean_name,
    display_number,
    extra_fields,
    parse_groups,
)
from .contact_texts import extra_field_message


class ContactEditDialog(QDialog):
    """Name, groups (a comma-separated list) and extra fields of one contact.

    The extra fields are the contact's own placeholders for personalised texts ({city}): a
    table of name and value, with rows added and removed by the buttons under it. OK checks
    them (usecases.contacts_edit.extra_fields) and stays open, with a message, on a bad name.
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
        return clean_name(self.name_edit.text()), parse_groups(self.groups_edit.text())

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
