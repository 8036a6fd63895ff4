#include "filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createConditionRow());

    m_chips = new QWidget;
    m_chips->setObjectName(QStringLiteral("filters"));
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();
    m_chips->hide();
    layout->addWidget(m_chips);

    layout->addWidget(createScopeBar());
    layout->addLayout(createWhereRow());

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);

    updateOperator();
}

QLayout *FilterBar::createConditionRow()
{
    auto *row = new QHBoxLayout;
    m_column = new QComboBox;
    m_column->setObjectName(QStringLiteral("columnFilter"));
    m_column->setToolTip(tr("Column"));
    m_operator = new QComboBox;
    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    for (int op = int(RowFilter::Operator::Contains); op <= int(RowFilter::Operator::IsNotNull);
         ++op)
        m_operator->addItem(RowFilter::operatorName(RowFilter::Operator(op)), op);
    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("valueFilter"));
    m_value->setPlaceholderText(tr("Value"));
    m_upper = new QLineEdit;
    m_upper->setObjectName(QStringLiteral("upperFilter"));
    m_upper->setPlaceholderText(tr("and"));
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addFilter"));
    connect(m_operator, &QComboBox::currentIndexChanged, this, &FilterBar::updateOperator);
    connect(m_value, &QLineEdit::returnPressed, this, &FilterBar::addFilter);
    connect(m_upper, &QLineEdit::returnPressed, this, &FilterBar::addFilter);
    connect(add, &QPushButton::clicked, this, &FilterBar::addFilter);
    row->addWidget(m_column);
    row->addWidget(m_operator);
    row->addWidget(m_value, 1);
    row->addWidget(m_upper, 1);
    row->addWidget(add);
    return row;
}

QWidget *FilterBar::createScopeBar()
{
    m_scopeBar = new QWidget;
    m_scopeBar->setObjectName(QStringLiteral("scope"));
    auto *layout = new QHBoxLayout(m_scopeBar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scopeLabel = new QLabel;
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    auto *dropScope = new QToolButton;
    dropScope->setText(QStringLiteral("×"));
    dropScope->setToolTip(tr("Show all rows of the table again"));
    connect(dropScope, &QToolButton::clicked, this, [this] {
        m_scope = {};
        m_scopeText.clear();
        showScope();
        emit applyRequested();
    });
    layout->addWidget(m_scopeLabel);
    layout->addWidget(dropScope);
    layout->addStretch();
    m_scopeBar->hide();
    return m_scopeBar;
}

QLayout *FilterBar::createWhereRow()
{
    auto *row = new QHBoxLayout;
    m_where = new QLineEdit;
    m_where->setObjectName(QStringLiteral("whereFilter"));
    m_where->setPlaceholderText(tr("WHERE …"));
    m_where->setClearButtonEnabled(true);
    connect(m_where, &QLineEdit::returnPressed, this, &FilterBar::applyRequested);
    auto *apply = new QPushButton(tr("Apply"));
    apply->setObjectName(QStringLiteral("applyFilters"));
    connect(apply, &QPushButton::clicked, this, &FilterBar::applyRequested);
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, [this] {
        clearConditions();
        emit applyRequested();
    });
    row->addWidget(m_where, 1);
    row->addWidget(apply);
    row->addWidget(clear);
    return row;
}

void FilterBar::setColumns(const QStringList &names)
{
    m_column->clear();
    m_column->addItems(names);
}

QString FilterBar::where() const
{
    return m_where->text();
}

void FilterBar::setConditions(const QList<RowFilter> &filters, const QString &where,
    const BoundStatement &scope, const QString &scopeText)
{
    m_filters = filters;
    showChips();
    m_where->setText(where);
    m_scope = scope;
    m_scopeText = scopeText;
    showScope();
}

void FilterBar::clearConditions()
{
    setConditions({}, {}, {}, {});
}

void FilterBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FilterBar::error() const
{
    return m_error->text();
}

void FilterBar::updateOperator()
{
    const auto op = RowFilter::Operator(m_operator->currentData().toInt());
    m_value->setEnabled(RowFilter::takesValue(op));
    m_upper->setVisible(op == RowFilter::Operator::Between);
}

void FilterBar::addFilter()
{
    if (m_column->currentIndex() < 0)
        return;
    RowFilter filter;
    filter.column = m_column->currentText();
    filter.op = RowFilter::Operator(m_operator->currentData().toInt());
    if (RowFilter::takesValue(filter.op))
        filter.value = m_value->text();
    if (filter.op == RowFilter::Operator::Between)
        filter.upper = m_upper->text();
    m_filters << filter;
    m_value->clear();
    m_upper->clear();
    showChips();
    emit chipsChanged();
}

void FilterBar::removeFilter(int index)
{
    if (index >= 0 && index < m_filters.size())
        m_filters.removeAt(index);
    showChips();
    emit chipsChanged();
}

void FilterBar::showChips()
{
    // The layout ends with a stretch; every chip goes before it.
    // Later, not now: this may run in a chip's own clicked signal.
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->setParent(nullptr);
            chip->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_filters.size(); ++i) {
        const RowFilter &filter = m_filters.at(i);
        QString text = filter.column + u' ' + RowFilter::operatorName(filter.op);
        if (filter.op == RowFilter::Operator::Between)
            text = tr("%1 between %2 and %3")
                       .arg(filter.column, filter.value.toString(), filter.upper.toString());
        else if (RowFilter::takesValue(filter.op))
            text += QStringLiteral(" “") + filter.value.toString() + QStringLiteral("”");
        auto *chip = new QToolButton;
        chip->setText(text + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, i] { removeFilter(i); });
        m_chipLayout->insertWidget(i, chip);
    }
    m_chips->setVisible(!m_filters.isEmpty());
}

void FilterBar::showScope()
{
    m_scopeLabel->setText(m_scopeText);
    m_scopeBar->setVisible(!m_scope.sql.isEmpty());
}
