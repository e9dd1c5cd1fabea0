"""The application layer: the Qt-free use cases the window and the `smsgate` command share,
so that a rule lives in one place and the two can never disagree.

Owns: what a task does across the lower layers (store, contacts, broadcast, session,
protocol), e.g. exporting the address book. Must not import gui or cli (they import it).

The modules that declare phrase templates (protocol/phrases.py) are imported here, so that
importing the package registers every sentence it can say (smsgate_desktop.phrasebook).
"""

from . import broadcast_plan, drafts, personalise, recipients, store_copy

__all__ = ["broadcast_plan", "drafts", "personalise", "recipients", "store_copy"]
