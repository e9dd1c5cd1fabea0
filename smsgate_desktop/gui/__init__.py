"""The PySide6 desktop window. The only package that imports Qt.

Widgets and wiring only: the rules live in the Qt-free layers below (usecases, broadcast,
session, store, contacts, protocol). Must not import cli.
"""
