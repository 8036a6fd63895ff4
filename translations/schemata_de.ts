<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: schemata [FILE]
       schemata check DESIGN.xml [--json]
       schemata format DESIGN.xml [-o OUT]

Design relational schemas in the file format of WWW SQL Designer, map them to
SQLite, PostgreSQL and MariaDB, and browse their data.

Without a command, opens FILE (a design) in the window.

Commands:
  check DESIGN.xml [--json]   Load a design; print its tables, columns,
                              relations and keys, and every warning.
                              --json prints one JSON object instead.
  format DESIGN.xml [-o OUT]  Load a design and save it without edits, in
                              WWW SQL Designer&apos;s layout (to standard output
                              without -o).

Options:
  -h, --help                  Show this help.
  -v, --version               Show the version.

Exit status: 0 success, 1 wrong usage, 2 the input cannot be read,
3 the output cannot be written.
</source>
        <translation>Aufruf: schemata [FILE]
        schemata check DESIGN.xml [--json]
        schemata format DESIGN.xml [-o OUT]

Entwirft relationale Schemata im Dateiformat von WWW SQL Designer, bildet sie
auf SQLite, PostgreSQL und MariaDB ab und zeigt ihre Daten an.

Ohne Befehl wird FILE (ein Entwurf) im Fenster geöffnet.

Befehle:
  check DESIGN.xml [--json]   Lädt einen Entwurf; gibt Tabellen, Spalten,
                              Beziehungen, Schlüssel und jede Warnung aus.
                              --json gibt stattdessen ein JSON-Objekt aus.
  format DESIGN.xml [-o OUT]  Lädt einen Entwurf und speichert ihn
                              unverändert im Layout von WWW SQL Designer
                              (ohne -o in die Standardausgabe).

Optionen:
  -h, --help                  Zeigt diese Hilfe an.
  -v, --version               Zeigt die Version an.

Rückgabewert: 0 Erfolg, 1 falscher Aufruf, 2 die Eingabe kann nicht gelesen
werden, 3 die Ausgabe kann nicht geschrieben werden.
</translation>
    </message>
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
