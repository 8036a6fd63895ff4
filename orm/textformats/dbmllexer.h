#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where reading DBML stopped: 1-based line and column (in characters) of the text.
struct DbmlError
{
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const; // "LINE:COLUMN: MESSAGE"
};

// A word, name, string, number, expression, colour or punctuation of DBML, and where it is.
struct DbmlToken
{
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

    Kind kind = Kind::End;
    QString text;
    int line = 0;
    int column = 0;
    qsizetype start = 0; // offsets in the text, for types taken as written
    qsizetype end = 0;
    bool lineBreakBefore = false;
};

// Splits DBML into tokens: blanks and comments go, but for the "// schemata:" that starts a
// comment DbmlWriter writes; strings lose their quotes and escapes.
class DbmlLexer
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    explicit DbmlLexer(const QString &text)
        : m_text(text)
    {
    }

    // All tokens, ending with End; false with `error` set on a malformed one.
    bool tokenize(QList<DbmlToken> *tokens, DbmlError *error);
    static bool isWordChar(QChar c); // letters, digits, _

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
    bool fail(DbmlError *error, const QString &message) const
    {
        *error = {m_line, column(), message};
        return false;
    }
    bool quoted(QChar quote, DbmlToken *token, DbmlError *error);
    bool tripleQuoted(DbmlToken *token, DbmlError *error);

    const QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};
