"""`smsgate broadcast` and `smsgate history` in-process, against the simulator on port 0."""

from __future__ import annotations

import io
import json

import pytest
from processkit import recorded
from simkit import RECORD_NAME

from smsgate_desktop import cli
from smsgate_desktop.cli import broadcast as cli_broadcast
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.store import contacts, open_store

ACCOUNT, PASSWORD = "acme", "s3cret"
NEW = ("--sender", "Acme", "--text", "Hello all")


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=1000)]  # for the root `sim` and `simulator`


@pytest.fixture
def smsgate(sim, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)

    def run(*args: str, stdin: str = "", connect: bool = True) -> tuple[int, str, str]:
        argv = list(args)
        if connect:
            argv[1:1] = ["--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
        code = cli.main(argv, stdin=io.StringIO(stdin))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write_csv(tmp_path, *lines: str):
    path = tmp_path / "list.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_csv_with_header_forecast_and_yes(smsgate, tmp_path):
    csv_file = write_csv(
        tmp_path, "number,name", "+39 333 1000001,Ada", "3331000002,Bea", "+393331000001,Ada again"
    )
    code, out, err = smsgate("broadcast", "--csv", csv_file, *NEW, "--yes")
    assert code == cli.EXIT_OK
    assert "Recipients       : 2" in err
    assert "duplicates     : 1 dropped" in err
    assert "Credits needed   : 2 (balance 1000)" in err
    assert "Estimated time" in err
    assert out.strip() == "broadcast 1\tdone\tsent 2"
    assert recorded(tmp_path / RECORD_NAME) == ["+393331000001", "+393331000002"]


def test_the_prompt_refused_sends_nothing(smsgate, tmp_path):
    csv_file = write_csv(tmp_path, "3331000001")
    code, _, err = smsgate("broadcast", "--csv", csv_file, *NEW, stdin="n\n")
    assert code == cli.EXIT_OK
    assert "Send 1 messages? [y/N]" in err and "Nothing sent." in err
    assert recorded(tmp_path / RECORD_NAME) == []
    _, out, _ = smsgate("history", connect=False)
    assert out == ""


def test_the_prompt_accepted(smsgate, tmp_path):
    csv_file = write_csv(tmp_path, "3331000001")
    code, _, _ = smsgate("broadcast", "--csv", csv_file, *NEW, stdin="y\n")
    assert code == cli.EXIT_OK
    assert recorded(tmp_path / RECORD_NAME) == ["+393331000001"]


def test_group_and_opt_out(smsgate, tmp_path):
    conn = open_store()
    for number in ("+393331000001", "+393331000002", "+393331000003"):
        contacts.add_to_group(conn, "club", number)
    contacts.add_opt_out(conn, "+393331000002")
    conn.close()
    code, _, err = smsgate("broadcast", "--group", "club", *NEW, "--yes")
    assert code == cli.EXIT_OK
    assert "opted out      : 1 dropped" in err
    assert recorded(tmp_path / RECORD_NAME) == ["+393331000001", "+393331000003"]


def test_bad_input_sends_nothing(smsgate, tmp_path):
    csv_file = write_csv(tmp_path, "3331000001", "12")
    code, _, err = smsgate("broadcast", "--csv", csv_file, *NEW, "--yes")
    assert code == cli.EXIT_BAD_INPUT and "'12'" in err
    assert smsgate("broadcast", "--group", "none", *NEW, "--yes")[0] == cli.EXIT_BAD_INPUT
    assert smsgate("broadcast", "--csv", csv_file, "--yes")[0] == cli.EXIT_BAD_INPUT
    assert smsgate("broadcast", "--resume", "7")[0] == cli.EXIT_BAD_INPUT
    assert recorded(tmp_path / RECORD_NAME) == []


def test_to_file_history_and_rows(smsgate, tmp_path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("# list\n3331000001\n3331000002\n")
    assert smsgate("broadcast", "--to-file", str(numbers), *NEW, "--yes")[0] == cli.EXIT_OK
    _, out, _ = smsgate("history", "--json", connect=False)
    [line] = out.splitlines()
    entry = json.loads(line)
    assert (entry["id"], entry["state"], entry["sent"], entry["pending"]) == (1, "done", 2, 0)
    _, out, _ = smsgate("history", "1", connect=False)
    assert out.splitlines() == [
        "1\t+393331000001\tsent\tcredit 999",
        "2\t+393331000002\tsent\tcredit 998",
    ]
    assert smsgate("history", "2", connect=False)[0] == cli.EXIT_BAD_INPUT


def test_dropped_line_is_unknown_exit_4_and_resend_on_request(
    simulator, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    csv_file = write_csv(tmp_path, *(f"33310000{i:02d}" for i in range(5)))
    sim = simulator(record=tmp_path / "record.jsonl", drop_after=3)
    connect = ["--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
    code = cli.main(["broadcast", *connect, "--csv", csv_file, *NEW, "--yes"], io.StringIO())
    out, err = capsys.readouterr()
    assert code == cli.EXIT_UNKNOWN
    assert "unknown 1" in out and "--resend-unknown" in err
    assert len(recorded(tmp_path / RECORD_NAME)) == 4
    code = cli.main(["broadcast", *connect, "--resume", "1"], io.StringIO())
    assert code == cli.EXIT_UNKNOWN and len(recorded(tmp_path / RECORD_NAME)) == 4  # not resent
    code = cli.main(
        ["broadcast", *connect, "--resume", "1", "--resend-unknown"], io.StringIO("y\n")
    )
    assert code == cli.EXIT_OK
    assert sorted(recorded(tmp_path / RECORD_NAME)) == [f"+3933310000{i:02d}" for i in range(5)]


def test_connection_failure_exit_3(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    csv_file = write_csv(tmp_path, "3331000001")
    argv = ["broadcast", "--account", ACCOUNT, "--host", "127.0.0.1", "--port", "1"]
    code = cli.main([*argv, "--connect-timeout", "2", "--csv", csv_file, *NEW, "--yes"])
    assert code == cli.EXIT_CONNECTION
    assert "Could not connect" in capsys.readouterr().err


def test_exit_status():
    report = cli_broadcast.Report
    zero = dict.fromkeys(("pending", "sending", "sent", "failed", "unknown"), 0)
    assert cli_broadcast.exit_status(report(1, "done", zero)) == cli.EXIT_OK
    assert cli_broadcast.exit_status(report(1, "done", zero | {"failed": 1})) == 1
    assert cli_broadcast.exit_status(report(1, "paused", zero)) == cli_broadcast.EXIT_PAUSED == 6
    assert cli_broadcast.exit_status(report(1, "interrupted", zero)) == 3
    assert cli_broadcast.exit_status(report(1, "interrupted", zero | {"unknown": 1})) == 4


def test_single_sends_are_in_the_searchable_history(smsgate, tmp_path):
    send = ("send", "--sender", "Acme", "--text", "Single one")
    assert smsgate(*send, "--to", "+393331000001", "--to", "3331000002")[0] == cli.EXIT_OK
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("3331000009\n")
    assert smsgate("broadcast", "--to-file", str(numbers), *NEW, "--yes")[0] == cli.EXIT_OK
    _, out, _ = smsgate("history", "--json", connect=False)
    entries = [json.loads(line) for line in out.splitlines()]
    assert [(e["id"], e["kind"], e["account"], e["sent"]) for e in entries] == [
        (2, "broadcast", ACCOUNT, 1),
        (1, "single", ACCOUNT, 2),
    ]
    _, out, _ = smsgate("history", "--kind", "single", connect=False)
    assert [line.split("\t")[:2] for line in out.splitlines()] == [["1", "single"]]
    for query, found in [
        ("333 100 0002", ["1"]),
        ("1000009", ["2"]),
        ("single", ["1"]),
        ("hello ALL", ["2"]),
        ("+39 333 100000", ["2", "1"]),
        ("100%", []),
    ]:
        _, out, _ = smsgate("history", "--search", query, connect=False)
        assert [line.split("\t")[0] for line in out.splitlines()] == found, query
    _, out, _ = smsgate("history", "1", connect=False)
    assert [line.split("\t")[1:3] for line in out.splitlines()] == [
        ["+393331000001", "sent"],
        ["+393331000002", "sent"],
    ]


def test_resume_refuses_another_account(smsgate, tmp_path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("3331000001\n")
    assert smsgate("broadcast", "--to-file", str(numbers), *NEW, "--yes")[0] == cli.EXIT_OK
    code, _, err = smsgate("broadcast", "--resume", "1", "--account", "other", connect=False)
    assert code == cli.EXIT_BAD_INPUT
    assert "made for the account 'acme', not 'other'" in err and "--account acme" in err
    assert recorded(tmp_path / RECORD_NAME) == ["+393331000001"]


def test_history_shows_a_credit_beyond_64_bits_as_unknown(smsgate, tmp_path):
    """Issue 10, point 4: `+OK 01 999…9` crashed the journal (OverflowError) with the row
    left `sending`; the row is sent, its credit unknown."""
    from smsgate_desktop.protocol import SmsMessage
    from smsgate_desktop.store import journal

    conn = open_store()
    message = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", PhoneNumber="1000001")
    journal.insert_broadcast(conn, [message])
    journal.mark_sending(conn, 1, [1])
    journal.mark_sent(conn, 1, 1, int("9" * 4000))
    conn.close()
    _, out, _ = smsgate("history", "1", connect=False)
    assert out == "1\t+393331000001\tsent\tcredit unknown\n"
    _, out, _ = smsgate("history", "1", "--json", connect=False)
    assert json.loads(out)["credit"] is None and json.loads(out)["state"] == "sent"


def test_csv_from_italian_excel_is_read_like_the_window_reads_it(smsgate, tmp_path):
    """cp1252, `;` and a "Nome" column: once "'utf-8' codec can't decode byte 0xe0", then
    each whole `;` line taken as the number (issue 11)."""
    path = tmp_path / "clienti.csv"
    rows = ["Nome;Telefono;Città", "José;333 1000001;Forlì", "Anna;333 1000002;Città di Castello"]
    path.write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")
    code, _, err = smsgate(
        "broadcast",
        "--csv",
        str(path),
        "--sender",
        "Acme",
        "--template",
        "Ciao {Nome} da {city}",
        "--yes",
    )
    assert code == cli.EXIT_OK, err
    assert recorded(tmp_path / RECORD_NAME) == ["+393331000001", "+393331000002"]


def test_unusable_rows_are_listed_with_their_lines_and_stop_the_broadcast(smsgate, tmp_path):
    csv_file = write_csv(tmp_path, "Nome,Cellulare", "Ada,3331000001", "Bea,12ab", "Cy,")
    code, _, err = smsgate("broadcast", "--csv", csv_file, *NEW)
    assert code == cli.EXIT_BAD_INPUT
    assert "2 row(s) of" in err and "line 3: '12ab'" in err and "line 4: (empty)" in err
    assert recorded(tmp_path / RECORD_NAME) == []
    code, _, err = smsgate("broadcast", "--csv", csv_file, *NEW, "--skip-invalid", "--yes")
    assert code == cli.EXIT_OK, err
    assert "skipped" in err
    assert recorded(tmp_path / RECORD_NAME) == ["+393331000001"]
