"""The server around the gateway: framing, limits, timeouts, latency, resets, the record."""

from __future__ import annotations

import json
import os
import socket
import struct
import time

import pytest
from simclient import CLOSED, MESSAGE, RawClient, data_packet, login_packet, sent

from smsgate_desktop.protocol.fields import FIELD_NAMES
from smsgate_desktop.simulator import Account

BAD = b"-ERR 100 [String Not Valid or Bad Command Request]"


def test_every_reply_ends_with_cr_lf(connect) -> None:
    client = connect()
    client.send(b"Account=demo\r\nPassword=demo\r\nSmsQuery=Balance\r\n")
    client.sock.shutdown(socket.SHUT_WR)
    raw = b""
    while chunk := client.sock.recv(65536):
        raw += chunk
    assert raw.endswith(b"\r\n")
    assert raw.split(b"\r\n") == [
        b"+OK 01",
        b"+OK 01 1000 [ID ACCOUNT: 0001 STATUS: Active]",
        b"+OK 01 [1000]",
        b"",
    ]


# ---- the 4096-byte limit, CR LF included -------------------------------------------------


def text_line(total: int) -> bytes:
    """A `TextMessage=xxx...` line of exactly `total` bytes, CR LF included."""
    return b"TextMessage=" + b"x" * (total - len(b"TextMessage=") - 2) + b"\r\n"


def test_line_of_exactly_4096_bytes_is_accepted(connect) -> None:
    client = connect()
    client.login()
    line = text_line(4096)
    assert len(line) == 4096
    assert client.ask(line) == b"+OK 01 [SMS TEXTMESSAGE: " + line[12:-2] + b"]"
    assert client.ask(b"SmsQuery=Balance") == b"+OK 01 [1000]"


def test_line_of_4097_bytes_is_refused_and_closed(sim, connect) -> None:
    client = connect()
    client.login()
    client.send(text_line(4097))
    assert client.read_line() == BAD + CLOSED
    client.assert_closed()
    assert not sim.has_session("demo")


def test_packet_of_4096_bytes_is_accepted_4097_refused(sim, connect) -> None:
    client = connect()
    client.login()
    short = data_packet(**{**MESSAGE, "TextMessage": b""})
    exact = data_packet(**{**MESSAGE, "TextMessage": b"y" * (4096 - len(short))})
    assert len(exact) == 4096
    assert sent(999, "+393331234567").fullmatch(client.ask(exact))
    client.send(
        data_packet(
            **{**MESSAGE, "PhoneNumber": b"7654321", "TextMessage": b"y" * (4097 - len(short))}
        )
    )
    assert client.read_line() == BAD + CLOSED
    client.assert_closed()
    assert sim.account("demo").credit == 999


def test_endless_line_is_refused_without_waiting_for_its_end(connect) -> None:
    client = connect()
    client.send(b"A" * 5000)  # no CR LF at all: the server must not buffer on and on
    assert client.read_line() == BAD + CLOSED
    client.assert_closed()


def test_bare_cr_and_lf_are_ordinary_bytes(connect) -> None:
    client = connect()
    client.login()
    client.send(b"SmsQuery=Balance\nSmsQuery=Balance\r\nSmsQuery=Status\rX\r\nSmsQuery=Balance\r\n")
    assert [client.read_line() for _ in range(3)] == [BAD, BAD, b"+OK 01 [1000]"]


# ---- pipelining ----------------------------------------------------------------------------


def test_pipelined_requests_are_answered_in_order(sim, connect) -> None:
    client = connect()
    requests = [b"Account=demo", b"Password=demo", b"Foo=1"]
    requests += [name.encode() + b"=" + value for name, value in MESSAGE.items()]
    requests += [b"SendSMS=OKSEND", b"PhoneNumber=7654321", b"SendSMS=OKSEND", b"SmsQuery=Balance"]
    requests += [data_packet(PhoneNumber=b"111")[:-2], b"SendSMS=OKSEND", b"SmsQuery=Status"]
    client.send(b"".join(line + b"\r\n" for line in requests))
    replies = [client.read_line() for _ in requests]
    assert replies[:3] == [b"+OK 01", b"+OK 01 1000 [ID ACCOUNT: 0001 STATUS: Active]", BAD]
    assert all(reply.startswith(b"+OK 01 [") for reply in replies[3:8])
    assert sent(999, "+393331234567").fullmatch(replies[8])
    assert sent(998, "+393337654321").fullmatch(replies[10])
    assert replies[11] == b"+OK 01 [998]"
    assert sent(997, "+39333111").fullmatch(replies[12])
    assert replies[13:] == [b"-ERR 94 [Phone Number Not Valid]", b"+OK 01 [Active]"]


def test_pipelined_requests_after_a_closing_error_are_not_answered(connect) -> None:
    client = connect()
    client.send(b"Account=nobody\r\nAccount=demo\r\nPassword=demo\r\n")
    assert client.read_line() == b"-ERR 89 [Account Not Valid]" + CLOSED
    client.assert_closed()


def test_a_request_split_across_segments(connect) -> None:
    client = connect()
    for piece in (b"Acc", b"ount=de", b"mo\r", b"\nPassword=demo\r\n"):
        client.send(piece)
    assert client.read_line() == b"+OK 01"
    assert client.read_line().startswith(b"+OK 01 1000 ")


# ---- idle timeout, latency -----------------------------------------------------------------


def test_idle_timeout_shuts_the_connection_down(simulator, connect) -> None:
    sim = simulator(idle_timeout=0.3)
    client = connect(sim)
    client.login()
    client.send(b"SmsQuery=Bal")  # a partial line is no activity
    started = time.monotonic()
    assert client.read_line() == b"-ERR 102 [Shut Down by Server]"
    assert time.monotonic() - started < 3
    client.assert_closed()
    assert not sim.has_session("demo")


def test_latency_delays_each_reply(simulator) -> None:
    sim = simulator(latency_ms=150)
    client = RawClient((sim.host, sim.port))
    try:
        client.read_line()
        started = time.monotonic()
        assert client.ask(b"Account=demo") == b"+OK 01"
        assert client.ask(b"Password=demo").startswith(b"+OK 01 1000 ")
        assert time.monotonic() - started >= 0.3
    finally:
        client.close()


# ---- drop-after ----------------------------------------------------------------------------


@pytest.mark.parametrize("interface", ["ascii", "packet"])
def test_drop_after_resets_the_connection_without_charging(
    simulator, connect, tmp_path, interface
) -> None:
    record = tmp_path / "sent.jsonl"
    sim = simulator(drop_after=1, record=record)
    client = connect(sim)
    if interface == "ascii":
        client.login()
        client.set_fields(**MESSAGE)
        client.converse([(b"SendSMS=OKSEND", sent(999, "+393331234567"))])
        client.set_fields(PhoneNumber=b"7654321")
        client.send(b"SendSMS=OKSEND\r\n")
    else:
        client.send(login_packet(b"demo", b"demo"))
        client.read_line()
        client.converse([(data_packet(**MESSAGE), sent(999, "+393331234567"))])
        client.send(data_packet(**MESSAGE))
    client.assert_reset()
    assert sim.account("demo").credit == 999
    assert len(record.read_text().splitlines()) == 1
    assert not sim.has_session("demo")
    # Each connection gets its own count.
    again = connect(sim)
    again.login()
    again.set_fields(**MESSAGE)
    again.converse([(b"SendSMS=OKSEND", sent(998, "+393331234567"))])


def test_drop_after_zero_resets_the_first_send(simulator, connect) -> None:
    sim = simulator(drop_after=0)
    client = connect(sim)
    client.send(b"\x01demo\x02demo\x03" + data_packet(**MESSAGE)[1:])
    client.assert_reset()
    assert sim.account("demo").credit == 1000


# ---- the record file -----------------------------------------------------------------------


def test_record_has_one_json_line_per_accepted_sms(simulator, connect, tmp_path) -> None:
    record = tmp_path / "sent.jsonl"
    sim = simulator([Account("shop", "pw")], record=record)
    client = connect(sim)
    client.login(b"shop", b"pw")
    client.set_fields(
        **{**MESSAGE, "TextMessage": "Ciao €".encode()}, SmsType=b"UTF", Delivery=b"1"
    )
    client.converse([(b"SendSMS=OKSEND", sent(999, "+393331234567"))])
    assert client.ask(b"SendSMS=OKSEND") == b"-ERR 94 [Phone Number Not Valid]"  # not recorded
    lines = record.read_text(encoding="utf-8").splitlines()  # written before the reply
    assert len(lines) == 1
    packet = data_packet(PhoneNumber=b"7654321", SmsType=b"UTF", Gateway=b"R1")
    client.converse([(packet, sent(998, "+393337654321"))])
    first, second = (json.loads(line) for line in record.read_text(encoding="utf-8").splitlines())
    assert set(first) == {"time", "interface", "account", "fields"}
    assert (first["interface"], first["account"]) == ("ascii", "shop")
    assert list(first["fields"]) == list(FIELD_NAMES)
    assert first["fields"]["TextMessage"] == "Ciao €"
    assert first["fields"]["SmsType"] == "UTF" and first["fields"]["Delivery"] == "1"
    assert second["interface"] == "packet"
    assert second["fields"] == {
        **dict.fromkeys(FIELD_NAMES, ""),
        "Sender": "Shop",
        "CountryCode": "+39",
        "GsmCode": "333",
        "PhoneNumber": "7654321",
        "TextMessage": "Ciao €",  # elided: the first message's text
        "SmsType": "UTF",
        "Gateway": "R1",
    }
    assert first["time"][:4].isdigit() and "T" in first["time"]


# ---- refusal, robustness, stopping ---------------------------------------------------------


def test_refuse_connections(simulator, connect) -> None:
    client = connect(simulator(refuse_connections=True), greet=False)
    assert client.read_line() == b"-ERR 79 [Permission Denied!]" + CLOSED
    client.assert_closed()


def test_clients_vanishing_and_random_bytes_do_not_hurt_the_server(sim, connect) -> None:
    vanishing = connect()
    vanishing.login()
    vanishing.send(b"TextMessage=half a li")
    vanishing.close()
    for seed in range(5):
        noisy = connect()
        noisy.send(os.urandom(3000 + seed))
        noisy.close()
    reset = connect()
    reset.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    reset.send(b"Account=demo\r\n")
    reset.close()
    client = connect()
    assert client.ask(b"Foo") == BAD
    assert client.ask(b"\xff" * 10) == BAD


def test_stop_ends_open_connections(simulator) -> None:
    sim = simulator()
    client = RawClient((sim.host, sim.port))
    try:
        client.read_line()
        client.login()
        sim.stop()
        with pytest.raises((ConnectionResetError, EOFError)):
            client.read_line()
    finally:
        client.close()
    sim.stop()  # stopping twice is harmless


def test_port_in_use_fails_at_start(sim) -> None:
    from smsgate_desktop.simulator import SimulatorThread

    with pytest.raises(RuntimeError, match="could not start"):
        SimulatorThread(port=sim.port).start()
