// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWidget.h"

#include "NetworkPanel.h"
#include "circle/CircleService.h"
#include "people/KeepInTouchPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DashboardWidget::DashboardWidget(Database& db, qint64 circleId, qint64 memberId, QWidget* parent)
    : DashboardWidget(db, circleId, memberId, QDate(), parent)
{
    refresh();
}

DashboardWidget::DashboardWidget(
    Database& db, qint64 circleId, qint64 memberId, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_memberId(memberId)
    , m_today(today)
{
    setObjectName(u"dashboard"_s);
    if (m_memberId < 0)
        m_memberId = defaultMember(m_db, circleId);
    QHBoxLayout* header = createHeader();
    QHBoxLayout* tiles = createTiles();
    QWidget* balancePage = createBalancePage();
    layOut(header, tiles, balancePage);
    connectSignals();
    fillMembers();
    m_stale = analytics::Part::AllParts;
    m_touchStale = true;
}

qint64 DashboardWidget::defaultMember(Database& db, qint64 circleId)
{
    CircleService circles(db);
    qint64 memberId = circles.meId(circleId);
    if (memberId < 0) {
        const QList<Member> members = circles.members(circleId);
        if (!members.isEmpty())
            memberId = members.first().id;
    }
    return memberId;
}

QHBoxLayout* DashboardWidget::createHeader()
{
    m_title = plainLabel(QString(), this);
    m_title->setObjectName(u"dashboardTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_memberSelector = new QComboBox(this);
    m_memberSelector->setObjectName(u"memberSelector"_s);
    m_memberSelector->setToolTip(
        tr("Whose overview to show: yours or another member's of the circle."));
    m_memberSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* selectorLabel = plainLabel(tr("&Member:"), this);
    selectorLabel->setBuddy(m_memberSelector);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(selectorLabel);
    header->addWidget(m_memberSelector);

    m_note = plainLabel(QString(), this);
    m_note->setObjectName(u"dashboardNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    // Another member's figures from their card in the circle's shared folder (ui/sharing).
    m_sharedNote = plainLabel(QString(), this);
    m_sharedNote->setObjectName(u"sharedCardNote"_s);
    m_sharedNote->setWordWrap(true);
    m_sharedNote->hide();
    return header;
}

QHBoxLayout* DashboardWidget::createTiles()
{
    m_period = plainLabel(QString(), this);
    m_period->setObjectName(u"periodNote"_s);
    m_period->setWordWrap(true);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    tiles->addWidget(tile(tr("Given"), u"givenValue"_s, &m_given));
    tiles->addWidget(tile(tr("Received"), u"receivedValue"_s, &m_received));
    tiles->addWidget(tile(tr("Balance"), u"balanceValue"_s, &m_balance));
    tiles->addWidget(tile(tr("Given per received"), u"ratioValue"_s, &m_ratio));
    tiles->addWidget(tile(tr("Streak"), u"streakValue"_s, &m_streak));
    tiles->addWidget(tile(tr("Habit strength"), u"scoreValue"_s, &m_score));
    m_given->setToolTip(tr("Contributions given in the circle so far."));
    m_received->setToolTip(tr("Contributions received in the circle so far."));
    m_balance->setToolTip(
        tr("Given minus received: above zero you are a resource to your network."));
    m_ratio->setToolTip(tr("How many contributions you gave for each one you received."));
    m_streak->setToolTip(tr("Weeks in a row in which you reached your weekly target.\n"
                            "The current week counts as soon as its target is reached."));
    m_score->setToolTip(analytics::habitScoreExplanation());
    return tiles;
}

QWidget* DashboardWidget::createBalancePage()
{
    m_weeklyChart = new ChartWidget(u"weeklyChart"_s, this);
    m_balanceChart = new ChartWidget(u"balanceChart"_s, this);
    m_closenessChart = new ChartWidget(u"closenessChart"_s, this);
    m_targetChart = new ChartWidget(u"targetChart"_s, this);
    m_imbalanceChart = new ChartWidget(u"imbalanceChart"_s, this);

    auto* balancePage = new QWidget(this);
    auto* grid = new QGridLayout(balancePage);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(8);
    grid->addWidget(m_weeklyChart, 0, 0, 1, 2);
    grid->addWidget(m_imbalanceChart, 0, 2);
    grid->addWidget(m_targetChart, 1, 0);
    grid->addWidget(m_balanceChart, 1, 1);
    grid->addWidget(m_closenessChart, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    return balancePage;
}

void DashboardWidget::layOut(QHBoxLayout* header, QHBoxLayout* tiles, QWidget* balancePage)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_sharedNote);
    layout->addLayout(tiles);
    layout->addWidget(m_period);
    m_network = new NetworkPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(balancePage, tr("&Balance and progress"));
    m_tabs->addTab(m_network, tr("&Network"));
    m_touch = new KeepInTouchPanel(m_db, this);
    m_tabs->addTab(m_touch, tr("Keep in &touch"));
    layout->addWidget(m_tabs, 1);
}

void DashboardWidget::connectSignals()
{
    connectCharts();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // several changes in one event-loop turn: one refresh
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardWidget::refreshStale);
    connect(&m_db, &Database::changed, this, &DashboardWidget::onDatabaseChanged);
    connect(m_memberSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setMember(m_memberSelector->itemData(index).toLongLong());
    });
    // A tab whose figures went stale while another showed catches up as it comes up.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            refreshStale();
    });
}

QWidget* DashboardWidget::tile(const QString& caption, const QString& objectName, QLabel** value)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    auto* captionLabel = plainLabel(caption, frame);
    *value = plainLabel(QString(), frame);
    (*value)->setObjectName(objectName);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    (*value)->setFont(big);
    layout->addWidget(captionLabel);
    layout->addWidget(*value);
    return frame;
}

void DashboardWidget::fillMembers()
{
    const QSignalBlocker blocker(m_memberSelector);
    m_memberSelector->clear();
    const QList<Member> members = CircleService(m_db).members(m_circleId);
    for (const Member& m : members) {
        // "Me" first, so the default choice is always at the top.
        if (m.isMe)
            m_memberSelector->insertItem(0, tr("%1 (me)").arg(m.name), m.id);
        else
            m_memberSelector->addItem(m.name, m.id);
    }
    m_memberNames.clear();
    for (int i = 0; i < m_memberSelector->count(); ++i)
        m_memberNames.append(m_memberSelector->itemText(i));
    m_memberSelector->setCurrentIndex(m_memberSelector->findData(m_memberId));
}

void DashboardWidget::setMember(qint64 memberId)
{
    if (memberId == m_memberId)
        return;
    // Shown, or computed before (the figures() of a dashboard used without a window): now.
    const bool computed = !(m_stale & ~analytics::Parts(analytics::Part::Network));
    if (m_stale != analytics::Parts(analytics::Part::AllParts))
        m_kept.insert(m_memberId, {m_figures, m_stale, m_touch->entries(), m_touchStale});
    m_memberId = memberId;
    {
        const QSignalBlocker blocker(m_memberSelector);
        m_memberSelector->setCurrentIndex(m_memberSelector->findData(memberId));
    }
    if (const auto kept = m_kept.constFind(memberId); kept != m_kept.cend()) {
        // Back to a member shown before: their figures, and only what changed since computed.
        m_figures = kept->figures;
        m_stale = kept->stale;
        m_touchStale = kept->touchStale;
        if (!m_touchStale) {
            m_touch->showEntries(kept->touch);
            m_tabs->setTabText(m_tabs->indexOf(m_touch), m_touch->tabTitle());
        }
        m_kept.erase(kept);
        m_redraw = analytics::Part::AllParts;
    } else {
        m_stale = analytics::Part::AllParts;
        m_touchStale = true;
    }
    if (isVisible() || computed)
        refreshStale();
    Q_EMIT memberChanged(memberId);
}

void DashboardWidget::setCircle(qint64 circleId, qint64 memberId)
{
    m_circleId = circleId;
    m_memberId = memberId < 0 ? defaultMember(m_db, circleId) : memberId;
    m_kept.clear(); // the members of another circle
    m_stale = analytics::Part::AllParts;
    m_redraw = {};
    m_touchStale = true;
    m_touchAfterNextPaint = true;
    // The count of the circle before must not show with the new one's charts.
    m_tabs->setTabText(m_tabs->indexOf(m_touch), tr("Keep in &touch"));
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(0);
    }
    fillMembers();
    if (isVisible())
        refreshStale();
}

void DashboardWidget::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    m_kept.clear(); // every figure is as of a day
    const bool computed = !(m_stale & ~analytics::Parts(analytics::Part::Network));
    m_stale = analytics::Part::AllParts;
    m_touchStale = true;
    if (isVisible() || computed)
        refreshStale(); // else computed when shown
}

} // namespace outloud
