#include "changespanel.h"

#include "diagram/diagramcomparison.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int TableRole = Qt::UserRole + 1; // ObjectId of the open design's table
constexpr int OtherTableRole = Qt::UserRole + 2; // ObjectId of the other state's table

using Kind = SchemaChange::Kind;

DiagramComparison::Mark markOf(const SchemaChange &c)
{
    switch (c.kind) {
    case Kind::AddTable:
    case Kind::AddColumn:
    case Kind::AddKey:
    case Kind::AddForeignKey:
        return DiagramComparison::Mark::Added;
    case Kind::DropTable:
    case Kind::DropColumn:
    case Kind::DropKey:
    case Kind::DropForeignKey:
        return DiagramComparison::Mark::Removed;
    default:
        return DiagramComparison::Mark::Changed;
    }
}

// The mark's sign in a disc of its colour: the same glyphs the cards carry.
QIcon markIcon(DiagramComparison::Mark mark)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(DiagramComparison::markColor(mark, false));
    painter.drawEllipse(QRectF(1, 1, 14, 14));
    painter.setPen(QPen(Qt::white, 2));
    painter.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
    if (mark == DiagramComparison::Mark::Added)
        painter.drawLine(QPointF(8, 4.5), QPointF(8, 11.5));
    if (mark == DiagramComparison::Mark::Changed) {
        painter.drawLine(QPointF(4.5, 5.5), QPointF(11.5, 5.5));
        painter.drawLine(QPointF(4.5, 10.5), QPointF(11.5, 10.5));
    }
    return QIcon(pixmap);
}

} // namespace

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_copy(new QPushButton(tr("&Copy as Markdown"), this))
    , m_save(new QPushButton(tr("&Save as Markdown..."), this))
{
    m_tree->setObjectName(QStringLiteral("changes"));
    m_tree->setHeaderLabels({tr("Change"), tr("Risk")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("previousChange"));
    m_next->setObjectName(QStringLiteral("nextChange"));
    m_previous->setToolTip(tr("Show the previous change"));
    m_next->setToolTip(tr("Show the next change"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch();
    auto *markdown = new QHBoxLayout;
    markdown->addWidget(m_copy);
    markdown->addWidget(m_save);
    markdown->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    layout->addLayout(markdown);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ChangesPanel::activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ChangesPanel::activate);
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_comparison)
            QApplication::clipboard()->setText(m_comparison->markdown());
    });
    connect(m_save, &QPushButton::clicked, this, &ChangesPanel::saveMarkdownRequested);
    setComparison(nullptr);
}

void ChangesPanel::setComparison(std::shared_ptr<const DiagramComparison> comparison)
{
    // The same change stays current when the comparison is worked out again after an edit.
    QString current;
    if (QTreeWidgetItem *item = m_tree->currentItem())
        current = item->text(0);
    m_comparison = std::move(comparison);
    m_tree->clear();
    const bool any = m_comparison && !m_comparison->isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
             static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_save)})
        w->setEnabled(m_comparison != nullptr && (any || w == m_copy || w == m_save));
    if (!m_comparison) {
        m_summary->setText(tr("Nothing is compared. View > Compare with File... shows what "
                              "changed since another version of the design."));
        return;
    }
    m_summary->setText(
        tr("%n change(s) since %1", nullptr, int(m_comparison->changes().size()))
            .arg(m_comparison->title()));
    QMap<QString, QTreeWidgetItem *> tables;
    QTreeWidgetItem *restored = nullptr;
    for (const SchemaChange &c : m_comparison->changes()) {
        QTreeWidgetItem *&table = tables[c.table];
        if (!table) {
            table = new QTreeWidgetItem({c.table});
            table->setData(0, TableRole, QVariant::fromValue(c.targetTable));
            table->setData(0, OtherTableRole, QVariant::fromValue(c.sourceTable));
        }
        const DiagramComparison::Mark mark = markOf(c);
        auto *item = new QTreeWidgetItem(table, {c.describe(),
            c.risk == SchemaChange::Risk::Safe ? QString() : SchemaChangeText::riskTitle(c.risk)});
        item->setIcon(0, markIcon(mark));
        item->setToolTip(0, DiagramComparison::markName(mark) + QStringLiteral(": ") + c.describe());
        item->setData(0, TableRole, QVariant::fromValue(c.targetTable));
        item->setData(0, OtherTableRole, QVariant::fromValue(c.sourceTable));
        if (item->text(0) == current)
            restored = item;
    }
    m_tree->addTopLevelItems(tables.values());
    m_tree->expandAll();
    if (restored)
        m_tree->setCurrentItem(restored);
}

int ChangesPanel::changeCount() const
{
    return m_comparison ? int(m_comparison->changes().size()) : 0;
}

void ChangesPanel::step(int direction)
{
    QList<QTreeWidgetItem *> changes;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *table = m_tree->topLevelItem(i);
        for (int j = 0; j < table->childCount(); ++j)
            changes << table->child(j);
    }
    if (changes.isEmpty())
        return;
    const qsizetype at = changes.indexOf(m_tree->currentItem());
    const qsizetype next = at < 0 ? (direction > 0 ? 0 : changes.size() - 1)
                                  : (at + direction + changes.size()) % changes.size();
    m_tree->setCurrentItem(changes.at(next));
    activate(changes.at(next));
}

void ChangesPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    emit showRequested(item->data(0, TableRole).value<ObjectId>(),
        item->data(0, OtherTableRole).value<ObjectId>());
}
