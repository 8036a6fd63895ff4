#include "inlineeditor.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "document/typedcolumn.h"
#include "tableitem.h"

#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>

InlineEditor::InlineEditor(DiagramView *view, DesignEditor *editor, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_editor(editor)
{
    // Another design replaces this one: what was typed belongs to a table that is gone (and
    // its id may name another table of the new design).
    connect(editor->document(), &DesignDocument::documentReset, this, [this] { close(); });
}

void InlineEditor::editTableName(ObjectId tableId)
{
    const Table *table = m_editor->document()->schema().table(tableId);
    TableItem *item = m_view->diagramScene()->tableItem(tableId);
    if (!table || !item)
        return;
    m_table = tableId;
    m_column = NoObject;
    m_editingName = true;
    open(item->mapRectToScene(item->headerRect()), table->name);
}

void InlineEditor::editColumn(ObjectId tableId, ObjectId columnId)
{
    const Table *table = m_editor->document()->schema().table(tableId);
    TableItem *item = m_view->diagramScene()->tableItem(tableId);
    if (!table || !item)
        return;
    m_table = tableId;
    m_column = columnId;
    m_editingName = false;
    const Column *column = table->column(columnId);
    const int row = column ? item->rowOf(columnId) : int(table->columns.size());
    QRectF rect = item->mapRectToScene(item->rowRect(row));
    open(rect, column ? TypedColumn::text(*table, *column) : QString());
    if (!column)
        m_line->setPlaceholderText(tr("name TYPE, e.g. email VARCHAR(255) NOT NULL"));
}

void InlineEditor::open(const QRectF &sceneRect, const QString &text)
{
    close();
    m_view->ensureVisible(sceneRect, 20, 20);
    m_line = new QLineEdit(m_view->viewport());
    m_line->setObjectName(QStringLiteral("inlineEditor"));
    m_line->setText(text);
    m_line->selectAll();
    const QRect rect = m_view->mapFromScene(sceneRect).boundingRect();
    // Wide enough for a whole column definition where the view has room for it.
    const int textWidth = m_line->fontMetrics().horizontalAdvance(text) + 24;
    const int width = std::max({rect.width(), 160,
        std::min(textWidth, m_view->viewport()->width() - std::max(rect.left(), 0))});
    m_line->setGeometry(
        rect.adjusted(0, 0, 0, 2).united(QRect(rect.topLeft(), QSize(width, rect.height() + 2))));
    m_line->installEventFilter(this);
    connect(m_line, &QLineEdit::returnPressed, this, [this] { commit(false); });
    m_line->show();
    m_line->setFocus();
}

void InlineEditor::commit(bool next)
{
    if (!m_line)
        return;
    const QString text = m_line->text();
    const ObjectId table = m_table;
    ObjectId column = m_column;
    const bool name = m_editingName;
    const TypedColumn typed = TypedColumn::parse(text);
    if (!name && !typed.error.isEmpty()) {
        // What was typed stays, with the reason, until it is fixed or Escape drops it.
        m_line->setToolTip(typed.error);
        m_line->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid red; }"));
        QToolTip::showText(m_line->mapToGlobal(QPoint(0, m_line->height())), typed.error, m_line);
        return;
    }
    close();
    if (name) {
        m_editor->renameTable(table, text);
        if (next) {
            const Table *t = m_editor->document()->schema().table(table);
            editColumn(table, t && !t->columns.isEmpty() ? t->columns.first().id : NoObject);
        }
        return;
    }
    // An existing column whose text was cleared is deleted.
    if (typed.name.isEmpty() && column != NoObject) {
        m_editor->removeColumn(table, column);
        return;
    }
    if (!typed.name.isEmpty()) {
        const ObjectId defined = m_editor->defineColumn(table, column, typed);
        if (column == NoObject)
            column = defined;
    }
    if (next && !typed.name.isEmpty()) {
        const Table *t = m_editor->document()->schema().table(table);
        const qsizetype index = t ? t->columnIndex(column) : -1;
        editColumn(table,
            t && index >= 0 && index + 1 < t->columns.size() ? t->columns.at(index + 1).id
                                                             : NoObject);
    }
}

void InlineEditor::close()
{
    if (!m_line)
        return;
    QLineEdit *line = m_line;
    m_line = nullptr;
    line->removeEventFilter(this);
    line->hide();
    line->deleteLater();
    m_view->setFocus();
}

bool InlineEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Tab) {
            commit(true);
            return true;
        }
        // Alt+Up / Alt+Down move the column being edited; the editor follows it.
        if (!m_editingName && m_column != NoObject && (key->modifiers() & Qt::AltModifier)
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const Table *t = m_editor->document()->schema().table(m_table);
            const qsizetype index = t ? t->columnIndex(m_column) : -1;
            const int target = int(index) + (key->key() == Qt::Key_Up ? -1 : 1);
            const ObjectId table = m_table, column = m_column;
            close();
            m_editor->moveColumn(table, column, target);
            editColumn(table, column);
            return true;
        }
    }
    if (watched == m_line && event->type() == QEvent::FocusOut) {
        // Clicking elsewhere keeps what was typed, as in the property panel.
        QTimer::singleShot(0, this, [this] {
            if (m_line && !m_line->hasFocus())
                commit(false);
        });
    }
    return QObject::eventFilter(watched, event);
}
