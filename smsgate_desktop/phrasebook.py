"""Every sentence template of the Qt-free layers, for the translation generator and tests.

The templates (protocol/phrases.py) register themselves when their module is imported; this
imports every module that declares some, so nothing is missed because it was not loaded yet.
A module that starts declaring templates is added to DECLARING_MODULES (a test checks that
the list finds every template the package's modules register).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Final

from .protocol.phrases import Template, registered

DECLARING_MODULES: Final = (
    "smsgate_desktop.protocol",
    "smsgate_desktop.config",
    "smsgate_desktop.profiles",
    "smsgate_desktop.session",
    "smsgate_desktop.store",
    "smsgate_desktop.broadcast",
    "smsgate_desktop.contacts",
    "smsgate_desktop.usecases",
)


def every_template() -> Iterator[Template]:
    """The templates the application declares (not those a test made for itself)."""
    for module in DECLARING_MODULES:
        importlib.import_module(module)
    yield from (t for t in registered() if t.owner.startswith("smsgate_desktop."))
