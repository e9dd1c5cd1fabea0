"""Real processes for the broadcast tests: `smsgate-sim` with a record of what it accepted, and
`smsgate broadcast` run as a person would (imported by name, never from conftest)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from smsgate_desktop.cli import PASSWORD_ENV

ACCOUNT, PASSWORD = "acme", "s3cret"


@contextlib.contextmanager
def simulator_process(record: Path, latency_ms: int, *extra: str) -> Iterator[int]:
    """Run `smsgate-sim` on a free port, recording each accepted SMS in `record`; its port.
    `extra`: more options (`--drop-after N`)."""
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "smsgate_desktop.simulator", "--port", "0"),
            *("--account", f"{ACCOUNT}:{PASSWORD}:100000"),
            *("--latency-ms", str(latency_ms), "--record", str(record)),
            *extra,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("listening on "), line
        yield int(line.rsplit(":", 1)[1])
    finally:
        process.terminate()
        process.wait(timeout=10)


def recorded(record: Path) -> list[str]:
    """The numbers the simulator accepted, in order (a line being written is left out)."""
    if not record.exists():
        return []
    return [
        "{CountryCode}{GsmCode}{PhoneNumber}".format(**json.loads(line)["fields"])
        for line in record.read_text().splitlines()
        if line.endswith("}")
    ]


def kill_driver(port: int, database: Path, window: int) -> subprocess.Popen:
    """killdriver.py: run broadcast 1 of `database` once, in a process of its own."""
    driver = Path(__file__).with_name("killdriver.py")
    command = [sys.executable, str(driver), str(database), str(port), str(window)]
    return subprocess.Popen(
        [*command, ACCOUNT, PASSWORD],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def smsgate(port: int, data_dir: Path, *args: str) -> subprocess.Popen:
    """`smsgate broadcast ARGS` against the simulator on `port`, with its own data folder."""
    env = os.environ | {"SMSGATE_DATA_DIR": str(data_dir), PASSWORD_ENV: PASSWORD}
    command = [sys.executable, "-m", "smsgate_desktop.cli", "broadcast", "--account", ACCOUNT]
    command += ["--host", "127.0.0.1", "--port", str(port), "--reply-timeout", "10", *args]
    return subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
