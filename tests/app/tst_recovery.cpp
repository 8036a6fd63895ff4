// Autosave's recovery files: where they go, when they are written, what they remember and which
// are pending.
#include "recovery.h"

#include "document/designdocument.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Recovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writesOnlyUnsavedChanges();
    void readsTheCopyBack();
    void removeLeavesNothingPending();
};

void tst_Recovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Recovery::init()
{
    for (const QString &file : Recovery::pending())
        QFile::remove(file);
}

void tst_Recovery::writesOnlyUnsavedChanges()
{
    DesignDocument document;
    Recovery recovery(&document);
    QVERIFY(recovery.path().startsWith(Recovery::folder() + u'/'));
    QVERIFY(recovery.path().endsWith(u".xml"_s));
    recovery.write();
    QVERIFY(!QFile::exists(recovery.path()));
    document.markModified();
    recovery.write();
    QVERIFY(QFile::exists(recovery.path()));
    QCOMPARE(Recovery::pending(), QStringList {recovery.path()});
}

void tst_Recovery::readsTheCopyBack()
{
    // A design made here and saved (so not read from a file: the writer keeps no prologue of
    // its own for it), with a path that XML and a comment would both trip over.
    DesignDocument document;
    const QString original = u"/designs/a & b -- <ü>.xml"_s;
    document.setPath(original);
    document.markModified();
    Recovery recovery(&document);
    recovery.write();
    const auto read = Recovery::read(recovery.path());
    QVERIFY(read);
    QCOMPARE(read->second, original);
    QVERIFY(read->first.source().prologue.isEmpty());
    QVERIFY(!Recovery::read(recovery.path() + u".missing"_s));
}

void tst_Recovery::removeLeavesNothingPending()
{
    DesignDocument document;
    document.markModified();
    Recovery recovery(&document);
    Recovery other(&document);
    QVERIFY(recovery.path() != other.path());
    recovery.write();
    recovery.remove();
    QVERIFY(!QFile::exists(recovery.path()));
    QVERIFY(Recovery::pending().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
