// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/WeekCalendar.h"
#include "meetings/AgendaTimer.h"
#include "meetings/MeetingRecord.h"
#include "meetings/WeekPlan.h"

#include <QRect>
#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QDialog;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace outloud {

class Database;
class MeetingEditCommand;
class MemberRoundPanel;
class SharedRoundWidget;

/**
 * The view for the laptop on the table: the week's theme, exercises and agenda with a
 * countdown per segment, a round per member (their numbers beside a notes field, with a
 * timebox), attendance, exercises checked off, commitments, and notices for the
 * facilitator. Large type that scales with the space it has, a presentation mode, keyboard
 * first: every action is a key that works while the page shows (F1 lists them). Every edit
 * is saved at once as an undo step.
 */
class MeetingModeWidget : public QWidget
{
    Q_OBJECT
public:
    MeetingModeWidget(Database& db, qint64 circleId, QWidget* parent = nullptr,
        MonotonicClock clock = steadyClock());
    ~MeetingModeWidget() override;

    /// The window's undo stack; without one the widget keeps its own.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const { return m_undo; }

    int week() const { return m_week; }
    void setWeek(int week);
    bool isTimeUp() const { return m_timer.isTimeUp(); }
    bool isRoundTimeUp() const { return m_roundBox.isTimeUp(); }
    bool isPresenting() const { return m_presenting; }
    /// The meeting that comes next from today (the database's clock), or the last one.
    int defaultWeek() const;
    /// Typed text not yet recorded as an undo step; save() records it.
    bool hasUnsavedChanges() const;
    /// The member whose round shows, as an index into the round order.
    int currentMember() const { return m_current; }
    /// The member names in round order.
    QStringList roundOrder() const;
    /// The type's scale factor (1 at about 1280x800).
    qreal scale() const { return m_scale; }
    /// The actions of the page with their keys (what the F1 overlay lists).
    QList<QAction*> keyActions() const { return m_keyActions; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override;

public Q_SLOTS:
    void startPause();
    void nextSegment();
    void previousSegment();
    void restartAgenda();
    void addMinute();
    void removeMinute();
    void nextMember();
    void previousMember();
    /// The current member goes to the end of the round; "Next member" comes back to them.
    void skipMember();
    void moveMemberEarlier();
    void moveMemberLater();
    void togglePresent();
    /// Records typed text and marks the meeting held; the outcome shows in the status line.
    bool save();
    void togglePresentation();
    void setPresenting(bool on);
    void showShortcuts();
    /// Re-reads the clocks; a timer calls it, tests call it after moving their clock.
    void refresh();
    /// Re-reads the plan, schedule and members. Done by itself when the database changes,
    /// unless the meeting is under way (agenda started).
    void reload();

Q_SIGNALS:
    void saved();
    /// Presentation mode starts or ends: the window hides or shows its menus and sidebar.
    void presentationChanged(bool on);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The sections, and type that scales with the space (MeetingModeLayout.cpp).
    void buildUi();
    void buildHeader(QVBoxLayout* root);
    void buildAgendaColumn(QHBoxLayout* body);
    void buildRoundColumn(QHBoxLayout* body);
    void buildFooter(QVBoxLayout* root);
    void updateScale();

    // Keys, their buttons and the F1 overlay (MeetingModeKeys.cpp).
    void buildActions();
    QAction* addKeyAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
        void (MeetingModeWidget::*slot)());
    QAction* addKeyAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
        const std::function<void()>& run);
    QPushButton* buttonFor(QAction* action, const QString& name, const QString& label);
    /// "Ctrl+Space or F5".
    static QString keysText(const QList<QKeySequence>& keys);
    void updateActions();

    // The agenda's countdown and the member's timebox (MeetingModeAgenda.cpp).
    void resetTimebox();
    qint64 timeboxMs() const;
    bool inRound() const;

    // The round's order (MeetingModeRound.cpp).
    void fillMemberList();
    void showMember(int row);

    // Loading the week, recording edits as undo steps (MeetingModeWidget.cpp).
    void connectRound();
    /// The meeting that comes next from today among @p meetings, or the last one.
    int defaultWeek(const QList<Meeting>& meetings) const;
    void loadWeek();
    /// Re-reads what is stored for the week (after an undo, or an edit elsewhere); the
    /// agenda and the round go on.
    void loadRecord();
    void attendanceChanged(QListWidgetItem* item);
    void exerciseToggled(int position, bool done);
    void keptToggled(int index, bool kept);
    void commitText();
    bool push(std::unique_ptr<MeetingEditCommand> command);
    MemberEditTarget target(const MemberCapture& member) const;

    Database& m_db;
    qint64 m_circleId;
    QUndoStack* m_undo = nullptr;
    QUndoStack* m_ownUndo = nullptr;
    WeekPlan m_plan;
    int m_week = 1;
    MeetingCapture m_capture;
    Meeting::Status m_status = Meeting::Status::Planned;
    QList<qint64> m_order; ///< Member ids in round order.
    QSet<qint64> m_skipped; ///< Members whose turn comes later.
    int m_current = -1;
    /// The circle's meetings as the week was loaded (its date and the weeks it offers).
    QList<Meeting> m_meetings;
    /// The circle's weeks, read with m_meetings.
    WeekCalendar m_calendar;
    /// loadRecord() has just read the others' figures (showMember() need not read them again).
    bool m_figuresJustRead = false;
    bool m_writing = false;
    /// A member on an organization server: the circle's facilitator records the meeting,
    /// the member follows it (the server would refuse their edits).
    bool m_readOnly = false;
    static QString readOnlyNote();
    bool m_presenting = false;
    QRect m_normalGeometry;
    bool m_wasMaximized = false;
    qreal m_scale = 1.0;
    bool m_typeSet = false; ///< applyScale has run once
    AgendaTimer m_timer;
    Countdown m_roundBox;
    QTimer* m_ticker;
    QTimer* m_idle; ///< Typed text becomes an undo step after a pause in typing.
    QList<QAction*> m_keyActions;
    QAction* m_startAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_restartAction = nullptr;
    QAction* m_moreAction = nullptr;
    QAction* m_lessAction = nullptr;
    QAction* m_nextMemberAction = nullptr;
    QAction* m_previousMemberAction = nullptr;
    QAction* m_skipAction = nullptr;
    QAction* m_leaveAction = nullptr; ///< Escape, only while presenting.
    QDialog* m_overlay = nullptr;

    QLabel* m_themeLabel;
    QLabel* m_infoLabel;
    QSpinBox* m_weekSpin;
    QPushButton* m_presentButton;
    QWidget* m_clockFrame;
    QLabel* m_segmentLabel;
    QLabel* m_countdownLabel;
    QLabel* m_nextLabel;
    QPushButton* m_startButton;
    QListWidget* m_agendaList;
    QListWidget* m_memberList;
    MemberRoundPanel* m_panel;
    SharedRoundWidget* m_shared; ///< Figures from the shared folder or typed in (ui/sharing).
    QLabel* m_noticesLabel;
    QLabel* m_prepareLabel;
    QLabel* m_statusLabel;
};

} // namespace outloud
