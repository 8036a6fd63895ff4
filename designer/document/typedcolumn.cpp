#include "typedcolumn.h"

#include "schema/table.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// One word, quoted text or parenthesized group of the text, with where it starts.
struct Token
{
    enum class Kind { Word, Quoted, Group } kind = Kind::Word;
    QString text; // as written (a quoted token without its quotes, unescaped)
    qsizetype start = 0;
    bool joined = false; // follows the previous token without space: now(), VARCHAR(20)
};

// Splits the text into tokens; false (and *error) on an unclosed quote or parenthesis.
bool tokenize(const QString &text, qsizetype from, QList<Token> *tokens, QString *error)
{
    qsizetype i = from;
    qsizetype previousEnd = -1;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.joined = previousEnd == i;
        const QChar c = text.at(i);
        if (c == u'\'' || c == u'"' || c == u'`') {
            token.kind = Token::Kind::Quoted;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text.at(i) == c) {
                    if (i + 1 < text.size() && text.at(i + 1) == c) {
                        token.text += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                token.text += text.at(i++);
            }
            if (!closed) {
                *error = TypedColumn::tr("A quote is not closed.");
                return false;
            }
        } else if (c == u'(') {
            token.kind = Token::Kind::Group;
            int depth = 0;
            QChar quote;
            for (; i < text.size(); ++i) {
                const QChar d = text.at(i);
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == u'\'' || d == u'"') {
                    quote = d;
                } else if (d == u'(') {
                    ++depth;
                } else if (d == u')' && --depth == 0) {
                    ++i;
                    break;
                }
            }
            if (depth != 0 || !quote.isNull()) {
                *error = TypedColumn::tr("A parenthesis is not closed.");
                return false;
            }
            token.text = text.mid(token.start, i - token.start);
        } else {
            while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'('
                && text.at(i) != u'\'' && text.at(i) != u'"')
                ++i;
            token.text = text.mid(token.start, i - token.start);
        }
        previousEnd = i;
        tokens->append(token);
    }
    return true;
}

bool isWord(const Token &token, QStringView word)
{
    return token.kind == Token::Kind::Word && token.text.compare(word, Qt::CaseInsensitive) == 0;
}

// Where the type ends: the constraints the card takes, and those it does not take (which are
// refused rather than read as part of the type).
bool startsConstraint(const Token &token)
{
    for (const QStringView word : {u"NOT", u"NULL", u"PRIMARY", u"UNIQUE", u"DEFAULT",
             u"AUTO_INCREMENT", u"AUTOINCREMENT", u"CHECK", u"REFERENCES", u"CONSTRAINT",
             u"GENERATED", u"COMMENT"}) {
        if (isWord(token, word))
            return true;
    }
    return false;
}

// A default written without quotes: a number, a keyword, a function call or an expression.
bool isBareDefault(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    static const QRegularExpression keyword(
        QStringLiteral("^(CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME|LOCALTIME|LOCALTIMESTAMP|"
                       "TRUE|FALSE)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression call(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_.]*\(.*\)$)"));
    return number.match(text).hasMatch() || keyword.match(text).hasMatch()
        || call.match(text).hasMatch() || (text.startsWith(u'(') && text.endsWith(u')'));
}

QString quoted(const QString &text, QChar quote)
{
    return quote + QString(text).replace(quote, QString(2, quote)) + quote;
}

} // namespace

TypedColumn TypedColumn::parse(const QString &text)
{
    TypedColumn result;
    QList<Token> tokens;
    if (!tokenize(text, 0, &tokens, &result.error) || tokens.isEmpty())
        return result;
    // The name: the first word, or quoted text ("order date", `order`).
    const Token &first = tokens.first();
    if (first.kind == Token::Kind::Group) {
        result.error = tr("The column's name comes first.");
        return result;
    }
    result.name = first.text;
    qsizetype i = 1;
    // The type: everything up to the first constraint, as written.
    const qsizetype typeStart = i;
    while (i < tokens.size() && !startsConstraint(tokens.at(i)))
        ++i;
    if (i > typeStart) {
        const qsizetype end = i < tokens.size() ? tokens.at(i).start : text.size();
        result.datatype = text.mid(tokens.at(typeStart).start, end - tokens.at(typeStart).start)
                              .trimmed();
    }

    bool notNull = false;
    bool explicitNull = false;
    while (i < tokens.size()) {
        const Token &token = tokens.at(i++);
        const auto next = [&](QStringView word) {
            if (i < tokens.size() && isWord(tokens.at(i), word)) {
                ++i;
                return true;
            }
            return false;
        };
        if (isWord(token, u"NOT")) {
            if (!next(u"NULL")) {
                result.error = tr("NOT must be followed by NULL.");
                return result;
            }
            notNull = true;
        } else if (isWord(token, u"NULL")) {
            explicitNull = true;
        } else if (isWord(token, u"PRIMARY")) {
            if (!next(u"KEY")) {
                result.error = tr("PRIMARY must be followed by KEY.");
                return result;
            }
            result.primaryKey = true;
        } else if (isWord(token, u"UNIQUE")) {
            next(u"KEY");
            result.unique = true;
        } else if (isWord(token, u"AUTO_INCREMENT") || isWord(token, u"AUTOINCREMENT")) {
            result.autoIncrement = true;
        } else if (isWord(token, u"DEFAULT")) {
            if (i >= tokens.size()
                || (startsConstraint(tokens.at(i)) && !isWord(tokens.at(i), u"NULL"))) {
                result.error = tr("DEFAULT needs a value: a number, 'text', NULL, "
                                  "CURRENT_TIMESTAMP or an (expression).");
                return result;
            }
            const Token &value = tokens.at(i++);
            if (value.kind == Token::Kind::Quoted) {
                result.defaultValue = DefaultValue::text(value.text);
            } else if (isWord(value, u"NULL")) {
                result.defaultValue = DefaultValue::null();
            } else {
                // A call: the name and its arguments, written together (datetime('now')).
                QString written = value.text;
                while (i < tokens.size() && tokens.at(i).joined
                    && tokens.at(i).kind == Token::Kind::Group)
                    written += tokens.at(i++).text;
                result.defaultValue = DefaultValue::text(written);
            }
        } else {
            result.error = tr("A card does not take \"%1\" here: after the type come NOT NULL, "
                              "NULL, DEFAULT value, AUTO_INCREMENT, PRIMARY KEY and UNIQUE.")
                               .arg(token.kind == Token::Kind::Quoted ? quoted(token.text, u'\'')
                                                                      : token.text);
            return result;
        }
    }
    if (notNull && explicitNull) {
        result.error = tr("A column is either NULL or NOT NULL.");
        return result;
    }
    result.nullable = explicitNull || !(notNull || result.primaryKey);
    return result;
}

QString TypedColumn::defaultText(const DefaultValue &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.isNone())
        return QString();
    return isBareDefault(value.text()) ? value.text() : quoted(value.text(), u'\'');
}

QString TypedColumn::text(const Table &table, const Column &column)
{
    static const QRegularExpression plainName(QStringLiteral(R"(^[^\s'"`(]+$)"));
    QString out = plainName.match(column.name).hasMatch() ? column.name
                                                            : quoted(column.name, u'"');
    if (!column.datatype.isEmpty())
        out += u' ' + column.datatype;
    const Key *primary = table.primaryKey();
    const bool inPrimaryKey = primary && primary->contains(column.id);
    if (!column.nullable && !inPrimaryKey)
        out += QStringLiteral(" NOT NULL");
    else if (column.nullable && inPrimaryKey)
        out += QStringLiteral(" NULL");
    if (column.defaultValue.isText())
        out += QStringLiteral(" DEFAULT ") + defaultText(column.defaultValue);
    if (column.autoIncrement)
        out += QStringLiteral(" AUTO_INCREMENT");
    if (inPrimaryKey)
        out += QStringLiteral(" PRIMARY KEY");
    for (const Key &key : table.keys) {
        if (key.type == Key::Unique && key.parts.size() == 1
            && key.parts.first().column == column.id) {
            out += QStringLiteral(" UNIQUE");
            break;
        }
    }
    return out;
}
