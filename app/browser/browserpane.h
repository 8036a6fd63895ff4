#pragma once

#include "browse/rowfilter.h"
#include "database/databaseaddress.h"

#include <QWidget>

#include <memory>
#include <optional>

class Connection;
class Schema;
class TableModel;
struct Table;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

// The data browser: the tables of an open database with their row counts and relationships
// on the left, the rows of the selected table (sorted and filtered in SQL) in the middle, and
// the full value of the current cell on the right. Read-only.
class BrowserPane : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserPane(QWidget *parent = nullptr);
    ~BrowserPane() override;

    // Connects and reads the schema; on failure returns false with a message in *error and
    // keeps the database that was open.
    bool openDatabase(const DatabaseAddress &address, QString *error);
    void closeDatabase();
    QString currentTable() const;
    void showTable(const QString &name);
    TableModel *model() const { return m_model; }

signals:
    void databaseOpened(const QString &title);
    void statusMessage(const QString &message);

private:
    QWidget *createSidebar();
    QWidget *createFilterBar();
    QWidget *createValuePanel();
    void fillTables();
    void countRows(QTreeWidgetItem *item);
    void showRelationships(const Table &table);
    void updateOperator();
    void addFilter();
    void removeFilter(int index);
    void showFilterChips();
    void applyFilters();
    void clearFilters();
    void showError(const QString &message);
    void updateRowStatus();
    void updateValuePanel();
    QTreeWidgetItem *tableItem(const QString &name) const;

    DatabaseAddress m_address;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Schema> m_schema;
    TableModel *m_model = nullptr;
    QList<RowFilter> m_filters; // as the chips show them; applied by Apply

    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_tables = nullptr;
    QListWidget *m_relationships = nullptr;
    QComboBox *m_column = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_upper = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QLineEdit *m_where = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_rowStatus = nullptr;
    QLabel *m_valueInfo = nullptr;
    QLabel *m_valueNull = nullptr;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_valueText = nullptr;
};
