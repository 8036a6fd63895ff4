#include "duplicaterowsdialog.h"

#include "schema/table.h"
#include "sql/typemapping.h"
#include "values/cellinput.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

DuplicateRowsDialog::DuplicateRowsDialog(const Table &table, const QList<Record> &records,
    const QList<QStringList> &needed, bool deep, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_records(records)
    , m_needed(needed)
{
    setWindowTitle(tr("Duplicate Rows"));
    setObjectName(QStringLiteral("duplicateRowsDialog"));
    for (const Column &c : table.columns) {
        for (const QStringList &columns : needed) {
            if (columns.contains(c.name) && !m_columns.contains(c.name))
                m_columns << c.name;
        }
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n row(s) of “%1” will be copied without their generated keys.",
        nullptr, int(records.size()))
                                 .arg(table.name));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (!m_columns.isEmpty()) {
        auto *explain = new QLabel(tr("These columns are unique: give each copy its own value."));
        explain->setWordWrap(true);
        layout->addWidget(explain);
        m_values = new QTableWidget(int(records.size()), int(m_columns.size()));
        m_values->setObjectName(QStringLiteral("newValues"));
        m_values->setHorizontalHeaderLabels(m_columns);
        m_values->horizontalHeader()->setStretchLastSection(true);
        for (int r = 0; r < records.size(); ++r) {
            for (int c = 0; c < m_columns.size(); ++c) {
                const QString &name = m_columns.at(c);
                const Column *column = table.columnByName(name);
                const LogicalType type = TypeMapping::fromDesign(column->datatype);
                const QVariant original = records.at(r).value(name);
                QString text = CellInput::format(original, type);
                // A suggestion for text; numbers and the rest are left for people to change.
                if (needed.at(r).contains(name) && type.isText() && !original.isNull()
                    && type.kind != LogicalType::Kind::Uuid && type.kind != LogicalType::Kind::Enum)
                    text = tr("%1 (copy)").arg(text);
                auto *item = new QTableWidgetItem(text);
                item->setToolTip(tr("Original: %1").arg(CellInput::format(original, type)));
                m_values->setItem(r, c, item);
            }
        }
        m_values->resizeColumnsToContents();
        layout->addWidget(m_values, 1);
    }

    auto *form = new QFormLayout;
    m_deep = new QCheckBox(tr("Also copy their child rows and many-to-many links"));
    m_deep->setObjectName(QStringLiteral("deepCopy"));
    m_deep->setChecked(deep);
    m_depth = new QSpinBox;
    m_depth->setObjectName(QStringLiteral("depth"));
    m_depth->setRange(1, 10);
    m_depth->setValue(1);
    m_depth->setEnabled(deep);
    connect(m_deep, &QCheckBox::toggled, m_depth, &QWidget::setEnabled);
    form->addRow(m_deep);
    form->addRow(tr("Levels of children:"), m_depth);
    layout->addLayout(form);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Duplicate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool DuplicateRowsDialog::isDeep() const
{
    return m_deep->isChecked();
}

int DuplicateRowsDialog::depth() const
{
    return m_depth->value();
}

void DuplicateRowsDialog::accept()
{
    QList<QHash<QString, QVariant>> overrides;
    for (int r = 0; r < m_records.size(); ++r) {
        QHash<QString, QVariant> values;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString &name = m_columns.at(c);
            const Column *column = m_table.columnByName(name);
            const LogicalType type = TypeMapping::fromDesign(column->datatype);
            const QString text = m_values->item(r, c)->text();
            QString error;
            std::optional<QVariant> value;
            if (text.isEmpty() && !type.isText() && column->nullable)
                value = QVariant();
            else
                value = CellInput::parse(text, type, &error);
            if (!value) {
                m_problem->setText(tr("Row %1, %2: %3").arg(r + 1).arg(name, error));
                m_problem->show();
                m_values->setCurrentCell(r, c);
                return;
            }
            const QVariant original = m_records.at(r).value(name);
            if (m_needed.at(r).contains(name) && *value == original
                && value->isNull() == original.isNull()) {
                m_problem->setText(
                    tr("Row %1, %2: the copy needs a value of its own.").arg(r + 1).arg(name));
                m_problem->show();
                m_values->setCurrentCell(r, c);
                return;
            }
            if (*value != original || value->isNull() != original.isNull())
                values.insert(name, *value);
        }
        overrides << values;
    }
    m_overrides = overrides;
    QDialog::accept();
}
