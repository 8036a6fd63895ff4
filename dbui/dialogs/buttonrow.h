#pragma once

#include <QHBoxLayout>

class QPushButton;

// The row of push buttons at the bottom of the database dialogs (Apply, Import, Export JSON):
// pushed to the right, each button a child of the dialog and named for tests.
class ButtonRow : public QHBoxLayout
{
public:
    explicit ButtonRow(QWidget *dialog);

    // A button showing `text`, with the object name `name`, after those added before.
    QPushButton *add(const QString &text, const QString &name);

private:
    QWidget *m_dialog;
};
