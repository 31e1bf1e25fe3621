// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetings/MeetingRecord.h"
#include "sharing/CircleFigures.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace outloud {

class Database;

/**
 * Meeting mode's line about where a member's figures come from: their card in the shared
 * folder (with its age), or what the facilitator types in from the round, marked as
 * reported. Meeting mode hosts it under the member's panel and asks it for the numbers.
 */
class SharedRoundWidget : public QWidget
{
    Q_OBJECT
public:
    SharedRoundWidget(Database& db, qint64 circleId, QWidget* parent = nullptr);

    /// Re-reads the folder and shows @p memberId at meeting @p week.
    void setMember(qint64 memberId, int week);
    /// Shows @p memberId from the figures setMember() has just read (the same meeting), without
    /// reading them again.
    void showMember(qint64 memberId);
    /// Replaces @p member's numbers with the shared or reported ones, when there are any.
    void applyTo(MemberCapture& member) const;
    const sharing::CircleFigures& figures() const { return m_figures; }

Q_SIGNALS:
    /// The facilitator stored or cleared reported figures.
    void figuresChanged();

private:
    void reload();
    void showFigures();
    /// The small dialog where the facilitator types in what the member reports.
    void editReported();

    Database& m_db;
    qint64 m_circleId;
    qint64 m_memberId = -1;
    int m_week = 0;
    sharing::CircleFigures m_figures;
    QLabel* m_source;
    QPushButton* m_report;
    QLabel* m_notes;
};

} // namespace outloud
