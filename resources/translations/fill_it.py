"""Fill smsgate_it.ts with the Italian texts below (used after lupdate; see update.sh).

Only entries whose source is listed here are touched; anything new stays "unfinished" (the
test suite fails on those) until it is added here or translated in Qt Linguist.

A text with plural forms (tr(text, disambiguation, n): lupdate marks it numerus="yes") takes
a tuple of Italian forms, singular then plural (Italian has two: n == 1, and every other n
including 0); a plain string is refused there, and a tuple anywhere else.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "smsgate_it.ts"

COMMON = {
    "Cancel": "Annulla",
    "Delete": "Elimina",
    "Type": "Tipo",
    "Sender": "Mittente",
    "Text": "Testo",
    "Credit: —": "Credito: —",
    "Credit: {credit}": "Credito: {credit}",
    "Protocol log": "Registro protocollo",
    "Edit profile": "Modifica profilo",
    "&Account": "&Account",
}

IT = {
    "StorageError": {
        "Local data": "Dati locali",
        "The disk holding the data folder {folder} is full.": (
            "Il disco della cartella dei dati {folder} è pieno."
        ),
        "The local database {path} is locked by another program.": (
            "Il database locale {path} è bloccato da un altro programma."
        ),
        "The data folder {folder} is read-only.": (
            "La cartella dei dati {folder} è in sola lettura."
        ),
        "The data folder {folder} cannot be used ({detail}).": (
            "La cartella dei dati {folder} non è utilizzabile ({detail})."
        ),
        "The local database {path} is damaged ({detail}).": (
            "Il database locale {path} è danneggiato ({detail})."
        ),
        "Another program changed the local journal {path} while this window was sending.": (
            "Un altro programma ha modificato il registro locale {path} mentre questa "
            "finestra inviava."
        ),
        "The local database {path} failed ({detail}).": (
            "Il database locale {path} ha dato un errore ({detail})."
        ),
        "The local database failed ({detail}).": (
            "Il database locale ha dato un errore ({detail})."
        ),
        "The database {name} has schema version {version}, newer than this program knows "
        "({known}): use a newer SMSGate Desktop.": (
            "Il database {name} ha la versione di schema {version}, più recente di quelle "
            "che questo programma conosce ({known}): usa una versione più recente di "
            "SMSGate Desktop."
        ),
    },
    "AccountPanel": {
        "Account": "Account",
        "Add…": "Aggiungi…",
        "Edit…": "Modifica…",
        "Test connection": "Prova connessione",
        "Refresh": "Aggiorna",
        "Ask the gateway for the balance and the account status": (
            "Chiede al gateway il credito e lo stato dell'account"
        ),
        "Status: —": "Stato: —",
        "not checked yet": "non ancora verificato",
        "Low credit: only {credit} left (warning below {threshold}). "
        "Top up the account before a large send.": (
            "Credito basso: restano solo {credit} (avviso sotto {threshold}). "
            "Ricarica l'account prima di un invio grande."
        ),
        "Status: {status}": "Stato: {status}",
        "checked at {time}": "verificato alle {time}",
        # The account statuses the gateway reports.
        "Active": "Attivo",
        "Inactive": "Inattivo",
        "Expired": "Scaduto",
        "Blocked": "Bloccato",
        "Standby": "Sospeso",
        "Add account…": "Aggiungi account…",
        "Acco&unt:": "Acco&unt:",
    },
    "BroadcastPanel": {
        "{storage} Nothing was changed; try again once this is solved.": (
            "{storage} Non è stato cambiato nulla; riprova quando il problema sarà risolto."
        ),
        "No account is connected: choose a profile first.": (
            "Nessun account connesso: scegli prima un profilo."
        ),
        "Broadcast {id} is sending.": "L'invio multiplo {id} è in invio.",
        "Broadcast {id} was interrupted (the program ended while it ran): {unknown}, "
        "{pending}. Resume sends the pending ones; Resend unknown… asks first.": (
            "L'invio multiplo {id} è stato interrotto (il programma si è chiuso durante "
            "l'invio): "
            "{unknown}, {pending}. Riprendi invia quelli in attesa; Reinvia incerti… chiede "
            "prima conferma."
        ),
        "%n message(s) with an unknown outcome": (
            "%n messaggio con esito incerto",
            "%n messaggi con esito incerto",
        ),
        "%n not sent yet": ("%n non ancora inviato", "%n non ancora inviati"),
        "Broadcast {id} finished: {summary}.": "Invio multiplo {id} terminato: {summary}.",
    },
    "BroadcastActions": {
        "No account is connected: choose a profile first.": (
            "Nessun account connesso: scegli prima un profilo."
        ),
        "Send broadcast": "Avvia invio multiplo",
        "Pausing after the message being sent…": "Pausa dopo il messaggio in corso di invio…",
        "Cancelling after the message being sent…": (
            "Annullamento dopo il messaggio in corso di invio…"
        ),
        "Cancel broadcast": "Annulla invio multiplo",
        "Mark every message not sent yet cancelled?": (
            "Segnare come annullati tutti i messaggi non ancora inviati?"
        ),
        "Resend unknown": "Reinvia incerti",
        "Resend failed": "Reinvia falliti",
        "Broadcast {id} is being sent by another SMSGate window or command: nothing was "
        "changed here.": (
            "L'invio multiplo {id} è in invio da un'altra finestra o da un comando SMSGate: "
            "qui non è stato cambiato nulla."
        ),
        "First text: {text}": "Primo testo: {text}",
        "Send %n SMS?": ("Inviare %n SMS?", "Inviare %n SMS?"),
        "Broadcast {id}: %n message(s) cancelled.": (
            "Invio multiplo {id}: %n messaggio annullato.",
            "Invio multiplo {id}: %n messaggi annullati.",
        ),
        "Send the %n failed message(s) of broadcast {id} again, as a new broadcast?": (
            "Inviare di nuovo %n messaggio fallito dell'invio multiplo {id}, come nuovo invio "
            "multiplo?",
            "Inviare di nuovo %n messaggi falliti dell'invio multiplo {id}, come nuovo invio "
            "multiplo?",
        ),
        "Broadcast {id} has no message of unknown outcome.": (
            "L'invio multiplo {id} non ha messaggi con esito incerto."
        ),
        "%n message(s) have an unknown outcome: the gateway may have accepted them, and "
        "their recipients would get them twice. Send them again?": (
            "%n messaggio ha un esito incerto: il gateway potrebbe averlo già accettato e il "
            "destinatario lo riceverebbe due volte. Inviarlo di nuovo?",
            "%n messaggi hanno un esito incerto: il gateway potrebbe averli già accettati e i "
            "destinatari li riceverebbero due volte. Inviarli di nuovo?",
        ),
    },
    "BroadcastForm": {
        "New broadcast": "Nuovo invio multiplo",
        "Paste numbers: one per line, or comma-separated": (
            "Incolla i numeri: uno per riga o separati da virgole"
        ),
        "The message text": "Il testo del messaggio",
        "Send at": "Invia il",
        " msg/s": " msg/s",
        "as fast as possible": "il più velocemente possibile",
        "Forecast": "Previsione",
        "Send broadcast…": "Avvia invio multiplo…",
        "Groups": "Gruppi",
        "Numbers": "Numeri",
        "Schedule": "Programmazione",
        "Throttle": "Velocità",
        # The mnemonics avoid each other, the menu bar's (F, A, M, V, I) and the account
        # strip's (U).
        "Sen&d at": "Invia i&l",
        "Send time": "Orario di invio",
        "Fore&cast": "&Previsione",
        "&Groups": "&Gruppi",
        "&Numbers": "&Numeri",
        "S&ender": "Mitt&ente",
        "&Text": "&Testo",
        "T&ype": "Tip&o",
        "Thr&ottle": "Velo&cità",
    },
    "BroadcastHistory": {
        "All recipients": "Tutti i destinatari",
        "Failed": "Falliti",
        "Unknown outcome": "Esito incerto",
        "Search the history: text, number, sender, account or ID": (
            "Cerca nella cronologia: testo, numero, mittente, account o ID"
        ),
        "Export CSV…": "Esporta CSV…",
        "Resend failed": "Reinvia falliti",
        "Resend unknown…": "Reinvia incerti…",
        "Export report": "Esporta resoconto",
        "CSV files (*.csv)": "File CSV (*.csv)",
        "Could not write {file}: {error}": "Impossibile scrivere {file}: {error}",
        "Export…": "Esporta…",
        "Save this report as a CSV file or Excel workbook": (
            "Salva questo resoconto come file CSV o cartella di lavoro Excel"
        ),
        "Sends and broadcasts": "Invii singoli e multipli",
        "Search the history": "Cerca nella cronologia",
        "Recipients of the chosen send": "Destinatari dell'invio scelto",
        "Which recipients to show": "Quali destinatari mostrare",
    },
    "BroadcastControls": {
        "Pause": "Pausa",
        "Resume": "Riprendi",
        "{done}/{total}: {sent}, {failed}, {unknown}": (
            "{done}/{total}: {sent}, {failed}, {unknown}"
        ),
        "sent %n": ("%n inviato", "%n inviati"),
        "failed %n": ("%n fallito", "%n falliti"),
        "unknown %n": ("%n incerto", "%n incerti"),
        "pending %n": ("%n in attesa", "%n in attesa"),
        "sending %n": ("%n in invio", "%n in invio"),
        " — {rate} msg/s": " — {rate} msg/s",
        ", {duration} left": ", ancora {duration}",
        "Broadcast progress": "Avanzamento dell'invio multiplo",
    },
    "ComposePanel": {
        "Replace line breaks with spaces": "Sostituisci gli a capo con spazi",
        "Remove the control characters {chars}": "Rimuovi i caratteri di controllo {chars}",
        "Text (default)": "Testo (predefinito)",
        "Flash (FL)": "Flash (FL)",
        "UCS": "UCS",
        "Unicode text (UTF)": "Testo Unicode (UTF)",
        "Binary header (UDH)": "Intestazione binaria (UDH)",
        "WAP bookmark (WBK)": "Segnalibro WAP (WBK)",
        "WAP push (WPS)": "WAP push (WPS)",
        "One or more numbers: +39 333 1234567, 0039…, or national numbers;\n"
        "separate them with new lines, commas or semicolons (pasted lists work).": (
            "Uno o più numeri: +39 333 1234567, 0039… o numeri nazionali;\n"
            "separali con a capo, virgole o punti e virgola (si possono incollare elenchi)."
        ),
        "Checked recipients": "Destinatari verificati",
        "Name (up to 11 letters/digits) or +number": "Nome (fino a 11 lettere/cifre) o +numero",
        "Message text": "Testo del messaggio",
        "Switch to UTF": "Passa a UTF",
        "Send the text as UTF-8 (SmsType UTF), which carries any character": (
            "Invia il testo in UTF-8 (SmsType UTF), che accetta qualsiasi carattere"
        ),
        "&Recipients": "&Destinatari",
        "&Sender": "Mitt&ente",
        "&Text": "&Testo",
        "Send": "Invia",
        "Send to every recipient (Ctrl+Enter)": "Invia a tutti i destinatari (Ctrl+Invio)",
        "Stop after the message being sent now": "Ferma dopo il messaggio in corso di invio",
        "%v of %m sent": "%v di %m inviati",
        "Options": "Opzioni",
        "UDH in hex, e.g. 06050415810000": "UDH (hex), es. 06050415810000",
        "Send &later:": "Invia &più tardi:",
        "gateway default": "predefinita del gateway",
        " min": " min",
        "&Delivery report": "&Conferma di consegna",
        "optional": "facoltativo",
        "An e-mail address for the delivery report": (
            "Un indirizzo e-mail per la conferma di consegna"
        ),
        "Your reference for this message: 1 to 20 letters or digits": (
            "Un tuo riferimento per questo messaggio: da 1 a 20 lettere o cifre"
        ),
        "Validity": "Validità",
        "Notify e-mail": "E-mail notifica",
        "Reference": "Riferimento",
        "part": "parte",
        "parts": "parti",
        "credit": "credito",
        "credits": "crediti",
        "{characters} characters · {encoding} · {parts} {parts_word} · "
        "costs {recipients} {credits_word} (1 per recipient)": (
            "{characters} carattere · {encoding} · {parts} {parts_word} · "
            "costa {recipients} {credits_word} (1 per destinatario)",
            "{characters} caratteri · {encoding} · {parts} {parts_word} · "
            "costa {recipients} {credits_word} (1 per destinatario)",
        ),
        "{char} at {position}": "{char} in posizione {position}",
        "UCS-2 because of {chars}{more} (highlighted).": (
            "UCS-2 a causa di {chars}{more} (evidenziati)."
        ),
        "Plain text (ISO-8859-15) cannot carry the red characters.": (
            "Il testo semplice (ISO-8859-15) non può contenere i caratteri in rosso."
        ),
        "Sending…": "Invio in corso…",
        # PhoneParts.kind: what a valid number is.
        "mobile": "cellulare",
        "fixed line": "fisso",
        "fixed line or mobile": "fisso o cellulare",
        "toll free": "numero verde",
        "premium rate": "numero a tariffazione speciale",
        "shared cost": "numero a costo ripartito",
        "VoIP": "VoIP",
        "personal number": "numero personale",
        "pager": "cercapersone",
        "company number (UAN)": "numero aziendale (UAN)",
        "voicemail": "segreteria telefonica",
        "unknown type": "tipo sconosciuto",
        "{location}: {number} is not a valid phone number: {reason}": (
            "{location}: {number} non è un numero di telefono valido: {reason}"
        ),
        "… and %n more": ("… e %n altro", "… e altri %n"),
        "line {line}, column {column}": "riga {line}, colonna {column}",
        "{number} also at {where}: copy dropped": (
            "{number} presente anche in {where}: copia scartata"
        ),
        "{number} also at {where}: %n copies dropped": (
            "{number} presente anche in {where}: %n copia scartata",
            "{number} presente anche in {where}: %n copie scartate",
        ),
        " and %n more": (" e %n altro", " e altri %n"),
        "Plain text as UCS-2, 70 characters per SMS (UCS)": (
            "Testo semplice come UCS-2, 70 caratteri per SMS (UCS)"
        ),
        "Any character, sent as UTF-8 (UTF)": "Qualsiasi carattere, inviato in UTF-8 (UTF)",
        "T&ype": "Tip&o",
        "User data header (hex)": "Intestazione dati utente (hex)",
        "Send time": "Orario di invio",
        "Val&idity": "Va&lidità",
        "Notify &e-mail": "E-mail &notifica",
        "Refere&nce": "Rife&rimento",
        "{kind}: may not receive SMS": "{kind}: potrebbe non ricevere SMS",
    },
    "ContactsModel": {
        "Name": "Nome",
        "Number": "Numero",
        "Groups": "Gruppi",
        "Opted out": "Escluso",
        "(no name)": "(senza nome)",
        "Opted out: receives no broadcast": "Escluso: non riceve invii multipli",
    },
    "BroadcastModels": {
        "ID": "ID",
        "Created": "Creato",
        "State": "Stato",
        "Sent": "Inviati",
        "Failed": "Falliti",
        "Unknown": "Incerti",
        "Pending": "In attesa",
        "Text": "Testo",
        "Recipient": "Destinatario",
        "Code": "Codice",
        "Detail": "Dettaglio",
        "Kind": "Tipo",
        "Broadcast": "Invio multiplo",
        "Single send": "Invio singolo",
        # A broadcast's state, then a recipient's (one row: singular).
        "ready": "pronto",
        "running": "in corso",
        "paused": "in pausa",
        "interrupted": "interrotto",
        "cancelled": "annullato",
        "done": "completato",
        "pending": "in attesa",
        "sending": "in invio",
        "sent": "inviato",
        "failed": "fallito",
        "unknown": "incerto",
        "credit {credit}": "credito {credit}",
    },
    "ContactEditDialog": {
        "Edit contact": "Modifica contatto",
        "Clienti, Staff": "Clienti, Staff",
        "Groups separated by commas; a new name creates the group": (
            "Gruppi separati da virgole; un nome nuovo crea il gruppo"
        ),
        "Number": "Numero",
        "&Name": "&Nome",
        "&Groups": "&Gruppi",
        "E&xtra fields": "&Campi aggiuntivi",
        "Field": "Campo",
        "Value": "Valore",
        "Used in personalised texts as {field}; a blank value removes the field": (
            "Usato nei testi personalizzati come {field}; un valore vuoto elimina il campo"
        ),
        "&Add field": "&Aggiungi campo",
        "&Remove field": "&Rimuovi campo",
        "Extra fields": "Campi aggiuntivi",
        "A field with a value needs a name.": "Un campo con un valore deve avere un nome.",
        "“{key}” cannot be a field name: texts use a field as {{field}}, so its name "
        "cannot contain {{ or }}.": (
            "“{key}” non può essere il nome di un campo: i testi usano un campo come "
            "{{field}}, quindi il nome non può contenere {{ o }}."
        ),
        "“{key}” cannot be a field name: {{name}} and {{number}} are the contact's own "
        "name and number.": (
            "“{key}” non può essere il nome di un campo: {{name}} e {{number}} sono il nome e "
            "il numero del contatto stesso."
        ),
        "There are two fields named “{key}” (upper and lower case count as the same).": (
            "Ci sono due campi chiamati “{key}” (maiuscole e minuscole contano come uguali)."
        ),
    },
    "ContactsPanel": {
        "Send to the selected contacts (opted-out numbers are left out)": (
            "Invia ai contatti selezionati (i numeri esclusi vengono saltati)"
        ),
        "{total:,} contacts": ("{total:,} contatto", "{total:,} contatti"),
        "{shown:,} of {total:,} contacts": (
            "{shown:,} di {total:,} contatto",
            "{shown:,} di {total:,} contatti",
        ),
        "Opt &in": "Riamme&tti",
        "Cannot save the contact": "Impossibile salvare il contatto",
        "Delete the contact {who}?": "Eliminare il contatto {who}?",
        "Delete {count:,} contacts?": "Eliminare {count:,} contatti?",
        "Opted-out numbers stay on the opt-out list.": (
            "I numeri esclusi restano nell'elenco delle esclusioni."
        ),
        "Delete contacts": "Elimina contatti",
        "Cannot delete": "Impossibile eliminare",
        "The contacts database refused: {error}": "L'archivio dei contatti ha rifiutato: {error}",
        "Cannot change the opt-out list": "Impossibile modificare l'elenco delle esclusioni",
        "Export contacts": "Esporta contatti",
        "CSV files (*.csv);;All files (*)": "File CSV (*.csv);;Tutti i file (*)",
        "Cannot export": "Impossibile esportare",
        "Cannot write {file}: {error}": "Impossibile scrivere {file}: {error}",
        "Search by name or number": "Cerca per nome o numero",
        "&Group": "&Gruppo",
        "&Import…": "Imp&orta…",
        "E&xport…": "E&sporta…",
        "&Edit…": "Modifi&ca…",
        "&Delete": "&Elimina",
        "&Opt out": "Esc&ludi",
        "Opted-out numbers receive no broadcast": "I numeri esclusi non ricevono invii multipli",
        "Use as &recipients": "Usa come &destinatari",
        "Contacts": "Contatti",
        "Search contacts": "Cerca contatti",
    },
    "ContactGroups": {
        "&New group…": "&Nuovo gruppo…",
        "Add &to group…": "Aggiungi al g&ruppo…",
        "Rename…": "Rinomina…",
        "Rename the group chosen in the list": "Rinomina il gruppo scelto nell'elenco",
        "Delete grou&p…": "Elimina gru&ppo…",
        "Delete the group chosen in the list; its contacts are kept": (
            "Elimina il gruppo scelto nell'elenco; i suoi contatti vengono conservati"
        ),
        "New group": "Nuovo gruppo",
        "Group name:": "Nome del gruppo:",
        "Rename group": "Rinomina gruppo",
        "New name of the group “{group}”:": "Nuovo nome del gruppo “{group}”:",
        "Cannot rename the group": "Impossibile rinominare il gruppo",
        "A group needs a name.": "Un gruppo deve avere un nome.",
        "There is already a group “{name}”. To merge the two, select the contacts of "
        "“{group}”, add them to “{name}”, then delete “{group}”.": (
            "Esiste già un gruppo “{name}”. Per unire i due gruppi, seleziona i contatti di "
            "“{group}”, aggiungili a “{name}”, poi elimina “{group}”."
        ),
        "It has no contacts.": "Non contiene contatti.",
        "Its 1 contact is kept: only the group is deleted.": (
            "Il suo unico contatto viene conservato: si elimina solo il gruppo."
        ),
        "Its {count:,} contacts are kept: only the group is deleted.": (
            "I suoi {count:,} contatti vengono conservati: si elimina solo il gruppo."
        ),
        "Delete group": "Elimina gruppo",
        "Delete the group “{group}”?": "Eliminare il gruppo “{group}”?",
        "Cannot delete the group": "Impossibile eliminare il gruppo",
        "Add to group": "Aggiungi al gruppo",
        "Add {count:,} contacts to:": (
            "Aggiungi {count:,} contatto a:",
            "Aggiungi {count:,} contatti a:",
        ),
        "Cannot change the group": "Impossibile modificare il gruppo",
    },
    "GroupFilterCombo": {
        "Group filter": "Filtro per gruppo",
        "All contacts": "Tutti i contatti",
        "In no group": "Senza gruppo",
        "Opted out": "Esclusi",
    },
    "GatewayErrors": {
        "The data coding scheme (DCS) is not a valid value.": (
            "La codifica dei dati (DCS) non ha un valore valido."
        ),
        "The message reference is not valid.": "Il riferimento del messaggio non è valido.",
        "The validity period is not valid.": "Il periodo di validità non è valido.",
        "The notification e-mail address is not valid.": (
            "L'indirizzo e-mail per la notifica non è valido."
        ),
        "The delivery report option is not valid.": (
            "L'opzione di conferma di consegna non è valida."
        ),
        "The user data header (UDH) is not valid.": "L'intestazione dati (UDH) non è valida.",
        "The gateway refused the connection from this computer.": (
            "Il gateway ha rifiutato la connessione da questo computer."
        ),
        "This account is not allowed to use the TCP connection. Ask your provider.": (
            "Questo account non è abilitato alla connessione TCP. Chiedi al fornitore."
        ),
        "The sender name or number was not accepted.": (
            "Il nome o il numero del mittente non è stato accettato."
        ),
        "This computer's internet address is not enabled for the account.": (
            "L'indirizzo internet di questo computer non è abilitato per l'account."
        ),
        "This recipient is blocked for your account; the message was not sent.": (
            "Questo destinatario è bloccato per il tuo account; il messaggio non è stato inviato."
        ),
        "This computer's internet address has been locked by the gateway.": (
            "L'indirizzo internet di questo computer è stato bloccato dal gateway."
        ),
        "The message type is not valid.": "Il tipo di messaggio non è valido.",
        "The account name or password is wrong, or the account is blocked or not active.": (
            "Il nome dell'account o la password sono errati, oppure l'account è bloccato o "
            "non attivo."
        ),
        "The scheduled date or time is not valid.": ("La data o l'ora programmata non è valida."),
        "The message text was not accepted.": "Il testo del messaggio non è stato accettato.",
        "The recipient's phone number is not valid.": (
            "Il numero di telefono del destinatario non è valido."
        ),
        "The mobile prefix of the number is not valid.": (
            "Il prefisso mobile del numero non è valido."
        ),
        "The country code of the number is not valid.": (
            "Il prefisso internazionale del numero non è valido."
        ),
        "The account has no credit left. Top up the account to send more messages.": (
            "Il credito dell'account è esaurito. Ricarica l'account per inviare altri messaggi."
        ),
        "The gateway did not understand the request.": "Il gateway non ha capito la richiesta.",
        "Another session is already open for this account (only one is allowed). "
        "Close the other program or wait for it to finish.": (
            "Per questo account è già aperta un'altra sessione (ne è consentita una sola). "
            "Chiudi l'altro programma o attendi che finisca."
        ),
        "The gateway closed the connection after 10 minutes without activity.": (
            "Il gateway ha chiuso la connessione dopo 10 minuti di inattività."
        ),
        "The account name or password is wrong.": (
            "Il nome dell'account o la password sono errati."
        ),
        "The account is blocked. Contact your provider.": (
            "L'account è bloccato. Contatta il fornitore."
        ),
        "The account is not active (inactive or expired). Contact your provider.": (
            "L'account non è attivo (disattivato o scaduto). Contatta il fornitore."
        ),
        "The gateway reported error %1.": "Il gateway ha segnalato l'errore %1.",
    },
    "ImportDialog": {
        "Cannot read the file": "Impossibile leggere il file",
        "No column looks like phone numbers: choose the number column.": (
            "Nessuna colonna sembra contenere numeri di telefono: scegli la colonna del numero."
        ),
        "Checking {count:,} rows…": (
            "Verifica di {count:,} riga in corso…",
            "Verifica di {count:,} righe in corso…",
        ),
        "Import contacts": "Importa contatti",
        "No file chosen": "Nessun file scelto",
        "Choose &file…": "Scegli &file…",
        "Columns kept with each contact as extra fields": (
            "Colonne conservate con ogni contatto come campi aggiuntivi"
        ),
        "&Number column": "Colonna &numero",
        "N&ame column": "Colonna n&ome",
        "&Group column": "Colonna &gruppo",
        "&Extra columns": "Colonne &aggiuntive",
        "&Import": "&Importa",
        "Rows not imported": "Righe non importate",
        "The file has no rows to import.": "Il file non contiene righe da importare.",
        "Nothing was imported.": "Non è stato importato nulla.",
        "CSV": "CSV",
        "Excel workbook": "Cartella di lavoro Excel",
        "vCard": "vCard",
        "The contacts database refused the import: {error}": (
            "L'archivio dei contatti ha rifiutato l'importazione: {error}"
        ),
        "Contact files ({patterns});;All files (*)": (
            "File di contatti ({patterns});;Tutti i file (*)"
        ),
        "(none)": "(nessuna)",
        "Cannot import": "Impossibile importare",
        "Added {count:,}": ("{count:,} aggiunto", "{count:,} aggiunti"),
        "updated {count:,}": ("{count:,} aggiornato", "{count:,} aggiornati"),
        "{count:,} duplicates merged": ("{count:,} duplicato unito", "{count:,} duplicati uniti"),
        "{count:,} row not imported": "{count:,} riga non importata",
        "{count:,} rows not imported": (
            "{count:,} riga non importata",
            "{count:,} righe non importate",
        ),
        " (listed below).": " (vedi l'elenco sotto).",
        "(empty)": "(vuoto)",
        "line {line}: {raw}: {reason}": "riga {line}: {raw}: {reason}",
        "Cannot import {file}: line {line}: {reason}": (
            "Impossibile importare {file}: riga {line}: {reason}"
        ),
        "Cannot import {file}: {reason}": "Impossibile importare {file}: {reason}",
        "Lines to check": "Righe da controllare",
        "1 warning while reading the file: check this line": (
            "1 avviso durante la lettura del file: controlla questa riga"
        ),
        "{count:,} warnings while reading the file: check these lines": (
            "{count:,} avviso durante la lettura del file: controlla questa riga",
            "{count:,} avvisi durante la lettura del file: controlla queste righe",
        ),
        "line {line}: {reason}": "riga {line}: {reason}",
        "1 warning while reading the file (listed above): check that line.": (
            "1 avviso durante la lettura del file (vedi l'elenco sopra): controlla quella riga."
        ),
        "{count:,} warnings while reading the file (listed above): check those lines.": (
            "{count:,} avviso durante la lettura del file (vedi l'elenco sopra): controlla "
            "quella riga.",
            "{count:,} avvisi durante la lettura del file (vedi l'elenco sopra): controlla "
            "quelle righe.",
        ),
        "tab-separated": "separato da tabulazioni",
        "sheet {name}": "foglio {name}",
        "{kind}{about}: {count:,} rows; the first {shown} are shown.": (
            "{kind}{about}: {count:,} riga; in anteprima: {shown}.",
            "{kind}{about}: {count:,} righe; in anteprima: {shown}.",
        ),
        "1 duplicate merged": "1 duplicato unito",
        "%v of %m rows checked": "%v di %m righe verificate",
        "&Stop import": "Interrom&pi importazione",
        "Stop now: nothing of this file is saved": (
            "Interrompi ora: non viene salvato nulla di questo file"
        ),
        "Import stopped: no contact of this file was saved.": (
            "Importazione interrotta: nessun contatto di questo file è stato salvato."
        ),
    },
    "MainWindow": {
        "Demo mode — no messages leave this computer": (
            "Modalità demo — nessun messaggio esce da questo computer"
        ),
        "Message": "Messaggio",
        "Contacts": "Contatti",
        "Broadcast": "Invio multiplo",
        "Results": "Risultati",
        "No password for this account: use Edit… to enter it.": (
            "Nessuna password per questo account: usa Modifica… per inserirla."
        ),
        "Testing the connection…": "Prova della connessione in corso…",
        "History": "Cronologia",
    },
    "SendFlow": {
        "Cancelling after the message being sent…": (
            "Annullamento dopo il messaggio in corso di invio…"
        ),
    },
    "DemoBanner": {
        "Add a real account…": "Aggiungi un account reale…",
        "Add account…": "Aggiungi account…",
    },
    "LocalStore": {
        "{storage} Until you quit, contacts and sends are kept in a temporary folder and "
        "then forgotten.": (
            "{storage} Fino all'uscita, contatti e invii sono tenuti in una cartella "
            "temporanea e poi dimenticati."
        ),
    },
    "StatusLine": {
        "Disconnected": "Disconnesso",
        "Connecting": "Connessione in corso",
        "Logged in as {account} on {server}": "Connesso come {account} su {server}",
    },
    "WindowMenus": {
        "&File": "&File",
        "&Quit": "E&sci",
        "&Add profile…": "&Aggiungi profilo…",
        "&Edit profile…": "&Modifica profilo…",
        "&Test connection": "&Prova connessione",
        "&Refresh balance and status": "Aggio&rna credito e stato",
        "&Message": "&Messaggio",
        "&Send": "&Invia",
        "&Cancel sending": "&Annulla invio",
        "&View": "&Visualizza",
        "&Filter the protocol log": "&Filtra il registro protocollo",
        "C&lear the protocol log": "&Svuota il registro protocollo",
        "&Help": "A&iuto",
        "&About SMSGate Desktop": "&Informazioni su SMSGate Desktop",
        "A desktop client and built-in simulator for the SMS GATE SERVER 2.3.1 gateway.": (
            "Un client desktop con simulatore integrato per il gateway SMS GATE SERVER 2.3.1."
        ),
        "About {app}": "Informazioni su {app}",
        # The menu bar's mnemonics: &File, &Account, &Messaggio, &Visualizza, A&iuto.
        "&Import contacts…": "&Importa contatti…",
        "&Export contacts…": "&Esporta contatti…",
        "&Add account…": "&Aggiungi account…",
        "&Edit account…": "&Modifica account…",
        "&Contacts": "&Contatti",
        "&Broadcast": "&Invio multiplo",
        "&History": "C&ronologia",
        "&Protocol log": "Registro &protocollo",
    },
    "ProfileSwitch": {
        "No system keyring is available, so the password is not stored.": (
            "Il portachiavi di sistema non è disponibile, quindi la password non viene salvata."
        ),
        "No password is stored for this account.": (
            "Non è salvata alcuna password per questo account."
        ),
        "Password": "Password",
        "Password for {account} on {server} (kept until you quit):": (
            "Password di {account} su {server} (conservata fino alla chiusura):"
        ),
        "Profile": "Profilo",
        "Delete profile": "Elimina profilo",
        "Delete the profile {name} and its password?": (
            "Eliminare il profilo {name} e la sua password?"
        ),
        "Could not save the profiles: {error}": "Impossibile salvare i profili: {error}",
        "{reason} The password is kept in memory until you quit.": (
            "{reason} La password resta in memoria fino alla chiusura del programma."
        ),
        "No password store (keyring) is available on this computer.": (
            "Su questo computer non è disponibile alcun archivio delle password (portachiavi)."
        ),
        "The password store refused the password: {detail}": (
            "L'archivio delle password ha rifiutato la password: {detail}"
        ),
        "A profile called {name} already exists.": "Esiste già un profilo chiamato {name}.",
        "The demo profile is built in and is not stored.": (
            "Il profilo demo è integrato e non viene salvato."
        ),
        # "Prova connessione" is the button Test connection.
        "The gateway refused the password and no new one was entered: {account} stays "
        "disconnected. Test connection asks for it again.": (
            "Il gateway ha rifiutato la password e non ne è stata inserita una nuova: "
            "{account} resta disconnesso. Prova connessione la richiede di nuovo."
        ),
    },
    "ProfileDialog": {
        "T&est connection": "Prova conn&essione",
        "Fill in the account, its password and the host first.": (
            "Compila prima l'account, la sua password e l'host."
        ),
        "Testing the connection…": "Prova della connessione in corso…",
        "Add a gateway account": "Aggiungi un account del gateway",
        "(stored; leave empty to keep it)": "(salvata; lascia vuoto per mantenerla)",
        "host:port, e.g. tcp.smsitaly.com:27": "host:porta, es. tcp.smsitaly.com:27",
        "optional, e.g. backup.smsitaly.com:27": "facoltativo, es. backup.smsitaly.com:27",
        "The password is kept in the system keyring.": (
            "La password è conservata nel portachiavi di sistema."
        ),
        "No system keyring is available: the password is kept in memory only and "
        "asked again at the next start.": (
            "Il portachiavi di sistema non è disponibile: la password resta solo in memoria "
            "e verrà richiesta al prossimo avvio."
        ),
        "Profile &name": "&Nome profilo",
        "&Password": "&Password",
        "P&rimary host": "Host p&rincipale",
        "&Backup host": "Host di ri&serva",
        "&Interface": "&Interfaccia",
        "Default &country": "Pa&ese predefinito",
        "Gateway &time zone": "&Fuso orario del gateway",
        "&Low-credit warning at": "Avviso credito &basso a",
        "Enter the account's password.": "Inserisci la password dell'account.",
        "Send &window": "Finestra di in&vio",
        "Messages sent before their replies are read (Packets interface only). 1 is one "
        "request, one reply, as the gateway's manual shows. A larger window makes big "
        "broadcasts over slow links much faster; if the line drops, every message in flight "
        "is reported unknown.": (
            "Messaggi inviati prima di leggerne le risposte (solo interfaccia Pacchetti). 1 "
            "significa una richiesta e una risposta, come nel manuale del gateway. Una finestra "
            "più ampia rende molto più veloci gli invii multipli grandi su collegamenti lenti; "
            "se la "
            "linea cade, ogni messaggio in transito risulta con esito incerto."
        ),
        # The gateway's two interfaces: "Full Ascii" is the spec's name, kept.
        "Packets (recommended)": "Pacchetti (consigliata)",
        "Full Ascii (one line per message)": "Full Ascii (una riga per messaggio)",
        "Edit account": "Modifica account",
        "Add account": "Aggiungi account",
        "(remembered until you quit; leave empty to keep it)": (
            "(ricordata fino alla chiusura; lascia vuoto per mantenerla)"
        ),
    },
    "ProtocolLogPanel": {
        "Filter the log (Ctrl+L)": "Filtra il registro (Ctrl+L)",
        "Pause autoscroll": "Sospendi scorrimento",
        "Copy": "Copia",
        "Copy the selected lines, or every shown line": (
            "Copia le righe selezionate, o tutte le righe visibili"
        ),
        "Save…": "Salva…",
        "Clear": "Svuota",
        "Save the protocol log": "Salva il registro protocollo",
        "Log files (*.log *.txt)": "File di registro (*.log *.txt)",
        "Could not save the log: {error}": "Impossibile salvare il registro: {error}",
        "Filter the protocol log": "Filtra il registro protocollo",
    },
    "ResultsModel": {
        "Recipient": "Destinatario",
        "Result": "Esito",
        "Credit left": "Credito",
        "Details": "Dettagli",
        "pending": "in attesa",
        # One row's outcome (singular; the panel's summary counts them with plural forms).
        "not sent": "non inviato",
        "accepted": "accettato",
        "rejected": "rifiutato",
        "unknown": "incerto",
        "Accepted by the gateway.": "Accettato dal gateway.",
        "gateway said:": "risposta del gateway:",
        "Not sent.": "Non inviato.",
    },
    "ResultsPanel": {
        "No message sent yet.": "Nessun messaggio ancora inviato.",
        "Send results": "Esito dell'invio",
        "Last send: {parts}.": "Ultimo invio: {parts}.",
        "Sending %n message(s)…": (
            "Invio di %n messaggio in corso…",
            "Invio di %n messaggi in corso…",
        ),
        # The summary's counts (Italian agrees with the number: "1 accettato", "2 accettati").
        "%n accepted": ("%n accettato", "%n accettati"),
        "%n rejected": ("%n rifiutato", "%n rifiutati"),
        "%n unknown": ("%n incerto", "%n incerti"),
        "%n not sent": ("%n non inviato", "%n non inviati"),
        "Results per recipient": "Esiti per destinatario",
    },
    "SessionWorker": {
        "{storage} Sending stopped: nothing further was sent (the Broadcast tab's history "
        "lists what was).": (
            "{storage} Invio interrotto: nient'altro è stato inviato (la cronologia della "
            "scheda Invio multiplo elenca cosa è partito)."
        ),
        "{storage} The broadcast stopped: nothing further was sent; Resume continues once "
        "this is solved.": (
            "{storage} L'invio multiplo si è fermato: nient'altro è stato inviato; Riprendi lo "
            "continua quando il problema sarà risolto."
        ),
        "Login refused: {reason}": "Accesso rifiutato: {reason}",
        "Cancelled: the remaining messages were not sent.": (
            "Annullato: i messaggi rimanenti non sono stati inviati."
        ),
        "The gateway answered something unexpected; sending stopped ({detail}).": (
            "Il gateway ha risposto in modo inatteso; l'invio è stato interrotto ({detail})."
        ),
        "Unexpected error while sending: {detail}": "Errore imprevisto durante l'invio: {detail}",
        "The broadcast stopped: {reason}": "L'invio multiplo si è fermato: {reason}",
        "Connected to {server} as {account}: the account works.": (
            "Connesso a {server} come {account}: l'account funziona."
        ),
        "The gateway could not be used: {detail}": "Impossibile usare il gateway: {detail}",
        "Unexpected error: {detail}": "Errore imprevisto: {detail}",
        "Paused: resume to send the remaining messages.": (
            "In pausa: riprendi per inviare i messaggi rimanenti."
        ),
        "Interrupted: {reason}. Resume when the gateway is reachable again.": (
            "Interrotto: {reason}. Riprendi quando il gateway sarà di nuovo raggiungibile."
        ),
        # Resume and Refresh are the buttons "Riprendi" and "Aggiorna".
        "Credit exhausted: {sent} of {total} sent, {not_sent} not sent. Top up the account, "
        "then send the rest again.": (
            "Credito esaurito: inviati {sent} di {total}, non inviati {not_sent}. Ricarica "
            "l'account, poi invia di nuovo il resto."
        ),
        "Credit exhausted: {sent} of {total} sent, {not_sent} not sent. Top up the account, "
        "then press Resume.": (
            "Credito esaurito: inviati {sent} di {total}, non inviati {not_sent}. Ricarica "
            "l'account, poi premi Riprendi."
        ),
        "Credit exhausted: the gateway refuses the login while the account has no credit "
        "left. Top up the account, then press Refresh.": (
            "Credito esaurito: il gateway rifiuta l'accesso finché l'account non ha credito. "
            "Ricarica l'account, poi premi Aggiorna."
        ),
    },
    "ForecastText": {
        "Every recipient is on the opt-out list: nothing to send.": (
            "Tutti i destinatari sono nell'elenco delle esclusioni: niente da inviare."
        ),
        "Every failed recipient has opted out since: nothing to send.": (
            "Tutti i destinatari falliti sono stati esclusi nel frattempo: niente da inviare."
        ),
        "The template is not valid: {reason}.": "Il modello non è valido: {reason}.",
        "Broadcast {id} has no failed message.": "L'invio multiplo {id} non ha messaggi falliti.",
        "%n recipient(s) lack a field of the template; the first: {reason}.": (
            "%n destinatario non ha un campo del modello: {reason}.",
            "%n destinatari non hanno un campo del modello; il primo: {reason}.",
        ),
        "The message to {recipient}: {reason}": "Il messaggio per {recipient}: {reason}",
        "Recipients: {count}": "Destinatari: {count}",
        "  duplicates merged: {count}": "  duplicati uniti: {count}",
        "  opted out, excluded: {count}": "  esclusi (opt-out): {count}",
        "Parts per message: {count} (longest text)": (
            "Parti per messaggio: {count} (testo più lungo)"
        ),
        "unknown": "non disponibile",
        "Credits needed: {count} (balance {balance})": (
            "Crediti necessari: {count} (saldo {balance})"
        ),
        "  Warning: %n credits short; the gateway will refuse the messages beyond the balance.": (
            "  Attenzione: manca %n credito; il gateway rifiuterà i messaggi oltre il saldo.",
            "  Attenzione: mancano %n crediti; il gateway rifiuterà i messaggi oltre il saldo.",
        ),
        "Estimated duration: {duration}": "Durata stimata: {duration}",
        "1 recipient lacks a field of the template: {reason}.": (
            "1 destinatario non ha un campo del modello: {reason}."
        ),
        "%n recipients lack a field of the template; the first: {reason}.": (
            "%n destinatario non ha un campo del modello: {reason}.",
            "%n destinatari non hanno un campo del modello; il primo: {reason}.",
        ),
    },
    # The sentences of the Qt-free modules (gui/core_texts.py), translated by template.
    "PhoneNumbers": {
        "unknown country code": "prefisso internazionale sconosciuto",
        "not a phone number": "non è un numero di telefono",
        "too short": "troppo corto",
        "too long": "troppo lungo",
        "too short for the gateway, which needs at least {digits} digits after the country code": (
            "troppo corto per il gateway, che richiede almeno {digits} cifre dopo il "
            "prefisso internazionale"
        ),
        "it is empty": "è vuoto",
        "'+' is allowed only at the start (position {position})": (
            "il '+' è ammesso solo all'inizio (posizione {position})"
        ),
        "it contains the letter {char} at position {position}": (
            "contiene la lettera {char} in posizione {position}"
        ),
        "it contains the character {char} at position {position}": (
            "contiene il carattere {char} in posizione {position}"
        ),
        "there are no digits after '+'": "non ci sono cifre dopo il '+'",
        "it has no digits": "non contiene cifre",
        "unknown country code {code}": "prefisso internazionale {code} sconosciuto",
        "too short (a local number without its area code?)": (
            "troppo corto (un numero locale senza prefisso?)"
        ),
        "wrong number of digits for country code {code}": (
            "numero di cifre errato per il prefisso {code}"
        ),
        "no such number range for country code {code}": (
            "numerazione inesistente per il prefisso {code}"
        ),
        "expected an ISO country code such as 'IT'": ("atteso un codice paese ISO come 'IT'"),
        # A part of the split number that breaks its wire format (a safety net).
        "its {name} {value} {problem}": "il campo {name} {value} {problem}",
        "{number} also at {where}: copies dropped": (
            "{number} presente anche in {where}: copie scartate"
        ),
        "{number} also at {where}: copy dropped": (
            "{number} presente anche in {where}: copia scartata"
        ),
        "{location} ({raw})": "{location} ({raw})",
        "{location}: {error}": "{location}: {error}",
        "{shown} is not a valid phone number: {reason}": (
            "{shown} non è un numero di telefono valido: {reason}"
        ),
        "line {line}, column {column}": "riga {line}, colonna {column}",
        "unknown default region {shown}, {reason}": (
            "paese predefinito {shown} sconosciuto, {reason}"
        ),
    },
    "FieldFormats": {
        "contains the control character {name} at position {position}": (
            "contiene il carattere di controllo {name} in posizione {position}"
        ),
        "must be + followed by 1 to 4 digits, e.g. +39": (
            "deve essere + seguito da 1 a 4 cifre, es. +39"
        ),
        "must be 2 to 5 digits, e.g. 333": "deve avere da 2 a 5 cifre, es. 333",
        "must be 3 to 12 digits": "deve avere da 3 a 12 cifre",
        "must be 1 to 11 letters, digits or spaces, or + followed by up to 16 digits": (
            "deve avere da 1 a 11 lettere, cifre o spazi, oppure essere + seguito da "
            "al massimo 16 cifre"
        ),
        "must be one of FL UCS UTF UDH WBK WPS": "deve essere uno tra FL UCS UTF UDH WBK WPS",
        "must be a day from 1 to 31": "deve essere un giorno da 1 a 31",
        "must be a month from 1 to 12": "deve essere un mese da 1 a 12",
        "must be a year from 00 to 99 (1 or 2 digits)": (
            "deve essere un anno da 00 a 99 (1 o 2 cifre)"
        ),
        "must be an hour from 1 to 12": "deve essere un'ora da 1 a 12",
        "must be a minute from 0 to 59": "deve essere un minuto da 0 a 59",
        "must be AM or PM": "deve essere AM o PM",
        "must be an even number of hex digits, at most 280": (
            "deve essere un numero pari di cifre esadecimali, al massimo 280"
        ),
        "must be 0 or 1": "deve essere 0 o 1",
        "must be mailto: followed by an e-mail address": (
            "deve essere mailto: seguito da un indirizzo e-mail"
        ),
        "must be a number of minutes from 1 to 10080": (
            "deve essere un numero di minuti da 1 a 10080"
        ),
        "must be 1 to 20 letters or digits": "deve avere da 1 a 20 lettere o cifre",
        "must be two hex digits": "deve essere di due cifre esadecimali",
        "is mandatory and empty": "è obbligatorio ma vuoto",
        "is empty": "è vuoto",
        "makes a line of {size} bytes, over the gateway's limit of {limit}": (
            "forma una riga di {size} byte, oltre il limite di {limit} del gateway"
        ),
        "has the character {char} (U+{code}) at position {position}, which {encoding} "
        "cannot carry; choose the UTF message type": (
            "contiene il carattere {char} (U+{code}) in posizione {position}, che {encoding} "
            "non può rappresentare; scegli il tipo di messaggio UTF"
        ),
        "has the character {char} (U+{code}) at position {position} and {count} more, "
        "which {encoding} cannot carry; choose the UTF message type": (
            "contiene il carattere {char} (U+{code}) in posizione {position} e altri {count}, "
            "che {encoding} non può rappresentare; scegli il tipo di messaggio UTF"
        ),
        "has the character {char} (U+{code}) at position {position}, which {encoding} "
        "cannot carry": (
            "contiene il carattere {char} (U+{code}) in posizione {position}, che {encoding} "
            "non può rappresentare"
        ),
        # FieldError's message: the wire field's name, its value and the reason.
        "{field} {shown} {reason}": "{field} {shown} {reason}",
        "must be text": "deve essere un testo",
        "has a character at position {position}, which {encoding} cannot carry": (
            "contiene un carattere in posizione {position}, che {encoding} non può rappresentare"
        ),
    },
    "Schedule": {
        "it is in the past (now is {now})": "è nel passato (adesso: {now})",
        "the gateway's two-digit year only covers {first}–{last}": (
            "l'anno a due cifre del gateway copre solo il periodo {first}–{last}"
        ),
        "unknown time zone": "fuso orario sconosciuto",
        "the hour must be 1 to 12 with AM or PM": "l'ora deve essere da 1 a 12 con AM o PM",
        "the year must be two digits": "l'anno deve avere due cifre",
        "cannot schedule {shown}: {reason}": "impossibile programmare {shown}: {reason}",
        "it is empty": "è vuoto",
        "expected a date and time like {example}": ("serve una data con l'ora, come {example}"),
        # The zone of "{time} does not exist in {zone}" when no zone was named.
        "the local time zone": "il fuso orario locale",
        "missing {names}": "mancano i campi {names}",
        "now has no time zone (naive datetime)": (
            "l'ora attuale non ha un fuso orario (datetime naive)"
        ),
        "the send time has no time zone (naive datetime)": (
            "l'orario di invio non ha un fuso orario (datetime naive)"
        ),
        "there is no day {day} in {month}": "il giorno {day} non esiste in {month}",
        "there is no hour {hour} (use 0 to 23)": "l'ora {hour} non esiste (usa da 0 a 23)",
        "there is no minute {minute} (use 0 to 59)": (
            "il minuto {minute} non esiste (usa da 0 a 59)"
        ),
        "there is no month {month}": "il mese {month} non esiste",
        "there is no year {year}": "l'anno {year} non esiste",
        "the date fields must be numbers": "i campi della data devono essere numeri",
        "{time} does not exist in {zone} (the clocks skip it)": (
            "{time} non esiste secondo {zone} (gli orologi saltano quell'ora)"
        ),
        "the year is out of range": "l'anno è fuori dall'intervallo ammesso",
    },
    "MessageDraft": {
        "The text contains the control character {char} at position {position}; the "
        "gateway's protocol cannot carry it.": (
            "Il testo contiene il carattere di controllo {char} in posizione {position}; il "
            "protocollo del gateway non può trasportarlo."
        ),
        "The text contains the control character {char} at position {position} (and 1 "
        "more); the gateway's protocol cannot carry it.": (
            "Il testo contiene il carattere di controllo {char} in posizione {position} (e "
            "un altro); il protocollo del gateway non può trasportarlo."
        ),
        "The text contains the control character {char} at position {position} (and "
        "{count} more); the gateway's protocol cannot carry it.": (
            "Il testo contiene il carattere di controllo {char} in posizione {position} (e "
            "altri {count}); il protocollo del gateway non può trasportarlo."
        ),
        "Recipient {raw} is not valid: {reason}.": (
            "Il destinatario {raw} non è valido: {reason}."
        ),
        "Recipient {raw} is not valid: {reason} (and 1 more).": (
            "Il destinatario {raw} non è valido: {reason} (e un altro)."
        ),
        "Recipient {raw} is not valid: {reason} (and {count} more).": (
            "Il destinatario {raw} non è valido: {reason} (e altri {count})."
        ),
        "Add at least one recipient.": "Aggiungi almeno un destinatario.",
        "Enter a sender: a name of up to 11 letters or digits, or a number.": (
            "Inserisci un mittente: un nome di massimo 11 lettere o cifre, oppure un numero."
        ),
        "The sender {problem}.": "Il mittente {problem}.",
        "Write the message text.": "Scrivi il testo del messaggio.",
        "The send time is not usable: {reason}.": (
            "L'orario di invio non è utilizzabile: {reason}."
        ),
        "Leaves at {when} gateway time ({zone})": ("Partirà il {when}, ora del gateway ({zone})"),
        "Leaves at {when} gateway time ({zone}) — that hour happens twice there; the "
        "gateway picks one": (
            "Partirà il {when}, ora del gateway ({zone}) — lì quell'ora si ripete due volte; "
            "il gateway ne sceglie una"
        ),
        "The notification e-mail address is not valid.": (
            "L'indirizzo e-mail per la notifica non è valido."
        ),
        "The validity {problem}.": "La validità {problem}.",
        "The reference {problem}.": "Il riferimento {problem}.",
        "The UDH {problem}.": "L'UDH {problem}.",
        "The text {problem}.": "Il testo {problem}.",
        "The text has a line break at position {position}; the gateway's protocol cannot "
        "carry line breaks in a message.": (
            "Il testo contiene un a capo in posizione {position}; il protocollo del gateway "
            "non ammette a capo in un messaggio."
        ),
        "The character {char} at position {position} cannot be sent as plain text: "
        "switch the type to UTF.": (
            "Il carattere {char} in posizione {position} non può essere inviato come testo "
            "semplice: passa al tipo UTF."
        ),
        "The character {char} at position {position} (and 1 more) cannot be sent as "
        "plain text: switch the type to UTF.": (
            "Il carattere {char} in posizione {position} (e un altro) non può essere inviato "
            "come testo semplice: passa al tipo UTF."
        ),
        "The character {char} at position {position} (and {count} more) cannot be sent "
        "as plain text: switch the type to UTF.": (
            "Il carattere {char} in posizione {position} (e altri {count}) non può essere "
            "inviato come testo semplice: passa al tipo UTF."
        ),
        "The character {char} at position {position} cannot be sent as UTF-8.": (
            "Il carattere {char} in posizione {position} non può essere inviato in UTF-8."
        ),
        "The character {char} at position {position} (and 1 more) cannot be sent as UTF-8.": (
            "Il carattere {char} in posizione {position} (e un altro) non può essere inviato "
            "in UTF-8."
        ),
        "The character {char} at position {position} (and {count} more) cannot be sent as UTF-8.": (
            "Il carattere {char} in posizione {position} (e altri {count}) non può essere "
            "inviato in UTF-8."
        ),
        "The text is too long: it {reason}.": "Il testo è troppo lungo: {reason}.",
        "Cannot send: {error}.": "Impossibile inviare: {error}.",
        "The DCS {problem}.": "Il DCS {problem}.",
        "The gateway {problem}.": "Il gateway {problem}.",
        "The network code {problem}.": "Il codice di rete {problem}.",
    },
    "Profiles": {
        "Demo (built-in simulator)": "Demo (simulatore integrato)",
        "The profile needs a name.": "Il profilo deve avere un nome.",
        "The account name is empty.": "Il nome dell'account è vuoto.",
        "The primary host is empty.": "L'host principale è vuoto.",
        "Primary host: {error}.": "Host principale: {error}.",
        "Backup host: {error}.": "Host di riserva: {error}.",
        "{host} has no host name": "in {host} manca il nome dell'host",
        "{host}: the port must be a number from 1 to 65535": (
            "{host}: la porta deve essere un numero da 1 a 65535"
        ),
        "Unknown interface {name}.": "Interfaccia sconosciuta: {name}.",
        "Unknown country {name}.": "Paese sconosciuto: {name}.",
        "Unknown time zone {name}.": "Fuso orario sconosciuto: {name}.",
        "The low-credit threshold cannot be negative.": (
            "La soglia di credito basso non può essere negativa."
        ),
        "The send window must be a whole number from 1 to 64.": (
            "La finestra di invio deve essere un numero intero da 1 a 64."
        ),
        "A profile called {name} already exists.": "Esiste già un profilo chiamato {name}.",
        "the demo profile is built in and is not stored": (
            "il profilo demo è integrato e non viene salvato"
        ),
    },
    "Keyring": {
        "No password store (keyring) is available on this computer.": (
            "Su questo computer non è disponibile alcun archivio delle password (portachiavi)."
        ),
        "The password store refused the password: {detail}": (
            "L'archivio delle password ha rifiutato la password: {detail}"
        ),
    },
    "Session": {
        "Outcome unknown: {why}. The gateway may have accepted the message; it was not "
        "sent again.": (
            "Esito incerto: {why}. Il gateway potrebbe aver accettato il messaggio; non è "
            "stato inviato di nuovo."
        ),
        "the gateway closed the connection before replying": (
            "il gateway ha chiuso la connessione prima di rispondere"
        ),
        "the gateway closed the connection": "il gateway ha chiuso la connessione",
        "connection refused": "connessione rifiutata",
        "connection reset by the other side": "connessione interrotta dall'altra parte",
        "The connection dropped {count} times before the message to {recipient} could "
        "be sent; it was not sent.": (
            "La connessione è caduta {count} volte prima che il messaggio per {recipient} "
            "potesse partire; non è stato inviato."
        ),
        "Could not connect to the gateway ({attempts}).": (
            "Impossibile connettersi al gateway ({attempts})."
        ),
        "The gateway did not answer within {seconds} s {doing}.": (
            "Il gateway non ha risposto entro {seconds} s {doing}."
        ),
        "the gateway did not answer within {seconds} s {doing}": (
            "il gateway non ha risposto entro {seconds} s {doing}"
        ),
        "when asked for the balance": "alla richiesta del credito",
        "when asked for the status": "alla richiesta dello stato",
        "after the message to {recipient}": "dopo il messaggio per {recipient}",
        "while sending": "durante l'invio",
        "The gateway answered something unexpected ({reason}): {received} ({doing}).": (
            "Il gateway ha risposto in modo inatteso ({reason}): {received} ({doing})."
        ),
        "the gateway answered something unexpected ({reason}): {received} ({doing})": (
            "il gateway ha risposto in modo inatteso ({reason}): {received} ({doing})"
        ),
        "The gateway's replies are out of step ({reason}): {received} ({doing}).": (
            "Le risposte del gateway sono sfasate ({reason}): {received} ({doing})."
        ),
        "the gateway's replies are out of step ({reason}): {received} ({doing})": (
            "le risposte del gateway sono sfasate ({reason}): {received} ({doing})"
        ),
        "The connection dropped in the middle of the gateway's reply: {received} ({doing}).": (
            "La connessione è caduta a metà della risposta del gateway: {received} ({doing})."
        ),
        "the connection dropped in the middle of the gateway's reply: {received} ({doing})": (
            "la connessione è caduta a metà della risposta del gateway: {received} ({doing})"
        ),
        "The gateway sent a line of over {size} KiB without ending it: {received} ({doing}).": (
            "Il gateway ha inviato una riga di oltre {size} KiB senza terminarla: {received} "
            "({doing})."
        ),
        "the gateway sent a line of over {size} KiB without ending it: {received} ({doing})": (
            "il gateway ha inviato una riga di oltre {size} KiB senza terminarla: {received} "
            "({doing})"
        ),
        "reply with no request pending": "una risposta senza richiesta in corso",
        "unexpected reply from the gateway": "risposta inattesa del gateway",
        "expected a balance like +OK 01 [1499]": "atteso un credito come +OK 01 [1499]",
        "expected a status like +OK 01 [Active]": "atteso uno stato come +OK 01 [Active]",
        "the reply names {number}, not {recipient}: replies are out of step": (
            "la risposta nomina {number}, non {recipient}: risposte sfasate"
        ),
        "The connection dropped {count} times while asking for the balance.": (
            "La connessione è caduta {count} volte mentre si chiedeva il credito."
        ),
        "The connection dropped {count} times while asking for the status.": (
            "La connessione è caduta {count} volte mentre si chiedeva lo stato."
        ),
        "The session was stopped: the program is closing.": (
            "Sessione interrotta: il programma si sta chiudendo."
        ),
        "The gateway sent a line of over {size} KiB without ending it: {received}": (
            "Il gateway ha inviato una riga di oltre {size} KiB senza terminarla: {received}"
        ),
        "unexpected event while sending: {event}": ("evento inatteso durante l'invio: {event}"),
        "The gateway answered something unexpected ({reason}): {received}": (
            "Il gateway ha risposto in modo inatteso ({reason}): {received}"
        ),
        # One host's reason ("tcp.smsitaly.com:27: connessione rifiutata"), and several joined.
        "{host}: {why}": "{host}: {why}",
        "{first}; {rest}": "{first}; {rest}",
        "no answer in time": "nessuna risposta in tempo",
        "no greeting within {seconds} s": "nessun messaggio di benvenuto entro {seconds} s",
        "no answer to the login within {seconds} s": (
            "nessuna risposta all'accesso entro {seconds} s"
        ),
        "The gateway's replies are out of step ({reason}): {received}": (
            "Le risposte del gateway sono sfasate ({reason}): {received}"
        ),
        "the connection dropped in the middle of a reply": (
            "la connessione è caduta a metà di una risposta"
        ),
        "the gateway sent over {size} bytes without ending the line": (
            "il gateway ha inviato oltre {size} byte senza terminare la riga"
        ),
        "expected a login reply with the credit": ("attesa una risposta di accesso con il credito"),
        "{reason}: {raw}": "{reason}: {raw}",
        "reply is not bytes": "la risposta non è in byte",
        "The connection dropped in the middle of the gateway's reply: {received}": (
            "La connessione è caduta a metà della risposta del gateway: {received}"
        ),
    },
    "Forecast": {
        "about {hours} h {minutes} min": "circa {hours} h {minutes} min",
        "about {minutes} min {seconds} s": "circa {minutes} min {seconds} s",
        "about {seconds} s": "circa {seconds} s",
    },
    "BroadcastTemplates": {
        "{contact} has no {field}": "{contact} non ha il campo {field}",
        "no value for {field}": "nessun valore per {field}",
        "position {position}: '}}' without its '{{' (write '}}}}' for a brace)": (
            "posizione {position}: '}}' senza la sua '{{' (scrivi '}}}}' per una graffa)"
        ),
        "position {position}: '{{' is not closed (write '{{{{' for a brace)": (
            "posizione {position}: '{{' non è chiusa (scrivi '{{{{' per una graffa)"
        ),
        "position {position}: '{{}}' names no field": (
            "posizione {position}: '{{}}' non indica alcun campo"
        ),
    },
    "Broadcasts": {
        "Broadcast {id} is being sent by {holder}; it was not started again here.": (
            "L'invio multiplo {id} è già in invio da {holder}; qui non è stato avviato di nuovo."
        ),
        "Broadcast {id} is being sent by another SMSGate window or command (process "
        "{pid}); it was not started again here.": (
            "L'invio multiplo {id} è già in invio da un'altra finestra o da un comando di "
            "SMSGate "
            "(processo {pid}); qui non è stato avviato di nuovo."
        ),
        "Broadcast {id} is being sent by another SMSGate window or command; it was not "
        "started again here.": (
            "L'invio multiplo {id} è già in invio da un'altra finestra o da un comando di "
            "SMSGate; qui non è stato avviato di nuovo."
        ),
        "Broadcast {id} was made for the account {made_for}, not {account}: send it with "
        "that account.": (
            "L'invio multiplo {id} è stato creato per l'account {made_for}, non per "
            "{account}: "
            "invialo con quell'account."
        ),
        "Interrupted while sending: the gateway may have accepted it; not sent again.": (
            "Interrotto durante l'invio: il gateway potrebbe averlo accettato; non è stato "
            "inviato di nuovo."
        ),
        "Cancelled before sending.": "Annullato prima dell'invio.",
        "Not sent: {error}.": "Non inviato: {error}.",
        "there is no broadcast {id}.": "l'invio multiplo {id} non esiste.",
        "no broadcast {id}": "l'invio multiplo {id} non esiste",
        "Credit exhausted: {sent} of {total} sent, {not_sent} not sent.": (
            "Credito esaurito: inviati {sent} di {total}, non inviati {not_sent}."
        ),
    },
    "ContactFiles": {
        "old .xls workbooks are not supported: save it as .xlsx": (
            "le vecchie cartelle .xls non sono supportate: salva il file come .xlsx"
        ),
        "the file is too big ({size} MiB)": "il file è troppo grande ({size} MiB)",
        "this is not a text file (it contains binary data)": (
            "non è un file di testo (contiene dati binari)"
        ),
        "it starts with a {encoding} mark but is not {encoding}: {detail}": (
            "inizia con un marcatore {encoding} ma non è in {encoding}: {detail}"
        ),
        "this is not a text file: {reason}": "non è un file di testo: {reason}",
        "it is a ZIP archive (an .xlsx workbook? save it with that extension)": (
            "è un archivio ZIP (una cartella .xlsx? salvala con quell'estensione)"
        ),
        "it is an old Excel/Office binary file (save it as .xlsx or .csv)": (
            "è un vecchio file binario di Excel/Office (salvalo come .xlsx o .csv)"
        ),
        "it is a PDF document": "è un documento PDF",
        "the file is empty": "il file è vuoto",
        "cannot read it as {encoding}: {detail}": (
            "non si riesce a leggerlo come {encoding}: {detail}"
        ),
        "malformed CSV: {detail}": "CSV non valido: {detail}",
        "the file has no data": "il file non contiene dati",
        "the file has only a header line and no contacts": (
            "il file ha solo la riga di intestazione e nessun contatto"
        ),
        "text before the first card is not part of any vCard: {text}": (
            "il testo prima della prima scheda non fa parte di alcuna vCard: {text}"
        ),
        "text between two cards is not part of any vCard: {text}": (
            "il testo tra due schede non fa parte di alcuna vCard: {text}"
        ),
        "the vCard starting here has no END:VCARD (is the file truncated?)": (
            "la vCard che inizia qui non ha END:VCARD (il file è troncato?)"
        ),
        "no vCard found (no BEGIN:VCARD line)": (
            "nessuna vCard trovata (manca la riga BEGIN:VCARD)"
        ),
        "this vCard is malformed: {detail}": "questa vCard non è valida: {detail}",
        "this is not a vCard": "questa non è una vCard",
        "the workbook has no sheets": "la cartella di lavoro non ha fogli",
        "there is no sheet named {sheet}; the sheets are {sheets}": (
            "non esiste un foglio chiamato {sheet}; i fogli sono {sheets}"
        ),
        "{sheet} is a chart sheet, not a table": "{sheet} è un foglio grafico, non una tabella",
        "the workbook is damaged: {detail}": "la cartella di lavoro è danneggiata: {detail}",
        "the sheet {sheet} is empty": "il foglio {sheet} è vuoto",
        "the sheet {sheet} has only a header row and no contacts": (
            "il foglio {sheet} ha solo la riga di intestazione e nessun contatto"
        ),
        "this is not an .xlsx workbook (an old .xls workbook)": (
            "non è una cartella .xlsx (è una vecchia cartella .xls)"
        ),
        "this is not an .xlsx workbook (not one)": "non è una cartella di lavoro .xlsx",
        "no phone number in this row": "nessun numero di telefono in questa riga",
        "Column {count}": "Colonna {count}",
        # Past a limit: "it" is the file; "il massimo per un'importazione".
        "it has more than {limit} rows, the most one import takes: split it into smaller files": (
            "il file ha più di {limit} righe, il massimo per un'importazione: dividilo in "
            "file più piccoli"
        ),
        "it has more than {limit} cells (rows × columns), the most one import takes: remove "
        "the columns you do not need or split it": (
            "il file ha più di {limit} celle (righe × colonne), il massimo per "
            "un'importazione: togli le colonne che non servono o dividilo"
        ),
        "it has more than {limit} filled cells, the most one import takes: split it into "
        "smaller files": (
            "il file ha più di {limit} celle non vuote, il massimo per un'importazione: "
            "dividilo in file più piccoli"
        ),
        "it holds more than {limit} characters of text, the most one import takes: split it "
        "into smaller files": (
            "il file contiene più di {limit} caratteri di testo, il massimo per "
            "un'importazione: dividilo in file più piccoli"
        ),
        "the sheet {sheet} has more than {limit} rows, the most one import takes: split it "
        "into smaller files": (
            "il foglio {sheet} ha più di {limit} righe, il massimo per un'importazione: "
            "dividilo in file più piccoli"
        ),
        "the sheet {sheet} has more than {limit} cells (rows × columns), the most one "
        "import takes: remove the columns you do not need or split it": (
            "il foglio {sheet} ha più di {limit} celle (righe × colonne), il massimo per "
            "un'importazione: togli le colonne che non servono o dividilo"
        ),
        "the sheet {sheet} has more than {limit} filled cells, the most one import takes: "
        "split it into smaller files": (
            "il foglio {sheet} ha più di {limit} celle non vuote, il massimo per "
            "un'importazione: dividilo in file più piccoli"
        ),
        "the sheet {sheet} holds more than {limit} characters of text, the most one import "
        "takes: split it into smaller files": (
            "il foglio {sheet} contiene più di {limit} caratteri di testo, il massimo per "
            "un'importazione: dividilo in file più piccoli"
        ),
        "the workbook holds more than {limit} characters of text, the most one import "
        "takes: split it into smaller files": (
            "la cartella di lavoro contiene più di {limit} caratteri di testo, il massimo per "
            "un'importazione: dividila in file più piccoli"
        ),
        "it has more than {limit} lines, the most one import takes: split it into smaller files": (
            "il file ha più di {limit} righe di testo, il massimo per un'importazione: "
            "dividilo in file più piccoli"
        ),
        "this line is longer than {limit} characters, the most one line may have": (
            "questa riga supera i {limit} caratteri, il massimo per una riga"
        ),
        "malformed CSV: a field is longer than {limit} characters, the most one field may "
        "have": "CSV non valido: un campo supera i {limit} caratteri, il massimo per un campo",
        "this vCard is longer than {limit} characters without its photos, the most one card "
        "may have": (
            "questa vCard supera i {limit} caratteri senza contare le foto, il massimo per "
            "una scheda"
        ),
        "the workbook has more than {limit} parts (or a bigger directory of them), the most "
        "one import takes": (
            "la cartella di lavoro ha più di {limit} parti (o un loro elenco più grande), il "
            "massimo per un'importazione"
        ),
        "the workbook unpacks to {size} MiB, more than the {limit} MiB one import takes (a "
        "ZIP bomb?)": (
            "la cartella di lavoro decompressa occupa {size} MiB, più dei {limit} MiB "
            "accettati per un'importazione (una bomba ZIP?)"
        ),
        "the part {part} of the workbook is compressed {ratio} times, more than the {limit} "
        "times of any genuine workbook (a ZIP bomb?)": (
            "la parte {part} della cartella di lavoro è compressa {ratio} volte, più delle "
            "{limit} volte di qualunque cartella autentica (una bomba ZIP?)"
        ),
        "the part {part} of the workbook is {size} MiB unpacked, more than the {limit} MiB "
        "one import takes for it": (
            "la parte {part} della cartella di lavoro occupa {size} MiB decompressa, più dei "
            "{limit} MiB accettati per una parte"
        ),
        "the workbook has more than {limit} XML elements outside its rows and shared "
        "strings (in {part}), the most one import takes": (
            "la cartella di lavoro ha più di {limit} elementi XML fuori dalle righe e dai "
            "testi condivisi (in {part}), il massimo per un'importazione"
        ),
        "the workbook has more than {limit} distinct texts (shared strings), the most one "
        "import takes: split it into smaller files": (
            "la cartella di lavoro ha più di {limit} testi distinti (stringhe condivise), il "
            "massimo per un'importazione: dividila in file più piccoli"
        ),
        "the workbook's sheets have more than {limit} XML elements in their rows, the most "
        "one import takes: split it into smaller files": (
            "i fogli della cartella di lavoro hanno più di {limit} elementi XML nelle righe, "
            "il massimo per un'importazione: dividila in file più piccoli"
        ),
        "the sheet {sheet} has a row of more than {limit} XML elements, the most one import "
        "takes": (
            "il foglio {sheet} ha una riga di più di {limit} elementi XML, il massimo per "
            "un'importazione"
        ),
        "it has a shared string of more than {limit} XML elements, the most one import takes": (
            "la cartella di lavoro ha un testo condiviso di più di {limit} elementi XML, il "
            "massimo per un'importazione"
        ),
        # A line of a mixed-encoding file ("riga 4: non è in utf-8 …").
        "not {expected} like the rest of the file: read as {encoding}": (
            "non è in {expected} come il resto del file: letta come {encoding}"
        ),
        "1 more lines are not {expected} like the rest of the file: read as {encoding}": (
            "un'altra riga non è in {expected} come il resto del file: letta come {encoding}"
        ),
        "{count} more lines are not {expected} like the rest of the file: read as {encoding}": (
            "altre {count} righe non sono in {expected} come il resto del file: lette come "
            "{encoding}"
        ),
        "Cannot import {file}: line {line}: {reason}": (
            "Impossibile importare {file}: riga {line}: {reason}"
        ),
        "Cannot import {file}: {reason}": "Impossibile importare {file}: {reason}",
        "line {line}: {raw} is {e164}, already at line {first_line}": (
            "riga {line}: {raw} è {e164}, già presente alla riga {first_line}"
        ),
        "(empty)": "(vuoto)",
        "{contacts} contacts, {errors} rows with errors, {duplicates} duplicates merged": (
            "contatti: {contacts}, righe con errori: {errors}, duplicati uniti: {duplicates}"
        ),
        "no column {ref}: the table has {count} columns": (
            "la colonna {ref} non esiste: la tabella ha {count} colonne"
        ),
        "no column named {ref}; the columns are {columns}": (
            "non esiste una colonna chiamata {ref}; le colonne sono {columns}"
        ),
        "line {line}: {raw}: {reason}": "riga {line}: {raw}: {reason}",
        "line {line}: {reason}": "riga {line}: {reason}",
    },
    "ContactStore": {
        "no contact with number {number}": "nessun contatto con il numero {number}",
        "a group needs a name": "un gruppo deve avere un nome",
        "no group {name}": "il gruppo {name} non esiste",
        "there is already a group {name}": "esiste già un gruppo {name}",
    },
    "Exports": {
        "The disk is full: {file} was not written.": (
            "Il disco è pieno: {file} non è stato scritto."
        ),
        "Permission denied writing {file}: close it in the program that has it open, "
        "or choose another folder.": (
            "Permesso negato per scrivere {file}: chiudilo nel programma che lo tiene aperto, "
            "o scegli un'altra cartella."
        ),
        "Could not write {file}: {reason}.": "Impossibile scrivere {file}: {reason}.",
        "Exported 1 row to {file}.": "Esportata 1 riga in {file}.",
        "Exported {count:,} rows to {file}.": "Esportate {count:,} righe in {file}.",
        "Export": "Esporta",
        "Open folder": "Apri cartella",
        # The column names of the exported files, and the file types.
        "Name": "Nome",
        "Number": "Numero",
        "Groups": "Gruppi",
        "Time": "Data e ora",
        "State": "Stato",
        "Code": "Codice",
        "Explanation": "Spiegazione",
        "CSV files (*.csv)": "File CSV (*.csv)",
        "Excel workbooks (*.xlsx)": "Cartelle di lavoro Excel (*.xlsx)",
    },
    "HistoryChart": {
        "Messages sent per day and credit, last 30 days": (
            "Messaggi inviati al giorno e credito, ultimi 30 giorni"
        ),
        "No messages sent in the last {days} days.": (
            "Nessun messaggio inviato negli ultimi {days} giorni."
        ),
        "{sent} sent, {failed} failed in {days} days": (
            "Ultimi {days} giorni: inviati {sent}, falliti {failed}"
        ),
        "{sent} sent, {failed} failed in {days} days; credit now {credit}": (
            "Ultimi {days} giorni: inviati {sent}, falliti {failed}; credito attuale {credit}"
        ),
        "Sent": "Inviati",
        "Failed": "Falliti",
        "Credit": "Credito",
    },
    "Personalisation": {
        "{count} recipient(s) lack a field; the first: {error}": (
            "destinatari senza un campo: {count}; il primo: {error}"
        ),
        "the text for {recipient}: {problem}": "il testo per {recipient}: {problem}",
    },
    "Recipients": {
        "Cannot map {key}: only {mappable} can be.": (
            "Impossibile associare {key}: si possono associare solo {mappable}."
        ),
        "No column of {file} looks like phone numbers: name it with --map number=COLUMN.": (
            "Nessuna colonna di {file} sembra contenere numeri di telefono: indicala con "
            "--map number=COLONNA."
        ),
        "{file} has no column {column} (its columns: {columns}).": (
            "{file} non ha la colonna {column} (le sue colonne: {columns})."
        ),
    },
    "PasswordDialog": {
        "Password refused": "Password rifiutata",
        "The gateway refused the password for {account} on {server}.": (
            "Il gateway ha rifiutato la password di {account} su {server}."
        ),
        "Enter it again (if the account name is wrong, cancel and use Edit…).": (
            "Inseriscila di nuovo (se il nome dell'account è sbagliato, annulla e usa Modifica…)."
        ),
        "Remember in the system keyring": "Ricorda nel portachiavi di sistema",
        "No system keyring is available: the password is kept for this session only.": (
            "Il portachiavi di sistema non è disponibile: la password resta solo per questa "
            "sessione."
        ),
        "&Password": "&Password",
    },
}


# The office database (issue 14): the window's setting, the account lease, `store copy`.
OFFICE_IT = {
    "StoreCopy": {
        "There is no SMSGate store at {path}: nothing was copied.": (
            "In {path} non c'è un archivio di SMSGate: non è stato copiato nulla."
        ),
        "{target} is not an office database address (postgresql://user@host/database): "
        "nothing was copied.": (
            "{target} non è l'indirizzo di un database d'ufficio "
            "(postgresql://utente@host/database): non è stato copiato nulla."
        ),
        "{source} is an office database: the copy reads this desktop's own file.": (
            "{source} è un database d'ufficio: la copia legge il file di questo computer."
        ),
        "Broadcast {id} in {path} was cut off while sending (a crash, or it is being sent "
        "now): open it on this desktop first (History, or smsgate broadcast --resume {id}) "
        "so that the outcome of each of its messages is known, then copy again. Nothing was "
        "copied.": (
            "L'invio multiplo {id} in {path} si è interrotto durante l'invio (un arresto "
            "improvviso, oppure è in corso ora): aprilo prima su questo computer (Cronologia, "
            "oppure smsgate broadcast --resume {id}) in modo che l'esito di ogni suo messaggio "
            "sia noto, poi ripeti la copia. Non è stato copiato nulla."
        ),
        "Copied {contacts} contacts ({contacts_there} already there), {groups} groups, "
        "{opt_outs} opt-outs, {broadcasts} broadcasts with {messages} messages "
        "({broadcasts_there} already there).": (
            "Copiati {contacts} contatti ({contacts_there} già presenti), {groups} gruppi, "
            "{opt_outs} esclusioni, {broadcasts} invii multipli con {messages} messaggi "
            "({broadcasts_there} già presenti)."
        ),
        "Broadcasts {ids} of the office database still have messages to send: send them from "
        "there only (resuming them from this desktop's own file as well would send those "
        "messages twice).": (
            "Gli invii multipli {ids} del database d'ufficio hanno ancora messaggi da inviare: "
            "inviali solo da lì (riprenderli anche dal file di questo computer invierebbe quei "
            "messaggi due volte)."
        ),
    },
    "StorageError": {
        "The office database {path} cannot be reached ({detail}).": (
            "Il database dell'ufficio {path} non è raggiungibile ({detail})."
        ),
        "The office database {path} is full.": "Il database dell'ufficio {path} è pieno.",
        "The office database {path} is busy (a lock wait timed out): try again.": (
            "Il database dell'ufficio {path} è occupato (l'attesa di un blocco è scaduta): riprova."
        ),
        "The office database {path} refuses writes ({detail}).": (
            "Il database dell'ufficio {path} rifiuta le scritture ({detail})."
        ),
        "The office database {path} failed ({detail}).": (
            "Il database dell'ufficio {path} ha dato un errore ({detail})."
        ),
    },
    "OfficeDialog": {
        "Office database": "Database dell'ufficio",
        "Several computers can share contacts, groups, opt-outs and the history of sends in "
        "one PostgreSQL database on the office server. Leave the address empty to keep them "
        "on this computer only.": (
            "Più computer possono condividere contatti, gruppi, esclusioni e la cronologia "
            "degli invii in un database PostgreSQL sul server dell'ufficio. Lascia vuoto "
            "l'indirizzo per tenerli solo su questo computer."
        ),
        "For example {example}: ask whoever runs the office server.": (
            "Per esempio {example}: chiedilo a chi gestisce il server dell'ufficio."
        ),
        "Kept in this computer's password store; empty: keep the stored one": (
            "Conservata nel portachiavi di questo computer; vuota: resta quella salvata"
        ),
        "&Address": "&Indirizzo",
        "&Password": "&Password",
        "&Test": "&Prova",
        "Connecting to {address}…": "Connessione a {address}…",
        "The office database refused: {error}": ("Il database dell'ufficio ha rifiutato: {error}"),
        "Connected: the database is empty; SMSGate prepares it when you save.": (
            "Connesso: il database è vuoto; SMSGate lo prepara quando salvi."
        ),
        "{count:,} contacts": (
            ("{count:,} contatto"),
            ("{count:,} contatti"),
        ),
        "{count:,} broadcasts": (
            ("{count:,} invio multiplo"),
            ("{count:,} invii multipli"),
        ),
        "Connected: {contacts}, {broadcasts} shared.": (
            "Connesso: {contacts} e {broadcasts} in comune."
        ),
        "The address must look like {example}.": "L'indirizzo deve essere come {example}.",
        "The port must be a number.": "La porta deve essere un numero.",
        "The password cannot be kept: {why}": "Impossibile conservare la password: {why}",
        "The setting cannot be kept in the data folder: {why}": (
            "Impossibile salvare l'impostazione nella cartella dei dati: {why}"
        ),
        "The address is saved: this window keeps using this computer's own data until the "
        "office database answers.": (
            "L'indirizzo è salvato: questa finestra continua a usare i dati di questo computer "
            "finché il database dell'ufficio non risponde."
        ),
    },
    "OfficeBanner": {
        "&Retry": "&Riprova",
        "Until it answers, the contacts and the history shown are this computer's own; "
        "nothing is lost.": (
            "Finché non risponde, i contatti e la cronologia mostrati sono quelli di questo "
            "computer; non si perde nulla."
        ),
        "Connecting to the office database…": "Connessione al database dell'ufficio…",
    },
    "MainWindow": {
        "Office database: {name}": "Database dell'ufficio: {name}",
        "Office database: {name} (not answering)": ("Database dell'ufficio: {name} (non risponde)"),
        "Data on this computer": "Dati su questo computer",
        "Wait for the send under way to end (or pause it): the data in use changes only "
        "between sends.": (
            "Attendi la fine dell'invio in corso (o mettilo in pausa): i dati in uso cambiano "
            "solo tra un invio e l'altro."
        ),
        "Close the import first: the data in use changes only between imports.": (
            "Chiudi prima l'importazione: i dati in uso cambiano solo tra un'importazione e "
            "l'altra."
        ),
        "The office database answers again.": "Il database dell'ufficio risponde di nuovo.",
    },
    "WindowMenus": {
        "Office &database…": "&Database dell'ufficio…",
    },
    "AccountLease": {
        "{desktop}, {user} ({activity}, since {since})": (
            "{desktop}, {user} ({activity}, dalle {since})"
        ),
        "{desktop}, {user} (since {since})": "{desktop}, {user} (dalle {since})",
        "{desktop}, {user}": "{desktop}, {user}",
        "Account {account} is in use by {holder}: your send is queued and starts when it is "
        "free.": (
            "L'account {account} è in uso da {holder}: il tuo invio è in coda e partirà quando "
            "sarà libero."
        ),
        "Account {account} is in use by {holder}: nothing was sent.": (
            "L'account {account} è in uso da {holder}: non è stato inviato nulla."
        ),
        "Account {account} is in use by {holder}.": ("L'account {account} è in uso da {holder}."),
        "Cancelled while waiting for account {account}: nothing was sent.": (
            "Annullato durante l'attesa dell'account {account}: non è stato inviato nulla."
        ),
        "broadcast {id}": "invio multiplo {id}",
        "single send": "invio singolo",
        "account check": "verifica dell'account",
        "preparing a broadcast": "preparazione di un invio multiplo",
    },
}
for _context, _texts in OFFICE_IT.items():
    IT.setdefault(_context, {}).update(_texts)


def main() -> int:
    tree = ET.parse(TS)
    missing, wrong = [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        table = IT.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = table.get(source, COMMON.get(source))
            numerus = message.get("numerus") == "yes"
            if text is None:
                if translation.get("type") == "unfinished" or not _finished(translation):
                    missing.append((name, source))
                continue
            if numerus != isinstance(text, tuple):
                wrong.append((name, source, "plural forms" if numerus else "one text"))
                continue
            if numerus:
                translation.text = "\n" + " " * 12  # lupdate's layout
                for form in list(translation):
                    translation.remove(form)
                for index, form_text in enumerate(text):
                    form = ET.SubElement(translation, "numerusform")
                    form.text = form_text
                    last = index == len(text) - 1
                    form.tail = "\n" + " " * (8 if last else 12)
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with TS.open("r+", encoding="utf-8") as f:  # keep lupdate's DOCTYPE line
        body = f.read()
        if "<!DOCTYPE TS>" not in body:
            body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
            f.seek(0)
            f.write(body)
            f.truncate()
    for name, source in missing:
        print(f"untranslated: {name}: {source!r}", file=sys.stderr)
    for name, source, needs in wrong:
        print(f"needs {needs}: {name}: {source!r}", file=sys.stderr)
    return 1 if missing or wrong else 0


def _finished(translation: ET.Element) -> bool:
    """The translation has its text (every plural form, for a numerus message)."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


if __name__ == "__main__":
    raise SystemExit(main())
