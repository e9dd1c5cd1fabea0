"""The store's sentences are phrases, and the journal keeps a row's error as a phrase
(migration 5, `error_phrase`): read back, it is the Phrase again (same code, same English),
while `error` keeps the English for people, SQL and the CLI. An old row reads as its English."""

from __future__ import annotations

import json
import sqlite3

import pytest

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.protocol.phrases import Phrase, phrase_of
from smsgate_desktop.session.errors import GatewaySilentError
from smsgate_desktop.session.session import (
    AFTER_MESSAGE,
    DROPPED_BEFORE_SENT,
    OUTCOME_UNKNOWN,
)
from smsgate_desktop.store import MIGRATIONS, RowState, journal, open_store, schema_version
from smsgate_desktop.store import contacts as store
from smsgate_desktop.store.db import migrate

MESSAGES = [
    SmsMessage(
        Sender="Acme",
        CountryCode="+39",
        GsmCode="333",
        PhoneNumber=f"{1000000 + i}",
        TextMessage="Hi",
    )
    for i in range(4)
]


@pytest.fixture
def conn(store_url):
    conn = open_store(store_url)
    yield conn
    conn.close()


def stored(conn, broadcast_id: int, seq: int) -> tuple[str | None, str | None]:
    return conn.execute(
        "SELECT error, error_phrase FROM journal WHERE broadcast_id = ? AND seq = ?",
        (broadcast_id, seq),
    ).fetchone()


@pytest.mark.sqlite_only
def test_migration_5_adds_a_nullable_error_phrase_column(conn):
    assert len(MIGRATIONS) >= 5 and schema_version(conn) == len(MIGRATIONS)
    columns = {
        name: (kind, notnull)
        for _, name, kind, notnull, *_ in conn.execute("PRAGMA table_info(journal)")
    }
    assert columns["error_phrase"] == ("TEXT", 0)


def test_a_failed_and_an_unknown_rows_error_read_back_as_the_same_phrase(conn):
    broadcast_id = journal.insert_broadcast(conn, MESSAGES)
    journal.mark_sending(conn, broadcast_id, [1, 2])
    failed = DROPPED_BEFORE_SENT(count=3, recipient="+393331000000")
    silent = GatewaySilentError(0.5, AFTER_MESSAGE(recipient="+393331000001"))
    unknown = OUTCOME_UNKNOWN(why=silent.clause)
    journal.mark_failed(conn, broadcast_id, 1, None, failed)
    journal.mark_unknown(conn, broadcast_id, 2, unknown)

    english, record = stored(conn, broadcast_id, 1)
    assert english == (  # as before: the English
        "The connection dropped 3 times before the message to +393331000000 could be sent; it "
        "was not sent."
    )
    assert json.loads(record) == failed.to_record()

    rows = journal.rows(conn, broadcast_id)
    for row, phrase in ((rows[0], failed), (rows[1], unknown)):
        assert isinstance(row.error, Phrase)
        assert row.error.code == phrase.code
        assert row.error == phrase
    assert rows[0].error.values["count"] == 3
    why = rows[1].error.values["why"]
    assert why.code == "Session.gateway-silent-clause"
    assert why.values["doing"].code == "Session.after-message"

    changes = journal.changed_since(conn, broadcast_id, 0)
    by_seq = {seq: error for seq, _, _, _, error, _ in changes}
    assert by_seq[1].code == "Session.dropped-before-sent"
    assert by_seq[2].code == "Session.outcome-unknown"


def test_an_error_given_as_plain_text_has_no_phrase(conn):
    broadcast_id = journal.insert_broadcast(conn, MESSAGES)
    journal.mark_sending(conn, broadcast_id, [1])
    journal.mark_failed(conn, broadcast_id, 1, 86, "The recipient is locked.")
    assert stored(conn, broadcast_id, 1) == ("The recipient is locked.", None)
    error = journal.rows(conn, broadcast_id)[0].error
    assert error == "The recipient is locked." and not isinstance(error, Phrase)


@pytest.mark.parametrize(
    "record",
    [
        None,
        "",
        "not json",
        '{"code": "Nobody.knows", "values": {}}',
        '{"code": "Session.outcome-unknown"}',
    ],
)
def test_an_old_or_unreadable_phrase_reads_as_the_stored_english(conn, record):
    broadcast_id = journal.insert_broadcast(conn, MESSAGES)
    conn.execute(
        "UPDATE journal SET state = 'unknown', error = 'Outcome unknown: reset.',"
        " error_phrase = ?, updated = 1 WHERE broadcast_id = ? AND seq = 1",
        (record, broadcast_id),
    )
    error = journal.rows(conn, broadcast_id)[0].error
    assert error == "Outcome unknown: reset."
    assert not isinstance(error, Phrase)
    assert journal.changed_since(conn, broadcast_id, 0)[0][4] == "Outcome unknown: reset."


def test_a_row_written_before_schema_5_keeps_its_english(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    migrate(old, MIGRATIONS[:4])
    old.execute("INSERT INTO broadcasts (id, created, sender, text) VALUES (1, 'c', 'Acme', 'Hi')")
    old.execute(
        "INSERT INTO journal (broadcast_id, seq, recipient, fields, state, error, updated)"
        " VALUES (1, 1, '+393331000000', ?, 'failed', 'Cancelled before sending.', 1)",
        (json.dumps(MESSAGES[0].as_dict()),),
    )
    old.close()
    conn = open_store(path)
    error = journal.rows(conn, 1)[0].error
    assert error == "Cancelled before sending." and not isinstance(error, Phrase)
    conn.close()


def test_requeueing_clears_the_phrase_with_the_error(conn):
    broadcast_id = journal.insert_broadcast(conn, MESSAGES)
    journal.mark_sending(conn, broadcast_id, [1])
    journal.mark_unknown(conn, broadcast_id, 1, DROPPED_BEFORE_SENT(count=3, recipient="+39"))
    assert journal.requeue_unknown(conn, broadcast_id, [1]) == 1
    assert stored(conn, broadcast_id, 1) == (None, None)


def test_recovered_and_cancelled_rows_store_their_phrases(conn):
    broadcast_id = journal.insert_broadcast(conn, MESSAGES)
    journal.mark_sending(conn, broadcast_id, [1])
    assert journal.recover_interrupted(conn, broadcast_id) == 1
    assert journal.cancel_pending(conn, broadcast_id) == 3
    english, record = stored(conn, broadcast_id, 1)
    assert english == "Interrupted while sending: the gateway may have accepted it; not sent again."
    assert json.loads(record)["code"] == "Broadcasts.interrupted-while-sending"
    english, record = stored(conn, broadcast_id, 2)
    assert english == "Cancelled before sending."
    assert json.loads(record)["code"] == "Broadcasts.cancelled-before-sending"
    rows = journal.rows(conn, broadcast_id, [RowState.FAILED])
    assert {row.error.code for row in rows} == {"Broadcasts.cancelled-before-sending"}


def test_another_accounts_broadcast_is_refused_in_a_phrase(conn):
    broadcast_id = journal.insert_broadcast(conn, MESSAGES, account="acme")
    refusal = journal.get_broadcast(conn, broadcast_id).refuses("other")
    assert refusal.code == "Broadcasts.made-for-another-account"
    assert refusal == (
        f"Broadcast {broadcast_id} was made for the account 'acme', not 'other': send it with "
        "that account."
    )
    assert journal.get_broadcast(conn, broadcast_id).refuses("acme") == ""


def test_the_contact_stores_refusals_are_phrases(conn):
    store.add_to_group(conn, "Clienti", "+393331000000")
    store.add_group(conn, "Fornitori")
    cases = [
        (KeyError, lambda: store.update_contact(conn, "+390"), "ContactStore.no-contact"),
        (
            ValueError,
            lambda: store.rename_group(conn, "Clienti", " "),
            "ContactStore.group-needs-name",
        ),
        (KeyError, lambda: store.rename_group(conn, "Nessuno", "X"), "ContactStore.no-group"),
        (
            ValueError,
            lambda: store.rename_group(conn, "Clienti", "fornitori"),
            "ContactStore.group-exists",
        ),
    ]
    for kind, call, code in cases:
        with pytest.raises(kind) as caught:
            call()
        assert phrase_of(caught.value).code == code
    with pytest.raises(ValueError) as caught:
        store.rename_group(conn, "Clienti", "fornitori")
    assert str(caught.value) == "there is already a group 'Fornitori'"


def test_a_newer_schema_is_refused_in_a_phrase(tmp_path):
    path = tmp_path / "x.sqlite3"
    open_store(path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError) as caught:
        open_store(path)
    assert phrase_of(caught.value).code == "StorageError.schema-too-new"
    assert str(caught.value) == (
        f"The database smsgate.sqlite3 has schema version {len(MIGRATIONS) + 1}, newer than this "
        f"program knows ({len(MIGRATIONS)}): use a newer SMSGate Desktop."
    )
