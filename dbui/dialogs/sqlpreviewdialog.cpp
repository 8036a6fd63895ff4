#include "sqlpreviewdialog.h"

#include "dialects/dialect.h"
#include "io/writeall.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>

SqlPreviewDialog::SqlPreviewDialog(const Schema &schema, QWidget *parent)
    : QDialog(parent)
    , m_schema(schema)
    , m_dialect(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_sql(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("Save &As..."), this))
{
    setWindowTitle(tr("SQL Preview"));
    m_dialect->setObjectName(QStringLiteral("dialect"));
    for (const SqlEngine engine : allSqlEngines)
        m_dialect->addItem(sqlEngineTitle(engine), int(engine));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(fontMetrics().height() * 7);
    m_problems->hide();
    m_sql->setObjectName(QStringLiteral("sql"));
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copy"));
    m_save->setObjectName(QStringLiteral("save"));

    auto *top = new QHBoxLayout;
    auto *dialectLabel = new QLabel(tr("&Dialect:"), this);
    dialectLabel->setBuddy(m_dialect);
    top->addWidget(dialectLabel);
    top->addWidget(m_dialect);
    top->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems);
    layout->addWidget(m_sql, 1);
    layout->addWidget(buttons);
    resize(800, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &SqlPreviewDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &SqlPreviewDialog::saveAs);
    m_dialect->setCurrentIndex(m_dialect->findData(int(designEngine(schema))));
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SqlPreviewDialog::writeScript);
    writeScript();
}

SqlEngine SqlPreviewDialog::designEngine(const Schema &schema)
{
    // Every Schema starts with the designer's default catalogue (MySQL's): only one read from
    // the file, or set to another engine's, says which engine the design is for.
    const QString db = schema.catalogue().db();
    if (!schema.source().catalogueFromFile && db == u"mysql")
        return defaultSqlEngine;
    return sqlEngineFromName(db).value_or(defaultSqlEngine);
}

SqlEngine SqlPreviewDialog::engine() const
{
    return SqlEngine(m_dialect->currentData().toInt());
}

void SqlPreviewDialog::setEngine(SqlEngine engine)
{
    m_dialect->setCurrentIndex(m_dialect->findData(int(engine)));
}

QString SqlPreviewDialog::sql() const
{
    return m_sql->toPlainText();
}

void SqlPreviewDialog::writeScript()
{
    const int generation = ++m_generation;
    m_sql->clear();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Writing SQL..."));
    auto *watcher = new QFutureWatcher<DdlScript>(this);
    connect(watcher, &QFutureWatcher<DdlScript>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showScript(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([schema = m_schema, engine = engine()] {
        return DdlWriter(Dialect::forEngine(engine)).write(schema);
    }));
}

void SqlPreviewDialog::showScript(const DdlScript &script)
{
    m_problems->clear();
    for (const DesignProblem &problem : script.problems) {
        auto *item = new QListWidgetItem(problem.toString(), m_problems);
        item->setIcon(style()->standardIcon(
            problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
    m_problems->setVisible(!script.problems.isEmpty());
    const bool ok = script.ok();
    m_sql->setVisible(ok);
    if (ok) {
        m_sql->setPlainText(script.text());
        m_status->setText(tr("%n statement(s)", nullptr, int(script.statements.size())));
    } else {
        m_sql->clear();
        m_status->setText(tr("The design has errors; no SQL was written. Fix them first."));
    }
    m_copy->setEnabled(ok);
    m_save->setEnabled(ok);
    emit sqlReady(ok);
}

void SqlPreviewDialog::copy()
{
    QApplication::clipboard()->setText(sql());
}

bool SqlPreviewDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = sql().toUtf8();
    // Unbuffered: a full disk is then reported with the system's reason (see writeAll()).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(&file, bytes)
        || !file.commit()) {
        *error = tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SqlPreviewDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"),
        QStringLiteral("schema.%1.sql").arg(sqlEngineName(engine())),
        tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save SQL"), error);
}
