#include "designeditor.h"

#include "designdocument.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"
#include "typedcolumn.h"
#include "xml/datatypecataloguereader.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QMimeData>
#include <QUndoCommand>

namespace {

const Table *owningTable(const Schema &schema, ObjectId column)
{
    return schema.tableOf(column);
}

// The type a column referencing `target` gets: the catalogue's "fk" type for types like
// SERIAL (which reference as INTEGER), else the same datatype.
QString referencingType(const Schema &schema, const Column &target)
{
    const DatatypeCatalogue &catalogue = schema.catalogue();
    const int index = catalogue.resolve(target.typeName());
    if (index >= 0) {
        const QString fk = catalogue.types().at(index).fk;
        const int fkIndex = fk.isEmpty() ? -1 : catalogue.indexOfLabel(fk);
        if (fkIndex >= 0)
            return catalogue.types().at(fkIndex).sql;
    }
    return target.datatype;
}

QString uniqueColumnName(const Table &table, const QString &base)
{
    if (!table.columnByName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = base + u'_' + QString::number(n);
        if (!table.columnByName(name))
            return name;
    }
}

QString integerType(const Schema &schema)
{
    const DatatypeCatalogue &catalogue = schema.catalogue();
    for (const Datatype &t : catalogue.types()) {
        if (t.sql.compare(u"INTEGER", Qt::CaseInsensitive) == 0
            || t.sql.compare(u"INT", Qt::CaseInsensitive) == 0)
            return t.sql;
    }
    return QStringLiteral("INTEGER");
}

} // namespace

DesignEditor::DesignEditor(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

ObjectId DesignEditor::addTable(QPointF position, const QString &name)
{
    SchemaEdit edit(*m_document);
    Table &table
        = edit.addTable(edit.unusedTableName(name.isEmpty() ? tr("table") : name), position);
    Column &id = edit.schema().addColumn(table, QStringLiteral("id"), integerType(edit.schema()));
    id.nullable = false;
    id.autoIncrement = true;
    id.defaultValue = DefaultValue::none();
    edit.schema().addKey(table, Key::Primary, {id.id});
    const ObjectId created = table.id;
    m_document->push(edit.command(tr("Add table %1").arg(table.name)));
    return created;
}

bool DesignEditor::renameTable(ObjectId id, const QString &name)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(id);
    const QString trimmed = name.trimmed();
    if (!table || trimmed.isEmpty() || table->name == trimmed)
        return false;
    const QString old = table->name;
    table->name = trimmed;
    m_document->push(edit.command(tr("Rename table %1 to %2").arg(old, trimmed)));
    return true;
}

bool DesignEditor::setTableComment(ObjectId id, const QString &comment)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(id);
    if (!table || table->comment == comment)
        return false;
    table->comment = comment;
    m_document->push(edit.command(tr("Edit comment of %1").arg(table->name)));
    return true;
}

bool DesignEditor::setPinned(const QList<ObjectId> &tables, bool pinned)
{
    SchemaEdit edit(*m_document);
    int count = 0;
    for (ObjectId id : tables) {
        const Table *original = edit.original().table(id);
        if (!original || original->pinned == pinned)
            continue;
        edit.table(id)->pinned = pinned;
        ++count;
    }
    if (count == 0)
        return false;
    m_document->push(edit.command(
        pinned ? tr("Pin %n table(s)", nullptr, count) : tr("Unpin %n table(s)", nullptr, count)));
    return true;
}

ObjectId DesignEditor::addColumn(ObjectId tableId, const QString &name, const QString &datatype)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    if (!table)
        return NoObject;
    const QString type = datatype.isEmpty() ? integerType(edit.schema()) : datatype;
    Column &column = edit.schema().addColumn(
        *table, uniqueColumnName(*table, name.isEmpty() ? tr("column") : name), type);
    const ObjectId created = column.id;
    m_document->push(edit.command(tr("Add column %1.%2").arg(table->name, column.name)));
    return created;
}

bool DesignEditor::updateColumn(ObjectId tableId, const Column &changed)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    Column *column = table ? table->column(changed.id) : nullptr;
    if (!column)
        return false;
    if (column->name == changed.name && column->datatype == changed.datatype
        && column->nullable == changed.nullable && column->autoIncrement == changed.autoIncrement
        && column->defaultValue == changed.defaultValue && column->comment == changed.comment)
        return false;
    const QString oldName = column->name;
    column->name = changed.name.trimmed().isEmpty() ? column->name : changed.name.trimmed();
    column->datatype = changed.datatype;
    column->nullable = changed.nullable;
    column->autoIncrement = changed.autoIncrement;
    column->defaultValue = changed.defaultValue;
    if (!column->nullable && column->defaultValue.isNull())
        column->defaultValue = DefaultValue::none();
    column->comment = changed.comment;
    m_document->push(edit.command(tr("Edit column %1.%2").arg(table->name, oldName)));
    return true;
}

ObjectId DesignEditor::defineColumn(
    ObjectId tableId, ObjectId columnId, const TypedColumn &definition)
{
    const QString name = definition.name.trimmed();
    if (!definition.error.isEmpty() || name.isEmpty())
        return NoObject;
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    if (!table)
        return NoObject;
    Column *column = nullptr;
    QString label;
    if (columnId == NoObject) {
        const QString type
            = definition.datatype.isEmpty() ? integerType(edit.schema()) : definition.datatype;
        column = &edit.schema().addColumn(*table, uniqueColumnName(*table, name), type);
        label = tr("Add column %1.%2").arg(table->name, column->name);
    } else {
        column = table->column(columnId);
        if (!column)
            return NoObject;
        label = tr("Edit column %1.%2").arg(table->name, column->name);
        column->name = name;
        if (!definition.datatype.isEmpty())
            column->datatype = definition.datatype;
    }
    const ObjectId id = column->id;
    column->nullable = definition.nullable;
    column->autoIncrement = definition.autoIncrement;
    if (definition.defaultValue)
        column->defaultValue = *definition.defaultValue;
    else if (column->defaultValue.isText()) // it was on the card, and was taken away
        column->defaultValue = DefaultValue::null();
    if (!column->nullable && column->defaultValue.isNull())
        column->defaultValue = DefaultValue::none();

    auto primary = std::find_if(
        table->keys.begin(), table->keys.end(), [](const Key &k) { return k.isPrimary(); });
    const bool inPrimary = primary != table->keys.end() && primary->contains(id);
    if (definition.primaryKey && !inPrimary) {
        if (primary == table->keys.end())
            edit.schema().addKey(*table, Key::Primary, {id});
        else
            primary->parts.append(KeyPart {id, {}});
    } else if (!definition.primaryKey && inPrimary) {
        primary->parts.removeIf([id](const KeyPart &p) { return p.column == id; });
        if (primary->parts.isEmpty())
            table->keys.erase(primary);
    }
    const auto isOwnUniqueKey = [id](const Key &k) {
        return k.type == Key::Unique && k.parts.size() == 1 && k.parts.first().column == id;
    };
    const bool unique = std::any_of(table->keys.cbegin(), table->keys.cend(), isOwnUniqueKey);
    if (definition.unique && !unique)
        edit.schema().addKey(*table, Key::Unique, {id});
    else if (!definition.unique && unique)
        table->keys.removeIf(isOwnUniqueKey);

    if (columnId != NoObject) {
        // Enter on an unchanged text is no edit.
        const Table *before = edit.original().table(tableId);
        const Column *old = before->column(id);
        const auto sameKeys = [](const QList<Key> &a, const QList<Key> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).type != b.at(i).type || a.at(i).parts.size() != b.at(i).parts.size())
                    return false;
                for (qsizetype j = 0; j < a.at(i).parts.size(); ++j) {
                    if (a.at(i).parts.at(j).column != b.at(i).parts.at(j).column)
                        return false;
                }
            }
            return true;
        };
        if (old->name == column->name && old->datatype == column->datatype
            && old->nullable == column->nullable && old->autoIncrement == column->autoIncrement
            && old->defaultValue == column->defaultValue && sameKeys(before->keys, table->keys))
            return NoObject;
    }
    m_document->push(edit.command(label));
    return id;
}

bool DesignEditor::removeColumn(ObjectId tableId, ObjectId columnId)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    const qsizetype index = table ? table->columnIndex(columnId) : -1;
    if (index < 0)
        return false;
    const QString name = table->columns.at(index).name;
    table->columns.removeAt(index);
    // Keys lose the column (and vanish when empty); foreign keys using it go, here and in
    // the tables that reference it.
    for (Key &k : table->keys)
        k.parts.removeIf([columnId](const KeyPart &p) { return p.column == columnId; });
    table->keys.removeIf([](const Key &k) { return k.parts.isEmpty(); });
    table->foreignKeys.removeIf([columnId](const ForeignKey &fk) {
        return std::any_of(fk.parts.cbegin(), fk.parts.cend(),
            [columnId](const ForeignKeyPart &p) { return p.column == columnId; });
    });
    if (table->inheritance.discriminator == columnId)
        table->inheritance.discriminator = NoObject;
    for (const Table &other : edit.original().tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            const bool uses = std::any_of(fk.parts.cbegin(), fk.parts.cend(),
                [columnId](const ForeignKeyPart &p) { return p.referencedColumn == columnId; });
            if (uses) {
                Table *t = edit.table(other.id);
                t->foreignKeys.removeIf([&fk](const ForeignKey &f) { return f.id == fk.id; });
            }
        }
    }
    m_document->push(edit.command(tr("Delete column %1.%2").arg(table->name, name)));
    return true;
}

bool DesignEditor::moveColumn(ObjectId tableId, ObjectId columnId, int newIndex)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    const qsizetype index = table ? table->columnIndex(columnId) : -1;
    if (index < 0 || newIndex < 0 || newIndex >= table->columns.size() || newIndex == index)
        return false;
    table->columns.move(index, newIndex);
    m_document->push(
        edit.command(tr("Move column %1.%2").arg(table->name, table->columns.at(newIndex).name)));
    return true;
}

bool DesignEditor::setPrimaryKey(ObjectId tableId, ObjectId columnId, bool primary)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    Column *column = table ? table->column(columnId) : nullptr;
    if (!column)
        return false;
    auto primaryKey = std::find_if(
        table->keys.begin(), table->keys.end(), [](const Key &k) { return k.isPrimary(); });
    const bool isPrimary = primaryKey != table->keys.end() && primaryKey->contains(columnId);
    if (isPrimary == primary)
        return false;
    if (primary) {
        if (primaryKey == table->keys.end())
            edit.schema().addKey(*table, Key::Primary, {columnId});
        else
            primaryKey->parts.append(KeyPart {columnId, {}});
        column->nullable = false;
        if (column->defaultValue.isNull())
            column->defaultValue = DefaultValue::none();
    } else {
        primaryKey->parts.removeIf([columnId](const KeyPart &p) { return p.column == columnId; });
        if (primaryKey->parts.isEmpty())
            table->keys.erase(primaryKey);
    }
    m_document->push(edit.command(primary
            ? tr("Add %1.%2 to the primary key").arg(table->name, column->name)
            : tr("Remove %1.%2 from the primary key").arg(table->name, column->name)));
    return true;
}

bool DesignEditor::setKeys(ObjectId tableId, const QList<Key> &keys)
{
    SchemaEdit edit(*m_document);
    Table *table = edit.table(tableId);
    if (!table)
        return false;
    QList<Key> result;
    for (Key key : keys) {
        if (key.parts.isEmpty())
            continue;
        if (key.id == NoObject)
            key.id = edit.schema().newId();
        result.append(key);
    }
    table->keys = result;
    m_document->push(edit.command(tr("Edit keys of %1").arg(table->name)));
    return true;
}

ObjectId DesignEditor::connectColumns(ObjectId fromColumn, ObjectId toColumn)
{
    const Schema &schema = m_document->schema();
    const Table *from = owningTable(schema, fromColumn);
    const Table *to = owningTable(schema, toColumn);
    if (!from || !to || fromColumn == toColumn || !from->column(fromColumn)
        || !to->column(toColumn))
        return NoObject;
    for (const ForeignKey &fk : from->foreignKeys) {
        if (fk.parts.size() == 1 && fk.parts.first().column == fromColumn
            && fk.parts.first().referencedColumn == toColumn)
            return NoObject; // already there
    }
    SchemaEdit edit(*m_document);
    Table *table = edit.table(from->id);
    const ForeignKey &fk = edit.schema().addForeignKey(*table, {fromColumn}, *to, {toColumn});
    const ObjectId created = fk.id;
    m_document->push(edit.command(tr("Connect %1.%2 to %3.%4")
                                      .arg(from->name, from->column(fromColumn)->name, to->name,
                                          to->column(toColumn)->name)));
    return created;
}

ObjectId DesignEditor::connectToTable(ObjectId fromColumn, ObjectId tableId)
{
    const Table *table = m_document->schema().table(tableId);
    const Key *primary = table ? table->primaryKey() : nullptr;
    if (!primary || primary->parts.size() != 1)
        return NoObject;
    return connectColumns(fromColumn, primary->parts.first().column);
}

ObjectId DesignEditor::createForeignKey(ObjectId parentId, ObjectId childId)
{
    SchemaEdit edit(*m_document);
    const Table *parent = edit.original().table(parentId);
    Table *child = edit.table(childId);
    const Key *primary = parent ? parent->primaryKey() : nullptr;
    if (!child || !primary || primary->parts.isEmpty())
        return NoObject;
    QList<ObjectId> columns, referenced;
    for (const KeyPart &part : primary->parts) {
        const Column *target = parent->column(part.column);
        if (!target)
            return NoObject;
        // WWW SQL Designer's default pattern "%R_%T": referenced column, then table.
        const QString name = uniqueColumnName(*child, target->name + u'_' + parent->name);
        Column &column
            = edit.schema().addColumn(*child, name, referencingType(edit.schema(), *target));
        columns.append(column.id);
        referenced.append(target->id);
    }
    const ObjectId created = edit.schema().addForeignKey(*child, columns, *parent, referenced).id;
    m_document->push(
        edit.command(tr("Create foreign key from %1 to %2").arg(child->name, parent->name)));
    return created;
}

bool DesignEditor::setForeignKeyActions(
    ObjectId foreignKey, ReferentialAction onDelete, ReferentialAction onUpdate)
{
    const Table *owner = m_document->schema().tableOf(foreignKey);
    if (!owner)
        return false;
    SchemaEdit edit(*m_document);
    Table *table = edit.table(owner->id);
    for (ForeignKey &fk : table->foreignKeys) {
        if (fk.id != foreignKey)
            continue;
        if (fk.onDelete == onDelete && fk.onUpdate == onUpdate)
            return false;
        fk.onDelete = onDelete;
        fk.onUpdate = onUpdate;
        m_document->push(edit.command(tr("Edit actions of a foreign key of %1").arg(table->name)));
        return true;
    }
    return false;
}

bool DesignEditor::removeForeignKey(ObjectId foreignKey)
{
    return remove({foreignKey});
}

ObjectId DesignEditor::createManyToMany(ObjectId aId, ObjectId bId)
{
    SchemaEdit edit(*m_document);
    const Table *a = edit.original().table(aId);
    const Table *b = edit.original().table(bId);
    const Key *aKey = a ? a->primaryKey() : nullptr;
    const Key *bKey = b ? b->primaryKey() : nullptr;
    if (!aKey || !bKey || aKey->parts.isEmpty() || bKey->parts.isEmpty())
        return NoObject;
    const QPointF middle = (a->position + b->position) / 2 + QPointF(0, 120);
    const QString name
        = a == b ? QString(a->name + QStringLiteral("_link")) : QString(a->name + u'_' + b->name);
    Table &association = edit.addTable(edit.unusedTableName(name), middle);
    QList<ObjectId> keyColumns;
    const auto addReference = [&](const Table &target, const Key &key, const QString &prefix) {
        QList<ObjectId> columns, referenced;
        for (const KeyPart &part : key.parts) {
            const Column *c = target.column(part.column);
            Column &column = edit.schema().addColumn(association,
                uniqueColumnName(association, prefix + u'_' + c->name),
                referencingType(edit.schema(), *c));
            column.nullable = false;
            column.defaultValue = DefaultValue::none();
            columns.append(column.id);
            referenced.append(c->id);
        }
        ForeignKey &fk = edit.schema().addForeignKey(association, columns, target, referenced);
        fk.onDelete = ReferentialAction::Cascade;
        keyColumns.append(columns);
    };
    // A self-referential pair (followers) needs two different column names.
    addReference(*a, *aKey, a == b ? a->name + QStringLiteral("_left") : a->name);
    addReference(*b, *bKey, a == b ? b->name + QStringLiteral("_right") : b->name);
    edit.schema().addKey(association, Key::Primary, keyColumns);
    const ObjectId created = association.id;
    m_document->push(
        edit.command(tr("Create many-to-many between %1 and %2").arg(a->name, b->name)));
    return created;
}

bool DesignEditor::setInheritance(ObjectId childId, ObjectId parentId, Inheritance::Kind kind,
    const QString &discriminator, const QString &identity)
{
    if (childId == parentId || kind == Inheritance::Kind::None)
        return false;
    SchemaEdit edit(*m_document);
    Table *child = edit.table(childId);
    const Table *parentOriginal = edit.original().table(parentId);
    if (!child || !parentOriginal)
        return false;
    // The root of the hierarchy holds the discriminator.
    ObjectId rootId = parentId;
    for (int guard = 0; guard < 64; ++guard) {
        const Table *t = edit.original().table(rootId);
        if (!t || t->inheritance.parent == NoObject || t->inheritance.parent == childId)
            break;
        rootId = t->inheritance.parent;
    }
    Table *root = edit.table(rootId);
    if (!discriminator.isEmpty()) {
        const Column *existing = root->columnByName(discriminator);
        ObjectId discriminatorId = existing ? existing->id : NoObject;
        if (!existing) {
            Column &c
                = edit.schema().addColumn(*root, discriminator, QStringLiteral("VARCHAR(50)"));
            discriminatorId = c.id;
        }
        root->inheritance.discriminator = discriminatorId;
        root->inheritance.discriminatorName.clear();
    }
    child = edit.table(childId);
    child->inheritance.kind = kind;
    child->inheritance.parent = parentId;
    child->inheritance.parentName.clear();
    child->inheritance.identity = identity;

    if (kind == Inheritance::Kind::Joined) {
        // The child's primary key references the parent's: create what is missing.
        const Table *parent = edit.schema().table(parentId);
        const Key *parentKey = parent->primaryKey();
        if (parentKey && !parentKey->parts.isEmpty()) {
            QList<ObjectId> columns, referenced;
            for (const KeyPart &part : parentKey->parts) {
                const Column *target = parent->column(part.column);
                const Column *existing = child->columnByName(target->name);
                ObjectId column = existing ? existing->id : NoObject;
                if (!existing) {
                    Column &c = edit.schema().addColumn(
                        *child, target->name, referencingType(edit.schema(), *target));
                    c.nullable = false;
                    c.defaultValue = DefaultValue::none();
                    column = c.id;
                }
                columns.append(column);
                referenced.append(target->id);
            }
            if (!child->primaryKey())
                edit.schema().addKey(*child, Key::Primary, columns);
            for (Column &c : child->columns) {
                if (columns.contains(c.id))
                    c.autoIncrement = false;
            }
            const bool linked = std::any_of(child->foreignKeys.cbegin(), child->foreignKeys.cend(),
                [&](const ForeignKey &fk) { return fk.referencedTable == parentId; });
            if (!linked) {
                ForeignKey &fk = edit.schema().addForeignKey(*child, columns, *parent, referenced);
                fk.onDelete = ReferentialAction::Cascade;
            }
        }
    }
    m_document->push(
        edit.command(tr("Make %1 a subclass of %2").arg(child->name, parentOriginal->name)));
    return true;
}

bool DesignEditor::removeInheritance(ObjectId childId)
{
    SchemaEdit edit(*m_document);
    Table *child = edit.table(childId);
    if (!child || child->inheritance.kind == Inheritance::Kind::None)
        return false;
    child->inheritance.kind = Inheritance::Kind::None;
    child->inheritance.parent = NoObject;
    child->inheritance.parentName.clear();
    child->inheritance.identity.clear();
    m_document->push(edit.command(tr("Remove the inheritance of %1").arg(child->name)));
    return true;
}

ObjectId DesignEditor::addNote(QPointF position, const QString &text)
{
    SchemaEdit edit(*m_document);
    const ObjectId created = edit.addNote(QRectF(position, QSizeF(200, 90)), text).id;
    m_document->push(edit.command(tr("Add note")));
    return created;
}

bool DesignEditor::setNoteText(ObjectId id, const QString &text)
{
    SchemaEdit edit(*m_document);
    Note *note = edit.note(id);
    if (!note || note->text == text)
        return false;
    note->text = text;
    m_document->push(edit.command(tr("Edit note")));
    return true;
}

ObjectId DesignEditor::addArea(const QRectF &geometry, const QString &title)
{
    SchemaEdit edit(*m_document);
    const ObjectId created = edit.addArea(geometry, title).id;
    m_document->push(edit.command(tr("Add area %1").arg(title)));
    return created;
}

bool DesignEditor::setArea(ObjectId id, const QString &title, const QString &color)
{
    SchemaEdit edit(*m_document);
    Area *area = edit.area(id);
    if (!area || (area->title == title && area->color == color))
        return false;
    area->title = title;
    area->color = color;
    m_document->push(edit.command(tr("Edit area %1").arg(title)));
    return true;
}

bool DesignEditor::resizeObject(ObjectId id, const QRectF &geometry)
{
    SchemaEdit edit(*m_document);
    if (Note *note = edit.note(id)) {
        note->geometry = geometry;
        m_document->push(edit.command(tr("Resize note")));
        return true;
    }
    if (Area *area = edit.area(id)) {
        area->geometry = geometry;
        m_document->push(edit.command(tr("Resize area %1").arg(area->title)));
        return true;
    }
    return false;
}

bool DesignEditor::remove(const QList<ObjectId> &ids)
{
    SchemaEdit edit(*m_document);
    const Schema &schema = edit.original();
    int tables = 0, others = 0;
    QString label;
    for (ObjectId id : ids) {
        if (const Table *t = schema.table(id)) {
            label = tr("Delete table %1").arg(t->name);
            edit.removeTable(id);
            ++tables;
        } else if (edit.note(id)) {
            edit.removeNote(id);
            label = tr("Delete note");
            ++others;
        } else if (edit.area(id)) {
            edit.removeArea(id);
            label = tr("Delete area");
            ++others;
        } else if (const Table *owner = schema.tableOf(id)) {
            Table *referencing = edit.table(owner->id);
            if (referencing && referencing->foreignKeys.removeIf([id](const ForeignKey &fk) {
                    return fk.id == id;
                }) > 0) {
                label = tr("Disconnect a foreign key of %1").arg(owner->name);
                ++others;
            }
        }
    }
    if (tables + others == 0)
        return false;
    if (tables + others > 1)
        label = tr("Delete %n object(s)", nullptr, tables + others);
    m_document->push(edit.command(label));
    return true;
}

QList<ObjectId> DesignEditor::duplicate(const QList<ObjectId> &tables, QPointF offset)
{
    SchemaEdit edit(*m_document);
    const QList<ObjectId> created = edit.insertTables(m_document->schema(), tables, offset);
    if (created.isEmpty())
        return {};
    m_document->push(edit.command(tr("Duplicate %n table(s)", nullptr, int(created.size()))));
    return created;
}

QString DesignEditor::mimeType()
{
    return QStringLiteral("application/x-schemata-design+xml");
}

QMimeData *DesignEditor::copy(const QList<ObjectId> &ids) const
{
    // The selected tables, notes and areas as a design of their own, in WWW SQL Designer's
    // format, so that they paste into another window (or into the browser tool as text).
    const Schema &schema = m_document->schema();
    Schema part = schema;
    part.source() = {};
    part.tables().removeIf([&](const Table &t) { return !ids.contains(t.id); });
    part.notes().removeIf([&](const Note &n) { return !ids.contains(n.id); });
    part.areas().removeIf([&](const Area &a) { return !ids.contains(a.id); });
    if (part.tables().isEmpty() && part.notes().isEmpty() && part.areas().isEmpty())
        return nullptr;
    // Foreign keys to tables left behind keep their names, so that a paste can resolve them.
    for (Table &t : part.tables()) {
        for (ForeignKey &fk : t.foreignKeys) {
            if (ids.contains(fk.referencedTable))
                continue;
            fk.referencedTableName = schema.referencedTableName(fk);
            for (ForeignKeyPart &p : fk.parts) {
                p.referencedColumnName = schema.referencedColumnName(fk, p);
                p.referencedColumn = NoObject;
            }
            fk.referencedTable = NoObject;
        }
        if (t.inheritance.parent != NoObject && !ids.contains(t.inheritance.parent)) {
            const Table *parent = schema.table(t.inheritance.parent);
            t.inheritance.parentName = parent ? parent->name : QString();
            t.inheritance.parent = NoObject;
        }
        t.source = {};
        for (Column &c : t.columns)
            c.source = {};
    }
    const QByteArray xml = DesignWriter::write(part);
    auto *data = new QMimeData;
    data->setData(mimeType(), xml);
    data->setText(QString::fromUtf8(xml));
    return data;
}

bool DesignEditor::canPaste(const QMimeData *data)
{
    return data && (data->hasFormat(mimeType()) || data->text().contains(u"<sql"));
}

QList<ObjectId> DesignEditor::paste(const QMimeData *data, QPointF offset)
{
    if (!canPaste(data))
        return {};
    DesignReader reader;
    if (!reader.read(data->hasFormat(mimeType()) ? data->data(mimeType()) : data->text().toUtf8()))
        return {};
    const Schema &source = reader.schema();
    SchemaEdit edit(*m_document);
    QList<ObjectId> tableIds;
    for (const Table &t : source.tables())
        tableIds.append(t.id);
    QList<ObjectId> created = edit.insertTables(source, tableIds, offset);
    for (const Note &n : source.notes())
        created.append(edit.addNote(n.geometry.translated(offset), n.text).id);
    for (const Area &a : source.areas()) {
        Area &area = edit.addArea(a.geometry.translated(offset), a.title);
        area.color = a.color;
        created.append(area.id);
    }
    if (created.isEmpty())
        return {};
    m_document->push(edit.command(tr("Paste %n object(s)", nullptr, int(created.size()))));
    return created;
}

QStringList DesignEditor::switchDialect(SqlEngine engine)
{
    SchemaEdit edit(*m_document);
    const QString catalogueName = Dialect::forEngine(engine).designCatalogue();
    QStringList changes;
    if (edit.original().catalogue().db() != catalogueName) {
        edit.setCatalogue(DatatypeCatalogueReader::bundled(catalogueName));
        changes.append(tr("Datatype catalogue: %1 -> %2")
                           .arg(edit.original().catalogue().db(), catalogueName));
    }
    for (const Table &original : edit.original().tables()) {
        for (const Column &c : original.columns) {
            const LogicalType type = TypeMapping::fromDesign(c.datatype);
            if (type.kind == LogicalType::Kind::Other)
                continue; // not a type Schemata knows: kept as written
            const QString mapped = Dialect::forEngine(engine).designType(type);
            const bool autoIncrement = c.autoIncrement || type.serial;
            if (mapped == c.datatype && autoIncrement == c.autoIncrement)
                continue;
            Column *column = edit.table(original.id)->column(c.id);
            column->datatype = mapped;
            column->autoIncrement = autoIncrement;
            changes.append(
                QStringLiteral("%1.%2: %3 -> %4").arg(original.name, c.name, c.datatype, mapped));
        }
    }
    if (changes.isEmpty())
        return {};
    m_document->push(edit.command(tr("Switch the design to %1").arg(sqlEngineTitle(engine))));
    return changes;
}

bool DesignEditor::setPositions(const QHash<ObjectId, QPointF> &positions, const QString &label)
{
    QHash<ObjectId, QPointF> before, after;
    const Schema &schema = m_document->schema();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        QPointF current;
        if (const Table *t = schema.table(it.key())) {
            current = t->position;
        } else {
            bool found = false;
            for (const Note &n : schema.notes()) {
                if (n.id == it.key()) {
                    current = n.geometry.topLeft();
                    found = true;
                }
            }
            for (const Area &a : schema.areas()) {
                if (a.id == it.key()) {
                    current = a.geometry.topLeft();
                    found = true;
                }
            }
            if (!found)
                continue;
        }
        if (current != it.value()) {
            before.insert(it.key(), current);
            after.insert(it.key(), it.value());
        }
    }
    QUndoCommand *command = m_document->moveCommand(before, after);
    if (!command)
        return false;
    command->setText(label);
    m_document->push(command);
    return true;
}

bool DesignEditor::align(const QHash<ObjectId, QRectF> &rects, Alignment alignment)
{
    if (rects.size() < 2)
        return false;
    QRectF bounds;
    for (const QRectF &r : rects)
        bounds |= r;
    QHash<ObjectId, QPointF> positions;
    for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
        QRectF r = *it;
        switch (alignment) {
        case Alignment::Left:
            r.moveLeft(bounds.left());
            break;
        case Alignment::HorizontalCentre:
            r.moveCenter(QPointF(bounds.center().x(), r.center().y()));
            break;
        case Alignment::Right:
            r.moveRight(bounds.right());
            break;
        case Alignment::Top:
            r.moveTop(bounds.top());
            break;
        case Alignment::VerticalCentre:
            r.moveCenter(QPointF(r.center().x(), bounds.center().y()));
            break;
        case Alignment::Bottom:
            r.moveBottom(bounds.bottom());
            break;
        }
        positions.insert(it.key(), QPointF(std::round(r.left()), std::round(r.top())));
    }
    return setPositions(positions, tr("Align %n object(s)", nullptr, int(rects.size())));
}

bool DesignEditor::distribute(const QHash<ObjectId, QRectF> &rects, Qt::Orientation orientation)
{
    if (rects.size() < 3)
        return false;
    // Equal gaps between neighbours, the outermost two staying where they are.
    QList<ObjectId> ids = rects.keys();
    const bool horizontal = orientation == Qt::Horizontal;
    std::sort(ids.begin(), ids.end(), [&](ObjectId a, ObjectId b) {
        return horizontal ? rects.value(a).left() < rects.value(b).left()
                          : rects.value(a).top() < rects.value(b).top();
    });
    qreal total = 0;
    for (ObjectId id : ids)
        total += horizontal ? rects.value(id).width() : rects.value(id).height();
    const QRectF first = rects.value(ids.first());
    const QRectF last = rects.value(ids.last());
    const qreal span = horizontal ? last.right() - first.left() : last.bottom() - first.top();
    const qreal gap = (span - total) / (ids.size() - 1);
    qreal at = horizontal ? first.left() : first.top();
    QHash<ObjectId, QPointF> positions;
    for (ObjectId id : ids) {
        const QRectF r = rects.value(id);
        positions.insert(
            id, horizontal ? QPointF(std::round(at), r.top()) : QPointF(r.left(), std::round(at)));
        at += (horizontal ? r.width() : r.height()) + gap;
    }
    return setPositions(positions, tr("Distribute %n object(s)", nullptr, int(rects.size())));
}
