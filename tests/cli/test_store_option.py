"""`smsgate --store URL` / SMSGATE_STORE and `smsgate store copy`, in-process (cli.main), against
a real PostgreSQL server (`pg_url`): the office database is what the commands read, an
unreachable one is one sentence and exit 5, a mistyped address one sentence and exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smsgate_desktop import cli
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import BroadcastState, contacts, journal, open_store
from smsgate_desktop.store.db import STORE_ENV, default_path

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/x"
BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")


@pytest.fixture(autouse=True)
def no_chosen_store(monkeypatch) -> None:
    """Neither the caller's SMSGATE_STORE nor a leak from main() (checked by each test)."""
    monkeypatch.delenv(STORE_ENV, raising=False)


@pytest.fixture
def run(capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def broadcast(location: str | Path, text: str, state: BroadcastState = BroadcastState.DONE) -> int:
    conn = open_store(location)
    try:
        messages = [BASE.with_values(PhoneNumber="1001", TextMessage=text)]
        broadcast_id = journal.insert_broadcast(conn, messages, account="acme")
        if state == BroadcastState.DONE:  # as a finished run leaves it: no row pending
            journal.mark_sending(conn, broadcast_id, [1])
            journal.mark_sent(conn, broadcast_id, 1, 100)
        journal.set_broadcast_state(conn, broadcast_id, state)
        return broadcast_id
    finally:
        conn.close()


def test_store_option_makes_history_read_the_office_database(run, pg_url) -> None:
    broadcast(default_path(), "Local text")
    broadcast(pg_url, "Office text")

    code, out, err = run("--store", pg_url, "history")
    assert (code, err) == (cli.EXIT_OK, "")
    assert "Office text" in out and "Local text" not in out
    assert STORE_ENV not in os.environ  # for this run only

    code, out, _ = run("history")
    assert code == cli.EXIT_OK
    assert "Local text" in out and "Office text" not in out


def test_the_environment_chooses_the_store_too(run, pg_url, monkeypatch) -> None:
    broadcast(pg_url, "Office text")
    monkeypatch.setenv(STORE_ENV, pg_url)
    code, out, _ = run("history", "--json")
    assert code == cli.EXIT_OK and "Office text" in out


def test_the_option_wins_over_the_environment(run, pg_url, tmp_path, monkeypatch) -> None:
    broadcast(pg_url, "Office text")
    monkeypatch.setenv(STORE_ENV, str(tmp_path / "elsewhere.sqlite3"))
    code, out, _ = run("--store", pg_url, "history")
    assert code == cli.EXIT_OK and "Office text" in out
    assert os.environ[STORE_ENV] == str(tmp_path / "elsewhere.sqlite3")  # as it was


@pytest.mark.parametrize(
    "argv",
    [
        ("--store", UNREACHABLE, "history"),
        ("--store", UNREACHABLE, "history", "7"),
        ("store", "copy", "--to", UNREACHABLE),
    ],
)
def test_an_unreachable_office_database_is_one_sentence_and_exit_5(run, argv) -> None:
    if argv[0] == "store":  # the copy checks its source first: give it one
        open_store(default_path()).close()
    code, out, err = run(*argv)
    assert code == cli.EXIT_STORAGE
    assert out == ""
    assert err.startswith(f"smsgate: The office database {UNREACHABLE} cannot be reached (")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_unreachable_database_named_by_the_environment(run, monkeypatch) -> None:
    monkeypatch.setenv(STORE_ENV, UNREACHABLE)
    code, _, err = run("history")
    assert code == cli.EXIT_STORAGE
    assert "cannot be reached" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("postgresql://u:secret@[bad/db", "'postgresql://…'"),
        ("postgresql://u:secret@h/db?bogus=1", "'postgresql://u@h/db?bogus=1'"),
    ],
)
def test_an_unreadable_address_is_refused_without_its_password(
    run, monkeypatch, address, shown
) -> None:
    code, _, err = run("--store", address, "history")
    assert code == cli.EXIT_BAD_INPUT
    assert shown in err and "secret" not in err and err.count("\n") == 1
    monkeypatch.setenv(STORE_ENV, address)
    code, _, err = run("history")
    assert code == cli.EXIT_BAD_INPUT
    assert err.startswith(f"smsgate: {STORE_ENV}: {shown}") and "secret" not in err


def test_store_option_refuses_a_folder(run, tmp_path) -> None:
    code, _, err = run("--store", str(tmp_path), "history")
    assert code == cli.EXIT_BAD_INPUT and "--store" in err


def fill_local() -> None:
    conn = open_store(default_path())
    try:
        contacts.add_to_group(conn, "Clients", "+391", "Anna")
        contacts.add_contact(conn, "+392", "Bruno", {"city": "Roma"})
        contacts.add_opt_out(conn, "+399")
    finally:
        conn.close()
    broadcast(default_path(), "Local text")


def test_store_copy_into_the_office_then_again(run, pg_url) -> None:
    fill_local()
    code, out, err = run("store", "copy", "--to", pg_url)
    assert (code, err) == (cli.EXIT_OK, "")
    assert out == (
        "Copied 2 contacts (0 already there), 1 groups, 1 opt-outs, 1 broadcasts with 1 "
        "messages (0 already there).\n"
    )
    code, out, _ = run("store", "copy", "--to", pg_url)
    assert code == cli.EXIT_OK
    assert out == (
        "Copied 0 contacts (2 already there), 0 groups, 0 opt-outs, 0 broadcasts with 0 "
        "messages (1 already there).\n"
    )
    code, out, _ = run("--store", pg_url, "history")
    assert "Local text" in out


def test_store_copy_goes_to_the_chosen_office_database(run, pg_url) -> None:
    fill_local()
    code, out, _ = run("--store", pg_url, "store", "copy")
    assert code == cli.EXIT_OK and out.startswith("Copied 2 contacts")


def test_store_copy_from_another_file(run, pg_url, tmp_path) -> None:
    other = tmp_path / "old.sqlite3"
    broadcast(other, "Old text")
    code, out, _ = run("store", "copy", "--from", str(other), "--to", pg_url)
    assert code == cli.EXIT_OK and "1 broadcasts with 1 messages" in out


def test_store_copy_reads_the_file_the_store_option_names(run, pg_url, tmp_path) -> None:
    other = tmp_path / "chosen.sqlite3"
    broadcast(other, "Chosen text")
    code, out, _ = run("--store", str(other), "store", "copy", "--to", pg_url)
    assert code == cli.EXIT_OK and "1 broadcasts with 1 messages" in out


def test_store_copy_names_what_is_left_to_send(run, pg_url) -> None:
    broadcast(default_path(), "Later", BroadcastState.PAUSED)
    code, _, err = run("store", "copy", "--to", pg_url)
    assert code == cli.EXIT_OK
    assert err.startswith("smsgate: Broadcasts 1 of the office database still have messages")


def test_store_copy_refusals(run, pg_url, tmp_path) -> None:
    missing = tmp_path / "none.sqlite3"
    code, _, err = run("store", "copy", "--from", str(missing), "--to", pg_url)
    assert code == cli.EXIT_BAD_INPUT
    assert err == f"smsgate: There is no SMSGate store at {missing}: nothing was copied.\n"

    code, _, err = run("store", "copy")  # no office database chosen anywhere
    assert code == cli.EXIT_BAD_INPUT and "--to" in err

    code, _, err = run("store", "copy", "--to", str(tmp_path / "x.sqlite3"))
    assert code == cli.EXIT_BAD_INPUT and "not an office database address" in err

    cut_off = broadcast(default_path(), "Cut off", BroadcastState.RUNNING)
    code, out, err = run("store", "copy", "--to", pg_url)
    assert code == cli.EXIT_BAD_INPUT and out == ""
    assert err.startswith(f"smsgate: Broadcast {cut_off} in ") and "Nothing was copied." in err
    conn = open_store(pg_url)
    try:
        assert conn.execute("SELECT COUNT(*) FROM broadcasts").fetchone()[0] == 0
    finally:
        conn.close()
