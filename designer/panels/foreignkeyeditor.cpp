#include "foreignkeyeditor.h"

#include "document/designdocument.h"
#include "document/designeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QList<ReferentialAction> Actions
    = {ReferentialAction::Unspecified, ReferentialAction::NoAction, ReferentialAction::Restrict,
        ReferentialAction::Cascade, ReferentialAction::SetNull, ReferentialAction::SetDefault};

QStringList columnNames(const Table &table, const ForeignKey &fk)
{
    QStringList names;
    for (const ForeignKeyPart &part : fk.parts) {
        const Column *c = table.column(part.column);
        names.append(c ? c->name : QStringLiteral("?"));
    }
    return names;
}

QStringList referencedNames(const Schema &schema, const ForeignKey &fk)
{
    QStringList names;
    for (const ForeignKeyPart &part : fk.parts)
        names.append(schema.referencedColumnName(fk, part));
    return names;
}

} // namespace

ForeignKeyEditor::ForeignKeyEditor(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_description(new QLabel(this))
    , m_table(new QLabel(this))
    , m_columns(new QLabel(this))
    , m_references(new QLabel(this))
    , m_details(new QWidget(this))
    , m_onDelete(new QComboBox(this))
    , m_onUpdate(new QComboBox(this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
{
    m_description->setObjectName(QStringLiteral("foreignKeyDescription"));
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("foreignKeyTable"));
    m_columns->setObjectName(QStringLiteral("foreignKeyColumns"));
    m_references->setObjectName(QStringLiteral("foreignKeyReferences"));
    m_onDelete->setObjectName(QStringLiteral("onDelete"));
    m_onUpdate->setObjectName(QStringLiteral("onUpdate"));
    m_disconnect->setObjectName(QStringLiteral("disconnect"));
    m_disconnect->setToolTip(tr("Delete this foreign key (its columns stay)"));
    for (ReferentialAction action : Actions) {
        m_onDelete->addItem(actionLabel(action), int(action));
        m_onUpdate->addItem(actionLabel(action), int(action));
    }

    auto *details = new QFormLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addRow(tr("Table:"), m_table);
    details->addRow(tr("Columns:"), m_columns);
    details->addRow(tr("References:"), m_references);
    m_details->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("On delete:"), m_onDelete);
    form->addRow(tr("On update:"), m_onUpdate);
    form->addRow(QString(), m_disconnect);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description);
    layout->addWidget(m_details);
    layout->addLayout(form);

    connect(m_onDelete, &QComboBox::activated, this, &ForeignKeyEditor::commitActions);
    connect(m_onUpdate, &QComboBox::activated, this, &ForeignKeyEditor::commitActions);
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (m_foreignKey != NoObject)
            m_editor->removeForeignKey(m_foreignKey);
    });
    refresh();
}

QString ForeignKeyEditor::actionLabel(ReferentialAction action)
{
    if (action == ReferentialAction::Unspecified)
        return tr("Unspecified");
    return referentialActionSql(action); // SQL keywords, not translated
}

QString ForeignKeyEditor::describe(const Schema &schema, const Table &table, const ForeignKey &fk)
{
    return tr("(%1) → %2(%3)")
        .arg(columnNames(table, fk).join(QStringLiteral(", ")), schema.referencedTableName(fk),
            referencedNames(schema, fk).join(QStringLiteral(", ")));
}

void ForeignKeyEditor::setForeignKey(ObjectId foreignKey)
{
    m_foreignKey = foreignKey;
    refresh();
}

void ForeignKeyEditor::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
}

const ForeignKey *ForeignKeyEditor::current(const Table **owner) const
{
    const Schema &schema = m_editor->document()->schema();
    const Table *table = m_foreignKey != NoObject ? schema.tableOf(m_foreignKey) : nullptr;
    if (!table)
        return nullptr;
    for (const ForeignKey &fk : table->foreignKeys) {
        if (fk.id == m_foreignKey) {
            if (owner)
                *owner = table;
            return &fk;
        }
    }
    return nullptr;
}

void ForeignKeyEditor::refresh()
{
    const Table *table = nullptr;
    const ForeignKey *fk = current(&table);
    setEnabled(fk != nullptr);
    if (!fk) {
        m_description->setText(tr("No foreign key selected"));
        m_table->clear();
        m_columns->clear();
        m_references->clear();
        m_onDelete->setCurrentIndex(0);
        m_onUpdate->setCurrentIndex(0);
        return;
    }
    const Schema &schema = m_editor->document()->schema();
    m_description->setText(table->name + describe(schema, *table, *fk));
    m_table->setText(table->name);
    m_columns->setText(columnNames(*table, *fk).join(QStringLiteral(", ")));
    m_references->setText(tr("%1 (%2)").arg(
        schema.referencedTableName(*fk), referencedNames(schema, *fk).join(QStringLiteral(", "))));
    m_onDelete->setCurrentIndex(m_onDelete->findData(int(fk->onDelete)));
    m_onUpdate->setCurrentIndex(m_onUpdate->findData(int(fk->onUpdate)));
}

void ForeignKeyEditor::commitActions()
{
    if (m_foreignKey == NoObject)
        return;
    const auto onDelete = ReferentialAction(m_onDelete->currentData().toInt());
    const auto onUpdate = ReferentialAction(m_onUpdate->currentData().toInt());
    m_editor->setForeignKeyActions(m_foreignKey, onDelete, onUpdate);
}
