"""The contacts panel's words for a refusal: a bad extra field, a store call that failed."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

from ..usecases.contacts_edit import ExtraFieldError, ExtraProblem
from .i18n import storage_failure, translate_error


def extra_field_message(error: ExtraFieldError) -> str:
    """The user's words for a refused extra field (in the edit dialog's translation context,
    written out in full so that lupdate finds each text)."""
    if error.problem is ExtraProblem.NO_NAME:
        return QCoreApplication.translate("ContactEditDialog", "A field with a value needs a name.")
    if error.problem is ExtraProblem.NOT_A_PLACEHOLDER:
        text = QCoreApplication.translate(
            "ContactEditDialog",
            "“{key}” cannot be a field name: texts use a field as {{field}}, so its name "
            "cannot contain {{ or }}.",
        )
    elif error.problem is ExtraProblem.RESERVED:
        text = QCoreApplication.translate(
            "ContactEditDialog",
            "“{key}” cannot be a field name: {{name}} and {{number}} are the contact's own "
            "name and number.",
        )
    else:
        text = QCoreApplication.translate(
            "ContactEditDialog",
            "There are two fields named “{key}” (upper and lower case count as the same).",
        )
    return text.format(key=error.key)


def store_failure(exc: Exception) -> str:
    """Why a store call failed, in the user's language: a storage failure (disk full,
    database locked: i18n.storage_failure) or a sentence of the store module."""
    if isinstance(exc, sqlite3.Error):
        return storage_failure(exc)
    if isinstance(exc, OSError):
        return str(exc)
    return translate_error(exc).strip("'\"")
