// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode and the schedule, driven offscreen like a facilitator would at the table.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "common/Format.h"
#include "demo/DemoGenerator.h"
#include "meetings/MeetingModeWidget.h"
#include "meetings/MeetingService.h"
#include "meetings/PlanEditorDialog.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "meetings/ScheduleWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Minute = 60 * 1000;

template <typename T> T* child(QWidget& parent, const QString& name)
{
    T* w = parent.findChild<T*>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

QString text(QWidget& parent, const QString& label)
{
    QLabel* l = child<QLabel>(parent, label);
    return l ? l->text() : QString();
}

struct Demo
{
    TempDatabase t;
    qint64 circleId = -1;
    Demo()
    {
        DemoGenerator demo(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date());
        QString error;
        EXPECT_TRUE(demo.generate(&error)) << error.toStdString();
        circleId = CircleService(t.db()).defaultCircleId();
    }
};

// Where grabs go, so a person can look at them: OUTLOUD_GRAB_DIR, else the temp folder.
QString grabPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("OUTLOUD_GRAB_DIR", QDir::tempPath());
    return dir + u'/' + name;
}
} // namespace

TEST(MeetingMode, RunsTheHourByKeyboardAndRecordsEveryEdit)
{
    Demo d;
    qint64 now = 0;
    MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [&now] { return now; });
    QUndoStack* undo = w.undoStack();
    w.resize(1280, 800);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));

    // The demo is in week 7 on 2 March; the next meeting is week 7 or 8.
    const WeekPlan plan = PlanService(d.t.db()).plan(d.circleId);
    QSpinBox* week = child<QSpinBox>(w, u"weekSpin"_s);
    week->setValue(8);
    EXPECT_EQ(w.week(), 8);
    EXPECT_EQ(text(w, u"themeLabel"_s), plan.week(8)->theme);
    EXPECT_EQ(child<QListWidget>(w, u"agendaList"_s)->count(), plan.week(8)->agenda.size());
    QListWidget* exercises = child<QListWidget>(w, u"exerciseList"_s);
    ASSERT_EQ(exercises->count(), plan.week(8)->exercises.size());
    EXPECT_EQ(exercises->item(0)->text(), plan.week(8)->exercises.first());
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"%1:00"_s.arg(plan.week(8)->agenda.first().minutes));
    EXPECT_TRUE(text(w, u"prepareLabel"_s).contains(plan.week(9)->theme));
    EXPECT_TRUE(text(w, u"infoLabel"_s).contains(u"Week 8 of 12"_s));
    // The demo's Hannah stalls after week 3 and stops coming from week 5.
    EXPECT_TRUE(
        text(w, u"noticesLabel"_s).contains(u"Missed the last two meetings: Hannah Weber."_s))
        << text(w, u"noticesLabel"_s).toStdString();

    // Start, let the first segment run out: the signal, then a minute more.
    QTest::keyClick(&w, Qt::Key_Space, Qt::ControlModifier);
    EXPECT_EQ(child<QPushButton>(w, u"startPauseButton"_s)->text(), u"Pause"_s);
    now += plan.week(8)->agenda.first().minutes * Minute + 15000;
    w.refresh();
    EXPECT_TRUE(w.isTimeUp());
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"+0:15"_s);
    EXPECT_TRUE(text(w, u"nextLabel"_s).startsWith(u"Time is up"_s));
    w.grab().save(grabPath(u"meeting-mode-time-up.png"_s));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    EXPECT_FALSE(w.isTimeUp());
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"0:45"_s);
    QTest::keyClick(&w, Qt::Key_PageDown);
    const AgendaSegment& round = plan.week(8)->agenda.at(1);
    EXPECT_EQ(text(w, u"segmentLabel"_s), round.title);
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"%1:00"_s.arg(round.minutes));

    // The round: the second member is absent today, so each of four gets a quarter. Each
    // edit reaches the database at once, as an undo step.
    QListWidget* members = child<QListWidget>(w, u"memberList"_s);
    ASSERT_EQ(members->count(), 5);
    const auto m = CircleService(d.t.db()).members(d.circleId);
    const QString meeting
        = u"(SELECT id FROM meeting WHERE week = 8 AND circle_id = %1)"_s.arg(d.circleId);
    const auto stored = [&](const QString& sql, qint64 memberId) {
        return scalar(d.t.db(), sql.arg(memberId) + meeting);
    };
    const QString notesSql
        = u"SELECT notes FROM round_note WHERE member_id = %1 AND meeting_id = "_s;
    const QString presentSql
        = u"SELECT present FROM attendance WHERE member_id = %1 AND meeting_id = "_s;
    members->setFocus();
    members->setCurrentRow(1);
    QTest::keyClick(members, Qt::Key_Space); // attendance by keyboard
    EXPECT_EQ(members->item(1)->checkState(), Qt::Unchecked);
    EXPECT_EQ(stored(presentSql, m.at(1).id).toInt(), 0);
    EXPECT_EQ(scalar(d.t.db(), u"SELECT status FROM meeting WHERE id = "_s + meeting).toInt(),
        int(Meeting::Status::Held));
    EXPECT_EQ(undo->count(), 1);
    members->setCurrentRow(0);
    EXPECT_EQ(text(w, u"memberNameLabel"_s), members->item(0)->text());
    EXPECT_TRUE(text(w, u"numbersLabel"_s).startsWith(u"Given "_s));
    EXPECT_EQ(text(w, u"roundCountdownLabel"_s), u"%1:00"_s.arg(round.minutes / 4));
    QPlainTextEdit* notes = child<QPlainTextEdit>(w, u"roundNotesEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Two calls with HR, one pilot team"_s);
    EXPECT_TRUE(w.hasUnsavedChanges());
    exercises->setFocus(); // leaving the field records what was typed
    EXPECT_FALSE(w.hasUnsavedChanges());
    EXPECT_EQ(stored(notesSql, m.at(0).id).toString(), u"Two calls with HR, one pilot team"_s);
    exercises->setCurrentRow(1);
    QTest::keyClick(exercises, Qt::Key_Space); // check-offs by keyboard too
    EXPECT_EQ(exercises->item(1)->checkState(), Qt::Checked);
    EXPECT_EQ(
        scalar(d.t.db(), u"SELECT exercise FROM exercise_done WHERE meeting_id = "_s + meeting)
            .toString(),
        plan.week(8)->exercises.at(1));
    QPlainTextEdit* commitments = child<QPlainTextEdit>(w, u"commitmentsEdit"_s);
    commitments->setFocus();
    QTest::keyClicks(commitments, u"Offer feedback to Lea"_s);
    QTest::keyClick(commitments, Qt::Key_Return);
    QTest::keyClicks(commitments, u"Thank the pilot team"_s);
    now += round.minutes / 4 * Minute;
    w.refresh();
    EXPECT_TRUE(w.isRoundTimeUp());

    // Next member skips the absent one and records the commitments typed.
    QTest::keyClick(commitments, Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(members->currentRow(), 2);
    EXPECT_FALSE(w.isRoundTimeUp()) << "a fresh timebox";
    EXPECT_EQ(
        scalar(d.t.db(),
            u"SELECT group_concat(text, '|') FROM commitment WHERE made_week = 8 AND member_id = %1"_s
                .arg(m.at(0).id))
            .toString(),
        u"Offer feedback to Lea|Thank the pilot team"_s);
    EXPECT_EQ(undo->count(), 4) << "attendance, notes, exercise, commitments";
    QTest::keyClicks(child<QPlainTextEdit>(w, u"roundNotesEdit"_s), u"Asked for a mentor"_s);

    w.grab().save(grabPath(u"meeting-mode.png"_s));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(text(w, u"statusLabel"_s).startsWith(u"Saved"_s))
        << text(w, u"statusLabel"_s).toStdString();
    EXPECT_FALSE(w.hasUnsavedChanges());
    EXPECT_EQ(stored(notesSql, m.at(2).id).toString(), u"Asked for a mentor"_s);

    // Notes typed and then a change of week: they are recorded, not lost.
    members->setCurrentRow(3);
    QTest::keyClicks(child<QPlainTextEdit>(w, u"roundNotesEdit"_s), u"Talk submitted"_s);
    EXPECT_TRUE(w.hasUnsavedChanges());
    QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(w.week(), 9);
    EXPECT_EQ(text(w, u"themeLabel"_s), plan.week(9)->theme);
    EXPECT_FALSE(w.hasUnsavedChanges());
    EXPECT_EQ(child<QPlainTextEdit>(w, u"roundNotesEdit"_s)->toPlainText(), QString())
        << "week 9 starts empty";
    EXPECT_EQ(stored(notesSql, m.at(3).id).toString(), u"Talk submitted"_s);

    // What the database holds after closing and opening the file again.
    d.t.reopen();
    Database& db = d.t.db();
    EXPECT_EQ(scalar(db, u"SELECT status FROM meeting WHERE id = "_s + meeting).toInt(),
        int(Meeting::Status::Held));
    EXPECT_EQ(
        scalar(
            db, u"SELECT count(*) FROM round_note WHERE notes <> '' AND meeting_id = "_s + meeting)
            .toInt(),
        3);
    EXPECT_EQ(
        scalar(
            db, u"SELECT count(*) FROM attendance WHERE present = 0 AND meeting_id = "_s + meeting)
            .toInt(),
        1);
}

TEST(MeetingMode, TheAgendaGoesBackPausesAndRestartsAndNeverFreezes)
{
    Demo d;
    qint64 now = 0;
    MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [&now] { return now; });
    w.resize(1280, 800);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    w.setWeek(8);
    const WeekPlan plan = PlanService(d.t.db()).plan(d.circleId);
    const QList<AgendaSegment> agenda = plan.week(8)->agenda;
    QPushButton* back = child<QPushButton>(w, u"previousSegmentButton"_s);
    EXPECT_FALSE(back->isEnabled()) << "nothing before the first part";

    QTest::keyClick(&w, Qt::Key_F5); // start
    now += Minute;
    QTest::keyClick(&w, Qt::Key_F5); // pause
    now += 10 * Minute;
    w.refresh();
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"%1:00"_s.arg(agenda.at(0).minutes - 1))
        << "paused: time stands still";
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"%1:00"_s.arg(agenda.at(0).minutes - 2))
        << "a minute less";

    // To the end and past it: "done", and from there back, forward and restart still work.
    for (int i = 0; i < agenda.size(); ++i)
        QTest::keyClick(&w, Qt::Key_PageDown);
    EXPECT_EQ(text(w, u"segmentLabel"_s), u"The agenda is done"_s);
    EXPECT_FALSE(child<QPushButton>(w, u"nextSegmentButton"_s)->isEnabled());
    EXPECT_TRUE(back->isEnabled());
    EXPECT_TRUE(child<QPushButton>(w, u"restartButton"_s)->isEnabled());
    EXPECT_TRUE(child<QPushButton>(w, u"startPauseButton"_s)->isEnabled())
        << "the member's timebox can still be run";
    QTest::keyClick(&w, Qt::Key_PageUp);
    EXPECT_EQ(text(w, u"segmentLabel"_s), agenda.last().title);
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"%1:00"_s.arg(agenda.last().minutes));
    QTest::keyClick(&w, Qt::Key_PageUp);
    QTest::keyClick(&w, Qt::Key_PageUp);
    EXPECT_EQ(text(w, u"segmentLabel"_s), agenda.at(1).title);
    // In the round the member's timebox runs with the agenda.
    QTest::keyClick(&w, Qt::Key_Space, Qt::ControlModifier);
    now += Minute;
    w.refresh();
    EXPECT_NE(
        text(w, u"roundCountdownLabel"_s), formatCountdown(agenda.at(1).minutes * Minute / 5));
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(text(w, u"segmentLabel"_s), agenda.first().title);
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"%1:00"_s.arg(agenda.first().minutes));
    EXPECT_EQ(child<QPushButton>(w, u"startPauseButton"_s)->text(), u"Start"_s);
}

TEST(MeetingMode, TheRoundCanBeReorderedAndAMemberSkippedAndResumed)
{
    Demo d;
    MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [] { return qint64(0); });
    w.resize(1280, 800);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    w.setWeek(8);
    const QStringList names = w.roundOrder();
    ASSERT_EQ(names.size(), 5);
    QListWidget* members = child<QListWidget>(w, u"memberList"_s);

    // The second member goes first.
    QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(text(w, u"memberNameLabel"_s), names.at(1));
    QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(w.roundOrder().first(), names.at(1));
    EXPECT_EQ(members->item(0)->text(), names.at(1));
    EXPECT_EQ(members->currentRow(), 0);
    EXPECT_EQ(text(w, u"memberNameLabel"_s), names.at(1)) << "still their turn";

    // Skipped: the next one speaks, and the skipped one comes back at the end.
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(w.roundOrder().last(), names.at(1));
    EXPECT_EQ(text(w, u"memberNameLabel"_s), names.at(0));
    QStringList spoke {names.at(0)};
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier);
        spoke.append(text(w, u"memberNameLabel"_s));
    }
    EXPECT_EQ(
        spoke, QStringList({names.at(0), names.at(2), names.at(3), names.at(4), names.at(1)}));
    EXPECT_FALSE(child<QPushButton>(w, u"nextMemberButton"_s)->isEnabled()) << "everyone spoke";
    QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(text(w, u"memberNameLabel"_s), names.at(4)) << "and back";
}

TEST(MeetingMode, CorrectionsAreUndoStepsAndAPastMeetingCanBeReopened)
{
    Demo d;
    MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [] { return qint64(0); });
    w.resize(1280, 800);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QUndoStack* undo = w.undoStack();
    // Week 3 was held weeks ago: reopen it by keyboard.
    w.setWeek(5);
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    ASSERT_EQ(w.week(), 3);
    Database& db = d.t.db();
    const QString meeting
        = u"(SELECT id FROM meeting WHERE week = 3 AND circle_id = %1)"_s.arg(d.circleId);
    ASSERT_EQ(scalar(db, u"SELECT status FROM meeting WHERE id = "_s + meeting).toInt(),
        int(Meeting::Status::Held));
    const qint64 first = CircleService(db).members(d.circleId).first().id;
    const QString notesSql
        = u"SELECT coalesce((SELECT notes FROM round_note WHERE member_id = %1 AND meeting_id = "_s
              .arg(first)
        + meeting + u"), '')"_s;
    const QString before = scalar(db, notesSql).toString();
    QPlainTextEdit* notes = child<QPlainTextEdit>(w, u"roundNotesEdit"_s);
    EXPECT_EQ(notes->toPlainText(), before);
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(notes, u" (corrected)"_s);
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(scalar(db, notesSql).toString(), (before + u" (corrected)"_s).trimmed());

    // Attendance by key, and a kept commitment unchecked.
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    const QString presentSql
        = u"SELECT present FROM attendance WHERE member_id = %1 AND meeting_id = "_s.arg(first)
        + meeting;
    EXPECT_EQ(scalar(db, presentSql).toInt(), 0);
    ASSERT_EQ(undo->count(), 2);

    // Undo by keyboard from outside the text fields: Ctrl+Z reaches the stack.
    QListWidget* members = child<QListWidget>(w, u"memberList"_s);
    members->setFocus();
    auto* undoAction = undo->createUndoAction(&w);
    undoAction->setShortcut(QKeySequence::Undo);
    w.addAction(undoAction);
    QTest::keySequence(&w, QKeySequence::Undo);
    EXPECT_EQ(scalar(db, presentSql).toInt(), 1) << "present again";
    EXPECT_EQ(members->item(0)->checkState(), Qt::Checked) << "and shown so";
    QTest::keySequence(&w, QKeySequence::Undo);
    EXPECT_EQ(scalar(db, notesSql).toString(), before);
    EXPECT_EQ(notes->toPlainText(), before) << "the view follows the undo";
    undo->redo();
    EXPECT_EQ(scalar(db, notesSql).toString(), (before + u" (corrected)"_s).trimmed());

    // An edit to a meeting not held yet marks it held; undoing it puts "planned" back.
    w.setWeek(10);
    const QString week10
        = u"SELECT status FROM meeting WHERE week = 10 AND circle_id = %1"_s.arg(d.circleId);
    ASSERT_EQ(scalar(db, week10).toInt(), int(Meeting::Status::Planned));
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(scalar(db, week10).toInt(), int(Meeting::Status::Held));
    undo->undo();
    EXPECT_EQ(scalar(db, week10).toInt(), int(Meeting::Status::Planned));
}

TEST(MeetingMode, TimeIsUpIsReadableInEveryPalette)
{
    Demo d;
    qint64 now = 0;
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::Highlight, Qt::yellow);
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    for (const QPalette& palette : {original, dark, contrast}) {
        QApplication::setPalette(palette);
        MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [&now] { return now; });
        w.resize(1280, 800);
        w.show();
        w.setWeek(8);
        w.startPause();
        now += 6 * Minute;
        w.refresh();
        ASSERT_TRUE(w.isTimeUp());
        QLabel* countdown = child<QLabel>(w, u"countdownLabel"_s);
        const QColor fg = countdown->palette().color(QPalette::WindowText);
        const QColor bg = child<QWidget>(w, u"clockFrame"_s)->palette().color(QPalette::Window);
        EXPECT_EQ(bg, palette.color(QPalette::Highlight));
        EXPECT_GT(std::abs(fg.lightnessF() - bg.lightnessF()), 0.4)
            << "text stands out from the background";
        now = 0;
    }
    QApplication::setPalette(original);
}

TEST(MeetingMode, ScheduleMovesSkipsExportsAndLoadsPlans)
{
    Demo d;
    ScheduleWidget w(d.t.db(), d.circleId);
    w.resize(1000, 600);
    w.show();
    QTableWidget* table = child<QTableWidget>(w, u"meetingTable"_s);
    ASSERT_EQ(table->rowCount(), 12);
    const QList<Meeting> before = Schedule(d.t.db()).meetings(d.circleId);

    // Move week 9 by a day, through the editor and the button.
    w.selectWeek(9);
    QDateTimeEdit* edit = child<QDateTimeEdit>(w, u"moveEdit"_s);
    EXPECT_EQ(edit->date(), before.at(8).scheduledAt.date());
    edit->setDateTime(QDateTime(before.at(8).scheduledAt.date().addDays(1), QTime(17, 30)));
    QTest::mouseClick(child<QPushButton>(w, u"moveButton"_s), Qt::LeftButton);
    EXPECT_EQ(Schedule(d.t.db()).meetings(d.circleId).at(8).scheduledAt.time(), QTime(17, 30));
    // A move past the next meeting is refused with a message and changes nothing.
    edit->setDateTime(QDateTime(before.at(10).scheduledAt.date(), QTime(9, 0)));
    QTest::mouseClick(child<QPushButton>(w, u"moveButton"_s), Qt::LeftButton);
    EXPECT_TRUE(text(w, u"statusLabel"_s).contains(u"before meeting 10"_s))
        << text(w, u"statusLabel"_s).toStdString();
    EXPECT_EQ(Schedule(d.t.db()).meetings(d.circleId).at(8).scheduledAt.date(),
        before.at(8).scheduledAt.date().addDays(1));

    w.selectWeek(10);
    QTest::mouseClick(child<QPushButton>(w, u"skipButton"_s), Qt::LeftButton);
    const QList<Meeting> after = Schedule(d.t.db()).meetings(d.circleId);
    EXPECT_EQ(after.at(9).scheduledAt.date(), before.at(9).scheduledAt.date().addDays(7));
    EXPECT_EQ(after.at(11).scheduledAt.date(), before.at(11).scheduledAt.date().addDays(7));
    EXPECT_EQ(table->item(9, 1)->text(), format::shortDateTime(after.at(9).scheduledAt));

    const QString ics = d.t.dir() + u"/circle.ics"_s;
    EXPECT_TRUE(w.exportTo(ics));
    const QByteArray data = fileBytes(ics);
    EXPECT_EQ(data.count("BEGIN:VEVENT"), 12);
    EXPECT_TRUE(text(w, u"statusLabel"_s).contains(u"circle.ics"_s));

    // A broken plan file: the message names the line; the plan in use stays.
    const QString broken = d.t.dir() + u"/plan.txt"_s;
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("title: Ours\nweek: 1\ntheme: T\nagenda: 50 | Talk\n");
    }
    const QString themeBefore = table->item(0, 2)->text();
    EXPECT_FALSE(w.loadPlan(broken));
    EXPECT_TRUE(text(w, u"statusLabel"_s)
                    .contains(u"line 2: the agenda of week 1 adds up to 50 minutes, not 60"_s))
        << text(w, u"statusLabel"_s).toStdString();
    EXPECT_EQ(table->item(0, 2)->text(), themeBefore);
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("title: Ours\nweek: 1\ntheme: Our own start\nagenda: 60 | Talk\n");
    }
    EXPECT_TRUE(w.loadPlan(broken));
    EXPECT_EQ(table->item(0, 2)->text(), u"Our own start"_s);
    EXPECT_TRUE(text(w, u"planLabel"_s).contains(u"Ours"_s));
    // A change made elsewhere shows up.
    ASSERT_TRUE(
        MeetingService(d.t.db()).setStatus(after.at(11).id, Meeting::Status::Skipped, nullptr));
    EXPECT_EQ(table->item(11, 3)->text(), u"Cancelled"_s);

    // Every change was an undo step: the plans, the skip and the move go back in turn.
    QUndoStack* undo = w.undoStack();
    ASSERT_EQ(undo->count(), 3) << "move, skip, plan file; nothing for what was refused";
    undo->undo();
    EXPECT_EQ(table->item(0, 2)->text(), themeBefore) << "the shipped plan again";
    EXPECT_FALSE(PlanService(d.t.db()).hasOwnPlan(d.circleId));
    undo->undo();
    EXPECT_EQ(Schedule(d.t.db()).meetings(d.circleId).at(9).scheduledAt.date(),
        before.at(9).scheduledAt.date())
        << "the skip undone";
    undo->undo();
    EXPECT_EQ(Schedule(d.t.db()).meetings(d.circleId).at(8).scheduledAt, before.at(8).scheduledAt)
        << "the move undone";
    undo->redo();
    EXPECT_EQ(Schedule(d.t.db()).meetings(d.circleId).at(8).scheduledAt.time(), QTime(17, 30));
    w.grab().save(grabPath(u"schedule.png"_s));
}

TEST(MeetingMode, PlanEditorRefusesABrokenPlanAndSavesAGoodOne)
{
    Demo d;
    PlanService plans(d.t.db());
    ASSERT_FALSE(plans.hasOwnPlan(d.circleId));
    PlanEditorDialog dialog(d.t.db(), d.circleId);
    QUndoStack undo;
    dialog.setUndoStack(&undo);
    dialog.show();
    QPlainTextEdit* edit = child<QPlainTextEdit>(dialog, u"planEdit"_s);
    EXPECT_EQ(edit->toPlainText(), plans.planText(d.circleId)) << "starts from the plan in use";
    QDialogButtonBox* buttons = child<QDialogButtonBox>(dialog, u"planButtons"_s);

    QString planText = edit->toPlainText();
    planText.replace(
        u"agenda: 10 | Commitments for next week"_s, u"agenda: 15 | Commitments for next week"_s);
    edit->setPlainText(planText);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()) << "a broken plan keeps the dialog open";
    EXPECT_EQ(dialog.result(), 0);
    const QString error = text(dialog, u"planErrorLabel"_s);
    EXPECT_TRUE(error.contains(u"line "_s) && error.contains(u"65 minutes, not 60"_s))
        << error.toStdString();
    EXPECT_FALSE(plans.hasOwnPlan(d.circleId)) << "the plan in use stays";
    // The cursor is on the week the message names.
    EXPECT_TRUE(edit->textCursor().block().text().startsWith(u"week: "_s))
        << edit->textCursor().block().text().toStdString();

    planText.replace(
        u"agenda: 15 | Commitments for next week"_s, u"agenda: 10 | Commitments for next week"_s);
    planText.replace(u"theme: Offer what you know"_s, u"theme: Offer what you know best"_s);
    edit->setPlainText(planText);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    ASSERT_TRUE(plans.hasOwnPlan(d.circleId));
    EXPECT_EQ(plans.plan(d.circleId).week(8)->theme, u"Offer what you know best"_s);

    // The saved plan is one undo step; the refused one made none.
    ASSERT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_FALSE(plans.hasOwnPlan(d.circleId)) << "back to the plan in use before";
    undo.redo();
    ASSERT_TRUE(plans.hasOwnPlan(d.circleId));
    EXPECT_EQ(plans.plan(d.circleId).week(8)->theme, u"Offer what you know best"_s);
}

TEST(MeetingMode, FollowsPlanChangesUntilTheMeetingIsUnderWay)
{
    Demo d;
    qint64 now = 0;
    MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [&now] { return now; });
    w.setWeek(8);
    PlanService plans(d.t.db());
    QString planText = plans.planText(d.circleId);
    planText.replace(u"theme: Offer what you know"_s, u"theme: Offer what you know well"_s);
    ASSERT_TRUE(plans.setOwnPlan(d.circleId, planText, nullptr));
    EXPECT_EQ(text(w, u"themeLabel"_s), u"Offer what you know well"_s)
        << "changed on the schedule page";
    EXPECT_EQ(w.week(), 8);

    w.startPause();
    now += 1000;
    planText.replace(u"theme: Offer what you know well"_s, u"theme: Something else"_s);
    ASSERT_TRUE(plans.setOwnPlan(d.circleId, planText, nullptr));
    EXPECT_EQ(text(w, u"themeLabel"_s), u"Offer what you know well"_s)
        << "not while the agenda runs";
    w.refresh();
    EXPECT_EQ(text(w, u"countdownLabel"_s), u"4:59"_s) << "and the countdown goes on";
}

TEST(MeetingMode, AGermanUserGetsTheGermanPlan)
{
    Demo d;
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        MeetingModeWidget w(d.t.db(), d.circleId, nullptr, [] { return qint64(0); });
        w.resize(1280, 800);
        w.show();
        EXPECT_LE(w.minimumSizeHint().width(), 1280)
            << "German sentences are longer; the view still fits";
        w.setWeek(10);
        const WeekPlan german = WeekPlan::builtIn(u"de"_s);
        EXPECT_EQ(text(w, u"themeLabel"_s), german.week(10)->theme);
        EXPECT_EQ(child<QListWidget>(w, u"exerciseList"_s)->item(0)->text(),
            german.week(10)->exercises.first());
        w.grab().save(grabPath(u"meeting-mode-de.png"_s));
    }
    QLocale::setDefault(previous);
}
