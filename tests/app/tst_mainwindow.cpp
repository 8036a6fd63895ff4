#include "mainwindow.h"
#include "schema/schema.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDesign();
    void malformedFileKeepsOpenDesign();
};

void tst_MainWindow::initTestCase()
{
    // The English plural forms, as the application installs them.
    auto *translator = new QTranslator(this);
    QVERIFY(translator->load(u":/i18n/schemata_en.qm"_s));
    QCoreApplication::installTranslator(translator);
}

void tst_MainWindow::opensDesign()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"24_jukebox_lewagon.xml"_s)));
    auto *tree = window.findChild<QTreeWidget *>(u"tableList"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 5);
    QVERIFY(window.windowTitle().contains(u"24_jukebox_lewagon.xml"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"5 tables"_s));
}

void tst_MainWindow::malformedFileKeepsOpenDesign()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"17_warehouse_selfref.xml"_s)));
    const qsizetype tables = window.schema().tables().size();

    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.xml"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<sql>\n<table name=\"t\">\n<row name=\"a\">\n</table>\n</sql>\n");
    file.close();

    QString message;
    QTimer::singleShot(0, this, [&message] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            message = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openFile(broken));
    QVERIFY2(message.contains(broken + u":4:8:"_s), qPrintable(message));
    QCOMPARE(window.schema().tables().size(), tables);
    QCOMPARE(window.findChild<QTreeWidget *>(u"tableList"_s)->topLevelItemCount(), tables);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
