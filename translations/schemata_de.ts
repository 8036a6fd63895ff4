<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cloner</name>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; hat keine Spalte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A copy of the row of &quot;%1&quot; needs new values for %2, which must be unique; give them (--set column=value).</source>
        <translation>Eine Kopie der Zeile von &quot;%1&quot; benötigt neue Werte für %2, da diese eindeutig sein müssen; geben Sie sie an (--set column=value).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no row with that key.</source>
        <translation>&quot;%1&quot; hat keine Zeile mit diesem Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Gibt ein einzelnes JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>The design to check.</source>
        <translation>Der zu prüfende Entwurf.</translation>
    </message>
    <message>
        <source>check takes one design file.</source>
        <translation>check erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n Tabelle</numerusform>
            <numerusform>%1: %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>In OUT statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The design to format.</source>
        <translation>Der zu formatierende Entwurf.</translation>
    </message>
    <message>
        <source>format takes one design file.</source>
        <translation>format erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>Beziehungen:</translation>
    </message>
    <message>
        <source>The design has errors; it cannot be applied to a database until they are fixed.</source>
        <translation>Der Entwurf enthält Fehler; er kann erst auf eine Datenbank angewendet werden, wenn sie behoben sind.</translation>
    </message>
    <message>
        <source>The database to write for: sqlite, postgresql or mysql (default sqlite).</source>
        <translation>Die Zieldatenbank: sqlite, postgresql oder mysql (Standard: sqlite).</translation>
    </message>
    <message>
        <source>The design.</source>
        <translation>Der Entwurf.</translation>
    </message>
    <message>
        <source>sql takes one design file.</source>
        <translation>sql erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;; use sqlite, postgresql or mysql.</source>
        <translation>Unbekannter Dialekt &quot;%1&quot;; verwenden Sie sqlite, postgresql oder mysql.</translation>
    </message>
    <message>
        <source>The design has errors; no SQL was written.</source>
        <translation>Der Entwurf enthält Fehler; es wurde kein SQL geschrieben.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Drop and recreate tables of the design that exist.</source>
        <translation>Vorhandene Tabellen des Entwurfs löschen und neu anlegen.</translation>
    </message>
    <message>
        <source>An SQLite file (created when missing) or a URL.</source>
        <translation>Eine SQLite-Datei (wird angelegt, falls sie fehlt) oder eine URL.</translation>
    </message>
    <message>
        <source>apply takes a design and a database.</source>
        <translation>apply erwartet einen Entwurf und eine Datenbank.</translation>
    </message>
    <message>
        <source>The design has errors; nothing was changed.</source>
        <translation>Der Entwurf enthält Fehler; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation>Die Anweisung war:</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n table(s).</source>
        <translation>
            <numerusform>%n Tabelle ersetzt.</numerusform>
            <numerusform>%n Tabellen ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n table(s) in %1.</source>
        <translation>
            <numerusform>%n Tabelle in %1 angelegt.</numerusform>
            <numerusform>%n Tabellen in %1 angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the design to OUT instead of standard output.</source>
        <translation>Den Entwurf in OUT statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>An SQLite file or a URL.</source>
        <translation>Eine SQLite-Datei oder eine URL.</translation>
    </message>
    <message>
        <source>import takes one database.</source>
        <translation>import erwartet genau eine Datenbank.</translation>
    </message>
    <message>
        <source>Rows per table (N), or for one table (TABLE=N); repeatable.</source>
        <translation>Zeilen pro Tabelle (N) oder für eine einzelne Tabelle (TABLE=N); wiederholbar.</translation>
    </message>
    <message>
        <source>The same seed gives the same rows (default 1).</source>
        <translation>Derselbe Startwert ergibt dieselben Zeilen (Standard: 1).</translation>
    </message>
    <message>
        <source>Fill only these tables, separated by commas.</source>
        <translation>Nur diese Tabellen füllen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The design the database was made from (for its inheritance).</source>
        <translation>Der Entwurf, aus dem die Datenbank angelegt wurde (für ihre Vererbung).</translation>
    </message>
    <message>
        <source>fill takes one database.</source>
        <translation>fill erwartet genau eine Datenbank.</translation>
    </message>
    <message>
        <source>--rows takes a number of rows or TABLE=N, not &quot;%1&quot;.</source>
        <translation>--rows erwartet eine Zeilenanzahl oder TABLE=N, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tables takes table names separated by commas.</source>
        <translation>--tables erwartet durch Kommas getrennte Tabellennamen.</translation>
    </message>
    <message>
        <source>The design does not match %1, which has no %2. Give the design the database was made from (schemata apply), or leave out --design.</source>
        <translation>Der Entwurf passt nicht zu %1: Dort gibt es %2 nicht. Geben Sie den Entwurf an, aus dem die Datenbank angelegt wurde (schemata apply), oder lassen Sie --design weg.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the copy this value (repeatable).</source>
        <translation>Diesen Wert für die Kopie setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>Also copy the row&apos;s children and many-to-many links.</source>
        <translation>Auch die Kinder der Zeile und ihre n:m-Verknüpfungen kopieren.</translation>
    </message>
    <message>
        <source>How many levels of children a deep copy copies (default 1).</source>
        <translation>Anzahl der Ebenen von Kindern, die eine tiefe Kopie mitkopiert (Standard: 1).</translation>
    </message>
    <message>
        <source>Use this design for inheritance (default: read the database).</source>
        <translation>Diesen Entwurf für die Vererbung verwenden (Standard: aus der Datenbank lesen).</translation>
    </message>
    <message>
        <source>The table.</source>
        <translation>Die Tabelle.</translation>
    </message>
    <message>
        <source>The row&apos;s primary key; a composite key as a,b.</source>
        <translation>Der Primärschlüssel der Zeile; ein zusammengesetzter Schlüssel als a,b.</translation>
    </message>
    <message>
        <source>clone takes a database, a table and a key.</source>
        <translation>clone erwartet eine Datenbank, eine Tabelle und einen Schlüssel.</translation>
    </message>
    <message>
        <source>--depth takes a number of levels, 0 or more.</source>
        <translation>--depth erwartet eine Anzahl von Ebenen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>--set takes column=value, not &quot;%1&quot;.</source>
        <translation>--set erwartet column=value, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no primary key; its rows cannot be named.</source>
        <translation>&quot;%1&quot; hat keinen Primärschlüssel; ihre Zeilen können nicht identifiziert werden.</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; is %2.</source>
        <translation>Der Schlüssel von &quot;%1&quot; besteht aus %2.</translation>
    </message>
    <message>
        <source>Usage: schemata [FILE]
       schemata check DESIGN.xml [--json]
       schemata format DESIGN.xml [-o OUT]
       schemata sql DESIGN.xml [--dialect sqlite|postgresql|mysql]
       schemata apply DESIGN.xml DATABASE [--replace]
       schemata import DATABASE [-o DESIGN.xml]
       schemata fill DATABASE [--rows N|TABLE=N]... [--seed S] [--tables A,B]
                     [--design DESIGN.xml]
       schemata clone DATABASE TABLE KEY [--set COLUMN=VALUE]... [--deep
                      [--depth N]] [--design DESIGN.xml]
       schemata export-json DATABASE [-o OUT.json] [--tables A,B] [--pretty]
                            [--blobs base64|hex|skip]

Design relational schemas in the file format of WWW SQL Designer, map them to
SQLite, PostgreSQL and MariaDB, and browse their data.

Without a command, opens FILE (a design) in the window.

Commands:
  check DESIGN.xml [--json]   Load a design; print its tables, columns,
                              relations and keys, its relationships (one-to-
                              many, many-to-many, inheritance, ...), every
                              warning and every error that would stop it from
                              becoming a database. --json prints one JSON
                              object instead.
  format DESIGN.xml [-o OUT]  Load a design and save it without edits, in
                              WWW SQL Designer&apos;s layout (to standard output
                              without -o).
  sql DESIGN.xml [-d DIALECT]  Print the DDL that creates the design on
                              sqlite (default), postgresql or mysql.
  apply DESIGN.xml DATABASE   Create the design&apos;s tables in DATABASE, all or
                              nothing. Existing tables of the same names are
                              refused unless --replace is given.
  import DATABASE [-o OUT]    Read an existing database into a design.
  fill DATABASE               Fill the tables with generated rows that keep
                              types, sizes, keys, foreign keys, trees,
                              many-to-many pairs and inheritance, all or
                              nothing; prints the rows per table. --rows N
                              per table (default 100), --rows TABLE=N for
                              one (repeatable); --seed S (default 1: the same
                              seed gives the same rows); --tables A,B fills
                              only those, referencing their parents&apos; rows;
                              --design: the design the database was made
                              from, for its inheritance.
  clone DATABASE TABLE KEY    Copy a row without its generated key and print
                              the copy&apos;s key. KEY is the primary key (a,b when
                              composite); --set gives a column of the copy a
                              value (unique columns need one); --deep also
                              copies the row&apos;s children (to --depth levels,
                              default 1) and many-to-many links. All or
                              nothing.
  export-json DATABASE        Write every table as JSON, {&quot;table&quot;: [rows]},
                              parents first, one row per line (--pretty:
                              indented), BLOBs as base64 (or hex, or left
                              out); to standard output without -o.

DATABASE is an SQLite file, or a URL postgresql://user@host:port/database or
mysql://user@host:port/database (also MariaDB). The password comes from the
URL, from PGPASSWORD or MYSQL_PWD, or is asked for.

Options:
  -h, --help                  Show this help.
  -v, --version               Show the version.

Exit status: 0 success, 1 wrong usage, 2 the input cannot be read,
3 the output cannot be written, 4 the design has errors (nothing ran),
5 the database cannot be reached or refused the change.
</source>
        <translation>Aufruf: schemata [FILE]
        schemata check DESIGN.xml [--json]
        schemata format DESIGN.xml [-o OUT]
        schemata sql DESIGN.xml [--dialect sqlite|postgresql|mysql]
        schemata apply DESIGN.xml DATABASE [--replace]
        schemata import DATABASE [-o DESIGN.xml]
        schemata fill DATABASE [--rows N|TABLE=N]... [--seed S] [--tables A,B]
                      [--design DESIGN.xml]
        schemata clone DATABASE TABLE KEY [--set COLUMN=VALUE]... [--deep
                       [--depth N]] [--design DESIGN.xml]
        schemata export-json DATABASE [-o OUT.json] [--tables A,B] [--pretty]
                             [--blobs base64|hex|skip]

Entwerfen Sie relationale Schemata im Dateiformat von WWW SQL Designer, bilden
Sie sie auf SQLite, PostgreSQL und MariaDB ab und durchsuchen Sie ihre Daten.

Ohne Befehl wird FILE (ein Entwurf) im Fenster geöffnet.

Befehle:
  check DESIGN.xml [--json]   Lädt einen Entwurf und gibt seine Tabellen,
                              Spalten, Beziehungen und Schlüssel aus, die Art
                              seiner Beziehungen (1:n, n:m, Vererbung, ...)
                              sowie jede Warnung und jeden Fehler, der
                              verhindern würde, dass daraus eine Datenbank
                              wird. --json gibt stattdessen ein einzelnes
                              JSON-Objekt aus.
  format DESIGN.xml [-o OUT]  Lädt einen Entwurf und speichert ihn unverändert
                              in der Formatierung von WWW SQL Designer (ohne
                              -o in die Standardausgabe).
  sql DESIGN.xml [-d DIALECT]  Gibt die DDL aus, die den Entwurf in sqlite
                              (Standard), postgresql oder mysql anlegt.
  apply DESIGN.xml DATABASE   Legt die Tabellen des Entwurfs in DATABASE an,
                              alle oder keine. Gibt es dort bereits Tabellen
                              mit denselben Namen, wird der Vorgang abgelehnt,
                              sofern nicht --replace angegeben ist.
  import DATABASE [-o OUT]    Liest eine vorhandene Datenbank in einen Entwurf
                              ein.
  fill DATABASE               Füllt die Tabellen mit erzeugten Zeilen, die
                              Typen, Größen, Schlüssel, Fremdschlüssel, Bäume,
                              n:m-Paare und Vererbung einhalten, ganz oder gar
                              nicht; gibt die Zeilenanzahl pro Tabelle aus.
                              --rows N pro Tabelle (Standard: 100),
                              --rows TABLE=N für eine einzelne (wiederholbar);
                              --seed S (Standard: 1; derselbe Startwert ergibt
                              dieselben Zeilen); --tables A,B füllt nur diese
                              und verweist dabei auf die Zeilen ihrer
                              Elterntabellen; --design: der Entwurf, aus dem die
                              Datenbank angelegt wurde, für ihre Vererbung.
  clone DATABASE TABLE KEY    Kopiert eine Zeile ohne ihren automatisch
                              erzeugten Schlüssel und gibt den Schlüssel der
                              Kopie aus. KEY ist der Primärschlüssel (a,b, wenn
                              er zusammengesetzt ist); --set setzt eine Spalte
                              der Kopie auf einen Wert (eindeutige Spalten
                              benötigen einen); --deep kopiert auch die Kinder
                              der Zeile (bis zu --depth Ebenen, Standard: 1) und
                              ihre n:m-Verknüpfungen. Ganz oder gar nicht.
  export-json DATABASE        Schreibt alle Tabellen als JSON, {&quot;table&quot;: [Zeilen]},
                              Elterntabellen zuerst, eine Tabellenzeile pro
                              Textzeile (--pretty: eingerückt), BLOBs als base64
                              (oder hex, oder weggelassen); ohne -o in die
                              Standardausgabe.

DATABASE ist eine SQLite-Datei oder eine URL der Form
postgresql://user@host:port/database oder mysql://user@host:port/database
(auch MariaDB). Das Passwort stammt aus der URL, aus PGPASSWORD oder MYSQL_PWD,
oder es wird abgefragt.

Optionen:
  -h, --help                  Zeigt diese Hilfe an.
  -v, --version               Zeigt die Version an.

Exit-Status: 0 Erfolg, 1 falscher Aufruf, 2 die Eingabe kann nicht gelesen
werden, 3 die Ausgabe kann nicht geschrieben werden, 4 der Entwurf enthält
Fehler (nichts wurde ausgeführt), 5 die Datenbank ist nicht erreichbar oder hat
die Änderung abgelehnt.
</translation>
    </message>
    <message>
        <source>Export only these tables, separated by commas.</source>
        <translation>Nur diese Tabellen exportieren, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Indent the JSON.</source>
        <translation>Das JSON einrücken.</translation>
    </message>
    <message>
        <source>How to write BLOBs: base64 (default), hex or skip.</source>
        <translation>Wie BLOBs geschrieben werden: base64 (Standard), hex oder skip.</translation>
    </message>
    <message>
        <source>export-json takes one database.</source>
        <translation>export-json erwartet eine Datenbank.</translation>
    </message>
    <message>
        <source>--blobs takes base64, hex or skip.</source>
        <translation>--blobs erwartet base64, hex oder skip.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Qt&apos;s %1 driver is not installed; on Debian, install libqt6sql6-%2.</source>
        <translation>Der %1-Treiber von Qt ist nicht installiert; installieren Sie unter Debian libqt6sql6-%2.</translation>
    </message>
    <message>
        <source>%1: no such database file.</source>
        <translation>%1: Datenbankdatei nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the connection to %1: %2</source>
        <translation>Die Verbindung zu %1 kann nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>Cannot insert into %1: %2</source>
        <translation>In %1 kann nicht eingefügt werden: %2</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is ambiguous; write it as the schema does.</source>
        <translation>Der Tabellenname &quot;%1&quot; ist mehrdeutig; schreiben Sie ihn wie im Schema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a single-table subclass; its rows are in &quot;%2&quot;: name that table instead.</source>
        <translation>&quot;%1&quot; ist eine Unterklasse mit Vererbung in einer Tabelle; ihre Zeilen stehen in &quot;%2&quot;: Geben Sie stattdessen diese Tabelle an.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in the schema.</source>
        <translation>Im Schema gibt es keine Tabelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The number of rows cannot be negative.</source>
        <translation>Die Zeilenanzahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of rows for &quot;%1&quot; cannot be negative.</source>
        <translation>Die Zeilenanzahl für &quot;%1&quot; darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The foreign keys of %1 share the column %2; Schemata cannot generate rows for both.</source>
        <translation>Die Fremdschlüssel von %1 teilen sich die Spalte %2; Schemata kann keine Zeilen erzeugen, die beide erfüllen.</translation>
    </message>
    <message>
        <source>%1.%2 references %3, which is filled after it (the foreign keys make a cycle) and the column is NOT NULL; fill %3 in a run of its own first.</source>
        <translation>%1.%2 verweist auf die Tabelle %3, die erst danach gefüllt wird (die Fremdschlüssel bilden einen Zyklus), und die Spalte ist NOT NULL; füllen Sie %3 zuerst in einem eigenen Durchlauf.</translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; of %2 does not fit the discriminator %3.%4 (%5).</source>
        <translation>Die Identität &quot;%1&quot; von %2 passt nicht in die Diskriminatorspalte %3.%4 (%5).</translation>
    </message>
    <message>
        <source>Schemata cannot generate values of the type %1 for %2.%3, which is NOT NULL without a default.</source>
        <translation>Schemata kann keine Werte des Typs %1 für %2.%3 erzeugen; die Spalte ist NOT NULL und hat keinen Standardwert.</translation>
    </message>
    <message>
        <source>The table %1 has no rows of the type &quot;%2&quot; for %3 to extend; fill %1 too, or add rows to it first.</source>
        <translation>Die Tabelle %1 hat keine Zeilen vom Typ &quot;%2&quot;, die %3 erweitern könnte; füllen Sie %1 ebenfalls, oder fügen Sie ihr zuerst Zeilen hinzu.</translation>
    </message>
    <message>
        <source>The table %1 has no rows, and %2.%3 needs one for each row; fill %1 too, or add rows to it first.</source>
        <translation>Die Tabelle %1 hat keine Zeilen, aber %2.%3 benötigt für jede Zeile eine; füllen Sie %1 ebenfalls, oder fügen Sie ihr zuerst Zeilen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2 is unique, but its type %3 cannot hold %n different value(s).</source>
        <translation>
            <numerusform>%1.%2 ist eindeutig, aber der Typ %3 kann nicht %n Wert aufnehmen.</numerusform>
            <numerusform>%1.%2 ist eindeutig, aber der Typ %3 kann nicht %n verschiedene Werte aufnehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than one column that the database numbers and others reference; Schemata cannot tell its rows apart.</source>
        <translation>%1 hat mehr als eine Spalte, die die Datenbank nummeriert und auf die andere verweisen; Schemata kann ihre Zeilen nicht auseinanderhalten.</translation>
    </message>
    <message>
        <source>%1.%2 is NOT NULL and references the key the database numbers, so the first row cannot reference itself; make the column nullable.</source>
        <translation>%1.%2 ist NOT NULL und verweist auf den Schlüssel, den die Datenbank nummeriert, daher kann die erste Zeile nicht auf sich selbst verweisen; lassen Sie NULL in der Spalte zu.</translation>
    </message>
    <message>
        <source>The database numbered %1 rows of %2 where %3 were inserted; Schemata cannot tell which key belongs to which row.</source>
        <translation>Die Datenbank hat %1 Zeilen von %2 nummeriert, eingefügt wurden aber %3; Schemata kann nicht zuordnen, welcher Schlüssel zu welcher Zeile gehört.</translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows: %1</source>
        <translation>Commit der Zeilen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address: give an SQLite file, or a URL such as postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation>&quot;%1&quot; ist keine Datenbankadresse: Geben Sie eine SQLite-Datei oder eine URL wie postgresql://user@host:5432/database oder mysql://user@host:3306/database an.</translation>
    </message>
    <message>
        <source>The URL names no database: add /DATABASE after the host.</source>
        <translation>Die URL nennt keine Datenbank: Fügen Sie /DATABASE nach dem Host hinzu.</translation>
    </message>
</context>
<context>
    <name>DatatypeCatalogue</name>
    <message>
        <source>Datatype &quot;%1&quot;: its pattern &quot;%2&quot; is not a valid regular expression; only its exact name matches.</source>
        <translation>Datentyp &quot;%1&quot;: Sein Muster &quot;%2&quot; ist kein gültiger regulärer Ausdruck; nur der exakte Name passt.</translation>
    </message>
    <message>
        <source>Datatype &quot;%1&quot; has no quote attribute; WWW SQL Designer would write &quot;null&quot; around its defaults, Schemata writes them without quotes.</source>
        <translation>Der Datentyp &quot;%1&quot; hat kein quote-Attribut; WWW SQL Designer würde &quot;null&quot; um seine Standardwerte schreiben, Schemata schreibt sie ohne Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>DdlWriter</name>
    <message>
        <source>The column is NOT NULL in the design but belongs to a single-table subclass; it is nullable in &quot;%1&quot;.</source>
        <translation>Die Spalte ist im Entwurf NOT NULL, gehört aber zu einer Unterklasse mit Vererbung in einer Tabelle; in &quot;%1&quot; lässt sie NULL zu.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is longer than %2 allows; it is &quot;%3&quot; there.</source>
        <translation>Der Name &quot;%1&quot; ist länger, als %2 erlaubt; dort lautet er &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot index a %2 column; it is %3 there.</source>
        <translation>%1 kann eine Spalte vom Typ %2 nicht indizieren; dort wird sie als %3 angelegt.</translation>
    </message>
    <message>
        <source>%1 needs a foreign key column to have the type of the column it references: %2 here, %3 in %4.%5.</source>
        <translation>%1 verlangt, dass eine Fremdschlüsselspalte denselben Typ hat wie die Spalte, auf die sie verweist: hier %2, %3 in %4.%5.</translation>
    </message>
    <message>
        <source>The key of a joined-inheritance child takes its parent&apos;s value; AUTOINCREMENT is left out.</source>
        <translation>Der Schlüssel einer Kindtabelle bei Vererbung mit verknüpften Tabellen übernimmt den Wert der Elterntabelle; AUTOINCREMENT entfällt.</translation>
    </message>
    <message>
        <source>%1 keeps 1024 characters of a column comment; the rest is cut.</source>
        <translation>%1 speichert von einem Spaltenkommentar nur 1024 Zeichen; der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 has no FULLTEXT index; a plain index is made instead.</source>
        <translation>%1 kennt keinen FULLTEXT-Index; stattdessen wird ein einfacher Index angelegt.</translation>
    </message>
    <message>
        <source>A key of type %1 is not applied; Schemata knows PRIMARY, UNIQUE, INDEX and FULLTEXT keys.</source>
        <translation>Ein Schlüssel vom Typ %1 wird nicht angewendet; Schemata kennt Schlüssel vom Typ PRIMARY, UNIQUE, INDEX und FULLTEXT.</translation>
    </message>
    <message>
        <source>%1 accepts SET DEFAULT but does RESTRICT instead.</source>
        <translation>%1 akzeptiert SET DEFAULT, wendet aber RESTRICT an.</translation>
    </message>
    <message>
        <source>The name is longer than %1 allows (%2 %3).</source>
        <translation>Der Name ist länger, als %1 erlaubt (%2 %3).</translation>
    </message>
    <message>
        <source>bytes in UTF-8</source>
        <translation>Bytes in UTF-8</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
</context>
<context>
    <name>DesignCheck</name>
    <message>
        <source>A table has no name.</source>
        <translation>Eine Tabelle hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two tables are named &quot;%1&quot; (names that differ only in case are the same table in SQLite and MySQL).</source>
        <translation>Zwei Tabellen heißen &quot;%1&quot; (Namen, die sich nur in der Groß-/Kleinschreibung unterscheiden, bezeichnen in SQLite und MySQL dieselbe Tabelle).</translation>
    </message>
    <message>
        <source>The table has no columns.</source>
        <translation>Die Tabelle hat keine Spalten.</translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation>Eine Spalte hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two columns are named &quot;%1&quot;.</source>
        <translation>Zwei Spalten heißen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Two constraints or indexes are named &quot;%1&quot;.</source>
        <translation>Zwei Einschränkungen oder Indizes heißen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 key names the column &quot;%2&quot;, which does not exist.</source>
        <translation>Ein Schlüssel vom Typ %1 nennt die Spalte &quot;%2&quot;, die nicht existiert.</translation>
    </message>
    <message>
        <source>The table has %1 primary keys; a table can have only one.</source>
        <translation>Die Tabelle hat %1 Primärschlüssel; eine Tabelle kann nur einen haben.</translation>
    </message>
    <message>
        <source>The column has no datatype.</source>
        <translation>Die Spalte hat keinen Datentyp.</translation>
    </message>
    <message>
        <source>The default &quot;%1&quot; is not a value of the type %2.</source>
        <translation>Der Standardwert &quot;%1&quot; ist kein Wert des Typs %2.</translation>
    </message>
    <message>
        <source>AUTOINCREMENT needs an integer column; this one is %1.</source>
        <translation>AUTOINCREMENT erfordert eine Ganzzahlspalte; diese ist vom Typ %1.</translation>
    </message>
    <message>
        <source>AUTOINCREMENT needs the column to be the table&apos;s primary key, alone.</source>
        <translation>AUTOINCREMENT erfordert, dass die Spalte allein den Primärschlüssel der Tabelle bildet.</translation>
    </message>
    <message>
        <source>The foreign key references the table &quot;%1&quot;, which does not exist.</source>
        <translation>Der Fremdschlüssel verweist auf die Tabelle &quot;%1&quot;, die nicht existiert.</translation>
    </message>
    <message>
        <source>The foreign key references the column &quot;%1&quot; of &quot;%2&quot;, which does not exist.</source>
        <translation>Der Fremdschlüssel verweist auf die Spalte &quot;%1&quot; von &quot;%2&quot;, die nicht existiert.</translation>
    </message>
    <message>
        <source>The column is %1 but references %2.%3, which is %4.</source>
        <translation>Die Spalte ist vom Typ %1, verweist aber auf %2.%3 vom Typ %4.</translation>
    </message>
    <message>
        <source>The foreign key references %1.%2, which is not a primary key or unique.</source>
        <translation>Der Fremdschlüssel verweist auf %1.%2; dies ist weder ein Primärschlüssel noch eindeutig.</translation>
    </message>
    <message>
        <source>The table inherits from &quot;%1&quot;, which does not exist.</source>
        <translation>Die Tabelle erbt von &quot;%1&quot;, die nicht existiert.</translation>
    </message>
    <message>
        <source>Joined-table inheritance needs the primary key of &quot;%1&quot; to be a foreign key to the primary key of &quot;%2&quot;.</source>
        <translation>Vererbung mit verknüpften Tabellen erfordert, dass der Primärschlüssel von &quot;%1&quot; ein Fremdschlüssel auf den Primärschlüssel von &quot;%2&quot; ist.</translation>
    </message>
    <message>
        <source>A key of type %1 has no columns; it is left out.</source>
        <translation>Ein Schlüssel vom Typ %1 hat keine Spalten; er wird weggelassen.</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB and is not read</source>
        <translation>%1: Die Datei ist größer als %2 MB und wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DesignProblem</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>The file is not valid UTF-16.</source>
        <translation>Die Datei ist kein gültiges UTF-16.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding &quot;%1&quot; is not supported; save it as UTF-8.</source>
        <translation>Die Kodierung &quot;%1&quot; der Datei wird nicht unterstützt; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1); it must be saved as UTF-8.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Byte %1); sie muss als UTF-8 gespeichert werden.</translation>
    </message>
    <message>
        <source>This is not a WWW SQL Designer file: its root element is &lt;%1&gt;, not &lt;sql&gt;, and it has no tables.</source>
        <translation>Dies ist keine Datei von WWW SQL Designer: Ihr Wurzelelement ist &lt;%1&gt;, nicht &lt;sql&gt;, und sie enthält keine Tabellen.</translation>
    </message>
    <message>
        <source>The root element is &lt;%1&gt;, not &lt;sql&gt;; it is written as &lt;sql&gt;.</source>
        <translation>Das Wurzelelement ist &lt;%1&gt;, nicht &lt;sql&gt;; es wird als &lt;sql&gt; geschrieben.</translation>
    </message>
    <message>
        <source>The datatype catalogue has no types (WWW SQL Designer cannot load such a file).</source>
        <translation>Der Datentypkatalog enthält keine Typen (WWW SQL Designer kann eine solche Datei nicht laden).</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; around tables is not kept; its tables are.</source>
        <translation>Das Element &lt;%1&gt; um Tabellen wird nicht beibehalten, seine Tabellen schon.</translation>
    </message>
    <message>
        <source>Two tables are named &quot;%1&quot;; relations and lookups by name reach the first.</source>
        <translation>Zwei Tabellen heißen &quot;%1&quot;; Beziehungen und die Suche nach dem Namen verweisen auf die erste.</translation>
    </message>
    <message>
        <source>A table has no name.</source>
        <translation>Eine Tabelle hat keinen Namen.</translation>
    </message>
    <message>
        <source>Unknown inheritance kind &quot;%1&quot;; kept as written.</source>
        <translation>Unbekannte Vererbungsart &quot;%1&quot;; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>Two columns are named &quot;%1&quot;; relations and keys reach the first.</source>
        <translation>Zwei Spalten heißen &quot;%1&quot;; Beziehungen und Schlüssel verweisen auf die erste.</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; around columns or keys is not kept; its content is.</source>
        <translation>Das Element &lt;%1&gt; um Spalten oder Schlüssel wird nicht beibehalten, sein Inhalt schon.</translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation>Eine Spalte hat keinen Namen.</translation>
    </message>
    <message>
        <source>The column has no datatype; WWW SQL Designer shows the catalogue&apos;s first type.</source>
        <translation>Die Spalte hat keinen Datentyp; WWW SQL Designer zeigt den ersten Typ des Katalogs an.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; has no name before its size; WWW SQL Designer cannot load this file. Kept as written.</source>
        <translation>Der Datentyp &quot;%1&quot; hat keinen Namen vor seiner Größe; WWW SQL Designer kann diese Datei nicht laden. Wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; is not in the design&apos;s catalogue (%2); kept as written, where WWW SQL Designer would show &quot;%3&quot;.</source>
        <translation>Der Datentyp &quot;%1&quot; ist nicht im Katalog des Entwurfs (%2) enthalten; wird unverändert beibehalten, während WWW SQL Designer &quot;%3&quot; anzeigen würde.</translation>
    </message>
    <message>
        <source>An empty &lt;part&gt; of a %1 key is ignored (WWW SQL Designer stops loading the file there).</source>
        <translation>Ein leeres &lt;part&gt; eines Schlüssels vom Typ %1 wird ignoriert (WWW SQL Designer bricht dort das Laden der Datei ab).</translation>
    </message>
    <message>
        <source>A %1 key names the column &quot;%2&quot;, which does not exist; kept as written.</source>
        <translation>Ein Schlüssel vom Typ %1 nennt die Spalte &quot;%2&quot;, die nicht existiert; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The relation points to table &quot;%1&quot;, which does not exist; kept as written.</source>
        <translation>Die Beziehung verweist auf die Tabelle &quot;%1&quot;, die nicht existiert; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The relation points to column &quot;%1&quot; of table &quot;%2&quot;, which does not exist; kept as written.</source>
        <translation>Die Beziehung verweist auf die Spalte &quot;%1&quot; der Tabelle &quot;%2&quot;, die nicht existiert; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>Unknown referential action &quot;%1&quot;; kept as written.</source>
        <translation>Unbekannte referenzielle Aktion &quot;%1&quot;; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The table inherits from &quot;%1&quot;, which does not exist; kept as written.</source>
        <translation>Die Tabelle erbt von &quot;%1&quot;, die nicht existiert; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The discriminator column &quot;%1&quot; does not exist; kept as written.</source>
        <translation>Die Diskriminatorspalte &quot;%1&quot; existiert nicht; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; inside the column is moved to the table.</source>
        <translation>Das Element &lt;%1&gt; in der Spalte wird in die Tabelle verschoben.</translation>
    </message>
</context>
<context>
    <name>DesignWarning</name>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, column &quot;%2&quot;: </source>
        <translation>Tabelle &quot;%1&quot;, Spalte &quot;%2&quot;: </translation>
    </message>
    <message>
        <source>table &quot;%1&quot;: </source>
        <translation>Tabelle &quot;%1&quot;: </translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Fehler beim Lesen %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The database has no table %1.</source>
        <translation>Die Datenbank hat keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a read transaction: %1</source>
        <translation>Eine Lesetransaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot count &quot;%1&quot;: %2</source>
        <translation>Die Zeilen von &quot;%1&quot; können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1.%2 (key %3) is not valid UTF-8; it is written with replacement characters.</source>
        <translation>%1.%2 (Schlüssel %3) ist kein gültiges UTF-8; es wird mit Ersatzzeichen geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Schemata</source>
        <translation>Schemata</translation>
    </message>
    <message>
        <source>Open a design (WWW SQL Designer XML) with File &gt; Open.</source>
        <translation>Öffnen Sie einen Entwurf (WWW SQL Designer XML) über Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen...</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>Eine Entwurfsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Schemata</source>
        <translation>Ü&amp;ber Schemata</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Designs (*.xml *.txt);;All files (*)</source>
        <translation>Entwürfe (*.xml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 - Schemata</source>
        <translation>%1 - Schemata</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Schemata</source>
        <translation>Über Schemata</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Schemata %1&lt;/h3&gt;&lt;p&gt;Design relational schemas, map them to SQLite, PostgreSQL and MariaDB, and browse their data.&lt;/p&gt;&lt;p&gt;Designs are saved in the file format of WWW SQL Designer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Schemata %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie relationale Schemata, bilden Sie sie auf SQLite, PostgreSQL und MariaDB ab und durchsuchen Sie ihre Daten.&lt;/p&gt;&lt;p&gt;Entwürfe werden im Dateiformat von WWW SQL Designer gespeichert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MysqlDialect</name>
    <message>
        <source>the name of the database</source>
        <translation>des Datenbanknamens</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: the connection has no database selected.</source>
        <translation>Der Katalog kann nicht gelesen werden: In der Verbindung ist keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>der Tabellenliste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is system-versioned; its history is not part of the design.</source>
        <translation>&quot;%1&quot; ist systemversioniert; der Verlauf ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>the CHECK constraints</source>
        <translation>der CHECK-Einschränkungen</translation>
    </message>
    <message>
        <source>the columns</source>
        <translation>der Spalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; ist eine generierte Spalte; ihr Ausdruck ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; wird bei jeder Aktualisierung gesetzt (ON UPDATE); der Entwurf bildet das nicht ab.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3; the design keeps its text as if it were a value.</source>
        <translation>Der Standardwert von &quot;%1&quot;.&quot;%2&quot; ist der Ausdruck %3; der Entwurf übernimmt dessen Text, als wäre er ein Wert.</translation>
    </message>
    <message>
        <source>the keys and indexes</source>
        <translation>der Schlüssel und Indizes</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; basiert auf einem Ausdruck; er ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; covers only a prefix of some columns; the design has the whole columns.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; erfasst von manchen Spalten nur ein Präfix; der Entwurf enthält die vollständigen Spalten.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a SPATIAL index; the design keeps it as a plain index.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; ist ein SPATIAL-Index; der Entwurf übernimmt ihn als einfachen Index.</translation>
    </message>
    <message>
        <source>the foreign keys</source>
        <translation>der Fremdschlüssel</translation>
    </message>
    <message>
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this database; it is left out.</source>
        <translation>Der Fremdschlüssel &quot;%1&quot; von &quot;%2&quot; verweist auf %3; dies ist keine Tabelle dieser Datenbank, daher wird er weggelassen.</translation>
    </message>
    <message>
        <source>the triggers</source>
        <translation>der Trigger</translation>
    </message>
    <message>
        <source>CHECK constraints %1</source>
        <translation>CHECK-Einschränkungen %1</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>Not part of the design, of &quot;%1&quot;: %2</source>
        <translation>Von &quot;%1&quot; nicht Teil des Entwurfs: %2</translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation>Sichten sind nicht Teil eines Entwurfs: %1</translation>
    </message>
    <message>
        <source>Sequences are not part of a design: %1</source>
        <translation>Sequenzen sind nicht Teil eines Entwurfs: %1</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>the current schema</source>
        <translation>des aktuellen Schemas</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: no schema of the search path exists.</source>
        <translation>Der Katalog kann nicht gelesen werden: Kein Schema des Suchpfads existiert.</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>der Tabellenliste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation>&quot;%1&quot; ist eine partitionierte Tabelle; ihre Partitionierung und ihre Partitionen sind nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>the columns</source>
        <translation>der Spalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; ist eine generierte Spalte; ihr Ausdruck ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3; the design keeps its text as if it were a value.</source>
        <translation>Der Standardwert von &quot;%1&quot;.&quot;%2&quot; ist der Ausdruck %3; der Entwurf übernimmt dessen Text, als wäre er ein Wert.</translation>
    </message>
    <message>
        <source>the keys and indexes</source>
        <translation>der Schlüssel und Indizes</translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>Die Ausschlusseinschränkung &quot;%1&quot; von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; basiert auf einem Ausdruck; er ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>Der partielle Index &quot;%1&quot; von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The INCLUDE columns of the index &quot;%1&quot; of &quot;%2&quot; are not part of the design.</source>
        <translation>Die INCLUDE-Spalten des Index &quot;%1&quot; von &quot;%2&quot; sind nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; sorts some columns in descending order; the design does not say so.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; sortiert manche Spalten absteigend; der Entwurf bildet das nicht ab.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a %3 index; the design keeps its columns only.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; ist ein %3-Index; der Entwurf übernimmt nur seine Spalten.</translation>
    </message>
    <message>
        <source>the foreign keys</source>
        <translation>der Fremdschlüssel</translation>
    </message>
    <message>
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this schema; it is left out.</source>
        <translation>Der Fremdschlüssel &quot;%1&quot; von &quot;%2&quot; verweist auf %3; dies ist keine Tabelle dieses Schemas, daher wird er weggelassen.</translation>
    </message>
    <message>
        <source>the CHECK constraints and triggers</source>
        <translation>der CHECK-Einschränkungen und Trigger</translation>
    </message>
    <message>
        <source>CHECK constraints %1</source>
        <translation>CHECK-Einschränkungen %1</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>Not part of the design, of &quot;%1&quot;: %2</source>
        <translation>Von &quot;%1&quot; nicht Teil des Entwurfs: %2</translation>
    </message>
    <message>
        <source>the views and sequences</source>
        <translation>der Sichten und Sequenzen</translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation>Sichten sind nicht Teil eines Entwurfs: %1</translation>
    </message>
    <message>
        <source>Sequences are not part of a design: %1</source>
        <translation>Sequenzen sind nicht Teil eines Entwurfs: %1</translation>
    </message>
    <message>
        <source>Foreign tables are not part of a design: %1</source>
        <translation>Fremdtabellen sind nicht Teil eines Entwurfs: %1</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>many-to-one</source>
        <translation>n:1-Beziehung</translation>
    </message>
    <message>
        <source>one-to-one</source>
        <translation>1:1-Beziehung</translation>
    </message>
    <message>
        <source>self-referential one-to-many</source>
        <translation>selbstreferenzielle 1:n-Beziehung</translation>
    </message>
    <message>
        <source>many-to-many</source>
        <translation>n:m-Beziehung</translation>
    </message>
    <message>
        <source>self-referential many-to-many</source>
        <translation>selbstreferenzielle n:m-Beziehung</translation>
    </message>
    <message>
        <source>joined-table inheritance</source>
        <translation>Vererbung mit verknüpften Tabellen</translation>
    </message>
    <message>
        <source>single-table inheritance</source>
        <translation>Vererbung in einer Tabelle</translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %3 (each %3 row has many %1 rows)</source>
        <translation>%1.%2 -&gt; %3 (zu jeder Zeile von %3 gehören viele Zeilen von %1)</translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %3</source>
        <translation>%1.%2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %1 (parent and children)</source>
        <translation>%1.%2 -&gt; %1 (Eltern und Kinder)</translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2 through %3</source>
        <translation>%1 &lt;-&gt; %2 über %3</translation>
    </message>
    <message>
        <source>%1 extends %2</source>
        <translation>%1 erweitert %2</translation>
    </message>
</context>
<context>
    <name>SchemaApplier</name>
    <message>
        <source>The design has errors; nothing was changed.</source>
        <translation>Der Entwurf enthält Fehler; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n table(s) of the design: %1. Nothing was changed; replace them explicitly (--replace) to drop and recreate them.</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Tabelle des Entwurfs: %1. Es wurde nichts geändert; ersetzen Sie sie ausdrücklich (--replace), um sie zu löschen und neu anzulegen.</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Tabellen des Entwurfs: %1. Es wurde nichts geändert; ersetzen Sie sie ausdrücklich (--replace), um sie zu löschen und neu anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 The database was left as it was (rolled back).</source>
        <translation>%1 Die Datenbank wurde unverändert gelassen (Rollback).</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Dropping the existing tables failed; %n table(s) were dropped already.</source>
        <translation>
            <numerusform>%1 Das Löschen der vorhandenen Tabellen ist fehlgeschlagen; %n Tabelle wurde bereits gelöscht.</numerusform>
            <numerusform>%1 Das Löschen der vorhandenen Tabellen ist fehlgeschlagen; %n Tabellen wurden bereits gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n table(s) it had created.</source>
        <translation>
            <numerusform>%1 %2 kann DDL in einer Transaktion nicht rückgängig machen, daher hat Schemata %n Tabelle gelöscht, die es angelegt hatte.</numerusform>
            <numerusform>%1 %2 kann DDL in einer Transaktion nicht rückgängig machen, daher hat Schemata die %n Tabellen gelöscht, die es angelegt hatte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Dropping the tables created so far failed as well: %2</source>
        <translation>%1 Auch das Löschen der bisher angelegten Tabellen ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SchemaOutline</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>FK → %1</source>
        <translation>FK → %1</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>nicht NULL</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no table &quot;%1&quot;.</source>
        <translation>Es gibt keine Tabelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in the database&apos;s design.</source>
        <translation>Im Entwurf der Datenbank gibt es keine Tabelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The key of &quot;%1&quot; has %n column(s).</source>
        <translation>
            <numerusform>Der Schlüssel von &quot;%1&quot; hat %n Spalte.</numerusform>
            <numerusform>Der Schlüssel von &quot;%1&quot; hat %n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count &quot;%1&quot;: %2</source>
        <translation>Die Zeilen von &quot;%1&quot; können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add a row to &quot;%1&quot;: %2</source>
        <translation>Zu &quot;%1&quot; kann keine Zeile hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The row of &quot;%1&quot; cannot be deleted: rows of other tables refer to it: %2.</source>
        <translation>Die Zeile von &quot;%1&quot; kann nicht gelöscht werden: Zeilen anderer Tabellen verweisen auf sie: %2.</translation>
    </message>
    <message>
        <source>Cannot delete from &quot;%1&quot;: %2</source>
        <translation>Aus &quot;%1&quot; kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot change a row of &quot;%1&quot;: %2</source>
        <translation>Eine Zeile von &quot;%1&quot; kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Cannot change &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot commit: %1 Nothing was changed.</source>
        <translation>Commit nicht möglich: %1 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>the list of tables</source>
        <translation>der Tabellenliste</translation>
    </message>
    <message>
        <source>The CREATE TABLE text of &quot;%1&quot; cannot be read (%2); its constraint names, comments and AUTOINCREMENT are missing.</source>
        <translation>Die CREATE TABLE-Anweisung von &quot;%1&quot; kann nicht gelesen werden (%2); Namen von Einschränkungen, Kommentare und AUTOINCREMENT fehlen.</translation>
    </message>
    <message>
        <source>the list of indexes</source>
        <translation>der Indexliste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a WITHOUT ROWID table; the design does not say so.</source>
        <translation>&quot;%1&quot; ist eine WITHOUT ROWID-Tabelle; der Entwurf bildet das nicht ab.</translation>
    </message>
    <message>
        <source>the columns of &quot;%1&quot;</source>
        <translation>der Spalten von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; ist eine generierte Spalte; ihr Ausdruck ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>the indexes of &quot;%1&quot;</source>
        <translation>der Indizes von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>Der partielle Index &quot;%1&quot; von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot;</source>
        <translation>des Index &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; basiert auf einem Ausdruck; er ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The CHECK constraints of &quot;%1&quot; are not part of the design: %2</source>
        <translation>Die CHECK-Einschränkungen von &quot;%1&quot; sind nicht Teil des Entwurfs: %2</translation>
    </message>
    <message>
        <source>the foreign keys of &quot;%1&quot;</source>
        <translation>der Fremdschlüssel von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A foreign key of &quot;%1&quot; references &quot;%2&quot;, which does not exist; it is left out.</source>
        <translation>Ein Fremdschlüssel von &quot;%1&quot; verweist auf die nicht vorhandene Tabelle &quot;%2&quot;; er wird weggelassen.</translation>
    </message>
    <message>
        <source>A foreign key of &quot;%1&quot; to &quot;%2&quot; names columns that do not exist; it is left out.</source>
        <translation>Ein Fremdschlüssel von &quot;%1&quot; auf &quot;%2&quot; nennt Spalten, die nicht existieren; er wird weggelassen.</translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation>Sichten sind nicht Teil eines Entwurfs: %1</translation>
    </message>
</context>
<context>
    <name>SqliteTableParser</name>
    <message>
        <source>the quote %1 is never closed</source>
        <translation>das Anführungszeichen %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet wurde %1, gefunden wurde %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>erwartet wurde &quot;%1&quot;, gefunden wurde %2</translation>
    </message>
    <message>
        <source>there is no statement, only whitespace and comments</source>
        <translation>es gibt keine Anweisung, nur Leerraum und Kommentare</translation>
    </message>
    <message>
        <source>this is not a CREATE TABLE statement: it starts with %1</source>
        <translation>dies ist keine CREATE TABLE-Anweisung: sie beginnt mit %1</translation>
    </message>
    <message>
        <source>a virtual table has no column definitions to read</source>
        <translation>eine virtuelle Tabelle hat keine lesbaren Spaltendefinitionen</translation>
    </message>
    <message>
        <source>the table name</source>
        <translation>der Tabellenname</translation>
    </message>
    <message>
        <source>CREATE TABLE ... AS SELECT has no column definitions to read</source>
        <translation>CREATE TABLE ... AS SELECT hat keine lesbaren Spaltendefinitionen</translation>
    </message>
    <message>
        <source>expected a table constraint, found %1 (columns come before table constraints)</source>
        <translation>erwartet wurde eine Tabelleneinschränkung, gefunden wurde %1 (Spalten stehen vor den Tabelleneinschränkungen)</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot;, found %1</source>
        <translation>erwartet wurde &quot;,&quot; oder &quot;)&quot;, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected WITHOUT ROWID or STRICT after the column definitions, found %1</source>
        <translation>nach den Spaltendefinitionen wurde WITHOUT ROWID oder STRICT erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected the end of the statement, found %1</source>
        <translation>erwartet wurde das Ende der Anweisung, gefunden wurde %1</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>ein Spaltenname</translation>
    </message>
    <message>
        <source>a constraint name</source>
        <translation>ein Einschränkungsname</translation>
    </message>
    <message>
        <source>a collation name</source>
        <translation>ein Kollationsname</translation>
    </message>
    <message>
        <source>unexpected %1 in the definition of column &quot;%2&quot;</source>
        <translation>unerwartet in der Definition der Spalte &quot;%2&quot;: %1</translation>
    </message>
    <message>
        <source>a parenthesis in the column&apos;s type is never closed</source>
        <translation>eine Klammer im Typ der Spalte wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected %1 in a column&apos;s type</source>
        <translation>unerwartet im Typ einer Spalte: %1</translation>
    </message>
    <message>
        <source>expected a value after the sign, found %1</source>
        <translation>nach dem Vorzeichen wurde ein Wert erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a value after DEFAULT, found %1</source>
        <translation>nach DEFAULT wurde ein Wert erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY, found %1</source>
        <translation>erwartet wurde PRIMARY KEY, UNIQUE, CHECK oder FOREIGN KEY, gefunden wurde %1</translation>
    </message>
    <message>
        <source>the referenced table</source>
        <translation>die referenzierte Tabelle</translation>
    </message>
    <message>
        <source>expected DELETE or UPDATE after ON, found %1</source>
        <translation>nach ON wurde DELETE oder UPDATE erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <source>a MATCH type</source>
        <translation>ein MATCH-Typ</translation>
    </message>
    <message>
        <source>expected NULL or DEFAULT after SET, found %1</source>
        <translation>nach SET wurde NULL oder DEFAULT erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected SET NULL, SET DEFAULT, CASCADE, RESTRICT or NO ACTION, found %1</source>
        <translation>erwartet wurde SET NULL, SET DEFAULT, CASCADE, RESTRICT oder NO ACTION, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected ROLLBACK, ABORT, FAIL, IGNORE or REPLACE, found %1</source>
        <translation>erwartet wurde ROLLBACK, ABORT, FAIL, IGNORE oder REPLACE, gefunden wurde %1</translation>
    </message>
    <message>
        <source>this parenthesis is never closed</source>
        <translation>diese Klammer wird nie geschlossen</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>das Ende des Textes</translation>
    </message>
    <message>
        <source>At offset %1 (line %2, column %3): %4</source>
        <translation>An Position %1 (Zeile %2, Spalte %3): %4</translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>Document type declarations are not allowed in design files (they could expand entities).</source>
        <translation>Dokumenttypdeklarationen sind in Entwurfsdateien nicht erlaubt (sie könnten Entitäten expandieren).</translation>
    </message>
    <message>
        <source>Elements are nested more than %1 levels deep.</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>Unknown entity &quot;&amp;%1;&quot;.</source>
        <translation>Unbekannte Entität &quot;&amp;%1;&quot;.</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>Die Datei enthält kein XML-Element.</translation>
    </message>
</context>
</TS>
