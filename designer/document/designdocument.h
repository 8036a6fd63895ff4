#pragma once

#include "schema/schema.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QUndoCommand;
class QUndoStack;

// What one edit changed, handed to the views after the schema holds the new state. Ids of
// tables, notes and areas (all ids of a schema are unique, so one set serves all three).
struct DocumentChange
{
    QSet<ObjectId> inserted;
    QSet<ObjectId> removed;
    QSet<ObjectId> changed; // content (and maybe position) changed
    QSet<ObjectId> moved; // only the position or geometry changed
    bool catalogueChanged = false;

    bool isEmpty() const
    {
        return inserted.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty()
            && !catalogueChanged;
    }
};

// The design being edited: the single source of truth of the designer. It owns the Schema and
// the undo stack; every edit is a QUndoCommand pushed on that stack (see SchemaEdit), and the
// diagram, the panels and the tests follow the document's signals.
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const Schema &schema() const { return m_schema; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Replaces the whole design (New, Open, Import), forgetting the undo history.
    void reset(Schema schema, const QString &path = {});
    QString path() const { return m_path; }
    void setPath(const QString &path);
    // The file name for titles: the path's, or "Untitled".
    QString displayName() const;
    bool isModified() const;
    // Marks the design as having unsaved changes that are not on the undo stack (a restored
    // recovery copy).
    void markModified();
    // Saves through QSaveFile and marks the document clean; on failure nothing changes.
    bool save(const QString &path, QString *error);

    // Takes the design as it is now for the one known outside the window, in a file or a
    // database, which the next renames are recorded against: only a name a table or column had
    // there is an earlier name (a column added as "column" and named before anything saw it has
    // none). reset() and save() do it; the window calls it after applying the design.
    void markBaseline();
    // The names a table or column had in the baseline, oldest first: its earlier names, then
    // its name. Empty for one made since.
    QStringList baselineNames(ObjectId id) const { return m_baselineNames.value(id); }

    // Pushes an edit; a null command (an edit that changed nothing) is ignored.
    void push(QUndoCommand *command);

    // For commands only: puts objects in the state they record and tells the views.
    struct TableState
    {
        ObjectId id = NoObject;
        std::optional<Table> table; // nullopt: not in the schema
        qsizetype index = -1; // position in the table list
    };
    struct NoteState
    {
        ObjectId id = NoObject;
        std::optional<Note> note;
        qsizetype index = -1;
    };
    struct AreaState
    {
        ObjectId id = NoObject;
        std::optional<Area> area;
        qsizetype index = -1;
    };
    void applyStates(const QList<TableState> &tables, const QList<NoteState> &notes,
        const QList<AreaState> &areas, const std::optional<DatatypeCatalogue> &catalogue,
        ObjectId lastId);
    void applyPositions(const QHash<ObjectId, QPointF> &positions);

    // A command that moves tables, notes and areas (top-left positions) from `before` to
    // `after`, or nullptr when nothing moves. Mergeable moves (arrow-key nudges of the same
    // objects) fold into one undo step.
    QUndoCommand *moveCommand(const QHash<ObjectId, QPointF> &before,
        const QHash<ObjectId, QPointF> &after, bool mergeable = false);
    // The top-left corner of a table, note or area; nullopt for another id.
    std::optional<QPointF> positionOf(ObjectId id) const;
    // Positions the document stores: whole numbers, as WWW SQL Designer writes them.
    static QPointF roundedPosition(QPointF position);

signals:
    void documentReset();
    void changed(const DocumentChange &change);
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    Schema m_schema;
    QString m_path;
    QUndoStack *m_undoStack = nullptr;
    QHash<ObjectId, QStringList> m_baselineNames; // tables and columns, by id
};

// Builds one undoable edit: work on a copy of the schema through table(), addTable(),
// removeTable() and the like, then push command(label). The command records the before and
// after state of every object the edit touched, so undo and redo restore them exactly.
class SchemaEdit
{
public:
    explicit SchemaEdit(const DesignDocument &document);

    // The working copy, for Schema's add* helpers on a table obtained from table().
    Schema &schema() { return m_schema; }
    const Schema &original() const { return m_original; }

    Table *table(ObjectId id); // marks the table as touched
    Table &addTable(const QString &name, QPointF position);
    // Copies tables of `source` (another design, or this one) with fresh ids, under names not
    // yet taken, moved by `offset`. Foreign keys between the copies point to the copies; those
    // to other tables are resolved by name in this design and dropped when there is no such
    // table. Returns the new tables' ids (paste, duplicate).
    QList<ObjectId> insertTables(
        const Schema &source, const QList<ObjectId> &tables, QPointF offset);
    // A table name not used yet: `base`, else base_2, base_3, ...
    QString unusedTableName(const QString &base) const;
    // Removes a table and everything that depends on it: foreign keys and inheritance links of
    // other tables that point to it.
    void removeTable(ObjectId id);
    Note *note(ObjectId id);
    Note &addNote(const QRectF &geometry, const QString &text);
    void removeNote(ObjectId id);
    Area *area(ObjectId id);
    Area &addArea(const QRectF &geometry, const QString &title);
    void removeArea(ObjectId id);
    void setCatalogue(const DatatypeCatalogue &catalogue);

    bool isEmpty() const;
    // The command that performs the edit, or nullptr when nothing was touched. The document
    // is not changed until the command is pushed.
    QUndoCommand *command(const QString &label) const;

private:
    const DesignDocument &m_document;
    Schema m_original;
    Schema m_schema;
    QSet<ObjectId> m_touchedTables;
    QSet<ObjectId> m_touchedNotes;
    QSet<ObjectId> m_touchedAreas;
    bool m_catalogueTouched = false;
};
