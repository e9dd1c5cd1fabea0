"""usecases/ says its problems as Phrases (protocol/phrases.py): a draft's problem, a plan's,
a personalisation's and a recipient file's carry their template's code and values (the
protocol's reasons nested), so the window translates them by code; the English is unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smsgate_desktop.phrasebook import every_template
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.protocol.phrases import Phrase, phrase_of
from smsgate_desktop.usecases import broadcast_plan as bp
from smsgate_desktop.usecases.drafts import Draft, prepare
from smsgate_desktop.usecases.personalise import (
    MISSING,
    TEMPLATE,
    TEXT,
    PersonalisationError,
    personalise,
)
from smsgate_desktop.usecases.recipients import RecipientsError, recipients_from_file

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
ITALY = {"region": "IT", "zone": "Europe/Rome", "interface": "packet", "now": NOW}


def problem(**fields: object) -> Phrase:
    draft = Draft(**({"recipients": "3331234567", "sender": "Shop", "text": "Ciao"} | fields))
    found = prepare(draft, **ITALY).problem
    assert isinstance(found, Phrase), found
    return found


@pytest.mark.parametrize(
    ("fields", "code", "values"),
    [
        ({"sender": ""}, "MessageDraft.no-sender", {}),
        ({"text": ""}, "MessageDraft.no-text", {}),
        ({"recipients": ""}, "MessageDraft.no-recipient", {}),
        ({"text": "a\nb"}, "MessageDraft.line-break", {"position": 2}),
        ({"text": "a\x01b"}, "MessageDraft.control", {"char": "␁", "position": 2}),
        ({"text": "a\x01b\x02"}, "MessageDraft.control-and-one", {"char": "␁", "position": 2}),
        (
            {"text": "a\x01\x02\x03"},
            "MessageDraft.control-and-more",
            {"char": "␁", "position": 2, "count": 2},
        ),
        ({"text": "a😀"}, "MessageDraft.not-plain", {"char": "'😀'", "position": 2}),
        (
            {"text": "a\ud800\ud800", "sms_type": "UTF"},
            "MessageDraft.not-utf8-and-one",
            {"char": "'\\ud800'", "position": 2},
        ),
        ({"notification": "bad"}, "MessageDraft.bad-notification", {}),
    ],
)
def test_each_draft_problem_has_its_code(fields, code, values) -> None:
    draft = Draft(**({"recipients": "3331234567", "sender": "Shop", "text": "Ciao"} | fields))
    found = prepare(draft, **ITALY).problem
    assert isinstance(found, Phrase) and found.code == code
    assert found.values == values


def test_a_recipient_problem_nests_the_numbers_reason() -> None:
    found = problem(recipients="12ab, 3, x")
    assert found.code == "MessageDraft.bad-recipient-and-more"
    assert found.values["raw"] == "'12ab'" and found.values["count"] == 2
    reason = found.values["reason"]
    assert found == f"Recipient '12ab' is not valid: {reason} (and 2 more)."


def test_a_field_problem_nests_the_protocols_reason() -> None:
    sender = problem(sender="Way too long sender name")
    assert sender.code == "MessageDraft.sender-problem"
    assert sender == f"The sender {sender.values['problem']}."
    validity = problem(validity=999999)
    assert validity.code == "MessageDraft.validity-problem"
    too_long = problem(text="x" * 5000)
    assert too_long.code == "MessageDraft.too-long"
    assert "4096" in too_long.values["reason"]


def test_the_schedule_note_and_its_problem() -> None:
    note = prepare(
        Draft(recipients="3331234567", sender="Shop", text="Ciao", schedule=NOW + timedelta(1)),
        **ITALY,
    ).schedule_note
    assert isinstance(note, Phrase) and note.code == "MessageDraft.leaves-at"
    assert note.values == {"when": "02/06/2025 02:00 PM", "zone": "Europe/Rome"}
    twice = prepare(
        Draft(
            recipients="3331234567",
            sender="Shop",
            text="Ciao",
            schedule=datetime(2025, 10, 26, 0, 30, tzinfo=UTC),
        ),
        **ITALY,
    ).schedule_note
    assert twice.code == "MessageDraft.leaves-at-ambiguous"
    past = problem(schedule=NOW - timedelta(days=1))
    assert past.code == "MessageDraft.bad-schedule"
    assert past == f"The send time is not usable: {past.values['reason']}."


def test_plan_problems_are_phrases() -> None:
    with pytest.raises(bp.PlanProblem) as draft:
        bp.plan_broadcast(Draft(recipients="12ab", sender="Shop", text="x"), opted_out=(), **ITALY)
    assert phrase_of(draft.value) is draft.value.problem
    assert draft.value.problem.code == "MessageDraft.bad-recipient"
    with pytest.raises(bp.PlanProblem) as opted:
        bp.plan_broadcast(
            Draft(recipients="3331234567", sender="Shop", text="x"),
            opted_out={"+393331234567"},
            **ITALY,
        )
    assert phrase_of(opted.value).code == "ForecastText.all-opted-out"
    missing = phrase_of(bp.PlanProblem(bp.NO_FAILED, broadcast_id=7))
    assert missing.code == "ForecastText.no-failed-message" and missing.values == {"id": 7}
    assert phrase_of(bp.PlanProblem(bp.FAILED_OPTED_OUT)).code == (
        "ForecastText.all-failed-opted-out"
    )


MESSAGES = [
    SmsMessage(Sender="Shop", TextMessage="x", CountryCode="+39", GsmCode="333", PhoneNumber=n)
    for n in ("1234567", "7654321")
]


def test_personalisation_problems_are_phrases() -> None:
    with pytest.raises(PersonalisationError) as text:
        personalise(MESSAGES, "Ciao {name}", lambda m: {"name": "x" * 5000}, "packet")
    assert text.value.code == TEXT
    found = phrase_of(text.value)
    assert found.code == "Personalisation.text-problem"
    assert found.values["recipient"] == "+393331234567"
    assert found.values["problem"] is text.value.problem
    assert text.value.problem.code == "MessageDraft.too-long"
    with pytest.raises(PersonalisationError) as missing:
        personalise(MESSAGES, "Ciao {name}", lambda m: {}, "packet")
    assert missing.value.code == MISSING
    found = phrase_of(missing.value)
    assert found.code == "Personalisation.missing-fields" and found.values["count"] == 2
    assert found.values["error"] == str(missing.value.errors[0])
    with pytest.raises(PersonalisationError) as template:
        personalise(MESSAGES, "Ciao {name", lambda m: {}, "packet")
    assert template.value.code == TEMPLATE
    assert str(template.value) == str(template.value.errors[0])
    with pytest.raises(bp.PlanProblem) as plan:
        bp.plan_broadcast(
            Draft(recipients="3331234567", sender="Shop", text="x {nope}"), opted_out=(), **ITALY
        )
    assert plan.value.code == bp.PERSONALISATION
    assert phrase_of(plan.value).code == "Personalisation.missing-fields"


def test_recipient_file_problems_are_phrases(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"Name;City\nA;Rome\nB;Milan\n")
    with pytest.raises(RecipientsError) as no_number:
        recipients_from_file(path, "IT")
    assert phrase_of(no_number.value).code == "Recipients.no-number-column"
    assert phrase_of(no_number.value).values == {"file": "r.csv"}
    with pytest.raises(RecipientsError) as no_column:
        recipients_from_file(path, "IT", {"number": "Tel"})
    assert phrase_of(no_column.value).code == "Recipients.no-such-column"
    assert phrase_of(no_column.value).values["column"] == "'Tel'"
    with pytest.raises(RecipientsError) as cannot_map:
        recipients_from_file(path, "IT", {"city": "City"})
    assert phrase_of(cannot_map.value).code == "Recipients.cannot-map"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(RecipientsError) as unreadable:
        recipients_from_file(empty, "IT")
    assert phrase_of(unreadable.value).code == "ContactFiles.cannot-import"
    assert str(unreadable.value) == "Cannot import 'empty.csv': the file is empty"


def test_the_phrasebook_finds_the_usecases_templates() -> None:
    codes = {template.code for template in every_template()}
    assert {
        "MessageDraft.no-sender",
        "MessageDraft.network-code-problem",
        "Personalisation.text-problem",
        "Recipients.cannot-map",
        "ForecastText.all-opted-out",
        "ContactFiles.blank-column",
    } <= codes
