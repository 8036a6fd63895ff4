#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QMenu;
class QMenuBar;
class QTreeWidget;

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, with the shortcut
// in the platform's words and the menu it is in, filtered as the user types. Filled from the
// actions themselves when it opens, so it lists what the window really has.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The actions with a shortcut in `menuBar`'s menus and their submenus, each under its menu
    // ("File", "File > Open Recent").
    void addMenuBar(const QMenuBar *menuBar);
    // The actions of `actions` with a shortcut not listed yet, under `place`.
    void addActions(const QList<QAction *> &actions, const QString &place);

    // The action's text as the user reads it: without the '&' of its mnemonic.
    static QString plainText(const QAction *action);

private:
    void addMenu(const QMenu *menu, const QString &place);
    void addAction(const QAction *action, const QString &place);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QList<const QAction *> m_listed;
};
