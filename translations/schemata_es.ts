<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cloner</name>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; no tiene ninguna columna &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A copy of the row of &quot;%1&quot; needs new values for %2, which must be unique; give them (--set column=value).</source>
        <translation>Una copia de la fila de &quot;%1&quot; necesita valores nuevos para %2, que deben ser únicos; indíquelos (--set column=value).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no row with that key.</source>
        <translation>&quot;%1&quot; no tiene ninguna fila con esa clave.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Muestra un único objeto JSON.</translation>
    </message>
    <message>
        <source>The design to check.</source>
        <translation>El diseño que se va a comprobar.</translation>
    </message>
    <message>
        <source>check takes one design file.</source>
        <translation>check requiere un único archivo de diseño.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n tabla</numerusform>
            <numerusform>%1: %n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relación</numerusform>
            <numerusform>%n relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>Escribe en OUT en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>The design to format.</source>
        <translation>El diseño al que se va a dar formato.</translation>
    </message>
    <message>
        <source>format takes one design file.</source>
        <translation>format requiere un único archivo de diseño.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>Relaciones:</translation>
    </message>
    <message>
        <source>The design has errors; it cannot be applied to a database until they are fixed.</source>
        <translation>El diseño tiene errores; no se puede aplicar a una base de datos hasta que se corrijan.</translation>
    </message>
    <message>
        <source>The database to write for: sqlite, postgresql or mysql (default sqlite).</source>
        <translation>La base de datos de destino: sqlite, postgresql o mysql (predeterminado: sqlite).</translation>
    </message>
    <message>
        <source>The design.</source>
        <translation>El diseño.</translation>
    </message>
    <message>
        <source>sql takes one design file.</source>
        <translation>sql requiere un único archivo de diseño.</translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;; use sqlite, postgresql or mysql.</source>
        <translation>Dialecto desconocido &quot;%1&quot;; use sqlite, postgresql o mysql.</translation>
    </message>
    <message>
        <source>The design has errors; no SQL was written.</source>
        <translation>El diseño tiene errores; no se ha escrito ningún SQL.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>Drop and recreate tables of the design that exist.</source>
        <translation>Elimina y vuelve a crear las tablas del diseño que ya existen.</translation>
    </message>
    <message>
        <source>An SQLite file (created when missing) or a URL.</source>
        <translation>Un archivo SQLite (se crea si no existe) o una URL.</translation>
    </message>
    <message>
        <source>apply takes a design and a database.</source>
        <translation>apply requiere un diseño y una base de datos.</translation>
    </message>
    <message>
        <source>The design has errors; nothing was changed.</source>
        <translation>El diseño tiene errores; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation>La sentencia era:</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n table(s).</source>
        <translation>
            <numerusform>Se ha reemplazado %n tabla.</numerusform>
            <numerusform>Se han reemplazado %n tablas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n table(s) in %1.</source>
        <translation>
            <numerusform>Se ha creado %n tabla en %1.</numerusform>
            <numerusform>Se han creado %n tablas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the design to OUT instead of standard output.</source>
        <translation>Escribe el diseño en OUT en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>An SQLite file or a URL.</source>
        <translation>Un archivo SQLite o una URL.</translation>
    </message>
    <message>
        <source>import takes one database.</source>
        <translation>import requiere una única base de datos.</translation>
    </message>
    <message>
        <source>Rows per table (N), or for one table (TABLE=N); repeatable.</source>
        <translation>Filas por tabla (N) o para una sola tabla (TABLE=N); se puede repetir.</translation>
    </message>
    <message>
        <source>The same seed gives the same rows (default 1).</source>
        <translation>La misma semilla genera las mismas filas (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Fill only these tables, separated by commas.</source>
        <translation>Rellena solo estas tablas, separadas por comas.</translation>
    </message>
    <message>
        <source>The design the database was made from (for its inheritance).</source>
        <translation>El diseño a partir del cual se creó la base de datos (para conocer su herencia).</translation>
    </message>
    <message>
        <source>fill takes one database.</source>
        <translation>fill requiere una única base de datos.</translation>
    </message>
    <message>
        <source>--rows takes a number of rows or TABLE=N, not &quot;%1&quot;.</source>
        <translation>--rows requiere un número de filas o TABLE=N, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed requiere un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tables takes table names separated by commas.</source>
        <translation>--tables requiere nombres de tabla separados por comas.</translation>
    </message>
    <message>
        <source>The design does not match %1, which has no %2. Give the design the database was made from (schemata apply), or leave out --design.</source>
        <translation>El diseño no coincide con %1, que no tiene %2. Indique el diseño a partir del cual se creó la base de datos (schemata apply) u omita --design.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the copy this value (repeatable).</source>
        <translation>Asigna este valor a la copia (se puede repetir).</translation>
    </message>
    <message>
        <source>Also copy the row&apos;s children and many-to-many links.</source>
        <translation>Copia también los hijos de la fila y sus vínculos muchos a muchos.</translation>
    </message>
    <message>
        <source>How many levels of children a deep copy copies (default 1).</source>
        <translation>Número de niveles de hijos que incluye una copia profunda (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Use this design for inheritance (default: read the database).</source>
        <translation>Usa este diseño para la herencia (predeterminado: leerla de la base de datos).</translation>
    </message>
    <message>
        <source>The table.</source>
        <translation>La tabla.</translation>
    </message>
    <message>
        <source>The row&apos;s primary key; a composite key as a,b.</source>
        <translation>La clave primaria de la fila; una clave compuesta, como a,b.</translation>
    </message>
    <message>
        <source>clone takes a database, a table and a key.</source>
        <translation>clone requiere una base de datos, una tabla y una clave.</translation>
    </message>
    <message>
        <source>--depth takes a number of levels, 0 or more.</source>
        <translation>--depth requiere un número de niveles, 0 o más.</translation>
    </message>
    <message>
        <source>--set takes column=value, not &quot;%1&quot;.</source>
        <translation>--set requiere column=value, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no primary key; its rows cannot be named.</source>
        <translation>&quot;%1&quot; no tiene clave primaria; sus filas no se pueden identificar.</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; is %2.</source>
        <translation>La clave de &quot;%1&quot; está formada por %2.</translation>
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
        <translation>Uso: schemata [FILE]
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

Diseñe esquemas relacionales en el formato de archivo de WWW SQL Designer,
trasládelos a SQLite, PostgreSQL y MariaDB y examine sus datos.

Sin un comando, abre FILE (un diseño) en la ventana.

Comandos:
  check DESIGN.xml [--json]   Carga un diseño y muestra sus tablas, columnas,
                              relaciones y claves, los tipos de sus relaciones
                              (uno a muchos, muchos a muchos, herencia, ...),
                              cada advertencia y cada error que impediría
                              convertirlo en una base de datos. Con --json
                              muestra en su lugar un único objeto JSON.
  format DESIGN.xml [-o OUT]  Carga un diseño y lo guarda sin modificaciones,
                              con el formato de WWW SQL Designer (en la salida
                              estándar si no se indica -o).
  sql DESIGN.xml [-d DIALECT]  Muestra el DDL que crea el diseño en sqlite
                              (predeterminado), postgresql o mysql.
  apply DESIGN.xml DATABASE   Crea las tablas del diseño en DATABASE, todas o
                              ninguna. Si ya existen tablas con los mismos
                              nombres, se rechaza la operación, salvo que se
                              indique --replace.
  import DATABASE [-o OUT]    Lee una base de datos existente y la convierte
                              en un diseño.
  fill DATABASE               Rellena las tablas con filas generadas que
                              respetan tipos, tamaños, claves, claves foráneas,
                              árboles, pares muchos a muchos y herencia, todo o
                              nada; muestra el número de filas por tabla.
                              --rows N por tabla (predeterminado: 100),
                              --rows TABLE=N para una sola tabla (se puede
                              repetir); --seed S (predeterminado: 1; la misma
                              semilla genera las mismas filas); --tables A,B
                              rellena solo esas tablas, con referencias a las
                              filas de sus tablas padre; --design: el diseño a
                              partir del cual se creó la base de datos, para
                              conocer su herencia.
  clone DATABASE TABLE KEY    Copia una fila sin su clave generada y muestra la
                              clave de la copia. KEY es la clave primaria (a,b
                              si es compuesta); --set asigna un valor a una
                              columna de la copia (las columnas únicas necesitan
                              uno); --deep copia también los hijos de la fila
                              (hasta --depth niveles, predeterminado: 1) y sus
                              vínculos muchos a muchos. Todo o nada.
  export-json DATABASE        Escribe todas las tablas como JSON, {&quot;table&quot;:
                              [filas]}, primero las tablas padre, una fila por
                              línea (--pretty: con sangría), los BLOB en base64
                              (o hex, u omitidos); a la salida estándar sin -o.

DATABASE es un archivo SQLite o una URL postgresql://user@host:port/database o
mysql://user@host:port/database (también MariaDB). La contraseña se toma de la
URL, de PGPASSWORD o de MYSQL_PWD, o se solicita.

Opciones:
  -h, --help                  Muestra esta ayuda.
  -v, --version               Muestra la versión.

Estado de salida: 0 éxito, 1 uso incorrecto, 2 no se puede leer la entrada,
3 no se puede escribir la salida, 4 el diseño tiene errores (no se ejecutó
nada), 5 no se puede acceder a la base de datos o esta rechazó el cambio.
</translation>
    </message>
    <message>
        <source>Export only these tables, separated by commas.</source>
        <translation>Exporta solo estas tablas, separadas por comas.</translation>
    </message>
    <message>
        <source>Indent the JSON.</source>
        <translation>Sangra el JSON.</translation>
    </message>
    <message>
        <source>How to write BLOBs: base64 (default), hex or skip.</source>
        <translation>Cómo escribir los BLOB: base64 (predeterminado), hex o skip.</translation>
    </message>
    <message>
        <source>export-json takes one database.</source>
        <translation>export-json recibe una base de datos.</translation>
    </message>
    <message>
        <source>--blobs takes base64, hex or skip.</source>
        <translation>--blobs recibe base64, hex o skip.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Qt&apos;s %1 driver is not installed; on Debian, install libqt6sql6-%2.</source>
        <translation>El controlador %1 de Qt no está instalado; en Debian, instale libqt6sql6-%2.</translation>
    </message>
    <message>
        <source>%1: no such database file.</source>
        <translation>%1: no existe el archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the connection to %1: %2</source>
        <translation>No se puede configurar la conexión con %1: %2</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>Cannot insert into %1: %2</source>
        <translation>No se puede insertar en %1: %2</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is ambiguous; write it as the schema does.</source>
        <translation>El nombre de tabla &quot;%1&quot; es ambiguo; escríbalo como en el esquema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a single-table subclass; its rows are in &quot;%2&quot;: name that table instead.</source>
        <translation>&quot;%1&quot; es una subclase con herencia en una sola tabla; sus filas están en &quot;%2&quot;: indique esa tabla en su lugar.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in the schema.</source>
        <translation>No existe ninguna tabla &quot;%1&quot; en el esquema.</translation>
    </message>
    <message>
        <source>The number of rows cannot be negative.</source>
        <translation>El número de filas no puede ser negativo.</translation>
    </message>
    <message>
        <source>The number of rows for &quot;%1&quot; cannot be negative.</source>
        <translation>El número de filas de &quot;%1&quot; no puede ser negativo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The foreign keys of %1 share the column %2; Schemata cannot generate rows for both.</source>
        <translation>Las claves foráneas de %1 comparten la columna %2; Schemata no puede generar filas que cumplan ambas.</translation>
    </message>
    <message>
        <source>%1.%2 references %3, which is filled after it (the foreign keys make a cycle) and the column is NOT NULL; fill %3 in a run of its own first.</source>
        <translation>%1.%2 hace referencia a %3, que se rellena después (las claves foráneas forman un ciclo), y la columna es NOT NULL; rellene antes %3 en una ejecución aparte.</translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; of %2 does not fit the discriminator %3.%4 (%5).</source>
        <translation>La identidad &quot;%1&quot; de %2 no cabe en la columna discriminadora %3.%4 (%5).</translation>
    </message>
    <message>
        <source>Schemata cannot generate values of the type %1 for %2.%3, which is NOT NULL without a default.</source>
        <translation>Schemata no puede generar valores del tipo %1 para %2.%3, que es NOT NULL y no tiene valor predeterminado.</translation>
    </message>
    <message>
        <source>The table %1 has no rows of the type &quot;%2&quot; for %3 to extend; fill %1 too, or add rows to it first.</source>
        <translation>La tabla %1 no tiene filas del tipo &quot;%2&quot; que %3 pueda extender; rellene también %1 o añádale filas antes.</translation>
    </message>
    <message>
        <source>The table %1 has no rows, and %2.%3 needs one for each row; fill %1 too, or add rows to it first.</source>
        <translation>La tabla %1 no tiene filas y %2.%3 necesita una para cada fila; rellene también %1 o añádale filas antes.</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2 is unique, but its type %3 cannot hold %n different value(s).</source>
        <translation>
            <numerusform>%1.%2 es única, pero su tipo %3 no puede contener %n valor distinto.</numerusform>
            <numerusform>%1.%2 es única, pero su tipo %3 no puede contener %n valores distintos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than one column that the database numbers and others reference; Schemata cannot tell its rows apart.</source>
        <translation>%1 tiene más de una columna que numera la base de datos y a la que hacen referencia otras; Schemata no puede distinguir sus filas.</translation>
    </message>
    <message>
        <source>%1.%2 is NOT NULL and references the key the database numbers, so the first row cannot reference itself; make the column nullable.</source>
        <translation>%1.%2 es NOT NULL y hace referencia a la clave que numera la base de datos, así que la primera fila no puede hacer referencia a sí misma; haga que la columna admita NULL.</translation>
    </message>
    <message>
        <source>The database numbered %1 rows of %2 where %3 were inserted; Schemata cannot tell which key belongs to which row.</source>
        <translation>La base de datos ha numerado %1 filas de %2, pero se insertaron %3; Schemata no puede saber qué clave corresponde a cada fila.</translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation>No se puede actualizar %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows: %1</source>
        <translation>No se pueden confirmar las filas: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>No database given.</source>
        <translation>No se ha indicado ninguna base de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address: give an SQLite file, or a URL such as postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation>&quot;%1&quot; no es una dirección de base de datos: indique un archivo SQLite o una URL como postgresql://user@host:5432/database o mysql://user@host:3306/database.</translation>
    </message>
    <message>
        <source>The URL names no database: add /DATABASE after the host.</source>
        <translation>La URL no indica ninguna base de datos: añada /DATABASE después del host.</translation>
    </message>
</context>
<context>
    <name>DatatypeCatalogue</name>
    <message>
        <source>Datatype &quot;%1&quot;: its pattern &quot;%2&quot; is not a valid regular expression; only its exact name matches.</source>
        <translation>Tipo de datos &quot;%1&quot;: su patrón &quot;%2&quot; no es una expresión regular válida; solo coincide su nombre exacto.</translation>
    </message>
    <message>
        <source>Datatype &quot;%1&quot; has no quote attribute; WWW SQL Designer would write &quot;null&quot; around its defaults, Schemata writes them without quotes.</source>
        <translation>El tipo de datos &quot;%1&quot; no tiene atributo quote; WWW SQL Designer escribiría &quot;null&quot; alrededor de sus valores predeterminados, Schemata los escribe sin comillas.</translation>
    </message>
</context>
<context>
    <name>DdlWriter</name>
    <message>
        <source>The column is NOT NULL in the design but belongs to a single-table subclass; it is nullable in &quot;%1&quot;.</source>
        <translation>La columna es NOT NULL en el diseño, pero pertenece a una subclase con herencia en una sola tabla; en &quot;%1&quot; admite NULL.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is longer than %2 allows; it is &quot;%3&quot; there.</source>
        <translation>El nombre &quot;%1&quot; es más largo de lo que permite %2; allí se llama &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot index a %2 column; it is %3 there.</source>
        <translation>%1 no puede indexar una columna de tipo %2; allí se crea como %3.</translation>
    </message>
    <message>
        <source>%1 needs a foreign key column to have the type of the column it references: %2 here, %3 in %4.%5.</source>
        <translation>%1 exige que una columna de clave foránea tenga el tipo de la columna a la que hace referencia: aquí %2, %3 en %4.%5.</translation>
    </message>
    <message>
        <source>The key of a joined-inheritance child takes its parent&apos;s value; AUTOINCREMENT is left out.</source>
        <translation>La clave de una tabla hija en una herencia con tablas unidas toma el valor de su tabla padre; se omite AUTOINCREMENT.</translation>
    </message>
    <message>
        <source>%1 keeps 1024 characters of a column comment; the rest is cut.</source>
        <translation>%1 conserva 1024 caracteres de un comentario de columna; el resto se recorta.</translation>
    </message>
    <message>
        <source>%1 has no FULLTEXT index; a plain index is made instead.</source>
        <translation>%1 no tiene índices FULLTEXT; en su lugar se crea un índice normal.</translation>
    </message>
    <message>
        <source>A key of type %1 is not applied; Schemata knows PRIMARY, UNIQUE, INDEX and FULLTEXT keys.</source>
        <translation>Una clave de tipo %1 no se aplica; Schemata conoce las claves PRIMARY, UNIQUE, INDEX y FULLTEXT.</translation>
    </message>
    <message>
        <source>%1 accepts SET DEFAULT but does RESTRICT instead.</source>
        <translation>%1 acepta SET DEFAULT, pero aplica RESTRICT en su lugar.</translation>
    </message>
    <message>
        <source>The name is longer than %1 allows (%2 %3).</source>
        <translation>El nombre es más largo de lo que permite %1 (%2 %3).</translation>
    </message>
    <message>
        <source>bytes in UTF-8</source>
        <translation>bytes en UTF-8</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
</context>
<context>
    <name>DesignCheck</name>
    <message>
        <source>A table has no name.</source>
        <translation>Una tabla no tiene nombre.</translation>
    </message>
    <message>
        <source>Two tables are named &quot;%1&quot; (names that differ only in case are the same table in SQLite and MySQL).</source>
        <translation>Dos tablas se llaman &quot;%1&quot; (en SQLite y MySQL, los nombres que solo se diferencian en mayúsculas y minúsculas designan la misma tabla).</translation>
    </message>
    <message>
        <source>The table has no columns.</source>
        <translation>La tabla no tiene columnas.</translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation>Una columna no tiene nombre.</translation>
    </message>
    <message>
        <source>Two columns are named &quot;%1&quot;.</source>
        <translation>Dos columnas se llaman &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Two constraints or indexes are named &quot;%1&quot;.</source>
        <translation>Dos restricciones o índices se llaman &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 key names the column &quot;%2&quot;, which does not exist.</source>
        <translation>Una clave %1 nombra la columna &quot;%2&quot;, que no existe.</translation>
    </message>
    <message>
        <source>The table has %1 primary keys; a table can have only one.</source>
        <translation>La tabla tiene %1 claves primarias; una tabla solo puede tener una.</translation>
    </message>
    <message>
        <source>The column has no datatype.</source>
        <translation>La columna no tiene tipo de datos.</translation>
    </message>
    <message>
        <source>The default &quot;%1&quot; is not a value of the type %2.</source>
        <translation>El valor predeterminado &quot;%1&quot; no es un valor del tipo %2.</translation>
    </message>
    <message>
        <source>AUTOINCREMENT needs an integer column; this one is %1.</source>
        <translation>AUTOINCREMENT requiere una columna de tipo entero; esta es de tipo %1.</translation>
    </message>
    <message>
        <source>AUTOINCREMENT needs the column to be the table&apos;s primary key, alone.</source>
        <translation>AUTOINCREMENT requiere que la columna sea, por sí sola, la clave primaria de la tabla.</translation>
    </message>
    <message>
        <source>The foreign key references the table &quot;%1&quot;, which does not exist.</source>
        <translation>La clave foránea hace referencia a la tabla &quot;%1&quot;, que no existe.</translation>
    </message>
    <message>
        <source>The foreign key references the column &quot;%1&quot; of &quot;%2&quot;, which does not exist.</source>
        <translation>La clave foránea hace referencia a la columna &quot;%1&quot; de &quot;%2&quot;, que no existe.</translation>
    </message>
    <message>
        <source>The column is %1 but references %2.%3, which is %4.</source>
        <translation>La columna es de tipo %1, pero hace referencia a %2.%3, que es de tipo %4.</translation>
    </message>
    <message>
        <source>The foreign key references %1.%2, which is not a primary key or unique.</source>
        <translation>La clave foránea hace referencia a %1.%2, que no es una clave primaria ni una clave única.</translation>
    </message>
    <message>
        <source>The table inherits from &quot;%1&quot;, which does not exist.</source>
        <translation>La tabla hereda de &quot;%1&quot;, que no existe.</translation>
    </message>
    <message>
        <source>Joined-table inheritance needs the primary key of &quot;%1&quot; to be a foreign key to the primary key of &quot;%2&quot;.</source>
        <translation>La herencia con tablas unidas requiere que la clave primaria de &quot;%1&quot; sea una clave foránea que haga referencia a la clave primaria de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A key of type %1 has no columns; it is left out.</source>
        <translation>Una clave de tipo %1 no tiene columnas; se omite.</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB and is not read</source>
        <translation>%1: el archivo ocupa más de %2 MB y no se lee</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DesignProblem</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>The file is not valid UTF-16.</source>
        <translation>El archivo no es UTF-16 válido.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding &quot;%1&quot; is not supported; save it as UTF-8.</source>
        <translation>La codificación &quot;%1&quot; del archivo no está admitida; guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1); it must be saved as UTF-8.</source>
        <translation>El archivo no es UTF-8 válido (byte %1); debe guardarse como UTF-8.</translation>
    </message>
    <message>
        <source>This is not a WWW SQL Designer file: its root element is &lt;%1&gt;, not &lt;sql&gt;, and it has no tables.</source>
        <translation>Este no es un archivo de WWW SQL Designer: su elemento raíz es &lt;%1&gt;, no &lt;sql&gt;, y no tiene tablas.</translation>
    </message>
    <message>
        <source>The root element is &lt;%1&gt;, not &lt;sql&gt;; it is written as &lt;sql&gt;.</source>
        <translation>El elemento raíz es &lt;%1&gt;, no &lt;sql&gt;; se escribe como &lt;sql&gt;.</translation>
    </message>
    <message>
        <source>The datatype catalogue has no types (WWW SQL Designer cannot load such a file).</source>
        <translation>El catálogo de tipos de datos no tiene tipos (WWW SQL Designer no puede cargar un archivo así).</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; around tables is not kept; its tables are.</source>
        <translation>El elemento &lt;%1&gt; que rodea las tablas no se conserva; sus tablas sí.</translation>
    </message>
    <message>
        <source>Two tables are named &quot;%1&quot;; relations and lookups by name reach the first.</source>
        <translation>Dos tablas se llaman &quot;%1&quot;; las relaciones y las búsquedas por nombre remiten a la primera.</translation>
    </message>
    <message>
        <source>A table has no name.</source>
        <translation>Una tabla no tiene nombre.</translation>
    </message>
    <message>
        <source>Unknown inheritance kind &quot;%1&quot;; kept as written.</source>
        <translation>Tipo de herencia desconocido &quot;%1&quot;; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>Two columns are named &quot;%1&quot;; relations and keys reach the first.</source>
        <translation>Dos columnas se llaman &quot;%1&quot;; las relaciones y las claves remiten a la primera.</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; around columns or keys is not kept; its content is.</source>
        <translation>El elemento &lt;%1&gt; que rodea columnas o claves no se conserva; su contenido sí.</translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation>Una columna no tiene nombre.</translation>
    </message>
    <message>
        <source>The column has no datatype; WWW SQL Designer shows the catalogue&apos;s first type.</source>
        <translation>La columna no tiene tipo de datos; WWW SQL Designer muestra el primer tipo del catálogo.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; has no name before its size; WWW SQL Designer cannot load this file. Kept as written.</source>
        <translation>El tipo de datos &quot;%1&quot; no tiene nombre antes de su tamaño; WWW SQL Designer no puede cargar este archivo. Se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; is not in the design&apos;s catalogue (%2); kept as written, where WWW SQL Designer would show &quot;%3&quot;.</source>
        <translation>El tipo de datos &quot;%1&quot; no está en el catálogo del diseño (%2); se conserva sin cambios, mientras que WWW SQL Designer mostraría &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>An empty &lt;part&gt; of a %1 key is ignored (WWW SQL Designer stops loading the file there).</source>
        <translation>Se ignora un &lt;part&gt; vacío de una clave %1 (WWW SQL Designer deja de cargar el archivo en ese punto).</translation>
    </message>
    <message>
        <source>A %1 key names the column &quot;%2&quot;, which does not exist; kept as written.</source>
        <translation>Una clave %1 nombra la columna &quot;%2&quot;, que no existe; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The relation points to table &quot;%1&quot;, which does not exist; kept as written.</source>
        <translation>La relación apunta a la tabla &quot;%1&quot;, que no existe; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The relation points to column &quot;%1&quot; of table &quot;%2&quot;, which does not exist; kept as written.</source>
        <translation>La relación apunta a la columna &quot;%1&quot; de la tabla &quot;%2&quot;, que no existe; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>Unknown referential action &quot;%1&quot;; kept as written.</source>
        <translation>Acción referencial desconocida &quot;%1&quot;; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The table inherits from &quot;%1&quot;, which does not exist; kept as written.</source>
        <translation>La tabla hereda de &quot;%1&quot;, que no existe; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The discriminator column &quot;%1&quot; does not exist; kept as written.</source>
        <translation>La columna discriminadora &quot;%1&quot; no existe; se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; inside the column is moved to the table.</source>
        <translation>El elemento &lt;%1&gt; dentro de la columna se traslada a la tabla.</translation>
    </message>
</context>
<context>
    <name>DesignWarning</name>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, column &quot;%2&quot;: </source>
        <translation>tabla &quot;%1&quot;, columna &quot;%2&quot;: </translation>
    </message>
    <message>
        <source>table &quot;%1&quot;: </source>
        <translation>tabla &quot;%1&quot;: </translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Error al leer %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The database has no table %1.</source>
        <translation>La base de datos no tiene la tabla %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a read transaction: %1</source>
        <translation>No se puede iniciar una transacción de lectura: %1</translation>
    </message>
    <message>
        <source>Cannot count &quot;%1&quot;: %2</source>
        <translation>No se pueden contar las filas de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>No se puede escribir: %1</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1.%2 (key %3) is not valid UTF-8; it is written with replacement characters.</source>
        <translation>%1.%2 (clave %3) no es UTF-8 válido; se escribe con caracteres de sustitución.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Schemata</source>
        <translation>Schemata</translation>
    </message>
    <message>
        <source>Open a design (WWW SQL Designer XML) with File &gt; Open.</source>
        <translation>Abra un diseño (XML de WWW SQL Designer) con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>Abrir un archivo de diseño</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Schemata</source>
        <translation>&amp;Acerca de Schemata</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Abrir diseño</translation>
    </message>
    <message>
        <source>Designs (*.xml *.txt);;All files (*)</source>
        <translation>Diseños (*.xml *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message>
        <source>%1 - Schemata</source>
        <translation>%1 - Schemata</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relación</numerusform>
            <numerusform>%n relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>About Schemata</source>
        <translation>Acerca de Schemata</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Schemata %1&lt;/h3&gt;&lt;p&gt;Design relational schemas, map them to SQLite, PostgreSQL and MariaDB, and browse their data.&lt;/p&gt;&lt;p&gt;Designs are saved in the file format of WWW SQL Designer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Schemata %1&lt;/h3&gt;&lt;p&gt;Diseñe esquemas relacionales, trasládelos a SQLite, PostgreSQL y MariaDB y examine sus datos.&lt;/p&gt;&lt;p&gt;Los diseños se guardan en el formato de archivo de WWW SQL Designer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MysqlDialect</name>
    <message>
        <source>the name of the database</source>
        <translation>el nombre de la base de datos</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: the connection has no database selected.</source>
        <translation>No se puede leer el catálogo: la conexión no tiene ninguna base de datos seleccionada.</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>la lista de tablas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is system-versioned; its history is not part of the design.</source>
        <translation>&quot;%1&quot; está versionada por el sistema; su historial no forma parte del diseño.</translation>
    </message>
    <message>
        <source>the CHECK constraints</source>
        <translation>las restricciones CHECK</translation>
    </message>
    <message>
        <source>the columns</source>
        <translation>las columnas</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; es una columna generada; su expresión no forma parte del diseño.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; se actualiza en cada modificación (ON UPDATE); el diseño no lo refleja.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3; the design keeps its text as if it were a value.</source>
        <translation>El valor predeterminado de &quot;%1&quot;.&quot;%2&quot; es la expresión %3; el diseño conserva su texto como si fuera un valor.</translation>
    </message>
    <message>
        <source>the keys and indexes</source>
        <translation>las claves e índices</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; se basa en una expresión; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; covers only a prefix of some columns; the design has the whole columns.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; solo abarca un prefijo de algunas columnas; el diseño contiene las columnas completas.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a SPATIAL index; the design keeps it as a plain index.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; es un índice SPATIAL; el diseño lo conserva como índice normal.</translation>
    </message>
    <message>
        <source>the foreign keys</source>
        <translation>las claves foráneas</translation>
    </message>
    <message>
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this database; it is left out.</source>
        <translation>La clave foránea &quot;%1&quot; de &quot;%2&quot; hace referencia a %3, que no es una tabla de esta base de datos; se omite.</translation>
    </message>
    <message>
        <source>the triggers</source>
        <translation>los disparadores</translation>
    </message>
    <message>
        <source>CHECK constraints %1</source>
        <translation>restricciones CHECK %1</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>disparadores %1</translation>
    </message>
    <message>
        <source>Not part of the design, of &quot;%1&quot;: %2</source>
        <translation>De &quot;%1&quot;, no forman parte del diseño: %2</translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation>Las vistas no forman parte de un diseño: %1</translation>
    </message>
    <message>
        <source>Sequences are not part of a design: %1</source>
        <translation>Las secuencias no forman parte de un diseño: %1</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>the current schema</source>
        <translation>el esquema actual</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: no schema of the search path exists.</source>
        <translation>No se puede leer el catálogo: no existe ningún esquema de la ruta de búsqueda.</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>la lista de tablas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation>&quot;%1&quot; es una tabla particionada; su particionado y sus particiones no forman parte del diseño.</translation>
    </message>
    <message>
        <source>the columns</source>
        <translation>las columnas</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; es una columna generada; su expresión no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3; the design keeps its text as if it were a value.</source>
        <translation>El valor predeterminado de &quot;%1&quot;.&quot;%2&quot; es la expresión %3; el diseño conserva su texto como si fuera un valor.</translation>
    </message>
    <message>
        <source>the keys and indexes</source>
        <translation>las claves e índices</translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>La restricción de exclusión &quot;%1&quot; de &quot;%2&quot; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; se basa en una expresión; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>El índice parcial &quot;%1&quot; de &quot;%2&quot; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The INCLUDE columns of the index &quot;%1&quot; of &quot;%2&quot; are not part of the design.</source>
        <translation>Las columnas INCLUDE del índice &quot;%1&quot; de &quot;%2&quot; no forman parte del diseño.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; sorts some columns in descending order; the design does not say so.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; ordena algunas columnas de forma descendente; el diseño no lo refleja.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a %3 index; the design keeps its columns only.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; es un índice %3; el diseño solo conserva sus columnas.</translation>
    </message>
    <message>
        <source>the foreign keys</source>
        <translation>las claves foráneas</translation>
    </message>
    <message>
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this schema; it is left out.</source>
        <translation>La clave foránea &quot;%1&quot; de &quot;%2&quot; hace referencia a %3, que no es una tabla de este esquema; se omite.</translation>
    </message>
    <message>
        <source>the CHECK constraints and triggers</source>
        <translation>las restricciones CHECK y los disparadores</translation>
    </message>
    <message>
        <source>CHECK constraints %1</source>
        <translation>restricciones CHECK %1</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>disparadores %1</translation>
    </message>
    <message>
        <source>Not part of the design, of &quot;%1&quot;: %2</source>
        <translation>De &quot;%1&quot;, no forman parte del diseño: %2</translation>
    </message>
    <message>
        <source>the views and sequences</source>
        <translation>las vistas y secuencias</translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation>Las vistas no forman parte de un diseño: %1</translation>
    </message>
    <message>
        <source>Sequences are not part of a design: %1</source>
        <translation>Las secuencias no forman parte de un diseño: %1</translation>
    </message>
    <message>
        <source>Foreign tables are not part of a design: %1</source>
        <translation>Las tablas foráneas no forman parte de un diseño: %1</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>many-to-one</source>
        <translation>muchos a uno</translation>
    </message>
    <message>
        <source>one-to-one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>self-referential one-to-many</source>
        <translation>uno a muchos autorreferencial</translation>
    </message>
    <message>
        <source>many-to-many</source>
        <translation>muchos a muchos</translation>
    </message>
    <message>
        <source>self-referential many-to-many</source>
        <translation>muchos a muchos autorreferencial</translation>
    </message>
    <message>
        <source>joined-table inheritance</source>
        <translation>herencia con tablas unidas</translation>
    </message>
    <message>
        <source>single-table inheritance</source>
        <translation>herencia en una sola tabla</translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %3 (each %3 row has many %1 rows)</source>
        <translation>%1.%2 -&gt; %3 (cada fila de %3 tiene muchas filas de %1)</translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %3</source>
        <translation>%1.%2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1.%2 -&gt; %1 (parent and children)</source>
        <translation>%1.%2 -&gt; %1 (padre e hijos)</translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2 through %3</source>
        <translation>%1 &lt;-&gt; %2 a través de %3</translation>
    </message>
    <message>
        <source>%1 extends %2</source>
        <translation>%1 extiende %2</translation>
    </message>
</context>
<context>
    <name>SchemaApplier</name>
    <message>
        <source>The design has errors; nothing was changed.</source>
        <translation>El diseño tiene errores; no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n table(s) of the design: %1. Nothing was changed; replace them explicitly (--replace) to drop and recreate them.</source>
        <translation>
            <numerusform>La base de datos ya tiene %n tabla del diseño: %1. No se ha cambiado nada; reemplácela explícitamente (--replace) para eliminarla y volver a crearla.</numerusform>
            <numerusform>La base de datos ya tiene %n tablas del diseño: %1. No se ha cambiado nada; reemplácelas explícitamente (--replace) para eliminarlas y volver a crearlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>%1 The database was left as it was (rolled back).</source>
        <translation>%1 La base de datos se ha dejado como estaba (se ha revertido la transacción).</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar la transacción: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Dropping the existing tables failed; %n table(s) were dropped already.</source>
        <translation>
            <numerusform>%1 No se han podido eliminar las tablas existentes; ya se ha eliminado %n tabla.</numerusform>
            <numerusform>%1 No se han podido eliminar las tablas existentes; ya se han eliminado %n tablas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n table(s) it had created.</source>
        <translation>
            <numerusform>%1 %2 no puede deshacer DDL dentro de una transacción, así que Schemata ha eliminado %n tabla que había creado.</numerusform>
            <numerusform>%1 %2 no puede deshacer DDL dentro de una transacción, así que Schemata ha eliminado las %n tablas que había creado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Dropping the tables created so far failed as well: %2</source>
        <translation>%1 Tampoco se han podido eliminar las tablas creadas hasta ahora: %2</translation>
    </message>
</context>
<context>
    <name>SchemaOutline</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>único</translation>
    </message>
    <message>
        <source>FK → %1</source>
        <translation>FK → %1</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>no nulo</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no table &quot;%1&quot;.</source>
        <translation>No existe ninguna tabla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in the database&apos;s design.</source>
        <translation>No existe ninguna tabla &quot;%1&quot; en el diseño de la base de datos.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The key of &quot;%1&quot; has %n column(s).</source>
        <translation>
            <numerusform>La clave de &quot;%1&quot; tiene %n columna.</numerusform>
            <numerusform>La clave de &quot;%1&quot; tiene %n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count &quot;%1&quot;: %2</source>
        <translation>No se pueden contar las filas de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot add a row to &quot;%1&quot;: %2</source>
        <translation>No se puede añadir una fila a &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The row of &quot;%1&quot; cannot be deleted: rows of other tables refer to it: %2.</source>
        <translation>La fila de &quot;%1&quot; no se puede eliminar: filas de otras tablas hacen referencia a ella: %2.</translation>
    </message>
    <message>
        <source>Cannot delete from &quot;%1&quot;: %2</source>
        <translation>No se pueden eliminar filas de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot change a row of &quot;%1&quot;: %2</source>
        <translation>No se puede cambiar una fila de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot change &quot;%1&quot;: %2</source>
        <translation>No se puede cambiar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot commit: %1 Nothing was changed.</source>
        <translation>No se puede confirmar la transacción: %1 No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>the list of tables</source>
        <translation>la lista de tablas</translation>
    </message>
    <message>
        <source>The CREATE TABLE text of &quot;%1&quot; cannot be read (%2); its constraint names, comments and AUTOINCREMENT are missing.</source>
        <translation>El texto CREATE TABLE de &quot;%1&quot; no se puede leer (%2); faltan sus nombres de restricciones, sus comentarios y AUTOINCREMENT.</translation>
    </message>
    <message>
        <source>the list of indexes</source>
        <translation>la lista de índices</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a WITHOUT ROWID table; the design does not say so.</source>
        <translation>&quot;%1&quot; es una tabla WITHOUT ROWID; el diseño no lo refleja.</translation>
    </message>
    <message>
        <source>the columns of &quot;%1&quot;</source>
        <translation>las columnas de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; es una columna generada; su expresión no forma parte del diseño.</translation>
    </message>
    <message>
        <source>the indexes of &quot;%1&quot;</source>
        <translation>los índices de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The partial index &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>El índice parcial &quot;%1&quot; de &quot;%2&quot; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot;</source>
        <translation>el índice &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is on an expression; it is not part of the design.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; se basa en una expresión; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The CHECK constraints of &quot;%1&quot; are not part of the design: %2</source>
        <translation>Las restricciones CHECK de &quot;%1&quot; no forman parte del diseño: %2</translation>
    </message>
    <message>
        <source>the foreign keys of &quot;%1&quot;</source>
        <translation>las claves foráneas de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A foreign key of &quot;%1&quot; references &quot;%2&quot;, which does not exist; it is left out.</source>
        <translation>Una clave foránea de &quot;%1&quot; hace referencia a &quot;%2&quot;, que no existe; se omite.</translation>
    </message>
    <message>
        <source>A foreign key of &quot;%1&quot; to &quot;%2&quot; names columns that do not exist; it is left out.</source>
        <translation>Una clave foránea de &quot;%1&quot; hacia &quot;%2&quot; nombra columnas que no existen; se omite.</translation>
    </message>
    <message>
        <source>Views are not part of a design: %1</source>
        <translation>Las vistas no forman parte de un diseño: %1</translation>
    </message>
</context>
<context>
    <name>SqliteTableParser</name>
    <message>
        <source>the quote %1 is never closed</source>
        <translation>la comilla %1 nunca se cierra</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>se esperaba &quot;%1&quot;, se encontró %2</translation>
    </message>
    <message>
        <source>there is no statement, only whitespace and comments</source>
        <translation>no hay ninguna sentencia, solo espacios en blanco y comentarios</translation>
    </message>
    <message>
        <source>this is not a CREATE TABLE statement: it starts with %1</source>
        <translation>esto no es una sentencia CREATE TABLE: empieza por %1</translation>
    </message>
    <message>
        <source>a virtual table has no column definitions to read</source>
        <translation>una tabla virtual no tiene definiciones de columnas que leer</translation>
    </message>
    <message>
        <source>the table name</source>
        <translation>el nombre de la tabla</translation>
    </message>
    <message>
        <source>CREATE TABLE ... AS SELECT has no column definitions to read</source>
        <translation>CREATE TABLE ... AS SELECT no tiene definiciones de columnas que leer</translation>
    </message>
    <message>
        <source>expected a table constraint, found %1 (columns come before table constraints)</source>
        <translation>se esperaba una restricción de tabla, se encontró %1 (las columnas van antes que las restricciones de tabla)</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot;, found %1</source>
        <translation>se esperaba &quot;,&quot; o &quot;)&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected WITHOUT ROWID or STRICT after the column definitions, found %1</source>
        <translation>se esperaba WITHOUT ROWID o STRICT después de las definiciones de columnas, se encontró %1</translation>
    </message>
    <message>
        <source>expected the end of the statement, found %1</source>
        <translation>se esperaba el final de la sentencia, se encontró %1</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>un nombre de columna</translation>
    </message>
    <message>
        <source>a constraint name</source>
        <translation>un nombre de restricción</translation>
    </message>
    <message>
        <source>a collation name</source>
        <translation>un nombre de intercalación</translation>
    </message>
    <message>
        <source>unexpected %1 in the definition of column &quot;%2&quot;</source>
        <translation>no se esperaba %1 en la definición de la columna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a parenthesis in the column&apos;s type is never closed</source>
        <translation>un paréntesis del tipo de la columna nunca se cierra</translation>
    </message>
    <message>
        <source>unexpected %1 in a column&apos;s type</source>
        <translation>no se esperaba %1 en el tipo de una columna</translation>
    </message>
    <message>
        <source>expected a value after the sign, found %1</source>
        <translation>se esperaba un valor después del signo, se encontró %1</translation>
    </message>
    <message>
        <source>expected a value after DEFAULT, found %1</source>
        <translation>se esperaba un valor después de DEFAULT, se encontró %1</translation>
    </message>
    <message>
        <source>expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY, found %1</source>
        <translation>se esperaba PRIMARY KEY, UNIQUE, CHECK o FOREIGN KEY, se encontró %1</translation>
    </message>
    <message>
        <source>the referenced table</source>
        <translation>la tabla referenciada</translation>
    </message>
    <message>
        <source>expected DELETE or UPDATE after ON, found %1</source>
        <translation>se esperaba DELETE o UPDATE después de ON, se encontró %1</translation>
    </message>
    <message>
        <source>a MATCH type</source>
        <translation>un tipo de MATCH</translation>
    </message>
    <message>
        <source>expected NULL or DEFAULT after SET, found %1</source>
        <translation>se esperaba NULL o DEFAULT después de SET, se encontró %1</translation>
    </message>
    <message>
        <source>expected SET NULL, SET DEFAULT, CASCADE, RESTRICT or NO ACTION, found %1</source>
        <translation>se esperaba SET NULL, SET DEFAULT, CASCADE, RESTRICT o NO ACTION, se encontró %1</translation>
    </message>
    <message>
        <source>expected ROLLBACK, ABORT, FAIL, IGNORE or REPLACE, found %1</source>
        <translation>se esperaba ROLLBACK, ABORT, FAIL, IGNORE o REPLACE, se encontró %1</translation>
    </message>
    <message>
        <source>this parenthesis is never closed</source>
        <translation>este paréntesis nunca se cierra</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>el final del texto</translation>
    </message>
    <message>
        <source>At offset %1 (line %2, column %3): %4</source>
        <translation>En la posición %1 (línea %2, columna %3): %4</translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>Document type declarations are not allowed in design files (they could expand entities).</source>
        <translation>No se permiten declaraciones de tipo de documento en los archivos de diseño (podrían expandir entidades).</translation>
    </message>
    <message>
        <source>Elements are nested more than %1 levels deep.</source>
        <translation>Los elementos están anidados a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <source>Unknown entity &quot;&amp;%1;&quot;.</source>
        <translation>Entidad desconocida &quot;&amp;%1;&quot;.</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>El archivo no contiene ningún elemento XML.</translation>
    </message>
</context>
</TS>
