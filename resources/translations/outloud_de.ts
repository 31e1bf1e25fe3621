<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>channel</name>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Internes Netzwerk</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone or video</source>
        <translation>Telefon oder Video</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run a whole program on PostgreSQL: init, add-circle, add-member, move-member, remove-member, list</source>
        <translation>Ein ganzes Programm auf PostgreSQL betreiben: init, add-circle, add-member, move-member, remove-member, list</translation>
    </message>
</context>
<context>
    <name>closeness</name>
    <message>
        <source>does not know I exist</source>
        <translation>weiß nicht, dass es mich gibt</translation>
    </message>
    <message>
        <source>aware of me</source>
        <translation>hat schon von mir gehört</translation>
    </message>
    <message>
        <source>we have interacted a little</source>
        <translation>wir hatten ein wenig Kontakt</translation>
    </message>
    <message>
        <source>we have exchanged or collaborated</source>
        <translation>wir haben uns ausgetauscht oder zusammengearbeitet</translation>
    </message>
    <message>
        <source>we help each other regularly</source>
        <translation>wir helfen uns regelmäßig</translation>
    </message>
    <message>
        <source>trusted: I could ask for almost anything</source>
        <translation>Vertrauen: ich könnte um fast alles bitten</translation>
    </message>
    <message>
        <source>unknown to them</source>
        <translation>kennt mich nicht</translation>
    </message>
    <message>
        <source>knows of me</source>
        <translation>kennt mich</translation>
    </message>
    <message>
        <source>a little contact</source>
        <translation>wenig Kontakt</translation>
    </message>
    <message>
        <source>exchanged</source>
        <translation>ausgetauscht</translation>
    </message>
    <message>
        <source>mutual help</source>
        <translation>helfen uns</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>Vertrauen</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Share their work</source>
        <translation>Arbeit anderer teilen</translation>
    </message>
    <message>
        <source>Share my learning</source>
        <translation>Eigenes Lernen teilen</translation>
    </message>
    <message>
        <source>Thoughtful question</source>
        <translation>Durchdachte Frage</translation>
    </message>
    <message>
        <source>Connect the dots</source>
        <translation>Verbindungen herstellen</translation>
    </message>
    <message>
        <source>Offer help</source>
        <translation>Hilfe anbieten</translation>
    </message>
    <message>
        <source>Collaborate</source>
        <translation>Zusammenarbeiten</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Fürsprache</translation>
    </message>
</context>
<context>
    <name>outloud</name>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>Aktualisieren der Datenbank auf Version %1</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The server %1 refused the login of “%2”: the password is wrong or missing. Outloud never stores passwords; give it through ~/.pgpass, a service file or PGPASSWORD.</source>
        <translation>Der Server %1 hat die Anmeldung von „%2“ abgelehnt: Das Passwort ist falsch oder fehlt. Outloud speichert nie Passwörter; gib es über ~/.pgpass, eine Servicedatei oder PGPASSWORD an.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. Ask its administrator to create it (Outloud fills an empty database, but does not create one).</source>
        <translation>Der Server %1 hat keine Datenbank „%2“. Bitte seine Administration, sie anzulegen (Outloud füllt eine leere Datenbank, legt aber keine an).</translation>
    </message>
    <message>
        <source>Could not reach the PostgreSQL server for %1: is it running, and is the address right? (%2)</source>
        <translation>Der PostgreSQL-Server für %1 ist nicht erreichbar: Läuft er, und stimmt die Adresse? (%2)</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>prepare the next id</source>
        <translation>Vorbereiten der nächsten ID</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contributions</source>
        <translation>
            <numerusform>%1 von %n Beitrag</numerusform>
            <numerusform>%1 von %n Beiträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>no one is due</source>
        <translation>niemand ist fällig</translation>
    </message>
    <message>
        <source>%1 is due</source>
        <translation>%1 ist fällig</translation>
    </message>
    <message>
        <source>%1 are due</source>
        <translation>%1 sind fällig</translation>
    </message>
    <message>
        <source>meeting today %1</source>
        <translation>Treffen heute %1</translation>
    </message>
    <message>
        <source>meeting %1 %2</source>
        <translation>Treffen %1 %2</translation>
    </message>
    <message>
        <source>Outloud · week %1 of %2</source>
        <translation>Outloud · Woche %1 von %2</translation>
    </message>
    <message>
        <source>Outloud · your week</source>
        <translation>Outloud · deine Woche</translation>
    </message>
    <message>
        <source>this folder is read-only</source>
        <translation>dieser Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2 is a file.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2 ist eine Datei.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Outloud does not replace it.</source>
        <translation>%1 gibt es schon; Outloud ersetzt die Datei nicht.</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk could not be written (it may be full or removed)</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden (er ist vielleicht voll oder entfernt)</translation>
    </message>
    <message>
        <source>Could not %1: your login may not change this on the server. The program&apos;s rules keep each person&apos;s own list to them and the circle&apos;s meetings to its facilitator.</source>
        <translation>%1 fehlgeschlagen: Deine Anmeldung darf das auf dem Server nicht ändern. Nach den Regeln des Programms gehört die eigene Liste jeder Person nur ihr und die Treffen des Circles seiner Moderation.</translation>
    </message>
</context>
<context>
    <name>outloud::AddContributionCommand</name>
    <message>
        <source>Log a contribution to %1</source>
        <translation>Beitrag an %1 erfassen</translation>
    </message>
    <message>
        <source>Log a contribution from %1</source>
        <translation>Beitrag von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>outloud::AddContributionWithPersonCommand</name>
    <message>
        <source>Log a contribution to new person %1</source>
        <translation>Beitrag an neue Person %1 erfassen</translation>
    </message>
    <message>
        <source>Log a contribution from new person %1</source>
        <translation>Beitrag von neuer Person %1 erfassen</translation>
    </message>
</context>
<context>
    <name>outloud::AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>outloud::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from an Outloud export</source>
        <translation>Aus einem Outloud-Export wiederherstellen</translation>
    </message>
    <message>
        <source>Outloud export (*.json);;All files (*)</source>
        <translation>Outloud-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Outloud copies your data once a day when you open it and keeps the last %1 copies. Restoring replaces everything with the copy; what it replaces is kept as a backup too.</source>
        <translation>Outloud kopiert deine Daten einmal am Tag beim Öffnen und behält die letzten %1 Kopien. Wiederherstellen ersetzt alles durch die Kopie; was dabei ersetzt wird, bleibt ebenfalls als Sicherung erhalten.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore This Backup…</source>
        <translation>Diese Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore from Export…</source>
        <translation>Aus Export wiederherstellen …</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Nach %1 gesichert.</translation>
    </message>
    <message>
        <source>Replace everything in Outloud with the backup made %1? What it replaces is kept as a backup.</source>
        <translation>Alles in Outloud durch die Sicherung vom %1 ersetzen? Was dabei ersetzt wird, bleibt als Sicherung erhalten.</translation>
    </message>
    <message>
        <source>Restored the backup made %1. What it replaced is the newest backup in the list.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt. Was sie ersetzt hat, ist die neueste Sicherung in der Liste.</translation>
    </message>
    <message>
        <source>Replace everything in Outloud with the export %1? What it replaces is kept as a backup.</source>
        <translation>Alles in Outloud durch den Export %1 ersetzen? Was dabei ersetzt wird, bleibt als Sicherung erhalten.</translation>
    </message>
    <message>
        <source>Restored %1. What it replaced is the newest backup in the list.</source>
        <translation>%1 ist wiederhergestellt. Was es ersetzt hat, ist die neueste Sicherung in der Liste.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Restoring the backup made %1…</source>
        <translation>Die Sicherung vom %1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The server&apos;s own backups keep this database; Outloud makes no daily copy of it. Back Up Now saves Outloud&apos;s data as a JSON archive in the folder below and keeps the last %1. Restoring replaces everything with an archive; what it replaces is kept as an archive too.</source>
        <translation>Diese Datenbank sichert der Server selbst; Outloud legt von ihr keine tägliche Kopie an. „Jetzt sichern“ speichert Outlouds Daten als JSON-Archiv im Ordner unten und behält die letzten %1. Wiederherstellen ersetzt alles durch ein Archiv; was dabei ersetzt wird, bleibt ebenfalls als Archiv erhalten.</translation>
    </message>
</context>
<context>
    <name>outloud::CalendarExport</name>
    <message>
        <source>%1, week %2: %3</source>
        <translation>%1, Woche %2: %3</translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation>%1, Woche %2</translation>
    </message>
    <message>
        <source>%1 min: %2</source>
        <translation>%1 Min.: %2</translation>
    </message>
    <message>
        <source>There is no such circle.</source>
        <translation>Diesen Circle gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>outloud::ChartWidget</name>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1: %2 bis %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1: %2 throughout.</source>
        <translation>%1: durchgehend %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>outloud::CircleEditCommand</name>
    <message>
        <source>Rename the circle to %1</source>
        <translation>Circle in %1 umbenennen</translation>
    </message>
    <message>
        <source>Add %1 to the circle</source>
        <translation>%1 in den Circle aufnehmen</translation>
    </message>
</context>
<context>
    <name>outloud::CirclePage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 meets on %2s at %3, %4 weeks from %5.</source>
        <translation>%1 trifft sich jeden %2 um %3, %4 Wochen ab %5.</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Circle name</source>
        <translation>Name des Circles</translation>
    </message>
    <message>
        <source>Add a member: name, then Enter</source>
        <translation>Neues Mitglied: Name, dann Eingabe</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Name des neuen Mitglieds</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>The facilitator serves the group: invites, schedules, keeps time.</source>
        <translation>Die Moderation dient der Gruppe: lädt ein, plant die Termine, achtet auf die Zeit.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Moderation:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>%1 joined the circle.</source>
        <translation>%1 ist dem Circle beigetreten.</translation>
    </message>
    <message>
        <source>%1 facilitates the circle.</source>
        <translation>%1 moderiert den Circle.</translation>
    </message>
    <message>
        <source>The circle has no facilitator.</source>
        <translation>Der Circle hat keine Moderation.</translation>
    </message>
</context>
<context>
    <name>outloud::CircleService</name>
    <message>
        <source>Every member needs a name.</source>
        <translation>Jedes Mitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>create the circle</source>
        <translation>Anlegen des Circles</translation>
    </message>
    <message>
        <source>add a member</source>
        <translation>Hinzufügen eines Mitglieds</translation>
    </message>
    <message>
        <source>choose the facilitator</source>
        <translation>Festlegen der Moderation</translation>
    </message>
    <message>
        <source>plan the meetings</source>
        <translation>Planen der Treffen</translation>
    </message>
    <message>
        <source>update the circle</source>
        <translation>Aktualisieren des Circles</translation>
    </message>
    <message>
        <source>rename the member</source>
        <translation>Umbenennen des Mitglieds</translation>
    </message>
    <message>
        <source>A circle works best with 2 to 5 members; with fewer there is no one to share the hour with.</source>
        <translation>Ein Circle funktioniert am besten mit 2 bis 5 Mitgliedern; mit weniger ist niemand da, mit dem du die Stunde teilst.</translation>
    </message>
    <message>
        <source>A circle works best with 2 to 5 members; with %1 there is little time left for each person.</source>
        <translation>Ein Circle funktioniert am besten mit 2 bis 5 Mitgliedern; mit %1 bleibt für jede Person wenig Zeit.</translation>
    </message>
    <message>
        <source>choose who you are in the circle</source>
        <translation>Festlegen, wer du im Circle bist</translation>
    </message>
    <message>
        <source>remove the member</source>
        <translation>Entfernen des Mitglieds</translation>
    </message>
    <message>
        <source>This member already has people on their list.</source>
        <translation>Dieses Mitglied hat schon Menschen auf seiner Liste.</translation>
    </message>
    <message>
        <source>The circle needs a name.</source>
        <translation>Der Circle braucht einen Namen.</translation>
    </message>
    <message>
        <source>The start date must be a date between 2000 and 2100.</source>
        <translation>Das Startdatum muss zwischen 2000 und 2100 liegen.</translation>
    </message>
    <message>
        <source>The meeting day must be a day of the week.</source>
        <translation>Der Tag der Treffen muss ein Wochentag sein.</translation>
    </message>
    <message>
        <source>A circle runs from 1 to 52 weeks.</source>
        <translation>Ein Circle läuft 1 bis 52 Wochen.</translation>
    </message>
</context>
<context>
    <name>outloud::CircleSwitchDialog</name>
    <message>
        <source>Switch circle</source>
        <translation>Circle wechseln</translation>
    </message>
    <message>
        <source>Type part of a circle&apos;s or a member&apos;s name</source>
        <translation>Tipp einen Teil des Circle- oder Mitgliedsnamens</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Circles</translation>
    </message>
    <message>
        <source>The member whose goal, relationship list and contributions are yours</source>
        <translation>Das Mitglied, dessen Ziel, Beziehungsliste und Beiträge deine sind</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>&amp;Open circle</source>
        <translation>Circle ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · starts %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 · beginnt %2 · %n Mitglied</numerusform>
            <numerusform>%1 · beginnt %2 · %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>me: %1</source>
        <translation>ich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n Circle</numerusform>
            <numerusform>%n Circles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 circles</source>
        <translation>%1 von %2 Circles</translation>
    </message>
</context>
<context>
    <name>outloud::ClosenessDelegate</name>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>outloud::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>wol.example.com, or a socket folder such as /run/postgresql</source>
        <translation>wol.example.com, oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>dein Anmeldename</translation>
    </message>
    <message>
        <source>prefer (encrypt if the server offers it)</source>
        <translation>prefer (verschlüsseln, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>require (always encrypt)</source>
        <translation>require (immer verschlüsseln)</translation>
    </message>
    <message>
        <source>verify-full (encrypt and check the server&apos;s certificate)</source>
        <translation>verify-full (verschlüsseln und das Zertifikat des Servers prüfen)</translation>
    </message>
    <message>
        <source>disable (never encrypt)</source>
        <translation>disable (nie verschlüsseln)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;SSL:</source>
        <translation>&amp;SSL:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Outloud never asks for or stores a password: PostgreSQL finds it in ~/.pgpass, a service file, PGPASSWORD or Kerberos. Options such as connect_timeout go at the end of the address (?connect_timeout=5).</source>
        <translation>Outloud fragt nie nach einem Passwort und speichert keines: PostgreSQL findet es in ~/.pgpass, einer Servicedatei, PGPASSWORD oder über Kerberos. Optionen wie connect_timeout kommen ans Ende der Adresse (?connect_timeout=5).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Gib den Namen der Datenbank auf dem Server an.</translation>
    </message>
</context>
<context>
    <name>outloud::ContributionDialog</name>
    <message>
        <source>Edit a contribution</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>(nothing noted)</source>
        <translation>(nichts notiert)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>What it &amp;brought:</source>
        <translation>Was es &amp;gebracht hat:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>outloud::ContributionModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Was es gebracht hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>outloud::ContributionService</name>
    <message>
        <source>Choose who the contribution was to or from.</source>
        <translation>Wähle, an wen der Beitrag ging oder von wem er kam.</translation>
    </message>
    <message>
        <source>The date must lie between 1 January 2000 and a year from today.</source>
        <translation>Das Datum muss zwischen dem 1. Januar 2000 und einem Jahr ab heute liegen.</translation>
    </message>
    <message>
        <source>Choose the kind of contribution.</source>
        <translation>Wähle die Art des Beitrags.</translation>
    </message>
    <message>
        <source>Only a received contribution records what it brought.</source>
        <translation>Nur bei einem erhaltenen Beitrag wird festgehalten, was er gebracht hat.</translation>
    </message>
    <message>
        <source>log the contribution</source>
        <translation>Erfassen des Beitrags</translation>
    </message>
    <message>
        <source>save the contribution</source>
        <translation>Speichern des Beitrags</translation>
    </message>
    <message>
        <source>remove the contribution</source>
        <translation>Entfernen des Beitrags</translation>
    </message>
    <message>
        <source>A kind of contribution needs a name.</source>
        <translation>Eine Beitragsart braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a kind called “%1”.</source>
        <translation>Es gibt schon eine Art namens „%1“.</translation>
    </message>
    <message>
        <source>add the kind</source>
        <translation>Hinzufügen der Art</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>Ein Kanal braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a channel called “%1”.</source>
        <translation>Es gibt schon einen Kanal namens „%1“.</translation>
    </message>
    <message>
        <source>add the channel</source>
        <translation>Hinzufügen des Kanals</translation>
    </message>
    <message>
        <source>restore the contribution</source>
        <translation>Wiederherstellen des Beitrags</translation>
    </message>
</context>
<context>
    <name>outloud::ContributionsPage</name>
    <message>
        <source>Only this week</source>
        <translation>Nur diese Woche</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Filter by person or note</source>
        <translation>Nach Person oder Notiz filtern</translation>
    </message>
    <message>
        <source>Only this direction</source>
        <translation>Nur diese Richtung</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Gegeben und erhalten</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Only this kind</source>
        <translation>Nur diese Art</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Only this channel</source>
        <translation>Nur dieser Kanal</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>Contributions log</source>
        <translation>Beitragsprotokoll</translation>
    </message>
    <message>
        <source>Remove contribution</source>
        <translation>Beitrag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a contribution</source>
        <translation>Beitrag erfassen</translation>
    </message>
    <message>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation>Entfernt. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>Edit contribution…</source>
        <translation>Beitrag bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>%n or more contributions, counting…</source>
        <translation>
            <numerusform>%n oder mehr Beiträge, wird gezählt…</numerusform>
            <numerusform>%n oder mehr Beiträge, wird gezählt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::DashboardWidget</name>
    <message>
        <source>Whose overview to show: yours or another member&apos;s of the circle.</source>
        <translation>Wessen Übersicht gezeigt wird: deine oder die eines anderen Mitglieds des Circles.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Given per received</source>
        <translation>Gegeben pro erhalten</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Gewohnheitsstärke</translation>
    </message>
    <message>
        <source>Given minus received: above zero you are a resource to your network.</source>
        <translation>Gegeben minus erhalten: Über null bist du eine Ressource für dein Netzwerk.</translation>
    </message>
    <message>
        <source>How many contributions you gave for each one you received.</source>
        <translation>Wie viele Beiträge du für jeden erhaltenen gegeben hast.</translation>
    </message>
    <message>
        <source>Weeks in a row in which you reached your weekly target.
The current week counts as soon as its target is reached.</source>
        <translation>Wochen in Folge, in denen du dein Wochenziel erreicht hast.
Die laufende Woche zählt, sobald ihr Ziel erreicht ist.</translation>
    </message>
    <message>
        <source>&amp;Balance and progress</source>
        <translation>&amp;Bilanz und Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Overview: %1</source>
        <translation>Übersicht: %1</translation>
    </message>
    <message>
        <source>The circle starts on %1; the weekly charts fill in as the weeks pass.</source>
        <translation>Der Circle beginnt am %1; die Wochendiagramme füllen sich, während die Wochen vergehen.</translation>
    </message>
    <message>
        <source>The circle&apos;s %1 weeks are over.</source>
        <translation>Die %1 Wochen des Circles sind vorbei.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>You gave %1 contributions for each one you received (%2 given, %3 received).</source>
        <translation>Du hast für jeden erhaltenen Beitrag %1 gegeben (%2 gegeben, %3 erhalten).</translation>
    </message>
    <message>
        <source>Nothing received yet, so there is no ratio.</source>
        <translation>Noch nichts erhalten, daher gibt es kein Verhältnis.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Now: %1 % (exactly %2), after week %3; weekly target %4.</source>
        <translation>Jetzt: %1 % (genau %2), nach Woche %3; Wochenziel %4.</translation>
    </message>
    <message>
        <source>After week %1: given minus received = %2</source>
        <translation>Nach Woche %1: gegeben minus erhalten = %2</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Now, closeness %1 (%2): %3</source>
        <translation>Jetzt, Nähe %1 (%2): %3</translation>
    </message>
    <message>
        <source>End of week 1, closeness %1 (%2): %3</source>
        <translation>Ende von Woche 1, Nähe %1 (%2): %3</translation>
    </message>
    <message>
        <source>Week %1: %2 given, target %3</source>
        <translation>Woche %1: %2 gegeben, Ziel %3</translation>
    </message>
    <message>
        <source>(reached)</source>
        <translation>(erreicht)</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(nicht erreicht)</translation>
    </message>
    <message>
        <source>%1: I gave %2, received %3</source>
        <translation>%1: ich habe %2 gegeben, %3 erhalten</translation>
    </message>
    <message>
        <source>Contributions given in the circle so far.</source>
        <translation>Beiträge, die du im Circle bisher gegeben hast.</translation>
    </message>
    <message>
        <source>Contributions received in the circle so far.</source>
        <translation>Beiträge, die du im Circle bisher erhalten hast.</translation>
    </message>
    <message>
        <source>Figures as of %1: the circle has not started yet.</source>
        <translation>Stand %1: Der Circle hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Figures as of %1: given, received and balance over weeks 1 to %2 of the circle; streak and habit strength up to week %3.</source>
        <translation>Stand %1: Gegeben, Erhalten und Bilanz über die Wochen 1 bis %2 des Circles; Serie und Gewohnheitsstärke bis Woche %3.</translation>
    </message>
    <message>
        <source>Keep in &amp;touch</source>
        <translation>In &amp;Kontakt bleiben</translation>
    </message>
</context>
<context>
    <name>outloud::Database</name>
    <message>
        <source>No database file was given</source>
        <translation>Keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Outloud database</source>
        <translation>%1 ist ein Ordner, keine Outloud-Datenbank</translation>
    </message>
    <message>
        <source>%1 is not an Outloud database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Outloud-Datenbank (es ist keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>%1 is damaged or not an Outloud database. It was left unchanged.</source>
        <translation>%1 ist beschädigt oder keine Outloud-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>read the database version</source>
        <translation>Lesen der Datenbankversion</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Outloud database. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Outloud-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outloud (database version %2; this version reads up to %3). Please update Outloud. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Outloud-Version geschrieben (Datenbankversion %2; diese Version liest bis Version %3). Bitte aktualisiere Outloud. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>prepare the database</source>
        <translation>Vorbereiten der Datenbank</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: the Qt driver for it is missing (on Debian, install the package libqt6sql6-psql).</source>
        <translation>Diese Installation kann PostgreSQL nicht erreichen: Der Qt-Treiber dafür fehlt (unter Debian installiere das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database at %1 belongs to another program, not to Outloud. It was left unchanged.</source>
        <translation>Die Datenbank unter %1 gehört zu einem anderen Programm, nicht zu Outloud. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database at %1 holds no Outloud data yet. It was left unchanged.</source>
        <translation>Die Datenbank unter %1 enthält noch keine Outloud-Daten. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database at %1 was written by a newer version of Outloud (database version %2; this version reads up to %3). Please update Outloud. The database was left unchanged.</source>
        <translation>Die Datenbank unter %1 wurde von einer neueren Outloud-Version geschrieben (Datenbankversion %2; diese Version liest bis Version %3). Bitte aktualisiere Outloud. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Outloud database. It was left unchanged.</source>
        <translation>%1 ist eine leere Datei, keine Outloud-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <source>%1 is read-only and was made by an older Outloud; make it writable so that Outloud can upgrade it. It was left unchanged.</source>
        <translation>%1 ist schreibgeschützt und stammt von einem älteren Outloud; mach die Datei beschreibbar, damit Outloud sie aktualisieren kann. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder, so Outloud cannot save anything in it; the file was left unchanged.</source>
        <translation>%1 liegt in einem schreibgeschützten Ordner, deshalb kann Outloud darin nichts speichern; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is read-only (its owner may not write it), so Outloud changes nothing in it; the file was left unchanged. Make it writable first (chmod u+w).</source>
        <translation>%1 ist schreibgeschützt (auch für dich als Eigentümer), deshalb ändert Outloud nichts darin; die Datei wurde nicht verändert. Mach sie zuerst beschreibbar (chmod u+w).</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost, so nothing was saved. Reconnect (File &gt; Connect to a server) and try again.</source>
        <translation>Die Verbindung zum Server %1 ist verloren, deshalb wurde nichts gespeichert. Verbinde dich neu (Datei &gt; Mit einem Server verbinden) und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost, so this change was not saved. Reconnect and try again.</source>
        <translation>Die Verbindung zum Server %1 ist abgerissen, deshalb wurde diese Änderung nicht gespeichert. Verbinde dich neu und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>outloud::DemoGenerator</name>
    <message>
        <source>The demo is only written into an empty database.</source>
        <translation>Die Demo wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
</context>
<context>
    <name>outloud::EditContributionCommand</name>
    <message>
        <source>Edit a contribution</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>outloud::EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>outloud::Editor</name>
    <message>
        <source>That person is no longer on the list.</source>
        <translation>Diese Person steht nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <source>That contribution is no longer in the log.</source>
        <translation>Dieser Beitrag steht nicht mehr im Protokoll.</translation>
    </message>
</context>
<context>
    <name>outloud::ExportRunner</name>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Der Export wird angehalten…</translation>
    </message>
    <message>
        <source>Exporting %L1 of %L2 rows…</source>
        <translation>Exportiere %L1 von %L2 Zeilen…</translation>
    </message>
</context>
<context>
    <name>outloud::ExportSummaryDialog</name>
    <message>
        <source>Export week summary</source>
        <translation>Wochenzusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Week %1 (from %2)</source>
        <translation>Woche %1 (ab %2)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>The whole circle (facilitator&apos;s summary)</source>
        <translation>Der ganze Circle (Zusammenfassung für die Moderation)</translation>
    </message>
    <message>
        <source>Whose summary</source>
        <translation>Wessen Zusammenfassung</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>&amp;Summary of:</source>
        <translation>&amp;Zusammenfassung für:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Week %1 summary - %2</source>
        <translation>Woche %1 Zusammenfassung - %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wähle die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Der Export wird angehalten…</translation>
    </message>
    <message>
        <source>Reading the week…</source>
        <translation>Die Woche wird gelesen…</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Seite %1 wird gesetzt…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>outloud::FacilitatorNotes</name>
    <message>
        <source>%1 missed the last two meetings. A friendly message may help.</source>
        <translation>%1 hat die letzten beiden Treffen verpasst. Eine freundliche Nachricht kann helfen.</translation>
    </message>
    <message>
        <source>%1 has logged nothing for two weeks. Ask how it is going.</source>
        <translation>%1 hat seit zwei Wochen nichts erfasst. Frag nach, wie es läuft.</translation>
    </message>
    <message>
        <source>Next meeting (week %1): %2, &quot;%3&quot;</source>
        <translation>Nächstes Treffen (Woche %1): %2, „%3“</translation>
    </message>
    <message>
        <source>Next meeting (week %1): %2</source>
        <translation>Nächstes Treffen (Woche %1): %2</translation>
    </message>
</context>
<context>
    <name>outloud::FreedesktopNotifier</name>
    <message>
        <source>Open Outloud</source>
        <translation>Outloud öffnen</translation>
    </message>
</context>
<context>
    <name>outloud::GoalPage</name>
    <message>
        <source>My goal</source>
        <translation>Mein Ziel</translation>
    </message>
    <message>
        <source>What am I trying to accomplish?</source>
        <translation>Was möchte ich erreichen?</translation>
    </message>
    <message>
        <source>Why does it matter to me?</source>
        <translation>Warum ist es mir wichtig?</translation>
    </message>
    <message>
        <source>What would progress look like?</source>
        <translation>Wie sähe Fortschritt aus?</translation>
    </message>
    <message>
        <source> contributions a week</source>
        <translation> Beiträge pro Woche</translation>
    </message>
    <message>
        <source>Weekly contribution target</source>
        <translation>Wöchentliches Beitragsziel</translation>
    </message>
    <message>
        <source>How many contributions you aim for each week. Steady weekly effort matters more than bursts.</source>
        <translation>Wie viele Beiträge du dir pro Woche vornimmst. Stetige Mühe Woche für Woche zählt mehr als einzelne Kraftakte.</translation>
    </message>
    <message>
        <source>What am I trying to &amp;accomplish?</source>
        <translation>Was möchte ich &amp;erreichen?</translation>
    </message>
    <message>
        <source>&amp;Why does it matter to me?</source>
        <translation>&amp;Warum ist es mir wichtig?</translation>
    </message>
    <message>
        <source>What would &amp;progress in twelve weeks look like?</source>
        <translation>Wie sähe &amp;Fortschritt in zwölf Wochen aus?</translation>
    </message>
    <message>
        <source>Weekly &amp;target:</source>
        <translation>Wochen&amp;ziel:</translation>
    </message>
    <message>
        <source>&amp;Save as a new revision</source>
        <translation>Als neue Fassung &amp;speichern</translation>
    </message>
    <message>
        <source>Goals change during a circle; every revision is kept with its date.</source>
        <translation>Ziele ändern sich während eines Circles; jede Fassung bleibt mit ihrem Datum erhalten.</translation>
    </message>
    <message>
        <source>Revisions of my goal</source>
        <translation>Fassungen meines Ziels</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Überarbeitet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Weekly target</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Current since %1</source>
        <translation>Gilt seit %1</translation>
    </message>
    <message>
        <source>No goal yet. A goal you care about, where progress in twelve weeks is possible and where other people can help.</source>
        <translation>Noch kein Ziel. Wähle eines, das dir am Herzen liegt, bei dem in zwölf Wochen Fortschritt möglich ist und bei dem andere helfen können.</translation>
    </message>
    <message>
        <source>Nothing changed since the last revision.</source>
        <translation>Seit der letzten Fassung hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Goal saved as a new revision.</source>
        <translation>Ziel als neue Fassung gespeichert.</translation>
    </message>
</context>
<context>
    <name>outloud::GoalService</name>
    <message>
        <source>Say what you are trying to accomplish.</source>
        <translation>Sag, was du erreichen möchtest.</translation>
    </message>
    <message>
        <source>The weekly target must be between 0 and 100 contributions.</source>
        <translation>Das Wochenziel muss zwischen 0 und 100 Beiträgen liegen.</translation>
    </message>
    <message>
        <source>save the goal</source>
        <translation>Speichern des Ziels</translation>
    </message>
    <message>
        <source>undo the goal revision</source>
        <translation>Zurücknehmen der Zielfassung</translation>
    </message>
</context>
<context>
    <name>outloud::ImportDialog</name>
    <message>
        <source>Import people into the list of %1</source>
        <translation>Personen in die Liste von %1 importieren</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv, a CSV or a vCard file</source>
        <translation>LinkedIn-Connections.csv, eine CSV- oder eine vCard-Datei</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>Wie lesen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Strich ( | )</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Welche Spalte enthält was:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Kommt in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>This is an Outloud JSON export, a whole database: restore it from Backups instead.</source>
        <translation>Das ist ein Outloud-JSON-Export, eine ganze Datenbank: Stell ihn stattdessen unter Sicherungen wieder her.</translation>
    </message>
    <message>
        <source>%1, %2, delimiter “%3”</source>
        <translation>%1, %2, Trennzeichen „%3“</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%L1 to add, %L2 to merge, %L3 to skip.</source>
        <translation>%L1 hinzufügen, %L2 zusammenführen, %L3 überspringen.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Aus dieser Datei lässt sich nichts importieren.</translation>
    </message>
    <message>
        <source>Saving the merges: %p%</source>
        <translation>Zusammenführungen werden gespeichert: %p%</translation>
    </message>
    <message>
        <source>Reading the file: %p%</source>
        <translation>Datei wird gelesen: %p%</translation>
    </message>
</context>
<context>
    <name>outloud::ImportPeopleCommand</name>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>%n Person importieren</numerusform>
            <numerusform>%n Personen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::JoinCircleDialog</name>
    <message>
        <source>Join a circle</source>
        <translation>Einem Circle beitreten</translation>
    </message>
    <message>
        <source>Circle:</source>
        <translation>Circle:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <source>%1 weeks, %2s at %3, from %4</source>
        <translation>%1 Wochen, %2s um %3, ab %4</translation>
    </message>
    <message>
        <source>%1 (facilitator)</source>
        <translation>%1 (Moderation)</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Ich bin:</translation>
    </message>
    <message>
        <source>The circle, its meetings and members come into your own database. Your goal, list and contributions stay yours: nothing is sent anywhere by joining.</source>
        <translation>Der Circle, seine Treffen und Mitglieder kommen in deine eigene Datenbank. Dein Ziel, deine Liste und deine Beiträge bleiben deine: Durch das Beitreten wird nichts verschickt.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>outloud::KeepInTouchDefaultsWidget</name>
    <message>
        <source>Keep in touch, unless set for a person:</source>
        <translation>In Kontakt bleiben, wenn für eine Person nichts anderes eingestellt ist:</translation>
    </message>
    <message>
        <source>Keep in touch at closeness %1</source>
        <translation>Bei Nähe %1 in Kontakt bleiben</translation>
    </message>
</context>
<context>
    <name>outloud::KeepInTouchPanel</name>
    <message>
        <source>Who is due and who is losing touch</source>
        <translation>Wer fällig ist und bei wem der Kontakt einschläft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the person.</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Person.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 · losing touch</source>
        <translation>%1 · Kontakt schläft ein</translation>
    </message>
    <message>
        <source>%1 · this week</source>
        <translation>%1 · diese Woche</translation>
    </message>
    <message>
        <source>Keep in touch: everyone is on track this week.</source>
        <translation>In Kontakt bleiben: Diese Woche ist niemand fällig.</translation>
    </message>
    <message>
        <source>Keep in touch: %1 losing touch, %2 due this week (%3)</source>
        <translation>In Kontakt bleiben: bei %1 schläft der Kontakt ein, %2 diese Woche fällig (%3)</translation>
    </message>
    <message>
        <source>Keep in &amp;touch</source>
        <translation>In &amp;Kontakt bleiben</translation>
    </message>
    <message>
        <source>Keep in &amp;touch (%1)</source>
        <translation>In &amp;Kontakt bleiben (%1)</translation>
    </message>
</context>
<context>
    <name>outloud::KeepInTouchService</name>
    <message>
        <source>Keep in touch at least once a year (every 52 weeks at most).</source>
        <translation>Bleib mindestens einmal im Jahr in Kontakt (höchstens alle 52 Wochen).</translation>
    </message>
    <message>
        <source>save the default rhythm</source>
        <translation>Speichern des üblichen Rhythmus</translation>
    </message>
    <message>
        <source>save the rhythm</source>
        <translation>Speichern des Rhythmus</translation>
    </message>
    <message>
        <source>That person is no longer on the list.</source>
        <translation>Diese Person steht nicht mehr auf der Liste.</translation>
    </message>
</context>
<context>
    <name>outloud::LanguageSettingWidget</name>
    <message>
        <source>Same as the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Outloud shows the new language the next time it starts.</source>
        <translation>Outloud zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>outloud::MainWindow</name>
    <message>
        <source>Outloud</source>
        <translation>Outloud</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – Outloud</source>
        <translation>%1 – Outloud</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Beginnt am %1</translation>
    </message>
    <message>
        <source>Finished after %1 weeks</source>
        <translation>Nach %1 Wochen abgeschlossen</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another Outloud database</source>
        <translation>Eine andere Outloud-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Log a contribution</source>
        <translation>Beitrag &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove selected person</source>
        <translation>Ausgewählte Person ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>Bei&amp;träge</translation>
    </message>
    <message>
        <source>Circle &amp;&amp; &amp;meetings</source>
        <translation>&amp;Circle &amp;&amp; Treffen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Outloud</source>
        <translation>Über &amp;Outloud</translation>
    </message>
    <message>
        <source>About Outloud</source>
        <translation>Über Outloud</translation>
    </message>
    <message>
        <source>Outloud %1
A companion for Working Out Loud circles: your goal, your relationships, what you give and receive, week by week.</source>
        <translation>Outloud %1
Ein Begleiter für Working-Out-Loud-Circles: dein Ziel, deine Beziehungen, was du gibst und bekommst, Woche für Woche.</translation>
    </message>
    <message>
        <source>Open an Outloud database</source>
        <translation>Outloud-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Outloud databases (*.sqlite);;All files (*)</source>
        <translation>Outloud-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Circle &amp; meetings</source>
        <translation>Circle &amp; Treffen</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Nächstes Treffen: %1</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the meetings as an iCalendar file that calendar apps import</source>
        <translation>Die Treffen als iCalendar-Datei speichern, die Kalender-Apps importieren</translation>
    </message>
    <message>
        <source>Meeting mo&amp;de</source>
        <translation>&amp;Treffen-Modus</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Treffen-Modus</translation>
    </message>
    <message>
        <source>&amp;Export week summary…</source>
        <translation>Wochenzusammenfassung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>A one- or two-page PDF of a member&apos;s week, or the whole circle&apos;s</source>
        <translation>Ein ein- oder zweiseitiges PDF der Woche eines Mitglieds oder des ganzen Circles</translation>
    </message>
    <message>
        <source>&amp;Print week summary…</source>
        <translation>Wochenzusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>Personen &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring people in from LinkedIn&apos;s Connections.csv, another CSV file or vCards</source>
        <translation>Personen aus der Connections.csv von LinkedIn, einer anderen CSV-Datei oder aus vCards übernehmen</translation>
    </message>
    <message>
        <source>Export &amp;data</source>
        <translation>&amp;Daten exportieren</translation>
    </message>
    <message>
        <source>Relationship list as CSV…</source>
        <translation>Beziehungsliste als CSV…</translation>
    </message>
    <message>
        <source>Contributions as CSV…</source>
        <translation>Beiträge als CSV…</translation>
    </message>
    <message>
        <source>Everything as JSON…</source>
        <translation>Alles als JSON…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No backup was made today: %1</source>
        <translation>Heute wurde keine Sicherung angelegt: %1</translation>
    </message>
    <message>
        <source>Ci&amp;rcle</source>
        <translation>Ci&amp;rcle</translation>
    </message>
    <message>
        <source>&amp;Switch circle or who I am…</source>
        <translation>Circle oder mich &amp;wechseln…</translation>
    </message>
    <message>
        <source>Show another circle of this file, or choose which member is you</source>
        <translation>Einen anderen Circle dieser Datei zeigen oder wählen, welches Mitglied du bist</translation>
    </message>
    <message>
        <source>Start a &amp;new circle…</source>
        <translation>&amp;Neuen Circle beginnen…</translation>
    </message>
    <message>
        <source>Showing %1, as %2.</source>
        <translation>%1 wird gezeigt, als %2.</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>%1 wird gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Invite members…</source>
        <translation>Mitglieder &amp;einladen …</translation>
    </message>
    <message>
        <source>Save an invitation file for the members: the circle, its meetings and members, nothing private</source>
        <translation>Eine Einladungsdatei für die Mitglieder speichern: der Circle, seine Treffen und Mitglieder, nichts Privates</translation>
    </message>
    <message>
        <source>&amp;Join a circle…</source>
        <translation>Einem Circle &amp;beitreten …</translation>
    </message>
    <message>
        <source>Join a circle</source>
        <translation>Einem Circle beitreten</translation>
    </message>
    <message>
        <source>Outloud invitations (*.outloud-invitation);;All files (*)</source>
        <translation>Outloud-Einladungen (*.outloud-invitation);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Share through a folder…</source>
        <translation>Über einen Ordner &amp;teilen …</translation>
    </message>
    <message>
        <source>Share your figures with the circle through a synced or network folder, and see theirs</source>
        <translation>Deine Zahlen über einen synchronisierten oder Netzwerkordner mit dem Circle teilen und die der anderen sehen</translation>
    </message>
    <message>
        <source>Invite members</source>
        <translation>Mitglieder einladen</translation>
    </message>
    <message>
        <source>Outloud invitations (*.outloud-invitation)</source>
        <translation>Outloud-Einladungen (*.outloud-invitation)</translation>
    </message>
    <message>
        <source>Saved %1: send it to the members; opening it in Outloud joins the circle.</source>
        <translation>%1 gespeichert: Schick sie den Mitgliedern; wer sie in Outloud öffnet, tritt dem Circle bei.</translation>
    </message>
    <message>
        <source>You are already in this circle; nothing changed.</source>
        <translation>Du bist schon in diesem Circle; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The circle&apos;s meetings and members are updated.</source>
        <translation>Treffen und Mitglieder des Circles sind aktualisiert.</translation>
    </message>
    <message>
        <source>You joined the circle. Choose File &gt; Share through a folder to share your figures with it.</source>
        <translation>Du bist dem Circle beigetreten. Wähle Datei &gt; Über einen Ordner teilen, um deine Zahlen mit ihm zu teilen.</translation>
    </message>
    <message>
        <source>Share through a folder</source>
        <translation>Über einen Ordner teilen</translation>
    </message>
    <message>
        <source>Nobody in this circle is marked as you, so there is no card to share.</source>
        <translation>In diesem Circle ist niemand als du markiert, also gibt es keine Karte zu teilen.</translation>
    </message>
    <message>
        <source>Your card was not shared: %1</source>
        <translation>Deine Karte wurde nicht geteilt: %1</translation>
    </message>
    <message>
        <source>Network &amp;map…</source>
        <translation>Netzwerk&amp;karte …</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>My circles</source>
        <translation>Meine Circles</translation>
    </message>
    <message>
        <source>The connection to the server was lost; Outloud keeps trying. %1</source>
        <translation>Die Verbindung zum Server ist abgebrochen; Outloud versucht es weiter. %1</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The program (support team)</source>
        <translation>Das Programm (Support-Team)</translation>
    </message>
    <message>
        <source>Program – Outloud</source>
        <translation>Programm – Outloud</translation>
    </message>
    <message>
        <source>%1 · facilitating</source>
        <translation>%1 · Moderation</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Nach %1 gesichert</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Es wurde keine Sicherung angelegt: %1</translation>
    </message>
</context>
<context>
    <name>outloud::MeetingEditCommand</name>
    <message>
        <source>%1 present</source>
        <translation>%1 anwesend</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation>%1 abwesend</translation>
    </message>
    <message>
        <source>Notes on %1&apos;s round</source>
        <translation>Notizen zur Runde von %1</translation>
    </message>
    <message>
        <source>%1&apos;s exercises</source>
        <translation>Übungen von %1</translation>
    </message>
    <message>
        <source>%1&apos;s commitment kept</source>
        <translation>Vorhaben von %1 eingehalten</translation>
    </message>
    <message>
        <source>%1&apos;s commitments</source>
        <translation>Vorhaben von %1</translation>
    </message>
    <message>
        <source>Meeting %1 held</source>
        <translation>Treffen %1 fand statt</translation>
    </message>
</context>
<context>
    <name>outloud::MeetingModeWidget</name>
    <message>
        <source>Week </source>
        <translation>Woche </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>Nächstes Mitglied</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Treffen speichern</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>%1 min  %2</source>
        <translation>%1 Min.  %2</translation>
    </message>
    <message>
        <source>Missed the last two meetings: %1.</source>
        <translation>Die letzten beiden Treffen verpasst: %1.</translation>
    </message>
    <message>
        <source>Nothing logged for two weeks: %1.</source>
        <translation>Seit zwei Wochen nichts erfasst: %1.</translation>
    </message>
    <message>
        <source>For the facilitator, a friendly word may help. %1</source>
        <translation>Für die Moderation: Ein freundliches Wort kann helfen. %1</translation>
    </message>
    <message>
        <source>Before next time: %1</source>
        <translation>Bis zum nächsten Mal: %1</translation>
    </message>
    <message>
        <source>This week has no meeting in the schedule.</source>
        <translation>Für diese Woche ist kein Treffen geplant.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>The agenda is done</source>
        <translation>Die Agenda ist durch</translation>
    </message>
    <message>
        <source>Time is up. Finish the thought, then move on.</source>
        <translation>Die Zeit ist um. Bring den Gedanken zu Ende, dann geht es weiter.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Last part of the meeting</source>
        <translation>Letzter Teil des Treffens</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start or pause the agenda</source>
        <translation>Ablauf starten oder anhalten</translation>
    </message>
    <message>
        <source>Next part of the agenda</source>
        <translation>Nächster Teil des Ablaufs</translation>
    </message>
    <message>
        <source>Back to the previous part</source>
        <translation>Zurück zum vorigen Teil</translation>
    </message>
    <message>
        <source>Restart the agenda</source>
        <translation>Ablauf neu beginnen</translation>
    </message>
    <message>
        <source>One more minute for this part</source>
        <translation>Eine Minute mehr für diesen Teil</translation>
    </message>
    <message>
        <source>One minute less for this part</source>
        <translation>Eine Minute weniger für diesen Teil</translation>
    </message>
    <message>
        <source>Next member&apos;s round</source>
        <translation>Runde des nächsten Mitglieds</translation>
    </message>
    <message>
        <source>Previous member&apos;s round</source>
        <translation>Runde des vorigen Mitglieds</translation>
    </message>
    <message>
        <source>Skip this member for now; their turn comes at the end</source>
        <translation>Dieses Mitglied vorerst überspringen; es kommt am Ende dran</translation>
    </message>
    <message>
        <source>Move this member earlier in the round</source>
        <translation>Dieses Mitglied in der Runde nach vorn</translation>
    </message>
    <message>
        <source>Move this member later in the round</source>
        <translation>Dieses Mitglied in der Runde nach hinten</translation>
    </message>
    <message>
        <source>Present or absent</source>
        <translation>Anwesend oder abwesend</translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation>Treffen speichern</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>Die Woche davor</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>Die Woche danach</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation>Präsentationsmodus: Vollbild, große Schrift</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Diese Tasten zeigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 Min.</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>presentation mode</comment>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Checked: present today. The order is the round&apos;s order.</source>
        <translation>Angehakt: heute anwesend. Die Reihenfolge ist die der Runde.</translation>
    </message>
    <message>
        <source>Members, in round order</source>
        <translation>Mitglieder in der Reihenfolge der Runde</translation>
    </message>
    <message>
        <source>Skipped for now: their turn comes at the end.</source>
        <translation>Vorerst übersprungen: kommt am Ende dran.</translation>
    </message>
    <message>
        <source>%1&apos;s turn comes at the end of the round.</source>
        <translation>%1 kommt am Ende der Runde dran.</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Meeting mode keys</source>
        <translation>Tasten im Treffen-Modus</translation>
    </message>
    <message>
        <source>Undo or redo the last edit (outside a text field)</source>
        <translation>Letzte Änderung rückgängig machen oder wiederholen (außerhalb eines Textfelds)</translation>
    </message>
    <message>
        <source>Tab, Space</source>
        <translation>Tab, Leertaste</translation>
    </message>
    <message>
        <source>Move between the fields; check or uncheck in a list</source>
        <translation>Zwischen den Feldern wechseln; in einer Liste an- oder abhaken</translation>
    </message>
    <message>
        <source>This week has no agenda in the plan.</source>
        <translation>Diese Woche hat im Plan keinen Ablauf.</translation>
    </message>
    <message>
        <source>Back (%1) or Restart (%2) to go on.</source>
        <translation>Mit Zurück (%1) oder Neu beginnen (%2) geht es weiter.</translation>
    </message>
    <message>
        <source>The circle&apos;s facilitator records the meeting; you see what is saved.</source>
        <translation>Die Moderation des Circles hält das Treffen fest; du siehst, was gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>outloud::MeetingRecorder</name>
    <message>
        <source>The circle has no meeting in week %1.</source>
        <translation>Der Circle hat in Woche %1 kein Treffen.</translation>
    </message>
    <message>
        <source>save the meeting</source>
        <translation>Speichern des Treffens</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>Erfassen der Anwesenheit</translation>
    </message>
    <message>
        <source>save the round notes</source>
        <translation>Speichern der Notizen zur Runde</translation>
    </message>
    <message>
        <source>save the exercises</source>
        <translation>Speichern der Übungen</translation>
    </message>
    <message>
        <source>update the commitment</source>
        <translation>Aktualisieren des Vorhabens</translation>
    </message>
    <message>
        <source>save the commitments</source>
        <translation>Speichern der Vorhaben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>outloud::MeetingService</name>
    <message>
        <source>update the meeting</source>
        <translation>Aktualisieren des Treffens</translation>
    </message>
    <message>
        <source>save the meeting notes</source>
        <translation>Speichern der Notizen zum Treffen</translation>
    </message>
    <message>
        <source>Choose a date and time for the meeting.</source>
        <translation>Wähle Datum und Uhrzeit für das Treffen.</translation>
    </message>
    <message>
        <source>move the meeting</source>
        <translation>Verschieben des Treffens</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>Erfassen der Anwesenheit</translation>
    </message>
    <message>
        <source>Say what you commit to.</source>
        <translation>Sag, was du dir vornimmst.</translation>
    </message>
    <message>
        <source>A commitment is due in the week it is made or later.</source>
        <translation>Ein Vorhaben ist frühestens in der Woche fällig, in der du es dir vornimmst.</translation>
    </message>
    <message>
        <source>save the commitment</source>
        <translation>Speichern des Vorhabens</translation>
    </message>
    <message>
        <source>update the commitment</source>
        <translation>Aktualisieren des Vorhabens</translation>
    </message>
    <message>
        <source>remove the commitment</source>
        <translation>Entfernen des Vorhabens</translation>
    </message>
</context>
<context>
    <name>outloud::MemberRoundPanel</name>
    <message>
        <source>Contributions logged since the last meeting, and the commitments due today</source>
        <translation>Beiträge seit dem letzten Treffen und die heute fälligen Vorhaben</translation>
    </message>
    <message>
        <source>This member&apos;s share of the round</source>
        <translation>Der Anteil dieses Mitglieds an der Runde</translation>
    </message>
    <message>
        <source>What happened since last week</source>
        <translation>Was seit letzter Woche passiert ist</translation>
    </message>
    <message>
        <source>Notes from the round, without judgement</source>
        <translation>Notizen aus der Runde, ohne Bewertung</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Übungen gemacht</translation>
    </message>
    <message>
        <source>Commitments kept</source>
        <translation>Vorhaben eingehalten</translation>
    </message>
    <message>
        <source>Before the next meeting I will... (one per line)</source>
        <translation>Bis zum nächsten Treffen werde ich … (eins pro Zeile)</translation>
    </message>
    <message>
        <source>One commitment per line</source>
        <translation>Ein Vorhaben pro Zeile</translation>
    </message>
    <message>
        <source>Given %1  ·  Received %2  ·  Kept %3 of %4 commitments</source>
        <translation>Gegeben %1  ·  Erhalten %2  ·  %3 von %4 Vorhaben eingehalten</translation>
    </message>
    <message>
        <source>None were due at this meeting.</source>
        <translation>Zu diesem Treffen war keines fällig.</translation>
    </message>
</context>
<context>
    <name>outloud::NetworkChartsLoader</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another build of Outloud (%2; this program needs %3).</source>
        <translation>%1 gehört zu einem anderen Build von Outloud (%2; dieses Programm braucht %3).</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>%1 is in none of these folders: %2</source>
        <translation>%1 liegt in keinem dieser Ordner: %2</translation>
    </message>
</context>
<context>
    <name>outloud::NetworkMapDialog</name>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Only people with this tag</source>
        <translation>Nur Personen mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Only this closeness</source>
        <translation>Nur diese Nähe</translation>
    </message>
    <message>
        <source>Any closeness</source>
        <translation>Jede Nähe</translation>
    </message>
    <message>
        <source>0–1: new to me</source>
        <translation>0–1: neu für mich</translation>
    </message>
    <message>
        <source>2: a little contact</source>
        <translation>2: etwas Kontakt</translation>
    </message>
    <message>
        <source>3–5: close</source>
        <translation>3–5: nah</translation>
    </message>
    <message>
        <source>Rings: closeness 5 inside, 0 outside · size: how much you exchanged · green: you gave more, orange: they gave more, blue: even, grey: nothing yet · lines: who introduced whom</source>
        <translation>Ringe: Nähe 5 innen, 0 außen · Größe: wie viel ihr ausgetauscht habt · grün: du hast mehr gegeben, orange: die Person hat mehr gegeben, blau: ausgeglichen, grau: noch nichts · Linien: wer wen vorgestellt hat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture or an SVG drawing</source>
        <translation>Die Karte als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 von %n Person</numerusform>
            <numerusform>%1 von %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>only the busiest are named: filter by tag or closeness to see every name</source>
        <translation>nur die aktivsten sind beschriftet: filtere nach Schlagwort oder Nähe, um alle Namen zu sehen</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>Netzwerkkarte exportieren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>outloud::NetworkMapWidget</name>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>%1 · closeness %2 · given %3, received %4</source>
        <translation>%1 · Nähe %2 · gegeben %3, erhalten %4</translation>
    </message>
</context>
<context>
    <name>outloud::NetworkPanel</name>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Erreichte Personen</translation>
    </message>
    <message>
        <source>Closeness now</source>
        <translation>Nähe jetzt</translation>
    </message>
    <message>
        <source>Weak ties: people you reached through an introduction, under who made it.</source>
        <translation>Schwache Verbindungen: Personen, die du durch eine Vorstellung erreicht hast, geordnet nach der Person, die sie vermittelt hat.</translation>
    </message>
    <message>
        <source>Weak ties: who connected me to new people</source>
        <translation>Schwache Verbindungen: Wer mich mit neuen Menschen verbunden hat</translation>
    </message>
    <message>
        <source>What my giving shares: %1 % others&apos; work</source>
        <translation>Was mein Geben teilt: %1 % Arbeit anderer</translation>
    </message>
    <message>
        <source>What my giving shares</source>
        <translation>Was mein Geben teilt</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Other kinds</source>
        <translation>Andere Arten</translation>
    </message>
    <message>
        <source>My own work</source>
        <translation>Eigene Arbeit</translation>
    </message>
    <message>
        <source>Others&apos; work, connecting</source>
        <translation>Arbeit anderer, Verbinden</translation>
    </message>
    <message>
        <source>Contributions given</source>
        <translation>Gegebene Beiträge</translation>
    </message>
    <message>
        <source>Other kinds (attention, questions, help, ...)</source>
        <translation>Andere Arten (Aufmerksamkeit, Fragen, Hilfe, …)</translation>
    </message>
    <message>
        <source>Sharing my own work or learning</source>
        <translation>Eigene Arbeit oder eigenes Lernen teilen</translation>
    </message>
    <message>
        <source>Sharing or crediting others&apos; work, or connecting people</source>
        <translation>Arbeit anderer teilen oder würdigen oder Menschen verbinden</translation>
    </message>
    <message>
        <source>%1: %2 of %3 given (%4 %)</source>
        <translation>%1: %2 von %3 gegeben (%4 %)</translation>
    </message>
    <message>
        <source>What receiving brought</source>
        <translation>Was das Erhaltene gebracht hat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Contributions received</source>
        <translation>Erhaltene Beiträge</translation>
    </message>
    <message>
        <source>%1 of %2 received (%3 %)</source>
        <translation>%1 von %2 erhalten (%3 %)</translation>
    </message>
    <message>
        <source>Channels that bring the most back</source>
        <translation>Kanäle, die am meisten zurückbringen</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>%1: given %2, received %3</source>
        <translation>%1: gegeben %2, erhalten %3</translation>
    </message>
    <message>
        <source>%1 introduced</source>
        <translation>%1 vorgestellt</translation>
    </message>
    <message>
        <source>Nobody introduced yet</source>
        <translation>Noch niemand vorgestellt</translation>
    </message>
    <message>
        <source>The charts of this tab could not be loaded: %1</source>
        <translation>Die Diagramme dieses Tabs konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>outloud::NudgeSettingWidget</name>
    <message>
        <source>Remind me each week where my week stands</source>
        <translation>Erinnere mich jede Woche daran, wo meine Woche steht</translation>
    </message>
    <message>
        <source>A desktop notification with your contributions so far, who is due and the next meeting. Off by default.</source>
        <translation>Eine Desktop-Benachrichtigung mit deinen bisherigen Beiträgen, wer fällig ist und dem nächsten Treffen. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Day of the weekly reminder</source>
        <translation>Tag der wöchentlichen Erinnerung</translation>
    </message>
    <message>
        <source>Time of the weekly reminder</source>
        <translation>Uhrzeit der wöchentlichen Erinnerung</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
</context>
<context>
    <name>outloud::OrgAdmin</name>
    <message>
        <source>This login may not %1 (the server refused: %2).</source>
        <translation>Dieser Login darf das nicht: %1 (der Server lehnte ab: %2).</translation>
    </message>
    <message>
        <source>read the program</source>
        <translation>Lesen des Programms</translation>
    </message>
    <message>
        <source>There is no circle “%1” in this program (outloud org list shows them).</source>
        <translation>In diesem Programm gibt es keinen Circle „%1“ (outloud org list zeigt alle).</translation>
    </message>
    <message>
        <source>look up the login</source>
        <translation>Nachschlagen des Logins</translation>
    </message>
    <message>
        <source>The role “%1” exists but is not a person&apos;s login (it cannot log in). Choose the person&apos;s own login.</source>
        <translation>Die Rolle „%1“ gibt es, aber sie ist nicht der Login einer Person (sie kann sich nicht anmelden). Wähle den eigenen Login der Person.</translation>
    </message>
    <message>
        <source>The role “%1” exists with other rights (it is a superuser, may bypass row-level security, create roles or databases, or runs the program). Outloud does not make it a circle&apos;s member or facilitator: use a plain login.</source>
        <translation>Die Rolle „%1“ gibt es schon mit anderen Rechten (sie ist Superuser, darf die Zeilensicherheit umgehen, Rollen oder Datenbanken anlegen oder betreibt das Programm). Outloud macht sie weder zum Mitglied noch zur Begleitung eines Circles: Nimm einen einfachen Login.</translation>
    </message>
    <message>
        <source>“%1” is not a usable login name (1 to 63 bytes, printable characters).</source>
        <translation>„%1“ ist kein brauchbarer Login-Name (1 bis 63 Bytes, druckbare Zeichen).</translation>
    </message>
    <message>
        <source>Organization mode needs a PostgreSQL database (postgresql://...), not a file.</source>
        <translation>Der Organisationsmodus braucht eine PostgreSQL-Datenbank (postgresql://...), keine Datei.</translation>
    </message>
    <message>
        <source>This login may not create roles: run outloud org init as the program&apos;s operator (a role with CREATEROLE that owns the database, or a superuser).</source>
        <translation>Dieser Login darf keine Rollen anlegen: Führe outloud org init als Betreiber des Programms aus (eine Rolle mit CREATEROLE, der die Datenbank gehört, oder ein Superuser).</translation>
    </message>
    <message>
        <source>set up the program&apos;s roles</source>
        <translation>Einrichten der Rollen des Programms</translation>
    </message>
    <message>
        <source>set up row-level security</source>
        <translation>Einrichten der Zeilensicherheit</translation>
    </message>
    <message>
        <source>The organization database is up to date (schema version %1).</source>
        <translation>Die Organisationsdatenbank ist auf dem neuesten Stand (Schema-Version %1).</translation>
    </message>
    <message>
        <source>Organization mode is set up (schema version %1): every table is owned by outloud_owner and guarded by row-level security.</source>
        <translation>Der Organisationsmodus ist eingerichtet (Schema-Version %1): Jede Tabelle gehört outloud_owner und ist durch Zeilensicherheit geschützt.</translation>
    </message>
    <message>
        <source>Organization mode needs a PostgreSQL database (postgresql://...).</source>
        <translation>Der Organisationsmodus braucht eine PostgreSQL-Datenbank (postgresql://...).</translation>
    </message>
    <message>
        <source>%1 is not an organization database yet: run outloud org init first.</source>
        <translation>%1 ist noch keine Organisationsdatenbank: Führe zuerst outloud org init aus.</translation>
    </message>
    <message>
        <source>This login may not run the program: only its operator (who ran outloud org init, or a superuser) adds circles and members.</source>
        <translation>Dieser Login darf das Programm nicht verwalten: Nur sein Betreiber (wer outloud org init ausgeführt hat, oder ein Superuser) legt Circles und Mitglieder an.</translation>
    </message>
    <message>
        <source>act for the program</source>
        <translation>Handeln für das Programm</translation>
    </message>
    <message>
        <source>A circle needs a name.</source>
        <translation>Ein Circle braucht einen Namen.</translation>
    </message>
    <message>
        <source>A circle needs a start date (YYYY-MM-DD).</source>
        <translation>Ein Circle braucht ein Startdatum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The weekday must be 1 (Monday) to 7, the length 1 to 52 weeks.</source>
        <translation>Der Wochentag muss 1 (Montag) bis 7 sein, die Länge 1 bis 52 Wochen.</translation>
    </message>
    <message>
        <source>The circle “%1” is already there; nothing changed.</source>
        <translation>Den Circle „%1“ gibt es schon; nichts geändert.</translation>
    </message>
    <message>
        <source>add the circle</source>
        <translation>Anlegen des Circles</translation>
    </message>
    <message>
        <source>Added the circle “%1”, starting %2.</source>
        <translation>Circle „%1“ angelegt, Start am %2.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Ein Mitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>act as the operator</source>
        <translation>Handeln als Betreiber</translation>
    </message>
    <message>
        <source>create the login</source>
        <translation>Anlegen des Logins</translation>
    </message>
    <message>
        <source>grant the login its role</source>
        <translation>Vergeben der Rolle an den Login</translation>
    </message>
    <message>
        <source>Created the login “%1” (it has no password yet: set one, or use the company&apos;s single sign-on).</source>
        <translation>Login „%1“ angelegt (er hat noch kein Passwort: Setze eines oder nutze das Single Sign-on der Firma).</translation>
    </message>
    <message>
        <source>%1 already facilitates “%2”; nothing changed.</source>
        <translation>%1 begleitet „%2“ schon; nichts geändert.</translation>
    </message>
    <message>
        <source>add the facilitator</source>
        <translation>Hinzufügen der Begleitung</translation>
    </message>
    <message>
        <source>%1 (%2) now facilitates “%3”.</source>
        <translation>%1 (%2) begleitet jetzt „%3“.</translation>
    </message>
    <message>
        <source>%1 is already a member of “%2” (as “%3”); nothing changed.</source>
        <translation>%1 ist schon Mitglied von „%2“ (als „%3“); nichts geändert.</translation>
    </message>
    <message>
        <source>add the member</source>
        <translation>Hinzufügen des Mitglieds</translation>
    </message>
    <message>
        <source>Added %1 (%2) to “%3”.</source>
        <translation>%1 (%2) zu „%3“ hinzugefügt.</translation>
    </message>
    <message>
        <source>find the member</source>
        <translation>Suchen des Mitglieds</translation>
    </message>
    <message>
        <source>%1 is already in “%2”; nothing changed.</source>
        <translation>%1 ist schon in „%2“; nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a member of “%2” already and of another circle: remove one of the two first.</source>
        <translation>%1 ist schon Mitglied von „%2“ und eines weiteren Circles: Entferne zuerst eine der beiden Mitgliedschaften.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <source>any circle</source>
        <translation>irgendeinem Circle</translation>
    </message>
    <message>
        <source>%1 is a member of several circles: say which one with --from.</source>
        <translation>%1 ist Mitglied mehrerer Circles: Sag mit --from, welcher gemeint ist.</translation>
    </message>
    <message>
        <source>move the member</source>
        <translation>Verschieben des Mitglieds</translation>
    </message>
    <message>
        <source>Moved %1 to “%2”, with their own list, goal and history.</source>
        <translation>%1 nach „%2“ verschoben, mit eigener Liste, eigenem Ziel und Verlauf.</translation>
    </message>
    <message>
        <source>%1 is not in “%2”; nothing changed.</source>
        <translation>%1 ist nicht in „%2“; nichts geändert.</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s list and contributions to %2-people.csv and %2-contributions.csv.</source>
        <translation>Liste und Beiträge von %1 nach %2-people.csv und %2-contributions.csv geschrieben.</translation>
    </message>
    <message>
        <source>remove the member</source>
        <translation>Entfernen des Mitglieds</translation>
    </message>
    <message>
        <source>Removed %1 from “%2” with everything private to them there.</source>
        <translation>%1 aus „%2“ entfernt, mit allem, was dort nur ihm oder ihr gehörte.</translation>
    </message>
    <message>
        <source>remove the facilitator</source>
        <translation>Entfernen der Begleitung</translation>
    </message>
    <message>
        <source>%1 no longer facilitates “%2”.</source>
        <translation>%1 begleitet „%2“ nicht mehr.</translation>
    </message>
    <message>
        <source>revoke the role</source>
        <translation>Entziehen der Rolle</translation>
    </message>
    <message>
        <source>list the program</source>
        <translation>Auflisten des Programms</translation>
    </message>
    <message>
        <source>%1 (from %2, %3 weeks)</source>
        <translation>%1 (ab %2, %3 Wochen)</translation>
    </message>
    <message>
        <source>facilitated by: %1</source>
        <translation>begleitet von: %1</translation>
    </message>
    <message>
        <source>members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>No circles yet: add one with outloud org add-circle.</source>
        <translation>Noch keine Circles: Lege einen mit outloud org add-circle an.</translation>
    </message>
</context>
<context>
    <name>outloud::OrgService</name>
    <message>
        <source>You may not see this: the program&apos;s rules keep it private.</source>
        <translation>Das darfst du nicht sehen: Die Regeln des Programms halten es privat.</translation>
    </message>
    <message>
        <source>This database is not an organization database.</source>
        <translation>Diese Datenbank ist keine Organisationsdatenbank.</translation>
    </message>
    <message>
        <source>read who you are in the program</source>
        <translation>Lesen, wer du im Programm bist</translation>
    </message>
    <message>
        <source>read the circle&apos;s shared figures</source>
        <translation>Lesen der geteilten Zahlen des Circles</translation>
    </message>
    <message>
        <source>read your circles&apos; overview</source>
        <translation>Lesen der Übersicht deiner Circles</translation>
    </message>
    <message>
        <source>read the program&apos;s totals</source>
        <translation>Lesen der Summen des Programms</translation>
    </message>
    <message>
        <source>read the program&apos;s circles</source>
        <translation>Lesen der Circles des Programms</translation>
    </message>
    <message>
        <source>read how participation develops</source>
        <translation>Lesen, wie sich die Beteiligung entwickelt</translation>
    </message>
</context>
<context>
    <name>outloud::PagedSqlModel</name>
    <message>
        <source>count the rows</source>
        <translation>Zählen der Zeilen</translation>
    </message>
    <message>
        <source>read the rows</source>
        <translation>Lesen der Zeilen</translation>
    </message>
</context>
<context>
    <name>outloud::Parser</name>
    <message>
        <source>week %1 has no theme</source>
        <translation>Woche %1 hat kein Thema</translation>
    </message>
    <message>
        <source>week %1 has no agenda</source>
        <translation>Woche %1 hat keine Agenda</translation>
    </message>
    <message>
        <source>the agenda of week %1 adds up to %2 minutes, not %3</source>
        <translation>die Agenda von Woche %1 ergibt %2 Minuten, nicht %3</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, found &quot;%1&quot;</source>
        <translation>erwartet „Schlüssel: Wert“, gefunden „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value</source>
        <translation>„%1“ braucht einen Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs before the first week</source>
        <translation>„%1“ gehört vor die erste Woche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>„%1“ steht doppelt da</translation>
    </message>
    <message>
        <source>the plan needs a &quot;title&quot; before its first week</source>
        <translation>der Plan braucht vor seiner ersten Woche einen „title“</translation>
    </message>
    <message>
        <source>expected week %1, found &quot;%2&quot;</source>
        <translation>erwartet Woche %1, gefunden „%2“</translation>
    </message>
    <message>
        <source>a plan has at most 52 weeks</source>
        <translation>ein Plan hat höchstens 52 Wochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must come after a &quot;week&quot; line</source>
        <translation>„%1“ muss nach einer „week“-Zeile kommen</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>week %1 has a second theme</source>
        <translation>Woche %1 hat ein zweites Thema</translation>
    </message>
    <message>
        <source>week %1 has a second round</source>
        <translation>Woche %1 hat eine zweite Runde</translation>
    </message>
    <message>
        <source>an agenda line is &quot;%1: MINUTES | what happens&quot;</source>
        <translation>eine Agenda-Zeile lautet „%1: MINUTEN | was passiert“</translation>
    </message>
    <message>
        <source>the minutes must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>die Minuten müssen eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>the agenda segment needs a description after &quot;|&quot;</source>
        <translation>der Agenda-Abschnitt braucht nach „|“ eine Beschreibung</translation>
    </message>
</context>
<context>
    <name>outloud::PeopleService</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>Closeness goes from 0 to 5.</source>
        <translation>Die Nähe reicht von 0 bis 5.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>A person cannot introduce themselves.</source>
        <translation>Niemand kann sich selbst vorgestellt haben.</translation>
    </message>
    <message>
        <source>%1 is already on the list (same e-mail, or same name and organization).</source>
        <translation>%1 steht schon auf der Liste (gleiche E-Mail-Adresse oder gleicher Name und gleiche Organisation).</translation>
    </message>
    <message>
        <source>add the person</source>
        <translation>Hinzufügen der Person</translation>
    </message>
    <message>
        <source>record the closeness</source>
        <translation>Erfassen der Nähe</translation>
    </message>
    <message>
        <source>That person is no longer on the list.</source>
        <translation>Diese Person steht nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <source>Someone with the same e-mail, or the same name and organization, is already on the list.</source>
        <translation>Jemand mit derselben E-Mail-Adresse oder demselben Namen und derselben Organisation steht schon auf der Liste.</translation>
    </message>
    <message>
        <source>save the person</source>
        <translation>Speichern der Person</translation>
    </message>
    <message>
        <source>undo the closeness change</source>
        <translation>Zurücknehmen der Nähe-Änderung</translation>
    </message>
    <message>
        <source>remove the person</source>
        <translation>Entfernen der Person</translation>
    </message>
    <message>
        <source>restore the person</source>
        <translation>Wiederherstellen der Person</translation>
    </message>
    <message>
        <source>Keep in touch at least once a year (every 52 weeks at most).</source>
        <translation>Bleib mindestens einmal im Jahr in Kontakt (höchstens alle 52 Wochen).</translation>
    </message>
</context>
<context>
    <name>outloud::PersonDetailPane</name>
    <message>
        <source>Closeness history</source>
        <translation>Verlauf der Nähe</translation>
    </message>
    <message>
        <source>Contributions both ways</source>
        <translation>Beiträge in beide Richtungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>I &amp;gave…</source>
        <translation>Ich habe &amp;gegeben…</translation>
    </message>
    <message>
        <source>Log a contribution to this person</source>
        <translation>Einen Beitrag an diese Person erfassen</translation>
    </message>
    <message>
        <source>I recei&amp;ved…</source>
        <translation>Ich habe &amp;erhalten…</translation>
    </message>
    <message>
        <source>Log a contribution from this person</source>
        <translation>Einen Beitrag von dieser Person erfassen</translation>
    </message>
    <message>
        <source>Closeness over time</source>
        <translation>Nähe im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Gegeben und erhalten</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <source>Choose someone on the list to see how the relationship has grown.</source>
        <translation>Wähle jemanden aus der Liste, um zu sehen, wie die Beziehung gewachsen ist.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Related to my goal: %1</source>
        <translation>Bezug zu meinem Ziel: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Given %1 · received %2</source>
        <translation>Gegeben %1 · erhalten %2</translation>
    </message>
    <message>
        <source>Introduced by %1</source>
        <translation>Vorgestellt von %1</translation>
    </message>
    <message>
        <source>Introduced by nobody on the list</source>
        <translation>Von niemandem auf der Liste vorgestellt</translation>
    </message>
    <message>
        <source>Introduced me to %1</source>
        <translation>Hat mich mit %1 bekannt gemacht</translation>
    </message>
    <message>
        <source>→ given</source>
        <translation>→ gegeben</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← erhalten</translation>
    </message>
</context>
<context>
    <name>outloud::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>How they relate to my goal</source>
        <translation>Was die Person mit meinem Ziel zu tun hat</translation>
    </message>
    <message>
        <source>e.g. LinkedIn, e-mail</source>
        <translation>z. B. LinkedIn, E-Mail</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Relation to my &amp;goal:</source>
        <translation>Bezug zu meinem &amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Closeness:</source>
        <translation>Nä&amp;he:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
    <message>
        <source>Reach them on:</source>
        <translation>Erreichbar über:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Introduced by:</source>
        <translation>&amp;Vorgestellt von:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>How often to be in touch, either way; any contribution logged restarts it. The usual rhythm per closeness is in the settings.</source>
        <translation>Wie oft ihr in Kontakt sein wollt, in beide Richtungen; jeder erfasste Beitrag beginnt den Rhythmus neu. Den üblichen Rhythmus je Nähe findest du in den Einstellungen.</translation>
    </message>
    <message>
        <source>as usual for the closeness</source>
        <translation>wie üblich für die Nähe</translation>
    </message>
    <message>
        <source>&amp;Keep in touch:</source>
        <translation>In &amp;Kontakt bleiben:</translation>
    </message>
</context>
<context>
    <name>outloud::PlanEditorDialog</name>
    <message>
        <source>The circle&apos;s week plan</source>
        <translation>Der Wochenplan des Circles</translation>
    </message>
    <message>
        <source>One &quot;key: value&quot; per line: title, then for each week: week, theme, exercise, agenda or round (MINUTES | what happens, 60 minutes a week) and prepare.</source>
        <translation>Ein „Schlüssel: Wert“ pro Zeile: title, dann für jede Woche: week, theme, exercise, agenda oder round (MINUTEN | was passiert, 60 Minuten pro Woche) und prepare.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Edit the week plan</source>
        <translation>Wochenplan bearbeiten</translation>
    </message>
</context>
<context>
    <name>outloud::PlanService</name>
    <message>
        <source>save the circle&apos;s plan</source>
        <translation>Speichern des Plans für den Circle</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>use the shipped plan</source>
        <translation>Umstellen auf den mitgelieferten Plan</translation>
    </message>
</context>
<context>
    <name>outloud::ProgramPage</name>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>Your circles</source>
        <translation>Deine Circles</translation>
    </message>
    <message>
        <source>Contributions in the last 7 days</source>
        <translation>Beiträge der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Members without a contribution for two weeks</source>
        <translation>Mitglieder ohne Beitrag seit zwei Wochen</translation>
    </message>
    <message>
        <source>Save check-in as PDF…</source>
        <translation>Check-in als PDF speichern …</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Das Programm</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Active this week</source>
        <translation>Diese Woche aktiv</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Commitments kept</source>
        <translation>Vorhaben eingehalten</translation>
    </message>
    <message>
        <source>Given / received</source>
        <translation>Gegeben / erhalten</translation>
    </message>
    <message>
        <source>Stalling</source>
        <translation>Stockend</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>keins geplant</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This page is for the program&apos;s facilitators and its support team.</source>
        <translation>Diese Seite ist für die Moderation der Circles und das Support-Team des Programms.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everyone contributed in the last two weeks.</source>
        <translation>Alle haben in den letzten zwei Wochen etwas beigetragen.</translation>
    </message>
    <message>
        <source>No contribution for two weeks – %1</source>
        <translation>Seit zwei Wochen kein Beitrag – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s): %1 running, %2 not started yet, %3 finished.</source>
        <translation>
            <numerusform>%n Circle: %1 läuft, %2 noch nicht begonnen, %3 abgeschlossen.</numerusform>
            <numerusform>%n Circles: %1 laufen, %2 noch nicht begonnen, %3 abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members active this week: %1. Contributions this week: %2.</source>
        <translation>Diese Woche aktive Mitglieder: %1. Beiträge diese Woche: %2.</translation>
    </message>
    <message>
        <source>Completion: %1 of the circles finished; commitments kept %2.</source>
        <translation>Abschluss: %1 der Circles abgeschlossen; Vorhaben eingehalten: %2.</translation>
    </message>
    <message>
        <source>check-in-%1.pdf</source>
        <translation>check-in-%1.pdf</translation>
    </message>
    <message>
        <source>Save check-in as PDF</source>
        <translation>Check-in als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the check-in (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Check-in (%n Seite) in %1 gespeichert.</numerusform>
            <numerusform>Check-in (%n Seiten) in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::QuickAddBar</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who? (Ctrl+N)</source>
        <translation>Wer? (Strg+N)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type a few letters and pick from the list; a new name adds the person</source>
        <translation>Tippe ein paar Buchstaben und wähle aus der Liste; ein neuer Name fügt die Person hinzu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>G for given, R for received</source>
        <translation>G für gegeben, E für erhalten</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Art des Beitrags</translation>
    </message>
    <message>
        <source>Type the first letters of the kind</source>
        <translation>Tippe die ersten Buchstaben der Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Was es gebracht hat</translation>
    </message>
    <message>
        <source>Brought…</source>
        <translation>Gebracht…</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Channel…</source>
        <translation>Kanal…</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>r</source>
        <translation>e</translation>
    </message>
    <message>
        <source>R</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Who was it? Type a name.</source>
        <translation>Wer war es? Tippe einen Namen.</translation>
    </message>
    <message>
        <source>Log a contribution</source>
        <translation>Beitrag festhalten</translation>
    </message>
    <message>
        <source>%1 is in the future. Log the contribution for that day anyway?</source>
        <translation>%1 liegt in der Zukunft. Den Beitrag trotzdem für diesen Tag festhalten?</translation>
    </message>
    <message>
        <source>Not logged: choose the day it happened (today is %1).</source>
        <translation>Nicht festgehalten: Wähl den Tag, an dem es war (heute ist der %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on your list, but &quot;%2&quot; is. Add &quot;%1&quot; as a new person?</source>
        <translation>„%1“ steht nicht auf deiner Liste, aber „%2“. „%1“ als neue Person hinzufügen?</translation>
    </message>
    <message>
        <source>Not logged. Did you mean %1? Press Enter to log it for them.</source>
        <translation>Nicht festgehalten. Meintest du %1? Drück Enter, um ihn für sie oder ihn festzuhalten.</translation>
    </message>
    <message>
        <source>Logged: given to %1 on %2.</source>
        <translation>Festgehalten: an %1 gegeben am %2.</translation>
    </message>
    <message>
        <source>Logged: received from %1 on %2.</source>
        <translation>Festgehalten: von %1 erhalten am %2.</translation>
    </message>
    <message>
        <source>%1 is new on your list.</source>
        <translation>%1 ist neu auf deiner Liste.</translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation>Strg+Z nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>outloud::RelationshipModel</name>
    <message>
        <source>No contribution logged yet</source>
        <translation>Noch keine Beiträge erfasst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>No keep-in-touch rhythm</source>
        <translation>Kein Rhythmus für den Kontakt</translation>
    </message>
    <message>
        <source>Keep in touch %1: losing touch</source>
        <translation>In Kontakt bleiben %1: Kontakt schläft ein</translation>
    </message>
    <message>
        <source>Keep in touch %1: due this week</source>
        <translation>In Kontakt bleiben %1: diese Woche fällig</translation>
    </message>
    <message>
        <source>Keep in touch %1</source>
        <translation>In Kontakt bleiben %1</translation>
    </message>
    <message>
        <source>Keep in touch by</source>
        <translation>Fällig am</translation>
    </message>
</context>
<context>
    <name>outloud::RelationshipsPage</name>
    <message>
        <source>Filter by name, organization, relation, tag or notes</source>
        <translation>Name, Organisation, Bezug, Schlagwort, Notizen filtern</translation>
    </message>
    <message>
        <source>Filter the relationship list</source>
        <translation>Beziehungsliste filtern</translation>
    </message>
    <message>
        <source>Only people with this tag</source>
        <translation>Nur Personen mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Only this closeness</source>
        <translation>Nur diese Nähe</translation>
    </message>
    <message>
        <source>Any closeness</source>
        <translation>Jede Nähe</translation>
    </message>
    <message>
        <source>0–1: new to me</source>
        <translation>0–1: neu für mich</translation>
    </message>
    <message>
        <source>2: a little contact</source>
        <translation>2: etwas Kontakt</translation>
    </message>
    <message>
        <source>3–5: close</source>
        <translation>3–5: nah</translation>
    </message>
    <message>
        <source>Exactly %1</source>
        <translation>Genau %1</translation>
    </message>
    <message>
        <source>Quiet after </source>
        <translation>Funkstille nach </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>People without contact for this many weeks stand out in the list</source>
        <translation>Personen, mit denen du so viele Wochen keinen Kontakt hattest, sind in der Liste hervorgehoben</translation>
    </message>
    <message>
        <source>Weeks without contact before someone counts as quiet</source>
        <translation>Wochen ohne Kontakt, nach denen Funkstille herrscht</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add someone to your relationship list (Ctrl+Shift+N)</source>
        <translation>Jemanden zu deiner Beziehungsliste hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Relationship list</source>
        <translation>Beziehungsliste</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach out this week</source>
        <translation>Diese Woche Kontakt aufnehmen</translation>
    </message>
    <message>
        <source>People you have not been in touch with for a while, with a contribution that fits how close you are. Double-click or press Enter to log it.</source>
        <translation>Menschen, mit denen du eine Weile keinen Kontakt hattest, jeweils mit einem Beitrag, der zu eurer Nähe passt. Doppelklick oder Eingabetaste erfasst ihn.</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>noch kein Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>quiet for %n weeks</source>
        <translation>
            <numerusform>seit %n Woche Funkstille</numerusform>
            <numerusform>seit %n Wochen Funkstille</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · try: %3</source>
        <translation>%1 · %2 · Vorschlag: %3</translation>
    </message>
    <message>
        <source>Closeness %1. Double-click to log it.</source>
        <translation>Nähe %1. Doppelklick erfasst den Beitrag.</translation>
    </message>
    <message>
        <source>Everyone has heard from you recently.</source>
        <translation>Alle haben in letzter Zeit von dir gehört.</translation>
    </message>
    <message>
        <source>Added to your relationship list.</source>
        <translation>Zu deiner Beziehungsliste hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Nobody on your list yet: add the people related to your goal.</source>
        <translation>Noch niemand auf deiner Liste: Füg die Menschen hinzu, die mit deinem Ziel zu tun haben.</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Wähl zuerst eine Person in der Liste aus.</translation>
    </message>
    <message>
        <source>Remove %1 from your relationship list?</source>
        <translation>%1 von deiner Beziehungsliste entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from your relationship list, with %n contribution(s)?</source>
        <translation>
            <numerusform>%1 mit %n Beitrag von deiner Beziehungsliste entfernen?</numerusform>
            <numerusform>%1 mit %n Beiträgen von deiner Beziehungsliste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back with their history.</source>
        <translation>Bearbeiten &gt; Rückgängig (Strg+Z) holt die Person mit ihrer Geschichte zurück.</translation>
    </message>
    <message>
        <source>Removed %1. Undo (Ctrl+Z) brings them back with their history.</source>
        <translation>%1 entfernt. Rückgängig (Strg+Z) holt die Person mit ihrer Geschichte zurück.</translation>
    </message>
    <message>
        <source>Only people due for a contribution</source>
        <translation>Nur Personen, die für einen Beitrag fällig sind</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Jede Fälligkeit</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt schläft ein</translation>
    </message>
    <message>
        <source>losing touch</source>
        <translation>Kontakt schläft ein</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>diese Woche fällig</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>Choose the columns of the list (also by right-clicking its header)</source>
        <translation>Wähle die Spalten der Liste (auch per Rechtsklick auf ihre Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>outloud::RemoveContributionCommand</name>
    <message>
        <source>Remove a contribution</source>
        <translation>Beitrag entfernen</translation>
    </message>
</context>
<context>
    <name>outloud::RemovePersonCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>outloud::ReviseGoalCommand</name>
    <message>
        <source>Revise the goal</source>
        <translation>Ziel überarbeiten</translation>
    </message>
</context>
<context>
    <name>outloud::Schedule</name>
    <message>
        <source>Choose a date and time for the meeting.</source>
        <translation>Wähle Datum und Uhrzeit für das Treffen.</translation>
    </message>
    <message>
        <source>The circle has no meeting in week %1.</source>
        <translation>Der Circle hat in Woche %1 kein Treffen.</translation>
    </message>
    <message>
        <source>Meeting %1 must come after meeting %2 (%3).</source>
        <translation>Treffen %1 muss nach Treffen %2 liegen (%3).</translation>
    </message>
    <message>
        <source>Meeting %1 must come before meeting %2 (%3).</source>
        <translation>Treffen %1 muss vor Treffen %2 liegen (%3).</translation>
    </message>
    <message>
        <source>Meeting %1 has already taken place.</source>
        <translation>Treffen %1 hat schon stattgefunden.</translation>
    </message>
    <message>
        <source>skip a week</source>
        <translation>Überspringen einer Woche</translation>
    </message>
    <message>
        <source>reschedule the meetings</source>
        <translation>Verschieben der Treffen</translation>
    </message>
</context>
<context>
    <name>outloud::ScheduleWidget</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Move the selected meeting to</source>
        <translation>Ausgewähltes Treffen verschieben auf</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Skip this week</source>
        <translation>Diese Woche überspringen</translation>
    </message>
    <message>
        <source>The selected meeting and every later one move one week later.</source>
        <translation>Das ausgewählte und jedes spätere Treffen rücken eine Woche nach hinten.</translation>
    </message>
    <message>
        <source>Load plan file...</source>
        <translation>Plandatei laden …</translation>
    </message>
    <message>
        <source>Edit plan...</source>
        <translation>Plan bearbeiten …</translation>
    </message>
    <message>
        <source>Use the shipped plan</source>
        <translation>Mitgelieferten Plan verwenden</translation>
    </message>
    <message>
        <source>Export calendar...</source>
        <translation>Kalender exportieren …</translation>
    </message>
    <message>
        <source>Plan: %1 (the circle&apos;s own)</source>
        <translation>Plan: %1 (eigener Plan des Circles)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Meeting %1 moved to %2.</source>
        <translation>Treffen %1 auf %2 verschoben.</translation>
    </message>
    <message>
        <source>Week skipped: meeting %1 and the ones after it are one week later.</source>
        <translation>Woche übersprungen: Treffen %1 und die folgenden sind eine Woche später.</translation>
    </message>
    <message>
        <source>Calendar written to %1. Import it again after changes: the events update.</source>
        <translation>Kalender nach %1 geschrieben. Importiere ihn nach Änderungen erneut: Die Termine werden aktualisiert.</translation>
    </message>
    <message>
        <source>The plan was not changed. %1</source>
        <translation>Der Plan wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>The circle now uses the plan from %1.</source>
        <translation>Der Circle verwendet jetzt den Plan aus %1.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Load a week plan</source>
        <translation>Wochenplan laden</translation>
    </message>
    <message>
        <source>Plan files (*.txt);;All files (*)</source>
        <translation>Plandateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The circle&apos;s plan was saved.</source>
        <translation>Der Plan des Circles wurde gespeichert.</translation>
    </message>
    <message>
        <source>The circle uses the shipped plan.</source>
        <translation>Der Circle verwendet den mitgelieferten Plan.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Enter or double click: open the meeting in meeting mode</source>
        <translation>Eingabetaste oder Doppelklick: das Treffen im Treffen-Modus öffnen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 made</source>
        <translation>%1 gefasst</translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation>%1 von %2 eingehalten</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
    <message>
        <source>Move meeting %1</source>
        <translation>Treffen %1 verschieben</translation>
    </message>
    <message>
        <source>Skip week %1</source>
        <translation>Woche %1 überspringen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>outloud::ServerAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database)</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank)</translation>
    </message>
    <message>
        <source>The address holds a password. Outloud never takes or stores one: put it in ~/.pgpass, a service file or PGPASSWORD, and leave it out of the address.</source>
        <translation>Die Adresse enthält ein Passwort. Outloud nimmt und speichert nie eines: Leg es in ~/.pgpass, eine Servicedatei oder PGPASSWORD und lass es aus der Adresse weg.</translation>
    </message>
    <message>
        <source>“%1” names more than one database</source>
        <translation>„%1“ nennt mehr als eine Datenbank</translation>
    </message>
    <message>
        <source>The address option “%1” is not usable</source>
        <translation>Die Adressoption „%1“ ist nicht verwendbar</translation>
    </message>
</context>
<context>
    <name>outloud::ServerConnector</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
</context>
<context>
    <name>outloud::ServerSession</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Mit einem &amp;Server verbinden …</translation>
    </message>
    <message>
        <source>Open an Outloud database on a PostgreSQL server</source>
        <translation>Eine Outloud-Datenbank auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Keine letzten Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost. The last change was not saved; everything saved before it is safe on the server.

Reconnect now?</source>
        <translation>Die Verbindung zum Server %1 ist abgerissen. Die letzte Änderung wurde nicht gespeichert; alles, was vorher gespeichert wurde, ist sicher auf dem Server.

Jetzt neu verbinden?</translation>
    </message>
</context>
<context>
    <name>outloud::SetClosenessCommand</name>
    <message>
        <source>Rate %1 as %2</source>
        <translation>%1 als %2 einstufen</translation>
    </message>
</context>
<context>
    <name>outloud::SetKeepInTouchCommand</name>
    <message>
        <source>Keep in touch with %1 %2</source>
        <translation>Mit %1 in Kontakt bleiben: %2</translation>
    </message>
    <message>
        <source>as usual for the closeness</source>
        <translation>wie üblich für die Nähe</translation>
    </message>
</context>
<context>
    <name>outloud::SetKeepInTouchDefaultCommand</name>
    <message>
        <source>Keep in touch at closeness %1 %2</source>
        <translation>Bei Nähe %1 in Kontakt bleiben: %2</translation>
    </message>
</context>
<context>
    <name>outloud::SetupPage</name>
    <message>
        <source>Your circle</source>
        <translation>Dein Circle</translation>
    </message>
    <message>
        <source>e.g. Tuesday Circle</source>
        <translation>z. B. Dienstags-Circle</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First meeting on or after:</source>
        <translation>Erstes Treffen am oder nach dem:</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Trifft sich am:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>Runs for:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Ein Name pro Zeile</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Mein Name:</translation>
    </message>
    <message>
        <source>The others:</source>
        <translation>Die anderen:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Moderation:</translation>
    </message>
    <message>
        <source>My goal (you can change it any time)</source>
        <translation>Mein Ziel (du kannst es jederzeit ändern)</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>Who is related to your goal? One name a line</source>
        <translation>Wer hat mit deinem Ziel zu tun? Ein Name pro Zeile</translation>
    </message>
    <message>
        <source>What am I trying to accomplish?</source>
        <translation>Was möchte ich erreichen?</translation>
    </message>
    <message>
        <source>Why does it matter to me?</source>
        <translation>Warum ist es mir wichtig?</translation>
    </message>
    <message>
        <source>What would progress in twelve weeks look like?</source>
        <translation>Wie sähe Fortschritt in zwölf Wochen aus?</translation>
    </message>
    <message>
        <source>Contributions I aim for:</source>
        <translation>Beiträge, die ich mir vornehme:</translation>
    </message>
    <message>
        <source>Start my own circle</source>
        <translation>Eigenen Circle starten</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Bitte gib deinen Namen ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Who is related to my goal?</source>
        <translation>Wer hat mit meinem Ziel zu tun?</translation>
    </message>
    <message>
        <source>People who could help, or who do similar work: ten to twenty is a good start. Next you will think about how you can contribute to them.</source>
        <translation>Menschen, die helfen könnten oder Ähnliches machen: zehn bis zwanzig sind ein guter Anfang. Danach überlegst du, wie du ihnen etwas geben kannst.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>Schritt &amp;überspringen</translation>
    </message>
    <message>
        <source>Fill this in later; sensible defaults are used</source>
        <translation>Später ausfüllen; bis dahin gelten sinnvolle Vorgaben</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Create my circle</source>
        <translation>Meinen Circle &amp;anlegen</translation>
    </message>
    <message>
        <source>Open the &amp;demo circle instead</source>
        <translation>Stattdessen den &amp;Demo-Circle öffnen</translation>
    </message>
    <message>
        <source>Step 1 of 3: your circle and its members</source>
        <translation>Schritt 1 von 3: dein Circle und seine Mitglieder</translation>
    </message>
    <message>
        <source>Step 2 of 3: what am I trying to accomplish?</source>
        <translation>Schritt 2 von 3: Was möchte ich erreichen?</translation>
    </message>
    <message>
        <source>Step 3 of 3: who is related to my goal?</source>
        <translation>Schritt 3 von 3: Wer hat mit meinem Ziel zu tun?</translation>
    </message>
    <message>
        <source>My circle</source>
        <translation>Mein Circle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>outloud::ShareDialog</name>
    <message>
        <source>Share through a folder</source>
        <translation>Über einen Ordner teilen</translation>
    </message>
    <message>
        <source>Each member&apos;s Outloud writes one small card into a folder the circle shares (Syncthing, Nextcloud, a network drive) and reads the others&apos; cards from it. Your list, names and notes never go there.</source>
        <translation>Das Outloud jedes Mitglieds schreibt eine kleine Karte in einen Ordner, den der Circle teilt (Syncthing, Nextcloud, ein Netzlaufwerk), und liest dort die Karten der anderen. Deine Liste, Namen und Notizen kommen nie dorthin.</translation>
    </message>
    <message>
        <source>The circle&apos;s shared folder</source>
        <translation>Der geteilte Ordner des Circles</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>My goal and weekly target</source>
        <translation>Mein Ziel und mein Wochenziel</translation>
    </message>
    <message>
        <source>How many contributions I gave and received, per week</source>
        <translation>Wie viele Beiträge ich gegeben und erhalten habe, pro Woche</translation>
    </message>
    <message>
        <source>My streak</source>
        <translation>Meine Serie</translation>
    </message>
    <message>
        <source>My habit strength</source>
        <translation>Meine Gewohnheitsstärke</translation>
    </message>
    <message>
        <source>How many commitments were due and kept</source>
        <translation>Wie viele Vorhaben fällig waren und gehalten wurden</translation>
    </message>
    <message>
        <source>Exactly this leaves your computer, rewritten a few seconds after each change:</source>
        <translation>Genau das verlässt deinen Computer, neu geschrieben wenige Sekunden nach jeder Änderung:</translation>
    </message>
    <message>
        <source>Share this card</source>
        <translation>Diese Karte teilen</translation>
    </message>
    <message>
        <source>Only read the others</source>
        <translation>Nur die anderen lesen</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Shared since %1 into %2.</source>
        <translation>Geteilt seit %1 nach %2.</translation>
    </message>
    <message>
        <source>Reading the others&apos; cards from %1; yours is not written there.</source>
        <translation>Die Karten der anderen werden aus %1 gelesen; deine wird dort nicht geschrieben.</translation>
    </message>
    <message>
        <source>Not shared: nothing is written until you choose “Share this card”.</source>
        <translation>Nicht geteilt: Nichts wird geschrieben, bis du „Diese Karte teilen“ wählst.</translation>
    </message>
</context>
<context>
    <name>outloud::SharedOverview</name>
    <message>
        <source>%1 · card %2</source>
        <translation>%1 · Karte %2</translation>
    </message>
    <message>
        <source>%1 given, %2 received in all</source>
        <translation>insgesamt %1 gegeben, %2 erhalten</translation>
    </message>
    <message>
        <source>streak: %1</source>
        <translation>Serie: %1</translation>
    </message>
    <message>
        <source>habit strength %1 %</source>
        <translation>Gewohnheitsstärke %1 %</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>From %1&apos;s card, %2: %3. The charts show only what is logged on this computer.</source>
        <translation>Aus der Karte von %1, %2: %3. Die Diagramme zeigen nur, was auf diesem Computer erfasst ist.</translation>
    </message>
    <message>
        <source>Shared on the server by %1: %2. Their list stays private to them, so the charts show nothing of it.</source>
        <translation>Von %1 auf dem Server geteilt: %2. Die eigene Liste bleibt privat, die Diagramme zeigen daher nichts davon.</translation>
    </message>
</context>
<context>
    <name>outloud::SharedRoundWidget</name>
    <message>
        <source>Type in the figures the member reports in the round, when their card is not in a shared folder</source>
        <translation>Die Zahlen eintippen, die das Mitglied in der Runde berichtet, wenn seine Karte nicht in einem geteilten Ordner liegt</translation>
    </message>
    <message>
        <source>Files in the shared folder that were not used</source>
        <translation>Dateien im geteilten Ordner, die nicht verwendet wurden</translation>
    </message>
    <message>
        <source>From %1&apos;s card, %2</source>
        <translation>Aus der Karte von %1, %2</translation>
    </message>
    <message>
        <source>streak: %1</source>
        <translation>Serie: %1</translation>
    </message>
    <message>
        <source>habit strength %1 %</source>
        <translation>Gewohnheitsstärke %1 %</translation>
    </message>
    <message>
        <source>counts not shared</source>
        <translation>Anzahlen nicht geteilt</translation>
    </message>
    <message>
        <source>Reported in the round, %1</source>
        <translation>In der Runde berichtet, %1</translation>
    </message>
    <message>
        <source>No card from %1 in a shared folder.</source>
        <translation>Keine Karte von %1 in einem geteilten Ordner.</translation>
    </message>
    <message>
        <source>Reported…</source>
        <translation>Berichtet …</translation>
    </message>
    <message>
        <source>Skipped in the shared folder: %1</source>
        <translation>Im geteilten Ordner übersprungen: %1</translation>
    </message>
    <message>
        <source>What %1 reports</source>
        <translation>Was %1 berichtet</translation>
    </message>
    <message>
        <source>Contributions &amp;given since the last meeting:</source>
        <translation>Seit dem letzten Treffen &amp;gegebene Beiträge:</translation>
    </message>
    <message>
        <source>Contributions &amp;received:</source>
        <translation>&amp;Erhaltene Beiträge:</translation>
    </message>
    <message>
        <source>Commitments &amp;due at this meeting:</source>
        <translation>Zu diesem Treffen &amp;fällige Vorhaben:</translation>
    </message>
    <message>
        <source>Commitments &amp;kept:</source>
        <translation>&amp;Gehaltene Vorhaben:</translation>
    </message>
    <message>
        <source>Save as reported</source>
        <translation>Als berichtet speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Shared on the server by %1</source>
        <translation>Von %1 auf dem Server geteilt</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
</context>
<context>
    <name>outloud::SummaryBuilder</name>
    <message>
        <source>Week %1 is not a week of the circle &quot;%2&quot;, which runs from week 1 to week %3.</source>
        <translation>Woche %1 ist keine Woche des Circles „%2“, der von Woche 1 bis Woche %3 läuft.</translation>
    </message>
    <message>
        <source>There is no such member in this database.</source>
        <translation>Dieses Mitglied gibt es in dieser Datenbank nicht.</translation>
    </message>
    <message>
        <source>The member&apos;s circle is missing from the database.</source>
        <translation>Der Circle des Mitglieds fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>There is no such circle in this database.</source>
        <translation>Diesen Circle gibt es in dieser Datenbank nicht.</translation>
    </message>
</context>
<context>
    <name>outloud::Transaction</name>
    <message>
        <source>start a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>No transaction is active</source>
        <translation>Keine Transaktion aktiv</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
</context>
<context>
    <name>outloud::WeekChart</name>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Week of the circle</source>
        <translation>Woche des Circles</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Weekly target (%1)</source>
        <translation>Wochenziel (%1)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Balance so far (given - received)</source>
        <translation>Bilanz bisher (gegeben − erhalten)</translation>
    </message>
</context>
<context>
    <name>outloud::WeekPlan</name>
    <message>
        <source>the plan has no weeks</source>
        <translation>der Plan hat keine Wochen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>outloud::WelcomePage</name>
    <message>
        <source>Welcome to Outloud</source>
        <translation>Willkommen bei Outloud</translation>
    </message>
    <message>
        <source>Outloud keeps your Working Out Loud circle in one place: your goal, the people related to it, what you give and receive, and the twelve weekly meetings.</source>
        <translation>Outloud hält deinen Working-Out-Loud-Circle an einem Ort zusammen: dein Ziel, die Menschen, die damit zu tun haben, was du gibst und bekommst, und die zwölf wöchentlichen Treffen.</translation>
    </message>
    <message>
        <source>Open a demo circle</source>
        <translation>Demo-Circle öffnen</translation>
    </message>
    <message>
        <source>Explore a circle of five in its seventh week, with made-up people and contributions</source>
        <translation>Schau dir einen Circle mit fünf Mitgliedern in seiner siebten Woche an, mit erfundenen Personen und Beiträgen</translation>
    </message>
    <message>
        <source>Start my own circle</source>
        <translation>Eigenen Circle starten</translation>
    </message>
    <message>
        <source>Create your circle, your goal and your relationship list</source>
        <translation>Leg deinen Circle, dein Ziel und deine Beziehungsliste an</translation>
    </message>
</context>
<context>
    <name>outloud::analytics</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Habit strength shows how steady your weekly effort has been, from 0 % to 100 %.
Each week that ends, the score keeps four fifths of what it was and adds one fifth for that week: the full fifth when you reached your weekly target, part of it when you got part of the way.
So recent weeks count most: three steady weeks bring it to about half, ten to about 90 %, and one missed week costs about a fifth, without wiping out what you built.
The current week counts as soon as its target is reached.</source>
        <translation>Die Gewohnheitsstärke zeigt, wie stetig deine wöchentliche Mühe war, von 0 % bis 100 %.
Mit jeder abgeschlossenen Woche behält der Wert vier Fünftel dessen, was er war, und bekommt ein Fünftel für diese Woche dazu: das ganze Fünftel, wenn du dein Wochenziel erreicht hast, einen Teil davon, wenn du einen Teil des Weges geschafft hast.
Darum zählen die letzten Wochen am meisten: Drei stetige Wochen bringen den Wert auf etwa die Hälfte, zehn auf etwa 90 %, und eine verpasste Woche kostet etwa ein Fünftel, ohne zunichtezumachen, was du aufgebaut hast.
Die laufende Woche zählt, sobald ihr Ziel erreicht ist.</translation>
    </message>
</context>
<context>
    <name>outloud::analytics::detail</name>
    <message>
        <source>compute the overview</source>
        <translation>Berechnen der Übersicht</translation>
    </message>
</context>
<context>
    <name>outloud::checkinpdf</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation>Check-in vom %1</translation>
    </message>
    <message>
        <source>Outloud %1</source>
        <translation>Outloud %1</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · Seite %2</translation>
    </message>
    <message>
        <source>You facilitate no circle in this program.</source>
        <translation>Du moderierst in diesem Programm keinen Circle.</translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s) you facilitate.</source>
        <translation>
            <numerusform>%n Circle, den du moderierst.</numerusform>
            <numerusform>%n Circles, die du moderierst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your circles</source>
        <translation>Deine Circles</translation>
    </message>
    <message>
        <source>No contribution for two weeks: %1</source>
        <translation>Seit zwei Wochen kein Beitrag: %1</translation>
    </message>
    <message>
        <source>Could not lay out the check-in for %1.</source>
        <translation>Das Check-in für %1 konnte nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>outloud::cli</name>
    <message>
        <source>Writes the weekly summary of a member (or of the whole circle) as a PDF file.</source>
        <translation>Schreibt die Wochenzusammenfassung eines Mitglieds (oder des ganzen Circles) als PDF-Datei.</translation>
    </message>
    <message>
        <source>The week of the circle to summarize (required).</source>
        <translation>Die Woche des Circles, die zusammengefasst wird (erforderlich).</translation>
    </message>
    <message>
        <source>Whose week (default: me).</source>
        <translation>Wessen Woche (Standard: ich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Which circle, where the file holds several (default: mine).</source>
        <translation>Welcher Circle, wenn die Datei mehrere enthält (Standard: meiner).</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>Die zu schreibende PDF-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Paper size (default: the locale&apos;s, Letter in the US and Canada).</source>
        <translation>Papierformat (Standard: das der Region, Letter in den USA und Kanada).</translation>
    </message>
    <message>
        <source>The facilitator&apos;s summary: attendance and every member&apos;s numbers.</source>
        <translation>Die Zusammenfassung für die Moderation: Anwesenheit und die Zahlen jedes Mitglieds.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--output FILE.pdf is required.</source>
        <translation>--output DATEI.pdf fehlt.</translation>
    </message>
    <message>
        <source>--week N is required.</source>
        <translation>--week N fehlt.</translation>
    </message>
    <message>
        <source>--week takes a week number, not &apos;%1&apos;.</source>
        <translation>--week erwartet eine Wochennummer, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--page-size is a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size ist a4 oder letter, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--circle-summary covers every member; leave out --member.</source>
        <translation>--circle-summary umfasst alle Mitglieder; lass --member weg.</translation>
    </message>
    <message>
        <source>the output would replace the database %1.</source>
        <translation>die Ausgabe würde die Datenbank %1 ersetzen.</translation>
    </message>
    <message>
        <source>there is no circle called &quot;%1&quot; in %2. Circles: %3.</source>
        <translation>es gibt keinen Circle namens „%1“ in %2. Circles: %3.</translation>
    </message>
    <message>
        <source>%1 holds no circle yet.</source>
        <translation>%1 enthält noch keinen Circle.</translation>
    </message>
    <message>
        <source>the circle &quot;%1&quot;</source>
        <translation>den Circle „%1“</translation>
    </message>
    <message>
        <source>nobody in the circle &quot;%1&quot; is marked as me; choose one with --member. Members: %2.</source>
        <translation>niemand im Circle „%1“ ist als ich markiert; wähle jemanden mit --member. Mitglieder: %2.</translation>
    </message>
    <message>
        <source>there is no member called &quot;%1&quot; in the circle &quot;%2&quot;. Members: %3.</source>
        <translation>es gibt kein Mitglied namens „%1“ im Circle „%2“. Mitglieder: %3.</translation>
    </message>
    <message>
        <source>Writes the relationship lists or contributions as CSV, or the whole database as JSON (which `outloud import` restores). The file is readable by you only.</source>
        <translation>Schreibt die Beziehungslisten oder Beiträge als CSV, oder die ganze Datenbank als JSON (die `outloud import` wiederherstellt). Nur du kannst die Datei lesen.</translation>
    </message>
    <message>
        <source>csv or json (required).</source>
        <translation>csv oder json (erforderlich).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>For CSV: people (the relationship lists) or contributions.</source>
        <translation>Für CSV: people (die Beziehungslisten) oder contributions.</translation>
    </message>
    <message>
        <source>For CSV: only this member&apos;s list (default: every list).</source>
        <translation>Für CSV: nur die Liste dieses Mitglieds (Standard: alle Listen).</translation>
    </message>
    <message>
        <source>outloud export-data: --format is csv or json.</source>
        <translation>outloud export-data: --format ist csv oder json.</translation>
    </message>
    <message>
        <source>outloud export-data: --output FILE is required.</source>
        <translation>outloud export-data: --output DATEI fehlt.</translation>
    </message>
    <message>
        <source>outloud export-data: --table is people or contributions, not “%1”.</source>
        <translation>outloud export-data: --table ist people oder contributions, nicht „%1“.</translation>
    </message>
    <message>
        <source>outloud export-data: no member is called “%1”.</source>
        <translation>outloud export-data: Kein Mitglied heißt „%1“.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>the database has no circle yet; set one up first.</source>
        <translation>die Datenbank enthält noch keinen Circle; leg zuerst einen an.</translation>
    </message>
    <message>
        <source>nobody in the circle is marked as you; name the list with --member NAME.</source>
        <translation>niemand im Circle ist als du markiert; nenne die Liste mit --member NAME.</translation>
    </message>
    <message>
        <source>no member is called “%1”.</source>
        <translation>kein Mitglied heißt „%1“.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>Adds people from a LinkedIn export, a CSV or vCard file to a relationship list, or restores a whole database from an Outloud JSON export. Nothing is written when anything is wrong.</source>
        <translation>Fügt Personen aus einem LinkedIn-Export, einer CSV- oder vCard-Datei einer Beziehungsliste hinzu, oder stellt eine ganze Datenbank aus einem Outloud-JSON-Export wieder her. Ist etwas falsch, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>linkedin, csv, vcard or json (default: detected).</source>
        <translation>linkedin, csv, vcard oder json (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Whose relationship list (default: you, in your circle).</source>
        <translation>Wessen Beziehungsliste (Standard: du, in deinem Circle).</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be oder latin1 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The CSV delimiter: , ; tab or | (default: detected).</source>
        <translation>Das CSV-Trennzeichen: , ; tab oder | (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Only show what would be added, merged and skipped.</source>
        <translation>Nur zeigen, was hinzugefügt, zusammengeführt und übersprungen würde.</translation>
    </message>
    <message>
        <source>outloud import: give exactly one FILE to import.</source>
        <translation>outloud import: Gib genau eine zu importierende DATEI an.</translation>
    </message>
    <message>
        <source>outloud import: --format is linkedin, csv, vcard or json, not “%1”.</source>
        <translation>outloud import: --format ist linkedin, csv, vcard oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>outloud import: --encoding is utf-8, utf-16le, utf-16be or latin1, not “%1”.</source>
        <translation>outloud import: --encoding ist utf-8, utf-16le, utf-16be oder latin1, nicht „%1“.</translation>
    </message>
    <message>
        <source>outloud import: --delimiter is , ; tab or |, not “%1”.</source>
        <translation>outloud import: --delimiter ist , ; tab oder |, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is a valid Outloud export of %2 tables; importing it replaces everything in %3.</source>
        <translation>%1 ist ein gültiger Outloud-Export mit %2 Tabellen; der Import ersetzt alles in %3.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. What it held before is kept in %3.</source>
        <translation>%1 aus %2 wiederhergestellt. Was vorher darin war, liegt in %3.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Would add %1, merge %2 and skip %3 of %4 people from %5 (%6) on the list of %7. Nothing was written.</source>
        <translation>Würde %1 hinzufügen, %2 zusammenführen und %3 überspringen, von %4 Personen aus %5 (%6), auf der Liste von %7. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Added %1, merged %2, skipped %3 of %4 people from %5 (%6) on the list of %7.</source>
        <translation>%1 hinzugefügt, %2 zusammengeführt, %3 übersprungen, von %4 Personen aus %5 (%6), auf der Liste von %7.</translation>
    </message>
    <message>
        <source>--language is one of %1, not &apos;%2&apos;.</source>
        <translation>--language ist eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Writes an invitation file for the circle&apos;s members: its name, schedule, plan and members, nothing private.</source>
        <translation>Schreibt eine Einladungsdatei für die Mitglieder des Circles: Name, Termine, Wochenplan und Mitglieder, nichts Privates.</translation>
    </message>
    <message>
        <source>The invitation file to write (required).</source>
        <translation>Die zu schreibende Einladungsdatei (erforderlich).</translation>
    </message>
    <message>
        <source>The circle&apos;s name (default: your circle).</source>
        <translation>Der Name des Circles (Standard: dein Circle).</translation>
    </message>
    <message>
        <source>outloud circle invite: --output FILE is required.</source>
        <translation>outloud circle invite: --output DATEI fehlt.</translation>
    </message>
    <message>
        <source>outloud circle invite: there is no such circle in the database.</source>
        <translation>outloud circle invite: Diesen Circle gibt es in der Datenbank nicht.</translation>
    </message>
    <message>
        <source>Wrote an invitation to %1 for %2 members to %3.</source>
        <translation>Einladung zu %1 für %2 Mitglieder nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Joins the circle of an invitation file: the circle, its schedule and members come into your database, with you as the member named by --me.</source>
        <translation>Tritt dem Circle einer Einladungsdatei bei: Circle, Termine und Mitglieder kommen in deine Datenbank, und du bist das mit --me genannte Mitglied.</translation>
    </message>
    <message>
        <source>Which member of the invitation you are (required).</source>
        <translation>Welches Mitglied der Einladung du bist (erforderlich).</translation>
    </message>
    <message>
        <source>The invitation file.</source>
        <translation>Die Einladungsdatei.</translation>
    </message>
    <message>
        <source>outloud circle join: give exactly one invitation file.</source>
        <translation>outloud circle join: Gib genau eine Einladungsdatei an.</translation>
    </message>
    <message>
        <source>outloud circle join: say which member you are with --me, one of: %1.</source>
        <translation>outloud circle join: Sag mit --me, welches Mitglied du bist, eines von: %1.</translation>
    </message>
    <message>
        <source>Joined %1 as %2.</source>
        <translation>%1 als %2 beigetreten.</translation>
    </message>
    <message>
        <source>Updated %1 from a newer invitation.</source>
        <translation>%1 aus einer neueren Einladung aktualisiert.</translation>
    </message>
    <message>
        <source>Already in %1; nothing changed.</source>
        <translation>Schon in %1; nichts geändert.</translation>
    </message>
    <message>
        <source>Shares your card with the circle through a folder: without --yes it only shows exactly what would be written there.</source>
        <translation>Teilt deine Karte über einen Ordner mit dem Circle: Ohne --yes zeigt es nur genau das, was dort geschrieben würde.</translation>
    </message>
    <message>
        <source>The circle&apos;s shared folder.</source>
        <translation>Der geteilte Ordner des Circles.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Parts to leave out, comma separated: goal, counts, streak, habit, commitments.</source>
        <translation>Wegzulassende Teile, durch Kommas getrennt: goal, counts, streak, habit, commitments.</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Write the card now and after each change.</source>
        <translation>Die Karte jetzt und nach jeder Änderung schreiben.</translation>
    </message>
    <message>
        <source>Stop sharing and remove your card from the folder.</source>
        <translation>Teilen beenden und deine Karte aus dem Ordner entfernen.</translation>
    </message>
    <message>
        <source>outloud circle share: unknown part &apos;%1&apos;.</source>
        <translation>outloud circle share: unbekannter Teil &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>outloud circle share: there is no such circle with you as a member.</source>
        <translation>outloud circle share: Einen solchen Circle mit dir als Mitglied gibt es nicht.</translation>
    </message>
    <message>
        <source>Stopped sharing; your card is removed from the folder.</source>
        <translation>Teilen beendet; deine Karte ist aus dem Ordner entfernt.</translation>
    </message>
    <message>
        <source>outloud circle share: --folder FOLDER is required.</source>
        <translation>outloud circle share: --folder ORDNER fehlt.</translation>
    </message>
    <message>
        <source>outloud circle share: there is nothing to share.</source>
        <translation>outloud circle share: Es gibt nichts zu teilen.</translation>
    </message>
    <message>
        <source>This card would be written to %1, and rewritten after each change:</source>
        <translation>Diese Karte würde nach %1 geschrieben und nach jeder Änderung neu geschrieben:</translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to share it.</source>
        <translation>Nichts wurde geschrieben. Starte noch einmal mit --yes, um sie zu teilen.</translation>
    </message>
    <message>
        <source>Shared your card in %1.</source>
        <translation>Deine Karte in %1 geteilt.</translation>
    </message>
    <message>
        <source>Usage: outloud circle invite --output FILE [--circle NAME] [--database PATH]</source>
        <translation>Aufruf: outloud circle invite --output DATEI [--circle NAME] [--database PFAD]</translation>
    </message>
    <message>
        <source>       outloud circle join FILE --me NAME [--database PATH]</source>
        <translation>       outloud circle join DATEI --me NAME [--database PFAD]</translation>
    </message>
    <message>
        <source>       outloud circle share --folder FOLDER [--without PARTS] [--yes] | --stop</source>
        <translation>       outloud circle share --folder ORDNER [--without TEILE] [--yes] | --stop</translation>
    </message>
    <message>
        <source>outloud circle: say &apos;invite&apos;, &apos;join&apos; or &apos;share&apos;. Try &apos;outloud circle --help&apos;.</source>
        <translation>outloud circle: Sag &apos;invite&apos;, &apos;join&apos; oder &apos;share&apos;. Hilfe gibt es mit &apos;outloud circle --help&apos;.</translation>
    </message>
    <message>
        <source>For CSV: write every cell exactly as stored. By default a cell starting with = + - @ tab or carriage return gets a leading &apos; so that spreadsheets do not run it as a formula.</source>
        <translation>Für CSV: jede Zelle genau so schreiben, wie sie gespeichert ist. Sonst bekommt eine Zelle, die mit = + - @, Tabulator oder Wagenrücklauf beginnt, ein &apos; vorangestellt, damit Tabellenkalkulationen sie nicht als Formel ausführen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: week %2 for %3, %n page(s) (%4 s).</source>
        <translation>
            <numerusform>%1 geschrieben: Woche %2 für %3, %n Seite (%4 s).</numerusform>
            <numerusform>%1 geschrieben: Woche %2 für %3, %n Seiten (%4 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>outloud org %1: --database postgresql://... is required.</source>
        <translation>outloud org %1: --database postgresql://... ist nötig.</translation>
    </message>
    <message>
        <source>The circle&apos;s name.</source>
        <translation>Der Name des Circles.</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL login role.</source>
        <translation>Die PostgreSQL-Login-Rolle der Person.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Make them the circle&apos;s facilitator (not a member).</source>
        <translation>Macht die Person zur Begleitung des Circles (nicht zum Mitglied).</translation>
    </message>
    <message>
        <source>The circle they leave.</source>
        <translation>Der Circle, den die Person verlässt.</translation>
    </message>
    <message>
        <source>The circle they join.</source>
        <translation>Der Circle, in den die Person wechselt.</translation>
    </message>
    <message>
        <source>The first meeting&apos;s date (YYYY-MM-DD).</source>
        <translation>Das Datum des ersten Treffens (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting weekday, 1 = Monday ... 7.</source>
        <translation>Wochentag der Treffen, 1 = Montag ... 7.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Meeting time (HH:MM).</source>
        <translation>Uhrzeit der Treffen (HH:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>The circle&apos;s length in weeks.</source>
        <translation>Die Länge des Circles in Wochen.</translation>
    </message>
    <message>
        <source>Write the member&apos;s list and contributions to this folder before removing them.</source>
        <translation>Schreibt Liste und Beiträge des Mitglieds in diesen Ordner, bevor es entfernt wird.</translation>
    </message>
    <message>
        <source>Remove without writing an export (the member has their own copy or declined).</source>
        <translation>Entfernt ohne Export (das Mitglied hat eine eigene Kopie oder wollte keine).</translation>
    </message>
    <message>
        <source>The circle&apos;s or the person&apos;s name.</source>
        <translation>Der Name des Circles oder der Person.</translation>
    </message>
    <message>
        <source>outloud org %1: give a name.</source>
        <translation>outloud org %1: Gib einen Namen an.</translation>
    </message>
    <message>
        <source>outloud org %1: --%2 is required.</source>
        <translation>outloud org %1: --%2 ist nötig.</translation>
    </message>
    <message>
        <source>outloud org remove-member: this deletes %1&apos;s relationship list, contributions and goal in that circle. Offer them an export first: run again with --export FOLDER (written for them, readable by you alone), or with --without-export if they have their own copy. Nothing was changed.</source>
        <translation>outloud org remove-member: Das löscht Beziehungsliste, Beiträge und Ziel von %1 in diesem Circle. Biete zuerst einen Export an: Führe den Befehl noch einmal mit --export ORDNER aus (für die Person geschrieben, nur für dich lesbar) oder mit --without-export, wenn sie eine eigene Kopie hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>outloud org add-circle: the time must be HH:MM.</source>
        <translation>outloud org add-circle: Die Uhrzeit muss HH:MM sein.</translation>
    </message>
    <message>
        <source>Usage: outloud org init --database URL</source>
        <translation>Aufruf: outloud org init --database URL</translation>
    </message>
    <message>
        <source>       outloud org add-circle NAME --start DATE [--weekday N] [--time HH:MM] [--weeks N] --database URL</source>
        <translation>       outloud org add-circle NAME --start DATUM [--weekday N] [--time HH:MM] [--weeks N] --database URL</translation>
    </message>
    <message>
        <source>       outloud org add-member NAME --login ROLE --circle C [--facilitator] --database URL</source>
        <translation>       outloud org add-member NAME --login ROLLE --circle C [--facilitator] --database URL</translation>
    </message>
    <message>
        <source>       outloud org move-member --login ROLE [--from C] --to C --database URL</source>
        <translation>       outloud org move-member --login ROLLE [--from C] --to C --database URL</translation>
    </message>
    <message>
        <source>       outloud org remove-member --login ROLE --circle C (--export FOLDER | --without-export) --database URL</source>
        <translation>       outloud org remove-member --login ROLLE --circle C (--export ORDNER | --without-export) --database URL</translation>
    </message>
    <message>
        <source>       outloud org list --database URL</source>
        <translation>       outloud org list --database URL</translation>
    </message>
    <message>
        <source>outloud org: say init, add-circle, add-member, move-member, remove-member or list. Try &apos;outloud org --help&apos;.</source>
        <translation>outloud org: Sag init, add-circle, add-member, move-member, remove-member oder list. Versuch &apos;outloud org --help&apos;.</translation>
    </message>
    <message>
        <source>Copies the database, consistently even while Outloud has it open, into a file readable by you only.</source>
        <translation>Kopiert die Datenbank, auch während Outloud sie geöffnet hat, stimmig in eine Datei, die nur du lesen kannst.</translation>
    </message>
    <message>
        <source>The backup file to write (required).</source>
        <translation>Die zu schreibende Sicherungsdatei (erforderlich).</translation>
    </message>
    <message>
        <source>outloud backup: --output FILE is required.</source>
        <translation>outloud backup: --output DATEI fehlt.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: Outloud cannot copy it, so it wrote a JSON archive of its Outloud data to %2 (outloud import %2 --format json restores it). The server&apos;s own backups (pg_dump, point-in-time recovery) are the real backup; ask its administrator.</source>
        <translation>%1 ist eine PostgreSQL-Datenbank: Outloud kann sie nicht kopieren und hat deshalb ein JSON-Archiv ihrer Outloud-Daten nach %2 geschrieben (outloud import %2 --format json stellt es wieder her). Die eigentliche Sicherung sind die Backups des Servers (pg_dump, Point-in-Time-Recovery); frag dessen Administration.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 nach %2 gesichert.</translation>
    </message>
    <message>
        <source>Exports a circle&apos;s meetings as an iCalendar file for calendar apps.</source>
        <translation>Exportiert die Treffen eines Circles als iCalendar-Datei für Kalender-Apps.</translation>
    </message>
    <message>
        <source>The .ics file to write (required).</source>
        <translation>Die zu schreibende .ics-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>outloud calendar: --output FILE.ics is required.</source>
        <translation>outloud calendar: --output DATEI.ics fehlt.</translation>
    </message>
    <message>
        <source>outloud calendar: there is no circle called &apos;%1&apos;.</source>
        <translation>outloud calendar: Es gibt keinen Circle namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>outloud calendar: the database has no circle yet.</source>
        <translation>outloud calendar: Die Datenbank enthält noch keinen Circle.</translation>
    </message>
    <message>
        <source>Wrote %1 meetings to %2.</source>
        <translation>%1 Treffen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Write a demo circle into a new database file</source>
        <translation>Einen Demo-Circle in eine neue Datenbankdatei schreiben</translation>
    </message>
    <message>
        <source>Import people (LinkedIn, CSV, vCard) or restore a JSON export</source>
        <translation>Personen importieren (LinkedIn, CSV, vCard) oder einen JSON-Export wiederherstellen</translation>
    </message>
    <message>
        <source>Export the lists and contributions as CSV, or everything as JSON</source>
        <translation>Listen und Beiträge als CSV exportieren, oder alles als JSON</translation>
    </message>
    <message>
        <source>Copy the database to a backup file</source>
        <translation>Die Datenbank in eine Sicherungsdatei kopieren</translation>
    </message>
    <message>
        <source>Export a circle&apos;s meetings as an iCalendar (.ics) file</source>
        <translation>Die Treffen eines Circles als iCalendar-Datei (.ics) exportieren</translation>
    </message>
    <message>
        <source>Write the weekly summary of a member or a circle as PDF</source>
        <translation>Die Wochenzusammenfassung eines Mitglieds oder eines Circles als PDF schreiben</translation>
    </message>
    <message>
        <source>Invite members to a circle (invite) or join one from an invitation (join)</source>
        <translation>Mitglieder in einen Circle einladen (invite) oder mit einer Einladung beitreten (join)</translation>
    </message>
    <message>
        <source>Say where this week stands; exit 0 when the weekly target is met</source>
        <translation>Sagen, wo die Woche steht; Exit-Code 0, wenn das Wochenziel erreicht ist</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Hilfe gibt es mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Writes a realistic, reproducible demo database.</source>
        <translation>Schreibt eine realistische, reproduzierbare Demo-Datenbank.</translation>
    </message>
    <message>
        <source>The new database file (required).</source>
        <translation>Die neue Datenbankdatei (erforderlich).</translation>
    </message>
    <message>
        <source>small: one circle of five in week 7; large: 100 circles, 10,000 people, 200,000 contributions.</source>
        <translation>small: ein Circle mit fünf Mitgliedern in Woche 7; large: 100 Circles, 10.000 Personen, 200.000 Beiträge.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same demo.</source>
        <translation>Startwert für den Zufall; derselbe Startwert ergibt dieselbe Demo.</translation>
    </message>
    <message>
        <source>Pretend today is this date (YYYY-MM-DD).</source>
        <translation>So tun, als wäre heute dieses Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>outloud demo: --database PATH is required.</source>
        <translation>outloud demo: --database PFAD fehlt.</translation>
    </message>
    <message>
        <source>outloud demo: %1 already exists; the demo never overwrites a file.</source>
        <translation>outloud demo: %1 gibt es schon; die Demo überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>outloud demo: --scale is small or large, not &apos;%1&apos;.</source>
        <translation>outloud demo: --scale ist small oder large, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>outloud demo: --seed takes a whole number.</source>
        <translation>outloud demo: --seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>outloud demo: --today takes a date as YYYY-MM-DD.</source>
        <translation>outloud demo: --today erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4, %5 (%L6 s).</source>
        <translation>%1 geschrieben: %2, %3, %4, %5 (%L6 s).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <translation>
            <numerusform>%Ln Circle</numerusform>
            <numerusform>%Ln Circles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The language of the window for this run: %1 (default: the language setting).</source>
        <translation>Die Sprache des Fensters für diesen Start: %1 (Standard: die Spracheinstellung).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>outloud remind: no desktop notification service is running.</source>
        <translation>outloud remind: Es läuft kein Benachrichtigungsdienst des Desktops.</translation>
    </message>
    <message>
        <source>Prints where your week stands: contributions against your weekly target, who is due and the next meeting.
Exit code: 0 when the weekly target is met, 1 when not yet, 2 on an error.</source>
        <translation>Zeigt, wo deine Woche steht: Beiträge gegenüber deinem Wochenziel, wer fällig ist und das nächste Treffen.
Exit-Code: 0, wenn das Wochenziel erreicht ist, 1, wenn noch nicht, 2 bei einem Fehler.</translation>
    </message>
    <message>
        <source>Also show it as a desktop notification; clicking it opens Outloud.</source>
        <translation>Zusätzlich als Desktop-Benachrichtigung zeigen; ein Klick darauf öffnet Outloud.</translation>
    </message>
    <message>
        <source>Tell it as of this moment instead of now.</source>
        <translation>Den Stand zu diesem Zeitpunkt statt jetzt angeben.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>JJJJ-MM-TTTHH:MM</translation>
    </message>
    <message>
        <source>outloud remind: --now takes a date and time like 2026-03-16T09:00.</source>
        <translation>outloud remind: --now erwartet Datum und Uhrzeit wie 2026-03-16T09:00.</translation>
    </message>
    <message>
        <source>outloud remind: there is no circle called &apos;%1&apos;.</source>
        <translation>outloud remind: Es gibt keinen Circle namens „%1“.</translation>
    </message>
    <message>
        <source>outloud remind: the database has no circle of yours yet.</source>
        <translation>outloud remind: Die Datenbank enthält noch keinen Circle von dir.</translation>
    </message>
    <message>
        <source>outloud: unknown command &apos;%1&apos;.</source>
        <translation>outloud: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Commands (each takes --help):</source>
        <translation>Befehle (jeder kennt --help):</translation>
    </message>
    <message>
        <source>Without a command, outloud opens the window; &apos;outloud --help&apos; lists its options.</source>
        <translation>Ohne Befehl öffnet outloud das Fenster; „outloud --help“ listet seine Optionen.</translation>
    </message>
    <message>
        <source>Outloud, a companion for Working Out Loud circles.</source>
        <translation>Outloud, ein Begleiter für Working-Out-Loud-Circles.</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation>Ein Bild des Fensters als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Start on this page: overview, goal, relationships, contributions, circle or meeting.</source>
        <translation>Auf dieser Seite starten: overview, goal, relationships, contributions, circle oder meeting.</translation>
    </message>
    <message>
        <source>Start meeting mode in presentation mode (full screen, large type).</source>
        <translation>Den Treffen-Modus als Präsentation starten (Vollbild, große Schrift).</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>A command to run without a window, or an invitation file to join.</source>
        <translation>Ein Befehl, der ohne Fenster läuft, oder eine Einladungsdatei zum Beitreten.</translation>
    </message>
    <message>
        <source>[command | invitation]</source>
        <translation>[Befehl | Einladung]</translation>
    </message>
    <message>
        <source>outloud: unknown command &apos;%1&apos;. Try &apos;outloud --help&apos;.</source>
        <translation>outloud: unbekannter Befehl &apos;%1&apos;. Hilfe gibt es mit &apos;outloud --help&apos;.</translation>
    </message>
    <message>
        <source>outloud: --language is one of %1, not &apos;%2&apos;.</source>
        <translation>outloud: --language ist eines von %1, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>outloud: unknown page &apos;%1&apos;.</source>
        <translation>outloud: unbekannte Seite &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>outloud: could not write %1</source>
        <translation>outloud: %1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>outloud::dashboard</name>
    <message>
        <source>Week of the circle</source>
        <translation>Woche des Circles</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Woche %1: %2 bis %3</translation>
    </message>
    <message>
        <source>(this week)</source>
        <translation>(diese Woche)</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>Gegeben: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Erhalten: %1</translation>
    </message>
    <message>
        <source>Weekly target: %1</source>
        <translation>Wochenziel: %1</translation>
    </message>
    <message>
        <source>Balance so far: %1</source>
        <translation>Bilanz bisher: %1</translation>
    </message>
    <message>
        <source>People who grew closer: %1</source>
        <translation>Personen, die dir näher gekommen sind: %1</translation>
    </message>
    <message>
        <source>Commitments made: %1</source>
        <translation>Vorhaben gefasst: %1</translation>
    </message>
    <message>
        <source>Commitments due: %1, kept: %2</source>
        <translation>Vorhaben fällig: %1, eingehalten: %2</translation>
    </message>
    <message>
        <source>Click to see the contributions of this week.</source>
        <translation>Klicke, um die Beiträge dieser Woche zu sehen.</translation>
    </message>
    <message>
        <source>Given and received per week</source>
        <translation>Gegeben und erhalten pro Woche</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Cumulative balance</source>
        <translation>Kumulierte Bilanz</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>End of week 1</source>
        <translation>Ende von Woche 1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Target: %1 a week</source>
        <translation>Ziel: %1/Woche</translation>
    </message>
    <message>
        <source>Largest imbalances</source>
        <translation>Größte Ungleichgewichte</translation>
    </message>
    <message>
        <source>They gave more</source>
        <translation>Sie gaben mehr</translation>
    </message>
    <message>
        <source>I gave more</source>
        <translation>Ich gab mehr</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Balance so far</source>
        <translation>Bilanz bisher</translation>
    </message>
    <message>
        <source>Given − received</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Closeness (0 to 5)</source>
        <translation>Nähe (0 bis 5)</translation>
    </message>
    <message>
        <source>Weekly target</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Closeness: week 1 and now</source>
        <translation>Nähe: Woche 1 und jetzt</translation>
    </message>
    <message>
        <source>Week %1 is the current week.</source>
        <translation>Woche %1 ist die aktuelle Woche.</translation>
    </message>
    <message>
        <source>No contributions given or received in these weeks yet.</source>
        <translation>In diesen Wochen wurde noch nichts gegeben oder erhalten.</translation>
    </message>
    <message>
        <source>The balance line starts with the circle&apos;s first week.</source>
        <translation>Die Bilanzlinie beginnt mit der ersten Woche des Circles.</translation>
    </message>
    <message>
        <source>Nobody on the list has a closeness yet.</source>
        <translation>Noch niemand auf der Liste hat eine Nähe.</translation>
    </message>
    <message>
        <source>The weeks show once the circle has weeks.</source>
        <translation>Die Wochen erscheinen, sobald der Circle Wochen hat.</translation>
    </message>
    <message>
        <source>Largest imbalances: none yet</source>
        <translation>Größte Ungleichgewichte: noch keine</translation>
    </message>
    <message>
        <source>Nobody yet gave much more than they received, or the other way round.</source>
        <translation>Noch hat niemand deutlich mehr gegeben als erhalten oder umgekehrt.</translation>
    </message>
</context>
<context>
    <name>outloud::io</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Relation to the goal</source>
        <translation>Bezug zum Ziel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>No column is mapped to a name (or a first or last name).</source>
        <translation>Keine Spalte ist einem Namen (oder Vor- oder Nachnamen) zugeordnet.</translation>
    </message>
    <message>
        <source>The file holds more than %L1 people; Outloud imports at most %L1 at a time.</source>
        <translation>Die Datei enthält mehr als %L1 Personen; Outloud importiert höchstens %L1 auf einmal.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1: closeness “%2” is not a number from 0 to 5.</source>
        <translation>Zeile %1: Nähe „%2“ ist keine Zahl von 0 bis 5.</translation>
    </message>
    <message>
        <source>This is not LinkedIn&apos;s Connections.csv: no line with the columns “First Name” and “Last Name” near the top. Import it as CSV instead.</source>
        <translation>Das ist nicht die Connections.csv von LinkedIn: Oben steht keine Zeile mit den Spalten „First Name“ und „Last Name“. Importiere sie stattdessen als CSV.</translation>
    </message>
    <message>
        <source>Connected on LinkedIn since %1.</source>
        <translation>Auf LinkedIn verbunden seit %1.</translation>
    </message>
    <message>
        <source>Line %1: the file goes on beyond %L2 lines or %L3 values; Outloud does not read files that large.</source>
        <translation>Zeile %1: Die Datei geht über %L2 Zeilen oder %L3 Werte hinaus; so große Dateien liest Outloud nicht.</translation>
    </message>
    <message>
        <source>Line %1 has too many fields; is this really a CSV file?</source>
        <translation>Zeile %1 hat zu viele Felder; ist das wirklich eine CSV-Datei?</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters; Outloud does not read fields that long.</source>
        <translation>Zeile %1 hat ein Feld mit mehr als %2 Zeichen; so lange Felder liest Outloud nicht.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that is never closed (unbalanced quotes, or the file is cut short).</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird (unpaarige Anführungszeichen, oder die Datei ist abgeschnitten).</translation>
    </message>
    <message>
        <source>List of</source>
        <translation>Liste von</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>read the relationship list</source>
        <translation>Lesen der Beziehungsliste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Was es gebracht hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>read the contributions</source>
        <translation>Lesen der Beiträge</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Outloud does not read files that large.</source>
        <translation>%1 ist größer als %2 MB; so große Dateien liest Outloud nicht.</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>Aktualisieren von %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Line %1 holds binary data (a NUL byte): this is not a text file, or it is UTF-16 without a byte order mark.</source>
        <translation>Zeile %1 enthält Binärdaten (ein NUL-Byte): Das ist keine Textdatei, oder sie ist UTF-16 ohne Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8; try another encoding.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8; versuch eine andere Kodierung.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character: it is truncated or not %1.</source>
        <translation>Die Datei endet mitten in einem Zeichen: Sie ist abgeschnitten oder nicht %1.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2; try another encoding.</source>
        <translation>Zeile %1 ist kein gültiges %2; versuch eine andere Kodierung.</translation>
    </message>
    <message>
        <source>Line %1 holds binary data: this does not look like a text file.</source>
        <translation>Zeile %1 enthält Binärdaten: Das sieht nicht nach einer Textdatei aus.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>card %1 (line %2)</source>
        <translation>Karte %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Line %1: expected BEGIN:VCARD, found “%2”: this is not a vCard file, or a card before it is broken.</source>
        <translation>Zeile %1: BEGIN:VCARD erwartet, „%2“ gefunden: Das ist keine vCard-Datei, oder eine Karte davor ist kaputt.</translation>
    </message>
    <message>
        <source>The file holds more than %L1 cards; Outloud imports at most %L1 at a time.</source>
        <translation>Die Datei enthält mehr als %L1 Karten; Outloud importiert höchstens %L1 auf einmal.</translation>
    </message>
    <message>
        <source>Card %1 (line %2) has no END:VCARD: another card begins on line %3.</source>
        <translation>Karte %1 (Zeile %2) hat kein END:VCARD: In Zeile %3 beginnt eine weitere Karte.</translation>
    </message>
    <message>
        <source>Line %1 (card %2) is not a vCard property: “%3”.</source>
        <translation>Zeile %1 (Karte %2) ist keine vCard-Eigenschaft: „%3“.</translation>
    </message>
    <message>
        <source>Line %1 (card %2): %3 is longer than %4 characters; Outloud does not read values that long.</source>
        <translation>Zeile %1 (Karte %2): %3 ist länger als %4 Zeichen; so lange Werte liest Outloud nicht.</translation>
    </message>
    <message>
        <source>Card %1 (line %2) has no END:VCARD: the file ends inside it (is it cut short?).</source>
        <translation>Karte %1 (Zeile %2) hat kein END:VCARD: Die Datei endet mittendrin (ist sie abgeschnitten?).</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Outloud JSON export</source>
        <translation>Outloud-JSON-Export</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>this folder is read-only</source>
        <translation>dieser Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file could not be written completely</source>
        <translation>die Datei konnte nicht vollständig geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not valid UTF-8, though the rest of the file is UTF-8. The file may be damaged; if it is in another encoding, choose it (on the command line: --encoding latin1).</source>
        <translation>Zeile %1, Spalte %2 ist kein gültiges UTF-8, obwohl der Rest der Datei UTF-8 ist. Die Datei ist vielleicht beschädigt; wenn sie eine andere Kodierung hat, wähle sie aus (auf der Kommandozeile: --encoding latin1).</translation>
    </message>
    <message>
        <source>The export was cut short.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A JSON export is a whole database: restore it instead of importing it.</source>
        <translation>Ein JSON-Export ist eine ganze Datenbank: Stell ihn wieder her, statt ihn zu importieren.</translation>
    </message>
    <message>
        <source>count the rows to export</source>
        <translation>die zu exportierenden Zeilen zählen</translation>
    </message>
    <message>
        <source>start the export</source>
        <translation>den Export beginnen</translation>
    </message>
    <message>
        <source>Could not read the database version to start the export.</source>
        <translation>Die Datenbankversion konnte nicht gelesen werden, um den Export zu beginnen.</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>outloud::io::BackupService</name>
    <message>
        <source>Could not back up while a change is being saved; try again.</source>
        <translation>Während eine Änderung gespeichert wird, ist keine Sicherung möglich; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Eine Sicherung kann nicht die Datenbank ersetzen, die sie kopiert.</translation>
    </message>
    <message>
        <source>back up to %1</source>
        <translation>Sichern nach %1</translation>
    </message>
    <message>
        <source>Could not remove the old backup %1</source>
        <translation>Die alte Sicherung %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not an Outloud backup.</source>
        <translation>%1 ist keine Outloud-Sicherung.</translation>
    </message>
    <message>
        <source>open the backup %1</source>
        <translation>Öffnen der Sicherung %1</translation>
    </message>
    <message>
        <source>%1 holds database version %2, this file is version %3; open the backup as a file instead of restoring it.</source>
        <translation>%1 enthält Datenbankversion %2, diese Datei ist Version %3; öffne die Sicherung als Datei, statt sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 does not have the tables of this database.</source>
        <translation>%1 hat nicht die Tabellen dieser Datenbank.</translation>
    </message>
    <message>
        <source>prepare the restore</source>
        <translation>Vorbereiten der Wiederherstellung</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>Leeren von %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>Wiederherstellen von %1</translation>
    </message>
    <message>
        <source>check the restored data</source>
        <translation>Prüfen der wiederhergestellten Daten</translation>
    </message>
    <message>
        <source>%1 is inconsistent; nothing was changed.</source>
        <translation>%1 ist widersprüchlich; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>outloud::io::ImportPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>outloud::io::ImportPreview</name>
    <message>
        <source>prepare the preview</source>
        <translation>die Vorschau vorbereiten</translation>
    </message>
    <message>
        <source>The file changed since the preview was made: nothing was imported. Look at the new preview, then import again.</source>
        <translation>Die Datei hat sich seit der Vorschau geändert: Es wurde nichts importiert. Sieh dir die neue Vorschau an und importiere dann noch einmal.</translation>
    </message>
    <message>
        <source>The list changed since the preview was made (%1 would not be imported as shown): nothing was imported. Look at the new preview, then import again.</source>
        <translation>Die Liste hat sich seit der Vorschau geändert (%1 würde nicht wie angezeigt importiert): Es wurde nichts importiert. Sieh dir die neue Vorschau an und importiere dann noch einmal.</translation>
    </message>
    <message>
        <source>Could not make a folder for the preview: %1</source>
        <translation>Für die Vorschau konnte kein Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>outloud::io::ImportService</name>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>the same person as %1</source>
        <translation>dieselbe Person wie %1</translation>
    </message>
    <message>
        <source>the matching person could not be read</source>
        <translation>die passende Person konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>already on the list, nothing new</source>
        <translation>schon auf der Liste, nichts Neues</translation>
    </message>
    <message>
        <source>already on the list as %1, nothing new</source>
        <translation>schon auf der Liste als %1, nichts Neues</translation>
    </message>
    <message>
        <source>merging into %1 would make them a duplicate of someone else on the list</source>
        <translation>das Zusammenführen mit %1 würde sie zum Duplikat einer anderen Person auf der Liste machen</translation>
    </message>
    <message>
        <source>adds details to %1</source>
        <translation>ergänzt Angaben zu %1</translation>
    </message>
    <message>
        <source>The import cannot be redone: it no longer matches the list.</source>
        <translation>Der Import lässt sich nicht wiederholen: Er passt nicht mehr zur Liste.</translation>
    </message>
    <message>
        <source>prepare the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>add %1 (%2)</source>
        <translation>Hinzufügen von %1 (%2)</translation>
    </message>
    <message>
        <source>record the closeness of %1</source>
        <translation>Speichern der Nähe von %1</translation>
    </message>
    <message>
        <source>%1 (%2) should be merged into someone who is no longer on the list.</source>
        <translation>%1 (%2) soll mit jemandem zusammengeführt werden, der nicht mehr auf der Liste steht.</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>Rückgängigmachen des Imports</translation>
    </message>
    <message>
        <source>import into %1</source>
        <translation>Import in %1</translation>
    </message>
    <message>
        <source>read the list</source>
        <translation>Lesen der Liste</translation>
    </message>
    <message>
        <source>redo the import</source>
        <translation>den Import wiederholen</translation>
    </message>
    <message>
        <source>The people to import again are no longer known.</source>
        <translation>Die erneut zu importierenden Personen sind nicht mehr bekannt.</translation>
    </message>
</context>
<context>
    <name>outloud::io::json</name>
    <message>
        <source>read %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>Line %1 of the JSON file: %2.</source>
        <translation>Zeile %1 der JSON-Datei: %2.</translation>
    </message>
    <message>
        <source>This JSON file is not an Outloud export.</source>
        <translation>Diese JSON-Datei ist kein Outloud-Export.</translation>
    </message>
    <message>
        <source>This export was made by another version of Outloud (export format %1; this version reads %2).</source>
        <translation>Dieser Export stammt von einer anderen Outloud-Version (Exportformat %1; diese Version liest %2).</translation>
    </message>
    <message>
        <source>The export does not say which database version it holds.</source>
        <translation>Der Export sagt nicht, welche Datenbankversion er enthält.</translation>
    </message>
    <message>
        <source>The export holds no tables.</source>
        <translation>Der Export enthält keine Tabellen.</translation>
    </message>
    <message>
        <source>Table %1 of the export has no valid name.</source>
        <translation>Tabelle %1 des Exports hat keinen gültigen Namen.</translation>
    </message>
    <message>
        <source>Table “%1” of the export has a column without a valid name.</source>
        <translation>Tabelle „%1“ des Exports hat eine Spalte ohne gültigen Namen.</translation>
    </message>
    <message>
        <source>Table “%1” of the export has no columns.</source>
        <translation>Tabelle „%1“ des Exports hat keine Spalten.</translation>
    </message>
    <message>
        <source>Table “%1”, row %2 of the export does not have %3 values.</source>
        <translation>Tabelle „%1“, Zeile %2 des Exports hat nicht %3 Werte.</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, column “%3” of the export holds a value Outloud does not store.</source>
        <translation>Tabelle „%1“, Zeile %2, Spalte „%3“ des Exports enthält einen Wert, den Outloud nicht speichert.</translation>
    </message>
    <message>
        <source>The export holds database version %1, this file is version %2; restore it with the Outloud that made it.</source>
        <translation>Der Export enthält Datenbankversion %1, diese Datei ist Version %2; stell ihn mit dem Outloud wieder her, das ihn erstellt hat.</translation>
    </message>
    <message>
        <source>The export has a table “%1” that this database does not have.</source>
        <translation>Der Export hat eine Tabelle „%1“, die diese Datenbank nicht hat.</translation>
    </message>
    <message>
        <source>The export has the table “%1” twice.</source>
        <translation>Der Export hat die Tabelle „%1“ doppelt.</translation>
    </message>
    <message>
        <source>The columns of table “%1” in the export do not match this database.</source>
        <translation>Die Spalten der Tabelle „%1“ im Export passen nicht zu dieser Datenbank.</translation>
    </message>
    <message>
        <source>The export lacks the table “%1”.</source>
        <translation>Dem Export fehlt die Tabelle „%1“.</translation>
    </message>
    <message>
        <source>prepare the restore</source>
        <translation>Vorbereiten der Wiederherstellung</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>Leeren von %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>Wiederherstellen von %1</translation>
    </message>
    <message>
        <source>restore row %1 of %2</source>
        <translation>Wiederherstellen von Zeile %1 in %2</translation>
    </message>
    <message>
        <source>check the restored data</source>
        <translation>Prüfen der wiederhergestellten Daten</translation>
    </message>
    <message>
        <source>The export is inconsistent: a row of “%1” refers to one of “%2” that it does not hold. Nothing was changed.</source>
        <translation>Der Export ist widersprüchlich: Eine Zeile von „%1“ verweist auf eine von „%2“, die er nicht enthält. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This export was made by a newer Outloud (database version %1; this version reads up to %2). Update Outloud to restore it; nothing was changed.</source>
        <translation>Dieser Export stammt von einem neueren Outloud (Datenbankversion %1; diese Version liest bis %2). Aktualisiere Outloud, um ihn wiederherzustellen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder to upgrade the export.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden, um den Export zu aktualisieren.</translation>
    </message>
    <message>
        <source>The export was cut short.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Line %1 of the JSON file is not where an Outloud export has it; the file was changed or cut short.</source>
        <translation>Zeile %1 der JSON-Datei steht nicht dort, wo ein Outloud-Export sie hat; die Datei wurde verändert oder ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>outloud::keepintouch</name>
    <message>
        <source>none</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <translation>alle 2 Monate</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>jedes Quartal</translation>
    </message>
    <message>
        <source>every half year</source>
        <translation>jedes halbe Jahr</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::sharing</name>
    <message>
        <source>the card is empty</source>
        <translation>die Karte ist leer</translation>
    </message>
    <message>
        <source>the card is incomplete or damaged</source>
        <translation>die Karte ist unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>this is not an Outloud card</source>
        <translation>das ist keine Outloud-Karte</translation>
    </message>
    <message>
        <source>the card has no valid format version</source>
        <translation>die Karte hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>the card was written by a newer Outloud (format %1); update Outloud to read it</source>
        <translation>die Karte stammt von einem neueren Outloud (Format %1); aktualisiere Outloud, um sie zu lesen</translation>
    </message>
    <message>
        <source>the card does not say whose it is</source>
        <translation>die Karte sagt nicht, wem sie gehört</translation>
    </message>
    <message>
        <source>the card belongs to another circle</source>
        <translation>die Karte gehört zu einem anderen Circle</translation>
    </message>
    <message>
        <source>the card does not say when it was written</source>
        <translation>die Karte sagt nicht, wann sie geschrieben wurde</translation>
    </message>
    <message>
        <source>the card holds a figure that cannot be right</source>
        <translation>die Karte enthält eine Zahl, die nicht stimmen kann</translation>
    </message>
    <message>
        <source>This member has no id to share under.</source>
        <translation>Dieses Mitglied hat keine Kennung, unter der es teilen kann.</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be found.</source>
        <translation>Der geteilte Ordner %1 ist nicht zu finden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be found; is the drive connected?</source>
        <translation>Der geteilte Ordner %1 ist nicht zu finden; ist das Laufwerk verbunden?</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>a conflict copy kept by the sync program</source>
        <translation>eine Konfliktkopie des Sync-Programms</translation>
    </message>
    <message>
        <source>a temporary or partly synced file</source>
        <translation>eine temporäre oder erst teilweise synchronisierte Datei</translation>
    </message>
    <message>
        <source>too large to be a card</source>
        <translation>zu groß für eine Karte</translation>
    </message>
    <message>
        <source>the card inside names another member</source>
        <translation>die Karte darin nennt ein anderes Mitglied</translation>
    </message>
    <message>
        <source>%1 skipped: written by someone who is not a member of this circle here (left, or invited after your invitation)</source>
        <translation>%1 übersprungen: geschrieben von jemandem, der hier kein Mitglied dieses Circles ist (ausgetreten oder nach deiner Einladung eingeladen)</translation>
    </message>
    <message>
        <source>as of %1 (by a clock that is ahead)</source>
        <translation>Stand %1 (nach einer Uhr, die vorgeht)</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>The invitation file is empty.</source>
        <translation>Die Einladungsdatei ist leer.</translation>
    </message>
    <message>
        <source>The invitation file is incomplete or damaged. Ask the facilitator to send it again.</source>
        <translation>Die Einladungsdatei ist unvollständig oder beschädigt. Bitte die Moderation, sie noch einmal zu schicken.</translation>
    </message>
    <message>
        <source>This is not an Outloud invitation.</source>
        <translation>Das ist keine Outloud-Einladung.</translation>
    </message>
    <message>
        <source>The invitation has no valid format version.</source>
        <translation>Die Einladung hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The invitation was made by a newer Outloud (format %1). Update Outloud to join this circle.</source>
        <translation>Die Einladung stammt von einem neueren Outloud (Format %1). Aktualisiere Outloud, um diesem Circle beizutreten.</translation>
    </message>
    <message>
        <source>The invitation is damaged: %1. Ask the facilitator to send it again.</source>
        <translation>Die Einladung ist beschädigt: %1. Bitte die Moderation, sie noch einmal zu schicken.</translation>
    </message>
    <message>
        <source>it has no date</source>
        <translation>sie hat kein Datum</translation>
    </message>
    <message>
        <source>the circle has no valid id</source>
        <translation>der Circle hat keine gültige Kennung</translation>
    </message>
    <message>
        <source>the circle&apos;s name or schedule is missing</source>
        <translation>Name oder Termine des Circles fehlen</translation>
    </message>
    <message>
        <source>a meeting has no valid week or date</source>
        <translation>ein Treffen hat keine gültige Woche oder kein gültiges Datum</translation>
    </message>
    <message>
        <source>it lists no members</source>
        <translation>sie nennt keine Mitglieder</translation>
    </message>
    <message>
        <source>it lists too many members</source>
        <translation>sie nennt zu viele Mitglieder</translation>
    </message>
    <message>
        <source>a member has no valid id or name</source>
        <translation>ein Mitglied hat keine gültige Kennung oder keinen Namen</translation>
    </message>
    <message>
        <source>reported in the round, %1</source>
        <translation>in der Runde berichtet, %1</translation>
    </message>
    <message>
        <source>their card, %1</source>
        <translation>eigene Karte, %1</translation>
    </message>
    <message>
        <source>shared on the server</source>
        <translation>auf dem Server geteilt</translation>
    </message>
</context>
<context>
    <name>outloud::sharing::SharingService</name>
    <message>
        <source>There is no such circle.</source>
        <translation>Diesen Circle gibt es nicht.</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>Lesen der Termine</translation>
    </message>
    <message>
        <source>join the circle</source>
        <translation>Beitreten zum Circle</translation>
    </message>
    <message>
        <source>copy the schedule</source>
        <translation>Übernehmen der Termine</translation>
    </message>
    <message>
        <source>Choose which member of the circle you are.</source>
        <translation>Wähle, welches Mitglied des Circles du bist.</translation>
    </message>
    <message>
        <source>save how the circle is shared</source>
        <translation>Speichern der Freigabe des Circles</translation>
    </message>
    <message>
        <source>More commitments kept than were due.</source>
        <translation>Mehr Vorhaben gehalten als fällig waren.</translation>
    </message>
    <message>
        <source>save what the member reported</source>
        <translation>Speichern dessen, was das Mitglied berichtet hat</translation>
    </message>
</context>
<context>
    <name>outloud::summarydocument</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>This meeting: %1</source>
        <translation>Dieses Treffen: %1</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Nächstes Treffen: %1</translation>
    </message>
    <message>
        <source>This was the circle&apos;s last week.</source>
        <translation>Das war die letzte Woche des Circles.</translation>
    </message>
    <message>
        <source>○ open: %1</source>
        <translation>○ offen: %1</translation>
    </message>
    <message>
        <source>✓ kept: %1</source>
        <translation>✓ eingehalten: %1</translation>
    </message>
    <message>
        <source>✗ not kept: %1</source>
        <translation>✗ nicht eingehalten: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1, week %2 of %3: summary for %4</source>
        <translation>%1, Woche %2 von %3: Zusammenfassung für %4</translation>
    </message>
    <message>
        <source>%1, week %2 of %3: circle summary</source>
        <translation>%1, Woche %2 von %3: Zusammenfassung des Circles</translation>
    </message>
    <message>
        <source>Outloud · %1 · %2 · week %3</source>
        <translation>Outloud · %1 · %2 · Woche %3</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum es wichtig ist: %1</translation>
    </message>
    <message>
        <source>Progress in twelve weeks: %1</source>
        <translation>Fortschritt in zwölf Wochen: %1</translation>
    </message>
    <message>
        <source>Weekly target: %1 contributions a week</source>
        <translation>Wochenziel: %1 Beiträge pro Woche</translation>
    </message>
    <message>
        <source>No goal recorded yet.</source>
        <translation>Noch kein Ziel festgehalten.</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>Die Woche in Zahlen</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeben</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>week streak</source>
        <translation>Wochen in Folge</translation>
    </message>
    <message>
        <source>at or above target</source>
        <translation>am oder über dem Ziel</translation>
    </message>
    <message>
        <source>habit strength</source>
        <translation>Gewohnheitsstärke</translation>
    </message>
    <message>
        <source>0 to 100%</source>
        <translation>0 bis 100 %</translation>
    </message>
    <message>
        <source>closer</source>
        <translation>näher</translation>
    </message>
    <message>
        <source>%1 less close</source>
        <translation>%1 weniger nah</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Closeness changes</source>
        <translation>Änderungen der Nähe</translation>
    </message>
    <message>
        <source>No closeness rating changed this week.</source>
        <translation>Diese Woche hat sich keine Nähe geändert.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Contributions of the week (%1)</source>
        <translation>Beiträge der Woche (%1)</translation>
    </message>
    <message>
        <source>No contributions were logged this week.</source>
        <translation>Diese Woche wurden keine Beiträge erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>Gebracht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Due at this meeting</source>
        <translation>Fällig zu diesem Treffen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>New, for the weeks ahead</source>
        <translation>Neu, für die kommenden Wochen</translation>
    </message>
    <message>
        <source>• %1 (due in week %2)</source>
        <translation>• %1 (fällig in Woche %2)</translation>
    </message>
    <message>
        <source>Notes from the meeting</source>
        <translation>Notizen vom Treffen</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Week %1 starts with the meeting on %2.</source>
        <translation>Woche %1 beginnt mit dem Treffen am %2.</translation>
    </message>
    <message>
        <source>The target until then: %1 contributions.</source>
        <translation>Das Ziel bis dahin: %1 Beiträge.</translation>
    </message>
    <message>
        <source>The circle is complete: time to reflect on the twelve weeks and celebrate.</source>
        <translation>Der Circle ist abgeschlossen: Zeit, auf die zwölf Wochen zurückzublicken und zu feiern.</translation>
    </message>
    <message>
        <source>Outloud · %1 · circle summary · week %2</source>
        <translation>Outloud · %1 · Zusammenfassung des Circles · Woche %2</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>%1 · circle summary</source>
        <translation>%1 · Zusammenfassung des Circles</translation>
    </message>
    <message>
        <source>Attendance and numbers</source>
        <translation>Anwesenheit und Zahlen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>%1 (facilitator)</source>
        <translation>%1 (Moderation)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Closer</source>
        <translation>Näher</translation>
    </message>
    <message>
        <source>Commitments kept</source>
        <translation>Vorhaben eingehalten</translation>
    </message>
    <message>
        <source>%1 of %2 members at the meeting.</source>
        <translation>%1 von %2 Mitgliedern beim Treffen.</translation>
    </message>
    <message>
        <source>The circle&apos;s weeks</source>
        <translation>Die Wochen des Circles</translation>
    </message>
    <message>
        <source>Figures as of %1: the week&apos;s own from its meeting; the balance &quot;so far&quot; over weeks 1 to %2; streak and habit strength up to week %3.</source>
        <translation>Stand %1: die Zahlen der Woche ab ihrem Treffen; die Bilanz „bisher“ über die Wochen 1 bis %2; Serie und Gewohnheitsstärke bis Woche %3.</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Figures shared by the members themselves: %1.</source>
        <translation>Von den Mitgliedern selbst geteilte Zahlen: %1.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Everyone on the list was on track this week.</source>
        <translation>Diese Woche war niemand auf der Liste fällig.</translation>
    </message>
    <message>
        <source>losing touch</source>
        <translation>Kontakt schläft ein</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>diese Woche fällig</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>outloud::summarypdf</name>
    <message>
        <source>Outloud %1</source>
        <translation>Outloud %1</translation>
    </message>
    <message>
        <source>Could not lay out the summary for %1.</source>
        <translation>Die Zusammenfassung für %1 konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>outloud::summaryprint</name>
    <message>
        <source>Print week %1 summary</source>
        <translation>Zusammenfassung von Woche %1 drucken</translation>
    </message>
    <message>
        <source>Print week summary</source>
        <translation>Wochenzusammenfassung drucken</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>outloud::tally</name>
    <message>
        <source>prepare the load</source>
        <translation>Vorbereiten des Ladens</translation>
    </message>
    <message>
        <source>count the contributions</source>
        <translation>Zählen der Beiträge</translation>
    </message>
</context>
</TS>
