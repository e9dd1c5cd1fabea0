"""The use cases run on both store backends (tests/pgkit.py: both_backends)."""

from pgkit import both_backends as pytest_generate_tests  # noqa: F401
