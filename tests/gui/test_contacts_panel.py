"""The contacts panel and its import dialog, on a real (temporary) store, offscreen.

Message boxes and input dialogs are replaced by recorders (a modal box would wait forever for
a click offscreen); the import's worker thread is awaited with waitSignal, never a sleep.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from smsgate_desktop.contacts import (
    ColumnMapping,
    Contact,
    apply_mapping,
    export_mapping,
    read_file,
)
from smsgate_desktop.gui import contacts_panel, import_dialog
from smsgate_desktop.gui.contacts_model import (
    ALL_GROUPS,
    GROUPS,
    NO_GROUP_FILTER,
    OPTED_OUT,
    OPTED_OUT_FILTER,
    ContactsModel,
    ExtraFieldError,
    ExtraProblem,
    extra_fields,
    is_placeholder_name,
    parse_groups,
    prepare_book,
)
from smsgate_desktop.gui.contacts_panel import ContactsPanel
from smsgate_desktop.store import contacts as store
from smsgate_desktop.store.db import open_store

TIMEOUT = 15_000  # ms

PEOPLE = [
    Contact("Mario Rossi", "+393331234567", "+39 333 1234567", ("Clienti",)),
    Contact("Anna Bianchi", "+393471112222", "+39 347 1112222", ("Clienti", "Staff")),
    Contact("Luca Verdi", "+390612345678", "+39 06 12345678", ()),
    Contact("Giulia Rossetti", "+393209876543", "+39 320 9876543", ("Staff",)),
]


@dataclass
class Boxes:
    """What the patched QMessageBox / QInputDialog were asked, and what they answer."""

    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No
    text: tuple[str, bool] = ("", False)  # QInputDialog.getText / getItem's answer


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    recorded = Boxes()

    def warning(parent, title, text, *args, **kwargs):
        recorded.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *args, **kwargs):
        recorded.questions.append(text)
        return recorded.answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: recorded.text)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: recorded.text)
    return recorded


@pytest.fixture
def conn(tmp_path):
    connection = open_store(tmp_path / "contacts.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def make_panel(qtbot, conn) -> Iterator:
    def make(people=(), connection=None) -> ContactsPanel:
        connection = connection or conn
        if people:
            store.import_contacts(connection, people)
        panel = ContactsPanel(connection, "IT")
        qtbot.addWidget(panel)
        panel.show()
        return panel

    yield make


@pytest.fixture
def panel(make_panel) -> ContactsPanel:
    return make_panel(PEOPLE)


def shown_names(panel: ContactsPanel) -> list[str]:
    return [panel.model.entry(row).name for row in range(panel.model.rowCount())]


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(qtbot, panel: ContactsPanel, path: Path):
    dialog = panel.open_import()
    assert dialog.load_file(path), dialog.last_error
    with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT):
        dialog.import_button.click()
    return dialog


# ---- import ---------------------------------------------------------------------------------


def test_import_lists_failed_rows_with_lines_and_keeps_every_valid_row(qtbot, make_panel, tmp_path):
    panel = make_panel()
    path = write_csv(
        tmp_path / "rubrica.csv",
        [
            "Nome;Cellulare;Gruppo;Note",
            "Mario Rossi;333 1234567;Clienti;vip",
            "Bad Row;abc;Clienti;",
            "Anna Bianchi;+39 347 1112222;Staff, Clienti;",
            "No Number;;Staff;",
            "Mario again;0039 333 1234567;Fornitori;",
            "Luca Verdi;06 12345678;;",
        ],
    )
    dialog = panel.open_import()
    assert dialog.load_file(path)
    assert dialog.preview_model.rowCount() == 6
    assert dialog.number_combo.currentText() == "Cellulare"  # guessed
    assert dialog.name_combo.currentText() == "Nome"
    assert dialog.group_combo.currentText() == "Gruppo"
    mapping = dialog.mapping()
    assert mapping is not None and mapping.extra == (3,)  # "Note"

    with (
        qtbot.waitSignal(panel.contacts_changed, timeout=TIMEOUT),
        qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT),
    ):
        dialog.import_button.click()
        assert dialog.is_busy() or dialog.result is not None

    errors = dialog.error_lines()
    assert len(errors) == 2
    assert errors[0].startswith("line 3: 'abc'")
    assert errors[1].startswith("line 5:")
    assert "Added 3, updated 0, 1 duplicate merged, 2 rows not imported" in (dialog.summary.text())
    assert dialog.errors_view.isVisibleTo(dialog)
    assert sorted(panel.model.shown_e164()) == ["+390612345678", "+393331234567", "+393471112222"]
    mario = panel.model.find("+393331234567")
    assert mario.name == "Mario Rossi"
    assert set(mario.groups) == {"Clienti", "Fornitori"}
    assert mario.extra == {"Note": "vip"}
    assert "Clienti" in panel.group_names()
    dialog.close()
    assert panel.import_dialog is None or not panel.import_dialog.isVisible()


def test_import_again_updates_instead_of_adding(qtbot, panel, tmp_path):
    path = write_csv(tmp_path / "again.csv", ["Name,Phone", "Mario R.,+39 333 1234567"])
    dialog = run_import(qtbot, panel, path)
    assert dialog.summary.text().startswith("Added 0, updated 1")
    assert panel.model.find("+393331234567").name == "Mario R."
    assert panel.model.total() == len(PEOPLE)


def test_mapping_can_be_changed_before_import(qtbot, make_panel, tmp_path):
    panel = make_panel()
    path = write_csv(tmp_path / "x.csv", ["A,B", "333 1234567,Mario", "347 1112222,Anna"])
    dialog = panel.open_import()
    assert dialog.load_file(path)
    dialog.name_combo.setCurrentIndex(dialog.name_combo.findText("B"))
    assert dialog.mapping().name == 1
    assert dialog.mapping().extra == ()  # B is the name now, not an extra column
    with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT):
        dialog.start_import()
    assert sorted(shown_names(panel)) == ["Anna", "Mario"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.xlsx", b"\x00\x01not a zip at all\xff" * 10),
        ("empty.csv", b""),
        ("broken.vcf", b"BEGIN:VCARD\r\nthis is not a card\r\n"),
    ],
)
def test_unreadable_file_is_a_message_not_a_traceback(make_panel, tmp_path, boxes, name, content):
    panel = make_panel(PEOPLE)
    path = tmp_path / name
    path.write_bytes(content)
    dialog = panel.open_import()
    assert not dialog.load_file(path)
    assert boxes.warnings == [dialog.last_error]
    assert dialog.last_error.startswith(f"Cannot import {name!r}")
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping() is None
    assert panel.model.total() == len(PEOPLE)  # nothing touched


def test_file_without_a_number_column_asks_for_it(make_panel, tmp_path):
    panel = make_panel()
    path = write_csv(tmp_path / "words.csv", ["Who,What", "Mario,hello", "Anna,bye"])
    dialog = panel.open_import()
    assert dialog.load_file(path)
    assert "choose the number column" in dialog.mapping_hint.text()


def test_import_where_every_row_fails_stores_nothing(qtbot, make_panel, tmp_path):
    panel = make_panel()
    path = write_csv(tmp_path / "bad.csv", ["Name,Phone", "A,12", "B,abc"])
    dialog = run_import(qtbot, panel, path)
    assert dialog.summary.text().startswith("Added 0, updated 0")
    assert [line.split(":")[0] for line in dialog.error_lines()] == ["line 2", "line 3"]
    assert panel.model.total() == 0


# ---- search and filter ----------------------------------------------------------------------


def test_table_shows_name_display_number_groups_and_opt_out(panel):
    row = panel.model.row_of("+393471112222")
    model = panel.model
    assert model.index(row, 0).data() == "Anna Bianchi"
    assert model.index(row, 1).data() == "+39 347 1112222"
    assert model.index(row, 2).data() == "Clienti, Staff"
    assert model.index(row, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert panel.count_label.text() == "4 contacts"


def test_search_by_name_and_by_number(qtbot, panel):
    panel.search_edit.setText("ROSS")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=TIMEOUT)  # debounced
    assert sorted(shown_names(panel)) == ["Giulia Rossetti", "Mario Rossi"]
    assert panel.count_label.text() == "2 of 4 contacts"

    for text in ("347 111", "+39 347-111", "0039347111", "3471112222"):
        panel.search_edit.setText(text)
        panel.apply_filter()
        assert shown_names(panel) == ["Anna Bianchi"], text

    panel.search_edit.setText("nobody")
    panel.apply_filter()
    assert panel.model.rowCount() == 0
    panel.search_edit.clear()
    panel.apply_filter()
    assert panel.model.rowCount() == 4


def test_group_filter_combines_with_search(panel):
    panel.set_group_filter("Staff")
    assert sorted(shown_names(panel)) == ["Anna Bianchi", "Giulia Rossetti"]
    panel.search_edit.setText("ross")
    panel.apply_filter()
    assert shown_names(panel) == ["Giulia Rossetti"]
    panel.search_edit.clear()
    panel.set_group_filter(NO_GROUP_FILTER)
    assert shown_names(panel) == ["Luca Verdi"]
    with pytest.raises(KeyError):
        panel.set_group_filter("Nope")


def test_sorting_by_number(panel):
    panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert panel.model.shown_e164() == sorted(panel.model.shown_e164(), reverse=True)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_names(panel) == sorted(shown_names(panel), key=str.casefold)


# ---- edit and delete ------------------------------------------------------------------------


def test_edit_name_and_groups(panel, conn, monkeypatch):
    panel.select_numbers(["+390612345678"])
    assert panel.edit_button.isEnabled()

    def fill_and_accept(dialog):
        assert dialog.name_edit.text() == "Luca Verdi"
        dialog.name_edit.setText("  Luca   Verdi Jr ")
        dialog.groups_edit.setText("staff, Amici; amici")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(contacts_panel.ContactEditDialog, "exec", fill_and_accept)
    panel.edit_selected()
    entry = panel.model.find("+390612345678")
    assert entry.name == "Luca Verdi Jr"
    assert entry.groups == ("Staff", "Amici")  # the stored spelling of an existing group
    assert store.contact_groups(conn, "+390612345678") == ["Amici", "Staff"]
    stored = {c.e164: c for c in store.all_contacts_with_groups(conn)}
    assert stored["+390612345678"].name == "Luca Verdi Jr"
    assert "Amici" in panel.group_names()
    assert panel.selected_numbers() == ["+390612345678"]  # still selected


def test_cancelled_edit_changes_nothing(panel, conn, monkeypatch):
    panel.select_numbers(["+390612345678"])
    monkeypatch.setattr(
        contacts_panel.ContactEditDialog, "exec", lambda d: QDialog.DialogCode.Rejected
    )
    panel.edit_selected()
    assert panel.model.find("+390612345678").name == "Luca Verdi"


def stored_extra(conn, e164: str) -> dict:
    return {c.e164: c.extra for c in store.all_contacts_with_groups(conn)}[e164]


def test_edit_extra_fields_add_change_remove(qtbot, panel, conn, monkeypatch):
    store.update_contact(conn, "+393331234567", extra={"city": "Roma", "note": "vip"})
    panel.reload()
    panel.select_numbers(["+393331234567"])

    def fill_and_accept(dialog):
        assert dialog.extra_pairs() == [("city", "Roma"), ("note", "vip")]
        assert not dialog.remove_field_button.isEnabled()
        dialog.extra_table.item(0, 1).setText(" Milano ")  # change
        dialog.extra_table.selectRow(1)
        qtbot.mouseClick(dialog.remove_field_button, Qt.MouseButton.LeftButton)  # remove
        qtbot.mouseClick(dialog.add_field_button, Qt.MouseButton.LeftButton)  # add
        dialog.extra_table.item(1, 0).setText("Sconto")
        dialog.extra_table.item(1, 1).setText("10%")
        dialog.add_field("empty", "  ")  # a blank value removes the field
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(contacts_panel.ContactEditDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(panel.contacts_changed, timeout=TIMEOUT):
        panel.edit_selected()
    assert stored_extra(conn, "+393331234567") == {"city": "Milano", "Sconto": "10%"}
    assert panel.model.find("+393331234567").extra == {"city": "Milano", "Sconto": "10%"}
    assert panel.model.find("+393331234567").name == "Mario Rossi"
    row = panel.model.row_of("+393331234567")
    assert "Sconto: 10%" in panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("{city}", "“{city}” cannot be a field name"),
        ("a}b", "“a}b” cannot be a field name"),
        ("Number", "{name} and {number} are the contact's own name and number"),
        ("CITY", "There are two fields named “CITY”"),
        ("", "A field with a value needs a name."),
    ],
)
def test_edit_dialog_refuses_a_bad_field_name_and_stays_open(
    panel, conn, monkeypatch, boxes, key, message
):
    store.update_contact(conn, "+393331234567", extra={"city": "Roma"})
    panel.reload()
    panel.select_numbers(["+393331234567"])
    results = []

    def fill_and_accept(dialog):
        row = dialog.add_field(key, "x")
        dialog.accept()
        results.append(dialog.result())
        assert dialog.extra_table.currentRow() == row  # the faulty field is shown
        dialog.extra_table.item(row, 0).setText("provincia")  # fixed: now it closes
        dialog.accept()
        results.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(contacts_panel.ContactEditDialog, "exec", fill_and_accept)
    panel.edit_selected()
    assert results == [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]
    assert len(boxes.warnings) == 1 and message in boxes.warnings[0]
    assert stored_extra(conn, "+393331234567") == {"city": "Roma", "provincia": "x"}


def test_edit_contact_checks_extra_fields_and_keeps_them_when_not_given(panel, conn, boxes):
    e164 = "+393331234567"
    assert panel.edit_contact(e164, "Mario Rossi", ["Clienti"], {"città": "Roma"})
    assert stored_extra(conn, e164) == {"città": "Roma"}
    assert panel.edit_contact(e164, "Mario R.", ["Clienti"])  # extra None: kept
    assert stored_extra(conn, e164) == {"città": "Roma"}
    assert panel.model.find(e164).extra == {"città": "Roma"}

    assert not panel.edit_contact(e164, "Changed", [], [("Città", "a"), ("città", "b")])
    assert "two fields named" in panel.last_error
    assert not panel.edit_contact(e164, "Changed", [], {"name": "x"})
    assert panel.model.find(e164).name == "Mario R."  # nothing stored after a refusal
    assert stored_extra(conn, e164) == {"città": "Roma"}
    assert store.contact_groups(conn, e164) == ["Clienti"]


def test_an_odd_imported_field_does_not_block_an_edit(panel, conn, monkeypatch, boxes):
    store.update_contact(conn, "+393331234567", extra={"Note {interne}": "x", "city": "Roma"})
    panel.reload()
    panel.select_numbers(["+393331234567"])

    def rename_and_accept(dialog):
        dialog.name_edit.setText("Mario")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(contacts_panel.ContactEditDialog, "exec", rename_and_accept)
    panel.edit_selected()
    assert boxes.warnings == []
    assert panel.model.find("+393331234567").name == "Mario"
    assert stored_extra(conn, "+393331234567") == {"Note {interne}": "x", "city": "Roma"}


def test_placeholder_names_follow_the_template_parser():
    for good in ("city", "Città", "my city", " Sconto % "):
        assert is_placeholder_name(good), good
    for bad in ("", "  ", "{city}", "a{b", "a}b", "a}}", "a}{b", "{{"):
        assert not is_placeholder_name(bad), bad
    assert extra_fields([(" city ", " Roma "), ("", ""), ("note", "")]) == {"city": "Roma"}
    with pytest.raises(ExtraFieldError) as caught:
        extra_fields([("City", "a"), ("city", "b")])
    assert (caught.value.key, caught.value.problem) == ("city", ExtraProblem.DUPLICATE)
    with pytest.raises(ExtraFieldError) as caught:
        extra_fields([("NAME", "a")])
    assert caught.value.problem is ExtraProblem.RESERVED
    assert extra_fields([("{odd}", "v")], known=["{odd}"]) == {"{odd}": "v"}


def test_delete_asks_first(qtbot, panel, conn, boxes):
    panel.select_numbers(["+393331234567", "+393209876543"])
    boxes.answer = QMessageBox.StandardButton.No
    panel.delete_button.click()
    assert boxes.questions and "Delete 2 contacts?" in boxes.questions[0]
    assert panel.model.total() == 4

    store.add_opt_out(conn, "+393331234567")
    boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.contacts_changed, timeout=TIMEOUT):
        panel.delete_button.click()
    assert panel.model.total() == 2
    assert {c.e164 for c in store.all_contacts_with_groups(conn)} == {
        "+393471112222",
        "+390612345678",
    }
    assert "+393331234567" in store.opted_out(conn)  # the opt-out list outlives the contact
    assert panel.selected_numbers() == []
    assert not panel.delete_button.isEnabled()


# ---- opt-out and recipients -----------------------------------------------------------------


def test_opt_out_toggle_is_stored_and_shown(panel, conn):
    panel.select_numbers(["+393331234567", "+393471112222"])
    assert panel.opt_out_button.text() == "&Opt out"
    panel.opt_out_button.click()
    assert store.opted_out(conn) == {"+393331234567", "+393471112222"}
    row = panel.model.row_of("+393331234567")
    state = panel.model.index(row, OPTED_OUT).data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.Checked
    assert panel.opt_out_button.text() == "Opt &in"

    panel.set_group_filter(OPTED_OUT_FILTER)
    assert sorted(shown_names(panel)) == ["Anna Bianchi", "Mario Rossi"]

    panel.select_numbers(["+393331234567"])
    panel.opt_out_button.click()  # all selected are out: opts back in
    assert store.opted_out(conn) == {"+393471112222"}
    assert shown_names(panel) == ["Anna Bianchi"]


def test_clicking_the_opted_out_box_flips_it(qtbot, panel, conn):
    row = panel.model.row_of("+390612345678")
    index = panel.model.index(row, OPTED_OUT)
    where = panel.table.visualRect(index).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert store.opted_out(conn) == {"+390612345678"}
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert store.opted_out(conn) == set()


def test_opted_out_loaded_from_the_store(make_panel, conn):
    store.import_contacts(conn, PEOPLE)
    store.add_opt_out(conn, "+393209876543")
    panel = make_panel()
    assert panel.model.find("+393209876543").opted_out


def test_recipients_chosen_leaves_out_opted_out_numbers(qtbot, panel, conn):
    store.add_opt_out(conn, "+393471112222")
    panel.reload()
    panel.select_numbers(["+393331234567", "+393471112222", "+390612345678"])
    with qtbot.waitSignal(panel.recipients_chosen, timeout=TIMEOUT) as blocker:
        panel.recipients_button.click()
    assert sorted(blocker.args[0]) == ["+390612345678", "+393331234567"]


# ---- groups ---------------------------------------------------------------------------------


def test_new_group_with_the_selection(qtbot, panel, conn, boxes):
    panel.select_numbers(["+390612345678", "+393209876543"])
    boxes.text = ("  Newsletter  ", True)
    with qtbot.waitSignal(panel.contacts_changed, timeout=TIMEOUT):
        panel.new_group_button.click()
    assert sorted(store.group_members(conn, "Newsletter")) == ["+390612345678", "+393209876543"]
    assert "Newsletter" in panel.group_names()
    panel.set_group_filter("Newsletter")
    assert sorted(shown_names(panel)) == ["Giulia Rossetti", "Luca Verdi"]


def test_empty_new_group_is_offered_in_the_combo(panel, conn, boxes):
    panel.table.clearSelection()
    boxes.text = ("Vuoto", True)
    panel.new_group()
    assert store.group_members(conn, "Vuoto") == []
    assert "Vuoto" in panel.group_names()


def test_add_selection_to_existing_group_matches_its_spelling(panel, conn, boxes):
    panel.select_numbers(["+390612345678"])
    boxes.text = ("clienti", True)
    panel.add_group_button.click()
    assert "+390612345678" in store.group_members(conn, "Clienti")
    assert panel.model.find("+390612345678").groups == ("Clienti",)
    assert [name for name in panel.group_names() if name.casefold() == "clienti"] == ["Clienti"]
    boxes.text = ("Ignored", False)  # cancelled
    panel.add_selection_to_group()
    assert store.group_members(conn, "Ignored") is None


def test_group_buttons_act_on_the_group_chosen_in_the_filter(panel):
    for fixed in (ALL_GROUPS, NO_GROUP_FILTER, OPTED_OUT_FILTER):
        panel.set_group_filter(fixed)
        assert panel.current_group() is None
        assert not panel.rename_group_button.isEnabled()
        assert not panel.delete_group_button.isEnabled()
    panel.set_group_filter("Staff")
    assert panel.current_group() == "Staff"
    assert panel.rename_group_button.isEnabled()
    assert panel.delete_group_button.isEnabled()


def test_rename_group_moves_members_filter_and_column(qtbot, panel, conn, boxes):
    panel.set_group_filter("Staff")
    panel.select_numbers(["+393209876543"])
    boxes.text = ("  Squadra   interna ", True)
    with qtbot.waitSignal(panel.contacts_changed, timeout=TIMEOUT):
        panel.rename_group_button.click()
    assert store.group_members(conn, "Staff") is None
    assert sorted(store.group_members(conn, "Squadra interna")) == [
        "+393209876543",
        "+393471112222",
    ]
    assert "Staff" not in panel.group_names()
    assert "Squadra interna" in panel.group_names()
    assert panel.current_group() == "Squadra interna"  # the filter follows the rename
    assert sorted(shown_names(panel)) == ["Anna Bianchi", "Giulia Rossetti"]
    row = panel.model.row_of("+393471112222")
    assert panel.model.index(row, GROUPS).data() == "Clienti, Squadra interna"
    assert panel.selected_numbers() == ["+393209876543"]  # the selection is kept
    assert boxes.warnings == []


def test_rename_group_only_in_case(panel, conn, boxes):
    panel.set_group_filter("Staff")
    boxes.text = ("STAFF", True)
    panel.rename_current_group()
    assert [name for name, _ in store.list_groups(conn)] == ["Clienti", "STAFF"]
    assert panel.model.find("+393209876543").groups == ("STAFF",)
    assert panel.current_group() == "STAFF"


def test_rename_group_refuses_blank_and_taken_names(qtbot, panel, conn, boxes):
    panel.set_group_filter("Staff")
    before = store.list_groups(conn)

    boxes.text = ("   ", True)
    panel.rename_current_group()
    assert boxes.warnings == ["A group needs a name."]

    boxes.text = ("clienti", True)  # another group, whatever the case
    with qtbot.assertNotEmitted(panel.contacts_changed):
        panel.rename_current_group()
    assert "There is already a group “Clienti”" in boxes.warnings[-1]
    assert "add them to “Clienti”, then delete “Staff”" in panel.last_error  # how to merge

    boxes.text = ("Ignored", False)  # cancelled
    panel.rename_current_group()
    assert len(boxes.warnings) == 2
    assert store.list_groups(conn) == before
    assert panel.current_group() == "Staff"
    assert panel.model.find("+393471112222").groups == ("Clienti", "Staff")


def test_delete_group_asks_with_the_count_and_keeps_the_contacts(qtbot, panel, conn, boxes):
    panel.set_group_filter("Staff")
    boxes.answer = QMessageBox.StandardButton.No
    panel.delete_group_button.click()
    assert boxes.questions == [
        "Delete the group “Staff”? Its 2 contacts are kept: only the group is deleted."
    ]
    assert store.group_members(conn, "Staff") is not None

    boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.contacts_changed, timeout=TIMEOUT):
        panel.delete_group_button.click()
    assert store.group_members(conn, "Staff") is None
    assert [name for name, _ in store.list_groups(conn)] == ["Clienti"]
    assert len(store.all_contacts_with_groups(conn)) == len(PEOPLE)  # nobody deleted
    assert "Staff" not in panel.group_names()
    assert panel.current_group() is None  # back to every contact
    assert panel.model.rowCount() == len(PEOPLE)
    assert panel.count_label.text() == "4 contacts"
    assert panel.model.find("+393471112222").groups == ("Clienti",)
    assert panel.model.find("+393209876543").groups == ()
    panel.set_group_filter(NO_GROUP_FILTER)
    assert sorted(shown_names(panel)) == ["Giulia Rossetti", "Luca Verdi"]


def test_delete_group_wording_for_one_and_for_no_contact(panel, conn, boxes):
    boxes.text = ("Vuoto", True)
    panel.table.clearSelection()
    panel.new_group()
    panel.select_numbers(["+390612345678"])
    boxes.text = ("Uno", True)
    panel.new_group()
    boxes.answer = QMessageBox.StandardButton.Yes
    panel.set_group_filter("Vuoto")
    panel.delete_current_group()
    panel.set_group_filter("Uno")
    panel.delete_current_group()
    assert boxes.questions == [
        "Delete the group “Vuoto”? It has no contacts.",
        "Delete the group “Uno”? Its 1 contact is kept: only the group is deleted.",
    ]
    assert store.group_members(conn, "Vuoto") is None
    assert store.group_members(conn, "Uno") is None
    assert panel.model.find("+390612345678").groups == ()
    assert {"Vuoto", "Uno"}.isdisjoint(panel.group_names())


def test_parse_groups():
    assert parse_groups(" Clienti, staff;clienti | ") == ("Clienti", "staff")


# ---- export ---------------------------------------------------------------------------------


def test_export_round_trip(qtbot, panel, conn, make_panel, tmp_path):
    store.update_contact(conn, "+393331234567", extra={"Note": "vip"})
    path = tmp_path / "out.csv"
    assert panel.export_to(path) == len(PEOPLE)

    preview = read_file(path)
    result = apply_mapping(preview, export_mapping(preview.header), "IT")
    assert not result.errors
    exported = {c.e164: (c.name, set(c.groups), c.extra) for c in result.contacts}
    assert exported["+393331234567"] == ("Mario Rossi", {"Clienti"}, {"Note": "vip"})
    assert exported["+390612345678"] == ("Luca Verdi", set(), {})

    other = open_store(tmp_path / "other.sqlite3")
    try:
        fresh = make_panel(connection=other)
        dialog = run_import(qtbot, fresh, path)
        assert dialog.error_lines() == []
        again = {e.e164: (e.name, set(e.groups)) for e in fresh.model.entries()}
        assert again == {e.e164: (e.name, set(e.groups)) for e in panel.model.entries()}
    finally:
        other.close()


def test_export_writes_no_formula_but_keeps_the_numbers(panel, conn, tmp_path):
    store.update_contact(conn, "+393331234567", name="=HYPERLINK(1)", extra={"x": "@y"})
    path = tmp_path / "out.csv"
    assert panel.export_to(path) == len(PEOPLE)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert "'=HYPERLINK(1),+39 333 1234567,Clienti,'@y" in lines
    assert "Luca Verdi,+39 06 12345678,," in lines


def test_export_to_an_unwritable_place_is_a_message(panel, tmp_path, boxes):
    path = tmp_path / "no" / "such" / "dir" / "x.csv"
    assert panel.export_to(path) is None
    assert boxes.warnings
    assert panel.last_error == f"Could not write {path}: No such file or directory."


# ---- the import's threads -------------------------------------------------------------------


def test_import_into_an_in_memory_store_writes_from_the_gui_thread(qtbot, make_panel, tmp_path):
    memory = open_store(":memory:")
    try:
        assert import_dialog.location_of(memory) is None
        panel = make_panel(connection=memory)
        path = write_csv(tmp_path / "m.csv", ["Name,Phone", "Mario,333 1234567"])
        dialog = run_import(qtbot, panel, path)
        assert dialog.summary.text().startswith("Added 1")
        assert panel.model.shown_e164() == ["+393331234567"]
    finally:
        memory.close()


def test_closing_the_dialog_during_an_import_cancels_it_within_the_deadline(
    qtbot, make_panel, conn, tmp_path, monkeypatch
):
    """Closing mid-import cancels it between two rows: nothing is written, the thread has
    ended (never destroyed while running), and it took well under the 2 s deadline."""
    panel = make_panel()
    assert import_dialog.location_of(conn) == str(tmp_path / "contacts.sqlite3")
    entered, calls = threading.Event(), []
    real_split = import_dialog.split_number

    def slow_split(raw, region):  # the 2nd number blocks until the dialog cancels
        calls.append(raw)
        if len(calls) == 2:
            entered.set()
            dialog._job.worker._cancel.wait(10)
        return real_split(raw, region)

    monkeypatch.setattr(import_dialog, "split_number", slow_split)
    rows = ["Name,Phone"] + [f"P{i},333 {1_000_000 + i}" for i in range(2000)]
    path = write_csv(tmp_path / "big.csv", rows)
    dialog = panel.open_import()
    assert dialog.load_file(path)
    dialog.start_import()
    job = dialog.job()
    qtbot.waitUntil(entered.is_set, timeout=TIMEOUT)

    started = time.monotonic()
    dialog.reject()
    took = time.monotonic() - started

    assert took < 2.0, took
    assert not dialog.is_busy() and not job.is_running()
    assert len(calls) == 2  # stopped before the next number
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 0


def test_a_cancelled_write_is_rolled_back(qtbot, conn, tmp_path, monkeypatch):
    """cancel() during the store write interrupts the SQL (SQLite's progress handler): the
    import's one transaction is rolled back and the worker reports nothing."""
    rows = ["Name,Phone"] + [f"P{i},333 {1_000_000 + i}" for i in range(500)]
    preview = read_file(write_csv(tmp_path / "w.csv", rows))
    mapping = ColumnMapping(number="Phone", name="Name")
    worker = import_dialog.ImportWorker(preview, mapping, "IT", str(tmp_path / "contacts.sqlite3"))
    real_import = import_dialog.store.import_contacts

    def cancelled_midway(connection, contacts):
        worker.cancel()  # as the GUI thread would, while the write runs
        return real_import(connection, contacts)

    monkeypatch.setattr(import_dialog.store, "import_contacts", cancelled_midway)
    outcomes = []
    worker.finished.connect(lambda *args: outcomes.append(("finished", args)))
    worker.failed.connect(lambda why: outcomes.append(("failed", why)))
    worker.run()  # in this thread: the same code the import's QThread runs
    assert outcomes == []
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 0


def test_imported_extra_columns_are_visible_in_the_table(panel, conn):
    """An import's extra column (Città) is a column of the table, sortable, not only a
    tooltip; one column per field whatever its case."""
    store.update_contact(conn, "+393331234567", extra={"Città": "Roma"})
    store.update_contact(conn, "+393471112222", extra={"città": "Milano", "Note": "vip"})
    panel.reload()
    model = panel.model
    assert [name.casefold() for name in model.extra_columns()] == ["città", "note"]
    first = model.columnCount() - 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(first, first + 2)]
    assert headers == model.extra_columns()
    model.sort(first, Qt.SortOrder.AscendingOrder)
    cities = [model.data(model.index(row, first)) for row in range(model.rowCount())]
    filled = [city for city in cities if city]
    assert filled == ["Milano", "Roma"]


def test_a_large_import_shows_its_progress_and_stops_on_request(
    qtbot, make_panel, conn, tmp_path, monkeypatch
):
    """The bar counts the rows checked; Stop import ends it with nothing saved."""
    panel = make_panel()
    stop_at = 3 * import_dialog.PROGRESS_ROWS + 1
    entered, calls = threading.Event(), []
    real_split = import_dialog.split_number

    def slow_split(raw, region):  # blocks after three progress reports until stopped
        calls.append(raw)
        if len(calls) == stop_at:
            entered.set()
            dialog._job.worker._cancel.wait(10)
        return real_split(raw, region)

    monkeypatch.setattr(import_dialog, "split_number", slow_split)
    rows = ["Name,Phone"] + [f"P{i},333 {1_000_000 + i}" for i in range(5000)]
    dialog = panel.open_import()
    assert dialog.load_file(write_csv(tmp_path / "big.csv", rows))
    dialog.start_import()
    assert dialog.cancel_import_button.isVisible()
    assert dialog.progress.maximum() == 5000
    qtbot.waitUntil(lambda: dialog.progress.value() == 3 * import_dialog.PROGRESS_ROWS)
    qtbot.waitUntil(entered.is_set, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.cancel_import_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_busy()
    assert "no contact of this file was saved" in dialog.summary.text()
    assert not dialog.cancel_import_button.isVisible()
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 0


def test_a_big_address_book_is_read_off_the_gui_thread(qtbot, make_panel, monkeypatch):
    monkeypatch.setattr(contacts_panel, "BIG_BOOK", 1)
    panel = make_panel(PEOPLE)
    if panel.loading:
        with qtbot.waitSignal(panel.loaded):
            pass
    assert not panel.loading
    assert sorted(shown_names(panel)) == sorted(p.name for p in PEOPLE)
    # The groups worked out on the reader's thread fill the combo and the filter works.
    assert panel.group_names() == ["Clienti", "Staff"]
    panel.set_group_filter("Staff")
    assert sorted(shown_names(panel)) == ["Anna Bianchi", "Giulia Rossetti"]


def test_the_book_prepared_off_the_gui_thread_is_indexed_and_leaves_gc_as_found(conn):
    store.import_contacts(conn, PEOPLE)
    conn.execute(
        "UPDATE contacts SET extra = ? WHERE e164 = ?", ('{"Città": "Roma"}', PEOPLE[0].e164)
    )
    interval = sys.getswitchinterval()
    book = prepare_book(conn)
    assert [entry.name for entry in book.entries] == sorted(p.name for p in PEOPLE)
    assert set(book.by_number) == {p.e164 for p in PEOPLE}
    assert book.by_number[PEOPLE[0].e164].name == "Mario Rossi"
    assert book.extras == ["Città"]
    assert book.groups == ["Clienti", "Staff"]
    assert gc.isenabled()
    assert sys.getswitchinterval() == interval


def test_a_prepared_book_is_shown_in_the_models_sort_order(qtbot, conn):
    store.import_contacts(conn, PEOPLE)
    model = ContactsModel()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_prepared(prepare_book(conn))
    names = [model.entry(row).name for row in range(model.rowCount())]
    assert names == sorted((p.name for p in PEOPLE), reverse=True)
    assert model.find(PEOPLE[2].e164).name == "Luca Verdi"
