#pragma once

#include "database/databaseaddress.h"
#include "database/schemaapplier.h"
#include "schema/schema.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class DatabaseTargetWidget;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Database > Apply to Database...: choose the database, read what applying would run (the
// exact SQL, with the tables that replacing drops) and confirm, watch it run on a worker
// thread with Cancel (which leaves the database as it was), and read the result as
// SchemaApplier words it. The window stays responsive throughout.
class ApplyDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts with no database named: setDatabase() names the one the window has open.
    explicit ApplyDialog(const Schema &schema, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    // Fills the target fields (the password too, when the address has one).
    void setDatabase(const DatabaseAddress &address);

    // The last run's result, once there is one.
    std::optional<ApplyResult> result() const { return m_result; }

    void reject() override;

signals:
    // The preview page shows what will run (ok), or why nothing can (the database could not be
    // read, or the design has errors).
    void previewReady(bool ok);
    // The applier has finished; the result page shows how.
    void applyFinished(bool ok);

private:
    enum class Page { Target, Preview, Progress, Result };

    void showPage(Page page);
    void updateButtons();
    void next();
    void back();
    void cancel();
    void startPreview();
    void showPreview(const std::optional<ApplyPlan> &plan, const QString &error);
    // Fills the preview page from m_plan, dropping the existing tables when replacing.
    void renderPreview();
    void startApply();
    void showResult(const ApplyResult &result);

    Schema m_schema;
    Page m_page = Page::Target;
    int m_generation = 0; // the newest worker whose result counts
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<ApplyPlan> m_plan;
    std::optional<ApplyResult> m_result;
    std::optional<DatabaseAddress> m_address; // what the preview was made for
    bool m_replaceExisting = false;

    QStackedWidget *m_pages;
    DatabaseTargetWidget *m_target;
    QCheckBox *m_replace;
    QLabel *m_targetError;
    QLabel *m_previewTarget;
    QLabel *m_previewSummary;
    QCheckBox *m_previewReplace;
    QListWidget *m_previewProblems;
    QPlainTextEdit *m_previewSql;
    QLabel *m_confirmation;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_resultText;
    QPlainTextEdit *m_failedStatement;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancelButton;
    QPushButton *m_close;
};
