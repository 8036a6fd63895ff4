#pragma once

#include "database/databaseaddress.h"
#include "export/jsonexporter.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class BackgroundTask;
class DatabaseTargetWidget;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

// File > Export Database to JSON...: choose a database (the window's open one to begin with),
// see its tables (read on a worker thread as soon as it is named: at once for a database given
// or an SQLite file that exists, on Read Tables for a server typed in), pick the tables, and write them to one JSON file with JsonExporter on a worker thread, with
// a progress bar and Cancel. The export writes through QSaveFile, so a cancel or a failure
// leaves no partial file and an existing file as it was. Closing while it runs cancels and
// waits for the worker.
class ExportJsonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportJsonDialog(QWidget *parent = nullptr);
    ~ExportJsonDialog() override;

    // Fills the database fields and reads its tables.
    void setDatabase(const DatabaseAddress &address);
    void setOutputPath(const QString &path);

    // For tests: called on the worker thread at each progress step with (rows written, rows in
    // all), before the Cancel flag is read, so a test can cancel at a known point.
    void setProgressHook(std::function<void(qint64, qint64)> hook)
    {
        m_progressHook = std::move(hook);
    }

    // The checked tables, in the order the export writes them.
    QStringList checkedTables() const;
    bool isExporting() const;

    void reject() override;

signals:
    // The table list was read (ok) or reading failed.
    void tablesRead(bool ok);
    // The export wrote its file (ok), or failed, or was cancelled.
    void exportFinished(bool ok);

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        QStringList tables; // reading: the tables in export order; export: the tables written
    };

    void readTables();
    void startExport();
    void cancelExport();
    void exportDone(const Outcome &outcome);
    // Cancels a running export and waits for its worker; its result is reported as usual.
    void stopExport();
    void browse();
    void setAllChecked(bool checked);
    void showProgress(qint64 done, qint64 total);
    void updateButtons();

    // Reads the tables a moment after the fields name an SQLite file that exists.
    void readTablesSoon();

    int m_readGeneration = 0; // the newest read whose answer counts
    QString m_listed; // the database the list is (being) read from, by its displayName()
    QTimer *m_readTimer;
    bool m_reading = false;
    BackgroundTask *m_exportTask;
    QString m_exportPath;
    std::function<void(qint64, qint64)> m_progressHook;

    DatabaseTargetWidget *m_database;
    QPushButton *m_readTables;
    QLabel *m_databaseStatus;
    QListWidget *m_tables;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QLineEdit *m_outputPath;
    QPushButton *m_browse;
    QCheckBox *m_pretty;
    QComboBox *m_blobs;
    QProgressBar *m_progressBar;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_cancelButton;
    QPushButton *m_close;
};
