"""Row and broadcast states and kinds: StrEnums, refused by the database when unknown
(CHECK constraints; migration 4 rebuilds broadcasts to add them)."""

from __future__ import annotations

import sqlite3

import pytest

from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import (
    MIGRATIONS,
    BroadcastState,
    Kind,
    RowState,
    StorageError,
    journal,
    open_store,
    schema_version,
)
from smsgate_desktop.store.db import migrate

SCHEMA_3 = MIGRATIONS[:3]


def message(i: int) -> SmsMessage:
    return SmsMessage(
        Sender="Acme",
        TextMessage=f"hello {i}",
        CountryCode="+39",
        GsmCode="333",
        PhoneNumber=f"{1000000 + i}",
    )


def at_schema_3(path) -> sqlite3.Connection:
    """A database as the previous version left it (foreign keys on, as open_store sets)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    assert migrate(conn, SCHEMA_3) == 3
    return conn


def fill(conn: sqlite3.Connection) -> None:
    """Broadcasts of both kinds in every state, with rows in every state, ids with a gap."""
    for n, state in enumerate(BroadcastState):
        kind = Kind.SINGLE if n % 2 else Kind.BROADCAST
        conn.execute(
            "INSERT INTO broadcasts (id, created, sender, text, sms_type, options, state, kind,"
            " account) VALUES (?, '2024-05-01T10:00:00+02:00', 'Acme', ?, 'N', '{\"a\": 1}',"
            " ?, ?, ?)",
            (10 * (n + 1), f"text {n}", str(state), str(kind), f"acct{n}"),
        )
        for seq, row_state in enumerate(RowState, start=1):
            conn.execute(
                "INSERT INTO journal (broadcast_id, seq, recipient, fields, state, credit, code,"
                " error, updated) VALUES (?, ?, ?, '{}', ?, ?, ?, ?, ?)",
                (10 * (n + 1), seq, f"+39333{n}{seq}", str(row_state), seq, n, f"e{seq}", 1.5),
            )


def dump(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    return (
        conn.execute("SELECT * FROM broadcasts ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM journal ORDER BY broadcast_id, seq").fetchall(),
    )


def test_migrating_from_schema_3_keeps_every_broadcast_and_row(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = at_schema_3(path)
    fill(old)
    before = dump(old)
    old.close()

    conn = open_store(path)
    assert schema_version(conn) == len(MIGRATIONS) >= 5
    broadcasts, rows = dump(conn)
    assert broadcasts == before[0]
    # migration 5: error_phrase; 6: written, boot; all NULL
    assert rows == [(*row, None, None, None) for row in before[1]]
    assert len(before[0]) == len(BroadcastState) and len(before[1]) == 6 * len(RowState)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    indexes = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert "journal_by_recipient" in indexes
    # the same columns with the same defaults
    conn.execute("INSERT INTO broadcasts (id, created, sender, text) VALUES (1, 'c', 's', 't')")
    assert conn.execute("SELECT * FROM broadcasts WHERE id = 1").fetchone() == (
        1,
        "c",
        "s",
        "t",
        "",
        "{}",
        "ready",
        "broadcast",
        "",
    )
    # the journal still references broadcasts, and still goes with it
    conn.execute("DELETE FROM broadcasts WHERE id = 20")
    assert conn.execute("SELECT COUNT(*) FROM journal WHERE broadcast_id = 20").fetchone() == (0,)
    assert conn.execute("SELECT COUNT(*) FROM journal").fetchone() == (5 * len(RowState),)
    with pytest.raises(sqlite3.IntegrityError):  # FOREIGN KEY: no broadcast 99
        conn.execute(
            "INSERT INTO journal (broadcast_id, seq, recipient, fields) VALUES (99, 1, 'x', '{}')"
        )
    # what the program reads back
    single = journal.get_broadcast(conn, 40)
    assert single.state is BroadcastState.INTERRUPTED and single.kind is Kind.SINGLE
    assert [row.state for row in journal.rows(conn, 40)] == list(RowState)
    conn.close()


def test_a_state_or_kind_no_version_wrote_survives_the_migration_as_resumable(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = at_schema_3(path)
    old.execute(
        "INSERT INTO broadcasts (created, sender, text, state, kind)"
        " VALUES ('c', 's', 't', 'odd', 'bulk')"
    )
    old.execute(
        "INSERT INTO journal (broadcast_id, seq, recipient, fields) VALUES (1, 1, 'r', '{}')"
    )
    old.close()
    conn = open_store(path)
    assert conn.execute("SELECT state, kind FROM broadcasts").fetchall() == [
        ("interrupted", "broadcast")
    ]
    assert conn.execute("SELECT COUNT(*) FROM journal").fetchone() == (1,)
    conn.close()


BAD = [
    ("INSERT INTO broadcasts (created, sender, text, state) VALUES ('c', 's', 't', 'finished')"),
    ("INSERT INTO broadcasts (created, sender, text, kind) VALUES ('c', 's', 't', 'bulk')"),
    ("UPDATE broadcasts SET state = 'finished'"),
    ("UPDATE broadcasts SET state = 'DONE'"),
    ("UPDATE broadcasts SET kind = 'bulk'"),
    ("UPDATE broadcasts SET kind = NULL"),
    (
        "INSERT INTO journal (broadcast_id, seq, recipient, fields, state)"
        " VALUES (1, 9, 'x', '{}', 'lost')"
    ),
    ("UPDATE journal SET state = 'lost'"),
]


def test_the_database_refuses_a_state_or_kind_the_enums_do_not_name(store_url):
    conn = open_store(store_url)
    journal.insert_broadcast(conn, [message(1)])
    for sql in BAD:
        with pytest.raises(sqlite3.IntegrityError) as info:  # a bug, not a storage failure
            conn.execute(sql)
        assert not isinstance(info.value, StorageError), sql
    assert dump(conn)[0][0][6:8] == ("ready", "broadcast")
    # and accepts every one they name
    for state in BroadcastState:
        conn.execute("UPDATE broadcasts SET state = ?", (state,))
    for kind in Kind:
        conn.execute("UPDATE broadcasts SET kind = ?", (kind,))
    for state in RowState:
        conn.execute("UPDATE journal SET state = ?", (state,))
    conn.close()


def test_the_enums_equal_the_strings_stored(store_url):
    conn = open_store(store_url)
    broadcast_id = journal.insert_broadcast(conn, [message(1), message(2)], kind=Kind.SINGLE)
    journal.set_broadcast_state(conn, broadcast_id, BroadcastState.PAUSED)
    journal.mark_sending(conn, broadcast_id, [1])
    journal.mark_sent(conn, broadcast_id, 1, 10)
    assert conn.execute("SELECT state, kind FROM broadcasts").fetchone() == ("paused", "single")
    assert conn.execute("SELECT state FROM journal ORDER BY seq").fetchall() == [
        ("sent",),
        ("pending",),
    ]
    broadcast = journal.get_broadcast(conn, broadcast_id)
    assert broadcast.state is BroadcastState.PAUSED and broadcast.state == "paused"
    assert broadcast.kind is Kind.SINGLE and broadcast.kind == "single"
    assert [r.state for r in journal.rows(conn, broadcast_id)] == [RowState.SENT, "pending"]
    assert all(type(r.state) is RowState for r in journal.rows(conn, broadcast_id))
    assert journal.counts(conn, broadcast_id) == {
        "pending": 1,
        "sending": 0,
        "sent": 1,
        "failed": 0,
        "unknown": 0,
    }
    assert [s.value for s in RowState] == ["pending", "sending", "sent", "failed", "unknown"]
    assert [s.value for s in BroadcastState] == [
        "ready",
        "running",
        "paused",
        "interrupted",
        "cancelled",
        "done",
    ]
    assert [k.value for k in Kind] == ["broadcast", "single"]
    # the old names stay, as the enum members
    assert journal.PENDING is RowState.PENDING and journal.UNKNOWN is RowState.UNKNOWN
    assert journal.SINGLE is Kind.SINGLE
    assert (
        tuple(Kind),
        tuple(RowState),
        tuple(BroadcastState),
    ) == (journal.KINDS, journal.JOURNAL_STATES, journal.BROADCAST_STATES)
    conn.close()


def test_set_broadcast_state_and_insert_refuse_what_the_enums_do_not_name(store_url):
    conn = open_store(store_url)
    broadcast_id = journal.insert_broadcast(conn, [message(1)])
    journal.set_broadcast_state(conn, broadcast_id, "paused")  # a string naming one is fine
    for bad in ("finished", "PAUSED", "", RowState.SENT):
        with pytest.raises(ValueError, match="unknown broadcast state"):
            journal.set_broadcast_state(conn, broadcast_id, bad)
    assert journal.get_broadcast(conn, broadcast_id).state is BroadcastState.PAUSED
    with pytest.raises(ValueError, match="unknown kind 'bulk'"):
        journal.insert_broadcast(conn, [message(2)], kind="bulk")
    assert [b.id for b in journal.list_broadcasts(conn)] == [broadcast_id]
    conn.close()


def test_migration_4_never_changes():
    """A shipped migration is never edited: when an enum grows, migration 4 keeps these
    lists (written out literally) and a new migration widens the CHECKs."""
    script = MIGRATIONS[3]
    states = "'ready', 'running', 'paused', 'interrupted', 'cancelled', 'done'"
    assert f"CHECK (state IN ({states}))" in script
    assert "CHECK (kind IN ('broadcast', 'single'))" in script


def test_a_migration_that_would_break_a_reference_is_refused_and_changes_nothing(tmp_path):
    conn = open_store(tmp_path / "x.sqlite3")
    journal.insert_broadcast(conn, [message(1)])
    with pytest.raises(sqlite3.IntegrityError, match="broken reference"):
        # foreign keys are off while migrating: the delete does not cascade, the check sees it
        migrate(conn, (*MIGRATIONS, "DELETE FROM broadcasts;"))
    assert schema_version(conn) == len(MIGRATIONS)
    assert dump(conn)[0] and dump(conn)[1]
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # on again
    conn.close()
