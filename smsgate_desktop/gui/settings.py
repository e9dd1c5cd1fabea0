"""Window state that survives a restart (geometry, splitters), kept beside the profiles.

QSettings in IniFormat under data_dir() rather than the platform default (registry, plist),
so the whole app state is in one folder and tests stay inside their temporary data dir.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QByteArray, QSettings

from ..config import data_dir

SETTINGS_FILE: Final = "window.ini"


def open_settings() -> QSettings:
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def load_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A stored QByteArray (geometry, splitter state), None when absent or of another type."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
