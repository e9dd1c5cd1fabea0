"""The store suite runs on both backends: SQLite (a file per test) and PostgreSQL (a fresh
office database per test, on the session's server). A test of SQLite itself is marked
`sqlite_only`."""

from pgkit import both_backends as pytest_generate_tests  # noqa: F401
