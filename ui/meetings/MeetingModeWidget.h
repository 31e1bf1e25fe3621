// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetings/AgendaTimer.h"
#include "meetings/MeetingRecord.h"
#include "meetings/WeekPlan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QShortcut;
class QSpinBox;
class QTimer;

namespace outloud {

class Database;
class MemberRoundPanel;
class SharedRoundWidget;

/**
 * The view for the laptop on the table: the week's theme, exercises and agenda with a
 * countdown per segment, a round per member (their numbers beside a notes field, with a
 * timebox), attendance, exercises checked off, commitments, and notices for the
 * facilitator. Large type, full screen, keyboard first. Everything is saved at once.
 *
 * Keys: Ctrl+Space start/pause, Ctrl+N next segment, Ctrl+T two more minutes,
 * Ctrl+M next member, Ctrl+S save, F11 full screen.
 */
class MeetingModeWidget : public QWidget
{
    Q_OBJECT
public:
    MeetingModeWidget(Database& db, qint64 circleId, QWidget* parent = nullptr,
        MonotonicClock clock = steadyClock());

    int week() const { return m_week; }
    void setWeek(int week);
    bool isTimeUp() const { return m_timer.isTimeUp(); }
    bool isRoundTimeUp() const { return m_roundBox.isTimeUp(); }
    /// The meeting that comes next from today (the database's clock), or the last one.
    int defaultWeek() const;
    /// Something was captured since the last save. Changing the week saves first; a window
    /// that closes meeting mode should call save() when this is true.
    bool hasUnsavedChanges() const { return m_dirty; }

public Q_SLOTS:
    void startPause();
    void nextSegment();
    void addTwoMinutes();
    void nextMember();
    /// Saves everything captured; the outcome shows in the status line.
    bool save();
    void toggleFullScreen();
    void leaveFullScreen();
    /// Re-reads the clocks; a timer calls it, tests call it after moving their clock.
    void refresh();
    /// Re-reads the plan, schedule and members. Done by itself when the database changes,
    /// unless the meeting is under way (agenda started or something typed).
    void reload();

Q_SIGNALS:
    void saved();

private:
    void buildUi();
    void loadWeek();
    void showMember(int row);
    void storeMember();
    void resetTimebox();
    qint64 timeboxMs() const;
    bool inRound() const;
    void addShortcut(const QKeySequence& keys, void (MeetingModeWidget::*slot)());

    Database& m_db;
    qint64 m_circleId;
    WeekPlan m_plan;
    int m_week = 1;
    MeetingCapture m_capture;
    int m_current = -1;
    bool m_dirty = false;
    bool m_saving = false;
    AgendaTimer m_timer;
    Countdown m_roundBox;
    QTimer* m_ticker;
    QShortcut* m_escape = nullptr; ///< Only while full screen, so Escape still closes dialogs.

    QLabel* m_themeLabel;
    QLabel* m_infoLabel;
    QSpinBox* m_weekSpin;
    QPushButton* m_fullScreenButton;
    QLabel* m_segmentLabel;
    QLabel* m_countdownLabel;
    QLabel* m_nextLabel;
    QPushButton* m_startButton;
    QPushButton* m_nextSegmentButton;
    QPushButton* m_addTimeButton;
    QListWidget* m_agendaList;
    QListWidget* m_memberList;
    QPushButton* m_nextMemberButton;
    MemberRoundPanel* m_panel;
    SharedRoundWidget* m_shared; ///< Figures from the shared folder or typed in (ui/sharing).
    QLabel* m_noticesLabel;
    QLabel* m_prepareLabel;
    QLabel* m_statusLabel;
    QPushButton* m_saveButton;
};

} // namespace outloud
