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
        <source>Write a demo circle into a new database file</source>
        <translation>Einen Demo-Circle in eine neue Datenbankdatei schreiben</translation>
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
        <source>Wrote %1: %L2 circles, %L3 members, %L4 people, %L5 contributions (%L6 s).</source>
        <translation>%1 geschrieben: %L2 Circles, %L3 Mitglieder, %L4 Personen, %L5 Beiträge (%L6 s).</translation>
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
        <source>Outloud, a companion for Working Out Loud circles.</source>
        <translation>Outloud, ein Begleiter für Working-Out-Loud-Circles.</translation>
    </message>
    <message>
        <source>Commands (each takes --help):</source>
        <translation>Befehle (jeder kennt --help):</translation>
    </message>
    <message>
        <source>A command to run without a window.</source>
        <translation>Ein Befehl, der ohne Fenster läuft.</translation>
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
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
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
        <source>The demo is only written into an empty database.</source>
        <translation>Die Demo wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
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
        <source>Relation to my goal</source>
        <translation>Bezug zu meinem Ziel</translation>
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
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>count the rows</source>
        <translation>Zählen der Zeilen</translation>
    </message>
    <message>
        <source>read the rows</source>
        <translation>Lesen der Zeilen</translation>
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
        <source>Who is related to it?</source>
        <translation>Wer hat damit zu tun?</translation>
    </message>
    <message>
        <source>Create my circle</source>
        <translation>Meinen Circle anlegen</translation>
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
</TS>
