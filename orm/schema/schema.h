#pragma once

#include "annotation.h"
#include "datatypecatalogue.h"
#include "table.h"

#include <algorithm>

// A database design: tables with their columns, keys and foreign keys, the datatype catalogue,
// notes and areas. It is a plain value; the designer wraps it in a document with undo commands.
// Every object carries an id from newId(), unique within the schema and stable across renames.
class Schema
{
public:
    Schema();

    ObjectId newId() { return ++m_lastId; }
    ObjectId lastId() const { return m_lastId; }
    // Makes later ids greater than `id` (undo restores objects with ids made by newId()).
    void reserveIds(ObjectId id) { m_lastId = std::max(m_lastId, id); }

    DatatypeCatalogue &catalogue() { return m_catalogue; }
    const DatatypeCatalogue &catalogue() const { return m_catalogue; }
    void setCatalogue(const DatatypeCatalogue &catalogue) { m_catalogue = catalogue; }

    QList<Table> &tables() { return m_tables; }
    const QList<Table> &tables() const { return m_tables; }
    Table *table(ObjectId id);
    const Table *table(ObjectId id) const;
    // The first table with this name, as the designer looks tables up.
    const Table *tableByName(const QString &name) const;
    // The table that owns a column, key or foreign key id.
    const Table *tableOf(ObjectId memberId) const;
    const Column *column(ObjectId id) const;

    // New objects with fresh ids (not yet in the schema for columns/keys: the caller adds them).
    Table &addTable(const QString &name, QPointF position = {});
    Column &addColumn(Table &table, const QString &name, const QString &datatype);
    Key &addKey(Table &table, const QString &type, const QList<ObjectId> &columns,
        const QString &name = {});
    ForeignKey &addForeignKey(Table &table, const QList<ObjectId> &columns, const Table &referenced,
        const QList<ObjectId> &referencedColumns, const QString &name = {});

    QList<Note> &notes() { return m_notes; }
    const QList<Note> &notes() const { return m_notes; }
    QList<Area> &areas() { return m_areas; }
    const QList<Area> &areas() const { return m_areas; }

    int columnCount() const;
    int foreignKeyCount() const;
    int keyCount() const;

    // Names of the referenced table and columns of a foreign key, resolved or as written.
    QString referencedTableName(const ForeignKey &fk) const;
    QString referencedColumnName(const ForeignKey &fk, const ForeignKeyPart &part) const;
    QString keyPartName(const Table &table, const KeyPart &part) const;

    // What Schemata keeps from the file it was read from, beyond the design itself, so that
    // saving without edits rewrites the file byte for byte.
    struct Source
    {
        bool fromFile = false;
        // The encoding the file was read in (a QStringConverter name: "UTF-8", "UTF-16LE",
        // "ISO-8859-1", "windows-1252", ...) and whether it began with a byte order mark; the
        // file is written back in the same.
        QString encoding = QStringLiteral("UTF-8");
        bool byteOrderMark = false;
        QString lineEnding = QStringLiteral("\n");
        QString declaration; // "<?xml ...?>" as written, empty if none
        QStringList prologue; // comments and processing instructions before <sql>
        QString trailer; // text after </sql>
        XmlAttributes rootAttributes; // attributes of <sql> (import backends write db="...")
        QStringList rootElements; // unknown children of <sql>, as XML text
        bool catalogueFromFile = false;
    };
    Source &source() { return m_source; }
    const Source &source() const { return m_source; }

private:
    ObjectId m_lastId = 0;
    DatatypeCatalogue m_catalogue;
    QList<Table> m_tables;
    QList<Note> m_notes;
    QList<Area> m_areas;
    Source m_source;
};
