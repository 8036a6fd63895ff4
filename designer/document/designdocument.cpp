#include "designdocument.h"

#include "xml/designfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>

namespace {

template<typename T>
qsizetype indexOfId(const QList<T> &list, ObjectId id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

// Puts one object of a list in a recorded state: absent, or present at an index.
template<typename T>
void applyState(QList<T> &list, ObjectId id, const std::optional<T> &state, qsizetype index,
    DocumentChange &change)
{
    const qsizetype current = indexOfId(list, id);
    if (!state) {
        if (current >= 0) {
            list.removeAt(current);
            change.removed.insert(id);
        }
        return;
    }
    if (current >= 0) {
        list[current] = *state;
        if (index >= 0 && index != current && index < list.size())
            list.move(current, index);
        change.changed.insert(id);
    } else {
        list.insert(qBound(qsizetype(0), index, list.size()), *state);
        change.inserted.insert(id);
    }
}

// One edit of the schema: the before and after state of every object it touched.
class SchemaEditCommand : public QUndoCommand
{
public:
    SchemaEditCommand(DesignDocument *document, const QString &label)
        : QUndoCommand(label)
        , m_document(document)
    {
    }

    void undo() override
    {
        m_document->applyStates(
            m_tablesBefore, m_notesBefore, m_areasBefore, m_catalogueBefore, m_lastIdBefore);
    }
    void redo() override
    {
        m_document->applyStates(
            m_tablesAfter, m_notesAfter, m_areasAfter, m_catalogueAfter, m_lastIdAfter);
    }

    DesignDocument *m_document;
    QList<DesignDocument::TableState> m_tablesBefore, m_tablesAfter;
    QList<DesignDocument::NoteState> m_notesBefore, m_notesAfter;
    QList<DesignDocument::AreaState> m_areasBefore, m_areasAfter;
    std::optional<DatatypeCatalogue> m_catalogueBefore, m_catalogueAfter;
    ObjectId m_lastIdBefore = 0, m_lastIdAfter = 0;
};

// Records of objects by id, before and after, for one kind of object.
template<typename T, typename State>
void recordStates(const QList<T> &before, const QList<T> &after, const QSet<ObjectId> &touched,
    std::optional<T> State::*slot, QList<State> *beforeStates, QList<State> *afterStates)
{
    const auto record = [&](const QList<T> &list, QList<State> *states) {
        // By index, the absent first, so that applying them in order removes what goes and
        // then inserts at ascending indexes, which restores the recorded order.
        QList<ObjectId> ids(touched.cbegin(), touched.cend());
        std::sort(ids.begin(), ids.end(), [&](ObjectId a, ObjectId b) {
            const auto ia = indexOfId(list, a), ib = indexOfId(list, b);
            return ia != ib ? ia < ib : a < b;
        });
        for (ObjectId id : ids) {
            State s;
            s.id = id;
            s.index = indexOfId(list, id);
            if (s.index >= 0)
                s.*slot = list.at(s.index);
            states->append(s);
        }
    };
    record(before, beforeStates);
    record(after, afterStates);
}

// Records a rename from `before` to `after` in `formerNames` (oldest first) of a table or column
// whose names in the baseline (the file or database it was last in) are `known`. Only those are
// earlier names: "column" -> "title" -> "heading" before a save records nothing, since no file
// and no database ever had the first two. A name given back leaves the list, and every other
// known name stays on it, also after an undo past a save took it off: a database migrated while
// the object had that name must still be matched. Case counts (a -> A is a rename).
void recordRename(
    const QString &before, const QString &after, const QStringList &known, QStringList *formerNames)
{
    if (before == after)
        return;
    formerNames->removeAll(after);
    for (const QString &name : known) {
        if (name != after && !formerNames->contains(name))
            formerNames->append(name);
    }
}

// Moves tables, notes and areas; consecutive nudges of the same selection merge into one step.
class MoveCommand : public QUndoCommand
{
public:
    MoveCommand(DesignDocument *document, const QHash<ObjectId, QPointF> &before,
        const QHash<ObjectId, QPointF> &after, const QString &label, bool mergeable)
        : QUndoCommand(label)
        , m_document(document)
        , m_before(before)
        , m_after(after)
        , m_mergeable(mergeable)
    {
    }

    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *move = static_cast<const MoveCommand *>(other);
        if (!move->m_mergeable || move->m_after.keys() != m_after.keys())
            return false;
        m_after = move->m_after;
        return true;
    }
    void undo() override { m_document->applyPositions(m_before); }
    void redo() override { m_document->applyPositions(m_after); }

private:
    DesignDocument *m_document;
    QHash<ObjectId, QPointF> m_before, m_after;
    bool m_mergeable;
};

} // namespace

DesignDocument::DesignDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
}

DesignDocument::~DesignDocument() = default;

void DesignDocument::reset(Schema schema, const QString &path)
{
    m_undoStack->clear();
    m_schema = std::move(schema);
    m_path = path;
    markBaseline();
    emit documentReset();
    emit pathChanged(m_path);
    emit modifiedChanged(false);
}

void DesignDocument::setPath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    emit pathChanged(path);
}

QString DesignDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool DesignDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void DesignDocument::markModified()
{
    m_undoStack->resetClean();
}

bool DesignDocument::save(const QString &path, QString *error)
{
    if (!DesignFile::save(m_schema, path, error))
        return false;
    setPath(path);
    m_undoStack->setClean();
    markBaseline();
    return true;
}

void DesignDocument::markBaseline()
{
    m_baselineNames.clear();
    const auto names = [](const QStringList &formerNames, const QString &name) {
        QStringList known = formerNames;
        if (!name.isEmpty())
            known.append(name);
        return known;
    };
    for (const Table &table : m_schema.tables()) {
        m_baselineNames.insert(table.id, names(table.formerNames, table.name));
        for (const Column &column : table.columns)
            m_baselineNames.insert(column.id, names(column.formerNames, column.name));
    }
}

void DesignDocument::push(QUndoCommand *command)
{
    if (command)
        m_undoStack->push(command);
}

void DesignDocument::applyStates(const QList<TableState> &tables, const QList<NoteState> &notes,
    const QList<AreaState> &areas, const std::optional<DatatypeCatalogue> &catalogue,
    ObjectId lastId)
{
    DocumentChange change;
    for (const TableState &s : tables)
        applyState(m_schema.tables(), s.id, s.table, s.index, change);
    for (const NoteState &s : notes)
        applyState(m_schema.notes(), s.id, s.note, s.index, change);
    for (const AreaState &s : areas)
        applyState(m_schema.areas(), s.id, s.area, s.index, change);
    if (catalogue) {
        m_schema.setCatalogue(*catalogue);
        change.catalogueChanged = true;
    }
    // Ids are never reused, also after an undo: the counter only grows.
    m_schema.reserveIds(lastId);
    emit changed(change);
}

void DesignDocument::applyPositions(const QHash<ObjectId, QPointF> &positions)
{
    DocumentChange change;
    for (Table &t : m_schema.tables()) {
        if (auto it = positions.constFind(t.id); it != positions.cend()) {
            t.position = *it;
            change.moved.insert(t.id);
        }
    }
    for (Note &n : m_schema.notes()) {
        if (auto it = positions.constFind(n.id); it != positions.cend()) {
            n.geometry.moveTopLeft(*it);
            change.moved.insert(n.id);
        }
    }
    for (Area &a : m_schema.areas()) {
        if (auto it = positions.constFind(a.id); it != positions.cend()) {
            a.geometry.moveTopLeft(*it);
            change.moved.insert(a.id);
        }
    }
    emit changed(change);
}

QUndoCommand *DesignDocument::moveCommand(
    const QHash<ObjectId, QPointF> &before, const QHash<ObjectId, QPointF> &after, bool mergeable)
{
    // Every move passes here (drags, nudges, align, distribute, auto-layout), and lands on
    // whole numbers, as the designer's own coordinates: a drag at 70 % zoom would otherwise
    // save x="1758.0126050420165". Undo returns to where the document had the object, which
    // is where the scene had it when the move began.
    QHash<ObjectId, QPointF> from, to;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const std::optional<QPointF> current = positionOf(it.key());
        from.insert(it.key(), current.value_or(before.value(it.key(), *it)));
        to.insert(it.key(), roundedPosition(*it));
    }
    if (from == to)
        return nullptr;
    return new MoveCommand(
        this, from, to, tr("Move %n object(s)", nullptr, int(to.size())), mergeable);
}

std::optional<QPointF> DesignDocument::positionOf(ObjectId id) const
{
    if (const Table *t = m_schema.table(id))
        return t->position;
    for (const Note &n : m_schema.notes()) {
        if (n.id == id)
            return n.geometry.topLeft();
    }
    for (const Area &a : m_schema.areas()) {
        if (a.id == id)
            return a.geometry.topLeft();
    }
    return std::nullopt;
}

QPointF DesignDocument::roundedPosition(QPointF position)
{
    return QPointF(std::round(position.x()), std::round(position.y()));
}

SchemaEdit::SchemaEdit(const DesignDocument &document)
    : m_document(document)
    , m_original(document.schema())
    , m_schema(document.schema())
{
}

Table *SchemaEdit::table(ObjectId id)
{
    Table *t = m_schema.table(id);
    if (t)
        m_touchedTables.insert(id);
    return t;
}

Table &SchemaEdit::addTable(const QString &name, QPointF position)
{
    Table &t = m_schema.addTable(name, position);
    m_touchedTables.insert(t.id);
    return t;
}

QString SchemaEdit::unusedTableName(const QString &base) const
{
    if (!m_schema.tableByName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = base + u'_' + QString::number(n);
        if (!m_schema.tableByName(name))
            return name;
    }
}

QList<ObjectId> SchemaEdit::insertTables(
    const Schema &source, const QList<ObjectId> &tables, QPointF offset)
{
    // First the copies with fresh ids, remembering old -> new for tables and columns.
    QHash<ObjectId, ObjectId> newIds;
    QList<ObjectId> created;
    for (ObjectId id : tables) {
        const Table *original = source.table(id);
        if (!original)
            continue;
        Table copy = *original;
        copy.id = m_schema.newId();
        newIds.insert(original->id, copy.id);
        copy.name = unusedTableName(original->name);
        copy.position = original->position + offset;
        copy.source = {};
        // A copy is a new table: no database ever had it under the original's earlier names.
        copy.formerNames.clear();
        for (Column &c : copy.columns) {
            c.formerNames.clear();
            const ObjectId fresh = m_schema.newId();
            newIds.insert(c.id, fresh);
            c.id = fresh;
        }
        for (Key &k : copy.keys) {
            k.id = m_schema.newId();
            for (KeyPart &p : k.parts)
                p.column = newIds.value(p.column, p.column);
        }
        m_schema.tables().append(copy);
        m_touchedTables.insert(copy.id);
        created.append(copy.id);
    }
    // Then the references, which may point to any of the copies.
    for (ObjectId id : std::as_const(created)) {
        Table &copy = *m_schema.table(id);
        QList<ForeignKey> kept;
        for (ForeignKey fk : std::as_const(copy.foreignKeys)) {
            fk.id = m_schema.newId();
            for (ForeignKeyPart &p : fk.parts)
                p.column = newIds.value(p.column, p.column);
            const ObjectId target = newIds.value(fk.referencedTable);
            if (target != NoObject) {
                fk.referencedTable = target;
                for (ForeignKeyPart &p : fk.parts)
                    p.referencedColumn = newIds.value(p.referencedColumn, p.referencedColumn);
            } else {
                // Outside the copied set: the table of that name in this design, if any.
                const QString tableName = source.referencedTableName(fk);
                const Table *other = m_schema.tableByName(tableName);
                if (!other || created.contains(other->id))
                    continue;
                const Table *sourceTable = source.table(fk.referencedTable);
                bool complete = true;
                for (ForeignKeyPart &p : fk.parts) {
                    const Column *sc
                        = sourceTable ? sourceTable->column(p.referencedColumn) : nullptr;
                    const QString columnName = sc ? sc->name : p.referencedColumnName;
                    const Column *oc = other->columnByName(columnName);
                    if (!oc) {
                        complete = false;
                        break;
                    }
                    p.referencedColumn = oc->id;
                }
                if (!complete)
                    continue;
                fk.referencedTable = other->id;
            }
            kept.append(fk);
        }
        copy.foreignKeys = kept;
        Inheritance &inheritance = copy.inheritance;
        if (inheritance.parent != NoObject) {
            const ObjectId parent = newIds.value(inheritance.parent);
            if (parent != NoObject) {
                inheritance.parent = parent;
            } else {
                const Table *sourceParent = source.table(inheritance.parent);
                const Table *other
                    = sourceParent ? m_schema.tableByName(sourceParent->name) : nullptr;
                inheritance.parent = other && !created.contains(other->id) ? other->id : NoObject;
                if (inheritance.parent == NoObject)
                    inheritance = {};
            }
        }
        if (inheritance.discriminator != NoObject)
            inheritance.discriminator = newIds.value(inheritance.discriminator, NoObject);
    }
    return created;
}

void SchemaEdit::removeTable(ObjectId id)
{
    const qsizetype index = indexOfId(m_schema.tables(), id);
    if (index < 0)
        return;
    m_schema.tables().removeAt(index);
    m_touchedTables.insert(id);
    for (Table &t : m_schema.tables()) {
        const auto before = t.foreignKeys.size();
        t.foreignKeys.removeIf([id](const ForeignKey &fk) { return fk.referencedTable == id; });
        bool touched = t.foreignKeys.size() != before;
        if (t.inheritance.parent == id) {
            t.inheritance.parent = NoObject;
            t.inheritance.parentName.clear();
            t.inheritance.kind = Inheritance::Kind::None;
            touched = true;
        }
        if (touched)
            m_touchedTables.insert(t.id);
    }
}

Note *SchemaEdit::note(ObjectId id)
{
    const qsizetype index = indexOfId(m_schema.notes(), id);
    if (index < 0)
        return nullptr;
    m_touchedNotes.insert(id);
    return &m_schema.notes()[index];
}

Note &SchemaEdit::addNote(const QRectF &geometry, const QString &text)
{
    Note note;
    note.id = m_schema.newId();
    note.geometry = geometry;
    note.text = text;
    m_schema.notes().append(note);
    m_touchedNotes.insert(note.id);
    return m_schema.notes().last();
}

void SchemaEdit::removeNote(ObjectId id)
{
    const qsizetype index = indexOfId(m_schema.notes(), id);
    if (index < 0)
        return;
    m_schema.notes().removeAt(index);
    m_touchedNotes.insert(id);
}

Area *SchemaEdit::area(ObjectId id)
{
    const qsizetype index = indexOfId(m_schema.areas(), id);
    if (index < 0)
        return nullptr;
    m_touchedAreas.insert(id);
    return &m_schema.areas()[index];
}

Area &SchemaEdit::addArea(const QRectF &geometry, const QString &title)
{
    Area area;
    area.id = m_schema.newId();
    area.geometry = geometry;
    area.title = title;
    m_schema.areas().append(area);
    m_touchedAreas.insert(area.id);
    return m_schema.areas().last();
}

void SchemaEdit::removeArea(ObjectId id)
{
    const qsizetype index = indexOfId(m_schema.areas(), id);
    if (index < 0)
        return;
    m_schema.areas().removeAt(index);
    m_touchedAreas.insert(id);
}

void SchemaEdit::setCatalogue(const DatatypeCatalogue &catalogue)
{
    m_schema.setCatalogue(catalogue);
    m_catalogueTouched = true;
}

bool SchemaEdit::isEmpty() const
{
    return m_touchedTables.isEmpty() && m_touchedNotes.isEmpty() && m_touchedAreas.isEmpty()
        && !m_catalogueTouched;
}

QUndoCommand *SchemaEdit::command(const QString &label) const
{
    if (isEmpty())
        return nullptr;
    auto *command = new SchemaEditCommand(const_cast<DesignDocument *>(&m_document), label);
    recordStates(m_original.tables(), m_schema.tables(), m_touchedTables,
        &DesignDocument::TableState::table, &command->m_tablesBefore, &command->m_tablesAfter);
    recordStates(m_original.notes(), m_schema.notes(), m_touchedNotes,
        &DesignDocument::NoteState::note, &command->m_notesBefore, &command->m_notesAfter);
    recordStates(m_original.areas(), m_schema.areas(), m_touchedAreas,
        &DesignDocument::AreaState::area, &command->m_areasBefore, &command->m_areasAfter);
    // Every rename passes here, whichever path made it (property panel, diagram, keys editor):
    // tables and columns that existed before the edit, by id, keep the names they had in the
    // baseline. New ones (added, pasted, duplicated) have no earlier name.
    for (DesignDocument::TableState &state : command->m_tablesAfter) {
        const Table *before = state.table ? m_original.table(state.id) : nullptr;
        if (!before)
            continue;
        Table &after = *state.table;
        recordRename(
            before->name, after.name, m_document.baselineNames(after.id), &after.formerNames);
        for (Column &column : after.columns) {
            if (const Column *was = before->column(column.id))
                recordRename(was->name, column.name, m_document.baselineNames(column.id),
                    &column.formerNames);
        }
    }
    // New and moved objects (added, pasted, duplicated) get whole coordinates, as moves do.
    const auto roundMoved = [](const auto &beforeStates, auto &afterStates, auto slot,
                                const auto &topLeft, const auto &moveTo) {
        for (auto &state : afterStates) {
            if (!(state.*slot))
                continue;
            const auto was = std::find_if(beforeStates.cbegin(), beforeStates.cend(),
                [&](const auto &b) { return b.id == state.id; });
            const bool existed = was != beforeStates.cend() && (*was).*slot;
            if (!existed || topLeft(*((*was).*slot)) != topLeft(*(state.*slot)))
                moveTo(*(state.*slot), DesignDocument::roundedPosition(topLeft(*(state.*slot))));
        }
    };
    roundMoved(
        command->m_tablesBefore, command->m_tablesAfter, &DesignDocument::TableState::table,
        [](const Table &t) { return t.position; }, [](Table &t, QPointF p) { t.position = p; });
    roundMoved(
        command->m_notesBefore, command->m_notesAfter, &DesignDocument::NoteState::note,
        [](const Note &n) { return n.geometry.topLeft(); },
        [](Note &n, QPointF p) { n.geometry.moveTopLeft(p); });
    roundMoved(
        command->m_areasBefore, command->m_areasAfter, &DesignDocument::AreaState::area,
        [](const Area &a) { return a.geometry.topLeft(); },
        [](Area &a, QPointF p) { a.geometry.moveTopLeft(p); });
    if (m_catalogueTouched) {
        command->m_catalogueBefore = m_original.catalogue();
        command->m_catalogueAfter = m_schema.catalogue();
    }
    command->m_lastIdBefore = m_original.lastId();
    command->m_lastIdAfter = m_schema.lastId();
    return command;
}
