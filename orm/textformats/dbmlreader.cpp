#include "dbmlreader.h"

#include "dbmlsyntax.h"
#include "xml/datatypecataloguereader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// ---- Tokens ------------------------------------------------------------------------------

enum class Kind {
    End,
    Word, // identifier or keyword: letters, digits, _
    Name, // "double quoted"
    String, // 'single' or '''triple''' quoted
    Number,
    Expression, // `backquoted`
    Color, // #hex
    Punct, // { } [ ] ( ) , : . < > - <> ~
    Directive // the "// schemata:" that starts a comment DbmlWriter writes
};

struct Token
{
    Kind kind = Kind::End;
    QString text;
    int line = 0;
    int column = 0;
    qsizetype start = 0; // offsets in the text, for types taken as written
    qsizetype end = 0;
    bool lineBreakBefore = false;
};

using Error = DbmlReader::Error;

class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    // All tokens, ending with End; false with `error` set on a malformed one.
    bool tokenize(QList<Token> *tokens, Error *error);

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    void advance()
    {
        if (m_text.at(m_pos) == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }
    int column() const { return int(m_pos - m_lineStart) + 1; }
    bool isDirective() const
    {
        return QStringView(m_text).mid(m_pos + 2).trimmed().startsWith(u"schemata:");
    }
    bool fail(Error *error, const QString &message) const
    {
        *error = {m_line, column(), message};
        return false;
    }
    bool quoted(QChar quote, Token *token, Error *error);
    bool tripleQuoted(Token *token, Error *error);

    const QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool Lexer::quoted(QChar quote, Token *token, Error *error)
{
    const int line = m_line, col = column();
    advance();
    QString text;
    while (true) {
        if (m_pos >= m_text.size() || peek() == u'\n') {
            *error = {line, col,
                quote == u'"' ? tr("The name in double quotes is not closed on its line.")
                              : tr("The string is not closed on its line: close it with ' or "
                                   "write a multi-line string in '''.")};
            return false;
        }
        const QChar c = peek();
        advance();
        if (c == quote)
            break;
        if (c == u'\\' && m_pos < m_text.size()) {
            const QChar next = peek();
            advance();
            text += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
            continue;
        }
        text += c;
    }
    token->kind = quote == u'"' ? Kind::Name : Kind::String;
    token->text = text;
    return true;
}

// '''text''': a backslash escapes the next character, and before a line break joins the
// lines; the shortest indentation of the lines is removed, and a first or last line that is
// blank.
bool Lexer::tripleQuoted(Token *token, Error *error)
{
    const int line = m_line, col = column();
    for (int i = 0; i < 3; ++i)
        advance();
    QString text;
    while (true) {
        if (m_pos >= m_text.size()) {
            *error = {line, col, tr("The multi-line string is not closed with '''.")};
            return false;
        }
        if (peek() == u'\'' && peek(1) == u'\'' && peek(2) == u'\'') {
            for (int i = 0; i < 3; ++i)
                advance();
            break;
        }
        const QChar c = peek();
        advance();
        if (c == u'\\' && m_pos < m_text.size()) {
            const QChar next = peek();
            advance();
            if (next != u'\n')
                text += next;
            continue;
        }
        text += c;
    }
    QStringList lines = text.split(u'\n');
    if (lines.size() > 1 && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.size() > 1 && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    qsizetype indent = -1;
    for (const QString &l : std::as_const(lines)) {
        if (l.trimmed().isEmpty())
            continue;
        qsizetype n = 0;
        while (n < l.size() && (l.at(n) == u' ' || l.at(n) == u'\t'))
            ++n;
        indent = indent < 0 ? n : std::min(indent, n);
    }
    if (indent > 0) {
        for (QString &l : lines)
            l.remove(0, std::min(indent, l.size()));
    }
    token->kind = Kind::String;
    token->text = lines.join(u'\n');
    return true;
}

bool Lexer::tokenize(QList<Token> *tokens, Error *error)
{
    bool lineBreak = true;
    while (true) {
        // Blanks and comments.
        while (m_pos < m_text.size()) {
            const QChar c = peek();
            if (c == u'\n') {
                lineBreak = true;
                advance();
            } else if (c.isSpace()) {
                advance();
            } else if (c == u'/' && peek(1) == u'/') {
                if (isDirective()) {
                    Token t;
                    t.kind = Kind::Directive;
                    t.line = m_line;
                    t.column = column();
                    t.start = m_pos;
                    t.lineBreakBefore = lineBreak;
                    lineBreak = false;
                    while (peek() != u':')
                        advance();
                    advance();
                    t.end = m_pos;
                    tokens->append(t);
                    continue;
                }
                while (m_pos < m_text.size() && peek() != u'\n')
                    advance();
            } else if (c == u'/' && peek(1) == u'*') {
                const int line = m_line, col = column();
                advance();
                advance();
                while (m_pos < m_text.size() && !(peek() == u'*' && peek(1) == u'/'))
                    advance();
                if (m_pos >= m_text.size()) {
                    *error = {line, col, tr("The comment is not closed with */.")};
                    return false;
                }
                advance();
                advance();
            } else {
                break;
            }
        }
        Token t;
        t.line = m_line;
        t.column = column();
        t.start = m_pos;
        t.lineBreakBefore = lineBreak;
        lineBreak = false;
        if (m_pos >= m_text.size()) {
            t.kind = Kind::End;
            t.end = m_pos;
            tokens->append(t);
            return true;
        }
        const QChar c = peek();
        if (c == u'\'' && peek(1) == u'\'' && peek(2) == u'\'') {
            if (!tripleQuoted(&t, error))
                return false;
        } else if (c == u'\'' || c == u'"') {
            if (!quoted(c, &t, error))
                return false;
        } else if (c == u'`') {
            advance();
            while (m_pos < m_text.size() && peek() != u'`')
                advance();
            if (m_pos >= m_text.size())
                return fail(error, tr("The expression is not closed with `."));
            t.kind = Kind::Expression;
            t.text = m_text.mid(t.start + 1, m_pos - t.start - 1);
            advance();
        } else if (c == u'#') {
            advance();
            while (m_pos < m_text.size() && isWordChar(peek()))
                advance();
            t.kind = Kind::Color;
            t.text = m_text.mid(t.start, m_pos - t.start);
        } else if (isWordChar(c)) {
            while (m_pos < m_text.size() && isWordChar(peek()))
                advance();
            t.text = m_text.mid(t.start, m_pos - t.start);
            bool digits = std::all_of(
                t.text.cbegin(), t.text.cend(), [](QChar d) { return d >= u'0' && d <= u'9'; });
            t.kind = digits ? Kind::Number : Kind::Word;
            if (digits && peek() == u'.' && peek(1).isDigit()) {
                advance();
                while (m_pos < m_text.size() && peek().isDigit())
                    advance();
                t.text = m_text.mid(t.start, m_pos - t.start);
            }
        } else if (QStringLiteral("{}[](),:.<>-~").contains(c)) {
            advance();
            t.kind = Kind::Punct;
            t.text = c;
            if (c == u'<' && peek() == u'>') {
                advance();
                t.text = QStringLiteral("<>");
            }
        } else {
            return fail(error, tr("Unexpected character %1.").arg(c));
        }
        t.end = m_pos;
        tokens->append(t);
    }
}

// ---- What the text says, before it becomes a design ----------------------------------------

struct Place
{
    int line = 0;
    int column = 0;
};

struct Endpoint
{
    QString table;
    QStringList columns;
    Place place;
};

struct RefSpec
{
    QString name;
    Endpoint left;
    QString op; // > < - <>
    Endpoint right;
    ReferentialAction onDelete = ReferentialAction::Unspecified;
    ReferentialAction onUpdate = ReferentialAction::Unspecified;
    Place place;
};

struct Value
{
    Kind kind = Kind::End; // End: no value
    QString text;
    Place place;
};

struct Setting
{
    QString name; // lower case, words joined by one space: "not null", "primary key"
    Value value;
    QString refOp; // ref: > t.c
    Endpoint refTarget;
    Place place;
};

struct ColumnSpec
{
    QString name;
    QString type;
    Place place;
    Place typePlace;
    QList<Setting> settings;
};

struct IndexSpec
{
    QStringList columns;
    QList<Setting> settings;
    Place place;
};

struct TableSpec
{
    QString name;
    QString alias;
    Place place;
    QList<ColumnSpec> columns;
    QList<IndexSpec> indexes;
    QString note;
    QList<Setting> directives;
};

struct GroupSpec
{
    QString name;
    QString color;
    QList<std::pair<QString, Place>> tables;
};

struct Document
{
    QList<TableSpec> tables;
    QList<RefSpec> refs;
    QHash<QString, QStringList> enums;
    QList<GroupSpec> groups;
    QStringList notes;
    QString databaseType;
};

// ---- The parser ------------------------------------------------------------------------------

// Drops the default schema from a qualified name, and joins the rest with dots.
QString qualified(QStringList parts)
{
    if (parts.size() > 1 && parts.constFirst() == u"public")
        parts.removeFirst();
    return parts.join(u'.');
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    Parser(const QString &text, const QList<Token> &tokens)
        : m_text(text)
        , m_tokens(tokens)
    {
    }

    bool parse(Document *document, Error *error);

private:
    const Token &peek(qsizetype ahead = 0) const
    {
        return m_tokens.at(std::min(m_pos + ahead, m_tokens.size() - 1));
    }
    const Token &next() { return m_tokens.at(std::min(m_pos++, m_tokens.size() - 1)); }
    bool isPunct(const QString &p, qsizetype ahead = 0) const
    {
        return peek(ahead).kind == Kind::Punct && peek(ahead).text == p;
    }
    bool isWord(const char16_t *word, qsizetype ahead = 0) const
    {
        return peek(ahead).kind == Kind::Word
            && peek(ahead).text.compare(QStringView(word), Qt::CaseInsensitive) == 0;
    }
    static Place place(const Token &t) { return {t.line, t.column}; }
    bool fail(const Token &at, const QString &message)
    {
        if (m_error.message.isEmpty())
            m_error = {at.line, at.column, message};
        return false;
    }
    bool expect(const QString &p, const QString &what)
    {
        if (!isPunct(p))
            return fail(peek(), tr("Expected %1 %2, found %3.").arg(p, what, describe(peek())));
        ++m_pos;
        return true;
    }
    static QString describe(const Token &t);
    bool name(QString *name, const QString &what);
    bool qualifiedName(QStringList *parts, const QString &what);
    bool string(QString *text, const QString &what);

    bool table(Document *d);
    bool column(TableSpec *table);
    bool indexes(TableSpec *table);
    bool settings(QList<Setting> *settings);
    bool setting(Setting *setting);
    bool value(Value *value);
    bool endpoint(Endpoint *endpoint);
    bool ref(Document *d);
    bool refBody(RefSpec *ref);
    bool enumeration(Document *d);
    bool tableGroup(Document *d);
    bool project(Document *d);
    bool stickyNote(Document *d);
    bool noteElement(QString *note); // Note: '...' or Note { '...' } in a body
    bool atNoteElement() const
    {
        return isWord(u"note")
            && (isPunct(QStringLiteral(":"), 1) || isPunct(QStringLiteral("{"), 1));
    }
    // An element's optional [settings], of which only `wanted` is kept, in `value`.
    bool elementSettings(const char16_t *wanted, QString *value);

    const QString &m_text;
    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
    Error m_error;
};

QString Parser::describe(const Token &t)
{
    switch (t.kind) {
    case Kind::End:
        return tr("the end of the file");
    case Kind::String:
        return tr("a string");
    case Kind::Name:
        return u'"' + t.text + u'"';
    case Kind::Directive:
        return QStringLiteral("// schemata:");
    default:
        return t.text;
    }
}

bool Parser::name(QString *name, const QString &what)
{
    const Token &t = peek();
    if (t.kind != Kind::Word && t.kind != Kind::Name && t.kind != Kind::Number)
        return fail(t, tr("Expected %1, found %2.").arg(what, describe(t)));
    *name = t.text;
    ++m_pos;
    return true;
}

bool Parser::qualifiedName(QStringList *parts, const QString &what)
{
    QString part;
    if (!name(&part, what))
        return false;
    *parts = {part};
    while (isPunct(QStringLiteral(".")) && peek(1).kind != Kind::Punct) {
        ++m_pos;
        if (!name(&part, what))
            return false;
        *parts << part;
    }
    return true;
}

bool Parser::string(QString *text, const QString &what)
{
    const Token &t = peek();
    if (t.kind != Kind::String)
        return fail(t, tr("Expected %1 in quotes, found %2.").arg(what, describe(t)));
    *text = t.text;
    ++m_pos;
    return true;
}

bool Parser::parse(Document *document, Error *error)
{
    bool ok = true;
    while (ok && peek().kind != Kind::End) {
        const Token &t = peek();
        if (isWord(u"table"))
            ok = table(document);
        else if (isWord(u"ref"))
            ok = ref(document);
        else if (isWord(u"enum"))
            ok = enumeration(document);
        else if (isWord(u"tablegroup"))
            ok = tableGroup(document);
        else if (isWord(u"project"))
            ok = project(document);
        else if (isWord(u"note"))
            ok = stickyNote(document);
        else if (isWord(u"tablepartial"))
            ok = fail(t, tr("TablePartial is not supported: write its columns in the tables."));
        else
            ok = fail(t,
                tr("Expected Table, Ref, Enum, TableGroup, Project or Note, found %1.")
                    .arg(describe(t)));
    }
    *error = m_error;
    return ok;
}

bool Parser::table(Document *d)
{
    ++m_pos; // Table
    TableSpec spec;
    spec.place = place(peek());
    QStringList parts;
    if (!qualifiedName(&parts, tr("a table name")))
        return false;
    spec.name = qualified(parts);
    if (isWord(u"as")) {
        ++m_pos;
        if (!name(&spec.alias, tr("an alias")))
            return false;
    }
    if (!elementSettings(u"note", &spec.note))
        return false;
    if (!expect(QStringLiteral("{"), tr("to open the table")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        const Token &t = peek();
        if (t.kind == Kind::End)
            return fail(t, tr("The table %1 is not closed with }.").arg(spec.name));
        if (t.kind == Kind::Directive) {
            ++m_pos;
            if (!settings(&spec.directives))
                return false;
        } else if (atNoteElement()) {
            if (!noteElement(&spec.note))
                return false;
        } else if (isWord(u"indexes") && isPunct(QStringLiteral("{"), 1)) {
            if (!indexes(&spec))
                return false;
        } else if (isPunct(QStringLiteral("~"))) {
            return fail(t, tr("TablePartial is not supported: write its columns in the table."));
        } else if (!column(&spec)) {
            return false;
        }
    }
    ++m_pos;
    d->tables << spec;
    return true;
}

bool Parser::column(TableSpec *table)
{
    ColumnSpec spec;
    spec.place = place(peek());
    if (!name(&spec.name, tr("a column name")))
        return false;
    const Token &type = peek();
    spec.typePlace = place(type);
    if (type.lineBreakBefore || (type.kind != Kind::Word && type.kind != Kind::Name))
        return fail(type, tr("The column %1 needs a type on its line.").arg(spec.name));
    ++m_pos;
    if (type.kind == Kind::Name) {
        spec.type = type.text;
    } else {
        // As written: schema.type, varchar(255), decimal(12, 2), int[].
        qsizetype end = type.end;
        QStringList parts {type.text};
        while (isPunct(QStringLiteral(".")) && peek(1).kind == Kind::Word) {
            parts << peek(1).text;
            end = peek(1).end;
            m_pos += 2;
        }
        if (isPunct(QStringLiteral("(")) && peek().start == end) {
            while (!isPunct(QStringLiteral(")"))) {
                if (peek().kind == Kind::End || isPunct(QStringLiteral("{"))
                    || isPunct(QStringLiteral("}")))
                    return fail(peek(), tr("The type of %1 is not closed with ).").arg(spec.name));
                ++m_pos;
            }
            end = next().end;
        }
        if (isPunct(QStringLiteral("[")) && peek().start == end
            && isPunct(QStringLiteral("]"), 1)) {
            end = peek(1).end;
            m_pos += 2;
        }
        spec.type = m_text.mid(type.start, end - type.start);
        if (parts.size() > 1 && spec.type.indexOf(u'(') < 0)
            spec.type = qualified(parts);
    }
    if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore && !settings(&spec.settings))
        return false;
    if (!peek().lineBreakBefore && !isPunct(QStringLiteral("}")))
        return fail(peek(),
            tr("Expected the end of the line after column %1, found %2.")
                .arg(spec.name, describe(peek())));
    table->columns << spec;
    return true;
}

bool Parser::indexes(TableSpec *table)
{
    m_pos += 2; // indexes {
    while (!isPunct(QStringLiteral("}"))) {
        IndexSpec spec;
        spec.place = place(peek());
        const auto part = [&]() {
            const Token &t = peek();
            if (t.kind == Kind::Expression) {
                spec.columns << u'`' + t.text + u'`';
                ++m_pos;
                return true;
            }
            QString column;
            if (!name(&column, tr("a column or (columns)")))
                return false;
            spec.columns << column;
            return true;
        };
        if (isPunct(QStringLiteral("("))) {
            ++m_pos;
            while (true) {
                if (!part())
                    return false;
                if (isPunct(QStringLiteral(")")))
                    break;
                if (!expect(QStringLiteral(","), tr("between the columns")))
                    return false;
            }
            ++m_pos;
        } else if (!part()) {
            return false;
        }
        if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore && !settings(&spec.settings))
            return false;
        table->indexes << spec;
    }
    ++m_pos;
    return true;
}

bool Parser::settings(QList<Setting> *list)
{
    if (!expect(QStringLiteral("["), tr("to open the settings")))
        return false;
    while (true) {
        Setting s;
        if (!setting(&s))
            return false;
        *list << s;
        if (isPunct(QStringLiteral("]")))
            break;
        if (!expect(QStringLiteral(","), tr("between settings")))
            return false;
    }
    ++m_pos;
    return true;
}

bool Parser::setting(Setting *s)
{
    s->place = place(peek());
    QStringList words;
    while (peek().kind == Kind::Word)
        words << next().text.toLower();
    if (words.isEmpty())
        return fail(peek(), tr("Expected a setting, found %1.").arg(describe(peek())));
    s->name = words.join(u' ');
    if (!isPunct(QStringLiteral(":")))
        return true;
    ++m_pos;
    if (s->name == u"ref") {
        const Token &op = peek();
        if (op.kind != Kind::Punct
            || !QStringList {QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("-"),
                QStringLiteral("<>")}
                    .contains(op.text))
            return fail(op, tr("Expected >, <, - or <> after ref:, found %1.").arg(describe(op)));
        s->refOp = op.text;
        ++m_pos;
        return endpoint(&s->refTarget);
    }
    return value(&s->value);
}

bool Parser::value(Value *v)
{
    const Token &t = peek();
    v->place = place(t);
    v->kind = t.kind;
    switch (t.kind) {
    case Kind::String:
    case Kind::Expression:
    case Kind::Number:
    case Kind::Color:
    case Kind::Name:
        v->text = t.text;
        ++m_pos;
        return true;
    case Kind::Word: {
        QStringList words;
        while (peek().kind == Kind::Word)
            words << next().text;
        v->text = words.join(u' ');
        return true;
    }
    case Kind::Punct:
        if (t.text == u"-" && peek(1).kind == Kind::Number) {
            v->kind = Kind::Number;
            v->text = u'-' + peek(1).text;
            m_pos += 2;
            return true;
        }
        break;
    default:
        break;
    }
    return fail(t, tr("Expected a value, found %1.").arg(describe(t)));
}

// table.column, schema.table.column, table.(a, b)
bool Parser::endpoint(Endpoint *e)
{
    e->place = place(peek());
    QStringList parts;
    if (!qualifiedName(&parts, tr("a table name")))
        return false;
    if (isPunct(QStringLiteral(".")) && isPunct(QStringLiteral("("), 1)) {
        m_pos += 2;
        while (true) {
            QString column;
            if (!name(&column, tr("a column name")))
                return false;
            e->columns << column;
            if (isPunct(QStringLiteral(")")))
                break;
            if (!expect(QStringLiteral(","), tr("between the columns")))
                return false;
        }
        ++m_pos;
        e->table = qualified(parts);
        return true;
    }
    if (parts.size() < 2)
        return fail(peek(), tr("Expected table.column, found %1 alone.").arg(parts.join(u'.')));
    e->columns << parts.takeLast();
    e->table = qualified(parts);
    return true;
}

bool Parser::refBody(RefSpec *r)
{
    if (!endpoint(&r->left))
        return false;
    const Token &op = peek();
    if (op.kind != Kind::Punct
        || !QStringList {QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("-"),
            QStringLiteral("<>")}
                .contains(op.text))
        return fail(
            op, tr("Expected >, <, - or <> between the two sides, found %1.").arg(describe(op)));
    r->op = op.text;
    ++m_pos;
    if (!endpoint(&r->right))
        return false;
    if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore) {
        QList<Setting> list;
        if (!settings(&list))
            return false;
        for (const Setting &s : std::as_const(list)) {
            if (s.name != u"delete" && s.name != u"update")
                continue;
            const std::optional<ReferentialAction> action = referentialActionFromSql(s.value.text);
            if (!action || *action == ReferentialAction::Unspecified) {
                Token at;
                at.line = s.value.place.line;
                at.column = s.value.place.column;
                return fail(at,
                    tr("Unknown action %1: write cascade, restrict, set null, set "
                       "default or no action.")
                        .arg(s.value.text));
            }
            (s.name == u"delete" ? r->onDelete : r->onUpdate) = *action;
        }
    }
    return true;
}

bool Parser::ref(Document *d)
{
    RefSpec spec;
    spec.place = place(next()); // Ref
    if (!isPunct(QStringLiteral(":")) && !isPunct(QStringLiteral("{"))) {
        if (!name(&spec.name, tr("a name, : or {")))
            return false;
    }
    if (isPunct(QStringLiteral(":"))) {
        ++m_pos;
        if (!refBody(&spec))
            return false;
        d->refs << spec;
        return true;
    }
    if (!expect(QStringLiteral("{"), tr("or : after Ref")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        if (peek().kind == Kind::End)
            return fail(peek(), tr("The Ref is not closed with }."));
        RefSpec r = spec;
        if (!refBody(&r))
            return false;
        d->refs << r;
    }
    ++m_pos;
    return true;
}

bool Parser::enumeration(Document *d)
{
    ++m_pos; // Enum
    QStringList parts;
    if (!qualifiedName(&parts, tr("an enum name")))
        return false;
    const QString enumName = qualified(parts);
    if (!expect(QStringLiteral("{"), tr("to open the enum")))
        return false;
    QStringList values;
    while (!isPunct(QStringLiteral("}"))) {
        QString value;
        if (!name(&value, tr("an enum value")))
            return false;
        values << value;
        if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore) {
            QList<Setting> ignored;
            if (!settings(&ignored))
                return false;
        }
    }
    ++m_pos;
    d->enums.insert(enumName, values);
    if (parts.size() > 1)
        d->enums.insert(parts.constLast(), values);
    return true;
}

bool Parser::tableGroup(Document *d)
{
    ++m_pos; // TableGroup
    GroupSpec spec;
    QStringList parts;
    if (!qualifiedName(&parts, tr("a group name")))
        return false;
    spec.name = qualified(parts);
    if (!elementSettings(u"color", &spec.color))
        return false;
    if (!expect(QStringLiteral("{"), tr("to open the group")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        if (atNoteElement()) {
            QString ignored;
            if (!noteElement(&ignored))
                return false;
            continue;
        }
        const Place at = place(peek());
        if (!qualifiedName(&parts, tr("a table name")))
            return false;
        spec.tables.append({qualified(parts), at});
    }
    ++m_pos;
    d->groups << spec;
    return true;
}

bool Parser::elementSettings(const char16_t *wanted, QString *value)
{
    if (!isPunct(QStringLiteral("[")))
        return true;
    QList<Setting> list;
    if (!settings(&list))
        return false;
    for (const Setting &s : std::as_const(list)) {
        if (s.name == QStringView(wanted))
            *value = s.value.text;
    }
    return true;
}

bool Parser::noteElement(QString *note)
{
    ++m_pos; // Note
    if (isPunct(QStringLiteral(":"))) {
        ++m_pos;
        return string(note, tr("the note"));
    }
    ++m_pos; // {
    if (!string(note, tr("the note")))
        return false;
    return expect(QStringLiteral("}"), tr("to close the note"));
}

bool Parser::project(Document *d)
{
    ++m_pos; // Project
    if (!isPunct(QStringLiteral("{"))) {
        QString ignored;
        if (!name(&ignored, tr("a project name")))
            return false;
    }
    if (!expect(QStringLiteral("{"), tr("to open the project")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        if (peek().kind == Kind::End)
            return fail(peek(), tr("The Project is not closed with }."));
        if (atNoteElement()) {
            QString note;
            if (!noteElement(&note))
                return false;
            d->notes << note;
            continue;
        }
        QString key;
        if (!name(&key, tr("a project setting")))
            return false;
        if (!expect(QStringLiteral(":"), tr("after %1").arg(key)))
            return false;
        Value v;
        if (!value(&v))
            return false;
        if (key.compare(u"database_type", Qt::CaseInsensitive) == 0)
            d->databaseType = v.text;
    }
    ++m_pos;
    return true;
}

bool Parser::stickyNote(Document *d)
{
    ++m_pos; // Note
    QString ignored;
    if (!name(&ignored, tr("a note name")))
        return false;
    if (!expect(QStringLiteral("{"), tr("to open the note")))
        return false;
    QString text;
    if (!string(&text, tr("the note")))
        return false;
    d->notes << text;
    return expect(QStringLiteral("}"), tr("to close the note"));
}

// ---- The design ------------------------------------------------------------------------------

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    Builder(const Document &document, Schema *schema, QStringList *warnings)
        : m_document(document)
        , m_schema(*schema)
        , m_warnings(*warnings)
    {
    }

    bool build(Error *error);

private:
    bool fail(Place at, const QString &message)
    {
        m_error = {at.line, at.column, message};
        return false;
    }
    void warn(Place at, const QString &message)
    {
        m_warnings << Error {at.line, at.column, message}.toString();
    }
    void layOut();
    bool addTable(const TableSpec &spec);
    bool addRef(const RefSpec &ref);
    Table *findTable(const QString &name);
    void applyDirectives(const TableSpec &spec);

    const Document &m_document;
    Schema &m_schema;
    QStringList &m_warnings;
    Error m_error;
    QHash<QString, ObjectId> m_tableIds; // by name and by alias
    QHash<const TableSpec *, QPointF> m_positions;
};

Table *Builder::findTable(const QString &name)
{
    return m_schema.table(m_tableIds.value(name, NoObject));
}

bool Builder::addTable(const TableSpec &spec)
{
    // DBML refuses a name twice, but a design has them (the designer allows it): kept, and
    // references name the first, as the designer looks tables up.
    if (m_tableIds.contains(spec.name))
        warn(spec.place,
            tr("The table %1 is defined twice: references name the first.").arg(spec.name));
    Table &table = m_schema.addTable(spec.name, m_positions.value(&spec));
    table.comment = spec.note;
    m_tableIds.insert(spec.name, m_tableIds.value(spec.name, table.id));
    if (!spec.alias.isEmpty())
        m_tableIds.insert(spec.alias, m_tableIds.value(spec.alias, table.id));
    QList<ObjectId> primary;
    QList<ObjectId> unique;
    for (const ColumnSpec &c : spec.columns) {
        if (table.columnByName(c.name))
            warn(c.place,
                tr("The column %1 is defined twice in %2: references name the first.")
                    .arg(c.name, spec.name));
        QString type = c.type;
        if (auto e = m_document.enums.constFind(type); e != m_document.enums.cend())
            type = DbmlSyntax::enumType(*e);
        Column &column = m_schema.addColumn(table, c.name, type);
        std::optional<Value> defaultValue;
        bool nullSaid = false;
        for (const Setting &s : c.settings) {
            nullSaid = nullSaid || s.name == u"null" || s.name == u"not null";
            if (s.name == u"pk" || s.name == u"primary key")
                primary << column.id;
            else if (s.name == u"unique")
                unique << column.id;
            else if (s.name == u"increment")
                column.autoIncrement = true;
            else if (s.name == u"not null")
                column.setNullable(false);
            else if (s.name == u"null")
                column.setNullable(true);
            else if (s.name == u"note")
                column.comment = s.value.text;
            else if (s.name == u"default")
                defaultValue = s.value;
            else if (s.name != u"ref") // refs once every table is there
                warn(s.place, tr("The column setting %1 is not kept.").arg(s.name));
        }
        // DBML's key columns are NOT NULL unless they say null.
        if (primary.contains(column.id) && !nullSaid)
            column.setNullable(false);
        if (defaultValue) {
            if (defaultValue->kind == Kind::Word
                && defaultValue->text.compare(u"null", Qt::CaseInsensitive) == 0)
                column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
            else
                column.defaultValue = DefaultValue::text(defaultValue->text);
        }
    }
    if (!primary.isEmpty())
        m_schema.addKey(table, Key::Primary, primary);
    for (ObjectId c : std::as_const(unique))
        m_schema.addKey(table, Key::Unique, {c});
    for (const IndexSpec &index : spec.indexes) {
        QString type = Key::Index;
        QString name;
        for (const Setting &s : index.settings) {
            if (s.name == u"pk" || s.name == u"primary key")
                type = Key::Primary;
            else if (s.name == u"unique")
                type = Key::Unique;
            else if (s.name == u"name")
                name = s.value.text;
            else if (s.name == u"type") {
                const QString method = s.value.text.toUpper();
                if (type == Key::Index && method != u"BTREE" && method != u"HASH")
                    type = method;
            } else if (s.name != u"note")
                warn(s.place, tr("The index setting %1 is not kept.").arg(s.name));
        }
        Key &key = m_schema.addKey(table, type, {}, name);
        for (const QString &part : index.columns) {
            const Column *c = table.columnByName(part);
            if (!c)
                warn(index.place,
                    tr("The index of %1 names %2, which is no column of it.").arg(spec.name, part));
            key.parts << KeyPart {c ? c->id : NoObject, c ? QString() : part};
        }
    }
    return true;
}

void Builder::applyDirectives(const TableSpec &spec)
{
    Table *table = findTable(spec.name);
    Inheritance &i = table->inheritance;
    for (const Setting &s : spec.directives) {
        if (s.name == u"inherits") {
            const Table *parent = findTable(s.value.text);
            i.parent = parent ? parent->id : NoObject;
            i.parentName = parent ? QString() : s.value.text;
        } else if (s.name == u"inheritance") {
            i.kind
                = s.value.text == u"single" ? Inheritance::Kind::Single : Inheritance::Kind::Joined;
        } else if (s.name == u"discriminator") {
            const Column *c = table->columnByName(s.value.text);
            i.discriminator = c ? c->id : NoObject;
            i.discriminatorName = c ? QString() : s.value.text;
        } else if (s.name == u"identity") {
            i.identity = s.value.text;
        } else {
            warn(s.place, tr("The schemata setting %1 is not known.").arg(s.name));
        }
    }
}

bool Builder::addRef(const RefSpec &ref)
{
    if (ref.op == u"<>") {
        warn(ref.place,
            tr("The many-to-many reference between %1 and %2 is not kept: add the "
               "table that links them.")
                .arg(ref.left.table, ref.right.table));
        return true;
    }
    // The referencing side: many (>), the right of < ; one-to-one (-) the left.
    const Endpoint &from = ref.op == u"<" ? ref.right : ref.left;
    const Endpoint &to = ref.op == u"<" ? ref.left : ref.right;
    Table *owner = findTable(from.table);
    if (!owner)
        return fail(from.place, tr("No table %1.").arg(from.table));
    if (from.columns.size() != to.columns.size())
        return fail(to.place,
            tr("The two sides have %1 and %2 columns.")
                .arg(from.columns.size())
                .arg(to.columns.size()));
    QList<ObjectId> columns;
    for (const QString &name : from.columns) {
        const Column *c = owner->columnByName(name);
        if (!c)
            return fail(from.place, tr("The table %1 has no column %2.").arg(from.table, name));
        columns << c->id;
    }
    const Table *referenced = findTable(to.table);
    ForeignKey fk;
    fk.id = m_schema.newId();
    fk.name = ref.name;
    fk.onDelete = ref.onDelete;
    fk.onUpdate = ref.onUpdate;
    if (referenced) {
        fk.referencedTable = referenced->id;
    } else {
        fk.referencedTableName = to.table;
        warn(to.place, tr("No table %1: the reference keeps its name.").arg(to.table));
    }
    for (qsizetype n = 0; n < columns.size(); ++n) {
        ForeignKeyPart part;
        part.column = columns.at(n);
        const Column *c = referenced ? referenced->columnByName(to.columns.at(n)) : nullptr;
        part.referencedColumn = c ? c->id : NoObject;
        if (!c) {
            part.referencedColumnName = to.columns.at(n);
            if (referenced)
                warn(to.place,
                    tr("The table %1 has no column %2: the reference keeps its name.")
                        .arg(to.table, to.columns.at(n)));
        }
        fk.parts << part;
    }
    owner->foreignKeys << fk;
    return true;
}

// Groups first, each a block of rows in an area, then the other tables; four tables a row,
// each row as high as its tallest table.
void Builder::layOut()
{
    constexpr qreal columnWidth = 300, rowGap = 60, margin = 40, areaPadding = 20;
    const auto height = [](const TableSpec &t) { return 40 + 22 * qreal(t.columns.size()); };
    QHash<QString, const TableSpec *> byName;
    for (const TableSpec &t : m_document.tables)
        byName.insert(t.name, &t);
    QSet<const TableSpec *> placed;
    qreal y = margin;
    const auto block = [&](const QList<const TableSpec *> &tables) {
        QRectF box;
        for (qsizetype start = 0; start < tables.size(); start += 4) {
            qreal rowHeight = 0;
            for (qsizetype n = start; n < std::min(start + 4, tables.size()); ++n) {
                const QPointF at(margin + columnWidth * qreal(n - start), y);
                m_positions.insert(tables.at(n), at);
                rowHeight = std::max(rowHeight, height(*tables.at(n)));
                box |= QRectF(at, QSizeF(columnWidth - rowGap, height(*tables.at(n))));
            }
            y += rowHeight + rowGap;
        }
        return box;
    };
    for (const GroupSpec &g : m_document.groups) {
        QList<const TableSpec *> tables;
        for (const auto &[name, at] : g.tables) {
            const TableSpec *t = byName.value(name);
            if (!t) {
                // An alias.
                for (const TableSpec &candidate : m_document.tables) {
                    if (candidate.alias == name)
                        t = &candidate;
                }
            }
            if (!t) {
                warn(at, tr("The group %1 names %2, which is no table.").arg(g.name, name));
                continue;
            }
            if (placed.contains(t))
                continue;
            placed.insert(t);
            tables << t;
        }
        y += areaPadding * 2;
        const QRectF box = block(tables);
        Area area;
        area.id = m_schema.newId();
        area.title = g.name;
        area.color = g.color;
        area.geometry = box.isNull()
            ? QRectF(margin - areaPadding, y - areaPadding * 3, columnWidth, areaPadding * 3)
            : box.adjusted(-areaPadding, -areaPadding * 2, areaPadding, areaPadding);
        m_schema.areas() << area;
    }
    QList<const TableSpec *> rest;
    for (const TableSpec &t : m_document.tables) {
        if (!placed.contains(&t))
            rest << &t;
    }
    block(rest);
    for (const QString &text : m_document.notes) {
        Note note;
        note.id = m_schema.newId();
        note.text = text;
        note.geometry = QRectF(margin, y, 240, 100);
        y += 100 + rowGap;
        m_schema.notes() << note;
    }
}

// The catalogue Schemata ships for a Project's database_type: DBML's names for engines
// ("PostgreSQL"), or a catalogue's own ("web2py"); empty for none.
QString catalogueName(const QString &databaseType)
{
    const QString engine = databaseType.toLower();
    if (DatatypeCatalogueReader::bundledNames().contains(engine))
        return engine;
    if (engine.contains(u"postgres"))
        return QStringLiteral("postgresql");
    if (engine.contains(u"sqlite"))
        return QStringLiteral("sqlite");
    if (engine.contains(u"oracle"))
        return QStringLiteral("oracle");
    if (engine.contains(u"sql server") || engine.contains(u"mssql"))
        return QStringLiteral("mssql");
    return {};
}

bool Builder::build(Error *error)
{
    const QString catalogue = catalogueName(m_document.databaseType);
    if (!catalogue.isEmpty())
        m_schema.setCatalogue(DatatypeCatalogueReader::bundled(catalogue));
    layOut();
    bool ok = true;
    for (const TableSpec &t : m_document.tables) {
        if (ok)
            ok = addTable(t);
    }
    for (const TableSpec &t : m_document.tables) {
        if (!ok)
            break;
        applyDirectives(t);
        for (const ColumnSpec &c : t.columns) {
            for (const Setting &s : c.settings) {
                if (s.name != u"ref" || !ok)
                    continue;
                RefSpec inline_;
                inline_.place = s.place;
                inline_.left = {t.name, {c.name}, c.place};
                inline_.op = s.refOp;
                inline_.right = s.refTarget;
                ok = addRef(inline_);
            }
        }
    }
    for (const RefSpec &r : m_document.refs) {
        if (ok)
            ok = addRef(r);
    }
    *error = m_error;
    return ok;
}

} // namespace

QString DbmlReader::Error::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

bool DbmlReader::read(const QByteArray &text)
{
    m_schema = Schema();
    m_error = {};
    m_warnings.clear();
    QString source = QString::fromUtf8(text);
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QList<Token> tokens;
    if (!Lexer(source).tokenize(&tokens, &m_error))
        return false;
    Document document;
    if (!Parser(source, tokens).parse(&document, &m_error))
        return false;
    return Builder(document, &m_schema, &m_warnings).build(&m_error);
}

bool DbmlReader::looksLikeDbml(const QByteArray &head)
{
    QString text = QString::fromUtf8(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
        } else if (QStringView(text).mid(i).startsWith(u"//")) {
            i = text.indexOf(u'\n', i);
            if (i < 0)
                return false;
        } else if (QStringView(text).mid(i).startsWith(u"/*")) {
            i = text.indexOf(QStringLiteral("*/"), i);
            if (i < 0)
                return false;
            i += 2;
        } else {
            break;
        }
    }
    qsizetype end = i;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    static const QStringList elements {QStringLiteral("table"), QStringLiteral("ref"),
        QStringLiteral("enum"), QStringLiteral("tablegroup"), QStringLiteral("project"),
        QStringLiteral("note"), QStringLiteral("tablepartial")};
    if (!elements.contains(text.mid(i, end - i).toLower()))
        return false;
    // The word is followed by a name, ':' or '{', not by SQL ("TABLE users" is no statement
    // start, but "Table users {" is DBML).
    const QString rest = text.mid(end, 200).trimmed();
    return !rest.isEmpty()
        && (rest.at(0) == u'"' || rest.at(0) == u':' || rest.at(0) == u'{'
            || isWordChar(rest.at(0)));
}
