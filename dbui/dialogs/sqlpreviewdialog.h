#pragma once

#include "ddl/ddlwriter.h"
#include "schema/schema.h"
#include "sql/sqlengine.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Shows the DDL that creates a design on one engine (DdlWriter's script), with the design's
// problems above it; errors replace the SQL. The script is written on a worker thread, so a
// large design does not freeze the window; Copy and Save As... take what is shown.
class SqlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SqlPreviewDialog(const Schema &schema, QWidget *parent = nullptr);

    SqlEngine engine() const;
    void setEngine(SqlEngine engine);
    // The SQL shown; empty while it is being written or when the design has errors.
    QString sql() const;
    // Writes the SQL shown to `path` at once (QSaveFile); false with a message in *error.
    bool saveTo(const QString &path, QString *error) const;

    // The design's engine when its catalogue names one (<datatypes db="postgresql"> in the
    // file, or a catalogue chosen for it), else SQLite.
    static SqlEngine designEngine(const Schema &schema);

signals:
    // The script for the chosen engine is shown: ok is false when the design has errors.
    void sqlReady(bool ok);

private:
    void writeScript();
    void showScript(const DdlScript &script);
    void copy();
    void saveAs();

    Schema m_schema;
    int m_generation = 0; // the newest request; older results are dropped
    QComboBox *m_dialect;
    QLabel *m_status;
    QListWidget *m_problems;
    QPlainTextEdit *m_sql;
    QPushButton *m_copy;
    QPushButton *m_save;
};
