"""Bad input on the command line (issue 10, point 7): exit 2, one sentence, no journal entry.

Each case used to end in a traceback (and a timeout traceback left a "single" journal entry
`sending`, later reported unknown though nothing left the machine), or in a wait without
end (`--throttle 1e-9`). Every subcommand checks its arguments in the same place (the
parser's types, then the protocol's own check of the account and password) before it
writes a journal entry or opens a connection."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from smsgate_desktop import cli
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.simulator.runner import SimulatorThread
from smsgate_desktop.store import DB_NAME, journal, open_store

ACCOUNT, PASSWORD = "acme", "s3cret"
MESSAGE = ("--to", "3331000001", "--sender", "Acme", "--text", "Hi")


@pytest.fixture(scope="module")
def sim():
    with SimulatorThread(accounts=[Account(ACCOUNT, PASSWORD, credit=1000)]) as running:
        yield running


@pytest.fixture
def numbers(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("3331000001\n3331000002\n")
    return str(path)


def _command(name: str, sim, numbers: str) -> list[str]:
    """A command that would reach the simulator and send, were it not for the bad value."""
    connect = ["--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
    if name == "send":
        return ["send", *connect, *MESSAGE]
    if name == "broadcast":
        return ["broadcast", *connect, "--to-file", numbers, *MESSAGE[2:], "--yes"]
    if name == "password":
        return ["password", "--account", ACCOUNT, "--host", sim.host, "--password-stdin"]
    return [name, *connect]


CONNECTED = ("send", "broadcast", "balance", "status")
EVERY = (*CONNECTED, "password")


def _cases():
    """(id, command, extra arguments, SMSGATE_PASSWORD, stdin)."""
    for name in ("send", "broadcast"):
        yield f"{name}-at-9999", name, ["--at", "9999-12-31 23:59"], None, ""
        yield f"{name}-region-ZZ", name, ["--region", "ZZ"], None, ""
        yield f"{name}-timezone", name, ["--timezone", "Mars/Base"], None, ""
    for name in CONNECTED:
        for option, value in (
            ("--connect-timeout", "-1"),
            ("--connect-timeout", "0"),
            ("--reply-timeout", "nan"),
            ("--reply-timeout", "inf"),
            ("--reply-timeout", "1e300"),
            ("--send-window", "0"),
            ("--send-window", "1000"),
            ("--port", "70000"),
            ("--host", ""),
        ):
            yield f"{name}{option}={value}", name, [option, value], None, ""
        yield f"{name}-log-missing-folder", name, ["--log", "{tmp}/missing/log.txt"], None, ""
        yield f"{name}-log-onto-a-folder", name, ["--log", "{tmp}"], None, ""
        for label, password in (
            ("control", "se\x01cret"),
            ("crlf", "se\r\ncret"),
            ("tab", "se\tcret"),
            ("4kb", "p" * 5000),
        ):
            yield f"{name}-password-{label}", name, [], password, ""
        yield f"{name}-password-stdin-control", name, ["--password-stdin"], None, "a\x01b\n"
        yield f"{name}-password-stdin-4kb", name, ["--password-stdin"], None, "p" * 5000 + "\n"
    for name in EVERY:
        for label, account in (("empty", ""), ("control", "a\x01b"), ("5000", "a" * 5000)):
            yield f"{name}-account-{label}", name, ["--account", account], None, "pw\n"
    yield "password-stdin-control", "password", [], None, "a\x01b\n"
    yield "password-stdin-4kb", "password", [], None, "p" * 5000 + "\n"
    for value in ("1e-9", "-1", "0", "nan", "inf", "1e9"):
        yield f"broadcast-throttle={value}", "broadcast", ["--throttle", value], None, ""
    for value in (str(2**70), "-1", "0", "x"):
        yield f"broadcast-resume={value}", "resume", ["--resume", value], None, ""
        yield f"history={value}", "history", [value], None, ""


CASES = list(_cases())


@pytest.mark.parametrize(
    ("name", "extra", "password", "stdin"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_bad_input_exits_2_with_one_sentence_and_no_journal_entry(
    sim, numbers, tmp_path, data_dir, monkeypatch, capsys, name, extra, password, stdin
):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD if password is None else password)
    extra = [value.replace("{tmp}", str(tmp_path)) for value in extra]
    if name == "resume":
        argv = [*_command("broadcast", sim, numbers)[:7], *extra]
    elif name == "history":
        argv = ["history", *extra]
    else:
        argv = [*_command(name, sim, numbers), *extra]
    code = cli.main(argv, stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert code == cli.EXIT_BAD_INPUT, err
    assert "Traceback" not in err and out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("smsgate"), err
    assert PASSWORD not in err and "p" * 100 not in err  # no secret repeated
    if (data_dir / DB_NAME).exists():
        conn = open_store()
        assert journal.list_broadcasts(conn) == []
        conn.close()
    assert sim.account(ACCOUNT).credit == 1000  # nothing sent


def test_the_bounds_are_stated_in_the_help(capsys):
    assert cli.main(["broadcast", "--help"]) == cli.EXIT_OK
    shown = " ".join(capsys.readouterr().out.split())
    assert "0.1 to 1000" in shown  # --throttle
    assert "more than 0, at most 3600" in shown  # the timeouts
    assert "up to 64" in shown  # --send-window


def test_the_bounds_themselves_are_accepted():
    parser = cli.build_parser()
    args = parser.parse_args(
        [
            *("broadcast", "--account", ACCOUNT, "--resume", str(2**63 - 1)),
            *("--throttle", "0.1", "--connect-timeout", "3600", "--reply-timeout", "0.5"),
            *("--send-window", "64", "--port", "65535", "--region", "fr"),
        ]
    )
    assert (args.resume, args.throttle, args.connect_timeout, args.reply_timeout) == (
        2**63 - 1,
        0.1,
        3600.0,
        0.5,
    )
    assert (args.send_window, args.port, args.region) == (64, 65535, "FR")
    assert parser.parse_args(["broadcast", "--account", "a", "--resume", "1", "--throttle", "1000"])


def test_a_good_log_file_is_appended_to(sim, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    log = tmp_path / "protocol.log"
    argv = ["balance", "--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
    assert cli.main([*argv, "--log", str(log)]) == cli.EXIT_OK
    assert "Password=********" in log.read_text() or "********" in log.read_text()
    capsys.readouterr()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE and 141 are POSIX")
def test_history_into_a_closed_pipe_ends_quietly(tmp_path, data_dir):
    """`smsgate history | head` ended in BrokenPipeError and a traceback: now exit 141 (as a
    shell reports SIGPIPE), nothing on stderr."""
    conn = open_store()
    from smsgate_desktop.broadcast import BroadcastEngine, plan
    from smsgate_desktop.protocol import SmsMessage

    base = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello " * 20)
    engine = BroadcastEngine(conn)
    conn.execute("PRAGMA synchronous=OFF")  # fast: this data need not survive a power cut
    for i in range(1500):  # well over a pipe's buffer (64 KiB) of history lines
        engine.create(plan([base.with_values(PhoneNumber=f"{1000000 + i}")]))
    conn.close()
    env = os.environ | {"SMSGATE_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [sys.executable, "-m", "smsgate_desktop.cli", "history"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b"1500\t")  # `head -1`
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=30) == cli.EXIT_BROKEN_PIPE, err
    assert err == ""
