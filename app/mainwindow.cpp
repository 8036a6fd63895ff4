#include "mainwindow.h"

#include "schemaoutline.h"
#include "xml/designfile.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outline(new SchemaOutline(this))
    , m_problems(new QListWidget(this))
{
    setCentralWidget(m_outline);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problems"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_problemsDock}, {140}, Qt::Vertical);
    m_problemsDock->hide();
    createActions();
    setWindowTitle(tr("Schemata"));
    statusBar()->showMessage(tr("Open a design (WWW SQL Designer XML) with File > Open."));
    resize(1000, 700);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("File"));
    toolBar->setObjectName(QStringLiteral("fileToolBar"));

    auto *openAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open..."), this);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a design file"));
    connect(openAction, &QAction::triggered, this, &MainWindow::open);
    fileMenu->addAction(openAction);
    toolBar->addAction(openAction);

    fileMenu->addSeparator();
    auto *quitAction
        = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *aboutAction = new QAction(tr("&About Schemata"), this);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    helpMenu->addAction(aboutAction);
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"),
        QFileInfo(m_path).absolutePath(), tr("Designs (*.xml *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader)) {
        // The open design stays as it was.
        QMessageBox::critical(
            this, tr("Cannot Open Design"), DesignFile::describeError(path, reader));
        return false;
    }
    m_schema = reader.takeSchema();
    m_path = path;
    showSchema(path, reader.warnings());
    return true;
}

void MainWindow::showSchema(const QString &path, const DesignWarnings &warnings)
{
    m_outline->setSchema(m_schema);
    if (m_schema.tables().size() <= 60)
        m_outline->expandAll();
    m_problems->clear();
    for (const DesignWarning &w : warnings)
        m_problems->addItem(w.toString());
    m_problemsDock->setVisible(!warnings.isEmpty());
    setWindowTitle(tr("%1 - Schemata").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("%n table(s)", nullptr, int(m_schema.tables().size())) + u", "
        + tr("%n relation(s)", nullptr, m_schema.foreignKeyCount()) + u", "
        + tr("%n warning(s)", nullptr, int(warnings.size())));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Schemata"),
        tr("<h3>Schemata %1</h3><p>Design relational schemas, map them to SQLite, "
           "PostgreSQL and MariaDB, and browse their data.</p><p>Designs are "
           "saved in the file format of WWW SQL Designer.</p>")
            .arg(QApplication::applicationVersion()));
}
