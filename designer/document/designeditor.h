#pragma once

#include "schema/foreignkey.h"
#include "schema/inheritance.h"
#include "schema/objectid.h"
#include "sql/sqlengine.h"

#include <QObject>
#include <QPointF>

class DesignDocument;
class QMimeData;
struct Column;
struct Key;
struct TypedColumn;

// Every edit a user can make to a design, each one undo step with a readable label. The
// diagram, the property panel, the window's actions and the tests all go through here.
// Methods return false (or NoObject) and change nothing when the edit does not apply.
class DesignEditor : public QObject
{
    Q_OBJECT

public:
    explicit DesignEditor(DesignDocument *document, QObject *parent = nullptr);

    DesignDocument *document() const { return m_document; }

    // Tables. A new table gets a unique name and an integer primary key "id", as in WWW SQL
    // Designer.
    ObjectId addTable(QPointF position, const QString &name = {});
    bool renameTable(ObjectId table, const QString &name);
    bool setTableComment(ObjectId table, const QString &comment);
    // Pinned tables keep their place when the design is laid out automatically.
    bool setPinned(const QList<ObjectId> &tables, bool pinned);

    // Columns.
    ObjectId addColumn(ObjectId table, const QString &name = {}, const QString &datatype = {});
    // Replaces a column's name, type, nullability, default, autoincrement and comment.
    bool updateColumn(ObjectId table, const Column &column);
    // A column as typed on a card (see TypedColumn), new (`column` NoObject) or replacing one:
    // its name, type, nullability, default and auto-increment, and PRIMARY KEY and UNIQUE as
    // keys of the table (the primary key gains or loses the column; a unique key of the column
    // alone is made or dropped). One undo step. Returns the column, or NoObject when the text
    // has an error, no name, or changes nothing.
    ObjectId defineColumn(ObjectId table, ObjectId column, const TypedColumn &definition);
    bool removeColumn(ObjectId table, ObjectId column);
    bool moveColumn(ObjectId table, ObjectId column, int newIndex);
    // Makes the column the primary key on its own, or takes it out of the primary key.
    bool setPrimaryKey(ObjectId table, ObjectId column, bool primary);
    // Replaces all keys of a table (the keys editor).
    bool setKeys(ObjectId table, const QList<Key> &keys);

    // Relations. connect(): the first column references the second (both existing).
    ObjectId connectColumns(ObjectId fromColumn, ObjectId toColumn);
    // A column of `child` referencing the primary key of `parent`, named by the pattern
    // "%R_%T" (referenced column, referenced table) like WWW SQL Designer, with the type a
    // reference to that key needs. Composite keys get one column per part.
    ObjectId createForeignKey(ObjectId parent, ObjectId child);
    // Makes `fromColumn` reference the primary key of `table` (a single-column key).
    ObjectId connectToTable(ObjectId fromColumn, ObjectId table);
    bool setForeignKeyActions(
        ObjectId foreignKey, ReferentialAction onDelete, ReferentialAction onUpdate);
    bool removeForeignKey(ObjectId foreignKey);
    // An association table "a_b" with a composite primary key of two foreign keys (cascading on
    // delete) to the primary keys of `a` and `b`, placed between them. Returns its id.
    ObjectId createManyToMany(ObjectId a, ObjectId b);
    // Makes `child` a subclass of `parent`. Joined: the child's primary key references the
    // parent's (created when missing). Single: the discriminator column is created on the root
    // when missing. `identity` is the child's discriminator value.
    bool setInheritance(ObjectId child, ObjectId parent, Inheritance::Kind kind,
        const QString &discriminator, const QString &identity);
    bool removeInheritance(ObjectId child);

    // Notes and areas.
    ObjectId addNote(QPointF position, const QString &text);
    bool setNoteText(ObjectId note, const QString &text);
    ObjectId addArea(const QRectF &geometry, const QString &title);
    bool setArea(ObjectId area, const QString &title, const QString &color);
    bool resizeObject(ObjectId id, const QRectF &geometry);

    // Selections: tables, notes, areas and foreign keys by id.
    bool remove(const QList<ObjectId> &ids);
    QList<ObjectId> duplicate(const QList<ObjectId> &tables, QPointF offset = {24, 24});
    // The selection as a design file fragment (and its XML as text), for the clipboard.
    QMimeData *copy(const QList<ObjectId> &ids) const;
    QList<ObjectId> paste(const QMimeData *data, QPointF offset = {24, 24});
    static bool canPaste(const QMimeData *data);
    static QString mimeType();

    // Switches the design to another engine: the catalogue becomes that engine's, and every
    // column's type is mapped to its spelling there (serial types become identity columns,
    // and so on). Returns the changes, one line per column ("post.id: SERIAL -> INTEGER"),
    // empty when nothing changed (no undo step then).
    QStringList switchDialect(SqlEngine engine);

    // Positions (auto-layout, align, distribute): one undo step labelled `label`.
    bool setPositions(const QHash<ObjectId, QPointF> &positions, const QString &label);
    enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };
    // `rects`: the objects' current rectangles in the diagram (their sizes come from drawing).
    bool align(const QHash<ObjectId, QRectF> &rects, Alignment alignment);
    bool distribute(const QHash<ObjectId, QRectF> &rects, Qt::Orientation orientation);

private:
    DesignDocument *m_document;
};
