"""Translations: the Qt translator chosen from the system locale (or a setting), and the
sentences of the Qt-free modules in the user's language.

English is the source language: with no translator installed every text is the English one.
The protocol core stays free of Qt; its error catalogue is translated here, in the GUI layer,
under the "GatewayErrors" context (the source strings are listed in gateway_errors_tr.py so
that pyside6-lupdate finds them).

The other Qt-free modules (phone numbers, field formats, the message draft, profiles,
schedules, the session, broadcasts, contact files) also speak English: their sentences reach
the window as plain strings. translate_text() recognises such a sentence by its template
(listed in core_texts.py, `{name}` where a value goes), translates the template and puts the
values back; values that are sentences of their own (NESTED: a reason inside "Recipient … is
not valid: {reason}.") are translated the same way. A sentence no template matches is shown
as it is.
"""

from __future__ import annotations

import functools
import os
import re
import string
from dataclasses import dataclass
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
from ..protocol.errors import CATALOGUE, EXPLANATION_BY_TEXT, lookup
from .core_texts import TEMPLATES
from .settings import open_settings

TRANSLATIONS_DIR: Final = Path(__file__).resolve().parent / "translations"
LANGUAGES: Final = ("en", "it")  # English is the source language (no .qm)
SETTING_KEY: Final = "language"  # "" (follow the system), "en" or "it"
ENV_VAR: Final = "SMSGATE_LANG"
ERRORS_CONTEXT: Final = "GatewayErrors"

# Placeholders whose value is itself a sentence of a Qt-free module (translated in turn), and
# those that only ever hold a number (matched as digits, which keeps adjacent ones apart).
NESTED: Final = frozenset({"reason", "problem", "why", "error", "doing"})
NUMERIC: Final = frozenset(
    {"count", "position", "line", "size", "limit", "digits", "hours", "minutes", "seconds", "id"}
)

_installed: list[QTranslator] = []  # kept alive while installed
_generation = [0]  # bumped when the translators change: translate_text's cache key


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
    _generation[0] += 1
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
    _generation[0] += 1


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


def storage_failure(exc: BaseException) -> str:
    """A failure of the local database or its folder (store.StorageError, or a raw sqlite3
    error) as one sentence in the user's language: what failed and where."""
    code = getattr(exc, "code", None)
    path = getattr(exc, "path", None)
    if not isinstance(code, str) or not isinstance(path, str):  # a raw sqlite3 error
        return QCoreApplication.translate(STORAGE_CONTEXT, STORAGE_RAW).format(detail=exc)
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
    """A sentence of a Qt-free module in the user's language (see the module docstring)."""
    if not text or not _installed:
        return text
    return _translate_cached(text, _generation[0])


@dataclass(frozen=True, slots=True)
class _Template:
    context: str
    source: str
    prefix: str  # the literal text before the first placeholder (a quick first test)
    pattern: re.Pattern[str]


@functools.lru_cache(maxsize=4096)
def _translate_cached(text: str, _generation: int) -> str:
    if text in _EXPLANATIONS:  # a gateway error's explanation, e.g. in a journal row
        return QCoreApplication.translate(ERRORS_CONTEXT, text)
    unknown = _UNKNOWN_CODE.fullmatch(text)
    if unknown:
        return explanation_translated(int(unknown.group(1)))
    for template in _templates():
        if not text.startswith(template.prefix):
            continue
        match = template.pattern.fullmatch(text)
        if match is None:
            continue
        values = {
            name: translate_text(value) if name in NESTED else value
            for name, value in match.groupdict().items()
        }
        translated = QCoreApplication.translate(template.context, template.source)
        return _substitute(translated, values) or text
    return text


_EXPLANATIONS: Final = frozenset(
    [entry.explanation for entry in CATALOGUE.values()] + list(EXPLANATION_BY_TEXT.values())
)
_UNKNOWN_CODE: Final = re.compile(r"The gateway reported error (\d+)\.")


@functools.cache
def _templates() -> tuple[_Template, ...]:
    """Every template compiled, the longest literal text first (a specific variant, such as
    "… (and 1 more).", is tried before the general one that would also match it)."""
    found = []
    for context, sources in TEMPLATES.items():
        for source in sources:
            pattern, prefix, literal = _compile(source)
            found.append((literal, _Template(context, source, prefix, pattern)))
    found.sort(key=lambda item: -item[0])
    return tuple(template for _, template in found)


def _compile(source: str) -> tuple[re.Pattern[str], str, int]:
    """(the pattern a sentence made from `source` matches, its literal prefix, how many
    literal characters it has). A placeholder used twice must hold the same text twice."""
    parts: list[str] = []
    fields: list[str] = []
    texts: list[str] = []  # the literal text, braces undoubled
    prefix = None
    for text, name, _spec, _conversion in string.Formatter().parse(source):
        parts.append(re.escape(text))
        texts.append(text)
        if name is None:
            continue
        if prefix is None:
            prefix = "".join(texts)
        if name in fields:
            parts.append(f"(?P={name})")
        else:
            fields.append(name)
            parts.append(rf"(?P<{name}>-?\d[\d,.]*)" if name in NUMERIC else f"(?P<{name}>.+?)")
    literal = "".join(texts)
    return (
        re.compile("".join(parts), re.DOTALL),
        literal if prefix is None else prefix,
        len(literal),
    )


def _substitute(template: str, values: dict[str, str]) -> str | None:
    """`template` with its {placeholders} replaced (format specs ignored: the values are the
    text already formatted); None when it names a value the sentence did not have."""
    out = []
    try:
        for text, name, _spec, _conversion in string.Formatter().parse(template):
            out.append(text)
            if name is not None:
                out.append(values[name])
    except (KeyError, ValueError):  # a broken translation: the English sentence instead
        return None
    return "".join(out)
