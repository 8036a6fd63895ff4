#include "dbmlsyntax.h"

#include <QRegularExpression>
#include <QSet>

namespace DbmlSyntax {

namespace {

bool isKeyword(const QString &word)
{
    // Words a DBML reader takes for the start of an element or a value where a name may stand.
    static const QSet<QString> keywords {QStringLiteral("table"), QStringLiteral("ref"),
        QStringLiteral("enum"), QStringLiteral("tablegroup"), QStringLiteral("tablepartial"),
        QStringLiteral("project"), QStringLiteral("note"), QStringLiteral("indexes"),
        QStringLiteral("as"), QStringLiteral("null"), QStringLiteral("true"),
        QStringLiteral("false")};
    return keywords.contains(word.toLower());
}

QString escaped(QString text, QChar quote)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(quote, u'\\' + QString(quote));
}

} // namespace

QString name(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(name).hasMatch() && !isKeyword(name))
        return name;
    return quoted(name);
}

QString quoted(const QString &text)
{
    return u'"' + escaped(text, u'"') + u'"';
}

QString string(const QString &text)
{
    if (text.contains(u'\n'))
        return QStringLiteral("'''") + escaped(text, u'\'') + QStringLiteral("'''");
    return u'\'' + escaped(text, u'\'') + u'\'';
}

std::optional<QStringList> enumValues(const QString &datatype)
{
    const QString type = datatype.trimmed();
    if (!type.startsWith(QStringLiteral("enum"), Qt::CaseInsensitive))
        return std::nullopt;
    qsizetype i = 4;
    while (i < type.size() && type.at(i).isSpace())
        ++i;
    if (i >= type.size() || type.at(i) != u'(' || !type.endsWith(u')'))
        return std::nullopt;
    ++i;
    const qsizetype end = type.size() - 1;
    QStringList values;
    while (true) {
        while (i < end && type.at(i).isSpace())
            ++i;
        if (i >= end || type.at(i) != u'\'')
            return std::nullopt;
        QString value;
        for (++i;; ++i) {
            if (i >= end)
                return std::nullopt;
            if (type.at(i) == u'\'') {
                if (i + 1 < end && type.at(i + 1) == u'\'') {
                    value += u'\'';
                    ++i;
                    continue;
                }
                break;
            }
            value += type.at(i);
        }
        values << value;
        ++i;
        while (i < end && type.at(i).isSpace())
            ++i;
        if (i == end)
            return values;
        if (type.at(i) != u',')
            return std::nullopt;
        ++i;
    }
}

QString enumType(const QStringList &values)
{
    QStringList literals;
    for (QString value : values)
        literals << u'\'' + value.replace(u'\'', QStringLiteral("''")) + u'\'';
    return QStringLiteral("ENUM(") + literals.join(u',') + u')';
}

} // namespace DbmlSyntax
