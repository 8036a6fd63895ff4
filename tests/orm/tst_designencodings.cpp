// Designs that are not UTF-8: read in the encoding they declare (or their byte order mark
// says), written back in the same, with character references for what the encoding cannot
// hold, and refused with line and column when the declaration and the bytes disagree.
#include "schemadump.h"
#include "xml/designfile.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

Schema read(const QByteArray &data)
{
    DesignReader reader;
    if (!reader.read(data))
        qFatal("cannot read: %s", qPrintable(DesignFile::describeError(u"-"_s, reader)));
    return reader.takeSchema();
}

enum class Form { Utf16LE, Utf16BE, Latin1 };

// A UTF-8 design as another tool would have saved it in another encoding: the declaration
// names the encoding, UTF-16 starts with its byte order mark, and Latin-1 holds what it can
// and character references the rest (the fixtures have non-Latin-1 characters only in text
// and attribute values, where references are allowed).
QByteArray reencode(const QByteArray &utf8, Form form)
{
    QString text = QString::fromUtf8(utf8);
    const QString declared = form == Form::Latin1 ? u"iso-8859-1"_s : u"utf-16"_s;
    const qsizetype declaration = text.indexOf(u"encoding=\"utf-8\"");
    if (declaration < 0 || declaration > 60)
        qFatal("the fixture has no utf-8 declaration");
    text.replace(declaration, 16, u"encoding=\"" + declared + u'"');
    switch (form) {
    case Form::Utf16LE: {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        return "\xFF\xFE" + QByteArray(encoder.encode(text));
    }
    case Form::Utf16BE: {
        QStringEncoder encoder(QStringConverter::Utf16BE);
        return "\xFE\xFF" + QByteArray(encoder.encode(text));
    }
    case Form::Latin1: {
        QByteArray bytes;
        for (QChar c : std::as_const(text)) {
            if (c.unicode() < 0x100)
                bytes += char(c.unicode());
            else
                bytes += "&#" + QByteArray::number(c.unicode()) + ';';
        }
        return bytes;
    }
    }
    return {};
}

// The XML declaration of a file in `form`, as text.
QString declarationOf(const QByteArray &bytes, Form form)
{
    QString text;
    switch (form) {
    case Form::Utf16LE:
        text = QStringDecoder(QStringConverter::Utf16LE)(bytes.mid(2));
        break;
    case Form::Utf16BE:
        text = QStringDecoder(QStringConverter::Utf16BE)(bytes.mid(2));
        break;
    case Form::Latin1:
        text = QString::fromLatin1(bytes);
        break;
    }
    return text.left(text.indexOf(u"?>") + 2);
}

// The fixtures WWW SQL Designer saved in its own layout, which a save rewrites byte for byte.
bool inDesignerLayout(const QString &file)
{
    static const QStringList others = {u"01_ondras_default_oldformat.xml"_s,
        u"02_ondras_web2py_sample.xml"_s, u"10_logicieltrez_index_keys.xml"_s,
        u"20_hotel_manage_ru_defaults.xml"_s, u"22_cis276_single_line.xml"_s};
    return !others.contains(file);
}

// A small design of the designer's layout in Latin-1: accented names and a comment.
QByteArray latin1Design()
{
    QByteArray design = fixture(u"24_jukebox_lewagon.xml"_s);
    design.replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"");
    design.replace("\"artists\"", "\"pays_\xe9t\xe9\"");
    design.insert(design.indexOf("</table>"), "<comment>\xe0 la \xab fin \xbb</comment>\n");
    return design;
}

} // namespace

Q_DECLARE_METATYPE(Form)

class tst_DesignEncodings : public QObject
{
    Q_OBJECT

private slots:
    void fixturesReencoded_data();
    void fixturesReencoded();
    void latin1NotEncodedTwice();
    void charactersOutsideTheEncodingBecomeReferences();
    void windows1252HoldsTheEuro();
    void utf16WithoutByteOrderMark();
    void utf8ByteOrderMarkKept();
    void utf32AndIcuEncodings();
    void copiedMarkupOutsideTheEncodingFallsBackToUtf8();
    void declarationAndBytesDisagree_data();
    void declarationAndBytesDisagree();
    void byteOrderMarkWinsOverDeclaration();
    void formatCommandInPlace_data();
    void formatCommandInPlace();
};

void tst_DesignEncodings::fixturesReencoded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Form>("form");
    const QStringList files
        = QDir(QStringLiteral(SCHEMATA_FIXTURES)).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 17);
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file + u" UTF-16LE"_s)) << file << Form::Utf16LE;
        QTest::newRow(qPrintable(file + u" UTF-16BE"_s)) << file << Form::Utf16BE;
        QTest::newRow(qPrintable(file + u" Latin-1"_s)) << file << Form::Latin1;
    }
}

void tst_DesignEncodings::fixturesReencoded()
{
    QFETCH(QString, file);
    QFETCH(Form, form);
    const QByteArray original = fixture(file);
    const QStringList meaning = dumpSchema(read(original));
    const QByteArray reencoded = reencode(original, form);

    // Loads with the same meaning as the UTF-8 original.
    QCOMPARE(dumpSchema(read(reencoded)), meaning);

    // Formatted twice (load, save, load, save): the meaning stays, the encoding and the byte
    // order mark stay, and the second pass changes no byte.
    const QByteArray once = DesignWriter::write(read(reencoded));
    const Schema again = read(once);
    QCOMPARE(dumpSchema(again), meaning);
    const QByteArray twice = DesignWriter::write(again);
    QCOMPARE(twice, once);
    QCOMPARE(declarationOf(once, form), declarationOf(reencoded, form));
    switch (form) {
    case Form::Utf16LE:
        QVERIFY(once.startsWith("\xFF\xFE<\0?\0"_ba));
        QCOMPARE(once.size() % 2, 0);
        break;
    case Form::Utf16BE:
        QVERIFY(once.startsWith("\xFE\xFF\0<\0?"_ba));
        QCOMPARE(once.size() % 2, 0);
        break;
    case Form::Latin1:
        QVERIFY(once.startsWith("<?xml"));
        break;
    }
    // A file in the designer's layout is rewritten byte for byte, in its encoding too.
    if (inDesignerLayout(file))
        QCOMPARE(once, reencoded);
}

void tst_DesignEncodings::latin1NotEncodedTwice()
{
    Schema schema = read(latin1Design());
    QCOMPARE(schema.tables().at(0).name, u"pays_été"_s);
    QCOMPARE(schema.source().encoding, u"ISO-8859-1"_s);
    QCOMPARE(schema.tables().at(0).comment, u"à la « fin »"_s);
    QByteArray bytes = latin1Design();
    for (int pass = 0; pass < 3; ++pass) {
        bytes = DesignWriter::write(read(bytes));
        QCOMPARE(bytes, latin1Design());
    }
    // An edit next to the kept text is written in Latin-1 as well.
    schema.tables()[0].comment = u"ça"_s;
    const QByteArray edited = DesignWriter::write(schema);
    QVERIFY(edited.contains("<comment>\xe7\x61</comment>"));
    QVERIFY(edited.contains("name=\"pays_\xe9t\xe9\""));
    QCOMPARE(read(edited).tables().at(0).comment, u"ça"_s);
}

void tst_DesignEncodings::charactersOutsideTheEncodingBecomeReferences()
{
    Schema schema = read(latin1Design());
    Table &table = schema.tables()[0];
    table.name = u"Жук"_s;
    table.comment = u"5 € & 😀"_s;
    table.columns[0].defaultValue = DefaultValue::text(u"Свободен"_s);
    schema.notes().append({schema.newId(), QRectF(0, 0, 100, 50), u"note ✓"_s, {}});
    const QByteArray bytes = DesignWriter::write(schema);
    QVERIFY2(bytes.contains("name=\"&#1046;&#1091;&#1082;\""), bytes.constData());
    QVERIFY(bytes.contains("<comment>5 &#8364; &amp; &#128512;</comment>"));
    QVERIFY(bytes.contains("&#1057;&#1074;&#1086;&#1073;&#1086;&#1076;&#1077;&#1085;"));
    QVERIFY(bytes.contains(">note &#10003;</note>"));
    QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n"));
    // The relation follows the rename, in references too.
    QVERIFY(bytes.contains("<relation table=\"&#1046;&#1091;&#1082;\" row=\"id\" />"));
    const Schema back = read(bytes);
    QCOMPARE(back.tables().at(0).name, u"Жук"_s);
    QCOMPARE(back.tables().at(0).comment, u"5 € & 😀"_s);
    QCOMPARE(back.tables().at(0).columns.at(0).defaultValue, DefaultValue::text(u"Свободен"_s));
    QCOMPARE(back.notes().at(0).text, u"note ✓"_s);
    QCOMPARE(DesignWriter::write(back), bytes);
}

void tst_DesignEncodings::windows1252HoldsTheEuro()
{
    QByteArray design = latin1Design();
    design.replace("ISO-8859-1", "windows-1252");
    design.replace("\xab fin \xbb", "5 \x80");
    Schema schema = read(design);
    QCOMPARE(schema.source().encoding, u"windows-1252"_s);
    QCOMPARE(schema.tables().at(0).comment, u"à la 5 €"_s);
    QCOMPARE(DesignWriter::write(schema), design);
    schema.tables()[0].comment = u"€ Ж"_s;
    QVERIFY(DesignWriter::write(schema).contains("<comment>\x80 &#1046;</comment>"));
}

void tst_DesignEncodings::utf16WithoutByteOrderMark()
{
    const QString text = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<sql>\n"
                         "<table x=\"1\" y=\"2\" name=\"Жук\">\n"
                         "<row name=\"id\" null=\"0\" autoincrement=\"1\">\n"
                         "<datatype>INTEGER</datatype>\n</row>\n</table>\n</sql>\n"_s;
    QStringEncoder encoder(QStringConverter::Utf16BE);
    const QByteArray bytes = encoder.encode(text);
    const Schema schema = read(bytes);
    QCOMPARE(schema.tables().at(0).name, u"Жук"_s);
    QCOMPARE(schema.source().encoding, u"UTF-16BE"_s);
    QVERIFY(!schema.source().byteOrderMark);
    // Written in UTF-16BE again, still without a byte order mark (with the catalogue this
    // design lacked), and stable from then on.
    const QByteArray written = DesignWriter::write(schema);
    QVERIFY(written.startsWith(bytes.left(bytes.indexOf("\0\n"))));
    const Schema back = read(written);
    QCOMPARE(back.tables().at(0).name, u"Жук"_s);
    QCOMPARE(back.source().encoding, u"UTF-16BE"_s);
    QCOMPARE(DesignWriter::write(back), written);
}

void tst_DesignEncodings::utf8ByteOrderMarkKept()
{
    const QByteArray bytes = "\xEF\xBB\xBF" + fixture(u"04_rtdbus_sqlite_cyrillic.xml"_s);
    QCOMPARE(DesignWriter::write(read(bytes)), bytes);
}

void tst_DesignEncodings::utf32AndIcuEncodings()
{
    // The Cyrillic fixture as UTF-32 with a byte order mark, and as KOI8-R (an encoding Qt
    // reaches through ICU): same meaning, rewritten byte for byte.
    const QByteArray original = fixture(u"04_rtdbus_sqlite_cyrillic.xml"_s);
    const QStringList meaning = dumpSchema(read(original));
    for (const char *name : {"UTF-32LE", "KOI8-R"}) {
        QString text = QString::fromUtf8(original);
        text.replace(u"encoding=\"utf-8\""_s,
            name == QByteArrayView("KOI8-R") ? u"encoding=\"koi8-r\""_s : u"encoding=\"utf-32\""_s);
        QStringEncoder encoder(name);
        QVERIFY(encoder.isValid());
        QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        if (name == QByteArrayView("UTF-32LE"))
            bytes.prepend("\xFF\xFE\0\0"_ba);
        const Schema schema = read(bytes);
        QCOMPARE(dumpSchema(schema), meaning);
        QCOMPARE(DesignWriter::write(schema), bytes);
    }
}

void tst_DesignEncodings::copiedMarkupOutsideTheEncodingFallsBackToUtf8()
{
    // Another tool's element, copied from a UTF-8 design: its text and attribute value take
    // references and a CDATA section is split around one; a name cannot, so the whole file
    // becomes UTF-8 and says so.
    Schema schema = read(latin1Design());
    Table &table = schema.tables()[0];
    table.extraElements = {u"<note-x title=\"Ж\">Жук<![CDATA[<Ж>]]></note-x>"_s};
    const QByteArray latin1 = DesignWriter::write(schema);
    QVERIFY2(latin1.contains("<note-x title=\"&#1046;\">&#1046;&#1091;&#1082;"
                             "<![CDATA[<]]>&#1046;<![CDATA[>]]></note-x>"),
        latin1.constData());
    QVERIFY(latin1.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>"));
    QVERIFY(read(latin1).tables().at(0).extraElements.size() == 1);

    table.extraElements = {u"<Жук/>"_s};
    const QByteArray utf8 = DesignWriter::write(schema);
    QVERIFY(utf8.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"));
    QVERIFY(utf8.contains("<\xd0\x96\xd1\x83\xd0\xba/>"));
    QVERIFY(utf8.contains("name=\"pays_\xc3\xa9t\xc3\xa9\""));
    const Schema back = read(utf8);
    QCOMPARE(back.tables().at(0).name, u"pays_été"_s);
    QCOMPARE(back.tables().at(0).extraElements, QStringList {u"<Жук/>"_s});
}

void tst_DesignEncodings::declarationAndBytesDisagree_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // What a save that forgot the encoding made of pays_été: UTF-8 bytes under a Latin-1
    // declaration, which would read as "pays_Ã©tÃ©".
    QTest::newRow("UTF-8 bytes declared Latin-1")
        << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<sql>\n"
                      "<table name=\"pays_\xc3\xa9t\xc3\xa9\"/></sql>\n")
        << 3 << 19 << u"\"été\" would read as \"Ã©tÃ©\""_s;
    // And what a second such save made of it.
    QTest::newRow("UTF-8 encoded twice, declared Latin-1")
        << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<sql>\n"
                      "<table name=\"pays_\xc3\x83\xc2\xa9t\xc3\x83\xc2\xa9\"/></sql>\n")
        << 3 << 19 << u"\"Ã©tÃ©\" would read as \"Ã?Â©tÃ?Â©\""_s;
    QTest::newRow("8-bit bytes declared UTF-16")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<sql/>\n") << 1 << 31
        << u"not utf-16"_s;
    QTest::newRow("unknown encoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"x-no-such\"?>\n<sql/>\n") << 1 << 31
        << u"\"x-no-such\" is not supported"_s;
    QTest::newRow("a byte ASCII has not")
        << QByteArray("<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n<sql>\n\n"
                      "<table name=\"caf\xe9\"/></sql>\n")
        << 4 << 17 << u"not valid US-ASCII"_s;
    QTest::newRow("Latin-1 bytes without a declaration")
        << QByteArray("<?xml version=\"1.0\"?>\n<sql>\n<table name=\"caf\xe9\"/></sql>\n") << 3
        << 17 << u"encoding=\"iso-8859-1\""_s;
    QTest::newRow("lone surrogate in UTF-16")
        << QByteArray("\xFF\xFE<\0s\0q\0l\0>\0\n\0 \0\x00\xDC<\0/\0s\0q\0l\0>\0"_ba) << 2 << 2
        << u"not valid UTF-16LE"_s;
}

void tst_DesignEncodings::declarationAndBytesDisagree()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    DesignReader reader;
    QVERIFY(!reader.read(data));
    QVERIFY2(reader.errorString().contains(fragment), qPrintable(reader.errorString()));
    QCOMPARE(reader.errorLine(), line);
    if (column > 0)
        QCOMPARE(reader.errorColumn(), column);
    QVERIFY(reader.schema().tables().isEmpty());
}

void tst_DesignEncodings::byteOrderMarkWinsOverDeclaration()
{
    // Notepad's "Unicode" keeps a declaration that says utf-8; the byte order mark is right.
    const QString text = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sql>\n"
                         "<table x=\"1\" y=\"2\" name=\"été\">\n</table>\n</sql>\n"_s;
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const QByteArray bytes = "\xFF\xFE" + QByteArray(encoder.encode(text));
    DesignReader reader;
    QVERIFY(reader.read(bytes));
    QCOMPARE(reader.schema().tables().at(0).name, u"été"_s);
    QCOMPARE(reader.warnings().size(), 1);
    QVERIFY(reader.warnings().at(0).message.contains(u"UTF-16LE"_s));
    const QByteArray written = DesignWriter::write(reader.schema());
    QVERIFY(written.startsWith(bytes.left(bytes.indexOf("\n\0"))));
    QCOMPARE(read(written).tables().at(0).name, u"été"_s);
}

void tst_DesignEncodings::formatCommandInPlace_data()
{
    QTest::addColumn<Form>("form");
    QTest::newRow("UTF-16LE") << Form::Utf16LE;
    QTest::newRow("UTF-16BE") << Form::Utf16BE;
    QTest::newRow("Latin-1") << Form::Latin1;
}

void tst_DesignEncodings::formatCommandInPlace()
{
    // `schemata format F -o F`, twice, on the only copy: it still loads, means the same, and
    // the second run changes nothing.
    QFETCH(Form, form);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"design.xml"_s);
    const QByteArray original = fixture(u"20_hotel_manage_ru_defaults.xml"_s);
    const QByteArray reencoded = reencode(original, form);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(reencoded);
    }
    QByteArray previous;
    for (int run = 0; run < 2; ++run) {
        QProcess process;
        process.start(QStringLiteral(SCHEMATA_BINARY), {u"format"_s, path, u"-o"_s, path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray formatted = file.readAll();
        DesignReader reader;
        QVERIFY2(reader.read(formatted), qPrintable(reader.errorString()));
        QCOMPARE(dumpSchema(reader.schema()), dumpSchema(read(original)));
        QCOMPARE(declarationOf(formatted, form), declarationOf(reencoded, form));
        if (run == 1)
            QCOMPARE(formatted, previous);
        previous = formatted;
    }
}

QTEST_GUILESS_MAIN(tst_DesignEncodings)
#include "tst_designencodings.moc"
