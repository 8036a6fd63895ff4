#include "synchronizedialog.h"

#include "buttonrow.h"
#include "dialogtext.h"
#include "progresspage.h"

#include "connection/databasetargetwidget.h"

#include "xml/designwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

constexpr int ChangeRole = Qt::UserRole + 1; // int: index into the preview's changes

enum ChangeColumn { DescriptionColumn, RiskColumn, CheckColumn };

using DialogText::sqlView;
using DialogText::wrappingLabel;

} // namespace

SynchronizeDialog::SynchronizeDialog(const Schema &design, const QString &designName, QWidget *parent)
    : QDialog(parent)
    , m_design(design)
    , m_designName(designName)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Compare and Synchronize"));

    auto *targetPage = new QWidget(m_pages);
    m_target = new DatabaseTargetWidget(DatabaseTargetWidget::FileMode::MustExist, targetPage);
    m_target->setObjectName(QStringLiteral("target"));
    m_targetError = wrappingLabel(QStringLiteral("targetError"), targetPage);
    m_targetError->hide();
    auto *intro = wrappingLabel(QString(), targetPage);
    intro->setText(tr("Compare the design with a database and bring the database to it, keeping "
                      "its rows. Nothing changes until you apply the changes you choose on the "
                      "next page."));
    auto *targetLayout = new QVBoxLayout(targetPage);
    targetLayout->addWidget(intro);
    targetLayout->addWidget(m_target);
    targetLayout->addWidget(m_targetError);
    targetLayout->addStretch(1);

    auto *changesPage = new QWidget(m_pages);
    changesPage->setObjectName(QStringLiteral("changesPage"));
    m_summary = wrappingLabel(QStringLiteral("summary"), changesPage);
    m_changes = new QTreeWidget(changesPage);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setHeaderLabels({tr("Change"), tr("Risk"), tr("Data check")});
    m_changes->header()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(RiskColumn, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(CheckColumn, QHeaderView::Interactive);
    m_changes->header()->resizeSection(CheckColumn, 320);
    m_changes->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sql = sqlView(QStringLiteral("changeSql"), changesPage);
    m_sql->setPlaceholderText(tr("The SQL of the selected change"));
    auto *split = new QSplitter(Qt::Vertical, changesPage);
    split->addWidget(m_changes);
    split->addWidget(m_sql);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_allowDataLoss = new QCheckBox(tr("&Allow the changes that destroy data (dropped tables and "
                                       "columns, types that lose values)"),
        changesPage);
    m_allowDataLoss->setObjectName(QStringLiteral("allowDataLoss"));
    m_blocked = wrappingLabel(QStringLiteral("blocked"), changesPage);
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addWidget(m_summary);
    changesLayout->addWidget(split, 1);
    changesLayout->addWidget(m_allowDataLoss);
    changesLayout->addWidget(m_blocked);

    auto *progressPage = new ProgressPage(m_pages);
    m_progressLabel = progressPage->label();
    m_progressBar = progressPage->bar();

    auto *resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    m_resultText = wrappingLabel(QStringLiteral("resultText"), resultPage);
    m_resultDetails = sqlView(QStringLiteral("resultDetails"), resultPage);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultText);
    resultLayout->addWidget(m_resultDetails, 1);

    m_pages->addWidget(targetPage);
    m_pages->addWidget(changesPage);
    m_pages->addWidget(progressPage);
    m_pages->addWidget(resultPage);

    auto *buttons = new ButtonRow(this);
    m_back = buttons->add(tr("< &Back"), QStringLiteral("back"));
    m_next = buttons->add(tr("&Compare"), QStringLiteral("compare"));
    m_dryRun = buttons->add(tr("&Dry Run..."), QStringLiteral("dryRun"));
    m_apply = buttons->add(tr("&Apply"), QStringLiteral("apply"));
    m_cancelButton = buttons->add(tr("Cancel"), QStringLiteral("cancel"));
    m_close = buttons->add(tr("Close"), QStringLiteral("close"));
    m_next->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(860, 640);

    connect(m_target, &DatabaseTargetWidget::changed, this, &SynchronizeDialog::updateButtons);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Target); });
    connect(m_next, &QPushButton::clicked, this, &SynchronizeDialog::startPreview);
    connect(m_dryRun, &QPushButton::clicked, this, &SynchronizeDialog::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &SynchronizeDialog::startApply);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_page == Page::Progress && m_cancel) {
            m_cancel->store(true);
            m_progressLabel->setText(tr("Cancelling..."));
            m_cancelButton->setEnabled(false);
        } else {
            reject();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_allowDataLoss, &QCheckBox::toggled, this, &SynchronizeDialog::updateButtons);
    connect(m_changes, &QTreeWidget::itemChanged, this, &SynchronizeDialog::updateButtons);
    connect(m_changes, &QTreeWidget::currentItemChanged, this, &SynchronizeDialog::showChangeSql);
    connect(m_changes, &QWidget::customContextMenuRequested, this,
        &SynchronizeDialog::showContextMenu);
    showPage(Page::Target);
}

SynchronizeDialog::~SynchronizeDialog()
{
    // A run still going finishes on its worker: its answer is no longer wanted.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
}

void SynchronizeDialog::setDatabase(const DatabaseAddress &address)
{
    m_target->setAddress(address);
}

void SynchronizeDialog::reject()
{
    // Never while changes run: Cancel asks the run to stop, and the result page says how.
    if (m_page == Page::Progress)
        return;
    QDialog::reject();
}

void SynchronizeDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(int(page));
    updateButtons();
}

QList<int> SynchronizeDialog::chosenChanges() const
{
    QList<int> chosen;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *table = m_changes->topLevelItem(i);
        for (int j = 0; j < table->childCount(); ++j) {
            if (table->child(j)->checkState(DescriptionColumn) == Qt::Checked)
                chosen << table->child(j)->data(DescriptionColumn, ChangeRole).toInt();
        }
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

void SynchronizeDialog::updateButtons()
{
    const bool onTarget = m_page == Page::Target;
    const bool onChanges = m_page == Page::Changes;
    m_back->setVisible(onChanges || m_page == Page::Result);
    m_next->setVisible(onTarget);
    m_next->setEnabled(m_target->isComplete());
    m_dryRun->setVisible(onChanges);
    m_apply->setVisible(onChanges);
    m_cancelButton->setVisible(m_page != Page::Result);
    m_close->setVisible(m_page == Page::Result);
    if (!onChanges || !m_preview)
        return;
    // What stops Apply, said under the list: rows that would fail a chosen change, and
    // destroying data without the tick.
    const QList<int> chosen = chosenChanges();
    int failing = 0;
    bool losesData = false;
    for (int i : chosen)
        losesData |= m_preview->diff.changes.at(i).risk == SchemaChange::Risk::DataLoss;
    for (const DataCheckResult &r : m_preview->checks) {
        if (!r.passed() && chosen.contains(Synchronization::changeOf(*m_preview, r.check)))
            ++failing;
    }
    QStringList blocked;
    if (failing > 0)
        blocked << tr("The rows of the database would make %n chosen change(s) fail: untick them, "
                      "or fix the rows first.",
            nullptr, failing);
    if (losesData && !m_allowDataLoss->isChecked())
        blocked << tr("Some chosen changes destroy data: tick the box above to allow them.");
    m_blocked->setText(blocked.join(u' '));
    m_blocked->setVisible(!blocked.isEmpty());
    m_dryRun->setEnabled(!chosen.isEmpty());
    m_apply->setEnabled(!chosen.isEmpty() && blocked.isEmpty());
}

void SynchronizeDialog::startPreview()
{
    QString error;
    const std::optional<DatabaseAddress> address = m_target->address(&error);
    if (!address) {
        m_targetError->setText(error);
        m_targetError->show();
        return;
    }
    m_target->storePassword();
    m_targetError->hide();
    m_address = address;
    m_progressLabel->setText(tr("Comparing the design with %1...")
                                 .arg(DatabaseTargetWidget::describe(*address)));
    m_progressBar->setRange(0, 0);
    m_cancel.reset();
    showPage(Page::Progress);
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Synchronization::Preview>(this);
    connect(watcher, &QFutureWatcher<Synchronization::Preview>::finished, this,
        [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation)
                showPreview(watcher->result());
        });
    watcher->setFuture(QtConcurrent::run([design = m_design, address = *address, hints = m_hints] {
        return Synchronization::preview(design, address, hints);
    }));
}

void SynchronizeDialog::showPreview(const Synchronization::Preview &preview)
{
    if (!preview.database || !preview.diff.ok()) {
        m_targetError->setText(preview.database ? preview.diff.errors.join(u'\n') : preview.error);
        m_targetError->show();
        showPage(Page::Target);
        emit previewReady(false);
        return;
    }
    m_preview = preview;
    const QSignalBlocker blocker(m_changes);
    m_changes->clear();
    m_sql->clear();
    QHash<QString, QTreeWidgetItem *> tables;
    QList<QTreeWidgetItem *> order;
    for (qsizetype i = 0; i < preview.diff.changes.size(); ++i) {
        const SchemaChange &c = preview.diff.changes.at(i);
        QTreeWidgetItem *&table = tables[c.table];
        if (!table) {
            table = new QTreeWidgetItem({c.table});
            table->setFlags(table->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            order << table;
        }
        auto *item = new QTreeWidgetItem(table);
        item->setText(DescriptionColumn, c.describe());
        item->setText(RiskColumn, SchemaChange::riskCode(c.risk));
        item->setToolTip(RiskColumn, SchemaChangeText::riskTitle(c.risk));
        item->setIcon(DescriptionColumn,
            style()->standardIcon(c.risk == SchemaChange::Risk::DataLoss ? QStyle::SP_MessageBoxCritical
                    : c.risk == SchemaChange::Risk::MayFail            ? QStyle::SP_MessageBoxWarning
                                                                       : QStyle::SP_DialogApplyButton));
        item->setData(DescriptionColumn, ChangeRole, int(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(DescriptionColumn, Qt::Checked);
    }
    for (const DataCheckResult &r : preview.checks) {
        const int index = Synchronization::changeOf(preview, r.check);
        for (QTreeWidgetItem *table : std::as_const(order)) {
            for (int j = 0; j < table->childCount(); ++j) {
                QTreeWidgetItem *item = table->child(j);
                if (item->data(DescriptionColumn, ChangeRole).toInt() != index)
                    continue;
                const QString text = !r.error.isEmpty() ? tr("could not check: %1").arg(r.error)
                    : r.passed()
                    ? tr("ok")
                    : tr("%n row(s) in the way: %1; first: %2", nullptr, int(r.count))
                          .arg(r.check.description, r.sample.join(QStringLiteral(", ")));
                item->setText(CheckColumn, text);
                item->setToolTip(CheckColumn, text);
            }
        }
    }
    m_changes->addTopLevelItems(order);
    m_changes->expandAll();
    const QString target = DatabaseTargetWidget::describe(*m_address);
    if (preview.diff.changes.isEmpty())
        m_summary->setText(tr("%1 has the design's structure: there is nothing to change.").arg(target));
    else
        m_summary->setText(tr("%n change(s) bring %1 to the design. Untick what should stay as it "
                              "is; right-click a dropped table or column to pair it with an added "
                              "one as a rename.",
            nullptr, int(preview.diff.changes.size()))
                               .arg(target));
    if (!preview.diff.unmanaged.isEmpty())
        m_summary->setText(m_summary->text() + u' '
            + tr("Left alone (not in the design): %1.")
                  .arg(preview.diff.unmanaged.join(QStringLiteral(", "))));
    showPage(Page::Changes);
    emit previewReady(true);
}

void SynchronizeDialog::showChangeSql(QTreeWidgetItem *item)
{
    if (!item || !m_preview || !item->parent()) {
        m_sql->clear();
        return;
    }
    const int index = item->data(DescriptionColumn, ChangeRole).toInt();
    const MigrationPlan plan = Synchronization::plan(*m_preview, m_design, {index});
    QStringList lines = plan.errors;
    // What the data check found, whole, above the statements.
    if (!item->text(CheckColumn).isEmpty())
        lines << QStringLiteral("-- ") + item->text(CheckColumn);
    for (const MigrationStep &step : plan.steps) {
        for (const QString &statement : step.statements)
            lines << statement + u';';
    }
    m_sql->setPlainText(lines.join(u'\n'));
}

void SynchronizeDialog::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_changes->itemAt(pos);
    if (!item || !item->parent() || !m_preview)
        return;
    const int index = item->data(DescriptionColumn, ChangeRole).toInt();
    const SchemaChange &dropped = m_preview->diff.changes.at(index);
    using Kind = SchemaChange::Kind;
    if (dropped.kind != Kind::DropTable && dropped.kind != Kind::DropColumn)
        return;
    QMenu menu;
    QMenu *pair = menu.addMenu(tr("Pair as a &Rename With"));
    for (qsizetype i = 0; i < m_preview->diff.changes.size(); ++i) {
        const SchemaChange &added = m_preview->diff.changes.at(i);
        const bool fits = dropped.kind == Kind::DropTable
            ? added.kind == Kind::AddTable
            : added.kind == Kind::AddColumn && added.table == dropped.table;
        if (fits)
            pair->addAction(added.describe(), this, [this, index, i] { pairAsRename(index, int(i)); });
    }
    pair->setEnabled(!pair->isEmpty());
    menu.exec(m_changes->viewport()->mapToGlobal(pos));
}

void SynchronizeDialog::pairAsRename(int dropped, int added)
{
    if (!m_preview)
        return;
    const SchemaChange &from = m_preview->diff.changes.at(dropped);
    const SchemaChange &to = m_preview->diff.changes.at(added);
    if (from.kind == SchemaChange::Kind::DropTable)
        m_hints.tables << RenameHints::TableRename {from.table, to.table};
    else
        m_hints.columns << RenameHints::ColumnRename {to.table, from.column, to.column};
    startPreview();
}

QString SynchronizeDialog::script() const
{
    return m_preview ? Synchronization::plan(*m_preview, m_design, chosenChanges()).script()
                     : QString();
}

void SynchronizeDialog::dryRun()
{
    QDialog view(this);
    view.setWindowTitle(tr("Dry Run"));
    auto *text = sqlView(QStringLiteral("dryRunScript"), &view);
    text->setPlainText(script());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &view);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &view,
        [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(save, &QPushButton::clicked, &view, [&view, text] {
        const QString path = QFileDialog::getSaveFileName(
            &view, tr("Save Script"), QString(), tr("SQL scripts (*.sql)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray bytes = text->toPlainText().toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            QMessageBox::critical(&view, tr("Cannot Save Script"),
                tr("Cannot write %1: %2").arg(path, file.errorString()));
    });
    connect(buttons, &QDialogButtonBox::rejected, &view, &QDialog::reject);
    auto *layout = new QVBoxLayout(&view);
    layout->addWidget(new QLabel(tr("Nothing has run. These statements would, in this order:"), &view));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    view.resize(760, 520);
    view.exec();
}

void SynchronizeDialog::startApply()
{
    const MigrationPlan plan = Synchronization::plan(*m_preview, m_design, chosenChanges());
    if (!plan.errors.isEmpty()) {
        QMessageBox::critical(this, windowTitle(), plan.errors.join(u'\n'));
        return;
    }
    m_report.reset();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_progressBar->setRange(0, int(std::max<qsizetype>(plan.steps.size(), 1)));
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Changing %1...").arg(DatabaseTargetWidget::describe(*m_address)));
    m_cancelButton->setEnabled(true);
    showPage(Page::Progress);
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<MigrationReport>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        m_progressBar->setValue(done);
        if (m_cancel && !m_cancel->load())
            m_progressLabel->setText(
                tr("Step %1 of %2 done...").arg(done).arg(m_progressBar->maximum()));
    });
    connect(watcher, &QFutureWatcher<MigrationReport>::finished, this,
        [this, watcher, generation, plan] {
            watcher->deleteLater();
            if (generation == m_generation)
                showResult(watcher->result(), plan);
        });
    watcher->setFuture(QtConcurrent::run(
        [plan, address = *m_address, name = m_designName,
            text = DesignWriter::write(m_design), cancel](QPromise<MigrationReport> &promise) {
            promise.setProgressRange(0, int(std::max<qsizetype>(plan.steps.size(), 1)));
            promise.addResult(Synchronization::apply(address, plan, name, text,
                [&](int done, int) {
                    promise.setProgressValue(done);
                    return !cancel->load();
                }));
        }));
}

void SynchronizeDialog::showResult(const MigrationReport &report, const MigrationPlan &plan)
{
    m_report = report;
    const QString target = DatabaseTargetWidget::describe(*m_address);
    QStringList details;
    if (report.ok) {
        m_resultText->setText(tr("%1 has the chosen changes: %n step(s) ran.", nullptr,
            int(plan.steps.size()))
                                  .arg(target));
        for (const MigrationStep &step : plan.steps)
            details << step.description;
    } else {
        m_resultText->setText(report.cancelled
                ? tr("Cancelled. %1").arg(report.error)
                : tr("The changes stopped: %1").arg(report.error));
        if (!report.failedStatement.isEmpty())
            details << tr("The statement was:") << report.failedStatement << QString();
        if (!report.stepsRun.isEmpty()) {
            details << tr("These steps ran and stay:");
            for (int i : report.stepsRun)
                details << QStringLiteral("  ") + plan.steps.at(i).description;
        }
        if (!report.undo.isEmpty()) {
            details << tr("These statements undo them:");
            for (const QString &statement : report.undo)
                details << QStringLiteral("  ") + statement + u';';
        }
        if (!report.lostForGood.isEmpty())
            details << tr("The data of these steps is gone for good: %1")
                           .arg(report.lostForGood.join(QStringLiteral("; ")));
    }
    m_resultDetails->setPlainText(details.join(u'\n'));
    showPage(Page::Result);
    emit applyFinished(report.ok);
}
