"""Translations: the Italian .qm loads, key widgets and gateway errors follow the language,
the .ts is complete and the committed .qm matches it."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from smsgate_desktop.gui import i18n
from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.gui.results import describe
from smsgate_desktop.gui.settings import open_settings
from smsgate_desktop.protocol.replies import Err
from smsgate_desktop.session import Outcome, SendResult

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "smsgate_it.ts"
QM_FILE = i18n.qm_path("it")


@pytest.fixture
def language(qapp, monkeypatch):
    """language("it") installs a translator for the test; always removed afterwards."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)

    def install(code: str | None) -> str:
        return i18n.install_translator(qapp, code)

    yield install
    i18n.remove_translators(qapp)


def test_the_qm_file_exists_and_loads():
    assert QM_FILE.is_file()
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert translator.translate("ComposePanel", "Send") == "Invia"


def test_italian_window(language, make_window):
    assert language("it") == "it"
    window = make_window(demo=DemoGateway())
    assert window.compose.send_button.text() == "Invia"
    assert window.banner_label.text() == "Modalità demo — nessun messaggio esce da questo computer"
    assert window.tabs.tabText(0) == "Messaggio"
    assert window.tabs.tabText(1) == "Contatti"
    assert window.results.summary.text() == "Nessun messaggio ancora inviato."
    assert window.results.model.headerData(0, _horizontal()) == "Destinatario"


def test_english_window(language, make_window):
    assert language("en") == "en"
    window = make_window(demo=DemoGateway())
    assert window.compose.send_button.text() == "Send"
    assert window.banner_label.text() == "Demo mode — no messages leave this computer"
    assert window.tabs.tabText(0) == "Message"


def test_gateway_error_explanations_follow_the_language(language):
    rejected = SendResult(
        None, Outcome.REJECTED, error=Err(86, "Recipient Locked From Account!", False, b"")
    )
    language("it")
    italian = (
        "Questo destinatario è bloccato per il vostro account; il messaggio non è stato inviato."
    )
    assert i18n.explain_translated(86) == f"{italian} [86]"
    assert describe(rejected).startswith(italian)
    assert i18n.explain_translated(89, "Account Blocked!").startswith("L'account è bloccato.")
    assert i18n.explain_translated(42) == "Il gateway ha segnalato l'errore 42. [42]"
    language("en")
    english = "This recipient is blocked for your account; the message was not sent."
    assert i18n.explain_translated(86) == f"{english} [86]"
    assert describe(rejected).startswith(english)
    assert i18n.explain_translated(42) == "The gateway reported error 42. [42]"


def test_every_gateway_explanation_is_translated(language):
    from smsgate_desktop.protocol.errors import CATALOGUE, EXPLANATION_BY_TEXT, explain

    language("it")
    for code, entry in CATALOGUE.items():
        for text in entry.texts:
            assert i18n.explain_translated(code, text) != explain(code, text), (code, text)
    assert all(
        text in {t for e in CATALOGUE.values() for t in e.texts} for text in EXPLANATION_BY_TEXT
    )


def test_language_choice(monkeypatch, qapp):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.setattr(i18n.QLocale, "system", lambda: i18n.QLocale("it_IT"))
    assert i18n.choose_language() == "it"  # the system locale
    monkeypatch.setattr(i18n.QLocale, "system", lambda: i18n.QLocale("de_DE"))
    assert i18n.choose_language() == "en"  # no German: the source language
    settings = open_settings()
    settings.setValue(i18n.SETTING_KEY, "it")
    settings.sync()
    assert i18n.choose_language() == "it"  # the setting overrides the system
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.choose_language() == "en"  # the environment overrides the setting
    assert i18n.choose_language("it_IT") == "it"  # an explicit choice overrides everything
    assert i18n.choose_language("fr") == "en"
    settings.setValue(i18n.SETTING_KEY, "")
    settings.sync()


def test_the_ts_file_has_no_unfinished_entries():
    root = ET.parse(TS_FILE).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None, source
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, source
        assert (translation.text or "").strip(), source
        for placeholder in ("{", "%1", "%v", "%m"):  # the same placeholders on both sides
            assert source.count(placeholder) == translation.text.count(placeholder), source


def test_the_qm_file_is_up_to_date(tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "smsgate_it.qm"
    subprocess.run(
        [lrelease, "-silent", str(TS_FILE), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == QM_FILE.read_bytes(), "run resources/translations/update.sh"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_no_translator_is_left_installed(qapp):
    assert QApplication.translate("ComposePanel", "Send") == "Send"
