<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="46"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="54"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="55"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="56"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="57"/>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="58"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="60"/>
        <source>Ask the gateway for the balance and the account status</source>
        <translation>Chiede al gateway il credito e lo stato dell&apos;account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="62"/>
        <location filename="../../smsgate_desktop/gui/account.py" line="111"/>
        <source>Credit: —</source>
        <translation>Credito: —</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="63"/>
        <location filename="../../smsgate_desktop/gui/account.py" line="112"/>
        <source>Status: —</source>
        <translation>Stato: —</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="64"/>
        <location filename="../../smsgate_desktop/gui/account.py" line="113"/>
        <source>not checked yet</source>
        <translation>non ancora verificato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="125"/>
        <source>Credit: {credit}</source>
        <translation>Credito: {credit}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="132"/>
        <source>Low credit: only {credit} left (warning below {threshold}). Top up the account before a large send.</source>
        <translation>Credito basso: restano solo {credit} (avviso sotto {threshold}). Ricarica l&apos;account prima di un invio grande.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="139"/>
        <source>Status: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="150"/>
        <source>checked at {time}</source>
        <translation>verificato alle {time}</translation>
    </message>
</context>
<context>
    <name>BroadcastModels</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="29"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="30"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="31"/>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="41"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="32"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="33"/>
        <source>Failed</source>
        <translation>Falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="34"/>
        <source>Unknown</source>
        <translation>Incerti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="35"/>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="36"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="40"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="42"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_models.py" line="43"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="142"/>
        <source>Paste numbers: one per line, or comma-separated</source>
        <translation>Incolla i numeri: uno per riga o separati da virgole</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="146"/>
        <source>The message text</source>
        <translation>Il testo del messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="150"/>
        <source>Send at</source>
        <translation>Invia il</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="157"/>
        <source> msg/s</source>
        <translation> msg/s</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="158"/>
        <source>as fast as possible</source>
        <translation>il più velocemente possibile</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="159"/>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="160"/>
        <source>Send broadcast…</source>
        <translation>Invia broadcast…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="167"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="168"/>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="169"/>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="170"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="171"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="175"/>
        <source>Schedule</source>
        <translation>Programmazione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="176"/>
        <source>Throttle</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="181"/>
        <source>New broadcast</source>
        <translation>Nuovo broadcast</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="189"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="190"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="191"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="204"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="205"/>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="569"/>
        <source>Resend failed</source>
        <translation>Reinvia falliti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="206"/>
        <source>Resend unknown…</source>
        <translation>Reinvia incerti…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="470"/>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="502"/>
        <source>No account is connected: choose a profile first.</source>
        <translation>Nessun account connesso: scegliete prima un profilo.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="483"/>
        <source>Send broadcast</source>
        <translation>Invia broadcast</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="507"/>
        <source>Broadcast {id} is sending.</source>
        <translation>Il broadcast {id} è in invio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="519"/>
        <source>Pausing after the message being sent…</source>
        <translation>Pausa dopo il messaggio in corso di invio…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="536"/>
        <source>Cancelling after the message being sent…</source>
        <translation>Annullamento dopo il messaggio in corso di invio…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="541"/>
        <source>Cancel broadcast</source>
        <translation>Annulla broadcast</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="541"/>
        <source>Mark every message not sent yet cancelled?</source>
        <translation>Segnare come annullati tutti i messaggi non ancora inviati?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="562"/>
        <source>Every failed recipient has opted out since: nothing to send.</source>
        <translation>Tutti i destinatari falliti sono stati esclusi nel frattempo: niente da inviare.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="595"/>
        <source>Resend unknown</source>
        <translation>Reinvia incerti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="612"/>
        <source>Export report</source>
        <translation>Esporta resoconto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/broadcast_panel.py" line="614"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="49"/>
        <source>Text (default)</source>
        <translation>Testo (predefinito)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="50"/>
        <source>Flash (FL)</source>
        <translation>Flash (FL)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="51"/>
        <source>UCS</source>
        <translation>UCS</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="52"/>
        <source>Unicode text (UTF)</source>
        <translation>Testo Unicode (UTF)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="53"/>
        <source>Binary header (UDH)</source>
        <translation>Intestazione binaria (UDH)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="54"/>
        <source>WAP bookmark (WBK)</source>
        <translation>Segnalibro WAP (WBK)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="55"/>
        <source>WAP push (WPS)</source>
        <translation>WAP push (WPS)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="113"/>
        <source>One or more numbers: +39 333 1234567, 0039…, or national numbers;
separate them with new lines, commas or semicolons (pasted lists work).</source>
        <translation>Uno o più numeri: +39 333 1234567, 0039… o numeri nazionali;
separali con a capo, virgole o punti e virgola (si possono incollare elenchi).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="121"/>
        <source>Checked recipients</source>
        <translation>Destinatari verificati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="123"/>
        <source>Name (up to 11 letters/digits) or +number</source>
        <translation>Nome (fino a 11 lettere/cifre) o +numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="126"/>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="134"/>
        <source>Switch to UTF</source>
        <translation>Passa a UTF</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="136"/>
        <source>Send the text as UTF-8 (SmsType UTF), which carries any character</source>
        <translation>Invia il testo in UTF-8 (SmsType UTF), che accetta qualsiasi carattere</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="140"/>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinatari</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="142"/>
        <source>&amp;Sender</source>
        <translation>&amp;Mittente</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="143"/>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="153"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="155"/>
        <source>Send to every recipient (Ctrl+Enter)</source>
        <translation>Invia a tutti i destinatari (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="156"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="157"/>
        <source>Stop after the message being sent now</source>
        <translation>Ferma dopo il messaggio in corso di invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="164"/>
        <source>%v of %m sent</source>
        <translation>%v di %m inviati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="179"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="183"/>
        <source>UDH in hex, e.g. 06050415810000</source>
        <translation>UDH (hex), es. 06050415810000</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="184"/>
        <source>Send &amp;later:</source>
        <translation>Invia &amp;più tardi:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="192"/>
        <source>gateway default</source>
        <translation>predefinita del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="193"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="194"/>
        <source>&amp;Delivery report</source>
        <translation>&amp;Conferma di consegna</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="195"/>
        <location filename="../../smsgate_desktop/gui/compose.py" line="197"/>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="196"/>
        <source>An e-mail address for the delivery report</source>
        <translation>Un indirizzo e-mail per la conferma di consegna</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="199"/>
        <source>Your reference for this message: 1 to 20 letters or digits</source>
        <translation>Un vostro riferimento per questo messaggio: da 1 a 20 lettere o cifre</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="203"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="209"/>
        <source>Validity</source>
        <translation>Validità</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="212"/>
        <source>Notify e-mail</source>
        <translation>E-mail notifica</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="214"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="325"/>
        <source>… and {count} more</source>
        <translation>… e altri {count}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="331"/>
        <source>part</source>
        <translation>parte</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="331"/>
        <source>parts</source>
        <translation>parti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="332"/>
        <source>credit</source>
        <translation>credito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="332"/>
        <source>credits</source>
        <translation>crediti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="335"/>
        <source>{characters} characters · {encoding} · {parts} {parts_word} · costs {recipients} {credits_word} (1 per recipient)</source>
        <translation>{characters} caratteri · {encoding} · {parts} {parts_word} · costa {recipients} {credits_word} (1 per destinatario)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="349"/>
        <source>{char} at {position}</source>
        <translation>{char} in posizione {position}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="352"/>
        <source> and {count} more</source>
        <translation> e altri {count}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="357"/>
        <source>UCS-2 because of {chars}{more} (highlighted).</source>
        <translation>UCS-2 a causa di {chars}{more} (evidenziati).</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="362"/>
        <source>Plain text (ISO-8859-15) cannot carry the red characters.</source>
        <translation>Il testo semplice (ISO-8859-15) non può contenere i caratteri in rosso.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/compose.py" line="371"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="74"/>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="79"/>
        <source>Clienti, Staff</source>
        <translation>Clienti, Staff</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="81"/>
        <source>Groups separated by commas; a new name creates the group</source>
        <translation>Gruppi separati da virgole; un nome nuovo crea il gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="87"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="88"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="89"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppi</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="32"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="33"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="34"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_model.py" line="35"/>
        <source>Opted out</source>
        <translation>Escluso</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="122"/>
        <source>Search by name or number</source>
        <translation>Cerca per nome o numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="126"/>
        <source>Group filter</source>
        <translation>Filtro per gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="128"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="163"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="164"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="165"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="166"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="167"/>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="317"/>
        <source>&amp;Opt out</source>
        <translation>&amp;Escludi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="168"/>
        <source>Opted-out numbers receive no broadcast</source>
        <translation>I numeri esclusi non ricevono broadcast</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="169"/>
        <source>&amp;New group…</source>
        <translation>&amp;Nuovo gruppo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="170"/>
        <source>&amp;Add to group…</source>
        <translation>&amp;Aggiungi al gruppo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="171"/>
        <source>Use as &amp;recipients</source>
        <translation>Usa come &amp;destinatari</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="173"/>
        <source>Send to the selected contacts (opted-out numbers are left out)</source>
        <translation>Invia ai contatti selezionati (i numeri esclusi vengono saltati)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="190"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="235"/>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="236"/>
        <source>In no group</source>
        <translation>Senza gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="237"/>
        <source>Opted out</source>
        <translation>Esclusi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="274"/>
        <source>{total:,} contacts</source>
        <translation>{total:,} contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="276"/>
        <source>{shown:,} of {total:,} contacts</source>
        <translation>{shown:,} di {total:,} contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="317"/>
        <source>Opt &amp;in</source>
        <translation>&amp;Riammetti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="351"/>
        <source>Cannot save the contact</source>
        <translation>Impossibile salvare il contatto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="369"/>
        <source>Delete the contact {who}?</source>
        <translation>Eliminare il contatto {who}?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="371"/>
        <source>Delete {count:,} contacts?</source>
        <translation>Eliminare {count:,} contatti?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="372"/>
        <source>Opted-out numbers stay on the opt-out list.</source>
        <translation>I numeri esclusi restano nell&apos;elenco delle esclusioni.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="375"/>
        <source>Delete contacts</source>
        <translation>Elimina contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="390"/>
        <source>Cannot delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="391"/>
        <source>The contacts database refused: {error}</source>
        <translation>L&apos;archivio dei contatti ha rifiutato: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="429"/>
        <source>Cannot change the opt-out list</source>
        <translation>Impossibile modificare l&apos;elenco delle esclusioni</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="453"/>
        <source>Add to group</source>
        <translation>Aggiungi al gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="454"/>
        <source>Add {count:,} contacts to:</source>
        <translation>Aggiungi {count:,} contatti a:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="472"/>
        <source>Cannot change the group</source>
        <translation>Impossibile modificare il gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="518"/>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="520"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="532"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/contacts_panel.py" line="533"/>
        <source>Cannot write {file}: {error}</source>
        <translation>Impossibile scrivere {file}: {error}</translation>
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
        <translation>Questo account non è abilitato alla connessione TCP. Chiedete al fornitore.</translation>
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
        <translation>Questo destinatario è bloccato per il vostro account; il messaggio non è stato inviato.</translation>
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
        <translation>Il credito dell&apos;account è esaurito. Ricaricate l&apos;account per inviare altri messaggi.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="44"/>
        <source>The gateway did not understand the request.</source>
        <translation>Il gateway non ha capito la richiesta.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="45"/>
        <source>Another session is already open for this account (only one is allowed). Close the other program or wait for it to finish.</source>
        <translation>Per questo account è già aperta un&apos;altra sessione (ne è consentita una sola). Chiudete l&apos;altro programma o attendete che finisca.</translation>
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
        <translation>L&apos;account è bloccato. Contattate il fornitore.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="54"/>
        <source>The account is not active (inactive or expired). Contact your provider.</source>
        <translation>L&apos;account non è attivo (disattivato o scaduto). Contattate il fornitore.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/gateway_errors_tr.py" line="57"/>
        <source>The gateway reported error %1.</source>
        <translation>Il gateway ha segnalato l&apos;errore %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="137"/>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="145"/>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="146"/>
        <source>Choose &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="166"/>
        <source>Columns kept with each contact as extra fields</source>
        <translation>Colonne conservate con ogni contatto come campi aggiuntivi</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="170"/>
        <source>&amp;Number column</source>
        <translation>Colonna &amp;numero</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="171"/>
        <source>N&amp;ame column</source>
        <translation>Colonna n&amp;ome</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="172"/>
        <source>&amp;Group column</source>
        <translation>Colonna &amp;gruppo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="173"/>
        <source>&amp;Extra columns</source>
        <translation>Colonne &amp;aggiuntive</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="176"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="187"/>
        <source>Rows not imported</source>
        <translation>Righe non importate</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="238"/>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="272"/>
        <source>The file has no rows to import.</source>
        <translation>Il file non contiene righe da importare.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="291"/>
        <source>No column looks like phone numbers: choose the number column.</source>
        <translation>Nessuna colonna sembra contenere numeri di telefono: scegliete la colonna del numero.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="353"/>
        <source>Checking {count:,} rows…</source>
        <translation>Verifica di {count:,} righe in corso…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/import_dialog.py" line="400"/>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smsgate_desktop/gui/demo.py" line="20"/>
        <source>Demo mode — no messages leave this computer</source>
        <translation>Modalità demo — nessun messaggio esce da questo computer</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="58"/>
        <source>disconnected</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="59"/>
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="104"/>
        <source>Add a real account…</source>
        <translation>Aggiungi un account reale…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="122"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="125"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="126"/>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="139"/>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="140"/>
        <source>Protocol log</source>
        <translation>Registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="163"/>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="288"/>
        <source>Credit: —</source>
        <translation>Credito: —</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="182"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="183"/>
        <source>&amp;Add profile…</source>
        <translation>&amp;Aggiungi profilo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="184"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifica profilo…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="185"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="186"/>
        <source>&amp;Refresh balance and status</source>
        <translation>Aggio&amp;rna credito e stato</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="190"/>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="191"/>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="198"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annulla invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="200"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="201"/>
        <source>&amp;Filter the protocol log</source>
        <translation>&amp;Filtra il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="205"/>
        <source>C&amp;lear the protocol log</source>
        <translation>&amp;Svuota il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="210"/>
        <source>&amp;About SMSGate Desktop</source>
        <translation>&amp;Informazioni su SMSGate Desktop</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="293"/>
        <source>No password for this account: use Edit… to enter it.</source>
        <translation>Nessuna password per questo account: usate Modifica… per inserirla.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="315"/>
        <source>No system keyring is available, so the password is not stored.</source>
        <translation>Il portachiavi di sistema non è disponibile, quindi la password non viene salvata.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="317"/>
        <source>No password is stored for this account.</source>
        <translation>Non è salvata alcuna password per questo account.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="321"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="324"/>
        <source>Password for {account} on {server} (kept until you quit):</source>
        <translation>Password di {account} su {server} (conservata fino alla chiusura):</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="362"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="392"/>
        <source>Delete profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="393"/>
        <source>Delete the profile {name} and its password?</source>
        <translation>Eliminare il profilo {name} e la sua password?</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="410"/>
        <source>Could not save the profiles: {error}</source>
        <translation>Impossibile salvare i profili: {error}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="475"/>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="491"/>
        <source>Cancelling after the message being sent…</source>
        <translation>Annullamento dopo il messaggio in corso di invio…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="515"/>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="531"/>
        <source>Credit: {credit}</source>
        <translation>Credito: {credit}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="541"/>
        <source>logged in as {account} on {server}</source>
        <translation>connesso come {account} su {server}</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="570"/>
        <source>A desktop client and built-in simulator for the SMS GATE SERVER 2.3.1 gateway.</source>
        <translation>Un client desktop con simulatore integrato per il gateway SMS GATE SERVER 2.3.1.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/main_window.py" line="575"/>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="168"/>
        <source>Edit profile</source>
        <translation>Modifica profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="168"/>
        <source>Add a gateway account</source>
        <translation>Aggiungi un account del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="175"/>
        <source>(stored; leave empty to keep it)</source>
        <translation>(salvata; lasciate vuoto per mantenerla)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="177"/>
        <source>host:port, e.g. tcp.smsitaly.com:27</source>
        <translation>host:porta, es. tcp.smsitaly.com:27</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="180"/>
        <source>optional, e.g. backup.smsitaly.com:27</source>
        <translation>facoltativo, es. backup.smsitaly.com:27</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="197"/>
        <source>The password is kept in the system keyring.</source>
        <translation>La password è conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="200"/>
        <source>No system keyring is available: the password is kept in memory only and asked again at the next start.</source>
        <translation>Il portachiavi di sistema non è disponibile: la password resta solo in memoria e verrà richiesta al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="207"/>
        <source>Profile &amp;name</source>
        <translation>&amp;Nome profilo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="208"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="209"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="211"/>
        <source>P&amp;rimary host</source>
        <translation>Host p&amp;rincipale</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="212"/>
        <source>&amp;Backup host</source>
        <translation>Host di &amp;riserva</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="213"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaccia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="214"/>
        <source>Default &amp;country</source>
        <translation>&amp;Paese predefinito</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="215"/>
        <source>Gateway &amp;time zone</source>
        <translation>&amp;Fuso orario del gateway</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="216"/>
        <source>&amp;Low-credit warning at</source>
        <translation>Avviso credito &amp;basso a</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/account.py" line="265"/>
        <source>Enter the account&apos;s password.</source>
        <translation>Inserite la password dell&apos;account.</translation>
    </message>
</context>
<context>
    <name>ProtocolLogPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="122"/>
        <source>Filter the log (Ctrl+L)</source>
        <translation>Filtra il registro (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="125"/>
        <source>Pause autoscroll</source>
        <translation>Sospendi scorrimento</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="126"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="127"/>
        <source>Copy the selected lines, or every shown line</source>
        <translation>Copia le righe selezionate, o tutte le righe visibili</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="128"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="129"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="141"/>
        <source>Protocol log</source>
        <translation>Registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="180"/>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="191"/>
        <source>Save the protocol log</source>
        <translation>Salva il registro protocollo</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="182"/>
        <source>Log files (*.log *.txt)</source>
        <translation>File di registro (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/protocol_log.py" line="192"/>
        <source>Could not save the log: {error}</source>
        <translation>Impossibile salvare il registro: {error}</translation>
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
        <location filename="../../smsgate_desktop/gui/results.py" line="26"/>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="27"/>
        <source>not sent</source>
        <translation>non inviati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="28"/>
        <source>accepted</source>
        <translation>accettati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="29"/>
        <source>rejected</source>
        <translation>rifiutati</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="30"/>
        <source>unknown</source>
        <translation>incerti</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="51"/>
        <source>Accepted by the gateway.</source>
        <translation>Accettato dal gateway.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="54"/>
        <source>gateway said:</source>
        <translation>risposta del gateway:</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="112"/>
        <source>Not sent.</source>
        <translation>Non inviato.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="149"/>
        <source>No message sent yet.</source>
        <translation>Nessun messaggio ancora inviato.</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="165"/>
        <source>Send results</source>
        <translation>Esito dell&apos;invio</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="173"/>
        <source>Sending {count} message(s)…</source>
        <translation>Invio di {count} messaggi in corso…</translation>
    </message>
    <message>
        <location filename="../../smsgate_desktop/gui/results.py" line="191"/>
        <source>Last send: {parts}.</source>
        <translation>Ultimo invio: {parts}.</translation>
    </message>
</context>
<context>
    <name>SessionWorker</name>
    <message>
        <location filename="../../smsgate_desktop/gui/worker.py" line="446"/>
        <source>Login refused: {reason}</source>
        <translation>Accesso rifiutato: {reason}</translation>
    </message>
</context>
</TS>
