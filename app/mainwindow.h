#pragma once

#include "schema/schema.h"
#include "xml/designwarning.h"

#include <QMainWindow>

class QDockWidget;
class QListWidget;
class SchemaOutline;

// The main window. For now it shows the loaded design's tables in a tree and the problems
// found while reading it; the designer and the data browser replace the central view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);
    const Schema &schema() const { return m_schema; }

private:
    void createActions();
    void open();
    void about();
    void showSchema(const QString &path, const DesignWarnings &warnings);

    Schema m_schema;
    QString m_path;
    SchemaOutline *m_outline = nullptr;
    QListWidget *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
};
