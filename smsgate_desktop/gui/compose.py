"""The compose panel: recipients, sender, text with a live counter, options, Send.

Every edit re-runs draft.prepare (debounced for the recipients, which may be a pasted list of
thousands); the Send button is enabled only when it found no problem, and the label beside it
says what to fix.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..profiles import Profile
from ..protocol.numbers import DEFAULT_REGION
from ..protocol.schedule import GATEWAY_ZONE
from ..protocol.text import gsm7_septets, unencodable_chars, wire_encoding
from ..usecases.drafts import (
    MAX_VALIDITY,
    SMS_TYPES,
    Draft,
    Prepared,
    check_recipients,
    only_spacing,
    prepare,
    visible_control,
    without_controls,
)
from .active_account import ActiveAccount
from .i18n import translate_text
from .layout import buddy_label, time_field

RECIPIENT_DEBOUNCE_MS: Final = 250
SHOWN_RECIPIENTS: Final = 300  # the list below the box shows this many; the rest are counted
UCS2_COLOUR: Final = QColor(255, 236, 150)  # forces UCS-2: more parts, still sendable
BLOCKED_COLOUR: Final = QColor(255, 170, 170)  # the wire encoding cannot carry it
GOOD: Final = QColor(20, 110, 40)
BAD: Final = QColor(180, 20, 20)
DOUBTFUL: Final = QColor(160, 80, 0)


# draft.SMS_TYPES' labels, for lupdate (shown through self.tr in the type box).
TYPE_LABELS: Final = (
    QT_TRANSLATE_NOOP("ComposePanel", "Text (default)"),
    QT_TRANSLATE_NOOP("ComposePanel", "Flash (FL)"),
    QT_TRANSLATE_NOOP("ComposePanel", "Plain text as UCS-2, 70 characters per SMS (UCS)"),
    QT_TRANSLATE_NOOP("ComposePanel", "Any character, sent as UTF-8 (UTF)"),
    QT_TRANSLATE_NOOP("ComposePanel", "Binary header (UDH)"),
    QT_TRANSLATE_NOOP("ComposePanel", "WAP bookmark (WBK)"),
    QT_TRANSLATE_NOOP("ComposePanel", "WAP push (WPS)"),
)
# PhoneParts.kind, shown in a good number's tooltip (phonenumbers' types, lower case).
NUMBER_KINDS: Final = {
    "mobile": QT_TRANSLATE_NOOP("ComposePanel", "mobile"),
    "fixed_line": QT_TRANSLATE_NOOP("ComposePanel", "fixed line"),
    "fixed_line_or_mobile": QT_TRANSLATE_NOOP("ComposePanel", "fixed line or mobile"),
    "toll_free": QT_TRANSLATE_NOOP("ComposePanel", "toll free"),
    "premium_rate": QT_TRANSLATE_NOOP("ComposePanel", "premium rate"),
    "shared_cost": QT_TRANSLATE_NOOP("ComposePanel", "shared cost"),
    "voip": QT_TRANSLATE_NOOP("ComposePanel", "VoIP"),
    "personal_number": QT_TRANSLATE_NOOP("ComposePanel", "personal number"),
    "pager": QT_TRANSLATE_NOOP("ComposePanel", "pager"),
    "uan": QT_TRANSLATE_NOOP("ComposePanel", "company number (UAN)"),
    "voicemail": QT_TRANSLATE_NOOP("ComposePanel", "voicemail"),
    "unknown": QT_TRANSLATE_NOOP("ComposePanel", "unknown type"),
}


class TextHighlighter(QSyntaxHighlighter):
    """Marks the characters that force UCS-2 (yellow) and those the chosen SmsType's wire
    encoding cannot carry at all (red)."""

    def __init__(self, document, sms_type: str = "") -> None:
        super().__init__(document)
        self.sms_type = sms_type
        self._ucs2 = QTextCharFormat()
        self._ucs2.setBackground(UCS2_COLOUR)
        self._blocked = QTextCharFormat()
        self._blocked.setBackground(BLOCKED_COLOUR)

    def set_sms_type(self, sms_type: str) -> None:
        if sms_type != self.sms_type:
            self.sms_type = sms_type
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        encoding = wire_encoding(self.sms_type)
        position = 0  # in UTF-16 units, as Qt counts: an emoji is two
        for char in text:
            width = 2 if ord(char) > 0xFFFF else 1
            if unencodable_chars(char, encoding):
                self.setFormat(position, width, self._blocked)
            elif gsm7_septets(char) is None:
                self.setFormat(position, width, self._ucs2)
            position += width


class ComposePanel(QWidget):
    """Emits `send_requested(messages, shown recipients)` when Send is pressed and valid."""

    send_requested = Signal(list, list)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._sending = False
        # What is wrong is said once the person has typed something (or asked to send), not
        # in red on a form they have not started yet.
        self.touched = False
        self.prepared = Prepared()
        self._entries_key: tuple[str, str] | None = None  # (recipients text, region) parsed
        self._entries: list = []
        self._build()
        self._recipient_timer = QTimer(self, singleShot=True, interval=RECIPIENT_DEBOUNCE_MS)
        self._recipient_timer.timeout.connect(self.revalidate)
        self._connect()
        self.revalidate()

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setPlaceholderText(
            self.tr(
                "One or more numbers: +39 333 1234567, 0039…, or national numbers;\n"
                "separate them with new lines, commas or semicolons (pasted lists work)."
            )
        )
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setFixedHeight(self._lines_height(3))
        self.recipients_list = QListWidget()
        self.recipients_list.setFixedHeight(self._lines_height(3))
        self.recipients_list.setAccessibleName(self.tr("Checked recipients"))
        self.sender_edit = QLineEdit(
            placeholderText=self.tr("Name (up to 11 letters/digits) or +number")
        )
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Message text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self._lines_height(3))
        self.highlighter = TextHighlighter(self.text_edit.document())
        self.counter = QLabel()
        self.counter.setWordWrap(True)
        self.utf_note = QLabel()
        self.utf_note.setWordWrap(True)
        self.utf_button = QPushButton(self.tr("Switch to UTF"))
        self.utf_button.setToolTip(
            self.tr("Send the text as UTF-8 (SmsType UTF), which carries any character")
        )

        form = QFormLayout()
        # What was typed and what it became, side by side: the form stays short enough for a
        # 1366x768 laptop with the protocol log docked below.
        recipients = QHBoxLayout()
        recipients.addWidget(self.recipients_edit, 3)
        recipients.addWidget(self.recipients_list, 2)
        recipients_label = QLabel(self.tr("&Recipients"))
        recipients_label.setBuddy(self.recipients_edit)
        form.addRow(recipients_label, recipients)
        form.addRow(self.tr("&Sender"), self.sender_edit)
        form.addRow(self.tr("&Text"), self.text_edit)
        # Wrapped labels sit directly in the form: nested in a box layout they get clipped
        # (heightForWidth does not propagate through it).
        form.addRow("", self.counter)
        form.addRow("", self.utf_note)
        utf_row = QHBoxLayout()
        utf_row.addWidget(self.utf_button)
        utf_row.addStretch(1)
        form.addRow("", utf_row)

        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Send to every recipient (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the message being sent now"))
        self.cancel_button.setEnabled(False)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b41414;")
        # Shown when the text holds what the protocol cannot carry (a line break, a pasted
        # NUL): fixes it in one click (undoable), see draft.without_controls.
        self.fix_text_button = QPushButton()
        self.fix_text_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setFormat(self.tr("%v of %m sent"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self._build_options())
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.fix_text_button)
        layout.addLayout(reason_row)
        layout.addLayout(buttons)

    def _build_options(self) -> QGroupBox:
        box = QGroupBox(self.tr("Options"))
        self.type_combo = QComboBox()
        for label, code in SMS_TYPES:
            self.type_combo.addItem(self.tr(label), code)
        self.udh_edit = QLineEdit(placeholderText=self.tr("UDH in hex, e.g. 06050415810000"))
        self.schedule_box = QCheckBox(self.tr("Send &later:"))
        self.schedule_edit = time_field()
        self.schedule_note = QLabel()
        self.schedule_note.setWordWrap(True)
        self.validity_spin = QSpinBox()
        self.validity_spin.setRange(0, MAX_VALIDITY)
        self.validity_spin.setSpecialValueText(self.tr("gateway default"))
        self.validity_spin.setSuffix(self.tr(" min"))
        self.delivery_box = QCheckBox(self.tr("&Delivery report"))
        self.notification_edit = QLineEdit(placeholderText=self.tr("optional"))
        self.notification_edit.setToolTip(self.tr("An e-mail address for the delivery report"))
        self.reference_edit = QLineEdit(placeholderText=self.tr("optional"))
        self.reference_edit.setToolTip(
            self.tr("Your reference for this message: 1 to 20 letters or digits")
        )

        grid = QGridLayout(box)
        grid.addWidget(buddy_label(self.tr("T&ype"), self.type_combo), 0, 0)
        grid.addWidget(self.type_combo, 0, 1)
        grid.addWidget(self.udh_edit, 0, 2, 1, 2)
        self.udh_edit.setAccessibleName(self.tr("User data header (hex)"))
        self.schedule_edit.setAccessibleName(self.tr("Send time"))
        grid.addWidget(self.schedule_box, 1, 0)
        grid.addWidget(self.schedule_edit, 1, 1)
        grid.addWidget(self.schedule_note, 1, 2, 1, 2)
        grid.addWidget(buddy_label(self.tr("Val&idity"), self.validity_spin), 2, 0)
        grid.addWidget(self.validity_spin, 2, 1)
        grid.addWidget(self.delivery_box, 2, 2)
        grid.addWidget(buddy_label(self.tr("Notify &e-mail"), self.notification_edit), 3, 0)
        grid.addWidget(self.notification_edit, 3, 1)
        grid.addWidget(buddy_label(self.tr("Refere&nce"), self.reference_edit), 3, 2)
        grid.addWidget(self.reference_edit, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 12

    def _connect(self) -> None:
        self.recipients_edit.textChanged.connect(self._recipient_timer.start)
        for edited in (
            self.recipients_edit.textChanged,
            self.sender_edit.textEdited,
            self.text_edit.textChanged,
        ):
            edited.connect(self._touch)
        for signal in (
            self.sender_edit.textChanged,
            self.text_edit.textChanged,
            self.type_combo.currentIndexChanged,
            self.udh_edit.textChanged,
            self.schedule_box.toggled,
            self.schedule_edit.dateTimeChanged,
            self.validity_spin.valueChanged,
            self.delivery_box.toggled,
            self.notification_edit.textChanged,
            self.reference_edit.textChanged,
        ):
            signal.connect(self.revalidate)
        self.utf_button.clicked.connect(self.switch_to_utf)
        self.fix_text_button.clicked.connect(self.fix_text)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel_requested)

    # ---- state ------------------------------------------------------------------------------

    def set_account(self, account: ActiveAccount | None) -> None:
        """Numbers are read in the account's country, times converted to its gateway's zone,
        texts checked on its interface."""
        self.set_profile(account.profile if account is not None else None)

    def set_profile(self, profile: Profile | None) -> None:
        self._profile = profile
        self.revalidate()

    def set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.cancel_button.setEnabled(sending)
        self.progress.setVisible(sending)
        if sending:
            self.progress.setRange(0, 0)
        self._update_send_state()

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != max(total, 1):
            self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def draft(self) -> Draft:
        schedule = None
        if self.schedule_box.isChecked():
            # QDateTime knows it is local time; toPython() gives naive local, astimezone()
            # attaches the computer's zone for that date.
            schedule = self.schedule_edit.dateTime().toPython().astimezone()
        return Draft(
            recipients=self.recipients_edit.toPlainText(),
            sender=self.sender_edit.text(),
            text=self.text_edit.toPlainText(),
            sms_type=self.type_combo.currentData(),
            schedule=schedule,
            validity=self.validity_spin.value(),
            delivery=self.delivery_box.isChecked(),
            notification=self.notification_edit.text(),
            reference=self.reference_edit.text(),
            udh=self.udh_edit.text(),
        )

    @Slot()
    def revalidate(self) -> None:
        """Re-check the whole draft and show the verdict (counter, recipients, Send)."""
        self._recipient_timer.stop()
        profile = self._profile
        draft = self.draft()
        region = profile.default_region if profile else DEFAULT_REGION
        recipients_changed = self._entries_key != (draft.recipients, region)
        if recipients_changed:
            self._entries_key = (draft.recipients, region)
            self._entries = check_recipients(draft.recipients, region)
        self.prepared = prepare(
            draft,
            entries=self._entries,
            region=region,
            zone=profile.gateway_timezone if profile else GATEWAY_ZONE,
            interface=profile.interface if profile else "packet",
            now=datetime.now(UTC) - timedelta(seconds=30),  # a minute typed as "now" is ok
        )
        self.udh_edit.setEnabled(draft.sms_type == "UDH")
        self.schedule_edit.setEnabled(self.schedule_box.isChecked())
        self.schedule_note.setText(translate_text(self.prepared.schedule_note))
        self.highlighter.set_sms_type(draft.sms_type)
        if recipients_changed:
            self._show_recipients()
        self._show_counter()
        self._update_send_state()

    def _show_recipients(self) -> None:
        self.recipients_list.clear()
        entries = self.prepared.entries
        for entry in entries[:SHOWN_RECIPIENTS]:
            if entry.parts is not None and not entry.parts.is_mobile:
                # Accepted (an operator may deliver SMS to a landline), but said: the person
                # may have pasted the office number instead of the mobile.
                doubt = self.tr("{kind}: may not receive SMS").format(
                    kind=self._kind(entry.parts.kind)
                )
                item = QListWidgetItem(f"⚠ {entry.parts.display} — {doubt}")
                item.setForeground(DOUBTFUL)
                item.setToolTip(self._duplicates_note(entry) or doubt)
            elif entry.parts is not None:
                item = QListWidgetItem(f"✓ {entry.parts.display}")
                item.setForeground(GOOD)
                item.setToolTip(self._duplicates_note(entry) or self._kind(entry.parts.kind))
            else:
                # numbers.py words the entry in English: built again here from its parts.
                reason = translate_text(entry.error.reason)
                where = self._location(entry)
                item = QListWidgetItem(f"✗ {entry.raw} — {reason} ({where})")
                item.setForeground(BAD)
                item.setToolTip(
                    self.tr("{location}: {number} is not a valid phone number: {reason}").format(
                        location=where, number=repr(entry.raw), reason=reason
                    )
                )
            self.recipients_list.addItem(item)
        if len(entries) > SHOWN_RECIPIENTS:
            self.recipients_list.addItem(
                self.tr("… and %n more", "", len(entries) - SHOWN_RECIPIENTS)
            )

    def _location(self, entry) -> str:
        return self.tr("line {line}, column {column}").format(line=entry.line, column=entry.column)

    def _kind(self, kind: str) -> str:
        word = NUMBER_KINDS.get(kind)
        return self.tr(word) if word else kind.replace("_", " ")

    def _duplicates_note(self, entry) -> str:
        """Which later copies of this number were dropped (NumberEntry.note, translated)."""
        if not entry.duplicates:
            return ""
        where = "; ".join(f"{self._location(d)} ({d.raw!r})" for d in entry.duplicates)
        count = len(entry.duplicates)
        note = (
            self.tr("{number} also at {where}: copy dropped")
            if count == 1
            else self.tr("{number} also at {where}: %n copies dropped", "", count)
        )
        return note.format(number=entry.parts.e164, where=where)

    def _show_counter(self) -> None:
        info, prepared = self.prepared.info, self.prepared
        recipients = sum(1 for e in prepared.entries if e.parts is not None)
        parts = self.tr("part") if info.parts == 1 else self.tr("parts")
        credits = self.tr("credit") if recipients == 1 else self.tr("credits")
        self.counter.setText(
            self.tr(
                "{characters} characters · {encoding} · {parts} {parts_word} · "
                "costs {recipients} {credits_word} (1 per recipient)",
                "",
                info.characters,  # the Italian singular: "1 carattere"
            ).format(
                characters=info.characters,
                encoding=info.encoding,
                parts=info.parts,
                parts_word=parts,
                recipients=recipients,
                credits_word=credits,
            )
        )
        forcing = info.ucs2_forcing
        notes = []
        if forcing:
            at = self.tr("{char} at {position}")
            shown = ", ".join(at.format(char=repr(c), position=p + 1) for p, c in forcing[:5])
            more = self.tr(" and %n more", "", len(forcing) - 5) if len(forcing) > 5 else ""
            notes.append(
                self.tr("UCS-2 because of {chars}{more} (highlighted).").format(
                    chars=shown, more=more
                )
            )
        if prepared.offer_utf:
            notes.append(self.tr("Plain text (ISO-8859-15) cannot carry the red characters."))
        self.utf_note.setText(" ".join(notes))
        self.utf_note.setStyleSheet("color: #b41414;" if prepared.offer_utf else "")
        self.utf_note.setVisible(bool(notes))
        self.utf_button.setVisible(prepared.offer_utf)

    def _update_send_state(self) -> None:
        controls = self.prepared.controls
        self.fix_text_button.setVisible(bool(controls) and not self._sending)
        if controls:
            self.fix_text_button.setText(fix_text_label(controls))
        if self._sending:
            self.send_button.setEnabled(False)
            self.reason.setText(self.tr("Sending…"))
            return
        self.send_button.setEnabled(self.prepared.can_send)
        self.reason.setText(translate_text(self.prepared.problem) if self.touched else "")

    @Slot()
    def _touch(self) -> None:
        if not self.touched:
            self.touched = True
            self._update_send_state()

    # ---- actions ----------------------------------------------------------------------------

    @Slot()
    def fix_text(self) -> None:
        """Line breaks and tabs to spaces, other control characters out (Ctrl+Z undoes)."""
        replace_text(self.text_edit, without_controls(self.text_edit.toPlainText()))

    @Slot()
    def switch_to_utf(self) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData("UTF"))

    @Slot()
    def send(self) -> None:
        """Send what is in the panel now (re-checked: a time may have passed meanwhile)."""
        if self._sending:
            return
        self.touched = True
        self.revalidate()
        if self.prepared.can_send:
            self.send_requested.emit(list(self.prepared.messages), list(self.prepared.recipients))


def fix_text_label(controls: list[tuple[int, str]]) -> str:
    """The fix button's words for these control characters (the compose and broadcast
    panels' text boxes): line breaks and tabs become spaces; others are named and removed."""
    if only_spacing(controls):
        return QCoreApplication.translate("ComposePanel", "Replace line breaks with spaces")
    shown = " ".join(dict.fromkeys(visible_control(char) for _, char in controls))
    return QCoreApplication.translate(
        "ComposePanel", "Remove the control characters {chars}"
    ).format(chars=shown)


def replace_text(edit: QPlainTextEdit, text: str) -> None:
    """Put `text` in `edit` as one edit the person can undo (setPlainText would clear the
    undo history)."""
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    edit.setTextCursor(cursor)
