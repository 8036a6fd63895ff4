#include "renamehints.h"

std::optional<QStringList> RenameHintParser::split(
    const QString &text, const QList<QChar> &separators)
{
    QStringList parts(1);
    qsizetype next = 0; // the separator expected next
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()
            && (text.at(i + 1) == u'\\' || separators.contains(text.at(i + 1)))) {
            parts.last() += text.at(++i);
        } else if (next < separators.size() && c == separators.at(next)) {
            parts.append(QString());
            ++next;
        } else if (separators.contains(c)) {
            return std::nullopt; // a separator out of place: escape it
        } else {
            parts.last() += c;
        }
    }
    if (next != separators.size())
        return std::nullopt;
    for (const QString &part : std::as_const(parts)) {
        if (part.isEmpty())
            return std::nullopt;
    }
    return parts;
}

std::optional<RenameHints::TableRename> RenameHintParser::table(const QString &text, QString *error)
{
    const std::optional<QStringList> parts = split(text, {u'='});
    if (!parts) {
        *error = tr("--rename-table takes OLD=NEW (a backslash escapes \"=\" and itself in "
                    "names): %1")
                     .arg(text);
        return std::nullopt;
    }
    return RenameHints::TableRename {parts->at(0), parts->at(1)};
}

std::optional<RenameHints::ColumnRename> RenameHintParser::column(
    const QString &text, QString *error)
{
    const std::optional<QStringList> parts = split(text, {u':', u'='});
    if (!parts) {
        *error = tr("--rename-column takes TABLE:OLD=NEW (a backslash escapes \":\", \"=\" and "
                    "itself in names): %1")
                     .arg(text);
        return std::nullopt;
    }
    return RenameHints::ColumnRename {parts->at(0), parts->at(1), parts->at(2)};
}
