"""Translations: the Italian .qm loads, key widgets and gateway errors follow the language,
the .ts is complete and the committed .qm matches it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from smsgate_desktop.broadcast.forecast import Forecast
from smsgate_desktop.gui import i18n
from smsgate_desktop.gui.account import AccountPanel, ProfileDialog
from smsgate_desktop.gui.broadcast_panel import BroadcastPanel, ForecastText
from smsgate_desktop.gui.compose import ComposePanel
from smsgate_desktop.gui.contacts_panel import ContactsPanel
from smsgate_desktop.gui.demo import DemoGateway
from smsgate_desktop.gui.import_dialog import ImportDialog
from smsgate_desktop.gui.results import ResultsPanel, describe
from smsgate_desktop.gui.settings import open_settings
from smsgate_desktop.gui.worker import _broadcast_why, _sentence
from smsgate_desktop.phrasebook import every_template
from smsgate_desktop.profiles import DEMO_NAME, Profile, demo_profile
from smsgate_desktop.protocol.replies import Err
from smsgate_desktop.session import Outcome, SendResult
from smsgate_desktop.session.errors import ConnectError
from smsgate_desktop.store import contacts
from smsgate_desktop.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "smsgate_it.ts"
QM_FILE = i18n.qm_path("it")


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
    italian = "Questo destinatario è bloccato per il tuo account; il messaggio non è stato inviato."
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
    assert len(messages) > 500
    plural = 0
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None, source
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, source
        if message.get("numerus") == "yes":  # tr(text, "", n): Italian's two plural forms
            plural += 1
            texts = [form.text or "" for form in translation.findall("numerusform")]
            assert len(texts) == 2, source
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), source
            for placeholder in ("{", "%1", "%n", "%v", "%m"):  # the same ones on both sides
                assert source.count(placeholder) == text.count(placeholder), (source, text)
    assert plural > 20


@pytest.mark.parametrize("code", ["it", "en"])
def test_the_qm_file_is_up_to_date(tmp_path, code):
    # CI runs .venv/bin/python without activating the venv: look beside the interpreter too.
    beside = Path(sys.executable).parent
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=beside)
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / f"smsgate_{code}.qm"
    source = TS_FILE.with_name(f"smsgate_{code}.ts")
    subprocess.run(
        [lrelease, "-silent", str(source), "-qm", str(built)], check=True, capture_output=True
    )
    expected = i18n.qm_path(code).read_bytes()
    assert built.read_bytes() == expected, "run resources/translations/update.sh"


def test_english_counts_read_right(language, qtbot):
    """English is the source language; its .qm gives the plural forms: "1 message", never
    "1 message(s)"."""
    language("en")
    results = ResultsPanel()
    qtbot.addWidget(results)
    results.start_batch(1, ["+393331234567"])
    assert results.summary.text() == "Sending 1 message…"
    results.start_batch(2, ["+393331234567", "+393471234567"])
    assert results.summary.text() == "Sending 2 messages…"
    english = ET.parse(TS_FILE.with_name("smsgate_en.ts")).getroot()
    for message in english.iter("message"):
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")
        assert not any("(s)" in form for form in forms), forms


def test_compose_panel_says_what_to_fix_in_italian(language, qtbot):
    language("it")
    panel = ComposePanel()
    qtbot.addWidget(panel)
    panel.sender_edit.setText("ACME")
    panel.text_edit.setPlainText("x")
    panel.recipients_edit.setPlainText("+39 333 1234567\n+39 12")
    panel.revalidate()
    # The reason comes from protocol/numbers.py (English, Qt-free), inside draft.py's sentence.
    assert panel.reason.text() == "Il destinatario '+39 12' non è valido: troppo corto."
    assert panel.recipients_list.item(1).text() == "✗ +39 12 — troppo corto (riga 2, colonna 1)"
    assert panel.recipients_list.item(1).toolTip() == (
        "riga 2, colonna 1: '+39 12' non è un numero di telefono valido: troppo corto"
    )
    assert panel.recipients_list.item(0).toolTip() == "cellulare"
    assert panel.counter.text().startswith("1 carattere · GSM-7 · 1 parte · costa 1 credito ")

    panel.recipients_edit.setPlainText("+39 12\nabc\n+39 1")
    panel.text_edit.setPlainText("ok")
    panel.revalidate()
    assert panel.reason.text() == "Il destinatario '+39 12' non è valido: troppo corto (e altri 2)."
    assert panel.recipients_list.item(1).text() == (
        "✗ abc — contiene la lettera 'a' in posizione 1 (riga 2, colonna 1)"
    )
    assert panel.counter.text().startswith("2 caratteri ")

    panel.recipients_edit.setPlainText("+39 333 1234567")
    panel.sender_edit.setText("Too long a sender")
    panel.revalidate()
    assert panel.reason.text() == (
        "Il mittente deve avere da 1 a 11 lettere, cifre o spazi, oppure essere + seguito da "
        "al massimo 16 cifre."
    )
    panel.sender_edit.setText("ACME")
    panel.text_edit.setPlainText("ciao ж")
    panel.revalidate()
    assert panel.reason.text() == (
        "Il carattere 'ж' in posizione 6 non può essere inviato come testo semplice: passa "
        "al tipo UTF."
    )


def test_profile_dialog_problems_and_the_demo_name_in_italian(language, qtbot):
    language("it")
    dialog = ProfileDialog(Profile("Ufficio", "acme", "gw.example:99999"), has_password=True)
    qtbot.addWidget(dialog)
    # profiles.py (Qt-free) words the problem; the dialog shows it translated.
    assert dialog.problem_label.text() == (
        "Host principale: 'gw.example:99999': la porta deve essere un numero da 1 a 65535."
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.name_edit.setText("")
    dialog.primary_edit.setText("gw.example:27")
    assert dialog.problem_label.text() == "Il profilo deve avere un nome."

    panel = AccountPanel()
    qtbot.addWidget(panel)
    demo = demo_profile()
    panel.set_profiles([demo], demo)
    assert panel.profile_combo.currentText() == "Demo (simulatore integrato)"
    assert panel.profile_combo.currentData() == DEMO_NAME  # the key stays the stored name
    panel.show_status("Active")
    assert panel.status_label.text() == "Stato: Attivo"


def test_broadcast_forecast_in_italian(language, qtbot, tmp_path):
    language("it")
    panel = BroadcastPanel(tmp_path / "store.sqlite3")
    qtbot.addWidget(panel)
    try:
        panel.sender_edit.setText("ACME")
        panel.text_edit.setPlainText("Ciao")
        panel.numbers_edit.setPlainText("+39 333 1000000\n+39 333 1000001\n0039 333 1000001")
        assert panel.show_forecast() is not None
        assert panel.forecast_label.text().splitlines() == [
            "Destinatari: 2",
            "  duplicati uniti: 1",
            "Parti per messaggio: 1 (testo più lungo)",
            "Crediti necessari: 2 (saldo non disponibile)",
            "Durata stimata: non disponibile",
        ]
        panel.numbers_edit.setPlainText("+39 12")
        assert panel.show_forecast() is None
        assert panel.forecast_label.text() == "Il destinatario '+39 12' non è valido: troppo corto."
        assert panel.send() is None
        assert panel.notice.text() == "Nessun account connesso: scegli prima un profilo."
    finally:
        panel.shutdown()
    short = ForecastText().lines(Forecast(3, 0, 0, 1, 3, 2, 125.0))
    assert "  Attenzione: manca 1 credito; il gateway rifiuterà i messaggi oltre il saldo." in short
    assert "Durata stimata: circa 2 min 5 s" in short
    assert (
        "  Attenzione: mancano 2 crediti;"
        in ForecastText().lines(Forecast(3, 0, 0, 1, 3, 1, None))[3]
    )


def test_send_summary_agrees_with_the_count_in_italian(language, qtbot):
    language("it")
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.start_batch(1, ["+39 333 1234567"])
    assert panel.summary.text() == "Invio di 1 messaggio in corso…"
    panel.apply_results(1, [(0, SendResult(None, Outcome.ACCEPTED, credit=9))])
    panel.finish_batch(1, "")
    assert panel.summary.text() == "Ultimo invio: 1 accettato, 0 rifiutati, 0 incerti."
    assert panel.model.item(0, 1).text() == "accettato"  # one row: singular

    panel.start_batch(2, ["a", "b", "c", "d"])
    assert panel.summary.text() == "Invio di 4 messaggi in corso…"
    accepted = SendResult(None, Outcome.ACCEPTED, credit=8)
    rejected = SendResult(None, Outcome.REJECTED, error=Err(86, "x", False, b""))
    panel.apply_results(2, [(0, accepted), (1, accepted), (2, rejected)])
    panel.finish_batch(2, "")
    assert panel.summary.text() == (
        "Ultimo invio: 2 accettati, 1 rifiutato, 0 incerti, 1 non inviato."
    )
    assert [panel.model.item(row, 1).text() for row in range(4)] == [
        "accettato",
        "accettato",
        "rifiutato",
        "non inviato",
    ]
    assert panel.model.item(3, 3).text() == "Non inviato."


def test_contacts_and_import_counts_in_italian(language, qtbot, tmp_path):
    language("it")
    conn = open_store(tmp_path / "contacts.sqlite3")
    try:
        contacts.add_contact(conn, "+393331234567", "Mario")
        panel = ContactsPanel(conn)
        qtbot.addWidget(panel)
        assert panel.count_label.text() == "1 contatto"
        source = tmp_path / "rubrica.csv"
        source.write_text("Nome;Cellulare\nAnna;347 1112222\nLuca;abc\n", encoding="utf-8")
        dialog = ImportDialog(conn)
        qtbot.addWidget(dialog)
        assert dialog.load_file(source)
        with qtbot.waitSignal(dialog.import_finished, timeout=15_000):
            dialog.import_button.click()
        assert dialog.summary.text() == (
            "1 aggiunto, 0 aggiornati, 0 duplicati uniti, 1 riga non importata "
            "(vedi l'elenco sotto)."
        )
        assert dialog.error_lines() == ["riga 3: 'abc': contiene la lettera 'a' in posizione 1"]
        panel.reload()
        assert panel.count_label.text() == "2 contatti"
    finally:
        conn.close()


def test_worker_sentences_in_italian(language):
    language("it")
    assert _broadcast_why("paused", "") == "In pausa: riprendi per inviare i messaggi rimanenti."
    from smsgate_desktop.session.session import CONNECTION_REFUSED

    lost = _sentence(ConnectError([("127.0.0.1:1", CONNECTION_REFUSED())]))
    assert lost == "Impossibile connettersi al gateway (127.0.0.1:1: connessione rifiutata)."
    assert (
        _broadcast_why("interrupted", "La connessione è caduta mentre si chiedeva il credito.")
        == "Interrotto: La connessione è caduta mentre si chiedeva il credito. Riprendi quando "
        "il gateway sarà di nuovo raggiungibile."
    )


def _translations() -> dict[tuple[str, str], str]:
    """(context, source) -> the finished Italian text of the .ts (plural forms joined)."""
    found = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            found[(name, message.findtext("source"))] = "|".join(forms) or translation.text or ""
    return found


def test_every_phrase_template_has_its_italian():
    """Each sentence template of the Qt-free layers (protocol/phrases.py) is in the .ts,
    translated, under its context: rewording one in English fails here until its Italian
    follows (it is never lost silently)."""
    translations = _translations()
    missing = [
        template.code
        for template in every_template()
        if not translations.get((template.context, template.english), "").strip()
    ]
    assert missing == []


def test_the_phrase_listing_for_lupdate_is_up_to_date(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "resources" / "translations"))
    from gen_error_strings import PHRASES, phrases_listing

    assert PHRASES.read_text(encoding="utf-8") == phrases_listing(), (
        "run resources/translations/update.sh"
    )


def test_a_phrase_is_translated_by_its_code_with_its_values(language):
    """Nested phrases are translated in turn; values that are not phrases stay as given."""
    from smsgate_desktop.protocol.numbers import NumberError, split_number

    with pytest.raises(NumberError) as caught:
        split_number("+39 12")
    english = str(caught.value)
    language("en")
    assert i18n.translate_error(caught.value) == english
    language("it")
    italian = i18n.translate_error(caught.value)
    assert italian != english
    assert "'+39 12'" in italian
    assert "too short" not in italian
    assert i18n.translate_text("Something typed by a user.") == "Something typed by a user."


def test_a_broken_translation_falls_back_to_the_english(language, monkeypatch):
    from smsgate_desktop.protocol.phrases import Template

    broken = Template("PhraseTests", "broken", "said {what}")
    language("it")
    monkeypatch.setattr(
        i18n.QCoreApplication, "translate", staticmethod(lambda _c, _s, *a: "detto {missing}")
    )
    assert i18n.translate_text(broken(what="x")) == "said x"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_no_translator_is_left_installed(qapp):
    assert QApplication.translate("ComposePanel", "Send") == "Send"


def test_storage_failures_and_the_text_fix_in_italian(language, qtbot, tmp_path):
    import sqlite3

    from smsgate_desktop.store import errors as store_errors

    language("it")
    full = store_errors.from_sqlite(
        sqlite3.OperationalError("database or disk is full"), tmp_path / "smsgate.sqlite3"
    )
    assert i18n.storage_failure(full) == f"Il disco della cartella dei dati {tmp_path} è pieno."
    raw = sqlite3.OperationalError("disk I/O error")
    assert i18n.storage_failure(raw) == "Il database locale ha dato un errore (disk I/O error)."
    panel = ComposePanel()
    qtbot.addWidget(panel)
    panel.sender_edit.setText("ACME")
    panel.recipients_edit.setPlainText("+39 333 1234567")
    panel.text_edit.setPlainText("a\tb")
    panel.revalidate()
    assert panel.reason.text() == (
        "Il testo contiene il carattere di controllo ␉ in posizione 2; il protocollo del "
        "gateway non può trasportarlo."
    )
    assert panel.fix_text_button.text() == "Sostituisci gli a capo con spazi"


@pytest.mark.parametrize("mode", ["silence", "garbage", "cut", "endless", "double"])
def test_what_a_misbehaving_gateway_did_is_said_in_italian(language, mode):
    """The session's own sentences, produced for real against the hostile gateway, come back
    wholly Italian (translated by their phrases' codes)."""
    from hostile_gateway import HostileGateway, session_for

    from smsgate_desktop.protocol import SmsMessage
    from smsgate_desktop.session import SessionError

    language("it")
    with (
        HostileGateway(mode) as gateway,
        session_for(gateway, window=2, reply_timeout=0.3) as session,
    ):
        message = SmsMessage(
            Sender="Acme",
            CountryCode="+39",
            GsmCode="333",
            PhoneNumber="1234567",
            TextMessage="Ciao",
        )
        sentences = []
        try:
            for result in session.send_many([message, message.with_values(PhoneNumber="7654321")]):
                sentences.append(result.reason)
        except SessionError as exc:
            sentences.append(exc)
        try:
            session.balance()
        except SessionError as exc:
            sentences.append(exc)
    sentences = [sentence for sentence in sentences if sentence]
    assert len(sentences) >= 2
    for said in sentences:
        english = str(said)
        italian = (
            i18n.translate_error(said) if isinstance(said, Exception) else i18n.translate_text(said)
        )
        for word in ("gateway did not", "answered something", "dropped", "asked for", "while"):
            assert word not in italian, (english, italian)


def test_qts_own_dialogs_speak_italian(language):
    """Qt's standard dialogs (the file dialog's "Look in:") come from qtbase_it, shipped with
    PySide6 and in the bundle (tests/packaging/test_bundle.py)."""
    language("it")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Cerca in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"


def test_a_gateway_refusal_in_a_report_is_explained_by_its_code_in_italian(language):
    """The journal stores "<English explanation> [86]"; the report explains the code."""
    from smsgate_desktop.gui.broadcast_models import row_explanation
    from smsgate_desktop.protocol.errors import explain
    from smsgate_desktop.store.journal import JournalRow

    row = JournalRow(1, 1, "+393331234567", None, "failed", None, 86, explain(86), "")
    language("it")
    assert row_explanation(row) == i18n.explanation_translated(86)  # the code has its column
    assert "bloccato" in row_explanation(row)
