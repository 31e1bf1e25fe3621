// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPanel.h"

#include "ChartStyle.h"
#include "NetworkChartsLoader.h"
#include "contributions/Contribution.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace outloud::analytics;

namespace outloud {

namespace {

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

NetworkPanel::~NetworkPanel() = default;

void NetworkPanel::showEvent(QShowEvent* event)
{
    build();
    QWidget::showEvent(event);
}

void NetworkPanel::build()
{
    if (m_weakTies)
        return;
    QString error;
    m_charts = NetworkChartsLoader::create(this, &error);
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
    if (m_charts) {
        grid->addWidget(m_charts->view(NetworkCharts::Mix), 0, 0);
        grid->addWidget(m_charts->view(NetworkCharts::Brought), 0, 1);
        grid->addWidget(m_charts->view(NetworkCharts::Channels), 1, 0);
        grid->addWidget(tiesBox, 1, 1);
    } else {
        auto* message
            = new QLabel(tr("The charts of this tab could not be loaded: %1").arg(error), this);
        message->setObjectName(u"networkChartsMessage"_s);
        message->setTextFormat(Qt::PlainText);
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(message, 0, 0);
        grid->addWidget(tiesBox, 1, 0);
        grid->setRowStretch(1, 1);
    }
    // Made while the panel shows: its children show with it now, not a frame later.
    if (isVisible()) {
        for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            child->show();
    }
}

void NetworkPanel::setFigures(const MemberAnalytics& a)
{
    build();
    if (m_charts) {
        const QPalette pal = palette();
        const ChartColors colors = chartColors(pal);
        const GenerosityMix& g = a.generosity;

        // Bottom to top on a horizontal chart: "other kinds" at the bottom.
        const int others = g.given - g.sharesOthersOrConnects - g.sharesMine;
        const std::optional<double> share = g.othersShare();
        NetworkBarChart mix;
        mix.title = share
            ? tr("What my giving shares: %1 % others' work").arg(std::lround(*share * 100))
            : tr("What my giving shares");
        mix.categories = {tr("Other kinds"), tr("My own work"), tr("Others' work, connecting")};
        mix.valueTitle = tr("Contributions given");
        mix.horizontal = true;
        NetworkBarSet given {
            tr("Given"), {others, g.sharesMine, g.sharesOthersOrConnects}, colors.given, {}};
        const QStringList what {tr("Other kinds (attention, questions, help, ...)"),
            tr("Sharing my own work or learning"),
            tr("Sharing or crediting others' work, or connecting people")};
        for (int i = 0; i < int(given.values.size()); ++i) {
            given.toolTips << tr("%1: %2 of %3 given (%4 %)")
                                  .arg(what.at(i))
                                  .arg(given.values.at(i))
                                  .arg(g.given)
                                  .arg(percent(given.values.at(i), g.given));
        }
        mix.sets = {given};
        m_charts->setChart(NetworkCharts::Mix, mix, pal);

        NetworkBarChart brought;
        brought.title = tr("What receiving brought");
        brought.categories = {broughtName(Brought::Help), broughtName(Brought::Inspiration),
            broughtName(Brought::Recognition), tr("Not recorded")};
        brought.valueTitle = tr("Contributions received");
        NetworkBarSet received {tr("Received"),
            {g.receivedBrought[0], g.receivedBrought[1], g.receivedBrought[2],
                g.receivedUnspecified},
            colors.received, {}};
        for (int value : received.values) {
            received.toolTips << tr("%1 of %2 received (%3 %)")
                                     .arg(value)
                                     .arg(g.received)
                                     .arg(percent(value, g.received));
        }
        brought.sets = {received};
        m_charts->setChart(NetworkCharts::Brought, brought, pal);

        // The channels that bring the most back, best at the top.
        NetworkBarChart channels;
        channels.title = tr("Channels that bring the most back");
        channels.valueTitle = tr("Contributions");
        channels.horizontal = true;
        NetworkBarSet givenTo {tr("Given"), {}, colors.given, {}};
        NetworkBarSet receivedFrom {tr("Received"), {}, colors.received, {}};
        const QList<CategoryExchange> best = a.byChannel.mid(0, 6);
        for (auto it = best.crbegin(); it != best.crend(); ++it) {
            channels.categories << it->name;
            givenTo.values.append(it->exchange.given);
            receivedFrom.values.append(it->exchange.received);
            givenTo.toolTips << tr("%1: given %2, received %3")
                                    .arg(it->name)
                                    .arg(it->exchange.given)
                                    .arg(it->exchange.received);
        }
        receivedFrom.toolTips = givenTo.toolTips;
        channels.sets = {givenTo, receivedFrom};
        m_charts->setChart(NetworkCharts::Channels, channels, pal);
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
