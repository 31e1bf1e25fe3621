// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartWidget.h"
#include "analytics/Analytics.h"
#include "people/KeepInTouch.h"
#include "storage/Database.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTimer;

namespace outloud {

class NetworkPanel;

/**
 * The Overview: giving against receiving and weekly progress for one member of a circle,
 * in charts. Self-contained: give it the open database and the circle; it shows "me" first,
 * offers the other members in a selector, and refreshes when the database changes.
 */
class KeepInTouchPanel;

class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    /// Shows @p memberId, or "me" of @p circleId (else its first member) when -1.
    DashboardWidget(Database& db, qint64 circleId, qint64 memberId = -1, QWidget* parent = nullptr);
    /// The window's overview: pretends today is @p today, and computes nothing until first
    /// shown (a window starting on another page paints without the analytics).
    DashboardWidget(
        Database& db, qint64 circleId, qint64 memberId, QDate today, QWidget* parent = nullptr);

    qint64 circleId() const { return m_circleId; }
    qint64 memberId() const { return m_memberId; }
    /// Shows another member of the circle (and selects them in the selector).
    void setMember(qint64 memberId);
    /// Shows @p circleId instead, as a new Overview would (@p memberId, or "me" of it when
    /// -1; the balance tab first), its charts refilled rather than built again. Computed
    /// when shown.
    void setCircle(qint64 circleId, qint64 memberId);
    /// Pretends today is @p today (the window's --today); invalid: the database's clock.
    void setToday(QDate today);
    /// The numbers on screen, as computed by the analytics.
    const analytics::MemberAnalytics& figures() const { return m_figures; }
    /// Who is due and who is losing touch (its own tab).
    KeepInTouchPanel* keepInTouchPanel() const { return m_touch; }

public Q_SLOTS:
    /// Recomputes and redraws everything now, the tabs not shown included.
    void refresh();

Q_SIGNALS:
    /// The user clicked the bars of week @p week (1-based) in a weekly chart.
    void weekActivated(int week);
    void memberChanged(qint64 memberId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// "Me" of @p circleId, else its first member, else -1.
    static qint64 defaultMember(Database& db, qint64 circleId);
    // The constructor's parts, in the order they run.
    QHBoxLayout* createHeader();
    QHBoxLayout* createTiles();
    QWidget* createBalancePage();
    void layOut(QHBoxLayout* header, QHBoxLayout* tiles, QWidget* balancePage);
    void connectSignals();

    void fillMembers();
    void onDatabaseChanged(Database::Tables tables);
    /// Recomputes what is marked stale and shown: the Balance tab's figures now, the
    /// Network tab's when it is current, the keep-in-touch list after the first paint.
    void refreshStale();
    /// Recomputes @p parts and redraws what shows them.
    void update(analytics::Parts parts);
    void showWeekly(const analytics::MemberAnalytics& a, QDate today);
    void showCloseness();
    void showImbalances();
    void updateTouch();
    /// The hover texts of the balance tab's charts, and their clicks on weeks.
    void connectCharts();
    QString targetToolTip(int week) const;
    QString closenessToolTip(const ChartHit& hit) const;
    QWidget* tile(const QString& caption, const QString& objectName, QLabel** value);

    Database& m_db;
    qint64 m_circleId = -1;
    qint64 m_memberId = -1;
    analytics::MemberAnalytics m_figures;
    QList<analytics::PersonExchange> m_imbalancePeople; ///< In the imbalance chart's order.
    QTimer* m_refreshTimer = nullptr;
    QDate m_today;
    /// Figures to recompute before they show again: those an edit can change, all of them
    /// for another member or day. The Network tab's wait until it is current.
    analytics::Parts m_stale;
    /// Parts whose charts show other figures than m_figures (a member's kept figures
    /// brought back): drawn again without being computed.
    analytics::Parts m_redraw;
    /// The figures of members shown before, with what went stale since: switching back and
    /// forth between members computes only what the edits in between changed.
    struct Kept
    {
        analytics::MemberAnalytics figures;
        analytics::Parts stale;
        QList<TouchEntry> touch; ///< Who is due, as the keep-in-touch tab showed.
        bool touchStale = true;
    };
    QHash<qint64, Kept> m_kept;
    /// The keep-in-touch list (and the count on its tab) is to be read again.
    bool m_touchStale = false;
    bool m_touchQueued = false; ///< updateTouch() waits for the first paint.
    /// Another circle came in (setCircle()): its keep-in-touch count waits for its first
    /// paint, as in a new Overview, though this one has painted before.
    bool m_touchAfterNextPaint = false;

    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_sharedNote = nullptr;
    QStringList m_memberNames; ///< The selector's texts without the age of shared cards.
    QLabel* m_period = nullptr;
    QComboBox* m_memberSelector = nullptr;
    QLabel* m_given = nullptr;
    QLabel* m_received = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_ratio = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_score = nullptr;
    ChartWidget* m_weeklyChart = nullptr;
    ChartWidget* m_balanceChart = nullptr;
    ChartWidget* m_closenessChart = nullptr;
    ChartWidget* m_targetChart = nullptr;
    ChartWidget* m_imbalanceChart = nullptr;
    QTabWidget* m_tabs = nullptr;
    NetworkPanel* m_network = nullptr;
    KeepInTouchPanel* m_touch = nullptr;
};

} // namespace outloud
