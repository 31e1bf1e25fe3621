// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyNudge.h"

#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "meetings/Schedule.h"
#include "people/KeepInTouch.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// Free functions in namespace outloud: lupdate files their tr() under "outloud".
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud", text, disambiguation, n);
}

QString names(const QStringList& people)
{
    // "Emma", "Emma and Farid", "Emma, Farid and Ada", "Emma, Farid and 3 others"
    if (people.size() == 1)
        return people.first();
    if (people.size() <= 3)
        return tr("%1 and %2").arg(people.mid(0, people.size() - 1).join(u", "_s), people.last());
    return tr("%1 and %n others", nullptr, int(people.size() - 2))
        .arg(people.mid(0, 2).join(u", "_s));
}
} // namespace

std::optional<WeekStanding> weekStanding(Database& db, qint64 circleId, const QDateTime& now)
{
    CircleService circles(db);
    const std::optional<Circle> circle = circles.circle(circleId);
    const qint64 me = circle ? circles.meId(circleId) : -1;
    if (me <= 0)
        return std::nullopt;
    const QDate today = now.date();
    WeekStanding s;
    s.circleId = circleId;
    s.circleName = circle->name;
    s.lengthWeeks = circle->lengthWeeks;
    const WeekCalendar calendar = circles.calendar(circleId);
    const int week = calendar.isValid() ? calendar.weekOf(today) : 0;
    s.week = week >= 1 && week <= calendar.lengthWeeks() ? week : 0;
    const TouchWeek touchWeek = keepintouch::weekOf(db, circleId, today);
    s.start = touchWeek.start;
    s.end = touchWeek.end;
    s.target = analytics::weeklyTarget(db, me);
    QSqlQuery q(db.connection());
    if (execPrepared(q,
            u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
            " WHERE p.member_id = ? AND c.direction = 0 AND c.happened_on >= ?"
            " AND c.happened_on < ?"_s,
            {me, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)}, QString(), nullptr)
        && q.next())
        s.given = q.value(0).toInt();
    for (const TouchEntry& e : KeepInTouchService(db).due(me, touchWeek))
        s.due.append(e.name);
    for (const Meeting& m : Schedule(db).meetings(circleId)) {
        if (m.status != Meeting::Status::Skipped && m.status != Meeting::Status::Held
            && m.scheduledAt >= now) {
            s.nextMeeting = m.scheduledAt;
            break;
        }
    }
    return s;
}

QString nudgeText(const WeekStanding& s, const QDateTime& now)
{
    QStringList parts;
    parts << tr("%1 of %n contributions", nullptr, s.target).arg(s.given);
    if (s.due.isEmpty())
        parts << tr("no one is due");
    else if (s.due.size() == 1)
        parts << tr("%1 is due").arg(s.due.first());
    else
        parts << tr("%1 are due").arg(names(s.due));
    if (s.nextMeeting.isValid()) {
        const QLocale locale;
        const QDate day = s.nextMeeting.date();
        const QString time = locale.toString(s.nextMeeting.time(), QLocale::ShortFormat);
        const qint64 days = now.date().daysTo(day);
        if (days == 0)
            parts << tr("meeting today %1").arg(time);
        else if (days > 0 && days < 7)
            parts << tr("meeting %1 %2").arg(locale.dayName(day.dayOfWeek()), time);
        else
            parts << tr("meeting %1 %2").arg(locale.toString(day, QLocale::ShortFormat), time);
    }
    return parts.join(u"; "_s);
}

QString nudgeTitle(const WeekStanding& s)
{
    if (s.week > 0)
        return tr("Outloud · week %1 of %2").arg(s.week).arg(s.lengthWeeks);
    return tr("Outloud · your week");
}

} // namespace outloud
