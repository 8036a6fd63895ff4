#include "schemaoutline.h"
#include "xml/designfile.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SchemaOutline : public QObject
{
    Q_OBJECT

private slots:
    void showsTablesAndColumns();
};

void tst_SchemaOutline::showsTablesAndColumns()
{
    DesignReader reader;
    QVERIFY(DesignFile::load(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"17_warehouse_selfref.xml"_s), &reader));
    SchemaOutline outline;
    outline.setSchema(reader.schema());
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));

    QCOMPARE(outline.topLevelItemCount(), reader.schema().tables().size());
    int columns = 0;
    bool foreignKeyMarker = false, primaryKeyMarker = false;
    for (int i = 0; i < outline.topLevelItemCount(); ++i) {
        const QTreeWidgetItem *table = outline.topLevelItem(i);
        QCOMPARE(table->text(0), reader.schema().tables().at(i).name);
        columns += table->childCount();
        for (int c = 0; c < table->childCount(); ++c) {
            foreignKeyMarker = foreignKeyMarker || table->child(c)->text(1).contains(u"FK → "_s);
            primaryKeyMarker = primaryKeyMarker || table->child(c)->text(1).contains(u"PK"_s);
        }
    }
    QCOMPARE(columns, reader.schema().columnCount());
    QVERIFY(foreignKeyMarker);
    QVERIFY(primaryKeyMarker);

    // Expanding a table by keyboard shows its columns.
    outline.setCurrentItem(outline.topLevelItem(0));
    QTest::keyClick(outline.viewport(), Qt::Key_Right);
    QVERIFY(outline.topLevelItem(0)->isExpanded());
}

QTEST_MAIN(tst_SchemaOutline)
#include "tst_schemaoutline.moc"
