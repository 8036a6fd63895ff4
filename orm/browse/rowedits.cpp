#include "rowedits.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "schema/table.h"
#include "sql/typemapping.h"
#include "values/cellinput.h"
#include "values/valuecodec.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Kind = LogicalType::Kind;

// The engine's words, as a sentence: without PostgreSQL's "ERROR:" and error code around them.
QString reasonOf(const QSqlError &error)
{
    QString text = Connection::errorText(error).simplified();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    return text;
}

void preparePrecision(QSqlQuery &query, const Dialect &dialect)
{
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(dialect.numericalPrecision());
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *reason)
{
    if (!query.prepare(sql)) {
        *reason = reasonOf(query.lastError());
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!Sql::exec(query)) {
        *reason = reasonOf(query.lastError());
        return false;
    }
    return true;
}

} // namespace

RowEdits::RowEdits(SqlEngine engine, const Table &table, const QStringList &keyColumns)
    : m_engine(engine)
    , m_dialect(Dialect::create(engine))
    , m_table(table.name)
    , m_keyColumns(keyColumns)
{
    for (const Column &c : table.columns) {
        m_columns << c.name;
        m_types << TypeMapping::fromDesign(c.datatype);
        m_autoIncrement << (c.autoIncrement || m_types.constLast().serial);
    }
    for (const QString &name : keyColumns) {
        const int index = int(m_columns.indexOf(name));
        m_keyIndexes << index;
        LogicalType hidden; // a ctid is text
        if (m_dialect->integerRowIdentity())
            hidden.kind = Kind::BigInt; // a rowid
        m_keyTypes << (index >= 0 ? m_types.at(index) : hidden);
    }
    m_rowIdName = m_dialect->rowIdentity(m_columns);
}

bool RowEdits::canEdit() const
{
    return !m_keyColumns.isEmpty();
}

QString RowEdits::keyName(qsizetype part) const
{
    // A rowid or ctid by its own name (quoted, SQLite would take "rowid" for a column that
    // is not there); anything else that is not a column quoted, so that the engine's error
    // names it.
    const QString &name = m_keyColumns.at(part);
    if (m_keyIndexes.at(part) < 0) {
        if (m_dialect->isRowIdentity(name))
            return name;
    }
    return m_dialect->quoteIdentifier(name);
}

QVariantList RowEdits::typedKey(const QVariantList &key) const
{
    QVariantList typed;
    typed.reserve(key.size());
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QVariant &part = key.at(i);
        typed << (part.isNull() ? QVariant()
                                : ValueCodec::notNullWhenEmpty(
                                    ValueCodec::fromDatabase(part, m_keyTypes.value(i), m_engine)));
    }
    return typed;
}

QString RowEdits::identity(const QVariantList &typedKey) const
{
    // Each part tagged and length-prefixed, so that no two keys share a spelling.
    QString identity;
    for (qsizetype i = 0; i < typedKey.size(); ++i) {
        const QVariant &v = typedKey.at(i);
        QString text;
        QChar tag = u's';
        if (v.isNull()) {
            identity += u"N;"_s;
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
            tag = u'b';
            text = v.toBool() ? u"1"_s : u"0"_s;
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            tag = u'd';
            text = QString::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QDate:
            tag = u'D';
            text = v.toDate().toString(Qt::ISODate);
            break;
        case QMetaType::QTime:
            tag = u'T';
            text = v.toTime().toString(Qt::ISODateWithMs);
            break;
        case QMetaType::QDateTime:
            tag = u'M';
            text = QString::number(v.toDateTime().toMSecsSinceEpoch());
            break;
        case QMetaType::QByteArray:
            tag = u'x';
            text = QString::fromLatin1(v.toByteArray().toHex());
            break;
        case QMetaType::QString:
            text = m_keyTypes.value(i).kind == Kind::Decimal
                ? CellInput::canonicalDecimal(v.toString())
                : v.toString();
            break;
        default:
            tag = u'i';
            text = v.toString();
            break;
        }
        identity += tag + QString::number(text.size()) + u':' + text;
    }
    return identity;
}

RowEdits::RowChange *RowEdits::change(const QVariantList &key)
{
    const auto it = m_changes.find(identity(typedKey(key)));
    return it == m_changes.end() ? nullptr : &it.value();
}

const RowEdits::RowChange *RowEdits::change(const QVariantList &key) const
{
    if (m_changes.isEmpty()) // what the grid asks of every cell it paints
        return nullptr;
    const auto it = m_changes.constFind(identity(typedKey(key)));
    return it == m_changes.cend() ? nullptr : &it.value();
}

RowEdits::RowChange &RowEdits::changeFor(const QVariantList &key)
{
    const QVariantList typed = typedKey(key);
    const QString id = identity(typed);
    auto it = m_changes.find(id);
    if (it == m_changes.end())
        it = m_changes.insert(id, RowChange {key, typed, {}, false, m_clock++});
    return it.value();
}

void RowEdits::setValue(const QVariantList &key, int column, const QVariant &value)
{
    if (column < 0 || column >= m_columns.size() || key.size() != m_keyColumns.size() || !canEdit())
        return;
    changeFor(key).values.insert(column, value);
}

std::optional<QVariant> RowEdits::value(const QVariantList &key, int column) const
{
    const RowChange *c = change(key);
    if (!c || !c->values.contains(column))
        return std::nullopt;
    return c->values.value(column);
}

bool RowEdits::isChanged(const QVariantList &key) const
{
    return change(key) != nullptr;
}

void RowEdits::revertRow(const QVariantList &key)
{
    m_changes.remove(identity(typedKey(key)));
}

void RowEdits::clearValue(const QVariantList &key, int column)
{
    const QString id = identity(typedKey(key));
    const auto it = m_changes.find(id);
    if (it == m_changes.end())
        return;
    it->values.remove(column);
    if (it->values.isEmpty() && !it->removed)
        m_changes.erase(it);
}

int RowEdits::addRow()
{
    const int number = m_nextNewRow++;
    m_newRows.insert(number, {});
    return number;
}

void RowEdits::setNewValue(int newRow, int column, const QVariant &value)
{
    const auto it = m_newRows.find(newRow);
    if (it != m_newRows.end() && column >= 0 && column < m_columns.size())
        it->insert(column, value);
}

std::optional<QVariant> RowEdits::newValue(int newRow, int column) const
{
    const auto it = m_newRows.constFind(newRow);
    if (it == m_newRows.cend() || !it->contains(column))
        return std::nullopt;
    return it->value(column);
}

void RowEdits::removeNewRow(int newRow)
{
    m_newRows.remove(newRow);
}

QList<int> RowEdits::newRows() const
{
    return m_newRows.keys();
}

void RowEdits::remove(const QVariantList &key)
{
    if (key.size() != m_keyColumns.size() || !canEdit())
        return;
    changeFor(key).removed = true;
}

bool RowEdits::isRemoved(const QVariantList &key) const
{
    const RowChange *c = change(key);
    return c && c->removed;
}

QList<const RowEdits::RowChange *> RowEdits::ordered() const
{
    QList<const RowChange *> changes;
    changes.reserve(m_changes.size());
    for (const RowChange &c : m_changes)
        changes << &c;
    std::sort(changes.begin(), changes.end(),
        [](const RowChange *a, const RowChange *b) { return a->order < b->order; });
    return changes;
}

QList<QVariantList> RowEdits::changedKeys() const
{
    QList<QVariantList> keys;
    for (const RowChange *c : ordered()) {
        if (!c->removed && !c->values.isEmpty())
            keys << c->key;
    }
    return keys;
}

QList<QVariantList> RowEdits::removedKeys() const
{
    QList<QVariantList> keys;
    for (const RowChange *c : ordered()) {
        if (c->removed)
            keys << c->key;
    }
    return keys;
}

int RowEdits::changeCount() const
{
    // Every row in m_changes has updates or is removed (revertRow drops the others).
    return int(m_changes.size() + m_newRows.size());
}

void RowEdits::clear()
{
    m_changes.clear();
    m_newRows.clear();
    m_nextNewRow = 0;
}

QString RowEdits::keyText(const RowChange &change) const
{
    QStringList parts;
    for (qsizetype i = 0; i < change.typedKey.size(); ++i) {
        const QVariant &v = change.typedKey.at(i);
        parts << (v.isNull() ? u"NULL"_s : CellInput::format(v, m_keyTypes.value(i)));
    }
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(u", "_s) + u')';
}

QString RowEdits::keyCondition(
    const RowChange &change, QVariantList *values, const QString &prefix) const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_keyColumns.size(); ++i) {
        const QVariant &v = change.typedKey.value(i);
        const QString column = prefix + keyName(i);
        if (v.isNull()) {
            parts << column + u" IS NULL"_s;
            continue;
        }
        if (m_keyIndexes.at(i) < 0 && m_dialect->isRowIdentity(m_keyColumns.at(i))) {
            parts << m_dialect->rowIdentityEquals(column);
            *values << (m_dialect->integerRowIdentity() ? v : QVariant(v.toString()));
        } else {
            parts << column + u" = ?"_s;
            *values << ValueCodec::toDatabase(v, m_keyTypes.at(i), m_engine);
        }
    }
    return parts.join(u" AND "_s);
}

bool RowEdits::insertRow(const QSqlDatabase &db, QSqlQuery &query,
    const QMap<int, QVariant> &values, QVariantList *key, QString *reason) const
{
    const QString table = m_dialect->quoteIdentifier(m_table);
    QStringList names;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << m_columns.at(it.key());
        bound << ValueCodec::toDatabase(
            ValueCodec::notNullWhenEmpty(it.value()), m_types.at(it.key()), m_engine);
    }
    QString sql = m_dialect->insertStatement(m_table, names);
    if (canEdit()) {
        // A row identity is read as text, as TableQuery reads it.
        QStringList returned;
        for (qsizetype i = 0; i < m_keyColumns.size(); ++i)
            returned << (m_keyIndexes.at(i) < 0 ? m_dialect->castToText(keyName(i)) : keyName(i));
        sql += m_dialect->returningClause(returned);
    }
    if (!run(query, sql, bound, reason))
        return false;

    key->clear();
    if (m_dialect->returnsInsertedRows()) {
        if (query.next()) {
            for (qsizetype i = 0; i < m_keyColumns.size(); ++i)
                *key << ValueCodec::notNullWhenEmpty(
                    ValueCodec::fromDatabase(query.value(int(i)), m_keyTypes.at(i), m_engine));
        }
        return true;
    }
    const QVariant insertId = query.lastInsertId();
    query.finish();
    // The values given, as reading the row back would give them; the others generated.
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < m_keyColumns.size(); ++i) {
        const int column = m_keyIndexes.at(i);
        const QVariant given = column >= 0 ? values.value(column) : QVariant();
        if (given.isNull()) {
            missing << i;
            *key << QVariant();
        } else {
            *key << ValueCodec::notNullWhenEmpty(
                ValueCodec::fromDatabase(ValueCodec::toDatabase(given, m_keyTypes.at(i), m_engine),
                    m_keyTypes.at(i), m_engine));
        }
    }
    if (missing.isEmpty() || !insertId.isValid())
        return true;
    if (m_dialect->integerRowIdentity() && !m_rowIdName.isEmpty()) {
        // The row by its rowid: a rowid key is it, an INTEGER PRIMARY KEY is it under
        // another name, and any other key's defaults are read back.
        QStringList selected;
        for (qsizetype i : std::as_const(missing))
            selected << keyName(i);
        QSqlQuery read(db);
        preparePrecision(read, *m_dialect);
        if (!run(read,
                u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + table + u" WHERE "_s
                    + m_dialect->rowIdentityEquals(m_rowIdName),
                {insertId}, reason))
            return false;
        if (read.next()) {
            for (qsizetype j = 0; j < missing.size(); ++j)
                (*key)[missing.at(j)] = ValueCodec::notNullWhenEmpty(ValueCodec::fromDatabase(
                    read.value(int(j)), m_keyTypes.at(missing.at(j)), m_engine));
        }
        return true;
    }
    // MariaDB: the AUTO_INCREMENT column's value (the one part missing, if none says so).
    qsizetype generated = -1;
    for (qsizetype i : std::as_const(missing)) {
        if (m_keyIndexes.at(i) >= 0 && m_autoIncrement.at(m_keyIndexes.at(i)))
            generated = i;
    }
    if (generated < 0 && missing.size() == 1)
        generated = missing.first();
    if (generated >= 0)
        (*key)[generated] = ValueCodec::fromDatabase(insertId, m_keyTypes.at(generated), m_engine);
    return true;
}

bool RowEdits::rowExists(const QSqlDatabase &db, const RowChange &change, QString *reason) const
{
    QVariantList values;
    const QString condition = keyCondition(change, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
            u"SELECT 1 FROM "_s + m_dialect->quoteIdentifier(m_table) + u" WHERE "_s + condition,
            values, reason))
        return false;
    return query.next();
}

bool RowEdits::updateRow(
    const QSqlDatabase &db, QSqlQuery &query, const RowChange &change, QString *reason) const
{
    QStringList columns;
    QVariantList values;
    for (auto it = change.values.cbegin(); it != change.values.cend(); ++it) {
        columns << m_columns.at(it.key());
        values << ValueCodec::toDatabase(
            ValueCodec::notNullWhenEmpty(it.value()), m_types.at(it.key()), m_engine);
    }
    // The row by its key as it was read, also when the key is among the columns changed.
    const QString condition = keyCondition(change, &values);
    if (!run(query, m_dialect->updateStatement(m_table, columns, condition), values, reason))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    query.finish();
    // MariaDB counts the rows changed, not found: a row given its own values counts none.
    if (m_dialect->countsChangedRowsOnly() && rowExists(db, change, reason))
        return true;
    if (reason->isEmpty())
        *reason = tr("it is no longer in the table (changed or deleted elsewhere). "
                     "Reload the table and make the change again.");
    return false;
}

bool RowEdits::deleteRow(QSqlQuery &query, const RowChange &change, QString *reason) const
{
    QVariantList values;
    const QString condition = keyCondition(change, &values);
    if (!run(query, m_dialect->deleteStatement(m_table, condition), values, reason))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    *reason = tr("it is no longer in the table (changed or deleted elsewhere). "
                 "Reload the table and delete it again.");
    return false;
}

bool RowEdits::apply(const QSqlDatabase &db, QString *error)
{
    if (isEmpty()) {
        m_insertedKeys.clear();
        return true;
    }
    if (!canEdit() && !m_changes.isEmpty()) {
        *error = tr("“%1” has no key to tell its rows apart, so they cannot be changed or "
                    "deleted here. Give the table a primary key to edit its rows.")
                     .arg(m_table);
        return false;
    }
    QSqlDatabase database = db;
    if (!database.transaction()) {
        *error = tr("Cannot save the changes to “%1”: %2")
                     .arg(m_table, reasonOf(database.lastError()));
        return false;
    }
    // One query for the statements, so that a statement that failed is freed after the
    // rollback: PostgreSQL refuses to free it inside the failed transaction.
    QSqlQuery statement(database);
    preparePrecision(statement, *m_dialect);
    QString failure;
    // Deletes first: a new row may take the key or a unique value of a row deleted for it.
    const QList<const RowChange *> changes = ordered();
    m_refusedDelete.reset();
    for (const RowChange *c : changes) {
        if (!failure.isEmpty())
            break;
        QString reason;
        if (c->removed && !deleteRow(statement, *c, &reason)) {
            failure = tr("Deleting row %1 of “%2”: %3").arg(keyText(*c), m_table, reason);
            m_refusedDelete = *c;
        }
    }
    QList<QVariantList> inserted;
    int number = 0;
    for (auto it = m_newRows.cbegin(); failure.isEmpty() && it != m_newRows.cend(); ++it) {
        ++number;
        QVariantList key;
        QString reason;
        if (insertRow(database, statement, it.value(), &key, &reason))
            inserted << key;
        else
            failure = tr("New row %1 of “%2”: %3").arg(QString::number(number), m_table, reason);
    }
    for (const RowChange *c : changes) {
        if (!failure.isEmpty())
            break;
        QString reason;
        if (!c->removed && !c->values.isEmpty() && !updateRow(database, statement, *c, &reason))
            failure = tr("Row %1 of “%2”: %3").arg(keyText(*c), m_table, reason);
    }
    statement.finish();
    if (failure.isEmpty() && !database.commit())
        failure = tr("Cannot save the changes to “%1”: %2")
                      .arg(m_table, reasonOf(database.lastError()));
    if (!failure.isEmpty()) {
        database.rollback();
        *error = failure + u' ' + tr("Nothing was saved.");
        return false;
    }
    m_insertedKeys = inserted;
    clear();
    return true;
}

namespace {

constexpr int MaxCascadeDepth = 8;

// The column of `parent` a foreign key part refers to.
const Column *referencedColumn(const Table &parent, const ForeignKeyPart &part)
{
    if (part.referencedColumn != NoObject)
        return parent.column(part.referencedColumn);
    return parent.columnByName(part.referencedColumnName);
}

} // namespace

QList<std::pair<QString, qint64>> RowEdits::refusedDeleteReferrers(
    const QSqlDatabase &db, const Schema &schema) const
{
    if (!m_refusedDelete)
        return {};
    const Table *deleted = schema.tableByName(m_table);
    if (!deleted)
        return {};
    QMap<QString, qint64> counts;
    // Rows of `table` (alias t<depth>) that `condition` picks go; what refers to them counts
    // when its foreign key would refuse, and is followed when it cascades. Each level names
    // the one before it inside EXISTS, so every count is one query.
    const std::function<void(const Table &, const QString &, const QVariantList &, int)> follow
        = [&](const Table &table, const QString &condition, const QVariantList &values, int depth) {
              const QString alias = u't' + QString::number(depth);
              const QString inner = u't' + QString::number(depth + 1);
              for (const Table &other : schema.tables()) {
                  for (const ForeignKey &fk : other.foreignKeys) {
                      if (schema.referencedTableName(fk) != table.name)
                          continue;
                      if (fk.onDelete == ReferentialAction::SetNull
                          || fk.onDelete == ReferentialAction::SetDefault)
                          continue;
                      QStringList joins;
                      for (const ForeignKeyPart &part : fk.parts) {
                          const Column *from = other.column(part.column);
                          const Column *to = referencedColumn(table, part);
                          if (!from || !to) {
                              joins.clear();
                              break;
                          }
                          joins << alias + u'.' + m_dialect->quoteIdentifier(to->name) + u" = "_s
                                  + inner + u'.' + m_dialect->quoteIdentifier(from->name);
                      }
                      if (joins.isEmpty())
                          continue;
                      QString referring = u"EXISTS (SELECT 1 FROM "_s
                          + m_dialect->quoteIdentifier(table.name) + u' ' + alias + u" WHERE "_s
                          + condition + u" AND "_s + joins.join(u" AND "_s) + u')';
                      QVariantList referringValues = values;
                      // The row itself, referring to itself, goes with itself.
                      if (depth == 0 && other.name == m_table)
                          referring += u" AND NOT ("_s
                              + keyCondition(*m_refusedDelete, &referringValues, inner + u'.')
                              + u')';
                      if (fk.onDelete == ReferentialAction::Cascade) {
                          if (depth < MaxCascadeDepth)
                              follow(other, referring, referringValues, depth + 1);
                          continue;
                      }
                      QSqlQuery query(db);
                      query.setForwardOnly(true);
                      QString reason;
                      if (run(query,
                              u"SELECT COUNT(*) FROM "_s + m_dialect->quoteIdentifier(other.name)
                                  + u' ' + inner + u" WHERE "_s + referring,
                              referringValues, &reason)
                          && query.next() && query.value(0).toLongLong() > 0)
                          counts[other.name] += query.value(0).toLongLong();
                  }
              }
          };
    QVariantList values;
    const QString condition = keyCondition(*m_refusedDelete, &values, u"t0."_s);
    follow(*deleted, condition, values, 0);
    QList<std::pair<QString, qint64>> referrers;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        referrers.append({it.key(), it.value()});
    std::stable_sort(referrers.begin(), referrers.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    return referrers;
}

QString RowEdits::refusedDeleteMessage(const QSqlDatabase &db, const Schema &schema) const
{
    const QList<std::pair<QString, qint64>> referrers = refusedDeleteReferrers(db, schema);
    if (referrers.isEmpty())
        return {};
    QStringList parts;
    for (const auto &[table, rows] : referrers)
        parts << tr("%n row(s) of %1", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(table);
    const QString row = m_table + u' ' + keyText(*m_refusedDelete);
    const QString list = QLocale().createSeparatedList(parts);
    if (referrers.size() == 1 && referrers.first().second == 1)
        return tr("Cannot delete %1: %2 refers to it. Delete or change that row first.")
            .arg(row, list);
    return tr("Cannot delete %1: %2 refer to it. Delete or change those rows first.")
        .arg(row, list);
}
