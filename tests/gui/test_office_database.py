"""The office database in the window (issue 14): File > Office database… keeps the address in
the data folder and the password in the keyring, Test and Save connect off the GUI thread, the
window switches to it live; what another desktop changes shows within a second or two (a
LISTEN, no polling); an office database that does not answer at the start leaves the window
on this computer's own data, with a banner and a Retry.

A real PostgreSQL server (tests/conftest.py's pg_server / pg_url), trust authentication: a
password is stored and sent, and not needed.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

import pgkit
import pytest

from smsgate_desktop import config
from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import contacts, journal, open_store, postgres
from smsgate_desktop.store.changes import ALL_TABLES, Changed, ChangeListener, Lost
from smsgate_desktop.store.postgres import PgConnection

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/x"
WAIT_MS = 10_000  # generous for a loaded CI machine; the tests take well under a second


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    return url.replace(f"{parts.username}@", f"{parts.username}:{password}@", 1)


def office_name(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}"


@pytest.fixture
def window(make_window):
    return make_window(demo=DemoGateway())


@pytest.fixture
def office_window(make_window, pg_url):
    """A window started on the office database at pg_url (the window's setting)."""
    config.set_office_database(pg_url)
    return make_window(demo=DemoGateway())


@pytest.fixture
def other_desktop(pg_url):
    """Another desktop's store connection to the same office database."""
    conn = open_store(pg_url)
    yield conn
    conn.close()


# ---- the dialog ------------------------------------------------------------------------------


def test_save_keeps_the_address_in_the_file_the_password_in_the_keyring_and_switches(
    window, pg_url, qtbot
):
    assert window.store_label.text() == ""  # a single desktop: nothing to point out
    dialog = window.open_office_dialog()
    # Pasted as the administrator sent it, password included.
    qtbot.keyClicks(dialog.address_edit, with_password(pg_url, "s3cret-office"))
    dialog.address_edit.editingFinished.emit()
    assert dialog.address_edit.text() == pg_url
    assert dialog.password_edit.text() == "s3cret-office"

    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.local_store.shared, timeout=WAIT_MS)

    assert not dialog.isVisible()
    assert config.office_database() == pg_url
    kept = (config.data_dir() / config.OFFICE_FILE).read_text(encoding="utf-8")
    assert "s3cret-office" not in kept
    assert postgres.office_password(pg_url) == "s3cret-office"
    # Switched live: the panels work on the office database, the status bar says which.
    assert isinstance(window.contacts.conn, PgConnection)
    assert isinstance(window.broadcasts.conn, PgConnection)
    assert window.store_label.text() == f"Office database: {office_name(pg_url)}"
    assert window.tabs.widget(1) is window.contacts
    assert window.tabs.widget(3) is window.history_page
    assert window.handle is not None  # the account's worker, restarted on the new store
    contacts.add_contact(window.store, "+393331234567", "Anna")
    other = open_store(pg_url)
    try:
        assert [c.e164 for c in contacts.list_contacts(other)] == ["+393331234567"]
    finally:
        other.close()


def test_an_empty_address_returns_to_this_computers_own_file(office_window, qtbot):
    assert office_window.local_store.shared
    dialog = office_window.open_office_dialog()
    dialog.address_edit.clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not office_window.local_store.shared, timeout=WAIT_MS)
    assert config.office_database() == ""
    assert office_window.store_label.text() == ""
    assert office_window.office_watch is None
    assert office_window.db_path == office_window.local_store.path


def test_the_test_button_answers_off_the_gui_thread(window, pg_url, other_desktop, qtbot):
    contacts.add_contact(other_desktop, "+393331234567", "Anna")
    contacts.add_contact(other_desktop, "+393337654321", "Bruno")
    dialog = window.open_office_dialog()
    dialog.address_edit.setText(pg_url)
    dialog.test_button.click()
    # The click returned before any answer: the window is not waiting for the server.
    assert dialog.result_label.text().startswith("Connecting to ")
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Connected"), timeout=WAIT_MS)
    assert dialog.result_label.text() == "Connected: 2 contacts, 0 broadcasts shared."
    assert config.office_database() == ""  # a test saves nothing
    assert not window.local_store.shared


def test_the_test_button_says_why_it_cannot_connect(window, qtbot):
    dialog = window.open_office_dialog()
    dialog.address_edit.setText(UNREACHABLE)
    dialog.test_button.click()
    assert dialog.result_label.text().startswith("Connecting to ")
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.result_label.text(), timeout=WAIT_MS)
    assert dialog.result_label.text().startswith(
        "The office database postgresql://nobody@127.0.0.1:1/x cannot be reached ("
    )
    assert dialog.test_button.isEnabled()


def test_a_malformed_address_is_refused_before_connecting(window):
    dialog = window.open_office_dialog()
    dialog.address_edit.setText("server.office.lan")
    dialog.save_button.click()
    assert "must look like postgresql://" in dialog.result_label.text()
    assert dialog.isVisible()
    assert config.office_database() == ""


def test_saving_an_office_database_that_does_not_answer_keeps_the_window_where_it_is(window, qtbot):
    dialog = window.open_office_dialog()
    dialog.address_edit.setText(UNREACHABLE)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.office_banner.isVisible(), timeout=WAIT_MS)
    assert config.office_database() == UNREACHABLE  # for the next start
    assert not window.local_store.shared
    assert "cannot be reached" in window.office_banner.label.text()
    assert "keeps using this computer's own data" in dialog.result_label.text()


# ---- everyone sees the same thing ----------------------------------------------------------------


def test_an_opt_out_on_another_desktop_shows_in_the_contacts(office_window, other_desktop, qtbot):
    contacts.add_contact(other_desktop, "+393331234567", "Anna")
    qtbot.waitUntil(
        lambda: office_window.contacts.model.find("+393331234567") is not None, timeout=WAIT_MS
    )
    office_window.contacts.select_numbers(["+393331234567"])

    with qtbot.waitSignal(office_window.office_watch.changed, timeout=WAIT_MS) as changed:
        contacts.add_opt_out(other_desktop, "+393331234567")
    assert "opt_out" in changed.args[0]
    qtbot.waitUntil(
        lambda: office_window.contacts.model.find("+393331234567").opted_out, timeout=WAIT_MS
    )
    assert office_window.contacts.selected_numbers() == ["+393331234567"]  # kept

    contacts.add_to_group(other_desktop, "Clients", "+393331234567")
    qtbot.waitUntil(lambda: "Clients" in office_window.contacts.group_names(), timeout=WAIT_MS)
    groups = office_window.broadcasts.groups_list  # the broadcast form follows the contacts
    assert [groups.item(row).text() for row in range(groups.count())] == ["Clients (1)"]


def test_a_broadcast_on_another_desktop_shows_in_the_history(office_window, other_desktop, qtbot):
    history = office_window.broadcasts.history
    qtbot.waitUntil(lambda: not history.history_pending, timeout=WAIT_MS)
    assert history.history_model.rowCount() == 0
    base = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")
    batch = [base.with_values(PhoneNumber=n) for n in ("1234567", "7654321")]
    broadcast = journal.insert_broadcast(other_desktop, batch)
    qtbot.waitUntil(lambda: history.history_model.rowCount() == 1, timeout=WAIT_MS)

    history.select_broadcast(broadcast)
    journal.mark_sending(other_desktop, broadcast, [1])
    journal.mark_sent(other_desktop, broadcast, 1, 10)
    qtbot.waitUntil(
        lambda: [row.state for row in history.report_model.rows()][:1] == ["sent"],
        timeout=WAIT_MS,
    )


def test_the_status_bar_says_when_the_office_database_stops_answering_and_comes_back(
    office_window, other_desktop, qtbot
):
    watch = office_window.office_watch
    qtbot.waitUntil(lambda: watch.listener.listening, timeout=WAIT_MS)
    with qtbot.waitSignals([watch.lost, watch.back], timeout=WAIT_MS, order="strict"):
        other_desktop.execute(  # the server ends the listener's session
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
        )
    assert office_window.store_label.text().startswith("Office database: 127.0.0.1/")
    assert "not answering" not in office_window.store_label.text()
    assert office_window.statusBar().currentMessage() == "The office database answers again."


def test_the_window_listens_only_on_an_office_database(window, office_window):
    assert window.office_watch is None
    assert office_window.office_watch is not None and office_window.office_watch.running


# ---- an office database that does not answer at the start --------------------------------------


def test_the_window_opens_on_this_computers_data_when_the_office_database_does_not_answer(
    make_window, qtbot
):
    config.set_office_database(UNREACHABLE)
    window = make_window(demo=DemoGateway())
    assert not window.local_store.shared
    assert window.office_banner.isVisible()
    text = window.office_banner.label.text()
    assert text.startswith("The office database postgresql://nobody@127.0.0.1:1/x cannot be ")
    assert "this computer's own" in text
    assert window.store_label.text() == "Data on this computer"
    assert window.office_watch is None
    # The window works: contacts are kept in this computer's file meanwhile.
    assert window.contacts.conn is window.store
    contacts.add_contact(window.store, "+393331234567", "Anna")
    window.contacts.reload()
    assert window.contacts.model.find("+393331234567") is not None

    window.office_banner.button.click()  # Retry: still not answering
    assert "Connecting" in window.office_banner.label.text()
    qtbot.waitUntil(lambda: window.office_banner.button.isEnabled(), timeout=WAIT_MS)
    assert "cannot be reached" in window.office_banner.label.text()
    assert not window.local_store.shared


def test_retry_switches_once_the_office_database_answers(make_window, pg_server, qtbot):
    later = pg_server.url("not_there_yet")
    config.set_office_database(later)
    window = make_window(demo=DemoGateway())
    assert window.office_banner.isVisible()
    # The server's administrator makes the database; the person clicks Retry.
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        pgkit.fresh_database(pg_server)  # the migrated template exists from here on
        admin.execute(f'CREATE DATABASE not_there_yet TEMPLATE "{pgkit.TEMPLATE}"')
    try:
        window.office_banner.button.click()
        qtbot.waitUntil(lambda: window.local_store.shared, timeout=WAIT_MS)
        assert not window.office_banner.isVisible()
        assert window.store_label.text() == "Office database: 127.0.0.1/not_there_yet"
        assert window.office_watch is not None
    finally:
        window.close()
        with psycopg.connect(pg_server.url(), autocommit=True) as admin:
            admin.execute("DROP DATABASE not_there_yet WITH (FORCE)")


# ---- the listener, without Qt ------------------------------------------------------------------


def _listen(listener: ChangeListener) -> tuple[list, threading.Thread]:
    reports: list = []

    def run() -> None:
        for report in listener.changes():  # appended one by one, as they come
            reports.append(report)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return reports, thread


def test_the_listener_reports_changes_and_hears_again_after_a_drop(pg_url, other_desktop, qtbot):
    listener = ChangeListener(pg_url, retry_max=0.5)
    reports, thread = _listen(listener)
    try:
        qtbot.waitUntil(lambda: listener.listening, timeout=WAIT_MS)
        contacts.add_contact(other_desktop, "+393331234567", "Anna")
        contacts.add_opt_out(other_desktop, "+393331234567")
        qtbot.waitUntil(lambda: len(reports) >= 1, timeout=WAIT_MS)
        assert reports[0] == Changed(frozenset({"contacts", "opt_out"}))  # merged into one

        # The line drops (the server ends the listener's session): it says so, connects
        # again, and reports every table (what changed meanwhile is not known).
        other_desktop.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
        )
        qtbot.waitUntil(
            lambda: any(r == Changed(ALL_TABLES, True) for r in reports), timeout=WAIT_MS
        )
        assert any(isinstance(r, Lost) and r.error.code == "unreachable" for r in reports)
    finally:
        listener.stop()
        thread.join(5)
    assert not thread.is_alive()


def test_stopping_the_listener_ends_it_at_once_even_while_idle(pg_url, qtbot):
    listener = ChangeListener(pg_url, wake=60.0)  # only stop() can end the wait this soon
    reports, thread = _listen(listener)
    qtbot.waitUntil(lambda: listener.listening, timeout=WAIT_MS)
    listener.stop()
    thread.join(5)
    assert not thread.is_alive()
    assert reports == []


def test_a_listener_that_cannot_connect_says_so_once_and_keeps_trying(qtbot):
    listener = ChangeListener(UNREACHABLE, retry_max=0.2)
    reports, thread = _listen(listener)
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=WAIT_MS)
    listener.stop()
    thread.join(5)
    assert not thread.is_alive()
    assert isinstance(reports[0], Lost) and reports[0].error.office
    assert len(reports) == 1


def test_a_bad_port_typed_with_a_password_is_refused_not_a_traceback(qtbot):
    from smsgate_desktop.gui.office_dialog import OfficeDialog, address_problem

    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("postgresql://ann:pw@db:abc/sms")  # textChanged reads it
    assert dialog.address() == "postgresql://ann:pw@db:abc/sms"
    assert address_problem(dialog.address()) == "The port must be a number."
