// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryBuilder.h"

#include "ReportNumbers.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "goal/GoalService.h"
#include "meetings/MeetingRecord.h"
#include "meetings/MeetingService.h"
#include "meetings/PlanService.h"
#include "meetings/WeekPlan.h"
#include "people/KeepInTouch.h"
#include "sharing/SharedSummary.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

SummaryBuilder::SummaryBuilder(Database& db)
    : m_db(db)
{ }

QDate SummaryBuilder::today() const
{
    return m_today.isValid() ? m_today : m_db.now().date();
}

QString SummaryBuilder::unknownWeekMessage(int week, const QString& circleName, int lengthWeeks)
{
    return tr("Week %1 is not a week of the circle \"%2\", which runs from week 1 to week %3.")
        .arg(QString::number(week), circleName, QString::number(lengthWeeks));
}

std::optional<MemberWeekSummary> SummaryBuilder::memberWeek(
    qint64 memberId, int week, QString* error) const
{
    CircleService circles(m_db);
    const std::optional<Member> member = circles.member(memberId);
    if (!member) {
        fail(error, tr("There is no such member in this database."));
        return std::nullopt;
    }
    const std::optional<Circle> circle = circles.circle(member->circleId);
    if (!circle) {
        fail(error, tr("The member's circle is missing from the database."));
        return std::nullopt;
    }
    if (week < 1 || week > circle->lengthWeeks) {
        fail(error, unknownWeekMessage(week, circle->name, circle->lengthWeeks));
        return std::nullopt;
    }
    const WeekCalendar calendar = circles.calendar(circle->id);

    MemberWeekSummary s;
    s.circleName = circle->name;
    s.week = week;
    s.lengthWeeks = circle->lengthWeeks;
    s.periodStart = calendar.weekStart(week);
    s.periodEnd = calendar.weekEnd(week);
    s.meetingDate = s.periodStart;
    if (week < circle->lengthWeeks)
        s.nextMeetingDate = s.periodEnd;
    s.memberId = memberId;
    s.memberName = member->name;

    // The goal as it stood on the reference day: later revisions do not rewrite history
    // (the same rule as analytics::weeklyTarget(), which the Overview uses).
    const QDate asOf = reportnumbers::referenceDate(calendar, week, today());
    const QList<GoalRevision> history = GoalService(m_db).goalHistory(memberId);
    for (const GoalRevision& g : history) {
        if (!s.goal || g.revisedAt.date() <= asOf)
            s.goal = g;
    }
    const int target = analytics::weeklyTarget(m_db, memberId, asOf);
    reportnumbers::memberNumbers(m_db, circle->id, memberId, calendar, week, target, today(),
        &s.numbers, &s.weeks, &s.closenessChanges);
    s.contributions
        = contributions(memberId, s.periodStart, std::min(s.periodEnd, s.numbers.asOf.addDays(1)));
    for (const TouchEntry& e :
        KeepInTouchService(m_db).due(memberId, TouchWeek {s.periodStart, s.periodEnd}))
        s.keepInTouch.append(
            {e.name, keepintouch::label(e.everyWeeks), e.due, e.status == TouchStatus::Overdue});

    MeetingService meetings(m_db);
    for (const Commitment& c : meetings.commitments(memberId)) {
        if (c.dueWeek == week && c.madeWeek < week)
            s.commitmentsDue.append(c);
        if (c.madeWeek == week)
            s.commitmentsNew.append(c);
    }
    if (const std::optional<Meeting> meeting = meetings.meeting(circle->id, week))
        s.meetingNotes = meeting->notes;
    // The circle's week plan gives the theme and what comes next; the meeting's round
    // gives what the member said. The document prints whichever is not empty.
    const WeekPlan plan = PlanService(m_db).plan(circle->id);
    if (const PlanWeek* thisWeek = plan.week(week)) {
        s.theme = thisWeek->theme;
        s.nextWeekPreview = thisWeek->prepare;
    }
    if (const PlanWeek* nextWeek = plan.week(week + 1))
        s.nextWeekTheme = nextWeek->theme;
    const MeetingCapture capture = MeetingRecorder(m_db).load(circle->id, week);
    for (const MemberCapture& m : capture.members) {
        if (m.memberId == memberId)
            s.roundNote = m.notes;
    }
    return s;
}

std::optional<CircleWeekSummary> SummaryBuilder::circleWeek(
    qint64 circleId, int week, QString* error) const
{
    CircleService circles(m_db);
    const std::optional<Circle> circle = circles.circle(circleId);
    if (!circle) {
        fail(error, tr("There is no such circle in this database."));
        return std::nullopt;
    }
    if (week < 1 || week > circle->lengthWeeks) {
        fail(error, unknownWeekMessage(week, circle->name, circle->lengthWeeks));
        return std::nullopt;
    }
    const WeekCalendar calendar = circles.calendar(circleId);
    CircleWeekSummary s;
    s.circleName = circle->name;
    s.week = week;
    s.lengthWeeks = circle->lengthWeeks;
    const WeekPlan plan = PlanService(m_db).plan(circleId);
    if (const PlanWeek* thisWeek = plan.week(week))
        s.theme = thisWeek->theme;
    if (const PlanWeek* nextWeek = plan.week(week + 1))
        s.nextWeekTheme = nextWeek->theme;
    s.periodStart = calendar.weekStart(week);
    s.periodEnd = calendar.weekEnd(week);
    s.meetingDate = s.periodStart;
    if (week < circle->lengthWeeks)
        s.nextMeetingDate = s.periodEnd;

    MeetingService meetings(m_db);
    QHash<qint64, bool> attendance;
    if (const std::optional<Meeting> meeting = meetings.meeting(circleId, week)) {
        s.meetingNotes = meeting->notes;
        s.meetingStatus = meeting->status;
        attendance = meetings.attendance(meeting->id);
    }
    for (int w = 1; w <= circle->lengthWeeks; ++w)
        s.weeks.append({w, 0, 0});
    for (const Member& m : circles.members(circleId)) {
        CircleMemberRow row;
        row.memberId = m.id;
        row.name = m.name;
        row.facilitator = m.id == circle->facilitatorId;
        if (row.facilitator)
            s.facilitatorName = m.name;
        if (attendance.contains(m.id))
            row.present = attendance.value(m.id);
        QList<WeekPoint> weeks;
        reportnumbers::memberNumbers(m_db, circleId, m.id, calendar, week,
            analytics::weeklyTarget(
                m_db, m.id, reportnumbers::referenceDate(calendar, week, today())),
            today(), &row.numbers, &weeks);
        for (int i = 0; i < weeks.size() && i < s.weeks.size(); ++i) {
            s.weeks[i].given += weeks.at(i).given;
            s.weeks[i].received += weeks.at(i).received;
            s.weeks[i].balanceToDate += weeks.at(i).balanceToDate;
        }
        for (const Commitment& c : meetings.commitments(m.id)) {
            if (c.dueWeek == week && c.madeWeek < week) {
                ++row.commitmentsDue;
                if (c.kept.value_or(false))
                    ++row.commitmentsKept;
            }
        }
        s.members.append(row);
    }
    // Members on other laptops: their shared cards (or what they reported in the round).
    sharing::applySharedFigures(m_db, circleId, &s, m_db.now());
    return s;
}

QList<SummaryContribution> SummaryBuilder::contributions(
    qint64 memberId, QDate from, QDate to) const
{
    constexpr qint64 MaxReserved = 10'000'000; // a hint, never a huge allocation
    QList<SummaryContribution> result;
    const QString first = from.toString(Qt::ISODate);
    const QString end = to.toString(Qt::ISODate);
    // As many as the days' tally counts (kept in the same transaction as every edit): the
    // list is allocated once, not grown to twice a long week's size as the rows come.
    QSqlQuery count(m_db.connection());
    count.setForwardOnly(true);
    if (execPrepared(count,
            u"SELECT coalesce(sum(n), 0) FROM tally_day"
            " WHERE member_id = ? AND happened_on >= ? AND happened_on < ?"_s,
            {memberId, first, end}, QString(), nullptr)
        && count.next()) {
        const qint64 rows = count.value(0).toLongLong();
        if (rows > 0 && rows <= MaxReserved)
            result.reserve(rows);
    }
    QSqlQuery q(m_db.connection());
    // Forward only: a long week's rows are not cached a second time as QVariants.
    q.setForwardOnly(true);
    // "direction IN (0, 1)" holds for every row (the column's CHECK) but lets the index on
    // (person_id, direction, happened_on) bound the week: without it, each person's whole
    // history was read through (person_id, note) to keep the week's rows (403,200 rows for
    // 3,840 at 10x, 3.1 s of 8).
    if (!execPrepared(q,
            u"SELECT c.happened_on, c.direction, p.name, k.code, k.name, ch.code, ch.name, "
            u"c.brought, c.note"
            " FROM contribution c JOIN person p ON p.id = c.person_id"
            " JOIN contribution_kind k ON k.id = c.kind_id LEFT JOIN channel ch ON ch.id = "
            "c.channel_id"
            " WHERE p.member_id = ? AND c.direction IN (0, 1)"
            " AND c.happened_on >= ? AND c.happened_on < ?"
            " ORDER BY c.happened_on, c.id"_s,
            {memberId, first, end}, QString(), nullptr))
        return result;
    // A long week names the same people, kinds and channels thousands of times: each name is
    // held once and shared by its rows (QString's implicit sharing), not copied into each.
    QHash<QString, QString> names;
    const auto shared = [&names](const QString& text) {
        const auto it = names.constFind(text);
        return it != names.cend() ? it.value() : names.insert(text, text).value();
    };
    QHash<QString, QString> shown; // a kind's or channel's code and name: its display name
    const auto displayed = [&shown](const QString& code, const QString& name, bool isKind) {
        const QString key = (isKind ? u"k"_s : u"c"_s) + code + QChar(0) + name;
        const auto it = shown.constFind(key);
        if (it != shown.cend())
            return it.value();
        QString text;
        if (isKind) {
            ContributionKind kind;
            kind.code = code;
            kind.name = name;
            text = kind.displayName();
        } else {
            Channel channel;
            channel.code = code;
            channel.name = name;
            text = channel.displayName();
        }
        return shown.insert(key, text).value();
    };
    while (q.next()) {
        SummaryContribution c;
        c.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        c.direction = q.value(1).toInt() == 0 ? Direction::Given : Direction::Received;
        c.person = shared(q.value(2).toString());
        c.kind = displayed(q.value(3).toString(), q.value(4).toString(), true);
        if (!q.value(6).isNull())
            c.channel = displayed(q.value(5).toString(), q.value(6).toString(), false);
        c.brought = q.value(7).isNull() ? Brought::Nothing : Brought(q.value(7).toInt());
        c.note = q.value(8).toString();
        result.append(c);
    }
    return result;
}

} // namespace outloud
