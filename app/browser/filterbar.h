#pragma once

#include "browse/rowfilter.h"
#include "browse/tablequery.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

// The conditions above the data browser's grid: a row to make a filter (column, operator,
// value) that becomes a chip, the chips, the scope a relationship put on the rows (partners of
// a row), a WHERE box with Apply and Clear, and the line where errors show.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The columns a filter can name.
    void setColumns(const QStringList &names);
    // The filters as the chips show them.
    QList<RowFilter> filters() const { return m_filters; }
    // The WHERE box's text, as typed.
    QString where() const;
    BoundStatement scope() const { return m_scope; }
    QString scopeText() const { return m_scopeText; }
    // Shows these conditions (without applyRequested or chipsChanged).
    void setConditions(const QList<RowFilter> &filters, const QString &where,
        const BoundStatement &scope, const QString &scopeText);
    // No chips, an empty WHERE box, no scope (without applyRequested or chipsChanged).
    void clearConditions();
    // Shows `message` below the conditions; an empty one hides the line.
    void showError(const QString &message);
    QString error() const;

signals:
    // A chip came or went: the chips apply at once, with the WHERE as last applied.
    void chipsChanged();
    // Apply, Enter in the WHERE box, Clear, or the scope dropped: apply all as shown.
    void applyRequested();

private:
    QLayout *createConditionRow();
    QWidget *createScopeBar();
    QLayout *createWhereRow();
    void updateOperator();
    void addFilter();
    void removeFilter(int index);
    void showChips();
    void showScope();

    QList<RowFilter> m_filters;
    BoundStatement m_scope;
    QString m_scopeText;
    QComboBox *m_column = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_upper = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QWidget *m_scopeBar = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLineEdit *m_where = nullptr;
    QLabel *m_error = nullptr;
};
