<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BroadcastActions</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="93" />
        <source>Send %n SMS?</source>
        <translation>
            <numerusform>Send %n SMS?</numerusform>
            <numerusform>Send %n SMS?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="131" />
        <source>Broadcast {id}: %n message(s) cancelled.</source>
        <translation>
            <numerusform>Broadcast {id}: %n message cancelled.</numerusform>
            <numerusform>Broadcast {id}: %n messages cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="145" />
        <source>Send the %n failed message(s) of broadcast {id} again, as a new broadcast?</source>
        <translation>
            <numerusform>Send the failed message of broadcast {id} again, as a new broadcast?</numerusform>
            <numerusform>Send the %n failed messages of broadcast {id} again, as a new broadcast?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="175" />
        <source>%n message(s) have an unknown outcome: the gateway may have accepted them, and their recipients would get them twice. Send them again?</source>
        <translation>
            <numerusform>%n message has an unknown outcome: the gateway may have accepted it, and its recipient would get it twice. Send it again?</numerusform>
            <numerusform>%n messages have an unknown outcome: the gateway may have accepted them, and their recipients would get them twice. Send them again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastControls</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="90" />
        <source>sent %n</source>
        <translation>
            <numerusform>sent %n</numerusform>
            <numerusform>sent %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="92" />
        <source>failed %n</source>
        <translation>
            <numerusform>failed %n</numerusform>
            <numerusform>failed %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="94" />
        <source>unknown %n</source>
        <translation>
            <numerusform>unknown %n</numerusform>
            <numerusform>unknown %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="96" />
        <source>pending %n</source>
        <translation>
            <numerusform>pending %n</numerusform>
            <numerusform>pending %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="98" />
        <source>sending %n</source>
        <translation>
            <numerusform>sending %n</numerusform>
            <numerusform>sending %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="178" />
        <source>%n message(s) with an unknown outcome</source>
        <translation>
            <numerusform>%n message with an unknown outcome</numerusform>
            <numerusform>%n messages with an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="179" />
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="398" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="417" />
        <source>{number} also at {where}: %n copies dropped</source>
        <translation>
            <numerusform>{number} also at {where}: %n copy dropped</numerusform>
            <numerusform>{number} also at {where}: %n copies dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="428" />
        <source>{characters} characters · {encoding} · {parts} {parts_word} · costs {recipients} {credits_word} (1 per recipient)</source>
        <translation>
            <numerusform>{characters} character · {encoding} · {parts} {parts_word} · costs {recipients} {credits_word} (1 per recipient)</numerusform>
            <numerusform>{characters} characters · {encoding} · {parts} {parts_word} · costs {recipients} {credits_word} (1 per recipient)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="446" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactGroups</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="84" />
        <source>Add {count:,} contacts to:</source>
        <translation>
            <numerusform>Add {count:,} contact to:</numerusform>
            <numerusform>Add {count:,} contacts to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="271" />
        <source>{total:,} contacts</source>
        <translation>
            <numerusform>{total:,} contact</numerusform>
            <numerusform>{total:,} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="273" />
        <source>{shown:,} of {total:,} contacts</source>
        <translation>
            <numerusform>{shown:,} of {total:,} contact</numerusform>
            <numerusform>{shown:,} of {total:,} contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="36" />
        <source>  Warning: %n credits short; the gateway will refuse the messages beyond the balance.</source>
        <translation>
            <numerusform>  Warning: %n credit short; the gateway will refuse the message beyond the balance.</numerusform>
            <numerusform>  Warning: %n credits short; the gateway will refuse the messages beyond the balance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="69" />
        <source>%n recipients lack a field of the template; the first: {reason}.</source>
        <translation>
            <numerusform>%n recipients lack a field of the template; the first: {reason}.</numerusform>
            <numerusform>%n recipients lack a field of the template; the first: {reason}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="419" />
        <source>{count:,} warnings while reading the file: check these lines</source>
        <translation>
            <numerusform>{count:,} warning while reading the file: check this line</numerusform>
            <numerusform>{count:,} warnings while reading the file: check these lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="520" />
        <source>Checking {count:,} rows…</source>
        <translation>
            <numerusform>Checking {count:,} row…</numerusform>
            <numerusform>Checking {count:,} rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="592" />
        <source>Added {count:,}</source>
        <translation>
            <numerusform>Added {count:,}</numerusform>
            <numerusform>Added {count:,}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="593" />
        <source>updated {count:,}</source>
        <translation>
            <numerusform>updated {count:,}</numerusform>
            <numerusform>updated {count:,}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="597" />
        <source>{count:,} duplicates merged</source>
        <translation>
            <numerusform>{count:,} duplicate merged</numerusform>
            <numerusform>{count:,} duplicates merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="602" />
        <source>{count:,} rows not imported</source>
        <translation>
            <numerusform>{count:,} row not imported</numerusform>
            <numerusform>{count:,} rows not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="613" />
        <source>{count:,} warnings while reading the file (listed above): check those lines.</source>
        <translation>
            <numerusform>{count:,} warning while reading the file (listed above): check that line.</numerusform>
            <numerusform>{count:,} warnings while reading the file (listed above): check those lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="654" />
        <source>{kind}{about}: {count:,} rows; the first {shown} are shown.</source>
        <translation>
            <numerusform>{kind}{about}: {count:,} row; the first {shown} are shown.</numerusform>
            <numerusform>{kind}{about}: {count:,} rows; the first {shown} are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="175" />
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sending %n message…</numerusform>
            <numerusform>Sending %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="189" />
        <source>%n accepted</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="190" />
        <source>%n rejected</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="191" />
        <source>%n unknown</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="194" />
        <source>%n not sent</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
</TS>