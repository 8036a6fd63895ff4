#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Find an action, a key or a menu..."));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(620, 560);
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    const QString text = action->text();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

void ShortcutsDialog::addMenuBar(const QMenuBar *menuBar)
{
    for (const QAction *top : menuBar->actions()) {
        if (const QMenu *menu = top->menu())
            addMenu(menu, plainText(top));
    }
}

void ShortcutsDialog::addMenu(const QMenu *menu, const QString &place)
{
    for (const QAction *action : menu->actions()) {
        if (const QMenu *submenu = action->menu())
            addMenu(submenu, tr("%1 > %2").arg(place, plainText(action)));
        else
            addAction(action, place);
    }
}

void ShortcutsDialog::addActions(const QList<QAction *> &actions, const QString &place)
{
    for (const QAction *action : actions)
        addAction(action, place);
}

void ShortcutsDialog::addAction(const QAction *action, const QString &place)
{
    if (action->isSeparator() || action->shortcuts().isEmpty() || m_listed.contains(action))
        return;
    m_listed.append(action);
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    auto *item = new QTreeWidgetItem(m_list, {plainText(action), keys.join(tr(", ")), place});
    item->setToolTip(0, action->statusTip());
    applyFilter(m_filter->text());
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    // A row shows when any of its columns holds the text: "save", "ctrl+s" and "edit" all work.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = text.isEmpty();
        for (int column = 0; column < m_list->columnCount() && !match; ++column)
            match = item->text(column).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}
