#pragma once

#include "records/record.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;
struct Table;

// Asks how to duplicate rows: new values for the unique columns a copy would otherwise
// repeat (one line per row, started from the original value), and whether to copy the rows'
// children and many-to-many links too (a deep copy, to a depth).
class DuplicateRowsDialog : public QDialog
{
    Q_OBJECT

public:
    // `needed`: per record, the columns that need a new value (Cloner::columnsNeedingValues).
    DuplicateRowsDialog(const Table &table, const QList<Record> &records,
        const QList<QStringList> &needed, bool deep, QWidget *parent = nullptr);

    // Per record, the values its copy takes (column -> value as ValueRole gives them).
    QList<QHash<QString, QVariant>> overrides() const { return m_overrides; }
    bool isDeep() const;
    int depth() const;

    void accept() override;

private:
    const Table &m_table;
    QList<Record> m_records;
    QList<QStringList> m_needed;
    QStringList m_columns; // the table's columns that some record needs
    QTableWidget *m_values = nullptr;
    QCheckBox *m_deep = nullptr;
    QSpinBox *m_depth = nullptr;
    QLabel *m_problem = nullptr;
    QList<QHash<QString, QVariant>> m_overrides;
};
