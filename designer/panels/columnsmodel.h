#pragma once

#include "schema/objectid.h"

#include "schema/column.h"

#include <QAbstractTableModel>
#include <QSet>

class DatatypeCatalogue;
class DesignEditor;

// The columns of one table of a DesignDocument as an editable table: every cell edit is one
// DesignEditor call, hence one undo step. The model follows the document through refresh(),
// which inserts, removes and moves rows instead of resetting, so views keep their place.
class ColumnsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Section { Name, Type, Size, NotNull, Default, AutoIncrement, PrimaryKey, Comment, Count };
    enum Role {
        // DefaultValue::Kind of the Default section, as an int; settable (None, Null).
        DefaultKindRole = Qt::UserRole + 1,
        ColumnIdRole, // the column's ObjectId (qulonglong)
    };

    explicit ColumnsModel(DesignEditor *editor, QObject *parent = nullptr);

    ObjectId table() const { return m_table; }
    void setTable(ObjectId table);
    // Re-reads the table from the document.
    void refresh();

    ObjectId columnId(int row) const;
    int rowOf(ObjectId column) const;
    // Whether the Size cell of a row can be edited: the type takes a size, or the catalogue
    // does not know it, or a size is written already.
    bool sizeApplies(int row) const;

    // The datatype a column gets when the user types `typed` as its type: a type written with
    // its size is taken as it is; otherwise the current size (and what follows it) is kept when
    // the new type takes one or is unknown to the catalogue.
    static QString datatypeForType(
        const Column &column, const QString &typed, const DatatypeCatalogue &catalogue);
    // The datatype with the size replaced (empty: no size).
    static QString datatypeForSize(const Column &column, const QString &size);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool update(const Column &changed);

    DesignEditor *m_editor;
    ObjectId m_table = NoObject;
    QList<Column> m_columns; // the table's columns as the document last had them
    QSet<ObjectId> m_primaryKey;
};
