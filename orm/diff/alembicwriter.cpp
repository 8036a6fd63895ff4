#include "alembicwriter.h"

#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QStringList>

namespace {

using Kind = SchemaChange::Kind;

// A Python string literal.
QString py(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'\'')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out + u'\'';
}

QString pyList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << py(item);
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

// The SQLAlchemy type of a design datatype (SQLAlchemy 1.4, as Debian 12 has it).
QString saType(const QString &datatype)
{
    const LogicalType t = TypeMapping::fromDesign(datatype);
    using K = LogicalType::Kind;
    switch (t.kind) {
    case K::Boolean:
        return QStringLiteral("sa.Boolean()");
    case K::TinyInt:
    case K::SmallInt:
        return QStringLiteral("sa.SmallInteger()");
    case K::Integer:
        return QStringLiteral("sa.Integer()");
    case K::BigInt:
        return QStringLiteral("sa.BigInteger()");
    case K::Decimal:
        return t.precision > 0 ? QStringLiteral("sa.Numeric(%1, %2)").arg(t.precision).arg(std::max(t.scale, 0))
                               : QStringLiteral("sa.Numeric()");
    case K::Float:
        return QStringLiteral("sa.Float()");
    case K::Double:
        return QStringLiteral("sa.Float(precision=53)");
    case K::Char:
        return t.length > 0 ? QStringLiteral("sa.CHAR(%1)").arg(t.length) : QStringLiteral("sa.CHAR()");
    case K::Varchar:
    case K::Enum:
        return t.length > 0 ? QStringLiteral("sa.String(%1)").arg(t.length)
                            : QStringLiteral("sa.String(255)");
    case K::Uuid:
        return QStringLiteral("sa.String(36)");
    case K::Json:
        return QStringLiteral("sa.JSON()");
    case K::Binary:
    case K::Blob:
        return QStringLiteral("sa.LargeBinary()");
    case K::Date:
        return QStringLiteral("sa.Date()");
    case K::Time:
        return QStringLiteral("sa.Time()");
    case K::DateTime:
        return QStringLiteral("sa.DateTime()");
    case K::TimestampTz:
        return QStringLiteral("sa.DateTime(timezone=True)");
    case K::Text:
    case K::Other:
        break;
    }
    return QStringLiteral("sa.Text()");
}

// One side: the physical schema and the names Schemata's DDL gives its constraints.
struct Side
{
    explicit Side(const Schema &schema)
        : physical(DdlWriter::physicalSchema(schema))
        , script(DdlWriter(Dialect::forEngine(SqlEngine::Postgres)).write(schema))
    {
    }
    const Schema physical;
    const DdlScript script;
};

class Body
{
public:
    Body(const Side &from, const Side &to, const SchemaDiffResult &diff)
        : m_from(from)
        , m_to(to)
        , m_diff(diff)
        , m_impliedOnDelete(DdlWriter::impliedOnDeleteActions(to.physical))
    {
    }

    QString text();

private:
    QString column(const Table &table, const Column &c, bool inTable) const;
    QStringList keyColumns(const Schema &schema, const Table &table, const Key &key) const;
    QString createTable(const Table &table);
    void alterTable(ObjectId targetTable, const QList<const SchemaChange *> &changes);
    const Key *key(const Schema &schema, ObjectId table, ObjectId id) const;
    const ForeignKey *foreignKey(const Schema &schema, ObjectId table, ObjectId id) const;
    QString foreignKeyCall(const QString &prefix, const Table &table, const ForeignKey &fk,
        const QString &name) const;
    // ", ondelete='CASCADE'" and the like, with what the relationship kind implies.
    QString actions(const ForeignKey &fk) const;

    const Side &m_from;
    const Side &m_to;
    const SchemaDiffResult &m_diff;
    const QHash<ObjectId, ReferentialAction> m_impliedOnDelete;
    QStringList m_lines;
};

QString Body::column(const Table &table, const Column &c, bool inTable) const
{
    const DdlScript::ColumnFacts facts = m_to.script.columnFacts.value(c.id);
    QString text = QStringLiteral("sa.Column(") + py(c.name) + QStringLiteral(", ") + saType(c.datatype)
        + QStringLiteral(", nullable=") + (facts.notNull ? QStringLiteral("False") : QStringLiteral("True"));
    if (!facts.defaultSql.isEmpty())
        text += QStringLiteral(", server_default=sa.text(") + py(facts.defaultSql) + u')';
    const Key *pk = table.primaryKey();
    if (inTable && pk && pk->contains(c.id))
        text += facts.numbered ? QStringLiteral(", autoincrement=True") : QStringLiteral(", autoincrement=False");
    if (!c.comment.isEmpty())
        text += QStringLiteral(", comment=") + py(c.comment);
    return text + u')';
}

QStringList Body::keyColumns(const Schema &schema, const Table &table, const Key &key) const
{
    QStringList names;
    for (const KeyPart &p : key.parts)
        names << schema.keyPartName(table, p);
    return names;
}

const Key *Body::key(const Schema &schema, ObjectId table, ObjectId id) const
{
    const Table *t = schema.table(table);
    for (const Key &k : t->keys) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

const ForeignKey *Body::foreignKey(const Schema &schema, ObjectId table, ObjectId id) const
{
    const Table *t = schema.table(table);
    for (const ForeignKey &fk : t->foreignKeys) {
        if (fk.id == id)
            return &fk;
    }
    return nullptr;
}

QString Body::foreignKeyCall(
    const QString &prefix, const Table &table, const ForeignKey &fk, const QString &name) const
{
    const Table *parent = m_to.physical.table(fk.referencedTable);
    QStringList columns, referenced;
    for (const ForeignKeyPart &p : fk.parts) {
        columns << table.column(p.column)->name;
        referenced << parent->column(p.referencedColumn)->name;
    }
    QString call = prefix + py(name) + QStringLiteral(", ") + py(parent->name) + QStringLiteral(", ")
        + pyList(columns) + QStringLiteral(", ") + pyList(referenced);
    return call + actions(fk) + u')';
}

QString Body::actions(const ForeignKey &fk) const
{
    QString text;
    ReferentialAction onDelete = fk.onDelete;
    if (onDelete == ReferentialAction::Unspecified)
        onDelete = m_impliedOnDelete.value(fk.id, onDelete);
    if (onDelete != ReferentialAction::Unspecified)
        text += QStringLiteral(", ondelete=") + py(referentialActionSql(onDelete));
    if (fk.onUpdate != ReferentialAction::Unspecified)
        text += QStringLiteral(", onupdate=") + py(referentialActionSql(fk.onUpdate));
    return text;
}

QString Body::createTable(const Table &table)
{
    QStringList args {py(table.name)};
    for (const Column &c : table.columns)
        args << column(table, c, true);
    QStringList indexes;
    for (const Key &k : table.keys) {
        const QString type = m_to.script.keyTypes.value(k.id);
        const QString name = m_to.script.constraints.value(k.id).name;
        const QStringList cols = keyColumns(m_to.physical, table, k);
        if (type == Key::Primary)
            args << QStringLiteral("sa.PrimaryKeyConstraint(*") + pyList(cols) + QStringLiteral(", name=") + py(name) + u')';
        else if (type == Key::Unique)
            args << QStringLiteral("sa.UniqueConstraint(*") + pyList(cols) + QStringLiteral(", name=") + py(name) + u')';
        else if (!type.isEmpty())
            indexes << QStringLiteral("    op.create_index(") + py(name) + QStringLiteral(", ") + py(table.name)
                    + QStringLiteral(", ") + pyList(cols) + u')';
    }
    for (const ForeignKey &fk : table.foreignKeys) {
        const Table *parent = m_to.physical.table(fk.referencedTable);
        QStringList columns, referenced;
        for (const ForeignKeyPart &p : fk.parts) {
            columns << table.column(p.column)->name;
            referenced << parent->name + u'.' + parent->column(p.referencedColumn)->name;
        }
        args << QStringLiteral("sa.ForeignKeyConstraint(") + pyList(columns) + QStringLiteral(", ")
                + pyList(referenced) + QStringLiteral(", name=")
                + py(m_to.script.constraints.value(fk.id).name) + actions(fk) + u')';
    }
    // SQLite numbers an INTEGER PRIMARY KEY by itself; AUTOINCREMENT is what Schemata writes.
    for (const Column &c : table.columns) {
        if (m_to.script.columnFacts.value(c.id).numbered) {
            args << QStringLiteral("sqlite_autoincrement=True");
            break;
        }
    }
    QString text = QStringLiteral("    op.create_table(\n        ") + args.join(QStringLiteral(",\n        "))
        + QStringLiteral(",\n    )");
    for (const QString &index : std::as_const(indexes))
        text += u'\n' + index;
    return text;
}

void Body::alterTable(ObjectId targetTable, const QList<const SchemaChange *> &changes)
{
    const Table *table = m_to.physical.table(targetTable);
    QStringList ops, constraints;
    const auto order = {Kind::DropForeignKey, Kind::DropKey, Kind::RenameColumn, Kind::AddColumn,
        Kind::ChangeType, Kind::ChangeNullable, Kind::ChangeDefault, Kind::ChangeColumnComment,
        Kind::DropColumn, Kind::AddKey, Kind::AddForeignKey};
    for (Kind kind : order) {
        for (const SchemaChange *c : changes) {
            if (c->kind != kind)
                continue;
            if (kind == Kind::DropForeignKey) {
                ops << QStringLiteral("batch_op.drop_constraint(%1, type_='foreignkey')")
                           .arg(py(m_from.script.constraints.value(c->sourceObject).name));
            } else if (kind == Kind::DropKey) {
                const QString type = m_from.script.keyTypes.value(c->sourceObject);
                const QString name = py(m_from.script.constraints.value(c->sourceObject).name);
                ops << (type == Key::Primary ? QStringLiteral("batch_op.drop_constraint(%1, type_='primary')").arg(name)
                        : type == Key::Unique ? QStringLiteral("batch_op.drop_constraint(%1, type_='unique')").arg(name)
                                              : QStringLiteral("batch_op.drop_index(%1)").arg(name));
            } else if (kind == Kind::RenameColumn) {
                ops << QStringLiteral("batch_op.alter_column(%1, new_column_name=%2)").arg(py(c->oldColumn), py(c->column));
            } else if (kind == Kind::AddColumn) {
                ops << QStringLiteral("batch_op.add_column(%1)").arg(column(*table, *table->column(c->targetObject), false));
            } else if (kind == Kind::DropColumn) {
                ops << QStringLiteral("batch_op.drop_column(%1)").arg(py(c->column));
            } else if (kind == Kind::AddKey) {
                const Key *k = key(m_to.physical, targetTable, c->targetObject);
                const QString type = m_to.script.keyTypes.value(k->id);
                const QString name = py(m_to.script.constraints.value(k->id).name);
                const QString cols = pyList(keyColumns(m_to.physical, *table, *k));
                constraints << (type == Key::Primary ? QStringLiteral("batch_op.create_primary_key(%1, %2)").arg(name, cols)
                        : type == Key::Unique ? QStringLiteral("batch_op.create_unique_constraint(%1, %2)").arg(name, cols)
                                              : QStringLiteral("batch_op.create_index(%1, %2)").arg(name, cols));
            } else if (kind == Kind::AddForeignKey) {
                const ForeignKey *fk = foreignKey(m_to.physical, targetTable, c->targetObject);
                constraints << foreignKeyCall(QStringLiteral("batch_op.create_foreign_key("), *table, *fk,
                    m_to.script.constraints.value(fk->id).name);
            } else {
                // Type, NOT NULL, default and comment: one alter_column per change.
                const Column *to = table->column(c->targetObject);
                const Column *from = m_from.physical.table(c->sourceTable)->column(c->sourceObject);
                const DdlScript::ColumnFacts toFacts = m_to.script.columnFacts.value(to->id);
                const DdlScript::ColumnFacts fromFacts = m_from.script.columnFacts.value(from->id);
                // Inside a batch, columns keep the names they had before it.
                QString call = QStringLiteral("batch_op.alter_column(%1, existing_type=%2")
                                   .arg(py(from->name), saType(from->datatype));
                if (kind == Kind::ChangeType)
                    call += QStringLiteral(", type_=") + saType(to->datatype);
                call += QStringLiteral(", existing_nullable=") + (fromFacts.notNull ? QStringLiteral("False") : QStringLiteral("True"));
                if (kind == Kind::ChangeNullable)
                    call += QStringLiteral(", nullable=") + (toFacts.notNull ? QStringLiteral("False") : QStringLiteral("True"));
                if (kind == Kind::ChangeDefault)
                    call += QStringLiteral(", server_default=")
                        + (toFacts.defaultSql.isEmpty() ? QStringLiteral("None")
                                                        : QStringLiteral("sa.text(") + py(toFacts.defaultSql) + u')');
                if (kind == Kind::ChangeColumnComment)
                    call += QStringLiteral(", comment=") + (to->comment.isEmpty() ? QStringLiteral("None") : py(to->comment));
                ops << call + u')';
            }
        }
    }
    // A batch refers to columns by the names they had before it, so keys and foreign keys on
    // renamed or new columns go into a second batch. On SQLite a batch copies the table, which
    // keeps AUTOINCREMENT only when told.
    QString options;
    for (const Column &c : table->columns) {
        if (m_to.script.columnFacts.value(c.id).numbered)
            options = QStringLiteral(", table_kwargs={'sqlite_autoincrement': True}");
    }
    for (const QStringList &batch : {ops, constraints}) {
        if (batch.isEmpty())
            continue;
        m_lines << QStringLiteral("    with op.batch_alter_table(%1%2) as batch_op:")
                       .arg(py(table->name), options);
        for (const QString &op : batch)
            m_lines << QStringLiteral("        ") + op;
    }
}

QString Body::text()
{
    // Renames first, so later steps use the new names; new tables parents first; changed
    // tables; dropped tables children first.
    for (const SchemaChange &c : m_diff.changes) {
        if (c.kind == Kind::RenameTable)
            m_lines << QStringLiteral("    op.rename_table(%1, %2)").arg(py(c.oldTable), py(c.table));
    }
    for (const QString &name : m_to.script.tables) {
        for (const SchemaChange &c : m_diff.changes) {
            if (c.kind == Kind::AddTable && c.table == name)
                m_lines << createTable(*m_to.physical.table(c.targetTable));
        }
    }
    QList<ObjectId> tables;
    QHash<ObjectId, QList<const SchemaChange *>> byTable;
    for (const SchemaChange &c : m_diff.changes) {
        if (c.sourceTable == NoObject || c.targetTable == NoObject || c.kind == Kind::RenameTable)
            continue;
        if (!byTable.contains(c.targetTable))
            tables << c.targetTable;
        byTable[c.targetTable] << &c;
    }
    for (ObjectId t : std::as_const(tables))
        alterTable(t, byTable.value(t));
    for (auto it = m_from.script.tables.crbegin(); it != m_from.script.tables.crend(); ++it) {
        for (const SchemaChange &c : m_diff.changes) {
            if (c.kind == Kind::DropTable && c.table == *it)
                m_lines << QStringLiteral("    op.drop_table(%1)").arg(py(c.table));
        }
    }
    if (m_lines.isEmpty())
        m_lines << QStringLiteral("    pass");
    return m_lines.join(u'\n') + u'\n';
}

} // namespace

QString AlembicWriter::write(const Schema &oldDesign, const Schema &newDesign,
    const SchemaDiffResult &upgrade, const SchemaDiffResult &downgrade, const Revision &revision)
{
    const Side oldSide(oldDesign);
    const Side newSide(newDesign);
    QString text;
    text += QStringLiteral("\"\"\"") + revision.message + QStringLiteral("\n\nRevision ID: ")
        + revision.id + QStringLiteral("\nRevises: ") + revision.downRevision
        + QStringLiteral("\nCreate Date: ") + revision.createDate
        + QStringLiteral("\n\nWritten by schemata diff --alembic.\n\"\"\"\n");
    text += QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n\n\n");
    text += QStringLiteral("# revision identifiers, used by Alembic.\nrevision = ") + py(revision.id)
        + QStringLiteral("\ndown_revision = ")
        + (revision.downRevision.isEmpty() ? QStringLiteral("None") : py(revision.downRevision))
        + QStringLiteral("\nbranch_labels = None\ndepends_on = None\n\n\n");
    text += QStringLiteral("def upgrade():\n") + Body(oldSide, newSide, upgrade).text();
    text += QStringLiteral("\n\ndef downgrade():\n") + Body(newSide, oldSide, downgrade).text();
    return text;
}
