// SqlAlchemyWriter: the models it writes are run by Debian's SQLAlchemy 1.4 (/usr/bin/python3,
// tests/sqlalchemy): their create_all on each engine makes what `schemata apply` makes (an
// empty SchemaDiff between the two databases' imports), and the example design's relationships
// and factories work as the note Schemata grew from uses them.
#include "testdesigns.h"

#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "diff/schemadiff.h"
#include "textformats/sqlalchemywriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Python = u"/usr/bin/python3"_s;
const QString Scripts = QStringLiteral(SCHEMATA_TESTS "/sqlalchemy");

QString sqlalchemyUrl(const QString &engine, const QString &address)
{
    if (engine == u"sqlite"_s)
        return u"sqlite:///"_s + address;
    if (engine == u"postgresql"_s)
        return QString(address).replace(u"postgresql://"_s, u"postgresql+psycopg2://"_s);
    return QString(address).replace(u"mysql://"_s, u"mysql+pymysql://"_s);
}

// Runs a script of tests/sqlalchemy; empty when it exits 0, else what it said.
QString runPython(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.setWorkingDirectory(Scripts);
    python.start(Python, QStringList {Scripts + u'/' + script} + arguments);
    if (!python.waitForFinished(180000))
        return u"python3 did not finish"_s;
    if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
}

QString listed(const SchemaDiffResult &result)
{
    QStringList lines = result.errors;
    for (const SchemaChange &c : result.changes)
        lines << SchemaChange::riskCode(c.risk) + u' ' + c.describe();
    return lines.join(u'\n');
}

std::optional<Schema> importSchema(Connection &connection, QString *error)
{
    return SchemaImporter(connection).import(error);
}

QString writeModule(const Schema &design, const SqlAlchemyWriter::Options &options,
    const QString &path, QString *error)
{
    const SqlAlchemyWriter::Result result = SqlAlchemyWriter::write(design, options);
    if (!result.ok()) {
        *error = u"the writer refused the design"_s;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text.toUtf8()) < 0) {
        *error = file.errorString();
        return {};
    }
    return path;
}

} // namespace

class tst_SqlAlchemyWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedModelsText_data();
    void seedModelsText();
    void identifiers();
    void refusesDesignWithErrors();
    void sameStructureAsApply_data();
    void sameStructureAsApply();
    void seedModelsJourney_data();
    void seedModelsJourney();

private:
    QTemporaryDir m_dir;
};

void tst_SqlAlchemyWriter::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(m_dir.isValid());
    QProcess python;
    python.start(Python, {u"-c"_s, u"import sqlalchemy, factory"_s});
    QVERIFY2(python.waitForFinished(60000) && python.exitCode() == 0,
        "/usr/bin/python3 needs python3-sqlalchemy and python3-factory-boy (scripts/test "
        "installs them)");
}

// The note's patterns, as the note writes them.
void tst_SqlAlchemyWriter::seedModelsText_data()
{
    QTest::addColumn<bool>("declarative");
    QTest::addColumn<QString>("line");
    const auto both = [](const char *name, const QString &declarative, const QString &classical) {
        QTest::addRow("declarative %s", name) << true << declarative;
        QTest::addRow("classical %s", name) << false << classical;
    };
    both("one-to-many", u"    posts = relationship('Post', back_populates='user')\n"_s,
        u"'posts': relationship(Post, back_populates='user')"_s);
    both("many-to-one", u"    user = relationship('User', back_populates='posts')\n"_s,
        u"'user': relationship(User, back_populates='posts')"_s);
    both("adjacency list",
        u"    parent = relationship('Task', remote_side=[id], backref='children')\n"_s,
        u"'parent': relationship(Task, remote_side=[task.c.id], backref='children')"_s);
    both("followers",
        u"    followed = relationship('User', secondary=followers, primaryjoin=(followers.c.follower_id == id), secondaryjoin=(followers.c.followed_id == id), backref='followers')\n"_s,
        u"'followed': relationship(User, secondary=followers, primaryjoin=(followers.c.follower_id == user.c.id), secondaryjoin=(followers.c.followed_id == user.c.id), backref='followers')"_s);
    both("many-to-many",
        u"    categories = relationship('Category', secondary=content_category, back_populates='contents')\n"_s,
        u"'categories': relationship(Category, secondary=content_category, back_populates='contents')"_s);
    both("association table",
        u"content_category = Table(\n    'content_category', metadata,\n    Column('content_id', Integer, ForeignKey('content.id', ondelete='CASCADE'), primary_key=True),\n"_s,
        u"content_category = Table(\n    'content_category', metadata,\n    Column('content_id', Integer, ForeignKey('content.id', ondelete='CASCADE'), primary_key=True),\n"_s);
    both("joined subclass", u"class Engineer(Employee):\n"_s,
        u"mapper_registry.map_imperatively(Engineer, engineer, inherits=Employee, polymorphic_identity='engineer')"_s);
    both("joined key",
        u"    id = Column(Integer, ForeignKey('employee.id', ondelete='CASCADE'), primary_key=True)\n"_s,
        u"    Column('id', Integer, ForeignKey('employee.id', ondelete='CASCADE'), primary_key=True),\n"_s);
    both("polymorphic root",
        u"        'polymorphic_identity': 'employee',\n        'polymorphic_on': type,\n"_s,
        u"mapper_registry.map_imperatively(Employee, employee, polymorphic_identity='employee', polymorphic_on=employee.c.type)"_s);
    both("single-table subclass",
        u"class StaffManager(Staff):\n    \"\"\"The table staff_manager.\"\"\"\n\n    manager_data = Column(String(50))\n"_s,
        u"mapper_registry.map_imperatively(StaffManager, inherits=Staff, exclude_properties={'engineer_info'}, polymorphic_identity='manager')"_s);
    both("single-table root columns", u"__tablename__ = 'staff'"_s,
        u"mapper_registry.map_imperatively(Staff, staff, exclude_properties={'manager_data', 'engineer_info'}, polymorphic_identity='staff', polymorphic_on=staff.c.type)"_s);
    both("lengths, comments, defaults",
        u"    name = Column(String(64), nullable=False, unique=True, comment='User name', doc='User name')\n"_s,
        u"    Column('name', String(64), nullable=False, unique=True, comment='User name', doc='User name'),\n"_s);
    both("server default",
        u"    created_date = Column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'), comment='Date of creation', doc='Date of creation')\n"_s,
        u"    Column('created_date', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'), comment='Date of creation', doc='Date of creation'),\n"_s);
    both("string key",
        u"    id = Column(String(26), primary_key=True, comment='fulid of creation', doc='fulid of creation')\n"_s,
        u"    Column('id', String(26), primary_key=True, comment='fulid of creation', doc='fulid of creation'),\n"_s);
    both("factory",
        u"class PostFactory(factory.alchemy.SQLAlchemyModelFactory):\n    class Meta:\n        model = Post\n"_s,
        u"class PostFactory(factory.alchemy.SQLAlchemyModelFactory):\n    class Meta:\n        model = Post\n"_s);
    both("sub-factory", u"    user = factory.SubFactory(UserFactory)\n"_s,
        u"    user = factory.SubFactory(UserFactory)\n"_s);
}

void tst_SqlAlchemyWriter::seedModelsText()
{
    QFETCH(bool, declarative);
    QFETCH(QString, line);
    SqlAlchemyWriter::Options options;
    options.style
        = declarative ? SqlAlchemyWriter::Style::Declarative : SqlAlchemyWriter::Style::Classical;
    options.factories = true;
    const SqlAlchemyWriter::Result result = SqlAlchemyWriter::write(seedModels(), options);
    QVERIFY(result.ok());
    QVERIFY2(result.text.contains(line), qPrintable(result.text));
    // Parents first: a factory is defined before the factories that use it.
    QVERIFY(result.text.indexOf(u"class UserFactory("_s)
        < result.text.indexOf(u"class PostFactory("_s));
}

// Names that are not Python identifiers, keywords and imported names keep their real names in
// the database and get attributes that do not clash.
void tst_SqlAlchemyWriter::identifiers()
{
    const Schema design = designFrom(R"(
<table x="0" y="0" name="order item">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="class" null="1" autoincrement="0"><datatype>VARCHAR(10)</datatype></row>
<row name="String" null="1" autoincrement="0"><datatype>VARCHAR(10)</datatype></row>
<row name="2nd name" null="1" autoincrement="0"><datatype>VARCHAR(10)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)");
    const SqlAlchemyWriter::Result result = SqlAlchemyWriter::write(design, {});
    QVERIFY(result.ok());
    QVERIFY2(result.text.contains(u"class OrderItem(Base):\n"_s), qPrintable(result.text));
    QVERIFY(result.text.contains(u"    __tablename__ = 'order item'\n"_s));
    QVERIFY(result.text.contains(u"    class_ = Column('class', String(10))\n"_s));
    QVERIFY(result.text.contains(u"    String_ = Column('String', String(10))\n"_s));
    QVERIFY(result.text.contains(u"    _2nd_name = Column('2nd name', String(10))\n"_s));
    const QString path = m_dir.filePath(u"identifiers.py"_s);
    QString error;
    QVERIFY2(!writeModule(design, {}, path, &error).isEmpty(), qPrintable(error));
    const QString database = m_dir.filePath(u"identifiers.sqlite"_s);
    const QString ran = runPython(u"create_all.py"_s, {path, u"sqlite:///"_s + database});
    QVERIFY2(ran.isEmpty(), qPrintable(ran));
}

void tst_SqlAlchemyWriter::refusesDesignWithErrors()
{
    const Schema design = designFrom(R"(
<table x="0" y="0" name="t">
<row name="a" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="a" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
</table>)");
    const SqlAlchemyWriter::Result result = SqlAlchemyWriter::write(design, {});
    QVERIFY(!result.ok());
    QVERIFY(result.text.isEmpty());
}

// The example design and every real designer file that applies: create_all of the models on
// each engine, imported, against `schemata apply` of the design, imported: no difference.
void tst_SqlAlchemyWriter::sameStructureAsApply_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("declarative");
    QStringList files {QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")};
    for (const QString &f :
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
        files << QStringLiteral(SCHEMATA_FIXTURES) + u'/' + f;
    for (const QString &engine : TestDatabases::engines()) {
        const SqlEngine sqlEngine = *sqlEngineFromName(engine);
        for (const QString &file : std::as_const(files)) {
            // The designs `apply` refuses (tst_schemaroundtrip lists why) make no models to
            // compare.
            if (!DdlWriter(Dialect::forEngine(sqlEngine)).write(loadDesign(file)).ok())
                continue;
            const QString name = QFileInfo(file).baseName().left(2);
            QTest::addRow("%s %s declarative", qPrintable(engine), qPrintable(name))
                << engine << file << true;
            QTest::addRow("%s %s classical", qPrintable(engine), qPrintable(name))
                << engine << file << false;
        }
    }
}

void tst_SqlAlchemyWriter::sameStructureAsApply()
{
    QFETCH(QString, engine);
    QFETCH(QString, file);
    QFETCH(bool, declarative);
    const Schema design = loadDesign(file);
    SqlAlchemyWriter::Options options;
    options.style
        = declarative ? SqlAlchemyWriter::Style::Declarative : SqlAlchemyWriter::Style::Classical;
    options.factories = true;
    QString error;
    const QString module = writeModule(design, options, m_dir.filePath(u"models.py"_s), &error);
    QVERIFY2(!module.isEmpty(), qPrintable(error));

    const QString address
        = TestDatabases::freshDatabase(engine, u"tst_sqlalchemy_models"_s, &error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    const QString ran = runPython(u"create_all.py"_s, {module, sqlalchemyUrl(engine, address)});
    QVERIFY2(ran.isEmpty(), qPrintable(ran));
    Connection made;
    QVERIFY2(
        made.open(*DatabaseAddress::parse(address, &error), Connection::Mode::OpenExisting, &error),
        qPrintable(error));
    std::optional<Schema> fromModels = importSchema(made, &error);
    QVERIFY2(fromModels, qPrintable(error));

    const std::unique_ptr<Connection> applied
        = prepareDatabase(engine, u"tst_sqlalchemy_apply"_s, design);
    std::optional<Schema> fromApply = importSchema(*applied, &error);
    QVERIFY2(fromApply, qPrintable(error));

    if (engine == u"sqlite"_s) {
        // SQLite keeps comments only as "--" lines in CREATE TABLE, which Schemata writes and
        // SQLAlchemy cannot: they are no part of the structure compared there.
        for (Schema *schema : {&*fromModels, &*fromApply}) {
            for (Table &t : schema->tables()) {
                t.comment.clear();
                for (Column &c : t.columns)
                    c.comment.clear();
            }
        }
    }
    const DiffOptions diffOptions = DiffOptions::forEngine(
        applied->dialect().engine(), applied->dialect().tableNamesIgnoreCase(applied->database()));
    const SchemaDiffResult diff = SchemaDiff::compare(*fromApply, *fromModels, diffOptions);
    QVERIFY2(diff.ok() && diff.isEmpty(), qPrintable(listed(diff)));
}

// The example's relationships navigated both ways and its factories, on SQLite.
void tst_SqlAlchemyWriter::seedModelsJourney_data()
{
    QTest::addColumn<bool>("declarative");
    QTest::newRow("declarative") << true;
    QTest::newRow("classical") << false;
}

void tst_SqlAlchemyWriter::seedModelsJourney()
{
    QFETCH(bool, declarative);
    SqlAlchemyWriter::Options options;
    options.style
        = declarative ? SqlAlchemyWriter::Style::Declarative : SqlAlchemyWriter::Style::Classical;
    options.factories = true;
    QString error;
    const QString module
        = writeModule(seedModels(), options, m_dir.filePath(u"seed_models.py"_s), &error);
    QVERIFY2(!module.isEmpty(), qPrintable(error));
    const QString database = m_dir.filePath(u"journey.sqlite"_s);
    QFile::remove(database);
    const QString ran
        = runPython(u"seed_models_journey.py"_s, {module, u"sqlite:///"_s + database});
    QVERIFY2(ran.isEmpty(), qPrintable(ran));
}

QTEST_GUILESS_MAIN(tst_SqlAlchemyWriter)
#include "tst_sqlalchemywriter.moc"
