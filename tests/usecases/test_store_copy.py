"""usecases.store_copy against a real PostgreSQL server (`pg_url`): a desktop's SQLite store,
filled through the store's own API, copied into the office database; copying again adds
nothing; what the office already holds is merged, never overwritten; a broadcast cut off
while sending stops the copy before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smsgate_desktop.phrasebook import every_template
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store import BroadcastState, Kind, RowState, contacts, journal, open_store
from smsgate_desktop.usecases import store_copy
from smsgate_desktop.usecases.store_copy import CopyReport, StoreCopyError, copy_store

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="Hello")
JOURNAL = (
    "SELECT seq, recipient, fields, state, credit, code, error, updated, error_phrase,"
    " written, boot FROM journal WHERE broadcast_id = ? ORDER BY seq"
)


def messages(*numbers: str, text: str = "Hello") -> list[SmsMessage]:
    return [BASE.with_values(PhoneNumber=n, TextMessage=text) for n in numbers]


def fill(path: Path) -> None:
    """A desktop's store: 3 contacts (fields, groups), an empty group, 2 opt-outs, a finished
    broadcast with every kind of result, a single send, and a paused broadcast."""
    conn = open_store(path)
    try:
        contacts.add_contact(conn, "+391", "Anna", {"city": "Roma", "vip": "yes"})
        contacts.add_contact(conn, "+392", "Bruno", {})
        contacts.add_contact(conn, "+393", "", {"city": "Milano"})
        contacts.add_to_group(conn, "Clients", "+391")
        contacts.add_to_group(conn, "Clients", "+392")
        contacts.add_to_group(conn, "Staff", "+391")
        contacts.add_group(conn, "Empty")
        contacts.add_opt_out(conn, "+399")
        contacts.add_opt_out(conn, "+398")
        done = journal.insert_broadcast(
            conn, messages("1001", "1002", "1003"), {"throttle": 5}, account="acme"
        )
        journal.mark_sending(conn, done, [1, 2, 3])
        journal.mark_sent(conn, done, 1, 4999)
        journal.mark_failed(conn, done, 2, 87, journal.CANCELLED())
        journal.mark_unknown(conn, done, 3, journal.INTERRUPTED())
        journal.set_broadcast_state(conn, done, BroadcastState.DONE)
        single = journal.insert_broadcast(
            conn, messages("2001", text="Hi"), kind=Kind.SINGLE, account="acme"
        )
        journal.mark_sending(conn, single, [1])
        journal.mark_sent(conn, single, 1, 4998)
        journal.set_broadcast_state(conn, single, BroadcastState.DONE)
        paused = journal.insert_broadcast(conn, messages("3001", "3002", text="Later"))
        journal.mark_sending(conn, paused, [1])
        journal.mark_sent(conn, paused, 1, None)
        journal.set_broadcast_state(conn, paused, BroadcastState.PAUSED)
    finally:
        conn.close()


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "desktop.sqlite3"
    fill(path)
    return path


def table(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    conn = open_store(url)
    try:
        return [tuple(row) for row in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def snapshot(location: str | Path) -> dict[str, object]:
    """Everything the copy carries, by natural keys (ids differ between the stores)."""
    conn = open_store(location)
    try:
        broadcasts = []
        for row in conn.execute(
            "SELECT id, created, sender, text, sms_type, options, state, kind, account"
            " FROM broadcasts ORDER BY created, text"
        ).fetchall():
            rows = [tuple(r) for r in conn.execute(JOURNAL, (row[0],)).fetchall()]
            broadcasts.append((tuple(row[1:]), rows))
        return {
            "contacts": [
                (c.e164, c.name, c.extra, c.groups) for c in contacts.all_contacts_with_groups(conn)
            ],
            "groups": contacts.list_groups(conn),
            "opt_out": sorted(tuple(r) for r in conn.execute("SELECT e164, added FROM opt_out")),
            "broadcasts": broadcasts,
        }
    finally:
        conn.close()


def test_copy_carries_everything_and_a_second_copy_adds_nothing(source, pg_url) -> None:
    first = copy_store(source, pg_url)
    assert (first.contacts, first.contacts_there, first.groups, first.opt_outs) == (3, 0, 3, 2)
    assert (first.broadcasts, first.messages, first.broadcasts_there) == (3, 6, 0)
    assert snapshot(pg_url) == snapshot(source)  # every column, every row, groups included
    assert first.summary() == (
        "Copied 3 contacts (0 already there), 3 groups, 2 opt-outs, 3 broadcasts with 6 "
        "messages (0 already there)."
    )
    copied = snapshot(pg_url)

    second = copy_store(source, pg_url)
    assert second == CopyReport(
        contacts_there=3, groups_there=3, opt_outs_there=2, broadcasts_there=3
    )
    assert snapshot(pg_url) == copied


def test_the_office_renumbers_broadcasts_and_the_rows_keep_their_seq(source, pg_url) -> None:
    conn = open_store(pg_url)
    try:  # the office has broadcasts of its own: the copies get the next ids
        journal.insert_broadcast(conn, messages("9001"), account="other")
        journal.insert_broadcast(conn, messages("9002"), account="other")
    finally:
        conn.close()
    copy_store(source, pg_url)
    ids = [row[0] for row in table(pg_url, "SELECT id FROM broadcasts ORDER BY id")]
    assert ids == [1, 2, 3, 4, 5]
    assert table(pg_url, "SELECT seq, recipient FROM journal WHERE broadcast_id = 3") == [
        (1, "+393331001"),
        (2, "+393331002"),
        (3, "+393331003"),
    ]


def test_a_broadcast_with_messages_to_send_is_named(source, pg_url) -> None:
    report = copy_store(source, pg_url)
    paused = table(pg_url, "SELECT id FROM broadcasts WHERE text = 'Later'")[0][0]
    assert report.unfinished == [paused]
    warning = report.warning()
    assert warning is not None and warning.code == "StoreCopy.unfinished"
    assert f"Broadcasts {paused} of the office database" in warning
    assert copy_store(source, pg_url).warning() is None  # nothing copied the second time


def test_the_office_values_win_and_what_it_lacks_is_filled_in(source, pg_url) -> None:
    conn = open_store(pg_url)
    try:
        contacts.add_contact(conn, "+391", "Anna Office", {"city": "Torino"})
        contacts.add_contact(conn, "+393", "", {})
        contacts.add_contact(conn, "+394", "Only Office", {})
        contacts.add_to_group(conn, "clients", "+394")  # "Clients" here, another case there
        conn.execute("INSERT INTO opt_out (e164, added) VALUES ('+399', '2020-01-01 00:00:00')")
    finally:
        conn.close()

    report = copy_store(source, pg_url)

    assert (report.contacts, report.contacts_there) == (1, 2)
    assert (report.groups, report.groups_there) == (2, 1)
    assert (report.opt_outs, report.opt_outs_there) == (1, 1)
    found = {
        e164: (name, extra, groups) for e164, name, extra, groups in snapshot(pg_url)["contacts"]
    }
    assert found == {
        # the office's name and city kept; the field it lacked added; both groups joined
        "+391": ("Anna Office", {"city": "Torino", "vip": "yes"}, ["Staff", "clients"]),
        "+392": ("Bruno", {}, ["clients"]),
        "+393": ("", {"city": "Milano"}, []),  # an empty name stays empty: none to fill
        "+394": ("Only Office", {}, ["clients"]),
    }
    assert table(pg_url, "SELECT name FROM groups ORDER BY name") == [
        ("Empty",),
        ("Staff",),
        ("clients",),
    ]
    opt_outs = dict(table(pg_url, "SELECT e164, added FROM opt_out"))
    assert opt_outs["+399"] == "2020-01-01 00:00:00"  # the office's date kept
    assert set(opt_outs) == {"+398", "+399"}


def test_a_name_the_office_lacks_is_taken(tmp_path, pg_url) -> None:
    path = tmp_path / "desktop.sqlite3"
    conn = open_store(path)
    contacts.add_contact(conn, "+391", "Anna", {"note": ""})
    conn.close()
    conn = open_store(pg_url)
    contacts.add_contact(conn, "+391", "", {"city": "Roma"})
    conn.close()
    copy_store(path, pg_url)
    assert table(pg_url, "SELECT name, extra FROM contacts") == [("Anna", '{"city": "Roma"}')]


def test_identical_broadcasts_are_each_copied_once(tmp_path, pg_url) -> None:
    """Two sends of the same text to the same number in the same second are two sends."""
    path = tmp_path / "desktop.sqlite3"
    conn = open_store(path)
    try:
        for _ in range(2):
            journal.insert_broadcast(conn, messages("1001"), kind=Kind.SINGLE)
        conn.execute("UPDATE broadcasts SET created = '2025-06-01T12:00:00+02:00'")
        # same header, other recipients: another broadcast
        other = journal.insert_broadcast(conn, messages("1002"), kind=Kind.SINGLE)
        conn.execute(
            "UPDATE broadcasts SET created = '2025-06-01T12:00:00+02:00' WHERE id = ?", (other,)
        )
    finally:
        conn.close()
    assert copy_store(path, pg_url).broadcasts == 3
    again = copy_store(path, pg_url)
    assert (again.broadcasts, again.broadcasts_there) == (0, 3)
    assert len(table(pg_url, "SELECT id FROM broadcasts")) == 3


def test_pages_and_batches_cover_every_row(tmp_path, pg_url, monkeypatch) -> None:
    """Small pages and batches, so that every boundary is crossed: nothing lost, nothing
    twice (the real sizes only make fewer round trips)."""
    monkeypatch.setattr(store_copy, "CHUNK", 4)
    monkeypatch.setattr(store_copy, "BATCH", 3)
    path = tmp_path / "desktop.sqlite3"
    conn = open_store(path)
    try:
        for n in range(23):
            contacts.add_to_group(conn, f"G{n % 5}", f"+39{n:03}", f"N{n}")
            contacts.add_opt_out(conn, f"+38{n:03}")
        journal.insert_broadcast(conn, messages(*(f"{n:04}" for n in range(11))))
    finally:
        conn.close()
    seen: list[tuple[str, int]] = []
    report = copy_store(path, pg_url, lambda table, done: seen.append((table, done)))
    assert (report.contacts, report.groups, report.opt_outs, report.messages) == (23, 5, 23, 11)
    assert snapshot(pg_url) == snapshot(path)
    assert seen[-1] == (store_copy.BROADCASTS, 1)
    assert (store_copy.CONTACTS, 23) in seen and (store_copy.OPT_OUTS, 23) in seen
    assert copy_store(path, pg_url) == CopyReport(
        contacts_there=23, groups_there=5, opt_outs_there=23, broadcasts_there=1
    )


@pytest.mark.parametrize("cut_off", ["sending", "running"])
def test_a_broadcast_cut_off_while_sending_stops_the_copy(source, pg_url, cut_off) -> None:
    conn = open_store(source)
    try:
        broadcast = journal.insert_broadcast(conn, messages("4001", "4002"))
        if cut_off == "sending":
            journal.mark_ahead(conn, broadcast, [1])
        else:
            journal.set_broadcast_state(conn, broadcast, BroadcastState.RUNNING)
    finally:
        conn.close()
    with pytest.raises(StoreCopyError) as refused:
        copy_store(source, pg_url)
    assert refused.value.phrase is not None
    assert refused.value.phrase.code == "StoreCopy.unsettled"
    assert str(refused.value).startswith(f"Broadcast {broadcast} in {source} was cut off")
    for name in ("contacts", "groups", "opt_out", "broadcasts"):
        assert table(pg_url, f"SELECT COUNT(*) FROM {name}") == [(0,)]
    conn = open_store(source)
    try:  # the source was only read
        assert journal.counts(conn, broadcast)[RowState.PENDING] == 2
    finally:
        conn.close()


def test_nothing_to_copy_from_or_into(tmp_path, pg_url) -> None:
    missing = tmp_path / "none.sqlite3"
    with pytest.raises(StoreCopyError) as no_source:
        copy_store(missing, pg_url)
    assert no_source.value.phrase.code == "StoreCopy.no-source"
    assert not missing.exists()  # not made empty by opening it
    path = tmp_path / "desktop.sqlite3"
    open_store(path).close()
    with pytest.raises(StoreCopyError) as not_office:
        copy_store(path, str(tmp_path / "other.sqlite3"))
    assert not_office.value.phrase.code == "StoreCopy.not-office"
    with pytest.raises(StoreCopyError) as from_office:
        copy_store("postgresql://u:secret@h/db", pg_url)
    assert from_office.value.phrase.code == "StoreCopy.source-is-office"
    assert "secret" not in str(from_office.value)


def test_an_empty_store_copies_nothing(tmp_path, pg_url) -> None:
    path = tmp_path / "desktop.sqlite3"
    open_store(path).close()
    assert copy_store(path, pg_url) == CopyReport()


def test_the_phrasebook_finds_the_copy_templates() -> None:
    codes = {template.code for template in every_template()}
    assert {
        "StoreCopy.no-source",
        "StoreCopy.not-office",
        "StoreCopy.source-is-office",
        "StoreCopy.unsettled",
        "StoreCopy.summary",
        "StoreCopy.unfinished",
    } <= codes


def test_counts_have_thousands_separators() -> None:
    report = CopyReport(contacts=1234, contacts_there=56, messages=9876, broadcasts=7)
    assert report.summary() == (
        "Copied 1,234 contacts (56 already there), 0 groups, 0 opt-outs, 7 broadcasts with "
        "9,876 messages (0 already there)."
    )
    assert json.loads(json.dumps(report.summary().to_record()))["code"] == "StoreCopy.summary"
