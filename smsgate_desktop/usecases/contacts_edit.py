"""The address book as the Contacts tab edits it: the rules, without Qt.

The window reads every contact once (`load_entries`) into a list of ContactEntry and filters
it in memory (`matching`); every change is stored first and then applied to those entries,
so the table never re-queries the database for a keystroke. Here is what each action
decides: which extra field names a contact may have (the template parser's own rule, `name`
and `number` reserved), how a typed group list reads, when a group rename is refused, what
"opt out" toggles to, which numbers "use as recipients" hands on. The window words the
refusals (ExtraFieldError, GroupNameError: a problem code and its parameters).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final

from ..broadcast import templates
from ..protocol import SmsGateError
from ..protocol.numbers import NumberError, split_number
from ..store import contacts as store

GROUP_JOIN: Final = ", "
ALL_GROUPS: Final = ""  # group filter value: every contact
OPTED_OUT_FILTER: Final = "\0opted-out"  # group filter value: only the opted-out numbers
NO_GROUP_FILTER: Final = "\0no-group"  # group filter value: contacts in no group
FIXED_FILTERS: Final = (ALL_GROUPS, NO_GROUP_FILTER, OPTED_OUT_FILTER)
RESERVED_FIELDS: Final = (templates.NAME_FIELD, templates.NUMBER_FIELD)
_NUMBER_LIKE: Final = re.compile(r"^[\d\s+\-./()]+$")


@dataclass(slots=True)
class ContactEntry:
    """One contact as the table shows it and the filters look at it."""

    e164: str
    name: str = ""
    groups: tuple[str, ...] = ()
    opted_out: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name_key(self) -> str:
        return self.name.casefold()

    def in_group(self, folded_group: str) -> bool:
        return any(group.casefold() == folded_group for group in self.groups)


def contact_count(conn: sqlite3.Connection) -> int:
    """How many contacts are stored (cheap: no row is read into Python)."""
    return int(conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0])


def load_entries(conn: sqlite3.Connection) -> list[ContactEntry]:
    """Every stored contact with its groups and opt-out flag, by name then number."""
    out_set = store.opted_out(conn)
    entries = [
        ContactEntry(
            contact.e164,
            contact.name or "",
            tuple(contact.groups),
            contact.e164 in out_set,
            dict(contact.extra or {}),
        )
        for contact in store.all_contacts_with_groups(conn)
    ]
    entries.sort(key=lambda entry: (entry.name_key, entry.e164))
    return entries


def display_number(e164: str) -> str:
    """The number as people read it: "+393331234567" -> "+39 333 1234567"."""
    try:
        return split_number(e164).display
    except NumberError:
        return e164


def clean_name(text: str) -> str:
    """A typed name with its runs of spaces made one: "  Luca   Verdi " -> "Luca Verdi"."""
    return " ".join(text.split())


def parse_groups(text: str) -> tuple[str, ...]:
    """Groups from a typed list: "Clienti, Staff;clienti" -> ("Clienti", "Staff")."""
    seen: set[str] = set()
    out: list[str] = []
    for part in re.split(r"[,;|]", text):
        group = clean_name(part)
        if group and group.casefold() not in seen:
            seen.add(group.casefold())
            out.append(group)
    return tuple(out)


# ---- the search box and the group filter ------------------------------------------------


def matching(entries: Sequence[ContactEntry], text: str = "", group: str = ALL_GROUPS) -> list[int]:
    """Positions in `entries` shown for the search `text` and the `group` filter.

    `text` looking like a number ("347 111", "0039 347-111") matches the E.164 numbers that
    contain its digits (a leading 00 dropped); any other text matches names containing it,
    case-insensitively. `group` is ALL_GROUPS, NO_GROUP_FILTER, OPTED_OUT_FILTER or a group
    name (any case)."""
    text = text.strip()
    folded = text.casefold()
    digits = re.sub(r"\D", "", text) if _NUMBER_LIKE.match(text) else ""
    if digits.startswith("00"):
        digits = digits[2:]
    positions: Iterable[int] = range(len(entries))
    if group == OPTED_OUT_FILTER:
        positions = [i for i in positions if entries[i].opted_out]
    elif group == NO_GROUP_FILTER:
        positions = [i for i in positions if not entries[i].groups]
    elif group:
        folded_group = group.casefold()
        # Few distinct group tuples among many contacts: decide each tuple once.
        member: dict[tuple[str, ...], bool] = {}
        kept = []
        for i in positions:
            groups = entries[i].groups
            found = member.get(groups)
            if found is None:
                found = member[groups] = entries[i].in_group(folded_group)
            if found:
                kept.append(i)
        positions = kept
    if digits:
        return [i for i in positions if digits in entries[i].e164]
    if folded:
        return [i for i in positions if folded in entries[i].name_key]
    return list(positions)


# ---- extra fields -------------------------------------------------------------------------


class ExtraProblem(Enum):
    """Why an extra field was refused (the window words the message)."""

    NO_NAME = "no name"  # a value typed without a field name
    NOT_A_PLACEHOLDER = "not a placeholder"  # `{key}` would not be one template placeholder
    RESERVED = "reserved"  # {name} and {number} are the contact's own name and number
    DUPLICATE = "duplicate"  # two fields whose names differ only in case (or not at all)


class ExtraFieldError(SmsGateError, ValueError):
    """An extra field that cannot be stored: `key` as typed and the `problem` (its value is
    the stable `code`)."""

    def __init__(self, key: str, problem: ExtraProblem) -> None:
        super().__init__(f"extra field {key!r}: {problem.value}")
        self.key = key
        self.problem = problem
        self.code = problem.value


def is_placeholder_name(key: str) -> bool:
    """True when "{key}" in a message template is one placeholder naming exactly this field.

    The rule is the template parser's own (broadcast.templates), asked rather than copied: a
    name is any text without braces that is not blank; surrounding spaces and case do not
    count, as in a template."""
    try:
        return templates.placeholders("{" + key + "}") == [key.strip().casefold()]
    except templates.TemplateError:
        return False


def extra_fields(pairs: Iterable[tuple[str, str]], known: Iterable[str] = ()) -> dict[str, str]:
    """The extra fields from (name, value) pairs as typed, names and values stripped.

    A pair with a blank value is left out: a blank value removes the field (as an import
    skips blank cells, and as a template treats a blank field as missing). A new name must be
    a placeholder name (`is_placeholder_name`), not "name" or "number", and differ from every
    other name also in case, else ExtraFieldError. Names in `known` (the fields the contact
    already has) are kept even if they break the first two rules, so that a field imported
    from an odd header does not stop an edit of the contact's name.
    """
    known = set(known)
    out: dict[str, str] = {}
    seen: set[str] = set()
    for raw_key, raw_value in pairs:
        key, value = raw_key.strip(), raw_value.strip()
        if not key and not value:
            continue
        if key not in known:
            if not key:
                raise ExtraFieldError(key, ExtraProblem.NO_NAME)
            if not is_placeholder_name(key):
                raise ExtraFieldError(key, ExtraProblem.NOT_A_PLACEHOLDER)
            if key.casefold() in RESERVED_FIELDS:
                raise ExtraFieldError(key, ExtraProblem.RESERVED)
        if key.casefold() in seen:
            raise ExtraFieldError(key, ExtraProblem.DUPLICATE)
        seen.add(key.casefold())
        if value:
            out[key] = value
    return out


# ---- contacts -----------------------------------------------------------------------------


def save_contact(
    conn: sqlite3.Connection,
    entry: ContactEntry,
    name: str,
    groups: Sequence[str],
    extra: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
) -> ContactEntry:
    """Store the contact's new name, groups (exactly these, each spelt as the stored group
    already is) and, when given, extra fields (exactly these, checked by `extra_fields`; None
    keeps them); the entry as stored. ExtraFieldError before anything is written; KeyError
    for an unknown contact."""
    groups = existing_spelling(conn, parse_groups(GROUP_JOIN.join(groups)))
    fields = entry.extra
    if extra is not None:
        pairs = extra.items() if isinstance(extra, Mapping) else extra
        fields = extra_fields(pairs, entry.extra)
    store.update_contact(
        conn, entry.e164, name=name, groups=list(groups), extra=None if extra is None else fields
    )
    return ContactEntry(entry.e164, name, groups, entry.opted_out, fields)


def delete_contacts(conn: sqlite3.Connection, numbers: Iterable[str]) -> None:
    """Delete the contacts, all or none (their opt-outs stay)."""
    with store.transaction(conn):
        for e164 in numbers:
            store.delete_contact(conn, e164)


def opt_out_toggle(entries: Iterable[ContactEntry]) -> bool:
    """What "opt out" does to these contacts: opt them out (True), or back in (False) when
    every one of them is opted out already."""
    entries = list(entries)
    return not (entries and all(entry.opted_out for entry in entries))


def set_opted_out(
    conn: sqlite3.Connection, entries: Iterable[ContactEntry], flag: bool
) -> list[ContactEntry]:
    """Put the contacts on the opt-out list (flag True) or take them off, all or none; the
    entries, changed."""
    entries = list(entries)
    change = store.add_opt_out if flag else store.remove_opt_out
    with store.transaction(conn):
        for entry in entries:
            change(conn, entry.e164)
    for entry in entries:
        entry.opted_out = flag
    return entries


def recipients(entries: Iterable[ContactEntry]) -> list[str]:
    """The numbers "use as recipients" hands on: the opted-out ones left out."""
    return [entry.e164 for entry in entries if not entry.opted_out]


# ---- groups -------------------------------------------------------------------------------


class GroupProblem(Enum):
    """Why a group name was refused (the window words the message)."""

    NO_NAME = "no name"
    TAKEN = "taken"  # another group has this name, in some case: `name` is its spelling


class GroupNameError(SmsGateError, ValueError):
    """A refused group name: `group` the group renamed, `name` the name refused (for TAKEN,
    the other group's spelling), `problem` (its value is the stable `code`)."""

    def __init__(self, group: str, name: str, problem: GroupProblem) -> None:
        super().__init__(f"group {group!r} cannot be named {name!r}: {problem.value}")
        self.group, self.name, self.problem = group, name, problem
        self.code = problem.value


def group_choices(conn: sqlite3.Connection, entries: Iterable[ContactEntry]) -> list[str]:
    """Every group, stored or in use by a contact, once whatever the case, by name."""
    names = {name.casefold(): name for name, _ in store.list_groups(conn)}
    for entry in entries:
        for group in entry.groups:
            names.setdefault(group.casefold(), group)
    return sorted(names.values(), key=str.casefold)


def existing_spelling(conn: sqlite3.Connection, groups: Iterable[str]) -> tuple[str, ...]:
    """Each name as the stored group spells it ("clienti" -> "Clienti"), else as given."""
    stored = {name.casefold(): name for name, _ in store.list_groups(conn)}
    return tuple(stored.get(group.casefold(), group) for group in groups)


def add_to_group(conn: sqlite3.Connection, entries: Iterable[ContactEntry], group: str) -> str:
    """Put the contacts in the group, created also when there are none, all or nothing; the
    group's name as stored (an existing group's spelling wins)."""
    entries = list(entries)
    (group,) = existing_spelling(conn, (clean_name(group),))
    with store.transaction(conn):
        store.add_group(conn, group)
        for entry in entries:
            store.add_to_group(conn, group, entry.e164)
    folded = group.casefold()
    for entry in entries:
        if not entry.in_group(folded):
            entry.groups = (*entry.groups, group)
    return group


def rename_group(
    conn: sqlite3.Connection, entries: Iterable[ContactEntry], old: str, new: str
) -> str:
    """Rename the group, its contacts following; the new name (spaces tidied).

    An empty name, or the name of another group (in any case), is GroupNameError rather
    than a merge of the two groups: a merge cannot be undone (nothing tells afterwards which
    contacts came from which group), and a typo or an unnoticed existing name would do it
    silently. Merging stays deliberate: add this group's contacts to the other, then delete
    this one. A change of case only ("clienti" -> "Clienti") is a rename; the same name is
    no change. `old` in any case names the stored group."""
    (old,) = existing_spelling(conn, (old,))
    new = clean_name(new)
    if not new:
        raise GroupNameError(old, new, GroupProblem.NO_NAME)
    if new == old:
        return new
    folded = old.casefold()
    for name, _ in store.list_groups(conn):
        if name.casefold() == new.casefold() and name.casefold() != folded:
            raise GroupNameError(old, name, GroupProblem.TAKEN)
    store.rename_group(conn, old, new)
    for entry in entries:
        if entry.in_group(folded):
            entry.groups = tuple(new if g.casefold() == folded else g for g in entry.groups)
    return new


def group_size(conn: sqlite3.Connection, group: str) -> int:
    """How many contacts the group (any case) has, which deleting it keeps (0: no group)."""
    (group,) = existing_spelling(conn, (group,))
    return len(store.group_members(conn, group) or [])


def delete_group(conn: sqlite3.Connection, entries: Iterable[ContactEntry], group: str) -> None:
    """Delete the group (any case); its contacts stay, in their other groups."""
    (group,) = existing_spelling(conn, (group,))
    store.delete_group(conn, group)
    folded = group.casefold()
    for entry in entries:
        if entry.in_group(folded):
            entry.groups = tuple(g for g in entry.groups if g.casefold() != folded)
