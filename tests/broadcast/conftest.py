"""Fixtures of the broadcast tests; their helpers live in broadcastkit.py."""

from __future__ import annotations

import pytest

from smsgate_desktop.broadcast import BroadcastEngine
from smsgate_desktop.store import open_store


@pytest.fixture
def engine():
    conn = open_store()
    yield BroadcastEngine(conn)
    conn.close()
