<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply to Database</source>
        <translation>Auf Datenbank anwenden</translation>
    </message>
    <message>
        <source>&amp;Replace existing tables</source>
        <translation>Vorhandene Tabellen &amp;ersetzen</translation>
    </message>
    <message>
        <source>Drop the design&apos;s tables that the database has already, with their rows, and create them again.</source>
        <translation>Die Tabellen des Entwurfs, die in der Datenbank bereits vorhanden sind, samt ihren Zeilen löschen und neu anlegen.</translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in a database. Nothing changes until you have read the SQL and confirmed it on the next page.</source>
        <translation>Legt die Tabellen des Entwurfs in einer Datenbank an. Es wird nichts geändert, bevor Sie das SQL gelesen und auf der nächsten Seite bestätigt haben.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done...</source>
        <translation>Wird abgebrochen: Bisherige Änderungen werden rückgängig gemacht...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>The design has errors; nothing can be applied until they are fixed.</source>
        <translation>Der Entwurf enthält Fehler; es kann nichts angewendet werden, bevor sie behoben sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of the design exist in the database and will be dropped with their rows, then created again: %1.</source>
        <translation>
            <numerusform>%n Tabelle des Entwurfs ist in der Datenbank vorhanden und wird samt ihren Zeilen gelöscht und dann neu angelegt: %1.</numerusform>
            <numerusform>%n Tabellen des Entwurfs sind in der Datenbank vorhanden und werden samt ihren Zeilen gelöscht und dann neu angelegt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This SQL creates %n table(s), all or nothing.</source>
        <translation>
            <numerusform>Dieses SQL legt %n Tabelle an, ganz oder gar nicht.</numerusform>
            <numerusform>Dieses SQL legt %n Tabellen an, ganz oder gar nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n statement(s) to %1?</source>
        <translation>
            <numerusform>%n Anweisung auf %1 anwenden?</numerusform>
            <numerusform>%n Anweisungen auf %1 anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1...</source>
        <translation>Wird auf %1 angewendet...</translation>
    </message>
    <message>
        <source>Applying to %1: statement %2 of %3...</source>
        <translation>Wird auf %1 angewendet: Anweisung %2 von %3...</translation>
    </message>
    <message numerus="yes">
        <source>Created %n table(s) in %1.</source>
        <translation>
            <numerusform>%n Tabelle in %1 angelegt.</numerusform>
            <numerusform>%n Tabellen in %1 angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n table(s).</source>
        <translation>
            <numerusform>%n Tabelle ersetzt.</numerusform>
            <numerusform>%n Tabellen ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) ran.</source>
        <translation>
            <numerusform>%n Anweisung ausgeführt.</numerusform>
            <numerusform>%n Anweisungen ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation>Die Anweisung war:</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n table(s) of the design: %1. Check Replace existing tables below to drop them with their rows and create them again; nothing can be applied otherwise.</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Tabelle des Entwurfs: %1. Aktivieren Sie unten „Vorhandene Tabellen ersetzen“, um sie samt ihren Zeilen zu löschen und neu anzulegen; andernfalls kann nichts angewendet werden.</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Tabellen des Entwurfs: %1. Aktivieren Sie unten „Vorhandene Tabellen ersetzen“, um sie samt ihren Zeilen zu löschen und neu anzulegen; andernfalls kann nichts angewendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be applied to %1.</source>
        <translation>Auf %1 wird nichts angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n table(s) of the design already: %2. Nothing was changed. Go back and check Replace existing tables to drop them with their rows and create them again.</source>
        <translation>
            <numerusform>%1 enthält bereits %n Tabelle des Entwurfs: %2. Es wurde nichts geändert. Gehen Sie zurück und aktivieren Sie „Vorhandene Tabellen ersetzen“, um sie samt ihren Zeilen zu löschen und neu anzulegen.</numerusform>
            <numerusform>%1 enthält bereits %n Tabellen des Entwurfs: %2. Es wurde nichts geändert. Gehen Sie zurück und aktivieren Sie „Vorhandene Tabellen ersetzen“, um sie samt ihren Zeilen zu löschen und neu anzulegen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoLayout</name>
    <message>
        <source>Graphviz could not lay out the diagram.</source>
        <translation>Graphviz konnte das Diagramm nicht anordnen.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram: %1</source>
        <translation>Graphviz konnte das Diagramm nicht anordnen: %1</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message numerus="yes">
        <source>Opened %1: %n table(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Tabelle</numerusform>
            <numerusform>%1 geöffnet: %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln rows</source>
        <translation>
            <numerusform>~%Ln Zeile</numerusform>
            <numerusform>~%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows (filtered)</source>
        <translation>
            <numerusform>%Ln Zeile (gefiltert)</numerusform>
            <numerusform>%Ln Zeilen (gefiltert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows so far, counting…</source>
        <translation>
            <numerusform>Bisher %Ln Zeile, es wird gezählt…</numerusform>
            <numerusform>Bisher %Ln Zeilen, es wird gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>Export to JSON...</source>
        <translation>Als JSON exportieren...</translation>
    </message>
    <message>
        <source>Write the rows shown (filtered, if filters apply) to a JSON file</source>
        <translation>Die gezeigten Zeilen (gefiltert, wenn Filter gelten) in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>No table to export.</source>
        <translation>Keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>Dorthin zurückgehen, wo Sie waren</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Wieder vorwärts gehen</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a new row, saved with Save</source>
        <translation>Eine neue Zeile hinzufügen, gespeichert mit Speichern</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Mark the selected rows for deletion; Save deletes them</source>
        <translation>Die ausgewählten Zeilen zum Löschen vormerken; Speichern löscht sie</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected rows without their keys</source>
        <translation>Die ausgewählten Zeilen ohne ihre Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Duplicate with Children...</source>
        <translation>Mit Kindzeilen duplizieren...</translation>
    </message>
    <message>
        <source>Copy the selected rows with their child rows and many-to-many links</source>
        <translation>Die ausgewählten Zeilen mit ihren Kindzeilen und Viele-zu-viele-Verknüpfungen kopieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write the changes to the database in one transaction</source>
        <translation>Die Änderungen in einer Transaktion in die Datenbank schreiben</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Set to NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <source>The database that is open has unsaved changes.</source>
        <translation>Die geöffnete Datenbank hat ungespeicherte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung</numerusform>
            <numerusform>%n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is not among the rows shown.</source>
        <translation>Die Zeile ist nicht unter den gezeigten Zeilen.</translation>
    </message>
    <message>
        <source>%1 has no key to name its rows by, so they cannot be edited here.</source>
        <translation>%1 hat keinen Schlüssel, der seine Zeilen benennt, daher können sie hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Duplicating needs a primary key</source>
        <translation>Zum Duplizieren ist ein Primärschlüssel nötig</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln change(s) to %1</source>
        <translation>
            <numerusform>%Ln Änderung in %1 gespeichert</numerusform>
            <numerusform>%Ln Änderungen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln unsaved change(s). Save them?</source>
        <translation>
            <numerusform>%1 hat %Ln ungespeicherte Änderung. Speichern?</numerusform>
            <numerusform>%1 hat %Ln ungespeicherte Änderungen. Speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save Changes</source>
        <translation>Änderungen können nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln row(s) were copied before this one)</source>
        <translation>
            <numerusform>%1 (%Ln Zeile wurde vorher kopiert)</numerusform>
            <numerusform>%1 (%Ln Zeilen wurden vorher kopiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %Ln row(s) of %1</source>
        <translation>
            <numerusform>%Ln Zeile von %1 dupliziert</numerusform>
            <numerusform>%Ln Zeilen von %1 dupliziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Row</source>
        <translation>Zeile zurücksetzen</translation>
    </message>
    <message>
        <source>Show in Diagram</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show this table&apos;s card on the Design page</source>
        <translation>Die Karte dieser Tabelle auf der Seite „Entwurf“ zeigen</translation>
    </message>
    <message>
        <source>The cell being edited holds a value its column cannot take: %1 Fix it, or press Escape to drop it, then save.</source>
        <translation>Die bearbeitete Zelle enthält einen Wert, den ihre Spalte nicht annehmen kann: %1 Korrigieren Sie ihn oder verwerfen Sie ihn mit Esc, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>Expected a whole number between %1 and %2.</source>
        <translation>Erwartet wird eine ganze Zahl zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Expected a number, such as 12.34.</source>
        <translation>Erwartet wird eine Zahl wie 12.34.</translation>
    </message>
    <message numerus="yes">
        <source>Expected a whole number of at most %n digit(s).</source>
        <translation>
            <numerusform>Erwartet wird eine ganze Zahl mit höchstens %n Ziffer.</numerusform>
            <numerusform>Erwartet wird eine ganze Zahl mit höchstens %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected a number with at most %1 digits before the decimal point and %2 after it.</source>
        <translation>Erwartet wird eine Zahl mit höchstens %1 Ziffern vor dem Dezimalpunkt und %2 danach.</translation>
    </message>
    <message>
        <source>Expected a number between %1 and %2.</source>
        <translation>Erwartet wird eine Zahl zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Expected a number, such as 3.14 or 1.5e-3.</source>
        <translation>Erwartet wird eine Zahl wie 3.14 oder 1.5e-3.</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Expected true or false (or 1 or 0, yes or no).</source>
        <translation>Erwartet wird true oder false (oder 1 oder 0, yes oder no).</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, such as 2024-03-15.</source>
        <translation>Erwartet wird ein Datum als JJJJ-MM-TT, etwa 2024-03-15.</translation>
    </message>
    <message>
        <source>Expected a time as HH:MM:SS, such as 12:30:00.</source>
        <translation>Erwartet wird eine Uhrzeit als HH:MM:SS, etwa 12:30:00.</translation>
    </message>
    <message>
        <source>Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00, optionally with an offset such as +02:00.</source>
        <translation>Erwartet werden Datum und Uhrzeit als JJJJ-MM-TT HH:MM:SS, etwa 2024-03-15 12:30:00, wahlweise mit einem Versatz wie +02:00.</translation>
    </message>
    <message>
        <source>Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00.</source>
        <translation>Erwartet werden Datum und Uhrzeit als JJJJ-MM-TT HH:MM:SS, etwa 2024-03-15 12:30:00.</translation>
    </message>
    <message>
        <source>Expected a UUID, such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Erwartet wird eine UUID wie 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Expected one JSON value, such as {&quot;a&quot;: 1}.</source>
        <translation>Erwartet wird ein einzelner JSON-Wert wie {&quot;a&quot;: 1}.</translation>
    </message>
    <message>
        <source>Expected JSON, such as {&quot;a&quot;: 1}: %1 at character %2.</source>
        <translation>Erwartet wird JSON wie {&quot;a&quot;: 1}: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>Expected a comma-separated list of: %1.</source>
        <translation>Erwartet wird eine durch Kommas getrennte Liste aus: %1.</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>Erwartet wird einer von: %1.</translation>
    </message>
    <message>
        <source>Expected bytes in hexadecimal, such as 0x48656c6c6f.</source>
        <translation>Erwartet werden Bytes in Hexadezimal, etwa 0x48656c6c6f.</translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n byte(s), not %1.</source>
        <translation>
            <numerusform>Erwartet wird höchstens %n Byte, nicht %1.</numerusform>
            <numerusform>Erwartet werden höchstens %n Bytes, nicht %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n character(s), not %1.</source>
        <translation>
            <numerusform>Erwartet wird höchstens %n Zeichen, nicht %1.</numerusform>
            <numerusform>Erwartet werden höchstens %n Zeichen, nicht %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as Markdown...</source>
        <translation>Als Markdown &amp;speichern...</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Show the previous change</source>
        <translation>Die vorherige Änderung anzeigen</translation>
    </message>
    <message>
        <source>Show the next change</source>
        <translation>Die nächste Änderung anzeigen</translation>
    </message>
    <message>
        <source>Nothing is compared. View &gt; Compare with File... shows what changed since another version of the design.</source>
        <translation>Es wird nichts verglichen. Ansicht &gt; Mit Datei vergleichen... zeigt, was sich seit einer anderen Version des Entwurfs geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n Änderung seit %1</numerusform>
            <numerusform>%n Änderungen seit %1</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The copies of the rows of &quot;%1&quot; that a deep copy takes along would need new values for %2, which must be unique and which the database does not generate; copy fewer levels of children.</source>
        <translation>Die Kopien der Zeilen von „%1“, die eine tiefe Kopie mitnimmt, bräuchten neue Werte für %2, die eindeutig sein müssen und die die Datenbank nicht erzeugt; kopieren Sie weniger Ebenen von Kindzeilen.</translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <source>No default</source>
        <translation>Kein Standardwert</translation>
    </message>
    <message>
        <source>Remove the default</source>
        <translation>Standardwert entfernen</translation>
    </message>
</context>
<context>
    <name>ColumnsEditor</name>
    <message>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Spalte löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add a column at the end (Insert)</source>
        <translation>Eine Spalte am Ende hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Delete the current column (Delete)</source>
        <translation>Die aktuelle Spalte löschen (Entf)</translation>
    </message>
    <message>
        <source>Default NULL</source>
        <translation>Standardwert NULL</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Kein Standardwert</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Defaults to NULL</source>
        <translation>Standardwert: NULL</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Kein Standardwert</translation>
    </message>
    <message>
        <source>Defaults to %1</source>
        <translation>Standardwert: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Not null</source>
        <translation>Nicht NULL</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Auto increment</source>
        <translation>Autoinkrement</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Teil des Primärschlüssels</translation>
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
    <message>
        <source>How the BLOBs were written: base64 (default) or hex.</source>
        <translation>Wie die BLOBs geschrieben wurden: base64 (Standard) oder hex.</translation>
    </message>
    <message>
        <source>The design the database was made from.</source>
        <translation>Der Entwurf, aus dem die Datenbank angelegt wurde.</translation>
    </message>
    <message>
        <source>What export-json wrote; - for standard input.</source>
        <translation>Was export-json geschrieben hat; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>import-json takes a database and a JSON file.</source>
        <translation>import-json erwartet eine Datenbank und eine JSON-Datei.</translation>
    </message>
    <message>
        <source>--blobs takes base64 or hex.</source>
        <translation>--blobs erwartet base64 oder hex.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>schemata: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a graphical session, or use a command that needs no window:</source>
        <translation>schemata: Es gibt keine Anzeige, auf der das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie das Programm in einer grafischen Sitzung, oder verwenden Sie einen Befehl, der kein Fenster benötigt:</translation>
    </message>
    <message>
        <source>schemata: the window cannot open: the window system did not answer. Run it in a graphical session, or use a command that needs no window (schemata --help lists them).</source>
        <translation>schemata: Das Fenster kann nicht geöffnet werden: Das Fenstersystem hat nicht geantwortet. Starten Sie das Programm in einer grafischen Sitzung, oder verwenden Sie einen Befehl, der kein Fenster benötigt (schemata --help listet sie auf).</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>schemata: unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation>schemata: Unbekannter Befehl &quot;%1&quot;; die Befehle sind %2.</translation>
    </message>
    <message>
        <source>schemata --help explains them; schemata FILE opens a design or a database.</source>
        <translation>schemata --help erklärt sie; schemata FILE öffnet einen Entwurf oder eine Datenbank.</translation>
    </message>
    <message>
        <source>Also look for the password in the system keychain.</source>
        <translation>Das Passwort auch im Schlüsselbund des Systems suchen.</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>unberührt gelassen: %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>changes: %1 (%2)</source>
        <translation>Änderungen: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>diff --git takes the 7 arguments git gives an external diff driver.</source>
        <translation>diff --git erwartet die 7 Argumente, die git einem externen Diff-Treiber übergibt.</translation>
    </message>
    <message>
        <source>Compare what the schemas become on this database: sqlite, postgresql or mysql.</source>
        <translation>Die Schemata so vergleichen, wie sie in diesem Datenbanksystem aussehen: sqlite, postgresql oder mysql.</translation>
    </message>
    <message>
        <source>Table OLD of A is table NEW of B (repeatable).</source>
        <translation>Tabelle OLD von A ist Tabelle NEW von B (wiederholbar).</translation>
    </message>
    <message>
        <source>Column OLD of TABLE (B&apos;s name) is its column NEW (repeatable).</source>
        <translation>Spalte OLD von TABLE (Name in B) ist deren Spalte NEW (wiederholbar).</translation>
    </message>
    <message>
        <source>Drop the tables of database A that design B does not have.</source>
        <translation>Die Tabellen der Datenbank A löschen, die Entwurf B nicht hat.</translation>
    </message>
    <message>
        <source>Print the migration script that turns A into B (on the databases&apos; engine, or --dialect&apos;s).</source>
        <translation>Das Migrationsskript ausgeben, das A in B überführt (im Datenbanksystem der Datenbanken oder in dem von --dialect).</translation>
    </message>
    <message>
        <source>A design file or a database.</source>
        <translation>Eine Entwurfsdatei oder eine Datenbank.</translation>
    </message>
    <message>
        <source>diff takes two designs or databases.</source>
        <translation>diff erwartet zwei Entwürfe oder Datenbanken.</translation>
    </message>
    <message>
        <source>%1 is a %2 database and %3 a %4 one; give --dialect to compare them on one of the two.</source>
        <translation>%1 ist eine %2-Datenbank und %3 eine %4-Datenbank; geben Sie --dialect an, um sie in einem der beiden Systeme zu vergleichen.</translation>
    </message>
    <message>
        <source>--dialect %1 is not the database&apos;s engine (%2).</source>
        <translation>--dialect %1 ist nicht das Datenbanksystem der Datenbank (%2).</translation>
    </message>
    <message>
        <source>The schemas cannot be compared.</source>
        <translation>Die Schemata können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>--sql needs --dialect when both sides are designs.</source>
        <translation>--sql erfordert --dialect, wenn beide Seiten Entwürfe sind.</translation>
    </message>
    <message>
        <source>The design to describe.</source>
        <translation>Der zu beschreibende Entwurf.</translation>
    </message>
    <message>
        <source>describe takes one design file.</source>
        <translation>describe erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Print the plan and the data checks with their results; change nothing.</source>
        <translation>Den Plan und die Datenprüfungen mit ihren Ergebnissen ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>Run changes that destroy data (dropped tables and columns, lossy type changes).</source>
        <translation>Änderungen ausführen, die Daten vernichten (gelöschte Tabellen und Spalten, verlustbehaftete Typänderungen).</translation>
    </message>
    <message>
        <source>Drop the tables the design does not have.</source>
        <translation>Die Tabellen löschen, die der Entwurf nicht hat.</translation>
    </message>
    <message>
        <source>Table OLD of the database is NEW of the design.</source>
        <translation>Tabelle OLD der Datenbank ist NEW des Entwurfs.</translation>
    </message>
    <message>
        <source>Column OLD of TABLE is NEW.</source>
        <translation>Spalte OLD von TABLE ist NEW.</translation>
    </message>
    <message>
        <source>migrate takes a design and a database.</source>
        <translation>migrate erwartet einen Entwurf und eine Datenbank.</translation>
    </message>
    <message>
        <source>Left alone (not in the design; --drop-unmanaged drops them): %1</source>
        <translation>Unberührt gelassen (nicht im Entwurf; --drop-unmanaged löscht sie): %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1 has the design&apos;s structure.</source>
        <translation>Nichts zu tun: %1 hat bereits die Struktur des Entwurfs.</translation>
    </message>
    <message numerus="yes">
        <source>Plan for %1 (%n step(s)):</source>
        <translation>
            <numerusform>Plan für %1 (%n Schritt):</numerusform>
            <numerusform>Plan für %1 (%n Schritte):</numerusform>
        </translation>
    </message>
    <message>
        <source> [destroys data]</source>
        <translation> [vernichtet Daten]</translation>
    </message>
    <message>
        <source>%1 commits each change by itself: a failure half-way leaves the steps before it done (and says how to undo them).</source>
        <translation>%1 schreibt jede Änderung einzeln fest: Bei einem Fehler mittendrin bleiben die Schritte davor ausgeführt (und es wird angegeben, wie sie rückgängig zu machen sind).</translation>
    </message>
    <message>
        <source>Data checks:</source>
        <translation>Datenprüfungen:</translation>
    </message>
    <message>
        <source>  ok: %1</source>
        <translation>  OK: %1</translation>
    </message>
    <message>
        <source>  could not check %1: %2</source>
        <translation>  %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1: %n row(s); first: %2</source>
        <translation>
            <numerusform>  FEHLGESCHLAGEN: %1: %n Zeile; erste: %2</numerusform>
            <numerusform>  FEHLGESCHLAGEN: %1: %n Zeilen; erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the rows above would make the migration fail.</source>
        <translation>Es wurde nichts geändert: Die obigen Zeilen würden die Migration scheitern lassen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed: the steps marked [destroys data] need --allow-data-loss.</source>
        <translation>Es wurde nichts geändert: Die mit [vernichtet Daten] markierten Schritte erfordern --allow-data-loss.</translation>
    </message>
    <message>
        <source>step %1 of %2 done</source>
        <translation>Schritt %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>These steps ran and stay:</source>
        <translation>Diese Schritte wurden ausgeführt und bleiben bestehen:</translation>
    </message>
    <message>
        <source>These statements undo them:</source>
        <translation>Diese Anweisungen machen sie rückgängig:</translation>
    </message>
    <message>
        <source>The data of these steps is gone for good: %1</source>
        <translation>Die Daten dieser Schritte sind endgültig verloren: %1</translation>
    </message>
    <message numerus="yes">
        <source>Migrated %1: %n step(s).</source>
        <translation>
            <numerusform>%1 migriert: %n Schritt.</numerusform>
            <numerusform>%1 migriert: %n Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the statements each migration ran.</source>
        <translation>Die Anweisungen ausgeben, die jede Migration ausgeführt hat.</translation>
    </message>
    <message>
        <source>history takes one database.</source>
        <translation>history erwartet genau eine Datenbank.</translation>
    </message>
    <message>
        <source>No migration has been recorded in %1.</source>
        <translation>In %1 ist keine Migration verzeichnet.</translation>
    </message>
    <message>
        <source>DESIGN.xml [--json]</source>
        <translation>DESIGN.xml [--json]</translation>
    </message>
    <message>
        <source>Load a design; print its tables, columns, relations and keys, its relationships (one-to-many, many-to-many, inheritance, ...), every warning and every error that would stop it from becoming a database (then exit status 4). --json prints one JSON object instead.</source>
        <translation>Lädt einen Entwurf und gibt seine Tabellen, Spalten, Beziehungen und Schlüssel aus, seine Beziehungsarten (1:n, n:m, Vererbung, ...) sowie jede Warnung und jeden Fehler, der verhindern würde, dass daraus eine Datenbank wird (dann Rückgabewert 4). --json gibt stattdessen ein einzelnes JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT]</source>
        <translation>DESIGN.xml [-o OUT]</translation>
    </message>
    <message>
        <source>Load a design and save it without edits, in WWW SQL Designer&apos;s layout (to standard output without -o).</source>
        <translation>Lädt einen Entwurf und speichert ihn unverändert im Layout von WWW SQL Designer (ohne -o in die Standardausgabe).</translation>
    </message>
    <message>
        <source>DESIGN.xml [--dialect sqlite|postgresql|mysql]</source>
        <translation>DESIGN.xml [--dialect sqlite|postgresql|mysql]</translation>
    </message>
    <message>
        <source>DESIGN.xml [-d DIALECT]</source>
        <translation>DESIGN.xml [-d DIALECT]</translation>
    </message>
    <message>
        <source>Print the DDL that creates the design on sqlite (default), postgresql or mysql.</source>
        <translation>Gibt die DDL aus, die den Entwurf unter sqlite (Standard), postgresql oder mysql anlegt.</translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE [--replace]</source>
        <translation>DESIGN.xml DATABASE [--replace]</translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE</source>
        <translation>DESIGN.xml DATABASE</translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in DATABASE, all or nothing. Existing tables of the same names are refused unless --replace is given.</source>
        <translation>Legt die Tabellen des Entwurfs in DATABASE an, ganz oder gar nicht. Vorhandene Tabellen mit denselben Namen werden abgelehnt, außer wenn --replace angegeben ist.</translation>
    </message>
    <message>
        <source>DATABASE [--rows N|TABLE=N]... [--seed S] [--tables A,B] [--design DESIGN.xml]</source>
        <translation>DATABASE [--rows N|TABLE=N]... [--seed S] [--tables A,B] [--design DESIGN.xml]</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>DATABASE</translation>
    </message>
    <message>
        <source>Fill the tables with generated rows that keep types, sizes, keys, foreign keys, trees, many-to-many pairs and inheritance, all or nothing; prints the rows per table. --rows N per table (default 100), --rows TABLE=N for one (repeatable); --seed S (default 1: the same seed gives the same rows); --tables A,B fills only those, referencing their parents&apos; rows; --design: the design the database was made from, for its inheritance.</source>
        <translation>Füllt die Tabellen mit erzeugten Zeilen, die Typen, Größen, Schlüssel, Fremdschlüssel, Bäume, n:m-Paare und Vererbung einhalten, ganz oder gar nicht; gibt die Zeilen pro Tabelle aus. --rows N pro Tabelle (Standard: 100), --rows TABLE=N für eine einzelne (wiederholbar); --seed S (Standard: 1; derselbe Startwert ergibt dieselben Zeilen); --tables A,B füllt nur diese und verweist auf die Zeilen ihrer Elterntabellen; --design: der Entwurf, aus dem die Datenbank angelegt wurde, für ihre Vererbung.</translation>
    </message>
    <message>
        <source>DATABASE TABLE KEY [--set COLUMN=VALUE]... [--deep [--depth N]] [--design DESIGN.xml]</source>
        <translation>DATABASE TABLE KEY [--set COLUMN=VALUE]... [--deep [--depth N]] [--design DESIGN.xml]</translation>
    </message>
    <message>
        <source>DATABASE TABLE KEY</source>
        <translation>DATABASE TABLE KEY</translation>
    </message>
    <message>
        <source>Copy a row without its generated key and print the copy&apos;s key. KEY is the primary key (a,b when composite); --set gives a column of the copy a value (unique columns need one); --deep also copies the row&apos;s children (to --depth levels, default 1) and many-to-many links. All or nothing.</source>
        <translation>Kopiert eine Zeile ohne ihren erzeugten Schlüssel und gibt den Schlüssel der Kopie aus. KEY ist der Primärschlüssel (a,b, wenn zusammengesetzt); --set setzt einen Wert für eine Spalte der Kopie (eindeutige Spalten benötigen einen); --deep kopiert auch die Kinder der Zeile (bis zu --depth Ebenen, Standard: 1) und ihre n:m-Verknüpfungen. Ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>DATABASE [-o OUT.json] [--tables A,B] [--pretty] [--blobs base64|hex|skip]</source>
        <translation>DATABASE [-o OUT.json] [--tables A,B] [--pretty] [--blobs base64|hex|skip]</translation>
    </message>
    <message>
        <source>Write every table as JSON, {&quot;table&quot;: [rows]}, parents first, one row per line (--pretty: indented), BLOBs as base64 (or hex, or left out); to standard output without -o.</source>
        <translation>Schreibt jede Tabelle als JSON, {&quot;table&quot;: [rows]}, Elterntabellen zuerst, ein Datensatz pro Zeile (--pretty: eingerückt), BLOBs als base64 (oder hex oder weggelassen); ohne -o in die Standardausgabe.</translation>
    </message>
    <message>
        <source>DATABASE IN.json [--blobs base64|hex] [--design DESIGN.xml]</source>
        <translation>DATABASE IN.json [--blobs base64|hex] [--design DESIGN.xml]</translation>
    </message>
    <message>
        <source>DATABASE IN.json</source>
        <translation>DATABASE IN.json</translation>
    </message>
    <message>
        <source>Load what export-json wrote (- reads standard input) into a database with the same tables, all or nothing, keys as given; prints the rows per table. --blobs hex when the BLOBs were exported so; --design: the design the database was made from.</source>
        <translation>Lädt, was export-json geschrieben hat (- liest die Standardeingabe), in eine Datenbank mit denselben Tabellen, ganz oder gar nicht, Schlüssel wie angegeben; gibt die Zeilen pro Tabelle aus. --blobs hex, wenn die BLOBs so exportiert wurden; --design: der Entwurf, aus dem die Datenbank angelegt wurde.</translation>
    </message>
    <message>
        <source>A B</source>
        <translation>A B</translation>
    </message>
    <message>
        <source>Print the changes that turn A into B, each a design file or a database, one a line with its risk: safe, may-fail (on existing rows) or data-loss; exit status 6 when there are any. Against a database, compares on its engine and leaves alone the tables the design lacks; two designs compare as written, or on --dialect&apos;s engine. Renames recorded in a design are renames; --rename-table and --rename-column pair others (a backslash escapes =, : and itself in names). --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE is git&apos;s external diff driver (diff.schemata.command), and always exits 0.</source>
        <translation>Gibt die Änderungen aus, die A in B überführen (A und B sind jeweils eine Entwurfsdatei oder eine Datenbank), eine pro Zeile mit ihrem Risiko: safe, may-fail (bei vorhandenen Zeilen) oder data-loss; Rückgabewert 6, wenn es welche gibt. Gegen eine Datenbank wird in deren Datenbanksystem verglichen, und Tabellen, die dem Entwurf fehlen, bleiben unberührt; zwei Entwürfe werden so verglichen, wie sie geschrieben sind, oder im Datenbanksystem von --dialect. In einem Entwurf verzeichnete Umbenennungen gelten als Umbenennungen; --rename-table und --rename-column ordnen weitere einander zu (ein Backslash maskiert =, : und sich selbst in Namen). --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE ist der externe Diff-Treiber für git (diff.schemata.command) und endet immer mit 0.</translation>
    </message>
    <message>
        <source>Run as git&apos;s external diff driver, on the 7 arguments git gives.</source>
        <translation>Als externer Diff-Treiber von git laufen, mit den 7 Argumenten, die git übergibt.</translation>
    </message>
    <message>
        <source>DESIGN.xml</source>
        <translation>DESIGN.xml</translation>
    </message>
    <message>
        <source>Print the design as sorted, canonical text: tables by name with their columns, keys and foreign keys, without positions or colours; for git&apos;s textconv (diff.schemata.textconv).</source>
        <translation>Gibt den Entwurf als sortierten, kanonischen Text aus: Tabellen nach Namen mit ihren Spalten, Schlüsseln und Fremdschlüsseln, ohne Positionen und Farben; für textconv von git (diff.schemata.textconv).</translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE [--dry-run] [--allow-data-loss] [--drop-unmanaged] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]...</source>
        <translation>DESIGN.xml DATABASE [--dry-run] [--allow-data-loss] [--drop-unmanaged] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]...</translation>
    </message>
    <message>
        <source>Bring the database to the design&apos;s structure, keeping every row of the columns it keeps: renames recorded in the design (or given with --rename-table and --rename-column) rename, tables the design lacks are left alone. Changes that may fail on the rows there are checked first; a failed check (or a change that destroys data, without --allow-data-loss) changes nothing and exits 7. SQLite and PostgreSQL migrate in one transaction; MariaDB step by step, reporting what ran. --dry-run prints the plan, the checks and the script (exit 6 when something would change). Each migration is recorded in the table schemata_migrations.</source>
        <translation>Bringt die Datenbank auf die Struktur des Entwurfs und behält dabei jede Zeile der Spalten, die erhalten bleiben: Im Entwurf verzeichnete (oder mit --rename-table und --rename-column angegebene) Umbenennungen benennen um, Tabellen, die dem Entwurf fehlen, bleiben unberührt. Änderungen, die an den vorhandenen Zeilen scheitern können, werden vorher geprüft; eine fehlgeschlagene Prüfung (oder eine Änderung, die Daten vernichtet, ohne --allow-data-loss) ändert nichts und endet mit 7. SQLite und PostgreSQL migrieren in einer Transaktion, MariaDB Schritt für Schritt mit einem Bericht über das Ausgeführte. --dry-run gibt den Plan, die Prüfungen und das Skript aus (Rückgabewert 6, wenn sich etwas ändern würde). Jede Migration wird in der Tabelle schemata_migrations verzeichnet.</translation>
    </message>
    <message>
        <source>Table OLD of the database is NEW of the design (a backslash escapes = and itself).</source>
        <translation>Tabelle OLD der Datenbank ist NEW des Entwurfs (ein Backslash maskiert = und sich selbst).</translation>
    </message>
    <message>
        <source>Column OLD of TABLE is NEW (a backslash escapes :, = and itself).</source>
        <translation>Spalte OLD von TABLE ist NEW (ein Backslash maskiert :, = und sich selbst).</translation>
    </message>
    <message>
        <source>DATABASE [--statements]</source>
        <translation>DATABASE [--statements]</translation>
    </message>
    <message>
        <source>List the migrations recorded in the database: number, time (UTC), design file and the start of its SHA-256; --statements adds what each ran.</source>
        <translation>Listet die in der Datenbank verzeichneten Migrationen auf: Nummer, Zeit (UTC), Entwurfsdatei und den Anfang ihres SHA-256; --statements ergänzt, was jede ausgeführt hat.</translation>
    </message>
    <message>
        <source>With a command that takes a DATABASE: also look for its password in the system keychain.</source>
        <translation>Bei einem Befehl mit DATABASE: das Passwort auch im Schlüsselbund des Systems suchen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>wrong usage</source>
        <translation>falscher Aufruf</translation>
    </message>
    <message>
        <source>the input cannot be read</source>
        <translation>Eingabe nicht lesbar</translation>
    </message>
    <message>
        <source>the output cannot be written</source>
        <translation>Ausgabe nicht schreibbar</translation>
    </message>
    <message>
        <source>the design has errors (nothing ran)</source>
        <translation>Entwurf enthält Fehler (nichts ausgeführt)</translation>
    </message>
    <message>
        <source>the database cannot be reached or refused the change</source>
        <translation>Datenbank nicht erreichbar oder Änderung abgelehnt</translation>
    </message>
    <message>
        <source>the two schemas differ (diff), or a dry run would change the database (migrate --dry-run)</source>
        <translation>die beiden Schemata unterscheiden sich (diff), oder ein Probelauf würde die Datenbank ändern (migrate --dry-run)</translation>
    </message>
    <message>
        <source>a data check failed, or a change destroys data and --allow-data-loss was not given; nothing was changed</source>
        <translation>eine Datenprüfung ist fehlgeschlagen, oder eine Änderung vernichtet Daten und --allow-data-loss wurde nicht angegeben; nichts geändert</translation>
    </message>
    <message>
        <source>Design relational schemas in the file format of WWW SQL Designer, map them to SQLite, PostgreSQL and MariaDB, and browse their data.</source>
        <translation>Relationale Schemata im Dateiformat von WWW SQL Designer entwerfen, auf SQLite, PostgreSQL und MariaDB abbilden und ihre Daten durchsuchen.</translation>
    </message>
    <message>
        <source>Without a command, opens FILE in the window: a design, or a database (an SQLite file or a URL).</source>
        <translation>Ohne Befehl wird FILE im Fenster geöffnet: ein Entwurf oder eine Datenbank (eine SQLite-Datei oder eine URL).</translation>
    </message>
    <message>
        <source>DATABASE is an SQLite file, or a URL postgresql://user@host:port/database or mysql://user@host:port/database (also MariaDB). The password comes from the URL, else from PGPASSWORD or MYSQL_PWD, else (with --keychain) from the system keychain, else it is asked for.</source>
        <translation>DATABASE ist eine SQLite-Datei oder eine URL postgresql://user@host:port/database oder mysql://user@host:port/database (auch MariaDB). Das Passwort stammt aus der URL, sonst aus PGPASSWORD oder MYSQL_PWD, sonst (mit --keychain) aus dem Schlüsselbund des Systems, sonst wird es abgefragt.</translation>
    </message>
    <message>
        <source>The password for a %1 server whose URL has none.</source>
        <translation>Das Passwort für einen %1-Server, dessen URL keines enthält.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Rückgabewert:</translation>
    </message>
    <message>
        <source>Write an Alembic revision that turns design A into design B, and back.</source>
        <translation>Schreibt eine Alembic-Revision, die Entwurf A in Entwurf B überführt, und zurück.</translation>
    </message>
    <message>
        <source>The Alembic revision&apos;s id.</source>
        <translation>Die Kennung der Alembic-Revision.</translation>
    </message>
    <message>
        <source>The revision it follows (none: the first).</source>
        <translation>Die Revision, auf die sie folgt (keine: die erste).</translation>
    </message>
    <message>
        <source>Write the revision to OUT instead of standard output.</source>
        <translation>Die Revision nach OUT statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--alembic takes two designs and --revision ID.</source>
        <translation>--alembic nimmt zwei Entwürfe und --revision ID.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A B [--json | --sql | --alembic --revision ID [--down-revision ID] [-o OUT]] [--dialect sqlite|postgresql|mysql] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]... [--drop-unmanaged]</source>
        <translation>A B [--json | --sql | --alembic --revision ID [--down-revision ID] [-o OUT]] [--dialect sqlite|postgresql|mysql] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]... [--drop-unmanaged]</translation>
    </message>
    <message>
        <source>Write to OUT (.html, or .md with the diagram beside it as .svg) instead of standard output.</source>
        <translation>In OUT (.html, oder .md mit dem Diagramm daneben als .svg) statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>html (default, or from OUT&apos;s extension) or markdown.</source>
        <translation>html (Standard, oder nach der Endung von OUT) oder markdown.</translation>
    </message>
    <message>
        <source>A design file, an SQLite file or a URL.</source>
        <translation>Eine Entwurfsdatei, eine SQLite-Datei oder eine URL.</translation>
    </message>
    <message>
        <source>export-docs takes one design or database.</source>
        <translation>export-docs erwartet genau einen Entwurf oder eine Datenbank.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use html or markdown.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: Verwenden Sie html oder markdown.</translation>
    </message>
    <message>
        <source>export-dbml takes one design file.</source>
        <translation>export-dbml erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>export-mermaid takes one design file.</source>
        <translation>export-mermaid erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with iconv.</source>
        <translation>%1 ist kein UTF-8-Text; konvertieren Sie die Datei zuerst, z. B. mit iconv.</translation>
    </message>
    <message>
        <source>Nothing in %1 says which database it was written for; reading it as %2 (--dialect chooses).</source>
        <translation>Nichts in %1 verrät, für welche Datenbank es geschrieben wurde; es wird als %2 gelesen (--dialect legt es fest).</translation>
    </message>
    <message>
        <source>Guessed %1 from %2 (--dialect chooses).</source>
        <translation>%1 aus %2 erraten (--dialect legt es fest).</translation>
    </message>
    <message>
        <source>--dialect takes sqlite, postgresql or mysql, not &quot;%1&quot;.</source>
        <translation>--dialect erwartet sqlite, postgresql oder mysql, nicht &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>No design was written: %n statement(s) failed. --keep-going writes the design of what imported.</source>
        <translation>
            <numerusform>Es wurde kein Entwurf geschrieben: %n Anweisung ist fehlgeschlagen. --keep-going schreibt den Entwurf des Importierten.</numerusform>
            <numerusform>Es wurde kein Entwurf geschrieben: %n Anweisungen sind fehlgeschlagen. --keep-going schreibt den Entwurf des Importierten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database an SQL script was written for: sqlite, postgresql or mysql (default: guessed).</source>
        <translation>Die Datenbank, für die ein SQL-Skript geschrieben wurde: sqlite, postgresql oder mysql (Standard: erraten).</translation>
    </message>
    <message>
        <source>Write the design of what imported even when statements of the script failed.</source>
        <translation>Den Entwurf des Importierten auch dann schreiben, wenn Anweisungen des Skripts fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>An SQLite file, a URL, an SQL script or a DBML file.</source>
        <translation>Eine SQLite-Datei, eine URL, ein SQL-Skript oder eine DBML-Datei.</translation>
    </message>
    <message>
        <source>import takes one database, SQL script or DBML file.</source>
        <translation>import erwartet genau eine Datenbank, ein SQL-Skript oder eine DBML-Datei.</translation>
    </message>
    <message>
        <source>--dialect and --keep-going are for SQL scripts; %1 is not one.</source>
        <translation>--dialect und --keep-going gelten für SQL-Skripte; %1 ist keines.</translation>
    </message>
    <message>
        <source>The design does not match %1. Migrating it to the design would:</source>
        <translation>Der Entwurf stimmt nicht mit %1 überein. Eine Migration auf den Entwurf würde:</translation>
    </message>
    <message>
        <source>Bring the database to the design first (schemata migrate DESIGN.xml DATABASE), give the design it was made from, or leave out --design.</source>
        <translation>Bringen Sie die Datenbank zuerst auf den Stand des Entwurfs (schemata migrate DESIGN.xml DATABASE), geben Sie den Entwurf an, aus dem sie angelegt wurde, oder lassen Sie --design weg.</translation>
    </message>
    <message>
        <source>declarative (default): declarative_base classes; classical: Table objects and registry.map_imperatively().</source>
        <translation>declarative (Standard): declarative_base-Klassen; classical: Table-Objekte und registry.map_imperatively().</translation>
    </message>
    <message>
        <source>Add factory_boy factories for the models, parents first.</source>
        <translation>factory_boy-Factories für die Modelle hinzufügen, Elterntabellen zuerst.</translation>
    </message>
    <message>
        <source>export-models takes one design file.</source>
        <translation>export-models erwartet genau eine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Unknown style &quot;%1&quot;; use declarative or classical.</source>
        <translation>Unbekannter Stil &quot;%1&quot;; verwenden Sie declarative oder classical.</translation>
    </message>
    <message>
        <source>The design has errors; no models were written.</source>
        <translation>Der Entwurf enthält Fehler; es wurden keine Modelle geschrieben.</translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT.dbml]</source>
        <translation>DESIGN.xml [-o OUT.dbml]</translation>
    </message>
    <message>
        <source>Write the design as DBML (dbdiagram.io&apos;s language): tables, columns with their settings, indexes, refs with their actions, enums, areas as TableGroups and notes; to standard output without -o. import reads it back.</source>
        <translation>Den Entwurf als DBML (die Sprache von dbdiagram.io) schreiben: Tabellen, Spalten mit ihren Einstellungen, Indizes, Refs mit ihren Aktionen, Enums, Bereiche als TableGroups und Notizen; ohne -o in die Standardausgabe. import liest es wieder ein.</translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT.mmd]</source>
        <translation>DESIGN.xml [-o OUT.mmd]</translation>
    </message>
    <message>
        <source>Write the design as a Mermaid erDiagram, as GitHub renders it: an entity per table, a relationship per foreign key with cardinalities from its keys and nullability; to standard output without -o.</source>
        <translation>Den Entwurf als Mermaid-erDiagram schreiben, wie GitHub es darstellt: eine Entität pro Tabelle, eine Beziehung pro Fremdschlüssel mit Kardinalitäten aus seinen Schlüsseln und seiner NULL-Zulässigkeit; ohne -o in die Standardausgabe.</translation>
    </message>
    <message>
        <source>DATABASE|SCRIPT.sql|FILE.dbml [-o OUT]</source>
        <translation>DATABASE|SCRIPT.sql|FILE.dbml [-o OUT]</translation>
    </message>
    <message>
        <source>DESIGN.xml [--style declarative|classical] [--factories] [-o OUT]</source>
        <translation>DESIGN.xml [--style declarative|classical] [--factories] [-o OUT]</translation>
    </message>
    <message>
        <source>Write the design as a Python module of SQLAlchemy 1.4 models (to standard output without -o): declarative classes (default) or classical Table objects with imperative mappings, with the relationships the design&apos;s keys make (one-to-many, self-referential, many-to-many, joined- and single-table inheritance). Its create_all makes the tables apply makes, on SQLite, PostgreSQL and MariaDB.</source>
        <translation>Den Entwurf als Python-Modul mit SQLAlchemy-1.4-Modellen schreiben (ohne -o in die Standardausgabe): deklarative Klassen (Standard) oder klassische Table-Objekte mit imperativen Mappings, mit den Beziehungen, die sich aus den Schlüsseln des Entwurfs ergeben (eins-zu-viele, selbstreferenzierend, viele-zu-viele, Joined- und Single-Table-Vererbung). Sein create_all legt dieselben Tabellen an wie apply, auf SQLite, PostgreSQL und MariaDB.</translation>
    </message>
    <message>
        <source>DESIGN.xml|DATABASE [-o OUT.html|OUT.md] [--format html|markdown]</source>
        <translation>DESIGN.xml|DATABASE [-o OUT.html|OUT.md] [--format html|markdown]</translation>
    </message>
    <message>
        <source>SOURCE [-o OUT]</source>
        <translation>SOURCE [-o OUT]</translation>
    </message>
    <message>
        <source>Write a data dictionary of a design or a database: contents, the diagram, each table&apos;s columns (type, NULL, default, keys, comment), keys and indexes and relationships in and out, linked, and the problems check finds; from a database, row counts too. One self-contained HTML page, or Markdown with the diagram as an SVG file beside it.</source>
        <translation>Ein Datenwörterbuch eines Entwurfs oder einer Datenbank schreiben: Inhalt, das Diagramm, die Spalten jeder Tabelle (Typ, NULL, Standardwert, Schlüssel, Kommentar), Schlüssel und Indizes sowie ein- und ausgehende Beziehungen, verlinkt, und die Probleme, die check findet; bei einer Datenbank auch die Zeilenzahlen. Eine eigenständige HTML-Seite oder Markdown mit dem Diagramm als SVG-Datei daneben.</translation>
    </message>
    <message>
        <source>Update this design to the database&apos;s structure, keeping its layout.</source>
        <translation>Diesen Entwurf auf die Struktur der Datenbank bringen und sein Layout behalten.</translation>
    </message>
    <message>
        <source>DATABASE|SCRIPT.sql|FILE.dbml [--dialect sqlite|postgresql|mysql] [--keep-going] [--into DESIGN.xml] [-o DESIGN.xml]</source>
        <translation>DATABASE|SCRIPT.sql|FILE.dbml [--dialect sqlite|postgresql|mysql] [--keep-going] [--into DESIGN.xml] [-o DESIGN.xml]</translation>
    </message>
    <message>
        <source>Read an existing database, an SQL script (a schema file, a dump) or a DBML file into a design; which one is told by what it holds. A script&apos;s dialect is guessed unless --dialect gives it; every statement that is skipped (settings, data, views, routines) or fails is listed with its line, and when one fails no design is written (exit status 4) unless --keep-going. SQLite scripts run in an in-memory database that cannot reach files; MariaDB/MySQL scripts are parsed; PostgreSQL scripts are parsed with PostgreSQL&apos;s own grammar. New tables get grid positions. With --into DESIGN.xml and a database, update that design to the database&apos;s structure instead: new tables are placed next to their neighbours, dropped ones removed, changed columns updated, and everything else (positions, colours, comments, notes) kept; the changes are listed on standard error, and an unchanged database changes no byte of the design.</source>
        <translation>Eine vorhandene Datenbank, ein SQL-Skript (eine Schemadatei, ein Dump) oder eine DBML-Datei in einen Entwurf einlesen; welches davon, entscheidet der Inhalt. Der Dialekt eines Skripts wird erraten, sofern --dialect ihn nicht angibt; jede übersprungene (Einstellungen, Daten, Sichten, Routinen) oder fehlgeschlagene Anweisung wird mit ihrer Zeile aufgeführt, und schlägt eine fehl, wird kein Entwurf geschrieben (Exit-Status 4), außer mit --keep-going. SQLite-Skripte laufen in einer Datenbank im Arbeitsspeicher, die keine Dateien erreicht; MariaDB/MySQL-Skripte werden geparst; PostgreSQL-Skripte werden mit der Grammatik von PostgreSQL selbst geparst. Neue Tabellen erhalten Rasterpositionen. Mit --into DESIGN.xml und einer Datenbank wird stattdessen dieser Entwurf auf die Struktur der Datenbank gebracht: Neue Tabellen werden neben ihre Nachbarn gesetzt, entfernte gelöscht, geänderte Spalten aktualisiert und alles andere (Positionen, Farben, Kommentare, Notizen) bleibt; die Änderungen werden auf der Standardfehlerausgabe aufgeführt, und eine unveränderte Datenbank ändert kein Byte des Entwurfs.</translation>
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
    <message>
        <source>TLS to %1 needs the system&apos;s certificate folder %2, which does not exist.</source>
        <translation>TLS zu %1 benötigt den Zertifikatsordner %2 des Systems, der nicht existiert.</translation>
    </message>
    <message>
        <source>%1 does not offer TLS, which was required; the connection was closed.</source>
        <translation>%1 bietet kein TLS an, das aber verlangt wurde; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>die Datenbank hat keinen Grund angegeben</translation>
    </message>
</context>
<context>
    <name>DataDictionary</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
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
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1: data dictionary</source>
        <translation>%1: Datenwörterbuch</translation>
    </message>
    <message>
        <source>Made by Schemata from %1.</source>
        <translation>Von Schemata aus %1 erstellt.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Keys and indexes</source>
        <translation>Schlüssel und Indizes</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>verweist auf</translation>
    </message>
    <message>
        <source>referred to by</source>
        <translation>referenziert von</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
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
        <source>The URL names no database: add /DATABASE after the host.</source>
        <translation>Die URL nennt keine Datenbank: Fügen Sie /DATABASE nach dem Host hinzu.</translation>
    </message>
    <message>
        <source>%1 connections take sslmode %2, not &quot;%3&quot;.</source>
        <translation>%1-Verbindungen erwarten sslmode %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a database address: &quot;%2&quot; is not a kind of database. Give an SQLite file, or a URL such as postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation>%1 ist keine Datenbankadresse: &quot;%2&quot; ist keine Datenbankart. Geben Sie eine SQLite-Datei oder eine URL wie postgresql://user@host:5432/database oder mysql://user@host:3306/database an.</translation>
    </message>
    <message>
        <source>The port %1 in %2 is not a number from 1 to 65535.</source>
        <translation>Der Port %1 in %2 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>Der Port in %1 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>%1 contains a space, which a URL cannot hold: write it as %2.</source>
        <translation>%1 enthält ein Leerzeichen, das in einer URL nicht stehen darf: Schreiben Sie es als %2.</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not followed by two hexadecimal digits: write a %2 sign (in a password, say) as %3.</source>
        <translation>%1 enthält ein %2, auf das keine zwei Hexadezimalziffern folgen: Schreiben Sie ein %2-Zeichen (etwa in einem Passwort) als %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; a database address reads postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation>%1 ist keine gültige URL; eine Datenbankadresse lautet postgresql://user@host:5432/database oder mysql://user@host:3306/database.</translation>
    </message>
</context>
<context>
    <name>DatabaseTargetWidget</name>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>Paste a URL: postgresql://user@host:5432/database</source>
        <translation>URL einfügen: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>A new or existing file</source>
        <translation>Eine neue oder vorhandene Datei</translation>
    </message>
    <message>
        <source>An existing file</source>
        <translation>Eine vorhandene Datei</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Date&amp;i:</translation>
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
        <source>Database &amp;name:</source>
        <translation>Datenbank&amp;name:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Empty: %1 when set</source>
        <translation>Leer: %1, falls gesetzt</translation>
    </message>
    <message>
        <source>Client default</source>
        <translation>Standard des Clients</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Aus (disable)</translation>
    </message>
    <message>
        <source>When the server insists (allow)</source>
        <translation>Wenn der Server es verlangt (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Erforderlich (require)</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>Erforderlich, Zertifikat geprüft (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and host name checked (verify-full)</source>
        <translation>Erforderlich, Zertifikat und Hostname geprüft (verify-full)</translation>
    </message>
    <message>
        <source>A URL starts with postgresql://, mysql:// or file://.</source>
        <translation>Eine URL beginnt mit postgresql://, mysql:// oder file://.</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>Wählen Sie die SQLite-Datei aus.</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite-Datei %1</translation>
    </message>
    <message>
        <source>%1 database “%2” on %3</source>
        <translation>%1-Datenbank „%2“ auf %3</translation>
    </message>
    <message>
        <source>%1 database “%2” on %3 as %4</source>
        <translation>%1-Datenbank „%2“ auf %3 als %4</translation>
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
    <name>DbmlReader</name>
    <message>
        <source>The name in double quotes is not closed on its line.</source>
        <translation>Der Name in doppelten Anführungszeichen wird in seiner Zeile nicht geschlossen.</translation>
    </message>
    <message>
        <source>The string is not closed on its line: close it with &apos; or write a multi-line string in &apos;&apos;&apos;.</source>
        <translation>Die Zeichenkette wird in ihrer Zeile nicht geschlossen: Schließen Sie sie mit &apos; oder schreiben Sie eine mehrzeilige Zeichenkette in &apos;&apos;&apos;.</translation>
    </message>
    <message>
        <source>The multi-line string is not closed with &apos;&apos;&apos;.</source>
        <translation>Die mehrzeilige Zeichenkette wird nicht mit &apos;&apos;&apos; geschlossen.</translation>
    </message>
    <message>
        <source>The comment is not closed with */.</source>
        <translation>Der Kommentar wird nicht mit */ geschlossen.</translation>
    </message>
    <message>
        <source>The expression is not closed with `.</source>
        <translation>Der Ausdruck wird nicht mit ` geschlossen.</translation>
    </message>
    <message>
        <source>Unexpected character %1.</source>
        <translation>Unerwartetes Zeichen %1.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>Expected %1 in quotes, found %2.</source>
        <translation>Erwartet: %1 in Anführungszeichen, gefunden: %2.</translation>
    </message>
    <message>
        <source>TablePartial is not supported: write its columns in the tables.</source>
        <translation>TablePartial wird nicht unterstützt: Schreiben Sie seine Spalten in die Tabellen.</translation>
    </message>
    <message>
        <source>Expected Table, Ref, Enum, TableGroup, Project or Note, found %1.</source>
        <translation>Erwartet: Table, Ref, Enum, TableGroup, Project oder Note, gefunden: %1.</translation>
    </message>
    <message>
        <source>a table name</source>
        <translation>ein Tabellenname</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>ein Alias</translation>
    </message>
    <message>
        <source>to open the table</source>
        <translation>zum Öffnen der Tabelle</translation>
    </message>
    <message>
        <source>The table %1 is not closed with }.</source>
        <translation>Die Tabelle %1 wird nicht mit } geschlossen.</translation>
    </message>
    <message>
        <source>TablePartial is not supported: write its columns in the table.</source>
        <translation>TablePartial wird nicht unterstützt: Schreiben Sie seine Spalten in die Tabelle.</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>ein Spaltenname</translation>
    </message>
    <message>
        <source>The column %1 needs a type on its line.</source>
        <translation>Die Spalte %1 braucht einen Typ in ihrer Zeile.</translation>
    </message>
    <message>
        <source>The type of %1 is not closed with ).</source>
        <translation>Der Typ von %1 wird nicht mit ) geschlossen.</translation>
    </message>
    <message>
        <source>Expected the end of the line after column %1, found %2.</source>
        <translation>Erwartet: das Zeilenende nach Spalte %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>a column or (columns)</source>
        <translation>eine Spalte oder (Spalten)</translation>
    </message>
    <message>
        <source>between the columns</source>
        <translation>zwischen den Spalten</translation>
    </message>
    <message>
        <source>to open the settings</source>
        <translation>zum Öffnen der Einstellungen</translation>
    </message>
    <message>
        <source>between settings</source>
        <translation>zwischen Einstellungen</translation>
    </message>
    <message>
        <source>Expected a setting, found %1.</source>
        <translation>Erwartet: eine Einstellung, gefunden: %1.</translation>
    </message>
    <message>
        <source>Expected &gt;, &lt;, - or &lt;&gt; after ref:, found %1.</source>
        <translation>Erwartet: &gt;, &lt;, - oder &lt;&gt; nach ref:, gefunden: %1.</translation>
    </message>
    <message>
        <source>Expected a value, found %1.</source>
        <translation>Erwartet: ein Wert, gefunden: %1.</translation>
    </message>
    <message>
        <source>Expected table.column, found %1 alone.</source>
        <translation>Erwartet: tabelle.spalte, gefunden: nur %1.</translation>
    </message>
    <message>
        <source>Expected &gt;, &lt;, - or &lt;&gt; between the two sides, found %1.</source>
        <translation>Erwartet: &gt;, &lt;, - oder &lt;&gt; zwischen den beiden Seiten, gefunden: %1.</translation>
    </message>
    <message>
        <source>Unknown action %1: write cascade, restrict, set null, set default or no action.</source>
        <translation>Unbekannte Aktion %1: Schreiben Sie cascade, restrict, set null, set default oder no action.</translation>
    </message>
    <message>
        <source>a name, : or {</source>
        <translation>ein Name, : oder {</translation>
    </message>
    <message>
        <source>or : after Ref</source>
        <translation>oder : nach Ref</translation>
    </message>
    <message>
        <source>The Ref is not closed with }.</source>
        <translation>Die Ref wird nicht mit } geschlossen.</translation>
    </message>
    <message>
        <source>an enum name</source>
        <translation>ein Enum-Name</translation>
    </message>
    <message>
        <source>to open the enum</source>
        <translation>zum Öffnen des Enums</translation>
    </message>
    <message>
        <source>an enum value</source>
        <translation>ein Enum-Wert</translation>
    </message>
    <message>
        <source>a group name</source>
        <translation>ein Gruppenname</translation>
    </message>
    <message>
        <source>to open the group</source>
        <translation>zum Öffnen der Gruppe</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>to close the note</source>
        <translation>zum Schließen der Notiz</translation>
    </message>
    <message>
        <source>a project name</source>
        <translation>ein Projektname</translation>
    </message>
    <message>
        <source>to open the project</source>
        <translation>zum Öffnen des Projekts</translation>
    </message>
    <message>
        <source>The Project is not closed with }.</source>
        <translation>Das Project wird nicht mit } geschlossen.</translation>
    </message>
    <message>
        <source>a project setting</source>
        <translation>eine Projekteinstellung</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>a note name</source>
        <translation>ein Notizname</translation>
    </message>
    <message>
        <source>to open the note</source>
        <translation>zum Öffnen der Notiz</translation>
    </message>
    <message>
        <source>Expected %1 %2, found %3.</source>
        <translation>Erwartet: %1 %2, gefunden: %3.</translation>
    </message>
    <message>
        <source>The table %1 is defined twice: references name the first.</source>
        <translation>Die Tabelle %1 ist zweimal definiert: Verweise beziehen sich auf die erste.</translation>
    </message>
    <message>
        <source>The column %1 is defined twice in %2: references name the first.</source>
        <translation>Die Spalte %1 ist in %2 zweimal definiert: Verweise beziehen sich auf die erste.</translation>
    </message>
    <message>
        <source>The column setting %1 is not kept.</source>
        <translation>Die Spalteneinstellung %1 wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The index setting %1 is not kept.</source>
        <translation>Die Indexeinstellung %1 wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The index of %1 names %2, which is no column of it.</source>
        <translation>Der Index von %1 nennt %2, das keine Spalte davon ist.</translation>
    </message>
    <message>
        <source>The schemata setting %1 is not known.</source>
        <translation>Die schemata-Einstellung %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>The many-to-many reference between %1 and %2 is not kept: add the table that links them.</source>
        <translation>Der Viele-zu-viele-Verweis zwischen %1 und %2 wird nicht übernommen: Fügen Sie die Tabelle hinzu, die sie verbindet.</translation>
    </message>
    <message>
        <source>No table %1.</source>
        <translation>Keine Tabelle %1.</translation>
    </message>
    <message>
        <source>The two sides have %1 and %2 columns.</source>
        <translation>Die beiden Seiten haben %1 und %2 Spalten.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>No table %1: the reference keeps its name.</source>
        <translation>Keine Tabelle %1: Der Verweis behält ihren Namen.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2: the reference keeps its name.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2: Der Verweis behält ihren Namen.</translation>
    </message>
    <message>
        <source>The group %1 names %2, which is no table.</source>
        <translation>Die Gruppe %1 nennt %2, das keine Tabelle ist.</translation>
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
    <message>
        <source>Schemata cannot check the default %1 for %2; the server checks it when the design is applied.</source>
        <translation>Schemata kann den Standardwert %1 für %2 nicht prüfen; der Server prüft ihn, wenn der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>Another table has a key or index named &quot;%1&quot; too: MariaDB takes that, SQLite and PostgreSQL do not.</source>
        <translation>Eine andere Tabelle hat ebenfalls einen Schlüssel oder Index namens „%1“: MariaDB nimmt das hin, SQLite und PostgreSQL nicht.</translation>
    </message>
</context>
<context>
    <name>DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>%n Objekt verschieben</numerusform>
            <numerusform>%n Objekte verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <source>table</source>
        <translation>tabelle</translation>
    </message>
    <message>
        <source>Add table %1</source>
        <translation>Tabelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit comment of %1</source>
        <translation>Kommentar von %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle fixieren</numerusform>
            <numerusform>%n Tabellen fixieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n table(s)</source>
        <translation>
            <numerusform>Fixierung von %n Tabelle lösen</numerusform>
            <numerusform>Fixierung von %n Tabellen lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>column</source>
        <translation>spalte</translation>
    </message>
    <message>
        <source>Add column %1.%2</source>
        <translation>Spalte %1.%2 hinzufügen</translation>
    </message>
    <message>
        <source>Edit column %1.%2</source>
        <translation>Spalte %1.%2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete column %1.%2</source>
        <translation>Spalte %1.%2 löschen</translation>
    </message>
    <message>
        <source>Move column %1.%2</source>
        <translation>Spalte %1.%2 verschieben</translation>
    </message>
    <message>
        <source>Add %1.%2 to the primary key</source>
        <translation>%1.%2 zum Primärschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1.%2 from the primary key</source>
        <translation>%1.%2 aus dem Primärschlüssel entfernen</translation>
    </message>
    <message>
        <source>Edit keys of %1</source>
        <translation>Schlüssel von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3.%4</source>
        <translation>%1.%2 mit %3.%4 verbinden</translation>
    </message>
    <message>
        <source>Create foreign key from %1 to %2</source>
        <translation>Fremdschlüssel von %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>Edit actions of a foreign key of %1</source>
        <translation>Aktionen eines Fremdschlüssels von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Create many-to-many between %1 and %2</source>
        <translation>n:m-Beziehung zwischen %1 und %2 anlegen</translation>
    </message>
    <message>
        <source>Make %1 a subclass of %2</source>
        <translation>%1 zur Unterklasse von %2 machen</translation>
    </message>
    <message>
        <source>Remove the inheritance of %1</source>
        <translation>Vererbung von %1 entfernen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Bereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit area %1</source>
        <translation>Bereich %1 bearbeiten</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Größe der Notiz ändern</translation>
    </message>
    <message>
        <source>Resize area %1</source>
        <translation>Größe von Bereich %1 ändern</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Disconnect a foreign key of %1</source>
        <translation>Einen Fremdschlüssel von %1 trennen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle duplizieren</numerusform>
            <numerusform>%n Tabellen duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>%n Objekt einfügen</numerusform>
            <numerusform>%n Objekte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Datatype catalogue: %1 -&gt; %2</source>
        <translation>Datentypkatalog: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Switch the design to %1</source>
        <translation>Entwurf auf %1 umstellen</translation>
    </message>
    <message numerus="yes">
        <source>Align %n object(s)</source>
        <translation>
            <numerusform>%n Objekt ausrichten</numerusform>
            <numerusform>%n Objekte ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n object(s)</source>
        <translation>
            <numerusform>%n Objekt verteilen</numerusform>
            <numerusform>%n Objekte verteilen</numerusform>
        </translation>
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
    <name>DesignMatch</name>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <source>Compared by table and column names only: %1</source>
        <translation>Nur nach Tabellen- und Spaltennamen verglichen: %1</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>Column %1.%2 was added to %1, the table its single-table subclasses share; move it to a subclass if it is one&apos;s.</source>
        <translation>Die Spalte %1.%2 wurde zu %1 hinzugefügt, der Tabelle, die sich ihre Unterklassen (Vererbung in einer Tabelle) teilen; verschieben Sie sie in eine Unterklasse, falls sie zu einer gehört.</translation>
    </message>
    <message>
        <source>Column %1 is NOT NULL in the database, but the design has it in a single-table subclass, where it must be nullable; it was left as it is.</source>
        <translation>Die Spalte %1 ist in der Datenbank NOT NULL, aber der Entwurf führt sie in einer Unterklasse mit Vererbung in einer Tabelle, wo sie NULL erlauben muss; sie wurde gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>Not merged: %1. The design keeps its columns in different tables (single-table inheritance).</source>
        <translation>Nicht übernommen: %1. Der Entwurf führt die Spalten in verschiedenen Tabellen (Vererbung in einer Tabelle).</translation>
    </message>
    <message>
        <source>Tables gone from the database: %1; new in it: %2. A table renamed in the database is recorded nowhere, so it shows as a drop and an add.</source>
        <translation>Aus der Datenbank verschwundene Tabellen: %1; neu darin: %2. Eine in der Datenbank umbenannte Tabelle ist nirgends vermerkt und erscheint daher als Löschen und Hinzufügen.</translation>
    </message>
    <message>
        <source>Columns of %1 gone from the database: %2; new in it: %3. A column renamed in the database is recorded nowhere, so it shows as a drop and an add.</source>
        <translation>Aus der Datenbank verschwundene Spalten von %1: %2; neu darin: %3. Eine in der Datenbank umbenannte Spalte ist nirgends vermerkt und erscheint daher als Löschen und Hinzufügen.</translation>
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
        <source>The file&apos;s encoding &quot;%1&quot; is not supported; save it as UTF-8.</source>
        <translation>Die Kodierung &quot;%1&quot; der Datei wird nicht unterstützt; speichern Sie sie als UTF-8.</translation>
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
    <message>
        <source>The file is not valid %1.</source>
        <translation>Die Datei ist kein gültiges %1.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot; but starts with a %2 byte order mark; it is read, and written back, as %2.</source>
        <translation>Die Datei gibt die Kodierung &quot;%1&quot; an, beginnt aber mit einer %2-Bytereihenfolgemarkierung; sie wird als %2 gelesen und zurückgeschrieben.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot; but is written in %2; it is read, and written back, as %2.</source>
        <translation>Die Datei gibt die Kodierung &quot;%1&quot; an, ist aber in %2 geschrieben; sie wird als %2 gelesen und zurückgeschrieben.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, but its bytes are not %1: it has no byte order mark and its XML declaration is written in single bytes. Correct the declaration to the encoding the file is saved in.</source>
        <translation>Die Datei gibt die Kodierung &quot;%1&quot; an, ihre Bytes sind aber kein %1: Sie hat keine Bytereihenfolgemarkierung, und ihre XML-Deklaration ist in einzelnen Bytes geschrieben. Korrigieren Sie die Deklaration auf die Kodierung, in der die Datei gespeichert ist.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1), and its XML declaration names no other encoding. Save it as UTF-8, or declare the encoding it is saved in, such as &lt;?xml version=&quot;1.0&quot; encoding=&quot;iso-8859-1&quot;?&gt;.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Byte %1), und ihre XML-Deklaration nennt keine andere Kodierung. Speichern Sie sie als UTF-8, oder deklarieren Sie die Kodierung, in der sie gespeichert ist, etwa &lt;?xml version=&quot;1.0&quot; encoding=&quot;iso-8859-1&quot;?&gt;.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, but its text is UTF-8: &quot;%2&quot; would read as &quot;%3&quot;. Correct the declaration to encoding=&quot;utf-8&quot;.</source>
        <translation>Die Datei gibt die Kodierung &quot;%1&quot; an, ihr Text ist aber UTF-8: &quot;%2&quot; würde als &quot;%3&quot; gelesen. Korrigieren Sie die Deklaration zu encoding=&quot;utf-8&quot;.</translation>
    </message>
    <message>
        <source>The file is not valid %1, the encoding its XML declaration names.</source>
        <translation>Die Datei ist kein gültiges %1, obwohl ihre XML-Deklaration diese Kodierung nennt.</translation>
    </message>
    <message>
        <source>&lt;key&gt;%1&lt;/key&gt; inside the column is not a key type (PRIMARY, UNIQUE, INDEX or FULLTEXT); it is ignored.</source>
        <translation>&lt;key&gt;%1&lt;/key&gt; in der Spalte ist kein Schlüsseltyp (PRIMARY, UNIQUE, INDEX oder FULLTEXT); es wird ignoriert.</translation>
    </message>
    <message>
        <source>&lt;key&gt;%1&lt;/key&gt; inside the column is read as a %2 key of the table on this column; it is saved as a table-level &lt;key type=&quot;%2&quot;&gt;.</source>
        <translation>&lt;key&gt;%1&lt;/key&gt; in der Spalte wird als Schlüssel vom Typ %2 der Tabelle auf dieser Spalte gelesen; es wird als &lt;key type=&quot;%2&quot;&gt; auf Tabellenebene gespeichert.</translation>
    </message>
    <message>
        <source>&lt;renamed&gt; names no earlier name in its &quot;from&quot; attribute; it is ignored.</source>
        <translation>&lt;renamed&gt; nennt in seinem Attribut &quot;from&quot; keinen früheren Namen; es wird ignoriert.</translation>
    </message>
    <message>
        <source>&lt;renamed from=&quot;%1&quot;&gt; repeats the current name or an earlier one; it is ignored.</source>
        <translation>&lt;renamed from=&quot;%1&quot;&gt; wiederholt den aktuellen Namen oder einen früheren; es wird ignoriert.</translation>
    </message>
    <message>
        <source>&lt;renamed from=&quot;%1&quot;&gt; has other attributes or content; only the earlier name is kept.</source>
        <translation>&lt;renamed from=&quot;%1&quot;&gt; hat weitere Attribute oder Inhalt; nur der frühere Name wird beibehalten.</translation>
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
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
</context>
<context>
    <name>DiagramComparison</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Schema changes against %1</source>
        <translation>Schemaänderungen gegenüber %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation>Das Diagramm ist zu groß für ein Bild (%1 x %2 Pixel).</translation>
    </message>
    <message>
        <source>Database diagram drawn by Schemata</source>
        <translation>Mit Schemata gezeichnetes Datenbankdiagramm</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Fehler beim Lesen %1: %2</translation>
    </message>
    <message>
        <source>%1 refuses the default %2 on a column of type %3: %4.</source>
        <translation>%1 lehnt den Standardwert %2 für eine Spalte vom Typ %3 ab: %4.</translation>
    </message>
    <message>
        <source>The default &quot;%1&quot; is not a value of the type %2.</source>
        <translation>Der Standardwert &quot;%1&quot; ist kein Wert des Typs %2.</translation>
    </message>
    <message>
        <source>%1 refuses the default &quot;%2&quot; on a column of type %3: it has %4 characters, more than the column&apos;s %5.</source>
        <translation>%1 lehnt den Standardwert &quot;%2&quot; für eine Spalte vom Typ %3 ab: Er hat %4 Zeichen, mehr als die %5 der Spalte.</translation>
    </message>
    <message>
        <source>its value has up to %1 characters, more than the column&apos;s %2</source>
        <translation>sein Wert hat bis zu %1 Zeichen, mehr als die %2 der Spalte</translation>
    </message>
    <message>
        <source>%1 refuses the default %2: it has no function %3().</source>
        <translation>%1 lehnt den Standardwert %2 ab: Es gibt dort keine Funktion %3().</translation>
    </message>
    <message>
        <source>Schemata cannot check the default %1 for %2; the server checks it when the design is applied.</source>
        <translation>Schemata kann den Standardwert %1 für %2 nicht prüfen; der Server prüft ihn, wenn der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; ist eine generierte Spalte; ihr Ausdruck ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3, which the design keeps as written; another engine may refuse it.</source>
        <translation>Der Standardwert von &quot;%1&quot;.&quot;%2&quot; ist der Ausdruck %3, den der Entwurf unverändert übernimmt; ein anderes Datenbanksystem lehnt ihn möglicherweise ab.</translation>
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
    <message>
        <source>Foreign tables are not part of a design: %1</source>
        <translation>Fremdtabellen sind nicht Teil eines Entwurfs: %1</translation>
    </message>
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
        <source>&quot;%1&quot;.&quot;%2&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; wird bei jeder Aktualisierung gesetzt (ON UPDATE); der Entwurf bildet das nicht ab.</translation>
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
        <source>the current schema</source>
        <translation>des aktuellen Schemas</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: no schema of the search path exists.</source>
        <translation>Der Katalog kann nicht gelesen werden: Kein Schema des Suchpfads existiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation>&quot;%1&quot; ist eine partitionierte Tabelle; ihre Partitionierung und ihre Partitionen sind nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is of the enum type %3; the design keeps its values as ENUM(%4).</source>
        <translation>„%1“.„%2“ hat den Aufzählungstyp %3; der Entwurf behält seine Werte als ENUM(%4).</translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>Die Ausschlusseinschränkung &quot;%1&quot; von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
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
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this schema; it is left out.</source>
        <translation>Der Fremdschlüssel &quot;%1&quot; von &quot;%2&quot; verweist auf %3; dies ist keine Tabelle dieses Schemas, daher wird er weggelassen.</translation>
    </message>
    <message>
        <source>the CHECK constraints and triggers</source>
        <translation>der CHECK-Einschränkungen und Trigger</translation>
    </message>
    <message>
        <source>the views and sequences</source>
        <translation>der Sichten und Sequenzen</translation>
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
        <source>the indexes of &quot;%1&quot;</source>
        <translation>der Indizes von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot;</source>
        <translation>des Index &quot;%1&quot;</translation>
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
</context>
<context>
    <name>DocumentationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateRowsDialog</name>
    <message>
        <source>Duplicate Rows</source>
        <translation>Zeilen duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of “%1” will be copied without their generated keys.</source>
        <translation>
            <numerusform>%n Zeile von „%1“ wird ohne ihre erzeugten Schlüssel kopiert.</numerusform>
            <numerusform>%n Zeilen von „%1“ werden ohne ihre erzeugten Schlüssel kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns are unique: give each copy its own value.</source>
        <translation>Diese Spalten sind eindeutig: Geben Sie jeder Kopie einen eigenen Wert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Also copy their child rows and many-to-many links</source>
        <translation>Auch ihre Kindzeilen und Viele-zu-viele-Verknüpfungen kopieren</translation>
    </message>
    <message>
        <source>Levels of children:</source>
        <translation>Ebenen von Kindzeilen:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1, %2: the copy needs a value of its own.</source>
        <translation>Zeile %1, %2: Die Kopie braucht einen eigenen Wert.</translation>
    </message>
</context>
<context>
    <name>ExampleDatabase</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ExportJsonDialog</name>
    <message>
        <source>Export Database to JSON</source>
        <translation>Datenbank als JSON exportieren</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Read Tables</source>
        <translation>Tabellen &amp;lesen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle a&amp;uswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Pretty (one value per line)</source>
        <translation>&amp;Formatiert (ein Wert pro Zeile)</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>weglassen</translation>
    </message>
    <message>
        <source>&amp;BLOBs:</source>
        <translation>&amp;BLOBs:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export to JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export nach %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>%n Tabelle nach %1 exportiert</numerusform>
            <numerusform>%n Tabellen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;JSON file:</source>
        <translation>&amp;JSON-Datei:</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of %1 to export.</source>
        <translation>
            <numerusform>%n Tabelle von %1 zu exportieren.</numerusform>
            <numerusform>%n Tabellen von %1 zu exportieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Show all rows of the table again</source>
        <translation>Wieder alle Zeilen der Tabelle zeigen</translation>
    </message>
    <message>
        <source>WHERE …</source>
        <translation>WHERE …</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Delete this foreign key (its columns stay)</source>
        <translation>Diesen Fremdschlüssel löschen (seine Spalten bleiben erhalten)</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Verweist auf:</translation>
    </message>
    <message>
        <source>On delete:</source>
        <translation>Beim Löschen:</translation>
    </message>
    <message>
        <source>On update:</source>
        <translation>Beim Aktualisieren:</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>(%1) → %2(%3)</source>
        <translation>(%1) → %2(%3)</translation>
    </message>
    <message>
        <source>No foreign key selected</source>
        <translation>Kein Fremdschlüssel ausgewählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GitRevisions</name>
    <message>
        <source>git cannot be run: %1</source>
        <translation>git kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>git failed.</source>
        <translation>git ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 has no history in git yet: commit it first.</source>
        <translation>%1 hat noch keine Historie in git: Committen Sie die Datei zuerst.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Database</source>
        <translation>Aus Datenbank importieren</translation>
    </message>
    <message>
        <source>Read the tables, keys and foreign keys of a database into a new design. The database is only read.</source>
        <translation>Liest die Tabellen, Schlüssel und Fremdschlüssel einer Datenbank in einen neuen Entwurf ein. Die Datenbank wird nur gelesen.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation>Als neuen Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message numerus="yes">
        <source>Read %n table(s) from %1,</source>
        <translation>
            <numerusform>%n Tabelle aus %1 gelesen,</numerusform>
            <numerusform>%n Tabellen aus %1 gelesen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n foreign key(s).</source>
        <translation>
            <numerusform>mit %n Fremdschlüssel.</numerusform>
            <numerusform>mit %n Fremdschlüsseln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The design could not hold everything (%n warning(s)):</source>
        <translation>
            <numerusform>Der Entwurf konnte nicht alles aufnehmen (%n Warnung):</numerusform>
            <numerusform>Der Entwurf konnte nicht alles aufnehmen (%n Warnungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Database</source>
        <translation>Mit Datenbank vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
</context>
<context>
    <name>InheritanceEditor</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Joined table</source>
        <translation>Verknüpfte Tabellen</translation>
    </message>
    <message>
        <source>Single table</source>
        <translation>Eine Tabelle</translation>
    </message>
    <message>
        <source>Joined: the subclass has a table of its own whose primary key references the parent&apos;s. Single: its rows live in the parent&apos;s table, told apart by the discriminator.</source>
        <translation>Verknüpfte Tabellen: Die Unterklasse hat eine eigene Tabelle, deren Primärschlüssel auf den der Elterntabelle verweist. Eine Tabelle: Ihre Zeilen stehen in der Elterntabelle und werden durch den Diskriminator unterschieden.</translation>
    </message>
    <message>
        <source>e.g. type</source>
        <translation>z. B. typ</translation>
    </message>
    <message>
        <source>The column of the hierarchy&apos;s root table that names each row&apos;s type</source>
        <translation>Die Spalte der Wurzeltabelle der Hierarchie, die den Typ jeder Zeile angibt</translation>
    </message>
    <message>
        <source>The discriminator value of this table&apos;s rows</source>
        <translation>Der Diskriminatorwert der Zeilen dieser Tabelle</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Elterntabelle:</translation>
    </message>
    <message>
        <source>Discriminator:</source>
        <translation>Diskriminator:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>(choose a table)</source>
        <translation>(Tabelle auswählen)</translation>
    </message>
    <message>
        <source>The parent table %1 does not exist; choose one.</source>
        <translation>Die Elterntabelle %1 existiert nicht; wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Choose the parent table.</source>
        <translation>Wählen Sie die Elterntabelle aus.</translation>
    </message>
    <message>
        <source>A table without a parent can be the root of a hierarchy: it holds the discriminator column.</source>
        <translation>Eine Tabelle ohne Elterntabelle kann die Wurzel einer Hierarchie sein: Sie enthält die Diskriminatorspalte.</translation>
    </message>
    <message>
        <source>Edit the inheritance of %1</source>
        <translation>Vererbung von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>name TYPE, e.g. email VARCHAR(255) NOT NULL</source>
        <translation>Name TYP, z. B. email VARCHAR(255) NOT NULL</translation>
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
    <message>
        <source>&quot;%1&quot; gave %2 of its %3 rows; the export is incomplete.</source>
        <translation>&quot;%1&quot; lieferte %2 von %3 Zeilen; der Export ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>Unexpected value.</source>
        <translation>Unerwarteter Wert.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1: the table has no column &quot;%2&quot;.</source>
        <translation>%1: Die Tabelle hat keine Spalte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is given twice.</source>
        <translation>%1: Die Spalte &quot;%2&quot; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2</source>
        <translation>&quot;%1&quot;, Zeile %2</translation>
    </message>
    <message>
        <source>The input must be a JSON object of tables, {&quot;table&quot;: [rows]}, as export-json writes it; it begins with %1.</source>
        <translation>Die Eingabe muss ein JSON-Objekt aus Tabellen sein, {&quot;table&quot;: [rows]}, wie export-json es schreibt; am Anfang steht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of rows, not %2.</source>
        <translation>&quot;%1&quot; muss ein Array aus Zeilen sein, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2 must be an object of columns, not %3.</source>
        <translation>Zeile %2 von &quot;%1&quot; muss ein Objekt aus Spalten sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: a value cannot be %3.</source>
        <translation>%1, Spalte &quot;%2&quot;: %3 ist als Wert nicht zulässig.</translation>
    </message>
    <message>
        <source>Unexpected %1.</source>
        <translation>Unerwartet: %1.</translation>
    </message>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>Die Datenbank hat keine Tabelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is given twice.</source>
        <translation>Die Tabelle &quot;%1&quot; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Cannot read the foreign keys: %1</source>
        <translation>Die Fremdschlüssel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: %3</source>
        <translation>%1, Spalte &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>expected %1, not %2.</source>
        <translation>erwartet wurde %1, nicht %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number of 64 bits</source>
        <translation>eine ganze Zahl mit 64 Bit</translation>
    </message>
    <message>
        <source>a number that a double holds</source>
        <translation>eine Zahl, die ein double aufnehmen kann</translation>
    </message>
    <message>
        <source>an ISO 8601 string</source>
        <translation>eine ISO-8601-Zeichenkette</translation>
    </message>
    <message>
        <source>hexadecimal text</source>
        <translation>Hexadezimaltext</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>base64-Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hexadecimal bytes.</source>
        <translation>&quot;%1&quot; sind keine hexadezimalen Bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64 (for hexadecimal BLOBs, say so: --blobs hex).</source>
        <translation>&quot;%1&quot; ist kein base64 (geben Sie bei hexadezimalen BLOBs --blobs hex an).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot insert into &quot;%1&quot;: %2</source>
        <translation>In &quot;%1&quot; kann nicht eingefügt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2: the database refused it: %3</source>
        <translation>&quot;%1&quot;, Zeile %2: Die Datenbank hat sie abgelehnt: %3</translation>
    </message>
    <message>
        <source>Cannot check the foreign keys of &quot;%1&quot;: %2</source>
        <translation>Die Fremdschlüssel von &quot;%1&quot; können nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a row</source>
        <translation>Eine Zeile von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The row of &quot;%1&quot; with %2</source>
        <translation>Die Zeile von &quot;%1&quot; mit %2</translation>
    </message>
    <message>
        <source>%1 refers to no row of &quot;%2&quot; (%3).</source>
        <translation>%1 verweist auf keine Zeile von &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Cannot move the sequence of %1.%2: %3</source>
        <translation>Die Sequenz von %1.%2 kann nicht weitergesetzt werden: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Cannot turn the triggers off: %1</source>
        <translation>Die Trigger können nicht ausgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>The triggers of &quot;%1&quot; ran for its imported rows: %2 cannot turn triggers off during an import.</source>
        <translation>Die Trigger von &quot;%1&quot; wurden für die importierten Zeilen ausgeführt: %2 kann Trigger während eines Imports nicht ausschalten.</translation>
    </message>
</context>
<context>
    <name>KeysEditor</name>
    <message>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Check the key&apos;s columns; their order is the key&apos;s order</source>
        <translation>Die Spalten des Schlüssels ankreuzen; ihre Reihenfolge ist die Reihenfolge im Schlüssel</translation>
    </message>
    <message>
        <source>Move the column up in the key</source>
        <translation>Die Spalte im Schlüssel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the column down in the key</source>
        <translation>Die Spalte im Schlüssel nach unten verschieben</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen...</translation>
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
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click the canvas to add a table; open a WWW SQL Designer file with File &gt; Open.</source>
        <translation>Doppelklicken Sie auf die Zeichenfläche, um eine Tabelle hinzuzufügen; öffnen Sie eine Datei von WWW SQL Designer mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Find a table...</source>
        <translation>Tabelle suchen...</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Save the whole diagram as PNG, SVG or PDF</source>
        <translation>Das gesamte Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
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
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Add a table (or double-click the canvas)</source>
        <translation>Eine Tabelle hinzufügen (oder auf die Zeichenfläche doppelklicken)</translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation>&amp;Spalte</translation>
    </message>
    <message>
        <source>Add a column to the selected table</source>
        <translation>Der ausgewählten Tabelle eine Spalte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Relation (drag column to column)</source>
        <translation>&amp;Beziehung (Spalte auf Spalte ziehen)</translation>
    </message>
    <message>
        <source>Drag from a column to the column it references</source>
        <translation>Von einer Spalte auf die Spalte ziehen, auf die sie verweist</translation>
    </message>
    <message>
        <source>&amp;Foreign Key to Selected...</source>
        <translation>&amp;Fremdschlüssel zwischen ausgewählten Tabellen...</translation>
    </message>
    <message>
        <source>Select the referenced table first, then the referencing one</source>
        <translation>Zuerst die referenzierte Tabelle auswählen, dann die verweisende</translation>
    </message>
    <message>
        <source>&amp;Many-to-Many</source>
        <translation>n:&amp;m-Beziehung</translation>
    </message>
    <message>
        <source>Join the two selected tables through a new association table</source>
        <translation>Die beiden ausgewählten Tabellen über eine neue Zuordnungstabelle verbinden</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <source>Group the selected tables in a coloured area</source>
        <translation>Die ausgewählten Tabellen in einem farbigen Bereich gruppieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Find Table...</source>
        <translation>Tabelle s&amp;uchen...</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>&amp;Colour Columns by Type</source>
        <translation>Spalten nach &amp;Typ färben</translation>
    </message>
    <message>
        <source>Show &amp;Many-to-Many as One Connector</source>
        <translation>n:&amp;m-Beziehungen als eine Verbindung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farbs&amp;chema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Schemata is started again.</source>
        <translation>Die Sprache wird beim nächsten Start von Schemata geändert.</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <source>Lay out the whole design by its foreign keys</source>
        <translation>Den gesamten Entwurf anhand seiner Fremdschlüssel anordnen</translation>
    </message>
    <message>
        <source>Auto-Layout &amp;Selection</source>
        <translation>Au&amp;swahl automatisch anordnen</translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation>An Position &amp;fixieren</translation>
    </message>
    <message>
        <source>Pinned tables keep their place when the design is laid out</source>
        <translation>Fixierte Tabellen behalten ihre Position, wenn der Entwurf angeordnet wird</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>Horizontal &amp;zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute Verticall&amp;y</source>
        <translation>Vertikal ver&amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Da&amp;tenbank</translation>
    </message>
    <message>
        <source>&amp;SQL Preview...</source>
        <translation>&amp;SQL-Vorschau...</translation>
    </message>
    <message>
        <source>The DDL that creates the design, per dialect</source>
        <translation>Die DDL, die den Entwurf anlegt, je Dialekt</translation>
    </message>
    <message>
        <source>&amp;Apply to Database...</source>
        <translation>Auf Datenbank &amp;anwenden...</translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in a SQLite, PostgreSQL or MariaDB database</source>
        <translation>Die Tabellen des Entwurfs in einer SQLite-, PostgreSQL- oder MariaDB-Datenbank anlegen</translation>
    </message>
    <message>
        <source>&amp;Import from Database...</source>
        <translation>Aus Datenbank &amp;importieren...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s); save the design to keep it.</source>
        <translation>
            <numerusform>%n Tabelle importiert; speichern Sie den Entwurf, um ihn zu behalten.</numerusform>
            <numerusform>%n Tabellen importiert; speichern Sie den Entwurf, um ihn zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read an existing database into a new design</source>
        <translation>Eine vorhandene Datenbank in einen neuen Entwurf einlesen</translation>
    </message>
    <message>
        <source>Switch &amp;Dialect</source>
        <translation>&amp;Dialekt wechseln</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation>Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>design.xml</source>
        <translation>entwurf.xml</translation>
    </message>
    <message>
        <source>Designs (*.xml)</source>
        <translation>Entwürfe (*.xml)</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>diagramm</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Diagram</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Add Area</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Many-to-Many</source>
        <translation>n:m-Beziehung</translation>
    </message>
    <message>
        <source>Both tables need a primary key.</source>
        <translation>Beide Tabellen benötigen einen Primärschlüssel.</translation>
    </message>
    <message>
        <source>Create Foreign Key</source>
        <translation>Fremdschlüssel anlegen</translation>
    </message>
    <message>
        <source>Referenced table (the other gets a column referencing its primary key):</source>
        <translation>Referenzierte Tabelle (die andere erhält eine Spalte, die auf ihren Primärschlüssel verweist):</translation>
    </message>
    <message>
        <source>%1 has no primary key.</source>
        <translation>%1 hat keinen Primärschlüssel.</translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message numerus="yes">
        <source>Auto-layout %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle automatisch anordnen</numerusform>
            <numerusform>%n Tabellen automatisch anordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout the design</source>
        <translation>Entwurf automatisch anordnen</translation>
    </message>
    <message>
        <source>Switch Dialect</source>
        <translation>Dialekt wechseln</translation>
    </message>
    <message>
        <source>The design already uses the types of %1.</source>
        <translation>Der Entwurf verwendet bereits die Typen von %1.</translation>
    </message>
    <message numerus="yes">
        <source>The design now uses the datatype catalogue and types of %1: %n change(s). Undo reverts them all.</source>
        <translation>
            <numerusform>Der Entwurf verwendet jetzt den Datentypkatalog und die Typen von %1: %n Änderung. „Rückgängig“ nimmt sie zurück.</numerusform>
            <numerusform>Der Entwurf verwendet jetzt den Datentypkatalog und die Typen von %1: %n Änderungen. „Rückgängig“ nimmt sie alle zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit Area</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Schemata did not end cleanly last time. Restore the unsaved design from %1?</source>
        <translation>Schemata wurde beim letzten Mal nicht ordnungsgemäß beendet. Den ungespeicherten Entwurf vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored unsaved changes; save them to keep them.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Open &amp;Database...</source>
        <translation>D&amp;atenbank öffnen...</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Browse the rows of an SQLite database</source>
        <translation>Die Zeilen einer SQLite-Datenbank durchsuchen</translation>
    </message>
    <message>
        <source>Browse a PostgreSQL or MariaDB database</source>
        <translation>Eine PostgreSQL- oder MariaDB-Datenbank durchsuchen</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>Connec&amp;t to Database...</source>
        <translation>Mi&amp;t Datenbank verbinden...</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Password for %1:</source>
        <translation>&amp;Passwort für %1:</translation>
    </message>
    <message>
        <source>Recent Data&amp;bases</source>
        <translation>Zuletzt geöffnete Datenban&amp;ken</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Data &amp;Beside Diagram</source>
        <translation>Daten &amp;neben Diagramm</translation>
    </message>
    <message>
        <source>Show the rows of the table selected in the diagram next to it</source>
        <translation>Die Zeilen der im Diagramm ausgewählten Tabelle daneben zeigen</translation>
    </message>
    <message>
        <source>&amp;Browse Rows</source>
        <translation>&amp;Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Show the rows of the selected table of the open database</source>
        <translation>Die Zeilen der ausgewählten Tabelle der geöffneten Datenbank zeigen</translation>
    </message>
    <message>
        <source>Show the Database&apos;s Design</source>
        <translation>Entwurf der Datenbank zeigen</translation>
    </message>
    <message>
        <source>%1 does not describe %2, and has unsaved changes. Save them before the database&apos;s own design takes its place on the Design page?</source>
        <translation>%1 beschreibt %2 nicht und enthält ungespeicherte Änderungen. Sollen sie gespeichert werden, bevor der eigene Entwurf der Datenbank seinen Platz auf der Seite „Entwurf“ einnimmt?</translation>
    </message>
    <message>
        <source>&amp;Keep Current Design</source>
        <translation>Aktuellen Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>%1 is not in the design.</source>
        <translation>%1 ist nicht im Entwurf enthalten.</translation>
    </message>
    <message>
        <source>Cannot Open the Example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>User Guide Not Found</source>
        <translation>Benutzerhandbuch nicht gefunden</translation>
    </message>
    <message>
        <source>The user guide is not installed. Schemata looked for it in:
%1

Build it with the program (it needs cmark-gfm) or install Schemata&apos;s package.</source>
        <translation>Das Benutzerhandbuch ist nicht installiert. Schemata hat hier danach gesucht:
%1

Erstellen Sie es zusammen mit dem Programm (dafür wird cmark-gfm benötigt), oder installieren Sie das Paket von Schemata.</translation>
    </message>
    <message>
        <source>Cannot Open the User Guide</source>
        <translation>Benutzerhandbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No web browser opened %1. Open it in one yourself.</source>
        <translation>Kein Webbrowser hat %1 geöffnet. Öffnen Sie es selbst in einem Browser.</translation>
    </message>
    <message>
        <source>Data page</source>
        <translation>Seite „Daten“</translation>
    </message>
    <message>
        <source>Schemata %1</source>
        <translation>Schemata %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Platform: %1, %2 %3, %4 (%5)</source>
        <translation>Plattform: %1, %2 %3, %4 (%5)</translation>
    </message>
    <message>
        <source>Log: no file; the statements sent to databases go to standard error with QT_LOGGING_RULES=&quot;schemata.sql.debug=true&quot;</source>
        <translation>Protokoll: keine Datei; die an Datenbanken gesendeten Anweisungen gehen mit QT_LOGGING_RULES=&quot;schemata.sql.debug=true&quot; an die Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Recovery files: %1</source>
        <translation>Wiederherstellungsdateien: %1</translation>
    </message>
    <message>
        <source>Copied the version, Qt version, platform and file locations to the clipboard: paste them into your report.</source>
        <translation>Version, Qt-Version, Plattform und Dateipfade wurden in die Zwischenablage kopiert: Fügen Sie sie in Ihren Bericht ein.</translation>
    </message>
    <message>
        <source>Close the design and the database, back to the welcome page</source>
        <translation>Den Entwurf und die Datenbank schließen, zurück zur Startseite</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Open the guide to Schemata&apos;s tasks in the web browser</source>
        <translation>Die Anleitung zu den Aufgaben in Schemata im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation>Alle Tastenkürzel des Fensters, durchsuchbar</translation>
    </message>
    <message>
        <source>&amp;Report a Problem</source>
        <translation>Problem &amp;melden</translation>
    </message>
    <message>
        <source>Copy the version, platform and file locations for a bug report</source>
        <translation>Version, Plattform und Dateipfade für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>Beispiel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The bundled example design with its database of generated rows</source>
        <translation>Der mitgelieferte Beispielentwurf mit seiner Datenbank aus erzeugten Zeilen</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Draw tables and their relations on an empty canvas</source>
        <translation>Tabellen und ihre Beziehungen auf einer leeren Zeichenfläche zeichnen</translation>
    </message>
    <message>
        <source>Open Design...</source>
        <translation>Entwurf öffnen...</translation>
    </message>
    <message>
        <source>A design saved by Schemata or by WWW SQL Designer</source>
        <translation>Ein mit Schemata oder WWW SQL Designer gespeicherter Entwurf</translation>
    </message>
    <message>
        <source>Open Database...</source>
        <translation>Datenbank öffnen...</translation>
    </message>
    <message>
        <source>Browse the rows of an SQLite file</source>
        <translation>Die Zeilen einer SQLite-Datei durchsuchen</translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation>Verbinden...</translation>
    </message>
    <message>
        <source>Open the Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>A design of users, projects and tasks, with a database of rows to browse</source>
        <translation>Ein Entwurf mit Benutzern, Projekten und Aufgaben, dazu eine Datenbank mit Zeilen zum Durchsuchen</translation>
    </message>
    <message>
        <source>Text Beside Icons</source>
        <translation>Text neben Symbolen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export DBML</source>
        <translation>DBML exportieren</translation>
    </message>
    <message>
        <source>DBML (*.dbml)</source>
        <translation>DBML (*.dbml)</translation>
    </message>
    <message>
        <source>Export Mermaid Diagram</source>
        <translation>Mermaid-Diagramm exportieren</translation>
    </message>
    <message>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import SQL Script</source>
        <translation>SQL-Skript importieren</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with iconv.</source>
        <translation>%1 ist kein UTF-8-Text; konvertieren Sie die Datei zuerst, z. B. mit iconv.</translation>
    </message>
    <message>
        <source>Nothing in it belongs to one engine alone.</source>
        <translation>Nichts darin gehört zu nur einem Datenbanksystem.</translation>
    </message>
    <message>
        <source>It looks written for %1 (%2).</source>
        <translation>Es sieht aus, als wäre es für %1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Read it as:</source>
        <translation>Lesen als:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 could not be imported.</source>
        <translation>
            <numerusform>%n Anweisung aus %1 konnte nicht importiert werden.</numerusform>
            <numerusform>%n Anweisungen aus %1 konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open what did import? The failed statements are listed in the Problems panel.</source>
        <translation>Das Importierte öffnen? Die fehlgeschlagenen Anweisungen sind im Bereich Probleme aufgeführt.</translation>
    </message>
    <message>
        <source>Import DBML</source>
        <translation>DBML importieren</translation>
    </message>
    <message>
        <source>DBML (*.dbml);;All files (*)</source>
        <translation>DBML (*.dbml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import DBML</source>
        <translation>DBML kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1; save the design to keep it.</source>
        <translation>
            <numerusform>%n Tabelle aus %1 importiert; speichern Sie den Entwurf, um ihn zu behalten.</numerusform>
            <numerusform>%n Tabellen aus %1 importiert; speichern Sie den Entwurf, um ihn zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Documentation</source>
        <translation>Dokumentation exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;Markdown, with the diagram beside it (*.md)</source>
        <translation>HTML-Seite (*.html);;Markdown, mit dem Diagramm daneben (*.md)</translation>
    </message>
    <message>
        <source>Cannot Export Documentation</source>
        <translation>Dokumentation kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>Designs (*.xml);;All files (*)</source>
        <translation>Entwürfe (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Compare with Git Revision</source>
        <translation>Mit Git-Revision vergleichen</translation>
    </message>
    <message>
        <source>The design has no file yet: save it in a git repository and commit it first.</source>
        <translation>Der Entwurf hat noch keine Datei: Speichern Sie ihn in einem git-Repository und committen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The design as it was committed in:</source>
        <translation>Der Entwurf, wie er committet wurde in:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n Änderung seit %1</numerusform>
            <numerusform>%n Änderungen seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Changes as Markdown</source>
        <translation>Änderungen als Markdown speichern</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>aenderungen</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot Save Changes</source>
        <translation>Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>SQLAlchemy models, declarative (*.py)</source>
        <translation>SQLAlchemy-Modelle, deklarativ (*.py)</translation>
    </message>
    <message>
        <source>SQLAlchemy models, classical mapping (*.py)</source>
        <translation>SQLAlchemy-Modelle, klassisches Mapping (*.py)</translation>
    </message>
    <message>
        <source>SQLAlchemy models with factory_boy factories (*.py)</source>
        <translation>SQLAlchemy-Modelle mit factory_boy-Factories (*.py)</translation>
    </message>
    <message>
        <source>Export SQLAlchemy Models</source>
        <translation>SQLAlchemy-Modelle exportieren</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modelle</translation>
    </message>
    <message>
        <source>Cannot Export Models</source>
        <translation>Modelle können nicht exportiert werden</translation>
    </message>
    <message>
        <source>The design has errors; no models were written.</source>
        <translation>Der Entwurf enthält Fehler; es wurden keine Modelle geschrieben.</translation>
    </message>
    <message>
        <source>Diagram &amp;Image...</source>
        <translation>Diagramm als B&amp;ild...</translation>
    </message>
    <message>
        <source>Database as &amp;JSON...</source>
        <translation>Datenbank als &amp;JSON...</translation>
    </message>
    <message>
        <source>Write every row of the open database to one JSON file</source>
        <translation>Alle Zeilen der geöffneten Datenbank in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;SQL Script...</source>
        <translation>&amp;SQL-Skript...</translation>
    </message>
    <message>
        <source>The statements that create the design on SQLite, PostgreSQL or MariaDB, to read and save</source>
        <translation>Die Anweisungen, die den Entwurf auf SQLite, PostgreSQL oder MariaDB anlegen, zum Lesen und Speichern</translation>
    </message>
    <message>
        <source>D&amp;BML...</source>
        <translation>D&amp;BML...</translation>
    </message>
    <message>
        <source>The design as DBML, the text format of dbdiagram.io</source>
        <translation>Der Entwurf als DBML, das Textformat von dbdiagram.io</translation>
    </message>
    <message>
        <source>&amp;Mermaid Diagram...</source>
        <translation>&amp;Mermaid-Diagramm...</translation>
    </message>
    <message>
        <source>The design as a Mermaid erDiagram, which GitHub draws in Markdown</source>
        <translation>Der Entwurf als Mermaid-erDiagram, das GitHub in Markdown zeichnet</translation>
    </message>
    <message>
        <source>Open a schema.sql or a dump of SQLite, PostgreSQL or MariaDB as a new design</source>
        <translation>Eine schema.sql oder einen Dump von SQLite, PostgreSQL oder MariaDB als neuen Entwurf öffnen</translation>
    </message>
    <message>
        <source>&amp;DBML...</source>
        <translation>&amp;DBML...</translation>
    </message>
    <message>
        <source>Open a DBML file as a new design</source>
        <translation>Eine DBML-Datei als neuen Entwurf öffnen</translation>
    </message>
    <message>
        <source>&amp;Documentation...</source>
        <translation>&amp;Dokumentation...</translation>
    </message>
    <message>
        <source>A data dictionary of the design: an HTML page with the diagram, or Markdown for a repository</source>
        <translation>Ein Datenwörterbuch des Entwurfs: eine HTML-Seite mit dem Diagramm oder Markdown für ein Repository</translation>
    </message>
    <message>
        <source>SQLAlchemy &amp;Models...</source>
        <translation>SQLAlchemy-M&amp;odelle...</translation>
    </message>
    <message>
        <source>Write the design as SQLAlchemy models, a Python module</source>
        <translation>Den Entwurf als SQLAlchemy-Modelle schreiben, ein Python-Modul</translation>
    </message>
    <message>
        <source>Compare and S&amp;ynchronize...</source>
        <translation>Vergleichen und s&amp;ynchronisieren...</translation>
    </message>
    <message>
        <source>Bring a database to the design, keeping its rows, change by change</source>
        <translation>Eine Datenbank Änderung für Änderung auf den Stand des Entwurfs bringen und dabei ihre Zeilen behalten</translation>
    </message>
    <message>
        <source>Compa&amp;re with File...</source>
        <translation>M&amp;it Datei vergleichen...</translation>
    </message>
    <message>
        <source>Show on the diagram what changed since another file of the design</source>
        <translation>Im Diagramm zeigen, was sich seit einer anderen Datei des Entwurfs geändert hat</translation>
    </message>
    <message>
        <source>Compare &amp;with Database...</source>
        <translation>Mit D&amp;atenbank vergleichen...</translation>
    </message>
    <message>
        <source>Show on the diagram how a database differs from the design</source>
        <translation>Im Diagramm zeigen, wie sich eine Datenbank vom Entwurf unterscheidet</translation>
    </message>
    <message>
        <source>Compare with &amp;Git Revision...</source>
        <translation>Mit Git-Revision verg&amp;leichen...</translation>
    </message>
    <message>
        <source>Show on the diagram what changed since a commit of the design&apos;s file</source>
        <translation>Im Diagramm zeigen, was sich seit einem Commit der Entwurfsdatei geändert hat</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>&amp;Vergleich beenden</translation>
    </message>
    <message>
        <source>Ne&amp;xt Change</source>
        <translation>N&amp;ächste Änderung</translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation>Vor&amp;herige Änderung</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Update Design from Database</source>
        <translation>Entwurf aus Datenbank aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks %n table(s) of the design: %2. Remove them from the design too?</source>
        <translation>
            <numerusform>%1 fehlt %n Tabelle des Entwurfs: %2. Auch aus dem Entwurf entfernen?</numerusform>
            <numerusform>%1 fehlen %n Tabellen des Entwurfs: %2. Auch aus dem Entwurf entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has the structure of %1 already.</source>
        <translation>Der Entwurf hat bereits die Struktur von %1.</translation>
    </message>
    <message>
        <source>Update the design from %1</source>
        <translation>Entwurf aus %1 aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1</source>
        <translation>
            <numerusform>%n Änderung aus %1</numerusform>
            <numerusform>%n Änderungen aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Design from Database...</source>
        <translation>Entwurf aus Datenbank a&amp;ktualisieren...</translation>
    </message>
    <message>
        <source>Bring the design to a database&apos;s structure, keeping its layout, as one undoable step</source>
        <translation>Den Entwurf auf die Struktur einer Datenbank bringen, mit unverändertem Layout, als ein rückgängig machbarer Schritt</translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>add table %1</source>
        <translation>Tabelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>The table %1 cannot be rebuilt: its new definition was not made.</source>
        <translation>Die Tabelle %1 kann nicht neu aufgebaut werden: Ihre neue Definition wurde nicht erzeugt.</translation>
    </message>
    <message>
        <source>rebuild table %1: %2</source>
        <translation>Tabelle %1 neu aufbauen: %2</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>%1 is NULL in some rows; NOT NULL needs a value in each</source>
        <translation>%1 ist in einigen Zeilen NULL; NOT NULL verlangt in jeder Zeile einen Wert</translation>
    </message>
    <message>
        <source>the new column %1 is NOT NULL without a default; the rows already there have no value for it</source>
        <translation>die neue Spalte %1 ist NOT NULL ohne Standardwert; die vorhandenen Zeilen haben keinen Wert dafür</translation>
    </message>
    <message>
        <source>some values of %1 do not fit %2</source>
        <translation>einige Werte von %1 passen nicht in %2</translation>
    </message>
    <message>
        <source>some rows of %1 share values of %2; %3 refuses duplicates</source>
        <translation>einige Zeilen von %1 haben gleiche Werte in %2; %3 lässt keine Duplikate zu</translation>
    </message>
    <message>
        <source>some rows of %1 reference rows of %2 that do not exist</source>
        <translation>einige Zeilen von %1 verweisen auf Zeilen von %2, die nicht existieren</translation>
    </message>
    <message>
        <source>drop views and triggers, to make them again after the tables are rebuilt</source>
        <translation>Sichten und Trigger löschen, um sie nach dem Neuaufbau der Tabellen wieder anzulegen</translation>
    </message>
    <message>
        <source>add the foreign keys of %1</source>
        <translation>Fremdschlüssel von %1 hinzufügen</translation>
    </message>
    <message>
        <source>make the views and triggers again</source>
        <translation>Sichten und Trigger wieder anlegen</translation>
    </message>
    <message>
        <source>drop foreign key %1 while the types of its columns change</source>
        <translation>Fremdschlüssel %1 löschen, während sich die Typen seiner Spalten ändern</translation>
    </message>
    <message>
        <source>add foreign key %1 again</source>
        <translation>Fremdschlüssel %1 wieder hinzufügen</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The rebuilt table %1 has %2 rows; it had %3.</source>
        <translation>Die neu aufgebaute Tabelle %1 hat %2 Zeilen; vorher waren es %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>After the changes, rows of %1 reference rows of %2 that do not exist (PRAGMA foreign_key_check).</source>
        <translation>Nach den Änderungen verweisen Zeilen von %1 auf Zeilen von %2, die nicht existieren (PRAGMA foreign_key_check).</translation>
    </message>
    <message>
        <source>Foreign keys could not be turned off, so no table was rebuilt: their ON DELETE actions would have deleted rows.</source>
        <translation>Die Fremdschlüssel konnten nicht ausgeschaltet werden, daher wurde keine Tabelle neu aufgebaut: Ihre ON DELETE-Aktionen hätten Zeilen gelöscht.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (rolled back).</source>
        <translation>%1 Es wurde nichts geändert (Rollback).</translation>
    </message>
</context>
<context>
    <name>MysqlDialect</name>
    <message>
        <source>its value as a number, up to %1, is out of the column&apos;s range</source>
        <translation>sein Wert als Zahl, bis zu %1, liegt außerhalb des Wertebereichs der Spalte</translation>
    </message>
    <message>
        <source>its value is not a value of the column&apos;s type</source>
        <translation>sein Wert ist kein Wert des Spaltentyps</translation>
    </message>
</context>
<context>
    <name>MysqlScriptParser</name>
    <message>
        <source>the quote that starts at line %1, column %2 is not closed</source>
        <translation>das Anführungszeichen, das in Zeile %1, Spalte %2 beginnt, wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the end of the statement</source>
        <translation>das Ende der Anweisung</translation>
    </message>
    <message>
        <source>expected %1 at line %2, column %3, found %4</source>
        <translation>erwartet: %1 in Zeile %2, Spalte %3, gefunden: %4</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>an index on an expression (line %1, column %2) cannot be part of a design</source>
        <translation>ein Index auf einen Ausdruck (Zeile %1, Spalte %2) kann nicht Teil eines Entwurfs sein</translation>
    </message>
    <message>
        <source>not a statement about tables</source>
        <translation>keine Anweisung über Tabellen</translation>
    </message>
    <message>
        <source>a temporary table, which only its session sees</source>
        <translation>eine temporäre Tabelle, die nur ihre Sitzung sieht</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>die Tabelle existiert bereits</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; exists already</source>
        <translation>die Tabelle &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>CREATE TABLE ... LIKE copies a table the script does not describe</source>
        <translation>CREATE TABLE ... LIKE kopiert eine Tabelle, die das Skript nicht beschreibt</translation>
    </message>
    <message>
        <source>CREATE TABLE ... SELECT takes its columns from a query</source>
        <translation>CREATE TABLE ... SELECT übernimmt seine Spalten aus einer Abfrage</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>ein Kommentar</translation>
    </message>
    <message>
        <source>a table option</source>
        <translation>eine Tabellenoption</translation>
    </message>
    <message>
        <source>The CHECK constraint %1 of &quot;%2&quot; is not part of the design.</source>
        <translation>Der CHECK-Constraint %1 von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>PRIMARY KEY, UNIQUE, KEY, INDEX, FOREIGN KEY or CHECK</source>
        <translation>PRIMARY KEY, UNIQUE, KEY, INDEX, FOREIGN KEY oder CHECK</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a SPATIAL index; the design keeps it as a plain index.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; ist ein SPATIAL-Index; der Entwurf übernimmt ihn als einfachen Index.</translation>
    </message>
    <message>
        <source>an index option</source>
        <translation>eine Indexoption</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>&quot;%1&quot; hat keine Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ADD, MODIFY, CHANGE, DROP, RENAME or a table option</source>
        <translation>ADD, MODIFY, CHANGE, DROP, RENAME oder eine Tabellenoption</translation>
    </message>
    <message>
        <source>a type</source>
        <translation>ein Typ</translation>
    </message>
    <message>
        <source>expected a size or a value at line %1, column %2</source>
        <translation>erwartet: eine Größe oder ein Wert in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>a default value</source>
        <translation>ein Standardwert</translation>
    </message>
    <message>
        <source>CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION</source>
        <translation>CASCADE, SET NULL, SET DEFAULT, RESTRICT oder NO ACTION</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation>&quot;%1&quot; wird bei jeder Aktualisierung gesetzt (ON UPDATE); der Entwurf hält das nicht fest.</translation>
    </message>
    <message>
        <source>a column attribute</source>
        <translation>ein Spaltenattribut</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns &quot;%2&quot;</source>
        <translation>&quot;%1&quot; hat zwei Spalten &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message numerus="yes">
        <source>the system keychain did not answer within %n s</source>
        <translation>
            <numerusform>der System-Schlüsselbund hat nicht innerhalb von %n s geantwortet</numerusform>
            <numerusform>der System-Schlüsselbund hat nicht innerhalb von %n s geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the password of %1 from the system keychain: %2</source>
        <translation>Das Passwort für %1 kann nicht aus dem System-Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the password of %1 in the system keychain: %2</source>
        <translation>Das Passwort für %1 kann nicht im System-Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the password of %1 from the system keychain: %2</source>
        <translation>Das Passwort für %1 kann nicht aus dem System-Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>No system keychain answers (such as GNOME Keyring or KWallet), so the password is not stored anywhere and is asked for each time.</source>
        <translation>Kein System-Schlüsselbund antwortet (etwa GNOME Keyring oder KWallet), daher wird das Passwort nirgends gespeichert und jedes Mal abgefragt.</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>its value does not convert to the column&apos;s type</source>
        <translation>sein Wert lässt sich nicht in den Typ der Spalte umwandeln</translation>
    </message>
</context>
<context>
    <name>PostgresScriptParser</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>not a table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <source>a view, which a design does not hold</source>
        <translation>eine View, die ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>a trigger, which a design does not hold</source>
        <translation>ein Trigger, den ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>a routine, which a design does not hold</source>
        <translation>eine Routine, die ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>an extension</source>
        <translation>eine Erweiterung</translation>
    </message>
    <message>
        <source>the database itself, not its tables</source>
        <translation>die Datenbank selbst, nicht ihre Tabellen</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>Eigentümerschaft</translation>
    </message>
    <message>
        <source>accounts and privileges</source>
        <translation>Konten und Berechtigungen</translation>
    </message>
    <message>
        <source>a type, which a design does not hold</source>
        <translation>ein Typ, den ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>not a statement about tables (%1)</source>
        <translation>keine Anweisung über Tabellen (%1)</translation>
    </message>
    <message>
        <source>a temporary table, which only its session sees</source>
        <translation>eine temporäre Tabelle, die nur ihre Sitzung sieht</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>die Tabelle existiert bereits</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; exists already</source>
        <translation>die Tabelle &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inherits from or is a partition of another table; that is not part of the design.</source>
        <translation>&quot;%1&quot; erbt von einer anderen Tabelle oder ist eine Partition davon; das ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation>&quot;%1&quot; ist eine partitionierte Tabelle; ihre Partitionierung und ihre Partitionen sind nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>%1 in CREATE TABLE is not supported</source>
        <translation>%1 in CREATE TABLE wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns &quot;%2&quot;</source>
        <translation>&quot;%1&quot; hat zwei Spalten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is of the enum type %3; the design keeps its values as ENUM(%4).</source>
        <translation>„%1“.„%2“ hat den Aufzählungstyp %3; der Entwurf behält seine Werte als ENUM(%4).</translation>
    </message>
    <message>
        <source>The CHECK constraint %1 of &quot;%2&quot; is not part of the design.</source>
        <translation>Der CHECK-Constraint %1 von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>Die Ausschlusseinschränkung &quot;%1&quot; von &quot;%2&quot; ist nicht Teil des Entwurfs.</translation>
    </message>
    <message>
        <source>%1 is not supported here</source>
        <translation>%1 wird hier nicht unterstützt</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is an expression the import cannot read; the design leaves it out.</source>
        <translation>Der Standardwert von &quot;%1&quot;.&quot;%2&quot; ist ein Ausdruck, den der Import nicht lesen kann; der Entwurf lässt ihn weg.</translation>
    </message>
    <message>
        <source>no such table yet</source>
        <translation>diese Tabelle gibt es noch nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>&quot;%1&quot; hat keine Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 is not supported</source>
        <translation>ALTER TABLE %1 wird nicht unterstützt</translation>
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
        <source>The index &quot;%1&quot; of &quot;%2&quot; sorts some columns in descending order; the design does not say so.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; sortiert manche Spalten absteigend; der Entwurf bildet das nicht ab.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a %3 index; the design keeps its columns only.</source>
        <translation>Der Index &quot;%1&quot; von &quot;%2&quot; ist ein %3-Index; der Entwurf übernimmt nur seine Spalten.</translation>
    </message>
    <message>
        <source>a comment on something a design does not hold</source>
        <translation>ein Kommentar zu etwas, das ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot; (yet) in the script</source>
        <translation>im Skript gibt es (noch) keine Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot; (yet) in the script</source>
        <translation>im Skript gibt es (noch) keine Spalte &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Select a table, relation, note or area</source>
        <translation>Wählen Sie eine Tabelle, eine Beziehung, eine Notiz oder einen Bereich aus</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>Beim Aktualisieren</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation>Vererbung</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Choose the area&apos;s colour</source>
        <translation>Die Farbe des Bereichs wählen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation>Die Standardfarbe verwenden</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Foreign key of %1</source>
        <translation>Fremdschlüssel von %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RelatedRowsPanel</name>
    <message>
        <source>This row</source>
        <translation>Diese Zeile</translation>
    </message>
    <message>
        <source>Activate an entry to go there</source>
        <translation>Einen Eintrag aktivieren, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>A new row: save it to follow its relationships</source>
        <translation>Eine neue Zeile: speichern Sie sie, um ihren Beziehungen zu folgen</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>NULL: no row</source>
        <translation>NULL: keine Zeile</translation>
    </message>
    <message>
        <source>Go to the row of %1 this row refers to</source>
        <translation>Zur Zeile von %1 gehen, auf die diese Zeile verweist</translation>
    </message>
    <message>
        <source>Referred to by</source>
        <translation>Verwiesen von</translation>
    </message>
    <message>
        <source>Show the rows of %1 that refer to this row</source>
        <translation>Die Zeilen von %1 zeigen, die auf diese Zeile verweisen</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 through %2 (%3)</source>
        <translation>%1 über %2 (%3)</translation>
    </message>
    <message>
        <source>Show the rows of %1 linked to this row through %2</source>
        <translation>Die Zeilen von %1 zeigen, die über %2 mit dieser Zeile verknüpft sind</translation>
    </message>
    <message>
        <source>Inherited columns</source>
        <translation>Geerbte Spalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RelationText</name>
    <message>
        <source>BLOB</source>
        <translation>BLOB</translation>
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
    <name>RenameHintParser</name>
    <message>
        <source>--rename-table takes OLD=NEW (a backslash escapes &quot;=&quot; and itself in names): %1</source>
        <translation>--rename-table erwartet OLD=NEW (ein Backslash maskiert &quot;=&quot; und sich selbst in Namen): %1</translation>
    </message>
    <message>
        <source>--rename-column takes TABLE:OLD=NEW (a backslash escapes &quot;:&quot;, &quot;=&quot; and itself in names): %1</source>
        <translation>--rename-column erwartet TABLE:OLD=NEW (ein Backslash maskiert &quot;:&quot;, &quot;=&quot; und sich selbst in Namen): %1</translation>
    </message>
</context>
<context>
    <name>RowEdits</name>
    <message>
        <source>it is no longer in the table (changed or deleted elsewhere). Reload the table and make the change again.</source>
        <translation>sie ist nicht mehr in der Tabelle (anderswo geändert oder gelöscht). Laden Sie die Tabelle neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>it is no longer in the table (changed or deleted elsewhere). Reload the table and delete it again.</source>
        <translation>sie ist nicht mehr in der Tabelle (anderswo geändert oder gelöscht). Laden Sie die Tabelle neu und löschen Sie sie erneut.</translation>
    </message>
    <message>
        <source>“%1” has no key to tell its rows apart, so they cannot be changed or deleted here. Give the table a primary key to edit its rows.</source>
        <translation>„%1“ hat keinen Schlüssel, der seine Zeilen unterscheidet, daher können sie hier nicht geändert oder gelöscht werden. Geben Sie der Tabelle einen Primärschlüssel, um ihre Zeilen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Cannot save the changes to “%1”: %2</source>
        <translation>Die Änderungen an „%1“ können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>New row %1 of “%2”: %3</source>
        <translation>Neue Zeile %1 von „%2“: %3</translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3</source>
        <translation>Zeile %1 von „%2“: %3</translation>
    </message>
    <message>
        <source>Deleting row %1 of “%2”: %3</source>
        <translation>Löschen von Zeile %1 von „%2“: %3</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1</numerusform>
            <numerusform>%n Zeilen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete %1: %2 refers to it. Delete or change that row first.</source>
        <translation>%1 kann nicht gelöscht werden: %2 verweist darauf. Löschen oder ändern Sie zuerst diese Zeile.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2 refer to it. Delete or change those rows first.</source>
        <translation>%1 kann nicht gelöscht werden: %2 verweisen darauf. Löschen oder ändern Sie zuerst diese Zeilen.</translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>is NULL</source>
        <translation>ist NULL</translation>
    </message>
    <message>
        <source>is not NULL</source>
        <translation>ist nicht NULL</translation>
    </message>
</context>
<context>
    <name>RowLinks</name>
    <message>
        <source>%1 is NULL: this row refers to no row of %2.</source>
        <translation>%1 ist NULL: Diese Zeile verweist auf keine Zeile von %2.</translation>
    </message>
    <message>
        <source>Rows of %1 linked to %2 %3 through %4</source>
        <translation>Zeilen von %1, die über %4 mit %2 %3 verknüpft sind</translation>
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
    <name>SchemaChange</name>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>may fail on existing rows</source>
        <translation>kann an vorhandenen Zeilen scheitern</translation>
    </message>
    <message>
        <source>destroys data</source>
        <translation>vernichtet Daten</translation>
    </message>
    <message>
        <source>add table %1</source>
        <translation>Tabelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>change the comment of table %1</source>
        <translation>Kommentar der Tabelle %1 ändern</translation>
    </message>
    <message>
        <source>change the inheritance of %1: %2 -&gt; %3</source>
        <translation>Vererbung von %1 ändern: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>add column %1 %2</source>
        <translation>Spalte %1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation>Spalte %1 löschen</translation>
    </message>
    <message>
        <source>rename column %1.%2 to %3</source>
        <translation>Spalte %1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>change the type of %1: %2 -&gt; %3</source>
        <translation>Typ von %1 ändern: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>make %1 NOT NULL</source>
        <translation>%1 auf NOT NULL setzen</translation>
    </message>
    <message>
        <source>make %1 nullable</source>
        <translation>NULL in %1 erlauben</translation>
    </message>
    <message>
        <source>change the default of %1: %2 -&gt; %3</source>
        <translation>Standardwert von %1 ändern: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>stop numbering %1 automatically</source>
        <translation>%1 nicht mehr automatisch nummerieren</translation>
    </message>
    <message>
        <source>number %1 automatically</source>
        <translation>%1 automatisch nummerieren</translation>
    </message>
    <message>
        <source>change the comment of %1</source>
        <translation>Kommentar von %1 ändern</translation>
    </message>
    <message>
        <source>add %1 on %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>drop %1 on %2</source>
        <translation>%1 von %2 löschen</translation>
    </message>
    <message>
        <source>add foreign key %1 %2</source>
        <translation>Fremdschlüssel %1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>drop foreign key %1 %2</source>
        <translation>Fremdschlüssel %1 %2 löschen</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>The rename of table %1 to %2 was not used: the first must be only in the source and the second only in the target.</source>
        <translation>Die Umbenennung der Tabelle %1 in %2 wurde nicht verwendet: Der erste Name darf nur in der Quelle und der zweite nur im Ziel vorkommen.</translation>
    </message>
    <message>
        <source>The rename of column %1.%2 to %3 was not used: the first must be only in the source and the second only in the target.</source>
        <translation>Die Umbenennung der Spalte %1.%2 in %3 wurde nicht verwendet: Der erste Name darf nur in der Quelle und der zweite nur im Ziel vorkommen.</translation>
    </message>
    <message>
        <source>The rename of column %1.%2 to %3 was not used: the target has no table %1 that the source has too.</source>
        <translation>Die Umbenennung der Spalte %1.%2 in %3 wurde nicht verwendet: Das Ziel hat keine Tabelle %1, die auch in der Quelle vorkommt.</translation>
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
    <name>ScriptSchema</name>
    <message>
        <source>there is no table &quot;%1&quot; (yet) in the script</source>
        <translation>im Skript gibt es (noch) keine Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot; to drop</source>
        <translation>es gibt keine Tabelle &quot;%1&quot; zum Löschen</translation>
    </message>
    <message>
        <source>no such table yet</source>
        <translation>diese Tabelle gibt es noch nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>&quot;%1&quot; hat keine Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two primary keys</source>
        <translation>&quot;%1&quot; hat zwei Primärschlüssel</translation>
    </message>
    <message>
        <source>the foreign key %1 references &quot;%2&quot;, which the script does not create</source>
        <translation>der Fremdschlüssel %1 verweist auf &quot;%2&quot;, das das Skript nicht anlegt</translation>
    </message>
    <message>
        <source>the foreign key %1 references &quot;%2&quot;.&quot;%3&quot;, which does not exist</source>
        <translation>der Fremdschlüssel %1 verweist auf &quot;%2&quot;.&quot;%3&quot;, das nicht existiert</translation>
    </message>
    <message>
        <source>the foreign key %1 has %2 columns but references %3</source>
        <translation>der Fremdschlüssel %1 hat %2 Spalten, verweist aber auf %3</translation>
    </message>
    <message>
        <source>%1; the rest of the statement imported</source>
        <translation>%1; der Rest der Anweisung wurde importiert</translation>
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
    <message>
        <source>There is no such foreign key.</source>
        <translation>Diesen Fremdschlüssel gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot add rows to &quot;%1&quot;: %2</source>
        <translation>Zu &quot;%1&quot; können keine Zeilen hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find an action, a key or a menu...</source>
        <translation>Eine Aktion, eine Taste oder ein Menü suchen...</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SqlAlchemyWriter</name>
    <message>
        <source>%1 (the models will not create on %2)</source>
        <translation>%1 (die Modelle lassen sich auf %2 nicht anlegen)</translation>
    </message>
    <message>
        <source>Association table of a many-to-many relationship.</source>
        <translation>Zuordnungstabelle einer Viele-zu-viele-Beziehung.</translation>
    </message>
    <message>
        <source>No primary key: a Table, not a mapped class.</source>
        <translation>Kein Primärschlüssel: eine Table, keine gemappte Klasse.</translation>
    </message>
</context>
<context>
    <name>SqlImportReport</name>
    <message>
        <source>%1: imported: %2</source>
        <translation>%1: importiert: %2</translation>
    </message>
    <message>
        <source>%1: skipped: %2 (%3)</source>
        <translation>%1: übersprungen: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: failed: %2: %3</source>
        <translation>%1: fehlgeschlagen: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s): %1 imported, %2 skipped, %3 failed</source>
        <translation>
            <numerusform>%n Anweisung: %1 importiert, %2 übersprungen, %3 fehlgeschlagen</numerusform>
            <numerusform>%n Anweisungen: %1 importiert, %2 übersprungen, %3 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>Writing SQL...</source>
        <translation>SQL wird geschrieben...</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has errors; no SQL was written. Fix them first.</source>
        <translation>Der Entwurf enthält Fehler; es wurde kein SQL geschrieben. Beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SqlScriptImporter</name>
    <message>
        <source>backquotes</source>
        <translation>Backticks</translation>
    </message>
    <message>
        <source>$$ quotes</source>
        <translation>$$-Quoting</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a command for the client, not the database</source>
        <translation>ein Befehl für den Client, nicht für die Datenbank</translation>
    </message>
    <message>
        <source>data, not structure</source>
        <translation>Daten, keine Struktur</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>eine Abfrage</translation>
    </message>
    <message>
        <source>a session setting</source>
        <translation>eine Sitzungseinstellung</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>eine Einstellung</translation>
    </message>
    <message>
        <source>table locking</source>
        <translation>Tabellensperren</translation>
    </message>
    <message>
        <source>accounts and privileges</source>
        <translation>Konten und Berechtigungen</translation>
    </message>
    <message>
        <source>transaction control</source>
        <translation>Transaktionssteuerung</translation>
    </message>
    <message>
        <source>the database itself, not its tables</source>
        <translation>die Datenbank selbst, nicht ihre Tabellen</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>SQLite&apos;s own table, which SQLite makes itself</source>
        <translation>eine SQLite-eigene Tabelle, die SQLite selbst anlegt</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>Eigentümerschaft</translation>
    </message>
    <message>
        <source>a view, which a design does not hold</source>
        <translation>eine View, die ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>a trigger, which a design does not hold</source>
        <translation>ein Trigger, den ein Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>a routine, which a design does not hold</source>
        <translation>eine Routine, die ein Entwurf nicht enthält</translation>
    </message>
</context>
<context>
    <name>SqlScriptSplitter</name>
    <message>
        <source>the comment that starts at line %1, column %2 is not closed</source>
        <translation>der Kommentar, der in Zeile %1, Spalte %2 beginnt, wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the string that starts at line %1, column %2 is not closed</source>
        <translation>die Zeichenkette, die in Zeile %1, Spalte %2 beginnt, wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the quoted name that starts at line %1, column %2 is not closed</source>
        <translation>der Name in Anführungszeichen, der in Zeile %1, Spalte %2 beginnt, wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the $-quoted text that starts at line %1, column %2 is not closed</source>
        <translation>der $-quotierte Text, der in Zeile %1, Spalte %2 beginnt, wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Schemata cannot check the default %1 for SQLite: %2</source>
        <translation>Schemata kann den Standardwert %1 für SQLite nicht prüfen: %2</translation>
    </message>
    <message>
        <source>SQLite refuses the default %1: %2.</source>
        <translation>SQLite lehnt den Standardwert %1 ab: %2.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>a compressed file or archive</source>
        <translation>eine komprimierte Datei oder ein Archiv</translation>
    </message>
    <message>
        <source>a UTF-16 text file</source>
        <translation>eine UTF-16-Textdatei</translation>
    </message>
    <message>
        <source>an XML file, such as a design</source>
        <translation>eine XML-Datei, etwa ein Entwurf</translation>
    </message>
    <message>
        <source>a JSON file, such as an export</source>
        <translation>eine JSON-Datei, etwa ein Export</translation>
    </message>
    <message>
        <source>an SQL script; sqlite3 can run it to make a database</source>
        <translation>ein SQL-Skript; sqlite3 kann es ausführen, um eine Datenbank anzulegen</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SQLite database.</source>
        <translation>%1 ist ein Ordner, keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: it does not start with SQLite&apos;s header (it may be damaged, encrypted, or another kind of file).</source>
        <translation>%1 ist keine SQLite-Datenbank: Die Datei beginnt nicht mit dem Header von SQLite (sie ist möglicherweise beschädigt, verschlüsselt oder eine andere Art von Datei).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (it looks like %2).</source>
        <translation>%1 ist keine SQLite-Datenbank (anscheinend %2).</translation>
    </message>
</context>
<context>
    <name>SqliteRowReader</name>
    <message>
        <source>Qt&apos;s SQLite driver did not leave the query on its first row.</source>
        <translation>Qts SQLite-Treiber hat die Abfrage nicht auf ihrer ersten Zeile belassen.</translation>
    </message>
</context>
<context>
    <name>SqliteScriptRunner</name>
    <message>
        <source>refused: an imported script may not open other database files</source>
        <translation>abgelehnt: ein importiertes Skript darf keine anderen Datenbankdateien öffnen</translation>
    </message>
    <message>
        <source>refused: an imported script may not write files</source>
        <translation>abgelehnt: ein importiertes Skript darf keine Dateien schreiben</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not give access to SQLite&apos;s functions, which the import of an SQLite script needs.</source>
        <translation>Der SQLite-Treiber von Qt gibt keinen Zugriff auf die Funktionen von SQLite, die der Import eines SQLite-Skripts braucht.</translation>
    </message>
    <message>
        <source>%1 (at line %2, column %3)</source>
        <translation>%1 (in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>nichts auszuführen</translation>
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
    <name>SynchronizeDialog</name>
    <message>
        <source>Compare and Synchronize</source>
        <translation>Vergleichen und synchronisieren</translation>
    </message>
    <message>
        <source>Compare the design with a database and bring the database to it, keeping its rows. Nothing changes until you apply the changes you choose on the next page.</source>
        <translation>Den Entwurf mit einer Datenbank vergleichen und die Datenbank auf seinen Stand bringen, wobei ihre Zeilen erhalten bleiben. Es ändert sich nichts, bis Sie die auf der nächsten Seite gewählten Änderungen anwenden.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Datenprüfung</translation>
    </message>
    <message>
        <source>The SQL of the selected change</source>
        <translation>Das SQL der ausgewählten Änderung</translation>
    </message>
    <message>
        <source>&amp;Allow the changes that destroy data (dropped tables and columns, types that lose values)</source>
        <translation>Änderungen, die Daten vernichten, zu&amp;lassen (gelöschte Tabellen und Spalten, Typen, die Werte verlieren)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Dry Run...</source>
        <translation>&amp;Probelauf...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message numerus="yes">
        <source>The rows of the database would make %n chosen change(s) fail: untick them, or fix the rows first.</source>
        <translation>
            <numerusform>Die Zeilen der Datenbank würden %n gewählte Änderung scheitern lassen: Entfernen Sie das Häkchen oder korrigieren Sie zuerst die Zeilen.</numerusform>
            <numerusform>Die Zeilen der Datenbank würden %n gewählte Änderungen scheitern lassen: Entfernen Sie die Häkchen oder korrigieren Sie zuerst die Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some chosen changes destroy data: tick the box above to allow them.</source>
        <translation>Einige gewählte Änderungen vernichten Daten: Setzen Sie oben das Häkchen, um sie zuzulassen.</translation>
    </message>
    <message>
        <source>Comparing the design with %1...</source>
        <translation>Der Entwurf wird mit %1 verglichen...</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the way: %1; first: %2</source>
        <translation>
            <numerusform>%n Zeile im Weg: %1; erste: %2</numerusform>
            <numerusform>%n Zeilen im Weg: %1; erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the design&apos;s structure: there is nothing to change.</source>
        <translation>%1 hat bereits die Struktur des Entwurfs: Es gibt nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) bring %1 to the design. Untick what should stay as it is; right-click a dropped table or column to pair it with an added one as a rename.</source>
        <translation>
            <numerusform>%n Änderung bringt %1 auf den Stand des Entwurfs. Entfernen Sie das Häkchen bei allem, was bleiben soll, wie es ist; klicken Sie mit der rechten Maustaste auf eine gelöschte Tabelle oder Spalte, um sie als Umbenennung mit einer hinzugefügten zu verbinden.</numerusform>
            <numerusform>%n Änderungen bringen %1 auf den Stand des Entwurfs. Entfernen Sie das Häkchen bei allem, was bleiben soll, wie es ist; klicken Sie mit der rechten Maustaste auf eine gelöschte Tabelle oder Spalte, um sie als Umbenennung mit einer hinzugefügten zu verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone (not in the design): %1.</source>
        <translation>Unberührt gelassen (nicht im Entwurf): %1.</translation>
    </message>
    <message>
        <source>Pair as a &amp;Rename With</source>
        <translation>Als &amp;Umbenennung verbinden mit</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL-Skripte (*.sql)</translation>
    </message>
    <message>
        <source>Cannot Save Script</source>
        <translation>Skript kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing has run. These statements would, in this order:</source>
        <translation>Es wurde nichts ausgeführt. Diese Anweisungen würden in dieser Reihenfolge laufen:</translation>
    </message>
    <message>
        <source>Changing %1...</source>
        <translation>%1 wird geändert...</translation>
    </message>
    <message>
        <source>Step %1 of %2 done...</source>
        <translation>Schritt %1 von %2 erledigt...</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the chosen changes: %n step(s) ran.</source>
        <translation>
            <numerusform>%1 hat die gewählten Änderungen: %n Schritt wurde ausgeführt.</numerusform>
            <numerusform>%1 hat die gewählten Änderungen: %n Schritte wurden ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>The changes stopped: %1</source>
        <translation>Die Änderungen wurden abgebrochen: %1</translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation>Die Anweisung war:</translation>
    </message>
    <message>
        <source>These steps ran and stay:</source>
        <translation>Diese Schritte wurden ausgeführt und bleiben bestehen:</translation>
    </message>
    <message>
        <source>These statements undo them:</source>
        <translation>Diese Anweisungen machen sie rückgängig:</translation>
    </message>
    <message>
        <source>The data of these steps is gone for good: %1</source>
        <translation>Die Daten dieser Schritte sind endgültig verloren: %1</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>BLOB %1</source>
        <translation>BLOB %1</translation>
    </message>
    <message>
        <source>BLOB of %1 bytes</source>
        <translation>BLOB mit %1 Bytes</translation>
    </message>
    <message>
        <source>“%1” needs a value: it is NOT NULL.</source>
        <translation>„%1“ braucht einen Wert: die Spalte ist NOT NULL.</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <source>New row, not saved yet</source>
        <translation>Neue Zeile, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>To be deleted when saved</source>
        <translation>Wird beim Speichern gelöscht</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile zurücksetzen</numerusform>
            <numerusform>%n Zeilen zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert All</source>
        <translation>Alles verwerfen</translation>
    </message>
</context>
<context>
    <name>TableQuery</name>
    <message>
        <source>Cannot read &quot;%1&quot; this way: it has no key to continue from.</source>
        <translation>&quot;%1&quot; kann so nicht gelesen werden: Es gibt keinen Schlüssel, ab dem weitergelesen werden kann.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of &quot;%1&quot;: %2</source>
        <translation>Die Zeilen von &quot;%1&quot; können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>Cannot find a row of &quot;%1&quot;: it has no key.</source>
        <translation>Eine Zeile von &quot;%1&quot; kann nicht gefunden werden: die Tabelle hat keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>TableSidebar</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Count Rows</source>
        <translation>Zeilen zählen</translation>
    </message>
    <message>
        <source>Count the rows of the selected table exactly</source>
        <translation>Die Zeilen der ausgewählten Tabelle genau zählen</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Show in Diagram</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Estimated; use Count Rows for the exact number</source>
        <translation>Geschätzt; „Zeilen zählen“ ergibt die genaue Zahl</translation>
    </message>
    <message>
        <source>A view: its rows can be read, not edited</source>
        <translation>Eine Sicht: ihre Zeilen lassen sich lesen, nicht bearbeiten</translation>
    </message>
    <message>
        <source>%1.%2 → %3</source>
        <translation>%1.%2 → %3</translation>
    </message>
    <message>
        <source>Rows of %1 refer to a row of %2</source>
        <translation>Zeilen von %1 verweisen auf eine Zeile von %2</translation>
    </message>
    <message>
        <source>← %1.%2</source>
        <translation>← %1.%2</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Kept by Schemata</source>
        <translation>Von Schemata verwaltet</translation>
    </message>
    <message>
        <source>The migrations Schemata ran on this database (schemata history): read-only</source>
        <translation>Die Migrationen, die Schemata auf dieser Datenbank ausgeführt hat (schemata history): schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>TypedColumn</name>
    <message>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Eine Klammer ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The column&apos;s name comes first.</source>
        <translation>Zuerst kommt der Name der Spalte.</translation>
    </message>
    <message>
        <source>NOT must be followed by NULL.</source>
        <translation>Auf NOT muss NULL folgen.</translation>
    </message>
    <message>
        <source>PRIMARY must be followed by KEY.</source>
        <translation>Auf PRIMARY muss KEY folgen.</translation>
    </message>
    <message>
        <source>DEFAULT needs a value: a number, &apos;text&apos;, NULL, CURRENT_TIMESTAMP or an (expression).</source>
        <translation>DEFAULT benötigt einen Wert: eine Zahl, &apos;Text&apos;, NULL, CURRENT_TIMESTAMP oder einen (Ausdruck).</translation>
    </message>
    <message>
        <source>A card does not take &quot;%1&quot; here: after the type come NOT NULL, NULL, DEFAULT value, AUTO_INCREMENT, PRIMARY KEY and UNIQUE.</source>
        <translation>Eine Karte akzeptiert &quot;%1&quot; an dieser Stelle nicht: Nach dem Typ folgen NOT NULL, NULL, DEFAULT Wert, AUTO_INCREMENT, PRIMARY KEY und UNIQUE.</translation>
    </message>
    <message>
        <source>A column is either NULL or NOT NULL.</source>
        <translation>Eine Spalte ist entweder NULL oder NOT NULL.</translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Keine Zelle ausgewählt</translation>
    </message>
    <message>
        <source>%1, row %2: loading…</source>
        <translation>%1, Zeile %2: wird geladen…</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: BLOB of %Ln bytes</source>
        <translation>
            <numerusform>%1: BLOB mit %Ln Byte</numerusform>
            <numerusform>%1: BLOB mit %Ln Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %Ln bytes shown)</source>
        <translation>
            <numerusform>(das erste %Ln Byte wird gezeigt)</numerusform>
            <numerusform>(die ersten %Ln Bytes werden gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>Bild, %1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export to JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 wird exportiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2</source>
        <translation>
            <numerusform>%Ln Zeile von %1 nach %2 exportiert</numerusform>
            <numerusform>%Ln Zeilen von %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Schemata</source>
        <translation>Schemata</translation>
    </message>
    <message>
        <source>Design relational databases, create them, and browse their rows.</source>
        <translation>Relationale Datenbanken entwerfen, anlegen und ihre Zeilen durchsuchen.</translation>
    </message>
    <message>
        <source>Recent Designs</source>
        <translation>Zuletzt geöffnete Entwürfe</translation>
    </message>
    <message>
        <source>Recent Databases</source>
        <translation>Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>No designs opened yet.</source>
        <translation>Noch keine Entwürfe geöffnet.</translation>
    </message>
    <message>
        <source>No databases opened yet.</source>
        <translation>Noch keine Datenbanken geöffnet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
