// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Analytics.h"

#include <QWidget>

class QChartView;
class QTreeWidget;

namespace outloud {

/**
 * The network side of the Overview: the generosity mix, what receiving brought, the
 * channels that bring the most back, and the weak ties with their intermediaries.
 * Shows what it is given; the DashboardWidget computes.
 */
class NetworkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);

    /// Redraws from @p figures in the colours of the current palette.
    void setFigures(const analytics::MemberAnalytics& figures);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// The charts and the weak ties' tree, made when the tab first shows or has figures to
    /// show: three Qt Charts scenes fitted to their size cost as much as a page's list, and
    /// the Overview opens on its Balance tab.
    void build();
    void showToolTip(QChartView* view, const QString& text);

    QChartView* m_mixView = nullptr;
    QChartView* m_broughtView = nullptr;
    QChartView* m_channelView = nullptr;
    QTreeWidget* m_weakTies = nullptr;
    // What the hover texts read: the figures last shown.
    QList<int> m_mixValues;
    int m_given = 0;
    QList<int> m_brought;
    int m_received = 0;
    QList<analytics::CategoryExchange> m_channels;
};

} // namespace outloud
