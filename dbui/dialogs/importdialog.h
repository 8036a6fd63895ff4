#pragma once

#include "database/databaseaddress.h"
#include "schema/schema.h"

#include <QDialog>

#include <optional>

class DatabaseTargetWidget;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Database > Import from Database...: choose a database, read it into a new design on a worker
// thread (with a busy indicator and Cancel), see what the design could not hold, and open it.
// The caller takes importedSchema() when the dialog is accepted.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts with no database named: setDatabase() names the one the window has open.
    explicit ImportDialog(QWidget *parent = nullptr);

    void setDatabase(const DatabaseAddress &address);

    std::optional<Schema> importedSchema() const { return m_schema; }
    // The database the schema was read from.
    std::optional<DatabaseAddress> importedAddress() const { return m_address; }
    // Worded for reading a database to compare the design with, rather than to open it.
    void setForComparison();
    // Worded for another use of the schema read: the window's title and the final button.
    void setWording(const QString &title, const QString &acceptText);
    // What the import could not carry into the design (a CHECK constraint, a view...).
    QStringList warnings() const { return m_warnings; }

    void reject() override;

signals:
    // The import finished (ok) or failed or was cancelled.
    void importFinished(bool ok);

private:
    enum class Page { Source, Progress, Result };

    void showPage(Page page);
    void updateButtons();
    void startImport();
    void cancel();

    Page m_page = Page::Source;
    int m_generation = 0; // the newest import whose answer counts
    std::optional<Schema> m_schema;
    std::optional<DatabaseAddress> m_address;
    QStringList m_warnings;

    QStackedWidget *m_pages;
    DatabaseTargetWidget *m_source;
    QLabel *m_sourceStatus;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_summary;
    QListWidget *m_warningList;
    QPushButton *m_back;
    QPushButton *m_import;
    QPushButton *m_open;
    QPushButton *m_cancelButton;
};
