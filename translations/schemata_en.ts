<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Cannot write to standard output.</source>
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
        <source>import takes one database.</source>
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
    <message>
        <source>The design does not match %1, which has no %2. Give the design the database was made from (schemata apply), or leave out --design.</source>
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
        <source>&quot;%1&quot; is not a database address: give an SQLite file, or a URL such as postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database: add /DATABASE after the host.</source>
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
        <source>The default &quot;%1&quot; is not a value of the type %2.</source>
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
        <source>The file is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding &quot;%1&quot; is not supported; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1); it must be saved as UTF-8.</source>
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
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Cannot read %1: %2</source>
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
        <source>Open a design (WWW SQL Designer XML) with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design file</source>
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
    <message>
        <source>%1 - Schemata</source>
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
</context>
<context>
    <name>MysqlDialect</name>
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
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3; the design keeps its text as if it were a value.</source>
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
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>the current schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalogue: no schema of the search path exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3; the design keeps its text as if it were a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
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
        <source>the foreign keys</source>
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
        <source>the views and sequences</source>
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
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>the list of tables</source>
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
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indexes of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
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
    <message>
        <source>Views are not part of a design: %1</source>
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
