"""A broadcast's report as a file (usecases.report_export): the columns and their values,
English for a script, written by contacts.export's writer."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from reportkit import REFUSED, SENT_AT, SHOWN, TEXTS, UNKNOWN, finished_broadcast

from smsgate_desktop.store import journal, open_store
from smsgate_desktop.usecases.report_export import (
    REPORT_HEADER,
    contact_names,
    export_report,
    report_records,
)


@pytest.fixture
def conn(store_url):
    connection = open_store(store_url)
    yield connection
    connection.close()


def test_the_records(conn):
    rows = journal.rows(conn, finished_broadcast(conn))
    records = list(report_records(rows, contact_names(conn)))
    assert REPORT_HEADER == ("Name", "Number", "Text", "Time", "State", "Code", "Explanation")
    assert records == [
        ["Mario Rossi", SHOWN[0], TEXTS[0], SENT_AT, "sent", None, ""],
        ["", SHOWN[1], TEXTS[1], SENT_AT, "failed", 86, REFUSED],
        ["", SHOWN[2], TEXTS[2], SENT_AT, "unknown", None, UNKNOWN],
    ]


def test_the_window_s_words(conn):
    rows = journal.rows(conn, finished_broadcast(conn))[1:2]
    records = report_records(
        rows, {}, state_text=str.upper, explanation=lambda row: f"<{row.code}>"
    )
    assert list(records) == [["", SHOWN[1], TEXTS[1], SENT_AT, "FAILED", 86, "<86>"]]


def test_a_pending_row_has_no_time(conn):
    broadcast = finished_broadcast(conn)
    conn.execute("UPDATE journal SET updated = NULL WHERE broadcast_id = ?", (broadcast,))
    record = next(report_records(journal.rows(conn, broadcast), {}))
    assert record[3] is None


def test_english_csv_for_a_script(conn, tmp_path):
    path = tmp_path / "report.csv"
    assert export_report(conn, journal.rows(conn, finished_broadcast(conn)), path) == 3
    with open(path, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    time = SENT_AT.strftime("%Y-%m-%d %H:%M:%S")
    assert written == [
        list(REPORT_HEADER),
        ["Mario Rossi", SHOWN[0], TEXTS[0], time, "sent", "", ""],
        ["", SHOWN[1], "'" + TEXTS[1], time, "failed", "86", REFUSED],  # no formula
        ["", SHOWN[2], TEXTS[2], time, "unknown", "", UNKNOWN],
    ]


def test_xlsx(conn, tmp_path):
    path = tmp_path / "report.xlsx"
    assert export_report(conn, journal.rows(conn, finished_broadcast(conn)), path) == 3
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]] == list(REPORT_HEADER)
    assert [cell.value for cell in sheet[2]] == [
        "Mario Rossi",
        SHOWN[0],
        TEXTS[0],
        SENT_AT,
        "sent",
        None,
        None,
    ]
    assert sheet["D2"].is_date
    assert sheet["C3"].value == TEXTS[1] and sheet["C3"].data_type == "s"
    assert sheet["F3"].value == 86


def test_headers_must_name_every_column(conn, tmp_path):
    with pytest.raises(ValueError, match="7 columns"):
        export_report(conn, [], tmp_path / "x.csv", headers=("Name",))
