"""Every error class of the Qt-free layers has one root, SmsGateError (ARCHITECTURE.md).

The window and the CLI word an error from its class, code and parameters; a class outside the
tree would slip past every `except SmsGateError` and be shown as "Unexpected error".
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import smsgate_desktop
from smsgate_desktop.protocol import SmsGateError

# Error classes that may stay outside SmsGateError, each with the reason. Keep it empty: a
# class that cannot be rooted yet is listed with its owner ("owned by X, to root").
ALLOWED: dict[str, str] = {}


def qt_free_modules() -> list[str]:
    """Every module of smsgate_desktop outside gui/ (the window words errors, it does not
    define the lower layers' ones); `__main__` modules are entry points, not imported."""
    names = []
    for info in pkgutil.walk_packages(smsgate_desktop.__path__, "smsgate_desktop."):
        if info.name.startswith("smsgate_desktop.gui") or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def error_classes() -> dict[str, type[BaseException]]:
    """Each Exception subclass defined (not just imported) in those modules, by full name."""
    found: dict[str, type[BaseException]] = {}
    for name in qt_free_modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Exception) and cls.__module__ == name:
                found[f"{name}.{cls.__qualname__}"] = cls
    return found


def test_the_walk_finds_the_lower_layers_errors():
    found = error_classes()
    assert "smsgate_desktop.protocol.errors.SmsGateError" in found
    assert "smsgate_desktop.session.errors.ConnectError" in found
    assert "smsgate_desktop.config.KeyringUnavailable" in found
    assert not any(name.startswith("smsgate_desktop.gui") for name in found)


def test_every_error_class_derives_from_smsgate_error():
    found = error_classes()
    outside = sorted(name for name, cls in found.items() if not issubclass(cls, SmsGateError))
    assert [name for name in outside if name not in ALLOWED] == []


def test_the_allow_list_names_only_classes_that_still_need_it():
    found = error_classes()
    stale = [name for name in ALLOWED if name not in found or issubclass(found[name], SmsGateError)]
    assert stale == [], "rooted or gone: remove from ALLOWED"
