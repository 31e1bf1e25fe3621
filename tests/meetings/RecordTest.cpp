// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "meetings/FacilitatorNotes.h"
#include "meetings/MeetingRecord.h"
#include "meetings/MeetingService.h"
#include "meetings/WeekPlan.h"
#include "people/PeopleService.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Fixture
{
    TempDatabase t;
    qint64 circleId = -1;
    QList<Member> members;

    Fixture()
    {
        Circle c;
        c.name = u"C"_s;
        c.startDate = QDate(2026, 3, 2); // Mondays from 2 March
        c.meetingWeekday = Qt::Monday;
        circleId
            = CircleService(t.db()).createCircle(c, {u"Ana"_s, u"Ben"_s, u"Cem"_s}, 0, 0, nullptr);
        members = CircleService(t.db()).members(circleId);
    }

    void contribute(qint64 memberId, QDate on, Direction direction)
    {
        PeopleService people(t.db());
        Person p;
        p.memberId = memberId;
        p.name = u"Someone %1"_s.arg(on.toString(Qt::ISODate));
        const qint64 personId = people.add(p, nullptr);
        ASSERT_GT(personId, 0);
        ContributionService contributions(t.db());
        Contribution c;
        c.personId = personId;
        c.date = on;
        c.direction = direction;
        c.kindId = contributions.kindIdByCode(u"appreciation"_s);
        ASSERT_GT(contributions.add(c, nullptr), 0);
    }
};
} // namespace

TEST(MeetingRecord, EverythingCapturedIsSavedAtOnce)
{
    Fixture f;
    MeetingRecorder recorder(f.t.db());
    const QStringList exercises = WeekPlan::builtIn(u"en"_s).week(2)->exercises;
    MeetingCapture capture = recorder.load(f.circleId, 2);
    ASSERT_GT(capture.meetingId, 0);
    ASSERT_EQ(capture.members.size(), 3);
    EXPECT_TRUE(capture.members.at(2).present) << "present unless recorded absent";
    capture.notes = u"Good energy"_s;
    capture.members[0].notes = u"Thanked two colleagues"_s;
    capture.members[0].exercisesDone = {0, 2};
    capture.members[0].newCommitments = {u"Follow three people"_s, u" "_s};
    capture.members[1].present = false;
    capture.members[2].newCommitments = {u"Write a post"_s};
    QString error;
    ASSERT_TRUE(recorder.save(capture, exercises, &error)) << error.toStdString();

    f.t.reopen();
    Database& db = f.t.db();
    EXPECT_EQ(scalar(db, u"SELECT status FROM meeting WHERE week = 2"_s).toInt(),
        int(Meeting::Status::Held));
    EXPECT_EQ(
        scalar(db, u"SELECT notes FROM meeting WHERE week = 2"_s).toString(), u"Good energy"_s);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM attendance WHERE present = 1"_s).toInt(), 2);
    EXPECT_EQ(
        scalar(db,
            u"SELECT m.name FROM attendance a JOIN member m ON m.id = a.member_id WHERE present = 0"_s)
            .toString(),
        u"Ben"_s);
    EXPECT_EQ(
        scalar(db,
            u"SELECT notes FROM round_note r JOIN member m ON m.id = r.member_id WHERE m.name = 'Ana'"_s)
            .toString(),
        u"Thanked two colleagues"_s);
    QList<int> done;
    QSqlQuery positions(db.connection());
    ASSERT_TRUE(positions.exec(u"SELECT position FROM exercise_done ORDER BY position"_s));
    while (positions.next())
        done.append(positions.value(0).toInt());
    EXPECT_EQ(done, (QList<int> {0, 2}));
    EXPECT_EQ(scalar(db, u"SELECT exercise FROM exercise_done WHERE position = 2"_s).toString(),
        exercises.at(2));
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM commitment WHERE made_week = 2 AND due_week = 3"_s)
                  .toInt(),
        2);

    // Reloading shows what was saved; saving again does not duplicate commitments.
    MeetingRecorder again(db);
    MeetingCapture reloaded = again.load(f.circleId, 2);
    EXPECT_EQ(reloaded.notes, u"Good energy"_s);
    EXPECT_FALSE(reloaded.members.at(1).present);
    EXPECT_EQ(reloaded.members.at(0).exercisesDone, (QSet<int> {0, 2}));
    EXPECT_EQ(reloaded.members.at(0).newCommitments, QStringList {u"Follow three people"_s});
    reloaded.members[0].newCommitments = {u"Follow three people"_s, u"Comment on one post"_s};
    reloaded.members[2].newCommitments.clear();
    reloaded.members[0].exercisesDone = {1};
    ASSERT_TRUE(again.save(reloaded, exercises, &error));
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM commitment WHERE made_week = 2"_s).toInt(), 2);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM exercise_done"_s).toInt(), 1);

    // At the next meeting the commitments are due and can be marked kept.
    MeetingCapture week3 = again.load(f.circleId, 3);
    ASSERT_EQ(week3.members.at(0).due.size(), 2);
    EXPECT_EQ(week3.members.at(0).numbers.commitmentsDue, 2);
    week3.members[0].due[0].kept = true;
    week3.members[0].due[1].kept = false;
    ASSERT_TRUE(again.save(week3, WeekPlan::builtIn(u"en"_s).week(3)->exercises, &error));
    const MemberWeekNumbers n = again.numbers(f.circleId, f.members.at(0).id, 3);
    EXPECT_EQ(n.commitmentsDue, 2);
    EXPECT_EQ(n.commitmentsKept, 1);
}

TEST(MeetingRecord, SavingIsAllOrNothing)
{
    Fixture f;
    MeetingRecorder recorder(f.t.db());
    MeetingCapture capture = recorder.load(f.circleId, 2);
    capture.members[0].notes = u"Should not stay"_s;
    capture.members[1].memberId = 9999; // no such member: the foreign key refuses it
    QString error;
    EXPECT_FALSE(recorder.save(capture, {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(scalar(f.t.db(), u"SELECT count(*) FROM round_note"_s).toInt(), 0);
    EXPECT_EQ(scalar(f.t.db(), u"SELECT count(*) FROM attendance"_s).toInt(), 0);
    EXPECT_EQ(scalar(f.t.db(), u"SELECT status FROM meeting WHERE week = 2"_s).toInt(), 0);
    capture.meetingId = -1;
    EXPECT_FALSE(recorder.save(capture, {}, &error));
}

TEST(MeetingRecord, NumbersCoverTheWeekBeforeTheMeeting)
{
    Fixture f;
    const qint64 ana = f.members.at(0).id;
    f.contribute(ana, QDate(2026, 3, 8), Direction::Given); // week 1 (2..8 March)
    f.contribute(ana, QDate(2026, 3, 9), Direction::Given); // week 2
    f.contribute(ana, QDate(2026, 3, 10), Direction::Given); // week 2
    f.contribute(ana, QDate(2026, 3, 15), Direction::Received);
    const MemberWeekNumbers atMeeting3 = MeetingRecorder(f.t.db()).numbers(f.circleId, ana, 3);
    EXPECT_EQ(atMeeting3.given, 2);
    EXPECT_EQ(atMeeting3.received, 1);
    EXPECT_EQ(MeetingRecorder(f.t.db()).numbers(f.circleId, ana, 2).given, 1);
}

namespace {
// The round's numbers counted from the contributions and commitments themselves, the way
// they were read before the tallies.
MemberWeekNumbers recounted(Fixture& f, qint64 memberId, int week)
{
    const WeekCalendar calendar = CircleService(f.t.db()).calendar(f.circleId);
    MemberWeekNumbers n;
    QSqlQuery q(f.t.db().connection());
    q.prepare(
        u"SELECT c.direction, count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
        " WHERE p.member_id = ? AND c.happened_on >= ? AND c.happened_on < ?"
        " GROUP BY c.direction"_s);
    q.addBindValue(memberId);
    q.addBindValue(calendar.weekStart(week - 1).toString(Qt::ISODate));
    q.addBindValue(calendar.weekStart(week).toString(Qt::ISODate));
    EXPECT_TRUE(q.exec());
    while (q.next())
        (q.value(0).toInt() == 0 ? n.given : n.received) = q.value(1).toInt();
    q.prepare(u"SELECT count(*), coalesce(sum(CASE WHEN kept = 1 THEN 1 ELSE 0 END), 0)"
              " FROM commitment WHERE member_id = ? AND due_week = ?"_s);
    q.addBindValue(memberId);
    q.addBindValue(week);
    EXPECT_TRUE(q.exec() && q.next());
    n.commitmentsDue = q.value(0).toInt();
    n.commitmentsKept = q.value(1).toInt();
    return n;
}

QString differences(Fixture& f)
{
    QStringList found;
    const MeetingRecorder recorder(f.t.db());
    for (int week = 1; week <= 6; ++week) {
        const QHash<qint64, MemberWeekNumbers> all = recorder.circleNumbers(f.circleId, week);
        const MeetingCapture capture = recorder.load(f.circleId, week);
        for (const Member& m : std::as_const(f.members)) {
            const MemberWeekNumbers want = recounted(f, m.id, week);
            const auto describe = [](const MemberWeekNumbers& n) {
                return u"%1/%2/%3/%4"_s.arg(n.given)
                    .arg(n.received)
                    .arg(n.commitmentsDue)
                    .arg(n.commitmentsKept);
            };
            QList<MemberWeekNumbers> got
                = {all.value(m.id), recorder.numbers(f.circleId, m.id, week)};
            for (const MemberCapture& c : capture.members) {
                if (c.memberId == m.id)
                    got.append(c.numbers);
            }
            for (const MemberWeekNumbers& n : std::as_const(got)) {
                if (describe(n) != describe(want))
                    found.append(u"%1 week %2: %3, counted %4"_s.arg(m.name).arg(week).arg(
                        describe(n), describe(want)));
            }
        }
    }
    return found.join(u"; "_s);
}
} // namespace

TEST(MeetingRecord, RoundNumbersAgreeWithARecountAfterEveryEdit)
{
    Fixture f;
    const qint64 ana = f.members.at(0).id, ben = f.members.at(1).id;
    PeopleService people(f.t.db());
    Person p;
    p.memberId = ana;
    p.name = u"Pat"_s;
    const qint64 pat = people.add(p, nullptr);
    p.memberId = ben;
    p.name = u"Quinn"_s;
    const qint64 quinn = people.add(p, nullptr);
    ASSERT_GT(pat, 0);
    ASSERT_GT(quinn, 0);
    ContributionService contributions(f.t.db());
    const auto add = [&](qint64 person, QDate on, Direction direction) {
        Contribution c;
        c.personId = person;
        c.date = on;
        c.direction = direction;
        c.kindId = contributions.kindIdByCode(u"appreciation"_s);
        return contributions.add(c, nullptr);
    };
    // Weeks from Monday 2 March: several a day, both ways, on week boundaries too.
    const qint64 moved = add(pat, QDate(2026, 3, 9), Direction::Given);
    add(pat, QDate(2026, 3, 9), Direction::Given);
    add(pat, QDate(2026, 3, 15), Direction::Received);
    add(pat, QDate(2026, 3, 16), Direction::Given);
    const qint64 removed = add(quinn, QDate(2026, 3, 10), Direction::Given);
    add(quinn, QDate(2026, 3, 22), Direction::Received);
    MeetingRecorder recorder(f.t.db());
    const qint64 meeting2 = MeetingService(f.t.db()).meeting(f.circleId, 2)->id;
    QString error;
    ASSERT_TRUE(recorder.setCommitments(
        {meeting2, ana, 2, Meeting::Status::Held}, {u"Call Pat"_s, u"Write a post"_s}, &error))
        << error.toStdString();
    EXPECT_EQ(differences(f), QString());
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 3).given, 2);
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 3).received, 1);
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 3).commitmentsDue, 2);

    // Moved to another week, removed, a commitment kept, a person removed with their history.
    Contribution c = contributions.forPerson(pat).first();
    for (const Contribution& each : contributions.forPerson(pat)) {
        if (each.id == moved)
            c = each;
    }
    c.date = QDate(2026, 3, 17);
    ASSERT_TRUE(contributions.update(c, &error)) << error.toStdString();
    EXPECT_EQ(differences(f), QString());
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 3).given, 1);
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 4).given, 2);
    ASSERT_TRUE(contributions.remove(removed, &error)) << error.toStdString();
    const qint64 kept = MeetingService(f.t.db()).commitments(ana).first().id;
    ASSERT_TRUE(recorder.setKept({meeting2, ana, 3, Meeting::Status::Held}, kept, true, &error));
    EXPECT_EQ(differences(f), QString());
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 3).commitmentsKept, 1);
    ASSERT_TRUE(people.remove(pat, &error)) << error.toStdString();
    EXPECT_EQ(differences(f), QString());
    EXPECT_EQ(recorder.numbers(f.circleId, ana, 4).given, 0);
    EXPECT_EQ(recorder.circleNumbers(f.circleId, 4).value(ben).received, 1);
}

namespace {
// One meeting's line of the history, read on its own as the circle page read it before it
// read the whole circle at once.
QString meetingAlone(Database& db, qint64 circleId, const Meeting& meeting)
{
    const QList<Member> members = CircleService(db).members(circleId);
    QStringList present, absent, notes;
    QSqlQuery q(db.connection());
    if (meeting.status == Meeting::Status::Held) {
        const QHash<qint64, bool> attendance = MeetingService(db).attendance(meeting.id);
        for (const Member& m : members)
            (attendance.value(m.id, true) ? present : absent).append(m.name);
    }
    q.prepare(u"SELECT m.name, r.notes FROM round_note r JOIN member m ON m.id = r.member_id"
              " WHERE r.meeting_id = ? AND r.notes <> '' ORDER BY r.member_id"_s);
    q.addBindValue(meeting.id);
    EXPECT_TRUE(q.exec());
    while (q.next())
        notes.append(q.value(0).toString() + u": "_s + q.value(1).toString());
    const int w = meeting.week;
    q.prepare(u"SELECT coalesce(sum(CASE WHEN c.made_week = ? THEN 1 ELSE 0 END), 0),"
              " coalesce(sum(CASE WHEN c.due_week = ? AND c.made_week < ? THEN 1 ELSE 0 END), 0),"
              " coalesce(sum(CASE WHEN c.due_week = ? AND c.made_week < ? AND c.kept = 1"
              " THEN 1 ELSE 0 END), 0)"
              " FROM commitment c JOIN member m ON m.id = c.member_id WHERE m.circle_id = ?"_s);
    for (const QVariant& v : QVariantList {w, w, w, w, w, circleId})
        q.addBindValue(v);
    EXPECT_TRUE(q.exec() && q.next());
    return u"week %1 present [%2] absent [%3] notes [%4] made %5 due %6 kept %7"_s.arg(w)
        .arg(present.join(u','), absent.join(u','), notes.join(u'|'))
        .arg(q.value(0).toInt())
        .arg(q.value(1).toInt())
        .arg(q.value(2).toInt());
}

QString described(const MeetingSummary& s)
{
    return u"week %1 present [%2] absent [%3] notes [%4] made %5 due %6 kept %7"_s
        .arg(s.meeting.week)
        .arg(s.present.join(u','), s.absent.join(u','), s.roundNotes.join(u'|'))
        .arg(s.commitmentsMade)
        .arg(s.commitmentsDue)
        .arg(s.commitmentsKept);
}
} // namespace

TEST(MeetingRecord, TheCircleHistoryAgreesWithEachMeetingReadOnItsOwn)
{
    Fixture f;
    Database& db = f.t.db();
    // A second circle meeting the same weeks: none of its records may count in the first's.
    Circle other;
    other.name = u"Other"_s;
    other.startDate = QDate(2026, 3, 2);
    other.meetingWeekday = Qt::Monday;
    const qint64 otherId
        = CircleService(db).createCircle(other, {u"Dan"_s, u"Eve"_s}, 0, 0, nullptr);
    ASSERT_GT(otherId, 0);
    MeetingRecorder recorder(db);
    QString error;
    for (const qint64 circle : {f.circleId, otherId}) {
        for (int week = 1; week <= 4; ++week) {
            MeetingCapture capture = recorder.load(circle, week);
            ASSERT_GT(capture.meetingId, 0);
            capture.members[0].notes = u"Week %1 went well"_s.arg(week);
            capture.members.last().notes = week % 2 ? u"Quiet week"_s : QString();
            capture.members[1].present = week != 2;
            capture.members.last().newCommitments
                = {u"Write %1"_s.arg(week), u"Call %1"_s.arg(week)};
            if (week < 3)
                capture.members[0].newCommitments = {u"Read %1"_s.arg(week)};
            for (MemberCapture& m : capture.members) {
                for (int i = 0; i < m.due.size(); ++i)
                    m.due[i].kept = (i + week) % 2 == 0; // some kept, some not
            }
            ASSERT_TRUE(recorder.save(capture, {}, &error)) << error.toStdString();
        }
    }

    const QList<MeetingSummary> history = recorder.history(f.circleId);
    const QList<Meeting> meetings = MeetingService(db).meetings(f.circleId);
    ASSERT_EQ(history.size(), meetings.size());
    int kept = 0;
    for (int i = 0; i < history.size(); ++i) {
        EXPECT_EQ(history.at(i).meeting.id, meetings.at(i).id);
        EXPECT_EQ(described(history.at(i)).toStdString(),
            meetingAlone(db, f.circleId, meetings.at(i)).toStdString());
        kept += history.at(i).commitmentsKept;
    }
    // What the table shows for the weeks held: absent in week 2, notes, commitments.
    EXPECT_EQ(history.at(1).absent, QStringList {u"Ben"_s});
    EXPECT_EQ(
        history.at(0).roundNotes, (QStringList {u"Ana: Week 1 went well"_s, u"Cem: Quiet week"_s}));
    EXPECT_EQ(history.at(0).commitmentsMade, 3);
    EXPECT_EQ(history.at(1).commitmentsDue, 3);
    EXPECT_GT(kept, 0);
    EXPECT_TRUE(history.at(5).present.isEmpty()) << "a meeting not held has nobody there yet";
}

TEST(MeetingRecord, FacilitatorNoticesAndPreparation)
{
    Fixture f;
    const qint64 ana = f.members.at(0).id, ben = f.members.at(1).id, cem = f.members.at(2).id;
    MeetingService meetings(f.t.db());
    for (int week = 1; week <= 3; ++week) {
        const qint64 id = meetings.meeting(f.circleId, week)->id;
        ASSERT_TRUE(meetings.setAttendance(id, ana, true, nullptr));
        ASSERT_TRUE(meetings.setAttendance(id, ben, week == 1, nullptr)); // missed 2 and 3
        ASSERT_TRUE(meetings.setAttendance(id, cem, week != 2, nullptr)); // missed 2 only
    }
    // Ana logged in weeks 2-3; Ben and Cem logged only in week 1.
    f.contribute(ana, QDate(2026, 3, 12), Direction::Given);
    f.contribute(ben, QDate(2026, 3, 3), Direction::Given);
    f.contribute(cem, QDate(2026, 3, 4), Direction::Received);

    // Dee keeps no list in this file: no notice about logging for her.
    ASSERT_GT(CircleService(f.t.db()).addMember(f.circleId, u"Dee"_s, nullptr), 0);

    // The day before meeting 4 (Monday 23 March).
    f.t->setClock([] { return QDateTime(QDate(2026, 3, 22), QTime(18, 0)); });
    FacilitatorNotes notes(f.t.db());
    EXPECT_EQ(notes.facilitatorName(f.circleId), u"Ana"_s);
    const QList<FacilitatorNotice> at4 = notes.notices(f.circleId, 4);
    QStringList seen;
    for (const FacilitatorNotice& n : at4)
        seen.append(CircleService(f.t.db()).member(n.memberId)->name
            + (n.kind == FacilitatorNotice::Kind::MissedTwoMeetings ? u":missed"_s : u":silent"_s));
    EXPECT_EQ(seen, (QStringList {u"Ben:missed"_s, u"Ben:silent"_s, u"Cem:silent"_s}));
    EXPECT_TRUE(at4.first().text.contains(u"Ben"_s));
    EXPECT_TRUE(notes.notices(f.circleId, 2).isEmpty()) << "too early to tell";
    // Meeting 6 is two weeks ahead: only the absences are known yet.
    const QList<FacilitatorNotice> at6 = notes.notices(f.circleId, 6);
    ASSERT_EQ(at6.size(), 1);
    EXPECT_EQ(at6.first().kind, FacilitatorNotice::Kind::MissedTwoMeetings);
    // On the day before meeting 4, a contribution on that day counts.
    f.contribute(f.members.at(2).id, QDate(2026, 3, 22), Direction::Given);
    EXPECT_EQ(notes.notices(f.circleId, 4).size(), 2) << "Cem logged something after all";
    // ...and took it back: silent again.
    const qint64 latest = scalar(f.t.db(), u"SELECT max(id) FROM contribution"_s).toLongLong();
    ASSERT_TRUE(ContributionService(f.t.db()).remove(latest, nullptr));
    EXPECT_EQ(notes.notices(f.circleId, 4).size(), 3) << "Cem's only contribution was removed";

    const WeekPlan plan = WeekPlan::builtIn(u"en"_s);
    const QStringList prepare = notes.prepareForNext(f.circleId, 4, plan);
    ASSERT_EQ(prepare.size(), 1 + plan.week(4)->prepare.size());
    EXPECT_TRUE(prepare.first().contains(plan.week(5)->theme));
    EXPECT_TRUE(prepare.first().contains(u"week 5"_s));
    EXPECT_EQ(prepare.at(1), plan.week(4)->prepare.at(0));
}
