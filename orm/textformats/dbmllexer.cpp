#include "dbmllexer.h"

#include <algorithm>

using Kind = DbmlToken::Kind;
using Token = DbmlToken;
using Error = DbmlError;

QString DbmlError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

bool DbmlLexer::isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool DbmlLexer::quoted(QChar quote, Token *token, Error *error)
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
bool DbmlLexer::tripleQuoted(Token *token, Error *error)
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

bool DbmlLexer::tokenize(QList<Token> *tokens, Error *error)
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
