#include "progresspage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

ProgressPage::ProgressPage(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("progressPage"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addStretch(1);
}
