"""The active account is one object handed to every panel (issue 11): with a GB profile the
Message tab read numbers as British while the Broadcast and Contacts tabs read them as
Italian, and the broadcast panel reached into the worker's private settings."""

from __future__ import annotations

from gui_helpers import profile_for

from smsgate_desktop import config
from smsgate_desktop.profiles import DEMO_NAME, ProfileBook


def test_every_panel_follows_the_active_profile(make_window, sim):
    profile = profile_for(
        sim, default_region="GB", gateway_timezone="Europe/London", interface="ascii"
    )
    config.set_password(profile.account, profile.keyring_host, "s3cret-pw")
    window = make_window(book=ProfileBook([profile], profile.name))

    broadcasts, contacts, compose = window.broadcasts, window.contacts, window.compose
    assert broadcasts.account.profile == profile and broadcasts.account.handle is window.handle
    assert contacts.default_region == "GB"
    assert compose._profile == profile

    broadcasts.sender_edit.setText("ACME")
    broadcasts.text_edit.setPlainText("Hello")
    broadcasts.numbers_edit.setPlainText("07400 123456")  # a UK mobile, national form
    planned = broadcasts._plan_now()
    assert [message.recipient for message in planned.messages] == ["+447400123456"]

    window._choose_profile(DEMO_NAME)  # back to the demo (Italian)
    assert broadcasts.account.region == "IT" and contacts.default_region == "IT"
