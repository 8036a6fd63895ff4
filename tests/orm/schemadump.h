#pragma once

// A readable, name-based dump of a schema, so tests can say "these two schemas mean the same"
// independently of ids and of the file layout.

#include "schema/schema.h"

#include <QStringList>

inline QString dumpDefault(const DefaultValue &value)
{
    switch (value.kind()) {
    case DefaultValue::Kind::None:
        return QStringLiteral("none");
    case DefaultValue::Kind::Null:
        return QStringLiteral("NULL");
    case DefaultValue::Kind::Text:
        return u'[' + value.text() + u']';
    }
    return {};
}

inline QStringList dumpSchema(const Schema &schema)
{
    QStringList lines;
    lines << u"catalogue " + schema.catalogue().db() + u' '
            + QString::number(schema.catalogue().types().size());
    for (const Table &t : schema.tables()) {
        lines << QStringLiteral("table %1 at %2,%3 comment [%4]")
                     .arg(t.name)
                     .arg(t.position.x())
                     .arg(t.position.y())
                     .arg(t.comment);
        if (!t.formerNames.isEmpty())
            lines << u"  renamed from " + t.formerNames.join(u" <- ");
        for (const Column &c : t.columns) {
            lines << QStringLiteral("  column %1 %2 null=%3 ai=%4 default=%5 comment [%6]")
                         .arg(c.name, c.datatype)
                         .arg(c.nullable)
                         .arg(c.autoIncrement)
                         .arg(dumpDefault(c.defaultValue), c.comment);
            if (!c.formerNames.isEmpty())
                lines << u"    renamed from " + c.formerNames.join(u" <- ");
        }
        for (const Key &k : t.keys) {
            QStringList parts;
            for (const KeyPart &p : k.parts)
                parts << schema.keyPartName(t, p);
            lines << QStringLiteral("  key %1 [%2] (%3)").arg(k.type, k.name, parts.join(u','));
        }
        for (const ForeignKey &fk : t.foreignKeys) {
            QStringList parts;
            for (const ForeignKeyPart &p : fk.parts) {
                parts << (t.column(p.column) ? t.column(p.column)->name : QStringLiteral("?"))
                        + u"->" + schema.referencedColumnName(fk, p);
            }
            lines << QStringLiteral("  fk [%1] -> %2 (%3) delete=%4 update=%5")
                         .arg(fk.name, schema.referencedTableName(fk), parts.join(u','),
                             referentialActionSql(fk.onDelete), referentialActionSql(fk.onUpdate));
        }
    }
    return lines;
}
