"""The broadcast panel against the in-process simulator: forecast, send, pause and resume,
cancel, resend, and a broadcast left running by a crash. No sleeps: waitSignal / waitUntil."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from gui_helpers import SIGNAL_TIMEOUT, Recorder
from PySide6.QtWidgets import QMessageBox

from smsgate_desktop.broadcast import BroadcastEngine, plan
from smsgate_desktop.gui.active_account import ActiveAccount
from smsgate_desktop.gui.broadcast_panel import BroadcastPanel
from smsgate_desktop.gui.worker import SessionWorker, WorkerHandle
from smsgate_desktop.profiles import Profile
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.session import Endpoint, SessionConfig
from smsgate_desktop.store import contacts, journal, open_store

LONG_TIMEOUT = 60_000


def numbers(count: int, start: int = 0) -> str:
    return "\n".join(f"+39 333 {1000000 + i}" for i in range(start, start + count))


def e164(index: int) -> str:
    return f"+39333{1000000 + index}"


@pytest.fixture
def answer(monkeypatch):
    """Every confirmation is answered Yes (set `answer.yes = False` for No); the questions
    asked are kept in `answer.asked`."""

    class Answer:
        def __init__(self) -> None:
            self.yes = True
            self.asked: list[str] = []

        def __call__(self, parent, title, text, *args, **kwargs):
            self.asked.append(title)
            return QMessageBox.StandardButton.Yes if self.yes else QMessageBox.StandardButton.No

    fake = Answer()
    monkeypatch.setattr(QMessageBox, "question", fake)
    monkeypatch.setattr(QMessageBox, "warning", fake)
    return fake


@pytest.fixture
def rig(qtbot, simulator, tmp_path, answer):
    """rig(**simulator options) -> (panel, sim, handle): a worker on the simulator's "acme"
    account and a panel on a store in tmp_path; the worker is joined afterwards."""
    made: list[tuple[BroadcastPanel, WorkerHandle]] = []

    def make(**options):
        sim = simulator(record=tmp_path / "record.jsonl", **options)
        config = SessionConfig(
            "acme", "s3cret-pw", primary=Endpoint(sim.host, sim.port), backup=None
        )
        handle = WorkerHandle(SessionWorker(config, store=tmp_path / "store.sqlite3"))
        panel = BroadcastPanel(tmp_path / "store.sqlite3")
        panel.set_account(ActiveAccount(Profile("Acme", "acme", f"{sim.host}:{sim.port}"), handle))
        qtbot.addWidget(panel)
        made.append((panel, handle))
        return panel, sim, handle

    yield make
    for panel, handle in made:
        assert handle.close()
        panel.shutdown()


def fill(panel: BroadcastPanel, recipients: str, text: str = "Hello", sender: str = "ACME"):
    panel.numbers_edit.setPlainText(recipients)
    panel.sender_edit.setText(sender)
    panel.text_edit.setPlainText(text)


def send_and_wait(qtbot, panel: BroadcastPanel) -> tuple[int, dict, str]:
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        assert panel.send() is not None, panel.notice.text()
    return tuple(blocker.args)


def recorded_recipients(path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    fields = [json.loads(line)["fields"] for line in lines]
    return [f["CountryCode"] + f["GsmCode"] + f["PhoneNumber"] for f in fields]


def test_a_200_recipient_broadcast_completes_on_the_workers_one_session(
    qtbot, rig, answer, tmp_path
):
    panel, sim, _ = rig()
    fill(panel, numbers(200))
    with qtbot.waitSignal(panel.forecast_changed, timeout=SIGNAL_TIMEOUT):
        panel.show_forecast()
    qtbot.waitUntil(lambda: panel.forecast.balance == 1000, timeout=SIGNAL_TIMEOUT)

    broadcast_id, report, why = send_and_wait(qtbot, panel)

    assert why == ""
    assert report["state"] == "done"
    assert report["counts"]["sent"] == 200
    assert sum(report["counts"].values()) == 200
    assert answer.asked == ["Send broadcast"]
    assert len(sim.sent) == 200
    assert sorted(recorded_recipients(tmp_path / "record.jsonl")) == sorted(
        e164(i) for i in range(200)
    )
    assert panel.progress_bar.value() == 200
    # Finished: the counts stay, the rate and the time left (stale now) and the bar go.
    assert panel.progress_label.text() == "sent 200"
    assert not panel.progress_bar.isVisible()
    assert panel.report_model.counts() == {"sent": 200}
    qtbot.waitUntil(lambda: not panel.history.history_pending)  # read off the GUI thread
    row = panel.history_model.row_of(broadcast_id)
    assert panel.history_model.broadcast_at(row).state == "done"
    assert panel.history_model.counts_at(row)["sent"] == 200
    # one connection, one login: the forecast's balance query and the broadcast shared the
    # worker's session, and the balance asked after the broadcast too
    qtbot.waitUntil(lambda: panel._balance == 800, timeout=SIGNAL_TIMEOUT)
    assert sim.gateway._connections == 1
    assert sim.has_session("acme")


def test_pause_then_resume_finishes_without_duplicates(qtbot, rig, tmp_path):
    panel, sim, _ = rig(latency_ms=5)
    fill(panel, numbers(200))
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as paused:
        broadcast_id = panel.send()
        qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=SIGNAL_TIMEOUT)
        panel.pause()
    _, report, why = paused.args
    assert report["state"] == "paused"
    assert why.startswith("Paused")
    assert 0 < report["counts"]["sent"] < 200
    assert report["counts"]["pending"] == 200 - report["counts"]["sent"]
    assert panel.resume_button.isEnabled()

    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as finished:
        assert panel.resume()
    resumed_id, report, why = finished.args
    assert resumed_id == broadcast_id
    assert report["state"] == "done"
    assert report["counts"]["sent"] == 200
    recipients = recorded_recipients(tmp_path / "record.jsonl")
    assert len(recipients) == 200
    assert Counter(recipients).most_common(1)[0][1] == 1  # nobody got it twice
    assert len(sim.sent) == 200


def test_cancel_leaves_pending_rows_cancelled(qtbot, rig):
    panel, sim, _ = rig(latency_ms=5)
    fill(panel, numbers(200))
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        broadcast_id = panel.send()
        qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=SIGNAL_TIMEOUT)
        panel.cancel()
    _, report, why = blocker.args
    counts = report["counts"]
    assert report["state"] == "cancelled"
    assert why.startswith("Cancelled")
    assert 0 < counts["sent"] < 200
    assert counts["pending"] == 0
    assert counts["failed"] == 200 - counts["sent"]
    assert counts["sent"] == len(sim.sent)
    rows = journal.rows(panel.conn, broadcast_id, [journal.FAILED])
    assert {row.error for row in rows} == {"Cancelled before sending."}
    assert not panel.resume_button.isEnabled()


def test_forecast_excludes_opt_outs_and_merges_duplicates(qtbot, rig):
    panel, _, _ = rig()
    for index in range(3):
        contacts.add_to_group(panel.conn, "club", e164(index))
    contacts.add_to_group(panel.conn, "other", e164(9))
    contacts.add_opt_out(panel.conn, e164(2))
    panel.reload_groups()
    panel.set_group_checked("club")
    # a member pasted again (another spelling) and a new number
    fill(panel, "+39 333 1000000\n+393331000003", text="x" * 200)
    panel.throttle_spin.setValue(2)

    forecast = panel.show_forecast()

    assert forecast is not None
    assert (forecast.recipients, forecast.duplicates, forecast.opted_out) == (3, 1, 1)
    assert forecast.credits == 3
    assert forecast.parts == 2  # 200 GSM characters: two parts
    assert forecast.seconds == pytest.approx(1.5, abs=0.5)  # 3 at 2/s, the round trip aside
    qtbot.waitUntil(lambda: panel.forecast.balance == 1000, timeout=SIGNAL_TIMEOUT)
    assert "Credits needed: 3 (balance 1000)" in panel.forecast_label.text()


def test_resend_failed_creates_a_new_broadcast_of_the_failed_rows(qtbot, rig, answer):
    locked = [e164(3), e164(7)]
    panel, sim, _ = rig(locked_recipients=locked)
    fill(panel, numbers(10))
    first_id, report, _ = send_and_wait(qtbot, panel)
    assert report["counts"]["failed"] == 2

    panel.select_broadcast(first_id)
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        second_id = panel.resend_failed()
    assert second_id is not None and second_id != first_id
    assert blocker.args[0] == second_id
    rows = journal.rows(panel.conn, second_id)
    assert [row.recipient for row in rows] == locked
    assert journal.get_broadcast(panel.conn, second_id).options["resend_of"] == first_id
    assert "Resend failed" in answer.asked
    assert len(sim.sent) == 8  # the locked numbers are still refused, nothing else was sent


def test_nothing_is_sent_when_the_confirmation_is_declined(qtbot, rig, answer):
    panel, sim, _ = rig()
    fill(panel, numbers(5))
    answer.yes = False
    assert panel.send() is None
    assert journal.list_broadcasts(panel.conn) == []
    assert sim.sent == []


def test_a_broadcast_left_running_by_a_crash_is_shown_and_resumed(qtbot, rig, tmp_path, answer):
    store = tmp_path / "store.sqlite3"
    conn = open_store(store)
    base = SmsMessage(Sender="ACME", CountryCode="+39", GsmCode="333", TextMessage="Hi")
    messages = [base.with_values(PhoneNumber=f"{1000000 + i}") for i in range(5)]
    broadcast_id = BroadcastEngine(conn).create(plan(messages))
    journal.set_broadcast_state(conn, broadcast_id, "running")
    journal.mark_sending(conn, broadcast_id, [1])  # the crash came while the first was out
    conn.close()

    panel, sim, _ = rig()

    assert panel.selected_id == broadcast_id
    assert "unknown outcome" in panel.notice.text()
    assert [row.recipient for row in panel.report_model.rows()] == [e164(0)]
    assert panel.resume_button.isEnabled()
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        assert panel.resume()
    _, report, _ = blocker.args
    assert report["counts"] == {"pending": 0, "sending": 0, "sent": 4, "failed": 0, "unknown": 1}
    assert e164(0) not in recorded_recipients(tmp_path / "record.jsonl")  # never repeated

    answer.yes = False  # "Resend unknown…" asks first
    assert panel.resend_unknown() == 0
    answer.yes = True
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        assert panel.resend_unknown() == 1
    assert blocker.args[1]["counts"]["sent"] == 5
    assert len(sim.sent) == 5


def test_the_report_exports_to_csv(qtbot, rig, tmp_path):
    panel, _, _ = rig(locked_recipients=[e164(1)])
    fill(panel, numbers(3))
    send_and_wait(qtbot, panel)
    path = tmp_path / "report.csv"
    panel.export_csv(path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["Number"].replace(" ", ""), row["State"]) for row in rows] == [
        (e164(0), "sent"),
        (e164(1), "failed"),
        (e164(2), "sent"),
    ]
    assert rows[1]["Code"] == "86"


def test_a_throttled_broadcast_pauses_during_its_wait(qtbot, rig):
    panel, sim, _ = rig()
    panel.throttle_spin.setValue(20)  # 50 ms between two messages
    fill(panel, numbers(100))
    with qtbot.waitSignal(panel.broadcast_finished, timeout=LONG_TIMEOUT) as blocker:
        panel.send()
        qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=SIGNAL_TIMEOUT)
        panel.pause()
    report = blocker.args[1]
    assert report["state"] == "paused"
    assert 0 < report["counts"]["sent"] == len(sim.sent) < 100


def test_the_worker_reports_an_unknown_broadcast_as_a_sentence(qtbot, rig, tmp_path):
    panel, _, handle = rig()
    with qtbot.waitSignal(panel.broadcast_finished, timeout=SIGNAL_TIMEOUT) as blocker:
        panel.running_id = 99
        panel._attach()
        handle.broadcast_requested.emit(99, str(tmp_path / "store.sqlite3"))
    broadcast_id, report, why = blocker.args
    assert broadcast_id == 99
    assert why == "The broadcast stopped: there is no broadcast 99."
    assert report["error"] == why


def test_without_an_account_the_forecast_works_and_send_says_why(qtbot, tmp_path, answer):
    panel = BroadcastPanel(tmp_path / "store.sqlite3")
    qtbot.addWidget(panel)
    try:
        fill(panel, numbers(4))
        forecast = panel.show_forecast()
        assert (forecast.recipients, forecast.balance, forecast.seconds) == (4, None, None)
        assert "Credits needed: 4 (balance unknown)" in panel.forecast_label.text()
        assert "Estimated duration: unknown" in panel.forecast_label.text()
        assert panel.send() is None
        assert "No account is connected" in panel.notice.text()
        assert answer.asked == []
    finally:
        panel.shutdown()


def test_a_template_is_rendered_for_each_contact(qtbot, rig):
    panel, sim, _ = rig()
    contacts.add_contact(panel.conn, e164(0), "Mario", {"City": "Roma"})
    contacts.add_contact(panel.conn, e164(1), "Anna", {"City": "Pisa"})
    for index in (0, 1):
        contacts.add_to_group(panel.conn, "club", e164(index))
    panel.reload_groups()
    panel.set_group_checked("club")
    fill(panel, "", text="Ciao {name}, a {city} {{presto}}")

    broadcast_id, report, _ = send_and_wait(qtbot, panel)

    assert report["counts"]["sent"] == 2
    assert [sms.fields["TextMessage"] for sms in sim.sent] == [
        "Ciao Mario, a Roma {presto}",
        "Ciao Anna, a Pisa {presto}",
    ]
    options = journal.get_broadcast(panel.conn, broadcast_id).options
    assert options["template"] == "Ciao {name}, a {city} {{presto}}"


def test_a_template_field_missing_for_a_recipient_stops_the_broadcast_before_it_starts(qtbot, rig):
    panel, sim, _ = rig()
    contacts.add_contact(panel.conn, e164(0), "Mario")
    fill(panel, numbers(2), text="Ciao {name}")
    assert panel.show_forecast() is None
    assert "1 recipient lacks a field of the template" in panel.forecast_label.text()
    fill(panel, numbers(2), text="Ciao {name")
    assert panel.send() is None
    assert "The template is not valid: position 6" in panel.notice.text()
    assert journal.list_broadcasts(panel.conn) == []
    assert sim.sent == []


def test_closing_the_worker_mid_broadcast_leaves_it_paused_and_resumable(qtbot, rig):
    panel, sim, handle = rig(latency_ms=5)
    fill(panel, numbers(200))
    broadcast_id = panel.send()
    qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=SIGNAL_TIMEOUT)

    assert handle.close()  # what the window does on quit

    broadcast = journal.get_broadcast(panel.conn, broadcast_id)
    counts = journal.counts(panel.conn, broadcast_id)
    assert broadcast.state == "paused"
    assert counts["sent"] == len(sim.sent)
    assert counts["pending"] == 200 - len(sim.sent) > 0
    assert counts["failed"] == counts["unknown"] == counts["sending"] == 0


def test_history_lists_single_sends_and_broadcasts_and_searches_them(qtbot, rig):
    panel, _, handle = rig()
    finished = Recorder(handle.worker.batch_finished)
    singles = [SmsMessage("ACME", "+39", "333", "7000001", "Single hello")]
    handle.send_requested.emit(1, singles)
    assert finished.wait(qtbot)[1:3] == (1, 1)
    fill(panel, numbers(3), text="Broadcast hello")
    broadcast_id, report, _ = send_and_wait(qtbot, panel)
    assert report["state"] == "done"

    def shown() -> list[tuple[int, str]]:
        model = panel.history_model
        return [
            (model.data(model.index(r, 0)), model.data(model.index(r, 1)))
            for r in range(model.rowCount())
        ]

    with qtbot.waitSignal(panel.history.history_loaded, timeout=SIGNAL_TIMEOUT):
        panel.reload_history()
    assert shown() == [(broadcast_id, "Broadcast"), (broadcast_id - 1, "Single send")]
    conn = open_store(panel.db_path)
    assert {b.account for b in journal.list_broadcasts(conn)} == {"acme"}
    conn.close()
    for query, expected in [
        ("333 7000001", [broadcast_id - 1]),
        ("broadcast HELLO", [broadcast_id]),
        ("nothing like it", []),
        ("", [broadcast_id, broadcast_id - 1]),
    ]:
        panel.history_search.setText(query)
        qtbot.waitUntil(lambda e=expected: [i for i, _ in shown()] == e, timeout=SIGNAL_TIMEOUT)


def test_the_report_and_the_credit_follow_a_running_broadcast(qtbot, rig):
    """The running broadcast's rows change state in the report while it sends, in place, and
    the credit the gateway reports reaches the window as it goes."""
    panel, _, handle = rig(latency_ms=5)
    updates = Recorder(handle.worker.updated)
    fill(panel, numbers(60))
    panel.throttle_spin.setValue(40)
    broadcast_id = panel.send()
    assert broadcast_id is not None, panel.notice.text()
    resets = []
    panel.report_model.modelReset.connect(lambda: resets.append(1))

    def states() -> Counter:
        return Counter(row.state for row in panel.report_model.rows())

    qtbot.waitUntil(
        lambda: states()["sent"] >= 10 and states()["pending"] > 0, timeout=LONG_TIMEOUT
    )
    assert resets == []  # updated in place, not re-read
    assert panel.report_model.rowCount() == 60
    model = panel.history_model  # read off the GUI thread: the row may come later

    def row() -> int:
        found = model.row_of(broadcast_id)
        return -1 if found is None else found

    qtbot.waitUntil(
        lambda: (
            row() >= 0
            and model.counts_at(row())["sent"] > 0
            and model.broadcast_at(row()).state == "running"
        ),
        timeout=LONG_TIMEOUT,
    )
    qtbot.waitUntil(lambda: panel.running_id is None, timeout=LONG_TIMEOUT)
    assert states() == {"sent": 60}
    credits = [u.credit for (u,) in updates.calls if u.credit is not None]
    assert len(credits) >= 2 and credits[-1] == 1000 - 60


def test_cancel_and_resend_unknown_change_nothing_while_another_process_holds_it(
    qtbot, rig, tmp_path, answer
):
    """Another window or `smsgate broadcast --resume` holds the broadcast's run lock: the
    panel's Cancel and Resend unknown… say so in one sentence and change no row."""
    from smsgate_desktop.broadcast.run_lock import RunLock

    store = tmp_path / "store.sqlite3"
    conn = open_store(store)
    base = SmsMessage(Sender="ACME", CountryCode="+39", GsmCode="333", TextMessage="Hi")
    messages = [base.with_values(PhoneNumber=f"{1000000 + i}") for i in range(4)]
    broadcast_id = BroadcastEngine(conn).create(plan(messages), account="acme")
    journal.mark_sending(conn, broadcast_id, [1])
    journal.recover_interrupted(conn, broadcast_id)  # row 1 unknown, the rest pending
    journal.set_broadcast_state(conn, broadcast_id, "paused")
    before = journal.counts(conn, broadcast_id)
    conn.close()
    panel, sim, _ = rig()
    panel.select_broadcast(broadcast_id)
    busy = (
        f"Broadcast {broadcast_id} is being sent by another SMSGate window or command: "
        "nothing was changed here."
    )
    lock = RunLock(store, broadcast_id)
    lock.acquire()
    try:
        panel.cancel()
        assert panel.notice.text() == busy
        assert panel.resend_unknown() == 0
        assert panel.notice.text() == busy
        assert journal.counts(panel.conn, broadcast_id) == before
        assert panel.running_id is None
    finally:
        lock.release()
    assert sim.sent == []


def test_the_broadcast_text_offers_to_replace_line_breaks(qtbot, rig):
    panel, _, _ = rig()
    fill(panel, numbers(2), "Dear customer,\r\nsee you {name}")
    assert panel.fix_text_button.isVisibleTo(panel)
    assert panel.fix_text_button.text() == "Replace line breaks with spaces"
    assert panel.show_forecast() is None
    assert "line break at position 15" in panel.forecast_label.text()
    panel.fix_text_button.click()
    assert panel.text_edit.toPlainText() == "Dear customer, see you {name}"
    assert not panel.fix_text_button.isVisibleTo(panel)
