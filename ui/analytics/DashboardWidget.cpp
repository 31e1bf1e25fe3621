// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWidget.h"

#include "ChartStyle.h"
#include "DashboardCharts.h"
#include "NetworkPanel.h"
#include "circle/CircleService.h"
#include "common/AfterFirstPaint.h"
#include "people/Closeness.h"
#include "people/KeepInTouchPanel.h"
#include "sharing/SharedOverview.h"
#include "storage/PlainText.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QShowEvent>
#include <QTabWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

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
    m_weeklyView = makeView(u"weeklyChart"_s, this);
    m_balanceView = makeView(u"balanceChart"_s, this);
    m_closenessView = makeView(u"closenessChart"_s, this);
    m_targetView = makeView(u"targetChart"_s, this);
    m_imbalanceView = makeView(u"imbalanceChart"_s, this);

    auto* balancePage = new QWidget(this);
    auto* grid = new QGridLayout(balancePage);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(8);
    grid->addWidget(m_weeklyView, 0, 0, 1, 2);
    grid->addWidget(m_imbalanceView, 0, 2);
    grid->addWidget(m_targetView, 1, 0);
    grid->addWidget(m_balanceView, 1, 1);
    grid->addWidget(m_closenessView, 1, 2);
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
    // A click anywhere in a week's column opens that week, empty weeks included.
    for (QChartView* view : {m_weeklyView, m_targetView, m_balanceView}) {
        view->viewport()->installEventFilter(this);
        view->viewport()->setCursor(Qt::PointingHandCursor);
    }

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

namespace {

/// The figures an edit of @p tables can change; every one for tables that move weeks or
/// names (circles, members, meetings, the catalogue).
analytics::Parts partsChangedBy(Database::Tables tables)
{
    using analytics::Part;
    const Database::Tables narrow = Database::Tables(Database::Contributions) | Database::People
        | Database::Goals | Database::Commitments;
    if (tables & ~narrow)
        return Part::AllParts;
    analytics::Parts parts;
    if (tables & Database::Contributions)
        parts |= Part::Weekly | Part::Imbalances | Part::Network;
    if (tables & Database::People) // ratings, names, introductions
        parts |= Part::Closeness | Part::Imbalances | Part::Network;
    if (tables & (Database::Goals | Database::Commitments)) // the target, the tooltips
        parts |= Part::Weekly;
    return parts;
}

} // namespace

void DashboardWidget::onDatabaseChanged(Database::Tables tables)
{
    if (tables & (Database::Members | Database::Circles))
        fillMembers();
    const analytics::Parts changed = partsChangedBy(tables);
    m_stale |= changed;
    const bool touchChanged = tables & ~Database::Tables(Database::Commitments);
    for (Kept& kept : m_kept) {
        kept.stale |= changed;
        kept.touchStale = kept.touchStale || touchChanged;
    }
    m_touchStale = m_touchStale || touchChanged;
    // Several changes in one event-loop turn: one refresh. Not while nobody looks.
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Before the first paint, so the overview never shows empty charts.
    refreshStale();
}

void DashboardWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Charts paint with their own colours: follow a palette switch (dark mode) by redrawing.
    if (event->type() == QEvent::PaletteChange && m_weeklyView) {
        m_stale = analytics::Part::AllParts;
        m_kept.clear();
        if (isVisible())
            refreshStale();
    }
}

int DashboardWidget::weekAt(QChartView* view, QPoint pos) const
{
    QChart* chart = view->chart();
    const QList<QAbstractSeries*> series = chart->series();
    const QPointF inChart = chart->mapFromScene(view->mapToScene(pos));
    if (series.isEmpty() || !chart->plotArea().contains(inChart))
        return 0;
    const QPointF value = chart->mapToValue(inChart, series.first());
    // Bar charts put week w at category w - 1; the balance line at x = w.
    const bool bars = view != m_balanceView;
    const int week = int(std::lround(value.x())) + (bars ? 1 : 0);
    return week >= 1 && week <= m_figures.weekly.lengthWeeks ? week : 0;
}

bool DashboardWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        for (QChartView* view : {m_weeklyView, m_targetView, m_balanceView}) {
            if (watched != view->viewport() || mouse->button() != Qt::LeftButton)
                continue;
            if (const int week = weekAt(view, mouse->position().toPoint()))
                Q_EMIT weekActivated(week);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardWidget::showToolTip(QChartView* view, const QString& text)
{
    view->setToolTip(plainToolTip(text));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, view);
}

void DashboardWidget::refresh()
{
    m_kept.clear();
    m_stale = analytics::Part::AllParts;
    m_touchStale = true;
    update(m_stale);
    updateTouch();
}

void DashboardWidget::refreshStale()
{
    m_refreshTimer->stop();
    analytics::Parts parts = m_stale | m_redraw;
    // The Network tab's figures wait until it is current.
    if (m_tabs->currentWidget() != m_network)
        parts &= ~analytics::Parts(analytics::Part::Network);
    if (parts)
        update(parts);
    if (!m_touchStale)
        return;
    if (m_tabs->currentWidget() == m_touch) {
        updateTouch();
    } else if (!m_touchQueued) {
        // Only the count on its tab shows: after the charts are on screen.
        m_touchQueued = true;
        afterFirstPaint(this, [this] {
            m_touchQueued = false;
            if (m_touchStale && isVisible())
                updateTouch();
        });
    }
}

void DashboardWidget::updateTouch()
{
    m_touchStale = false;
    const QDate today = m_today.isValid() ? m_today : m_db.now().date();
    m_touch->showMember(m_circleId, m_memberId, today);
    // The tab says how many are due, so it shows without taking the charts' height.
    m_tabs->setTabText(m_tabs->indexOf(m_touch), m_touch->tabTitle());
}

void DashboardWidget::update(analytics::Parts parts)
{
    m_refreshTimer->stop();
    const analytics::Parts compute = parts & m_stale;
    m_stale &= ~parts;
    m_redraw &= ~parts;
    // A hover text about the previous member or day must not outlive the switch.
    for (QChartView* view :
        {m_weeklyView, m_balanceView, m_closenessView, m_targetView, m_imbalanceView})
        view->setToolTip(QString());
    QToolTip::hideText();
    const QDate today = m_today.isValid() ? m_today : m_db.now().date();
    // Three a side: eight names no longer fit the imbalance chart's height at 1024 x 768.
    if (compute)
        analytics::analyzeMember(m_db, m_circleId, m_memberId, today, 3, compute, &m_figures);
    const analytics::MemberAnalytics& a = m_figures;
    using analytics::Part;
    if (parts & Part::Weekly)
        showWeekly(a, today);
    if (parts & Part::Closeness)
        showCloseness();
    if (parts & Part::Imbalances)
        showImbalances();
    if (parts & Part::Network)
        m_network->setFigures(a);
}

void DashboardWidget::showWeekly(const analytics::MemberAnalytics& a, QDate today)
{
    const QLocale locale;
    m_title->setText(tr("Overview: %1").arg(a.memberName));
    // Where the members' figures come from (cards, the server), read once.
    const sharing::CircleFigures shared = SharedOverview::figures(m_db, m_circleId, today);
    m_sharedNote->setText(SharedOverview::note(shared, m_memberId, m_db.now()));
    m_sharedNote->setVisible(!m_sharedNote->text().isEmpty());
    SharedOverview::labelSelector(m_memberSelector, m_memberNames, shared, m_db.now());
    const int length = a.weekly.lengthWeeks;
    if (a.weekly.currentWeek == 0 && !a.weekly.weeks.isEmpty()) {
        m_note->setText(
            tr("The circle starts on %1; the weekly charts fill in as the weeks pass.")
                .arg(locale.toString(a.weekly.weeks.first().start, QLocale::LongFormat)));
        m_note->show();
    } else if (a.weekly.currentWeek > length) {
        m_note->setText(tr("The circle's %1 weeks are over.").arg(length));
        m_note->show();
    } else {
        m_note->hide();
    }

    // Every figure here covers one period, said once under the tiles (the PDF says the same).
    const int soFar = a.weekly.lastWeekSoFar();
    if (soFar == 0)
        m_period->setText(tr("Figures as of %1: the circle has not started yet.")
                              .arg(locale.toString(today, QLocale::LongFormat)));
    else
        m_period->setText(tr("Figures as of %1: given, received and balance over weeks 1 to %2 of "
                             "the circle; streak and habit strength up to week %3.")
                              .arg(locale.toString(today, QLocale::LongFormat))
                              .arg(soFar)
                              .arg(a.progress.lastCountedWeek));
    m_given->setText(locale.toString(a.weekly.total.given));
    m_received->setText(locale.toString(a.weekly.total.received));
    const int balance = a.weekly.total.balance();
    m_balance->setText(balance > 0 ? u"+"_s + locale.toString(balance) : locale.toString(balance));
    const std::optional<double> ratio = a.weekly.total.ratio();
    m_ratio->setText(ratio ? locale.toString(*ratio, 'f', 1) : tr("n/a"));
    m_ratio->setToolTip(ratio
            ? tr("You gave %1 contributions for each one you received (%2 given, %3 received).")
                  .arg(locale.toString(*ratio, 'f', 2))
                  .arg(a.weekly.total.given)
                  .arg(a.weekly.total.received)
            : tr("Nothing received yet, so there is no ratio."));
    // Explicit singular: "%n week(s)" shows as typed until an English translation is loaded.
    m_streak->setText(
        a.progress.streak == 1 ? tr("1 week") : tr("%1 weeks").arg(a.progress.streak));
    m_score->setText(tr("%1 %").arg(std::lround(a.progress.score * 100)));
    m_score->setToolTip(analytics::habitScoreExplanation() + u"\n\n"_s
        + tr("Now: %1 % (exactly %2), after week %3; weekly target %4.")
              .arg(std::lround(a.progress.score * 100))
              .arg(locale.toString(a.progress.score, 'f', 4))
              .arg(a.progress.lastCountedWeek)
              .arg(a.progress.target));

    // The charts are updated in place; their hover texts are connected on the first fill
    // and read the current figures.
    const QPalette pal = palette();
    const dashboard::WeeklySets weekly = dashboard::fillWeeklyChart(m_weeklyView->chart(), a, pal);
    if (weekly.created) {
        for (QBarSet* set : {weekly.given, weekly.received}) {
            connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
                showToolTip(m_weeklyView,
                    status ? dashboard::weekToolTip(m_figures, index + 1) : QString());
            });
        }
    }

    bool lineCreated = false;
    QLineSeries* line = dashboard::fillBalanceChart(m_balanceView->chart(), a, pal, &lineCreated);
    if (lineCreated) {
        connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
            const int week = int(std::lround(point.x()));
            const bool valid
                = state && week >= 1 && week <= m_figures.weekly.cumulativeBalance.size();
            showToolTip(m_balanceView,
                valid ? tr("After week %1: given minus received = %2")
                            .arg(week)
                            .arg(m_figures.weekly.cumulativeBalance.at(week - 1))
                      : QString());
        });
    }

    const dashboard::TargetSeries target
        = dashboard::fillTargetChart(m_targetView->chart(), a, pal);
    if (target.created) {
        connect(target.given, &QBarSet::hovered, this, [this](bool status, int index) {
            QString text;
            if (status && index < m_figures.progress.given.size()) {
                const int given = m_figures.progress.given.at(index);
                text = tr("Week %1: %2 given, target %3")
                           .arg(index + 1)
                           .arg(given)
                           .arg(m_figures.progress.target);
                if (index + 1 < m_figures.progress.currentWeek
                    || given >= m_figures.progress.target)
                    text += u' '
                        + (given >= m_figures.progress.target ? tr("(reached)")
                                                              : tr("(not reached)"));
            }
            showToolTip(m_targetView, text);
        });
    }
}

void DashboardWidget::showCloseness()
{
    const analytics::MemberAnalytics& a = m_figures;
    const QPalette pal = palette();
    const dashboard::ClosenessSets closeness
        = dashboard::fillClosenessChart(m_closenessView->chart(), a, pal);
    for (QBarSet* set : {closeness.week1, closeness.now}) {
        if (!closeness.created)
            break;
        const bool isNow = set == closeness.now;
        connect(set, &QBarSet::hovered, this, [this, isNow](bool status, int level) {
            const auto& d = isNow ? m_figures.closeness.distributionNow
                                  : m_figures.closeness.distributionWeek1;
            if (!status || level < 0 || level > 5) {
                showToolTip(m_closenessView, QString());
                return;
            }
            const QString people = d[level] == 1 ? tr("1 person") : tr("%1 people").arg(d[level]);
            showToolTip(m_closenessView,
                (isNow ? tr("Now, closeness %1 (%2): %3")
                       : tr("End of week 1, closeness %1 (%2): %3"))
                    .arg(level)
                    .arg(closeness::meaning(level), people));
        });
    }
}

void DashboardWidget::showImbalances()
{
    const analytics::MemberAnalytics& a = m_figures;
    const QPalette pal = palette();
    const dashboard::ImbalanceSets imbalance
        = dashboard::fillImbalanceChart(m_imbalanceView->chart(), a, pal);
    m_imbalancePeople = imbalance.people;
    const QList<analytics::PersonExchange>& people = m_imbalancePeople;
    for (QBarSet* set : {imbalance.theyGaveMore, imbalance.iGaveMore}) {
        if (!imbalance.created)
            break;
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            QString text;
            if (status && index >= 0 && index < m_imbalancePeople.size()) {
                const analytics::PersonExchange& p = m_imbalancePeople.at(index);
                text = tr("%1: I gave %2, received %3")
                           .arg(p.name)
                           .arg(p.exchange.given)
                           .arg(p.exchange.received);
            }
            showToolTip(m_imbalanceView, text);
        });
    }
    if (people.isEmpty())
        setChartTitle(m_imbalanceView->chart(), tr("Largest imbalances: none yet"));
}

} // namespace outloud
