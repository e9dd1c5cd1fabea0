"""`smsgate` end to end against the simulator on port 0: output, exit status, password sources."""

from __future__ import annotations

import io
import json

import pytest

from smsgate_desktop import cli, config
from smsgate_desktop.simulator.accounts import Account

ACCOUNT, PASSWORD = "acme", "s3cret"


@pytest.fixture
def simulator_accounts() -> list[Account]:
    """The account of tests/conftest.py's `sim` (parametrise `simulator_options`)."""
    return [Account(ACCOUNT, PASSWORD, credit=50_000)]


@pytest.fixture
def run(sim, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)

    def run(*args: str, stdin: str = "", interface: str = "packet") -> tuple[int, str, str]:
        argv = [args[0], "--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
        argv += ["--interface", interface, "--reply-timeout", "5", *args[1:]]
        code = cli.main(argv, stdin=io.StringIO(stdin))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def sent_numbers(tmp_path) -> list[str]:
    path = tmp_path / "record.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["fields"]["PhoneNumber"] for line in path.read_text().splitlines()]


SEND = ("send", "--sender", "Acme", "--text", "Hello")


@pytest.mark.parametrize("interface", ["packet", "ascii"])
def test_send_to_two_numbers(run, sim, interface):
    code, out, _ = run(*SEND, "--to", "+39 333 1234567", "--to", "3471234567", interface=interface)
    assert code == cli.EXIT_OK
    assert out.splitlines() == [
        "+393331234567\tOK\tcredit 49999",
        "+393471234567\tOK\tcredit 49998",
    ]
    assert sim.account(ACCOUNT).credit == 49998


def test_json_output(run):
    code, out, _ = run(*SEND, "--to", "+393331234567", "--json")
    assert code == 0
    assert json.loads(out) == {
        "recipient": "+393331234567",
        "outcome": "accepted",
        "credit": 49999,
        "code": None,
        "error": None,
        "reason": None,
    }


def test_invalid_number_sends_nothing(run, sim, tmp_path):
    code, out, err = run(*SEND, "--to", "+393331234567", "--to", "12ab")
    assert code == cli.EXIT_BAD_INPUT
    assert "12ab" in err
    assert out == ""
    assert sent_numbers(tmp_path) == []
    assert sim.account(ACCOUNT).credit == 50_000


def test_unencodable_text_suggests_utf(run, tmp_path):
    code, _, err = run("send", "--sender", "Acme", "--text", "Ciao 😀", "--to", "+393331234567")
    assert code == cli.EXIT_BAD_INPUT
    # the window's sentence (one rule, usecases.drafts), with the option that does it
    assert "'😀' at position 6" in err and "--type UTF" in err
    code, _, _ = run(
        "send", "--sender", "Acme", "--text", "Ciao 😀", "--type", "UTF", "--to", "+393331234567"
    )
    assert code == cli.EXIT_OK


def test_text_over_the_line_limit_is_bad_input(run):
    code, _, err = run("send", "--sender", "Acme", "--text", "x" * 5000, "--to", "+393331234567")
    assert code == cli.EXIT_BAD_INPUT
    assert "4096" in err


@pytest.mark.parametrize("simulator_options", [{"locked_recipients": ["+393331234567"]}])
def test_rejected_recipient_exit_1(run):
    code, out, _ = run(*SEND, "--to", "+393331234567", "--to", "+393471234567")
    assert code == cli.EXIT_REJECTED
    first, second = out.splitlines()
    assert first.startswith("+393331234567\tREJECTED\t") and first.endswith("[86]")
    assert second.startswith("+393471234567\tOK")


@pytest.mark.parametrize("simulator_options", [{"drop_after": 1}])
def test_dropped_line_is_unknown_exit_4(run, tmp_path):
    code, out, _ = run(*SEND, "--to", "+393331234567", "--to", "+393471234567")
    assert code == cli.EXIT_UNKNOWN
    assert out.splitlines()[1].startswith("+393471234567\tUNKNOWN\tOutcome unknown")
    assert sent_numbers(tmp_path) == ["1234567"]


def test_wrong_password_exit_3(run, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, "wrong")
    code, out, err = run(*SEND, "--to", "+393331234567")
    assert code == cli.EXIT_CONNECTION
    assert "[89]" in err
    assert "NOT SENT" in out


def test_nothing_listening_exit_3(monkeypatch, capsys):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    code = cli.main(["balance", "--account", ACCOUNT, "--host", "127.0.0.1", "--port", str(port)])
    assert code == cli.EXIT_CONNECTION
    assert "connection refused" in capsys.readouterr().err


@pytest.mark.parametrize("interface", ["packet", "ascii"])
def test_balance_and_status(run, interface):
    assert run("balance", interface=interface)[:2] == (0, "50000\n")
    assert run("status", "--json", interface=interface)[:2] == (0, '{"status": "Active"}\n')


def test_password_from_stdin(run, monkeypatch):
    monkeypatch.delenv(cli.PASSWORD_ENV)
    assert run("balance", "--password-stdin", stdin=PASSWORD + "\n")[0] == 0


def test_password_from_keyring(run, sim, monkeypatch, memory_keyring):
    monkeypatch.delenv(cli.PASSWORD_ENV)
    assert run("balance")[0] == cli.EXIT_BAD_INPUT
    config.set_password(ACCOUNT, sim.host, PASSWORD)
    assert run("balance")[0] == 0


def test_password_command_stores_in_keyring_only(run, sim, memory_keyring, tmp_path):
    code, out, _ = run("password", "--password-stdin", stdin="n3w\n")
    assert code == 0
    assert config.get_password(ACCOUNT, sim.host) == "n3w"
    assert "n3w" not in out


def test_no_password_flag_exists():
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["balance", "--account", "a", "--password", "x"])


def test_protocol_log_masks_password(run, tmp_path):
    log = tmp_path / "protocol.log"
    run(*SEND, "--to", "+393331234567", "--log", str(log), interface="ascii")
    text = log.read_text()
    assert "→ Password=********" in text
    assert PASSWORD not in text
    assert "← +OK 01 49999 [SMS SEND MESSAGE TO: +393331234567" in text


def test_scheduled_send_fills_gateway_fields(run, tmp_path):
    code, _, err = run(*SEND, "--to", "+393331234567", "--at", "2098-06-15 10:30")
    assert code == 0, err
    fields = json.loads((tmp_path / "record.jsonl").read_text())["fields"]
    assert (fields["SmsDay"], fields["SmsMonth"], fields["SmsYear"]) == ("15", "06", "98")
    assert fields["SmsMinute"] == "30"
    assert fields["SmsAmPm"] in {"AM", "PM"}


def test_bad_schedule_is_bad_input(run):
    code, _, err = run(*SEND, "--to", "+393331234567", "--at", "tomorrow")
    assert code == cli.EXIT_BAD_INPUT
    assert "--at" in err


def test_ten_thousand_recipients_one_login_with_elision(run, tmp_path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("\n".join(f"+39333{1000000 + i}" for i in range(10_000)) + "\n")
    log = tmp_path / "protocol.log"
    code, out, _ = run(*SEND, "--to-file", str(numbers), "--log", str(log))
    assert code == 0
    assert len(out.splitlines()) == 10_000
    sent = [line for line in log.read_text().splitlines() if " → " in line]
    assert len(sent) == 10_001
    assert sum("Connection" in line for line in log.read_text().splitlines()) == 1
    assert sent[0].endswith("<SOH>acme<STX>********<EOT>OKSEND<ENQ><ACK>")
    assert sent[-1].split(" → ")[1].startswith("<ETX><ETX><ETX><ETX>1009999<ETX><ETX>")
    assert len(sent_numbers(tmp_path)) == 10_000


def test_send_window_pipelines_and_keeps_order(run, tmp_path):
    numbers = [f"+39333{1000000 + i}" for i in range(50)]
    args = [arg for number in numbers for arg in ("--to", number)]
    code, out, _ = run(*SEND, *args, "--send-window", "8")
    assert code == cli.EXIT_OK
    assert [line.split("\t")[0] for line in out.splitlines()] == [n for n in numbers]
    assert sent_numbers(tmp_path) == [n[6:] for n in numbers]


def test_send_window_out_of_range_is_bad_input(run):
    code, _, err = run(*SEND, "--to", "+393331234567", "--send-window", "0")
    assert code == cli.EXIT_BAD_INPUT
    assert "--send-window" in err


def test_an_accepted_message_whose_credit_is_unknown_says_so():
    """Issue 10, point 4: an absurd credit is None ("unknown credit"), never "credit None"."""
    from smsgate_desktop.protocol import SmsMessage
    from smsgate_desktop.session import Outcome, SendResult

    message = SmsMessage(CountryCode="+39", GsmCode="333", PhoneNumber="1234567")
    result = SendResult(message, Outcome.ACCEPTED, credit=None)
    assert cli.format_result(result, as_json=False) == "+393331234567\tOK\tcredit unknown"
    assert json.loads(cli.format_result(result, as_json=True))["credit"] is None
    known = SendResult(message, Outcome.ACCEPTED, credit=7)
    assert cli.format_result(known, as_json=False) == "+393331234567\tOK\tcredit 7"
