"""The window's threads that are ending: earlier profiles' workers, and everything on quit.

Quitting has a deadline (worker.close_workers): every thread is cancelled at once and given
2 s to end after the message in flight; a worker still blocked on the gateway then has its
socket cut and gets a little longer. A thread that still runs after that (a connect whose SYN
nobody answers: no socket to cut yet) is never destroyed: it is kept as a straggler, and
`all_ended` says when the last one has ended on its connect timeout.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from ..profiles import Profile
from .worker import Stoppable, WorkerHandle, close_workers


class ThreadKeeper(QObject):
    """Keeps every thread of the window until it has ended; never destroys a running one.

    Signals:
        all_ended: on quit, the last thread that outlived the deadline has ended (the window
            can close for good).
    """

    all_ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.retiring: set[WorkerHandle] = set()  # earlier profiles' workers, still ending
        self.stragglers: list[Stoppable] = []  # threads that outlived the quit deadline
        self.quitting = False

    def retire(self, handle: WorkerHandle, next_profile: Profile | None) -> None:
        """End `handle`'s worker. Joined now on quit (no next profile), or when the next
        profile is the same account (its new session must not meet the old one: -ERR 101);
        otherwise it is left to end on its own so the window never waits on a slow gateway."""
        same = next_profile is not None and handle.account == (
            next_profile.account,
            next_profile.primary_endpoint.host,
        )
        joined = (next_profile is None or same) and handle.close()
        if not joined:  # it ends on its own (at worst on its connect timeout): kept
            self.retiring.add(handle)
            handle.ended.connect(self.on_handle_ended)
            handle.retire()

    @Slot()
    def on_handle_ended(self) -> None:
        handle = self.sender()
        self.retiring.discard(handle)  # type: ignore[arg-type]
        if isinstance(handle, WorkerHandle):
            handle.deleteLater()

    def quit(self, threads: list[Stoppable | None]) -> None:
        """Stop `threads` and every retiring worker at once, with the deadline; those still
        running afterwards become stragglers (`all_ended` once they have all ended)."""
        self.quitting = True
        everything: list[Stoppable] = [t for t in (*threads, *self.retiring) if t is not None]
        self.retiring.clear()
        self.stragglers = close_workers(everything)
        for straggler in self.stragglers:
            straggler.ended.connect(self.on_straggler_ended)

    @Slot()
    def on_straggler_ended(self) -> None:
        self.stragglers = [s for s in self.stragglers if s.is_running()]
        if not self.stragglers:
            self.all_ended.emit()
