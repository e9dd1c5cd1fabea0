"""Fill smsgate_it.ts with the Italian texts below (used after lupdate; see update.sh).

Only entries whose source is listed here are touched; anything new stays "unfinished" (the
test suite fails on those) until it is added here or translated in Qt Linguist.
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
    },
    "BroadcastPanel": {
        "No account is connected: choose a profile first.": (
            "Nessun account connesso: scegliete prima un profilo."
        ),
        "Send broadcast": "Invia broadcast",
        "Broadcast {id} is sending.": "Il broadcast {id} è in invio.",
        "Pausing after the message being sent…": "Pausa dopo il messaggio in corso di invio…",
        "Cancelling after the message being sent…": (
            "Annullamento dopo il messaggio in corso di invio…"
        ),
        "Cancel broadcast": "Annulla broadcast",
        "Mark every message not sent yet cancelled?": (
            "Segnare come annullati tutti i messaggi non ancora inviati?"
        ),
        "Every failed recipient has opted out since: nothing to send.": (
            "Tutti i destinatari falliti sono stati esclusi nel frattempo: niente da inviare."
        ),
        "Resend unknown": "Reinvia incerti",
        "Export report": "Esporta resoconto",
        "CSV files (*.csv)": "File CSV (*.csv)",
        "Paste numbers: one per line, or comma-separated": (
            "Incolla i numeri: uno per riga o separati da virgole"
        ),
        "The message text": "Il testo del messaggio",
        "Send at": "Invia il",
        " msg/s": " msg/s",
        "as fast as possible": "il più velocemente possibile",
        "Forecast": "Previsione",
        "Send broadcast…": "Invia broadcast…",
        "Groups": "Gruppi",
        "Numbers": "Numeri",
        "Schedule": "Programmazione",
        "Throttle": "Velocità",
        "New broadcast": "Nuovo broadcast",
        "Pause": "Pausa",
        "Resume": "Riprendi",
        "Export CSV…": "Esporta CSV…",
        "Resend failed": "Reinvia falliti",
        "Resend unknown…": "Reinvia incerti…",
    },
    "ComposePanel": {
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
        "&Sender": "&Mittente",
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
            "Un vostro riferimento per questo messaggio: da 1 a 20 lettere o cifre"
        ),
        "Validity": "Validità",
        "Notify e-mail": "E-mail notifica",
        "Reference": "Riferimento",
        "… and {count} more": "… e altri {count}",
        "part": "parte",
        "parts": "parti",
        "credit": "credito",
        "credits": "crediti",
        "{characters} characters · {encoding} · {parts} {parts_word} · "
        "costs {recipients} {credits_word} (1 per recipient)": (
            "{characters} caratteri · {encoding} · {parts} {parts_word} · "
            "costa {recipients} {credits_word} (1 per destinatario)"
        ),
        "{char} at {position}": "{char} in posizione {position}",
        " and {count} more": " e altri {count}",
        "UCS-2 because of {chars}{more} (highlighted).": (
            "UCS-2 a causa di {chars}{more} (evidenziati)."
        ),
        "Plain text (ISO-8859-15) cannot carry the red characters.": (
            "Il testo semplice (ISO-8859-15) non può contenere i caratteri in rosso."
        ),
        "Sending…": "Invio in corso…",
    },
    "ContactsModel": {
        "Name": "Nome",
        "Number": "Numero",
        "Groups": "Gruppi",
        "Opted out": "Escluso",
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
    },
    "ContactsPanel": {
        "Send to the selected contacts (opted-out numbers are left out)": (
            "Invia ai contatti selezionati (i numeri esclusi vengono saltati)"
        ),
        "All contacts": "Tutti i contatti",
        "In no group": "Senza gruppo",
        "Opted out": "Esclusi",
        "{total:,} contacts": "{total:,} contatti",
        "{shown:,} of {total:,} contacts": "{shown:,} di {total:,} contatti",
        "Opt &in": "&Riammetti",
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
        "Add to group": "Aggiungi al gruppo",
        "Add {count:,} contacts to:": "Aggiungi {count:,} contatti a:",
        "Cannot change the group": "Impossibile modificare il gruppo",
        "Export contacts": "Esporta contatti",
        "CSV files (*.csv);;All files (*)": "File CSV (*.csv);;Tutti i file (*)",
        "Cannot export": "Impossibile esportare",
        "Cannot write {file}: {error}": "Impossibile scrivere {file}: {error}",
        "Search by name or number": "Cerca per nome o numero",
        "Group filter": "Filtro per gruppo",
        "&Group": "&Gruppo",
        "&Import…": "&Importa…",
        "E&xport…": "E&sporta…",
        "&Edit…": "&Modifica…",
        "&Delete": "&Elimina",
        "&Opt out": "&Escludi",
        "Opted-out numbers receive no broadcast": "I numeri esclusi non ricevono broadcast",
        "&New group…": "&Nuovo gruppo…",
        "&Add to group…": "&Aggiungi al gruppo…",
        "Use as &recipients": "Usa come &destinatari",
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
            "Questo account non è abilitato alla connessione TCP. Chiedete al fornitore."
        ),
        "The sender name or number was not accepted.": (
            "Il nome o il numero del mittente non è stato accettato."
        ),
        "This computer's internet address is not enabled for the account.": (
            "L'indirizzo internet di questo computer non è abilitato per l'account."
        ),
        "This recipient is blocked for your account; the message was not sent.": (
            "Questo destinatario è bloccato per il vostro account; il messaggio non è stato "
            "inviato."
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
            "Il credito dell'account è esaurito. Ricaricate l'account per inviare altri messaggi."
        ),
        "The gateway did not understand the request.": "Il gateway non ha capito la richiesta.",
        "Another session is already open for this account (only one is allowed). "
        "Close the other program or wait for it to finish.": (
            "Per questo account è già aperta un'altra sessione (ne è consentita una sola). "
            "Chiudete l'altro programma o attendete che finisca."
        ),
        "The gateway closed the connection after 10 minutes without activity.": (
            "Il gateway ha chiuso la connessione dopo 10 minuti di inattività."
        ),
        "The account name or password is wrong.": (
            "Il nome dell'account o la password sono errati."
        ),
        "The account is blocked. Contact your provider.": (
            "L'account è bloccato. Contattate il fornitore."
        ),
        "The account is not active (inactive or expired). Contact your provider.": (
            "L'account non è attivo (disattivato o scaduto). Contattate il fornitore."
        ),
        "The gateway reported error %1.": "Il gateway ha segnalato l'errore %1.",
    },
    "ImportDialog": {
        "Cannot read the file": "Impossibile leggere il file",
        "No column looks like phone numbers: choose the number column.": (
            "Nessuna colonna sembra contenere numeri di telefono: scegliete la colonna del numero."
        ),
        "Checking {count:,} rows…": "Verifica di {count:,} righe in corso…",
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
    },
    "MainWindow": {
        "Demo mode — no messages leave this computer": (
            "Modalità demo — nessun messaggio esce da questo computer"
        ),
        "disconnected": "disconnesso",
        "connecting": "connessione in corso",
        "Add a real account…": "Aggiungi un account reale…",
        "Message": "Messaggio",
        "Contacts": "Contatti",
        "Broadcast": "Broadcast",
        "Results": "Risultati",
        "&File": "&File",
        "&Quit": "&Esci",
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
        "&Help": "&Aiuto",
        "&About SMSGate Desktop": "&Informazioni su SMSGate Desktop",
        "No password for this account: use Edit… to enter it.": (
            "Nessuna password per questo account: usate Modifica… per inserirla."
        ),
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
        "Testing the connection…": "Prova della connessione in corso…",
        "Cancelling after the message being sent…": (
            "Annullamento dopo il messaggio in corso di invio…"
        ),
        "logged in as {account} on {server}": "connesso come {account} su {server}",
        "A desktop client and built-in simulator for the SMS GATE SERVER 2.3.1 gateway.": (
            "Un client desktop con simulatore integrato per il gateway SMS GATE SERVER 2.3.1."
        ),
        "About {app}": "Informazioni su {app}",
    },
    "ProfileDialog": {
        "Add a gateway account": "Aggiungi un account del gateway",
        "(stored; leave empty to keep it)": "(salvata; lasciate vuoto per mantenerla)",
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
        "&Backup host": "Host di &riserva",
        "&Interface": "&Interfaccia",
        "Default &country": "&Paese predefinito",
        "Gateway &time zone": "&Fuso orario del gateway",
        "&Low-credit warning at": "Avviso credito &basso a",
        "Enter the account's password.": "Inserite la password dell'account.",
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
    },
    "ResultsModel": {
        "Recipient": "Destinatario",
        "Result": "Esito",
        "Credit left": "Credito",
        "Details": "Dettagli",
        "pending": "in attesa",
        "not sent": "non inviati",
        "accepted": "accettati",
        "rejected": "rifiutati",
        "unknown": "incerti",
        "Accepted by the gateway.": "Accettato dal gateway.",
        "gateway said:": "risposta del gateway:",
        "Not sent.": "Non inviato.",
    },
    "ResultsPanel": {
        "No message sent yet.": "Nessun messaggio ancora inviato.",
        "Send results": "Esito dell'invio",
        "Sending {count} message(s)…": "Invio di {count} messaggi in corso…",
        "Last send: {parts}.": "Ultimo invio: {parts}.",
    },
    "SessionWorker": {
        "Login refused: {reason}": "Accesso rifiutato: {reason}",
    },
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        table = IT.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = table.get(source, COMMON.get(source))
            if text is None:
                if translation.get("type") == "unfinished" or not translation.text:
                    missing.append((name, source))
                continue
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
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
