#include "inheritanceeditor.h"

#include "document/designdocument.h"
#include "document/designeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {

// Hierarchies are short; the guard only stops a cycle written by hand in a file.
constexpr int MaxDepth = 64;

bool descendsFrom(const Schema &schema, const Table &table, ObjectId ancestor)
{
    ObjectId parent = table.inheritance.parent;
    for (int depth = 0; depth < MaxDepth && parent != NoObject; ++depth) {
        if (parent == ancestor)
            return true;
        const Table *t = schema.table(parent);
        parent = t ? t->inheritance.parent : NoObject;
    }
    return false;
}

} // namespace

InheritanceEditor::InheritanceEditor(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_kind(new QComboBox(this))
    , m_parent(new QComboBox(this))
    , m_discriminator(new QLineEdit(this))
    , m_identity(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("inheritanceKind"));
    m_kind->addItem(tr("None"), int(Inheritance::Kind::None));
    m_kind->addItem(tr("Joined table"), int(Inheritance::Kind::Joined));
    m_kind->addItem(tr("Single table"), int(Inheritance::Kind::Single));
    m_kind->setToolTip(tr("Joined: the subclass has a table of its own whose primary key "
                          "references the parent's. Single: its rows live in the parent's "
                          "table, told apart by the discriminator."));
    m_parent->setObjectName(QStringLiteral("inheritanceParent"));
    m_discriminator->setObjectName(QStringLiteral("discriminator"));
    m_discriminator->setPlaceholderText(tr("e.g. type"));
    m_discriminator->setToolTip(
        tr("The column of the hierarchy's root table that names each row's type"));
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setToolTip(tr("The discriminator value of this table's rows"));
    m_hint->setObjectName(QStringLiteral("inheritanceHint"));
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Parent:"), m_parent);
    form->addRow(tr("Discriminator:"), m_discriminator);
    form->addRow(tr("Identity:"), m_identity);
    form->addRow(m_hint);

    connect(m_kind, &QComboBox::activated, this, [this] {
        m_parent->setEnabled(m_kind->currentData().toInt() != int(Inheritance::Kind::None));
        commit();
    });
    connect(m_parent, &QComboBox::activated, this, &InheritanceEditor::parentChosen);
    connect(m_discriminator, &QLineEdit::editingFinished, this, [this] {
        if (m_discriminator->isModified())
            commit();
    });
    connect(m_identity, &QLineEdit::editingFinished, this, [this] {
        if (m_identity->isModified())
            commit();
    });
}

const Table *InheritanceEditor::table() const
{
    return m_editor->document()->schema().table(m_table);
}

const Table *InheritanceEditor::rootOf(const Schema &schema, const Table &table)
{
    const Table *root = &table;
    for (int depth = 0; depth < MaxDepth; ++depth) {
        const Table *parent = schema.table(root->inheritance.parent);
        if (!parent || parent == &table)
            break;
        root = parent;
    }
    return root;
}

QString InheritanceEditor::discriminatorName(const Table &root)
{
    const Column *c = root.column(root.inheritance.discriminator);
    return c ? c->name : root.inheritance.discriminatorName;
}

void InheritanceEditor::setTable(ObjectId tableId)
{
    if (tableId != m_table) {
        m_discriminator->setModified(false);
        m_identity->setModified(false);
    }
    m_table = tableId;
    refresh();
}

void InheritanceEditor::refresh()
{
    const Table *t = table();
    setEnabled(t != nullptr);
    if (!t) {
        m_parent->clear();
        m_parentIds.clear();
        m_parentNames.clear();
        m_kind->setCurrentIndex(0);
        m_discriminator->clear();
        m_identity->clear();
        m_hint->clear();
        return;
    }
    const Schema &schema = m_editor->document()->schema();
    const Inheritance &inheritance = t->inheritance;
    m_kind->setCurrentIndex(m_kind->findData(int(inheritance.kind)));
    // Every table but itself and its subclasses (that would be a cycle). The combo is only
    // refilled when that list changed: large designs have thousands of tables.
    QList<ObjectId> ids;
    QStringList names;
    for (const Table &other : schema.tables()) {
        if (other.id == t->id || descendsFrom(schema, other, t->id))
            continue;
        ids.append(other.id);
        names.append(other.name);
    }
    if (ids != m_parentIds || names != m_parentNames) {
        m_parent->clear();
        m_parent->addItem(tr("(choose a table)"), QVariant::fromValue<qulonglong>(NoObject));
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_parent->addItem(names.at(i), QVariant::fromValue<qulonglong>(ids.at(i)));
        m_parentIds = ids;
        m_parentNames = names;
    }
    const qsizetype parentIndex
        = inheritance.parent == NoObject ? -1 : ids.indexOf(inheritance.parent);
    m_parent->setCurrentIndex(int(parentIndex + 1));
    m_parent->setEnabled(inheritance.kind != Inheritance::Kind::None);
    // Fields the user is typing in keep their text.
    if (!m_discriminator->isModified())
        m_discriminator->setText(discriminatorName(*rootOf(schema, *t)));
    if (!m_identity->isModified())
        m_identity->setText(inheritance.identity);
    updateHint();
}

void InheritanceEditor::updateHint()
{
    const Table *t = table();
    if (!t) {
        m_hint->clear();
        return;
    }
    const auto kind = Inheritance::Kind(m_kind->currentData().toInt());
    const ObjectId parent = m_parent->currentData().value<ObjectId>();
    if (kind != Inheritance::Kind::None && parent == NoObject) {
        m_hint->setText(t->inheritance.parent == NoObject && !t->inheritance.parentName.isEmpty()
                ? tr("The parent table %1 does not exist; choose one.")
                      .arg(t->inheritance.parentName)
                : tr("Choose the parent table."));
    } else if (kind == Inheritance::Kind::None) {
        m_hint->setText(tr("A table without a parent can be the root of a hierarchy: it holds "
                           "the discriminator column."));
    } else {
        m_hint->clear();
    }
}

void InheritanceEditor::parentChosen()
{
    // The discriminator belongs to the new parent's hierarchy: show that one, so that the
    // commit does not carry the old root's column over.
    const Schema &schema = m_editor->document()->schema();
    if (const Table *parent = schema.table(m_parent->currentData().value<ObjectId>())) {
        m_discriminator->setText(discriminatorName(*rootOf(schema, *parent)));
        m_discriminator->setModified(false);
    }
    commit();
}

void InheritanceEditor::commit()
{
    const Table *t = table();
    if (!t)
        return;
    const auto kind = Inheritance::Kind(m_kind->currentData().toInt());
    const ObjectId parent = m_parent->currentData().value<ObjectId>();
    const QString discriminator = m_discriminator->text().trimmed();
    const QString identity = m_identity->text().trimmed();
    m_discriminator->setModified(false);
    m_identity->setModified(false);

    if (kind == Inheritance::Kind::None) {
        if (t->inheritance.kind != Inheritance::Kind::None)
            m_editor->removeInheritance(t->id);
        else
            setRoot(discriminator, identity);
        refresh();
        return;
    }
    if (parent == NoObject) {
        updateHint(); // waits for a parent
        return;
    }
    const Schema &schema = m_editor->document()->schema();
    const Table *parentTable = schema.table(parent);
    const QString current
        = parentTable ? discriminatorName(*rootOf(schema, *parentTable)) : QString();
    // An emptied discriminator field leaves the root's column as it is.
    const QString wanted = discriminator.isEmpty() ? current : discriminator;
    const Inheritance &now = t->inheritance;
    if (now.kind == kind && now.parent == parent && now.identity == identity && wanted == current) {
        refresh();
        return;
    }
    m_editor->setInheritance(t->id, parent, kind, wanted == current ? QString() : wanted, identity);
    refresh();
}

bool InheritanceEditor::setRoot(const QString &discriminator, const QString &identity)
{
    const Table *original = table();
    if (!original
        || (discriminatorName(*original) == discriminator
            && original->inheritance.identity == identity))
        return false;
    DesignDocument *document = m_editor->document();
    SchemaEdit edit(*document);
    Table *root = edit.table(m_table);
    ObjectId column = NoObject;
    if (!discriminator.isEmpty()) {
        const Column *existing = root->columnByName(discriminator);
        column = existing
            ? existing->id
            : edit.schema().addColumn(*root, discriminator, QStringLiteral("VARCHAR(50)")).id;
    }
    root->inheritance.discriminator = column;
    root->inheritance.discriminatorName.clear();
    root->inheritance.identity = identity;
    document->push(edit.command(tr("Edit the inheritance of %1").arg(root->name)));
    return true;
}
