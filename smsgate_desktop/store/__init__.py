"""sqlite3 (WAL) in the user's data dir: the broadcast journal, contacts, groups, opt-outs.

Imports only protocol (and config, for the data folder); never contacts, session or Qt.

`open_store()` opens (and migrates) the database; `journal` and `contacts` are plain functions
over the connection it returns. No Qt, no network. A failure of the storage itself (disk full,
locked, read-only, damaged) is a StorageError, whichever function meets it.
"""

from . import contacts  # its phrase templates register with the package (phrasebook)
from .db import DB_NAME, MIGRATIONS, database_file, open_store, schema_version
from .errors import JournalConflictError, StorageError
from .journal import JOURNAL_STATES, BroadcastRow, JournalRow
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
    "contacts",
    "database_file",
    "open_store",
    "schema_version",
]
