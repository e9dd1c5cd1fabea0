"""`smsgate history [ID]`: broadcasts and single sends, newest first, or one's recipients."""

from __future__ import annotations

import argparse
import json
import sys

from ..store import Kind, RowState, journal, open_store
from ..usecases.times import local_text
from .args import EXIT_BAD_INPUT, EXIT_OK, journal_id
from .output import credit_text


def add_command(commands: argparse._SubParsersAction) -> None:
    """Register `history` on smsgate's subcommands."""
    history = commands.add_parser(
        "history", help="list broadcasts and single sends, or the recipients of one"
    )
    history.add_argument("id", type=journal_id, nargs="?", help="show this one's recipients")
    history.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help="only those whose id is TEXT, or whose text, sender, account or a recipient "
        "contains it",
    )
    history.add_argument("--kind", choices=list(Kind), help="only broadcasts or single sends")
    history.add_argument("--json", action="store_true", help="one JSON object per line")


def run_history(args: argparse.Namespace) -> int:
    conn = open_store()
    try:
        if args.id is None:
            for broadcast in journal.list_broadcasts(conn, args.search, args.kind):
                counts = journal.counts(conn, broadcast.id)
                print(_history_line(broadcast, counts, args.json))
            return EXIT_OK
        if journal.get_broadcast(conn, args.id) is None:
            print(f"smsgate: there is no broadcast {args.id}", file=sys.stderr)
            return EXIT_BAD_INPUT
        for row in journal.rows(conn, args.id):
            print(_row_line(row, args.json))
        return EXIT_OK
    finally:
        conn.close()


def _history_line(
    broadcast: journal.BroadcastRow, counts: dict[RowState, int], as_json: bool
) -> str:
    if as_json:
        return json.dumps(
            {
                "id": broadcast.id,
                "kind": broadcast.kind,
                "account": broadcast.made_for,
                "created": broadcast.created,
                "sender": broadcast.sender,
                "text": broadcast.text,
                "state": broadcast.state,
                **counts,
            },
            ensure_ascii=False,
        )
    tally = " ".join(f"{state}={number}" for state, number in counts.items())
    text = broadcast.text if len(broadcast.text) <= 30 else broadcast.text[:29] + "…"
    created = local_text(broadcast.created)
    return f"{broadcast.id}\t{broadcast.kind}\t{created}\t{broadcast.state}\t{tally}\t{text}"


def _row_line(row: journal.JournalRow, as_json: bool) -> str:
    if as_json:
        return json.dumps(
            {
                "seq": row.seq,
                "recipient": row.recipient,
                "state": row.state,
                "credit": row.credit,
                "code": row.code,
                "error": row.error,
            },
            ensure_ascii=False,
        )
    detail = row.error or (credit_text(row.credit) if row.state == RowState.SENT else "")
    code = f"-ERR {row.code} " if row.code is not None else ""
    return f"{row.seq}\t{row.recipient}\t{row.state}\t{code}{detail}"
