"""Contacts as the importers hand them to the store, for the store and address-book tests
(imported by name, never from conftest)."""

from __future__ import annotations

from smsgate_desktop.contacts.mapping import Contact as Imported


def imported(e164: str, name: str = "", groups=(), **extra: str) -> Imported:
    """An imported contact whose number is already E.164 (shown as it is)."""
    return Imported(name, e164, e164, tuple(groups), dict(extra))
