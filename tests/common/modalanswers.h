#pragma once

#include <QApplication>
#include <QDialog>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

// Answers the modal dialogs that open while a blocking call runs, one handler each, in order;
// a dialog beyond the handlers is rejected and noted as unexpected.
class ModalAnswers : public QObject
{
public:
    using Handler = std::function<void(QDialog *)>;

    explicit ModalAnswers(QList<Handler> handlers)
        : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::poll);
        m_timer.start(20);
    }

    qsizetype answered() const { return m_next; }
    QStringList unexpected() const { return m_unexpected; }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == m_current)
            return;
        // Dialogs on the stack may reuse an address: the one handled counts as gone only once
        // it is destroyed.
        m_current = dialog;
        connect(dialog, &QObject::destroyed, this, [this] { m_current = nullptr; });
        if (m_next < m_handlers.size()) {
            m_handlers.at(m_next++)(dialog);
        } else {
            m_unexpected << dialog->objectName() + QStringLiteral(": ") + dialog->windowTitle();
            dialog->reject();
        }
    }

    QList<Handler> m_handlers;
    qsizetype m_next = 0;
    QStringList m_unexpected;
    QDialog *m_current = nullptr;
    QTimer m_timer;
};
