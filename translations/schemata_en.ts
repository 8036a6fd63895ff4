<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace existing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the design&apos;s tables that the database has already, with their rows, and create them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in a database. Nothing changes until you have read the SQL and confirmed it on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors; nothing can be applied until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of the design exist in the database and will be dropped with their rows, then created again: %1.</source>
        <translation>
            <numerusform>%n table of the design exists in the database and will be dropped with its rows, then created again: %1.</numerusform>
            <numerusform>%n tables of the design exist in the database and will be dropped with their rows, then created again: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This SQL creates %n table(s), all or nothing.</source>
        <translation>
            <numerusform>This SQL creates %n table, all or nothing.</numerusform>
            <numerusform>This SQL creates %n tables, all or nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n statement(s) to %1?</source>
        <translation>
            <numerusform>Apply %n statement to %1?</numerusform>
            <numerusform>Apply %n statements to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying to %1: statement %2 of %3...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n table(s) in %1.</source>
        <translation>
            <numerusform>Created %n table in %1.</numerusform>
            <numerusform>Created %n tables in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n table(s).</source>
        <translation>
            <numerusform>Replaced %n table.</numerusform>
            <numerusform>Replaced %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) ran.</source>
        <translation>
            <numerusform>%n statement ran.</numerusform>
            <numerusform>%n statements ran.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n table(s) of the design: %1. Check Replace existing tables below to drop them with their rows and create them again; nothing can be applied otherwise.</source>
        <translation>
            <numerusform>The database already has %n table of the design: %1. Check Replace existing tables below to drop it with its rows and create it again; nothing can be applied otherwise.</numerusform>
            <numerusform>The database already has %n tables of the design: %1. Check Replace existing tables below to drop them with their rows and create them again; nothing can be applied otherwise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be applied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n table(s) of the design already: %2. Nothing was changed. Go back and check Replace existing tables to drop them with their rows and create them again.</source>
        <translation>
            <numerusform>%1 has %n table of the design already: %2. Nothing was changed. Go back and check Replace existing tables to drop it with its rows and create it again.</numerusform>
            <numerusform>%1 has %n tables of the design already: %2. Nothing was changed. Go back and check Replace existing tables to drop them with their rows and create them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoLayout</name>
    <message>
        <source>Graphviz could not lay out the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message numerus="yes">
        <source>Opened %1: %n table(s)</source>
        <translation>
            <numerusform>Opened %1: %n table</numerusform>
            <numerusform>Opened %1: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln rows</source>
        <translation>
            <numerusform>~%Ln row</numerusform>
            <numerusform>~%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows (filtered)</source>
        <translation>
            <numerusform>%Ln row (filtered)</numerusform>
            <numerusform>%Ln rows (filtered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows so far, counting…</source>
        <translation>
            <numerusform>%Ln row so far, counting…</numerusform>
            <numerusform>%Ln rows so far, counting…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows shown (filtered, if filters apply) to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new row, saved with Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected rows for deletion; Save deletes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows without their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate with Children...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows with their child rows and many-to-many links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes to the database in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database that is open has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is not among the rows shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key to name its rows by, so they cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicating needs a primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln change(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln change to %1</numerusform>
            <numerusform>Saved %Ln changes to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln unsaved change(s). Save them?</source>
        <translation>
            <numerusform>%1 has %Ln unsaved change. Save it?</numerusform>
            <numerusform>%1 has %Ln unsaved changes. Save them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln row(s) were copied before this one)</source>
        <translation>
            <numerusform>%1 (%Ln row was copied before this one)</numerusform>
            <numerusform>%1 (%Ln rows were copied before this one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %Ln row(s) of %1</source>
        <translation>
            <numerusform>Duplicated %Ln row of %1</numerusform>
            <numerusform>Duplicated %Ln rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this table&apos;s card on the Design page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell being edited holds a value its column cannot take: %1 Fix it, or press Escape to drop it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>Expected a whole number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number, such as 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected a whole number of at most %n digit(s).</source>
        <translation>
            <numerusform>Expected a whole number of at most %n digit.</numerusform>
            <numerusform>Expected a whole number of at most %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected a number with at most %1 digits before the decimal point and %2 after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number, such as 3.14 or 1.5e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false (or 1 or 0, yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, such as 2024-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a time as HH:MM:SS, such as 12:30:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00, optionally with an offset such as +02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a UUID, such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one JSON value, such as {&quot;a&quot;: 1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected JSON, such as {&quot;a&quot;: 1}: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a comma-separated list of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected bytes in hexadecimal, such as 0x48656c6c6f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n byte(s), not %1.</source>
        <translation>
            <numerusform>Expected at most %n byte, not %1.</numerusform>
            <numerusform>Expected at most %n bytes, not %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n character(s), not %1.</source>
        <translation>
            <numerusform>Expected at most %n character, not %1.</numerusform>
            <numerusform>Expected at most %n characters, not %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Markdown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is compared. View &gt; Compare with File... shows what changed since another version of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n change since %1</numerusform>
            <numerusform>%n changes since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloner</name>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the row of &quot;%1&quot; needs new values for %2, which must be unique; give them (--set column=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no row with that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies of the rows of &quot;%1&quot; that a deep copy takes along would need new values for %2, which must be unique and which the database does not generate; copy fewer levels of children.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsEditor</name>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column at the end (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current column (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Defaults to NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n table</numerusform>
            <numerusform>%1: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design to format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors; it cannot be applied to a database until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to write for: sqlite, postgresql or mysql (default sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sql takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;; use sqlite, postgresql or mysql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors; no SQL was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop and recreate tables of the design that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite file (created when missing) or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply takes a design and a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n table(s).</source>
        <translation>
            <numerusform>Replaced %n table.</numerusform>
            <numerusform>Replaced %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n table(s) in %1.</source>
        <translation>
            <numerusform>Created %n table in %1.</numerusform>
            <numerusform>Created %n tables in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the design to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite file or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table (N), or for one table (TABLE=N); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same rows (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill only these tables, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design the database was made from (for its inheritance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill takes one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows takes a number of rows or TABLE=N, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tables takes table names separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the copy this value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy the row&apos;s children and many-to-many links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many levels of children a deep copy copies (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this design for inheritance (default: read the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s primary key; a composite key as a,b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone takes a database, a table and a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--depth takes a number of levels, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes column=value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no primary key; its rows cannot be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only these tables, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to write BLOBs: base64 (default), hex or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-json takes one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blobs takes base64, hex or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the BLOBs were written: base64 (default) or hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design the database was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What export-json wrote; - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-json takes a database and a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blobs takes base64 or hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemata: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a graphical session, or use a command that needs no window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemata: the window cannot open: the window system did not answer. Run it in a graphical session, or use a command that needs no window (schemata --help lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemata: unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemata --help explains them; schemata FILE opens a design or a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look for the password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff --git takes the 7 arguments git gives an external diff driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare what the schemas become on this database: sqlite, postgresql or mysql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table OLD of A is table NEW of B (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column OLD of TABLE (B&apos;s name) is its column NEW (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the tables of database A that design B does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the migration script that turns A into B (on the databases&apos; engine, or --dialect&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design file or a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff takes two designs or databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 database and %3 a %4 one; give --dialect to compare them on one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect %1 is not the database&apos;s engine (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schemas cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sql needs --dialect when both sides are designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan and the data checks with their results; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run changes that destroy data (dropped tables and columns, lossy type changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the tables the design does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table OLD of the database is NEW of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column OLD of TABLE is NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate takes a design and a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone (not in the design; --drop-unmanaged drops them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: %1 has the design&apos;s structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan for %1 (%n step(s)):</source>
        <translation>
            <numerusform>Plan for %1 (%n step):</numerusform>
            <numerusform>Plan for %1 (%n steps):</numerusform>
        </translation>
    </message>
    <message>
        <source> [destroys data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commits each change by itself: a failure half-way leaves the steps before it done (and says how to undo them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ok: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1: %n row(s); first: %2</source>
        <translation>
            <numerusform>  FAILED: %1: %n row; first: %2</numerusform>
            <numerusform>  FAILED: %1: %n rows; first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the rows above would make the migration fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the steps marked [destroys data] need --allow-data-loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps ran and stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These statements undo them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of these steps is gone for good: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Migrated %1: %n step(s).</source>
        <translation>
            <numerusform>Migrated %1: %n step.</numerusform>
            <numerusform>Migrated %1: %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the statements each migration ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration has been recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a design; print its tables, columns, relations and keys, its relationships (one-to-many, many-to-many, inheritance, ...), every warning and every error that would stop it from becoming a database (then exit status 4). --json prints one JSON object instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a design and save it without edits, in WWW SQL Designer&apos;s layout (to standard output without -o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [--dialect sqlite|postgresql|mysql]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [-d DIALECT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the DDL that creates the design on sqlite (default), postgresql or mysql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE [--replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in DATABASE, all or nothing. Existing tables of the same names are refused unless --replace is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE [--rows N|TABLE=N]... [--seed S] [--tables A,B] [--design DESIGN.xml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the tables with generated rows that keep types, sizes, keys, foreign keys, trees, many-to-many pairs and inheritance, all or nothing; prints the rows per table. --rows N per table (default 100), --rows TABLE=N for one (repeatable); --seed S (default 1: the same seed gives the same rows); --tables A,B fills only those, referencing their parents&apos; rows; --design: the design the database was made from, for its inheritance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE TABLE KEY [--set COLUMN=VALUE]... [--deep [--depth N]] [--design DESIGN.xml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE TABLE KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a row without its generated key and print the copy&apos;s key. KEY is the primary key (a,b when composite); --set gives a column of the copy a value (unique columns need one); --deep also copies the row&apos;s children (to --depth levels, default 1) and many-to-many links. All or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE [-o OUT.json] [--tables A,B] [--pretty] [--blobs base64|hex|skip]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every table as JSON, {&quot;table&quot;: [rows]}, parents first, one row per line (--pretty: indented), BLOBs as base64 (or hex, or left out); to standard output without -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE IN.json [--blobs base64|hex] [--design DESIGN.xml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE IN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load what export-json wrote (- reads standard input) into a database with the same tables, all or nothing, keys as given; prints the rows per table. --blobs hex when the BLOBs were exported so; --design: the design the database was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the changes that turn A into B, each a design file or a database, one a line with its risk: safe, may-fail (on existing rows) or data-loss; exit status 6 when there are any. Against a database, compares on its engine and leaves alone the tables the design lacks; two designs compare as written, or on --dialect&apos;s engine. Renames recorded in a design are renames; --rename-table and --rename-column pair others (a backslash escapes =, : and itself in names). --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE is git&apos;s external diff driver (diff.schemata.command), and always exits 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as git&apos;s external diff driver, on the 7 arguments git gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the design as sorted, canonical text: tables by name with their columns, keys and foreign keys, without positions or colours; for git&apos;s textconv (diff.schemata.textconv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE [--dry-run] [--allow-data-loss] [--drop-unmanaged] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the database to the design&apos;s structure, keeping every row of the columns it keeps: renames recorded in the design (or given with --rename-table and --rename-column) rename, tables the design lacks are left alone. Changes that may fail on the rows there are checked first; a failed check (or a change that destroys data, without --allow-data-loss) changes nothing and exits 7. SQLite and PostgreSQL migrate in one transaction; MariaDB step by step, reporting what ran. --dry-run prints the plan, the checks and the script (exit 6 when something would change). Each migration is recorded in the table schemata_migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table OLD of the database is NEW of the design (a backslash escapes = and itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column OLD of TABLE is NEW (a backslash escapes :, = and itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE [--statements]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the migrations recorded in the database: number, time (UTC), design file and the start of its SHA-256; --statements adds what each ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a command that takes a DATABASE: also look for its password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has errors (nothing ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be reached or refused the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two schemas differ (diff), or a dry run would change the database (migrate --dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data check failed, or a change destroys data and --allow-data-loss was not given; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design relational schemas in the file format of WWW SQL Designer, map them to SQLite, PostgreSQL and MariaDB, and browse their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, opens FILE in the window: a design, or a database (an SQLite file or a URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE is an SQLite file, or a URL postgresql://user@host:port/database or mysql://user@host:port/database (also MariaDB). The password comes from the URL, else from PGPASSWORD or MYSQL_PWD, else (with --keychain) from the system keychain, else it is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for a %1 server whose URL has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an Alembic revision that turns design A into design B, and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Alembic revision&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision it follows (none: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the revision to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alembic takes two designs and --revision ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A B [--json | --sql | --alembic --revision ID [--down-revision ID] [-o OUT]] [--dialect sqlite|postgresql|mysql] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]... [--drop-unmanaged]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT (.html, or .md with the diagram beside it as .svg) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html (default, or from OUT&apos;s extension) or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design file, an SQLite file or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-docs takes one design or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use html or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-dbml takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-mermaid takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with iconv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in %1 says which database it was written for; reading it as %2 (--dialect chooses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed %1 from %2 (--dialect chooses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect takes sqlite, postgresql or mysql, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No design was written: %n statement(s) failed. --keep-going writes the design of what imported.</source>
        <translation>
            <numerusform>No design was written: %n statement failed. --keep-going writes the design of what imported.</numerusform>
            <numerusform>No design was written: %n statements failed. --keep-going writes the design of what imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database an SQL script was written for: sqlite, postgresql or mysql (default: guessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the design of what imported even when statements of the script failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite file, a URL, an SQL script or a DBML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one database, SQL script or DBML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect and --keep-going are for SQL scripts; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design does not match %1. Migrating it to the design would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the database to the design first (schemata migrate DESIGN.xml DATABASE), give the design it was made from, or leave out --design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declarative (default): declarative_base classes; classical: Table objects and registry.map_imperatively().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add factory_boy factories for the models, parents first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-models takes one design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown style &quot;%1&quot;; use declarative or classical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors; no models were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT.dbml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the design as DBML (dbdiagram.io&apos;s language): tables, columns with their settings, indexes, refs with their actions, enums, areas as TableGroups and notes; to standard output without -o. import reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT.mmd]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the design as a Mermaid erDiagram, as GitHub renders it: an entity per table, a relationship per foreign key with cardinalities from its keys and nullability; to standard output without -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE|SCRIPT.sql|FILE.dbml [-o OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml [--style declarative|classical] [--factories] [-o OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the design as a Python module of SQLAlchemy 1.4 models (to standard output without -o): declarative classes (default) or classical Table objects with imperative mappings, with the relationships the design&apos;s keys make (one-to-many, self-referential, many-to-many, joined- and single-table inheritance). Its create_all makes the tables apply makes, on SQLite, PostgreSQL and MariaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGN.xml|DATABASE [-o OUT.html|OUT.md] [--format html|markdown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE [-o OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a data dictionary of a design or a database: contents, the diagram, each table&apos;s columns (type, NULL, default, keys, comment), keys and indexes and relationships in and out, linked, and the problems check finds; from a database, row counts too. One self-contained HTML page, or Markdown with the diagram as an SVG file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update this design to the database&apos;s structure, keeping its layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE|SCRIPT.sql|FILE.dbml [--dialect sqlite|postgresql|mysql] [--keep-going] [--into DESIGN.xml] [-o DESIGN.xml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an existing database, an SQL script (a schema file, a dump) or a DBML file into a design; which one is told by what it holds. A script&apos;s dialect is guessed unless --dialect gives it; every statement that is skipped (settings, data, views, routines) or fails is listed with its line, and when one fails no design is written (exit status 4) unless --keep-going. SQLite scripts run in an in-memory database that cannot reach files; MariaDB/MySQL scripts are parsed; PostgreSQL scripts are parsed with PostgreSQL&apos;s own grammar. New tables get grid positions. With --into DESIGN.xml and a database, update that design to the database&apos;s structure instead: new tables are placed next to their neighbours, dropped ones removed, changed columns updated, and everything else (positions, colours, comments, notes) kept; the changes are listed on standard error, and an unchanged database changes no byte of the design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Qt&apos;s %1 driver is not installed; on Debian, install libqt6sql6-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS to %1 needs the system&apos;s certificate folder %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer TLS, which was required; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDictionary</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Schemata from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>Cannot insert into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is ambiguous; write it as the schema does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a single-table subclass; its rows are in &quot;%2&quot;: name that table instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of rows cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of rows for &quot;%1&quot; cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign keys of %1 share the column %2; Schemata cannot generate rows for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 references %3, which is filled after it (the foreign keys make a cycle) and the column is NOT NULL; fill %3 in a run of its own first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; of %2 does not fit the discriminator %3.%4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemata cannot generate values of the type %1 for %2.%3, which is NOT NULL without a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no rows of the type &quot;%2&quot; for %3 to extend; fill %1 too, or add rows to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no rows, and %2.%3 needs one for each row; fill %1 too, or add rows to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1.%2 is unique, but its type %3 cannot hold %n different value(s).</source>
        <translation>
            <numerusform>%1.%2 is unique, but its type %3 cannot hold %n different value.</numerusform>
            <numerusform>%1.%2 is unique, but its type %3 cannot hold %n different values.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than one column that the database numbers and others reference; Schemata cannot tell its rows apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is NOT NULL and references the key the database numbers, so the first row cannot reference itself; make the column nullable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database numbered %1 rows of %2 where %3 were inserted; Schemata cannot tell which key belongs to which row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database: add /DATABASE after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections take sslmode %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database address: &quot;%2&quot; is not a kind of database. Give an SQLite file, or a URL such as postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 in %2 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a space, which a URL cannot hold: write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a %2 that is not followed by two hexadecimal digits: write a %2 sign (in a password, say) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL; a database address reads postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTargetWidget</name>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a URL: postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: %1 when set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server insists (allow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and host name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL starts with postgresql://, mysql:// or file://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 database “%2” on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 database “%2” on %3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatatypeCatalogue</name>
    <message>
        <source>Datatype &quot;%1&quot;: its pattern &quot;%2&quot; is not a valid regular expression; only its exact name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datatype &quot;%1&quot; has no quote attribute; WWW SQL Designer would write &quot;null&quot; around its defaults, Schemata writes them without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbmlReader</name>
    <message>
        <source>The name in double quotes is not closed on its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string is not closed on its line: close it with &apos; or write a multi-line string in &apos;&apos;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multi-line string is not closed with &apos;&apos;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is not closed with */.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression is not closed with `.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 in quotes, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TablePartial is not supported: write its columns in the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected Table, Ref, Enum, TableGroup, Project or Note, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is not closed with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TablePartial is not supported: write its columns in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 needs a type on its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of %1 is not closed with ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the end of the line after column %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column or (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a setting, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &gt;, &lt;, - or &lt;&gt; after ref:, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected table.column, found %1 alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &gt;, &lt;, - or &lt;&gt; between the two sides, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1: write cascade, restrict, set null, set default or no action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, : or {</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or : after Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ref is not closed with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enum name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enum value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Project is not closed with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is defined twice: references name the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is defined twice in %2: references name the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column setting %1 is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index setting %1 is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of %1 names %2, which is no column of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schemata setting %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The many-to-many reference between %1 and %2 is not kept: add the table that links them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides have %1 and %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table %1: the reference keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no column %2: the reference keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 names %2, which is no table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DdlWriter</name>
    <message>
        <source>The column is NOT NULL in the design but belongs to a single-table subclass; it is nullable in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is longer than %2 allows; it is &quot;%3&quot; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot index a %2 column; it is %3 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a foreign key column to have the type of the column it references: %2 here, %3 in %4.%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of a joined-inheritance child takes its parent&apos;s value; AUTOINCREMENT is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps 1024 characters of a column comment; the rest is cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no FULLTEXT index; a plain index is made instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of type %1 is not applied; Schemata knows PRIMARY, UNIQUE, INDEX and FULLTEXT keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts SET DEFAULT but does RESTRICT instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 allows (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignCheck</name>
    <message>
        <source>A table has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tables are named &quot;%1&quot; (names that differ only in case are the same table in SQLite and MySQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two constraints or indexes are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 key names the column &quot;%2&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has %1 primary keys; a table can have only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column has no datatype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTOINCREMENT needs an integer column; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTOINCREMENT needs the column to be the table&apos;s primary key, alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key references the table &quot;%1&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key references the column &quot;%1&quot; of &quot;%2&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is %1 but references %2.%3, which is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key references %1.%2, which is not a primary key or unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table inherits from &quot;%1&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined-table inheritance needs the primary key of &quot;%1&quot; to be a foreign key to the primary key of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of type %1 has no columns; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemata cannot check the default %1 for %2; the server checks it when the design is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another table has a key or index named &quot;%1&quot; too: MariaDB takes that, SQLite and PostgreSQL do not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Move %n object</numerusform>
            <numerusform>Move %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pin %n table(s)</source>
        <translation>
            <numerusform>Pin %n table</numerusform>
            <numerusform>Pin %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n table(s)</source>
        <translation>
            <numerusform>Unpin %n table</numerusform>
            <numerusform>Unpin %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1.%2 to the primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1.%2 from the primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create foreign key from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions of a foreign key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create many-to-many between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a subclass of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the inheritance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect a foreign key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n table(s)</source>
        <translation>
            <numerusform>Duplicate %n table</numerusform>
            <numerusform>Duplicate %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Paste %n object</numerusform>
            <numerusform>Paste %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Datatype catalogue: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the design to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Align %n object(s)</source>
        <translation>
            <numerusform>Align %n object</numerusform>
            <numerusform>Align %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n object(s)</source>
        <translation>
            <numerusform>Distribute %n object</numerusform>
            <numerusform>Distribute %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB and is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignMatch</name>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared by table and column names only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>Column %1.%2 was added to %1, the table its single-table subclasses share; move it to a subclass if it is one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is NOT NULL in the database, but the design has it in a single-table subclass, where it must be nullable; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged: %1. The design keeps its columns in different tables (single-table inheritance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables gone from the database: %1; new in it: %2. A table renamed in the database is recorded nowhere, so it shows as a drop and an add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of %1 gone from the database: %2; new in it: %3. A column renamed in the database is recorded nowhere, so it shows as a drop and an add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignProblem</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>The file&apos;s encoding &quot;%1&quot; is not supported; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a WWW SQL Designer file: its root element is &lt;%1&gt;, not &lt;sql&gt;, and it has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root element is &lt;%1&gt;, not &lt;sql&gt;; it is written as &lt;sql&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datatype catalogue has no types (WWW SQL Designer cannot load such a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; around tables is not kept; its tables are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tables are named &quot;%1&quot;; relations and lookups by name reach the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown inheritance kind &quot;%1&quot;; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are named &quot;%1&quot;; relations and keys reach the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; around columns or keys is not kept; its content is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column has no datatype; WWW SQL Designer shows the catalogue&apos;s first type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; has no name before its size; WWW SQL Designer cannot load this file. Kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; is not in the design&apos;s catalogue (%2); kept as written, where WWW SQL Designer would show &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty &lt;part&gt; of a %1 key is ignored (WWW SQL Designer stops loading the file there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 key names the column &quot;%2&quot;, which does not exist; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation points to table &quot;%1&quot;, which does not exist; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation points to column &quot;%1&quot; of table &quot;%2&quot;, which does not exist; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown referential action &quot;%1&quot;; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table inherits from &quot;%1&quot;, which does not exist; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discriminator column &quot;%1&quot; does not exist; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; inside the column is moved to the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot; but starts with a %2 byte order mark; it is read, and written back, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot; but is written in %2; it is read, and written back, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, but its bytes are not %1: it has no byte order mark and its XML declaration is written in single bytes. Correct the declaration to the encoding the file is saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1), and its XML declaration names no other encoding. Save it as UTF-8, or declare the encoding it is saved in, such as &lt;?xml version=&quot;1.0&quot; encoding=&quot;iso-8859-1&quot;?&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, but its text is UTF-8: &quot;%2&quot; would read as &quot;%3&quot;. Correct the declaration to encoding=&quot;utf-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1, the encoding its XML declaration names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;key&gt;%1&lt;/key&gt; inside the column is not a key type (PRIMARY, UNIQUE, INDEX or FULLTEXT); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;key&gt;%1&lt;/key&gt; inside the column is read as a %2 key of the table on this column; it is saved as a table-level &lt;key type=&quot;%2&quot;&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;renamed&gt; names no earlier name in its &quot;from&quot; attribute; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;renamed from=&quot;%1&quot;&gt; repeats the current name or an earlier one; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;renamed from=&quot;%1&quot;&gt; has other attributes or content; only the earlier name is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignWarning</name>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, column &quot;%2&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramComparison</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema changes against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database diagram drawn by Schemata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses the default %2 on a column of type %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default &quot;%1&quot; is not a value of the type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses the default &quot;%2&quot; on a column of type %3: it has %4 characters, more than the column&apos;s %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value has up to %1 characters, more than the column&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses the default %2: it has no function %3().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemata cannot check the default %1 for %2; the server checks it when the design is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3, which the design keeps as written; another engine may refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK constraints %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of the design, of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences are not part of a design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign tables are not part of a design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalogue: the connection has no database selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is system-versioned; its history is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CHECK constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; covers only a prefix of some columns; the design has the whole columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a SPATIAL index; the design keeps it as a plain index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this database; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalogue: no schema of the search path exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is of the enum type %3; the design keeps its values as ENUM(%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INCLUDE columns of the index &quot;%1&quot; of &quot;%2&quot; are not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; sorts some columns in descending order; the design does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a %3 index; the design keeps its columns only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this schema; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CHECK constraints and triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the views and sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CREATE TABLE text of &quot;%1&quot; cannot be read (%2); its constraint names, comments and AUTOINCREMENT are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a WITHOUT ROWID table; the design does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indexes of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CHECK constraints of &quot;%1&quot; are not part of the design: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign keys of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key of &quot;%1&quot; references &quot;%2&quot;, which does not exist; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key of &quot;%1&quot; to &quot;%2&quot; names columns that do not exist; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRowsDialog</name>
    <message>
        <source>Duplicate Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of “%1” will be copied without their generated keys.</source>
        <translation>
            <numerusform>%n row of “%1” will be copied without its generated keys.</numerusform>
            <numerusform>%n rows of “%1” will be copied without their generated keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns are unique: give each copy its own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy their child rows and many-to-many links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of children:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: the copy needs a value of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleDatabase</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJsonDialog</name>
    <message>
        <source>Export Database to JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretty (one value per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BLOBs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>Exported %n table to %1</numerusform>
            <numerusform>Exported %n tables to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of %1 to export.</source>
        <translation>
            <numerusform>%n table of %1 to export.</numerusform>
            <numerusform>%n tables of %1 to export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all rows of the table again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this foreign key (its columns stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) → %2(%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No foreign key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitRevisions</name>
    <message>
        <source>git cannot be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no history in git yet: commit it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tables, keys and foreign keys of a database into a new design. The database is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n table(s) from %1,</source>
        <translation>
            <numerusform>Read %n table from %1,</numerusform>
            <numerusform>Read %n tables from %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n foreign key(s).</source>
        <translation>
            <numerusform>with %n foreign key.</numerusform>
            <numerusform>with %n foreign keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The design could not hold everything (%n warning(s)):</source>
        <translation>
            <numerusform>The design could not hold everything (%n warning):</numerusform>
            <numerusform>The design could not hold everything (%n warnings):</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InheritanceEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: the subclass has a table of its own whose primary key references the parent&apos;s. Single: its rows live in the parent&apos;s table, told apart by the discriminator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of the hierarchy&apos;s root table that names each row&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discriminator value of this table&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discriminator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent table %1 does not exist; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parent table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table without a parent can be the root of a hierarchy: it holds the discriminator column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the inheritance of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>name TYPE, e.g. email VARCHAR(255) NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The database has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a read transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 (key %3) is not valid UTF-8; it is written with replacement characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gave %2 of its %3 rows; the export is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table has no column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object of tables, {&quot;table&quot;: [rows]}, as export-json writes it; it begins with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of rows, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2 must be an object of columns, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: a value cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number that a double holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hexadecimal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hexadecimal bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64 (for hexadecimal BLOBs, say so: --blobs hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert into &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2: the database refused it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the foreign keys of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of &quot;%1&quot; with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to no row of &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the sequence of %1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn the triggers off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triggers of &quot;%1&quot; ran for its imported rows: %2 cannot turn triggers off during an import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysEditor</name>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key&apos;s columns; their order is the key&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column up in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column down in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Schemata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs (*.xml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>About Schemata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Schemata %1&lt;/h3&gt;&lt;p&gt;Design relational schemas, map them to SQLite, PostgreSQL and MariaDB, and browse their data.&lt;/p&gt;&lt;p&gt;Designs are saved in the file format of WWW SQL Designer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the canvas to add a table; open a WWW SQL Designer file with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole diagram as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a table (or double-click the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column to the selected table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation (drag column to column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a column to the column it references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foreign Key to Selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the referenced table first, then the referencing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Many-to-Many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the two selected tables through a new association table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the selected tables in a coloured area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour Columns by Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Many-to-Many as One Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Schemata is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the whole design by its foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Layout &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned tables keep their place when the design is laid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Verticall&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQL Preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DDL that creates the design, per dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in a SQLite, PostgreSQL or MariaDB database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s); save the design to keep it.</source>
        <translation>
            <numerusform>Imported %n table; save the design to keep it.</numerusform>
            <numerusform>Imported %n tables; save the design to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read an existing database into a new design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many-to-Many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tables need a primary key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Foreign Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced table (the other gets a column referencing its primary key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no primary key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-layout %n table(s)</source>
        <translation>
            <numerusform>Auto-layout %n table</numerusform>
            <numerusform>Auto-layout %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design already uses the types of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The design now uses the datatype catalogue and types of %1: %n change(s). Undo reverts them all.</source>
        <translation>
            <numerusform>The design now uses the datatype catalogue and types of %1: %n change. Undo reverts it.</numerusform>
            <numerusform>The design now uses the datatype catalogue and types of %1: %n changes. Undo reverts them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemata did not end cleanly last time. Restore the unsaved design from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes; save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the rows of an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse a PostgreSQL or MariaDB database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connec&amp;t to Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Data&amp;bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;Beside Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of the table selected in the diagram next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of the selected table of the open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Database&apos;s Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not describe %2, and has unsaved changes. Save them before the database&apos;s own design takes its place on the Design page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Current Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed. Schemata looked for it in:
%1

Build it with the program (it needs cmark-gfm) or install Schemata&apos;s package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened %1. Open it in one yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemata %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1, %2 %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: no file; the statements sent to databases go to standard error with QT_LOGGING_RULES=&quot;schemata.sql.debug=true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the version, Qt version, platform and file locations to the clipboard: paste them into your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the design and the database, back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide to Schemata&apos;s tasks in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version, platform and file locations for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled example design with its database of generated rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw tables and their relations on an empty canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design saved by Schemata or by WWW SQL Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the rows of an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design of users, projects and tasks, with a database of rows to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Beside Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DBML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBML (*.dbml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mermaid Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SQL Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with iconv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it belongs to one engine alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks written for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 could not be imported.</source>
        <translation>
            <numerusform>%n statement of %1 could not be imported.</numerusform>
            <numerusform>%n statements of %1 could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open what did import? The failed statements are listed in the Problems panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import DBML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBML (*.dbml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import DBML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1; save the design to keep it.</source>
        <translation>
            <numerusform>Imported %n table from %1; save the design to keep it.</numerusform>
            <numerusform>Imported %n tables from %1; save the design to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html);;Markdown, with the diagram beside it (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Git Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no file yet: save it in a git repository and commit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design as it was committed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n change since %1</numerusform>
            <numerusform>%n changes since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Changes as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLAlchemy models, declarative (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLAlchemy models, classical mapping (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLAlchemy models with factory_boy factories (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SQLAlchemy Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors; no models were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram &amp;Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database as &amp;JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every row of the open database to one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQL Script...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements that create the design on SQLite, PostgreSQL or MariaDB, to read and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;BML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design as DBML, the text format of dbdiagram.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mermaid Diagram...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design as a Mermaid erDiagram, which GitHub draws in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a schema.sql or a dump of SQLite, PostgreSQL or MariaDB as a new design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DBML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a DBML file as a new design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data dictionary of the design: an HTML page with the diagram, or Markdown for a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLAlchemy &amp;Models...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the design as SQLAlchemy models, a Python module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and S&amp;ynchronize...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a database to the design, keeping its rows, change by change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compa&amp;re with File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the diagram what changed since another file of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the diagram how a database differs from the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Git Revision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the diagram what changed since a commit of the design&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Design from Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks %n table(s) of the design: %2. Remove them from the design too?</source>
        <translation>
            <numerusform>%1 lacks %n table of the design: %2. Remove it from the design too?</numerusform>
            <numerusform>%1 lacks %n tables of the design: %2. Remove them from the design too?</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has the structure of %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the design from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1</source>
        <translation>
            <numerusform>%n change from %1</numerusform>
            <numerusform>%n changes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Design from Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the design to a database&apos;s structure, keeping its layout, as one undoable step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>add table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 cannot be rebuilt: its new definition was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is NULL in some rows; NOT NULL needs a value in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new column %1 is NOT NULL without a default; the rows already there have no value for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some values of %1 do not fit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some rows of %1 share values of %2; %3 refuses duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some rows of %1 reference rows of %2 that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop views and triggers, to make them again after the tables are rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the foreign keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the views and triggers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop foreign key %1 while the types of its columns change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add foreign key %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The rebuilt table %1 has %2 rows; it had %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the changes, rows of %1 reference rows of %2 that do not exist (PRAGMA foreign_key_check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys could not be turned off, so no table was rebuilt: their ON DELETE actions would have deleted rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed (rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MysqlDialect</name>
    <message>
        <source>its value as a number, up to %1, is out of the column&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value is not a value of the column&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MysqlScriptParser</name>
    <message>
        <source>the quote that starts at line %1, column %2 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 at line %2, column %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index on an expression (line %1, column %2) cannot be part of a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a statement about tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary table, which only its session sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE TABLE ... LIKE copies a table the script does not describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE TABLE ... SELECT takes its columns from a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CHECK constraint %1 of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY KEY, UNIQUE, KEY, INDEX, FOREIGN KEY or CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a SPATIAL index; the design keeps it as a plain index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD, MODIFY, CHANGE, DROP, RENAME or a table option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a size or a value at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message numerus="yes">
        <source>the system keychain did not answer within %n s</source>
        <translation>
            <numerusform>the system keychain did not answer within %n s</numerusform>
            <numerusform>the system keychain did not answer within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the password of %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the password of %1 in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the password of %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answers (such as GNOME Keyring or KWallet), so the password is not stored anywhere and is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>its value does not convert to the column&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresScriptParser</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database itself, not its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts and privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a statement about tables (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary table, which only its session sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; inherits from or is a partition of another table; that is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in CREATE TABLE is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is of the enum type %3; the design keeps its values as ENUM(%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CHECK constraint %1 of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is an expression the import cannot read; the design leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such table yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER TABLE %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; sorts some columns in descending order; the design does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a %3 index; the design keeps its columns only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment on something a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot; (yet) in the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot; (yet) in the script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Select a table, relation, note or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedRowsPanel</name>
    <message>
        <source>This row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate an entry to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row: save it to follow its relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL: no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the row of %1 this row refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of %1 that refer to this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of %1 linked to this row through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationText</name>
    <message>
        <source>BLOB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>many-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-referential one-to-many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many-to-many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-referential many-to-many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined-table inheritance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-table inheritance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %3 (each %3 row has many %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %1 (parent and children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extends %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameHintParser</name>
    <message>
        <source>--rename-table takes OLD=NEW (a backslash escapes &quot;=&quot; and itself in names): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename-column takes TABLE:OLD=NEW (a backslash escapes &quot;:&quot;, &quot;=&quot; and itself in names): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowEdits</name>
    <message>
        <source>it is no longer in the table (changed or deleted elsewhere). Reload the table and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer in the table (changed or deleted elsewhere). Reload the table and delete it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no key to tell its rows apart, so they cannot be changed or deleted here. Give the table a primary key to edit its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting row %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete %1: %2 refers to it. Delete or change that row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: %2 refer to it. Delete or change those rows first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not NULL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowLinks</name>
    <message>
        <source>%1 is NULL: this row refers to no row of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1 linked to %2 %3 through %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaApplier</name>
    <message>
        <source>The design has errors; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n table(s) of the design: %1. Nothing was changed; replace them explicitly (--replace) to drop and recreate them.</source>
        <translation>
            <numerusform>The database already has %n table of the design: %1. Nothing was changed; replace it explicitly (--replace) to drop and recreate it.</numerusform>
            <numerusform>The database already has %n tables of the design: %1. Nothing was changed; replace them explicitly (--replace) to drop and recreate them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The database was left as it was (rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Dropping the existing tables failed; %n table(s) were dropped already.</source>
        <translation>
            <numerusform>%1 Dropping the existing tables failed; %n table was dropped already.</numerusform>
            <numerusform>%1 Dropping the existing tables failed; %n tables were dropped already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n table(s) it had created.</source>
        <translation>
            <numerusform>%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n table it had created.</numerusform>
            <numerusform>%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n tables it had created.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Dropping the tables created so far failed as well: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaChange</name>
    <message>
        <source>safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may fail on existing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroys data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename table %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the comment of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the inheritance of %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add column %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename column %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the type of %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make %1 NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make %1 nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the default of %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop numbering %1 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the comment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add foreign key %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop foreign key %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>The rename of table %1 to %2 was not used: the first must be only in the source and the second only in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rename of column %1.%2 to %3 was not used: the first must be only in the source and the second only in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rename of column %1.%2 to %3 was not used: the target has no table %1 that the source has too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaOutline</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FK → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptSchema</name>
    <message>
        <source>there is no table &quot;%1&quot; (yet) in the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot; to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such table yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two primary keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign key %1 references &quot;%2&quot;, which the script does not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign key %1 references &quot;%2&quot;.&quot;%3&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign key %1 has %2 columns but references %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the rest of the statement imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in the database&apos;s design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key of &quot;%1&quot; has %n column(s).</source>
        <translation>
            <numerusform>The key of &quot;%1&quot; has %n column.</numerusform>
            <numerusform>The key of &quot;%1&quot; has %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a row to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of &quot;%1&quot; cannot be deleted: rows of other tables refer to it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete from &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change a row of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such foreign key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add rows to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an action, a key or a menu...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlAlchemyWriter</name>
    <message>
        <source>%1 (the models will not create on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association table of a many-to-many relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary key: a Table, not a mapped class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlImportReport</name>
    <message>
        <source>%1: imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s): %1 imported, %2 skipped, %3 failed</source>
        <translation>
            <numerusform>%n statement: %1 imported, %2 skipped, %3 failed</numerusform>
            <numerusform>%n statements: %1 imported, %2 skipped, %3 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing SQL...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has errors; no SQL was written. Fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlScriptImporter</name>
    <message>
        <source>backquotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$$ quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command for the client, not the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data, not structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts and privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database itself, not its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s own table, which SQLite makes itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine, which a design does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlScriptSplitter</name>
    <message>
        <source>the comment that starts at line %1, column %2 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string that starts at line %1, column %2 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted name that starts at line %1, column %2 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the $-quoted text that starts at line %1, column %2 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Schemata cannot check the default %1 for SQLite: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refuses the default %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>a compressed file or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UTF-16 text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML file, such as a design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON file, such as an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQL script; sqlite3 can run it to make a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: it does not start with SQLite&apos;s header (it may be damaged, encrypted, or another kind of file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (it looks like %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRowReader</name>
    <message>
        <source>Qt&apos;s SQLite driver did not leave the query on its first row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteScriptRunner</name>
    <message>
        <source>refused: an imported script may not open other database files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: an imported script may not write files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not give access to SQLite&apos;s functions, which the import of an SQLite script needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteTableParser</name>
    <message>
        <source>the quote %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no statement, only whitespace and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CREATE TABLE statement: it starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a virtual table has no column definitions to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE TABLE ... AS SELECT has no column definitions to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a table constraint, found %1 (columns come before table constraints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected WITHOUT ROWID or STRICT after the column definitions, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the statement, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constraint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 in the definition of column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parenthesis in the column&apos;s type is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 in a column&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after the sign, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after DEFAULT, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referenced table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected DELETE or UPDATE after ON, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a MATCH type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NULL or DEFAULT after SET, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected SET NULL, SET DEFAULT, CASCADE, RESTRICT or NO ACTION, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ROLLBACK, ABORT, FAIL, IGNORE or REPLACE, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this parenthesis is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At offset %1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynchronizeDialog</name>
    <message>
        <source>Compare and Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the design with a database and bring the database to it, keeping its rows. Nothing changes until you apply the changes you choose on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL of the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow the changes that destroy data (dropped tables and columns, types that lose values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rows of the database would make %n chosen change(s) fail: untick them, or fix the rows first.</source>
        <translation>
            <numerusform>The rows of the database would make %n chosen change fail: untick it, or fix the rows first.</numerusform>
            <numerusform>The rows of the database would make %n chosen changes fail: untick them, or fix the rows first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some chosen changes destroy data: tick the box above to allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the design with %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the way: %1; first: %2</source>
        <translation>
            <numerusform>%n row in the way: %1; first: %2</numerusform>
            <numerusform>%n rows in the way: %1; first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the design&apos;s structure: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) bring %1 to the design. Untick what should stay as it is; right-click a dropped table or column to pair it with an added one as a rename.</source>
        <translation>
            <numerusform>%n change brings %1 to the design. Untick what should stay as it is; right-click a dropped table or column to pair it with an added one as a rename.</numerusform>
            <numerusform>%n changes bring %1 to the design. Untick what should stay as it is; right-click a dropped table or column to pair it with an added one as a rename.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone (not in the design): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair as a &amp;Rename With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run. These statements would, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 done...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has the chosen changes: %n step(s) ran.</source>
        <translation>
            <numerusform>%1 has the chosen changes: %n step ran.</numerusform>
            <numerusform>%1 has the chosen changes: %n steps ran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps ran and stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These statements undo them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of these steps is gone for good: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOB of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a value: it is NOT NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be deleted when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>Delete %n Row</numerusform>
            <numerusform>Delete %n Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n Row(s)</source>
        <translation>
            <numerusform>Revert %n Row</numerusform>
            <numerusform>Revert %n Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableQuery</name>
    <message>
        <source>Cannot read &quot;%1&quot; this way: it has no key to continue from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the rows of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a row of &quot;%1&quot;: it has no key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSidebar</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rows of the selected table exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated; use Count Rows for the exact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view: its rows can be read, not edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1 refer to a row of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by Schemata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations Schemata ran on this database (schemata history): read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedColumn</name>
    <message>
        <source>A quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column&apos;s name comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT must be followed by NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY must be followed by KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT needs a value: a number, &apos;text&apos;, NULL, CURRENT_TIMESTAMP or an (expression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card does not take &quot;%1&quot; here: after the type come NOT NULL, NULL, DEFAULT value, AUTO_INCREMENT, PRIMARY KEY and UNIQUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column is either NULL or NOT NULL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: BLOB of %Ln bytes</source>
        <translation>
            <numerusform>%1: BLOB of %Ln byte</numerusform>
            <numerusform>%1: BLOB of %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %Ln bytes shown)</source>
        <translation>
            <numerusform>(the first %Ln byte shown)</numerusform>
            <numerusform>(the first %Ln bytes shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export to JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2</source>
        <translation>
            <numerusform>Exported %Ln row of %1 to %2</numerusform>
            <numerusform>Exported %Ln rows of %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Schemata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design relational databases, create them, and browse their rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No designs opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No databases opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>Document type declarations are not allowed in design files (they could expand entities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements are nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity &quot;&amp;%1;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
