#include "mermaidwriter.h"

#include "analysis/uniquekeys.h"
#include "schema/schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Words Mermaid's lexer takes for something other than an entity name (its rules are case
// blind).
bool isKeyword(const QString &word)
{
    static const QSet<QString> keywords {QStringLiteral("erdiagram"), QStringLiteral("style"),
        QStringLiteral("classdef"), QStringLiteral("class"), QStringLiteral("subgraph"),
        QStringLiteral("end"), QStringLiteral("one"), QStringLiteral("many"), QStringLiteral("to"),
        QStringLiteral("u"), QStringLiteral("direction"), QStringLiteral("acctitle"),
        QStringLiteral("accdescr")};
    return keywords.contains(word.toLower());
}

// A line with "direction TB" anywhere is a direction statement to Mermaid.
QString withoutDirection(QString text)
{
    static const QRegularExpression direction(
        QStringLiteral("(direction)\\s+(TB|BT|RL|LR)"), QRegularExpression::CaseInsensitiveOption);
    return text.replace(direction, QStringLiteral("\\1_\\2"));
}

// Text in "quotes": no quote, no line break; % and \ end an entity name, ~ pairs make one
// attribute word of a line.
QString quotedText(QString text)
{
    text.replace(u'"', u'\'').replace(u'\n', u' ').replace(u'\r', u' ').replace(u'~', u'-');
    return u'"' + text + u'"';
}

// A word Mermaid takes as an attribute's type or name: letters, digits and _, not starting with
// a digit, and not one of the key markers.
QString attributeWord(const QString &text, const QString &fallback)
{
    QString word;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_' || c.unicode() >= 0xC0;
        if (ok)
            word += c;
        else if (!word.endsWith(u'_'))
            word += u'_';
    }
    while (word.endsWith(u'_') && word.size() > 1)
        word.chop(1);
    if (word.isEmpty() || word == u"_")
        word = fallback;
    if (word.at(0).isDigit())
        word.prepend(u'_');
    const QString upper = word.toUpper();
    if (upper == u"PK" || upper == u"FK" || upper == u"UK")
        word += u'_';
    return word;
}

// The diagram being written, with the entity name each table got.
struct Diagram
{
    const Schema &schema;
    QString text;
    QHash<ObjectId, QString> entityNames;
    QSet<QString> takenNames; // lower case

    QString entityName(const Table &table);
    void writeEntity(const Table &table);
    void writeRelationship(const Table &table, const ForeignKey &fk);
};

QString Diagram::entityName(const Table &table)
{
    if (auto it = entityNames.constFind(table.id); it != entityNames.cend())
        return *it;
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString base;
    if (identifier.match(table.name).hasMatch() && !isKeyword(table.name)) {
        base = table.name;
    } else {
        base = withoutDirection(table.name);
        base.remove(u'"')
            .remove(u'%')
            .remove(u'\\')
            .remove(u'\r')
            .remove(u'\n')
            .remove(u'\v')
            .remove(u'\b');
        if (base.trimmed().isEmpty())
            base = QStringLiteral("table");
    }
    QString name = base;
    for (int n = 2; takenNames.contains(name.toLower()); ++n)
        name = base + u'_' + QString::number(n);
    takenNames.insert(name.toLower());
    const QString written
        = name == table.name && identifier.match(name).hasMatch() && !isKeyword(name)
        ? name
        : QString(u'"' + name + u'"');
    entityNames.insert(table.id, written);
    return written;
}

void Diagram::writeEntity(const Table &table)
{
    text += QStringLiteral("    ") + entityName(table) + QStringLiteral(" {\n");
    QSet<QString> names;
    for (const Column &c : table.columns) {
        const QString type
            = attributeWord(c.typeName().trimmed().toLower(), QStringLiteral("unknown"));
        QString name = attributeWord(c.name, QStringLiteral("column"));
        const QString base = name;
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = base + u'_' + QString::number(n);
        names.insert(name.toLower());
        QStringList keys;
        const auto inKey = [&](auto predicate) {
            return std::any_of(table.keys.cbegin(), table.keys.cend(),
                [&](const Key &k) { return predicate(k) && k.contains(c.id); });
        };
        if (inKey([](const Key &k) { return k.isPrimary(); }))
            keys << QStringLiteral("PK");
        if (std::any_of(
                table.foreignKeys.cbegin(), table.foreignKeys.cend(), [&](const ForeignKey &fk) {
                    return std::any_of(fk.parts.cbegin(), fk.parts.cend(),
                        [&](const ForeignKeyPart &p) { return p.column == c.id; });
                }))
            keys << QStringLiteral("FK");
        if (inKey([](const Key &k) { return k.type == Key::Unique; }))
            keys << QStringLiteral("UK");
        QStringList comment;
        if (name != c.name)
            comment << c.name;
        if (c.datatype.trimmed().compare(type, Qt::CaseInsensitive) != 0)
            comment << c.datatype.trimmed();
        if (!c.comment.isEmpty())
            comment << c.comment;
        text += QStringLiteral("        ") + type + u' ' + name;
        if (!keys.isEmpty())
            text += u' ' + keys.join(QStringLiteral(", "));
        if (!comment.isEmpty())
            text += u' ' + quotedText(comment.join(QStringLiteral("; ")));
        text += u'\n';
    }
    text += QStringLiteral("    }\n");
}

// parent ||--o{ child: the marker by each entity says how many of it a row of the other has.
// A child row has exactly one parent when the key's columns are NOT NULL, at most one when
// they may be NULL; a parent has at most one child when the columns are unique in the child.
// The line is solid (identifying) when the key is part of the child's primary key.
void Diagram::writeRelationship(const Table &table, const ForeignKey &fk)
{
    const Table *parent = schema.table(fk.referencedTable);
    if (!parent || fk.parts.isEmpty())
        return;
    QSet<ObjectId> columns;
    QStringList names;
    bool nullable = false;
    for (const ForeignKeyPart &p : fk.parts) {
        const Column *c = table.column(p.column);
        if (!c)
            return;
        columns.insert(c->id);
        names << c->name;
        nullable = nullable || c->nullable;
    }
    const Key *primary = table.primaryKey();
    const bool identifying = primary
        && std::all_of(
            columns.cbegin(), columns.cend(), [&](ObjectId c) { return primary->contains(c); });
    text += QStringLiteral("    ") + entityName(*parent) + u' '
        + (nullable ? QStringLiteral("|o") : QStringLiteral("||"))
        + (identifying ? QStringLiteral("--") : QStringLiteral(".."))
        + (isUniqueColumnSet(table, columns) ? QStringLiteral("o|") : QStringLiteral("o{")) + u' '
        + entityName(table) + QStringLiteral(" : ")
        + quotedText(
            withoutDirection(fk.name.isEmpty() ? names.join(QStringLiteral(", ")) : fk.name))
        + u'\n';
}

} // namespace

QString MermaidWriter::write(const Schema &schema)
{
    Diagram diagram {schema, QStringLiteral("erDiagram\n"), {}, {}};
    for (const Table &t : schema.tables())
        diagram.writeEntity(t);
    for (const Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys)
            diagram.writeRelationship(t, fk);
    }
    return diagram.text;
}
