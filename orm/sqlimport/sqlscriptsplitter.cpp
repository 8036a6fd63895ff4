#include "sqlscriptsplitter.h"

#include <QRegularExpression>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// A position in the script with its line and column, moved one character at a time.
class Cursor
{
public:
    explicit Cursor(const QString &text)
        : m_text(text)
    {
    }

    qsizetype at() const { return m_at; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_text.size() ? m_text.at(m_at + ahead) : QChar();
    }
    bool startsWith(QStringView s) const
    {
        return QStringView(m_text).mid(m_at).startsWith(s, Qt::CaseInsensitive);
    }
    void advance(qsizetype count = 1)
    {
        for (; count > 0 && !atEnd(); --count, ++m_at) {
            const QChar c = m_text.at(m_at);
            if (c == u'\n') {
                ++m_line;
                m_column = 1;
                m_lineStart = true;
            } else {
                ++m_column;
                m_lineStart = m_lineStart && c.isSpace();
            }
        }
    }
    // Moves to the end of the line (onto its '\n').
    void skipLine()
    {
        while (!atEnd() && peek() != u'\n')
            advance();
    }
    // Whether only blanks precede the cursor on its line.
    bool atLineStart() const { return m_lineStart; }
    QStringView restOfLine() const
    {
        const qsizetype end = m_text.indexOf(u'\n', m_at);
        return QStringView(m_text).mid(m_at, end < 0 ? -1 : end - m_at);
    }

private:
    const QString &m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_lineStart = true;
};

class Splitter
{
    Q_DECLARE_TR_FUNCTIONS(SqlScriptSplitter)

public:
    Splitter(const QString &script, SqlEngine engine)
        : m_script(script)
        , m_engine(engine)
        , m_cursor(script)
    {
    }

    QList<SqlStatement> run();

private:
    bool clientCommand();
    bool skipComment();
    bool skipQuoted();
    bool skipDollarQuoted();
    bool endsTriggerBody() const;
    void begin();
    void finish(qsizetype end, const QString &error = {});

    const QString &m_script;
    SqlEngine m_engine;
    Cursor m_cursor;
    QString m_delimiter = QStringLiteral(";");
    QList<SqlStatement> m_statements;
    // The statement being read: where its first token is, or -1 before it.
    qsizetype m_start = -1;
    int m_line = 0, m_column = 0;
    QString m_error;
};

void Splitter::begin()
{
    if (m_start >= 0)
        return;
    m_start = m_cursor.at();
    m_line = m_cursor.line();
    m_column = m_cursor.column();
}

void Splitter::finish(qsizetype end, const QString &error)
{
    if (m_start < 0)
        return;
    SqlStatement s;
    s.text = m_script.mid(m_start, end - m_start);
    while (!s.text.isEmpty() && s.text.back().isSpace())
        s.text.chop(1);
    s.line = m_line;
    s.column = m_column;
    s.error = error;
    m_statements << s;
    m_start = -1;
}

// DELIMITER (mysql) and GO (SQL Server's tools) lines: a whole line each, said to the client.
bool Splitter::clientCommand()
{
    if (!m_cursor.atLineStart())
        return false;
    const QString line = m_cursor.restOfLine().toString();
    static const QRegularExpression go(
        QStringLiteral("^GO(\\s+\\d+)?\\s*;?\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression delimiter(
        QStringLiteral("^DELIMITER\\s+(\\S+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch d = delimiter.match(line);
    const bool isGo = go.match(line).hasMatch();
    const bool isDelimiter = m_engine == SqlEngine::Mysql && m_start < 0 && d.hasMatch();
    // psql's meta-commands (pg_dump writes \connect, and \restrict since 15.14).
    const bool isMeta = m_engine == SqlEngine::Postgres && m_start < 0 && line.startsWith(u'\\');
    if (!isGo && !isDelimiter && !isMeta)
        return false;
    finish(m_cursor.at()); // GO ends the batch before it
    SqlStatement command;
    command.kind = SqlStatement::Kind::ClientCommand;
    command.text = line.trimmed();
    command.line = m_cursor.line();
    command.column = m_cursor.column();
    m_statements << command;
    if (isDelimiter)
        m_delimiter = d.captured(1);
    m_cursor.skipLine();
    return true;
}

// --, # (MySQL) and /* */; a MySQL executable comment /*!NNNNN ... */ (or MariaDB's /*M!...*/)
// is code, one token to the splitter, unless its version is MariaDB's 999999, which its
// mysqldump writes for the client alone.
bool Splitter::skipComment()
{
    const bool dashes = m_cursor.peek() == u'-' && m_cursor.peek(1) == u'-';
    const bool hash = m_cursor.peek() == u'#' && m_engine == SqlEngine::Mysql;
    if (dashes || hash) {
        m_cursor.skipLine();
        return true;
    }
    if (!(m_cursor.peek() == u'/' && m_cursor.peek(1) == u'*'))
        return false;
    const qsizetype from = m_cursor.at();
    const int line = m_cursor.line(), column = m_cursor.column();
    static const QRegularExpression executable(QStringLiteral("^/\\*M?!(\\d*)"));
    const QRegularExpressionMatch m = executable.match(m_cursor.restOfLine());
    if (m_engine == SqlEngine::Mysql && m.hasMatch() && m.captured(1) != u"999999")
        begin();
    m_cursor.advance(2);
    while (!m_cursor.atEnd() && !(m_cursor.peek() == u'*' && m_cursor.peek(1) == u'/'))
        m_cursor.advance();
    if (m_cursor.atEnd()) {
        if (m_start < 0) {
            m_start = from;
            m_line = line;
            m_column = column;
        }
        m_error = tr("the comment that starts at line %1, column %2 is not closed")
                      .arg(line)
                      .arg(column);
        return true;
    }
    m_cursor.advance(2);
    return true;
}

// '...', "..." and `...` (and SQLite's [...]): doubled quotes, and MySQL's backslashes.
bool Splitter::skipQuoted()
{
    const QChar open = m_cursor.peek();
    QChar close = open;
    if (open == u'[' && m_engine == SqlEngine::Sqlite)
        close = u']';
    else if (open != u'\'' && open != u'"' && open != u'`')
        return false;
    begin();
    const int line = m_cursor.line(), column = m_cursor.column();
    // MySQL's strings take backslash escapes; PostgreSQL's only when written E'...'.
    const bool escapeString = m_engine == SqlEngine::Postgres && open == u'\'' && m_cursor.at() > 0
        && m_script.at(m_cursor.at() - 1).toUpper() == u'E'
        && (m_cursor.at() == 1 || !isWordChar(m_script.at(m_cursor.at() - 2)));
    const bool backslashes = (m_engine == SqlEngine::Mysql && open != u'`') || escapeString;
    m_cursor.advance();
    while (!m_cursor.atEnd()) {
        const QChar c = m_cursor.peek();
        if (backslashes && c == u'\\') {
            m_cursor.advance(2);
            continue;
        }
        m_cursor.advance();
        if (c == close) {
            if (close != u']' && m_cursor.peek() == close) {
                m_cursor.advance();
                continue;
            }
            return true;
        }
    }
    m_error = open == u'\''
        ? tr("the string that starts at line %1, column %2 is not closed").arg(line).arg(column)
        : tr("the quoted name that starts at line %1, column %2 is not closed")
              .arg(line)
              .arg(column);
    return true;
}

// PostgreSQL's $tag$ ... $tag$.
bool Splitter::skipDollarQuoted()
{
    if (m_engine != SqlEngine::Postgres || m_cursor.peek() != u'$')
        return false;
    if (m_cursor.at() > 0 && isWordChar(m_script.at(m_cursor.at() - 1)))
        return false;
    static const QRegularExpression tagPattern(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    const QRegularExpressionMatch m = tagPattern.match(m_cursor.restOfLine());
    if (!m.hasMatch())
        return false;
    begin();
    const int line = m_cursor.line(), column = m_cursor.column();
    const QString tag = m.captured(0);
    const qsizetype end = m_script.indexOf(tag, m_cursor.at() + tag.size());
    if (end < 0) {
        m_cursor.advance(m_script.size());
        m_error = tr("the $-quoted text that starts at line %1, column %2 is not closed")
                      .arg(line)
                      .arg(column);
        return true;
    }
    m_cursor.advance(end + tag.size() - m_cursor.at());
    return true;
}

// In SQLite, CREATE TRIGGER ... BEGIN ...; ...; END is one statement: a semicolon ends it only
// after END (as sqlite3_complete() decides).
bool Splitter::endsTriggerBody() const
{
    if (m_engine != SqlEngine::Sqlite || m_start < 0)
        return true;
    static const QRegularExpression trigger(
        QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = m_script.mid(m_start, m_cursor.at() - m_start);
    if (!trigger.match(text).hasMatch())
        return true;
    static const QRegularExpression end(
        QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return end.match(text).hasMatch();
}

QList<SqlStatement> Splitter::run()
{
    while (!m_cursor.atEnd() && m_error.isEmpty()) {
        const QChar c = m_cursor.peek();
        if (c == u'\n' || c.isSpace()) {
            m_cursor.advance();
            continue;
        }
        if (clientCommand() || skipComment() || skipQuoted() || skipDollarQuoted())
            continue;
        if (m_cursor.startsWith(m_delimiter) && (m_delimiter != u";" || endsTriggerBody())) {
            finish(m_cursor.at());
            m_cursor.advance(m_delimiter.size());
            continue;
        }
        begin();
        m_cursor.advance();
    }
    finish(m_cursor.at(), m_error);
    return m_statements;
}

} // namespace

QList<SqlStatement> SqlScriptSplitter::split(const QString &script, SqlEngine engine)
{
    return Splitter(script, engine).run();
}
