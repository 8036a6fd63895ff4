#include "applydialog.h"

#include "buttonrow.h"
#include "dialogtext.h"
#include "progresspage.h"

#include "connection/databasetargetwidget.h"

#include "database/databasejobs.h"
#include "dialects/dialect.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>

using DialogText::sqlView;
using DialogText::wrappingLabel;

ApplyDialog::ApplyDialog(const Schema &schema, QWidget *parent)
    : QDialog(parent)
    , m_schema(schema)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Apply to Database"));

    auto *targetPage = new QWidget(m_pages);
    targetPage->setObjectName(QStringLiteral("targetPage"));
    m_target = new DatabaseTargetWidget(DatabaseTargetWidget::FileMode::MayBeNew, targetPage);
    m_target->setObjectName(QStringLiteral("target"));
    m_replace = new QCheckBox(tr("&Replace existing tables"), targetPage);
    m_replace->setObjectName(QStringLiteral("replace"));
    m_replace->setToolTip(tr("Drop the design's tables that the database has already, with "
                             "their rows, and create them again."));
    m_targetError = wrappingLabel(QStringLiteral("targetError"), targetPage);
    m_targetError->hide();
    auto *intro = wrappingLabel(QString(), targetPage);
    intro->setText(tr("Create the design's tables in a database. Nothing changes until you have "
                      "read the SQL and confirmed it on the next page."));
    auto *targetLayout = new QVBoxLayout(targetPage);
    targetLayout->addWidget(intro);
    targetLayout->addWidget(m_target);
    targetLayout->addWidget(m_replace);
    targetLayout->addWidget(m_targetError);
    targetLayout->addStretch(1);

    auto *previewPage = new QWidget(m_pages);
    previewPage->setObjectName(QStringLiteral("previewPage"));
    m_previewTarget = wrappingLabel(QStringLiteral("previewTarget"), previewPage);
    m_previewSummary = wrappingLabel(QStringLiteral("previewSummary"), previewPage);
    m_previewReplace = new QCheckBox(m_replace->text(), previewPage);
    m_previewReplace->setObjectName(QStringLiteral("previewReplace"));
    m_previewReplace->setToolTip(m_replace->toolTip());
    m_previewProblems = new QListWidget(previewPage);
    m_previewProblems->setObjectName(QStringLiteral("previewProblems"));
    m_previewProblems->setMaximumHeight(fontMetrics().height() * 6);
    m_previewSql = sqlView(QStringLiteral("previewSql"), previewPage);
    m_confirmation = wrappingLabel(QStringLiteral("confirmation"), previewPage);
    QFont bold = m_confirmation->font();
    bold.setBold(true);
    m_confirmation->setFont(bold);
    m_previewTarget->setFont(bold);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_previewTarget);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addWidget(m_previewReplace);
    previewLayout->addWidget(m_previewProblems);
    previewLayout->addWidget(m_previewSql, 1);
    previewLayout->addWidget(m_confirmation);

    auto *progressPage = new ProgressPage(m_pages);
    m_progressLabel = progressPage->label();
    m_progressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar = progressPage->bar();

    auto *resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    m_resultText = wrappingLabel(QStringLiteral("resultText"), resultPage);
    m_failedStatement = sqlView(QStringLiteral("failedStatement"), resultPage);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultText);
    resultLayout->addWidget(m_failedStatement, 1);
    resultLayout->addStretch(0);

    m_pages->addWidget(targetPage);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(progressPage);
    m_pages->addWidget(resultPage);

    auto *buttons = new ButtonRow(this);
    m_back = buttons->add(tr("< &Back"), QStringLiteral("back"));
    m_next = buttons->add(QString(), QStringLiteral("next"));
    m_next->setDefault(true);
    m_cancelButton = buttons->add(tr("Cancel"), QStringLiteral("cancel"));
    m_close = buttons->add(tr("Close"), QStringLiteral("close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(720, 560);

    connect(m_target, &DatabaseTargetWidget::changed, this, &ApplyDialog::updateButtons);
    // Replacing can be chosen where the existing tables are named, not only a page back.
    connect(m_previewReplace, &QCheckBox::toggled, this, [this](bool replace) {
        m_replaceExisting = replace;
        m_replace->setChecked(replace);
        if (m_plan)
            renderPreview();
    });
    connect(m_back, &QPushButton::clicked, this, &ApplyDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ApplyDialog::next);
    connect(m_cancelButton, &QPushButton::clicked, this, &ApplyDialog::cancel);
    connect(m_close, &QPushButton::clicked, this,
        [this] { done(m_result && m_result->ok ? Accepted : Rejected); });
    showPage(Page::Target);
}

void ApplyDialog::setDatabase(const DatabaseAddress &address)
{
    m_target->setAddress(address);
}

ApplyDialog::~ApplyDialog()
{
    // A run still going stops at its next statement and rolls back; it holds its own copies.
    if (m_cancel)
        m_cancel->store(true);
}

void ApplyDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(int(page));
    updateButtons();
}

void ApplyDialog::updateButtons()
{
    m_back->setVisible(m_page == Page::Preview || m_page == Page::Result);
    m_next->setVisible(m_page == Page::Target || m_page == Page::Preview);
    m_next->setText(m_page == Page::Preview ? tr("&Apply") : tr("&Next >"));
    // Tables that exist are only dropped when asked for; otherwise applying would fail.
    m_next->setEnabled(m_page == Page::Target
            ? m_target->isComplete()
            : m_plan && m_plan->script.ok()
                && (m_replaceExisting || m_plan->existingTables.isEmpty()));
    m_cancelButton->setVisible(m_page != Page::Result);
    m_close->setVisible(m_page == Page::Result);
}

void ApplyDialog::next()
{
    if (m_page == Page::Target)
        startPreview();
    else if (m_page == Page::Preview)
        startApply();
}

void ApplyDialog::back()
{
    m_targetError->hide();
    showPage(m_page == Page::Result ? Page::Target : Page(int(m_page) - 1));
}

void ApplyDialog::cancel()
{
    if (m_page == Page::Progress && m_cancel) {
        // Applying: the applier stops after the statement it is running and undoes the rest.
        m_cancel->store(true);
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling: undoing what was done..."));
        return;
    }
    if (m_page == Page::Progress) {
        // Reading the database changes nothing: drop the answer when it comes.
        ++m_generation;
        showPage(Page::Target);
        emit previewReady(false);
        return;
    }
    QDialog::reject();
}

void ApplyDialog::reject()
{
    // Escape and the window's close button cancel like the Cancel button; a dialog that is
    // applying waits for the rollback and shows its result instead of closing.
    if (m_page == Page::Progress) {
        cancel();
        if (m_cancel)
            return;
    }
    QDialog::reject();
}

void ApplyDialog::startPreview()
{
    QString error;
    m_address = m_target->address(&error);
    if (!m_address) {
        m_targetError->setText(error);
        m_targetError->show();
        return;
    }
    m_targetError->hide();
    m_target->storePassword();
    m_replaceExisting = m_replace->isChecked();
    m_plan.reset();
    m_cancel.reset();
    m_progressLabel->setText(tr("Reading %1...").arg(DatabaseTargetWidget::describe(*m_address)));
    m_progressBar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    showPage(Page::Progress);

    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<DatabaseJobs::Plan>(this);
    connect(
        watcher, &QFutureWatcher<DatabaseJobs::Plan>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const DatabaseJobs::Plan outcome = watcher->result();
            showPreview(outcome.plan, outcome.error);
        });
    watcher->setFuture(QtConcurrent::run(
        [schema = m_schema, address = *m_address] { return DatabaseJobs::plan(schema, address); }));
}

void ApplyDialog::showPreview(const std::optional<ApplyPlan> &plan, const QString &error)
{
    if (!plan) {
        m_targetError->setText(error);
        m_targetError->show();
        showPage(Page::Target);
        emit previewReady(false);
        return;
    }
    m_plan = plan;
    renderPreview();
    showPage(Page::Preview);
    emit previewReady(plan->script.ok());
}

void ApplyDialog::renderPreview()
{
    const DdlScript &script = m_plan->script;
    m_previewProblems->clear();
    for (const DesignProblem &problem : script.problems) {
        auto *item = new QListWidgetItem(problem.toString(), m_previewProblems);
        item->setIcon(style()->standardIcon(
            problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
    m_previewProblems->setVisible(!script.problems.isEmpty());
    const QString target = DatabaseTargetWidget::describe(*m_address);
    m_previewTarget->setText(tr("Target: %1").arg(target));
    const QString existing = m_plan->existingTables.join(QStringLiteral(", "));
    const int existingCount = int(m_plan->existingTables.size());
    {
        const QSignalBlocker blocker(m_previewReplace);
        m_previewReplace->setChecked(m_replaceExisting);
    }
    m_previewReplace->setVisible(script.ok() && existingCount > 0);
    if (!script.ok()) {
        m_previewSql->hide();
        m_previewSummary->setText(tr("The design has errors; nothing can be applied until they "
                                     "are fixed."));
        m_confirmation->clear();
    } else {
        // The statements in the order SchemaApplier runs them: the drops first when replacing.
        const bool dropping = m_replaceExisting && existingCount > 0;
        QString sql;
        if (dropping) {
            const std::unique_ptr<Dialect> dialect = Dialect::create(m_address->engine);
            for (const QString &table : m_plan->existingTables)
                sql += dialect->dropTableSql(table) + QStringLiteral(";\n\n");
        }
        sql += script.text();
        m_previewSql->setPlainText(sql);
        m_previewSql->show();
        const int total = int(script.statements.size()) + (dropping ? existingCount : 0);
        if (dropping)
            m_previewSummary->setText(tr("%n table(s) of the design exist in the database and "
                                         "will be dropped with their rows, then created again: "
                                         "%1.",
                nullptr, existingCount)
                                          .arg(existing));
        else if (existingCount > 0)
            m_previewSummary->setText(tr("The database already has %n table(s) of the design: "
                                         "%1. Check Replace existing tables below to drop them "
                                         "with their rows and create them again; nothing can be "
                                         "applied otherwise.",
                nullptr, existingCount)
                                          .arg(existing));
        else
            m_previewSummary->setText(tr("This SQL creates %n table(s), all or nothing.", nullptr,
                int(script.tables.size())));
        if (existingCount > 0 && !dropping)
            m_confirmation->setText(tr("Nothing will be applied to %1.").arg(target));
        else
            m_confirmation->setText(
                tr("Apply %n statement(s) to %1?", nullptr, total).arg(target));
    }
    updateButtons();
}

void ApplyDialog::startApply()
{
    m_result.reset();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const int total = int(m_plan->script.statements.size())
        + (m_replaceExisting ? int(m_plan->existingTables.size()) : 0);
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Applying to %1...").arg(m_address->displayName()));
    m_cancelButton->setEnabled(true);
    showPage(Page::Progress);

    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ApplyResult>(this);
    connect(
        watcher, &QFutureWatcherBase::progressRangeChanged, m_progressBar, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        m_progressBar->setValue(done);
        if (!m_cancel->load())
            m_progressLabel->setText(tr("Applying to %1: statement %2 of %3...")
                                         .arg(m_address->displayName())
                                         .arg(done)
                                         .arg(m_progressBar->maximum()));
    });
    connect(watcher, &QFutureWatcher<ApplyResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showResult(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([schema = m_schema, address = *m_address, replace = m_replaceExisting,
                              cancel](QPromise<ApplyResult> &promise) {
            bool ranged = false;
            const auto progress = [&](int done, int all) {
                if (!ranged) {
                    promise.setProgressRange(0, all);
                    ranged = true;
                }
                promise.setProgressValue(done);
                return !cancel->load();
            };
            promise.addResult(DatabaseJobs::apply(schema, address, replace, progress));
        }));
}

void ApplyDialog::showResult(const ApplyResult &result)
{
    m_result = result;
    m_cancel.reset();
    QStringList lines;
    const QString target = DatabaseTargetWidget::describe(*m_address);
    if (result.ok) {
        lines << tr("Created %n table(s) in %1.", nullptr, int(result.createdTables.size()))
                     .arg(target);
        if (!result.replacedTables.isEmpty())
            lines << tr("Replaced %n table(s).", nullptr, int(result.replacedTables.size()));
        lines << tr("%n statement(s) ran.", nullptr, result.statements);
    } else if (!result.existingTables.isEmpty()) {
        // Tables that appeared since the preview. The applier's own words name the command
        // line's option; here it is the box.
        lines << tr("%1 has %n table(s) of the design already: %2. Nothing was changed. Go back "
                    "and check Replace existing tables to drop them with their rows and create "
                    "them again.",
            nullptr, int(result.existingTables.size()))
                     .arg(target, result.existingTables.join(QStringLiteral(", ")));
    } else {
        for (const DesignProblem &problem : result.problems) {
            if (problem.isError())
                lines << problem.toString();
        }
        lines << result.error;
        if (!result.failedStatement.isEmpty())
            lines << tr("The statement was:");
    }
    m_resultText->setText(lines.join(u'\n'));
    m_failedStatement->setPlainText(result.failedStatement);
    m_failedStatement->setVisible(!result.failedStatement.isEmpty());
    showPage(Page::Result);
    emit applyFinished(result.ok);
}
