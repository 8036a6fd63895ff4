#include "buttonrow.h"

#include <QPushButton>

ButtonRow::ButtonRow(QWidget *dialog)
    : m_dialog(dialog)
{
    addStretch(1);
}

QPushButton *ButtonRow::add(const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, m_dialog);
    button->setObjectName(name);
    addWidget(button);
    return button;
}
