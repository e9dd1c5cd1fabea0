"""sqlite3 (WAL) in the user's data dir: the broadcast journal, contacts, groups, opt-outs; or
an office database (PostgreSQL, postgres.py) shared by several desktops, with the same calls.

Imports only protocol (and config, for the data folder); never contacts, session or Qt.

`open_store()` opens (and migrates) the database; `journal` and `contacts` are plain functions
over the connection it returns. No Qt, no network. A failure of the storage itself (disk full,
locked, read-only, damaged) is a StorageError, whichever function meets it.
"""

from . import account_lease, contacts  # their phrase templates register (phrasebook)
from .db import (
    DB_NAME,
    MIGRATIONS,
    database_file,
    is_shared,
    location_of,
    open_store,
    schema_version,
    store_location,
)
from .errors import JournalConflictError, StorageError
from .journal import JOURNAL_STATES, BroadcastRow, JournalRow
from .postgres import display_url, is_office
from .states import BroadcastState, Kind, RowState

__all__ = [
    "DB_NAME",
    "JOURNAL_STATES",
    "MIGRATIONS",
    "BroadcastRow",
    "BroadcastState",
    "JournalConflictError",
    "JournalRow",
    "Kind",
    "RowState",
    "StorageError",
    "account_lease",
    "contacts",
    "database_file",
    "display_url",
    "is_office",
    "is_shared",
    "location_of",
    "open_store",
    "schema_version",
    "store_location",
]
