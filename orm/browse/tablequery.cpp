#include "tablequery.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "schema/table.h"
#include "sql/typemapping.h"
#include "values/valuecodec.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

struct TableQuery::Shape
{
    KeysetOrder order; // empty: no ORDER BY
    QStringList select; // the columns, then what positions need beyond them
    QList<int> positionColumns; // where each term's value is in `select`
};

namespace {

QStringList keyNames(const Table &table, const Key &key)
{
    QStringList names;
    for (const KeyPart &part : key.parts) {
        const Column *column = table.column(part.column);
        if (!column)
            return {};
        names << column->name;
    }
    return names;
}

// A UNIQUE key whose columns are all NOT NULL, the shortest first: as good as a primary key
// for ordering.
QStringList uniqueNotNullKey(const Table &table)
{
    QStringList best;
    for (const Key &key : table.keys) {
        if (key.type != Key::Unique)
            continue;
        const QStringList names = keyNames(table, key);
        const bool notNull = !names.isEmpty()
            && std::all_of(key.parts.cbegin(), key.parts.cend(),
                [&](const KeyPart &p) { return !table.column(p.column)->nullable; });
        if (notNull && (best.isEmpty() || names.size() < best.size()))
            best = names;
    }
    return best;
}

QString escapeLike(QString text)
{
    text.replace(u'!', QStringLiteral("!!"));
    text.replace(u'%', QStringLiteral("!%"));
    text.replace(u'_', QStringLiteral("!_"));
    return u'%' + text + u'%';
}

} // namespace

TableQuery::TableQuery(SqlEngine engine, const Table &table, Relation relation)
    : m_engine(engine)
    , m_relation(relation)
    , m_dialect(Dialect::create(engine))
    , m_table(table.name)
{
    for (const Column &c : table.columns) {
        m_columns << c.name;
        m_types << TypeMapping::fromDesign(c.datatype);
        m_nullable << c.nullable;
    }
    if (relation == Relation::View)
        return; // no rowid, no ctid, no keys
    if (const Key *pk = table.primaryKey())
        m_keyColumns = keyNames(table, *pk);
    // An integer row identity (SQLite's rowid) keys every table without a primary key; one
    // that moves (PostgreSQL's ctid) only those without a UNIQUE NOT NULL key either.
    m_rowIdName = m_dialect->rowIdentity(m_columns);
    if (m_keyColumns.isEmpty() && m_dialect->integerRowIdentity())
        m_hiddenKey = m_rowIdName;
    if (m_keyColumns.isEmpty() && m_hiddenKey.isEmpty())
        m_keyColumns = uniqueNotNullKey(table);
    if (m_keyColumns.isEmpty() && !m_dialect->integerRowIdentity())
        m_hiddenKey = m_rowIdName;
}

QStringList TableQuery::keyColumns() const
{
    return m_hiddenKey.isEmpty() ? m_keyColumns : QStringList {m_hiddenKey};
}

void TableQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
}

QString TableQuery::quoted(int column) const
{
    return m_dialect->quoteIdentifier(m_columns.at(column));
}

QString TableQuery::qualified(const QString &name) const
{
    return m_dialect->quoteIdentifier(m_table) + u'.' + name;
}

QString TableQuery::orderExpression(int column) const
{
    // Qualified, as ORDER BY would take a bare name for one of the output columns, and on
    // PostgreSQL the positions (below) repeat some under the same names.
    return m_dialect->orderExpression(qualified(quoted(column)), m_types.at(column));
}

TableQuery::Shape TableQuery::shape() const
{
    Shape s;
    for (int c = 0; c < columnCount(); ++c)
        s.select << quoted(c);

    const bool descending = m_sortOrder == Qt::DescendingOrder;
    QList<KeysetOrder::Term> terms;
    QList<int> termColumns; // -1: not one of the columns
    const auto add = [&](int column, const QString &expression, bool nullable) {
        terms.append({expression, descending, nullable});
        termColumns << column;
    };
    if (m_sortColumn >= 0) {
        const bool isKey = m_keyColumns.contains(m_columns.at(m_sortColumn));
        add(m_sortColumn, orderExpression(m_sortColumn), m_nullable.at(m_sortColumn) && !isKey);
    }
    for (const QString &key : m_keyColumns) {
        const int column = int(m_columns.indexOf(key));
        if (column != m_sortColumn)
            add(column, qualified(quoted(column)), false);
    }
    if (!m_hiddenKey.isEmpty())
        add(-1, qualified(m_hiddenKey), false);
    if (!hasKeyset() && m_sortColumn >= 0) {
        // No key: every column breaks ties, so OFFSET pages do not overlap.
        for (int c = 0; c < columnCount(); ++c) {
            if (c != m_sortColumn)
                add(c, orderExpression(c), m_nullable.at(c));
        }
    }
    s.order = KeysetOrder(terms, m_dialect->sortsNullsFirst());
    if (!hasKeyset())
        return s;

    // Positions are bound back as they were read; as text where the dialect reads them so.
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const int column = termColumns.at(i);
        if (m_dialect->positionsAsText()) {
            s.positionColumns << int(s.select.size());
            s.select << m_dialect->castToText(terms.at(i).expression);
        } else if (column >= 0 && terms.at(i).expression == qualified(quoted(column))) {
            s.positionColumns << column;
        } else {
            s.positionColumns << int(s.select.size());
            s.select << terms.at(i).expression;
        }
    }
    return s;
}

QVariant TableQuery::filterValue(int column, const QVariant &value) const
{
    // Text typed in a filter box becomes a value of the column's type where it is one, so
    // that it compares as a number on every engine (an SQLite column without affinity, too).
    const LogicalType type = column >= 0 ? m_types.at(column) : LogicalType();
    QVariant typed = value;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        if (type.isInteger() || type.kind == LogicalType::Kind::Decimal) {
            const qlonglong n = text.toLongLong(&ok);
            if (ok)
                typed = QVariant(n);
        } else if (type.kind == LogicalType::Kind::Float
            || type.kind == LogicalType::Kind::Double) {
            const double d = text.toDouble(&ok);
            if (ok)
                typed = QVariant(d);
        } else if (type.kind == LogicalType::Kind::Boolean) {
            const QString lower = text.toLower();
            if (lower == u"true" || lower == u"t" || lower == u"1" || lower == u"yes")
                typed = QVariant(true);
            else if (lower == u"false" || lower == u"f" || lower == u"0" || lower == u"no")
                typed = QVariant(false);
        }
    }
    return ValueCodec::toDatabase(typed, type, m_engine);
}

BoundStatement TableQuery::filterCondition(const RowFilter &filter) const
{
    const int column = int(m_columns.indexOf(filter.column));
    // An unknown column is named anyway, so the engine's error says which.
    const QString x = m_dialect->quoteIdentifier(filter.column);
    const auto compare = [&](const char *op) -> BoundStatement {
        return {x + u' ' + QLatin1String(op) + QStringLiteral(" ?"),
            {filterValue(column, filter.value)}};
    };
    using Op = RowFilter::Operator;
    switch (filter.op) {
    case Op::Contains: {
        return {m_dialect->containsCondition(x), {QVariant(escapeLike(filter.value.toString()))}};
    }
    case Op::Equal:
        return compare("=");
    case Op::NotEqual:
        return compare("<>");
    case Op::Less:
        return compare("<");
    case Op::LessOrEqual:
        return compare("<=");
    case Op::Greater:
        return compare(">");
    case Op::GreaterOrEqual:
        return compare(">=");
    case Op::Between:
        return {x + QStringLiteral(" BETWEEN ? AND ?"),
            {filterValue(column, filter.value), filterValue(column, filter.upper)}};
    case Op::IsNull:
        return {x + QStringLiteral(" IS NULL"), {}};
    case Op::IsNotNull:
        return {x + QStringLiteral(" IS NOT NULL"), {}};
    }
    return {};
}

BoundStatement TableQuery::partnersCondition(SqlEngine engine, const Table &association,
    const ForeignKey &from, const ForeignKey &to, const Table &target, const QVariantList &values)
{
    const Dialect &dialect = Dialect::forEngine(engine);
    const auto name = [&](const Table &table, ObjectId column) -> QString {
        const Column *c = table.column(column);
        const QString columnName = c ? c->name : QString();
        return dialect.quoteIdentifier(table.name) + u'.' + dialect.quoteIdentifier(columnName);
    };
    // EXISTS works for composite keys and on every engine.
    BoundStatement condition;
    QStringList parts;
    for (const ForeignKeyPart &part : to.parts)
        parts << name(association, part.column) + QStringLiteral(" = ")
                + name(target, part.referencedColumn);
    for (qsizetype i = 0; i < from.parts.size(); ++i) {
        const ForeignKeyPart &part = from.parts.at(i);
        parts << name(association, part.column) + QStringLiteral(" = ?");
        const Column *c = association.column(part.column);
        condition.values << ValueCodec::toDatabase(
            values.value(i), c ? TypeMapping::fromDesign(c->datatype) : LogicalType(), engine);
    }
    condition.sql = QStringLiteral("EXISTS (SELECT 1 FROM ")
        + dialect.quoteIdentifier(association.name) + QStringLiteral(" WHERE ")
        + parts.join(QStringLiteral(" AND ")) + u')';
    return condition;
}

BoundStatement TableQuery::whereCondition() const
{
    BoundStatement condition;
    QStringList conditions;
    if (!m_scope.sql.isEmpty()) {
        conditions << u'(' + m_scope.sql + u')';
        condition.values << m_scope.values;
    }
    for (const RowFilter &f : m_filters) {
        const BoundStatement c = filterCondition(f);
        conditions << c.sql;
        condition.values << c.values;
    }
    if (!m_where.isEmpty())
        conditions << QStringLiteral("(\n") + m_where + QStringLiteral("\n)");
    condition.sql = conditions.join(QStringLiteral(" AND "));
    return condition;
}

namespace {

void addConditions(BoundStatement &statement, const QStringList &conditions)
{
    if (!conditions.isEmpty())
        statement.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

BoundStatement TableQuery::select(const QString &what, const BoundStatement &also) const
{
    BoundStatement statement {QStringLiteral("SELECT ") + what + QStringLiteral(" FROM ")
            + m_dialect->quoteIdentifier(m_table),
        {}};
    QStringList conditions;
    if (const BoundStatement condition = whereCondition(); !condition.sql.isEmpty()) {
        conditions << condition.sql;
        statement.values << condition.values;
    }
    if (!also.sql.isEmpty()) {
        conditions << u'(' + also.sql + u')';
        statement.values << also.values;
    }
    addConditions(statement, conditions);
    return statement;
}

BoundStatement TableQuery::countStatement() const
{
    return select(QStringLiteral("COUNT(*)"));
}

BoundStatement TableQuery::pageStatement(const PageSpec &spec) const
{
    using From = PageSpec::From;
    const Shape s = shape();
    const bool reversed = spec.from == From::End || spec.from == From::Before;
    const bool fromRow
        = spec.from == From::After || spec.from == From::Before || spec.from == From::At;
    if ((reversed && !isOrdered()) || (fromRow && !hasKeyset()))
        return {};

    BoundStatement from;
    if (fromRow) {
        const KeysetOrder::Condition c
            = s.order.after(spec.position, spec.from == From::Before, spec.from == From::At);
        from = {c.sql, c.values};
    }
    BoundStatement statement = select(s.select.join(QStringLiteral(", ")), from);
    if (!s.order.isEmpty())
        statement.sql += QStringLiteral(" ORDER BY ") + s.order.orderBy(reversed);
    statement.sql += QStringLiteral(" LIMIT ") + QString::number(std::max(0, spec.limit));
    if (spec.skip > 0)
        statement.sql += QStringLiteral(" OFFSET ") + QString::number(spec.skip);
    return statement;
}

namespace {

bool run(QSqlQuery &query, const BoundStatement &statement)
{
    if (!query.prepare(statement.sql))
        return false;
    for (const QVariant &v : statement.values)
        query.addBindValue(v);
    return Sql::exec(query);
}

void setPrecision(QSqlQuery &query, const Dialect &dialect)
{
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(dialect.numericalPrecision());
}

} // namespace

std::optional<TableQuery::Page> TableQuery::fetch(
    const QSqlDatabase &db, const PageSpec &spec, QString *error, QSqlError *cause) const
{
    const BoundStatement statement = pageStatement(spec);
    if (statement.sql.isEmpty()) {
        *error = tr("Cannot read \"%1\" this way: it has no key to continue from.").arg(m_table);
        return std::nullopt;
    }
    QSqlQuery query(db);
    setPrecision(query, *m_dialect);
    if (!run(query, statement)) {
        *error
            = tr("Cannot read \"%1\": %2").arg(m_table, Connection::errorText(query.lastError()));
        if (cause)
            *cause = query.lastError();
        return std::nullopt;
    }
    const QList<int> positionColumns = shape().positionColumns;
    const int columns = columnCount();
    Page page;
    page.rows.reserve(std::max(0, spec.limit));
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << ValueCodec::notNullWhenEmpty(
                ValueCodec::fromDatabase(query.value(c), m_types.at(c), m_engine));
        page.rows << row;
        QVariantList position;
        position.reserve(positionColumns.size());
        for (int p : positionColumns)
            position << ValueCodec::notNullWhenEmpty(query.value(p));
        page.positions << position;
    }
    if (query.lastError().isValid()) { // e.g. interrupted while stepping through the rows
        *error
            = tr("Cannot read \"%1\": %2").arg(m_table, Connection::errorText(query.lastError()));
        if (cause)
            *cause = query.lastError();
        return std::nullopt;
    }
    if (spec.from == PageSpec::From::End || spec.from == PageSpec::From::Before) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.positions.begin(), page.positions.end());
    }
    return page;
}

std::optional<qint64> TableQuery::count(
    const QSqlDatabase &db, QString *error, QSqlError *cause) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, countStatement()) || !query.next()) {
        *error = tr("Cannot count the rows of \"%1\": %2")
                     .arg(m_table, Connection::errorText(query.lastError()));
        if (cause)
            *cause = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QVariantList TableQuery::rowKey(const QVariantList &row, const QVariantList &position) const
{
    if (!m_hiddenKey.isEmpty())
        return {position.isEmpty() ? QVariant() : position.constLast()};
    QVariantList key;
    key.reserve(m_keyColumns.size());
    for (const QString &name : m_keyColumns)
        key << row.value(m_columns.indexOf(name));
    return key;
}

BoundStatement TableQuery::keyCondition(const QVariantList &key) const
{
    BoundStatement condition;
    if (!m_hiddenKey.isEmpty()) {
        condition.sql = m_dialect->rowIdentityEquals(qualified(m_hiddenKey));
        condition.values << key.value(0);
        return condition;
    }
    QStringList parts;
    for (qsizetype i = 0; i < m_keyColumns.size(); ++i) {
        const int column = int(m_columns.indexOf(m_keyColumns.at(i)));
        parts << qualified(quoted(column)) + QStringLiteral(" = ?");
        condition.values << ValueCodec::toDatabase(key.value(i), m_types.at(column), m_engine);
    }
    condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}

std::optional<qint64> TableQuery::rowNumber(
    const QSqlDatabase &db, const QVariantList &key, QString *error) const
{
    error->clear();
    if (!hasKeyset() || key.size() != keyColumns().size()) {
        *error = tr("Cannot find a row of \"%1\": it has no key.").arg(m_table);
        return std::nullopt;
    }
    const Shape s = shape();
    // The row's position, if the filters let it through.
    const BoundStatement lookup = select(s.select.join(QStringLiteral(", ")), keyCondition(key));
    QSqlQuery query(db);
    setPrecision(query, *m_dialect);
    if (!run(query, lookup)) {
        *error
            = tr("Cannot read \"%1\": %2").arg(m_table, Connection::errorText(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QVariantList position;
    for (int p : s.positionColumns)
        position << ValueCodec::notNullWhenEmpty(query.value(p));
    query.finish();

    const KeysetOrder::Condition c = s.order.after(position, true);
    const BoundStatement before = select(QStringLiteral("COUNT(*)"), {c.sql, c.values});
    QSqlQuery counting(db);
    counting.setForwardOnly(true);
    if (!run(counting, before) || !counting.next()) {
        *error = tr("Cannot count the rows of \"%1\": %2")
                     .arg(m_table, Connection::errorText(counting.lastError()));
        return std::nullopt;
    }
    return counting.value(0).toLongLong();
}

QList<Table> TableQuery::views(const QSqlDatabase &db)
{
    QList<Table> views;
    QStringList names = db.tables(QSql::Views);
    names.sort();
    for (const QString &name : std::as_const(names)) {
        Table view;
        view.name = name;
        const QSqlRecord record = db.record(name);
        for (int i = 0; i < record.count(); ++i) {
            Column column;
            column.name = record.fieldName(i);
            switch (record.field(i).metaType().id()) {
            case QMetaType::Bool:
                column.datatype = QStringLiteral("BOOLEAN");
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
                column.datatype = QStringLiteral("INTEGER");
                break;
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                column.datatype = QStringLiteral("BIGINT");
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                column.datatype = QStringLiteral("DOUBLE");
                break;
            case QMetaType::QByteArray:
                column.datatype = QStringLiteral("BLOB");
                break;
            case QMetaType::QDate:
                column.datatype = QStringLiteral("DATE");
                break;
            case QMetaType::QTime:
                column.datatype = QStringLiteral("TIME");
                break;
            case QMetaType::QDateTime:
                column.datatype = QStringLiteral("DATETIME");
                break;
            default:
                column.datatype = QStringLiteral("TEXT");
                break;
            }
            view.columns << column;
        }
        views << view;
    }
    return views;
}

RowEstimate TableQuery::estimate(const QSqlDatabase &db) const
{
    if (isFiltered() || isView())
        return {};
    return m_dialect->estimateRows(db, m_table, m_rowIdName);
}

void TableQuery::inspect(const QSqlDatabase &db)
{
    m_rowIdAlias.clear();
    if (m_keyColumns.size() == 1)
        m_rowIdAlias = m_dialect->rowIdentityAlias(db, m_table, m_keyColumns.first());
}

bool TableQuery::ordersByRowId() const
{
    if (!m_dialect->integerRowIdentity() || isFiltered())
        return false;
    if (!m_hiddenKey.isEmpty())
        return m_sortColumn < 0;
    return !m_rowIdAlias.isEmpty()
        && (m_sortColumn < 0 || m_columns.at(m_sortColumn) == m_rowIdAlias);
}

QStringList TableQuery::browsingSetup(SqlEngine engine)
{
    return Dialect::forEngine(engine).browsingSetup();
}
