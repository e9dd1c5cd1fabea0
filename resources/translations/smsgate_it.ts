<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountLease</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="12"/>
        <source>broadcast {id}</source>
        <translation>invio multiplo {id}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="13"/>
        <source>account check</source>
        <translation>verifica dell&apos;account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="14"/>
        <source>preparing a broadcast</source>
        <translation>preparazione di un invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="15"/>
        <source>single send</source>
        <translation>invio singolo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="16"/>
        <source>Account {account} is in use by {holder}: nothing was sent.</source>
        <translation>L&apos;account {account} è in uso da {holder}: non è stato inviato nulla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="17"/>
        <source>Cancelled while waiting for account {account}: nothing was sent.</source>
        <translation>Annullato durante l&apos;attesa dell&apos;account {account}: non è stato inviato nulla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="18"/>
        <source>{desktop}, {user} ({activity}, since {since})</source>
        <translation>{desktop}, {user} ({activity}, dalle {since})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="19"/>
        <source>{desktop}, {user}</source>
        <translation>{desktop}, {user}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="20"/>
        <source>{desktop}, {user} (since {since})</source>
        <translation>{desktop}, {user} (dalle {since})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="21"/>
        <source>Account {account} is in use by {holder}.</source>
        <translation>L&apos;account {account} è in uso da {holder}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="22"/>
        <source>Account {account} is in use by {holder}: your send is queued and starts when it is free.</source>
        <translation>L&apos;account {account} è in uso da {holder}: il tuo invio è in coda e partirà quando sarà libero.</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="44"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="45"/>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="46"/>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="47"/>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="48"/>
        <source>Standby</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="64"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="73"/>
        <source>Add account…</source>
        <translation>Aggiungi account…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="74"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="75"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="76"/>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="77"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="79"/>
        <source>Ask the gateway for the balance and the account status</source>
        <translation>Chiede al gateway il credito e lo stato dell&apos;account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="81"/>
        <location filename="../../smsgate_desktop/gui/account.py" line="138"/>
        <source>Credit: —</source>
        <translation>Credito: —</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="82"/>
        <location filename="../../smsgate_desktop/gui/account.py" line="139"/>
        <source>Status: —</source>
        <translation>Stato: —</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="83"/>
        <location filename="../../smsgate_desktop/gui/account.py" line="140"/>
        <source>not checked yet</source>
        <translation>non ancora verificato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="97"/>
        <source>Acco&amp;unt:</source>
        <translation>Acco&amp;unt:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="154"/>
        <source>Credit: {credit}</source>
        <translation>Credito: {credit}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="161"/>
        <source>Low credit: only {credit} left (warning below {threshold}). Top up the account before a large send.</source>
        <translation>Credito basso: restano solo {credit} (avviso sotto {threshold}). Ricarica l&apos;account prima di un invio grande.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="169"/>
        <source>Status: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="180"/>
        <source>checked at {time}</source>
        <translation>verificato alle {time}</translation>
    </message>
</context>
<context>
    <name>BroadcastActions</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="65"/>
        <source>No account is connected: choose a profile first.</source>
        <translation>Nessun account connesso: scegli prima un profilo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="92"/>
        <source>First text: {text}</source>
        <translation>Primo testo: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="93"/>
        <source>Send %n SMS?</source>
        <translation>
            <numerusform>Inviare %n SMS?</numerusform>
            <numerusform>Inviare %n SMS?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="94"/>
        <source>Send broadcast</source>
        <translation>Avvia invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="107"/>
        <source>Pausing after the message being sent…</source>
        <translation>Pausa dopo il messaggio in corso di invio…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="117"/>
        <source>Cancelling after the message being sent…</source>
        <translation>Annullamento dopo il messaggio in corso di invio…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="122"/>
        <source>Cancel broadcast</source>
        <translation>Annulla invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="122"/>
        <source>Mark every message not sent yet cancelled?</source>
        <translation>Segnare come annullati tutti i messaggi non ancora inviati?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="131"/>
        <source>Broadcast {id}: %n message(s) cancelled.</source>
        <translation>
            <numerusform>Invio multiplo {id}: %n messaggio annullato.</numerusform>
            <numerusform>Invio multiplo {id}: %n messaggi annullati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="145"/>
        <source>Send the %n failed message(s) of broadcast {id} again, as a new broadcast?</source>
        <translation>
            <numerusform>Inviare di nuovo %n messaggio fallito dell&apos;invio multiplo {id}, come nuovo invio multiplo?</numerusform>
            <numerusform>Inviare di nuovo %n messaggi falliti dell&apos;invio multiplo {id}, come nuovo invio multiplo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="149"/>
        <source>Resend failed</source>
        <translation>Reinvia falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="167"/>
        <source>Broadcast {id} has no message of unknown outcome.</source>
        <translation>L&apos;invio multiplo {id} non ha messaggi con esito incerto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="175"/>
        <source>%n message(s) have an unknown outcome: the gateway may have accepted them, and their recipients would get them twice. Send them again?</source>
        <translation>
            <numerusform>%n messaggio ha un esito incerto: il gateway potrebbe averlo già accettato e il destinatario lo riceverebbe due volte. Inviarlo di nuovo?</numerusform>
            <numerusform>%n messaggi hanno un esito incerto: il gateway potrebbe averli già accettati e i destinatari li riceverebbero due volte. Inviarli di nuovo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="180"/>
        <source>Resend unknown</source>
        <translation>Reinvia incerti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_actions.py" line="200"/>
        <source>Broadcast {id} is being sent by another SMSGate window or command: nothing was changed here.</source>
        <translation>L&apos;invio multiplo {id} è in invio da un&apos;altra finestra o da un comando SMSGate: qui non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>BroadcastControls</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="33"/>
        <source>Broadcast progress</source>
        <translation>Avanzamento dell&apos;invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="36"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="37"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="38"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="67"/>
        <source>{done}/{total}: {sent}, {failed}, {unknown}</source>
        <translation>{done}/{total}: {sent}, {failed}, {unknown}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="75"/>
        <source> — {rate} msg/s</source>
        <translation> — {rate} msg/s</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="77"/>
        <source>, {duration} left</source>
        <translation>, ancora {duration}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="90"/>
        <source>sent %n</source>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="92"/>
        <source>failed %n</source>
        <translation>
            <numerusform>%n fallito</numerusform>
            <numerusform>%n falliti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="94"/>
        <source>unknown %n</source>
        <translation>
            <numerusform>%n incerto</numerusform>
            <numerusform>%n incerti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="96"/>
        <source>pending %n</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_progress.py" line="98"/>
        <source>sending %n</source>
        <translation>
            <numerusform>%n in invio</numerusform>
            <numerusform>%n in invio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastForm</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="46"/>
        <source>New broadcast</source>
        <translation>Nuovo invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="50"/>
        <source>Paste numbers: one per line, or comma-separated</source>
        <translation>Incolla i numeri: uno per riga o separati da virgole</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="54"/>
        <source>The message text</source>
        <translation>Il testo del messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="60"/>
        <source>Sen&amp;d at</source>
        <translation>Invia i&amp;l</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="62"/>
        <source>Send time</source>
        <translation>Orario di invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="69"/>
        <source>Fore&amp;cast</source>
        <translation>&amp;Previsione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="77"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="78"/>
        <source>&amp;Numbers</source>
        <translation>&amp;Numeri</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="80"/>
        <source>S&amp;ender</source>
        <translation>Mitt&amp;ente</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="81"/>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="83"/>
        <source>T&amp;ype</source>
        <translation>Tip&amp;o</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="88"/>
        <source>Thr&amp;ottle</source>
        <translation>Velo&amp;cità</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="67"/>
        <source> msg/s</source>
        <translation> msg/s</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="68"/>
        <source>as fast as possible</source>
        <translation>il più velocemente possibile</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="70"/>
        <source>Send broadcast…</source>
        <translation>Avvia invio multiplo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_form.py" line="87"/>
        <source>Schedule</source>
        <translation>Programmazione</translation>
    </message>
</context>
<context>
    <name>BroadcastHistory</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="51"/>
        <source>All recipients</source>
        <translation>Tutti i destinatari</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="52"/>
        <source>Failed</source>
        <translation>Falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="53"/>
        <source>Unknown outcome</source>
        <translation>Esito incerto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="113"/>
        <source>Sends and broadcasts</source>
        <translation>Invii singoli e multipli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="114"/>
        <source>Search the history</source>
        <translation>Cerca nella cronologia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="116"/>
        <source>Search the history: text, number, sender, account or ID</source>
        <translation>Cerca nella cronologia: testo, numero, mittente, account o ID</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="128"/>
        <source>Recipients of the chosen send</source>
        <translation>Destinatari dell&apos;invio scelto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="129"/>
        <source>Which recipients to show</source>
        <translation>Quali destinatari mostrare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="132"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="133"/>
        <source>Save this report as a CSV file or Excel workbook</source>
        <translation>Salva questo resoconto come file CSV o cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="135"/>
        <source>Resend failed</source>
        <translation>Reinvia falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="136"/>
        <source>Resend unknown…</source>
        <translation>Reinvia incerti…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_history.py" line="335"/>
        <source>Export report</source>
        <translation>Esporta resoconto</translation>
    </message>
</context>
<context>
    <name>BroadcastModels</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="32"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="33"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="34"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="35"/>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="49"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="36"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="37"/>
        <source>Failed</source>
        <translation>Falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="38"/>
        <source>Unknown</source>
        <translation>Incerti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="39"/>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="40"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="43"/>
        <source>Broadcast</source>
        <translation>Invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="44"/>
        <source>Single send</source>
        <translation>Invio singolo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="48"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="50"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="51"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="55"/>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="56"/>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="57"/>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="58"/>
        <source>interrupted</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="59"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="60"/>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="61"/>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="62"/>
        <source>sending</source>
        <translation>in invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="63"/>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="64"/>
        <source>failed</source>
        <translation>fallito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="65"/>
        <source>unknown</source>
        <translation>incerto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="222"/>
        <source>credit {credit}</source>
        <translation>credito {credit}</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="173"/>
        <source>Broadcast {id} was interrupted (the program ended while it ran): {unknown}, {pending}. Resume sends the pending ones; Resend unknown… asks first.</source>
        <translation>L&apos;invio multiplo {id} è stato interrotto (il programma si è chiuso durante l&apos;invio): {unknown}, {pending}. Riprendi invia quelli in attesa; Reinvia incerti… chiede prima conferma.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="178"/>
        <source>%n message(s) with an unknown outcome</source>
        <translation>
            <numerusform>%n messaggio con esito incerto</numerusform>
            <numerusform>%n messaggi con esito incerto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="179"/>
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n non ancora inviato</numerusform>
            <numerusform>%n non ancora inviati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="261"/>
        <source>No account is connected: choose a profile first.</source>
        <translation>Nessun account connesso: scegli prima un profilo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="266"/>
        <source>Broadcast {id} is sending.</source>
        <translation>L&apos;invio multiplo {id} è in invio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="350"/>
        <source>Broadcast {id} finished: {summary}.</source>
        <translation>Invio multiplo {id} terminato: {summary}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="382"/>
        <source>{storage} Nothing was changed; try again once this is solved.</source>
        <translation>{storage} Non è stato cambiato nulla; riprova quando il problema sarà risolto.</translation>
    </message>
</context>
<context>
    <name>BroadcastTemplates</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="23"/>
        <source>{contact} has no {field}</source>
        <translation>{contact} non ha il campo {field}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="25"/>
        <source>no value for {field}</source>
        <translation>nessun valore per {field}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="26"/>
        <source>position {position}: &apos;}}&apos; without its &apos;{{&apos; (write &apos;}}}}&apos; for a brace)</source>
        <translation>posizione {position}: &apos;}}&apos; senza la sua &apos;{{&apos; (scrivi &apos;}}}}&apos; per una graffa)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="27"/>
        <source>position {position}: &apos;{{&apos; is not closed (write &apos;{{{{&apos; for a brace)</source>
        <translation>posizione {position}: &apos;{{&apos; non è chiusa (scrivi &apos;{{{{&apos; per una graffa)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="24"/>
        <source>position {position}: &apos;{{}}&apos; names no field</source>
        <translation>posizione {position}: &apos;{{}}&apos; non indica alcun campo</translation>
    </message>
</context>
<context>
    <name>Broadcasts</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="30"/>
        <source>Broadcast {id} is being sent by another SMSGate window or command (process {pid}); it was not started again here.</source>
        <translation>L&apos;invio multiplo {id} è già in invio da un&apos;altra finestra o da un comando di SMSGate (processo {pid}); qui non è stato avviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="28"/>
        <source>Broadcast {id} is being sent by another SMSGate window or command; it was not started again here.</source>
        <translation>L&apos;invio multiplo {id} è già in invio da un&apos;altra finestra o da un comando di SMSGate; qui non è stato avviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="34"/>
        <source>Broadcast {id} was made for the account {made_for}, not {account}: send it with that account.</source>
        <translation>L&apos;invio multiplo {id} è stato creato per l&apos;account {made_for}, non per {account}: invialo con quell&apos;account.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="33"/>
        <source>Interrupted while sending: the gateway may have accepted it; not sent again.</source>
        <translation>Interrotto durante l&apos;invio: il gateway potrebbe averlo accettato; non è stato inviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="29"/>
        <source>Broadcast {id} is being sent by {holder}; it was not started again here.</source>
        <translation>L&apos;invio multiplo {id} è già in invio da {holder}; qui non è stato avviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="31"/>
        <source>Cancelled before sending.</source>
        <translation>Annullato prima dell&apos;invio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="32"/>
        <source>Credit exhausted: {sent} of {total} sent, {not_sent} not sent.</source>
        <translation>Credito esaurito: inviati {sent} di {total}, non inviati {not_sent}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="35"/>
        <source>no broadcast {id}</source>
        <translation>l&apos;invio multiplo {id} non esiste</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="36"/>
        <source>Not sent: {error}.</source>
        <translation>Non inviato: {error}.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="64"/>
        <source>Text (default)</source>
        <translation>Testo (predefinito)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="65"/>
        <source>Flash (FL)</source>
        <translation>Flash (FL)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="66"/>
        <source>Plain text as UCS-2, 70 characters per SMS (UCS)</source>
        <translation>Testo semplice come UCS-2, 70 caratteri per SMS (UCS)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="68"/>
        <source>Binary header (UDH)</source>
        <translation>Intestazione binaria (UDH)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="69"/>
        <source>WAP bookmark (WBK)</source>
        <translation>Segnalibro WAP (WBK)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="70"/>
        <source>WAP push (WPS)</source>
        <translation>WAP push (WPS)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="74"/>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="75"/>
        <source>fixed line</source>
        <translation>fisso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="76"/>
        <source>fixed line or mobile</source>
        <translation>fisso o cellulare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="77"/>
        <source>toll free</source>
        <translation>numero verde</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="78"/>
        <source>premium rate</source>
        <translation>numero a tariffazione speciale</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="79"/>
        <source>shared cost</source>
        <translation>numero a costo ripartito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="80"/>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="81"/>
        <source>personal number</source>
        <translation>numero personale</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="82"/>
        <source>pager</source>
        <translation>cercapersone</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="83"/>
        <source>company number (UAN)</source>
        <translation>numero aziendale (UAN)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="84"/>
        <source>voicemail</source>
        <translation>segreteria telefonica</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="85"/>
        <source>unknown type</source>
        <translation>tipo sconosciuto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="146"/>
        <source>One or more numbers: +39 333 1234567, 0039…, or national numbers;
separate them with new lines, commas or semicolons (pasted lists work).</source>
        <translation>Uno o più numeri: +39 333 1234567, 0039… o numeri nazionali;
separali con a capo, virgole o punti e virgola (si possono incollare elenchi).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="154"/>
        <source>Checked recipients</source>
        <translation>Destinatari verificati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="156"/>
        <source>Name (up to 11 letters/digits) or +number</source>
        <translation>Nome (fino a 11 lettere/cifre) o +numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="159"/>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="167"/>
        <source>Switch to UTF</source>
        <translation>Passa a UTF</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="169"/>
        <source>Send the text as UTF-8 (SmsType UTF), which carries any character</source>
        <translation>Invia il testo in UTF-8 (SmsType UTF), che accetta qualsiasi carattere</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="178"/>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinatari</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="181"/>
        <source>&amp;Sender</source>
        <translation>Mitt&amp;ente</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="182"/>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="192"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="194"/>
        <source>Send to every recipient (Ctrl+Enter)</source>
        <translation>Invia a tutti i destinatari (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="195"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="196"/>
        <source>Stop after the message being sent now</source>
        <translation>Ferma dopo il messaggio in corso di invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="207"/>
        <source>%v of %m sent</source>
        <translation>%v di %m inviati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="225"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="229"/>
        <source>UDH in hex, e.g. 06050415810000</source>
        <translation>UDH (hex), es. 06050415810000</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="230"/>
        <source>Send &amp;later:</source>
        <translation>Invia &amp;più tardi:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="236"/>
        <source>gateway default</source>
        <translation>predefinita del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="237"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="238"/>
        <source>&amp;Delivery report</source>
        <translation>&amp;Conferma di consegna</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="239"/>
        <location filename="../../smsgate_desktop/gui/compose.py" line="241"/>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="240"/>
        <source>An e-mail address for the delivery report</source>
        <translation>Un indirizzo e-mail per la conferma di consegna</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="243"/>
        <source>Your reference for this message: 1 to 20 letters or digits</source>
        <translation>Un tuo riferimento per questo messaggio: da 1 a 20 lettere o cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="391"/>
        <source>{location}: {number} is not a valid phone number: {reason}</source>
        <translation>{location}: {number} non è un numero di telefono valido: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="398"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="402"/>
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="415"/>
        <source>{number} also at {where}: copy dropped</source>
        <translation>{number} presente anche in {where}: copia scartata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="417"/>
        <source>{number} also at {where}: %n copies dropped</source>
        <translation>
            <numerusform>{number} presente anche in {where}: %n copia scartata</numerusform>
            <numerusform>{number} presente anche in {where}: %n copie scartate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="446"/>
        <source> and %n more</source>
        <translation>
            <numerusform> e %n altro</numerusform>
            <numerusform> e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="503"/>
        <source>Replace line breaks with spaces</source>
        <translation>Sostituisci gli a capo con spazi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="505"/>
        <source>Remove the control characters {chars}</source>
        <translation>Rimuovi i caratteri di controllo {chars}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="424"/>
        <source>part</source>
        <translation>parte</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="67"/>
        <source>Any character, sent as UTF-8 (UTF)</source>
        <translation>Qualsiasi carattere, inviato in UTF-8 (UTF)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="247"/>
        <source>T&amp;ype</source>
        <translation>Tip&amp;o</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="250"/>
        <source>User data header (hex)</source>
        <translation>Intestazione dati utente (hex)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="251"/>
        <source>Send time</source>
        <translation>Orario di invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="255"/>
        <source>Val&amp;idity</source>
        <translation>Va&amp;lidità</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="258"/>
        <source>Notify &amp;e-mail</source>
        <translation>E-mail &amp;notifica</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="260"/>
        <source>Refere&amp;nce</source>
        <translation>Rife&amp;rimento</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="374"/>
        <source>{kind}: may not receive SMS</source>
        <translation>{kind}: potrebbe non ricevere SMS</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="424"/>
        <source>parts</source>
        <translation>parti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="425"/>
        <source>credit</source>
        <translation>credito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="425"/>
        <source>credits</source>
        <translation>crediti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/compose.py" line="428"/>
        <source>{characters} characters · {encoding} · {parts} {parts_word} · costs {recipients} {credits_word} (1 per recipient)</source>
        <translation>
            <numerusform>{characters} carattere · {encoding} · {parts} {parts_word} · costa {recipients} {credits_word} (1 per destinatario)</numerusform>
            <numerusform>{characters} caratteri · {encoding} · {parts} {parts_word} · costa {recipients} {credits_word} (1 per destinatario)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="444"/>
        <source>{char} at {position}</source>
        <translation>{char} in posizione {position}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="448"/>
        <source>UCS-2 because of {chars}{more} (highlighted).</source>
        <translation>UCS-2 a causa di {chars}{more} (evidenziati).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="453"/>
        <source>Plain text (ISO-8859-15) cannot carry the red characters.</source>
        <translation>Il testo semplice (ISO-8859-15) non può contenere i caratteri in rosso.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="466"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="44"/>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="51"/>
        <source>Clienti, Staff</source>
        <translation>Clienti, Staff</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="53"/>
        <source>Groups separated by commas; a new name creates the group</source>
        <translation>Gruppi separati da virgole; un nome nuovo crea il gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="59"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="60"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="61"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="63"/>
        <source>E&amp;xtra fields</source>
        <translation>&amp;Campi aggiuntivi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="72"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="72"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="77"/>
        <source>Used in personalised texts as {field}; a blank value removes the field</source>
        <translation>Usato nei testi personalizzati come {field}; un valore vuoto elimina il campo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="81"/>
        <source>&amp;Add field</source>
        <translation>&amp;Aggiungi campo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="82"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Rimuovi campo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_dialog.py" line="144"/>
        <source>Extra fields</source>
        <translation>Campi aggiuntivi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_texts.py" line="17"/>
        <source>A field with a value needs a name.</source>
        <translation>Un campo con un valore deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_texts.py" line="19"/>
        <source>“{key}” cannot be a field name: texts use a field as {{field}}, so its name cannot contain {{ or }}.</source>
        <translation>“{key}” non può essere il nome di un campo: i testi usano un campo come {{field}}, quindi il nome non può contenere {{ o }}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_texts.py" line="25"/>
        <source>“{key}” cannot be a field name: {{name}} and {{number}} are the contact&apos;s own name and number.</source>
        <translation>“{key}” non può essere il nome di un campo: {{name}} e {{number}} sono il nome e il numero del contatto stesso.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_texts.py" line="31"/>
        <source>There are two fields named “{key}” (upper and lower case count as the same).</source>
        <translation>Ci sono due campi chiamati “{key}” (maiuscole e minuscole contano come uguali).</translation>
    </message>
</context>
<context>
    <name>ContactFiles</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="70"/>
        <source>old .xls workbooks are not supported: save it as .xlsx</source>
        <translation>le vecchie cartelle .xls non sono supportate: salva il file come .xlsx</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="50"/>
        <source>the file is too big ({size} MiB)</source>
        <translation>il file è troppo grande ({size} MiB)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="37"/>
        <source>this is not a text file (it contains binary data)</source>
        <translation>non è un file di testo (contiene dati binari)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="45"/>
        <source>line {line}: {raw} is {e164}, already at line {first_line}</source>
        <translation>riga {line}: {raw} è {e164}, già presente alla riga {first_line}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="46"/>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="51"/>
        <source>{contacts} contacts, {errors} rows with errors, {duplicates} duplicates merged</source>
        <translation>contatti: {contacts}, righe con errori: {errors}, duplicati uniti: {duplicates}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="56"/>
        <source>no column {ref}: the table has {count} columns</source>
        <translation>la colonna {ref} non esiste: la tabella ha {count} colonne</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="57"/>
        <source>no column named {ref}; the columns are {columns}</source>
        <translation>non esiste una colonna chiamata {ref}; le colonne sono {columns}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="65"/>
        <source>it starts with a {encoding} mark but is not {encoding}: {detail}</source>
        <translation>inizia con un marcatore {encoding} ma non è in {encoding}: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="66"/>
        <source>this is not a text file: {reason}</source>
        <translation>non è un file di testo: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="77"/>
        <source>line {line}: {raw}: {reason}</source>
        <translation>riga {line}: {raw}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="97"/>
        <source>line {line}: {reason}</source>
        <translation>riga {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="99"/>
        <source>it is a ZIP archive (an .xlsx workbook? save it with that extension)</source>
        <translation>è un archivio ZIP (una cartella .xlsx? salvala con quell&apos;estensione)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="69"/>
        <source>it is an old Excel/Office binary file (save it as .xlsx or .csv)</source>
        <translation>è un vecchio file binario di Excel/Office (salvalo come .xlsx o .csv)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="76"/>
        <source>it is a PDF document</source>
        <translation>è un documento PDF</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="47"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="95"/>
        <source>cannot read it as {encoding}: {detail}</source>
        <translation>non si riesce a leggerlo come {encoding}: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="53"/>
        <source>malformed CSV: {detail}</source>
        <translation>CSV non valido: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="58"/>
        <source>the file has no data</source>
        <translation>il file non contiene dati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="72"/>
        <source>the file has only a header line and no contacts</source>
        <translation>il file ha solo la riga di intestazione e nessun contatto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="84"/>
        <source>text before the first card is not part of any vCard: {text}</source>
        <translation>il testo prima della prima scheda non fa parte di alcuna vCard: {text}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="85"/>
        <source>text between two cards is not part of any vCard: {text}</source>
        <translation>il testo tra due schede non fa parte di alcuna vCard: {text}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="59"/>
        <source>the vCard starting here has no END:VCARD (is the file truncated?)</source>
        <translation>la vCard che inizia qui non ha END:VCARD (il file è troncato?)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="63"/>
        <source>no vCard found (no BEGIN:VCARD line)</source>
        <translation>nessuna vCard trovata (manca la riga BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="54"/>
        <source>this vCard is malformed: {detail}</source>
        <translation>questa vCard non è valida: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="64"/>
        <source>this is not a vCard</source>
        <translation>questa non è una vCard</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="61"/>
        <source>the workbook has no sheets</source>
        <translation>la cartella di lavoro non ha fogli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="62"/>
        <source>there is no sheet named {sheet}; the sheets are {sheets}</source>
        <translation>non esiste un foglio chiamato {sheet}; i fogli sono {sheets}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="42"/>
        <source>{sheet} is a chart sheet, not a table</source>
        <translation>{sheet} è un foglio grafico, non una tabella</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="44"/>
        <source>the workbook is damaged: {detail}</source>
        <translation>la cartella di lavoro è danneggiata: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="48"/>
        <source>the sheet {sheet} is empty</source>
        <translation>il foglio {sheet} è vuoto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="73"/>
        <source>the sheet {sheet} has only a header row and no contacts</source>
        <translation>il foglio {sheet} ha solo la riga di intestazione e nessun contatto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="68"/>
        <source>this is not an .xlsx workbook (an old .xls workbook)</source>
        <translation>non è una cartella .xlsx (è una vecchia cartella .xls)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="67"/>
        <source>this is not an .xlsx workbook (not one)</source>
        <translation>non è una cartella di lavoro .xlsx</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="60"/>
        <source>no phone number in this row</source>
        <translation>nessun numero di telefono in questa riga</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="38"/>
        <source>Column {count}</source>
        <translation>Colonna {count}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="91"/>
        <source>it has more than {limit} rows, the most one import takes: split it into smaller files</source>
        <translation>il file ha più di {limit} righe, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="86"/>
        <source>it has more than {limit} cells (rows × columns), the most one import takes: remove the columns you do not need or split it</source>
        <translation>il file ha più di {limit} celle (righe × colonne), il massimo per un&apos;importazione: togli le colonne che non servono o dividilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="88"/>
        <source>it has more than {limit} filled cells, the most one import takes: split it into smaller files</source>
        <translation>il file ha più di {limit} celle non vuote, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="94"/>
        <source>it holds more than {limit} characters of text, the most one import takes: split it into smaller files</source>
        <translation>il file contiene più di {limit} caratteri di testo, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="81"/>
        <source>the sheet {sheet} has more than {limit} rows, the most one import takes: split it into smaller files</source>
        <translation>il foglio {sheet} ha più di {limit} righe, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="79"/>
        <source>the sheet {sheet} has more than {limit} cells (rows × columns), the most one import takes: remove the columns you do not need or split it</source>
        <translation>il foglio {sheet} ha più di {limit} celle (righe × colonne), il massimo per un&apos;importazione: togli le colonne che non servono o dividilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="80"/>
        <source>the sheet {sheet} has more than {limit} filled cells, the most one import takes: split it into smaller files</source>
        <translation>il foglio {sheet} ha più di {limit} celle non vuote, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="82"/>
        <source>the sheet {sheet} holds more than {limit} characters of text, the most one import takes: split it into smaller files</source>
        <translation>il foglio {sheet} contiene più di {limit} caratteri di testo, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="98"/>
        <source>the workbook holds more than {limit} characters of text, the most one import takes: split it into smaller files</source>
        <translation>la cartella di lavoro contiene più di {limit} caratteri di testo, il massimo per un&apos;importazione: dividila in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="89"/>
        <source>it has more than {limit} lines, the most one import takes: split it into smaller files</source>
        <translation>il file ha più di {limit} righe di testo, il massimo per un&apos;importazione: dividilo in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="52"/>
        <source>this line is longer than {limit} characters, the most one line may have</source>
        <translation>questa riga supera i {limit} caratteri, il massimo per una riga</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="49"/>
        <source>malformed CSV: a field is longer than {limit} characters, the most one field may have</source>
        <translation>CSV non valido: un campo supera i {limit} caratteri, il massimo per un campo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="41"/>
        <source>this vCard is longer than {limit} characters without its photos, the most one card may have</source>
        <translation>questa vCard supera i {limit} caratteri senza contare le foto, il massimo per una scheda</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="90"/>
        <source>the workbook has more than {limit} parts (or a bigger directory of them), the most one import takes</source>
        <translation>la cartella di lavoro ha più di {limit} parti (o un loro elenco più grande), il massimo per un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="96"/>
        <source>the workbook unpacks to {size} MiB, more than the {limit} MiB one import takes (a ZIP bomb?)</source>
        <translation>la cartella di lavoro decompressa occupa {size} MiB, più dei {limit} MiB accettati per un&apos;importazione (una bomba ZIP?)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="43"/>
        <source>the part {part} of the workbook is compressed {ratio} times, more than the {limit} times of any genuine workbook (a ZIP bomb?)</source>
        <translation>la parte {part} della cartella di lavoro è compressa {ratio} volte, più delle {limit} volte di qualunque cartella autentica (una bomba ZIP?)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="75"/>
        <source>the part {part} of the workbook is {size} MiB unpacked, more than the {limit} MiB one import takes for it</source>
        <translation>la parte {part} della cartella di lavoro occupa {size} MiB decompressa, più dei {limit} MiB accettati per una parte</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="87"/>
        <source>the workbook has more than {limit} XML elements outside its rows and shared strings (in {part}), the most one import takes</source>
        <translation>la cartella di lavoro ha più di {limit} elementi XML fuori dalle righe e dai testi condivisi (in {part}), il massimo per un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="93"/>
        <source>the workbook has more than {limit} distinct texts (shared strings), the most one import takes: split it into smaller files</source>
        <translation>la cartella di lavoro ha più di {limit} testi distinti (stringhe condivise), il massimo per un&apos;importazione: dividila in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="92"/>
        <source>the workbook&apos;s sheets have more than {limit} XML elements in their rows, the most one import takes: split it into smaller files</source>
        <translation>i fogli della cartella di lavoro hanno più di {limit} elementi XML nelle righe, il massimo per un&apos;importazione: dividila in file più piccoli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="78"/>
        <source>the sheet {sheet} has a row of more than {limit} XML elements, the most one import takes</source>
        <translation>il foglio {sheet} ha una riga di più di {limit} elementi XML, il massimo per un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="83"/>
        <source>it has a shared string of more than {limit} XML elements, the most one import takes</source>
        <translation>la cartella di lavoro ha un testo condiviso di più di {limit} elementi XML, il massimo per un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="74"/>
        <source>not {expected} like the rest of the file: read as {encoding}</source>
        <translation>non è in {expected} come il resto del file: letta come {encoding}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="71"/>
        <source>1 more lines are not {expected} like the rest of the file: read as {encoding}</source>
        <translation>un&apos;altra riga non è in {expected} come il resto del file: letta come {encoding}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="55"/>
        <source>{count} more lines are not {expected} like the rest of the file: read as {encoding}</source>
        <translation>altre {count} righe non sono in {expected} come il resto del file: lette come {encoding}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="40"/>
        <source>Cannot import {file}: line {line}: {reason}</source>
        <translation>Impossibile importare {file}: riga {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="39"/>
        <source>Cannot import {file}: {reason}</source>
        <translation>Impossibile importare {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactGroups</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="47"/>
        <source>&amp;New group…</source>
        <translation>&amp;Nuovo gruppo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="48"/>
        <source>Add &amp;to group…</source>
        <translation>Aggiungi al g&amp;ruppo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="49"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="50"/>
        <source>Rename the group chosen in the list</source>
        <translation>Rinomina il gruppo scelto nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="51"/>
        <source>Delete grou&amp;p…</source>
        <translation>Elimina gru&amp;ppo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="53"/>
        <source>Delete the group chosen in the list; its contacts are kept</source>
        <translation>Elimina il gruppo scelto nell&apos;elenco; i suoi contatti vengono conservati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="71"/>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="71"/>
        <source>Group name:</source>
        <translation>Nome del gruppo:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="83"/>
        <source>Add to group</source>
        <translation>Aggiungi al gruppo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="84"/>
        <source>Add {count:,} contacts to:</source>
        <translation>
            <numerusform>Aggiungi {count:,} contatto a:</numerusform>
            <numerusform>Aggiungi {count:,} contatti a:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="100"/>
        <source>Cannot change the group</source>
        <translation>Impossibile modificare il gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="117"/>
        <source>Rename group</source>
        <translation>Rinomina gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="118"/>
        <source>New name of the group “{group}”:</source>
        <translation>Nuovo nome del gruppo “{group}”:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="129"/>
        <source>Cannot rename the group</source>
        <translation>Impossibile rinominare il gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="134"/>
        <source>A group needs a name.</source>
        <translation>Un gruppo deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="137"/>
        <source>There is already a group “{name}”. To merge the two, select the contacts of “{group}”, add them to “{name}”, then delete “{group}”.</source>
        <translation>Esiste già un gruppo “{name}”. Per unire i due gruppi, seleziona i contatti di “{group}”, aggiungili a “{name}”, poi elimina “{group}”.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="158"/>
        <source>It has no contacts.</source>
        <translation>Non contiene contatti.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="160"/>
        <source>Its 1 contact is kept: only the group is deleted.</source>
        <translation>Il suo unico contatto viene conservato: si elimina solo il gruppo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="162"/>
        <source>Its {count:,} contacts are kept: only the group is deleted.</source>
        <translation>I suoi {count:,} contatti vengono conservati: si elimina solo il gruppo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="167"/>
        <source>Delete group</source>
        <translation>Elimina gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="168"/>
        <source>Delete the group “{group}”?</source>
        <translation>Eliminare il gruppo “{group}”?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="181"/>
        <source>Cannot delete the group</source>
        <translation>Impossibile eliminare il gruppo</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="102"/>
        <source>no contact with number {number}</source>
        <translation>nessun contatto con il numero {number}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="101"/>
        <source>a group needs a name</source>
        <translation>un gruppo deve avere un nome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="103"/>
        <source>no group {name}</source>
        <translation>il gruppo {name} non esiste</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="100"/>
        <source>there is already a group {name}</source>
        <translation>esiste già un gruppo {name}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="68"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="69"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="70"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="71"/>
        <source>Opted out</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="338"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="342"/>
        <source>Opted out: receives no broadcast</source>
        <translation>Escluso: non riceve invii multipli</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="92"/>
        <source>Search by name or number</source>
        <translation>Cerca per nome o numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="108"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="118"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="119"/>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="120"/>
        <source>&amp;Import…</source>
        <translation>Imp&amp;orta…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="121"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="122"/>
        <source>&amp;Edit…</source>
        <translation>Modifi&amp;ca…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="124"/>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="309"/>
        <source>&amp;Opt out</source>
        <translation>Esc&amp;ludi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="125"/>
        <source>Opted-out numbers receive no broadcast</source>
        <translation>I numeri esclusi non ricevono invii multipli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="126"/>
        <source>Use as &amp;recipients</source>
        <translation>Usa come &amp;destinatari</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="128"/>
        <source>Send to the selected contacts (opted-out numbers are left out)</source>
        <translation>Invia ai contatti selezionati (i numeri esclusi vengono saltati)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="145"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="271"/>
        <source>{total:,} contacts</source>
        <translation>
            <numerusform>{total:,} contatto</numerusform>
            <numerusform>{total:,} contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="273"/>
        <source>{shown:,} of {total:,} contacts</source>
        <translation>
            <numerusform>{shown:,} di {total:,} contatto</numerusform>
            <numerusform>{shown:,} di {total:,} contatti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="309"/>
        <source>Opt &amp;in</source>
        <translation>Riamme&amp;tti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="345"/>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="348"/>
        <source>Cannot save the contact</source>
        <translation>Impossibile salvare il contatto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="364"/>
        <source>Delete the contact {who}?</source>
        <translation>Eliminare il contatto {who}?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="366"/>
        <source>Delete {count:,} contacts?</source>
        <translation>Eliminare {count:,} contatti?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="367"/>
        <source>Opted-out numbers stay on the opt-out list.</source>
        <translation>I numeri esclusi restano nell&apos;elenco delle esclusioni.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="370"/>
        <source>Delete contacts</source>
        <translation>Elimina contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="384"/>
        <source>Cannot delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="385"/>
        <source>The contacts database refused: {error}</source>
        <translation>L&apos;archivio dei contatti ha rifiutato: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="420"/>
        <source>Cannot change the opt-out list</source>
        <translation>Impossibile modificare l&apos;elenco delle esclusioni</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="452"/>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="466"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../smsgate_desktop/gui/banner.py" line="22"/>
        <source>Add account…</source>
        <translation>Aggiungi account…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="31"/>
        <location filename="../../smsgate_desktop/gui/exports.py" line="36"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="32"/>
        <location filename="../../smsgate_desktop/gui/exports.py" line="37"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="33"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="38"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="39"/>
        <source>Time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="40"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="41"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="42"/>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="45"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="46"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="91"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Il disco è pieno: {file} non è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="95"/>
        <source>Permission denied writing {file}: close it in the program that has it open, or choose another folder.</source>
        <translation>Permesso negato per scrivere {file}: chiudilo nel programma che lo tiene aperto, o scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="101"/>
        <source>Could not write {file}: {reason}.</source>
        <translation>Impossibile scrivere {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="110"/>
        <source>Exported 1 row to {file}.</source>
        <translation>Esportata 1 riga in {file}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="112"/>
        <source>Exported {count:,} rows to {file}.</source>
        <translation>Esportate {count:,} righe in {file}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="116"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/exports.py" line="124"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
</context>
<context>
    <name>FieldFormats</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="105"/>
        <source>contains the control character {name} at position {position}</source>
        <translation>contiene il carattere di controllo {name} in posizione {position}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="106"/>
        <source>must be + followed by 1 to 4 digits, e.g. +39</source>
        <translation>deve essere + seguito da 1 a 4 cifre, es. +39</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="111"/>
        <source>{field} {shown} {reason}</source>
        <translation>{field} {shown} {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="112"/>
        <source>must be 2 to 5 digits, e.g. 333</source>
        <translation>deve avere da 2 a 5 cifre, es. 333</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="118"/>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="120"/>
        <source>has a character at position {position}, which {encoding} cannot carry</source>
        <translation>contiene un carattere in posizione {position}, che {encoding} non può rappresentare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="121"/>
        <source>must be 3 to 12 digits</source>
        <translation>deve avere da 3 a 12 cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="123"/>
        <source>must be 1 to 11 letters, digits or spaces, or + followed by up to 16 digits</source>
        <translation>deve avere da 1 a 11 lettere, cifre o spazi, oppure essere + seguito da al massimo 16 cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="124"/>
        <source>must be one of FL UCS UTF UDH WBK WPS</source>
        <translation>deve essere uno tra FL UCS UTF UDH WBK WPS</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="107"/>
        <source>must be a day from 1 to 31</source>
        <translation>deve essere un giorno da 1 a 31</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="117"/>
        <source>must be a month from 1 to 12</source>
        <translation>deve essere un mese da 1 a 12</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="130"/>
        <source>must be a year from 00 to 99 (1 or 2 digits)</source>
        <translation>deve essere un anno da 00 a 99 (1 o 2 cifre)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="113"/>
        <source>must be an hour from 1 to 12</source>
        <translation>deve essere un&apos;ora da 1 a 12</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="116"/>
        <source>must be a minute from 0 to 59</source>
        <translation>deve essere un minuto da 0 a 59</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="104"/>
        <source>must be AM or PM</source>
        <translation>deve essere AM o PM</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="125"/>
        <source>must be an even number of hex digits, at most 280</source>
        <translation>deve essere un numero pari di cifre esadecimali, al massimo 280</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="109"/>
        <source>must be 0 or 1</source>
        <translation>deve essere 0 o 1</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="119"/>
        <source>must be mailto: followed by an e-mail address</source>
        <translation>deve essere mailto: seguito da un indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="129"/>
        <source>must be a number of minutes from 1 to 10080</source>
        <translation>deve essere un numero di minuti da 1 a 10080</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="122"/>
        <source>must be 1 to 20 letters or digits</source>
        <translation>deve avere da 1 a 20 lettere o cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="108"/>
        <source>must be two hex digits</source>
        <translation>deve essere di due cifre esadecimali</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="115"/>
        <source>is mandatory and empty</source>
        <translation>è obbligatorio ma vuoto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="110"/>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="114"/>
        <source>makes a line of {size} bytes, over the gateway&apos;s limit of {limit}</source>
        <translation>forma una riga di {size} byte, oltre il limite di {limit} del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="128"/>
        <source>has the character {char} (U+{code}) at position {position}, which {encoding} cannot carry; choose the UTF message type</source>
        <translation>contiene il carattere {char} (U+{code}) in posizione {position}, che {encoding} non può rappresentare; scegli il tipo di messaggio UTF</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="127"/>
        <source>has the character {char} (U+{code}) at position {position} and {count} more, which {encoding} cannot carry; choose the UTF message type</source>
        <translation>contiene il carattere {char} (U+{code}) in posizione {position} e altri {count}, che {encoding} non può rappresentare; scegli il tipo di messaggio UTF</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="126"/>
        <source>has the character {char} (U+{code}) at position {position}, which {encoding} cannot carry</source>
        <translation>contiene il carattere {char} (U+{code}) in posizione {position}, che {encoding} non può rappresentare</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="131"/>
        <source>about {hours} h {minutes} min</source>
        <translation>circa {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="132"/>
        <source>about {minutes} min {seconds} s</source>
        <translation>circa {minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="133"/>
        <source>about {seconds} s</source>
        <translation>circa {seconds} s</translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="19"/>
        <source>Recipients: {count}</source>
        <translation>Destinatari: {count}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="21"/>
        <source>  duplicates merged: {count}</source>
        <translation>  duplicati uniti: {count}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="23"/>
        <source>  opted out, excluded: {count}</source>
        <translation>  esclusi (opt-out): {count}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="25"/>
        <source>Parts per message: {count} (longest text)</source>
        <translation>Parti per messaggio: {count} (testo più lungo)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="27"/>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="43"/>
        <source>unknown</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="29"/>
        <source>Credits needed: {count} (balance {balance})</source>
        <translation>Crediti necessari: {count} (saldo {balance})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="36"/>
        <source>  Warning: %n credits short; the gateway will refuse the messages beyond the balance.</source>
        <translation>
            <numerusform>  Attenzione: manca %n credito; il gateway rifiuterà i messaggi oltre il saldo.</numerusform>
            <numerusform>  Attenzione: mancano %n crediti; il gateway rifiuterà i messaggi oltre il saldo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="47"/>
        <source>Estimated duration: {duration}</source>
        <translation>Durata stimata: {duration}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="57"/>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="135"/>
        <source>Every recipient is on the opt-out list: nothing to send.</source>
        <translation>Tutti i destinatari sono nell&apos;elenco delle esclusioni: niente da inviare.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="59"/>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="136"/>
        <source>Broadcast {id} has no failed message.</source>
        <translation>L&apos;invio multiplo {id} non ha messaggi falliti.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="61"/>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="134"/>
        <source>Every failed recipient has opted out since: nothing to send.</source>
        <translation>Tutti i destinatari falliti sono stati esclusi nel frattempo: niente da inviare.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="65"/>
        <source>1 recipient lacks a field of the template: {reason}.</source>
        <translation>1 destinatario non ha un campo del modello: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="69"/>
        <source>%n recipients lack a field of the template; the first: {reason}.</source>
        <translation>
            <numerusform>%n destinatario non ha un campo del modello: {reason}.</numerusform>
            <numerusform>%n destinatari non hanno un campo del modello; il primo: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="74"/>
        <source>The message to {recipient}: {reason}</source>
        <translation>Il messaggio per {recipient}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/forecast_text.py" line="78"/>
        <source>The template is not valid: {reason}.</source>
        <translation>Il modello non è valido: {reason}.</translation>
    </message>
</context>
<context>
    <name>GatewayErrors</name>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="11"/>
        <source>The data coding scheme (DCS) is not a valid value.</source>
        <translation>La codifica dei dati (DCS) non ha un valore valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="12"/>
        <source>The message reference is not valid.</source>
        <translation>Il riferimento del messaggio non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="13"/>
        <source>The validity period is not valid.</source>
        <translation>Il periodo di validità non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="14"/>
        <source>The notification e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail per la notifica non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="15"/>
        <source>The delivery report option is not valid.</source>
        <translation>L&apos;opzione di conferma di consegna non è valida.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="16"/>
        <source>The user data header (UDH) is not valid.</source>
        <translation>L&apos;intestazione dati (UDH) non è valida.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="17"/>
        <source>The gateway refused the connection from this computer.</source>
        <translation>Il gateway ha rifiutato la connessione da questo computer.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="18"/>
        <source>This account is not allowed to use the TCP connection. Ask your provider.</source>
        <translation>Questo account non è abilitato alla connessione TCP. Chiedi al fornitore.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="21"/>
        <source>The sender name or number was not accepted.</source>
        <translation>Il nome o il numero del mittente non è stato accettato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="22"/>
        <source>This computer&apos;s internet address is not enabled for the account.</source>
        <translation>L&apos;indirizzo internet di questo computer non è abilitato per l&apos;account.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="25"/>
        <source>This recipient is blocked for your account; the message was not sent.</source>
        <translation>Questo destinatario è bloccato per il tuo account; il messaggio non è stato inviato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="28"/>
        <source>This computer&apos;s internet address has been locked by the gateway.</source>
        <translation>L&apos;indirizzo internet di questo computer è stato bloccato dal gateway.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="31"/>
        <source>The message type is not valid.</source>
        <translation>Il tipo di messaggio non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="32"/>
        <source>The account name or password is wrong, or the account is blocked or not active.</source>
        <translation>Il nome dell&apos;account o la password sono errati, oppure l&apos;account è bloccato o non attivo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="36"/>
        <source>The scheduled date or time is not valid.</source>
        <translation>La data o l&apos;ora programmata non è valida.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="37"/>
        <source>The message text was not accepted.</source>
        <translation>Il testo del messaggio non è stato accettato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="38"/>
        <source>The recipient&apos;s phone number is not valid.</source>
        <translation>Il numero di telefono del destinatario non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="39"/>
        <source>The mobile prefix of the number is not valid.</source>
        <translation>Il prefisso mobile del numero non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="40"/>
        <source>The country code of the number is not valid.</source>
        <translation>Il prefisso internazionale del numero non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="41"/>
        <source>The account has no credit left. Top up the account to send more messages.</source>
        <translation>Il credito dell&apos;account è esaurito. Ricarica l&apos;account per inviare altri messaggi.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="44"/>
        <source>The gateway did not understand the request.</source>
        <translation>Il gateway non ha capito la richiesta.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="45"/>
        <source>Another session is already open for this account (only one is allowed). Close the other program or wait for it to finish.</source>
        <translation>Per questo account è già aperta un&apos;altra sessione (ne è consentita una sola). Chiudi l&apos;altro programma o attendi che finisca.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="49"/>
        <source>The gateway closed the connection after 10 minutes without activity.</source>
        <translation>Il gateway ha chiuso la connessione dopo 10 minuti di inattività.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="52"/>
        <source>The account name or password is wrong.</source>
        <translation>Il nome dell&apos;account o la password sono errati.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="53"/>
        <source>The account is blocked. Contact your provider.</source>
        <translation>L&apos;account è bloccato. Contatta il fornitore.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="54"/>
        <source>The account is not active (inactive or expired). Contact your provider.</source>
        <translation>L&apos;account non è attivo (disattivato o scaduto). Contatta il fornitore.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="57"/>
        <source>The gateway reported error %1.</source>
        <translation>Il gateway ha segnalato l&apos;errore %1.</translation>
    </message>
</context>
<context>
    <name>GroupFilterCombo</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="194"/>
        <source>Group filter</source>
        <translation>Filtro per gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="203"/>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="204"/>
        <source>In no group</source>
        <translation>Senza gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contact_groups.py" line="205"/>
        <source>Opted out</source>
        <translation>Esclusi</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="35"/>
        <source>Messages sent per day and credit, last 30 days</source>
        <translation>Messaggi inviati al giorno e credito, ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="55"/>
        <source>No messages sent in the last {days} days.</source>
        <translation>Nessun messaggio inviato negli ultimi {days} giorni.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="60"/>
        <source>{sent} sent, {failed} failed in {days} days</source>
        <translation>Ultimi {days} giorni: inviati {sent}, falliti {failed}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="63"/>
        <source>{sent} sent, {failed} failed in {days} days; credit now {credit}</source>
        <translation>Ultimi {days} giorni: inviati {sent}, falliti {failed}; credito attuale {credit}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="200"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="201"/>
        <source>Failed</source>
        <translation>Falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/history_chart.py" line="202"/>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="80"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="81"/>
        <source>Excel workbook</source>
        <translation>Cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="82"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="218"/>
        <source>The contacts database refused the import: {error}</source>
        <translation>L&apos;archivio dei contatti ha rifiutato l&apos;importazione: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="245"/>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="353"/>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="253"/>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="254"/>
        <source>Choose &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="273"/>
        <source>Lines to check</source>
        <translation>Righe da controllare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="287"/>
        <source>Columns kept with each contact as extra fields</source>
        <translation>Colonne conservate con ogni contatto come campi aggiuntivi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="291"/>
        <source>&amp;Number column</source>
        <translation>Colonna &amp;numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="292"/>
        <source>N&amp;ame column</source>
        <translation>Colonna n&amp;ome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="293"/>
        <source>&amp;Group column</source>
        <translation>Colonna &amp;gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="294"/>
        <source>&amp;Extra columns</source>
        <translation>Colonne &amp;aggiuntive</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="297"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="299"/>
        <source>%v of %m rows checked</source>
        <translation>%v di %m righe verificate</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="301"/>
        <source>&amp;Stop import</source>
        <translation>Interrom&amp;pi importazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="302"/>
        <source>Stop now: nothing of this file is saved</source>
        <translation>Interrompi ora: non viene salvato nulla di questo file</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="311"/>
        <source>Rows not imported</source>
        <translation>Righe non importate</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="354"/>
        <source>Contact files ({patterns});;All files (*)</source>
        <translation>File di contatti ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="371"/>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="409"/>
        <source>The file has no rows to import.</source>
        <translation>Il file non contiene righe da importare.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="416"/>
        <source>1 warning while reading the file: check this line</source>
        <translation>1 avviso durante la lettura del file: controlla questa riga</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="419"/>
        <source>{count:,} warnings while reading the file: check these lines</source>
        <translation>
            <numerusform>{count:,} avviso durante la lettura del file: controlla questa riga</numerusform>
            <numerusform>{count:,} avvisi durante la lettura del file: controlla queste righe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="438"/>
        <source>line {line}: {reason}</source>
        <translation>riga {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="445"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="457"/>
        <source>No column looks like phone numbers: choose the number column.</source>
        <translation>Nessuna colonna sembra contenere numeri di telefono: scegli la colonna del numero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="520"/>
        <source>Checking {count:,} rows…</source>
        <translation>
            <numerusform>Verifica di {count:,} riga in corso…</numerusform>
            <numerusform>Verifica di {count:,} righe in corso…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="543"/>
        <source>Import stopped: no contact of this file was saved.</source>
        <translation>Importazione interrotta: nessun contatto di questo file è stato salvato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="579"/>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="580"/>
        <source>Cannot import</source>
        <translation>Impossibile importare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="592"/>
        <source>Added {count:,}</source>
        <translation>
            <numerusform>{count:,} aggiunto</numerusform>
            <numerusform>{count:,} aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="593"/>
        <source>updated {count:,}</source>
        <translation>
            <numerusform>{count:,} aggiornato</numerusform>
            <numerusform>{count:,} aggiornati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="595"/>
        <source>1 duplicate merged</source>
        <translation>1 duplicato unito</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="597"/>
        <source>{count:,} duplicates merged</source>
        <translation>
            <numerusform>{count:,} duplicato unito</numerusform>
            <numerusform>{count:,} duplicati uniti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="600"/>
        <source>{count:,} row not imported</source>
        <translation>{count:,} riga non importata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="602"/>
        <source>{count:,} rows not imported</source>
        <translation>
            <numerusform>{count:,} riga non importata</numerusform>
            <numerusform>{count:,} righe non importate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="605"/>
        <source> (listed below).</source>
        <translation> (vedi l&apos;elenco sotto).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="610"/>
        <source>1 warning while reading the file (listed above): check that line.</source>
        <translation>1 avviso durante la lettura del file (vedi l&apos;elenco sopra): controlla quella riga.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="613"/>
        <source>{count:,} warnings while reading the file (listed above): check those lines.</source>
        <translation>
            <numerusform>{count:,} avviso durante la lettura del file (vedi l&apos;elenco sopra): controlla quella riga.</numerusform>
            <numerusform>{count:,} avvisi durante la lettura del file (vedi l&apos;elenco sopra): controlla quelle righe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="624"/>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="625"/>
        <source>line {line}: {raw}: {reason}</source>
        <translation>riga {line}: {raw}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="633"/>
        <source>Cannot import {file}: line {line}: {reason}</source>
        <translation>Impossibile importare {file}: riga {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="636"/>
        <source>Cannot import {file}: {reason}</source>
        <translation>Impossibile importare {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="647"/>
        <source>tab-separated</source>
        <translation>separato da tabulazioni</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="650"/>
        <source>sheet {name}</source>
        <translation>foglio {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="654"/>
        <source>{kind}{about}: {count:,} rows; the first {shown} are shown.</source>
        <translation>
            <numerusform>{kind}{about}: {count:,} riga; in anteprima: {shown}.</numerusform>
            <numerusform>{kind}{about}: {count:,} righe; in anteprima: {shown}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="137"/>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Su questo computer non è disponibile alcun archivio delle password (portachiavi).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="138"/>
        <source>The password store refused the password: {detail}</source>
        <translation>L&apos;archivio delle password ha rifiutato la password: {detail}</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../../smsgate_desktop/gui/local_store.py" line="63"/>
        <source>{storage} Until you quit, contacts and sends are kept in a temporary folder and then forgotten.</source>
        <translation>{storage} Fino all&apos;uscita, contatti e invii sono tenuti in una cartella temporanea e poi dimenticati.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smsgate_desktop/gui/demo.py" line="21"/>
        <source>Demo mode — no messages leave this computer</source>
        <translation>Modalità demo — nessun messaggio esce da questo computer</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="179"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="273"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="274"/>
        <source>Broadcast</source>
        <translation>Invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="174"/>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="275"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="195"/>
        <source>Protocol log</source>
        <translation>Registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="292"/>
        <source>Office database: {name}</source>
        <translation>Database dell&apos;ufficio: {name}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="295"/>
        <source>Data on this computer</source>
        <translation>Dati su questo computer</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="310"/>
        <source>Wait for the send under way to end (or pause it): the data in use changes only between sends.</source>
        <translation>Attendi la fine dell&apos;invio in corso (o mettilo in pausa): i dati in uso cambiano solo tra un invio e l&apos;altro.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="314"/>
        <source>Close the import first: the data in use changes only between imports.</source>
        <translation>Chiudi prima l&apos;importazione: i dati in uso cambiano solo tra un&apos;importazione e l&apos;altra.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="447"/>
        <source>Office database: {name} (not answering)</source>
        <translation>Database dell&apos;ufficio: {name} (non risponde)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="456"/>
        <source>The office database answers again.</source>
        <translation>Il database dell&apos;ufficio risponde di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="559"/>
        <source>No password for this account: use Edit… to enter it.</source>
        <translation>Nessuna password per questo account: usa Modifica… per inserirla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="635"/>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
</context>
<context>
    <name>MessageDraft</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="140"/>
        <source>Recipient {raw} is not valid: {reason}.</source>
        <translation>Il destinatario {raw} non è valido: {reason}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="142"/>
        <source>Recipient {raw} is not valid: {reason} (and 1 more).</source>
        <translation>Il destinatario {raw} non è valido: {reason} (e un altro).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="141"/>
        <source>Recipient {raw} is not valid: {reason} (and {count} more).</source>
        <translation>Il destinatario {raw} non è valido: {reason} (e altri {count}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="148"/>
        <source>The DCS {problem}.</source>
        <translation>Il DCS {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="149"/>
        <source>The gateway {problem}.</source>
        <translation>Il gateway {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="153"/>
        <source>The network code {problem}.</source>
        <translation>Il codice di rete {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="154"/>
        <source>Add at least one recipient.</source>
        <translation>Aggiungi almeno un destinatario.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="155"/>
        <source>Enter a sender: a name of up to 11 letters or digits, or a number.</source>
        <translation>Inserisci un mittente: un nome di massimo 11 lettere o cifre, oppure un numero.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="164"/>
        <source>The sender {problem}.</source>
        <translation>Il mittente {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="156"/>
        <source>Write the message text.</source>
        <translation>Scrivi il testo del messaggio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="143"/>
        <source>The send time is not usable: {reason}.</source>
        <translation>L&apos;orario di invio non è utilizzabile: {reason}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="150"/>
        <source>Leaves at {when} gateway time ({zone})</source>
        <translation>Partirà il {when}, ora del gateway ({zone})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="151"/>
        <source>Leaves at {when} gateway time ({zone}) — that hour happens twice there; the gateway picks one</source>
        <translation>Partirà il {when}, ora del gateway ({zone}) — lì quell&apos;ora si ripete due volte; il gateway ne sceglie una</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="139"/>
        <source>The notification e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail per la notifica non è valido.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="168"/>
        <source>The validity {problem}.</source>
        <translation>La validità {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="163"/>
        <source>The reference {problem}.</source>
        <translation>Il riferimento {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="167"/>
        <source>The UDH {problem}.</source>
        <translation>L&apos;UDH {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="165"/>
        <source>The text {problem}.</source>
        <translation>Il testo {problem}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="152"/>
        <source>The text has a line break at position {position}; the gateway&apos;s protocol cannot carry line breaks in a message.</source>
        <translation>Il testo contiene un a capo in posizione {position}; il protocollo del gateway non ammette a capo in un messaggio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="145"/>
        <source>The text contains the control character {char} at position {position}; the gateway&apos;s protocol cannot carry it.</source>
        <translation>Il testo contiene il carattere di controllo {char} in posizione {position}; il protocollo del gateway non può trasportarlo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="147"/>
        <source>The text contains the control character {char} at position {position} (and 1 more); the gateway&apos;s protocol cannot carry it.</source>
        <translation>Il testo contiene il carattere di controllo {char} in posizione {position} (e un altro); il protocollo del gateway non può trasportarlo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="146"/>
        <source>The text contains the control character {char} at position {position} (and {count} more); the gateway&apos;s protocol cannot carry it.</source>
        <translation>Il testo contiene il carattere di controllo {char} in posizione {position} (e altri {count}); il protocollo del gateway non può trasportarlo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="157"/>
        <source>The character {char} at position {position} cannot be sent as plain text: switch the type to UTF.</source>
        <translation>Il carattere {char} in posizione {position} non può essere inviato come testo semplice: passa al tipo UTF.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="159"/>
        <source>The character {char} at position {position} (and 1 more) cannot be sent as plain text: switch the type to UTF.</source>
        <translation>Il carattere {char} in posizione {position} (e un altro) non può essere inviato come testo semplice: passa al tipo UTF.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="158"/>
        <source>The character {char} at position {position} (and {count} more) cannot be sent as plain text: switch the type to UTF.</source>
        <translation>Il carattere {char} in posizione {position} (e altri {count}) non può essere inviato come testo semplice: passa al tipo UTF.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="160"/>
        <source>The character {char} at position {position} cannot be sent as UTF-8.</source>
        <translation>Il carattere {char} in posizione {position} non può essere inviato in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="162"/>
        <source>The character {char} at position {position} (and 1 more) cannot be sent as UTF-8.</source>
        <translation>Il carattere {char} in posizione {position} (e un altro) non può essere inviato in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="161"/>
        <source>The character {char} at position {position} (and {count} more) cannot be sent as UTF-8.</source>
        <translation>Il carattere {char} in posizione {position} (e altri {count}) non può essere inviato in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="166"/>
        <source>The text is too long: it {reason}.</source>
        <translation>Il testo è troppo lungo: {reason}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="144"/>
        <source>Cannot send: {error}.</source>
        <translation>Impossibile inviare: {error}.</translation>
    </message>
</context>
<context>
    <name>OfficeBanner</name>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="443"/>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="457"/>
        <source>Until it answers, the contacts and the history shown are this computer&apos;s own; nothing is lost.</source>
        <translation>Finché non risponde, i contatti e la cronologia mostrati sono quelli di questo computer; non si perde nulla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="471"/>
        <source>Connecting to the office database…</source>
        <translation>Connessione al database dell&apos;ufficio…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="85"/>
        <source>The office database refused: {error}</source>
        <translation>Il database dell&apos;ufficio ha rifiutato: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="89"/>
        <source>Connected: the database is empty; SMSGate prepares it when you save.</source>
        <translation>Connesso: il database è vuoto; SMSGate lo prepara quando salvi.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="99"/>
        <source>Connected: {contacts}, {broadcasts} shared.</source>
        <translation>Connesso: {contacts} e {broadcasts} in comune.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="187"/>
        <source>The address must look like {example}.</source>
        <translation>L&apos;indirizzo deve essere come {example}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="193"/>
        <source>The port must be a number.</source>
        <translation>La porta deve essere un numero.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="226"/>
        <source>Office database</source>
        <translation>Database dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="232"/>
        <source>Several computers can share contacts, groups, opt-outs and the history of sends in one PostgreSQL database on the office server. Leave the address empty to keep them on this computer only.</source>
        <translation>Più computer possono condividere contatti, gruppi, esclusioni e la cronologia degli invii in un database PostgreSQL sul server dell&apos;ufficio. Lascia vuoto l&apos;indirizzo per tenerli solo su questo computer.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="242"/>
        <source>For example {example}: ask whoever runs the office server.</source>
        <translation>Per esempio {example}: chiedilo a chi gestisce il server dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="251"/>
        <source>Kept in this computer&apos;s password store; empty: keep the stored one</source>
        <translation>Conservata nel portachiavi di questo computer; vuota: resta quella salvata</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="254"/>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="256"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="257"/>
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="337"/>
        <source>Connecting to {address}…</source>
        <translation>Connessione a {address}…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="376"/>
        <source>The password cannot be kept: {why}</source>
        <translation>Impossibile conservare la password: {why}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="382"/>
        <source>The setting cannot be kept in the data folder: {why}</source>
        <translation>Impossibile salvare l&apos;impostazione nella cartella dei dati: {why}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/office_dialog.py" line="407"/>
        <source>The address is saved: this window keeps using this computer&apos;s own data until the office database answers.</source>
        <translation>L&apos;indirizzo è salvato: questa finestra continua a usare i dati di questo computer finché il database dell&apos;ufficio non risponde.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/password_dialog.py" line="29"/>
        <source>Password refused</source>
        <translation>Password rifiutata</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/password_dialog.py" line="31"/>
        <source>The gateway refused the password for {account} on {server}.</source>
        <translation>Il gateway ha rifiutato la password di {account} su {server}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/password_dialog.py" line="35"/>
        <source>Enter it again (if the account name is wrong, cancel and use Edit…).</source>
        <translation>Inseriscila di nuovo (se il nome dell&apos;account è sbagliato, annulla e usa Modifica…).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/password_dialog.py" line="40"/>
        <source>Remember in the system keyring</source>
        <translation>Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/password_dialog.py" line="47"/>
        <source>No system keyring is available: the password is kept for this session only.</source>
        <translation>Il portachiavi di sistema non è disponibile: la password resta solo per questa sessione.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/password_dialog.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>Personalisation</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="169"/>
        <source>{count} recipient(s) lack a field; the first: {error}</source>
        <translation>destinatari senza un campo: {count}; il primo: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="170"/>
        <source>the text for {recipient}: {problem}</source>
        <translation>il testo per {recipient}: {problem}</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="191"/>
        <source>unknown country code</source>
        <translation>prefisso internazionale sconosciuto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="185"/>
        <source>not a phone number</source>
        <translation>non è un numero di telefono</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="187"/>
        <source>expected an ISO country code such as &apos;IT&apos;</source>
        <translation>atteso un codice paese ISO come &apos;IT&apos;</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="189"/>
        <source>too short</source>
        <translation>troppo corto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="188"/>
        <source>too long</source>
        <translation>troppo lungo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="190"/>
        <source>too short for the gateway, which needs at least {digits} digits after the country code</source>
        <translation>troppo corto per il gateway, che richiede almeno {digits} cifre dopo il prefisso internazionale</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="176"/>
        <source>it is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="186"/>
        <source>&apos;+&apos; is allowed only at the start (position {position})</source>
        <translation>il &apos;+&apos; è ammesso solo all&apos;inizio (posizione {position})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="179"/>
        <source>it contains the letter {char} at position {position}</source>
        <translation>contiene la lettera {char} in posizione {position}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="171"/>
        <source>its {name} {value} {problem}</source>
        <translation>il campo {name} {value} {problem}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="172"/>
        <source>it contains the character {char} at position {position}</source>
        <translation>contiene il carattere {char} in posizione {position}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="173"/>
        <source>{number} also at {where}: copies dropped</source>
        <translation>{number} presente anche in {where}: copie scartate</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="174"/>
        <source>{number} also at {where}: copy dropped</source>
        <translation>{number} presente anche in {where}: copia scartata</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="175"/>
        <source>{location} ({raw})</source>
        <translation>{location} ({raw})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="177"/>
        <source>{location}: {error}</source>
        <translation>{location}: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="178"/>
        <source>{shown} is not a valid phone number: {reason}</source>
        <translation>{shown} non è un numero di telefono valido: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="181"/>
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="183"/>
        <source>there are no digits after &apos;+&apos;</source>
        <translation>non ci sono cifre dopo il &apos;+&apos;</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="182"/>
        <source>it has no digits</source>
        <translation>non contiene cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="192"/>
        <source>unknown country code {code}</source>
        <translation>prefisso internazionale {code} sconosciuto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="180"/>
        <source>too short (a local number without its area code?)</source>
        <translation>troppo corto (un numero locale senza prefisso?)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="193"/>
        <source>unknown default region {shown}, {reason}</source>
        <translation>paese predefinito {shown} sconosciuto, {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="194"/>
        <source>wrong number of digits for country code {code}</source>
        <translation>numero di cifre errato per il prefisso {code}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="184"/>
        <source>no such number range for country code {code}</source>
        <translation>numerazione inesistente per il prefisso {code}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="35"/>
        <source>Packets (recommended)</source>
        <translation>Pacchetti (consigliata)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="37"/>
        <source>Full Ascii (one line per message)</source>
        <translation>Full Ascii (una riga per messaggio)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="197"/>
        <source>Edit account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="197"/>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="204"/>
        <source>(stored; leave empty to keep it)</source>
        <translation>(salvata; lascia vuoto per mantenerla)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="206"/>
        <source>(remembered until you quit; leave empty to keep it)</source>
        <translation>(ricordata fino alla chiusura; lascia vuoto per mantenerla)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="209"/>
        <source>host:port, e.g. tcp.smsitaly.com:27</source>
        <translation>host:porta, es. tcp.smsitaly.com:27</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="212"/>
        <source>optional, e.g. backup.smsitaly.com:27</source>
        <translation>facoltativo, es. backup.smsitaly.com:27</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="229"/>
        <source>Messages sent before their replies are read (Packets interface only). 1 is one request, one reply, as the gateway&apos;s manual shows. A larger window makes big broadcasts over slow links much faster; if the line drops, every message in flight is reported unknown.</source>
        <translation>Messaggi inviati prima di leggerne le risposte (solo interfaccia Pacchetti). 1 significa una richiesta e una risposta, come nel manuale del gateway. Una finestra più ampia rende molto più veloci gli invii multipli grandi su collegamenti lenti; se la linea cade, ogni messaggio in transito risulta con esito incerto.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="239"/>
        <source>The password is kept in the system keyring.</source>
        <translation>La password è conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="242"/>
        <source>No system keyring is available: the password is kept in memory only and asked again at the next start.</source>
        <translation>Il portachiavi di sistema non è disponibile: la password resta solo in memoria e verrà richiesta al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="249"/>
        <source>Profile &amp;name</source>
        <translation>&amp;Nome profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="250"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="251"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="253"/>
        <source>P&amp;rimary host</source>
        <translation>Host p&amp;rincipale</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="254"/>
        <source>&amp;Backup host</source>
        <translation>Host di ri&amp;serva</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="255"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaccia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="256"/>
        <source>Send &amp;window</source>
        <translation>Finestra di in&amp;vio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="257"/>
        <source>Default &amp;country</source>
        <translation>Pa&amp;ese predefinito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="258"/>
        <source>Gateway &amp;time zone</source>
        <translation>&amp;Fuso orario del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="259"/>
        <source>&amp;Low-credit warning at</source>
        <translation>Avviso credito &amp;basso a</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="268"/>
        <source>T&amp;est connection</source>
        <translation>Prova conn&amp;essione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="330"/>
        <source>Fill in the account, its password and the host first.</source>
        <translation>Compila prima l&apos;account, la sua password e l&apos;host.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="333"/>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="349"/>
        <source>Enter the account&apos;s password.</source>
        <translation>Inserisci la password dell&apos;account.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitch</name>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="113"/>
        <source>No system keyring is available, so the password is not stored.</source>
        <translation>Il portachiavi di sistema non è disponibile, quindi la password non viene salvata.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="115"/>
        <source>No password is stored for this account.</source>
        <translation>Non è salvata alcuna password per questo account.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="119"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="122"/>
        <source>Password for {account} on {server} (kept until you quit):</source>
        <translation>Password di {account} su {server} (conservata fino alla chiusura):</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="209"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="175"/>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="214"/>
        <source>{reason} The password is kept in memory until you quit.</source>
        <translation>{reason} La password resta in memoria fino alla chiusura del programma.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="166"/>
        <source>The gateway refused the password and no new one was entered: {account} stays disconnected. Test connection asks for it again.</source>
        <translation>Il gateway ha rifiutato la password e non ne è stata inserita una nuova: {account} resta disconnesso. Prova connessione la richiede di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="227"/>
        <source>Delete profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="228"/>
        <source>Delete the profile {name} and its password?</source>
        <translation>Eliminare il profilo {name} e la sua password?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="243"/>
        <source>Could not save the profiles: {error}</source>
        <translation>Impossibile salvare i profili: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="248"/>
        <source>The password store refused the password: {detail}</source>
        <translation>L&apos;archivio delle password ha rifiutato la password: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="251"/>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Su questo computer non è disponibile alcun archivio delle password (portachiavi).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="256"/>
        <source>A profile called {name} already exists.</source>
        <translation>Esiste già un profilo chiamato {name}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/profile_switch.py" line="257"/>
        <source>The demo profile is built in and is not stored.</source>
        <translation>Il profilo demo è integrato e non viene salvato.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="198"/>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (simulatore integrato)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="199"/>
        <source>the demo profile is built in and is not stored</source>
        <translation>il profilo demo è integrato e non viene salvato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="203"/>
        <source>The profile needs a name.</source>
        <translation>Il profilo deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="205"/>
        <source>The account name is empty.</source>
        <translation>Il nome dell&apos;account è vuoto.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="206"/>
        <source>The primary host is empty.</source>
        <translation>L&apos;host principale è vuoto.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="196"/>
        <source>Primary host: {error}.</source>
        <translation>Host principale: {error}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="195"/>
        <source>Backup host: {error}.</source>
        <translation>Host di riserva: {error}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="202"/>
        <source>{host} has no host name</source>
        <translation>in {host} manca il nome dell&apos;host</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="201"/>
        <source>{host}: the port must be a number from 1 to 65535</source>
        <translation>{host}: la porta deve essere un numero da 1 a 65535</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="208"/>
        <source>Unknown interface {name}.</source>
        <translation>Interfaccia sconosciuta: {name}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="207"/>
        <source>Unknown country {name}.</source>
        <translation>Paese sconosciuto: {name}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="209"/>
        <source>Unknown time zone {name}.</source>
        <translation>Fuso orario sconosciuto: {name}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="204"/>
        <source>The low-credit threshold cannot be negative.</source>
        <translation>La soglia di credito basso non può essere negativa.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="197"/>
        <source>The send window must be a whole number from 1 to 64.</source>
        <translation>La finestra di invio deve essere un numero intero da 1 a 64.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="200"/>
        <source>A profile called {name} already exists.</source>
        <translation>Esiste già un profilo chiamato {name}.</translation>
    </message>
</context>
<context>
    <name>ProtocolLogPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="308"/>
        <source>Filter the log (Ctrl+L)</source>
        <translation>Filtra il registro (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="309"/>
        <source>Filter the protocol log</source>
        <translation>Filtra il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="312"/>
        <source>Pause autoscroll</source>
        <translation>Sospendi scorrimento</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="313"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="314"/>
        <source>Copy the selected lines, or every shown line</source>
        <translation>Copia le righe selezionate, o tutte le righe visibili</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="315"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="316"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="329"/>
        <source>Protocol log</source>
        <translation>Registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="369"/>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="380"/>
        <source>Save the protocol log</source>
        <translation>Salva il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="371"/>
        <source>Log files (*.log *.txt)</source>
        <translation>File di registro (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="381"/>
        <source>Could not save the log: {error}</source>
        <translation>Impossibile salvare il registro: {error}</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="210"/>
        <source>Cannot map {key}: only {mappable} can be.</source>
        <translation>Impossibile associare {key}: si possono associare solo {mappable}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="211"/>
        <source>No column of {file} looks like phone numbers: name it with --map number=COLUMN.</source>
        <translation>Nessuna colonna di {file} sembra contenere numeri di telefono: indicala con --map number=COLONNA.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="212"/>
        <source>{file} has no column {column} (its columns: {columns}).</source>
        <translation>{file} non ha la colonna {column} (le sue colonne: {columns}).</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="17"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="18"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="19"/>
        <source>Credit left</source>
        <translation>Credito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="20"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="27"/>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="28"/>
        <source>not sent</source>
        <translation>non inviato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="29"/>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="30"/>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="31"/>
        <source>unknown</source>
        <translation>incerto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="52"/>
        <source>Accepted by the gateway.</source>
        <translation>Accettato dal gateway.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="55"/>
        <source>gateway said:</source>
        <translation>risposta del gateway:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="113"/>
        <source>Not sent.</source>
        <translation>Non inviato.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="150"/>
        <source>No message sent yet.</source>
        <translation>Nessun messaggio ancora inviato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="153"/>
        <source>Results per recipient</source>
        <translation>Esiti per destinatario</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="167"/>
        <source>Send results</source>
        <translation>Esito dell&apos;invio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="175"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Invio di %n messaggio in corso…</numerusform>
            <numerusform>Invio di %n messaggi in corso…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="189"/>
        <source>%n accepted</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n accettato</numerusform>
            <numerusform>%n accettati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="190"/>
        <source>%n rejected</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="191"/>
        <source>%n unknown</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n incerto</numerusform>
            <numerusform>%n incerti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smsgate_desktop/gui/results.py" line="194"/>
        <source>%n not sent</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n non inviato</numerusform>
            <numerusform>%n non inviati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="195"/>
        <source>Last send: {parts}.</source>
        <translation>Ultimo invio: {parts}.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="213"/>
        <source>the hour must be 1 to 12 with AM or PM</source>
        <translation>l&apos;ora deve essere da 1 a 12 con AM o PM</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="214"/>
        <source>the year must be two digits</source>
        <translation>l&apos;anno deve avere due cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="215"/>
        <source>cannot schedule {shown}: {reason}</source>
        <translation>impossibile programmare {shown}: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="216"/>
        <source>it is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="217"/>
        <source>expected a date and time like {example}</source>
        <translation>serve una data con l&apos;ora, come {example}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="218"/>
        <source>it is in the past (now is {now})</source>
        <translation>è nel passato (adesso: {now})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="219"/>
        <source>the local time zone</source>
        <translation>il fuso orario locale</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="220"/>
        <source>missing {names}</source>
        <translation>mancano i campi {names}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="221"/>
        <source>now has no time zone (naive datetime)</source>
        <translation>l&apos;ora attuale non ha un fuso orario (datetime naive)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="222"/>
        <source>the send time has no time zone (naive datetime)</source>
        <translation>l&apos;orario di invio non ha un fuso orario (datetime naive)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="223"/>
        <source>there is no day {day} in {month}</source>
        <translation>il giorno {day} non esiste in {month}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="224"/>
        <source>there is no hour {hour} (use 0 to 23)</source>
        <translation>l&apos;ora {hour} non esiste (usa da 0 a 23)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="225"/>
        <source>there is no minute {minute} (use 0 to 59)</source>
        <translation>il minuto {minute} non esiste (usa da 0 a 59)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="226"/>
        <source>there is no month {month}</source>
        <translation>il mese {month} non esiste</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="227"/>
        <source>there is no year {year}</source>
        <translation>l&apos;anno {year} non esiste</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="228"/>
        <source>the date fields must be numbers</source>
        <translation>i campi della data devono essere numeri</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="229"/>
        <source>{time} does not exist in {zone} (the clocks skip it)</source>
        <translation>{time} non esiste secondo {zone} (gli orologi saltano quell&apos;ora)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="231"/>
        <source>the year is out of range</source>
        <translation>l&apos;anno è fuori dall&apos;intervallo ammesso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="232"/>
        <source>the gateway&apos;s two-digit year only covers {first}–{last}</source>
        <translation>l&apos;anno a due cifre del gateway copre solo il periodo {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="230"/>
        <source>unknown time zone</source>
        <translation>fuso orario sconosciuto</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../../smsgate_desktop/gui/send_flow.py" line="128"/>
        <source>Cancelling after the message being sent…</source>
        <translation>Annullamento dopo il messaggio in corso di invio…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="257"/>
        <source>Outcome unknown: {why}. The gateway may have accepted the message; it was not sent again.</source>
        <translation>Esito incerto: {why}. Il gateway potrebbe aver accettato il messaggio; non è stato inviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="237"/>
        <source>the gateway closed the connection before replying</source>
        <translation>il gateway ha chiuso la connessione prima di rispondere</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="236"/>
        <source>the gateway closed the connection</source>
        <translation>il gateway ha chiuso la connessione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="245"/>
        <source>The gateway sent a line of over {size} KiB without ending it: {received}</source>
        <translation>Il gateway ha inviato una riga di oltre {size} KiB senza terminarla: {received}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="247"/>
        <source>The gateway did not answer within {seconds} s {doing}.</source>
        <translation>Il gateway non ha risposto entro {seconds} s {doing}.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="248"/>
        <source>the gateway did not answer within {seconds} s {doing}</source>
        <translation>il gateway non ha risposto entro {seconds} s {doing}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="234"/>
        <source>when asked for the balance</source>
        <translation>alla richiesta del credito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="235"/>
        <source>when asked for the status</source>
        <translation>alla richiesta dello stato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="233"/>
        <source>after the message to {recipient}</source>
        <translation>dopo il messaggio per {recipient}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="272"/>
        <source>unexpected event while sending: {event}</source>
        <translation>evento inatteso durante l&apos;invio: {event}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="274"/>
        <source>The gateway answered something unexpected ({reason}): {received}</source>
        <translation>Il gateway ha risposto in modo inatteso ({reason}): {received}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="276"/>
        <source>while sending</source>
        <translation>durante l&apos;invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="273"/>
        <source>The gateway answered something unexpected ({reason}): {received} ({doing}).</source>
        <translation>Il gateway ha risposto in modo inatteso ({reason}): {received} ({doing}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="275"/>
        <source>the gateway answered something unexpected ({reason}): {received} ({doing})</source>
        <translation>il gateway ha risposto in modo inatteso ({reason}): {received} ({doing})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="254"/>
        <source>The gateway&apos;s replies are out of step ({reason}): {received} ({doing}).</source>
        <translation>Le risposte del gateway sono sfasate ({reason}): {received} ({doing}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="249"/>
        <source>{host}: {why}</source>
        <translation>{host}: {why}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="250"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="251"/>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="252"/>
        <source>no greeting within {seconds} s</source>
        <translation>nessun messaggio di benvenuto entro {seconds} s</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="253"/>
        <source>no answer to the login within {seconds} s</source>
        <translation>nessuna risposta all&apos;accesso entro {seconds} s</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="255"/>
        <source>The gateway&apos;s replies are out of step ({reason}): {received}</source>
        <translation>Le risposte del gateway sono sfasate ({reason}): {received}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="256"/>
        <source>the gateway&apos;s replies are out of step ({reason}): {received} ({doing})</source>
        <translation>le risposte del gateway sono sfasate ({reason}): {received} ({doing})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="258"/>
        <source>the connection dropped in the middle of a reply</source>
        <translation>la connessione è caduta a metà di una risposta</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="259"/>
        <source>the gateway sent over {size} bytes without ending the line</source>
        <translation>il gateway ha inviato oltre {size} byte senza terminare la riga</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="261"/>
        <source>expected a login reply with the credit</source>
        <translation>attesa una risposta di accesso con il credito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="265"/>
        <source>{reason}: {raw}</source>
        <translation>{reason}: {raw}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="266"/>
        <source>reply is not bytes</source>
        <translation>la risposta non è in byte</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="268"/>
        <source>The connection dropped in the middle of the gateway&apos;s reply: {received} ({doing}).</source>
        <translation>La connessione è caduta a metà della risposta del gateway: {received} ({doing}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="269"/>
        <source>The connection dropped in the middle of the gateway&apos;s reply: {received}</source>
        <translation>La connessione è caduta a metà della risposta del gateway: {received}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="270"/>
        <source>the connection dropped in the middle of the gateway&apos;s reply: {received} ({doing})</source>
        <translation>la connessione è caduta a metà della risposta del gateway: {received} ({doing})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="244"/>
        <source>The gateway sent a line of over {size} KiB without ending it: {received} ({doing}).</source>
        <translation>Il gateway ha inviato una riga di oltre {size} KiB senza terminarla: {received} ({doing}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="246"/>
        <source>the gateway sent a line of over {size} KiB without ending it: {received} ({doing})</source>
        <translation>il gateway ha inviato una riga di oltre {size} KiB senza terminarla: {received} ({doing})</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="263"/>
        <source>reply with no request pending</source>
        <translation>una risposta senza richiesta in corso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="267"/>
        <source>unexpected reply from the gateway</source>
        <translation>risposta inattesa del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="260"/>
        <source>expected a balance like +OK 01 [1499]</source>
        <translation>atteso un credito come +OK 01 [1499]</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="262"/>
        <source>expected a status like +OK 01 [Active]</source>
        <translation>atteso uno stato come +OK 01 [Active]</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="264"/>
        <source>the reply names {number}, not {recipient}: replies are out of step</source>
        <translation>la risposta nomina {number}, non {recipient}: risposte sfasate</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="241"/>
        <source>The connection dropped {count} times while asking for the balance.</source>
        <translation>La connessione è caduta {count} volte mentre si chiedeva il credito.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="242"/>
        <source>The connection dropped {count} times while asking for the status.</source>
        <translation>La connessione è caduta {count} volte mentre si chiedeva lo stato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="271"/>
        <source>The session was stopped: the program is closing.</source>
        <translation>Sessione interrotta: il programma si sta chiudendo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="239"/>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="240"/>
        <source>connection reset by the other side</source>
        <translation>connessione interrotta dall&apos;altra parte</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="243"/>
        <source>The connection dropped {count} times before the message to {recipient} could be sent; it was not sent.</source>
        <translation>La connessione è caduta {count} volte prima che il messaggio per {recipient} potesse partire; non è stato inviato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="238"/>
        <location filename="../../smsgate_desktop/gui/worker.py" line="848"/>
        <source>Could not connect to the gateway ({attempts}).</source>
        <translation>Impossibile connettersi al gateway ({attempts}).</translation>
    </message>
</context>
<context>
    <name>SessionWorker</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="277"/>
        <location filename="../../smsgate_desktop/gui/worker.py" line="843"/>
        <source>Login refused: {reason}</source>
        <translation>Accesso rifiutato: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="356"/>
        <source>Credit exhausted: {sent} of {total} sent, {not_sent} not sent. Top up the account, then send the rest again.</source>
        <translation>Credito esaurito: inviati {sent} di {total}, non inviati {not_sent}. Ricarica l&apos;account, poi invia di nuovo il resto.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="363"/>
        <location filename="../../smsgate_desktop/gui/worker.py" line="820"/>
        <source>Cancelled: the remaining messages were not sent.</source>
        <translation>Annullato: i messaggi rimanenti non sono stati inviati.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="373"/>
        <source>{storage} Sending stopped: nothing further was sent (the Broadcast tab&apos;s history lists what was).</source>
        <translation>{storage} Invio interrotto: nient&apos;altro è stato inviato (la cronologia della scheda Invio multiplo elenca cosa è partito).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="380"/>
        <source>The gateway answered something unexpected; sending stopped ({detail}).</source>
        <translation>Il gateway ha risposto in modo inatteso; l&apos;invio è stato interrotto ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="387"/>
        <source>Unexpected error while sending: {detail}</source>
        <translation>Errore imprevisto durante l&apos;invio: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="462"/>
        <source>Credit exhausted: {sent} of {total} sent, {not_sent} not sent. Top up the account, then press Resume.</source>
        <translation>Credito esaurito: inviati {sent} di {total}, non inviati {not_sent}. Ricarica l&apos;account, poi premi Riprendi.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="481"/>
        <source>{storage} The broadcast stopped: nothing further was sent; Resume continues once this is solved.</source>
        <translation>{storage} L&apos;invio multiplo si è fermato: nient&apos;altro è stato inviato; Riprendi lo continua quando il problema sarà risolto.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="490"/>
        <source>The broadcast stopped: {reason}</source>
        <translation>L&apos;invio multiplo si è fermato: {reason}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="554"/>
        <source>Connected to {server} as {account}: the account works.</source>
        <translation>Connesso a {server} come {account}: l&apos;account funziona.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="688"/>
        <source>The gateway could not be used: {detail}</source>
        <translation>Impossibile usare il gateway: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="693"/>
        <source>Unexpected error: {detail}</source>
        <translation>Errore imprevisto: {detail}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="816"/>
        <source>Paused: resume to send the remaining messages.</source>
        <translation>In pausa: riprendi per inviare i messaggi rimanenti.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="824"/>
        <source>Interrupted: {reason}. Resume when the gateway is reachable again.</source>
        <translation>Interrotto: {reason}. Riprendi quando il gateway sarà di nuovo raggiungibile.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="835"/>
        <source>Credit exhausted: the gateway refuses the login while the account has no credit left. Top up the account, then press Refresh.</source>
        <translation>Credito esaurito: il gateway rifiuta l&apos;accesso finché l&apos;account non ha credito. Ricarica l&apos;account, poi premi Aggiorna.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../smsgate_desktop/gui/status_bar.py" line="35"/>
        <source>Logged in as {account} on {server}</source>
        <translation>Connesso come {account} su {server}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/status_bar.py" line="39"/>
        <source>Connecting</source>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/status_bar.py" line="42"/>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/status_bar.py" line="50"/>
        <source>Credit: —</source>
        <translation>Credito: —</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/status_bar.py" line="50"/>
        <source>Credit: {credit}</source>
        <translation>Credito: {credit}</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../smsgate_desktop/gui/failure_dialog.py" line="23"/>
        <source>Local data</source>
        <translation>Dati locali</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="111"/>
        <source>The disk holding the data folder {folder} is full.</source>
        <translation>Il disco della cartella dei dati {folder} è pieno.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="112"/>
        <source>The local database {path} is locked by another program.</source>
        <translation>Il database locale {path} è bloccato da un altro programma.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="115"/>
        <source>The data folder {folder} is read-only.</source>
        <translation>La cartella dei dati {folder} è in sola lettura.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="116"/>
        <source>The data folder {folder} cannot be used ({detail}).</source>
        <translation>La cartella dei dati {folder} non è utilizzabile ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="119"/>
        <source>The local database {path} is damaged ({detail}).</source>
        <translation>Il database locale {path} è danneggiato ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="122"/>
        <source>Another program changed the local journal {path} while this window was sending.</source>
        <translation>Un altro programma ha modificato il registro locale {path} mentre questa finestra inviava.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="127"/>
        <source>The local database {path} failed ({detail}).</source>
        <translation>Il database locale {path} ha dato un errore ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="130"/>
        <source>The local database failed ({detail}).</source>
        <translation>Il database locale ha dato un errore ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="134"/>
        <source>The office database {path} cannot be reached ({detail}).</source>
        <translation>Il database dell&apos;ufficio {path} non è raggiungibile ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="137"/>
        <source>The office database {path} is full.</source>
        <translation>Il database dell&apos;ufficio {path} è pieno.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="138"/>
        <source>The office database {path} is busy (a lock wait timed out): try again.</source>
        <translation>Il database dell&apos;ufficio {path} è occupato (l&apos;attesa di un blocco è scaduta): riprova.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="141"/>
        <source>The office database {path} refuses writes ({detail}).</source>
        <translation>Il database dell&apos;ufficio {path} rifiuta le scritture ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/i18n.py" line="145"/>
        <source>The office database {path} failed ({detail}).</source>
        <translation>Il database dell&apos;ufficio {path} ha dato un errore ({detail}).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="278"/>
        <source>The database {name} has schema version {version}, newer than this program knows ({known}): use a newer SMSGate Desktop.</source>
        <translation>Il database {name} ha la versione di schema {version}, più recente di quelle che questo programma conosce ({known}): usa una versione più recente di SMSGate Desktop.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="279"/>
        <source>There is no SMSGate store at {path}: nothing was copied.</source>
        <translation>In {path} non c&apos;è un archivio di SMSGate: non è stato copiato nulla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="280"/>
        <source>{target} is not an office database address (postgresql://user@host/database): nothing was copied.</source>
        <translation>{target} non è l&apos;indirizzo di un database d&apos;ufficio (postgresql://utente@host/database): non è stato copiato nulla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="281"/>
        <source>{source} is an office database: the copy reads this desktop&apos;s own file.</source>
        <translation>{source} è un database d&apos;ufficio: la copia legge il file di questo computer.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="282"/>
        <source>Copied {contacts} contacts ({contacts_there} already there), {groups} groups, {opt_outs} opt-outs, {broadcasts} broadcasts with {messages} messages ({broadcasts_there} already there).</source>
        <translation>Copiati {contacts} contatti ({contacts_there} già presenti), {groups} gruppi, {opt_outs} esclusioni, {broadcasts} invii multipli con {messages} messaggi ({broadcasts_there} già presenti).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="283"/>
        <source>Broadcasts {ids} of the office database still have messages to send: send them from there only (resuming them from this desktop&apos;s own file as well would send those messages twice).</source>
        <translation>Gli invii multipli {ids} del database d&apos;ufficio hanno ancora messaggi da inviare: inviali solo da lì (riprenderli anche dal file di questo computer invierebbe quei messaggi due volte).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/phrases_tr.py" line="284"/>
        <source>Broadcast {id} in {path} was cut off while sending (a crash, or it is being sent now): open it on this desktop first (History, or smsgate broadcast --resume {id}) so that the outcome of each of its messages is known, then copy again. Nothing was copied.</source>
        <translation>L&apos;invio multiplo {id} in {path} si è interrotto durante l&apos;invio (un arresto improvviso, oppure è in corso ora): aprilo prima su questo computer (Cronologia, oppure smsgate broadcast --resume {id}) in modo che l&apos;esito di ogni suo messaggio sia noto, poi ripeti la copia. Non è stato copiato nulla.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="45"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="48"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Esporta contatti…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="50"/>
        <source>Office &amp;database…</source>
        <translation>&amp;Database dell&apos;ufficio…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="56"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="57"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="58"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Modifica account…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="59"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="62"/>
        <source>&amp;Refresh balance and status</source>
        <translation>Aggio&amp;rna credito e stato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="66"/>
        <location filename="../../smsgate_desktop/gui/menus.py" line="78"/>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="67"/>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="74"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annulla invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="76"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="79"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="80"/>
        <source>&amp;Broadcast</source>
        <translation>&amp;Invio multiplo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="81"/>
        <source>&amp;History</source>
        <translation>C&amp;ronologia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="88"/>
        <source>&amp;Protocol log</source>
        <translation>Registro &amp;protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="91"/>
        <source>&amp;Filter the protocol log</source>
        <translation>&amp;Filtra il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="95"/>
        <source>C&amp;lear the protocol log</source>
        <translation>&amp;Svuota il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="98"/>
        <source>&amp;About SMSGate Desktop</source>
        <translation>&amp;Informazioni su SMSGate Desktop</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="104"/>
        <source>A desktop client and built-in simulator for the SMS GATE SERVER 2.3.1 gateway.</source>
        <translation>Un client desktop con simulatore integrato per il gateway SMS GATE SERVER 2.3.1.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/menus.py" line="109"/>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
</context>
</TS>
