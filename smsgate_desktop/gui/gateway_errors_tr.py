# ruff: noqa: E501
"""The gateway error explanations, listed for pyside6-lupdate (context "GatewayErrors").

Generated from protocol/errors.py by resources/translations/gen_error_strings.py (run by
update.sh). gui/i18n.py translates the catalogue's own strings; this only marks them.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS = (
    QT_TRANSLATE_NOOP("GatewayErrors", "The data coding scheme (DCS) is not a valid value."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The message reference is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The validity period is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The notification e-mail address is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The delivery report option is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The user data header (UDH) is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The gateway refused the connection from this computer."),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "This account is not allowed to use the TCP connection. Ask your provider."
    ),
    QT_TRANSLATE_NOOP("GatewayErrors", "The sender name or number was not accepted."),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "This computer's internet address is not enabled for the account."
    ),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "This recipient is blocked for your account; the message was not sent."
    ),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "This computer's internet address has been locked by the gateway."
    ),
    QT_TRANSLATE_NOOP("GatewayErrors", "The message type is not valid."),
    QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The account name or password is wrong, or the account is blocked or not active.",
    ),
    QT_TRANSLATE_NOOP("GatewayErrors", "The scheduled date or time is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The message text was not accepted."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The recipient's phone number is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The mobile prefix of the number is not valid."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The country code of the number is not valid."),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "The account has no credit left. Top up the account to send more messages."
    ),
    QT_TRANSLATE_NOOP("GatewayErrors", "The gateway did not understand the request."),
    QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "Another session is already open for this account (only one is allowed). Close the other program or wait for it to finish.",
    ),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "The gateway closed the connection after 10 minutes without activity."
    ),
    QT_TRANSLATE_NOOP("GatewayErrors", "The account name or password is wrong."),
    QT_TRANSLATE_NOOP("GatewayErrors", "The account is blocked. Contact your provider."),
    QT_TRANSLATE_NOOP(
        "GatewayErrors", "The account is not active (inactive or expired). Contact your provider."
    ),
    QT_TRANSLATE_NOOP("GatewayErrors", "The gateway reported error %1."),
)
