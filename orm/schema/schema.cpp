#include "schema.h"

#include "xml/datatypecataloguereader.h"

Schema::Schema()
    : m_catalogue(DatatypeCatalogueReader::bundled(QStringLiteral("mysql")))
{
}

Table *Schema::table(ObjectId id)
{
    for (Table &t : m_tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Table *Schema::table(ObjectId id) const
{
    return const_cast<Schema *>(this)->table(id);
}

const Table *Schema::tableByName(const QString &name) const
{
    for (const Table &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const Table *Schema::tableOf(ObjectId memberId) const
{
    for (const Table &t : m_tables) {
        if (t.column(memberId))
            return &t;
        for (const Key &k : t.keys) {
            if (k.id == memberId)
                return &t;
        }
        for (const ForeignKey &fk : t.foreignKeys) {
            if (fk.id == memberId)
                return &t;
        }
    }
    return nullptr;
}

const Column *Schema::column(ObjectId id) const
{
    for (const Table &t : m_tables) {
        if (const Column *c = t.column(id))
            return c;
    }
    return nullptr;
}

Table &Schema::addTable(const QString &name, QPointF position)
{
    Table table;
    table.id = newId();
    table.name = name;
    table.position = position;
    m_tables.append(table);
    return m_tables.last();
}

Column &Schema::addColumn(Table &table, const QString &name, const QString &datatype)
{
    Column column;
    column.id = newId();
    column.name = name;
    column.datatype = datatype;
    table.columns.append(column);
    return table.columns.last();
}

Key &Schema::addKey(
    Table &table, const QString &type, const QList<ObjectId> &columns, const QString &name)
{
    Key key;
    key.id = newId();
    key.type = type;
    key.name = name;
    for (ObjectId c : columns)
        key.parts.append(KeyPart {c, {}});
    table.keys.append(key);
    return table.keys.last();
}

ForeignKey &Schema::addForeignKey(Table &table, const QList<ObjectId> &columns,
    const Table &referenced, const QList<ObjectId> &referencedColumns, const QString &name)
{
    ForeignKey fk;
    fk.id = newId();
    fk.name = name;
    fk.referencedTable = referenced.id;
    for (qsizetype i = 0; i < columns.size(); ++i)
        fk.parts.append(ForeignKeyPart {columns.at(i), referencedColumns.value(i), {}, {}});
    table.foreignKeys.append(fk);
    return table.foreignKeys.last();
}

int Schema::columnCount() const
{
    int count = 0;
    for (const Table &t : m_tables)
        count += int(t.columns.size());
    return count;
}

int Schema::foreignKeyCount() const
{
    int count = 0;
    for (const Table &t : m_tables)
        count += int(t.foreignKeys.size());
    return count;
}

int Schema::keyCount() const
{
    int count = 0;
    for (const Table &t : m_tables)
        count += int(t.keys.size());
    return count;
}

QString Schema::referencedTableName(const ForeignKey &fk) const
{
    if (const Table *t = table(fk.referencedTable))
        return t->name;
    return fk.referencedTableName;
}

QString Schema::referencedColumnName(const ForeignKey &fk, const ForeignKeyPart &part) const
{
    if (const Table *t = table(fk.referencedTable)) {
        if (const Column *c = t->column(part.referencedColumn))
            return c->name;
    }
    return part.referencedColumnName;
}

QString Schema::keyPartName(const Table &owner, const KeyPart &part) const
{
    if (const Column *c = owner.column(part.column))
        return c->name;
    return part.name;
}
