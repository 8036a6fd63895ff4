#include "welcomepage.h"

#include "database/databaseaddress.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace {

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WelcomePage::WelcomePage(RecentList designs, RecentList databases, QWidget *parent)
    : QWidget(parent)
    , m_designs(std::move(designs))
    , m_databases(std::move(databases))
{
    setObjectName(QStringLiteral("welcomePage"));
    // Two columns in the middle of the page, whatever its size: how to start, and what was
    // open lately.
    auto *starts = new QWidget(this);
    m_starts = new QVBoxLayout(starts);
    m_starts->setContentsMargins(0, 0, 0, 0);
    m_starts->addWidget(heading(tr("Schemata"), 2.0, starts));
    auto *subtitle = new QLabel(
        tr("Design relational databases, create them, and browse their rows."), starts);
    subtitle->setWordWrap(true);
    m_starts->addWidget(subtitle);
    m_starts->addSpacing(12);

    auto *recent = new QWidget;
    auto *recentLayout = new QVBoxLayout(recent);
    recentLayout->addWidget(heading(tr("Recent Designs"), 1.2, recent));
    m_recentDesigns = new QVBoxLayout;
    recentLayout->addLayout(m_recentDesigns);
    recentLayout->addSpacing(12);
    recentLayout->addWidget(heading(tr("Recent Databases"), 1.2, recent));
    m_recentDatabases = new QVBoxLayout;
    recentLayout->addLayout(m_recentDatabases);
    recentLayout->addStretch();
    // Twenty entries do not fit every window: the recent lists scroll, the buttons stay.
    auto *recentScroll = new QScrollArea(this);
    recentScroll->setWidget(recent);
    recentScroll->setWidgetResizable(true);
    recentScroll->setFrameShape(QFrame::NoFrame);
    recentScroll->setMinimumWidth(360);

    auto *columns = new QHBoxLayout;
    columns->addWidget(starts, 2, Qt::AlignTop);
    columns->addSpacing(36);
    columns->addWidget(recentScroll, 3);
    auto *centred = new QHBoxLayout(this);
    centred->setContentsMargins(36, 36, 36, 36);
    centred->addStretch(1);
    centred->addLayout(columns, 8);
    centred->addStretch(1);
    refresh();
}

void WelcomePage::addStart(QAction *action, const QString &title, const QString &description)
{
    auto *button = new QCommandLinkButton(title, description, this);
    button->setObjectName(u"welcome_" + action->objectName());
    connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
    m_starts->addWidget(button);
}

void WelcomePage::refresh()
{
    fillRecent(m_recentDesigns, m_designs, tr("No designs opened yet."),
        QStringLiteral("recentDesign_"), &WelcomePage::designChosen);
    fillRecent(m_recentDatabases, m_databases, tr("No databases opened yet."),
        QStringLiteral("recentDatabase_"), &WelcomePage::databaseChosen);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void WelcomePage::fillRecent(QVBoxLayout *layout, const RecentList &list,
    const QString &emptyText, const QString &objectPrefix,
    void (WelcomePage::*chosen)(const QString &))
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList entries = list.entries();
    if (entries.isEmpty()) {
        auto *empty = new QLabel(emptyText, this);
        empty->setEnabled(false);
        layout->addWidget(empty);
        empty->show(); // now, not after the events of the page's showing
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const QString &entry = entries.at(i);
        // A file by its name, with its folder below; a server by its address.
        const bool url = DatabaseAddress::isUrl(entry);
        auto *button = new QCommandLinkButton(url ? entry : QFileInfo(entry).fileName(),
            url ? tr("Server") : QDir::toNativeSeparators(QFileInfo(entry).absolutePath()), this);
        button->setObjectName(objectPrefix + QString::number(i));
        button->setToolTip(url ? entry : QDir::toNativeSeparators(entry));
        connect(button, &QCommandLinkButton::clicked, this,
            [this, chosen, entry] { emit(this->*chosen)(entry); });
        layout->addWidget(button);
        button->show();
    }
}
