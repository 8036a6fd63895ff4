#pragma once

#include "schema/objectid.h"

#include <QTreeWidget>

class DesignDocument;
class QTimer;

// The validation panel: the design's problems as `schemata check` reports them (what would stop
// it from becoming a database), plus what was noticed while reading the file. Follows the
// document (re-checked shortly after each edit); activating a problem selects its table.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(DesignDocument *document, QWidget *parent = nullptr);

    // Problems of the file as read (warnings of DesignReader), shown until the next reset.
    void setFileWarnings(const QStringList &warnings);
    // Runs the check now (it otherwise runs shortly after an edit).
    void recheck();
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

signals:
    void showRequested(ObjectId table, ObjectId column);
    void countsChanged(int errors, int warnings);

private:
    DesignDocument *m_document;
    QTimer *m_timer;
    QStringList m_fileWarnings;
    int m_errors = 0;
    int m_warnings = 0;
};
