#include "ddlwriter.h"

#include "constraintnames.h"

#include "analysis/designcheck.h"
#include "analysis/relationship.h"
#include "analysis/tableorder.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QSet>

namespace {

QString indent()
{
    return QStringLiteral("    ");
}

// Names given out in one script. PostgreSQL keeps tables, indexes and the indexes behind
// primary and unique keys in one namespace per schema, SQLite keeps indexes per database and
// MySQL foreign keys per database; one set for all keeps every engine happy.
class NameRegistry
{
public:
    explicit NameRegistry(const Dialect &dialect)
        : m_dialect(dialect)
    {
    }

    void reserve(const QString &name) { m_taken.insert(name.toCaseFolded()); }
    bool isTaken(const QString &name) const { return m_taken.contains(name.toCaseFolded()); }

    // `wanted`, or when that is taken, `wanted_2`, `wanted_3`, ... (shortened to fit).
    QString claim(const QString &wanted)
    {
        QString name = wanted;
        for (int n = 2; isTaken(name); ++n)
            name = m_dialect.shortenIdentifier(wanted + u'_' + QString::number(n));
        reserve(name);
        return name;
    }

private:
    const Dialect &m_dialect;
    QSet<QString> m_taken;
};

QStringList columnNames(const Table &table, const QList<ObjectId> &ids)
{
    QStringList names;
    for (ObjectId id : ids) {
        const Column *c = table.column(id);
        names << (c ? c->name : QString());
    }
    return names;
}

QList<ObjectId> keyColumns(const Key &key)
{
    QList<ObjectId> ids;
    for (const KeyPart &p : key.parts)
        ids << p.column;
    return ids;
}

QList<ObjectId> foreignKeyColumns(const ForeignKey &fk)
{
    QList<ObjectId> ids;
    for (const ForeignKeyPart &p : fk.parts)
        ids << p.column;
    return ids;
}

bool isPrimaryKeyName(const QString &name)
{
    return name.isEmpty() || name.compare(u"PRIMARY", Qt::CaseInsensitive) == 0;
}

// "-- line" comments for SQLite's CREATE TABLE text, the first on the current line.
QString sqlComment(const QString &comment)
{
    QStringList lines = comment.split(u'\n');
    for (QString &line : lines) {
        line.remove(u'\r');
        line = line.trimmed().isEmpty() ? QStringLiteral("--") : QStringLiteral("-- ") + line;
    }
    return u' ' + lines.join(u'\n' + indent());
}

} // namespace

QString DdlScript::text() const
{
    QString result;
    for (const DdlStatement &s : statements) {
        if (!result.isEmpty())
            result += u'\n';
        result += s.sql + QStringLiteral(";\n");
    }
    return result;
}

Schema DdlWriter::physicalSchema(const Schema &design, QList<DesignProblem> *problems)
{
    Schema schema = design;
    // A key without columns is nothing to a database (DesignCheck warns about it).
    for (Table &t : schema.tables()) {
        t.keys.erase(std::remove_if(t.keys.begin(), t.keys.end(),
                         [](const Key &k) { return k.parts.isEmpty(); }),
            t.keys.end());
    }
    // The root of each single-table subclass: follow `inherits` while it is single-table.
    const auto rootOf = [&](const Table &t) {
        const Table *root = &t;
        QSet<ObjectId> seen;
        while (root->inheritance.kind == Inheritance::Kind::Single
            && schema.table(root->inheritance.parent) && !seen.contains(root->id)) {
            seen.insert(root->id);
            root = schema.table(root->inheritance.parent);
        }
        return root->id;
    };

    QHash<ObjectId, ObjectId> folded; // subclass table -> root table
    for (const Table &t : schema.tables()) {
        const ObjectId root = rootOf(t);
        if (root != t.id)
            folded.insert(t.id, root);
    }
    if (folded.isEmpty())
        return schema;

    QHash<ObjectId, ObjectId> movedColumns; // subclass key column -> root column of that name
    for (const Table &t : design.tables()) {
        const auto it = folded.constFind(t.id);
        if (it == folded.cend())
            continue;
        Table *root = schema.table(it.value());
        for (const Column &c : t.columns) {
            if (const Column *same = root->columnByName(c.name)) {
                movedColumns.insert(c.id, same->id);
                continue;
            }
            Column column = c;
            // A row of another subclass has no value here.
            column.setNullable(true);
            root->columns.append(column);
            if (problems && !c.nullable)
                problems->append(DesignProblem::warning(
                    tr("The column is NOT NULL in the design but belongs to a single-table "
                       "subclass; it is nullable in \"%1\".")
                        .arg(root->name),
                    t.name, c.name));
        }
        for (const Key &k : t.keys) {
            if (!k.isPrimary())
                root->keys.append(k);
        }
        for (const ForeignKey &fk : t.foreignKeys)
            root->foreignKeys.append(fk);
    }
    QList<Table> &tables = schema.tables();
    tables.erase(std::remove_if(tables.begin(), tables.end(),
                     [&](const Table &t) { return folded.contains(t.id); }),
        tables.end());
    // References to a subclass now reach its root, and columns moved by name their namesakes.
    for (Table &t : tables) {
        for (ForeignKey &fk : t.foreignKeys) {
            fk.referencedTable = folded.value(fk.referencedTable, fk.referencedTable);
            for (ForeignKeyPart &p : fk.parts) {
                p.column = movedColumns.value(p.column, p.column);
                p.referencedColumn = movedColumns.value(p.referencedColumn, p.referencedColumn);
            }
        }
        for (Key &k : t.keys) {
            for (KeyPart &p : k.parts)
                p.column = movedColumns.value(p.column, p.column);
        }
    }
    return schema;
}

QHash<ObjectId, ReferentialAction> DdlWriter::impliedOnDeleteActions(const Schema &schema)
{
    QHash<ObjectId, ReferentialAction> implied;
    for (const Relationship &r : findRelationships(schema)) {
        if (r.kind == Relationship::Kind::ManyToMany
            || r.kind == Relationship::Kind::SelfManyToMany) {
            implied.insert(r.foreignKey, ReferentialAction::Cascade);
            implied.insert(r.secondForeignKey, ReferentialAction::Cascade);
        } else if (r.kind == Relationship::Kind::JoinedInheritance) {
            // Deleting the parent row deletes the child's, when the design says this is
            // inheritance; a shared primary key alone may be a one-to-one the user wants
            // restricted.
            const Table *child = schema.table(r.table);
            if (child && child->inheritance.kind == Inheritance::Kind::Joined
                && child->inheritance.parent == r.target)
                implied.insert(r.foreignKey, ReferentialAction::Cascade);
        }
    }
    return implied;
}

namespace {

// One script being written: the state the statements share (names given out, the table
// order and its cycles, what relationship kinds imply) and one method per part of a table.
class ScriptBuilder
{
public:
    ScriptBuilder(const Dialect &dialect, const Schema &schema, DdlScript &script)
        : d(dialect)
        , m_schema(schema)
        , m_script(script)
        , m_engineTitle(sqlEngineTitle(dialect.engine()))
        , m_order(TableOrder::parentsFirst(schema))
        , m_impliedOnDelete(DdlWriter::impliedOnDeleteActions(schema))
        , m_names(dialect)
    {
        collectInheritedKeyColumns();
        collectKeyedColumns();
        reserveDesignNames();
    }

    void write()
    {
        checkNameLengths();
        for (const Table *table : m_order.tables)
            writeTable(*table);
        m_script.statements << m_foreignKeys;
    }

private:
    void problem(DesignProblem p) { m_script.problems.append(p); }
    void collectInheritedKeyColumns();
    void collectKeyedColumns();
    void reserveDesignNames();
    void checkNameLengths();
    QString nameFromDesign(const QString &name, const Table &t);
    QString quotedList(const QStringList &names) const;
    QString columnType(const Table &t, const Column &c, const LogicalType &type);
    ObjectId autoIncrementColumn(const Table &t);
    QString primaryKeyName(const Table &t);
    QString columnDefinition(const Table &t, const Column &c, ObjectId autoIncrement,
        bool inlinePrimaryKey, const QString &pkName);
    void writeKeys(const Table &t);
    void writeForeignKeyIndexes(const Table &t);
    void writeForeignKeys(const Table &t);
    QString foreignKeyClause(const Table &t, const ForeignKey &fk, const QString &name);
    void checkForeignKeyTypes(const Table &t, const ForeignKey &fk, const Table &target);
    QString createTableText(const Table &t) const;
    void writeComments(const Table &t);
    void writeTable(const Table &t);

    const Dialect &d;
    const Schema &m_schema;
    DdlScript &m_script;
    const QString m_engineTitle;
    const TableOrder m_order;
    const QHash<ObjectId, ReferentialAction> m_impliedOnDelete;
    NameRegistry m_names;
    QSet<ObjectId> m_inheritedKeyColumns; // a joined child's key takes its parent's value
    QSet<ObjectId> m_keyed; // columns in a key, where the engine indexes whole values only
    QList<DdlStatement> m_foreignKeys; // ALTER TABLE ... ADD, after every table

    // The table being written: its CREATE TABLE elements (with a comment each, for engines
    // that keep comments in the CREATE text) and its indexes.
    QStringList m_elements;
    QStringList m_comments;
    QList<DdlStatement> m_indexes;
};

void ScriptBuilder::collectInheritedKeyColumns()
{
    for (const Relationship &r : findRelationships(m_schema)) {
        if (r.kind != Relationship::Kind::JoinedInheritance)
            continue;
        const Table *child = m_schema.table(r.table);
        if (const Key *pk = child ? child->primaryKey() : nullptr) {
            for (const KeyPart &p : pk->parts)
                m_inheritedKeyColumns.insert(p.column);
        }
    }
}

// MySQL indexes whole values only up to a limit, so a TEXT or BLOB column in a key (or in a
// foreign key, which needs an index there) becomes VARCHAR(255) / VARBINARY(255).
void ScriptBuilder::collectKeyedColumns()
{
    if (d.indexesWholeValues())
        return;
    for (const Table &t : m_schema.tables()) {
        for (const Key &k : t.keys) {
            if (k.type.toUpper() != Key::Fulltext) {
                for (const KeyPart &p : k.parts)
                    m_keyed.insert(p.column);
            }
        }
        for (const ForeignKey &fk : t.foreignKeys) {
            for (const ForeignKeyPart &p : fk.parts)
                m_keyed << p.column << p.referencedColumn;
        }
    }
}

// The design's own names come first; generated ones step around them.
void ScriptBuilder::reserveDesignNames()
{
    for (const Table *t : m_order.tables) {
        m_names.reserve(t->name);
        for (const Key &k : t->keys) {
            if (!(k.isPrimary() && isPrimaryKeyName(k.name)) && !k.name.isEmpty())
                m_names.reserve(d.shortenIdentifier(k.name));
        }
        for (const ForeignKey &fk : t->foreignKeys) {
            if (!fk.name.isEmpty())
                m_names.reserve(d.shortenIdentifier(fk.name));
        }
    }
}

// Table and column names are the user's: too long for the engine is an error, as PostgreSQL
// would cut them silently and MySQL refuse them.
void ScriptBuilder::checkNameLengths()
{
    const auto checkLength = [&](const QString &name, const QString &table, const QString &column) {
        if (d.shortenIdentifier(name) != name)
            problem(DesignProblem::error(
                DdlWriter::tr("The name is longer than %1 allows (%2 %3).")
                    .arg(m_engineTitle, QString::number(d.maxIdentifierLength()),
                        d.identifierLengthInBytes() ? DdlWriter::tr("bytes in UTF-8")
                                                    : DdlWriter::tr("characters")),
                table, column));
    };
    for (const Table *t : m_order.tables) {
        checkLength(t->name, t->name, QString());
        for (const Column &c : t->columns)
            checkLength(c.name, t->name, c.name);
    }
}

// Constraint names from the design are shortened to fit, with a warning.
QString ScriptBuilder::nameFromDesign(const QString &name, const Table &t)
{
    const QString shortened = d.shortenIdentifier(name);
    if (shortened != name)
        problem(DesignProblem::warning(
            DdlWriter::tr("The name \"%1\" is longer than %2 allows; it is \"%3\" there.")
                .arg(name, m_engineTitle, shortened),
            t.name));
    return shortened;
}

// "(a, b)", each name quoted.
QString ScriptBuilder::quotedList(const QStringList &names) const
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << d.quoteIdentifier(n);
    return u'(' + quoted.join(QStringLiteral(", ")) + u')';
}

QString ScriptBuilder::columnType(const Table &t, const Column &c, const LogicalType &type)
{
    if (!m_keyed.contains(c.id)
        || (type.kind != LogicalType::Kind::Text && type.kind != LogicalType::Kind::Blob
            && type.kind != LogicalType::Kind::Json))
        return d.columnType(type);
    const QString indexable = type.kind == LogicalType::Kind::Blob
        ? QStringLiteral("VARBINARY(255)")
        : QStringLiteral("VARCHAR(255)");
    problem(DesignProblem::warning(DdlWriter::tr("%1 cannot index a %2 column; it is %3 there.")
                                       .arg(m_engineTitle, c.datatype, indexable),
        t.name, c.name));
    return indexable;
}

// The column that numbers itself, if any: the design's AUTOINCREMENT or a SERIAL type, but
// never the key of a joined-inheritance child, which copies its parent's.
ObjectId ScriptBuilder::autoIncrementColumn(const Table &t)
{
    ObjectId autoIncrement = NoObject;
    for (const Column &c : t.columns) {
        if (!c.autoIncrement && !TypeMapping::fromDesign(c.datatype).serial)
            continue;
        if (m_inheritedKeyColumns.contains(c.id))
            problem(DesignProblem::warning(
                DdlWriter::tr("The key of a joined-inheritance child takes its parent's value; "
                              "AUTOINCREMENT is left out."),
                t.name, c.name));
        else
            autoIncrement = c.id;
    }
    return autoIncrement;
}

QString ScriptBuilder::primaryKeyName(const Table &t)
{
    const Key *pk = t.primaryKey();
    if (!pk)
        return QString();
    return isPrimaryKeyName(pk->name) ? m_names.claim(ConstraintNames::primaryKey(d, t.name))
                                      : nameFromDesign(pk->name, t);
}

QString ScriptBuilder::columnDefinition(const Table &t, const Column &c, ObjectId autoIncrement,
    bool inlinePrimaryKey, const QString &pkName)
{
    const LogicalType type = TypeMapping::fromDesign(c.datatype);
    const bool numbered = c.id == autoIncrement;
    const Key *pk = t.primaryKey();
    const bool inKey = pk && pk->contains(c.id);
    QString sql = d.quoteIdentifier(c.name) + u' '
        + (numbered && inlinePrimaryKey ? QStringLiteral("INTEGER") : columnType(t, c, type));
    DdlScript::ColumnFacts &facts = m_script.columnFacts[c.id];
    facts.type = sql.mid(d.quoteIdentifier(c.name).size() + 1);
    facts.numbered = numbered;
    facts.notNull = !c.nullable || inKey || numbered;
    if (facts.notNull)
        sql += QStringLiteral(" NOT NULL");
    if (!numbered) {
        const QString value = d.defaultSql(c.defaultValue, type).value_or(QString());
        facts.defaultSql = value;
        if (!value.isEmpty())
            sql += QStringLiteral(" DEFAULT ") + value;
    }
    if (numbered) {
        if (inlinePrimaryKey)
            sql += QStringLiteral(" CONSTRAINT ") + d.quoteIdentifier(pkName)
                + QStringLiteral(" PRIMARY KEY");
        sql += u' ' + d.autoIncrementClause();
    }
    facts.definition = sql; // completed below with the comment clause, where there is one
    if (!c.comment.isEmpty() && !d.commentsInCreateText()) {
        const QString clause = d.columnCommentClause(c.comment);
        if (!clause.isEmpty())
            sql += u' ' + clause;
        facts.definition = sql;
        if (d.maxColumnCommentLength() > 0 && c.comment.size() > d.maxColumnCommentLength())
            problem(DesignProblem::warning(
                DdlWriter::tr("%1 keeps 1024 characters of a column comment; the rest is cut.")
                    .arg(m_engineTitle),
                t.name, c.name));
    }
    return sql;
}

// UNIQUE keys become elements of the CREATE TABLE; indexes, statements of their own.
void ScriptBuilder::writeKeys(const Table &t)
{
    for (const Key &k : t.keys) {
        if (k.isPrimary())
            continue; // with the columns; a second one is a design error
        const QStringList cols = columnNames(t, keyColumns(k));
        const QString type = k.type.toUpper();
        if (type == Key::Unique || type == Key::Index)
            m_script.keyTypes.insert(k.id, type);
        if (type == Key::Unique) {
            const QString name = k.name.isEmpty()
                ? m_names.claim(ConstraintNames::unique(d, t.name, cols))
                : nameFromDesign(k.name, t);
            m_elements << QStringLiteral("CONSTRAINT ") + d.quoteIdentifier(name)
                    + QStringLiteral(" UNIQUE ") + quotedList(cols);
            m_comments << QString();
            m_script.constraints.insert(k.id, {name, m_elements.last()});
        } else if (type == Key::Index || type == Key::Fulltext) {
            bool fulltext = type == Key::Fulltext;
            if (fulltext && !d.hasFulltextIndexes()) {
                problem(DesignProblem::warning(
                    DdlWriter::tr("%1 has no FULLTEXT index; a plain index is made instead.")
                        .arg(m_engineTitle),
                    t.name, cols.join(QStringLiteral(", "))));
                fulltext = false;
            }
            m_script.keyTypes.insert(k.id, fulltext ? Key::Fulltext : Key::Index);
            const QString name = k.name.isEmpty()
                ? m_names.claim(ConstraintNames::index(d, t.name, cols))
                : nameFromDesign(k.name, t);
            m_indexes << DdlStatement {DdlStatement::Kind::CreateIndex, t.name,
                (fulltext ? QStringLiteral("CREATE FULLTEXT INDEX ")
                          : QStringLiteral("CREATE INDEX "))
                    + d.quoteIdentifier(name) + QStringLiteral(" ON ") + d.quoteIdentifier(t.name)
                    + u' ' + quotedList(cols)};
            m_script.constraints.insert(k.id, {name, m_indexes.last().sql});
        } else {
            problem(DesignProblem::warning(
                DdlWriter::tr("A key of type %1 is not applied; Schemata knows PRIMARY, UNIQUE, "
                              "INDEX and FULLTEXT keys.")
                    .arg(k.type),
                t.name, cols.join(QStringLiteral(", "))));
        }
    }
}

// An index on every foreign key's columns, unless a key already starts with them, in their
// order (or another foreign key on the same columns, to several tables, made one already).
void ScriptBuilder::writeForeignKeyIndexes(const Table &t)
{
    QList<QList<ObjectId>> indexedForForeignKeys;
    for (const ForeignKey &fk : t.foreignKeys) {
        const QList<ObjectId> fkColumns = foreignKeyColumns(fk);
        if (indexedForForeignKeys.contains(fkColumns))
            continue;
        indexedForForeignKeys << fkColumns;
        bool covered = false;
        for (const Key &k : t.keys) {
            const QString type = k.type.toUpper();
            if (type != Key::Primary && type != Key::Unique && type != Key::Index)
                continue;
            const QList<ObjectId> columns = keyColumns(k);
            if (columns.size() < fkColumns.size())
                continue;
            // In the same order: InnoDB uses no other index for a foreign key.
            covered = covered || columns.mid(0, fkColumns.size()) == fkColumns;
        }
        if (covered)
            continue;
        const QStringList cols = columnNames(t, fkColumns);
        const QString name = m_names.claim(ConstraintNames::index(d, t.name, cols));
        m_indexes << DdlStatement {DdlStatement::Kind::CreateIndex, t.name,
            QStringLiteral("CREATE INDEX ") + d.quoteIdentifier(name) + QStringLiteral(" ON ")
                + d.quoteIdentifier(t.name) + u' ' + quotedList(cols)};
    }
}

// Inline on engines that want them there; otherwise ALTER TABLE after all tables, which also
// resolves cycles.
void ScriptBuilder::writeForeignKeys(const Table &t)
{
    for (const ForeignKey &fk : t.foreignKeys) {
        const Table *target = m_schema.table(fk.referencedTable);
        const QStringList cols = columnNames(t, foreignKeyColumns(fk));
        const QString name = fk.name.isEmpty()
            ? m_names.claim(ConstraintNames::foreignKey(d, t.name, cols, target->name))
            : nameFromDesign(fk.name, t);
        const QString clause = foreignKeyClause(t, fk, name);
        m_script.constraints.insert(fk.id, {name, clause});
        if (d.foreignKeysInline()) {
            m_elements << clause;
            m_comments << QString();
        } else {
            m_foreignKeys << DdlStatement {DdlStatement::Kind::AddForeignKey, t.name,
                QStringLiteral("ALTER TABLE ") + d.quoteIdentifier(t.name)
                    + QStringLiteral(" ADD ") + clause};
        }
    }
}

QString ScriptBuilder::foreignKeyClause(const Table &t, const ForeignKey &fk, const QString &name)
{
    const Table *target = m_schema.table(fk.referencedTable);
    QStringList from, to;
    for (const ForeignKeyPart &p : fk.parts) {
        from << t.column(p.column)->name;
        to << target->column(p.referencedColumn)->name;
    }
    QString sql = QStringLiteral("CONSTRAINT ") + d.quoteIdentifier(name)
        + QStringLiteral(" FOREIGN KEY ") + quotedList(from) + QStringLiteral(" REFERENCES ")
        + d.quoteIdentifier(target->name) + u' ' + quotedList(to);
    ReferentialAction onDelete = fk.onDelete;
    if (onDelete == ReferentialAction::Unspecified)
        onDelete = m_impliedOnDelete.value(fk.id, ReferentialAction::Unspecified);
    if (onDelete != ReferentialAction::Unspecified)
        sql += QStringLiteral(" ON DELETE ") + referentialActionSql(onDelete);
    if (fk.onUpdate != ReferentialAction::Unspecified)
        sql += QStringLiteral(" ON UPDATE ") + referentialActionSql(fk.onUpdate);
    if (!d.honoursSetDefault()
        && (onDelete == ReferentialAction::SetDefault
            || fk.onUpdate == ReferentialAction::SetDefault))
        problem(DesignProblem::warning(
            DdlWriter::tr("%1 accepts SET DEFAULT but does RESTRICT instead.").arg(m_engineTitle),
            t.name, t.column(fk.parts.first().column)->name));
    // Keys that close a cycle point forward: they need deferring (or must come after the
    // tables, as they do on PostgreSQL and MySQL).
    if (m_order.cycleKeys.contains(fk.id) && d.hasDeferrableConstraints())
        sql += QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
    if (d.foreignKeyNeedsSameIntegerType())
        checkForeignKeyTypes(t, fk, *target);
    return sql;
}

void ScriptBuilder::checkForeignKeyTypes(const Table &t, const ForeignKey &fk, const Table &target)
{
    for (const ForeignKeyPart &p : fk.parts) {
        const Column *c = t.column(p.column);
        const Column *r = target.column(p.referencedColumn);
        const LogicalType a = TypeMapping::fromDesign(c->datatype);
        const LogicalType b = TypeMapping::fromDesign(r->datatype);
        if (a.isInteger() && b.isInteger()
            && (d.columnType(a) != d.columnType(b)))
            problem(DesignProblem::error(
                DdlWriter::tr("%1 needs a foreign key column to have the type of the column it "
                              "references: %2 here, %3 in %4.%5.")
                    .arg(m_engineTitle, c->datatype, r->datatype, target.name, r->name),
                t.name, c->name));
    }
}

QString ScriptBuilder::createTableText(const Table &t) const
{
    QString create
        = QStringLiteral("CREATE TABLE ") + d.quoteIdentifier(t.name) + QStringLiteral(" (");
    if (d.commentsInCreateText() && !t.comment.isEmpty())
        create += sqlComment(t.comment);
    for (qsizetype i = 0; i < m_elements.size(); ++i) {
        create += u'\n' + indent() + m_elements.at(i);
        if (i + 1 < m_elements.size())
            create += u',';
        if (d.commentsInCreateText() && !m_comments.value(i).isEmpty())
            create += sqlComment(m_comments.at(i));
    }
    create += QStringLiteral("\n)");
    const QString options = d.tableOptions(t.comment);
    if (!options.isEmpty())
        create += u' ' + options;
    return create;
}

// COMMENT ON statements, on engines that keep comments that way.
void ScriptBuilder::writeComments(const Table &t)
{
    const QString tableComment
        = t.comment.isEmpty() ? QString() : d.commentStatement(t.name, QString(), t.comment);
    if (!tableComment.isEmpty())
        m_script.statements << DdlStatement {DdlStatement::Kind::Comment, t.name, tableComment};
    for (const Column &c : t.columns) {
        const QString statement
            = c.comment.isEmpty() ? QString() : d.commentStatement(t.name, c.name, c.comment);
        if (!statement.isEmpty())
            m_script.statements << DdlStatement {DdlStatement::Kind::Comment, t.name, statement};
    }
}

void ScriptBuilder::writeTable(const Table &t)
{
    m_script.tables << t.name;
    m_elements.clear();
    m_comments.clear();
    m_indexes.clear();

    const ObjectId autoIncrement = autoIncrementColumn(t);
    const QString pkName = primaryKeyName(t);
    const bool inlinePrimaryKey = autoIncrement != NoObject && d.autoIncrementNeedsInlinePrimaryKey();
    for (const Column &c : t.columns) {
        m_elements << columnDefinition(t, c, autoIncrement, inlinePrimaryKey, pkName);
        m_comments << c.comment;
    }
    if (const Key *pk = t.primaryKey())
        m_script.keyTypes.insert(pk->id, Key::Primary);
    if (const Key *pk = t.primaryKey(); pk && !inlinePrimaryKey) {
        m_elements << QStringLiteral("CONSTRAINT ") + d.quoteIdentifier(pkName)
                + QStringLiteral(" PRIMARY KEY ") + quotedList(columnNames(t, keyColumns(*pk)));
        m_comments << QString();
        m_script.constraints.insert(pk->id, {pkName, m_elements.last()});
    } else if (pk) {
        m_script.constraints.insert(pk->id, {pkName, QString()}); // on the numbered column
    }
    writeKeys(t);
    writeForeignKeyIndexes(t);
    writeForeignKeys(t);

    m_script.statements << DdlStatement {DdlStatement::Kind::CreateTable, t.name,
        createTableText(t)};
    writeComments(t);
    m_script.statements << m_indexes;
}

} // namespace

DdlScript DdlWriter::write(const Schema &design) const
{
    DdlScript script;
    script.problems = DesignCheck::check(design, m_dialect);
    if (!script.ok())
        return script;
    const Schema schema = physicalSchema(design, &script.problems);
    ScriptBuilder(m_dialect, schema, script).write();
    if (!script.ok())
        script.statements.clear();
    return script;
}
