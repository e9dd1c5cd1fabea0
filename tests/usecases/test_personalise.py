"""One personalisation for the broadcast panel and `smsgate broadcast --template`
(usecases.personalise), and one forecast (broadcast.forecast)."""

from __future__ import annotations

import pytest

from smsgate_desktop.broadcast import plan
from smsgate_desktop.broadcast.forecast import forecast
from smsgate_desktop.protocol import SmsMessage
from smsgate_desktop.store.contacts import Contact
from smsgate_desktop.usecases.personalise import (
    MISSING,
    TEMPLATE,
    TEXT,
    PersonalisationError,
    contact_fields,
    personalise,
)

BASE = SmsMessage(Sender="Acme", CountryCode="+39", GsmCode="333", TextMessage="x")
ADA = BASE.with_values(PhoneNumber="1000001")
BEA = BASE.with_values(PhoneNumber="1000002")
FIELDS = {
    ADA.recipient: {"name": "Ada", "number": ADA.recipient, "city": "Roma"},
    BEA.recipient: {"number": BEA.recipient},
}


def by_number(message: SmsMessage) -> dict[str, str]:
    return FIELDS[message.recipient]


def test_each_recipient_gets_its_own_text():
    out = personalise([ADA], "Ciao {name} da {CITY} ({number})", by_number, "packet")
    assert out[0].TextMessage == "Ciao Ada da Roma (+393331000001)"
    assert out[0].recipient == ADA.recipient


def test_every_recipient_without_a_field_is_named():
    with pytest.raises(PersonalisationError) as caught:
        personalise([ADA, BEA], "Ciao {name}", by_number, "packet")
    assert caught.value.code == MISSING
    assert [str(error) for error in caught.value.errors] == ["+393331000002 has no 'name'"]


def test_a_malformed_template_is_said_once():
    with pytest.raises(PersonalisationError) as caught:
        personalise([ADA], "Ciao {name", by_number, "packet")
    assert caught.value.code == TEMPLATE


@pytest.mark.parametrize(("interface", "fits"), [("ascii", True), ("packet", False)])
def test_a_rendered_text_is_checked_on_the_interface_in_use(interface, fits):
    template = "{name}" + "x" * 4054  # 4,057 characters once rendered
    if fits:
        assert len(personalise([ADA], template, by_number, interface)[0].TextMessage) == 4057
        return
    with pytest.raises(PersonalisationError) as caught:
        personalise([ADA], template, by_number, interface)
    assert caught.value.code == TEXT and caught.value.recipient == ADA.recipient
    assert "4096" in caught.value.problem


def test_a_stored_contact_gives_its_fields():
    contact = Contact(1, "+393331000001", "Ada", {"city": "Roma", "vip": None})
    assert contact_fields(contact, contact.e164) == {
        "city": "Roma",
        "vip": "",
        "number": "+393331000001",
        "name": "Ada",
    }
    assert contact_fields(None, "+393331000009") == {"number": "+393331000009"}


def test_the_forecast_counts_what_the_plan_drops_and_what_is_short():
    planned = plan([ADA, BEA, ADA], opted_out=[BEA.recipient])
    expected = forecast(planned, balance=0, round_trip=0.5, throttle=None, merged=2)
    assert (expected.recipients, expected.duplicates, expected.opted_out) == (1, 3, 1)
    assert (expected.credits, expected.shortfall, expected.seconds) == (1, 1, 0.5)
    assert forecast(planned).seconds is None and forecast(planned).shortfall == 0
