#pragma once

#include <QString>

class QLabel;
class QPlainTextEdit;
class QWidget;

// The text widgets the database dialogs share (Apply, Compare and Synchronize), named for tests.
namespace DialogText {

// A label that wraps and whose text can be selected and copied (names, errors, results).
QLabel *wrappingLabel(const QString &objectName, QWidget *parent);
// A read-only view of SQL in the fixed-width font, lines not wrapped.
QPlainTextEdit *sqlView(const QString &objectName, QWidget *parent);

} // namespace DialogText
