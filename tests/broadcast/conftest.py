"""Fixtures of the broadcast tests; their helpers live in broadcastkit.py."""

from __future__ import annotations

import pytest
from pgkit import both_backends as pytest_generate_tests  # noqa: F401

from smsgate_desktop.broadcast import BroadcastEngine
from smsgate_desktop.store import open_store


@pytest.fixture
def engine(office_store):
    """An engine on the data folder's file, or (backend postgresql) on a fresh office
    database that open_store() without argument opens too."""
    conn = open_store()
    yield BroadcastEngine(conn)
    conn.close()
