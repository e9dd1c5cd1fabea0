"""The journal cannot be written (issue 10, point 9): sending stops at once, exit 5, and a
later `--resume` completes the broadcast once it can.

A full disk is simulated with SQLite's `PRAGMA max_page_count` (the connection may not grow
the file: SQLITE_FULL, as on a full disk), a database held by another program with
BEGIN EXCLUSIVE on a second connection, an unusable data folder with SMSGATE_DATA_DIR under
a regular file (chmod would not stop root).

A state change mid-send rarely needs a new page (it adds a few bytes to a row), so the
mid-send tests send a text that makes each row just fit its cell of the b-tree page: the
first state change moves part of the row to an overflow page, which a full disk refuses."""

from __future__ import annotations

import functools
import io
import sqlite3

import pytest
from broadcastkit import ScriptedSession, message
from processkit import recorded
from simkit import RECORD_NAME

from smsgate_desktop import cli
from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.session import Endpoint, GatewaySession, SessionConfig
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.store import DB_NAME, StorageError, db, journal, open_store, run_log

ACCOUNT, PASSWORD = "acme", "s3cret"
COUNT = 600  # more than a batch (engine.SYNC_BATCH): the disk fills up mid-send
FULL_AFTER = 1  # statements of the kind before the disk fills up


def fill_up(conn: sqlite3.Connection) -> None:
    """From now on this connection may not grow the database file by a single page."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


@functools.cache
def spilling_text(base: SmsMessage | None = None) -> str:
    """The shortest text with which a pending row of `base` (message(0) by default) grows
    onto an overflow page at its first state change. Found by trying, so it holds whatever
    SQLite's build."""
    base = base or message(0)
    for length in range(200, 1500):
        text = "x" * length
        conn = open_store(":memory:")
        try:
            journal.insert_broadcast(conn, [base.with_values(TextMessage=text)])
            fill_up(conn)
            journal.mark_sending(conn, 1, [1])
        except StorageError:
            return text
        finally:
            conn.close()
    raise AssertionError("no text length makes a journal row spill")


class _FillsUp(db.StoreConnection):
    """A store connection on a disk that fills up just before the statement number `after`
    of the kind `sql` (class attributes, set by the `disk_fills_up` fixture): from then on
    no connection (the engine's, its helper thread's) may grow the file."""

    sql, after, seen, full = "", 0, 0, False
    _filled = False

    def execute(self, sql, parameters=(), /):
        self._count(sql)
        return super().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        self._count(sql)
        return super().executemany(sql, parameters)

    def _count(self, sql: str) -> None:
        cls = type(self)
        if sql.startswith(cls.sql):
            cls.seen += 1
            cls.full = cls.full or cls.seen == cls.after
        if cls.full and not self._filled:
            self._filled = True
            fill_up(self)


@pytest.fixture
def disk_fills_up(monkeypatch):
    def arrange(sql: str, after: int) -> None:
        _FillsUp.sql, _FillsUp.after, _FillsUp.seen, _FillsUp.full = sql, after, 0, False
        monkeypatch.setattr(db, "StoreConnection", _FillsUp)

    return arrange


AT_CREATE = "INSERT INTO broadcasts"
# The results a run recorded in its file reach the table in batches (journal.Recorder.fold):
# the disk fills up at the first batch of results.
AT_RESULT = "UPDATE journal SET state = 'sent'"


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=100_000)]  # for the root `sim`


def states(broadcast_id: int = 1) -> dict[str, str]:
    conn = open_store()
    try:
        return {row.recipient: row.state for row in journal.rows(conn, broadcast_id)}
    finally:
        conn.close()


def assert_stopped_at_once(tmp_path, broadcast_id: int = 1) -> dict[str, str]:
    """Nothing was handed to the gateway beyond the rows the journal shows sent or sending,
    once the records the run kept in its file (the table could not take them) are folded, as
    the next claim of the broadcast does first."""
    conn = open_store()
    journal.replay(conn, broadcast_id)
    conn.close()
    rows = states(broadcast_id)
    sent = recorded(tmp_path / RECORD_NAME)
    assert 0 < len(sent) < COUNT
    assert set(sent) <= {r for r, state in rows.items() if state in ("sent", "sending")}
    assert not any(state in ("failed", "unknown") for state in rows.values())
    return rows


def assert_completed_once(tmp_path, broadcast_id: int = 1) -> None:
    rows = states(broadcast_id)
    sent = recorded(tmp_path / RECORD_NAME)
    assert len(sent) == len(set(sent)), "a recipient got the message twice"
    unknown = {r for r, state in rows.items() if state == "unknown"}
    assert {r for r, state in rows.items() if state == "sent"} <= set(sent)
    assert set(sent) | unknown == set(rows), "a recipient was lost"
    assert len(unknown) <= 2  # the message in flight (and the one marked ahead) at the failure
    assert set(rows.values()) <= {"sent", "unknown"}


# ---- the engine ---------------------------------------------------------------------------


@pytest.mark.parametrize("window", [1, 8])
def test_a_full_disk_mid_send_stops_at_once_and_a_later_run_completes(
    sim, tmp_path, window, disk_fills_up, monkeypatch
):
    disk_fills_up(AT_RESULT, FULL_AFTER)
    engine = BroadcastEngine(open_store())
    text = spilling_text()
    broadcast_id = engine.create(
        plan(message(i).with_values(TextMessage=text) for i in range(COUNT))
    )
    config = SessionConfig(
        ACCOUNT, PASSWORD, Endpoint(sim.host, sim.port), backup=None, send_window=window
    )
    with GatewaySession(config) as session, pytest.raises(StorageError) as info:
        engine.run(session, broadcast_id)
    assert info.value.code == "full"
    rows = assert_stopped_at_once(tmp_path, broadcast_id)
    assert list(rows.values()).count("sending") <= 2 * window
    engine.conn.close()

    monkeypatch.setattr(db, "StoreConnection", _FillsUp.__mro__[1])  # space freed
    engine = BroadcastEngine(open_store())
    with GatewaySession(config) as session:
        report = engine.run(session, broadcast_id)
    engine.conn.close()
    assert report.state == "done"
    assert report.counts["pending"] == report.counts["sending"] == 0
    rows = states(broadcast_id)
    sent = recorded(tmp_path / RECORD_NAME)
    assert len(sent) == len(set(sent)), "a recipient got the message twice"
    unknown = {r for r, state in rows.items() if state == "unknown"}
    assert set(sent) | unknown == set(rows)
    assert len(unknown) <= 2 * window


# ---- the command line ---------------------------------------------------------------------


@pytest.fixture
def smsgate(sim, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        argv = [args[0], "--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
        code = cli.main([*argv, *args[1:]], stdin=io.StringIO(stdin))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def numbers(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("".join(f"333{2000000 + i}\n" for i in range(COUNT)))
    return str(path)


NEW = ("--sender", "Acme", "--text", "Hello")


def test_send_with_a_full_disk_exits_5_and_sends_nothing(smsgate, disk_fills_up, tmp_path):
    disk_fills_up(AT_CREATE, 1)
    many = [arg for i in range(50) for arg in ("--to", f"333{2000000 + i}")]  # more than a page
    code, out, err = smsgate("send", *many, *NEW)
    assert code == cli.EXIT_STORAGE == 5
    assert out == "" and "Traceback" not in err
    [line] = err.splitlines()
    assert "is full: the local journal could not be written" in line and "Nothing was sent" in line
    assert recorded(tmp_path / RECORD_NAME) == []


def test_broadcast_with_a_full_disk_at_create_exits_5(
    smsgate, disk_fills_up, numbers, tmp_path, data_dir
):
    disk_fills_up(AT_CREATE, 1)
    code, out, err = smsgate("broadcast", "--to-file", numbers, *NEW, "--yes")
    assert code == cli.EXIT_STORAGE
    assert out == "" and "Traceback" not in err
    assert f"data folder {data_dir} is full" in err.splitlines()[-1]
    assert recorded(tmp_path / RECORD_NAME) == []


def test_broadcast_with_a_full_disk_mid_send_exits_5_then_resume_completes(
    smsgate, disk_fills_up, numbers, tmp_path, monkeypatch
):
    cli_message = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", PhoneNumber="2000000")
    text = spilling_text(cli_message)
    disk_fills_up(AT_RESULT, FULL_AFTER)
    code, out, err = smsgate(
        "broadcast", "--to-file", numbers, "--sender", "Acme", "--text", text, "--yes"
    )
    assert code == cli.EXIT_STORAGE, err
    assert "Traceback" not in err
    last = err.splitlines()[-1]
    assert "is full" in last and "Nothing further was sent" in last
    assert "`smsgate broadcast --resume 1` continues" in last
    assert_stopped_at_once(tmp_path)

    monkeypatch.setattr(db, "StoreConnection", _FillsUp.__mro__[1])  # space freed
    code, out, err = smsgate("broadcast", "--resume", "1")
    assert code in (cli.EXIT_OK, cli.EXIT_UNKNOWN), err
    assert out.startswith("broadcast 1\tdone\t")
    assert_completed_once(tmp_path)


def test_a_database_held_by_another_program_exits_5(smsgate, monkeypatch, data_dir, tmp_path):
    open_store().close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)  # the test does not wait 5 s
    holder = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = smsgate("send", "--to", "3331000001", *NEW)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == cli.EXIT_STORAGE
    [line] = err.splitlines()
    assert f"The local database {data_dir / DB_NAME} is locked by another program" in line
    assert recorded(tmp_path / RECORD_NAME) == []


@pytest.mark.parametrize(
    "args",
    [
        ("send", "--to", "3331000001", *NEW),
        ("broadcast", "--to", "3331000001", "--to-file", "-", *NEW),
        ("history",),
    ],
    ids=["send", "broadcast", "history"],
)
def test_an_unusable_data_folder_exits_5(smsgate, capsys, monkeypatch, tmp_path, args):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("SMSGATE_DATA_DIR", str(blocker / "data"))
    if args[0] == "history":
        code = cli.main(list(args))
        _, err = capsys.readouterr()
    else:
        code, _, err = smsgate(*args, stdin="3331000002\n")
    assert code == cli.EXIT_STORAGE
    [line] = err.splitlines()
    assert f"The data folder {blocker / 'data'} cannot be used" in line
    assert recorded(tmp_path / RECORD_NAME) == []


def test_a_full_disk_for_the_records_file_stops_at_once_and_a_later_run_completes(
    tmp_path, monkeypatch
):
    """The run's records file (store/run_log.py) cannot grow: the row whose `written` record
    failed is never handed over; resumed, every recipient gets the message exactly once."""
    path = tmp_path / "j.sqlite3"
    engine = BroadcastEngine(open_store(path))
    broadcast_id = engine.create(plan(message(i) for i in range(COUNT)))
    real_write, writes = run_log.os.write, []

    def write(fd, data):
        writes.append(data)
        if len(writes) > 300:
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(run_log.os, "write", write)
    first = ScriptedSession()
    with pytest.raises(StorageError) as info:
        engine.run(first, broadcast_id)
    assert info.value.code == "full"
    assert 0 < len(first.sent) < COUNT
    monkeypatch.undo()
    rest = ScriptedSession()
    report = engine.run(rest, broadcast_id)
    assert report.state == "done"
    sent = first.sent + rest.sent
    assert len(sent) == len(set(sent)) == COUNT  # none twice, none lost, none unknown
    assert report.counts["sent"] == COUNT
    engine.conn.close()
