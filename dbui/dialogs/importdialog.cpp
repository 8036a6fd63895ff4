#include "importdialog.h"

#include "buttonrow.h"
#include "progresspage.h"

#include "connection/databasetargetwidget.h"

#include "database/databasejobs.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Import from Database"));

    auto *sourcePage = new QWidget(m_pages);
    sourcePage->setObjectName(QStringLiteral("sourcePage"));
    auto *intro = new QLabel(tr("Read the tables, keys and foreign keys of a database into a "
                                "new design. The database is only read."),
        sourcePage);
    intro->setWordWrap(true);
    m_source = new DatabaseTargetWidget(DatabaseTargetWidget::FileMode::MustExist, sourcePage);
    m_source->setObjectName(QStringLiteral("source"));
    m_sourceStatus = new QLabel(sourcePage);
    m_sourceStatus->setObjectName(QStringLiteral("sourceStatus"));
    m_sourceStatus->setWordWrap(true);
    m_sourceStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceStatus->hide();
    auto *sourceLayout = new QVBoxLayout(sourcePage);
    sourceLayout->addWidget(intro);
    sourceLayout->addWidget(m_source);
    sourceLayout->addWidget(m_sourceStatus);
    sourceLayout->addStretch(1);

    auto *progressPage = new ProgressPage(m_pages);
    m_progressLabel = progressPage->label();
    m_progressBar = progressPage->bar();
    m_progressBar->setRange(0, 0); // busy: the importer does not report steps

    auto *resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    m_summary = new QLabel(resultPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_warningList = new QListWidget(resultPage);
    m_warningList->setObjectName(QStringLiteral("warnings"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_warningList, 100);
    resultLayout->addStretch(1); // keeps the summary at the top when there are no warnings

    m_pages->addWidget(sourcePage);
    m_pages->addWidget(progressPage);
    m_pages->addWidget(resultPage);

    auto *buttons = new ButtonRow(this);
    m_back = buttons->add(tr("< &Back"), QStringLiteral("back"));
    m_import = buttons->add(tr("&Import"), QStringLiteral("import"));
    m_open = buttons->add(tr("&Open as New Design"), QStringLiteral("open"));
    m_cancelButton = buttons->add(tr("Cancel"), QStringLiteral("cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(640, 480);

    connect(m_source, &DatabaseTargetWidget::changed, this, &ImportDialog::updateButtons);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Source); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_open, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    showPage(Page::Source);
}

void ImportDialog::setDatabase(const DatabaseAddress &address)
{
    m_source->setAddress(address);
}

void ImportDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(int(page));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    m_back->setVisible(m_page == Page::Result);
    m_import->setVisible(m_page == Page::Source);
    m_import->setEnabled(m_source->isComplete());
    m_import->setDefault(m_page == Page::Source);
    m_open->setVisible(m_page == Page::Result);
    m_open->setDefault(m_page == Page::Result);
}

void ImportDialog::reject()
{
    // A closed dialog takes no late answer from an import still running.
    ++m_generation;
    QDialog::reject();
}

void ImportDialog::cancel()
{
    if (m_page != Page::Progress) {
        reject();
        return;
    }
    // Importing only reads: the worker finishes on its own and its answer is dropped.
    ++m_generation;
    m_sourceStatus->setText(tr("Import cancelled."));
    m_sourceStatus->show();
    showPage(Page::Source);
    emit importFinished(false);
}

void ImportDialog::setForComparison()
{
    setWording(tr("Compare with Database"), tr("&Compare"));
}

void ImportDialog::setWording(const QString &title, const QString &acceptText)
{
    setWindowTitle(title);
    m_open->setText(acceptText);
}

void ImportDialog::startImport()
{
    QString error;
    const std::optional<DatabaseAddress> address = m_source->address(&error);
    if (!address) {
        m_sourceStatus->setText(error);
        m_sourceStatus->show();
        return;
    }
    m_source->storePassword();
    m_sourceStatus->hide();
    m_schema.reset();
    m_address = address;
    m_warnings.clear();
    const QString name = DatabaseTargetWidget::describe(*address);
    m_progressLabel->setText(tr("Reading %1...").arg(name));
    showPage(Page::Progress);

    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<DatabaseJobs::Import>(this);
    connect(watcher, &QFutureWatcher<DatabaseJobs::Import>::finished, this,
        [this, watcher, generation, name] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const DatabaseJobs::Import outcome = watcher->result();
            m_warnings = outcome.warnings;
            if (!outcome.schema) {
                m_sourceStatus->setText(outcome.error);
                m_sourceStatus->show();
                showPage(Page::Source);
                emit importFinished(false);
                return;
            }
            m_schema = outcome.schema;
            QStringList summary;
            summary << tr("Read %n table(s) from %1,", nullptr, int(m_schema->tables().size()))
                           .arg(name)
                    << tr("with %n foreign key(s).", nullptr, m_schema->foreignKeyCount());
            if (!m_warnings.isEmpty())
                summary << tr("The design could not hold everything (%n warning(s)):", nullptr,
                    int(m_warnings.size()));
            m_summary->setText(summary.join(u' '));
            m_warningList->clear();
            m_warningList->addItems(m_warnings);
            m_warningList->setVisible(!m_warnings.isEmpty());
            showPage(Page::Result);
            emit importFinished(true);
        });
    watcher->setFuture(
        QtConcurrent::run([address = *address] { return DatabaseJobs::importSchema(address); }));
}
