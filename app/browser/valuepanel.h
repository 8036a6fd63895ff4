#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QPlainTextEdit;
class TableModel;

// The full value of the grid's current cell: its text as an editor shows it, NULL, or a
// BLOB as a hex dump with a preview when it is an image.
class ValuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValuePanel(QWidget *parent = nullptr);

    // Shows the cell at `index` of `model` (no cell: a null model or an invalid index).
    void showCell(const TableModel *model, const QModelIndex &index);

private:
    void showBlob(const QString &where, const QByteArray &bytes);

    QLabel *m_info = nullptr;
    QLabel *m_null = nullptr;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
