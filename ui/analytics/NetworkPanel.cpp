// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPanel.h"

#include "ChartStyle.h"
#include "DashboardCharts.h"
#include "contributions/Contribution.h"
#include "storage/PlainText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace outloud::analytics;

namespace outloud {

namespace {

/// One bar set over @p categories on a horizontal or vertical bar chart, updated in place
/// (see DashboardCharts.h); @p created: the set was made now.
template <typename Series>
QBarSet* fillBars(QChart* chart, const QPalette& palette, const QString& title,
    const QString& setName, const QStringList& categories, const QList<int>& values,
    const QColor& color, const QString& valueTitle, bool* created)
{
    constexpr bool horizontal = std::is_same_v<Series, QHorizontalBarSeries>;
    applyTheme(chart, palette);
    setChartTitle(chart, title);
    auto* series = dashboard::seriesAt<Series>(chart, 0, created);
    QBarSet* set = dashboard::barSetAt(series, 0, setName);
    dashboard::setValues(set, values);
    const int top = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(palette.color(QPalette::WindowText));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* categoryAxis
        = dashboard::axisAt<QBarCategoryAxis>(chart, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    categoryAxis->setCategories(categories);
    auto* valueAxis
        = dashboard::axisAt<QValueAxis>(chart, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    integerAxis(valueAxis, 0, top);
    valueAxis->setTitleText(valueTitle);
    dashboard::attach(series, categoryAxis);
    dashboard::attach(series, valueAxis);
    chart->legend()->setVisible(false); // one set: the title says what it is
    styleChart(chart, palette);
    return set;
}

QString percent(int part, int whole)
{
    return whole > 0 ? QLocale().toString(std::lround(100.0 * part / whole)) : u"0"_s;
}

} // namespace

NetworkPanel::NetworkPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"networkPanel"_s);
}

void NetworkPanel::showEvent(QShowEvent* event)
{
    build();
    QWidget::showEvent(event);
}

void NetworkPanel::build()
{
    if (m_mixView)
        return;
    m_mixView = makeView(u"generosityChart"_s, this);
    m_broughtView = makeView(u"broughtChart"_s, this);
    m_channelView = makeView(u"channelChart"_s, this);
    m_weakTies = new QTreeWidget(this);
    m_weakTies->setObjectName(u"weakTiesView"_s);
    m_weakTies->setHeaderLabels({tr("Introduced by"), tr("People reached"), tr("Closeness now")});
    m_weakTies->setRootIsDecorated(true);
    m_weakTies->setUniformRowHeights(true);
    m_weakTies->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weakTies->setToolTip(
        tr("Weak ties: people you reached through an introduction, under who made it."));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(m_mixView, 0, 0);
    grid->addWidget(m_broughtView, 0, 1);
    grid->addWidget(m_channelView, 1, 0);
    auto* tiesBox = new QWidget(this);
    auto* tiesLayout = new QVBoxLayout(tiesBox);
    tiesLayout->setContentsMargins(0, 0, 0, 0);
    auto* tiesTitle = new QLabel(tr("Weak ties: who connected me to new people"), tiesBox);
    tiesTitle->setTextFormat(Qt::PlainText);
    QFont bold = tiesTitle->font();
    bold.setBold(true);
    tiesTitle->setFont(bold);
    tiesTitle->setBuddy(m_weakTies);
    tiesLayout->addWidget(tiesTitle);
    tiesLayout->addWidget(m_weakTies, 1);
    grid->addWidget(tiesBox, 1, 1);
    // Made while the panel shows: its children show with it now, not a frame later.
    if (isVisible()) {
        for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            child->show();
    }
}

void NetworkPanel::showToolTip(QChartView* view, const QString& text)
{
    view->setToolTip(plainToolTip(text));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, view);
}

void NetworkPanel::setFigures(const MemberAnalytics& a)
{
    build();
    const QPalette pal = palette();
    const ChartColors colors = chartColors(pal);
    const GenerosityMix& g = a.generosity;

    // Bottom to top on a horizontal chart: "other kinds" at the bottom.
    const int others = g.given - g.sharesOthersOrConnects - g.sharesMine;
    const std::optional<double> share = g.othersShare();
    const QString mixTitle = share
        ? tr("What my giving shares: %1 % others' work").arg(std::lround(*share * 100))
        : tr("What my giving shares");
    bool created = false;
    QBarSet* mix = fillBars<QHorizontalBarSeries>(m_mixView->chart(), pal, mixTitle, tr("Given"),
        {tr("Other kinds"), tr("My own work"), tr("Others' work, connecting")},
        {others, g.sharesMine, g.sharesOthersOrConnects}, colors.given, tr("Contributions given"),
        &created);
    m_mixValues = {others, g.sharesMine, g.sharesOthersOrConnects};
    m_given = g.given;
    if (created) {
        connect(mix, &QBarSet::hovered, this, [this](bool status, int index) {
            if (!status || index < 0 || index >= m_mixValues.size()) {
                showToolTip(m_mixView, QString());
                return;
            }
            const QStringList what {tr("Other kinds (attention, questions, help, ...)"),
                tr("Sharing my own work or learning"),
                tr("Sharing or crediting others' work, or connecting people")};
            showToolTip(m_mixView,
                tr("%1: %2 of %3 given (%4 %)")
                    .arg(what.at(index))
                    .arg(m_mixValues.at(index))
                    .arg(m_given)
                    .arg(percent(m_mixValues.at(index), m_given)));
        });
    }

    m_brought
        = {g.receivedBrought[0], g.receivedBrought[1], g.receivedBrought[2], g.receivedUnspecified};
    m_received = g.received;
    QBarSet* broughtSet = fillBars<QBarSeries>(m_broughtView->chart(), pal,
        tr("What receiving brought"), tr("Received"),
        {broughtName(Brought::Help), broughtName(Brought::Inspiration),
            broughtName(Brought::Recognition), tr("Not recorded")},
        m_brought, colors.received, tr("Contributions received"), &created);
    if (created) {
        connect(broughtSet, &QBarSet::hovered, this, [this](bool status, int index) {
            showToolTip(m_broughtView,
                status && index >= 0 && index < m_brought.size()
                    ? tr("%1 of %2 received (%3 %)")
                          .arg(m_brought.at(index))
                          .arg(m_received)
                          .arg(percent(m_brought.at(index), m_received))
                    : QString());
        });
    }

    // The channels that bring the most back, best at the top.
    QChart* chart = m_channelView->chart();
    applyTheme(chart, pal);
    setChartTitle(chart, tr("Channels that bring the most back"));
    const QList<CategoryExchange> channels = a.byChannel.mid(0, 6);
    auto* series = dashboard::seriesAt<QHorizontalBarSeries>(chart, 0, &created);
    QBarSet* givenSet = dashboard::barSetAt(series, 0, tr("Given"));
    QBarSet* receivedSet = dashboard::barSetAt(series, 1, tr("Received"));
    QStringList names;
    QList<int> given;
    QList<int> received;
    int top = 0;
    for (auto it = channels.crbegin(); it != channels.crend(); ++it) {
        names << it->name;
        given.append(it->exchange.given);
        received.append(it->exchange.received);
        top = std::max({top, it->exchange.given, it->exchange.received});
    }
    dashboard::setValues(givenSet, given);
    dashboard::setValues(receivedSet, received);
    for (QBarSet* set : {givenSet, receivedSet}) {
        const QColor color = set == givenSet ? colors.given : colors.received;
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        set->setLabelColor(colors.text);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* y = dashboard::axisAt<QBarCategoryAxis>(chart, Qt::AlignLeft);
    y->setCategories(names);
    auto* x = dashboard::axisAt<QValueAxis>(chart, Qt::AlignBottom);
    integerAxis(x, 0, top);
    x->setTitleText(tr("Contributions"));
    dashboard::attach(series, y);
    dashboard::attach(series, x);
    styleChart(chart, pal);
    m_channels = QList<CategoryExchange>(channels.crbegin(), channels.crend());
    for (QBarSet* set : {givenSet, receivedSet}) {
        if (!created)
            break;
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            showToolTip(m_channelView,
                status && index >= 0 && index < m_channels.size()
                    ? tr("%1: given %2, received %3")
                          .arg(m_channels.at(index).name)
                          .arg(m_channels.at(index).exchange.given)
                          .arg(m_channels.at(index).exchange.received)
                    : QString());
        });
    }

    m_weakTies->clear();
    for (const Intermediary& i : a.weakTies.intermediaries) {
        auto* item
            = new QTreeWidgetItem(m_weakTies, {i.name, tr("%1 introduced").arg(i.introduced)});
        for (const IntroducedPerson& p : a.weakTies.introduced) {
            if (p.introducerId == i.personId)
                new QTreeWidgetItem(item, {QString(), p.name, QString::number(p.closeness)});
        }
    }
    m_weakTies->expandAll();
    if (a.weakTies.intermediaries.isEmpty())
        new QTreeWidgetItem(m_weakTies, {tr("Nobody introduced yet")});
}

} // namespace outloud
