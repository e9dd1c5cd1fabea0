"""Two desktops sharing one gateway account through the office database: the second one's send
is queued, then sent, and the gateway never refuses a login with -ERR 101.

Real processes (`python -m smsgate_desktop.cli`), each with its own data folder and both with
SMSGATE_STORE = the same PostgreSQL database, against the simulator, which refuses a second
session on an account with -ERR 101 (spec: Too many sessions). Desktop A is a broadcast
waiting at its "Send N messages? [y/N]" question: it holds the account and is logged in
until the test answers, so B always finds the account in use, whatever the machine's speed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest

from smsgate_desktop.cli import PASSWORD_ENV
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.store.db import STORE_ENV

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")

ACCOUNT, PASSWORD = "acme", "s3cret"
TIMEOUT = 60.0  # seconds a process may take to reach a point before the test fails
QUEUED = "your send is queued and starts when it is free."
A_NUMBERS = [f"+3933310000{i:02d}" for i in range(3)]
B_NUMBERS = [f"+3933320000{i:02d}" for i in range(2)]


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=1000)]


class Desktop:
    """One `smsgate` process with its own data folder on the office database; its stderr
    read as it comes (a question ends without a newline), stdout kept in a file."""

    def __init__(self, name: str, folder: Path, port: int, office: str, *args: str) -> None:
        self.name, self.log = name, folder / f"{name}.log"
        self.out = folder / f"{name}.out"
        env = os.environ | {
            "SMSGATE_DATA_DIR": str(folder / name),
            STORE_ENV: office,
            PASSWORD_ENV: PASSWORD,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
        command = [sys.executable, "-m", "smsgate_desktop.cli", *args, "--account", ACCOUNT]
        command += ["--host", "127.0.0.1", "--port", str(port), "--log", str(self.log)]
        with self.out.open("w") as out:
            self.process = subprocess.Popen(
                command,
                env=env,
                stdin=subprocess.PIPE,
                stdout=out,
                stderr=subprocess.PIPE,
                text=True,
            )
        self._err = ""
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        fd = self.process.stderr.fileno()
        while chunk := os.read(fd, 4096):
            with self._changed:
                self._err += chunk.decode("utf-8", "replace")
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def err(self) -> str:
        with self._changed:
            return self._err

    def wait_for(self, text: str) -> None:
        """Wait until the process has written `text` on stderr (fails if it ends first)."""
        with self._changed:
            self._changed.wait_for(
                lambda: text in self._err or not self._reader.is_alive(), TIMEOUT
            )
            assert text in self._err, f"{self.name} never said {text!r}; it said:\n{self._err}"

    def answer(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.close()

    def finish(self) -> int:
        code = self.process.wait(TIMEOUT)
        self._reader.join(TIMEOUT)
        return code

    def protocol_log(self) -> str:
        return self.log.read_text() if self.log.exists() else ""


@pytest.fixture
def desktops(sim, tmp_path, pg_url):
    """desktop(name, *args): an `smsgate` process; all are killed at the end."""
    started: list[Desktop] = []

    def desktop(name: str, *args: str) -> Desktop:
        started.append(Desktop(name, tmp_path, sim.port, pg_url, *args))
        return started[-1]

    yield desktop
    for one in started:
        if one.process.poll() is None:
            one.process.kill()
            one.process.wait(TIMEOUT)


def numbers_file(folder: Path, name: str, numbers: list[str]) -> str:
    path = folder / name
    path.write_text("".join(f"{number}\n" for number in numbers))
    return str(path)


def holding_broadcast(desktops, tmp_path) -> Desktop:
    """Desktop A: a broadcast that holds the account (logged in) at its question."""
    a = desktops(
        "a",
        *("broadcast", "--to-file", numbers_file(tmp_path, "a.txt", A_NUMBERS)),
        *("--sender", "Acme", "--text", "from A"),
    )
    a.wait_for(f"Send {len(A_NUMBERS)} messages? [y/N] ")
    return a


def accepted(sim) -> list[str]:
    return ["{CountryCode}{GsmCode}{PhoneNumber}".format(**sms.fields) for sms in sim.sent]


def broadcasts(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM broadcasts").fetchone()[0]


def test_the_second_desktops_send_is_queued_then_sent_never_refused(
    desktops, sim, tmp_path, refusals
):
    a = holding_broadcast(desktops, tmp_path)
    assert sim.has_session(ACCOUNT)
    to = [arg for number in B_NUMBERS for arg in ("--to", number)]
    b = desktops("b", "send", *to, "--sender", "Acme", "--text", "from B")
    b.wait_for(QUEUED)
    assert f"Account {ACCOUNT} is in use by " in b.err
    assert "(preparing a broadcast, since " in b.err  # who, and what it does
    assert accepted(sim) == []  # B waits without logging in

    a.answer("y")
    assert a.finish() == 0, a.err
    assert b.finish() == 0, b.err
    assert accepted(sim) == A_NUMBERS + B_NUMBERS  # each once; B's after A let go
    assert b.err.count(QUEUED) == 1 and QUEUED not in a.err
    assert refusals == []
    for desktop in (a, b):
        assert "-ERR 101" not in desktop.protocol_log() + desktop.err
        assert "Too many sessions" not in desktop.err
    assert "+OK" in b.protocol_log()


def test_ctrl_c_while_queued_sends_nothing(desktops, sim, tmp_path, pg_url, refusals):
    a = holding_broadcast(desktops, tmp_path)
    b = desktops(
        "b",
        *("broadcast", "--to-file", numbers_file(tmp_path, "b.txt", B_NUMBERS)),
        *("--sender", "Acme", "--text", "from B", "--yes"),
    )
    b.wait_for(QUEUED)
    b.process.send_signal(signal.SIGINT)
    assert b.finish() == 130
    assert f"Cancelled while waiting for account {ACCOUNT}: nothing was sent." in b.err
    assert "Traceback" not in b.err and not b.protocol_log()  # never reached the gateway
    a.answer("n")
    assert a.finish() == 0
    assert accepted(sim) == [] and broadcasts(pg_url) == 0 and refusals == []


def test_no_wait_gives_up_at_once(desktops, sim, tmp_path, pg_url, refusals):
    a = holding_broadcast(desktops, tmp_path)
    c = desktops(
        "c",
        *("broadcast", "--to-file", numbers_file(tmp_path, "c.txt", B_NUMBERS)),
        *("--sender", "Acme", "--text", "from C", "--yes", "--no-wait"),
    )
    assert c.finish() == 7
    assert f"Account {ACCOUNT} is in use by " in c.err and "nothing was sent." in c.err
    assert QUEUED not in c.err and not c.protocol_log()
    a.answer("n")
    assert a.finish() == 0
    assert accepted(sim) == [] and broadcasts(pg_url) == 0 and refusals == []
