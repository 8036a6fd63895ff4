#pragma once

// What a design means to a database, as lines of text, so that a design and the design read
// back from the database it was applied to can be compared with QCOMPARE and a readable diff.
// The normalisations are the documented ones (README, "Round trips"), written out here on
// their own rather than through the code under test:
// - single-table subclasses live in their root table (DdlWriter::physicalSchema);
// - types compare by meaning (LogicalType), with what each engine cannot store folded:
//   CHAR without a length is CHAR(1); MySQL's CHAR over 255 is VARCHAR and its TEXT or BLOB
//   in a key is VARCHAR(255) / VARBINARY(255);
//   PostgreSQL has no TINYINT, PostgreSQL and SQLite no bounded binary, SQLite's AUTOINCREMENT
//   column is INTEGER, MySQL's DECIMAL defaults to (10,0) and VARCHAR needs a length (255), an ENUM
//   is TEXT outside MySQL;
// - primary-key columns are NOT NULL; a nullable column without default defaults to NULL;
// - foreign keys of association tables and of children the design declares joined-table
//   inheritance cascade on delete when the design leaves it open; NO ACTION (MySQL: RESTRICT) is
//   "unspecified";
// - names that follow Schemata's pattern are empty; MySQL's primary key name is empty;
// - an unnamed INDEX on exactly a foreign key's columns is the index Schemata makes for every
//   foreign key anyway, so reading back leaves it out;
// - FULLTEXT is a plain index outside MySQL; MySQL keeps 1024 characters of a column comment.

#include "analysis/relationship.h"
#include "ddl/ddlwriter.h"
#include "schema/schema.h"
#include "sql/sqlengine.h"
#include "sql/typemapping.h"

#include <QSet>
#include <QStringList>

inline QString dumpType(const Column &column, SqlEngine engine, bool autoIncrement, bool keyed)
{
    using Kind = LogicalType::Kind;
    LogicalType t = TypeMapping::fromDesign(column.datatype);
    if (t.kind == Kind::Char && t.length < 0)
        t.length = 1;
    if (engine == SqlEngine::Mysql && t.kind == Kind::Char && t.length > 255)
        t.kind = Kind::Varchar;
    if (engine == SqlEngine::Mysql && keyed
        && (t.kind == Kind::Text || t.kind == Kind::Json || t.kind == Kind::Blob)) {
        t.kind = t.kind == Kind::Blob ? Kind::Binary : Kind::Varchar;
        t.length = 255;
    }
    if (engine == SqlEngine::Postgres && t.kind == Kind::TinyInt)
        t.kind = Kind::SmallInt;
    if ((engine == SqlEngine::Postgres || engine == SqlEngine::Sqlite) && t.kind == Kind::Binary) {
        t.kind = Kind::Blob;
        t.length = -1;
    }
    if (engine == SqlEngine::Sqlite && autoIncrement && t.isInteger())
        t.kind = Kind::Integer;
    if (engine == SqlEngine::Mysql && t.kind == Kind::Decimal && t.precision < 0) {
        t.precision = 10;
        t.scale = 0;
    }
    if (engine == SqlEngine::Mysql && t.kind == Kind::Decimal && t.scale < 0)
        t.scale = 0;
    if (engine == SqlEngine::Mysql && (t.kind == Kind::Varchar || t.kind == Kind::Binary)
        && t.length < 0)
        t.length = 255;
    if (engine != SqlEngine::Mysql && t.kind == Kind::Enum)
        t.kind = Kind::Text;
    if (engine != SqlEngine::Mysql)
        t.isUnsigned = false;
    QString text = logicalKindName(t.kind);
    if (t.length >= 0)
        text += u'(' + QString::number(t.length) + u')';
    if (t.precision >= 0)
        text += u'(' + QString::number(t.precision) + u',' + QString::number(t.scale) + u')';
    if (t.isUnsigned)
        text += QStringLiteral(" unsigned");
    if (t.kind == Kind::Other || t.kind == Kind::Enum)
        text += u' ' + t.original.simplified().toUpper();
    return text;
}

inline QString dumpDefaultFor(const Column &column, bool notNull)
{
    const DefaultValue &value = column.defaultValue;
    if (value.isText() && value.text().compare(u"NULL", Qt::CaseInsensitive) != 0) {
        const LogicalType t = TypeMapping::fromDesign(column.datatype);
        QString text = value.text();
        if (t.kind == LogicalType::Kind::Boolean) {
            const QString upper = text.toUpper();
            text = (upper == u"TRUE" || upper == u"1" || upper == u"T") ? QStringLiteral("1")
                                                                        : QStringLiteral("0");
        }
        const QString upper = text.toUpper();
        if (upper == u"NOW()" || upper == u"CURRENT_TIMESTAMP()")
            text = QStringLiteral("CURRENT_TIMESTAMP");
        return u'[' + text + u']';
    }
    return notNull ? QStringLiteral("none") : QStringLiteral("NULL");
}

// `design` is a design as the user wrote it (physical = false) or as read back from a
// database (physical = true: nothing to fold).
inline QStringList dumpForDatabase(const Schema &input, SqlEngine engine, bool fromDatabase)
{
    const Schema schema = fromDatabase ? input : DdlWriter::physicalSchema(input);
    QSet<ObjectId> cascading;
    QSet<ObjectId> inheritedKeys;
    if (!fromDatabase) {
        for (const Relationship &r : findRelationships(schema)) {
            if (r.kind == Relationship::Kind::ManyToMany
                || r.kind == Relationship::Kind::SelfManyToMany) {
                cascading << r.foreignKey << r.secondForeignKey;
            } else if (r.kind == Relationship::Kind::JoinedInheritance) {
                const Table *child = schema.table(r.table);
                if (child->inheritance.kind == Inheritance::Kind::Joined
                    && child->inheritance.parent == r.target)
                    cascading << r.foreignKey;
                if (const Key *pk = schema.table(r.table)->primaryKey()) {
                    for (const KeyPart &p : pk->parts)
                        inheritedKeys << p.column;
                }
            }
        }
    }
    QSet<ObjectId> keyed; // in a key or a foreign key, not FULLTEXT
    for (const Table &t : schema.tables()) {
        for (const Key &k : t.keys) {
            if (k.type.toUpper() != Key::Fulltext) {
                for (const KeyPart &p : k.parts)
                    keyed << p.column;
            }
        }
        for (const ForeignKey &fk : t.foreignKeys) {
            for (const ForeignKeyPart &p : fk.parts)
                keyed << p.column << p.referencedColumn;
        }
    }
    const auto actionText = [&](const ForeignKey &fk, ReferentialAction action, bool onDelete) {
        if (!fromDatabase && onDelete && action == ReferentialAction::Unspecified
            && cascading.contains(fk.id))
            action = ReferentialAction::Cascade;
        if (action == ReferentialAction::NoAction
            || (engine == SqlEngine::Mysql && action == ReferentialAction::Restrict))
            action = ReferentialAction::Unspecified;
        return referentialActionSql(action);
    };

    QStringList lines;
    QList<const Table *> tables;
    for (const Table &t : schema.tables())
        tables << &t;
    std::sort(tables.begin(), tables.end(),
        [](const Table *a, const Table *b) { return a->name < b->name; });
    for (const Table *table : tables) {
        const Table &t = *table;
        lines << QStringLiteral("table %1 comment [%2]").arg(t.name, t.comment);
        const Key *pk = t.primaryKey();
        for (const Column &c : t.columns) {
            const bool autoIncrement
                = (c.autoIncrement || TypeMapping::fromDesign(c.datatype).serial)
                && !inheritedKeys.contains(c.id);
            const bool notNull = !c.nullable || (pk && pk->contains(c.id)) || autoIncrement;
            QString comment = c.comment;
            if (engine == SqlEngine::Mysql)
                comment = comment.left(1024);
            lines << QStringLiteral("  column %1 %2 %3%4 default %5 comment [%6]")
                         .arg(c.name, dumpType(c, engine, autoIncrement, keyed.contains(c.id)),
                             notNull ? QStringLiteral("not null") : QStringLiteral("null"),
                             autoIncrement ? QStringLiteral(" autoincrement") : QString(),
                             autoIncrement ? QStringLiteral("none") : dumpDefaultFor(c, notNull),
                             comment);
        }
        QList<QStringList> foreignKeyColumns;
        for (const ForeignKey &fk : t.foreignKeys) {
            QStringList columns;
            for (const ForeignKeyPart &p : fk.parts)
                columns << t.column(p.column)->name;
            foreignKeyColumns << columns;
        }
        QStringList keys;
        for (const Key &k : t.keys) {
            QStringList columns;
            for (const KeyPart &p : k.parts)
                columns << schema.keyPartName(t, p);
            if (!fromDatabase && k.type.toUpper() == Key::Index && k.name.isEmpty()
                && foreignKeyColumns.contains(columns))
                continue;
            QString type = k.type.toUpper();
            if (type == Key::Fulltext && engine != SqlEngine::Mysql)
                type = Key::Index;
            const QString name = (k.isPrimary() && k.name == u"PRIMARY") ? QString() : k.name;
            keys << QStringLiteral("  key %1 [%2] (%3)").arg(type, name, columns.join(u", "));
        }
        keys.sort();
        lines << keys;
        QStringList foreignKeys;
        for (const ForeignKey &fk : t.foreignKeys) {
            QStringList from, to;
            for (const ForeignKeyPart &p : fk.parts) {
                from << t.column(p.column)->name;
                to << schema.referencedColumnName(fk, p);
            }
            foreignKeys << QStringLiteral("  foreign key [%1] (%2) -> %3 (%4) on delete [%5] "
                                          "on update [%6]")
                               .arg(fk.name, from.join(u", "), schema.referencedTableName(fk),
                                   to.join(u", "), actionText(fk, fk.onDelete, true),
                                   actionText(fk, fk.onUpdate, false));
        }
        foreignKeys.sort();
        lines << foreignKeys;
    }
    return lines;
}

// The lines only in `actual` (+) and only in `expected` (-), for a failure message.
inline QString dumpDifference(const QStringList &actual, const QStringList &expected)
{
    QStringList lines;
    for (const QString &line : actual) {
        if (!expected.contains(line))
            lines << u"+ " + line;
    }
    for (const QString &line : expected) {
        if (!actual.contains(line))
            lines << u"- " + line;
    }
    return lines.join(u'\n');
}

#define COMPARE_DUMPS(actual, expected)                                                            \
    do {                                                                                           \
        const QStringList a_ = (actual), e_ = (expected);                                          \
        QVERIFY2(a_ == e_,                                                                         \
            qPrintable(u"database (+) and design (-) differ:\n"_s + dumpDifference(a_, e_)));      \
    } while (false)
