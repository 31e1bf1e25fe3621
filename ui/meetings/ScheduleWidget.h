// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetings/Meeting.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace outloud {

class Database;

/**
 * The circle's meetings and their history: each week's date, theme and status, who was
 * there, the round's notes, commitments made and kept. Move one, skip a week (the later
 * ones shift), open one in meeting mode to run or correct it, export the schedule as an
 * iCalendar file, and choose the week plan (load a plan file, edit it, or go back to the
 * shipped one). Every change is an undo step.
 */
class ScheduleWidget : public QWidget
{
    Q_OBJECT
public:
    ScheduleWidget(Database& db, qint64 circleId, QWidget* parent = nullptr);
    /// The window's undo stack; without one the widget keeps its own.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const { return m_undo; }

    /// For a menu action: asks where to save and exports @p circleId's calendar there.
    /// Problems are shown in a message box. False when cancelled or failed.
    static bool exportCalendar(QWidget* parent, Database& db, qint64 circleId);

    /// Selects the meeting of @p week in the table.
    void selectWeek(int week);
    int selectedWeek() const;

public Q_SLOTS:
    /// Moves the selected meeting to the date and time in the editor.
    bool moveSelected();
    /// Skips the selected meeting's week.
    bool skipSelected();
    /// Writes the calendar to @p path; the outcome shows in the status line.
    bool exportTo(const QString& path);
    /// Makes the plan file at @p path the circle's plan; a broken file changes nothing.
    bool loadPlan(const QString& path);
    void reload();

Q_SIGNALS:
    /// The dates or the plan changed.
    void scheduleChanged();
    /// Enter or a double click on a meeting: run or correct it in meeting mode.
    void openMeetingRequested(int week);

private:
    void chooseExportFile();
    void choosePlanFile();
    void editPlan();
    void useShippedPlan();
    void showStatus(const QString& text, bool problem);
    void pushPlanChange(const QString& text, const std::optional<QString>& before);

    Database& m_db;
    qint64 m_circleId;
    QTableWidget* m_table;
    QDateTimeEdit* m_moveEdit;
    QPushButton* m_moveButton;
    QPushButton* m_skipButton;
    QLabel* m_planLabel;
    QUndoStack* m_undo;
    QUndoStack* m_ownUndo;
    QLabel* m_status;
    QList<Meeting> m_times; ///< In the circle's zone, as shown.
};

} // namespace outloud
