<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Uso: schemata [FILE]
     schemata check DESIGN.xml [--json]
     schemata format DESIGN.xml [-o OUT]

Diseña esquemas relacionales en el formato de archivo de WWW SQL Designer, los
traslada a SQLite, PostgreSQL y MariaDB y permite examinar sus datos.

Sin una orden, abre FILE (un diseño) en la ventana.

Órdenes:
  check DESIGN.xml [--json]   Carga un diseño; muestra sus tablas, columnas,
                              relaciones y claves, y cada advertencia.
                              --json muestra en su lugar un objeto JSON.
  format DESIGN.xml [-o OUT]  Carga un diseño y lo guarda sin cambios, con
                              la disposición de WWW SQL Designer (en la
                              salida estándar si no se indica -o).

Opciones:
  -h, --help                  Muestra esta ayuda.
  -v, --version               Muestra la versión.

Estado de salida: 0 éxito, 1 uso incorrecto, 2 no se puede leer la entrada,
3 no se puede escribir la salida.
</translation>
    </message>
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
