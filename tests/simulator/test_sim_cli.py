"""`smsgate-sim`: options, and a real process started, talked to and stopped."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from simclient import MESSAGE, RawClient, sent

from smsgate_desktop.simulator.__main__ import build_gateway, build_parser, main


def command() -> list[str]:
    script = Path(sys.executable).with_name("smsgate-sim")
    if script.exists():
        return [str(script)]
    found = shutil.which("smsgate-sim")
    return [found] if found else [sys.executable, "-m", "smsgate_desktop.simulator"]


def gateway_for(*argv: str):
    return build_gateway(build_parser().parse_args(list(argv)))


def test_default_account_is_demo() -> None:
    gateway = gateway_for()
    assert list(gateway.accounts) == ["demo"]
    assert gateway.accounts["demo"].password == "demo"
    assert gateway.accounts["demo"].credit == 1000


def test_options_make_the_gateway() -> None:
    gateway = gateway_for(
        "--account=a:1:5:Standby",
        "--account=b:2",
        "--rule=b=ip-locked",
        "--rule=b=tcp-not-allowed",
        "--lock-recipient=+393331234567",
        "--drop-after=3",
        "--refuse-connections",
    )
    assert (gateway.accounts["a"].credit, gateway.accounts["a"].status) == (5, "Standby")
    assert gateway.accounts["b"].rules == {"ip-locked", "tcp-not-allowed"}
    assert (gateway.accounts["a"].id, gateway.accounts["b"].id) == ("0001", "0002")
    assert gateway.locked_recipients == {"+393331234567"}
    assert gateway.drop_after == 3 and gateway.refuse_connections


@pytest.mark.parametrize(
    "argv",
    [
        ["--account", "nopassword"],
        ["--account", "a:b:many"],
        ["--account", "a:b", "--account", "a:c"],
        ["--rule", "ghost=ip-locked"],
        ["--rule", "demo=ip-banned"],
        ["--drop-after", "-1"],
        ["--idle-timeout", "0"],
        ["--latency-ms", "-5"],
        ["--port", "http"],
    ],
)
def test_bad_options_exit_with_usage(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "smsgate-sim" in capsys.readouterr().err


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_process_serves_until_signalled(tmp_path, signum) -> None:
    record = tmp_path / "sent.jsonl"
    argv = [*command(), "--port", "0", "--account", "shop:pw:10", "--record", str(record)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ready = process.stdout.readline().decode()
        match = re.fullmatch(r"listening on 127\.0\.0\.1:([0-9]+)\n", ready)
        assert match, ready
        client = RawClient(("127.0.0.1", int(match.group(1))))
        try:
            assert client.read_line() == b"+OK 01 [Connection 1 With 127.0.0.1]"
            assert client.login(b"shop", b"pw") == b"+OK 01 10 [ID ACCOUNT: 0001 STATUS: Active]"
            client.set_fields(**MESSAGE)
            client.converse([(b"SendSMS=OKSEND", sent(9, "+393331234567"))])
            process.send_signal(signum)  # with a client still connected
            assert process.wait(timeout=10) == 0
        finally:
            client.close()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert json.loads(record.read_text())["account"] == "shop"
    assert process.stderr.read() == b""


def test_port_in_use_exits_1(capsys) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        assert main(["--port", str(busy.getsockname()[1])]) == 1
    assert "smsgate-sim:" in capsys.readouterr().err
