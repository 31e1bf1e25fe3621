// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Analytics.h"

#include <QWidget>
#include <memory>

class QTreeWidget;

namespace outloud {

class NetworkCharts;

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
    ~NetworkPanel() override;

    /// Redraws from @p figures in the colours of the current palette.
    void setFigures(const analytics::MemberAnalytics& figures);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// The charts and the weak ties' tree, made when the tab first shows or has figures to
    /// show: three Qt Charts scenes fitted to their size cost as much as a page's list, and
    /// the Overview opens on its Balance tab. Qt Charts itself is loaded then (a module,
    /// NetworkCharts.h); without it the tab says why, above the weak ties.
    void build();

    std::unique_ptr<NetworkCharts> m_charts;
    QTreeWidget* m_weakTies = nullptr;
};

} // namespace outloud
