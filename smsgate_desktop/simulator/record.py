"""The record file: one JSON line per accepted SMS, flushed at once so a reader (a test, a
person with `tail -f`) sees each message as soon as the gateway has accepted it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .gateway import AcceptedSms


def record_entry(sms: AcceptedSms) -> dict[str, Any]:
    """`{"time", "interface", "account", "fields"}` with all 20 fields as used."""
    return {
        "time": sms.time.astimezone().isoformat(timespec="milliseconds"),
        "interface": str(sms.interface),
        "account": sms.account,
        "fields": dict(sms.fields),
    }


class RecordWriter:
    """Appends to the file, so that restarting the simulator keeps what was recorded before."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._file = self.path.open("a", encoding="utf-8")

    def write(self, sms: AcceptedSms) -> None:
        self._file.write(json.dumps(record_entry(sms), ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()
