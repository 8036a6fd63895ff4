#pragma once

#include <QStyledItemDelegate>

class DesignDocument;

// Editors for the cells of a ColumnsModel: the type is an editable combo of the design's
// catalogue (any other text is allowed too), the default a line edit whose empty text means
// NULL, with an action that removes the default altogether.
class ColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ColumnDelegate(const DesignDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The catalogue's SQL type names, once each, in catalogue order.
    static QStringList typeNames(const DesignDocument *document);

private:
    const DesignDocument *m_document;
};
