#pragma once

#include "browse/rowfilter.h"
#include "database/databaseaddress.h"

#include <QWidget>

#include <functional>
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
    // Writes the rows of the current table, only those the filters and WHERE box let through
    // when they apply (as last applied), to `path` as {"table": [rows]}. Runs on a worker
    // thread with its own connection while a progress dialog offers Cancel; returns when done.
    // The result also goes out as statusMessage. A cancel or a failure leaves no file.
    bool exportCurrentView(const QString &path, QString *error);
    // Tests: called on the worker thread at each progress step, before Cancel is looked at.
    void setExportProgressHookForTests(std::function<void(qint64, qint64)> hook)
    {
        m_exportProgressHook = std::move(hook);
    }

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
    void exportView();
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
    QPushButton *m_exportView = nullptr;
    bool m_exporting = false;
    std::function<void(qint64, qint64)> m_exportProgressHook;
    QLabel *m_valueInfo = nullptr;
    QLabel *m_valueNull = nullptr;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_valueText = nullptr;
};
