"""How `smsgate send` writes its results: buffered into a pipe or a file (a flush per line was
a write system call per message), every line at once on a terminal, and never behind what it
says on stderr afterwards (`2>&1` keeps the order)."""

from __future__ import annotations

import io

import pytest

from smsgate_desktop import cli
from smsgate_desktop.simulator import Account

ACCOUNT, PASSWORD = "XXXXXX", "YYYYYY"


class Console:
    """stdout and stderr as one terminal or file would show them: stdout's text appears
    there only when flushed, stderr's at once."""

    def __init__(self, terminal: bool) -> None:
        self.shown: list[str] = []
        self.flushes = 0
        self.stdout = self._Out(self, terminal)
        self.stderr = self._Err(self)

    class _Out(io.StringIO):
        def __init__(self, console: Console, terminal: bool) -> None:
            super().__init__()
            self.console, self.terminal = console, terminal

        def isatty(self) -> bool:
            return self.terminal

        def flush(self) -> None:
            text = self.getvalue()
            if text:
                self.console.shown.append(text)
                self.console.flushes += 1
                self.seek(0)
                self.truncate()

    class _Err(io.StringIO):
        def __init__(self, console: Console) -> None:
            super().__init__()
            self.console = console

        def write(self, text: str) -> int:
            self.console.shown.append(text)
            return len(text)


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=3)]  # the fourth message finds no credit


def send(sim, monkeypatch, console: Console, count: int) -> int:
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr("sys.stdout", console.stdout)
    monkeypatch.setattr("sys.stderr", console.stderr)
    numbers = [arg for i in range(count) for arg in ("--to", f"+39333{1000000 + i}")]
    argv = ["send", "--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
    return cli.main([*argv, "--sender", "Acme", "--text", "Hello", *numbers])


def test_results_into_a_pipe_are_not_flushed_line_by_line(sim, monkeypatch):
    console = Console(terminal=False)
    assert send(sim, monkeypatch, console, 3) == cli.EXIT_OK
    shown = "".join(console.shown).splitlines()
    assert [line.split("\t")[1] for line in shown] == ["OK", "OK", "OK"]
    assert console.flushes < 3


def test_results_on_a_terminal_are_shown_as_they_come(sim, monkeypatch):
    console = Console(terminal=True)
    assert send(sim, monkeypatch, console, 3) == cli.EXIT_OK
    assert console.flushes == 3


def test_results_come_before_what_is_said_on_stderr_after_them(sim, monkeypatch):
    console = Console(terminal=False)
    code = send(sim, monkeypatch, console, 5)
    assert code == cli.EXIT_CONNECTION
    lines = "".join(console.shown).splitlines()
    # The results first, then why the run stopped, then what was not sent.
    said = next(i for i, line in enumerate(lines) if line.startswith("smsgate: "))
    assert [line.split("\t")[1] for line in lines[:said]] == ["OK", "OK", "OK"]
    assert [line.split("\t")[1] for line in lines[said + 1 : said + 3]] == ["NOT SENT"] * 2
