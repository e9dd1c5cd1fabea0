"""Translations: the Qt translator chosen from the system locale (or a setting), and the
sentences of the Qt-free modules in the user's language.

English is the source language: with no translator installed every text is the English one.
The protocol core stays free of Qt; its error catalogue is translated here, in the GUI layer,
under the "GatewayErrors" context (the source strings are listed in gateway_errors_tr.py so
that pyside6-lupdate finds them).

The other Qt-free modules (phone numbers, field formats, the message draft, profiles,
schedules, the session, broadcasts, contact files) hand up their sentences as Phrases
(protocol/phrases.py): English text that carries its template's code and its values.
translate_text() translates a phrase by its code and puts the values back, never parsing the
English; the templates are listed for lupdate in phrases_tr.py, generated from the registry by
resources/translations/gen_error_strings.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from ..profiles import DEMO_NAME, Profile
from ..protocol.errors import EXPLANATION_BY_TEXT, lookup
from ..protocol.phrases import Phrase, phrase_of
from .settings import open_settings

TRANSLATIONS_DIR: Final = Path(__file__).resolve().parent / "translations"
LANGUAGES: Final = ("en", "it")  # English is the source language: its .qm has plurals only
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
    translator = QTranslator(app)
    if not translator.load(str(qm_path(chosen))):
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    if chosen == "en":  # the source language: its file holds only the plural forms
        return "en"
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


# store.StorageError's codes -> the window's sentence (translated by code, never parsed).
STORAGE_CONTEXT: Final = "StorageError"
STORAGE_SENTENCES: Final = {
    "full": QT_TRANSLATE_NOOP("StorageError", "The disk holding the data folder {folder} is full."),
    "locked": QT_TRANSLATE_NOOP(
        "StorageError", "The local database {path} is locked by another program."
    ),
    "read-only": QT_TRANSLATE_NOOP("StorageError", "The data folder {folder} is read-only."),
    "cannot-open": QT_TRANSLATE_NOOP(
        "StorageError", "The data folder {folder} cannot be used ({detail})."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "StorageError", "The local database {path} is damaged ({detail})."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "StorageError",
        "Another program changed the local journal {path} while this window was sending.",
    ),
}
STORAGE_OTHER: Final = QT_TRANSLATE_NOOP(
    "StorageError", "The local database {path} failed ({detail})."
)
STORAGE_RAW: Final = QT_TRANSLATE_NOOP("StorageError", "The local database failed ({detail}).")
# The same codes on an office database (StorageError.office: PostgreSQL shared by several
# desktops); {path} is its address without the password.
OFFICE_SENTENCES: Final = {
    "unreachable": QT_TRANSLATE_NOOP(
        "StorageError", "The office database {path} cannot be reached ({detail})."
    ),
    "full": QT_TRANSLATE_NOOP("StorageError", "The office database {path} is full."),
    "locked": QT_TRANSLATE_NOOP(
        "StorageError", "The office database {path} is busy (a lock wait timed out): try again."
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "StorageError", "The office database {path} refuses writes ({detail})."
    ),
}
OFFICE_OTHER: Final = QT_TRANSLATE_NOOP(
    "StorageError", "The office database {path} failed ({detail})."
)


def storage_failure(exc: BaseException) -> str:
    """A failure of the local database or its folder, or of the office database
    (store.StorageError, or a raw sqlite3 error) as one sentence in the user's language: what
    failed and where."""
    code = getattr(exc, "code", None)
    path = getattr(exc, "path", None)
    if not isinstance(code, str) or not isinstance(path, str):  # a raw sqlite3 error
        return QCoreApplication.translate(STORAGE_CONTEXT, STORAGE_RAW).format(detail=exc)
    if getattr(exc, "office", False):
        source = OFFICE_SENTENCES.get(code, OFFICE_OTHER)
    else:
        source = STORAGE_SENTENCES.get(code, STORAGE_OTHER)
    return QCoreApplication.translate(STORAGE_CONTEXT, source).format(
        folder=getattr(exc, "folder", "") or path,
        path=path,
        detail=getattr(exc, "detail", "") or exc,
    )


def display_name(profile: Profile) -> str:
    """The profile's name as shown: the built-in demo profile's in the user's language (its
    stored name, DEMO_NAME, stays the key the window and the settings use)."""
    if profile.demo and profile.name == DEMO_NAME:
        return QCoreApplication.translate("Profiles", DEMO_NAME)
    return profile.name


def translate_text(text: str) -> str:
    """A sentence of a Qt-free module in the user's language: a Phrase is translated by its
    code (its template's Qt source text, under its context) with its values put back, those
    that are phrases translated in turn. Anything else (a value typed by the user, text from
    the gateway or the disk) is shown as it is."""
    if not isinstance(text, Phrase) or not _installed:
        return text
    template = text.template
    values = {
        name: translate_text(value) if isinstance(value, Phrase) else value
        for name, value in text.values.items()
    }
    translated = QCoreApplication.translate(template.context, template.english)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English instead
        return str(text)


def translate_error(error: BaseException) -> str:
    """An exception of a Qt-free module as a sentence in the user's language (its phrase,
    translated by code; else its English message)."""
    phrase = phrase_of(error)
    return translate_text(phrase) if phrase is not None else str(error)
