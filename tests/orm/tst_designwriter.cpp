#include "schemadump.h"
#include "xml/designfile.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

static QByteArray fixture(const QString &name)
{
    QFile file(QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

static Schema read(const QByteArray &data)
{
    DesignReader reader;
    if (!reader.read(data))
        qFatal("cannot read: %s", qPrintable(reader.errorString()));
    return reader.takeSchema();
}

class tst_DesignWriter : public QObject
{
    Q_OBJECT

private slots:
    void byteIdentity_data();
    void byteIdentity();
    void fixedPoint_data();
    void fixedPoint();
    void crlfStaysCrlf();
    void nestedRowsAndKeysWrittenOnce();
    void keyWordInsideRowSavedAtTableLevel();
    void newDesign();
    void hostileNamesStayWellFormed();
    void editedValuesUseDesignerEncoding();
    void movedTableGetsNewCoordinates();
    void renamesFollowIds();
    void extensionsRoundTrip();
    void formerNamesRoundTrip();
    void failedSaveLeavesFileIntact();
};

void tst_DesignWriter::byteIdentity_data()
{
    QTest::addColumn<QString>("file");
    // The fixtures saved by WWW SQL Designer itself, in its own layout (2012 to 2022).
    for (const char *name :
        {"03_lintei_postgresql_comments_es.xml", "04_rtdbus_sqlite_cyrillic.xml",
            "06_dnd_site_31tables_composite.xml", "07_art_des_nations_30tables.xml",
            "09_marion_index_keys.xml", "11_neptune_unique_index_composite.xml",
            "13_orderly_postgresql.xml", "14_gustohop_pg_fractional_xy.xml",
            "17_warehouse_selfref.xml", "18_see_app_dataflow_oddnames.xml",
            "19_wisor_postgresql_13tables.xml", "24_jukebox_lewagon.xml"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_DesignWriter::byteIdentity()
{
    QFETCH(QString, file);
    const QByteArray original = fixture(file);
    const QByteArray saved = DesignWriter::write(read(original));
    if (saved != original) {
        qsizetype i = 0;
        while (i < saved.size() && i < original.size() && saved.at(i) == original.at(i))
            ++i;
        QFAIL(qPrintable(u"first difference at byte %1: saved \"%2\", original \"%3\""_s.arg(i).arg(
            QString::fromUtf8(saved.mid(i, 60)), QString::fromUtf8(original.mid(i, 60)))));
    }
}

void tst_DesignWriter::fixedPoint_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files
        = QDir(QStringLiteral(SCHEMATA_FIXTURES)).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 17);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_DesignWriter::fixedPoint()
{
    QFETCH(QString, file);
    const QByteArray original = fixture(file);
    const Schema first = read(original);
    const QByteArray once = DesignWriter::write(first);
    const Schema second = read(once);
    // The first save means the same as the original ...
    QCOMPARE(dumpSchema(second), dumpSchema(first));
    // ... and saving again changes nothing (also for re-indented and one-line files).
    QCOMPARE(DesignWriter::write(second), once);
    // Deterministic.
    QCOMPARE(DesignWriter::write(first), once);
}

void tst_DesignWriter::crlfStaysCrlf()
{
    QByteArray original = fixture(u"03_lintei_postgresql_comments_es.xml"_s);
    QVERIFY(!original.contains('\r'));
    original.replace("\n", "\r\n");
    QCOMPARE(DesignWriter::write(read(original)), original);

    // A re-indented CRLF file (02) is written in the designer's layout, still with CRLF.
    const QByteArray web2py = DesignWriter::write(read(fixture(u"02_ondras_web2py_sample.xml"_s)));
    QCOMPARE(web2py.count("\r\n"), web2py.count('\n'));
}

void tst_DesignWriter::nestedRowsAndKeysWrittenOnce()
{
    // Rows and keys nested in a row (found at any depth, as by the designer) are written once,
    // at table level, and the result is stable.
    QByteArray file = fixture(u"24_jukebox_lewagon.xml"_s);
    const qsizetype row = file.indexOf("</row>");
    file.insert(row,
        "<row name=\"inner\" null=\"1\"><datatype>INTEGER</datatype></row>"
        "<key type=\"UNIQUE\" name=\"u\"><part>inner</part></key>");
    const Schema first = read(file);
    const QByteArray once = DesignWriter::write(first);
    QCOMPARE(once.count("name=\"inner\""), 1);
    QCOMPARE(once.count("<key type=\"UNIQUE\" name=\"u\">"), 1);
    const Schema second = read(once);
    QCOMPARE(dumpSchema(second), dumpSchema(first));
    QCOMPARE(DesignWriter::write(second), once);
}

void tst_DesignWriter::keyWordInsideRowSavedAtTableLevel()
{
    // <key>PRIMARY</key> written inside rows, as by hand: saved as the table's own key with
    // those rows as parts, which WWW SQL Designer reads, and no longer inside the rows.
    QByteArray file = fixture(u"24_jukebox_lewagon.xml"_s);
    const qsizetype keyBegin = file.indexOf("<key type=\"PRIMARY\"");
    const qsizetype keyEnd = file.indexOf("</key>\n", keyBegin) + 7;
    const QByteArray tableKey = file.mid(keyBegin, keyEnd - keyBegin);
    QCOMPARE(tableKey, "<key type=\"PRIMARY\" name=\"\">\n<part>id</part>\n</key>\n"_ba);
    file.remove(keyBegin, keyEnd - keyBegin);
    const qsizetype firstRowEnd = file.indexOf("</row>", file.indexOf("<table"));
    file.insert(firstRowEnd, "<key>PRIMARY</key>\n");
    const qsizetype secondRowEnd = file.indexOf("</row>", firstRowEnd + 30);
    file.insert(secondRowEnd, "<key>UNIQUE</key>");

    DesignReader reader;
    QVERIFY(reader.read(file));
    QCOMPARE(reader.warnings().size(), 2);
    const QByteArray saved = DesignWriter::write(reader.schema());
    // The first table is as the designer saved it, with a UNIQUE key on "name" added.
    QCOMPARE(saved.count("<key>"), 0);
    QVERIFY(saved.contains("<key type=\"PRIMARY\" name=\"\">\n<part>id</part>\n</key>\n"
                           "<key type=\"UNIQUE\" name=\"\">\n<part>name</part>\n</key>\n"
                           "</table>"));
    QByteArray expected = fixture(u"24_jukebox_lewagon.xml"_s);
    expected.insert(expected.indexOf("</table>"),
        "<key type=\"UNIQUE\" name=\"\">\n<part>name</part>\n</key>\n");
    QCOMPARE(saved, expected);

    // Read again: the same keys, and nothing to warn about any more.
    DesignReader again;
    QVERIFY(again.read(saved));
    QVERIFY(again.warnings().isEmpty());
    QCOMPARE(dumpSchema(again.schema()), dumpSchema(reader.schema()));
    QCOMPARE(DesignWriter::write(again.schema()), saved);
}

void tst_DesignWriter::newDesign()
{
    Schema schema;
    Table &users = schema.addTable(u"users"_s, {10, 10});
    Column &id = schema.addColumn(users, u"id"_s, u"INTEGER"_s);
    id.setNullable(false);
    id.autoIncrement = true;
    Column &name = schema.addColumn(users, u"name"_s, u"VARCHAR(100)"_s);
    name.comment = u"Display name"_s;
    schema.addKey(users, Key::Primary, {users.columns.at(0).id});
    users.comment = u"App users"_s;

    const QByteArray bytes = DesignWriter::write(schema);
    QVERIFY(!bytes.contains("Active URL"));
    QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"));
    // The designer's layout, as in section 1.2 of the format doc.
    QVERIFY(bytes.contains("</datatypes><table x=\"10\" y=\"10\" name=\"users\">\n"
                           "<row name=\"id\" null=\"0\" autoincrement=\"1\">\n"
                           "<datatype>INTEGER</datatype>\n</row>\n"
                           "<row name=\"name\" null=\"1\" autoincrement=\"0\">\n"
                           "<datatype>VARCHAR(100)</datatype>\n"
                           "<default>NULL</default><comment>Display name</comment>\n</row>\n"
                           "<key type=\"PRIMARY\" name=\"\">\n<part>id</part>\n</key>\n"
                           "<comment>App users</comment>\n</table>\n</sql>\n"));
    QCOMPARE(DesignWriter::write(schema), bytes);
    QCOMPARE(dumpSchema(read(bytes)), dumpSchema(schema));
}

void tst_DesignWriter::hostileNamesStayWellFormed()
{
    Schema schema;
    const QString tableName = u"a&b<c>\"d'; DROP TABLE x; --"_s;
    const QString columnName = u"ключ <\"id\"> & ü\ttab"_s;
    Table &t = schema.addTable(tableName);
    Column &c = schema.addColumn(t, columnName, u"INTEGER"_s);
    c.comment = u"ends with ]]> and has \x01 control"_s;
    c.defaultValue = DefaultValue::text(u"</default>"_s);
    schema.addKey(t, Key::Unique, {c.id}, u"uq <&\">"_s);
    Table &r = schema.addTable(u"refs"_s);
    Column &fkColumn = schema.addColumn(r, u"x"_s, u"INTEGER"_s);
    schema.addForeignKey(
        r, {fkColumn.id}, schema.tables().at(0), {schema.tables().at(0).columns.at(0).id});

    const QByteArray bytes = DesignWriter::write(schema);
    DesignReader reader;
    QVERIFY2(reader.read(bytes), qPrintable(reader.errorString()));
    const Schema back = reader.takeSchema();
    QCOMPARE(back.tables().at(0).name, tableName);
    QCOMPARE(back.tables().at(0).columns.at(0).name, columnName);
    QCOMPARE(back.tables().at(0).keys.at(0).name, u"uq <&\">"_s);
    QCOMPARE(back.tables().at(0).columns.at(0).defaultValue, DefaultValue::text(u"</default>"_s));
    // A control character cannot be stored in XML; it is replaced, never written raw.
    QCOMPARE(back.tables().at(0).columns.at(0).comment, u"ends with ]]> and has \uFFFD control"_s);
    QVERIFY(back.tables().at(1).foreignKeys.at(0).isResolved());
}

void tst_DesignWriter::editedValuesUseDesignerEncoding()
{
    Schema schema = read(fixture(u"24_jukebox_lewagon.xml"_s));
    Table &table = schema.tables()[0];
    Column &first = table.columns[0];
    Column &second = table.columns[1];
    // A nullable column without a default element stays so when untouched; an edited
    // default is written the designer's way.
    first.defaultValue = DefaultValue::text(u"it's"_s);
    first.setType(u"VARCHAR"_s, u"20"_s);
    second.setType(u"TIMESTAMP"_s, {});
    second.defaultValue = DefaultValue::text(u"CURRENT_TIMESTAMP"_s);
    const QByteArray bytes = DesignWriter::write(schema);
    QVERIFY(bytes.contains("<datatype>VARCHAR(20)</datatype>\n<default>'it's'</default></row>"));
    QVERIFY(bytes.contains("<datatype>TIMESTAMP</datatype>\n<default>CURRENT_TIMESTAMP</default>"));
    const Schema back = read(bytes);
    QCOMPARE(back.tables().at(0).columns.at(0).defaultValue, DefaultValue::text(u"it's"_s));
    QCOMPARE(
        back.tables().at(0).columns.at(1).defaultValue, DefaultValue::text(u"CURRENT_TIMESTAMP"_s));
}

void tst_DesignWriter::movedTableGetsNewCoordinates()
{
    const QByteArray original = fixture(u"14_gustohop_pg_fractional_xy.xml"_s);
    Schema schema = read(original);
    Table *fractional = nullptr;
    for (Table &t : schema.tables()) {
        if (t.source.x.contains(u'.'))
            fractional = &t;
    }
    QVERIFY(fractional);
    const QString oldX = fractional->source.x;
    fractional->position += QPointF(10, 0);
    const QByteArray bytes = DesignWriter::write(schema);
    QVERIFY(!bytes.contains(oldX.toUtf8()));
    const QByteArray moved = "<table x=\"" + QByteArray::number(int(fractional->position.x()))
        + "\" y=\"" + fractional->source.y.toUtf8() + "\" name=\"";
    QVERIFY(bytes.contains(moved));
    // Only that line changed.
    const QList<QByteArray> before = original.split('\n');
    const QList<QByteArray> after = bytes.split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < before.size(); ++i)
        changed += before.at(i) != after.at(i);
    QCOMPARE(changed, 1);
}

void tst_DesignWriter::renamesFollowIds()
{
    Schema schema = read(fixture(u"17_warehouse_selfref.xml"_s));
    Table *referenced = nullptr;
    ObjectId referencedColumn = NoObject;
    for (Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys) {
            if (fk.referencedTable != t.id) {
                referenced = schema.table(fk.referencedTable);
                referencedColumn = fk.parts.at(0).referencedColumn;
            }
        }
    }
    QVERIFY(referenced);
    const ObjectId tableId = referenced->id;
    const QString oldName = referenced->name;
    referenced->name = u"renamed_table"_s;
    referenced->column(referencedColumn)->name = u"renamed_id"_s;

    const Schema back = read(DesignWriter::write(schema));
    QVERIFY(!back.tableByName(oldName));
    const Table *renamed = back.tableByName(u"renamed_table"_s);
    QVERIFY(renamed);
    int references = 0;
    for (const Table &t : back.tables()) {
        for (const ForeignKey &fk : t.foreignKeys) {
            if (fk.referencedTable == renamed->id) {
                QVERIFY(fk.isResolved());
                references += back.referencedColumnName(fk, fk.parts.at(0)) == u"renamed_id"_s;
            }
        }
    }
    QVERIFY(references > 0);
    // Keys follow the rename too.
    QVERIFY(dumpSchema(back).join(u'\n').contains(u"key PRIMARY [] (renamed_id)"_s));
    QCOMPARE(schema.table(tableId)->name, u"renamed_table"_s);
}

void tst_DesignWriter::extensionsRoundTrip()
{
    Schema schema;
    Table &employee = schema.addTable(u"employee"_s);
    schema.addColumn(employee, u"id"_s, u"INTEGER"_s).setNullable(false);
    schema.addColumn(employee, u"type"_s, u"VARCHAR(20)"_s).setNullable(false);
    employee.inheritance.discriminator = employee.columns.at(1).id;
    employee.inheritance.identity = u"employee"_s;
    schema.addKey(employee, Key::Primary, {employee.columns.at(0).id});

    Table &engineer = schema.addTable(u"engineer"_s, {300, 0});
    schema.addColumn(engineer, u"id"_s, u"INTEGER"_s).setNullable(false);
    engineer.inheritance.kind = Inheritance::Kind::Joined;
    engineer.inheritance.parent = schema.tables().at(0).id;
    engineer.inheritance.identity = u"engineer"_s;
    ForeignKey &fk = schema.addForeignKey(engineer, {engineer.columns.at(0).id},
        schema.tables().at(0), {schema.tables().at(0).columns.at(0).id}, u"fk_eng"_s);
    fk.onDelete = ReferentialAction::Cascade;

    Table &pair = schema.addTable(u"pair"_s);
    pair.pinned = true;
    schema.addColumn(pair, u"a"_s, u"INTEGER"_s);
    schema.addColumn(pair, u"b"_s, u"INTEGER"_s);
    Table &line = schema.addTable(u"line"_s);
    schema.addColumn(line, u"x"_s, u"INTEGER"_s);
    schema.addColumn(line, u"y"_s, u"INTEGER"_s);
    ForeignKey &composite = schema.addForeignKey(line,
        {line.columns.at(0).id, line.columns.at(1).id}, schema.tables().at(2),
        {schema.tables().at(2).columns.at(0).id, schema.tables().at(2).columns.at(1).id});
    composite.onUpdate = ReferentialAction::Restrict;
    schema.notes().append(
        {schema.newId(), QRectF(5, 6, 100, 50), u"<b>not markup</b>"_s, u"#ff0"_s});
    schema.areas().append({schema.newId(), QRectF(0, 0, 400, 300), u"HR & pay"_s, {}});

    const QByteArray bytes = DesignWriter::write(schema);
    const Schema back = read(bytes);
    QCOMPARE(dumpSchema(back), dumpSchema(schema));
    QCOMPARE(back.tables().at(1).inheritance.kind, Inheritance::Kind::Joined);
    QCOMPARE(back.tables().at(1).inheritance.parent, back.tables().at(0).id);
    QCOMPARE(back.tables().at(0).inheritance.discriminator, back.tables().at(0).columns.at(1).id);
    QCOMPARE(back.tables().at(3).foreignKeys.size(), 1);
    QCOMPARE(back.tables().at(3).foreignKeys.at(0).parts.size(), 2);
    QCOMPARE(back.notes().at(0).text, u"<b>not markup</b>"_s);
    QCOMPARE(back.areas().at(0).title, u"HR & pay"_s);
    QVERIFY(back.tables().at(2).pinned);
    QVERIFY(!back.tables().at(0).pinned);
    QVERIFY(bytes.contains("name=\"pair\" pinned=\"1\""));
    // The designer must not see extension content as its own elements.
    QVERIFY(
        !bytes.contains("<note x=\"5\" y=\"6\" width=\"100\" height=\"50\" color=\"#ff0\"><b>"));
    QCOMPARE(DesignWriter::write(back), bytes);
}

void tst_DesignWriter::formerNamesRoundTrip()
{
    Schema schema = read(fixture(u"24_jukebox_lewagon.xml"_s));
    const QByteArray original = DesignWriter::write(schema);
    Table &table = schema.tables()[1];
    const QString tableName = table.name;
    const QStringList tableNames {u"it's \"q\" & <b>"_s, u"Ünïcödé 表 😀"_s, tableName.toUpper()};
    const QStringList columnNames {u"a\tb\nc"_s, u"x]]>y"_s};
    table.formerNames = tableNames;
    table.columns[0].formerNames = columnNames;

    const QByteArray bytes = DesignWriter::write(schema);
    // After the table's keys and comment, and after the row's relations and comment.
    const QByteArray tableLines = "<renamed from=\"it's &quot;q&quot; &amp; &lt;b>\" />\n"
                                  "<renamed from=\"Ünïcödé 表 😀\" />\n<renamed from=\""
        + tableName.toUpper().toUtf8() + "\" />\n</table>";
    QVERIFY(bytes.contains(tableLines));
    QVERIFY(
        bytes.contains("<renamed from=\"a&#9;b&#10;c\" />\n<renamed from=\"x]]>y\" />\n</row>"));
    // Nothing else changed (the elements follow the row's <default> on its line, as the
    // designer writes <relation> and <comment> there).
    QVERIFY(bytes.contains("<default>NULL</default><renamed from=\"a&#9;b&#10;c\" />\n"));
    QString stripped = QString::fromUtf8(bytes);
    stripped.remove(QRegularExpression(u"<renamed from=\"[^\"]*\" />\n"_s));
    QCOMPARE(stripped.toUtf8(), original);

    const Schema back = read(bytes);
    QCOMPARE(back.tables().at(1).formerNames, tableNames);
    QCOMPARE(back.tables().at(1).columns.at(0).formerNames, columnNames);
    QVERIFY(back.tables().at(1).columns.at(1).formerNames.isEmpty());
    QCOMPARE(dumpSchema(back), dumpSchema(schema));
    QCOMPARE(DesignWriter::write(back), bytes);

    // In an encoding that cannot hold them, the names become character references.
    schema.source().encoding = u"ISO-8859-1"_s;
    schema.source().declaration = u"<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>"_s;
    const QByteArray latin1Bytes = DesignWriter::write(schema);
    QVERIFY(latin1Bytes.contains(" &#34920; &#128512;\" />\n"));
    const Schema latin1 = read(latin1Bytes);
    QCOMPARE(latin1.tables().at(1).formerNames, tableNames);
}

void tst_DesignWriter::failedSaveLeavesFileIntact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"design.xml"_s);
    const QByteArray previous = "<?xml version=\"1.0\"?>\n<sql>previous</sql>\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    const Schema schema = read(fixture(u"06_dnd_site_31tables_composite.xml"_s));

    // Make the write fail half-way: the file size limit stops it after 4 KB (EFBIG).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = DesignFile::save(schema, path, &error);
    setrlimit(RLIMIT_FSIZE, &old);

    QVERIFY(!saved);
    QVERIFY(error.contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
    file.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"design.xml"_s});

    // And with room, it saves.
    QVERIFY2(DesignFile::save(schema, path, &error), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), fixture(u"06_dnd_site_31tables_composite.xml"_s));
}

QTEST_GUILESS_MAIN(tst_DesignWriter)
#include "tst_designwriter.moc"
