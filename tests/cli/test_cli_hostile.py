"""Every `smsgate` command against every misbehaviour of tests/hostile_gateway.py: each ends
within its documented deadline (README, "Deadlines"), with the documented exit status, one
clear sentence and no traceback; the journal never calls a doubtful message rejected."""

from __future__ import annotations

import io
import json
import time

import pytest
from hostile_gateway import MODES, HostileGateway

from smsgate_desktop import cli
from smsgate_desktop.store import journal, open_store

CONNECT, REPLY = 2.0, 1.0  # the timeouts every case runs with
SLACK = 2.0  # seconds of scheduling noise allowed beyond a documented deadline
NUMBERS = ["+393331234567", "+393471234567"]

OK, REJECTED, BAD, CONNECTION, UNKNOWN = 0, 1, 2, 3, 4

# command -> mode -> exit status. Read as: a gateway that goes silent, trickles, sends an
# endless line, garbage or half a reply after a message was written makes that message
# UNKNOWN (4); the same before anything was written, or for a query, is a connection
# failure (3); a code the spec does not list is an ordinary rejection (1).
EXPECTED = {
    "balance": dict.fromkeys(MODES, CONNECTION) | {"double": OK},
    "status": dict.fromkeys(MODES, CONNECTION) | {"double": OK, "absurd-credit": OK},
    "send": dict.fromkeys(MODES, UNKNOWN)
    | {
        "unknown-err": REJECTED,
        "unsolicited": CONNECTION,
        "double": OK,
        "absurd-credit": OK,
        "mute": CONNECTION,
    },
    "send-window": dict.fromkeys(MODES, UNKNOWN)
    | {"unknown-err": REJECTED, "unsolicited": CONNECTION, "absurd-credit": OK, "mute": CONNECTION},
    # Full Ascii: the first field line is refused or unanswered, so nothing was written; a
    # doubled ack shows up before the next field went out
    "send-ascii": dict.fromkeys(MODES, CONNECTION) | {"unknown-err": REJECTED, "absurd-credit": OK},
    "broadcast": dict.fromkeys(MODES, CONNECTION),
}

# The documented worst case of each command with one gateway host (README, "Deadlines"):
# connect + greeting within C, the login reply within R, each later reply line within R.
DEADLINE = {
    "balance": CONNECT + 2 * REPLY,
    "status": CONNECT + 2 * REPLY,
    "send": CONNECT + 2 * REPLY,
    "send-window": CONNECT + 2 * REPLY,
    # Full Ascii: a refused field line is not retried, a dropped one is, on 3 connections
    "send-ascii": 3 * (CONNECT + 2 * REPLY),
    "broadcast": CONNECT + 3 * REPLY,  # the balance for the forecast, then the sends
}


def _argv(command: str, port: int, numbers_file: str) -> list[str]:
    name = command.split("-")[0]
    argv = [name, "--account", "acme", "--host", "127.0.0.1", "--port", str(port)]
    argv += ["--connect-timeout", str(CONNECT), "--reply-timeout", str(REPLY)]
    if command == "send-ascii":
        argv += ["--interface", "ascii"]
    if name == "send":
        argv += ["--sender", "Acme", "--text", "Hello", "--to", NUMBERS[0]]
    if command == "send-window":
        argv += ["--to", NUMBERS[1], "--send-window", "4"]
    if name == "broadcast":
        argv += ["--sender", "Acme", "--text", "Hello", "--to-file", numbers_file, "--yes"]
    return argv


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("command", list(EXPECTED))
def test_every_command_against_every_misbehaviour(command, mode, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, "secret")
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("\n".join(NUMBERS) + "\n")
    with HostileGateway(mode) as gateway:
        started = time.monotonic()
        code = cli.main(_argv(command, gateway.port, str(numbers)), stdin=io.StringIO(""))
        elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    print(f"{command:12} {mode:14} exit {code}  {elapsed:5.2f} s")
    assert code == EXPECTED[command][mode], (out, err)
    assert elapsed < DEADLINE[command] + SLACK
    assert "Traceback" not in err + out
    if code == CONNECTION:
        sentence = next(line for line in err.splitlines() if line.startswith("smsgate: "))
        assert "smsgate: " in sentence and len(sentence) < 400
    if command.startswith("send") and code != OK:
        conn = open_store()
        try:
            states = {row.state for row in journal.rows(conn, 1)}
        finally:
            conn.close()
        # a doubt is never a rejection: only the gateway's own -ERR 555 rejects
        assert (journal.FAILED in states) == (mode == "unknown-err")


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("garbage", "answered something unexpected"),
        ("silence", "did not answer within 1 s"),
        ("drip", "did not answer within 1 s"),
        ("endless", "without ending it"),
        ("cut", "the gateway answered something unexpected"),
        ("unsolicited", "unasked 1"),
    ],
)
def test_the_balance_says_what_went_wrong(mode, words, monkeypatch, capsys):
    """Garbage, an endless line and silence once all said "The connection dropped while
    asking for the balance"."""
    monkeypatch.setenv(cli.PASSWORD_ENV, "secret")
    with HostileGateway(mode) as gateway:
        code = cli.main(_argv("balance", gateway.port, ""), stdin=io.StringIO(""))
    err = capsys.readouterr().err
    assert code == CONNECTION
    assert words.lower() in err.lower()
    assert "dropped" not in err or mode == "cut"


def test_status_refuses_an_unsolicited_reply(monkeypatch, capsys):
    """An unsolicited +OK was printed as the status "unasked 1", exit 0."""
    monkeypatch.setenv(cli.PASSWORD_ENV, "secret")
    with HostileGateway("unsolicited") as gateway:
        code = cli.main(_argv("status", gateway.port, ""), stdin=io.StringIO(""))
    out, err = capsys.readouterr()
    assert code == CONNECTION
    assert "unasked" not in out
    assert "unasked 1" in err


def test_a_doubled_reply_with_a_send_window_makes_unknowns_not_rejections(monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, "secret")
    with HostileGateway("double") as gateway:
        argv = [*_argv("send-window", gateway.port, ""), "--json"]
        code = cli.main(argv, stdin=io.StringIO(""))
    out = capsys.readouterr().out
    outcomes = {
        json.loads(line)["recipient"]: json.loads(line)["outcome"] for line in out.splitlines()
    }
    assert code == UNKNOWN
    assert outcomes == {NUMBERS[0]: "accepted", NUMBERS[1]: "unknown"}
