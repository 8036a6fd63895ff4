#include "dbmlwriter.h"

#include "analysis/uniquekeys.h"
#include "dbmlsyntax.h"
#include "schema/schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using DbmlSyntax::name;
using DbmlSyntax::string;

namespace {

// The type as DBML writes it: bare when its reader takes it in one piece (varchar(255)),
// otherwise quoted ("timestamp with time zone", "INT(10) UNSIGNED").
QString typeText(const QString &datatype)
{
    static const QRegularExpression plain(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\([0-9A-Za-z_ ,]*\\))?$"));
    const QRegularExpressionMatch match = plain.match(datatype);
    if (match.hasMatch() && name(Column::typeNameOf(datatype)) == Column::typeNameOf(datatype))
        return datatype;
    return DbmlSyntax::quoted(datatype);
}

// A default as DBML says it: a number, true or false, an `expression` for the SQL functions and
// keywords a design writes unquoted, else a 'string'. Each reads back to the same text.
QString defaultText(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    static const QRegularExpression expression(
        QStringLiteral("^(CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME|LOCALTIME|LOCALTIMESTAMP|"
                       "[A-Za-z_][A-Za-z0-9_.]*\\(.*\\))$"),
        QRegularExpression::CaseInsensitiveOption);
    if (number.match(text).hasMatch() || text == u"true" || text == u"false")
        return text;
    if (expression.match(text).hasMatch() && !text.contains(u'`') && !text.contains(u'\n'))
        return u'`' + text + u'`';
    return string(text);
}

QString actionText(ReferentialAction action)
{
    return referentialActionSql(action).toLower();
}

class Writer
{
public:
    explicit Writer(const Schema &schema)
        : m_schema(schema)
    {
    }

    QString write();

private:
    void writeProject();
    void writeEnums();
    void writeTable(const Table &table);
    void writeColumn(const Table &table, const Column &column);
    void writeIndexes(const Table &table);
    void writeRef(const Table &table, const ForeignKey &fk);
    void writeGroups();
    void writeNotes();

    QString columnList(const QStringList &names) const;
    // The key written as a column setting (pk, unique) rather than in indexes.
    bool isColumnSetting(const Table &table, const Key &key) const;

    const Schema &m_schema;
    QString m_out;
    QHash<ObjectId, QString> m_enumOf; // column -> enum name
};

QString Writer::write()
{
    writeProject();
    writeEnums();
    for (const Table &t : m_schema.tables())
        writeTable(t);
    for (const Table &t : m_schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys)
            writeRef(t, fk);
    }
    writeGroups();
    writeNotes();
    return m_out;
}

void Writer::writeProject()
{
    static const QHash<QString, QString> engines {
        {QStringLiteral("mysql"), QStringLiteral("MySQL")},
        {QStringLiteral("postgresql"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("sqlite"), QStringLiteral("SQLite")},
        {QStringLiteral("mssql"), QStringLiteral("SQL Server")},
        {QStringLiteral("oracle"), QStringLiteral("Oracle")}};
    // The engines DBML knows by their names, the other catalogues Schemata ships by theirs.
    const QString engine = engines.value(m_schema.catalogue().db(), m_schema.catalogue().db());
    if (engine.isEmpty())
        return;
    m_out += QStringLiteral("Project schemata {\n  database_type: ") + string(engine)
        + QStringLiteral("\n}\n\n");
}

void Writer::writeEnums()
{
    // Enum names must not be read back as a type some other column has.
    QSet<QString> taken;
    for (const Table &t : m_schema.tables()) {
        for (const Column &c : t.columns)
            taken.insert(c.datatype.toLower());
    }
    for (const Table &t : m_schema.tables()) {
        for (const Column &c : t.columns) {
            const std::optional<QStringList> values = DbmlSyntax::enumValues(c.datatype);
            if (!values)
                continue;
            const QString base = t.name + u'_' + c.name;
            QString enumName = base;
            for (int n = 2; taken.contains(enumName.toLower()); ++n)
                enumName = base + u'_' + QString::number(n);
            taken.insert(enumName.toLower());
            m_enumOf.insert(c.id, enumName);
            m_out += QStringLiteral("Enum ") + name(enumName) + QStringLiteral(" {\n");
            for (const QString &value : *values)
                m_out += QStringLiteral("  ") + name(value) + u'\n';
            m_out += QStringLiteral("}\n\n");
        }
    }
}

bool Writer::isColumnSetting(const Table &table, const Key &key) const
{
    if (key.parts.size() != 1 || !key.name.isEmpty()
        || !table.column(key.parts.constFirst().column))
        return false;
    if (key.type == Key::Primary)
        return std::count_if(table.keys.cbegin(), table.keys.cend(), [](const Key &k) {
            return k.isPrimary();
        }) == 1;
    return key.type == Key::Unique;
}

void Writer::writeTable(const Table &table)
{
    m_out += QStringLiteral("Table ") + name(table.name) + QStringLiteral(" {\n");
    const Inheritance &i = table.inheritance;
    if (!i.isEmpty()) {
        QStringList settings;
        if (i.kind != Inheritance::Kind::None) {
            const Table *parent = m_schema.table(i.parent);
            settings << QStringLiteral("inherits: ") + name(parent ? parent->name : i.parentName)
                     << QStringLiteral("inheritance: ") + inheritanceKindName(i.kind);
        }
        const Column *discriminator = table.column(i.discriminator);
        if (discriminator || !i.discriminatorName.isEmpty())
            settings << QStringLiteral("discriminator: ")
                    + name(discriminator ? discriminator->name : i.discriminatorName);
        if (!i.identity.isEmpty())
            settings << QStringLiteral("identity: ") + string(i.identity);
        m_out += QStringLiteral("  // schemata: [") + settings.join(QStringLiteral(", "))
            + QStringLiteral("]\n");
    }
    for (const Column &c : table.columns)
        writeColumn(table, c);
    writeIndexes(table);
    if (!table.comment.isEmpty())
        m_out += QStringLiteral("  Note: ") + string(table.comment) + u'\n';
    m_out += QStringLiteral("}\n\n");
}

void Writer::writeColumn(const Table &table, const Column &column)
{
    QStringList settings;
    for (const Key &k : table.keys) {
        if (isColumnSetting(table, k) && k.parts.constFirst().column == column.id)
            settings << (k.isPrimary() ? QStringLiteral("pk") : QStringLiteral("unique"));
    }
    if (column.autoIncrement)
        settings << QStringLiteral("increment");
    // DBML takes a key column for NOT NULL.
    const bool key = settings.contains(QStringLiteral("pk"));
    if (!column.nullable && !key)
        settings << QStringLiteral("not null");
    else if (column.nullable && key)
        settings << QStringLiteral("null");
    if (column.defaultValue.isText())
        settings << QStringLiteral("default: ") + defaultText(column.defaultValue.text());
    if (!column.comment.isEmpty())
        settings << QStringLiteral("note: ") + string(column.comment);
    const QString enumName = m_enumOf.value(column.id);
    m_out += QStringLiteral("  ") + name(column.name) + u' '
        + (enumName.isEmpty() ? typeText(column.datatype) : name(enumName));
    if (!settings.isEmpty())
        m_out += QStringLiteral(" [") + settings.join(QStringLiteral(", ")) + u']';
    m_out += u'\n';
}

QString Writer::columnList(const QStringList &names) const
{
    QStringList written;
    for (const QString &n : names)
        written << name(n);
    if (written.size() == 1)
        return written.constFirst();
    return u'(' + written.join(QStringLiteral(", ")) + u')';
}

void Writer::writeIndexes(const Table &table)
{
    QStringList lines;
    for (const Key &k : table.keys) {
        if (k.parts.isEmpty() || isColumnSetting(table, k))
            continue;
        QStringList columns;
        for (const KeyPart &p : k.parts)
            columns << m_schema.keyPartName(table, p);
        QStringList settings;
        if (k.isPrimary())
            settings << QStringLiteral("pk");
        else if (k.type == Key::Unique)
            settings << QStringLiteral("unique");
        else if (k.type != Key::Index)
            settings << QStringLiteral("type: ") + name(k.type.toLower());
        if (!k.name.isEmpty())
            settings << QStringLiteral("name: ") + string(k.name);
        // A one-column index is written in parentheses too, so that a name that looks like an
        // expression stays a column.
        QString line = QStringLiteral("    ")
            + (columns.size() == 1 ? QString(u'(' + name(columns.constFirst()) + u')')
                                   : columnList(columns));
        if (!settings.isEmpty())
            line += QStringLiteral(" [") + settings.join(QStringLiteral(", ")) + u']';
        lines << line;
    }
    if (lines.isEmpty())
        return;
    m_out += QStringLiteral("\n  indexes {\n") + lines.join(u'\n') + QStringLiteral("\n  }\n");
}

void Writer::writeRef(const Table &table, const ForeignKey &fk)
{
    QStringList columns, referenced;
    QSet<ObjectId> ids;
    for (const ForeignKeyPart &p : fk.parts) {
        const Column *c = table.column(p.column);
        if (!c)
            return;
        columns << c->name;
        ids.insert(c->id);
        referenced << m_schema.referencedColumnName(fk, p);
    }
    if (columns.isEmpty())
        return;
    QStringList settings;
    if (fk.onDelete != ReferentialAction::Unspecified)
        settings << QStringLiteral("delete: ") + actionText(fk.onDelete);
    if (fk.onUpdate != ReferentialAction::Unspecified)
        settings << QStringLiteral("update: ") + actionText(fk.onUpdate);
    m_out += QStringLiteral("Ref");
    if (!fk.name.isEmpty())
        m_out += u' ' + name(fk.name);
    m_out += QStringLiteral(": ") + name(table.name) + u'.' + columnList(columns)
        + (isUniqueColumnSet(table, ids) ? QStringLiteral(" - ") : QStringLiteral(" > "))
        + name(m_schema.referencedTableName(fk)) + u'.' + columnList(referenced);
    if (!settings.isEmpty())
        m_out += QStringLiteral(" [") + settings.join(QStringLiteral(", ")) + u']';
    m_out += u'\n';
}

// An area holds the tables whose corner lies in it (the first area, when areas overlap).
void Writer::writeGroups()
{
    QSet<ObjectId> grouped;
    int number = 0;
    for (const Area &a : m_schema.areas()) {
        ++number;
        QStringList members;
        for (const Table &t : m_schema.tables()) {
            if (!grouped.contains(t.id) && a.geometry.contains(t.position)) {
                grouped.insert(t.id);
                members << QStringLiteral("  ") + name(t.name);
            }
        }
        const QString title = a.title.isEmpty() ? QStringLiteral("area_%1").arg(number) : a.title;
        m_out += QStringLiteral("\nTableGroup ") + name(title);
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{3,8}$"));
        if (hexColor.match(a.color).hasMatch())
            m_out += QStringLiteral(" [color: ") + a.color + u']';
        m_out += QStringLiteral(" {\n") + members.join(u'\n')
            + (members.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("}\n");
    }
}

void Writer::writeNotes()
{
    int number = 0;
    for (const Note &n : m_schema.notes()) {
        m_out += QStringLiteral("\nNote note_%1 {\n  ").arg(++number) + string(n.text)
            + QStringLiteral("\n}\n");
    }
}

} // namespace

QString DbmlWriter::write(const Schema &schema)
{
    return Writer(schema).write();
}
