// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace outloud {

class Database;

/// Who is due this week and who is losing touch (overdue), for the Overview.
class KeepInTouchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KeepInTouchPanel(Database& db, QWidget* parent = nullptr);

    /// Shows @p memberId's list as of @p today in @p circleId's weeks.
    void showMember(qint64 circleId, qint64 memberId, QDate today);
    /// "Keep in touch: 2 due this week · 3 losing touch", for a one-line summary.
    QString summary() const { return m_summaryText; }
    /// "Keep in &touch (4)": the tab's title with how many are due or losing touch.
    QString tabTitle() const { return m_tabTitle; }

Q_SIGNALS:
    void personActivated(qint64 personId);

private:
    Database& m_db;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QString m_summaryText;
    QString m_tabTitle;
};

} // namespace outloud
