#pragma once

#include "database/databaseaddress.h"
#include "diff/synchronization.h"
#include "schema/schema.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class DatabaseTargetWidget;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

// Database > Compare and Synchronize...: choose a database, see every change that would bring it
// to the design under its table, with its risk, the SQL it runs on that engine and what its
// data check found; choose the changes (a dropped and an added table or column can be paired
// as a rename), read the whole script (Dry Run), and apply the chosen ones on a worker thread
// with progress and Cancel. Changes that destroy data need an explicit tick. The result page
// lists what ran; on MariaDB a failure shows the steps that stay and their undo statements.
class SynchronizeDialog : public QDialog
{
    Q_OBJECT

public:
    SynchronizeDialog(const Schema &design, const QString &designName, QWidget *parent = nullptr);
    ~SynchronizeDialog() override;

    void setDatabase(const DatabaseAddress &address);

    const Synchronization::Preview *preview() const { return m_preview ? &*m_preview : nullptr; }
    std::optional<MigrationReport> report() const { return m_report; }
    // The changes ticked, as indexes into preview()->diff.changes.
    QList<int> chosenChanges() const;
    // Pairs a dropped table or column (source) with an added one (target) as a rename, and
    // compares again.
    void pairAsRename(int dropped, int added);
    // The script of the chosen changes, as Dry Run shows it.
    QString script() const;

    void reject() override;

signals:
    void previewReady(bool ok);
    void applyFinished(bool ok);

private:
    enum class Page { Target, Changes, Progress, Result };

    void showPage(Page page);
    void updateButtons();
    void startPreview();
    void showPreview(const Synchronization::Preview &preview);
    void showChangeSql(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    void dryRun();
    void startApply();
    void showResult(const MigrationReport &report, const MigrationPlan &plan);

    Schema m_design;
    QString m_designName;
    RenameHints m_hints;
    Page m_page = Page::Target;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<DatabaseAddress> m_address;
    std::optional<Synchronization::Preview> m_preview;
    std::optional<MigrationReport> m_report;

    QStackedWidget *m_pages;
    DatabaseTargetWidget *m_target;
    QLabel *m_targetError;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QPlainTextEdit *m_sql;
    QCheckBox *m_allowDataLoss;
    QLabel *m_blocked;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_resultText;
    QPlainTextEdit *m_resultDetails;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_cancelButton;
    QPushButton *m_close;
};
