#pragma once

#include "schema/schema.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class DesignDocument;
class QTimer;

// Autosave: while a document has unsaved changes, a copy of it goes to a recovery file of its
// own in the user's data folder every 30 seconds. A session that ends cleanly removes the file;
// those left behind are offered at the next start.
class Recovery : public QObject
{
    Q_OBJECT

public:
    explicit Recovery(DesignDocument *document, QObject *parent = nullptr);

    // Where this document's recovery copy goes.
    QString path() const;
    // Writes the copy when the document has unsaved changes.
    void write();
    void remove();

    static QString folder();
    // Recovery files left by sessions that did not end cleanly, newest first.
    static QStringList pending();
    // A recovery file's design and the path of the file it belongs to (empty when unsaved).
    static std::optional<std::pair<Schema, QString>> read(const QString &file);

private:
    DesignDocument *m_document;
    QString m_id;
    QTimer *m_autosave;
};
