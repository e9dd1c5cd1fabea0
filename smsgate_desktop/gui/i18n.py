"""Translations: the Qt translator chosen from the system locale (or a setting), and the
gateway's error explanations in the user's language.

English is the source language: with no translator installed every text is the English one.
The protocol core stays free of Qt; its error catalogue is translated here, in the GUI layer,
under the "GatewayErrors" context (the source strings are listed in gateway_errors_tr.py so
that pyside6-lupdate finds them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..protocol.errors import EXPLANATION_BY_TEXT, lookup
from .settings import open_settings

TRANSLATIONS_DIR: Final = Path(__file__).resolve().parent / "translations"
LANGUAGES: Final = ("en", "it")  # English is the source language (no .qm)
SETTING_KEY: Final = "language"  # "" (follow the system), "en" or "it"
ENV_VAR: Final = "SMSGATE_LANG"
ERRORS_CONTEXT: Final = "GatewayErrors"

_installed: list[QTranslator] = []  # kept alive while installed


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"smsgate_{language}.qm"


def choose_language(language: str | None = None) -> str:
    """The explicit argument, else SMSGATE_LANG, else the setting, else the system locale."""
    for candidate in (language, os.environ.get(ENV_VAR), _setting()):
        if candidate:
            code = candidate.strip().lower().replace("-", "_").split("_")[0]
            return code if code in LANGUAGES else "en"
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in LANGUAGES else "en"


def _setting() -> str:
    value = open_settings().value(SETTING_KEY, "")
    return value if isinstance(value, str) else ""


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translation for the chosen language; returns the language in use."""
    remove_translators(app)
    chosen = choose_language(language)
    if chosen == "en":
        return "en"
    translator = QTranslator(app)
    if not translator.load(str(qm_path(chosen))):
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own texts (OK/Cancel, context menus), from the translations Qt ships, if present.
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{chosen}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def explain_translated(code: int, text: str = "") -> str:
    """errors.explain() in the user's language: a plain sentence ending with the code."""
    return f"{explanation_translated(code, text)} [{code}]"


def explanation_translated(code: int, text: str = "") -> str:
    """The plain explanation of a gateway error (no code), translated."""
    entry = lookup(code)
    plain = EXPLANATION_BY_TEXT.get(text)
    if plain is None:
        if entry.explanation == f"The gateway reported error {code}.":
            return QCoreApplication.translate(
                ERRORS_CONTEXT, "The gateway reported error %1."
            ).replace("%1", str(code))
        plain = entry.explanation
    return QCoreApplication.translate(ERRORS_CONTEXT, plain)
