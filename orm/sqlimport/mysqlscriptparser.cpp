#include "mysqlscriptparser.h"

#include "scriptschema.h"

#include "dialects/cataloguequery.h"
#include "dialects/dialect.h"
#include "sql/logicaltype.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Token
{
    enum class Type { Word, Name, String, Number, Symbol, End };
    Type type = Type::End;
    QString text; // a string's or a quoted name's value, unquoted
    qsizetype start = 0, end = 0; // in the statement's text
    int line = 1, column = 1; // in the script
};

// MySQL's tokens: words, `names`, 'strings' and "strings" (backslash escapes, doubled quotes),
// numbers, b'0101' and x'ff' literals, symbols. Comments are dropped, and so are the markers of
// executable comments (/*!40101 and its */), whose content is code.
class Tokenizer
{
    Q_DECLARE_TR_FUNCTIONS(MysqlScriptParser)

public:
    explicit Tokenizer(const SqlStatement &statement)
        : m_text(statement.text)
        , m_line(statement.line)
        , m_column(statement.column)
    {
    }

    // The tokens, ending with an End token; false with *error for an unclosed quote.
    bool run(QList<Token> *tokens, QString *error);

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_text.size() ? m_text.at(m_at + ahead) : QChar();
    }
    void advance(qsizetype count = 1)
    {
        for (; count > 0 && m_at < m_text.size(); --count, ++m_at) {
            if (m_text.at(m_at) == u'\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
    }
    bool skipSpaceAndComments();
    bool quoted(Token &token, QString *error);

    const QString &m_text;
    qsizetype m_at = 0;
    int m_line, m_column;
    int m_executable = 0; // open executable comments
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

bool Tokenizer::skipSpaceAndComments()
{
    static const QRegularExpression executable(QStringLiteral("\\G/\\*M?!\\d*"));
    while (m_at < m_text.size()) {
        const QChar c = peek();
        if (c.isSpace()) {
            advance();
        } else if ((c == u'-' && peek(1) == u'-') || c == u'#') {
            while (m_at < m_text.size() && peek() != u'\n')
                advance();
        } else if (c == u'/' && peek(1) == u'*') {
            const QRegularExpressionMatch m = executable.match(m_text, m_at);
            if (m.hasMatch()) {
                ++m_executable;
                advance(m.capturedLength());
                continue;
            }
            advance(2);
            while (m_at < m_text.size() && !(peek() == u'*' && peek(1) == u'/'))
                advance();
            advance(2);
        } else if (c == u'*' && peek(1) == u'/' && m_executable > 0) {
            --m_executable;
            advance(2);
        } else {
            return true;
        }
    }
    return true;
}

bool Tokenizer::quoted(Token &token, QString *error)
{
    const QChar quote = peek();
    const int line = m_line, column = m_column;
    advance();
    while (m_at < m_text.size()) {
        const QChar c = peek();
        if (c == u'\\' && quote != u'`') {
            const QChar e = peek(1);
            static const QHash<QChar, QString> escapes {{u'n', QStringLiteral("\n")},
                {u't', QStringLiteral("\t")}, {u'r', QStringLiteral("\r")},
                {u'0', QString(QChar(0))}, {u'b', QStringLiteral("\b")}, {u'Z', QString(QChar(26))},
                {u'%', QStringLiteral("\\%")}, {u'_', QStringLiteral("\\_")}};
            token.text += escapes.value(e, QString(e));
            advance(2);
            continue;
        }
        advance();
        if (c == quote) {
            if (peek() != quote)
                return true;
            advance();
        }
        token.text += c;
    }
    *error = tr("the quote that starts at line %1, column %2 is not closed").arg(line).arg(column);
    return false;
}

bool Tokenizer::run(QList<Token> *tokens, QString *error)
{
    static const QRegularExpression number(QStringLiteral(
        "\\G(0x[0-9A-Fa-f]+|\\d+(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+([eE][-+]?\\d+)?)"));
    static const QRegularExpression bitsOrHex(QStringLiteral("\\G[bBxX]'[0-9A-Fa-f]*'"));
    static const QRegularExpression introducer(QStringLiteral("\\G(_[A-Za-z0-9]+|[nN])(?=')"));
    for (;;) {
        skipSpaceAndComments();
        Token token;
        token.start = m_at;
        token.line = m_line;
        token.column = m_column;
        if (m_at >= m_text.size()) {
            token.end = m_at;
            tokens->append(token);
            return true;
        }
        const QChar c = peek();
        QRegularExpressionMatch m;
        const bool prefixed = peek(1) == u'\'' || c == u'_';
        if (prefixed && (m = bitsOrHex.match(m_text, m_at)).hasMatch()) {
            token.type = Token::Type::Number;
            token.text = m.captured(0);
            advance(m.capturedLength());
        } else if (prefixed && (m = introducer.match(m_text, m_at)).hasMatch()) {
            advance(m.capturedLength()); // the string's character set says nothing here
            continue;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            token.type = c == u'`' ? Token::Type::Name : Token::Type::String;
            if (!quoted(token, error))
                return false;
        } else if ((c.isDigit() || (c == u'.' && peek(1).isDigit()))
            && (m = number.match(m_text, m_at)).hasMatch()
            && !isWordChar(peek(m.capturedLength()))) {
            token.type = Token::Type::Number;
            token.text = m.captured(0);
            advance(m.capturedLength());
        } else if (isWordChar(c)) {
            token.type = Token::Type::Word;
            while (m_at < m_text.size() && isWordChar(peek())) {
                token.text += peek();
                advance();
            }
        } else {
            token.type = Token::Type::Symbol;
            token.text = c;
            advance();
        }
        token.end = m_at;
        tokens->append(token);
    }
}

// What a column definition says, before it becomes a design's column.
struct ColumnSpec
{
    QString name;
    QString type; // as MariaDB's catalogue spells it: "int(10) unsigned", "enum('a','b')"
    bool notNull = false;
    std::optional<QString> defaultSql;
    bool autoIncrement = false;
    bool primary = false;
    bool unique = false;
    bool generated = false;
    QString comment;
    QString check;
    struct Reference
    {
        QString table;
        QStringList columns;
        ReferentialAction onDelete = ReferentialAction::Unspecified;
        ReferentialAction onUpdate = ReferentialAction::Unspecified;
    };
    std::optional<Reference> references;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(MysqlScriptParser)

public:
    explicit Parser(SqlImportReport &report)
        : m_script(report, Dialect::forEngine(SqlEngine::Mysql), SqlEngine::Mysql)
        , m_schema(m_script.schema())
        , m_dialect(m_script.dialect())
    {
    }

    void statement(const SqlStatement &statement);
    void finish() { m_script.finish(true); }

private:
    // Tokens.
    const Token &peek(qsizetype ahead = 0) const
    {
        return m_tokens.at(std::min(m_at + ahead, m_tokens.size() - 1));
    }
    const Token &next()
    {
        const Token &t = peek();
        if (m_at < m_tokens.size() - 1)
            ++m_at;
        return t;
    }
    bool atEnd() const { return peek().type == Token::Type::End; }
    bool isWord(const char *word, qsizetype ahead = 0) const
    {
        const Token &t = peek(ahead);
        return t.type == Token::Type::Word
            && t.text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(char16_t symbol, qsizetype ahead = 0) const
    {
        const Token &t = peek(ahead);
        return t.type == Token::Type::Symbol && t.text.at(0) == symbol;
    }
    bool acceptWord(const char *word)
    {
        if (!isWord(word))
            return false;
        next();
        return true;
    }
    bool acceptWords(std::initializer_list<const char *> words)
    {
        qsizetype i = 0;
        for (const char *w : words) {
            if (!isWord(w, i++))
                return false;
        }
        m_at += qsizetype(words.size());
        return true;
    }
    bool acceptSymbol(char16_t symbol)
    {
        if (!isSymbol(symbol))
            return false;
        next();
        return true;
    }
    bool fail(const QString &message);
    bool expected(const QString &what);
    bool expectWord(const char *word);
    bool expectSymbol(char16_t symbol);
    // A name, `quoted` or not, the last part of db.table.
    bool identifier(QString *name);
    bool identifierList(QStringList *names, bool keyParts = false);
    // The source text of a balanced (...) group, the parentheses included.
    bool parenthesised(QString *text);
    // Everything up to the next ',' or ')' outside parentheses.
    void skipToElementEnd();
    QString source(qsizetype fromToken) const;

    // Statements.
    bool createTable(bool temporary);
    bool createIndex();
    bool alterTable();
    bool alterSpecifications(ObjectId table);
    bool dropTable();
    bool dropIndex();
    bool renameTable();
    bool tableOptions(Table *table);
    bool tableElement(ObjectId table);
    bool constraint(ObjectId table, bool inAlter);
    bool indexOptions();

    // Columns.
    bool columnSpec(ColumnSpec *spec);
    bool dataType(ColumnSpec *spec);
    bool defaultValue(QString *sql);
    bool referenceClause(ColumnSpec::Reference *reference);
    bool referentialAction(ReferentialAction *action);
    void setColumn(Table &table, Column &column, const ColumnSpec &spec);
    bool addColumn(ObjectId table, const ColumnSpec &spec, qsizetype at = -1);

    // Keys.
    bool addKey(ObjectId table, const QString &type, QString name, const QStringList &columns);
    void pendForeignKey(ObjectId table, const QString &name, const QString &indexName,
        const QStringList &columns, const ColumnSpec::Reference &reference);

    ScriptSchema m_script;
    Schema &m_schema;
    const Dialect &m_dialect;
    QHash<ObjectId, int> m_foreignKeyNumbers; // the N of MariaDB's TABLE_ibfk_N names

    QList<Token> m_tokens;
    qsizetype m_at = 0;
    const SqlStatement *m_statement = nullptr;
};

bool Parser::fail(const QString &message)
{
    return m_script.fail(message);
}

bool Parser::expected(const QString &what)
{
    const Token &t = peek();
    const QString found
        = t.type == Token::Type::End ? tr("the end of the statement") : u'"' + t.text + u'"';
    return fail(tr("expected %1 at line %2, column %3, found %4")
                    .arg(what)
                    .arg(t.line)
                    .arg(t.column)
                    .arg(found));
}

bool Parser::expectWord(const char *word)
{
    return acceptWord(word) || expected(QString::fromLatin1(word));
}

bool Parser::expectSymbol(char16_t symbol)
{
    return acceptSymbol(symbol) || expected(u'"' + QString(QChar(symbol)) + u'"');
}

bool Parser::identifier(QString *name)
{
    const Token &t = peek();
    if (t.type != Token::Type::Word && t.type != Token::Type::Name && t.type != Token::Type::String)
        return expected(tr("a name"));
    *name = next().text;
    while (isSymbol(u'.') && peek(1).type != Token::Type::Symbol) {
        next();
        *name = next().text;
    }
    return true;
}

// (a, b) of a key (a part may have a prefix length and ASC/DESC) or of a foreign key.
bool Parser::identifierList(QStringList *names, bool keyParts)
{
    if (!expectSymbol(u'('))
        return false;
    do {
        if (keyParts && isSymbol(u'('))
            return fail(tr("an index on an expression (line %1, column %2) cannot be part of a "
                           "design")
                            .arg(peek().line)
                            .arg(peek().column));
        QString name;
        if (!identifier(&name))
            return false;
        names->append(name);
        if (keyParts && isSymbol(u'(')) {
            QString length;
            if (!parenthesised(&length))
                return false;
        }
        if (keyParts && !acceptWord("ASC"))
            acceptWord("DESC");
    } while (acceptSymbol(u','));
    return expectSymbol(u')');
}

bool Parser::parenthesised(QString *text)
{
    const qsizetype from = m_at;
    if (!expectSymbol(u'('))
        return false;
    for (int depth = 1; depth > 0;) {
        if (atEnd())
            return expected(u"\")\""_s);
        if (isSymbol(u'('))
            ++depth;
        else if (isSymbol(u')'))
            --depth;
        next();
    }
    *text = source(from);
    return true;
}

void Parser::skipToElementEnd()
{
    for (int depth = 0; !atEnd(); next()) {
        if (depth == 0 && (isSymbol(u',') || isSymbol(u')')))
            return;
        if (isSymbol(u'('))
            ++depth;
        else if (isSymbol(u')'))
            --depth;
    }
}

QString Parser::source(qsizetype fromToken) const
{
    const qsizetype start = m_tokens.at(fromToken).start;
    const qsizetype end = m_tokens.at(std::max(fromToken, m_at - 1)).end;
    return m_statement->text.mid(start, end - start);
}

void Parser::statement(const SqlStatement &statement)
{
    m_script.begin(statement);
    m_statement = &statement;
    m_tokens.clear();
    m_at = 0;
    if (m_script.toRead()) {
        Tokenizer tokenizer(statement);
        if (tokenizer.run(&m_tokens, m_script.error())) {
            bool ok = false;
            const bool temporary = isWord("TEMPORARY", 1);
            if (acceptWords({"CREATE", "OR", "REPLACE"}) || acceptWord("CREATE")) {
                acceptWord("TEMPORARY");
                if (acceptWord("TABLE"))
                    ok = createTable(temporary);
                else
                    ok = createIndex();
            } else if (acceptWord("ALTER")) {
                ok = alterTable();
            } else if (acceptWord("DROP")) {
                acceptWord("TEMPORARY");
                ok = isWord("INDEX") ? dropIndex() : dropTable();
            } else if (acceptWord("RENAME")) {
                ok = renameTable();
            } else {
                fail(tr("not a statement about tables"));
            }
            if (ok && !atEnd())
                expected(tr("the end of the statement"));
        }
    }
    m_script.end();
}

bool Parser::createTable(bool temporary)
{
    const bool ifNotExists = acceptWords({"IF", "NOT", "EXISTS"});
    QString name;
    if (!identifier(&name))
        return false;
    if (temporary) {
        m_at = m_tokens.size() - 1;
        return m_script.skip(tr("a temporary table, which only its session sees"));
    }
    if (m_script.hasTable(name)) {
        if (ifNotExists) {
            m_at = m_tokens.size() - 1;
            return m_script.skip(tr("the table exists already"));
        }
        return fail(tr("the table \"%1\" exists already").arg(name));
    }
    if (isWord("LIKE") || (isSymbol(u'(') && isWord("LIKE", 1)))
        return fail(tr("CREATE TABLE ... LIKE copies a table the script does not describe"));
    if (!isSymbol(u'('))
        return expected(u"\"(\""_s);
    if (isWord("SELECT", 1))
        return fail(tr("CREATE TABLE ... SELECT takes its columns from a query"));
    const ObjectId id = m_script.addTable(name);
    next();
    do {
        if (!tableElement(id))
            break;
    } while (acceptSymbol(u','));
    if (m_script.error()->isEmpty() && expectSymbol(u')') && tableOptions(m_schema.table(id)))
        return true;
    // A table that did not parse is not half in the design.
    m_script.removeTable(id);
    return false;
}

// ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COMMENT='...' PARTITION BY ...: the
// comment is kept, the rest is how the server stores the table.
bool Parser::tableOptions(Table *table)
{
    while (!atEnd()) {
        if (isSymbol(u',') || isSymbol(u'=')) {
            next();
        } else if (acceptWord("COMMENT")) {
            acceptSymbol(u'=');
            if (peek().type != Token::Type::String)
                return expected(tr("a comment"));
            table->comment = next().text;
        } else if (isWord("PARTITION")) {
            while (!atEnd())
                next();
        } else if (isSymbol(u'(')) {
            QString ignored;
            if (!parenthesised(&ignored))
                return false;
        } else if (peek().type == Token::Type::Symbol) {
            return expected(tr("a table option"));
        } else {
            next();
        }
    }
    return true;
}

bool Parser::tableElement(ObjectId table)
{
    if (isWord("CONSTRAINT") || isWord("PRIMARY") || isWord("UNIQUE") || isWord("KEY")
        || isWord("INDEX") || isWord("FULLTEXT") || isWord("SPATIAL") || isWord("FOREIGN")
        || isWord("CHECK"))
        return constraint(table, false);
    if (isWord("PERIOD")) {
        skipToElementEnd();
        return true;
    }
    ColumnSpec spec;
    return columnSpec(&spec) && addColumn(table, spec);
}

// The constraints and indexes of CREATE TABLE and ALTER TABLE ADD.
bool Parser::constraint(ObjectId tableId, bool inAlter)
{
    QString name;
    if (acceptWord("CONSTRAINT")) {
        if (!isWord("PRIMARY") && !isWord("UNIQUE") && !isWord("FOREIGN") && !isWord("CHECK")
            && !identifier(&name))
            return false;
    }
    Table *table = m_schema.table(tableId);
    QStringList columns;
    if (acceptWords({"PRIMARY", "KEY"})) {
        if (acceptWord("USING"))
            next();
        if (!identifierList(&columns, true) || !indexOptions())
            return false;
        return addKey(tableId, Key::Primary, QStringLiteral("PRIMARY"), columns);
    }
    if (acceptWord("FOREIGN")) {
        expectWord("KEY");
        QString indexName;
        if (!isSymbol(u'(') && !identifier(&indexName))
            return false;
        ColumnSpec::Reference reference;
        if (!identifierList(&columns) || !referenceClause(&reference))
            return false;
        pendForeignKey(tableId, name, indexName, columns, reference);
        return true;
    }
    if (acceptWord("CHECK")) {
        QString check;
        if (!parenthesised(&check))
            return false;
        m_script.warnings() << tr("The CHECK constraint %1 of \"%2\" is not part of the design.")
                                   .arg(name.isEmpty() ? check : CatalogueQuery::quoted(name),
                                       table->name);
        return true;
    }
    QString type = Key::Index;
    if (acceptWord("UNIQUE"))
        type = Key::Unique;
    else if (acceptWord("FULLTEXT"))
        type = Key::Fulltext;
    else if (acceptWord("SPATIAL"))
        type = QStringLiteral("SPATIAL");
    else if (!isWord("KEY") && !isWord("INDEX"))
        return expected(tr("PRIMARY KEY, UNIQUE, KEY, INDEX, FOREIGN KEY or CHECK"));
    if (!acceptWord("KEY"))
        acceptWord("INDEX");
    if (inAlter)
        acceptWords({"IF", "NOT", "EXISTS"});
    if (!isSymbol(u'(') && !isWord("USING")) {
        QString indexName;
        if (!identifier(&indexName))
            return false;
        if (name.isEmpty())
            name = indexName;
    }
    if (acceptWord("USING"))
        next();
    if (!identifierList(&columns, true) || !indexOptions())
        return false;
    if (type == u"SPATIAL") {
        m_script.warnings() << tr("The index \"%1\" of \"%2\" is a SPATIAL index; the design "
                                  "keeps it as a plain index.")
                                   .arg(name, table->name);
        type = Key::Index;
    }
    return addKey(tableId, type, name, columns);
}

// USING BTREE, COMMENT '...', KEY_BLOCK_SIZE=8, VISIBLE, ...: how the server keeps the index.
bool Parser::indexOptions()
{
    while (!atEnd() && !isSymbol(u',') && !isSymbol(u')')) {
        if (acceptWord("COMMENT")) {
            if (peek().type != Token::Type::String)
                return expected(tr("a comment"));
        } else if (peek().type == Token::Type::Symbol && !isSymbol(u'=')) {
            return expected(tr("an index option"));
        }
        next();
    }
    return true;
}

bool Parser::createIndex()
{
    QString type = Key::Index;
    if (!acceptWord("ONLINE"))
        acceptWord("OFFLINE");
    if (acceptWord("UNIQUE"))
        type = Key::Unique;
    else if (acceptWord("FULLTEXT"))
        type = Key::Fulltext;
    else if (acceptWord("SPATIAL"))
        type = Key::Index;
    if (!acceptWord("INDEX"))
        return fail(tr("not a statement about tables"));
    acceptWords({"IF", "NOT", "EXISTS"});
    QString name, tableName;
    if (!identifier(&name))
        return false;
    if (acceptWord("USING"))
        next();
    ObjectId tableId = NoObject;
    QStringList columns;
    if (!expectWord("ON") || !identifier(&tableName) || !m_script.knownTable(tableName, &tableId)
        || !identifierList(&columns, true))
        return false;
    while (!atEnd())
        next(); // index options, ALGORITHM=..., LOCK=...
    return addKey(tableId, type, name, columns);
}

bool Parser::alterTable()
{
    acceptWord("ONLINE");
    acceptWord("IGNORE");
    if (!acceptWord("TABLE"))
        return fail(tr("not a statement about tables"));
    acceptWords({"IF", "EXISTS"});
    QString name;
    ObjectId id = NoObject;
    if (!identifier(&name) || !m_script.knownTable(name, &id))
        return false;
    // A statement that fails changes nothing: the table as it was, without the foreign keys
    // the statement added.
    const ScriptSchema::Snapshot before = m_script.snapshot(id);
    if (alterSpecifications(id))
        return true;
    m_script.restore(id, before);
    return false;
}

bool Parser::alterSpecifications(ObjectId id)
{
    do {
        Table *table = m_schema.table(id);
        if (acceptWord("ADD")) {
            if (isWord("CONSTRAINT") || isWord("PRIMARY") || isWord("UNIQUE") || isWord("KEY")
                || isWord("INDEX") || isWord("FULLTEXT") || isWord("SPATIAL") || isWord("FOREIGN")
                || isWord("CHECK")) {
                if (!constraint(id, true))
                    return false;
                continue;
            }
            acceptWord("COLUMN");
            acceptWords({"IF", "NOT", "EXISTS"});
            const bool list = acceptSymbol(u'(');
            do {
                ColumnSpec spec;
                if (!columnSpec(&spec))
                    return false;
                qsizetype at = -1;
                if (acceptWord("FIRST")) {
                    at = 0;
                } else if (acceptWord("AFTER")) {
                    QString after;
                    if (!identifier(&after))
                        return false;
                    const Column *c = table->columnByName(after);
                    at = c ? table->columnIndex(c->id) + 1 : -1;
                }
                if (!addColumn(id, spec, at))
                    return false;
            } while (list && acceptSymbol(u','));
            if (list && !expectSymbol(u')'))
                return false;
        } else if (isWord("MODIFY") || isWord("CHANGE")) {
            const bool change = next().text.compare(u"CHANGE", Qt::CaseInsensitive) == 0;
            acceptWord("COLUMN");
            acceptWords({"IF", "EXISTS"});
            QString old;
            if (change && !identifier(&old))
                return false;
            ColumnSpec spec;
            if (!columnSpec(&spec))
                return false;
            const Column *existing = table->columnByName(change ? old : spec.name);
            if (!existing)
                return fail(
                    tr("\"%1\" has no column \"%2\"").arg(table->name, change ? old : spec.name));
            Column &column = table->columns[table->columnIndex(existing->id)];
            column.name = spec.name;
            setColumn(*table, column, spec);
            if (acceptWord("AFTER"))
                next();
            else
                acceptWord("FIRST");
        } else if (acceptWord("DROP")) {
            if (acceptWords({"PRIMARY", "KEY"})) {
                table->keys.removeIf([](const Key &k) { return k.isPrimary(); });
            } else if (acceptWords({"FOREIGN", "KEY"}) || acceptWord("CONSTRAINT")) {
                acceptWords({"IF", "EXISTS"});
                QString fk;
                if (!identifier(&fk))
                    return false;
                m_script.dropForeignKey(id, fk);
            } else if (acceptWord("INDEX") || acceptWord("KEY")) {
                acceptWords({"IF", "EXISTS"});
                QString key;
                if (!identifier(&key))
                    return false;
                table->keys.removeIf([&](const Key &k) { return k.name == key; });
            } else {
                acceptWord("COLUMN");
                acceptWords({"IF", "EXISTS"});
                QString column;
                if (!identifier(&column))
                    return false;
                if (!m_script.dropColumn(id, column))
                    return false;
            }
        } else if (acceptWords({"DISABLE", "KEYS"}) || acceptWords({"ENABLE", "KEYS"})) {
        } else if (acceptWord("RENAME")) {
            if (!acceptWord("TO"))
                acceptWord("AS");
            QString newName;
            if (!identifier(&newName))
                return false;
            m_script.renameTable(id, newName);
        } else if (acceptWord("COMMENT")) {
            acceptSymbol(u'=');
            if (peek().type != Token::Type::String)
                return expected(tr("a comment"));
            table->comment = next().text;
        } else if (peek().type == Token::Type::Word
            && (isSymbol(u'=', 1) || isWord("CHARSET", 1) || isWord("CHARACTER", 1)
                || isWord("COLLATE", 1) || isWord("DEFAULT"))) {
            // AUTO_INCREMENT=5, ENGINE=InnoDB, DEFAULT CHARSET=...: storage, not structure.
            while (!atEnd() && !isSymbol(u','))
                next();
        } else {
            return expected(tr("ADD, MODIFY, CHANGE, DROP, RENAME or a table option"));
        }
    } while (acceptSymbol(u','));
    return true;
}

bool Parser::dropTable()
{
    if (!acceptWord("TABLE") && !acceptWord("TABLES"))
        return fail(tr("not a statement about tables"));
    const bool ifExists = acceptWords({"IF", "EXISTS"});
    QStringList names;
    do {
        QString name;
        if (!identifier(&name))
            return false;
        names << name;
    } while (acceptSymbol(u','));
    if (!acceptWord("RESTRICT"))
        acceptWord("CASCADE");
    return m_script.dropTables(names, ifExists);
}

bool Parser::dropIndex()
{
    next(); // INDEX
    acceptWords({"IF", "EXISTS"});
    QString name, tableName;
    ObjectId id = NoObject;
    if (!identifier(&name) || !expectWord("ON") || !identifier(&tableName)
        || !m_script.knownTable(tableName, &id))
        return false;
    m_schema.table(id)->keys.removeIf([&](const Key &k) { return k.name == name; });
    return true;
}

bool Parser::renameTable()
{
    if (!acceptWord("TABLE"))
        return fail(tr("not a statement about tables"));
    do {
        QString from, to;
        ObjectId id = NoObject;
        if (!identifier(&from) || !m_script.knownTable(from, &id) || !expectWord("TO")
            || !identifier(&to))
            return false;
        m_script.renameTable(id, to);
    } while (acceptSymbol(u','));
    return true;
}

// Types as MariaDB's information_schema.COLUMNS.COLUMN_TYPE spells them.
bool Parser::dataType(ColumnSpec *spec)
{
    if (peek().type != Token::Type::Word)
        return expected(tr("a type"));
    QString name = next().text.toLower();
    static const QHash<QString, QString> synonyms {{u"integer"_s, u"int"_s}, {u"int4"_s, u"int"_s},
        {u"int8"_s, u"bigint"_s}, {u"int1"_s, u"tinyint"_s}, {u"int2"_s, u"smallint"_s},
        {u"int3"_s, u"mediumint"_s}, {u"middleint"_s, u"mediumint"_s}, {u"dec"_s, u"decimal"_s},
        {u"numeric"_s, u"decimal"_s}, {u"fixed"_s, u"decimal"_s}, {u"real"_s, u"double"_s},
        {u"float8"_s, u"double"_s}, {u"float4"_s, u"float"_s}, {u"character"_s, u"char"_s}};
    if (name == u"national" || name == u"nchar" || name == u"nvarchar") {
        if (name == u"national")
            name = next().text.toLower();
        name = name == u"nchar" ? u"char"_s : name == u"nvarchar" ? u"varchar"_s : name;
    }
    name = synonyms.value(name, name);
    if ((name == u"char" && acceptWord("VARYING")) || name == u"varchar2")
        name = QStringLiteral("varchar");
    if (name == u"double")
        acceptWord("PRECISION");
    if (name == u"long") {
        name = acceptWord("VARBINARY") ? u"mediumblob"_s : u"mediumtext"_s;
        acceptWord("VARCHAR");
    }
    if (name == u"bool" || name == u"boolean")
        name = QStringLiteral("tinyint(1)");
    if (name == u"serial") {
        name = QStringLiteral("bigint(20) unsigned");
        spec->notNull = true;
        spec->autoIncrement = true;
        spec->unique = true;
    }
    QString arguments;
    if (acceptSymbol(u'(')) {
        QStringList parts;
        do {
            const Token &t = next();
            if (t.type == Token::Type::String)
                parts << m_dialect.quoteString(t.text).replace(QStringLiteral("\\\\"), u"\\"_s);
            else if (t.type == Token::Type::Number)
                parts << t.text;
            else
                return fail(tr("expected a size or a value at line %1, column %2")
                                .arg(t.line)
                                .arg(t.column));
        } while (acceptSymbol(u','));
        if (!expectSymbol(u')'))
            return false;
        arguments = u'(' + parts.join(u',') + u')';
    } else {
        // MariaDB's catalogue writes the sizes a type has without one.
        static const QHash<QString, QString> defaults {{u"decimal"_s, u"(10,0)"_s},
            {u"char"_s, u"(1)"_s}, {u"binary"_s, u"(1)"_s}, {u"bit"_s, u"(1)"_s}};
        arguments = defaults.value(name);
    }
    QString suffix;
    for (;;) {
        if (acceptWord("UNSIGNED")) {
            suffix += QStringLiteral(" unsigned");
        } else if (acceptWord("ZEROFILL")) {
            if (!suffix.contains(u"unsigned"_s))
                suffix += QStringLiteral(" unsigned");
            suffix += QStringLiteral(" zerofill");
        } else if (!acceptWord("SIGNED") && !acceptWord("BINARY") && !acceptWord("ASCII")
            && !acceptWord("UNICODE") && !acceptWord("BYTE")) {
            break;
        }
    }
    // MariaDB's display widths, which its catalogue shows for integers given without one.
    static const QHash<QString, std::pair<int, int>> widths {{u"tinyint"_s, {4, 3}},
        {u"smallint"_s, {6, 5}}, {u"mediumint"_s, {9, 8}}, {u"int"_s, {11, 10}},
        {u"bigint"_s, {20, 20}}};
    if (arguments.isEmpty() && widths.contains(name)) {
        const auto [signedWidth, unsignedWidth] = widths.value(name);
        arguments = u'(' + QString::number(suffix.isEmpty() ? signedWidth : unsignedWidth) + u')';
    }
    spec->type = name + arguments + suffix;
    return true;
}

bool Parser::defaultValue(QString *sql)
{
    const qsizetype from = m_at;
    if (isSymbol(u'(')) {
        return parenthesised(sql);
    }
    if (peek().type == Token::Type::String) {
        *sql = m_dialect.quoteString(next().text);
        return true;
    }
    if (isSymbol(u'-') || isSymbol(u'+'))
        next();
    if (peek().type != Token::Type::Word && peek().type != Token::Type::Number)
        return expected(tr("a default value"));
    next();
    QString ignored;
    if (isSymbol(u'(') && !parenthesised(&ignored))
        return false;
    *sql = source(from);
    return true;
}

bool Parser::referentialAction(ReferentialAction *action)
{
    QString words;
    while (peek().type == Token::Type::Word && !isWord("ON")) {
        words += (words.isEmpty() ? QString() : u" "_s) + next().text.toUpper();
        if (words != u"SET" && words != u"NO")
            break;
    }
    const std::optional<ReferentialAction> a = referentialActionFromSql(words);
    if (!a)
        return expected(tr("CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION"));
    *action = *a;
    return true;
}

bool Parser::referenceClause(ColumnSpec::Reference *reference)
{
    if (!expectWord("REFERENCES") || !identifier(&reference->table)
        || !identifierList(&reference->columns))
        return false;
    if (acceptWord("MATCH"))
        next();
    while (acceptWord("ON")) {
        if (acceptWord("DELETE")) {
            if (!referentialAction(&reference->onDelete))
                return false;
        } else if (expectWord("UPDATE")) {
            if (!referentialAction(&reference->onUpdate))
                return false;
        } else {
            return false;
        }
    }
    return true;
}

bool Parser::columnSpec(ColumnSpec *spec)
{
    if (!identifier(&spec->name) || !dataType(spec))
        return false;
    while (!atEnd() && !isSymbol(u',') && !isSymbol(u')')) {
        if (acceptWords({"NOT", "NULL"})) {
            spec->notNull = true;
        } else if (acceptWord("NULL")) {
            spec->notNull = false;
        } else if (acceptWord("DEFAULT")) {
            QString sql;
            if (!defaultValue(&sql))
                return false;
            spec->defaultSql = sql;
        } else if (acceptWord("AUTO_INCREMENT")) {
            spec->autoIncrement = true;
        } else if (acceptWord("UNIQUE")) {
            acceptWord("KEY");
            spec->unique = true;
        } else if (acceptWords({"PRIMARY", "KEY"}) || acceptWord("KEY")) {
            spec->primary = true;
        } else if (acceptWord("COMMENT")) {
            if (peek().type != Token::Type::String)
                return expected(tr("a comment"));
            spec->comment = next().text;
        } else if (acceptWords({"ON", "UPDATE"})) {
            QString ignored;
            if (!defaultValue(&ignored))
                return false;
            m_script.warnings() << tr("\"%1\" is set on every update (ON UPDATE); the design "
                                      "does not say so.")
                                       .arg(spec->name);
        } else if (acceptWords({"GENERATED", "ALWAYS"}) || isWord("AS")) {
            QString expression;
            if (!expectWord("AS") || !parenthesised(&expression))
                return false;
            spec->generated = true;
        } else if (acceptWord("CHECK")) {
            if (!parenthesised(&spec->check))
                return false;
        } else if (isWord("REFERENCES")) {
            ColumnSpec::Reference reference;
            if (!referenceClause(&reference))
                return false;
            spec->references = reference;
        } else if (acceptWord("CHARACTER") || acceptWord("CHARSET") || acceptWord("COLLATE")
            || acceptWord("COLUMN_FORMAT") || acceptWord("STORAGE") || acceptWord("SRID")) {
            acceptWord("SET");
            acceptSymbol(u'=');
            next();
        } else if (acceptWord("VIRTUAL") || acceptWord("STORED") || acceptWord("PERSISTENT")
            || acceptWord("INVISIBLE") || acceptWord("VISIBLE")
            || acceptWords({"WITH", "SYSTEM", "VERSIONING"})
            || acceptWords({"WITHOUT", "SYSTEM", "VERSIONING"})) {
        } else {
            return expected(tr("a column attribute"));
        }
    }
    return true;
}

// The column as MariaDB's catalogue would give it back, read as the live import reads it.
void Parser::setColumn(Table &table, Column &column, const ColumnSpec &spec)
{
    QString reported = spec.type;
    static const QRegularExpression json(
        QStringLiteral("^\\(\\s*json_valid\\s*\\(\\s*`?([^`)]+)`?\\s*\\)\\s*\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = json.match(spec.check);
    if (reported == u"longtext" && m.hasMatch() && m.captured(1) == spec.name)
        reported = QStringLiteral("json");
    else if (!spec.check.isEmpty())
        m_script.warnings() << tr("The CHECK constraint %1 of \"%2\" is not part of the design.")
                                   .arg(spec.check, table.name);
    const LogicalType type = m_dialect.typeFromCatalogue(reported);
    column.datatype = m_dialect.designType(type);
    column.nullable = !spec.notNull && !spec.primary;
    column.comment = spec.comment;
    column.autoIncrement = spec.autoIncrement;
    column.generatedByEngine = spec.autoIncrement;
    column.computed = false;
    if (spec.generated) {
        CatalogueQuery::markGenerated(column, table.name, &m_script.warnings());
        return;
    }
    // MariaDB says NULL for the default of a nullable column that has none.
    const QString sql = spec.defaultSql.value_or(column.nullable ? u"NULL"_s : QString());
    CatalogueQuery::setDefault(column, m_dialect, table.name, sql, type, &m_script.warnings());
}

bool Parser::addColumn(ObjectId tableId, const ColumnSpec &spec, qsizetype at)
{
    Table *table = m_schema.table(tableId);
    if (table->columnByName(spec.name))
        return fail(tr("\"%1\" has two columns \"%2\"").arg(table->name, spec.name));
    Column column;
    column.id = m_schema.newId();
    column.name = spec.name;
    setColumn(*table, column, spec);
    table->columns.insert(at < 0 ? table->columns.size() : at, column);
    if (spec.primary && !addKey(tableId, Key::Primary, QStringLiteral("PRIMARY"), {spec.name}))
        return false;
    if (spec.unique && !addKey(tableId, Key::Unique, spec.name, {spec.name}))
        return false;
    if (spec.references)
        pendForeignKey(tableId, {}, {}, {spec.name}, *spec.references);
    return true;
}

// MariaDB names an unnamed key after its first column, then NAME_2, NAME_3..., and keeps the
// primary key first, then unique keys, then the others.
bool Parser::addKey(ObjectId tableId, const QString &type, QString name, const QStringList &columns)
{
    Table *table = m_schema.table(tableId);
    if (type != Key::Primary)
        name = ScriptSchema::freeKeyName(*table, name.isEmpty() ? columns.constFirst() : name);
    if (!m_script.addKey(tableId, type, name, columns))
        return false;
    const auto rank = [](const Key &k) { return k.isPrimary() ? 0 : k.isUnique() ? 1 : 2; };
    std::stable_sort(table->keys.begin(), table->keys.end(),
        [&](const Key &a, const Key &b) { return rank(a) < rank(b); });
    return true;
}

void Parser::pendForeignKey(ObjectId table, const QString &name, const QString &indexName,
    const QStringList &columns, const ColumnSpec::Reference &reference)
{
    PendingForeignKey fk;
    fk.table = table;
    fk.name = name;
    if (fk.name.isEmpty()) {
        const int n = ++m_foreignKeyNumbers[table];
        fk.name = m_schema.table(table)->name + u"_ibfk_" + QString::number(n);
    }
    fk.indexName = indexName.isEmpty() ? name : indexName;
    fk.columns = columns;
    fk.target = reference.table;
    fk.targetColumns = reference.columns;
    fk.onDelete = reference.onDelete;
    fk.onUpdate = reference.onUpdate;
    m_script.pendForeignKey(fk);
}

} // namespace

void MysqlScriptParser::run(const QList<SqlStatement> &statements, SqlImportReport &report)
{
    Parser parser(report);
    for (const SqlStatement &statement : statements)
        parser.statement(statement);
    parser.finish();
}
