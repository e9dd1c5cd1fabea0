"""`smsgate store copy`: this desktop's contacts, groups, opt-outs and history into the office
database (the rules: usecases/store_copy.py)."""

from __future__ import annotations

import argparse
import sys

from ..store import StorageError
from ..store.db import default_path, store_location
from ..store.postgres import is_office
from ..usecases.store_copy import CopyReport, Progress, StoreCopyError, copy_store
from .args import EXIT_BAD_INPUT, EXIT_OK, EXIT_STORAGE, office_address

_COPY_HELP = (
    "Copy this desktop's contacts (with their fields and groups), groups, opt-outs and history "
    "into the office database. Nothing already there is duplicated or overwritten: a contact "
    "the office has keeps its name and fields (what it lacks is filled in), a broadcast "
    "copied before is not copied again, so the copy can be run again after an interruption. "
    "A broadcast cut off while sending is refused: open it here first. A broadcast copied "
    "with messages still to send is named: send it from the office database only."
)


def add_command(commands: argparse._SubParsersAction) -> None:
    """Register `store` (and its action `copy`) on smsgate's subcommands."""
    store = commands.add_parser("store", help="this desktop's database and the office database")
    actions = store.add_subparsers(dest="action", required=True, metavar="ACTION")
    copy = actions.add_parser(
        "copy", help="copy this desktop's data into the office database", description=_COPY_HELP
    )
    copy.add_argument(
        "--to",
        type=office_address,
        metavar="URL",
        help="the office database, postgresql://user@host/database (password from the "
        "keyring, PGPASSWORD or the URL; default: --store, SMSGATE_STORE or the window's "
        "setting, when that is an office database)",
    )
    copy.add_argument(
        "--from",
        dest="source",
        metavar="PATH",
        help="the SQLite file to copy (default: this desktop's own: the file --store or "
        "SMSGATE_STORE names, else the one in the data folder)",
    )


def run_store(args: argparse.Namespace) -> int:
    # `store` has one action today; argparse has refused any other.
    target = args.to or store_location() or ""
    if not is_office(target):
        print(
            "smsgate store copy: name the office database with --to postgresql://user@host/db",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:  # the window's setting has not been through --to's check
        office_address(target)
    except argparse.ArgumentTypeError as exc:
        print(f"smsgate store copy: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    source = args.source or _own_file()
    try:
        report = copy_store(source, target, _progress_line() if sys.stderr.isatty() else None)
    except StoreCopyError as exc:
        _end_progress()
        print(f"smsgate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as exc:
        _end_progress()
        print(
            f"smsgate: {exc} Anything copied before it stopped stays there; the same "
            "command copies the rest (nothing is copied twice).",
            file=sys.stderr,
        )
        return EXIT_STORAGE
    _end_progress()
    _print_report(report)
    return EXIT_OK


def _own_file() -> str:
    """This desktop's own store: the file --store or SMSGATE_STORE names, when they name a
    file, else the data folder's."""
    chosen = store_location()
    if chosen and not is_office(chosen) and chosen != ":memory:":
        return chosen
    return str(default_path())


def _print_report(report: CopyReport) -> None:
    print(report.summary())
    if warning := report.warning():
        print(f"smsgate: {warning}", file=sys.stderr)


def _progress_line() -> Progress:
    """A progress callback rewriting one line of a terminal's stderr."""

    def show(table: str, done: int) -> None:
        if done % 500 == 0:
            sys.stderr.write(f"\rCopying {table}: {done:,}\x1b[K")
            sys.stderr.flush()

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
