#include "propertypanel.h"

#include "columnseditor.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "foreignkeyeditor.h"
#include "inheritanceeditor.h"
#include "keyseditor.h"

#include <QColorDialog>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

template<typename T>
const T *findById(const QList<T> &list, ObjectId id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

// Replaces a line edit's text unless the user is typing in it (and keeps the cursor when the
// text is the same).
void showText(QLineEdit *edit, const QString &text)
{
    if (!edit->isModified() && edit->text() != text)
        edit->setText(text);
}

QWidget *inScrollArea(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

// ~QWidget closes the window before it deletes the children, and a line edit that loses the
// focus then reports editingFinished: by that time this is no longer a PropertyPanel, so its
// slots must not be called (UBSan: "downcast of address which does not point to an object of
// type 'PropertyPanel'").
PropertyPanel::~PropertyPanel()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

PropertyPanel::PropertyPanel(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_hint(new QLabel(tr("Select a table, relation, note or area"), this))
{
    setObjectName(QStringLiteral("propertyPanel"));
    m_title->setObjectName(QStringLiteral("title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    m_pages->addWidget(m_hint);
    m_tablePage = createTablePage();
    m_pages->addWidget(inScrollArea(m_tablePage));
    m_foreignKeyPage = createForeignKeyPage();
    m_pages->addWidget(m_foreignKeyPage);
    m_notePage = createNotePage();
    m_pages->addWidget(m_notePage);
    m_areaPage = createAreaPage();
    m_pages->addWidget(m_areaPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);

    DesignDocument *document = editor->document();
    connect(document, &DesignDocument::changed, this, &PropertyPanel::documentChanged);
    connect(document, &DesignDocument::documentReset, this, [this] {
        // The ids belong to the previous design: nothing pending may be committed to the new one.
        m_tableName->setModified(false);
        m_tableComment->setModified(false);
        m_noteText->document()->setModified(false);
        m_areaTitle->setModified(false);
        setCurrent(NoObject);
    });
    setCurrent(NoObject);
}

QWidget *PropertyPanel::createTablePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("tablePage"));
    m_tableName = new QLineEdit(page);
    m_tableName->setObjectName(QStringLiteral("tableName"));
    m_tableComment = new QLineEdit(page);
    m_tableComment->setObjectName(QStringLiteral("tableComment"));
    auto *fields = new QFormLayout;
    fields->addRow(tr("Name:"), m_tableName);
    fields->addRow(tr("Comment:"), m_tableComment);

    m_columns = new ColumnsEditor(m_editor, page);
    m_columns->setObjectName(QStringLiteral("columnsEditor"));
    auto *columnsBox = new QGroupBox(tr("Columns"), page);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);

    m_keys = new KeysEditor(m_editor, page);
    m_keys->setObjectName(QStringLiteral("keysEditor"));
    auto *keysBox = new QGroupBox(tr("Keys"), page);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys);

    m_foreignKeys = new QTreeWidget(page);
    m_foreignKeys->setObjectName(QStringLiteral("foreignKeys"));
    m_foreignKeys->setColumnCount(3);
    m_foreignKeys->setHeaderLabels({tr("Foreign key"), tr("On delete"), tr("On update")});
    m_foreignKeys->setRootIsDecorated(false);
    m_foreignKeys->setUniformRowHeights(true);
    m_foreignKeys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_foreignKeys->setMaximumHeight(m_foreignKeys->sizeHint().height());
    m_tableForeignKey = new ForeignKeyEditor(m_editor, page);
    m_tableForeignKey->setObjectName(QStringLiteral("tableForeignKeyEditor"));
    auto *foreignKeysBox = new QGroupBox(tr("Foreign keys"), page);
    auto *foreignKeysLayout = new QVBoxLayout(foreignKeysBox);
    foreignKeysLayout->addWidget(m_foreignKeys);
    foreignKeysLayout->addWidget(m_tableForeignKey);

    m_inheritance = new InheritanceEditor(m_editor, page);
    m_inheritance->setObjectName(QStringLiteral("inheritanceEditor"));
    auto *inheritanceBox = new QGroupBox(tr("Inheritance"), page);
    auto *inheritanceLayout = new QVBoxLayout(inheritanceBox);
    inheritanceLayout->addWidget(m_inheritance);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(keysBox);
    layout->addWidget(foreignKeysBox);
    layout->addWidget(inheritanceBox);

    connect(m_tableName, &QLineEdit::editingFinished, this, &PropertyPanel::commitTableName);
    connect(m_tableComment, &QLineEdit::editingFinished, this, &PropertyPanel::commitTableComment);
    connect(m_foreignKeys, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_tableForeignKey->setForeignKey(
            item ? item->data(0, Qt::UserRole).value<ObjectId>() : NoObject);
    });
    return page;
}

QWidget *PropertyPanel::createForeignKeyPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("foreignKeyPage"));
    m_foreignKey = new ForeignKeyEditor(m_editor, page);
    m_foreignKey->setObjectName(QStringLiteral("foreignKeyEditor"));
    m_foreignKey->setDetailsVisible(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_foreignKey);
    layout->addStretch();
    return page;
}

QWidget *PropertyPanel::createNotePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("notePage"));
    m_noteText = new QPlainTextEdit(page);
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->installEventFilter(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Text:"), page));
    layout->addWidget(m_noteText, 1);
    return page;
}

QWidget *PropertyPanel::createAreaPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("areaPage"));
    m_areaTitle = new QLineEdit(page);
    m_areaTitle->setObjectName(QStringLiteral("areaTitle"));
    m_areaColor = new QPushButton(page);
    m_areaColor->setObjectName(QStringLiteral("areaColor"));
    m_areaColor->setToolTip(tr("Choose the area's colour"));
    m_areaDefaultColor = new QPushButton(tr("Default"), page);
    m_areaDefaultColor->setObjectName(QStringLiteral("areaDefaultColor"));
    m_areaDefaultColor->setToolTip(tr("Use the default colour"));
    auto *colors = new QHBoxLayout;
    colors->addWidget(m_areaColor);
    colors->addWidget(m_areaDefaultColor);
    colors->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_areaTitle);
    form->addRow(tr("Colour:"), colors);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_areaTitle, &QLineEdit::editingFinished, this, &PropertyPanel::commitAreaTitle);
    connect(m_areaColor, &QPushButton::clicked, this, &PropertyPanel::chooseAreaColor);
    connect(m_areaDefaultColor, &QPushButton::clicked, this, [this] { setAreaColor({}); });
    return page;
}

PropertyPanel::Kind PropertyPanel::kindOf(ObjectId id) const
{
    if (id == NoObject)
        return Kind::None;
    const Schema &schema = m_editor->document()->schema();
    if (schema.table(id))
        return Kind::Table;
    if (findById(schema.notes(), id))
        return Kind::Note;
    if (findById(schema.areas(), id))
        return Kind::Area;
    if (const Table *owner = schema.tableOf(id); owner && findById(owner->foreignKeys, id))
        return Kind::ForeignKey;
    return Kind::None;
}

void PropertyPanel::setCurrent(ObjectId id)
{
    commitPending();
    const Kind kind = kindOf(id);
    m_current = kind == Kind::None ? NoObject : id;
    m_kind = kind;
    const ObjectId table = kind == Kind::Table ? id : NoObject;
    m_columns->setTable(table);
    m_keys->setTable(table);
    m_inheritance->setTable(table);
    m_foreignKey->setForeignKey(kind == Kind::ForeignKey ? id : NoObject);
    if (kind != Kind::Table)
        m_foreignKeys->clear();
    refresh();
}

void PropertyPanel::setCurrentColumn(ObjectId column)
{
    const Table *owner = m_editor->document()->schema().tableOf(column);
    if (!owner || !owner->column(column))
        return;
    if (m_current != owner->id)
        setCurrent(owner->id);
    m_columns->setCurrentColumn(column);
}

void PropertyPanel::documentChanged(const DocumentChange &change)
{
    // Positions do not show here.
    if (change.inserted.isEmpty() && change.removed.isEmpty() && change.changed.isEmpty()
        && !change.catalogueChanged)
        return;
    if (m_current != NoObject && kindOf(m_current) != m_kind) {
        // Deleted (here, in the diagram, or by an undo): nothing is left to edit.
        m_tableName->setModified(false);
        m_tableComment->setModified(false);
        m_noteText->document()->setModified(false);
        m_areaTitle->setModified(false);
        setCurrent(NoObject);
        return;
    }
    refresh();
}

void PropertyPanel::refresh()
{
    switch (m_kind) {
    case Kind::None:
        m_title->clear();
        m_pages->setCurrentWidget(m_hint);
        break;
    case Kind::Table:
        refreshTable();
        m_pages->setCurrentIndex(1);
        break;
    case Kind::ForeignKey: {
        const Table *owner = m_editor->document()->schema().tableOf(m_current);
        m_title->setText(tr("Foreign key of %1").arg(owner ? owner->name : QString()));
        m_foreignKey->refresh();
        m_pages->setCurrentWidget(m_foreignKeyPage);
        break;
    }
    case Kind::Note:
        refreshNote();
        m_pages->setCurrentWidget(m_notePage);
        break;
    case Kind::Area:
        refreshArea();
        m_pages->setCurrentWidget(m_areaPage);
        break;
    }
}

void PropertyPanel::refreshTable()
{
    const Table *table = m_editor->document()->schema().table(m_current);
    if (!table)
        return;
    m_title->setText(tr("Table %1").arg(table->name));
    showText(m_tableName, table->name);
    showText(m_tableComment, table->comment);
    m_columns->refresh();
    m_keys->refresh();
    refreshForeignKeys();
    m_inheritance->refresh();
}

void PropertyPanel::refreshForeignKeys()
{
    const Schema &schema = m_editor->document()->schema();
    const Table *table = schema.table(m_current);
    const ObjectId selected = m_tableForeignKey->foreignKey();
    QSignalBlocker blocker(m_foreignKeys);
    m_foreignKeys->clear();
    QTreeWidgetItem *current = nullptr;
    if (table) {
        for (const ForeignKey &fk : table->foreignKeys) {
            auto *item = new QTreeWidgetItem(m_foreignKeys,
                {ForeignKeyEditor::describe(schema, *table, fk),
                    ForeignKeyEditor::actionLabel(fk.onDelete),
                    ForeignKeyEditor::actionLabel(fk.onUpdate)});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(fk.id));
            if (fk.id == selected || !current)
                current = item;
        }
    }
    m_foreignKeys->setCurrentItem(current);
    m_tableForeignKey->setForeignKey(
        current ? current->data(0, Qt::UserRole).value<ObjectId>() : NoObject);
}

void PropertyPanel::refreshNote()
{
    const Note *note = findById(m_editor->document()->schema().notes(), m_current);
    if (!note)
        return;
    m_title->setText(tr("Note"));
    if (!m_noteText->document()->isModified() && m_noteText->toPlainText() != note->text)
        m_noteText->setPlainText(note->text);
}

void PropertyPanel::refreshArea()
{
    const Area *area = findById(m_editor->document()->schema().areas(), m_current);
    if (!area)
        return;
    m_title->setText(tr("Area %1").arg(area->title));
    showText(m_areaTitle, area->title);
    const QColor color(area->color);
    if (color.isValid()) {
        QPixmap swatch(16, 16);
        swatch.fill(color);
        m_areaColor->setIcon(swatch);
        m_areaColor->setText(area->color);
    } else {
        m_areaColor->setIcon({});
        m_areaColor->setText(tr("Default"));
    }
    m_areaDefaultColor->setEnabled(!area->color.isEmpty());
}

void PropertyPanel::commitPending()
{
    switch (m_kind) {
    case Kind::Table:
        commitTableName();
        commitTableComment();
        break;
    case Kind::Note:
        commitNote();
        break;
    case Kind::Area:
        commitAreaTitle();
        break;
    default:
        break;
    }
}

void PropertyPanel::commitTableName()
{
    if (m_kind != Kind::Table || !m_tableName->isModified())
        return;
    m_tableName->setModified(false);
    // An empty name is refused: the field shows the name again.
    if (!m_editor->renameTable(m_current, m_tableName->text()))
        refresh();
}

void PropertyPanel::commitTableComment()
{
    if (m_kind != Kind::Table || !m_tableComment->isModified())
        return;
    m_tableComment->setModified(false);
    m_editor->setTableComment(m_current, m_tableComment->text());
}

void PropertyPanel::commitNote()
{
    if (m_kind != Kind::Note || !m_noteText->document()->isModified())
        return;
    m_noteText->document()->setModified(false);
    m_editor->setNoteText(m_current, m_noteText->toPlainText());
}

void PropertyPanel::commitAreaTitle()
{
    if (m_kind != Kind::Area || !m_areaTitle->isModified())
        return;
    m_areaTitle->setModified(false);
    const Area *area = findById(m_editor->document()->schema().areas(), m_current);
    if (area)
        m_editor->setArea(m_current, m_areaTitle->text().trimmed(), area->color);
}

void PropertyPanel::chooseAreaColor()
{
    const Area *area = findById(m_editor->document()->schema().areas(), m_current);
    if (!area)
        return;
    auto *dialog = new QColorDialog(QColor(area->color), this);
    dialog->setObjectName(QStringLiteral("areaColorDialog"));
    dialog->setWindowTitle(tr("Colour of %1").arg(area->title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ObjectId id = m_current;
    connect(dialog, &QColorDialog::colorSelected, this, [this, id](const QColor &color) {
        if (m_current == id && color.isValid())
            setAreaColor(color.name());
    });
    dialog->open();
}

void PropertyPanel::setAreaColor(const QString &color)
{
    const Area *area = findById(m_editor->document()->schema().areas(), m_current);
    if (area)
        m_editor->setArea(m_current, area->title, color);
}

bool PropertyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteText && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}
