// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// When the Overview recomputes: the figures an edit changes are marked stale and recomputed
// when the Overview shows, a palette switch redraws, and the keep-in-touch count follows
// after the charts' paint.
#include "DashboardWidget.h"
#include "NetworkPanel.h"
#include "common/AfterFirstPaint.h"
#include "people/KeepInTouchPanel.h"

#include <QEvent>
#include <QShowEvent>
#include <QTabWidget>
#include <QTimer>
#include <QToolTip>
#include <utility>

namespace outloud {

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
    // The series' colours are made for a light or a dark palette: a palette switch (dark
    // mode) draws the same figures again in the new ones, nothing computed.
    if (event->type() == QEvent::PaletteChange && m_weeklyChart) {
        m_redraw = analytics::Part::AllParts;
        if (isVisible())
            refreshStale();
    }
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
        auto work = [this] {
            m_touchQueued = false;
            if (m_touchStale && isVisible())
                updateTouch();
        };
        if (std::exchange(m_touchAfterNextPaint, false))
            afterNextPaint(this, work);
        else
            afterFirstPaint(this, work);
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

} // namespace outloud
