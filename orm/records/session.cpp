#include "session.h"

#include "analysis/tableorder.h"
#include "database/batchinserter.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"
#include "values/valuecodec.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

// How a table of the design maps onto the database: the physical tables of its joined
// inheritance chain (root first), and for a single-table subclass the discriminator value
// that picks its rows out of the root's table.
struct Session::TableMap
{
    QString name;
    QList<const Table *> chain;
    QStringList keyColumns; // the root's primary key
    QString discriminator; // the root's discriminator column, if any
    QString identity; // a single-table subclass's discriminator value (a filter)
    QString ownIdentity; // the identity rows of exactly this table get
    QStringList joinedChildren; // tables whose rows are also rows of this one
    QStringList columns; // selected, in order
    QList<LogicalType> types; // of `columns`
};

namespace {

QString alias(qsizetype i)
{
    return u't' + QString::number(i);
}

QStringList columnNames(const Table &t, const QList<ObjectId> &ids)
{
    QStringList names;
    for (ObjectId id : ids)
        names << t.column(id)->name;
    return names;
}

QList<ObjectId> keyIds(const Table &t)
{
    QList<ObjectId> ids;
    if (const Key *pk = t.primaryKey()) {
        for (const KeyPart &p : pk->parts)
            ids << p.column;
    }
    return ids;
}

} // namespace

Session::Session(Connection &connection, const Schema &schema)
    : m_connection(connection)
    , m_dialect(connection.dialect())
    , m_design(schema)
    , m_physical(DdlWriter::physicalSchema(schema))
    , m_relationships(findRelationships(m_physical))
{
}

bool Session::fail(const QString &message)
{
    m_error = message;
    return false;
}

const Session::TableMap *Session::map(const QString &tableName)
{
    if (const auto it = m_maps.constFind(tableName); it != m_maps.cend())
        return it->get();
    const Table *design = m_design.tableByName(tableName);
    if (!design) {
        fail(tr("There is no table \"%1\".").arg(tableName));
        return nullptr;
    }
    auto m = std::make_shared<TableMap>();
    m->name = tableName;
    m->ownIdentity = design->inheritance.identity;

    // A single-table subclass lives in its root's table.
    const Table *physical = m_physical.tableByName(tableName);
    if (!physical) {
        const Table *root = design;
        while (root->inheritance.kind == Inheritance::Kind::Single
            && m_design.table(root->inheritance.parent))
            root = m_design.table(root->inheritance.parent);
        physical = m_physical.tableByName(root->name);
        m->identity
            = design->inheritance.identity.isEmpty() ? tableName : design->inheritance.identity;
        m->ownIdentity = m->identity;
    }
    if (!physical) {
        fail(tr("There is no table \"%1\" in the database's design.").arg(tableName));
        return nullptr;
    }
    // Up the joined chain: the parent of a joined child is the table its key references.
    QList<const Table *> chain {physical};
    for (bool more = true; more;) {
        more = false;
        for (const Relationship &r : m_relationships) {
            if (r.kind == Relationship::Kind::JoinedInheritance && r.table == chain.first()->id
                && !chain.contains(m_physical.table(r.target))) {
                chain.prepend(m_physical.table(r.target));
                more = true;
                break;
            }
        }
    }
    m->chain = chain;
    m->keyColumns = columnNames(*chain.first(), keyIds(*chain.first()));
    const Table *designRoot = m_design.tableByName(chain.first()->name);
    if (designRoot) {
        if (const Column *c = designRoot->column(designRoot->inheritance.discriminator))
            m->discriminator = c->name;
    }
    if (m->identity.isEmpty()) {
        for (const Relationship &r : m_relationships) {
            if (r.kind == Relationship::Kind::JoinedInheritance && r.target == physical->id)
                m->joinedChildren << m_physical.table(r.table)->name;
        }
    }
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QList<ObjectId> key = keyIds(*chain.at(i));
        for (const Column &c : chain.at(i)->columns) {
            if ((i > 0 && key.contains(c.id)) || m->columns.contains(c.name))
                continue;
            m->columns << c.name;
            m->types << TypeMapping::fromDesign(c.datatype);
        }
    }
    m_maps.insert(tableName, m);
    return m.get();
}

QString Session::selectSql(const TableMap &m, QStringList *columns) const
{
    QStringList selected;
    QString from = m_dialect.quoteIdentifier(m.chain.first()->name) + u' ' + alias(0);
    for (qsizetype i = 0; i < m.chain.size(); ++i) {
        const Table &t = *m.chain.at(i);
        const QList<ObjectId> key = keyIds(t);
        for (const Column &c : t.columns) {
            if ((i > 0 && key.contains(c.id)) || columns->contains(c.name))
                continue;
            selected << alias(i) + u'.' + m_dialect.quoteIdentifier(c.name);
            *columns << c.name;
        }
        if (i == 0)
            continue;
        // Joined to its parent by the foreign key that is its primary key.
        for (const ForeignKey &fk : t.foreignKeys) {
            if (fk.referencedTable != m.chain.at(i - 1)->id)
                continue;
            QStringList on;
            for (const ForeignKeyPart &p : fk.parts)
                on << alias(i) + u'.' + m_dialect.quoteIdentifier(t.column(p.column)->name)
                        + QStringLiteral(" = ") + alias(i - 1) + u'.'
                        + m_dialect.quoteIdentifier(
                            m.chain.at(i - 1)->column(p.referencedColumn)->name);
            from += QStringLiteral(" JOIN ") + m_dialect.quoteIdentifier(t.name) + u' ' + alias(i)
                + QStringLiteral(" ON ") + on.join(QStringLiteral(" AND "));
            break;
        }
    }
    return QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + from;
}

QList<Record> Session::fetch(
    const TableMap &m, const QString &where, const QVariantList &values, const QString &tail)
{
    QStringList columns;
    QString sql = selectSql(m, &columns);
    QStringList conditions;
    if (!where.isEmpty())
        conditions << where;
    QVariantList bound = values;
    if (!m.identity.isEmpty() && !m.discriminator.isEmpty()) {
        conditions << alias(0) + u'.' + m_dialect.quoteIdentifier(m.discriminator)
                + QStringLiteral(" = ?");
        bound << m.identity;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += tail;

    QList<Record> records;
    QString error;
    QSqlQuery *query = prepared(sql, &error);
    if (!query) {
        fail(tr("Cannot read \"%1\": %2").arg(m.name, error));
        return records;
    }
    for (qsizetype i = 0; i < bound.size(); ++i)
        query->bindValue(int(i), bound.at(i));
    if (!Sql::exec(*query)) {
        fail(tr("Cannot read \"%1\": %2").arg(m.name, Connection::errorText(query->lastError())));
        query->finish();
        return records;
    }
    const SqlEngine engine = m_dialect.engine();
    while (query->next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i)
            row << ValueCodec::fromDatabase(query->value(int(i)), m.types.value(i), engine);
        records << Record(m.name, columns, row);
    }
    query->finish(); // the statement is kept, without holding a read open
    m_error.clear();
    return records;
}

QSqlQuery *Session::prepared(const QString &sql, QString *error)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(m_connection.database());
    query->setForwardOnly(true);
    query->setNumericalPrecisionPolicy(QSql::HighPrecision); // decimals as exact text
    if (!query->prepare(sql)) {
        *error = Connection::errorText(query->lastError());
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

QStringList Session::keyColumns(const QString &table) const
{
    const auto it = m_maps.constFind(table);
    if (it != m_maps.cend())
        return it.value()->keyColumns;
    return const_cast<Session *>(this)->map(table) ? m_maps.value(table)->keyColumns
                                                   : QStringList();
}

QVariantList Session::keyOf(const Record &record) const
{
    QVariantList key;
    for (const QString &column : keyColumns(record.table()))
        key << record.value(column);
    return key;
}

static QString keyCondition(const QStringList &columns, const Dialect &d, const QString &prefix,
    const QString &op = QStringLiteral("="))
{
    QStringList quoted;
    QStringList marks;
    for (const QString &c : columns) {
        quoted << prefix + d.quoteIdentifier(c);
        marks << QStringLiteral("?");
    }
    if (columns.size() == 1)
        return quoted.first() + u' ' + op + QStringLiteral(" ?");
    if (op == u"=") {
        QStringList parts;
        for (const QString &q : quoted)
            parts << q + QStringLiteral(" = ?");
        return parts.join(QStringLiteral(" AND "));
    }
    return u'(' + quoted.join(QStringLiteral(", ")) + QStringLiteral(") ") + op
        + QStringLiteral(" (") + marks.join(QStringLiteral(", ")) + u')';
}

Record Session::resolveType(const Record &record)
{
    const TableMap *m = map(record.table());
    if (!m)
        return record;
    // The discriminator names the most specific table, where the design says which.
    if (!m->discriminator.isEmpty() && m->identity.isEmpty()) {
        const QString value = record.value(m->discriminator).toString();
        for (const Table &t : m_design.tables()) {
            if (t.name == record.table() || t.inheritance.identity != value || value.isEmpty())
                continue;
            const TableMap *other = map(t.name);
            if (!other || other->chain.first() != m->chain.first())
                continue;
            if (!other->identity.isEmpty()) // a single-table subclass: same row, its name
                return Record(t.name, record.columns(), record.values());
            if (other->chain.size() > m->chain.size()) {
                if (const std::optional<Record> specific = get(t.name, keyOf(record)))
                    return *specific;
            }
        }
        return record;
    }
    // Without one, the joined child table that has a row with this key.
    for (const QString &child : m->joinedChildren) {
        const TableMap *c = map(child);
        if (!c)
            continue;
        const QList<Record> rows
            = fetch(*c, keyCondition(c->keyColumns, m_dialect, alias(0) + u'.'), keyOf(record));
        if (!rows.isEmpty())
            return resolveType(rows.first());
    }
    return record;
}

std::optional<Record> Session::get(const QString &table, const QVariantList &key)
{
    const TableMap *m = map(table);
    if (!m)
        return std::nullopt;
    if (key.size() != m->keyColumns.size()) {
        fail(tr("The key of \"%1\" has %n column(s).", nullptr, int(m->keyColumns.size()))
                 .arg(table));
        return std::nullopt;
    }
    const QList<Record> rows
        = fetch(*m, keyCondition(m->keyColumns, m_dialect, alias(0) + u'.'), key);
    if (rows.isEmpty())
        return std::nullopt;
    return resolveType(rows.first());
}

QList<Record> Session::page(const QString &table, int limit, const QVariantList &after)
{
    const TableMap *m = map(table);
    if (!m)
        return {};
    QStringList order;
    for (const QString &c : m->keyColumns)
        order << alias(0) + u'.' + m_dialect.quoteIdentifier(c);
    const QString tail
        = (order.isEmpty() ? QString()
                           : QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")))
        + QStringLiteral(" LIMIT ") + QString::number(std::max(0, limit));
    const QList<Record> rows = after.isEmpty() || order.isEmpty()
        ? fetch(*m, QString(), {}, tail)
        : fetch(*m, keyCondition(m->keyColumns, m_dialect, alias(0) + u'.', QStringLiteral(">")),
            after, tail);
    QList<Record> result;
    result.reserve(rows.size());
    for (const Record &r : rows)
        result << resolveType(r);
    return result;
}

std::optional<qint64> Session::count(const QString &table)
{
    const TableMap *m = map(table);
    if (!m)
        return std::nullopt;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ")
        + m_dialect.quoteIdentifier(m->chain.last()->name);
    QVariantList bound;
    if (!m->identity.isEmpty() && !m->discriminator.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + m_dialect.quoteIdentifier(m->discriminator)
            + QStringLiteral(" = ?");
        bound << m->identity;
    }
    QSqlQuery query(m_connection.database());
    query.prepare(sql);
    for (const QVariant &v : bound)
        query.addBindValue(v);
    if (!Sql::exec(query) || !query.next()) {
        fail(tr("Cannot count \"%1\": %2").arg(table, Connection::errorText(query.lastError())));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

const ForeignKey *Session::foreignKey(const QString &table, const QStringList &columns) const
{
    // A single-table subclass's foreign keys live in its root's table.
    const Table *design = m_design.tableByName(table);
    while (design && design->inheritance.kind == Inheritance::Kind::Single
        && m_design.table(design->inheritance.parent))
        design = m_design.table(design->inheritance.parent);
    const Table *t = m_physical.tableByName(design ? design->name : table);
    if (!t)
        return nullptr;
    for (const ForeignKey &fk : t->foreignKeys) {
        QStringList names;
        for (const ForeignKeyPart &p : fk.parts)
            names << t->column(p.column)->name;
        if (names == columns)
            return &fk;
    }
    return nullptr;
}

std::optional<Record> Session::parent(const Record &child, const ForeignKey &fk)
{
    const Table *target = m_physical.table(fk.referencedTable);
    const Table *owner = m_physical.tableOf(fk.id);
    if (!target || !owner)
        return std::nullopt;
    QVariantList values;
    QStringList referenced;
    for (const ForeignKeyPart &p : fk.parts) {
        values << child.value(owner->column(p.column)->name);
        referenced << target->column(p.referencedColumn)->name;
        if (values.last().isNull())
            return std::nullopt; // no parent
    }
    const TableMap *m = map(target->name);
    if (!m)
        return std::nullopt;
    if (referenced == m->keyColumns)
        return get(target->name, values);
    const QList<Record> rows
        = fetch(*m, keyCondition(referenced, m_dialect, alias(m->chain.size() - 1) + u'.'), values);
    if (rows.isEmpty())
        return std::nullopt;
    return resolveType(rows.first());
}

QList<Record> Session::children(const Record &parentRecord, const ForeignKey &fk)
{
    return children(parentRecord, fk, 0, {});
}

QList<Record> Session::children(
    const Record &parentRecord, const ForeignKey &fk, int limit, const QVariantList &after)
{
    const Table *owner = m_physical.tableOf(fk.id);
    const Table *target = m_physical.table(fk.referencedTable);
    if (!owner || !target)
        return {};
    const TableMap *m = map(owner->name);
    if (!m)
        return {};
    QVariantList values;
    QStringList columns;
    for (const ForeignKeyPart &p : fk.parts) {
        values << parentRecord.value(target->column(p.referencedColumn)->name);
        columns << owner->column(p.column)->name;
    }
    QString where = keyCondition(columns, m_dialect, alias(m->chain.size() - 1) + u'.');
    QString tail;
    if (!m->keyColumns.isEmpty()) { // a table without a key has no order to page by
        if (!after.isEmpty()) {
            where += QStringLiteral(" AND ")
                + keyCondition(m->keyColumns, m_dialect, alias(0) + u'.', QStringLiteral(">"));
            values += after;
        }
        QStringList order;
        for (const QString &c : m->keyColumns)
            order << alias(0) + u'.' + m_dialect.quoteIdentifier(c);
        tail = QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
        if (limit > 0)
            tail += QStringLiteral(" LIMIT ") + QString::number(limit);
    }
    const QList<Record> rows = fetch(*m, where, values, tail);
    QList<Record> result;
    result.reserve(rows.size());
    for (const Record &r : rows)
        result << resolveType(r);
    return result;
}

QList<Record> Session::subtree(const Record &root, const ForeignKey &fk)
{
    QList<Record> result;
    QList<Record> frontier {root};
    QSet<QString> seen; // keys as text: a cycle in the data must not loop forever
    while (!frontier.isEmpty()) {
        QList<Record> next;
        for (const Record &node : frontier) {
            for (const Record &child : children(node, fk)) {
                QStringList key;
                for (const QVariant &v : keyOf(child))
                    key << v.toString();
                if (seen.contains(key.join(u'\x1f')))
                    continue;
                seen.insert(key.join(u'\x1f'));
                result << child;
                next << child;
            }
        }
        frontier = next;
    }
    return result;
}

std::optional<Relationship> Session::manyToMany(const QString &associationTable) const
{
    const Table *t = m_physical.tableByName(associationTable);
    for (const Relationship &r : m_relationships) {
        if (t && r.table == t->id
            && (r.kind == Relationship::Kind::ManyToMany
                || r.kind == Relationship::Kind::SelfManyToMany))
            return r;
    }
    return std::nullopt;
}

QList<Record> Session::partners(
    const Record &record, const Relationship &relationship, bool reverse)
{
    const Table *association = m_physical.table(relationship.table);
    if (!association)
        return {};
    const ForeignKey *self = nullptr;
    const ForeignKey *other = nullptr;
    for (const ForeignKey &fk : association->foreignKeys) {
        if (fk.id == (reverse ? relationship.secondForeignKey : relationship.foreignKey))
            self = &fk;
        if (fk.id == (reverse ? relationship.foreignKey : relationship.secondForeignKey))
            other = &fk;
    }
    if (!self || !other)
        return {};
    const Table *selfTarget = m_physical.table(self->referencedTable);
    const Table *otherTarget = m_physical.table(other->referencedTable);
    const TableMap *m = map(otherTarget->name);
    if (!m)
        return {};
    QStringList columns;
    QString sql = selectSql(*m, &columns);
    const QString last = alias(m->chain.size() - 1);
    QStringList on, where;
    QVariantList values;
    for (const ForeignKeyPart &p : other->parts)
        on << QStringLiteral("a.") + m_dialect.quoteIdentifier(association->column(p.column)->name)
                + QStringLiteral(" = ") + last + u'.'
                + m_dialect.quoteIdentifier(otherTarget->column(p.referencedColumn)->name);
    for (const ForeignKeyPart &p : self->parts) {
        where << QStringLiteral("a.")
                + m_dialect.quoteIdentifier(association->column(p.column)->name)
                + QStringLiteral(" = ?");
        values << record.value(selfTarget->column(p.referencedColumn)->name);
    }
    QStringList order;
    for (const QString &c : m->keyColumns)
        order << alias(0) + u'.' + m_dialect.quoteIdentifier(c);
    // The association table joins in as "a".
    const QString tail = QStringLiteral(" JOIN ") + m_dialect.quoteIdentifier(association->name)
        + QStringLiteral(" a ON ") + on.join(QStringLiteral(" AND ")) + QStringLiteral(" WHERE ")
        + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ")
        + order.join(QStringLiteral(", "));
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QList<Record> result;
    if (!query.prepare(sql + tail)) {
        fail(tr("Cannot read \"%1\": %2")
                 .arg(association->name, Connection::errorText(query.lastError())));
        return result;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!Sql::exec(query)) {
        fail(tr("Cannot read \"%1\": %2")
                 .arg(association->name, Connection::errorText(query.lastError())));
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (qsizetype i = 0; i < columns.size(); ++i)
            row << ValueCodec::fromDatabase(
                query.value(int(i)), m->types.value(i), m_dialect.engine());
        result << resolveType(Record(m->name, columns, row));
    }
    return result;
}

Session::Pending Session::add(const Record &record)
{
    const Pending pending = m_nextPending++;
    m_changes.append({Change::Kind::Insert, record, {}, {}, pending});
    return pending;
}

void Session::refer(Pending child, const ForeignKey &fk, Pending parent)
{
    m_references.append({child, fk.id, parent});
}

void Session::update(const Record &record)
{
    m_changes.append({Change::Kind::Update, record, {}, {}, -1});
}

void Session::remove(const Record &record)
{
    m_changes.append({Change::Kind::Delete, record, {}, {}, -1});
}

void Session::link(const Record &a, const Record &b, const Relationship &relationship)
{
    m_changes.append({Change::Kind::Link, a, b, relationship, -1});
}

void Session::unlink(const Record &a, const Record &b, const Relationship &relationship)
{
    m_changes.append({Change::Kind::Unlink, a, b, relationship, -1});
}

bool Session::hasPendingChanges() const
{
    return !m_changes.isEmpty();
}

void Session::discardPendingChanges()
{
    m_changes.clear();
    m_references.clear();
}

bool Session::insert(Record &record)
{
    const TableMap *m = map(record.table());
    if (!m)
        return false;
    // The discriminator says what the row is, unless the caller said it already.
    if (!m->discriminator.isEmpty() && record.value(m->discriminator).isNull()) {
        const QString identity = m->identity.isEmpty() ? m->ownIdentity : m->identity;
        if (!identity.isEmpty())
            record.setValue(m->discriminator, identity);
    }
    const SqlEngine engine = m_dialect.engine();
    QVariantList key;
    for (qsizetype i = 0; i < m->chain.size(); ++i) {
        const Table &t = *m->chain.at(i);
        const QList<ObjectId> keyColumnIds = keyIds(t);
        QStringList names;
        QVariantList values;
        QStringList generated;
        for (const Column &c : t.columns) {
            if (c.computed)
                continue; // a generated column: the engine computes it
            QVariant v;
            const qsizetype keyIndex = keyColumnIds.indexOf(c.id);
            if (i > 0 && keyIndex >= 0)
                v = key.value(keyIndex); // a joined child's key is its parent's
            else
                v = record.value(c.name);
            if (v.isNull()) {
                if (keyIndex >= 0 && isGenerated(c))
                    generated << c.name;
                continue; // the database's default
            }
            names << c.name;
            values << ValueCodec::toDatabase(v, TypeMapping::fromDesign(c.datatype), engine);
        }
        QString error;
        QSqlQuery *query
            = prepared(m_dialect.insertReturningSql(t.name, names, generated), &error);
        if (!query)
            return fail(tr("Cannot add a row to \"%1\": %2").arg(t.name, error));
        for (qsizetype v = 0; v < values.size(); ++v)
            query->bindValue(int(v), values.at(v));
        const std::optional<QVariant> id
            = BatchInserter::insertReturningKey(*query, m_dialect, !generated.isEmpty());
        if (!id) {
            error = Connection::errorText(query->lastError());
            query->finish();
            return fail(tr("Cannot add a row to \"%1\": %2").arg(t.name, error));
        }
        if (!generated.isEmpty())
            record.setValue(generated.first(), QVariant(id->toLongLong()));
        query->finish();
        if (i == 0) {
            for (const QString &k : m->keyColumns)
                key << record.value(k);
        }
    }
    return true;
}

bool Session::isGenerated(const Column &column)
{
    return column.generatedByEngine || column.autoIncrement
        || TypeMapping::fromDesign(column.datatype).serial;
}

bool Session::insertNow(Record &record)
{
    return insert(record);
}

bool Session::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(tr("Cannot start a transaction: %1").arg(Connection::errorText(db.lastError())));
    if (!work()) {
        const QString reason = m_error;
        db.rollback();
        m_error = reason;
        return false;
    }
    if (!db.commit()) {
        const QString reason = Connection::errorText(db.lastError());
        db.rollback();
        return fail(tr("Cannot commit: %1 Nothing was changed.").arg(reason));
    }
    return true;
}

bool Session::copyReferencingRows(const ForeignKey &fk, const Record &from, const Record &to)
{
    const Table *owner = m_physical.tableOf(fk.id);
    const Table *target = m_physical.table(fk.referencedTable);
    if (!owner || !target)
        return fail(tr("There is no such foreign key."));
    const SqlEngine engine = m_dialect.engine();
    const QList<ObjectId> key = keyIds(*owner);
    QHash<ObjectId, ObjectId> referenced; // the foreign key's columns -> the target's
    for (const ForeignKeyPart &p : fk.parts)
        referenced.insert(p.column, p.referencedColumn);
    QStringList into, selected, where, order;
    QVariantList values;
    for (const Column &c : owner->columns) {
        if (c.computed)
            continue; // a generated column: the engine computes the copy's
        if (referenced.contains(c.id)) {
            into << m_dialect.quoteIdentifier(c.name);
            selected << QStringLiteral("p.")
                    + m_dialect.quoteIdentifier(target->column(referenced.value(c.id))->name);
        } else if (!(key.contains(c.id) && isGenerated(c))) { // the database numbers the copy
            into << m_dialect.quoteIdentifier(c.name);
            selected << QStringLiteral("t.") + m_dialect.quoteIdentifier(c.name);
        }
    }
    // The new parent's values come from its row (p), so that no parameter needs a type.
    for (const auto &[side, record] : {std::pair {u't', &from}, std::pair {u'p', &to}}) {
        for (const ForeignKeyPart &p : fk.parts) {
            const Column *referencedColumn = target->column(p.referencedColumn);
            where << QString(QChar(side)) + u'.'
                    + m_dialect.quoteIdentifier(
                        side == u't' ? owner->column(p.column)->name : referencedColumn->name)
                    + QStringLiteral(" = ?");
            values << ValueCodec::toDatabase(record->value(referencedColumn->name),
                TypeMapping::fromDesign(referencedColumn->datatype), engine);
        }
    }
    for (ObjectId id : key)
        order << QStringLiteral("t.") + m_dialect.quoteIdentifier(owner->column(id)->name);
    QString sql = QStringLiteral("INSERT INTO ") + m_dialect.quoteIdentifier(owner->name)
        + QStringLiteral(" (") + into.join(QStringLiteral(", ")) + QStringLiteral(") SELECT ")
        + selected.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + m_dialect.quoteIdentifier(owner->name) + QStringLiteral(" t CROSS JOIN ")
        + m_dialect.quoteIdentifier(target->name) + QStringLiteral(" p WHERE ")
        + where.join(QStringLiteral(" AND "));
    if (!order.isEmpty()) // the copies are numbered in the originals' order
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    QString error;
    QSqlQuery *query = prepared(sql, &error);
    if (!query)
        return fail(tr("Cannot add rows to \"%1\": %2").arg(owner->name, error));
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    const bool ok = Sql::exec(*query);
    error = Connection::errorText(query->lastError());
    query->finish();
    return ok || fail(tr("Cannot add rows to \"%1\": %2").arg(owner->name, error));
}

std::optional<bool> Session::anyReferencingRowWith(
    const ForeignKey &fk, const Record &parentRecord, const QStringList &columns)
{
    const Table *owner = m_physical.tableOf(fk.id);
    const Table *target = m_physical.table(fk.referencedTable);
    if (!owner || !target)
        return std::nullopt;
    QStringList where;
    QVariantList values;
    for (const ForeignKeyPart &p : fk.parts) {
        where << m_dialect.quoteIdentifier(owner->column(p.column)->name) + QStringLiteral(" = ?");
        const Column *referencedColumn = target->column(p.referencedColumn);
        values << ValueCodec::toDatabase(parentRecord.value(referencedColumn->name),
            TypeMapping::fromDesign(referencedColumn->datatype), m_dialect.engine());
    }
    for (const QString &c : columns)
        where << m_dialect.quoteIdentifier(c) + QStringLiteral(" IS NOT NULL");
    QString error;
    QSqlQuery *query = prepared(QStringLiteral("SELECT 1 FROM ")
            + m_dialect.quoteIdentifier(owner->name) + QStringLiteral(" WHERE ")
            + where.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT 1"),
        &error);
    if (!query) {
        fail(tr("Cannot read \"%1\": %2").arg(owner->name, error));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!Sql::exec(*query)) {
        fail(tr("Cannot read \"%1\": %2").arg(owner->name, Connection::errorText(query->lastError())));
        query->finish();
        return std::nullopt;
    }
    const bool found = query->next();
    query->finish();
    return found;
}

bool Session::removeNow(const Record &record)
{
    const TableMap *m = map(record.table());
    if (!m)
        return false;
    const QList<std::pair<QString, qint64>> blocking = blockingDependents(record);
    if (!blocking.isEmpty()) {
        QStringList parts;
        for (const auto &[table, count] : blocking)
            parts << tr("%1 (%2)").arg(table).arg(count);
        return fail(tr("The row of \"%1\" cannot be deleted: rows of other tables refer to it: "
                       "%2.")
                        .arg(record.table(), parts.join(QStringLiteral(", "))));
    }
    const QVariantList key = keyOf(record);
    // The most specific table first, so this works whether or not the child's foreign key
    // cascades.
    for (qsizetype i = m->chain.size() - 1; i >= 0; --i) {
        const Table &t = *m->chain.at(i);
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("DELETE FROM ") + m_dialect.quoteIdentifier(t.name)
            + QStringLiteral(" WHERE ")
            + keyCondition(columnNames(t, keyIds(t)), m_dialect, QString()));
        for (const QVariant &v : key)
            query.addBindValue(v);
        if (!Sql::exec(query))
            return fail(tr("Cannot delete from \"%1\": %2")
                            .arg(t.name, Connection::errorText(query.lastError())));
    }
    return true;
}

bool Session::collectDependents(const QString &physicalTable, const QStringList &columns,
    const QVariantList &values, QHash<QString, qint64> &blocking, int depth)
{
    const Table *table = m_physical.tableByName(physicalTable);
    if (!table || depth > 16)
        return true;
    const QHash<ObjectId, ReferentialAction> implied
        = DdlWriter::impliedOnDeleteActions(m_physical);
    for (const Table &other : m_physical.tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (fk.referencedTable != table->id)
                continue;
            QStringList from;
            QVariantList match;
            bool complete = true;
            for (const ForeignKeyPart &p : fk.parts) {
                from << other.column(p.column)->name;
                const qsizetype at = columns.indexOf(table->column(p.referencedColumn)->name);
                complete = complete && at >= 0 && !values.at(at).isNull();
                match << (at >= 0 ? values.at(at) : QVariant());
            }
            if (!complete)
                continue;
            ReferentialAction action = fk.onDelete;
            if (action == ReferentialAction::Unspecified)
                action = implied.value(fk.id, ReferentialAction::Unspecified);
            if (action == ReferentialAction::SetNull || action == ReferentialAction::SetDefault)
                continue;
            QSqlQuery query(m_connection.database());
            const bool cascade = action == ReferentialAction::Cascade;
            QStringList selected;
            QStringList otherColumns;
            for (const Column &c : other.columns) {
                selected << m_dialect.quoteIdentifier(c.name);
                otherColumns << c.name;
            }
            query.prepare((cascade ? QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
                                   : QStringLiteral("SELECT COUNT(*)"))
                + QStringLiteral(" FROM ") + m_dialect.quoteIdentifier(other.name)
                + QStringLiteral(" WHERE ") + keyCondition(from, m_dialect, QString()));
            for (const QVariant &v : match)
                query.addBindValue(v);
            if (!Sql::exec(query))
                return fail(tr("Cannot read \"%1\": %2")
                                .arg(other.name, Connection::errorText(query.lastError())));
            if (!cascade) {
                if (query.next() && query.value(0).toLongLong() > 0)
                    blocking[other.name] += query.value(0).toLongLong();
                continue;
            }
            // Rows deleted with this one: what refers to them counts too.
            QList<QVariantList> rows;
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < otherColumns.size(); ++i)
                    row << query.value(i);
                rows << row;
            }
            for (const QVariantList &row : rows) {
                if (!collectDependents(other.name, otherColumns, row, blocking, depth + 1))
                    return false;
            }
        }
    }
    return true;
}

QList<std::pair<QString, qint64>> Session::blockingDependents(const Record &record)
{
    const TableMap *m = map(record.table());
    if (!m)
        return {};
    QHash<QString, qint64> blocking;
    const QVariantList key = keyOf(record);
    // Every table of the record goes: each one's dependents count, except the record's own
    // chain (deleted together, most specific first).
    for (const Table *t : m->chain) {
        QStringList columns;
        QVariantList values;
        for (const Column &c : t->columns) {
            columns << c.name;
            const qsizetype keyIndex = keyIds(*t).indexOf(c.id);
            values << (keyIndex >= 0 ? key.value(keyIndex) : record.value(c.name));
        }
        collectDependents(t->name, columns, values, blocking, 0);
    }
    for (const Table *t : m->chain)
        blocking.remove(t->name);
    QList<std::pair<QString, qint64>> result;
    for (auto it = blocking.cbegin(); it != blocking.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end());
    return result;
}

// Inserts parents first: by the order of their tables, then in the order they were added;
// deletes children first.
void Session::sortChanges(const QList<Change> &changes, QList<Change> *inserts,
    QList<Change> *others, QList<Change> *deletes)
{
    QHash<QString, int> tableOrder;
    for (const Table *t : TableOrder::parentsFirst(m_physical).tables)
        tableOrder.insert(t->name, int(tableOrder.size()));
    for (const Change &c : changes) {
        if (c.kind == Change::Kind::Insert)
            *inserts << c;
        else if (c.kind == Change::Kind::Delete)
            *deletes << c;
        else
            *others << c;
    }
    const auto orderOf = [&](const Change &c) {
        const TableMap *m = map(c.record.table());
        return m ? tableOrder.value(m->chain.last()->name) : 0;
    };
    std::stable_sort(inserts->begin(), inserts->end(),
        [&](const Change &a, const Change &b) { return orderOf(a) < orderOf(b); });
    std::stable_sort(deletes->begin(), deletes->end(),
        [&](const Change &a, const Change &b) { return orderOf(a) > orderOf(b); });
}

bool Session::insertAll(
    const QList<Change> &inserts, const QList<Reference> &references, QHash<Pending, Record> *added)
{
    for (Change c : inserts) {
        // Keys of parents added in this flush.
        for (const Reference &r : references) {
            if (r.child != c.pending || !added->contains(r.parent))
                continue;
            const Table *owner = m_physical.tableOf(r.foreignKey);
            for (const ForeignKey &fk : owner ? owner->foreignKeys : QList<ForeignKey>()) {
                if (fk.id != r.foreignKey)
                    continue;
                const Table *target = m_physical.table(fk.referencedTable);
                for (const ForeignKeyPart &p : fk.parts)
                    c.record.setValue(owner->column(p.column)->name,
                        added->value(r.parent).value(target->column(p.referencedColumn)->name));
            }
        }
        if (!insert(c.record))
            return false;
        added->insert(c.pending, c.record);
    }
    return true;
}

// An UPDATE per table of the record's chain that has a changed column.
bool Session::updateNow(const Record &record)
{
    const TableMap *m = map(record.table());
    bool ok = m != nullptr;
    const QVariantList key = ok ? keyOf(record) : QVariantList();
    for (qsizetype t = 0; ok && t < m->chain.size(); ++t) {
        const Table &table = *m->chain.at(t);
        const QList<ObjectId> keyColumnIds = keyIds(table);
        QStringList sets;
        QVariantList values;
        for (const Column &col : table.columns) {
            if (keyColumnIds.contains(col.id) || !record.contains(col.name))
                continue;
            sets << m_dialect.quoteIdentifier(col.name) + QStringLiteral(" = ?");
            values << ValueCodec::toDatabase(
                record.value(col.name), TypeMapping::fromDesign(col.datatype), m_dialect.engine());
        }
        if (sets.isEmpty())
            continue;
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("UPDATE ") + m_dialect.quoteIdentifier(table.name)
            + QStringLiteral(" SET ") + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ")
            + keyCondition(columnNames(table, keyColumnIds), m_dialect, QString()));
        for (const QVariant &v : values + key)
            query.addBindValue(v);
        ok = Sql::exec(query);
        if (!ok)
            fail(tr("Cannot change a row of \"%1\": %2")
                     .arg(table.name, Connection::errorText(query.lastError())));
    }
    return ok;
}

// A row of an association table inserted (link) or deleted (unlink).
bool Session::changeLink(const Change &c)
{
    const Table *association = m_physical.table(c.relationship.table);
    bool ok = association != nullptr;
    QStringList columns;
    QVariantList values;
    for (const ForeignKey &fk : ok ? association->foreignKeys : QList<ForeignKey>()) {
        const bool first = fk.id == c.relationship.foreignKey;
        const bool second = fk.id == c.relationship.secondForeignKey;
        if (!first && !second)
            continue;
        const Record &side = first ? c.record : c.other;
        const Table *target = m_physical.table(fk.referencedTable);
        for (const ForeignKeyPart &p : fk.parts) {
            columns << association->column(p.column)->name;
            values << side.value(target->column(p.referencedColumn)->name);
        }
    }
    QStringList quoted, marks;
    for (const QString &col : columns) {
        quoted << m_dialect.quoteIdentifier(col);
        marks << QStringLiteral("?");
    }
    QSqlQuery query(m_connection.database());
    if (c.kind == Change::Kind::Link)
        query.prepare(QStringLiteral("INSERT INTO ") + m_dialect.quoteIdentifier(association->name)
            + QStringLiteral(" (") + quoted.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + u')');
    else
        query.prepare(QStringLiteral("DELETE FROM ") + m_dialect.quoteIdentifier(association->name)
            + QStringLiteral(" WHERE ") + keyCondition(columns, m_dialect, QString()));
    for (const QVariant &v : values)
        query.addBindValue(v);
    ok = ok && Sql::exec(query);
    if (!ok)
        fail(tr("Cannot change \"%1\": %2")
                 .arg(association ? association->name : QString(),
                     Connection::errorText(query.lastError())));
    return ok;
}

bool Session::flush()
{
    QSqlDatabase db = m_connection.database();
    const QList<Change> changes = m_changes;
    const QList<Reference> references = m_references;
    m_changes.clear();
    m_references.clear();
    if (changes.isEmpty())
        return true;
    QList<Change> inserts, others, deletes;
    sortChanges(changes, &inserts, &others, &deletes);

    if (!db.transaction())
        return fail(
            tr("Cannot start a transaction: %1").arg(Connection::errorText(db.lastError())));
    QHash<Pending, Record> added;
    bool ok = insertAll(inserts, references, &added);
    for (qsizetype i = 0; ok && i < others.size(); ++i) {
        const Change &c = others.at(i);
        ok = c.kind == Change::Kind::Update ? updateNow(c.record) : changeLink(c);
    }
    for (qsizetype i = 0; ok && i < deletes.size(); ++i)
        ok = removeNow(deletes.at(i).record);

    if (!ok) {
        const QString reason = m_error;
        db.rollback();
        m_error = tr("%1 Nothing was changed.").arg(reason);
        return false;
    }
    if (!db.commit()) {
        const QString reason = Connection::errorText(db.lastError());
        db.rollback();
        return fail(tr("Cannot commit: %1 Nothing was changed.").arg(reason));
    }
    m_added = added;
    m_error.clear();
    return true;
}
