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

DdlScript DdlWriter::write(const Schema &design) const
{
    DdlScript script;
    script.problems = DesignCheck::check(design, m_dialect);
    if (!script.ok())
        return script;
    const Schema schema = physicalSchema(design, &script.problems);
    const Dialect &d = m_dialect;
    const SqlEngine engine = d.engine();
    const auto problem = [&](DesignProblem p) { script.problems.append(p); };
    const QString engineTitle = sqlEngineTitle(engine);

    // What the relationship kinds need.
    const QHash<ObjectId, ReferentialAction> impliedOnDelete = impliedOnDeleteActions(schema);
    QSet<ObjectId> inheritedKeyColumns; // a joined child's key takes its parent's value
    for (const Relationship &r : findRelationships(schema)) {
        if (r.kind != Relationship::Kind::JoinedInheritance)
            continue;
        if (const Key *pk = schema.table(r.table) ? schema.table(r.table)->primaryKey() : nullptr) {
            for (const KeyPart &p : pk->parts)
                inheritedKeyColumns.insert(p.column);
        }
    }

    // Keys that close a cycle point forward: they need deferring (or must come after the
    // tables, as they do on PostgreSQL and MySQL).
    const TableOrder order = TableOrder::parentsFirst(schema);
    const QList<const Table *> &tables = order.tables;

    NameRegistry names(d);
    for (const Table *t : tables) {
        names.reserve(t->name);
        for (const Key &k : t->keys) {
            if (!(k.isPrimary() && isPrimaryKeyName(k.name)) && !k.name.isEmpty())
                names.reserve(d.shortenIdentifier(k.name));
        }
        for (const ForeignKey &fk : t->foreignKeys) {
            if (!fk.name.isEmpty())
                names.reserve(d.shortenIdentifier(fk.name));
        }
    }
    const auto nameFromDesign = [&](const QString &name, const Table &t) {
        const QString shortened = d.shortenIdentifier(name);
        if (shortened != name)
            problem(DesignProblem::warning(
                tr("The name \"%1\" is longer than %2 allows; it is \"%3\" there.")
                    .arg(name, engineTitle, shortened),
                t.name));
        return shortened;
    };

    // MySQL indexes whole values only up to a limit, so a TEXT or BLOB column in a key (or
    // in a foreign key, which needs an index there) becomes VARCHAR(255) / VARBINARY(255).
    QSet<ObjectId> keyed;
    if (!d.indexesWholeValues()) {
        for (const Table &t : schema.tables()) {
            for (const Key &k : t.keys) {
                if (k.type.toUpper() != Key::Fulltext) {
                    for (const KeyPart &p : k.parts)
                        keyed.insert(p.column);
                }
            }
            for (const ForeignKey &fk : t.foreignKeys) {
                for (const ForeignKeyPart &p : fk.parts)
                    keyed << p.column << p.referencedColumn;
            }
        }
    }
    const auto columnType = [&](const Table &t, const Column &c, const LogicalType &type) {
        if (!keyed.contains(c.id)
            || (type.kind != LogicalType::Kind::Text && type.kind != LogicalType::Kind::Blob
                && type.kind != LogicalType::Kind::Json))
            return d.columnType(type);
        const QString indexable = type.kind == LogicalType::Kind::Blob
            ? QStringLiteral("VARBINARY(255)")
            : QStringLiteral("VARCHAR(255)");
        problem(DesignProblem::warning(tr("%1 cannot index a %2 column; it is %3 there.")
                                           .arg(engineTitle, c.datatype, indexable),
            t.name, c.name));
        return indexable;
    };

    const auto foreignKeyClause = [&](const Table &t, const ForeignKey &fk, const QString &name) {
        const Table *target = schema.table(fk.referencedTable);
        QStringList from, to;
        for (const ForeignKeyPart &p : fk.parts) {
            from << d.quoteIdentifier(t.column(p.column)->name);
            to << d.quoteIdentifier(target->column(p.referencedColumn)->name);
        }
        QString sql = QStringLiteral("CONSTRAINT ") + d.quoteIdentifier(name)
            + QStringLiteral(" FOREIGN KEY (") + from.join(QStringLiteral(", "))
            + QStringLiteral(") REFERENCES ") + d.quoteIdentifier(target->name)
            + QStringLiteral(" (") + to.join(QStringLiteral(", ")) + u')';
        ReferentialAction onDelete = fk.onDelete;
        if (onDelete == ReferentialAction::Unspecified)
            onDelete = impliedOnDelete.value(fk.id, ReferentialAction::Unspecified);
        if (onDelete != ReferentialAction::Unspecified)
            sql += QStringLiteral(" ON DELETE ") + referentialActionSql(onDelete);
        if (fk.onUpdate != ReferentialAction::Unspecified)
            sql += QStringLiteral(" ON UPDATE ") + referentialActionSql(fk.onUpdate);
        if (!d.honoursSetDefault()
            && (onDelete == ReferentialAction::SetDefault
                || fk.onUpdate == ReferentialAction::SetDefault))
            problem(DesignProblem::warning(
                tr("%1 accepts SET DEFAULT but does RESTRICT instead.").arg(engineTitle), t.name,
                t.column(fk.parts.first().column)->name));
        if (order.cycleKeys.contains(fk.id) && d.hasDeferrableConstraints())
            sql += QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
        if (d.foreignKeyNeedsSameIntegerType()) {
            for (const ForeignKeyPart &p : fk.parts) {
                const Column *c = t.column(p.column);
                const Column *r = target->column(p.referencedColumn);
                const LogicalType a = TypeMapping::fromDesign(c->datatype);
                const LogicalType b = TypeMapping::fromDesign(r->datatype);
                if (a.isInteger() && b.isInteger()
                    && (TypeMapping::toDdl(a, engine) != TypeMapping::toDdl(b, engine)))
                    problem(DesignProblem::error(
                        tr("%1 needs a foreign key column to have the type of the column it "
                           "references: %2 here, %3 in %4.%5.")
                            .arg(engineTitle, c->datatype, r->datatype, target->name, r->name),
                        t.name, c->name));
            }
        }
        return sql;
    };

    // Table and column names are the user's: too long for the engine is an error, as
    // PostgreSQL would cut them silently and MySQL refuse them.
    const auto checkLength = [&](const QString &name, const QString &table, const QString &column) {
        if (d.shortenIdentifier(name) != name)
            problem(DesignProblem::error(
                tr("The name is longer than %1 allows (%2 %3).")
                    .arg(engineTitle, QString::number(d.maxIdentifierLength()),
                        d.identifierLengthInBytes() ? tr("bytes in UTF-8") : tr("characters")),
                table, column));
    };
    for (const Table *t : tables) {
        checkLength(t->name, t->name, QString());
        for (const Column &c : t->columns)
            checkLength(c.name, t->name, c.name);
    }

    QList<DdlStatement> foreignKeys;
    for (const Table *table : tables) {
        const Table &t = *table;
        script.tables << t.name;
        const Key *pk = t.primaryKey();
        QStringList elements;
        QStringList comments; // per element, SQLite only

        // The column that numbers itself, if any: the design's AUTOINCREMENT or a SERIAL type,
        // but never the key of a joined-inheritance child, which copies its parent's.
        ObjectId autoIncrement = NoObject;
        for (const Column &c : t.columns) {
            if (c.autoIncrement || TypeMapping::fromDesign(c.datatype).serial) {
                if (inheritedKeyColumns.contains(c.id))
                    problem(DesignProblem::warning(
                        tr("The key of a joined-inheritance child takes its parent's value; "
                           "AUTOINCREMENT is left out."),
                        t.name, c.name));
                else
                    autoIncrement = c.id;
            }
        }
        QString pkName;
        if (pk) {
            pkName = isPrimaryKeyName(pk->name)
                ? names.claim(ConstraintNames::primaryKey(d, t.name))
                : nameFromDesign(pk->name, t);
        }
        const bool inlinePrimaryKey
            = autoIncrement != NoObject && d.autoIncrementNeedsInlinePrimaryKey();

        for (const Column &c : t.columns) {
            const LogicalType type = TypeMapping::fromDesign(c.datatype);
            const bool numbered = c.id == autoIncrement;
            const bool inKey = pk && pk->contains(c.id);
            QString sql = d.quoteIdentifier(c.name) + u' '
                + (numbered && inlinePrimaryKey ? QStringLiteral("INTEGER")
                                                : columnType(t, c, type));
            if (!c.nullable || inKey || numbered)
                sql += QStringLiteral(" NOT NULL");
            if (!numbered) {
                const QString value = d.defaultSql(c.defaultValue, type).value_or(QString());
                if (!value.isEmpty())
                    sql += QStringLiteral(" DEFAULT ") + value;
            }
            if (numbered) {
                if (inlinePrimaryKey)
                    sql += QStringLiteral(" CONSTRAINT ") + d.quoteIdentifier(pkName)
                        + QStringLiteral(" PRIMARY KEY");
                sql += u' ' + d.autoIncrementClause();
            }
            if (!c.comment.isEmpty() && !d.commentsInCreateText()) {
                const QString clause = d.columnCommentClause(c.comment);
                if (!clause.isEmpty())
                    sql += u' ' + clause;
                if (d.maxColumnCommentLength() > 0
                    && c.comment.size() > d.maxColumnCommentLength())
                    problem(DesignProblem::warning(
                        tr("%1 keeps 1024 characters of a column comment; the rest is cut.")
                            .arg(engineTitle),
                        t.name, c.name));
            }
            elements << sql;
            comments << c.comment;
        }

        if (pk && !inlinePrimaryKey) {
            QStringList quoted;
            for (const QString &n : columnNames(t, keyColumns(*pk)))
                quoted << d.quoteIdentifier(n);
            elements << QStringLiteral("CONSTRAINT ") + d.quoteIdentifier(pkName)
                    + QStringLiteral(" PRIMARY KEY (") + quoted.join(QStringLiteral(", ")) + u')';
            comments << QString();
        }

        QList<DdlStatement> indexes;
        for (const Key &k : t.keys) {
            if (k.isPrimary())
                continue; // above; a second one is a design error
            const QStringList cols = columnNames(t, keyColumns(k));
            QStringList quoted;
            for (const QString &n : cols)
                quoted << d.quoteIdentifier(n);
            const QString columnList = u'(' + quoted.join(QStringLiteral(", ")) + u')';
            const QString type = k.type.toUpper();
            if (type == Key::Unique) {
                const QString name = k.name.isEmpty()
                    ? names.claim(ConstraintNames::unique(d, t.name, cols))
                    : nameFromDesign(k.name, t);
                elements << QStringLiteral("CONSTRAINT ") + d.quoteIdentifier(name)
                        + QStringLiteral(" UNIQUE ") + columnList;
                comments << QString();
            } else if (type == Key::Index || type == Key::Fulltext) {
                bool fulltext = type == Key::Fulltext;
                if (fulltext && !d.hasFulltextIndexes()) {
                    problem(DesignProblem::warning(
                        tr("%1 has no FULLTEXT index; a plain index is made instead.")
                            .arg(engineTitle),
                        t.name, cols.join(QStringLiteral(", "))));
                    fulltext = false;
                }
                const QString name = k.name.isEmpty()
                    ? names.claim(ConstraintNames::index(d, t.name, cols))
                    : nameFromDesign(k.name, t);
                indexes << DdlStatement {DdlStatement::Kind::CreateIndex, t.name,
                    (fulltext ? QStringLiteral("CREATE FULLTEXT INDEX ")
                              : QStringLiteral("CREATE INDEX "))
                        + d.quoteIdentifier(name) + QStringLiteral(" ON ")
                        + d.quoteIdentifier(t.name) + u' ' + columnList};
            } else {
                problem(DesignProblem::warning(
                    tr("A key of type %1 is not applied; Schemata knows PRIMARY, UNIQUE, INDEX "
                       "and FULLTEXT keys.")
                        .arg(k.type),
                    t.name, cols.join(QStringLiteral(", "))));
            }
        }

        // An index on every foreign key's columns, unless a key already starts with them, in
        // their order (or
        // another foreign key on the same columns, to several tables, made one already).
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
            QStringList quoted;
            for (const QString &n : cols)
                quoted << d.quoteIdentifier(n);
            const QString name = names.claim(ConstraintNames::index(d, t.name, cols));
            indexes << DdlStatement {DdlStatement::Kind::CreateIndex, t.name,
                QStringLiteral("CREATE INDEX ") + d.quoteIdentifier(name) + QStringLiteral(" ON ")
                    + d.quoteIdentifier(t.name) + QStringLiteral(" (")
                    + quoted.join(QStringLiteral(", ")) + u')'};
        }

        for (const ForeignKey &fk : t.foreignKeys) {
            const Table *target = schema.table(fk.referencedTable);
            QStringList cols = columnNames(t, foreignKeyColumns(fk));
            const QString name = fk.name.isEmpty()
                ? names.claim(ConstraintNames::foreignKey(d, t.name, cols, target->name))
                : nameFromDesign(fk.name, t);
            const QString clause = foreignKeyClause(t, fk, name);
            if (d.foreignKeysInline()) {
                elements << clause;
                comments << QString();
            } else {
                foreignKeys << DdlStatement {DdlStatement::Kind::AddForeignKey, t.name,
                    QStringLiteral("ALTER TABLE ") + d.quoteIdentifier(t.name)
                        + QStringLiteral(" ADD ") + clause};
            }
        }

        QString create
            = QStringLiteral("CREATE TABLE ") + d.quoteIdentifier(t.name) + QStringLiteral(" (");
        if (d.commentsInCreateText() && !t.comment.isEmpty())
            create += sqlComment(t.comment);
        for (qsizetype i = 0; i < elements.size(); ++i) {
            create += u'\n' + indent() + elements.at(i);
            if (i + 1 < elements.size())
                create += u',';
            if (d.commentsInCreateText() && !comments.value(i).isEmpty())
                create += sqlComment(comments.at(i));
        }
        create += QStringLiteral("\n)");
        const QString options = d.tableOptions(t.comment);
        if (!options.isEmpty())
            create += u' ' + options;
        script.statements << DdlStatement {DdlStatement::Kind::CreateTable, t.name, create};

        const QString tableComment
            = t.comment.isEmpty() ? QString() : d.commentStatement(t.name, QString(), t.comment);
        if (!tableComment.isEmpty())
            script.statements << DdlStatement {DdlStatement::Kind::Comment, t.name, tableComment};
        for (const Column &c : t.columns) {
            const QString statement
                = c.comment.isEmpty() ? QString() : d.commentStatement(t.name, c.name, c.comment);
            if (!statement.isEmpty())
                script.statements << DdlStatement {DdlStatement::Kind::Comment, t.name, statement};
        }
        script.statements << indexes;
    }
    script.statements << foreignKeys;
    if (!script.ok())
        script.statements.clear();
    return script;
}
