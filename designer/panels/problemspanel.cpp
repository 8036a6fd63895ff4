#include "problemspanel.h"

#include "analysis/designcheck.h"
#include "document/designdocument.h"

#include <QHeaderView>
#include <QTimer>

namespace {
enum Role { TableRole = Qt::UserRole, ColumnRole };
}

ProblemsPanel::ProblemsPanel(DesignDocument *document, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("Table"), tr("Column")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ProblemsPanel::recheck);
    connect(document, &DesignDocument::changed, m_timer, qOverload<>(&QTimer::start));
    connect(document, &DesignDocument::documentReset, this, [this] {
        m_fileWarnings.clear();
        recheck();
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const ObjectId table = item->data(0, TableRole).toULongLong();
        if (table != NoObject)
            emit showRequested(table, item->data(0, ColumnRole).toULongLong());
    });
    recheck();
}

void ProblemsPanel::setFileWarnings(const QStringList &warnings)
{
    m_fileWarnings = warnings;
    recheck();
}

void ProblemsPanel::recheck()
{
    m_timer->stop();
    clear();
    const Schema &schema = m_document->schema();
    m_errors = 0;
    m_warnings = 0;
    QList<QTreeWidgetItem *> items;
    for (const DesignProblem &problem : DesignCheck::check(schema)) {
        auto *item = new QTreeWidgetItem({problem.message, problem.table, problem.column});
        item->setIcon(0,
            style()->standardIcon(
                problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setToolTip(0, problem.toString());
        if (const Table *table = schema.tableByName(problem.table)) {
            item->setData(0, TableRole, table->id);
            if (const Column *column = table->columnByName(problem.column))
                item->setData(0, ColumnRole, column->id);
        }
        problem.isError() ? ++m_errors : ++m_warnings;
        items.append(item);
    }
    for (const QString &warning : std::as_const(m_fileWarnings)) {
        auto *item = new QTreeWidgetItem({warning});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
        item->setToolTip(0, warning);
        ++m_warnings;
        items.append(item);
    }
    addTopLevelItems(items);
    emit countsChanged(m_errors, m_warnings);
}
