// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/KeepInTouch.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace outloud {

class Database;
class WhenShown;

/// Who is due this week and who is losing touch (overdue), for the Overview.
class KeepInTouchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KeepInTouchPanel(Database& db, QWidget* parent = nullptr);

    /// Shows @p memberId's list as of @p today in @p circleId's weeks.
    void showMember(qint64 circleId, qint64 memberId, QDate today);
    /// Shows @p due, a list showMember() read before (the Overview keeps each member's).
    void showEntries(const QList<TouchEntry>& due);
    /// The list shown: who is due or losing touch, the most overdue first.
    const QList<TouchEntry>& entries() const { return m_due; }
    /// "Keep in touch: 2 due this week · 3 losing touch", for a one-line summary.
    QString summary() const { return m_summaryText; }
    /// "Keep in &touch (4)": the tab's title with how many are due or losing touch.
    QString tabTitle() const { return m_tabTitle; }

Q_SIGNALS:
    void personActivated(qint64 personId);

private:
    /// Puts m_due in the list; waits until the panel can be seen (a tab behind the charts
    /// shows only the count on its title, which is set at once).
    void fillList();

    Database& m_db;
    QList<TouchEntry> m_due;
    WhenShown* m_fill = nullptr;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QString m_summaryText;
    QString m_tabTitle;
};

} // namespace outloud
