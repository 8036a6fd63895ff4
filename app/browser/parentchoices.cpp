#include "parentchoices.h"

#include "browser/relationtext.h"

#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"
#include "values/cellinput.h"
#include "values/valuecodec.h"

#include <QSqlQuery>

namespace {

constexpr int MaxChoices = 1000; // parent rows a foreign-key picker lists

// The column that names a row best, for the foreign-key picker: one called name, title or
// the like, else the first text column that is not the key.
const Column *labelColumn(const Table &table, const QStringList &keyColumns)
{
    static const QStringList preferred
        = {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("label"),
            QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("code")};
    for (const QString &name : preferred) {
        for (const Column &c : table.columns) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0 && !keyColumns.contains(c.name))
                return &c;
        }
    }
    for (const Column &c : table.columns) {
        if (!keyColumns.contains(c.name) && TypeMapping::fromDesign(c.datatype).isText())
            return &c;
    }
    return nullptr;
}

} // namespace

QList<CellDelegate::Choice> ParentChoices::forColumn(
    const QSqlDatabase &db, SqlEngine engine, const Schema &schema, const Table &table, int column)
{
    QList<CellDelegate::Choice> choices;
    if (column < 0 || column >= table.columns.size())
        return choices;
    const ObjectId columnId = table.columns.at(column).id;
    for (const ForeignKey &fk : table.foreignKeys) {
        // A single-column foreign key: a composite one is typed column by column.
        if (fk.parts.size() != 1 || fk.parts.first().column != columnId)
            continue;
        const Table *parent = schema.tableByName(schema.referencedTableName(fk));
        const Column *to
            = parent ? RelationText::referencedColumn(*parent, fk.parts.first()) : nullptr;
        if (!to)
            return choices;
        const Column *label = labelColumn(*parent, {to->name});
        const Dialect &dialect = Dialect::forEngine(engine);
        const LogicalType keyType = TypeMapping::fromDesign(to->datatype);
        QString sql = QStringLiteral("SELECT ") + dialect.quoteIdentifier(to->name);
        if (label)
            sql += QStringLiteral(", ") + dialect.quoteIdentifier(label->name);
        sql += QStringLiteral(" FROM ") + dialect.quoteIdentifier(parent->name)
            + QStringLiteral(" ORDER BY 1 LIMIT ") + QString::number(MaxChoices);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!Sql::exec(query, sql))
            return choices;
        while (query.next()) {
            const QVariant value = ValueCodec::fromDatabase(query.value(0), keyType, engine);
            QString text = CellInput::format(value, keyType);
            if (label && !query.value(1).isNull())
                text += QStringLiteral(" — ") + query.value(1).toString().left(80);
            choices.append({value, text});
        }
        return choices;
    }
    return choices;
}
