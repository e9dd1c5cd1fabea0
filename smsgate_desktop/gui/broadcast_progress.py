"""The running broadcast's progress bar and words, with Pause, Resume and Cancel."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..broadcast.forecast import duration_text
from ..store import journal
from ..usecases.broadcast_plan import Actions
from .i18n import translate_text
from .worker import BroadcastProgress


class BroadcastControls(QWidget):
    """How far the running broadcast is, and the buttons that steer it.

    Signals:
        pause_requested(): the Pause button was clicked.
        resume_requested(): the Resume button was clicked.
        cancel_requested(): the Cancel button was clicked.
    """

    pause_requested = Signal()
    resume_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Broadcast progress"))
        self.progress_bar.setVisible(False)  # idle, an empty bar reads as an empty text box
        self.progress_label = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        controls = QHBoxLayout()
        controls.addWidget(self.progress_bar, 1)
        controls.addStretch(0)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.resume_button)
        controls.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.progress_label)
        self.pause_button.clicked.connect(self.pause_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)

    def restart(self) -> None:
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)

    def stopped(self, counts: Mapping[str, int]) -> None:
        """A run ended (finished, paused, cancelled, interrupted): the bar goes and the words
        keep only the counts; a rate and a time left would be stale."""
        self.progress_bar.setVisible(False)
        self.progress_label.setText(self.summary(counts))

    def show_progress(self, progress: BroadcastProgress) -> None:
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)
        counts = progress.counts
        text = self.tr("{done}/{total}: {sent}, {failed}, {unknown}").format(
            done=progress.done,
            total=progress.total,
            sent=self.count(journal.SENT, counts[journal.SENT]),
            failed=self.count(journal.FAILED, counts[journal.FAILED]),
            unknown=self.count(journal.UNKNOWN, counts[journal.UNKNOWN]),
        )
        if progress.rate:
            text += self.tr(" — {rate} msg/s").format(rate=f"{progress.rate:.1f}")
        if progress.eta is not None and progress.done < progress.total:
            text += self.tr(", {duration} left").format(
                duration=translate_text(duration_text(progress.eta))
            )
        self.progress_label.setText(text)

    def summary(self, counts: Mapping[str, int]) -> str:
        """ "sent 3, failed 1": the states that have rows."""
        return ", ".join(self.count(state, n) for state, n in counts.items() if n)

    def count(self, state: str, count: int) -> str:
        """ "sent 3": a journal state and how many rows are in it (plural forms)."""
        match state:
            case journal.SENT:
                return self.tr("sent %n", "", count)
            case journal.FAILED:
                return self.tr("failed %n", "", count)
            case journal.UNKNOWN:
                return self.tr("unknown %n", "", count)
            case journal.PENDING:
                return self.tr("pending %n", "", count)
            case journal.SENDING:
                return self.tr("sending %n", "", count)
        return f"{state} {count}"

    def set_actions(self, allowed: Actions) -> None:
        self.pause_button.setEnabled(allowed.pause)
        self.resume_button.setEnabled(allowed.resume)
        self.cancel_button.setEnabled(allowed.cancel)
