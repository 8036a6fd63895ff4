#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QString>
#include <QTimer>
#include <QtDebug>

// Picks `path` in the next file dialog that opens, as a user would, and accepts it; with
// `nameFilter`, the file type too. Call it before the action that opens the dialog; it polls for
// up to `tries` × 20 ms.
//
// The path is typed into the dialog's file name box too: QFileDialog::selectFile() leaves the
// box alone while it has the focus, and accept() takes what the box says. A dialog still open
// after accept() (its folder was still being read) is answered again.
inline void answerFileDialog(const QString &path, int tries = 250, const QString &nameFilter = {})
{
    QTimer::singleShot(20, [path, tries, nameFilter] {
        QFileDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QFileDialog *>(widget); d && d->isVisible())
                dialog = d;
        }
        if (!dialog) {
            if (tries > 0)
                answerFileDialog(path, tries - 1, nameFilter);
            return;
        }
        if (!nameFilter.isEmpty())
            dialog->selectNameFilter(nameFilter);
        dialog->selectFile(path);
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as its button does
        if (dialog->isVisible()) {
            qWarning() << "file dialog still open with" << dialog->selectedFiles();
            if (tries > 0)
                answerFileDialog(path, tries - 1, nameFilter);
        }
    });
}
