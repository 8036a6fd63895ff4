<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply to Database</source>
        <translation>Aplicar a una base de datos</translation>
    </message>
    <message>
        <source>&amp;Replace existing tables</source>
        <translation>&amp;Reemplazar las tablas existentes</translation>
    </message>
    <message>
        <source>Drop the design&apos;s tables that the database has already, with their rows, and create them again.</source>
        <translation>Elimina las tablas del diseño que ya existen en la base de datos, junto con sus filas, y las vuelve a crear.</translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in a database. Nothing changes until you have read the SQL and confirmed it on the next page.</source>
        <translation>Crea las tablas del diseño en una base de datos. No se cambia nada hasta que haya leído el SQL y lo haya confirmado en la página siguiente.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done...</source>
        <translation>Cancelando: se deshace lo que ya se había hecho...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>The design has errors; nothing can be applied until they are fixed.</source>
        <translation>El diseño tiene errores; no se puede aplicar nada hasta que se corrijan.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of the design exist in the database and will be dropped with their rows, then created again: %1.</source>
        <translation>
            <numerusform>%n tabla del diseño existe en la base de datos; se eliminará con sus filas y se volverá a crear: %1.</numerusform>
            <numerusform>%n tablas del diseño existen en la base de datos; se eliminarán con sus filas y se volverán a crear: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This SQL creates %n table(s), all or nothing.</source>
        <translation>
            <numerusform>Este SQL crea %n tabla, todo o nada.</numerusform>
            <numerusform>Este SQL crea %n tablas, todo o nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n statement(s) to %1?</source>
        <translation>
            <numerusform>¿Aplicar %n sentencia a %1?</numerusform>
            <numerusform>¿Aplicar %n sentencias a %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1...</source>
        <translation>Aplicando a %1...</translation>
    </message>
    <message>
        <source>Applying to %1: statement %2 of %3...</source>
        <translation>Aplicando a %1: sentencia %2 de %3...</translation>
    </message>
    <message numerus="yes">
        <source>Created %n table(s) in %1.</source>
        <translation>
            <numerusform>Se ha creado %n tabla en %1.</numerusform>
            <numerusform>Se han creado %n tablas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n table(s).</source>
        <translation>
            <numerusform>Se ha reemplazado %n tabla.</numerusform>
            <numerusform>Se han reemplazado %n tablas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) ran.</source>
        <translation>
            <numerusform>Se ha ejecutado %n sentencia.</numerusform>
            <numerusform>Se han ejecutado %n sentencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation>La sentencia era:</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n table(s) of the design: %1. Check Replace existing tables below to drop them with their rows and create them again; nothing can be applied otherwise.</source>
        <translation>
            <numerusform>La base de datos ya tiene %n tabla del diseño: %1. Marque abajo «Reemplazar las tablas existentes» para eliminarla con sus filas y volver a crearla; de lo contrario, no se puede aplicar nada.</numerusform>
            <numerusform>La base de datos ya tiene %n tablas del diseño: %1. Marque abajo «Reemplazar las tablas existentes» para eliminarlas con sus filas y volver a crearlas; de lo contrario, no se puede aplicar nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be applied to %1.</source>
        <translation>No se aplicará nada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n table(s) of the design already: %2. Nothing was changed. Go back and check Replace existing tables to drop them with their rows and create them again.</source>
        <translation>
            <numerusform>Ya hay %n tabla del diseño en %1: %2. No se ha cambiado nada. Vuelva atrás y marque «Reemplazar las tablas existentes» para eliminarla con sus filas y volver a crearla.</numerusform>
            <numerusform>Ya hay %n tablas del diseño en %1: %2. No se ha cambiado nada. Vuelva atrás y marque «Reemplazar las tablas existentes» para eliminarlas con sus filas y volver a crearlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoLayout</name>
    <message>
        <source>Graphviz could not lay out the diagram.</source>
        <translation>Graphviz no ha podido distribuir el diagrama.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram: %1</source>
        <translation>Graphviz no ha podido distribuir el diagrama: %1</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message numerus="yes">
        <source>Opened %1: %n table(s)</source>
        <translation>
            <numerusform>%1 abierta: %n tabla</numerusform>
            <numerusform>%1 abierta: %n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%Ln rows</source>
        <translation>
            <numerusform>~%Ln fila</numerusform>
            <numerusform>~%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows (filtered)</source>
        <translation>
            <numerusform>%Ln fila (filtrada)</numerusform>
            <numerusform>%Ln filas (filtradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows so far, counting…</source>
        <translation>
            <numerusform>%Ln fila por ahora, contando…</numerusform>
            <numerusform>%Ln filas por ahora, contando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Contando filas…</translation>
    </message>
    <message>
        <source>Export to JSON...</source>
        <translation>Exportar a JSON...</translation>
    </message>
    <message>
        <source>Write the rows shown (filtered, if filters apply) to a JSON file</source>
        <translation>Escribir las filas mostradas (filtradas, si hay filtros) en un archivo JSON</translation>
    </message>
    <message>
        <source>No table to export.</source>
        <translation>No hay ninguna tabla que exportar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>Volver a donde estaba</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avanzar de nuevo</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add a new row, saved with Save</source>
        <translation>Añadir una fila nueva, que se guarda con Guardar</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Mark the selected rows for deletion; Save deletes them</source>
        <translation>Marcar las filas seleccionadas para eliminarlas; Guardar las elimina</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected rows without their keys</source>
        <translation>Copiar las filas seleccionadas sin sus claves</translation>
    </message>
    <message>
        <source>Duplicate with Children...</source>
        <translation>Duplicar con hijas...</translation>
    </message>
    <message>
        <source>Copy the selected rows with their child rows and many-to-many links</source>
        <translation>Copiar las filas seleccionadas con sus filas hijas y sus vínculos de muchos a muchos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write the changes to the database in one transaction</source>
        <translation>Escribir los cambios en la base de datos en una sola transacción</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Set to NULL</source>
        <translation>Poner a NULL</translation>
    </message>
    <message>
        <source>The database that is open has unsaved changes.</source>
        <translation>La base de datos abierta tiene cambios sin guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n cambio sin guardar</numerusform>
            <numerusform>%n cambios sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>The row is not among the rows shown.</source>
        <translation>La fila no está entre las filas mostradas.</translation>
    </message>
    <message>
        <source>%1 has no key to name its rows by, so they cannot be edited here.</source>
        <translation>%1 no tiene una clave que identifique sus filas, así que no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>Duplicating needs a primary key</source>
        <translation>Para duplicar hace falta una clave primaria</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln change(s) to %1</source>
        <translation>
            <numerusform>%Ln cambio guardado en %1</numerusform>
            <numerusform>%Ln cambios guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln unsaved change(s). Save them?</source>
        <translation>
            <numerusform>%1 tiene %Ln cambio sin guardar. ¿Guardarlo?</numerusform>
            <numerusform>%1 tiene %Ln cambios sin guardar. ¿Guardarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save Changes</source>
        <translation>No se pueden guardar los cambios</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln row(s) were copied before this one)</source>
        <translation>
            <numerusform>%1 (se copió %Ln fila antes de esta)</numerusform>
            <numerusform>%1 (se copiaron %Ln filas antes de esta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %Ln row(s) of %1</source>
        <translation>
            <numerusform>%Ln fila de %1 duplicada</numerusform>
            <numerusform>%Ln filas de %1 duplicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Row</source>
        <translation>Revertir fila</translation>
    </message>
    <message>
        <source>Show in Diagram</source>
        <translation>Mostrar en el diagrama</translation>
    </message>
    <message>
        <source>Show this table&apos;s card on the Design page</source>
        <translation>Mostrar la tarjeta de esta tabla en la página «Diseño»</translation>
    </message>
    <message>
        <source>The cell being edited holds a value its column cannot take: %1 Fix it, or press Escape to drop it, then save.</source>
        <translation>La celda que se está editando contiene un valor que su columna no admite: %1 Corríjalo, o pulse Esc para descartarlo, y después guarde.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>Expected a whole number between %1 and %2.</source>
        <translation>Se esperaba un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>Expected a number, such as 12.34.</source>
        <translation>Se esperaba un número, como 12.34.</translation>
    </message>
    <message numerus="yes">
        <source>Expected a whole number of at most %n digit(s).</source>
        <translation>
            <numerusform>Se esperaba un número entero de %n dígito como máximo.</numerusform>
            <numerusform>Se esperaba un número entero de %n dígitos como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected a number with at most %1 digits before the decimal point and %2 after it.</source>
        <translation>Se esperaba un número con %1 dígitos como máximo antes del punto decimal y %2 después.</translation>
    </message>
    <message>
        <source>Expected a number between %1 and %2.</source>
        <translation>Se esperaba un número entre %1 y %2.</translation>
    </message>
    <message>
        <source>Expected a number, such as 3.14 or 1.5e-3.</source>
        <translation>Se esperaba un número, como 3.14 o 1.5e-3.</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Expected true or false (or 1 or 0, yes or no).</source>
        <translation>Se esperaba true o false (o 1 o 0, yes o no).</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, such as 2024-03-15.</source>
        <translation>Se esperaba una fecha como AAAA-MM-DD, por ejemplo 2024-03-15.</translation>
    </message>
    <message>
        <source>Expected a time as HH:MM:SS, such as 12:30:00.</source>
        <translation>Se esperaba una hora como HH:MM:SS, por ejemplo 12:30:00.</translation>
    </message>
    <message>
        <source>Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00, optionally with an offset such as +02:00.</source>
        <translation>Se esperaba una fecha y hora como AAAA-MM-DD HH:MM:SS, por ejemplo 2024-03-15 12:30:00, opcionalmente con un desfase como +02:00.</translation>
    </message>
    <message>
        <source>Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00.</source>
        <translation>Se esperaba una fecha y hora como AAAA-MM-DD HH:MM:SS, por ejemplo 2024-03-15 12:30:00.</translation>
    </message>
    <message>
        <source>Expected a UUID, such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Se esperaba un UUID, como 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Expected one JSON value, such as {&quot;a&quot;: 1}.</source>
        <translation>Se esperaba un único valor JSON, como {&quot;a&quot;: 1}.</translation>
    </message>
    <message>
        <source>Expected JSON, such as {&quot;a&quot;: 1}: %1 at character %2.</source>
        <translation>Se esperaba JSON, como {&quot;a&quot;: 1}: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>Expected a comma-separated list of: %1.</source>
        <translation>Se esperaba una lista separada por comas de: %1.</translation>
    </message>
    <message>
        <source>Expected one of: %1.</source>
        <translation>Se esperaba uno de: %1.</translation>
    </message>
    <message>
        <source>Expected bytes in hexadecimal, such as 0x48656c6c6f.</source>
        <translation>Se esperaban bytes en hexadecimal, como 0x48656c6c6f.</translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n byte(s), not %1.</source>
        <translation>
            <numerusform>Se esperaba %n byte como máximo, no %1.</numerusform>
            <numerusform>Se esperaban %n bytes como máximo, no %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n character(s), not %1.</source>
        <translation>
            <numerusform>Se esperaba %n carácter como máximo, no %1.</numerusform>
            <numerusform>Se esperaban %n caracteres como máximo, no %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copiar como Markdown</translation>
    </message>
    <message>
        <source>&amp;Save as Markdown...</source>
        <translation>&amp;Guardar como Markdown...</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Show the previous change</source>
        <translation>Muestra el cambio anterior</translation>
    </message>
    <message>
        <source>Show the next change</source>
        <translation>Muestra el cambio siguiente</translation>
    </message>
    <message>
        <source>Nothing is compared. View &gt; Compare with File... shows what changed since another version of the design.</source>
        <translation>No se está comparando nada. Ver &gt; Comparar con un archivo... muestra qué ha cambiado desde otra versión del diseño.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n cambio desde %1</numerusform>
            <numerusform>%n cambios desde %1</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The copies of the rows of &quot;%1&quot; that a deep copy takes along would need new values for %2, which must be unique and which the database does not generate; copy fewer levels of children.</source>
        <translation>Las copias de las filas de «%1» que arrastra una copia profunda necesitarían valores nuevos para %2, que deben ser únicos y que la base de datos no genera; copie menos niveles de hijos.</translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <source>No default</source>
        <translation>Sin valor predeterminado</translation>
    </message>
    <message>
        <source>Remove the default</source>
        <translation>Quitar el valor predeterminado</translation>
    </message>
</context>
<context>
    <name>ColumnsEditor</name>
    <message>
        <source>Add column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Eliminar columna</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add a column at the end (Insert)</source>
        <translation>Añadir una columna al final (Insert)</translation>
    </message>
    <message>
        <source>Delete the current column (Delete)</source>
        <translation>Eliminar la columna actual (Supr)</translation>
    </message>
    <message>
        <source>Default NULL</source>
        <translation>Valor predeterminado NULL</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Sin valor predeterminado</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Defaults to NULL</source>
        <translation>Valor predeterminado: NULL</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Sin valor predeterminado</translation>
    </message>
    <message>
        <source>Defaults to %1</source>
        <translation>Valor predeterminado: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Not null</source>
        <translation>No nulo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valor predeterminado</translation>
    </message>
    <message>
        <source>Auto increment</source>
        <translation>Autoincremento</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Parte de la clave primaria</translation>
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
    <message>
        <source>How the BLOBs were written: base64 (default) or hex.</source>
        <translation>Cómo se escribieron los BLOB: base64 (predeterminado) o hex.</translation>
    </message>
    <message>
        <source>The design the database was made from.</source>
        <translation>El diseño a partir del cual se creó la base de datos.</translation>
    </message>
    <message>
        <source>What export-json wrote; - for standard input.</source>
        <translation>Lo que escribió export-json; - para la entrada estándar.</translation>
    </message>
    <message>
        <source>import-json takes a database and a JSON file.</source>
        <translation>import-json requiere una base de datos y un archivo JSON.</translation>
    </message>
    <message>
        <source>--blobs takes base64 or hex.</source>
        <translation>--blobs recibe base64 o hex.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>schemata: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a graphical session, or use a command that needs no window:</source>
        <translation>schemata: no hay ninguna pantalla en la que abrir la ventana (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Ejecútelo en una sesión gráfica o use un comando que no necesite ventana:</translation>
    </message>
    <message>
        <source>schemata: the window cannot open: the window system did not answer. Run it in a graphical session, or use a command that needs no window (schemata --help lists them).</source>
        <translation>schemata: no se puede abrir la ventana: el sistema de ventanas no respondió. Ejecútelo en una sesión gráfica o use un comando que no necesite ventana (schemata --help los enumera).</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>schemata: unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation>schemata: comando desconocido &quot;%1&quot;; los comandos son %2.</translation>
    </message>
    <message>
        <source>schemata --help explains them; schemata FILE opens a design or a database.</source>
        <translation>schemata --help los explica; schemata FILE abre un diseño o una base de datos.</translation>
    </message>
    <message>
        <source>Also look for the password in the system keychain.</source>
        <translation>Buscar también la contraseña en el llavero del sistema.</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>sin tocar: %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>changes: %1 (%2)</source>
        <translation>cambios: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>diff --git takes the 7 arguments git gives an external diff driver.</source>
        <translation>diff --git requiere los 7 argumentos que git pasa a un controlador de diff externo.</translation>
    </message>
    <message>
        <source>Compare what the schemas become on this database: sqlite, postgresql or mysql.</source>
        <translation>Compara los esquemas tal como quedan en este motor de base de datos: sqlite, postgresql o mysql.</translation>
    </message>
    <message>
        <source>Table OLD of A is table NEW of B (repeatable).</source>
        <translation>La tabla OLD de A es la tabla NEW de B (se puede repetir).</translation>
    </message>
    <message>
        <source>Column OLD of TABLE (B&apos;s name) is its column NEW (repeatable).</source>
        <translation>La columna OLD de TABLE (nombre en B) es su columna NEW (se puede repetir).</translation>
    </message>
    <message>
        <source>Drop the tables of database A that design B does not have.</source>
        <translation>Elimina las tablas de la base de datos A que el diseño B no tiene.</translation>
    </message>
    <message>
        <source>Print the migration script that turns A into B (on the databases&apos; engine, or --dialect&apos;s).</source>
        <translation>Muestra el script de migración que convierte A en B (en el motor de las bases de datos o en el de --dialect).</translation>
    </message>
    <message>
        <source>A design file or a database.</source>
        <translation>Un archivo de diseño o una base de datos.</translation>
    </message>
    <message>
        <source>diff takes two designs or databases.</source>
        <translation>diff requiere dos diseños o bases de datos.</translation>
    </message>
    <message>
        <source>%1 is a %2 database and %3 a %4 one; give --dialect to compare them on one of the two.</source>
        <translation>%1 es una base de datos %2 y %3 una %4; indique --dialect para compararlas en uno de los dos motores.</translation>
    </message>
    <message>
        <source>--dialect %1 is not the database&apos;s engine (%2).</source>
        <translation>--dialect %1 no es el motor de la base de datos (%2).</translation>
    </message>
    <message>
        <source>The schemas cannot be compared.</source>
        <translation>No se pueden comparar los esquemas.</translation>
    </message>
    <message>
        <source>--sql needs --dialect when both sides are designs.</source>
        <translation>--sql requiere --dialect cuando los dos lados son diseños.</translation>
    </message>
    <message>
        <source>The design to describe.</source>
        <translation>El diseño que se va a describir.</translation>
    </message>
    <message>
        <source>describe takes one design file.</source>
        <translation>describe requiere un único archivo de diseño.</translation>
    </message>
    <message>
        <source>Print the plan and the data checks with their results; change nothing.</source>
        <translation>Muestra el plan y las comprobaciones de datos con sus resultados; no cambia nada.</translation>
    </message>
    <message>
        <source>Run changes that destroy data (dropped tables and columns, lossy type changes).</source>
        <translation>Ejecuta cambios que destruyen datos (tablas y columnas eliminadas, cambios de tipo con pérdida).</translation>
    </message>
    <message>
        <source>Drop the tables the design does not have.</source>
        <translation>Elimina las tablas que el diseño no tiene.</translation>
    </message>
    <message>
        <source>Table OLD of the database is NEW of the design.</source>
        <translation>La tabla OLD de la base de datos es la NEW del diseño.</translation>
    </message>
    <message>
        <source>Column OLD of TABLE is NEW.</source>
        <translation>La columna OLD de TABLE es NEW.</translation>
    </message>
    <message>
        <source>migrate takes a design and a database.</source>
        <translation>migrate requiere un diseño y una base de datos.</translation>
    </message>
    <message>
        <source>Left alone (not in the design; --drop-unmanaged drops them): %1</source>
        <translation>Sin tocar (no están en el diseño; --drop-unmanaged las elimina): %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1 has the design&apos;s structure.</source>
        <translation>Nada que hacer: %1 ya tiene la estructura del diseño.</translation>
    </message>
    <message numerus="yes">
        <source>Plan for %1 (%n step(s)):</source>
        <translation>
            <numerusform>Plan para %1 (%n paso):</numerusform>
            <numerusform>Plan para %1 (%n pasos):</numerusform>
        </translation>
    </message>
    <message>
        <source> [destroys data]</source>
        <translation> [destruye datos]</translation>
    </message>
    <message>
        <source>%1 commits each change by itself: a failure half-way leaves the steps before it done (and says how to undo them).</source>
        <translation>%1 confirma cada cambio por separado: un fallo a mitad de camino deja hechos los pasos anteriores (e indica cómo deshacerlos).</translation>
    </message>
    <message>
        <source>Data checks:</source>
        <translation>Comprobaciones de datos:</translation>
    </message>
    <message>
        <source>  ok: %1</source>
        <translation>  correcto: %1</translation>
    </message>
    <message>
        <source>  could not check %1: %2</source>
        <translation>  no se pudo comprobar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1: %n row(s); first: %2</source>
        <translation>
            <numerusform>  FALLÓ: %1: %n fila; primera: %2</numerusform>
            <numerusform>  FALLÓ: %1: %n filas; primeras: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the rows above would make the migration fail.</source>
        <translation>No se ha cambiado nada: las filas anteriores harían fallar la migración.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: the steps marked [destroys data] need --allow-data-loss.</source>
        <translation>No se ha cambiado nada: los pasos marcados con [destruye datos] requieren --allow-data-loss.</translation>
    </message>
    <message>
        <source>step %1 of %2 done</source>
        <translation>paso %1 de %2 hecho</translation>
    </message>
    <message>
        <source>These steps ran and stay:</source>
        <translation>Estos pasos se ejecutaron y se mantienen:</translation>
    </message>
    <message>
        <source>These statements undo them:</source>
        <translation>Estas sentencias los deshacen:</translation>
    </message>
    <message>
        <source>The data of these steps is gone for good: %1</source>
        <translation>Los datos de estos pasos se han perdido para siempre: %1</translation>
    </message>
    <message numerus="yes">
        <source>Migrated %1: %n step(s).</source>
        <translation>
            <numerusform>Se ha migrado %1: %n paso.</numerusform>
            <numerusform>Se ha migrado %1: %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the statements each migration ran.</source>
        <translation>Muestra las sentencias que ejecutó cada migración.</translation>
    </message>
    <message>
        <source>history takes one database.</source>
        <translation>history requiere una única base de datos.</translation>
    </message>
    <message>
        <source>No migration has been recorded in %1.</source>
        <translation>No hay ninguna migración registrada en %1.</translation>
    </message>
    <message>
        <source>DESIGN.xml [--json]</source>
        <translation>DESIGN.xml [--json]</translation>
    </message>
    <message>
        <source>Load a design; print its tables, columns, relations and keys, its relationships (one-to-many, many-to-many, inheritance, ...), every warning and every error that would stop it from becoming a database (then exit status 4). --json prints one JSON object instead.</source>
        <translation>Carga un diseño y muestra sus tablas, columnas, relaciones y claves, sus tipos de relación (uno a muchos, muchos a muchos, herencia, ...) y cada advertencia y cada error que impediría convertirlo en una base de datos (entonces el código de salida es 4). --json muestra en su lugar un único objeto JSON.</translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT]</source>
        <translation>DESIGN.xml [-o OUT]</translation>
    </message>
    <message>
        <source>Load a design and save it without edits, in WWW SQL Designer&apos;s layout (to standard output without -o).</source>
        <translation>Carga un diseño y lo guarda sin modificaciones, con la disposición de WWW SQL Designer (en la salida estándar si no se indica -o).</translation>
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
        <translation>Muestra el DDL que crea el diseño en sqlite (predeterminado), postgresql o mysql.</translation>
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
        <translation>Crea las tablas del diseño en DATABASE, todo o nada. Si ya existen tablas con los mismos nombres, se rechaza la operación, salvo que se indique --replace.</translation>
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
        <translation>Rellena las tablas con filas generadas que respetan tipos, tamaños, claves, claves foráneas, árboles, pares muchos a muchos y herencia, todo o nada; muestra las filas por tabla. --rows N por tabla (predeterminado: 100), --rows TABLE=N para una sola (se puede repetir); --seed S (predeterminado: 1; la misma semilla genera las mismas filas); --tables A,B rellena solo esas, haciendo referencia a las filas de sus tablas padre; --design: el diseño a partir del cual se creó la base de datos, para su herencia.</translation>
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
        <translation>Copia una fila sin su clave generada y muestra la clave de la copia. KEY es la clave primaria (a,b si es compuesta); --set asigna un valor a una columna de la copia (las columnas únicas lo necesitan); --deep copia también los hijos de la fila (hasta --depth niveles, predeterminado: 1) y sus vínculos muchos a muchos. Todo o nada.</translation>
    </message>
    <message>
        <source>DATABASE [-o OUT.json] [--tables A,B] [--pretty] [--blobs base64|hex|skip]</source>
        <translation>DATABASE [-o OUT.json] [--tables A,B] [--pretty] [--blobs base64|hex|skip]</translation>
    </message>
    <message>
        <source>Write every table as JSON, {&quot;table&quot;: [rows]}, parents first, one row per line (--pretty: indented), BLOBs as base64 (or hex, or left out); to standard output without -o.</source>
        <translation>Escribe cada tabla como JSON, {&quot;table&quot;: [rows]}, primero las tablas padre, una fila por línea (--pretty: con sangría), los BLOB en base64 (o en hex, u omitidos); en la salida estándar si no se indica -o.</translation>
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
        <translation>Carga lo que escribió export-json (- lee la entrada estándar) en una base de datos con las mismas tablas, todo o nada, con las claves tal como vienen; muestra las filas por tabla. --blobs hex si los BLOB se exportaron así; --design: el diseño a partir del cual se creó la base de datos.</translation>
    </message>
    <message>
        <source>A B</source>
        <translation>A B</translation>
    </message>
    <message>
        <source>Print the changes that turn A into B, each a design file or a database, one a line with its risk: safe, may-fail (on existing rows) or data-loss; exit status 6 when there are any. Against a database, compares on its engine and leaves alone the tables the design lacks; two designs compare as written, or on --dialect&apos;s engine. Renames recorded in a design are renames; --rename-table and --rename-column pair others (a backslash escapes =, : and itself in names). --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE is git&apos;s external diff driver (diff.schemata.command), and always exits 0.</source>
        <translation>Muestra los cambios que convierten A en B (cada uno, un archivo de diseño o una base de datos), uno por línea con su riesgo: safe, may-fail (con las filas existentes) o data-loss; código de salida 6 si hay alguno. Frente a una base de datos, compara en su motor y no toca las tablas que le faltan al diseño; dos diseños se comparan tal como están escritos, o en el motor de --dialect. Los cambios de nombre registrados en un diseño se tratan como tales; --rename-table y --rename-column emparejan otros (una barra invertida escapa =, : y a sí misma en los nombres). --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE es el controlador de diff externo de git (diff.schemata.command) y siempre termina con 0.</translation>
    </message>
    <message>
        <source>Run as git&apos;s external diff driver, on the 7 arguments git gives.</source>
        <translation>Se ejecuta como controlador de diff externo de git, con los 7 argumentos que pasa git.</translation>
    </message>
    <message>
        <source>DESIGN.xml</source>
        <translation>DESIGN.xml</translation>
    </message>
    <message>
        <source>Print the design as sorted, canonical text: tables by name with their columns, keys and foreign keys, without positions or colours; for git&apos;s textconv (diff.schemata.textconv).</source>
        <translation>Muestra el diseño como texto canónico y ordenado: las tablas por nombre con sus columnas, claves y claves foráneas, sin posiciones ni colores; para el textconv de git (diff.schemata.textconv).</translation>
    </message>
    <message>
        <source>DESIGN.xml DATABASE [--dry-run] [--allow-data-loss] [--drop-unmanaged] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]...</source>
        <translation>DESIGN.xml DATABASE [--dry-run] [--allow-data-loss] [--drop-unmanaged] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]...</translation>
    </message>
    <message>
        <source>Bring the database to the design&apos;s structure, keeping every row of the columns it keeps: renames recorded in the design (or given with --rename-table and --rename-column) rename, tables the design lacks are left alone. Changes that may fail on the rows there are checked first; a failed check (or a change that destroys data, without --allow-data-loss) changes nothing and exits 7. SQLite and PostgreSQL migrate in one transaction; MariaDB step by step, reporting what ran. --dry-run prints the plan, the checks and the script (exit 6 when something would change). Each migration is recorded in the table schemata_migrations.</source>
        <translation>Lleva la base de datos a la estructura del diseño, conservando cada fila de las columnas que se mantienen: los cambios de nombre registrados en el diseño (o indicados con --rename-table y --rename-column) renombran, y las tablas que le faltan al diseño no se tocan. Los cambios que pueden fallar con las filas existentes se comprueban antes; una comprobación fallida (o un cambio que destruye datos, sin --allow-data-loss) no cambia nada y termina con 7. SQLite y PostgreSQL migran en una sola transacción; MariaDB, paso a paso, informando de lo que se ejecutó. --dry-run muestra el plan, las comprobaciones y el script (código 6 si algo cambiaría). Cada migración se registra en la tabla schemata_migrations.</translation>
    </message>
    <message>
        <source>Table OLD of the database is NEW of the design (a backslash escapes = and itself).</source>
        <translation>La tabla OLD de la base de datos es la NEW del diseño (una barra invertida escapa = y a sí misma).</translation>
    </message>
    <message>
        <source>Column OLD of TABLE is NEW (a backslash escapes :, = and itself).</source>
        <translation>La columna OLD de TABLE es NEW (una barra invertida escapa :, = y a sí misma).</translation>
    </message>
    <message>
        <source>DATABASE [--statements]</source>
        <translation>DATABASE [--statements]</translation>
    </message>
    <message>
        <source>List the migrations recorded in the database: number, time (UTC), design file and the start of its SHA-256; --statements adds what each ran.</source>
        <translation>Lista las migraciones registradas en la base de datos: número, hora (UTC), archivo de diseño y el comienzo de su SHA-256; --statements añade lo que ejecutó cada una.</translation>
    </message>
    <message>
        <source>With a command that takes a DATABASE: also look for its password in the system keychain.</source>
        <translation>Con un comando que recibe una DATABASE: buscar también su contraseña en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>wrong usage</source>
        <translation>uso incorrecto</translation>
    </message>
    <message>
        <source>the input cannot be read</source>
        <translation>no se puede leer la entrada</translation>
    </message>
    <message>
        <source>the output cannot be written</source>
        <translation>no se puede escribir la salida</translation>
    </message>
    <message>
        <source>the design has errors (nothing ran)</source>
        <translation>el diseño tiene errores (no se ejecutó nada)</translation>
    </message>
    <message>
        <source>the database cannot be reached or refused the change</source>
        <translation>no se puede acceder a la base de datos o esta rechazó el cambio</translation>
    </message>
    <message>
        <source>the two schemas differ (diff), or a dry run would change the database (migrate --dry-run)</source>
        <translation>los dos esquemas difieren (diff), o una simulación cambiaría la base de datos (migrate --dry-run)</translation>
    </message>
    <message>
        <source>a data check failed, or a change destroys data and --allow-data-loss was not given; nothing was changed</source>
        <translation>falló una comprobación de datos, o un cambio destruye datos y no se indicó --allow-data-loss; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>Design relational schemas in the file format of WWW SQL Designer, map them to SQLite, PostgreSQL and MariaDB, and browse their data.</source>
        <translation>Diseña esquemas relacionales en el formato de archivo de WWW SQL Designer, los traslada a SQLite, PostgreSQL y MariaDB y permite examinar sus datos.</translation>
    </message>
    <message>
        <source>Without a command, opens FILE in the window: a design, or a database (an SQLite file or a URL).</source>
        <translation>Sin un comando, abre FILE en la ventana: un diseño o una base de datos (un archivo SQLite o una URL).</translation>
    </message>
    <message>
        <source>DATABASE is an SQLite file, or a URL postgresql://user@host:port/database or mysql://user@host:port/database (also MariaDB). The password comes from the URL, else from PGPASSWORD or MYSQL_PWD, else (with --keychain) from the system keychain, else it is asked for.</source>
        <translation>DATABASE es un archivo SQLite o una URL postgresql://user@host:port/database o mysql://user@host:port/database (también MariaDB). La contraseña se toma de la URL; si no, de PGPASSWORD o MYSQL_PWD; si no (con --keychain), del llavero del sistema; si no, se solicita.</translation>
    </message>
    <message>
        <source>The password for a %1 server whose URL has none.</source>
        <translation>La contraseña de un servidor %1 cuya URL no la incluye.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Código de salida:</translation>
    </message>
    <message>
        <source>Write an Alembic revision that turns design A into design B, and back.</source>
        <translation>Escribe una revisión de Alembic que convierte el diseño A en el diseño B, y a la inversa.</translation>
    </message>
    <message>
        <source>The Alembic revision&apos;s id.</source>
        <translation>El identificador de la revisión de Alembic.</translation>
    </message>
    <message>
        <source>The revision it follows (none: the first).</source>
        <translation>La revisión a la que sigue (ninguna: la primera).</translation>
    </message>
    <message>
        <source>Write the revision to OUT instead of standard output.</source>
        <translation>Escribir la revisión en OUT en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>--alembic takes two designs and --revision ID.</source>
        <translation>--alembic recibe dos diseños y --revision ID.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>A B [--json | --sql | --alembic --revision ID [--down-revision ID] [-o OUT]] [--dialect sqlite|postgresql|mysql] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]... [--drop-unmanaged]</source>
        <translation>A B [--json | --sql | --alembic --revision ID [--down-revision ID] [-o OUT]] [--dialect sqlite|postgresql|mysql] [--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]... [--drop-unmanaged]</translation>
    </message>
    <message>
        <source>Write to OUT (.html, or .md with the diagram beside it as .svg) instead of standard output.</source>
        <translation>Escribe en OUT (.html, o .md con el diagrama al lado como .svg) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>html (default, or from OUT&apos;s extension) or markdown.</source>
        <translation>html (predeterminado, o según la extensión de OUT) o markdown.</translation>
    </message>
    <message>
        <source>A design file, an SQLite file or a URL.</source>
        <translation>Un archivo de diseño, un archivo SQLite o una URL.</translation>
    </message>
    <message>
        <source>export-docs takes one design or database.</source>
        <translation>export-docs requiere un único diseño o base de datos.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use html or markdown.</source>
        <translation>Formato desconocido &quot;%1&quot;: use html o markdown.</translation>
    </message>
    <message>
        <source>export-dbml takes one design file.</source>
        <translation>export-dbml requiere un único archivo de diseño.</translation>
    </message>
    <message>
        <source>export-mermaid takes one design file.</source>
        <translation>export-mermaid requiere un único archivo de diseño.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with iconv.</source>
        <translation>%1 no es texto UTF-8; conviértalo primero, por ejemplo con iconv.</translation>
    </message>
    <message>
        <source>Nothing in %1 says which database it was written for; reading it as %2 (--dialect chooses).</source>
        <translation>Nada en %1 indica para qué base de datos se escribió; se lee como %2 (--dialect lo elige).</translation>
    </message>
    <message>
        <source>Guessed %1 from %2 (--dialect chooses).</source>
        <translation>Se ha deducido %1 a partir de %2 (--dialect lo elige).</translation>
    </message>
    <message>
        <source>--dialect takes sqlite, postgresql or mysql, not &quot;%1&quot;.</source>
        <translation>--dialect requiere sqlite, postgresql o mysql, no &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>No design was written: %n statement(s) failed. --keep-going writes the design of what imported.</source>
        <translation>
            <numerusform>No se ha escrito ningún diseño: ha fallado %n sentencia. --keep-going escribe el diseño de lo que se ha importado.</numerusform>
            <numerusform>No se ha escrito ningún diseño: han fallado %n sentencias. --keep-going escribe el diseño de lo que se ha importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database an SQL script was written for: sqlite, postgresql or mysql (default: guessed).</source>
        <translation>La base de datos para la que se escribió un script SQL: sqlite, postgresql o mysql (predeterminado: deducida).</translation>
    </message>
    <message>
        <source>Write the design of what imported even when statements of the script failed.</source>
        <translation>Escribe el diseño de lo que se ha importado aunque hayan fallado sentencias del script.</translation>
    </message>
    <message>
        <source>An SQLite file, a URL, an SQL script or a DBML file.</source>
        <translation>Un archivo SQLite, una URL, un script SQL o un archivo DBML.</translation>
    </message>
    <message>
        <source>import takes one database, SQL script or DBML file.</source>
        <translation>import requiere una única base de datos, script SQL o archivo DBML.</translation>
    </message>
    <message>
        <source>--dialect and --keep-going are for SQL scripts; %1 is not one.</source>
        <translation>--dialect y --keep-going son para scripts SQL; %1 no lo es.</translation>
    </message>
    <message>
        <source>The design does not match %1. Migrating it to the design would:</source>
        <translation>El diseño no coincide con %1. Migrarla al diseño haría lo siguiente:</translation>
    </message>
    <message>
        <source>Bring the database to the design first (schemata migrate DESIGN.xml DATABASE), give the design it was made from, or leave out --design.</source>
        <translation>Lleve primero la base de datos al diseño (schemata migrate DESIGN.xml DATABASE), indique el diseño a partir del cual se creó u omita --design.</translation>
    </message>
    <message>
        <source>declarative (default): declarative_base classes; classical: Table objects and registry.map_imperatively().</source>
        <translation>declarative (predeterminado): clases declarative_base; classical: objetos Table y registry.map_imperatively().</translation>
    </message>
    <message>
        <source>Add factory_boy factories for the models, parents first.</source>
        <translation>Añade factorías de factory_boy para los modelos, primero las de las tablas padre.</translation>
    </message>
    <message>
        <source>export-models takes one design file.</source>
        <translation>export-models requiere un único archivo de diseño.</translation>
    </message>
    <message>
        <source>Unknown style &quot;%1&quot;; use declarative or classical.</source>
        <translation>Estilo desconocido &quot;%1&quot;; use declarative o classical.</translation>
    </message>
    <message>
        <source>The design has errors; no models were written.</source>
        <translation>El diseño tiene errores; no se ha escrito ningún modelo.</translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT.dbml]</source>
        <translation>DESIGN.xml [-o OUT.dbml]</translation>
    </message>
    <message>
        <source>Write the design as DBML (dbdiagram.io&apos;s language): tables, columns with their settings, indexes, refs with their actions, enums, areas as TableGroups and notes; to standard output without -o. import reads it back.</source>
        <translation>Escribe el diseño como DBML (el lenguaje de dbdiagram.io): tablas, columnas con sus ajustes, índices, refs con sus acciones, enums, áreas como TableGroups y notas; en la salida estándar sin -o. import lo vuelve a leer.</translation>
    </message>
    <message>
        <source>DESIGN.xml [-o OUT.mmd]</source>
        <translation>DESIGN.xml [-o OUT.mmd]</translation>
    </message>
    <message>
        <source>Write the design as a Mermaid erDiagram, as GitHub renders it: an entity per table, a relationship per foreign key with cardinalities from its keys and nullability; to standard output without -o.</source>
        <translation>Escribe el diseño como un erDiagram de Mermaid, tal como lo muestra GitHub: una entidad por tabla, una relación por clave foránea con cardinalidades según sus claves y su nulabilidad; en la salida estándar sin -o.</translation>
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
        <translation>Escribe el diseño como un módulo de Python con modelos de SQLAlchemy 1.4 (en la salida estándar sin -o): clases declarativas (predeterminado) u objetos Table clásicos con mapeos imperativos, con las relaciones que forman las claves del diseño (uno a muchos, autorreferenciales, muchos a muchos, herencia joined y single-table). Su create_all crea las mismas tablas que apply, en SQLite, PostgreSQL y MariaDB.</translation>
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
        <translation>Escribe un diccionario de datos de un diseño o una base de datos: índice, el diagrama, las columnas de cada tabla (tipo, NULL, valor predeterminado, claves, comentario), claves e índices y relaciones entrantes y salientes, enlazados, y los problemas que encuentra check; de una base de datos, también el número de filas. Una página HTML autónoma, o Markdown con el diagrama como archivo SVG al lado.</translation>
    </message>
    <message>
        <source>Update this design to the database&apos;s structure, keeping its layout.</source>
        <translation>Actualiza este diseño a la estructura de la base de datos, conservando su disposición.</translation>
    </message>
    <message>
        <source>DATABASE|SCRIPT.sql|FILE.dbml [--dialect sqlite|postgresql|mysql] [--keep-going] [--into DESIGN.xml] [-o DESIGN.xml]</source>
        <translation>DATABASE|SCRIPT.sql|FILE.dbml [--dialect sqlite|postgresql|mysql] [--keep-going] [--into DESIGN.xml] [-o DESIGN.xml]</translation>
    </message>
    <message>
        <source>Read an existing database, an SQL script (a schema file, a dump) or a DBML file into a design; which one is told by what it holds. A script&apos;s dialect is guessed unless --dialect gives it; every statement that is skipped (settings, data, views, routines) or fails is listed with its line, and when one fails no design is written (exit status 4) unless --keep-going. SQLite scripts run in an in-memory database that cannot reach files; MariaDB/MySQL scripts are parsed; PostgreSQL scripts are parsed with PostgreSQL&apos;s own grammar. New tables get grid positions. With --into DESIGN.xml and a database, update that design to the database&apos;s structure instead: new tables are placed next to their neighbours, dropped ones removed, changed columns updated, and everything else (positions, colours, comments, notes) kept; the changes are listed on standard error, and an unchanged database changes no byte of the design.</source>
        <translation>Lee una base de datos existente, un script SQL (un archivo de esquema, un volcado) o un archivo DBML en un diseño; cuál es lo dice su contenido. El dialecto de un script se adivina salvo que --dialect lo indique; cada sentencia omitida (ajustes, datos, vistas, rutinas) o fallida se lista con su línea, y si alguna falla no se escribe ningún diseño (estado de salida 4) salvo con --keep-going. Los scripts de SQLite se ejecutan en una base de datos en memoria que no alcanza archivos; los de MariaDB/MySQL se analizan; los de PostgreSQL se analizan con la propia gramática de PostgreSQL. Las tablas nuevas reciben posiciones en cuadrícula. Con --into DESIGN.xml y una base de datos, actualiza en su lugar ese diseño a la estructura de la base de datos: las tablas nuevas se colocan junto a sus vecinas, las eliminadas se quitan, las columnas cambiadas se actualizan y todo lo demás (posiciones, colores, comentarios, notas) se conserva; los cambios se listan en la salida de error estándar, y una base de datos sin cambios no cambia ni un byte del diseño.</translation>
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
    <message>
        <source>TLS to %1 needs the system&apos;s certificate folder %2, which does not exist.</source>
        <translation>TLS con %1 necesita la carpeta de certificados del sistema %2, que no existe.</translation>
    </message>
    <message>
        <source>%1 does not offer TLS, which was required; the connection was closed.</source>
        <translation>%1 no ofrece TLS, que era obligatorio; se ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>la base de datos no indicó ningún motivo</translation>
    </message>
</context>
<context>
    <name>DataDictionary</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
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
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1: data dictionary</source>
        <translation>%1: diccionario de datos</translation>
    </message>
    <message>
        <source>Made by Schemata from %1.</source>
        <translation>Generado por Schemata a partir de %1.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Keys and indexes</source>
        <translation>Claves e índices</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>hace referencia a</translation>
    </message>
    <message>
        <source>referred to by</source>
        <translation>referenciada por</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
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
        <source>The URL names no database: add /DATABASE after the host.</source>
        <translation>La URL no indica ninguna base de datos: añada /DATABASE después del host.</translation>
    </message>
    <message>
        <source>%1 connections take sslmode %2, not &quot;%3&quot;.</source>
        <translation>Las conexiones %1 admiten sslmode %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a database address: &quot;%2&quot; is not a kind of database. Give an SQLite file, or a URL such as postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation>%1 no es una dirección de base de datos: &quot;%2&quot; no es un tipo de base de datos. Indique un archivo SQLite o una URL como postgresql://user@host:5432/database o mysql://user@host:3306/database.</translation>
    </message>
    <message>
        <source>The port %1 in %2 is not a number from 1 to 65535.</source>
        <translation>El puerto %1 de %2 no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>El puerto de %1 no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>%1 contains a space, which a URL cannot hold: write it as %2.</source>
        <translation>%1 contiene un espacio, que una URL no puede contener: escríbalo como %2.</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not followed by two hexadecimal digits: write a %2 sign (in a password, say) as %3.</source>
        <translation>%1 contiene un %2 que no va seguido de dos dígitos hexadecimales: escriba el signo %2 (en una contraseña, por ejemplo) como %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; a database address reads postgresql://user@host:5432/database or mysql://user@host:3306/database.</source>
        <translation>%1 no es una URL válida; una dirección de base de datos tiene la forma postgresql://user@host:5432/database o mysql://user@host:3306/database.</translation>
    </message>
</context>
<context>
    <name>DatabaseTargetWidget</name>
    <message>
        <source>SQLite file</source>
        <translation>Archivo SQLite</translation>
    </message>
    <message>
        <source>Paste a URL: postgresql://user@host:5432/database</source>
        <translation>Pegue una URL: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>A new or existing file</source>
        <translation>Un archivo nuevo o existente</translation>
    </message>
    <message>
        <source>An existing file</source>
        <translation>Un archivo existente</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>&amp;Nombre de la base de datos:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>Empty: %1 when set</source>
        <translation>Vacío: %1 si está definida</translation>
    </message>
    <message>
        <source>Client default</source>
        <translation>Predeterminado del cliente</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Desactivado (disable)</translation>
    </message>
    <message>
        <source>When the server insists (allow)</source>
        <translation>Si el servidor lo exige (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Si el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Obligatorio (require)</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>Obligatorio, con comprobación del certificado (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and host name checked (verify-full)</source>
        <translation>Obligatorio, con comprobación del certificado y del nombre de host (verify-full)</translation>
    </message>
    <message>
        <source>A URL starts with postgresql://, mysql:// or file://.</source>
        <translation>Una URL empieza por postgresql://, mysql:// o file://.</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>Elija el archivo SQLite.</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation>Base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>archivo SQLite %1</translation>
    </message>
    <message>
        <source>%1 database “%2” on %3</source>
        <translation>base de datos %1 «%2» en %3</translation>
    </message>
    <message>
        <source>%1 database “%2” on %3 as %4</source>
        <translation>base de datos %1 «%2» en %3 como %4</translation>
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
    <name>DbmlReader</name>
    <message>
        <source>The name in double quotes is not closed on its line.</source>
        <translation>El nombre entre comillas dobles no se cierra en su línea.</translation>
    </message>
    <message>
        <source>The string is not closed on its line: close it with &apos; or write a multi-line string in &apos;&apos;&apos;.</source>
        <translation>La cadena no se cierra en su línea: ciérrela con &apos; o escriba una cadena de varias líneas entre &apos;&apos;&apos;.</translation>
    </message>
    <message>
        <source>The multi-line string is not closed with &apos;&apos;&apos;.</source>
        <translation>La cadena de varias líneas no se cierra con &apos;&apos;&apos;.</translation>
    </message>
    <message>
        <source>The comment is not closed with */.</source>
        <translation>El comentario no se cierra con */.</translation>
    </message>
    <message>
        <source>The expression is not closed with `.</source>
        <translation>La expresión no se cierra con `.</translation>
    </message>
    <message>
        <source>Unexpected character %1.</source>
        <translation>Carácter inesperado %1.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Se esperaba %1, pero se encontró %2.</translation>
    </message>
    <message>
        <source>Expected %1 in quotes, found %2.</source>
        <translation>Se esperaba %1 entre comillas, pero se encontró %2.</translation>
    </message>
    <message>
        <source>TablePartial is not supported: write its columns in the tables.</source>
        <translation>TablePartial no se admite: escriba sus columnas en las tablas.</translation>
    </message>
    <message>
        <source>Expected Table, Ref, Enum, TableGroup, Project or Note, found %1.</source>
        <translation>Se esperaba Table, Ref, Enum, TableGroup, Project o Note, pero se encontró %1.</translation>
    </message>
    <message>
        <source>a table name</source>
        <translation>un nombre de tabla</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>un alias</translation>
    </message>
    <message>
        <source>to open the table</source>
        <translation>para abrir la tabla</translation>
    </message>
    <message>
        <source>The table %1 is not closed with }.</source>
        <translation>La tabla %1 no se cierra con }.</translation>
    </message>
    <message>
        <source>TablePartial is not supported: write its columns in the table.</source>
        <translation>TablePartial no se admite: escriba sus columnas en la tabla.</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>un nombre de columna</translation>
    </message>
    <message>
        <source>The column %1 needs a type on its line.</source>
        <translation>La columna %1 necesita un tipo en su línea.</translation>
    </message>
    <message>
        <source>The type of %1 is not closed with ).</source>
        <translation>El tipo de %1 no se cierra con ).</translation>
    </message>
    <message>
        <source>Expected the end of the line after column %1, found %2.</source>
        <translation>Se esperaba el final de la línea después de la columna %1, pero se encontró %2.</translation>
    </message>
    <message>
        <source>a column or (columns)</source>
        <translation>una columna o (columnas)</translation>
    </message>
    <message>
        <source>between the columns</source>
        <translation>entre las columnas</translation>
    </message>
    <message>
        <source>to open the settings</source>
        <translation>para abrir los ajustes</translation>
    </message>
    <message>
        <source>between settings</source>
        <translation>entre ajustes</translation>
    </message>
    <message>
        <source>Expected a setting, found %1.</source>
        <translation>Se esperaba un ajuste, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected &gt;, &lt;, - or &lt;&gt; after ref:, found %1.</source>
        <translation>Se esperaba &gt;, &lt;, - o &lt;&gt; después de ref:, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected a value, found %1.</source>
        <translation>Se esperaba un valor, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected table.column, found %1 alone.</source>
        <translation>Se esperaba tabla.columna, pero se encontró solo %1.</translation>
    </message>
    <message>
        <source>Expected &gt;, &lt;, - or &lt;&gt; between the two sides, found %1.</source>
        <translation>Se esperaba &gt;, &lt;, - o &lt;&gt; entre los dos lados, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Unknown action %1: write cascade, restrict, set null, set default or no action.</source>
        <translation>Acción desconocida %1: escriba cascade, restrict, set null, set default o no action.</translation>
    </message>
    <message>
        <source>a name, : or {</source>
        <translation>un nombre, : o {</translation>
    </message>
    <message>
        <source>or : after Ref</source>
        <translation>o : después de Ref</translation>
    </message>
    <message>
        <source>The Ref is not closed with }.</source>
        <translation>La Ref no se cierra con }.</translation>
    </message>
    <message>
        <source>an enum name</source>
        <translation>un nombre de enum</translation>
    </message>
    <message>
        <source>to open the enum</source>
        <translation>para abrir el enum</translation>
    </message>
    <message>
        <source>an enum value</source>
        <translation>un valor de enum</translation>
    </message>
    <message>
        <source>a group name</source>
        <translation>un nombre de grupo</translation>
    </message>
    <message>
        <source>to open the group</source>
        <translation>para abrir el grupo</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>to close the note</source>
        <translation>para cerrar la nota</translation>
    </message>
    <message>
        <source>a project name</source>
        <translation>un nombre de proyecto</translation>
    </message>
    <message>
        <source>to open the project</source>
        <translation>para abrir el proyecto</translation>
    </message>
    <message>
        <source>The Project is not closed with }.</source>
        <translation>El Project no se cierra con }.</translation>
    </message>
    <message>
        <source>a project setting</source>
        <translation>un ajuste del proyecto</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de %1</translation>
    </message>
    <message>
        <source>a note name</source>
        <translation>un nombre de nota</translation>
    </message>
    <message>
        <source>to open the note</source>
        <translation>para abrir la nota</translation>
    </message>
    <message>
        <source>Expected %1 %2, found %3.</source>
        <translation>Se esperaba %1 %2, pero se encontró %3.</translation>
    </message>
    <message>
        <source>The table %1 is defined twice: references name the first.</source>
        <translation>La tabla %1 está definida dos veces: las referencias nombran la primera.</translation>
    </message>
    <message>
        <source>The column %1 is defined twice in %2: references name the first.</source>
        <translation>La columna %1 está definida dos veces en %2: las referencias nombran la primera.</translation>
    </message>
    <message>
        <source>The column setting %1 is not kept.</source>
        <translation>El ajuste de columna %1 no se conserva.</translation>
    </message>
    <message>
        <source>The index setting %1 is not kept.</source>
        <translation>El ajuste de índice %1 no se conserva.</translation>
    </message>
    <message>
        <source>The index of %1 names %2, which is no column of it.</source>
        <translation>El índice de %1 nombra %2, que no es una columna suya.</translation>
    </message>
    <message>
        <source>The schemata setting %1 is not known.</source>
        <translation>El ajuste de schemata %1 es desconocido.</translation>
    </message>
    <message>
        <source>The many-to-many reference between %1 and %2 is not kept: add the table that links them.</source>
        <translation>La referencia de muchos a muchos entre %1 y %2 no se conserva: añada la tabla que las une.</translation>
    </message>
    <message>
        <source>No table %1.</source>
        <translation>No hay ninguna tabla %1.</translation>
    </message>
    <message>
        <source>The two sides have %1 and %2 columns.</source>
        <translation>Los dos lados tienen %1 y %2 columnas.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>La tabla %1 no tiene ninguna columna %2.</translation>
    </message>
    <message>
        <source>No table %1: the reference keeps its name.</source>
        <translation>No hay ninguna tabla %1: la referencia conserva su nombre.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2: the reference keeps its name.</source>
        <translation>La tabla %1 no tiene ninguna columna %2: la referencia conserva su nombre.</translation>
    </message>
    <message>
        <source>The group %1 names %2, which is no table.</source>
        <translation>El grupo %1 nombra %2, que no es una tabla.</translation>
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
    <message>
        <source>Schemata cannot check the default %1 for %2; the server checks it when the design is applied.</source>
        <translation>Schemata no puede comprobar el valor predeterminado %1 para %2; el servidor lo comprueba al aplicar el diseño.</translation>
    </message>
    <message>
        <source>Another table has a key or index named &quot;%1&quot; too: MariaDB takes that, SQLite and PostgreSQL do not.</source>
        <translation>Otra tabla también tiene una clave o un índice llamado «%1»: MariaDB lo acepta, SQLite y PostgreSQL no.</translation>
    </message>
</context>
<context>
    <name>DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Mover %n objeto</numerusform>
            <numerusform>Mover %n objetos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>Add table %1</source>
        <translation>Añadir la tabla %1</translation>
    </message>
    <message>
        <source>Rename table %1 to %2</source>
        <translation>Renombrar la tabla %1 a %2</translation>
    </message>
    <message>
        <source>Edit comment of %1</source>
        <translation>Editar el comentario de %1</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n table(s)</source>
        <translation>
            <numerusform>Fijar %n tabla</numerusform>
            <numerusform>Fijar %n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n table(s)</source>
        <translation>
            <numerusform>Liberar %n tabla</numerusform>
            <numerusform>Liberar %n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>Add column %1.%2</source>
        <translation>Añadir la columna %1.%2</translation>
    </message>
    <message>
        <source>Edit column %1.%2</source>
        <translation>Editar la columna %1.%2</translation>
    </message>
    <message>
        <source>Delete column %1.%2</source>
        <translation>Eliminar la columna %1.%2</translation>
    </message>
    <message>
        <source>Move column %1.%2</source>
        <translation>Mover la columna %1.%2</translation>
    </message>
    <message>
        <source>Add %1.%2 to the primary key</source>
        <translation>Añadir %1.%2 a la clave primaria</translation>
    </message>
    <message>
        <source>Remove %1.%2 from the primary key</source>
        <translation>Quitar %1.%2 de la clave primaria</translation>
    </message>
    <message>
        <source>Edit keys of %1</source>
        <translation>Editar las claves de %1</translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3.%4</source>
        <translation>Conectar %1.%2 con %3.%4</translation>
    </message>
    <message>
        <source>Create foreign key from %1 to %2</source>
        <translation>Crear una clave foránea de %1 a %2</translation>
    </message>
    <message>
        <source>Edit actions of a foreign key of %1</source>
        <translation>Editar las acciones de una clave foránea de %1</translation>
    </message>
    <message>
        <source>Create many-to-many between %1 and %2</source>
        <translation>Crear una relación muchos a muchos entre %1 y %2</translation>
    </message>
    <message>
        <source>Make %1 a subclass of %2</source>
        <translation>Convertir %1 en subclase de %2</translation>
    </message>
    <message>
        <source>Remove the inheritance of %1</source>
        <translation>Quitar la herencia de %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Añadir el área %1</translation>
    </message>
    <message>
        <source>Edit area %1</source>
        <translation>Editar el área %1</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Cambiar el tamaño de la nota</translation>
    </message>
    <message>
        <source>Resize area %1</source>
        <translation>Cambiar el tamaño del área %1</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Eliminar la tabla %1</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Eliminar área</translation>
    </message>
    <message>
        <source>Disconnect a foreign key of %1</source>
        <translation>Desconectar una clave foránea de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Eliminar %n objeto</numerusform>
            <numerusform>Eliminar %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n table(s)</source>
        <translation>
            <numerusform>Duplicar %n tabla</numerusform>
            <numerusform>Duplicar %n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Pegar %n objeto</numerusform>
            <numerusform>Pegar %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Datatype catalogue: %1 -&gt; %2</source>
        <translation>Catálogo de tipos de datos: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Switch the design to %1</source>
        <translation>Cambiar el diseño a %1</translation>
    </message>
    <message numerus="yes">
        <source>Align %n object(s)</source>
        <translation>
            <numerusform>Alinear %n objeto</numerusform>
            <numerusform>Alinear %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n object(s)</source>
        <translation>
            <numerusform>Distribuir %n objeto</numerusform>
            <numerusform>Distribuir %n objetos</numerusform>
        </translation>
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
    <name>DesignMatch</name>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>Compared by table and column names only: %1</source>
        <translation>Comparado solo por nombres de tablas y columnas: %1</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message>
        <source>Column %1.%2 was added to %1, the table its single-table subclasses share; move it to a subclass if it is one&apos;s.</source>
        <translation>La columna %1.%2 se añadió a %1, la tabla que comparten sus subclases de herencia de tabla única; muévala a una subclase si pertenece a una.</translation>
    </message>
    <message>
        <source>Column %1 is NOT NULL in the database, but the design has it in a single-table subclass, where it must be nullable; it was left as it is.</source>
        <translation>La columna %1 es NOT NULL en la base de datos, pero el diseño la tiene en una subclase de herencia de tabla única, donde debe admitir NULL; se dejó como estaba.</translation>
    </message>
    <message>
        <source>Not merged: %1. The design keeps its columns in different tables (single-table inheritance).</source>
        <translation>No combinado: %1. El diseño guarda sus columnas en tablas distintas (herencia de tabla única).</translation>
    </message>
    <message>
        <source>Tables gone from the database: %1; new in it: %2. A table renamed in the database is recorded nowhere, so it shows as a drop and an add.</source>
        <translation>Tablas que ya no están en la base de datos: %1; nuevas en ella: %2. Una tabla renombrada en la base de datos no queda registrada en ningún sitio, así que aparece como una eliminación y una adición.</translation>
    </message>
    <message>
        <source>Columns of %1 gone from the database: %2; new in it: %3. A column renamed in the database is recorded nowhere, so it shows as a drop and an add.</source>
        <translation>Columnas de %1 que ya no están en la base de datos: %2; nuevas en ella: %3. Una columna renombrada en la base de datos no queda registrada en ningún sitio, así que aparece como una eliminación y una adición.</translation>
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
        <source>The file&apos;s encoding &quot;%1&quot; is not supported; save it as UTF-8.</source>
        <translation>La codificación &quot;%1&quot; del archivo no está admitida; guárdelo como UTF-8.</translation>
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
    <message>
        <source>The file is not valid %1.</source>
        <translation>El archivo no es %1 válido.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot; but starts with a %2 byte order mark; it is read, and written back, as %2.</source>
        <translation>El archivo declara la codificación &quot;%1&quot;, pero empieza con una marca de orden de bytes de %2; se lee, y se vuelve a escribir, como %2.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot; but is written in %2; it is read, and written back, as %2.</source>
        <translation>El archivo declara la codificación &quot;%1&quot;, pero está escrito en %2; se lee, y se vuelve a escribir, como %2.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, but its bytes are not %1: it has no byte order mark and its XML declaration is written in single bytes. Correct the declaration to the encoding the file is saved in.</source>
        <translation>El archivo declara la codificación &quot;%1&quot;, pero sus bytes no son %1: no tiene marca de orden de bytes y su declaración XML está escrita en bytes sueltos. Corrija la declaración para que indique la codificación en la que está guardado el archivo.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1), and its XML declaration names no other encoding. Save it as UTF-8, or declare the encoding it is saved in, such as &lt;?xml version=&quot;1.0&quot; encoding=&quot;iso-8859-1&quot;?&gt;.</source>
        <translation>El archivo no es UTF-8 válido (byte %1) y su declaración XML no indica ninguna otra codificación. Guárdelo como UTF-8 o declare la codificación en la que está guardado, por ejemplo &lt;?xml version=&quot;1.0&quot; encoding=&quot;iso-8859-1&quot;?&gt;.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, but its text is UTF-8: &quot;%2&quot; would read as &quot;%3&quot;. Correct the declaration to encoding=&quot;utf-8&quot;.</source>
        <translation>El archivo declara la codificación &quot;%1&quot;, pero su texto es UTF-8: &quot;%2&quot; se leería como &quot;%3&quot;. Corrija la declaración a encoding=&quot;utf-8&quot;.</translation>
    </message>
    <message>
        <source>The file is not valid %1, the encoding its XML declaration names.</source>
        <translation>El archivo no es %1 válido, aunque esa es la codificación que indica su declaración XML.</translation>
    </message>
    <message>
        <source>&lt;key&gt;%1&lt;/key&gt; inside the column is not a key type (PRIMARY, UNIQUE, INDEX or FULLTEXT); it is ignored.</source>
        <translation>&lt;key&gt;%1&lt;/key&gt; dentro de la columna no es un tipo de clave (PRIMARY, UNIQUE, INDEX o FULLTEXT); se ignora.</translation>
    </message>
    <message>
        <source>&lt;key&gt;%1&lt;/key&gt; inside the column is read as a %2 key of the table on this column; it is saved as a table-level &lt;key type=&quot;%2&quot;&gt;.</source>
        <translation>&lt;key&gt;%1&lt;/key&gt; dentro de la columna se lee como una clave %2 de la tabla sobre esta columna; se guarda como &lt;key type=&quot;%2&quot;&gt; en el nivel de la tabla.</translation>
    </message>
    <message>
        <source>&lt;renamed&gt; names no earlier name in its &quot;from&quot; attribute; it is ignored.</source>
        <translation>&lt;renamed&gt; no indica ningún nombre anterior en su atributo &quot;from&quot;; se ignora.</translation>
    </message>
    <message>
        <source>&lt;renamed from=&quot;%1&quot;&gt; repeats the current name or an earlier one; it is ignored.</source>
        <translation>&lt;renamed from=&quot;%1&quot;&gt; repite el nombre actual o uno anterior; se ignora.</translation>
    </message>
    <message>
        <source>&lt;renamed from=&quot;%1&quot;&gt; has other attributes or content; only the earlier name is kept.</source>
        <translation>&lt;renamed from=&quot;%1&quot;&gt; tiene otros atributos o contenido; solo se conserva el nombre anterior.</translation>
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
    <message>
        <source>line %1, column %2: </source>
        <translation>línea %1, columna %2: </translation>
    </message>
</context>
<context>
    <name>DiagramComparison</name>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Schema changes against %1</source>
        <translation>Cambios de esquema respecto a %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation>El diagrama es demasiado grande para una imagen (%1 x %2 píxeles).</translation>
    </message>
    <message>
        <source>Database diagram drawn by Schemata</source>
        <translation>Diagrama de base de datos dibujado por Schemata</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Error al leer %1: %2</translation>
    </message>
    <message>
        <source>%1 refuses the default %2 on a column of type %3: %4.</source>
        <translation>%1 rechaza el valor predeterminado %2 en una columna de tipo %3: %4.</translation>
    </message>
    <message>
        <source>The default &quot;%1&quot; is not a value of the type %2.</source>
        <translation>El valor predeterminado &quot;%1&quot; no es un valor del tipo %2.</translation>
    </message>
    <message>
        <source>%1 refuses the default &quot;%2&quot; on a column of type %3: it has %4 characters, more than the column&apos;s %5.</source>
        <translation>%1 rechaza el valor predeterminado &quot;%2&quot; en una columna de tipo %3: tiene %4 caracteres, más que los %5 de la columna.</translation>
    </message>
    <message>
        <source>its value has up to %1 characters, more than the column&apos;s %2</source>
        <translation>su valor tiene hasta %1 caracteres, más que los %2 de la columna</translation>
    </message>
    <message>
        <source>%1 refuses the default %2: it has no function %3().</source>
        <translation>%1 rechaza el valor predeterminado %2: no tiene ninguna función %3().</translation>
    </message>
    <message>
        <source>Schemata cannot check the default %1 for %2; the server checks it when the design is applied.</source>
        <translation>Schemata no puede comprobar el valor predeterminado %1 para %2; el servidor lo comprueba al aplicar el diseño.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is a generated column; its expression is not part of the design.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; es una columna generada; su expresión no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is the expression %3, which the design keeps as written; another engine may refuse it.</source>
        <translation>El valor predeterminado de &quot;%1&quot;.&quot;%2&quot; es la expresión %3, que el diseño conserva tal como está escrita; otro motor de base de datos puede rechazarla.</translation>
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
    <message>
        <source>Foreign tables are not part of a design: %1</source>
        <translation>Las tablas foráneas no forman parte de un diseño: %1</translation>
    </message>
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
        <source>&quot;%1&quot;.&quot;%2&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; se actualiza en cada modificación (ON UPDATE); el diseño no lo refleja.</translation>
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
        <source>the current schema</source>
        <translation>el esquema actual</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: no schema of the search path exists.</source>
        <translation>No se puede leer el catálogo: no existe ningún esquema de la ruta de búsqueda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation>&quot;%1&quot; es una tabla particionada; su particionado y sus particiones no forman parte del diseño.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is of the enum type %3; the design keeps its values as ENUM(%4).</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; es del tipo enumerado %3; el diseño conserva sus valores como ENUM(%4).</translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>La restricción de exclusión &quot;%1&quot; de &quot;%2&quot; no forma parte del diseño.</translation>
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
        <source>The foreign key &quot;%1&quot; of &quot;%2&quot; references %3, which is not a table of this schema; it is left out.</source>
        <translation>La clave foránea &quot;%1&quot; de &quot;%2&quot; hace referencia a %3, que no es una tabla de este esquema; se omite.</translation>
    </message>
    <message>
        <source>the CHECK constraints and triggers</source>
        <translation>las restricciones CHECK y los disparadores</translation>
    </message>
    <message>
        <source>the views and sequences</source>
        <translation>las vistas y secuencias</translation>
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
        <source>the indexes of &quot;%1&quot;</source>
        <translation>los índices de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot;</source>
        <translation>el índice &quot;%1&quot;</translation>
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
</context>
<context>
    <name>DocumentationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateRowsDialog</name>
    <message>
        <source>Duplicate Rows</source>
        <translation>Duplicar filas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of “%1” will be copied without their generated keys.</source>
        <translation>
            <numerusform>Se copiará %n fila de «%1» sin sus claves generadas.</numerusform>
            <numerusform>Se copiarán %n filas de «%1» sin sus claves generadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns are unique: give each copy its own value.</source>
        <translation>Estas columnas son únicas: dé a cada copia su propio valor.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Also copy their child rows and many-to-many links</source>
        <translation>Copiar también sus filas hijas y vínculos de muchos a muchos</translation>
    </message>
    <message>
        <source>Levels of children:</source>
        <translation>Niveles de hijas:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1, %2: the copy needs a value of its own.</source>
        <translation>Fila %1, %2: la copia necesita un valor propio.</translation>
    </message>
</context>
<context>
    <name>ExampleDatabase</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>ExportJsonDialog</name>
    <message>
        <source>Export Database to JSON</source>
        <translation>Exportar base de datos a JSON</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;Read Tables</source>
        <translation>&amp;Leer tablas</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odas</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>&amp;Pretty (one value per line)</source>
        <translation>&amp;Formateado (un valor por línea)</translation>
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
        <translation>omitir</translation>
    </message>
    <message>
        <source>&amp;BLOBs:</source>
        <translation>&amp;BLOBs:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export to JSON</source>
        <translation>Exportar a JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportando a %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>%n tabla exportada a %1</numerusform>
            <numerusform>%n tablas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>&amp;JSON file:</source>
        <translation>Archivo &amp;JSON:</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of %1 to export.</source>
        <translation>
            <numerusform>%n tabla de %1 para exportar.</numerusform>
            <numerusform>%n tablas de %1 para exportar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Show all rows of the table again</source>
        <translation>Mostrar de nuevo todas las filas de la tabla</translation>
    </message>
    <message>
        <source>WHERE …</source>
        <translation>WHERE …</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 y %3</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Delete this foreign key (its columns stay)</source>
        <translation>Eliminar esta clave foránea (sus columnas se conservan)</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Hace referencia a:</translation>
    </message>
    <message>
        <source>On delete:</source>
        <translation>Al eliminar:</translation>
    </message>
    <message>
        <source>On update:</source>
        <translation>Al actualizar:</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>(%1) → %2(%3)</source>
        <translation>(%1) → %2(%3)</translation>
    </message>
    <message>
        <source>No foreign key selected</source>
        <translation>No hay ninguna clave foránea seleccionada</translation>
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
        <translation>No se puede ejecutar git: %1</translation>
    </message>
    <message>
        <source>git failed.</source>
        <translation>git ha fallado.</translation>
    </message>
    <message>
        <source>%1 has no history in git yet: commit it first.</source>
        <translation>%1 aún no tiene historial en git: confírmelo primero.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Database</source>
        <translation>Importar desde una base de datos</translation>
    </message>
    <message>
        <source>Read the tables, keys and foreign keys of a database into a new design. The database is only read.</source>
        <translation>Lee las tablas, claves y claves foráneas de una base de datos en un diseño nuevo. La base de datos solo se lee.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Open as New Design</source>
        <translation>Abrir como diseño &amp;nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message numerus="yes">
        <source>Read %n table(s) from %1,</source>
        <translation>
            <numerusform>Se ha leído %n tabla de %1,</numerusform>
            <numerusform>Se han leído %n tablas de %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n foreign key(s).</source>
        <translation>
            <numerusform>con %n clave foránea.</numerusform>
            <numerusform>con %n claves foráneas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The design could not hold everything (%n warning(s)):</source>
        <translation>
            <numerusform>El diseño no ha podido recogerlo todo (%n advertencia):</numerusform>
            <numerusform>El diseño no ha podido recogerlo todo (%n advertencias):</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Database</source>
        <translation>Comparar con una base de datos</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
</context>
<context>
    <name>InheritanceEditor</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Joined table</source>
        <translation>Tablas unidas</translation>
    </message>
    <message>
        <source>Single table</source>
        <translation>Una sola tabla</translation>
    </message>
    <message>
        <source>Joined: the subclass has a table of its own whose primary key references the parent&apos;s. Single: its rows live in the parent&apos;s table, told apart by the discriminator.</source>
        <translation>Tablas unidas: la subclase tiene una tabla propia cuya clave primaria hace referencia a la de la tabla padre. Una sola tabla: sus filas están en la tabla padre y se distinguen por el discriminador.</translation>
    </message>
    <message>
        <source>e.g. type</source>
        <translation>p. ej. tipo</translation>
    </message>
    <message>
        <source>The column of the hierarchy&apos;s root table that names each row&apos;s type</source>
        <translation>La columna de la tabla raíz de la jerarquía que indica el tipo de cada fila</translation>
    </message>
    <message>
        <source>The discriminator value of this table&apos;s rows</source>
        <translation>El valor discriminador de las filas de esta tabla</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Tabla padre:</translation>
    </message>
    <message>
        <source>Discriminator:</source>
        <translation>Discriminador:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <source>(choose a table)</source>
        <translation>(elija una tabla)</translation>
    </message>
    <message>
        <source>The parent table %1 does not exist; choose one.</source>
        <translation>La tabla padre %1 no existe; elija una.</translation>
    </message>
    <message>
        <source>Choose the parent table.</source>
        <translation>Elija la tabla padre.</translation>
    </message>
    <message>
        <source>A table without a parent can be the root of a hierarchy: it holds the discriminator column.</source>
        <translation>Una tabla sin tabla padre puede ser la raíz de una jerarquía: contiene la columna discriminadora.</translation>
    </message>
    <message>
        <source>Edit the inheritance of %1</source>
        <translation>Editar la herencia de %1</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>name TYPE, e.g. email VARCHAR(255) NOT NULL</source>
        <translation>nombre TIPO, p. ej. email VARCHAR(255) NOT NULL</translation>
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
    <message>
        <source>&quot;%1&quot; gave %2 of its %3 rows; the export is incomplete.</source>
        <translation>&quot;%1&quot; devolvió %2 de sus %3 filas; la exportación está incompleta.</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar la transacción: %1</translation>
    </message>
    <message>
        <source>Unexpected value.</source>
        <translation>Valor inesperado.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>%1: the table has no column &quot;%2&quot;.</source>
        <translation>%1: la tabla no tiene ninguna columna &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is given twice.</source>
        <translation>%1: la columna &quot;%2&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2</source>
        <translation>&quot;%1&quot;, fila %2</translation>
    </message>
    <message>
        <source>The input must be a JSON object of tables, {&quot;table&quot;: [rows]}, as export-json writes it; it begins with %1.</source>
        <translation>La entrada debe ser un objeto JSON de tablas, {&quot;table&quot;: [rows]}, tal como lo escribe export-json; empieza con %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of rows, not %2.</source>
        <translation>&quot;%1&quot; debe ser un array de filas, no %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2 must be an object of columns, not %3.</source>
        <translation>La fila %2 de &quot;%1&quot; debe ser un objeto de columnas, no %3.</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: a value cannot be %3.</source>
        <translation>%1, columna &quot;%2&quot;: un valor no puede ser %3.</translation>
    </message>
    <message>
        <source>Unexpected %1.</source>
        <translation>No se esperaba %1.</translation>
    </message>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>La base de datos no tiene ninguna tabla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is given twice.</source>
        <translation>La tabla &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>Cannot read the foreign keys: %1</source>
        <translation>No se pueden leer las claves foráneas: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: %3</source>
        <translation>%1, columna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>expected %1, not %2.</source>
        <translation>se esperaba %1, no %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a whole number of 64 bits</source>
        <translation>un número entero de 64 bits</translation>
    </message>
    <message>
        <source>a number that a double holds</source>
        <translation>un número que quepa en un double</translation>
    </message>
    <message>
        <source>an ISO 8601 string</source>
        <translation>una cadena ISO 8601</translation>
    </message>
    <message>
        <source>hexadecimal text</source>
        <translation>texto hexadecimal</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>texto base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hexadecimal bytes.</source>
        <translation>&quot;%1&quot; no son bytes hexadecimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64 (for hexadecimal BLOBs, say so: --blobs hex).</source>
        <translation>&quot;%1&quot; no es base64 (si los BLOB son hexadecimales, indíquelo: --blobs hex).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot insert into &quot;%1&quot;: %2</source>
        <translation>No se puede insertar en &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; row %2: the database refused it: %3</source>
        <translation>&quot;%1&quot;, fila %2: la base de datos la ha rechazado: %3</translation>
    </message>
    <message>
        <source>Cannot check the foreign keys of &quot;%1&quot;: %2</source>
        <translation>No se pueden comprobar las claves foráneas de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a row</source>
        <translation>Una fila de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The row of &quot;%1&quot; with %2</source>
        <translation>La fila de &quot;%1&quot; con %2</translation>
    </message>
    <message>
        <source>%1 refers to no row of &quot;%2&quot; (%3).</source>
        <translation>%1 no hace referencia a ninguna fila de &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Cannot move the sequence of %1.%2: %3</source>
        <translation>No se puede avanzar la secuencia de %1.%2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>Cannot turn the triggers off: %1</source>
        <translation>No se pueden desactivar los disparadores: %1</translation>
    </message>
    <message>
        <source>The triggers of &quot;%1&quot; ran for its imported rows: %2 cannot turn triggers off during an import.</source>
        <translation>Los disparadores de &quot;%1&quot; se ejecutaron para sus filas importadas: %2 no puede desactivar los disparadores durante una importación.</translation>
    </message>
</context>
<context>
    <name>KeysEditor</name>
    <message>
        <source>Add key</source>
        <translation>Añadir clave</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Check the key&apos;s columns; their order is the key&apos;s order</source>
        <translation>Marcar las columnas de la clave; su orden es el orden de la clave</translation>
    </message>
    <message>
        <source>Move the column up in the key</source>
        <translation>Subir la columna en la clave</translation>
    </message>
    <message>
        <source>Move the column down in the key</source>
        <translation>Bajar la columna en la clave</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no existe)</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
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
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click the canvas to add a table; open a WWW SQL Designer file with File &gt; Open.</source>
        <translation>Haga doble clic en el lienzo para añadir una tabla; abra un archivo de WWW SQL Designer con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>Find a table...</source>
        <translation>Buscar una tabla...</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar c&amp;omo...</translation>
    </message>
    <message>
        <source>Save the whole diagram as PNG, SVG or PDF</source>
        <translation>Guardar todo el diagrama como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Add a table (or double-click the canvas)</source>
        <translation>Añadir una tabla (o hacer doble clic en el lienzo)</translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation>&amp;Columna</translation>
    </message>
    <message>
        <source>Add a column to the selected table</source>
        <translation>Añadir una columna a la tabla seleccionada</translation>
    </message>
    <message>
        <source>&amp;Relation (drag column to column)</source>
        <translation>&amp;Relación (arrastrar de columna a columna)</translation>
    </message>
    <message>
        <source>Drag from a column to the column it references</source>
        <translation>Arrastrar desde una columna hasta la columna a la que hace referencia</translation>
    </message>
    <message>
        <source>&amp;Foreign Key to Selected...</source>
        <translation>Clave &amp;foránea entre las tablas seleccionadas...</translation>
    </message>
    <message>
        <source>Select the referenced table first, then the referencing one</source>
        <translation>Seleccionar primero la tabla referenciada y después la que hace referencia</translation>
    </message>
    <message>
        <source>&amp;Many-to-Many</source>
        <translation>&amp;Muchos a muchos</translation>
    </message>
    <message>
        <source>Join the two selected tables through a new association table</source>
        <translation>Unir las dos tablas seleccionadas mediante una nueva tabla de asociación</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Áre&amp;a</translation>
    </message>
    <message>
        <source>Group the selected tables in a coloured area</source>
        <translation>Agrupar las tablas seleccionadas en un área de color</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;ucir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Find Table...</source>
        <translation>&amp;Buscar tabla...</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Colour Columns by Type</source>
        <translation>Colorear columnas por &amp;tipo</translation>
    </message>
    <message>
        <source>Show &amp;Many-to-Many as One Connector</source>
        <translation>Mostrar relaciones &amp;muchos a muchos como un solo conector</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language changes when Schemata is started again.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Schemata.</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Distribución &amp;automática</translation>
    </message>
    <message>
        <source>Lay out the whole design by its foreign keys</source>
        <translation>Distribuir todo el diseño según sus claves foráneas</translation>
    </message>
    <message>
        <source>Auto-Layout &amp;Selection</source>
        <translation>Distribución automática de la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation>&amp;Fijar en su sitio</translation>
    </message>
    <message>
        <source>Pinned tables keep their place when the design is laid out</source>
        <translation>Las tablas fijadas conservan su posición al distribuir el diseño</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Alinear a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>&amp;Centrar horizontalmente</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Alinear a la &amp;derecha</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Alinear a&amp;rriba</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Centrar &amp;verticalmente</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Alinear a&amp;bajo</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Distribuir &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Distribute Verticall&amp;y</source>
        <translation>Distribuir verticalment&amp;e</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;SQL Preview...</source>
        <translation>&amp;Vista previa de SQL...</translation>
    </message>
    <message>
        <source>The DDL that creates the design, per dialect</source>
        <translation>El DDL que crea el diseño, por dialecto</translation>
    </message>
    <message>
        <source>&amp;Apply to Database...</source>
        <translation>&amp;Aplicar a una base de datos...</translation>
    </message>
    <message>
        <source>Create the design&apos;s tables in a SQLite, PostgreSQL or MariaDB database</source>
        <translation>Crear las tablas del diseño en una base de datos SQLite, PostgreSQL o MariaDB</translation>
    </message>
    <message>
        <source>&amp;Import from Database...</source>
        <translation>&amp;Importar desde una base de datos...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s); save the design to keep it.</source>
        <translation>
            <numerusform>Se ha importado %n tabla; guarde el diseño para conservarlo.</numerusform>
            <numerusform>Se han importado %n tablas; guarde el diseño para conservarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read an existing database into a new design</source>
        <translation>Leer una base de datos existente en un diseño nuevo</translation>
    </message>
    <message>
        <source>Switch &amp;Dialect</source>
        <translation>Cambiar &amp;dialecto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation>No se puede guardar el diseño</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Guardar diseño como</translation>
    </message>
    <message>
        <source>design.xml</source>
        <translation>diseño.xml</translation>
    </message>
    <message>
        <source>Designs (*.xml)</source>
        <translation>Diseños (*.xml)</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>diagrama</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Diagram</source>
        <translation>No se puede exportar el diagrama</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se ha exportado %1</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Add Area</source>
        <translation>Añadir área</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Many-to-Many</source>
        <translation>Muchos a muchos</translation>
    </message>
    <message>
        <source>Both tables need a primary key.</source>
        <translation>Ambas tablas necesitan una clave primaria.</translation>
    </message>
    <message>
        <source>Create Foreign Key</source>
        <translation>Crear clave foránea</translation>
    </message>
    <message>
        <source>Referenced table (the other gets a column referencing its primary key):</source>
        <translation>Tabla referenciada (la otra recibe una columna que hace referencia a su clave primaria):</translation>
    </message>
    <message>
        <source>%1 has no primary key.</source>
        <translation>%1 no tiene clave primaria.</translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation>Distribución automática</translation>
    </message>
    <message numerus="yes">
        <source>Auto-layout %n table(s)</source>
        <translation>
            <numerusform>Distribuir automáticamente %n tabla</numerusform>
            <numerusform>Distribuir automáticamente %n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout the design</source>
        <translation>Distribuir automáticamente el diseño</translation>
    </message>
    <message>
        <source>Switch Dialect</source>
        <translation>Cambiar dialecto</translation>
    </message>
    <message>
        <source>The design already uses the types of %1.</source>
        <translation>El diseño ya usa los tipos de %1.</translation>
    </message>
    <message numerus="yes">
        <source>The design now uses the datatype catalogue and types of %1: %n change(s). Undo reverts them all.</source>
        <translation>
            <numerusform>El diseño usa ahora el catálogo de tipos de datos y los tipos de %1: %n cambio. «Deshacer» lo revierte.</numerusform>
            <numerusform>El diseño usa ahora el catálogo de tipos de datos y los tipos de %1: %n cambios. «Deshacer» los revierte todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Edit Area</source>
        <translation>Editar área</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>Schemata did not end cleanly last time. Restore the unsaved design from %1?</source>
        <translation>Schemata no se cerró correctamente la última vez. ¿Restaurar el diseño sin guardar del %1?</translation>
    </message>
    <message>
        <source>Restored unsaved changes; save them to keep them.</source>
        <translation>Se han restaurado los cambios sin guardar; guárdelos para conservarlos.</translation>
    </message>
    <message>
        <source>Open &amp;Database...</source>
        <translation>Abrir base de &amp;datos...</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Browse the rows of an SQLite database</source>
        <translation>Examinar las filas de una base de datos SQLite</translation>
    </message>
    <message>
        <source>Browse a PostgreSQL or MariaDB database</source>
        <translation>Examinar una base de datos PostgreSQL o MariaDB</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation>Conectar a base de datos</translation>
    </message>
    <message>
        <source>Connec&amp;t to Database...</source>
        <translation>Conec&amp;tar a base de datos...</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>Dise&amp;ño</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Password for %1:</source>
        <translation>&amp;Contraseña para %1:</translation>
    </message>
    <message>
        <source>Recent Data&amp;bases</source>
        <translation>&amp;Bases de datos recientes</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>Data &amp;Beside Diagram</source>
        <translation>Datos &amp;junto al diagrama</translation>
    </message>
    <message>
        <source>Show the rows of the table selected in the diagram next to it</source>
        <translation>Mostrar junto al diagrama las filas de la tabla seleccionada en él</translation>
    </message>
    <message>
        <source>&amp;Browse Rows</source>
        <translation>&amp;Examinar filas</translation>
    </message>
    <message>
        <source>Show the rows of the selected table of the open database</source>
        <translation>Mostrar las filas de la tabla seleccionada de la base de datos abierta</translation>
    </message>
    <message>
        <source>Show the Database&apos;s Design</source>
        <translation>Mostrar el diseño de la base de datos</translation>
    </message>
    <message>
        <source>%1 does not describe %2, and has unsaved changes. Save them before the database&apos;s own design takes its place on the Design page?</source>
        <translation>%1 no describe %2 y tiene cambios sin guardar. ¿Desea guardarlos antes de que el diseño propio de la base de datos ocupe su lugar en la página «Diseño»?</translation>
    </message>
    <message>
        <source>&amp;Keep Current Design</source>
        <translation>&amp;Conservar el diseño actual</translation>
    </message>
    <message>
        <source>%1 is not in the design.</source>
        <translation>%1 no está en el diseño.</translation>
    </message>
    <message>
        <source>Cannot Open the Example</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <source>User Guide Not Found</source>
        <translation>No se encontró la guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed. Schemata looked for it in:
%1

Build it with the program (it needs cmark-gfm) or install Schemata&apos;s package.</source>
        <translation>La guía del usuario no está instalada. Schemata la buscó en:
%1

Compílela junto con el programa (necesita cmark-gfm) o instale el paquete de Schemata.</translation>
    </message>
    <message>
        <source>Cannot Open the User Guide</source>
        <translation>No se puede abrir la guía del usuario</translation>
    </message>
    <message>
        <source>No web browser opened %1. Open it in one yourself.</source>
        <translation>Ningún navegador web abrió %1. Ábralo usted mismo en un navegador.</translation>
    </message>
    <message>
        <source>Data page</source>
        <translation>Página «Datos»</translation>
    </message>
    <message>
        <source>Schemata %1</source>
        <translation>Schemata %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Platform: %1, %2 %3, %4 (%5)</source>
        <translation>Plataforma: %1, %2 %3, %4 (%5)</translation>
    </message>
    <message>
        <source>Log: no file; the statements sent to databases go to standard error with QT_LOGGING_RULES=&quot;schemata.sql.debug=true&quot;</source>
        <translation>Registro: ningún archivo; las sentencias enviadas a las bases de datos van a la salida de error estándar con QT_LOGGING_RULES=&quot;schemata.sql.debug=true&quot;</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Recovery files: %1</source>
        <translation>Archivos de recuperación: %1</translation>
    </message>
    <message>
        <source>Copied the version, Qt version, platform and file locations to the clipboard: paste them into your report.</source>
        <translation>Se han copiado la versión, la versión de Qt, la plataforma y las ubicaciones de los archivos al portapapeles: péguelas en su informe.</translation>
    </message>
    <message>
        <source>Close the design and the database, back to the welcome page</source>
        <translation>Cerrar el diseño y la base de datos y volver a la página de bienvenida</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open the guide to Schemata&apos;s tasks in the web browser</source>
        <translation>Abrir la guía de las tareas de Schemata en el navegador web</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation>Todos los atajos de la ventana, con búsqueda</translation>
    </message>
    <message>
        <source>&amp;Report a Problem</source>
        <translation>&amp;Informar de un problema</translation>
    </message>
    <message>
        <source>Copy the version, platform and file locations for a bug report</source>
        <translation>Copiar la versión, la plataforma y las ubicaciones de los archivos para un informe de errores</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>The bundled example design with its database of generated rows</source>
        <translation>El diseño de ejemplo incluido, con su base de datos de filas generadas</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Draw tables and their relations on an empty canvas</source>
        <translation>Dibujar tablas y sus relaciones en un lienzo vacío</translation>
    </message>
    <message>
        <source>Open Design...</source>
        <translation>Abrir diseño...</translation>
    </message>
    <message>
        <source>A design saved by Schemata or by WWW SQL Designer</source>
        <translation>Un diseño guardado por Schemata o por WWW SQL Designer</translation>
    </message>
    <message>
        <source>Open Database...</source>
        <translation>Abrir base de datos...</translation>
    </message>
    <message>
        <source>Browse the rows of an SQLite file</source>
        <translation>Examinar las filas de un archivo SQLite</translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation>Conectar...</translation>
    </message>
    <message>
        <source>Open the Example</source>
        <translation>Abrir el ejemplo</translation>
    </message>
    <message>
        <source>A design of users, projects and tasks, with a database of rows to browse</source>
        <translation>Un diseño de usuarios, proyectos y tareas, con una base de datos de filas para examinar</translation>
    </message>
    <message>
        <source>Text Beside Icons</source>
        <translation>Texto junto a los iconos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export DBML</source>
        <translation>Exportar DBML</translation>
    </message>
    <message>
        <source>DBML (*.dbml)</source>
        <translation>DBML (*.dbml)</translation>
    </message>
    <message>
        <source>Export Mermaid Diagram</source>
        <translation>Exportar diagrama Mermaid</translation>
    </message>
    <message>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Import SQL Script</source>
        <translation>Importar script SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; convert it first, e.g. with iconv.</source>
        <translation>%1 no es texto UTF-8; conviértalo primero, por ejemplo con iconv.</translation>
    </message>
    <message>
        <source>Nothing in it belongs to one engine alone.</source>
        <translation>Nada en él es propio de un único motor.</translation>
    </message>
    <message>
        <source>It looks written for %1 (%2).</source>
        <translation>Parece escrito para %1 (%2).</translation>
    </message>
    <message>
        <source>Read it as:</source>
        <translation>Leerlo como:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of %1 could not be imported.</source>
        <translation>
            <numerusform>No se ha podido importar %n sentencia de %1.</numerusform>
            <numerusform>No se han podido importar %n sentencias de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open what did import? The failed statements are listed in the Problems panel.</source>
        <translation>¿Abrir lo que se ha importado? Las sentencias fallidas se muestran en el panel Problemas.</translation>
    </message>
    <message>
        <source>Import DBML</source>
        <translation>Importar DBML</translation>
    </message>
    <message>
        <source>DBML (*.dbml);;All files (*)</source>
        <translation>DBML (*.dbml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Import DBML</source>
        <translation>No se puede importar el DBML</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1; save the design to keep it.</source>
        <translation>
            <numerusform>Se ha importado %n tabla de %1; guarde el diseño para conservarlo.</numerusform>
            <numerusform>Se han importado %n tablas de %1; guarde el diseño para conservarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Documentation</source>
        <translation>Exportar documentación</translation>
    </message>
    <message>
        <source>HTML page (*.html);;Markdown, with the diagram beside it (*.md)</source>
        <translation>Página HTML (*.html);;Markdown, con el diagrama al lado (*.md)</translation>
    </message>
    <message>
        <source>Cannot Export Documentation</source>
        <translation>No se puede exportar la documentación</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Comparar con un archivo</translation>
    </message>
    <message>
        <source>Designs (*.xml);;All files (*)</source>
        <translation>Diseños (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Compare with Git Revision</source>
        <translation>Comparar con una revisión de Git</translation>
    </message>
    <message>
        <source>The design has no file yet: save it in a git repository and commit it first.</source>
        <translation>El diseño aún no tiene archivo: guárdelo en un repositorio git y confírmelo primero.</translation>
    </message>
    <message>
        <source>The design as it was committed in:</source>
        <translation>El diseño tal como se confirmó en:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n cambio desde %1</numerusform>
            <numerusform>%n cambios desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Changes as Markdown</source>
        <translation>Guardar los cambios como Markdown</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>cambios</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot Save Changes</source>
        <translation>No se pueden guardar los cambios</translation>
    </message>
    <message>
        <source>SQLAlchemy models, declarative (*.py)</source>
        <translation>Modelos SQLAlchemy, declarativos (*.py)</translation>
    </message>
    <message>
        <source>SQLAlchemy models, classical mapping (*.py)</source>
        <translation>Modelos SQLAlchemy, mapeo clásico (*.py)</translation>
    </message>
    <message>
        <source>SQLAlchemy models with factory_boy factories (*.py)</source>
        <translation>Modelos SQLAlchemy con factorías de factory_boy (*.py)</translation>
    </message>
    <message>
        <source>Export SQLAlchemy Models</source>
        <translation>Exportar modelos SQLAlchemy</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modelos</translation>
    </message>
    <message>
        <source>Cannot Export Models</source>
        <translation>No se pueden exportar los modelos</translation>
    </message>
    <message>
        <source>The design has errors; no models were written.</source>
        <translation>El diseño tiene errores; no se ha escrito ningún modelo.</translation>
    </message>
    <message>
        <source>Diagram &amp;Image...</source>
        <translation>&amp;Imagen del diagrama...</translation>
    </message>
    <message>
        <source>Database as &amp;JSON...</source>
        <translation>Base de datos como &amp;JSON...</translation>
    </message>
    <message>
        <source>Write every row of the open database to one JSON file</source>
        <translation>Escribe todas las filas de la base de datos abierta en un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;SQL Script...</source>
        <translation>Script &amp;SQL...</translation>
    </message>
    <message>
        <source>The statements that create the design on SQLite, PostgreSQL or MariaDB, to read and save</source>
        <translation>Las sentencias que crean el diseño en SQLite, PostgreSQL o MariaDB, para leerlas y guardarlas</translation>
    </message>
    <message>
        <source>D&amp;BML...</source>
        <translation>D&amp;BML...</translation>
    </message>
    <message>
        <source>The design as DBML, the text format of dbdiagram.io</source>
        <translation>El diseño como DBML, el formato de texto de dbdiagram.io</translation>
    </message>
    <message>
        <source>&amp;Mermaid Diagram...</source>
        <translation>Diagrama &amp;Mermaid...</translation>
    </message>
    <message>
        <source>The design as a Mermaid erDiagram, which GitHub draws in Markdown</source>
        <translation>El diseño como un erDiagram de Mermaid, que GitHub dibuja en Markdown</translation>
    </message>
    <message>
        <source>Open a schema.sql or a dump of SQLite, PostgreSQL or MariaDB as a new design</source>
        <translation>Abre un schema.sql o un volcado de SQLite, PostgreSQL o MariaDB como un diseño nuevo</translation>
    </message>
    <message>
        <source>&amp;DBML...</source>
        <translation>&amp;DBML...</translation>
    </message>
    <message>
        <source>Open a DBML file as a new design</source>
        <translation>Abre un archivo DBML como un diseño nuevo</translation>
    </message>
    <message>
        <source>&amp;Documentation...</source>
        <translation>&amp;Documentación...</translation>
    </message>
    <message>
        <source>A data dictionary of the design: an HTML page with the diagram, or Markdown for a repository</source>
        <translation>Un diccionario de datos del diseño: una página HTML con el diagrama, o Markdown para un repositorio</translation>
    </message>
    <message>
        <source>SQLAlchemy &amp;Models...</source>
        <translation>Modelos SQL&amp;Alchemy...</translation>
    </message>
    <message>
        <source>Write the design as SQLAlchemy models, a Python module</source>
        <translation>Escribe el diseño como modelos SQLAlchemy, un módulo de Python</translation>
    </message>
    <message>
        <source>Compare and S&amp;ynchronize...</source>
        <translation>Comparar y &amp;sincronizar...</translation>
    </message>
    <message>
        <source>Bring a database to the design, keeping its rows, change by change</source>
        <translation>Lleva una base de datos al diseño, cambio a cambio, conservando sus filas</translation>
    </message>
    <message>
        <source>Compa&amp;re with File...</source>
        <translation>Comparar con un arc&amp;hivo...</translation>
    </message>
    <message>
        <source>Show on the diagram what changed since another file of the design</source>
        <translation>Muestra en el diagrama qué ha cambiado desde otro archivo del diseño</translation>
    </message>
    <message>
        <source>Compare &amp;with Database...</source>
        <translation>Comparar con una base de dat&amp;os...</translation>
    </message>
    <message>
        <source>Show on the diagram how a database differs from the design</source>
        <translation>Muestra en el diagrama en qué se diferencia una base de datos del diseño</translation>
    </message>
    <message>
        <source>Compare with &amp;Git Revision...</source>
        <translation>Comparar con una revisión de &amp;Git...</translation>
    </message>
    <message>
        <source>Show on the diagram what changed since a commit of the design&apos;s file</source>
        <translation>Muestra en el diagrama qué ha cambiado desde un commit del archivo del diseño</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>Terminar &amp;la comparación</translation>
    </message>
    <message>
        <source>Ne&amp;xt Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation>Cambio a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Update Design from Database</source>
        <translation>Actualizar el diseño desde la base de datos</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks %n table(s) of the design: %2. Remove them from the design too?</source>
        <translation>
            <numerusform>A %1 le falta %n tabla del diseño: %2. ¿Quitarla también del diseño?</numerusform>
            <numerusform>A %1 le faltan %n tablas del diseño: %2. ¿Quitarlas también del diseño?</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has the structure of %1 already.</source>
        <translation>El diseño ya tiene la estructura de %1.</translation>
    </message>
    <message>
        <source>Update the design from %1</source>
        <translation>Actualizar el diseño desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1</source>
        <translation>
            <numerusform>%n cambio desde %1</numerusform>
            <numerusform>%n cambios desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Design from Database...</source>
        <translation>Act&amp;ualizar el diseño desde la base de datos...</translation>
    </message>
    <message>
        <source>Bring the design to a database&apos;s structure, keeping its layout, as one undoable step</source>
        <translation>Lleva el diseño a la estructura de una base de datos, conservando su disposición, en un solo paso que se puede deshacer</translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>add table %1</source>
        <translation>añadir la tabla %1</translation>
    </message>
    <message>
        <source>The table %1 cannot be rebuilt: its new definition was not made.</source>
        <translation>No se puede reconstruir la tabla %1: no se generó su nueva definición.</translation>
    </message>
    <message>
        <source>rebuild table %1: %2</source>
        <translation>reconstruir la tabla %1: %2</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>eliminar la tabla %1</translation>
    </message>
    <message>
        <source>%1 is NULL in some rows; NOT NULL needs a value in each</source>
        <translation>%1 es NULL en algunas filas; NOT NULL requiere un valor en cada una</translation>
    </message>
    <message>
        <source>the new column %1 is NOT NULL without a default; the rows already there have no value for it</source>
        <translation>la nueva columna %1 es NOT NULL sin valor predeterminado; las filas que ya existen no tienen valor para ella</translation>
    </message>
    <message>
        <source>some values of %1 do not fit %2</source>
        <translation>algunos valores de %1 no caben en %2</translation>
    </message>
    <message>
        <source>some rows of %1 share values of %2; %3 refuses duplicates</source>
        <translation>algunas filas de %1 comparten valores de %2; %3 rechaza los duplicados</translation>
    </message>
    <message>
        <source>some rows of %1 reference rows of %2 that do not exist</source>
        <translation>algunas filas de %1 hacen referencia a filas de %2 que no existen</translation>
    </message>
    <message>
        <source>drop views and triggers, to make them again after the tables are rebuilt</source>
        <translation>eliminar vistas y disparadores, para volver a crearlos después de reconstruir las tablas</translation>
    </message>
    <message>
        <source>add the foreign keys of %1</source>
        <translation>añadir las claves foráneas de %1</translation>
    </message>
    <message>
        <source>make the views and triggers again</source>
        <translation>volver a crear las vistas y los disparadores</translation>
    </message>
    <message>
        <source>drop foreign key %1 while the types of its columns change</source>
        <translation>eliminar la clave foránea %1 mientras cambian los tipos de sus columnas</translation>
    </message>
    <message>
        <source>add foreign key %1 again</source>
        <translation>volver a añadir la clave foránea %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The rebuilt table %1 has %2 rows; it had %3.</source>
        <translation>La tabla reconstruida %1 tiene %2 filas; tenía %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>After the changes, rows of %1 reference rows of %2 that do not exist (PRAGMA foreign_key_check).</source>
        <translation>Tras los cambios, hay filas de %1 que hacen referencia a filas de %2 que no existen (PRAGMA foreign_key_check).</translation>
    </message>
    <message>
        <source>Foreign keys could not be turned off, so no table was rebuilt: their ON DELETE actions would have deleted rows.</source>
        <translation>No se pudieron desactivar las claves foráneas, así que no se reconstruyó ninguna tabla: sus acciones ON DELETE habrían eliminado filas.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar la transacción: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (rolled back).</source>
        <translation>%1 No se ha cambiado nada (se ha revertido la transacción).</translation>
    </message>
</context>
<context>
    <name>MysqlDialect</name>
    <message>
        <source>its value as a number, up to %1, is out of the column&apos;s range</source>
        <translation>su valor como número, de hasta %1, está fuera del rango de la columna</translation>
    </message>
    <message>
        <source>its value is not a value of the column&apos;s type</source>
        <translation>su valor no es un valor del tipo de la columna</translation>
    </message>
</context>
<context>
    <name>MysqlScriptParser</name>
    <message>
        <source>the quote that starts at line %1, column %2 is not closed</source>
        <translation>las comillas que empiezan en la línea %1, columna %2 no se cierran</translation>
    </message>
    <message>
        <source>the end of the statement</source>
        <translation>el final de la sentencia</translation>
    </message>
    <message>
        <source>expected %1 at line %2, column %3, found %4</source>
        <translation>se esperaba %1 en la línea %2, columna %3, pero se encontró %4</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an index on an expression (line %1, column %2) cannot be part of a design</source>
        <translation>un índice sobre una expresión (línea %1, columna %2) no puede formar parte de un diseño</translation>
    </message>
    <message>
        <source>not a statement about tables</source>
        <translation>no es una sentencia sobre tablas</translation>
    </message>
    <message>
        <source>a temporary table, which only its session sees</source>
        <translation>una tabla temporal, que solo ve su sesión</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>la tabla ya existe</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; exists already</source>
        <translation>la tabla &quot;%1&quot; ya existe</translation>
    </message>
    <message>
        <source>CREATE TABLE ... LIKE copies a table the script does not describe</source>
        <translation>CREATE TABLE ... LIKE copia una tabla que el script no describe</translation>
    </message>
    <message>
        <source>CREATE TABLE ... SELECT takes its columns from a query</source>
        <translation>CREATE TABLE ... SELECT toma sus columnas de una consulta</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un comentario</translation>
    </message>
    <message>
        <source>a table option</source>
        <translation>una opción de tabla</translation>
    </message>
    <message>
        <source>The CHECK constraint %1 of &quot;%2&quot; is not part of the design.</source>
        <translation>La restricción CHECK %1 de &quot;%2&quot; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>PRIMARY KEY, UNIQUE, KEY, INDEX, FOREIGN KEY or CHECK</source>
        <translation>PRIMARY KEY, UNIQUE, KEY, INDEX, FOREIGN KEY o CHECK</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a SPATIAL index; the design keeps it as a plain index.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; es un índice SPATIAL; el diseño lo conserva como índice normal.</translation>
    </message>
    <message>
        <source>an index option</source>
        <translation>una opción de índice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no tiene ninguna columna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ADD, MODIFY, CHANGE, DROP, RENAME or a table option</source>
        <translation>ADD, MODIFY, CHANGE, DROP, RENAME o una opción de tabla</translation>
    </message>
    <message>
        <source>a type</source>
        <translation>un tipo</translation>
    </message>
    <message>
        <source>expected a size or a value at line %1, column %2</source>
        <translation>se esperaba un tamaño o un valor en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>a default value</source>
        <translation>un valor predeterminado</translation>
    </message>
    <message>
        <source>CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION</source>
        <translation>CASCADE, SET NULL, SET DEFAULT, RESTRICT o NO ACTION</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set on every update (ON UPDATE); the design does not say so.</source>
        <translation>&quot;%1&quot; se establece en cada actualización (ON UPDATE); el diseño no lo recoge.</translation>
    </message>
    <message>
        <source>a column attribute</source>
        <translation>un atributo de columna</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tiene dos columnas &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message numerus="yes">
        <source>the system keychain did not answer within %n s</source>
        <translation>
            <numerusform>el llavero del sistema no respondió en %n s</numerusform>
            <numerusform>el llavero del sistema no respondió en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the password of %1 from the system keychain: %2</source>
        <translation>No se puede leer la contraseña de %1 del llavero del sistema: %2</translation>
    </message>
    <message>
        <source>Cannot store the password of %1 in the system keychain: %2</source>
        <translation>No se puede guardar la contraseña de %1 en el llavero del sistema: %2</translation>
    </message>
    <message>
        <source>Cannot remove the password of %1 from the system keychain: %2</source>
        <translation>No se puede quitar la contraseña de %1 del llavero del sistema: %2</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keychain answers (such as GNOME Keyring or KWallet), so the password is not stored anywhere and is asked for each time.</source>
        <translation>No responde ningún llavero del sistema (como GNOME Keyring o KWallet), así que la contraseña no se guarda en ningún sitio y se pide cada vez.</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>its value does not convert to the column&apos;s type</source>
        <translation>su valor no se puede convertir al tipo de la columna</translation>
    </message>
</context>
<context>
    <name>PostgresScriptParser</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 en la línea %2, columna %3</translation>
    </message>
    <message>
        <source>not a table</source>
        <translation>no es una tabla</translation>
    </message>
    <message>
        <source>a view, which a design does not hold</source>
        <translation>una vista, que un diseño no contiene</translation>
    </message>
    <message>
        <source>a trigger, which a design does not hold</source>
        <translation>un disparador, que un diseño no contiene</translation>
    </message>
    <message>
        <source>a routine, which a design does not hold</source>
        <translation>una rutina, que un diseño no contiene</translation>
    </message>
    <message>
        <source>an extension</source>
        <translation>una extensión</translation>
    </message>
    <message>
        <source>the database itself, not its tables</source>
        <translation>la propia base de datos, no sus tablas</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>accounts and privileges</source>
        <translation>cuentas y privilegios</translation>
    </message>
    <message>
        <source>a type, which a design does not hold</source>
        <translation>un tipo, que un diseño no contiene</translation>
    </message>
    <message>
        <source>not a statement about tables (%1)</source>
        <translation>no es una sentencia sobre tablas (%1)</translation>
    </message>
    <message>
        <source>a temporary table, which only its session sees</source>
        <translation>una tabla temporal, que solo ve su sesión</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>la tabla ya existe</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; exists already</source>
        <translation>la tabla &quot;%1&quot; ya existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inherits from or is a partition of another table; that is not part of the design.</source>
        <translation>&quot;%1&quot; hereda de otra tabla o es una partición de ella; eso no forma parte del diseño.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partitioned table; its partitioning and its partitions are not part of the design.</source>
        <translation>&quot;%1&quot; es una tabla particionada; su particionado y sus particiones no forman parte del diseño.</translation>
    </message>
    <message>
        <source>%1 in CREATE TABLE is not supported</source>
        <translation>%1 en CREATE TABLE no se admite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tiene dos columnas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot; is of the enum type %3; the design keeps its values as ENUM(%4).</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; es del tipo enumerado %3; el diseño conserva sus valores como ENUM(%4).</translation>
    </message>
    <message>
        <source>The CHECK constraint %1 of &quot;%2&quot; is not part of the design.</source>
        <translation>La restricción CHECK %1 de &quot;%2&quot; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>The exclusion constraint &quot;%1&quot; of &quot;%2&quot; is not part of the design.</source>
        <translation>La restricción de exclusión &quot;%1&quot; de &quot;%2&quot; no forma parte del diseño.</translation>
    </message>
    <message>
        <source>%1 is not supported here</source>
        <translation>%1 no se admite aquí</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot;.&quot;%2&quot; is an expression the import cannot read; the design leaves it out.</source>
        <translation>El valor predeterminado de &quot;%1&quot;.&quot;%2&quot; es una expresión que la importación no puede leer; el diseño lo omite.</translation>
    </message>
    <message>
        <source>no such table yet</source>
        <translation>esa tabla aún no existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no tiene ninguna columna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 is not supported</source>
        <translation>ALTER TABLE %1 no se admite</translation>
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
        <source>The index &quot;%1&quot; of &quot;%2&quot; sorts some columns in descending order; the design does not say so.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; ordena algunas columnas de forma descendente; el diseño no lo refleja.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of &quot;%2&quot; is a %3 index; the design keeps its columns only.</source>
        <translation>El índice &quot;%1&quot; de &quot;%2&quot; es un índice %3; el diseño solo conserva sus columnas.</translation>
    </message>
    <message>
        <source>a comment on something a design does not hold</source>
        <translation>un comentario sobre algo que un diseño no contiene</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot; (yet) in the script</source>
        <translation>en el script no hay (todavía) ninguna tabla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot; (yet) in the script</source>
        <translation>en el script no hay (todavía) ninguna columna &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Select a table, relation, note or area</source>
        <translation>Seleccione una tabla, una relación, una nota o un área</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Clave foránea</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Al eliminar</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>Al actualizar</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Claves foráneas</translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation>Herencia</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Choose the area&apos;s colour</source>
        <translation>Elegir el color del área</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation>Usar el color predeterminado</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Foreign key of %1</source>
        <translation>Clave foránea de %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabla %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Área %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
</context>
<context>
    <name>RelatedRowsPanel</name>
    <message>
        <source>This row</source>
        <translation>Esta fila</translation>
    </message>
    <message>
        <source>Activate an entry to go there</source>
        <translation>Active una entrada para ir allí</translation>
    </message>
    <message>
        <source>A new row: save it to follow its relationships</source>
        <translation>Una fila nueva: guárdela para seguir sus relaciones</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Hace referencia a</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>NULL: no row</source>
        <translation>NULL: ninguna fila</translation>
    </message>
    <message>
        <source>Go to the row of %1 this row refers to</source>
        <translation>Ir a la fila de %1 a la que hace referencia esta fila</translation>
    </message>
    <message>
        <source>Referred to by</source>
        <translation>Referenciada por</translation>
    </message>
    <message>
        <source>Show the rows of %1 that refer to this row</source>
        <translation>Mostrar las filas de %1 que hacen referencia a esta fila</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculada a</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 a través de %2</translation>
    </message>
    <message>
        <source>%1 through %2 (%3)</source>
        <translation>%1 a través de %2 (%3)</translation>
    </message>
    <message>
        <source>Show the rows of %1 linked to this row through %2</source>
        <translation>Mostrar las filas de %1 vinculadas a esta fila a través de %2</translation>
    </message>
    <message>
        <source>Inherited columns</source>
        <translation>Columnas heredadas</translation>
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
    <name>RenameHintParser</name>
    <message>
        <source>--rename-table takes OLD=NEW (a backslash escapes &quot;=&quot; and itself in names): %1</source>
        <translation>--rename-table requiere OLD=NEW (una barra invertida escapa &quot;=&quot; y a sí misma en los nombres): %1</translation>
    </message>
    <message>
        <source>--rename-column takes TABLE:OLD=NEW (a backslash escapes &quot;:&quot;, &quot;=&quot; and itself in names): %1</source>
        <translation>--rename-column requiere TABLE:OLD=NEW (una barra invertida escapa &quot;:&quot;, &quot;=&quot; y a sí misma en los nombres): %1</translation>
    </message>
</context>
<context>
    <name>RowEdits</name>
    <message>
        <source>it is no longer in the table (changed or deleted elsewhere). Reload the table and make the change again.</source>
        <translation>ya no está en la tabla (se cambió o eliminó en otro lugar). Vuelva a cargar la tabla y haga el cambio de nuevo.</translation>
    </message>
    <message>
        <source>it is no longer in the table (changed or deleted elsewhere). Reload the table and delete it again.</source>
        <translation>ya no está en la tabla (se cambió o eliminó en otro lugar). Vuelva a cargar la tabla y elimínela de nuevo.</translation>
    </message>
    <message>
        <source>“%1” has no key to tell its rows apart, so they cannot be changed or deleted here. Give the table a primary key to edit its rows.</source>
        <translation>«%1» no tiene una clave que distinga sus filas, así que no se pueden cambiar ni eliminar aquí. Dé a la tabla una clave primaria para editar sus filas.</translation>
    </message>
    <message>
        <source>Cannot save the changes to “%1”: %2</source>
        <translation>No se pueden guardar los cambios en «%1»: %2</translation>
    </message>
    <message>
        <source>New row %1 of “%2”: %3</source>
        <translation>Fila nueva %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3</source>
        <translation>Fila %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>Deleting row %1 of “%2”: %3</source>
        <translation>Al eliminar la fila %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n fila de %1</numerusform>
            <numerusform>%n filas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete %1: %2 refers to it. Delete or change that row first.</source>
        <translation>No se puede eliminar %1: %2 hace referencia a ella. Elimine o modifique primero esa fila.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2 refer to it. Delete or change those rows first.</source>
        <translation>No se puede eliminar %1: %2 hacen referencia a ella. Elimine o modifique primero esas filas.</translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>is NULL</source>
        <translation>es NULL</translation>
    </message>
    <message>
        <source>is not NULL</source>
        <translation>no es NULL</translation>
    </message>
</context>
<context>
    <name>RowLinks</name>
    <message>
        <source>%1 is NULL: this row refers to no row of %2.</source>
        <translation>%1 es NULL: esta fila no hace referencia a ninguna fila de %2.</translation>
    </message>
    <message>
        <source>Rows of %1 linked to %2 %3 through %4</source>
        <translation>Filas de %1 vinculadas a %2 %3 a través de %4</translation>
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
    <name>SchemaChange</name>
    <message>
        <source>safe</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>may fail on existing rows</source>
        <translation>puede fallar con las filas existentes</translation>
    </message>
    <message>
        <source>destroys data</source>
        <translation>destruye datos</translation>
    </message>
    <message>
        <source>add table %1</source>
        <translation>añadir la tabla %1</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>eliminar la tabla %1</translation>
    </message>
    <message>
        <source>rename table %1 to %2</source>
        <translation>renombrar la tabla %1 a %2</translation>
    </message>
    <message>
        <source>change the comment of table %1</source>
        <translation>cambiar el comentario de la tabla %1</translation>
    </message>
    <message>
        <source>change the inheritance of %1: %2 -&gt; %3</source>
        <translation>cambiar la herencia de %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>add column %1 %2</source>
        <translation>añadir la columna %1 %2</translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation>eliminar la columna %1</translation>
    </message>
    <message>
        <source>rename column %1.%2 to %3</source>
        <translation>renombrar la columna %1.%2 a %3</translation>
    </message>
    <message>
        <source>change the type of %1: %2 -&gt; %3</source>
        <translation>cambiar el tipo de %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>make %1 NOT NULL</source>
        <translation>hacer %1 NOT NULL</translation>
    </message>
    <message>
        <source>make %1 nullable</source>
        <translation>permitir NULL en %1</translation>
    </message>
    <message>
        <source>change the default of %1: %2 -&gt; %3</source>
        <translation>cambiar el valor predeterminado de %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>stop numbering %1 automatically</source>
        <translation>dejar de numerar %1 automáticamente</translation>
    </message>
    <message>
        <source>number %1 automatically</source>
        <translation>numerar %1 automáticamente</translation>
    </message>
    <message>
        <source>change the comment of %1</source>
        <translation>cambiar el comentario de %1</translation>
    </message>
    <message>
        <source>add %1 on %2</source>
        <translation>añadir %1 en %2</translation>
    </message>
    <message>
        <source>drop %1 on %2</source>
        <translation>eliminar %1 de %2</translation>
    </message>
    <message>
        <source>add foreign key %1 %2</source>
        <translation>añadir la clave foránea %1 %2</translation>
    </message>
    <message>
        <source>drop foreign key %1 %2</source>
        <translation>eliminar la clave foránea %1 %2</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>The rename of table %1 to %2 was not used: the first must be only in the source and the second only in the target.</source>
        <translation>No se usó el cambio de nombre de la tabla %1 a %2: el primer nombre debe estar solo en el origen y el segundo solo en el destino.</translation>
    </message>
    <message>
        <source>The rename of column %1.%2 to %3 was not used: the first must be only in the source and the second only in the target.</source>
        <translation>No se usó el cambio de nombre de la columna %1.%2 a %3: el primer nombre debe estar solo en el origen y el segundo solo en el destino.</translation>
    </message>
    <message>
        <source>The rename of column %1.%2 to %3 was not used: the target has no table %1 that the source has too.</source>
        <translation>No se usó el cambio de nombre de la columna %1.%2 a %3: el destino no tiene ninguna tabla %1 que también esté en el origen.</translation>
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
    <name>ScriptSchema</name>
    <message>
        <source>there is no table &quot;%1&quot; (yet) in the script</source>
        <translation>en el script no hay (todavía) ninguna tabla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot; to drop</source>
        <translation>no hay ninguna tabla &quot;%1&quot; que eliminar</translation>
    </message>
    <message>
        <source>no such table yet</source>
        <translation>esa tabla aún no existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no tiene ninguna columna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two primary keys</source>
        <translation>&quot;%1&quot; tiene dos claves primarias</translation>
    </message>
    <message>
        <source>the foreign key %1 references &quot;%2&quot;, which the script does not create</source>
        <translation>la clave foránea %1 hace referencia a &quot;%2&quot;, que el script no crea</translation>
    </message>
    <message>
        <source>the foreign key %1 references &quot;%2&quot;.&quot;%3&quot;, which does not exist</source>
        <translation>la clave foránea %1 hace referencia a &quot;%2&quot;.&quot;%3&quot;, que no existe</translation>
    </message>
    <message>
        <source>the foreign key %1 has %2 columns but references %3</source>
        <translation>la clave foránea %1 tiene %2 columnas pero hace referencia a %3</translation>
    </message>
    <message>
        <source>%1; the rest of the statement imported</source>
        <translation>%1; el resto de la sentencia se ha importado</translation>
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
    <message>
        <source>There is no such foreign key.</source>
        <translation>No existe esa clave foránea.</translation>
    </message>
    <message>
        <source>Cannot add rows to &quot;%1&quot;: %2</source>
        <translation>No se pueden añadir filas a &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find an action, a key or a menu...</source>
        <translation>Buscar una acción, una tecla o un menú...</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
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
        <translation>%1 (los modelos no se podrán crear en %2)</translation>
    </message>
    <message>
        <source>Association table of a many-to-many relationship.</source>
        <translation>Tabla de asociación de una relación de muchos a muchos.</translation>
    </message>
    <message>
        <source>No primary key: a Table, not a mapped class.</source>
        <translation>Sin clave primaria: una Table, no una clase mapeada.</translation>
    </message>
</context>
<context>
    <name>SqlImportReport</name>
    <message>
        <source>%1: imported: %2</source>
        <translation>%1: importada: %2</translation>
    </message>
    <message>
        <source>%1: skipped: %2 (%3)</source>
        <translation>%1: omitida: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: failed: %2: %3</source>
        <translation>%1: fallida: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s): %1 imported, %2 skipped, %3 failed</source>
        <translation>
            <numerusform>%n sentencia: %1 importadas, %2 omitidas, %3 fallidas</numerusform>
            <numerusform>%n sentencias: %1 importadas, %2 omitidas, %3 fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPreviewDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar c&amp;omo...</translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation>Vista previa de SQL</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecto:</translation>
    </message>
    <message>
        <source>Writing SQL...</source>
        <translation>Escribiendo SQL...</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n sentencia</numerusform>
            <numerusform>%n sentencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has errors; no SQL was written. Fix them first.</source>
        <translation>El diseño tiene errores; no se ha escrito ningún SQL. Corríjalos primero.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>Guardar SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SqlScriptImporter</name>
    <message>
        <source>backquotes</source>
        <translation>comillas invertidas</translation>
    </message>
    <message>
        <source>$$ quotes</source>
        <translation>comillas $$</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a command for the client, not the database</source>
        <translation>una orden para el cliente, no para la base de datos</translation>
    </message>
    <message>
        <source>data, not structure</source>
        <translation>datos, no estructura</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>una consulta</translation>
    </message>
    <message>
        <source>a session setting</source>
        <translation>un ajuste de sesión</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>un ajuste</translation>
    </message>
    <message>
        <source>table locking</source>
        <translation>bloqueo de tablas</translation>
    </message>
    <message>
        <source>accounts and privileges</source>
        <translation>cuentas y privilegios</translation>
    </message>
    <message>
        <source>transaction control</source>
        <translation>control de transacciones</translation>
    </message>
    <message>
        <source>the database itself, not its tables</source>
        <translation>la propia base de datos, no sus tablas</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>SQLite&apos;s own table, which SQLite makes itself</source>
        <translation>una tabla propia de SQLite, que SQLite crea por sí mismo</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>a view, which a design does not hold</source>
        <translation>una vista, que un diseño no contiene</translation>
    </message>
    <message>
        <source>a trigger, which a design does not hold</source>
        <translation>un disparador, que un diseño no contiene</translation>
    </message>
    <message>
        <source>a routine, which a design does not hold</source>
        <translation>una rutina, que un diseño no contiene</translation>
    </message>
</context>
<context>
    <name>SqlScriptSplitter</name>
    <message>
        <source>the comment that starts at line %1, column %2 is not closed</source>
        <translation>el comentario que empieza en la línea %1, columna %2 no se cierra</translation>
    </message>
    <message>
        <source>the string that starts at line %1, column %2 is not closed</source>
        <translation>la cadena que empieza en la línea %1, columna %2 no se cierra</translation>
    </message>
    <message>
        <source>the quoted name that starts at line %1, column %2 is not closed</source>
        <translation>el nombre entre comillas que empieza en la línea %1, columna %2 no se cierra</translation>
    </message>
    <message>
        <source>the $-quoted text that starts at line %1, column %2 is not closed</source>
        <translation>el texto entre $ que empieza en la línea %1, columna %2 no se cierra</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>Schemata cannot check the default %1 for SQLite: %2</source>
        <translation>Schemata no puede comprobar el valor predeterminado %1 para SQLite: %2</translation>
    </message>
    <message>
        <source>SQLite refuses the default %1: %2.</source>
        <translation>SQLite rechaza el valor predeterminado %1: %2.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>a compressed file or archive</source>
        <translation>un archivo comprimido o empaquetado</translation>
    </message>
    <message>
        <source>a UTF-16 text file</source>
        <translation>un archivo de texto UTF-16</translation>
    </message>
    <message>
        <source>an XML file, such as a design</source>
        <translation>un archivo XML, como un diseño</translation>
    </message>
    <message>
        <source>a JSON file, such as an export</source>
        <translation>un archivo JSON, como una exportación</translation>
    </message>
    <message>
        <source>an SQL script; sqlite3 can run it to make a database</source>
        <translation>un script SQL; sqlite3 puede ejecutarlo para crear una base de datos</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SQLite database.</source>
        <translation>%1 es una carpeta, no una base de datos SQLite.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: it does not start with SQLite&apos;s header (it may be damaged, encrypted, or another kind of file).</source>
        <translation>%1 no es una base de datos SQLite: no empieza con la cabecera de SQLite (puede estar dañado, cifrado o ser otro tipo de archivo).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (it looks like %2).</source>
        <translation>%1 no es una base de datos SQLite (parece %2).</translation>
    </message>
</context>
<context>
    <name>SqliteRowReader</name>
    <message>
        <source>Qt&apos;s SQLite driver did not leave the query on its first row.</source>
        <translation>El controlador SQLite de Qt no dejó la consulta en su primera fila.</translation>
    </message>
</context>
<context>
    <name>SqliteScriptRunner</name>
    <message>
        <source>refused: an imported script may not open other database files</source>
        <translation>rechazado: un script importado no puede abrir otros archivos de base de datos</translation>
    </message>
    <message>
        <source>refused: an imported script may not write files</source>
        <translation>rechazado: un script importado no puede escribir archivos</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not give access to SQLite&apos;s functions, which the import of an SQLite script needs.</source>
        <translation>El controlador SQLite de Qt no da acceso a las funciones de SQLite, que necesita la importación de un script SQLite.</translation>
    </message>
    <message>
        <source>%1 (at line %2, column %3)</source>
        <translation>%1 (en la línea %2, columna %3)</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>nada que ejecutar</translation>
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
    <name>SynchronizeDialog</name>
    <message>
        <source>Compare and Synchronize</source>
        <translation>Comparar y sincronizar</translation>
    </message>
    <message>
        <source>Compare the design with a database and bring the database to it, keeping its rows. Nothing changes until you apply the changes you choose on the next page.</source>
        <translation>Compara el diseño con una base de datos y lleva la base de datos a él, conservando sus filas. No cambia nada hasta que aplique los cambios que elija en la página siguiente.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Comprobación de datos</translation>
    </message>
    <message>
        <source>The SQL of the selected change</source>
        <translation>El SQL del cambio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Allow the changes that destroy data (dropped tables and columns, types that lose values)</source>
        <translation>Per&amp;mitir los cambios que destruyen datos (tablas y columnas eliminadas, tipos que pierden valores)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Dry Run...</source>
        <translation>&amp;Simulación...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message numerus="yes">
        <source>The rows of the database would make %n chosen change(s) fail: untick them, or fix the rows first.</source>
        <translation>
            <numerusform>Las filas de la base de datos harían fallar %n cambio elegido: desmárquelo o corrija antes las filas.</numerusform>
            <numerusform>Las filas de la base de datos harían fallar %n cambios elegidos: desmárquelos o corrija antes las filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some chosen changes destroy data: tick the box above to allow them.</source>
        <translation>Algunos cambios elegidos destruyen datos: marque la casilla de arriba para permitirlos.</translation>
    </message>
    <message>
        <source>Comparing the design with %1...</source>
        <translation>Comparando el diseño con %1...</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>no se ha podido comprobar: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the way: %1; first: %2</source>
        <translation>
            <numerusform>%n fila lo impide: %1; primera: %2</numerusform>
            <numerusform>%n filas lo impiden: %1; primera: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the design&apos;s structure: there is nothing to change.</source>
        <translation>%1 ya tiene la estructura del diseño: no hay nada que cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) bring %1 to the design. Untick what should stay as it is; right-click a dropped table or column to pair it with an added one as a rename.</source>
        <translation>
            <numerusform>%n cambio lleva %1 al diseño. Desmarque lo que deba quedarse como está; haga clic con el botón derecho en una tabla o columna eliminada para emparejarla con una añadida como un renombrado.</numerusform>
            <numerusform>%n cambios llevan %1 al diseño. Desmarque lo que deba quedarse como está; haga clic con el botón derecho en una tabla o columna eliminada para emparejarla con una añadida como un renombrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone (not in the design): %1.</source>
        <translation>Sin tocar (no están en el diseño): %1.</translation>
    </message>
    <message>
        <source>Pair as a &amp;Rename With</source>
        <translation>Emparejar como &amp;renombrado con</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Guardar script</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>Scripts SQL (*.sql)</translation>
    </message>
    <message>
        <source>Cannot Save Script</source>
        <translation>No se puede guardar el script</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Nothing has run. These statements would, in this order:</source>
        <translation>No se ha ejecutado nada. Se ejecutarían estas sentencias, en este orden:</translation>
    </message>
    <message>
        <source>Changing %1...</source>
        <translation>Cambiando %1...</translation>
    </message>
    <message>
        <source>Step %1 of %2 done...</source>
        <translation>Paso %1 de %2 hecho...</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the chosen changes: %n step(s) ran.</source>
        <translation>
            <numerusform>%1 tiene los cambios elegidos: se ha ejecutado %n paso.</numerusform>
            <numerusform>%1 tiene los cambios elegidos: se han ejecutado %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>The changes stopped: %1</source>
        <translation>Los cambios se han detenido: %1</translation>
    </message>
    <message>
        <source>The statement was:</source>
        <translation>La sentencia era:</translation>
    </message>
    <message>
        <source>These steps ran and stay:</source>
        <translation>Estos pasos se ejecutaron y se mantienen:</translation>
    </message>
    <message>
        <source>These statements undo them:</source>
        <translation>Estas sentencias los deshacen:</translation>
    </message>
    <message>
        <source>The data of these steps is gone for good: %1</source>
        <translation>Los datos de estos pasos se han perdido para siempre: %1</translation>
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
        <translation>BLOB de %1 bytes</translation>
    </message>
    <message>
        <source>“%1” needs a value: it is NOT NULL.</source>
        <translation>«%1» necesita un valor: es NOT NULL.</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <source>New row, not saved yet</source>
        <translation>Fila nueva, aún sin guardar</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Cambiada, aún sin guardar</translation>
    </message>
    <message>
        <source>To be deleted when saved</source>
        <translation>Se eliminará al guardar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>Eliminar %n fila</numerusform>
            <numerusform>Eliminar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n Row(s)</source>
        <translation>
            <numerusform>Revertir %n fila</numerusform>
            <numerusform>Revertir %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert All</source>
        <translation>Revertir todo</translation>
    </message>
</context>
<context>
    <name>TableQuery</name>
    <message>
        <source>Cannot read &quot;%1&quot; this way: it has no key to continue from.</source>
        <translation>No se puede leer &quot;%1&quot; de esta manera: no tiene ninguna clave desde la que continuar.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of &quot;%1&quot;: %2</source>
        <translation>No se pueden contar las filas de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot find a row of &quot;%1&quot;: it has no key.</source>
        <translation>No se puede encontrar una fila de &quot;%1&quot;: no tiene clave.</translation>
    </message>
</context>
<context>
    <name>TableSidebar</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Count Rows</source>
        <translation>Contar filas</translation>
    </message>
    <message>
        <source>Count the rows of the selected table exactly</source>
        <translation>Contar exactamente las filas de la tabla seleccionada</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Show in Diagram</source>
        <translation>Mostrar en el diagrama</translation>
    </message>
    <message>
        <source>Estimated; use Count Rows for the exact number</source>
        <translation>Estimado; «Contar filas» da el número exacto</translation>
    </message>
    <message>
        <source>A view: its rows can be read, not edited</source>
        <translation>Una vista: sus filas se pueden leer, no editar</translation>
    </message>
    <message>
        <source>%1.%2 → %3</source>
        <translation>%1.%2 → %3</translation>
    </message>
    <message>
        <source>Rows of %1 refer to a row of %2</source>
        <translation>Las filas de %1 hacen referencia a una fila de %2</translation>
    </message>
    <message>
        <source>← %1.%2</source>
        <translation>← %1.%2</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>Kept by Schemata</source>
        <translation>Gestionada por Schemata</translation>
    </message>
    <message>
        <source>The migrations Schemata ran on this database (schemata history): read-only</source>
        <translation>Las migraciones que Schemata ha ejecutado en esta base de datos (schemata history): solo lectura</translation>
    </message>
</context>
<context>
    <name>TypedColumn</name>
    <message>
        <source>A quote is not closed.</source>
        <translation>Hay unas comillas sin cerrar.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Hay un paréntesis sin cerrar.</translation>
    </message>
    <message>
        <source>The column&apos;s name comes first.</source>
        <translation>Primero va el nombre de la columna.</translation>
    </message>
    <message>
        <source>NOT must be followed by NULL.</source>
        <translation>NOT debe ir seguido de NULL.</translation>
    </message>
    <message>
        <source>PRIMARY must be followed by KEY.</source>
        <translation>PRIMARY debe ir seguido de KEY.</translation>
    </message>
    <message>
        <source>DEFAULT needs a value: a number, &apos;text&apos;, NULL, CURRENT_TIMESTAMP or an (expression).</source>
        <translation>DEFAULT necesita un valor: un número, &apos;texto&apos;, NULL, CURRENT_TIMESTAMP o una (expresión).</translation>
    </message>
    <message>
        <source>A card does not take &quot;%1&quot; here: after the type come NOT NULL, NULL, DEFAULT value, AUTO_INCREMENT, PRIMARY KEY and UNIQUE.</source>
        <translation>Una tarjeta no admite &quot;%1&quot; aquí: después del tipo van NOT NULL, NULL, DEFAULT valor, AUTO_INCREMENT, PRIMARY KEY y UNIQUE.</translation>
    </message>
    <message>
        <source>A column is either NULL or NOT NULL.</source>
        <translation>Una columna es o bien NULL o bien NOT NULL.</translation>
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
        <translation>Ninguna celda seleccionada</translation>
    </message>
    <message>
        <source>%1, row %2: loading…</source>
        <translation>%1, fila %2: cargando…</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: BLOB of %Ln bytes</source>
        <translation>
            <numerusform>%1: BLOB de %Ln byte</numerusform>
            <numerusform>%1: BLOB de %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %Ln bytes shown)</source>
        <translation>
            <numerusform>(se muestra el primer %Ln byte)</numerusform>
            <numerusform>(se muestran los primeros %Ln bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>Imagen, %1 × %2 píxeles</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export to JSON</source>
        <translation>Exportar a JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportando %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows of %1 to %2</source>
        <translation>
            <numerusform>%Ln fila de %1 exportada a %2</numerusform>
            <numerusform>%Ln filas de %1 exportadas a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
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
        <translation>Diseñe bases de datos relacionales, créelas y examine sus filas.</translation>
    </message>
    <message>
        <source>Recent Designs</source>
        <translation>Diseños recientes</translation>
    </message>
    <message>
        <source>Recent Databases</source>
        <translation>Bases de datos recientes</translation>
    </message>
    <message>
        <source>No designs opened yet.</source>
        <translation>Todavía no se ha abierto ningún diseño.</translation>
    </message>
    <message>
        <source>No databases opened yet.</source>
        <translation>Todavía no se ha abierto ninguna base de datos.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
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
