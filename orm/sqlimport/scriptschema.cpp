#include "scriptschema.h"

#include "sqlscriptimporter.h"

#include "database/schemaimporter.h"
#include "dialects/cataloguequery.h"
#include "dialects/dialect.h"
#include "xml/datatypecataloguereader.h"

#include <algorithm>

ScriptSchema::ScriptSchema(SqlImportReport &report, const Dialect &dialect, SqlEngine engine)
    : m_report(report)
    , m_dialect(dialect)
    , m_engine(engine)
{
}

void ScriptSchema::begin(const SqlStatement &statement)
{
    m_entry = SqlStatementReport();
    m_entry.line = statement.line;
    m_entry.column = statement.column;
    m_entry.summary = SqlStatementReport::summarise(statement.text);
    m_noise = SqlScriptImporter::noiseReason(statement, m_engine);
    m_error = statement.error;
    m_skip.clear();
}

void ScriptSchema::end()
{
    if (!m_error.isEmpty()) {
        m_entry.outcome = SqlStatementReport::Outcome::Failed;
        m_entry.reason = m_error;
    } else if (!m_noise.isEmpty() || !m_skip.isEmpty()) {
        m_entry.outcome = SqlStatementReport::Outcome::Skipped;
        m_entry.reason = m_noise.isEmpty() ? m_skip : m_noise;
    }
    m_report.statements << m_entry;
}

bool ScriptSchema::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ScriptSchema::skip(const QString &reason)
{
    m_skip = reason;
    return true;
}

Table *ScriptSchema::table(const QString &name)
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.cend() ? nullptr : schema().table(it.value());
}

bool ScriptSchema::knownTable(const QString &name, ObjectId *id)
{
    const auto it = m_tables.constFind(name);
    if (it == m_tables.cend())
        return fail(tr("there is no table \"%1\" (yet) in the script").arg(name));
    *id = it.value();
    return true;
}

ObjectId ScriptSchema::addTable(const QString &name)
{
    const ObjectId id = schema().addTable(name).id;
    m_tables.insert(name, id);
    return id;
}

void ScriptSchema::removeTable(ObjectId id)
{
    if (const Table *t = schema().table(id))
        m_tables.remove(t->name);
    schema().tables().removeIf([id](const Table &t) { return t.id == id; });
    m_foreignKeys.removeIf([id](const PendingForeignKey &fk) { return fk.table == id; });
}

void ScriptSchema::renameTable(ObjectId id, const QString &name)
{
    Table *t = schema().table(id);
    m_tables.remove(t->name);
    m_tables.insert(name, id);
    t->name = name;
}

bool ScriptSchema::dropTables(const QStringList &names, bool ifExists)
{
    bool dropped = false;
    for (const QString &name : names) {
        const auto it = m_tables.constFind(name);
        if (it == m_tables.cend()) {
            if (!ifExists)
                return fail(tr("there is no table \"%1\" to drop").arg(name));
            continue;
        }
        removeTable(it.value());
        dropped = true;
    }
    return dropped || skip(tr("no such table yet"));
}

ScriptSchema::Snapshot ScriptSchema::snapshot(ObjectId table) const
{
    return {*m_report.schema.table(table), m_foreignKeys.size()};
}

void ScriptSchema::restore(ObjectId table, const Snapshot &snapshot)
{
    renameTable(table, snapshot.table.name);
    *schema().table(table) = snapshot.table;
    if (m_foreignKeys.size() > snapshot.foreignKeys)
        m_foreignKeys.resize(snapshot.foreignKeys);
}

bool ScriptSchema::addKey(
    ObjectId tableId, const QString &type, const QString &name, const QStringList &columns)
{
    Table *table = schema().table(tableId);
    QList<ObjectId> ids;
    for (const QString &c : columns) {
        const Column *column = table->columnByName(c);
        if (!column)
            return fail(tr("\"%1\" has no column \"%2\"").arg(table->name, c));
        ids << column->id;
    }
    if (type == Key::Primary) {
        if (table->primaryKey())
            return fail(tr("\"%1\" has two primary keys").arg(table->name));
        for (Column &c : table->columns) {
            if (ids.contains(c.id))
                c.setNullable(false);
        }
    }
    schema().addKey(*table, type, ids, name);
    return true;
}

bool ScriptSchema::dropColumn(ObjectId tableId, const QString &name)
{
    Table *table = schema().table(tableId);
    const Column *column = table->columnByName(name);
    if (!column)
        return fail(tr("\"%1\" has no column \"%2\"").arg(table->name, name));
    const ObjectId id = column->id;
    for (Key &k : table->keys)
        k.parts.removeIf([id](const KeyPart &p) { return p.column == id; });
    table->keys.removeIf([](const Key &k) { return k.parts.isEmpty(); });
    table->columns.removeAt(table->columnIndex(id));
    return true;
}

void ScriptSchema::pendForeignKey(PendingForeignKey foreignKey)
{
    foreignKey.statement = m_report.statements.size();
    m_foreignKeys << foreignKey;
}

void ScriptSchema::dropForeignKey(ObjectId table, const QString &name)
{
    m_foreignKeys.removeIf(
        [&](const PendingForeignKey &p) { return p.table == table && p.name == name; });
}

QString ScriptSchema::freeKeyName(const Table &table, const QString &wanted)
{
    const auto taken = [&](const QString &name) {
        return std::any_of(table.keys.cbegin(), table.keys.cend(),
            [&](const Key &k) { return k.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString name = wanted + u'_' + QString::number(n);
        if (!taken(name))
            return name;
    }
}

void ScriptSchema::finish(bool indexForeignKeys)
{
    Schema &s = schema();
    for (const PendingForeignKey &p : std::as_const(m_foreignKeys)) {
        Table *table = s.table(p.table);
        const Table *target = this->table(p.target);
        QString problem;
        QList<ObjectId> from, to;
        for (const QString &c : p.columns) {
            const Column *column = table->columnByName(c);
            from << (column ? column->id : NoObject);
            if (!column)
                problem = tr("\"%1\" has no column \"%2\"").arg(table->name, c);
        }
        QStringList targetColumns = p.targetColumns;
        if (target && targetColumns.isEmpty() && target->primaryKey()) {
            for (const KeyPart &part : target->primaryKey()->parts)
                targetColumns << s.keyPartName(*target, part);
        }
        if (!target)
            problem = tr("the foreign key %1 references \"%2\", which the script does not create")
                          .arg(CatalogueQuery::quoted(p.name), p.target);
        for (const QString &c : std::as_const(targetColumns)) {
            const Column *column = target ? target->columnByName(c) : nullptr;
            to << (column ? column->id : NoObject);
            if (target && !column)
                problem = tr("the foreign key %1 references \"%2\".\"%3\", which does not exist")
                              .arg(CatalogueQuery::quoted(p.name), p.target, c);
        }
        if (problem.isEmpty() && from.size() != to.size())
            problem = tr("the foreign key %1 has %2 columns but references %3")
                          .arg(CatalogueQuery::quoted(p.name))
                          .arg(from.size())
                          .arg(to.size());
        if (!problem.isEmpty()) {
            // The table stays, as the statement made it but for this foreign key.
            problem = tr("%1; the rest of the statement imported").arg(problem);
            SqlStatementReport &entry = m_report.statements[p.statement];
            entry.outcome = SqlStatementReport::Outcome::Failed;
            entry.reason = entry.reason.isEmpty() ? problem : entry.reason + u"; " + problem;
            continue;
        }
        const bool served
            = std::any_of(table->keys.cbegin(), table->keys.cend(), [&](const Key &k) {
                  if (k.parts.size() < from.size())
                      return false;
                  for (qsizetype i = 0; i < from.size(); ++i) {
                      if (k.parts.at(i).column != from.at(i))
                          return false;
                  }
                  return true;
              });
        if (indexForeignKeys && !served) {
            const QString name = p.indexName.isEmpty() ? p.name : p.indexName;
            s.addKey(*table, Key::Index, from, freeKeyName(*table, name));
        }
        ForeignKey &fk = s.addForeignKey(*table, from, *target, to, p.name);
        fk.onDelete = p.onDelete;
        fk.onUpdate = p.onUpdate;
    }
    s.setCatalogue(DatatypeCatalogueReader::bundled(m_dialect.designCatalogue()));
    SchemaImporter::tidy(s, m_dialect);
}
