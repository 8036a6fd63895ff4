#include "designdescription.h"

#include <algorithm>

namespace {

// Code point order: QString compares UTF-16 units, which would put U+10000 and above (written
// as surrogates) before U+E000..U+FFFF. Shifting the units as ICU does restores the order.
char16_t codePointRank(char16_t unit)
{
    if (unit < 0xD800)
        return unit;
    return unit >= 0xE000 ? char16_t(unit - 0x800) : char16_t(unit + 0x2000);
}

bool lessByCodePoint(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return codePointRank(x) < codePointRank(y);
    }
    return a.size() < b.size();
}

bool lessByCodePoint(const QStringList &a, const QStringList &b)
{
    return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const QString &x, const QString &y) { return lessByCodePoint(x, y); });
}

// Characters that would break the one-item-per-line layout or not show.
bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Text between `quote`s, with the quote, backslash and control characters escaped, so that
// every item stays on its line and reads back unambiguously.
QString quoted(QStringView text, char16_t quote)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(quote);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == quote || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += u"\\n";
        } else if (u == u'\r') {
            out += u"\\r";
        } else if (u == u'\t') {
            out += u"\\t";
        } else if (isControl(u)) {
            out += u"\\u";
            out += QString::number(uint(u), 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    out += QChar(quote);
    return out;
}

// A name as it is when it is one word (letters, digits, underscores), else double-quoted.
QString name(QStringView text)
{
    const bool word = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c == u'_' || c.isLetterOrNumber();
    });
    return word ? text.toString() : quoted(text, u'"');
}

QString names(const QStringList &list)
{
    QString out;
    for (const QString &item : list) {
        if (!out.isEmpty())
            out += u", ";
        out += name(item);
    }
    return out;
}

// A datatype as written ("INT(10) UNSIGNED", "ENUM('a','b')"), quoted only when empty or when
// it holds a line break.
QString datatype(const QString &text)
{
    const bool plain = !text.isEmpty()
        && std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); });
    return plain ? text : quoted(text, u'"');
}

QString columnLine(const Column &column)
{
    QString line = u"  column " + name(column.name) + u' ' + datatype(column.datatype);
    if (!column.nullable)
        line += u" NOT NULL";
    if (column.autoIncrement)
        line += u" AUTO_INCREMENT";
    // A column's usual default (NULL when it takes NULLs, none when it does not) goes without
    // saying; any other is written.
    const DefaultValue &value = column.defaultValue;
    if (value.isText())
        line += u" DEFAULT " + quoted(value.text(), u'\'');
    else if (value.isNull() && !column.nullable)
        line += u" DEFAULT NULL";
    else if (value.isNone() && column.nullable)
        line += u" DEFAULT none";
    if (!column.comment.isEmpty())
        line += u" COMMENT " + quoted(column.comment, u'\'');
    if (!column.formerNames.isEmpty())
        line += u" renamed from " + names(column.formerNames);
    return line;
}

// Known key types first, in the order a CREATE TABLE lists them; others after, by name.
int keyTypeRank(const QString &type)
{
    static const QStringList order {Key::Primary, Key::Unique, Key::Index, Key::Fulltext};
    const qsizetype rank = order.indexOf(type);
    return rank < 0 ? int(order.size()) : int(rank);
}

struct Item
{
    int rank = 0;
    QStringList sortKey;
    QString line;
};

void sortItems(QList<Item> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.sortKey != b.sortKey)
            return lessByCodePoint(a.sortKey, b.sortKey);
        return lessByCodePoint(a.line, b.line);
    });
}

QList<Item> keyItems(const Schema &schema, const Table &table)
{
    QList<Item> items;
    for (const Key &key : table.keys) {
        QStringList columns;
        for (const KeyPart &part : key.parts)
            columns.append(schema.keyPartName(table, part));
        QString line = u"  key " + name(key.type);
        if (!key.name.isEmpty())
            line += u' ' + name(key.name);
        line += u" (" + names(columns) + u')';
        items.append({keyTypeRank(key.type), QStringList {key.type} + columns, line});
    }
    sortItems(items);
    return items;
}

QList<Item> foreignKeyItems(const Schema &schema, const Table &table)
{
    QList<Item> items;
    for (const ForeignKey &fk : table.foreignKeys) {
        QStringList columns, referencedColumns;
        for (const ForeignKeyPart &part : fk.parts) {
            const Column *column = table.column(part.column);
            columns.append(column ? column->name : QString());
            referencedColumns.append(schema.referencedColumnName(fk, part));
        }
        const QString referenced = schema.referencedTableName(fk);
        QString line = QStringLiteral("  foreign key");
        if (!fk.name.isEmpty())
            line += u' ' + name(fk.name);
        line += u" (" + names(columns) + u") references " + name(referenced) + u" ("
            + names(referencedColumns) + u')';
        if (fk.onDelete != ReferentialAction::Unspecified)
            line += u" ON DELETE " + referentialActionSql(fk.onDelete);
        if (fk.onUpdate != ReferentialAction::Unspecified)
            line += u" ON UPDATE " + referentialActionSql(fk.onUpdate);
        // By the columns, then what they reference (a list of names, in that order).
        QStringList sortKey = columns;
        sortKey.append(QString()); // ends the columns: (a) sorts before (a, b)
        sortKey.append(referenced);
        sortKey.append(referencedColumns);
        items.append({0, sortKey, line});
    }
    sortItems(items);
    return items;
}

void describeTable(QString &out, const Schema &schema, const Table &table)
{
    out += u"\ntable " + name(table.name);
    if (!table.formerNames.isEmpty())
        out += u" renamed from " + names(table.formerNames);
    out += u'\n';
    if (!table.comment.isEmpty())
        out += u"  comment " + quoted(table.comment, u'\'') + u'\n';

    const Inheritance &inheritance = table.inheritance;
    const QString kind = inheritanceKindName(inheritance.kind);
    if (inheritance.parent != NoObject || !inheritance.parentName.isEmpty()) {
        const Table *parent = schema.table(inheritance.parent);
        out += u"  inherits " + name(parent ? parent->name : inheritance.parentName);
        if (!kind.isEmpty())
            out += u' ' + kind;
        out += u'\n';
    } else if (!kind.isEmpty()) {
        out += u"  inheritance " + kind + u'\n';
    }
    if (inheritance.discriminator != NoObject || !inheritance.discriminatorName.isEmpty()) {
        const Column *column = table.column(inheritance.discriminator);
        out += u"  discriminator " + name(column ? column->name : inheritance.discriminatorName)
            + u'\n';
    }
    if (!inheritance.identity.isEmpty())
        out += u"  identity " + quoted(inheritance.identity, u'\'') + u'\n';

    for (const Column &column : table.columns)
        out += columnLine(column) + u'\n';
    for (const Item &item : keyItems(schema, table))
        out += item.line + u'\n';
    for (const Item &item : foreignKeyItems(schema, table))
        out += item.line + u'\n';
}

} // namespace

QString DesignDescription::text(const Schema &schema)
{
    QString out = u"catalogue " + name(schema.catalogue().db()) + u'\n';

    QList<const Table *> tables;
    tables.reserve(schema.tables().size());
    for (const Table &table : schema.tables())
        tables.append(&table);
    std::stable_sort(tables.begin(), tables.end(),
        [](const Table *a, const Table *b) { return lessByCodePoint(a->name, b->name); });
    for (const Table *table : std::as_const(tables))
        describeTable(out, schema, *table);

    QList<Item> annotations;
    for (const Note &note : schema.notes())
        annotations.append({0, {note.text}, u"note " + quoted(note.text, u'\'')});
    for (const Area &area : schema.areas())
        annotations.append({1, {area.title}, u"area " + quoted(area.title, u'\'')});
    sortItems(annotations);
    if (!annotations.isEmpty())
        out += u'\n';
    for (const Item &item : std::as_const(annotations))
        out += item.line + u'\n';
    return out;
}
