#include "testdesigns.h"
#include "textformats/mermaidwriter.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The erDiagram that MermaidWriter writes, checked against Mermaid's grammar: Debian has no
// Mermaid to render it, so this test carries a validator written from Mermaid's own lexer and
// grammar (packages/mermaid/src/diagrams/er/parser/erDiagram.jison in mermaid-js/mermaid):
// its token rules in their order, first match wins, case blind, and the \b jison adds to a rule
// that ends in a letter; then the statements of the grammar that an erDiagram of tables uses.
class tst_Mermaid : public QObject
{
    Q_OBJECT

private slots:
    void validatorRefuses_data();
    void validatorRefuses();
    void fixtures_data();
    void fixtures();
    void writtenText();
    void cardinalities();
    void oddNames();
};

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString token; // empty: skipped
    QString enter; // the state it starts ("block"), "pop" to leave it
};

struct MermaidToken
{
    QString type;
    QString text;
};

Rule rule(QString pattern, const QString &token, const QString &enter = {})
{
    // jison (without the flex option) ends a rule that ends in a word character with \b.
    static const QRegularExpression endsInWord(u"[A-Za-z0-9_]$"_s);
    if (endsInWord.match(pattern).hasMatch() && !pattern.endsWith(u"\\b"_s))
        pattern += u"\\b"_s;
    return {
        QRegularExpression(u"^(?:"_s + pattern + u')', QRegularExpression::CaseInsensitiveOption),
        token, enter};
}

// The rules of the INITIAL and block states, in the jison file's order. The accessibility,
// style and back-quote states are not followed: an erDiagram that reaches them is refused.
const QList<Rule> &initialRules()
{
    static const QList<Rule> rules {
        rule(uR"(accTitle\s*:\s*)"_s, u"UNSUPPORTED"_s),
        rule(uR"(accDescr\s*:\s*)"_s, u"UNSUPPORTED"_s),
        rule(uR"(accDescr\s*\{\s*)"_s, u"UNSUPPORTED"_s),
        rule(uR"(.*direction\s+TB[^\n]*)"_s, u"direction"_s),
        rule(uR"(.*direction\s+BT[^\n]*)"_s, u"direction"_s),
        rule(uR"(.*direction\s+RL[^\n]*)"_s, u"direction"_s),
        rule(uR"(.*direction\s+LR[^\n]*)"_s, u"direction"_s),
        rule(uR"([ \t\r]+)"_s, {}),
        rule(uR"([\n]+)"_s, u"NEWLINE"_s),
        rule(uR"("[^"%\r\n\x0B\x08\\]+")"_s, u"ENTITY_NAME"_s),
        rule(uR"("[^"]*")"_s, u"WORD"_s),
        rule(uR"(erDiagram)"_s, u"ER_DIAGRAM"_s),
        rule(uR"(\{)"_s, u"BLOCK_START"_s, u"block"_s),
        rule(uR"(\#)"_s, u"BRKT"_s),
        rule(uR"(,)"_s, u"COMMA"_s),
        rule(uR"(:::)"_s, u"STYLE_SEPARATOR"_s),
        rule(uR"(:)"_s, u"COLON"_s),
        rule(uR"(\[)"_s, u"SQS"_s),
        rule(uR"(\])"_s, u"SQE"_s),
        rule(uR"(style)"_s, u"UNSUPPORTED"_s),
        rule(uR"(classDef)"_s, u"UNSUPPORTED"_s),
        rule(uR"(class)"_s, u"CLASS"_s),
        rule(uR"(subgraph)"_s, u"SUBGRAPH"_s),
        rule(uR"(end\b\s*)"_s, u"END"_s),
        rule(uR"(one or zero)"_s, u"ZERO_OR_ONE"_s),
        rule(uR"(one or more)"_s, u"ONE_OR_MORE"_s),
        rule(uR"(one or many)"_s, u"ONE_OR_MORE"_s),
        rule(uR"(1\+)"_s, u"ONE_OR_MORE"_s),
        rule(uR"(\|o)"_s, u"ZERO_OR_ONE"_s),
        rule(uR"(zero or one)"_s, u"ZERO_OR_ONE"_s),
        rule(uR"(zero or more)"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(zero or many)"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(0\+)"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(\}o)"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(many\(0\))"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(many\(1\))"_s, u"ONE_OR_MORE"_s),
        rule(uR"(many)"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(\}\|)"_s, u"ONE_OR_MORE"_s),
        rule(uR"(one)"_s, u"ONLY_ONE"_s),
        rule(uR"(only one)"_s, u"ONLY_ONE"_s),
        rule(uR"([0-9]+\.[0-9]+)"_s, u"DECIMAL_NUM"_s),
        rule(uR"(1(?=\s+[A-Za-z_"']))"_s, u"ONLY_ONE"_s),
        rule(uR"(1(?=\s+[0-9]))"_s, u"ONLY_ONE"_s),
        rule(uR"(1(?=(\-\-|\.\.|\.\-|\-\.)))"_s, u"ONLY_ONE"_s),
        rule(uR"(1)"_s, u"ENTITY_ONE"_s),
        rule(uR"([0-9]+)"_s, u"NUM"_s),
        rule(uR"(\|\|)"_s, u"ONLY_ONE"_s),
        rule(uR"(o\|)"_s, u"ZERO_OR_ONE"_s),
        rule(uR"(o\{)"_s, u"ZERO_OR_MORE"_s),
        rule(uR"(\|\{)"_s, u"ONE_OR_MORE"_s),
        rule(uR"(u(?=[\.\-\|]))"_s, u"MD_PARENT"_s),
        rule(uR"(\.\.)"_s, u"NON_IDENTIFYING"_s),
        rule(uR"(\-\-)"_s, u"IDENTIFYING"_s),
        rule(uR"(to)"_s, u"IDENTIFYING"_s),
        rule(uR"(optionally to)"_s, u"NON_IDENTIFYING"_s),
        rule(uR"(\.\-)"_s, u"NON_IDENTIFYING"_s),
        rule(uR"(\-\.)"_s, u"NON_IDENTIFYING"_s),
        rule(uR"(([^\x00-\x7F]|\w|\-|\*|\.)+)"_s, u"UNICODE_TEXT"_s),
        rule(uR"(.)"_s, u"CHAR"_s),
    };
    return rules;
}

const QList<Rule> &blockRules()
{
    static const QList<Rule> rules {
        rule(uR"(\s+)"_s, {}),
        rule(uR"(\b((?:PK)|(?:FK)|(?:UK))\b)"_s, u"ATTRIBUTE_KEY"_s),
        rule(uR"(([^\s]*)[~].*[~]([^\s]*))"_s, u"ATTRIBUTE_WORD"_s),
        rule(uR"(([\*A-Za-z_\x{00C0}-\x{FFFF}][A-Za-z0-9\-\_\[\]\(\)\.,\x{00C0}-\x{FFFF}\*]*))"_s,
            u"ATTRIBUTE_WORD"_s),
        rule(uR"([`])"_s, u"UNSUPPORTED"_s),
        rule(uR"("[^"]*")"_s, u"COMMENT"_s),
        rule(uR"([\n]+)"_s, {}),
        rule(uR"(\})"_s, u"BLOCK_STOP"_s, u"pop"_s),
        rule(uR"(.)"_s, u"CHAR"_s),
    };
    return rules;
}

struct Attribute
{
    QString type, name, keys, comment;
};

struct Relationship
{
    QString first, cardinalityFirst, line, cardinalitySecond, second, label;
};

struct Diagram
{
    QMap<QString, QList<Attribute>> entities;
    QList<Relationship> relationships;
};

class Validator
{
public:
    // The diagram `text` says, or why Mermaid would refuse it.
    bool validate(const QString &text, Diagram *diagram, QString *error)
    {
        if (!tokenize(text, error))
            return false;
        m_diagram = diagram;
        if (!accept(u"ER_DIAGRAM"_s))
            return fail(error, u"erDiagram"_s);
        while (!at(u"EOF"_s)) {
            if (accept(u"NEWLINE"_s))
                continue;
            if (!statement())
                return fail(error, m_expected);
        }
        return true;
    }

private:
    bool tokenize(const QString &text, QString *error)
    {
        bool block = false;
        qsizetype pos = 0;
        while (pos < text.size()) {
            const QString rest = text.mid(pos);
            const QList<Rule> &rules = block ? blockRules() : initialRules();
            bool matched = false;
            for (const Rule &r : rules) {
                const QRegularExpressionMatch m = r.pattern.match(rest);
                if (!m.hasMatch() || m.capturedLength() == 0)
                    continue;
                matched = true;
                pos += m.capturedLength();
                if (r.token == u"UNSUPPORTED") {
                    *error = u"a statement this validator does not follow: "_s + m.captured();
                    return false;
                }
                if (r.token == u"CHAR")
                    m_tokens.append({m.captured(), m.captured()});
                else if (!r.token.isEmpty())
                    m_tokens.append({r.token, m.captured()});
                if (r.enter == u"block")
                    block = true;
                else if (r.enter == u"pop")
                    block = false;
                break;
            }
            if (!matched) {
                *error = u"no token at: "_s + rest.left(40);
                return false;
            }
        }
        m_tokens.append({u"EOF"_s, {}});
        return true;
    }

    bool at(const QString &type) const { return m_tokens.at(m_pos).type == type; }
    bool atAny(const QStringList &types) const { return types.contains(m_tokens.at(m_pos).type); }
    bool accept(const QString &type)
    {
        if (!at(type))
            return false;
        ++m_pos;
        return true;
    }
    QString take() { return m_tokens.at(m_pos++).text; }
    bool expected(const QString &what)
    {
        m_expected = what;
        return false;
    }
    bool fail(QString *error, const QString &what) const
    {
        QStringList around;
        for (qsizetype n = std::max<qsizetype>(0, m_pos - 4);
             n < std::min(m_tokens.size(), m_pos + 3); ++n)
            around << m_tokens.at(n).type + u'(' + m_tokens.at(n).text + u')';
        *error = u"expected "_s + what + u" at token "_s + QString::number(m_pos) + u": "_s
            + around.join(u' ');
        return false;
    }

    static QString unquoted(const QString &text) { return QString(text).remove(u'"'); }

    bool entityName(QString *name)
    {
        if (!atAny(
                {u"ENTITY_NAME"_s, u"UNICODE_TEXT"_s, u"NUM"_s, u"DECIMAL_NUM"_s, u"ENTITY_ONE"_s}))
            return expected(u"an entity name"_s);
        *name = unquoted(take());
        return true;
    }

    bool cardinality(QString *text)
    {
        if (!atAny({u"ZERO_OR_ONE"_s, u"ZERO_OR_MORE"_s, u"ONE_OR_MORE"_s, u"ONLY_ONE"_s,
                u"MD_PARENT"_s}))
            return expected(u"a cardinality"_s);
        *text = take();
        return true;
    }

    // statement: entityName relSpec entityName COLON role
    //          | entityName [SQS entityName SQE] [BLOCK_START attributes? BLOCK_STOP]
    //          | direction
    bool statement()
    {
        if (accept(u"direction"_s))
            return true;
        QString name;
        if (!entityName(&name))
            return false;
        if (atAny({u"ZERO_OR_ONE"_s, u"ZERO_OR_MORE"_s, u"ONE_OR_MORE"_s, u"ONLY_ONE"_s,
                u"MD_PARENT"_s})) {
            Relationship r;
            r.first = name;
            cardinality(&r.cardinalityFirst);
            if (!atAny({u"NON_IDENTIFYING"_s, u"IDENTIFYING"_s}))
                return expected(u"-- or .."_s);
            r.line = take();
            if (!cardinality(&r.cardinalitySecond) || !entityName(&r.second))
                return false;
            if (!accept(u"COLON"_s))
                return expected(u": and a label"_s);
            if (!atAny({u"WORD"_s, u"ENTITY_NAME"_s, u"UNICODE_TEXT"_s}))
                return expected(u"a label"_s);
            r.label = unquoted(take());
            m_diagram->relationships << r;
            return true;
        }
        if (accept(u"SQS"_s)) {
            QString alias;
            if (!entityName(&alias) || !accept(u"SQE"_s))
                return expected(u"an alias in [ ]"_s);
        }
        QList<Attribute> &attributes = m_diagram->entities[name];
        if (!accept(u"BLOCK_START"_s))
            return true;
        while (!accept(u"BLOCK_STOP"_s)) {
            Attribute a;
            if (!at(u"ATTRIBUTE_WORD"_s))
                return expected(u"an attribute type"_s);
            a.type = take();
            if (at(u"?"_s))
                a.type += take();
            if (!at(u"ATTRIBUTE_WORD"_s))
                return expected(u"an attribute name"_s);
            a.name = take();
            if (at(u"ATTRIBUTE_KEY"_s)) {
                a.keys = take();
                while (accept(u","_s)) {
                    if (!at(u"ATTRIBUTE_KEY"_s))
                        return expected(u"PK, FK or UK"_s);
                    a.keys += u',' + take();
                }
            }
            if (at(u"COMMENT"_s))
                a.comment = unquoted(take());
            attributes << a;
        }
        return true;
    }

    QList<MermaidToken> m_tokens;
    qsizetype m_pos = 0;
    QString m_expected;
    Diagram *m_diagram = nullptr;
};

Diagram validated(const QString &text)
{
    Diagram diagram;
    QString error;
    if (!Validator().validate(text, &diagram, &error))
        qFatal("not an erDiagram: %s\n%s", qPrintable(error), qPrintable(text));
    return diagram;
}

} // namespace

void tst_Mermaid::validatorRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no header") << u"user {\n  int id\n}\n"_s;
    QTest::newRow("name with a space") << u"erDiagram\n  a ||--o{ order items : \"x\"\n"_s;
    QTest::newRow("type with a space")
        << u"erDiagram\n  a {\n    timestamp with time zone x\n  }\n"_s;
    QTest::newRow("type starting with a digit") << u"erDiagram\n  a {\n    2x name\n  }\n"_s;
    QTest::newRow("attribute named pk") << u"erDiagram\n  a {\n    int pk\n  }\n"_s;
    QTest::newRow("keyword as entity") << u"erDiagram\n  end {\n  }\n"_s;
    QTest::newRow("relationship without label") << u"erDiagram\n  a ||--o{ b\n"_s;
    QTest::newRow("quote in an entity name") << u"erDiagram\n  \"a%b\" {\n  }\n"_s;
    QTest::newRow("tilde pair") << u"erDiagram\n  a {\n    int x \"a~b~c\"\n  }\n"_s;
}

void tst_Mermaid::validatorRefuses()
{
    QFETCH(QString, text);
    Diagram diagram;
    QString error;
    QVERIFY(!Validator().validate(text, &diagram, &error));
    // and the same diagram, written right, is taken
    Diagram good;
    QVERIFY2(
        Validator().validate(
            u"erDiagram\n  a {\n    int id PK, FK \"x\"\n  }\n  a |o..o{ \"b c\" : \"a_id\"\n"_s,
            &good, &error),
        qPrintable(error));
    QCOMPARE(good.relationships.size(), 1);
    QCOMPARE(good.relationships.constFirst().second, u"b c"_s);
}

void tst_Mermaid::fixtures_data()
{
    QTest::addColumn<QString>("path");
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    const QStringList files = fixtures.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 17);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << fixtures.filePath(file);
    QTest::newRow("seed-models example")
        << QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
}

void tst_Mermaid::fixtures()
{
    QFETCH(QString, path);
    const Schema design = loadDesign(path);
    const QString text = MermaidWriter::write(design);
    const Diagram diagram = validated(text);
    // An entity per table, an attribute per column, a relationship per resolved foreign key.
    QCOMPARE(diagram.entities.size(), design.tables().size());
    int columns = 0;
    for (const QList<Attribute> &attributes : diagram.entities)
        columns += int(attributes.size());
    QCOMPARE(columns, design.columnCount());
    int resolved = 0;
    for (const Table &t : design.tables()) {
        for (const ForeignKey &fk : t.foreignKeys)
            resolved += design.table(fk.referencedTable) ? 1 : 0;
    }
    QCOMPARE(diagram.relationships.size(), resolved);
    for (const Relationship &r : diagram.relationships) {
        QVERIFY2(diagram.entities.contains(r.first), qPrintable(r.first));
        QVERIFY2(diagram.entities.contains(r.second), qPrintable(r.second));
    }
}

void tst_Mermaid::writtenText()
{
    const Schema design = designFrom(R"(
<table x="10" y="10" name="users">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="email" null="0" autoincrement="0"><datatype>VARCHAR(255)</datatype><comment>Where "we" write</comment></row>
<row name="balance" null="1" autoincrement="0"><datatype>DECIMAL(12,2)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>email</part></key>
</table>
<table x="300" y="10" name="posts">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="user_id" null="0" autoincrement="0"><datatype>INTEGER</datatype><relation table="users" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)");
    const QString text = MermaidWriter::write(design);
    QCOMPARE(text, uR"mmd(erDiagram
    users {
        integer id PK
        varchar email UK "VARCHAR(255); Where 'we' write"
        decimal balance "DECIMAL(12,2)"
    }
    posts {
        integer id PK
        integer user_id FK
    }
    users ||..o{ posts : "user_id"
)mmd"_s);
    const Diagram diagram = validated(text);
    QCOMPARE(diagram.entities.value(u"users"_s).at(2).comment, u"DECIMAL(12,2)"_s);
}

void tst_Mermaid::cardinalities()
{
    const Schema design
        = loadDesign(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"));
    const Diagram diagram = validated(MermaidWriter::write(design));
    QStringList lines;
    for (const Relationship &r : diagram.relationships)
        lines << r.first + u' ' + r.cardinalityFirst + r.line + r.cardinalitySecond + u' '
                + r.second + u" : "_s + r.label;
    // NOT NULL keys: exactly one parent; a nullable one (task.parent_id): at most one; keys in
    // the primary key: identifying; a unique key (the joined subclasses' id): one-to-one.
    for (const QString &expected :
        {u"user ||..o{ post : user_id"_s, u"user ||--o{ followers : follower_id"_s,
            u"task |o..o{ task : parent_id"_s, u"employee ||--o| engineer : id"_s})
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(u'\n')));
}

void tst_Mermaid::oddNames()
{
    Schema design;
    Table &a = design.addTable(u"order items"_s);
    design.addColumn(a, u"postal code"_s, u"timestamp with time zone"_s);
    design.addColumn(a, u"pk"_s, u"INT(10) UNSIGNED"_s);
    design.addColumn(a, u"2nd"_s, u"uk"_s);
    design.addColumn(a, u"имя"_s, u"TEXT"_s).comment = u"two\nlines ~x~"_s;
    design.addColumn(a, u"postal_code"_s, u"INT"_s);
    Table &b = design.addTable(u"end"_s);
    const ObjectId ref = design.addColumn(b, u"item"_s, u"INT"_s).id;
    design.addTable(u"100%\"real\" \\ direction tb"_s);
    design.addTable(u"index.html.erb"_s);
    Table &end = design.tables()[1];
    design.addForeignKey(
        end, {ref}, design.tables().constFirst(), {design.tables().constFirst().columns.at(1).id});
    const QString text = MermaidWriter::write(design);
    const Diagram diagram = validated(text);
    QCOMPARE(diagram.entities.keys(),
        QStringList({u"100real  direction_tb"_s, u"end"_s, u"index.html.erb"_s, u"order items"_s}));
    const QList<Attribute> attributes = diagram.entities.value(u"order items"_s);
    QCOMPARE(attributes.size(), 5);
    QCOMPARE(attributes.at(0).name, u"postal_code"_s);
    QCOMPARE(attributes.at(0).type, u"timestamp_with_time_zone"_s);
    QCOMPARE(attributes.at(0).comment, u"postal code; timestamp with time zone"_s);
    QCOMPARE(attributes.at(1).name, u"pk_"_s);
    QCOMPARE(attributes.at(1).comment, u"pk; INT(10) UNSIGNED"_s);
    QCOMPARE(attributes.at(2).name, u"_2nd"_s);
    QCOMPARE(attributes.at(2).type, u"uk_"_s);
    QCOMPARE(attributes.at(3).name, u"имя"_s);
    QCOMPARE(attributes.at(3).comment, u"two lines -x-"_s);
    QCOMPARE(attributes.at(4).name, u"postal_code_2"_s);
    QCOMPARE(diagram.relationships.size(), 1);
    QCOMPARE(diagram.relationships.constFirst().first, u"order items"_s);
    QCOMPARE(diagram.relationships.constFirst().second, u"end"_s);
}

QTEST_GUILESS_MAIN(tst_Mermaid)
#include "tst_mermaid.moc"
