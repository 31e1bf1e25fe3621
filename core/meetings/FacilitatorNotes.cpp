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
#include <QSet>
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
    return notices(circleId, week, CircleService(m_db).calendar(circleId));
}

QList<FacilitatorNotice> FacilitatorNotes::notices(
    qint64 circleId, int week, const WeekCalendar& calendar) const
{
    QList<FacilitatorNotice> result;
    CircleService circles(m_db);
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
    // A few statements for the whole circle, not three a member: meeting mode shows these
    // notices in its first paint.
    // The two most recent meetings before this one that recorded each member.
    QHash<qint64, std::pair<int, int>> attended; // member id -> (recorded, absent) of those
    if (execPrepared(q,
            u"SELECT a.member_id, a.present FROM attendance a JOIN meeting m ON m.id = a.meeting_id"
            " WHERE m.circle_id = ? AND m.week < ? ORDER BY a.member_id, m.week DESC"_s,
            {circleId, week}, QString(), nullptr)) {
        while (q.next()) {
            auto& [seen, absent] = attended[q.value(0).toLongLong()];
            if (seen < 2) {
                ++seen;
                absent += q.value(1).toBool() ? 0 : 1;
            }
        }
    }
    // Only once the circle has run two full weeks is silence meaningful, and only for
    // members who keep their list in this file (others may track elsewhere).
    // On a server everyone keeps their list there. A meeting more than a week ahead gets no
    // such notice yet.
    const bool askSilence = calendar.isValid() && week >= 3 && today.daysTo(meetingDay) <= 7;
    QSet<qint64> keepsList;
    QSet<qint64> logged; // contributed in the two weeks (in this file)
    if (askSilence && !shared) {
        if (execPrepared(q,
                u"SELECT m.id FROM member m WHERE m.circle_id = ?"
                " AND EXISTS (SELECT 1 FROM person p WHERE p.member_id = m.id)"_s,
                {circleId}, QString(), nullptr)) {
            while (q.next())
                keepsList.insert(q.value(0).toLongLong());
        }
        // Days with contributions, counted ahead (tally_day): no row, none.
        if (execPrepared(q,
                u"SELECT m.id FROM member m WHERE m.circle_id = ? AND EXISTS (SELECT 1 FROM"
                " tally_day t WHERE t.member_id = m.id AND t.happened_on >= ? AND t.happened_on < ?)"_s,
                {circleId, end.addDays(-14).toString(Qt::ISODate), end.toString(Qt::ISODate)},
                QString(), nullptr)) {
            while (q.next())
                logged.insert(q.value(0).toLongLong());
        }
    }
    for (const Member& member : circles.members(circleId)) {
        if (attended.value(member.id) == std::pair(2, 2))
            result.append({FacilitatorNotice::Kind::MissedTwoMeetings, member.id,
                tr("%1 missed the last two meetings. A friendly message may help.")
                    .arg(member.name)});
        if (!askSilence)
            continue;
        bool silent = false;
        if (shared) {
            const auto last = lastShared.constFind(member.id);
            silent = last != lastShared.cend() && (!last->isValid() || *last < end.addDays(-14));
        } else {
            silent = keepsList.contains(member.id) && !logged.contains(member.id);
        }
        if (silent)
            result.append({FacilitatorNotice::Kind::NothingLogged, member.id,
                tr("%1 has logged nothing for two weeks. Ask how it is going.").arg(member.name)});
    }
    return result;
}

QStringList FacilitatorNotes::prepareForNext(qint64 circleId, int week, const WeekPlan& plan) const
{
    return prepareForNext(week, plan, Schedule(m_db).meetings(circleId));
}

QStringList FacilitatorNotes::prepareForNext(
    int week, const WeekPlan& plan, const QList<Meeting>& meetings) const
{
    QStringList result;
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
