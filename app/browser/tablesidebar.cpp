#include "tablesidebar.h"

#include "browser/relationtext.h"

#include "browse/tablequery.h"
#include "database/connection.h"
#include "schema/schema.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

enum SidebarColumn { NameColumn, RowsColumn };
constexpr int CountExactRole = Qt::UserRole + 1; // bool: the count column holds an exact count
constexpr int HeadingRole = Qt::UserRole + 2; // bool: a heading, not a table

} // namespace

TableSidebar::TableSidebar(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
{
    addWidget(createTableList());
    addWidget(createRelationshipList());
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
}

QWidget *TableSidebar::createTableList()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tables = new QTreeWidget;
    m_tables->setObjectName(QStringLiteral("tables"));
    m_tables->setRootIsDecorated(false);
    m_tables->setUniformRowHeights(true);
    m_tables->setHeaderLabels({tr("Table"), tr("Rows")});
    m_tables->header()->setStretchLastSection(false);
    m_tables->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tables->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_tables->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tables, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit currentTableChanged(item->text(NameColumn));
    });
    connect(m_tables, &QWidget::customContextMenuRequested, this, &TableSidebar::showTableMenu);
    layout->addWidget(m_tables);
    auto *count = new QPushButton(tr("Count Rows"));
    count->setObjectName(QStringLiteral("countRows"));
    count->setToolTip(tr("Count the rows of the selected table exactly"));
    connect(count, &QPushButton::clicked, this, [this] {
        if (m_tables->currentItem())
            countRows(m_tables->currentItem());
    });
    layout->addWidget(count);
    return box;
}

QWidget *TableSidebar::createRelationshipList()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Relationships")));
    m_relationships = new QListWidget;
    m_relationships->setObjectName(QStringLiteral("relationships"));
    connect(m_relationships, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit relatedTableActivated(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_relationships);
    return box;
}

void TableSidebar::showTableMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tables->itemAt(pos);
    if (!item || item->data(NameColumn, HeadingRole).toBool())
        return;
    QMenu menu;
    menu.addAction(tr("Count Rows"), this, [this, item] { countRows(item); });
    if (m_schema && m_schema->tableByName(item->text(NameColumn)))
        menu.addAction(tr("Show in Diagram"), this,
            [this, name = item->text(NameColumn)] { emit showInDiagramRequested(name); });
    menu.exec(m_tables->viewport()->mapToGlobal(pos));
}

void TableSidebar::showDatabase(const DatabaseAddress &address, const Schema &schema,
    const QList<Table> &views, const QList<Table> &schemataTables, const QSqlDatabase &db)
{
    m_address = address;
    m_schema = &schema;
    m_views = views;
    m_schemataTables = schemataTables;
    m_tables->clear();
    QList<const Table *> tables;
    for (const Table &table : schema.tables())
        tables << &table;
    std::sort(tables.begin(), tables.end(),
        [](const Table *a, const Table *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Table *table : std::as_const(tables)) {
        auto *item = new QTreeWidgetItem(m_tables, {table->name});
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        const RowEstimate estimate = TableQuery(address.engine, *table).estimate(db);
        if (estimate.rows >= 0) {
            item->setText(RowsColumn, QString(u'~' + QLocale().toString(estimate.rows)));
            item->setToolTip(RowsColumn, tr("Estimated; use Count Rows for the exact number"));
        }
    }
    // Views after the tables, in italics; their rows are read-only and counted on request.
    for (const Table &view : std::as_const(m_views))
        addReadOnly(view, tr("A view: its rows can be read, not edited"));
    if (m_schemataTables.isEmpty())
        return;
    // Schemata's own tables last, under a heading that cannot be chosen: they are not the
    // user's data, and a click must not edit them.
    auto *heading = new QTreeWidgetItem(m_tables, {tr("Kept by Schemata")});
    heading->setFlags(Qt::NoItemFlags);
    heading->setData(NameColumn, HeadingRole, true);
    heading->setFirstColumnSpanned(true);
    QFont bold = heading->font(NameColumn);
    bold.setBold(true);
    heading->setFont(NameColumn, bold);
    for (const Table &table : std::as_const(m_schemataTables))
        addReadOnly(table,
            tr("The migrations Schemata ran on this database (schemata history): read-only"));
}

void TableSidebar::addReadOnly(const Table &relation, const QString &toolTip)
{
    auto *item = new QTreeWidgetItem(m_tables, {relation.name});
    QFont italic = item->font(NameColumn);
    italic.setItalic(true);
    item->setFont(NameColumn, italic);
    item->setToolTip(NameColumn, toolTip);
    item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
}

void TableSidebar::clear()
{
    m_tables->clear();
    m_relationships->clear();
    m_schema = nullptr;
    m_views.clear();
    m_schemataTables.clear();
    m_address = {};
}

void TableSidebar::chooseFirst()
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        if (!m_tables->topLevelItem(i)->data(NameColumn, HeadingRole).toBool()) {
            m_tables->setCurrentItem(m_tables->topLevelItem(i));
            return;
        }
    }
}

void TableSidebar::setCurrentTable(const QString &name)
{
    if (QTreeWidgetItem *current = item(name); current && m_tables->currentItem() != current) {
        const QSignalBlocker blocker(m_tables);
        m_tables->setCurrentItem(current);
    }
}

void TableSidebar::setExactCount(const QString &table, qint64 rows)
{
    if (QTreeWidgetItem *counted = item(table)) {
        counted->setText(RowsColumn, QLocale().toString(rows));
        counted->setToolTip(RowsColumn, {});
        counted->setData(RowsColumn, CountExactRole, true);
    }
}

void TableSidebar::showRelationships(const Table &table)
{
    m_relationships->clear();
    if (!m_schema)
        return;
    for (const ForeignKey &fk : table.foreignKeys) {
        const QString target = m_schema->referencedTableName(fk);
        auto *item = new QListWidgetItem(
            tr("%1.%2 → %3").arg(table.name, RelationText::columnList(table, fk), target),
            m_relationships);
        item->setData(Qt::UserRole, target);
        item->setToolTip(tr("Rows of %1 refer to a row of %2").arg(table.name, target));
    }
    for (const Table &other : m_schema->tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (!RelationText::refersTo(fk, table))
                continue;
            auto *item = new QListWidgetItem(
                tr("← %1.%2").arg(other.name, RelationText::columnList(other, fk)),
                m_relationships);
            item->setData(Qt::UserRole, other.name);
            item->setToolTip(tr("Rows of %1 refer to a row of %2").arg(other.name, table.name));
        }
    }
}

const Table *TableSidebar::relation(const QString &name, bool *isView) const
{
    if (isView)
        *isView = false;
    if (!m_schema)
        return nullptr;
    if (const Table *table = m_schema->tableByName(name))
        return table;
    for (const QList<Table> *readOnly : {&m_views, &m_schemataTables}) {
        for (const Table &relation : *readOnly) {
            if (relation.name == name) {
                if (isView)
                    *isView = true;
                return &relation;
            }
        }
    }
    return nullptr;
}

void TableSidebar::countRows(QTreeWidgetItem *item)
{
    bool isView = false;
    const Table *table = relation(item->text(NameColumn), &isView);
    if (!table)
        return;
    // On a worker thread with a connection of its own: a count can take a while.
    const QString name = table->name;
    item->setText(RowsColumn, tr("counting…"));
    using Result = std::pair<std::optional<qint64>, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const auto [rows, error] = watcher->result();
        QTreeWidgetItem *counted = this->item(name);
        if (!counted)
            return;
        if (!rows) {
            counted->setText(RowsColumn, QString());
            emit statusMessage(error);
            return;
        }
        setExactCount(name, *rows);
    });
    watcher->setFuture(QtConcurrent::run(
        [address = m_address,
            query = TableQuery(m_address.engine, *table,
                isView ? TableQuery::Relation::View : TableQuery::Relation::Table)]() -> Result {
            Connection connection;
            QString error;
            if (!connection.open(address, Connection::Mode::OpenExisting, &error))
                return {std::nullopt, error};
            const std::optional<qint64> rows = query.count(connection.database(), &error);
            return {rows, error};
        }));
}

QTreeWidgetItem *TableSidebar::item(const QString &name) const
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        QTreeWidgetItem *candidate = m_tables->topLevelItem(i);
        if (candidate->text(NameColumn) == name && !candidate->data(NameColumn, HeadingRole).toBool())
            return candidate;
    }
    return nullptr;
}
