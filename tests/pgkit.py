"""A real PostgreSQL server for the tests, started from the distribution's binaries (`.ci/run`
installs them when the machine has none): one server per test session in a temporary folder,
on a free loopback port, trust authentication, locale C (byte order, as SQLite sorts).

PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user the
distribution's package made. A machine with no PostgreSQL binaries FAILS these tests (they
must run in CI, never be skipped silently).

`fresh_database(server)` gives a new empty database and its URL; `PgServer.url(db)`.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

_counter = itertools.count(1)


def _binaries() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not candidates:
        raise RuntimeError(
            "No PostgreSQL server binaries (pg_ctl) on this machine: install the distribution's "
            "'postgresql' package (.ci/run does)."
        )
    return Path(candidates[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    folder: Path
    port: int
    runas: list[str]
    bindir: Path
    templated: bool = False

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        subprocess.run(
            [
                *self.runas,
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server(*, fsync: bool = False) -> PgServer:
    """initdb + start; `fsync=False` for tests (a crash of the test machine loses nothing of
    value), True for the bench (as a real office server runs)."""
    bindir = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="smsgate-pg-"))
    runas: list[str] = []
    if os.geteuid() == 0:
        runas = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    subprocess.run(
        [
            *runas,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--locale=C",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        capture_output=True,
        check=True,
    )
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200 "
        f"-c fsync={'on' if fsync else 'off'} -c full_page_writes={'on' if fsync else 'off'}"
    )
    started = subprocess.run(
        [
            *runas,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-t",
            "60",
            "-l",
            str(folder / "log"),
            "-o",
            options,
            "start",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if started.returncode != 0:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{log}")
    return PgServer(folder, port, runas, bindir)


TEMPLATE = "smsgate_template"


def fresh_database(server: PgServer, *, migrated: bool = True) -> str:
    """A new database on `server`, its URL: `migrated` at the latest schema (copied from a
    template migrated once per server: 5x faster than migrating each), else empty."""
    import psycopg

    name = f"t{os.getpid()}_{next(_counter)}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        if migrated and not server.templated:
            from smsgate_desktop.store import open_store

            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
            open_store(server.url(TEMPLATE)).close()
            server.templated = True
        template = f' TEMPLATE "{TEMPLATE}"' if migrated else ""
        conn.execute(f'CREATE DATABASE "{name}"{template}')
    return server.url(name)


BACKENDS = ("sqlite", "postgresql")


def both_backends(metafunc: pytest.Metafunc) -> None:
    """pytest_generate_tests of a suite that runs on both backends: every test that uses
    the store gets `backend` = sqlite and postgresql, unless marked `sqlite_only` (a test
    of SQLite itself: its file, PRAGMAs, its migrations from old files, OS file locks)."""
    if "backend" in metafunc.fixturenames and not metafunc.definition.get_closest_marker(
        "sqlite_only"
    ):
        metafunc.parametrize("backend", BACKENDS)
