#include "sqlitetableparser.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using TableDefinition = SqliteTableDefinition;
using ColumnDefinition = SqliteTableDefinition::ColumnDefinition;
using ConstraintDefinition = SqliteTableDefinition::ConstraintDefinition;
using ForeignKeyDefinition = SqliteTableDefinition::ForeignKeyDefinition;

enum class TokenKind { Word, QuotedName, String, Blob, Number, Symbol, End };

struct Token
{
    TokenKind kind = TokenKind::End;
    // Unquoted for QuotedName ("x", `x`, [x]) and String ('x'); the source text otherwise.
    QString value;
    qsizetype begin = 0; // offsets into the statement
    qsizetype end = 0;
    // How many comments come before this token; the comments between two tokens are the
    // ones counted by the second and not by the first, which is all attribution needs.
    qsizetype commentsBefore = 0;
};

// SQLite's own tokenizer rules (tokenize.c): only ASCII whitespace separates tokens, and every
// character from U+0080 up can be part of a bare identifier.
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() >= 0x80;
}

bool isWordPart(QChar c)
{
    return isWordStart(c) || isDigit(c) || c == u'$';
}

// Reads one CREATE TABLE statement. It is a recursive-descent parser over SQLite's grammar for
// CREATE TABLE (parse.y) rather than a set of regular expressions, so that commas, parentheses
// and "--" inside strings, quoted names and expressions never split or end anything.
class SqliteTableParser
{
    Q_DECLARE_TR_FUNCTIONS(SqliteTableParser)

public:
    explicit SqliteTableParser(const QString &sql)
        : m_sql(sql)
    {
    }

    std::optional<TableDefinition> parse();
    QString error() const { return m_error; }

private:
    struct Element
    {
        bool isColumn = true;
        qsizetype index = -1; // into columns or constraints; -1 for a lone CONSTRAINT name
        qsizetype firstToken = 0;
    };

    bool tokenize();
    bool scanQuoted(qsizetype &i, QChar close, QString *value);

    const Token &peek(qsizetype ahead = 0) const
    {
        return m_tokens.at(qMin(m_pos + ahead, m_tokens.size() - 1));
    }
    bool atKeyword(QLatin1StringView keyword, qsizetype ahead = 0) const;
    bool acceptKeyword(QLatin1StringView keyword);
    bool expectKeyword(QLatin1StringView keyword);
    bool atSymbol(QChar symbol) const;
    bool acceptSymbol(QChar symbol);
    bool expectSymbol(QChar symbol);
    bool atElementEnd() const;
    bool atTableConstraint() const;
    bool atColumnConstraint() const;
    bool readName(QString *name, const QString &what);

    bool parseColumn(ColumnDefinition &column);
    bool parseDeclaredType(QString *type);
    bool parseDefault(QString *value);
    bool parseTableConstraint(ConstraintDefinition &constraint, bool *isConstraint);
    bool parseIndexedColumns(ConstraintDefinition &constraint);
    bool parseNameList(QStringList *names);
    bool parseReferences(ForeignKeyDefinition &foreignKey);
    bool atDeferrability() const;
    bool parseDeferrability(ForeignKeyDefinition &foreignKey);
    bool parseAction(QString *action);
    bool parseConflictClause();
    bool parseParenthesised(QString *inner);

    QString commentsBetween(qsizetype fromToken, qsizetype toToken) const;
    QString describe(const Token &token) const;
    bool fail(const QString &message, qsizetype offset);
    bool failHere(const QString &message) { return fail(message, peek().begin); }

    const QString &m_sql;
    QList<Token> m_tokens;
    QStringList m_comments;
    qsizetype m_pos = 0;
    QString m_error;
};

bool SqliteTableParser::tokenize()
{
    const qsizetype n = m_sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = m_sql.at(i);
        const QChar next = i + 1 < n ? m_sql.at(i + 1) : QChar();
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'-' && next == u'-') {
            qsizetype end = m_sql.indexOf(u'\n', i + 2);
            if (end < 0)
                end = n;
            QStringView text = QStringView(m_sql).mid(i + 2, end - i - 2);
            // Schemata writes "-- text"; the one space is syntax, any further ones are content.
            if (text.startsWith(u' '))
                text = text.mid(1);
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
            m_comments.append(text.toString());
            i = end;
            continue;
        }
        if (c == u'/' && next == u'*') {
            // SQLite accepts a comment left open at the end of the text.
            const qsizetype close = m_sql.indexOf(u"*/"_s, i + 2);
            const qsizetype textEnd = close < 0 ? n : close;
            m_comments.append(QStringView(m_sql).mid(i + 2, textEnd - i - 2).trimmed().toString());
            i = close < 0 ? n : close + 2;
            continue;
        }

        Token token;
        token.begin = i;
        token.commentsBefore = m_comments.size();
        if (c == u'"' || c == u'`' || c == u'[') {
            token.kind = TokenKind::QuotedName;
            if (!scanQuoted(i, c == u'[' ? u']' : c, &token.value))
                return false;
        } else if (c == u'\'') {
            token.kind = TokenKind::String;
            if (!scanQuoted(i, c, &token.value))
                return false;
        } else if ((c == u'x' || c == u'X') && next == u'\'') {
            token.kind = TokenKind::Blob;
            ++i;
            QString ignored;
            if (!scanQuoted(i, next, &ignored))
                return false;
            token.value = m_sql.mid(token.begin, i - token.begin);
        } else if (isDigit(c) || (c == u'.' && isDigit(next))) {
            // Loose on purpose (hex, exponents, "_" separators): SQLite checked the number.
            token.kind = TokenKind::Number;
            const bool hex = c == u'0' && (next == u'x' || next == u'X');
            ++i;
            while (i < n) {
                const QChar d = m_sql.at(i);
                const QChar before = m_sql.at(i - 1);
                const bool exponentSign
                    = !hex && (d == u'+' || d == u'-') && (before == u'e' || before == u'E');
                if (!isWordPart(d) && d != u'.' && !exponentSign)
                    break;
                ++i;
            }
            token.value = m_sql.mid(token.begin, i - token.begin);
        } else if (isWordStart(c)) {
            token.kind = TokenKind::Word;
            ++i;
            while (i < n && isWordPart(m_sql.at(i)))
                ++i;
            token.value = m_sql.mid(token.begin, i - token.begin);
        } else {
            // Operators only matter inside expressions, which are kept as source text, so one
            // character per token is enough.
            token.kind = TokenKind::Symbol;
            token.value = QString(c);
            ++i;
        }
        token.end = i;
        m_tokens.append(token);
    }
    Token end;
    end.begin = end.end = n;
    end.commentsBefore = m_comments.size();
    m_tokens.append(end);
    return true;
}

// Reads the quoted token starting at i, where a doubled closing character stands for itself
// (except in [brackets], which have no escape); i ends after the closing character.
bool SqliteTableParser::scanQuoted(qsizetype &i, QChar close, QString *value)
{
    const qsizetype start = i;
    const bool doubles = close != u']';
    for (qsizetype j = i + 1; j < m_sql.size(); ++j) {
        const QChar c = m_sql.at(j);
        if (c != close) {
            value->append(c);
            continue;
        }
        if (doubles && j + 1 < m_sql.size() && m_sql.at(j + 1) == close) {
            value->append(c);
            ++j;
            continue;
        }
        i = j + 1;
        return true;
    }
    return fail(tr("the quote %1 is never closed").arg(m_sql.at(start)), start);
}

bool SqliteTableParser::atKeyword(QLatin1StringView keyword, qsizetype ahead) const
{
    const Token &token = peek(ahead);
    return token.kind == TokenKind::Word && token.value.compare(keyword, Qt::CaseInsensitive) == 0;
}

bool SqliteTableParser::acceptKeyword(QLatin1StringView keyword)
{
    if (!atKeyword(keyword))
        return false;
    ++m_pos;
    return true;
}

bool SqliteTableParser::expectKeyword(QLatin1StringView keyword)
{
    if (acceptKeyword(keyword))
        return true;
    return failHere(tr("expected %1, found %2").arg(QString(keyword), describe(peek())));
}

bool SqliteTableParser::atSymbol(QChar symbol) const
{
    const Token &token = peek();
    return token.kind == TokenKind::Symbol && token.value.front() == symbol;
}

bool SqliteTableParser::acceptSymbol(QChar symbol)
{
    if (!atSymbol(symbol))
        return false;
    ++m_pos;
    return true;
}

bool SqliteTableParser::expectSymbol(QChar symbol)
{
    if (acceptSymbol(symbol))
        return true;
    return failHere(tr("expected \"%1\", found %2").arg(symbol).arg(describe(peek())));
}

bool SqliteTableParser::atElementEnd() const
{
    return atSymbol(u',') || atSymbol(u')') || peek().kind == TokenKind::End;
}

bool SqliteTableParser::atTableConstraint() const
{
    for (const auto keyword :
        {"CONSTRAINT"_L1, "PRIMARY"_L1, "UNIQUE"_L1, "CHECK"_L1, "FOREIGN"_L1}) {
        if (atKeyword(keyword))
            return true;
    }
    return false;
}

// The keywords that end a declared type (SQLite's type name is any run of other words).
bool SqliteTableParser::atColumnConstraint() const
{
    for (const auto keyword : {"CONSTRAINT"_L1, "PRIMARY"_L1, "NOT"_L1, "NULL"_L1, "UNIQUE"_L1,
             "CHECK"_L1, "DEFAULT"_L1, "COLLATE"_L1, "REFERENCES"_L1, "DEFERRABLE"_L1, "AS"_L1}) {
        if (atKeyword(keyword))
            return true;
    }
    // GENERATED and ALWAYS are ordinary words to SQLite: part of the type unless AS follows.
    return atKeyword("GENERATED"_L1) && atKeyword("ALWAYS"_L1, 1) && atKeyword("AS"_L1, 2);
}

// SQLite takes a bare word, any quoted name, or a 'string' where it expects a name.
bool SqliteTableParser::readName(QString *name, const QString &what)
{
    const Token &token = peek();
    if (token.kind != TokenKind::Word && token.kind != TokenKind::QuotedName
        && token.kind != TokenKind::String) {
        return failHere(tr("expected %1, found %2").arg(what, describe(token)));
    }
    *name = token.value;
    ++m_pos;
    return true;
}

std::optional<TableDefinition> SqliteTableParser::parse()
{
    if (!tokenize())
        return std::nullopt;

    TableDefinition table;
    if (peek().kind == TokenKind::End) {
        failHere(tr("there is no statement, only whitespace and comments"));
        return std::nullopt;
    }
    if (!acceptKeyword("CREATE"_L1)) {
        failHere(
            tr("this is not a CREATE TABLE statement: it starts with %1").arg(describe(peek())));
        return std::nullopt;
    }
    table.temporary = acceptKeyword("TEMP"_L1) || acceptKeyword("TEMPORARY"_L1);
    if (atKeyword("VIRTUAL"_L1)) {
        failHere(tr("a virtual table has no column definitions to read"));
        return std::nullopt;
    }
    if (!expectKeyword("TABLE"_L1))
        return std::nullopt;
    if (acceptKeyword("IF"_L1)) {
        if (!expectKeyword("NOT"_L1) || !expectKeyword("EXISTS"_L1))
            return std::nullopt;
    }
    QString name;
    if (!readName(&name, tr("the table name")))
        return std::nullopt;
    if (acceptSymbol(u'.')) {
        table.schemaName = name;
        if (!readName(&name, tr("the table name")))
            return std::nullopt;
    }
    table.tableName = name;
    if (atKeyword("AS"_L1)) {
        failHere(tr("CREATE TABLE ... AS SELECT has no column definitions to read"));
        return std::nullopt;
    }
    const qsizetype openParen = m_pos;
    if (!expectSymbol(u'('))
        return std::nullopt;

    QList<Element> elements;
    for (;;) {
        Element element;
        element.firstToken = m_pos;
        if (atTableConstraint()) {
            ConstraintDefinition constraint;
            bool named = false;
            if (!parseTableConstraint(constraint, &named))
                return std::nullopt;
            element.isColumn = false;
            if (named) {
                element.index = table.constraints.size();
                table.constraints.append(constraint);
            }
        } else if (!elements.isEmpty() && !elements.constLast().isColumn) {
            failHere(tr("expected a table constraint, found %1 (columns come before table "
                        "constraints)")
                         .arg(describe(peek())));
            return std::nullopt;
        } else {
            ColumnDefinition column;
            if (!parseColumn(column))
                return std::nullopt;
            element.index = table.columns.size();
            table.columns.append(column);
        }
        elements.append(element);

        if (acceptSymbol(u','))
            continue;
        if (atSymbol(u')'))
            break;
        // SQLite's grammar lets table constraints follow each other without a comma.
        if (!element.isColumn && atTableConstraint())
            continue;
        failHere(tr("expected \",\" or \")\", found %1").arg(describe(peek())));
        return std::nullopt;
    }
    const qsizetype closeParen = m_pos++;

    table.comment = commentsBetween(openParen, elements.first().firstToken);
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Element &element = elements.at(i);
        const qsizetype next = i + 1 < elements.size() ? elements.at(i + 1).firstToken : closeParen;
        const QString comment = commentsBetween(element.firstToken, next);
        if (element.isColumn)
            table.columns[element.index].comment = comment;
        else if (element.index >= 0)
            table.constraints[element.index].comment = comment;
    }

    if (!atSymbol(u';') && peek().kind != TokenKind::End) {
        // SQLite's grammar lets the list of options start with a comma.
        acceptSymbol(u',');
        for (;;) {
            if (acceptKeyword("WITHOUT"_L1)) {
                if (!expectKeyword("ROWID"_L1))
                    return std::nullopt;
                table.withoutRowid = true;
            } else if (acceptKeyword("STRICT"_L1)) {
                table.strict = true;
            } else {
                failHere(tr("expected WITHOUT ROWID or STRICT after the column definitions, "
                            "found %1")
                             .arg(describe(peek())));
                return std::nullopt;
            }
            if (!acceptSymbol(u','))
                break;
        }
    }
    acceptSymbol(u';');
    if (peek().kind != TokenKind::End) {
        failHere(tr("expected the end of the statement, found %1").arg(describe(peek())));
        return std::nullopt;
    }
    return table;
}

bool SqliteTableParser::parseColumn(ColumnDefinition &column)
{
    if (!readName(&column.name, tr("a column name")))
        return false;
    if (!parseDeclaredType(&column.declaredType))
        return false;

    QString pendingName;
    while (!atElementEnd()) {
        if (acceptKeyword("CONSTRAINT"_L1)) {
            if (!readName(&pendingName, tr("a constraint name")))
                return false;
            continue;
        }
        // A name belongs to the one constraint that follows it.
        const QString name = std::exchange(pendingName, QString());
        if (atDeferrability()) {
            // SQLite takes "DEFERRABLE ..." as a constraint of its own that amends the last
            // foreign key, so "REFERENCES p NOT NULL DEFERRABLE" is deferrable. One on a column
            // without REFERENCES (amending an earlier column's key) is ignored here.
            ForeignKeyDefinition ignored;
            ForeignKeyDefinition &foreignKey = column.references ? *column.references : ignored;
            if (!parseDeferrability(foreignKey))
                return false;
        } else if (acceptKeyword("PRIMARY"_L1)) {
            if (!expectKeyword("KEY"_L1))
                return false;
            column.primaryKey = true;
            column.primaryKeyName = name;
            if (!acceptKeyword("ASC"_L1))
                acceptKeyword("DESC"_L1);
            if (!parseConflictClause())
                return false;
            if (acceptKeyword("AUTOINCREMENT"_L1))
                column.autoIncrement = true;
        } else if (acceptKeyword("NOT"_L1)) {
            if (!expectKeyword("NULL"_L1) || !parseConflictClause())
                return false;
            column.notNull = true;
        } else if (acceptKeyword("NULL"_L1)) {
            if (!parseConflictClause())
                return false;
        } else if (acceptKeyword("UNIQUE"_L1)) {
            if (!parseConflictClause())
                return false;
            column.unique = true;
            column.uniqueName = name;
        } else if (acceptKeyword("CHECK"_L1)) {
            QString expression;
            if (!parseParenthesised(&expression))
                return false;
            column.checks.append(expression);
        } else if (acceptKeyword("DEFAULT"_L1)) {
            if (!parseDefault(&column.defaultValue))
                return false;
        } else if (acceptKeyword("COLLATE"_L1)) {
            if (!readName(&column.collation, tr("a collation name")))
                return false;
        } else if (acceptKeyword("REFERENCES"_L1)) {
            ForeignKeyDefinition foreignKey;
            foreignKey.name = name;
            if (!parseReferences(foreignKey))
                return false;
            if (!column.references)
                column.references = foreignKey;
        } else if (atKeyword("GENERATED"_L1) || atKeyword("AS"_L1)) {
            if (acceptKeyword("GENERATED"_L1) && !expectKeyword("ALWAYS"_L1))
                return false;
            if (!expectKeyword("AS"_L1) || !parseParenthesised(&column.generatedExpression))
                return false;
            if (acceptKeyword("STORED"_L1))
                column.generatedStored = true;
            else
                acceptKeyword("VIRTUAL"_L1);
        } else {
            return failHere(tr("unexpected %1 in the definition of column \"%2\"")
                                .arg(describe(peek()), column.name));
        }
    }
    return true;
}

bool SqliteTableParser::parseDeclaredType(QString *type)
{
    const qsizetype start = m_pos;
    int depth = 0;
    const Token *previous = nullptr;
    for (;;) {
        const Token &token = peek();
        if (token.kind == TokenKind::End && depth > 0) {
            return fail(
                tr("a parenthesis in the column's type is never closed"), m_tokens.at(start).begin);
        }
        const bool isSymbol = token.kind == TokenKind::Symbol;
        const QChar symbol = isSymbol ? token.value.front() : QChar();
        if (depth == 0 && (atElementEnd() || atColumnConstraint())) {
            // A type that is one quoted word loses its quotes, as in SQLite.
            const Token &first = m_tokens.at(start);
            if (m_pos == start + 1
                && (first.kind == TokenKind::QuotedName || first.kind == TokenKind::String)) {
                *type = first.value;
            }
            // SQLite cuts "ALWAYS" and then "GENERATED" off the end of a type of 16 characters
            // or more, a leftover of how its grammar reads "INT GENERATED ALWAYS AS (...)";
            // so "INT GENERATED ALWAYS" is INT there, and here too.
            if (type->size() >= 16 && type->endsWith(u"always"_s, Qt::CaseInsensitive)) {
                type->chop(6);
                *type = type->trimmed();
                if (type->endsWith(u"generated"_s, Qt::CaseInsensitive)) {
                    type->chop(9);
                    *type = type->trimmed();
                }
            }
            return true;
        }
        if (depth == 0) {
            if (token.kind == TokenKind::Number || token.kind == TokenKind::Blob
                || (isSymbol && symbol != u'(')) {
                return failHere(tr("unexpected %1 in a column's type").arg(describe(token)));
            }
        }
        if (symbol == u'(')
            ++depth;
        else if (symbol == u')')
            --depth;

        if (previous) {
            const bool previousSymbol = previous->kind == TokenKind::Symbol;
            const QChar before = previousSymbol ? previous->value.front() : QChar();
            const bool tight = symbol == u'(' || symbol == u')' || symbol == u',' || before == u'('
                || before == u',' || (previousSymbol && before != u')'); // a sign: "(-5)"
            if (!tight)
                type->append(u' ');
        }
        type->append(QStringView(m_sql).mid(token.begin, token.end - token.begin));
        previous = &token;
        ++m_pos;
    }
}

// DEFAULT takes a parenthesised expression, or one literal or name with an optional sign.
bool SqliteTableParser::parseDefault(QString *value)
{
    const Token &first = peek();
    qsizetype end = first.end;
    if (atSymbol(u'(')) {
        QString ignored;
        if (!parseParenthesised(&ignored))
            return false;
        end = m_tokens.at(m_pos - 1).end;
    } else if (atSymbol(u'+') || atSymbol(u'-')) {
        ++m_pos;
        if (peek().kind == TokenKind::Symbol || peek().kind == TokenKind::End)
            return failHere(tr("expected a value after the sign, found %1").arg(describe(peek())));
        end = peek().end;
        ++m_pos;
    } else if (first.kind != TokenKind::Symbol && first.kind != TokenKind::End) {
        ++m_pos;
    } else {
        return failHere(tr("expected a value after DEFAULT, found %1").arg(describe(first)));
    }
    *value = m_sql.mid(first.begin, end - first.begin);
    return true;
}

// *isConstraint is false for a "CONSTRAINT name" followed by nothing, which SQLite accepts.
bool SqliteTableParser::parseTableConstraint(ConstraintDefinition &constraint, bool *isConstraint)
{
    // SQLite accepts "CONSTRAINT a CONSTRAINT b ..."; the last name is the one that applies.
    while (acceptKeyword("CONSTRAINT"_L1)) {
        if (!readName(&constraint.name, tr("a constraint name")))
            return false;
    }
    *isConstraint = !atElementEnd();
    if (!*isConstraint)
        return true;
    using Type = ConstraintDefinition::Type;
    if (acceptKeyword("PRIMARY"_L1)) {
        constraint.type = Type::PrimaryKey;
        return expectKeyword("KEY"_L1) && parseIndexedColumns(constraint) && parseConflictClause();
    }
    if (acceptKeyword("UNIQUE"_L1)) {
        constraint.type = Type::Unique;
        return parseIndexedColumns(constraint) && parseConflictClause();
    }
    if (acceptKeyword("CHECK"_L1)) {
        constraint.type = Type::Check;
        return parseParenthesised(&constraint.checkExpression) && parseConflictClause();
    }
    if (acceptKeyword("FOREIGN"_L1)) {
        constraint.type = Type::ForeignKey;
        ForeignKeyDefinition foreignKey;
        if (!expectKeyword("KEY"_L1) || !parseNameList(&constraint.columns)
            || !expectKeyword("REFERENCES"_L1) || !parseReferences(foreignKey)) {
            return false;
        }
        constraint.referencedTable = foreignKey.referencedTable;
        constraint.referencedColumns = foreignKey.referencedColumns;
        constraint.onDelete = foreignKey.onDelete;
        constraint.onUpdate = foreignKey.onUpdate;
        constraint.deferrable = foreignKey.deferrable;
        constraint.initiallyDeferred = foreignKey.initiallyDeferred;
        return true;
    }
    return failHere(
        tr("expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY, found %1").arg(describe(peek())));
}

// "(a COLLATE nocase DESC, b)" of PRIMARY KEY and UNIQUE. SQLite refuses expressions there, so
// each entry is a name.
bool SqliteTableParser::parseIndexedColumns(ConstraintDefinition &constraint)
{
    if (!expectSymbol(u'('))
        return false;
    do {
        QString column;
        if (!readName(&column, tr("a column name")))
            return false;
        constraint.columns.append(column);
        if (acceptKeyword("COLLATE"_L1)) {
            QString collation;
            if (!readName(&collation, tr("a collation name")))
                return false;
        }
        if (!acceptKeyword("ASC"_L1))
            acceptKeyword("DESC"_L1);
        if (constraint.type == ConstraintDefinition::Type::PrimaryKey
            && acceptKeyword("AUTOINCREMENT"_L1)) {
            constraint.autoIncrement = true;
        }
    } while (acceptSymbol(u','));
    return expectSymbol(u')');
}

bool SqliteTableParser::parseNameList(QStringList *names)
{
    if (!expectSymbol(u'('))
        return false;
    do {
        QString name;
        if (!readName(&name, tr("a column name")))
            return false;
        names->append(name);
    } while (acceptSymbol(u','));
    return expectSymbol(u')');
}

// What follows REFERENCES: the table, its columns, actions, MATCH and deferrability, in any
// order, as SQLite's grammar allows.
bool SqliteTableParser::parseReferences(ForeignKeyDefinition &foreignKey)
{
    if (!readName(&foreignKey.referencedTable, tr("the referenced table")))
        return false;
    if (atSymbol(u'(') && !parseNameList(&foreignKey.referencedColumns))
        return false;
    for (;;) {
        if (acceptKeyword("ON"_L1)) {
            QString action;
            if (acceptKeyword("DELETE"_L1)) {
                if (!parseAction(&foreignKey.onDelete))
                    return false;
            } else if (acceptKeyword("UPDATE"_L1)) {
                if (!parseAction(&foreignKey.onUpdate))
                    return false;
            } else if (acceptKeyword("INSERT"_L1)) {
                // Accepted and ignored by SQLite.
                if (!parseAction(&action))
                    return false;
            } else {
                return failHere(
                    tr("expected DELETE or UPDATE after ON, found %1").arg(describe(peek())));
            }
        } else if (acceptKeyword("MATCH"_L1)) {
            QString ignored;
            if (!readName(&ignored, tr("a MATCH type")))
                return false;
        } else if (atDeferrability()) {
            if (!parseDeferrability(foreignKey))
                return false;
        } else {
            return true;
        }
    }
}

// "NOT NULL" after a column's REFERENCES clause is the column's, hence the look-ahead.
bool SqliteTableParser::atDeferrability() const
{
    return atKeyword("DEFERRABLE"_L1) || (atKeyword("NOT"_L1) && atKeyword("DEFERRABLE"_L1, 1));
}

bool SqliteTableParser::parseDeferrability(ForeignKeyDefinition &foreignKey)
{
    const bool notDeferrable = acceptKeyword("NOT"_L1);
    if (!expectKeyword("DEFERRABLE"_L1))
        return false;
    bool deferred = false;
    if (acceptKeyword("INITIALLY"_L1)) {
        deferred = acceptKeyword("DEFERRED"_L1);
        if (!deferred && !expectKeyword("IMMEDIATE"_L1))
            return false;
    }
    // SQLite treats NOT DEFERRABLE INITIALLY DEFERRED as immediate.
    foreignKey.deferrable = !notDeferrable;
    foreignKey.initiallyDeferred = !notDeferrable && deferred;
    return true;
}

bool SqliteTableParser::parseAction(QString *action)
{
    if (acceptKeyword("SET"_L1)) {
        if (acceptKeyword("NULL"_L1))
            *action = u"SET NULL"_s;
        else if (acceptKeyword("DEFAULT"_L1))
            *action = u"SET DEFAULT"_s;
        else
            return failHere(
                tr("expected NULL or DEFAULT after SET, found %1").arg(describe(peek())));
    } else if (acceptKeyword("CASCADE"_L1)) {
        *action = u"CASCADE"_s;
    } else if (acceptKeyword("RESTRICT"_L1)) {
        *action = u"RESTRICT"_s;
    } else if (acceptKeyword("NO"_L1)) {
        if (!expectKeyword("ACTION"_L1))
            return false;
        *action = u"NO ACTION"_s;
    } else {
        return failHere(tr("expected SET NULL, SET DEFAULT, CASCADE, RESTRICT or NO ACTION, "
                           "found %1")
                            .arg(describe(peek())));
    }
    return true;
}

bool SqliteTableParser::parseConflictClause()
{
    if (!acceptKeyword("ON"_L1))
        return true;
    if (!expectKeyword("CONFLICT"_L1))
        return false;
    for (const auto resolution :
        {"ROLLBACK"_L1, "ABORT"_L1, "FAIL"_L1, "IGNORE"_L1, "REPLACE"_L1}) {
        if (acceptKeyword(resolution))
            return true;
    }
    return failHere(
        tr("expected ROLLBACK, ABORT, FAIL, IGNORE or REPLACE, found %1").arg(describe(peek())));
}

// Skips "( ... )" with whatever nests inside; *inner is the source text between the outer
// parentheses, comments included.
bool SqliteTableParser::parseParenthesised(QString *inner)
{
    const qsizetype open = m_pos;
    if (!expectSymbol(u'('))
        return false;
    int depth = 1;
    while (depth > 0) {
        const Token &token = peek();
        if (token.kind == TokenKind::End)
            return fail(tr("this parenthesis is never closed"), m_tokens.at(open).begin);
        if (atSymbol(u'('))
            ++depth;
        else if (atSymbol(u')'))
            --depth;
        ++m_pos;
    }
    const qsizetype close = m_pos - 1;
    if (close > open + 1) {
        const qsizetype begin = m_tokens.at(open + 1).begin;
        *inner = m_sql.mid(begin, m_tokens.at(close - 1).end - begin);
    } else {
        inner->clear();
    }
    return true;
}

QString SqliteTableParser::commentsBetween(qsizetype fromToken, qsizetype toToken) const
{
    const qsizetype first = m_tokens.at(fromToken).commentsBefore;
    const qsizetype last = m_tokens.at(toToken).commentsBefore;
    return m_comments.mid(first, last - first).join(u'\n');
}

QString SqliteTableParser::describe(const Token &token) const
{
    if (token.kind == TokenKind::End)
        return tr("the end of the text");
    QString text = m_sql.mid(token.begin, token.end - token.begin);
    if (text.size() > 40)
        text = text.left(40) + u"..."_s;
    return u'"' + text + u'"';
}

// Keeps the first error: the ones after it are consequences.
bool SqliteTableParser::fail(const QString &message, qsizetype offset)
{
    if (!m_error.isEmpty())
        return false;
    // lastIndexOf() reads a start of -1 as "from the end", hence the test.
    const qsizetype lineStart = offset > 0 ? m_sql.lastIndexOf(u'\n', offset - 1) + 1 : 0;
    const qsizetype line = QStringView(m_sql).left(offset).count(u'\n') + 1;
    m_error = tr("At offset %1 (line %2, column %3): %4")
                  .arg(offset)
                  .arg(line)
                  .arg(offset - lineStart + 1)
                  .arg(message);
    return false;
}

} // namespace

std::optional<SqliteTableDefinition> parseSqliteCreateTable(const QString &sql, QString *error)
{
    SqliteTableParser parser(sql);
    std::optional<SqliteTableDefinition> table = parser.parse();
    if (error)
        *error = table ? QString() : parser.error();
    return table;
}
