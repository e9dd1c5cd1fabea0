"""`smsgate`: send SMS, broadcast, query an account and read the history from the command line.

Owns: parsing and checking the arguments (args.py, one `type=` function per kind of value),
what is printed (output.py) and the exit status; one module per command (send.py for send,
balance, status and password; broadcast.py; history.py; store.py for `store copy`), main.py
ties them together (and `--store`, the store every command uses). The
rules themselves live below: the session, the broadcast engine and its journal, the protocol.
Must not import: gui (the window and the CLI are siblings over the same Qt-free layers).

Exit status (every command):
  0  all accepted (or: nothing to do)
  1  some rejected
  2  bad input, or a broadcast another window or command is sending: nothing was sent and no
     journal entry was made or changed
  3  connection or login failure
  4  some outcomes unknown (the line dropped after a message was written)
  5  the journal could not be written (disk full, database locked by another program, data
     folder read-only), or the office database cannot be reached; nothing further was
     sent; `smsgate broadcast --resume ID` continues once it can be written
  6  a broadcast paused by Ctrl+C (`--resume ID` continues)
  7  on an office database, the account is in use on another desktop and --no-wait was
     given: nothing sent
  130  Ctrl+C while queued for an account another desktop is using: nothing sent
  141  standard output was closed early (`smsgate history | head`), as a shell reports
     a command ended by SIGPIPE; the rest of the output is dropped silently
"""

from .args import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_CONNECTION,
    EXIT_OK,
    EXIT_PAUSED,
    EXIT_REJECTED,
    EXIT_STORAGE,
    EXIT_UNKNOWN,
    PASSWORD_ENV,
    BadInput,
)
from .main import build_parser, main
from .output import format_result

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_BROKEN_PIPE",
    "EXIT_CONNECTION",
    "EXIT_OK",
    "EXIT_PAUSED",
    "EXIT_REJECTED",
    "EXIT_STORAGE",
    "EXIT_UNKNOWN",
    "PASSWORD_ENV",
    "BadInput",
    "build_parser",
    "format_result",
    "main",
]
