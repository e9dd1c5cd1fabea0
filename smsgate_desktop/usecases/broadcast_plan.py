"""A broadcast from the window's form, and the decisions around it, without Qt.

The broadcast panel reads its widgets into a Draft and shows what this module decides:

    planned = plan_broadcast(draft, region="IT", zone="Europe/Rome", interface="packet",
                             opted_out=contacts.opted_out(conn), now=now,
                             fields_of=stored_fields(conn))

- `plan_broadcast`: the draft checked (usecases.drafts.prepare), repeats and opt-outs dropped
  (broadcast.plan), each text personalised when the text is a template; or a PlanProblem,
  whose `code` and parameters the window words in the person's language.
- `resend_failed_plan`, `broadcast_options`: what a new broadcast is made of.
- `actions`: which of send, pause, resume, cancel, resend and export a state allows.
- `history_rows`, `as_shown`, `crashed_broadcast`, `report_rows`: the history and report as shown;
  `outcome_unknown`: how many rows a resend would have to ask about;
  `LiveReport`: when the running broadcast's rows are read again.
- `BalanceTiming`: the credit last reported and the balance round trip a forecast uses.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from ..broadcast import Plan, plan
from ..broadcast.run_lock import is_running
from ..protocol import Interface, SmsGateError, SmsMessage
from ..protocol.phrases import Template, phrase_of
from ..store import RowState, contacts, journal
from .drafts import Draft, prepare
from .personalise import Fields, PersonalisationError, contact_fields, personalise

# The states a broadcast can be resumed (and its pending rows cancelled) from.
RESUMABLE: Final = ("ready", "paused", "interrupted", "running")
# A row's `updated` time is taken just before its commit, which another connection sees a
# little later: the live report looks back this far each time (re-applying is harmless).
REREAD_MARGIN: Final = 1.0
# How many broadcasts (newest first) the history shows at once.
HISTORY_PAGE: Final = 200
# How often (seconds) the running broadcast's history row and filtered report are re-read.
REREAD_EVERY: Final = 1.0
# The report's filters (the window shows them translated) and the row states each shows.
SHOW_ALL, SHOW_FAILED, SHOW_UNKNOWN = "All recipients", "Failed", "Unknown outcome"
REPORT_STATES: Final[Mapping[str, tuple[str, ...] | None]] = {
    SHOW_ALL: None,
    SHOW_FAILED: (journal.FAILED,),
    SHOW_UNKNOWN: (journal.UNKNOWN, journal.SENDING),
}

# PlanProblem codes.
DRAFT = "draft"  # `problem`: prepare's sentence (a Phrase: the window translates it by code)
OPTED_OUT = "opted-out"  # every recipient is on the opt-out list
PERSONALISATION = "personalisation"  # `error`: the PersonalisationError
NO_FAILED = "no-failed"  # `broadcast_id` has no failed row to resend
FAILED_OPTED_OUT = "failed-opted-out"  # every failed recipient has opted out since

# PlanProblem's message for the codes that have no sentence of their own to pass on. The
# context is the forecast panel's, which words the same problems (gui/forecast_text.py), so
# that both share one translation.
ALL_OPTED_OUT: Final = Template(
    "ForecastText", "all-opted-out", "Every recipient is on the opt-out list: nothing to send."
)
NO_FAILED_MESSAGE: Final = Template(
    "ForecastText", "no-failed-message", "Broadcast {id} has no failed message."
)
ALL_FAILED_OPTED_OUT: Final = Template(
    "ForecastText",
    "all-failed-opted-out",
    "Every failed recipient has opted out since: nothing to send.",
)


class PlanProblem(SmsGateError):
    """Why the form (or a resend) cannot become a broadcast: `code` (DRAFT, OPTED_OUT,
    PERSONALISATION, NO_FAILED, FAILED_OPTED_OUT) and its parameters; `str()` is English, the
    message a Phrase (the draft's problem, the PersonalisationError's, or one of the templates
    above) whenever the sentence it passes on is one."""

    def __init__(
        self,
        code: str,
        *,
        problem: str = "",
        error: PersonalisationError | None = None,
        broadcast_id: int | None = None,
    ) -> None:
        self.code, self.problem, self.error, self.broadcast_id = code, problem, error, broadcast_id
        message: str
        if code == DRAFT:
            message = problem
        elif code == OPTED_OUT:
            message = ALL_OPTED_OUT()
        elif code == PERSONALISATION:
            message = (phrase_of(error) if error is not None else None) or str(error)
        elif code == NO_FAILED:
            message = NO_FAILED_MESSAGE(id=broadcast_id)
        elif code == FAILED_OPTED_OUT:
            message = ALL_FAILED_OPTED_OUT()
        else:
            message = code
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Planned:
    """A broadcast ready to be confirmed: its plan and the repeats merged before it was made
    (the same number typed twice, in another form)."""

    plan: Plan
    merged: int = 0

    @property
    def duplicates(self) -> int:
        return self.merged + len(self.plan.duplicates)


def is_template(text: str) -> bool:
    """A text with a brace is a template: `{field}` placeholders, `{{` for a brace."""
    return "{" in text or "}" in text


def recipients_text(conn: sqlite3.Connection, groups: Iterable[str], pasted: str) -> str:
    """The members of the checked groups, then the pasted numbers, one per line."""
    numbers: list[str] = []
    for group in groups:
        numbers += contacts.group_members(conn, group) or []
    pasted = pasted.strip()
    return "\n".join([*numbers, pasted] if pasted else numbers)


def stored_fields(conn: sqlite3.Connection) -> Fields:
    """Each recipient's template fields from its stored contact (the address book is read
    once, on the first recipient: not at all for a plain text)."""
    known: dict[str, contacts.Contact] | None = None

    def fields_of(message: SmsMessage) -> Mapping[str, str]:
        nonlocal known
        if known is None:
            known = {contact.e164: contact for contact in contacts.list_contacts(conn)}
        return contact_fields(known.get(message.recipient), message.recipient)

    return fields_of


def plan_broadcast(
    draft: Draft,
    *,
    region: str,
    zone: str,
    interface: Interface | str,
    opted_out: Iterable[str],
    now: datetime,
    fields_of: Fields | None = None,
) -> Planned:
    """The draft as a broadcast plan (draft.text personalised with `fields_of` when it is a
    template); PlanProblem when it cannot be sent."""
    prepared = prepare(draft, region=region, zone=zone, interface=interface, now=now)
    if prepared.problem:
        raise PlanProblem(DRAFT, problem=prepared.problem)
    merged = sum(len(entry.duplicates) for entry in prepared.entries)
    result = plan(prepared.messages, opted_out)
    if not result.messages:
        raise PlanProblem(OPTED_OUT)
    if is_template(draft.text):
        fields = fields_of or (lambda message: contact_fields(None, message.recipient))
        try:
            messages = personalise(result.messages, draft.text, fields, interface)
        except PersonalisationError as exc:
            raise PlanProblem(PERSONALISATION, error=exc) from None
        result = Plan(messages, result.duplicates, result.opted_out)
    return Planned(result, merged)


def broadcast_options(
    planned: Planned, *, groups: Sequence[str], throttle: float, template: str | None
) -> dict[str, Any]:
    """What the journal keeps about a broadcast made in the window."""
    options: dict[str, Any] = {
        "source": "gui",
        "groups": list(groups),
        "throttle": throttle,
        "duplicates": planned.duplicates,
        "opted_out": len(planned.plan.opted_out),
    }
    if template is not None:
        options["template"] = template
    return options


def resend_failed_plan(conn: sqlite3.Connection, source: int) -> tuple[Plan, dict[str, Any]]:
    """A new broadcast of `source`'s failed rows (opt-outs since dropped) and its options;
    PlanProblem NO_FAILED or FAILED_OPTED_OUT when there is nothing to send."""
    failed = journal.rows(conn, source, [journal.FAILED])
    if not failed:
        raise PlanProblem(NO_FAILED, broadcast_id=source)
    new_plan = plan([row.message for row in failed], contacts.opted_out(conn))
    if not new_plan.messages:
        raise PlanProblem(FAILED_OPTED_OUT, broadcast_id=source)
    broadcast = journal.get_broadcast(conn, source)
    throttle = broadcast.options.get("throttle") if broadcast is not None else None
    return new_plan, {"source": "gui", "resend_of": source, "throttle": throttle}


@dataclass(frozen=True, slots=True)
class Actions:
    """Which of the panel's actions are allowed now."""

    send: bool
    pause: bool
    resume: bool
    cancel: bool
    resend_failed: bool
    resend_unknown: bool
    export: bool


def actions(
    running: bool,
    selected: int | None,
    state: str | None,
    counts: Mapping[str, int] | None = None,
) -> Actions:
    """The actions allowed while a broadcast runs (`running`) or not, with the history's
    broadcast `selected` (None: none) in `state` with these row `counts` (None: not known,
    the resends are offered and say so if there is nothing to resend)."""
    resumable = state in RESUMABLE
    idle_with = not running and selected is not None

    def has(row_state: str) -> bool:
        return counts is None or counts.get(row_state, 0) > 0

    return Actions(
        send=not running,
        pause=running,
        resume=not running and resumable,
        cancel=running or resumable,
        resend_failed=idle_with and has(RowState.FAILED),
        resend_unknown=idle_with and has(RowState.UNKNOWN),
        export=selected is not None,
    )


def history_rows(
    conn: sqlite3.Connection,
    db_path: str | Path,
    search: str = "",
    running: int | None = None,
    limit: int | None = HISTORY_PAGE,
) -> list[tuple[journal.BroadcastRow, dict[str, int]]]:
    """The newest `limit` broadcasts (None: all) matching `search` (id, text, sender,
    account, recipient) with each broadcast's counts (one grouped query). One `running` in
    the store that is not `running` here nor held by another window or command was cut off
    by a crash: it is shown `interrupted`."""
    broadcasts = journal.list_broadcasts(conn, search, limit=limit)
    counts = journal.counts_of(conn, [broadcast.id for broadcast in broadcasts])
    return [
        (as_shown(broadcast, db_path, running, conn), counts[broadcast.id])
        for broadcast in broadcasts
    ]


def as_shown(
    broadcast: journal.BroadcastRow,
    db_path: str | Path,
    running: int | None = None,
    conn: Any = None,
) -> journal.BroadcastRow:
    """The broadcast as the history shows it: `running` in the store but not `running` here
    nor held by another window or command, it was cut off by a crash: `interrupted`."""
    if (
        broadcast.state == "running"
        and broadcast.id != running
        and not is_running(db_path, broadcast.id, conn)
    ):
        return dataclasses.replace(broadcast, state="interrupted")
    return broadcast


def newest_paused(conn: sqlite3.Connection) -> int | None:
    """The newest broadcast left `paused` (by a person, or by the credit running out), or
    None: what a window opening offers to resume."""
    row = conn.execute(
        "SELECT id FROM broadcasts WHERE state = 'paused' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return None if row is None else int(row[0])


def crashed_broadcast(
    conn: sqlite3.Connection,
) -> tuple[journal.BroadcastRow, dict[str, int]] | None:
    """A broadcast still `running` in the store when the window starts (a crash cut it off),
    with its counts; None when there is none."""
    for broadcast in journal.list_broadcasts(conn):
        if broadcast.state == "running":
            return broadcast, journal.counts(conn, broadcast.id)
    return None


def outcome_unknown(counts: Mapping[str, int]) -> int:
    """The rows whose outcome nobody knows: `unknown`, and `sending` (cut off by a crash
    after the gateway may have accepted them)."""
    return counts.get(journal.UNKNOWN, 0) + counts.get(journal.SENDING, 0)


def report_rows(conn: sqlite3.Connection, broadcast_id: int, show: str) -> list[journal.JournalRow]:
    """The rows of `broadcast_id` the report filter `show` (SHOW_ALL, ...) lets through."""
    states = REPORT_STATES[show]
    return journal.rows(conn, broadcast_id, list(states) if states is not None else None)


@dataclass(slots=True)
class LiveReport:
    """When the running broadcast's history row and report are read again: once a second
    for the history row and a filtered report; the whole report incrementally, the rows
    changed since the last look (REREAD_MARGIN before it)."""

    report_read_at: float = 0.0
    history_read_at: float = 0.0

    def history_due(self, now: float) -> bool:
        if now - self.history_read_at < REREAD_EVERY:
            return False
        self.history_read_at = now
        return True

    def report_due(self, now: float) -> bool:
        """A filtered report: whether to read it again."""
        return now - self.report_read_at >= REREAD_EVERY

    def changes_since(self, now: float) -> float:
        """The whole report: the time to read the changes from (and the look is noted)."""
        since, self.report_read_at = self.report_read_at, now
        return since - REREAD_MARGIN


@dataclass(slots=True)
class BalanceTiming:
    """The credit the gateway last reported and the fastest balance round trip seen (the
    forecast's time per message). The first answer may include connecting and logging in,
    so the fastest is kept; an answer nobody timed (asked elsewhere) updates the credit only."""

    balance: int | None = None
    round_trip: float | None = None
    asked_at: float | None = None

    def asked(self, now: float) -> None:
        self.asked_at = now

    def answered(self, credit: int, now: float) -> None:
        self.balance = credit
        if self.asked_at is not None:
            elapsed = now - self.asked_at
            self.round_trip = min(elapsed, self.round_trip or elapsed)
            self.asked_at = None
