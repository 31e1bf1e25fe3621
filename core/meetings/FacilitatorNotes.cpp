// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacilitatorNotes.h"

#include "Schedule.h"
#include "WeekPlan.h"
#include "circle/CircleService.h"
#include "org/OrgService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

FacilitatorNotes::FacilitatorNotes(Database& db)
    : m_db(db)
{ }

QString FacilitatorNotes::facilitatorName(qint64 circleId) const
{
    CircleService circles(m_db);
    const std::optional<Circle> circle = circles.circle(circleId);
    if (!circle || circle->facilitatorId < 0)
        return {};
    const std::optional<Member> member = circles.member(circle->facilitatorId);
    return member ? member->name : QString();
}

QList<FacilitatorNotice> FacilitatorNotes::notices(qint64 circleId, int week) const
{
    QList<FacilitatorNotice> result;
    CircleService circles(m_db);
    const WeekCalendar calendar = circles.calendar(circleId);
    QSqlQuery q(m_db.connection());
    // One cannot speak of silence about weeks that have not happened: the two weeks end
    // at the meeting or today, whichever is first.
    const QDate today = m_db.now().date();
    const QDate meetingDay = calendar.isValid() ? calendar.weekStart(week) : QDate();
    const QDate end = calendar.isValid() ? std::min(meetingDay, today.addDays(1)) : QDate();
    // On an organization server the others' lists are hidden from plain queries: when
    // each member last contributed before that end comes from what the circle shares (as
    // of the day before it, so a later contribution does not hide a past silence).
    QHash<qint64, QDate> lastShared;
    const bool shared = m_db.isOrganization();
    if (shared) {
        QList<OrgMemberFigures> figures;
        OrgService(m_db).circleMembers(
            circleId, end.isValid() ? end.addDays(-1) : today, &figures, nullptr);
        for (const OrgMemberFigures& f : std::as_const(figures))
            lastShared.insert(f.memberId, f.lastContribution);
    }
    for (const Member& member : circles.members(circleId)) {
        // The two most recent meetings before this one that recorded this member.
        if (execPrepared(q,
                u"SELECT a.present FROM attendance a JOIN meeting m ON m.id = a.meeting_id"
                " WHERE m.circle_id = ? AND a.member_id = ? AND m.week < ? ORDER BY m.week DESC LIMIT 2"_s,
                {circleId, member.id, week}, QString(), nullptr)) {
            int absent = 0;
            int seen = 0;
            while (q.next()) {
                ++seen;
                absent += q.value(0).toBool() ? 0 : 1;
            }
            if (seen == 2 && absent == 2)
                result.append({FacilitatorNotice::Kind::MissedTwoMeetings, member.id,
                    tr("%1 missed the last two meetings. A friendly message may help.")
                        .arg(member.name)});
        }
        // Only once the circle has run two full weeks is silence meaningful, and only for
        // members who keep their list in this file (others may track elsewhere).
        // On a server everyone keeps their list there.
        bool keepsList = shared && lastShared.contains(member.id);
        if (!shared
            && execPrepared(q, u"SELECT 1 FROM person WHERE member_id = ? LIMIT 1"_s, {member.id},
                QString(), nullptr))
            keepsList = q.next();
        // A meeting more than a week ahead gets no such notice yet.
        if (calendar.isValid() && week >= 3 && keepsList && today.daysTo(meetingDay) <= 7) {
            const QString from = end.addDays(-14).toString(Qt::ISODate);
            const QString to = end.toString(Qt::ISODate);
            bool silent = false;
            if (shared) {
                const QDate last = lastShared.value(member.id);
                silent = !last.isValid() || last < end.addDays(-14);
            } else if (execPrepared(q,
                           // Days with contributions, counted ahead (tally_day): no row, none.
                           u"SELECT 1 FROM tally_day WHERE member_id = ? AND happened_on >= ?"
                           " AND happened_on < ? LIMIT 1"_s,
                           {member.id, from, to}, QString(), nullptr)) {
                silent = !q.next();
            }
            if (silent)
                result.append({FacilitatorNotice::Kind::NothingLogged, member.id,
                    tr("%1 has logged nothing for two weeks. Ask how it is going.")
                        .arg(member.name)});
        }
    }
    return result;
}

QStringList FacilitatorNotes::prepareForNext(qint64 circleId, int week, const WeekPlan& plan) const
{
    QStringList result;
    const QList<Meeting> meetings = Schedule(m_db).meetings(circleId);
    const QLocale locale;
    for (const Meeting& m : meetings) {
        if (m.week != week + 1)
            continue;
        const PlanWeek* next = plan.week(m.week);
        // Minutes are enough; some locales' short time format carries seconds.
        const QString timeFormat
            = locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s).remove(u".ss"_s);
        const QString when = locale.toString(m.scheduledAt.date(), QLocale::LongFormat) + u", "_s
            + locale.toString(m.scheduledAt.time(), timeFormat);
        result.append(next
                ? tr("Next meeting (week %1): %2, \"%3\"").arg(m.week).arg(when, next->theme)
                : tr("Next meeting (week %1): %2").arg(m.week).arg(when));
    }
    if (const PlanWeek* current = plan.week(week))
        result.append(current->prepare);
    return result;
}

} // namespace outloud
