// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarExport.h"

#include "Schedule.h"
#include "WeekPlan.h"
#include "circle/CircleService.h"
#include "io/FileIo.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString utcStamp(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}
} // namespace

QString CalendarExport::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if ((c.unicode() < 0x20 && c != u'\t')
            || (c.unicode() >= 0x7f && c.unicode() < 0xa0)) {
            // Other control characters (C0, DEL, C1) are not allowed in TEXT (RFC 5545 3.3.11).
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75; // the first line; continuation lines begin with a space, so 74 more
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        // Step back to the start of a UTF-8 sequence (not a 10xxxxxx continuation byte).
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += bytes.mid(start);
    out += "\r\n";
    return out;
}

QByteArray CalendarExport::write(
    const QList<CalendarEvent>& events, const QString& calendarName, const QDateTime& stamp)
{
    QByteArray out;
    const auto line = [&out](const QString& text) { out += foldLine(text); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//Outloud//Outloud %1//EN"_s.arg(QStringLiteral(OUTLOUD_VERSION)));
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"X-WR-CALNAME:"_s + escapeText(calendarName));
    for (const CalendarEvent& e : events) {
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + e.uid);
        line(u"DTSTAMP:"_s + utcStamp(stamp));
        line(u"DTSTART:"_s + utcStamp(e.start));
        line(u"DTEND:"_s + utcStamp(e.start.addSecs(qint64(e.minutes) * 60)));
        line(u"SEQUENCE:%1"_s.arg(e.sequence));
        line(u"SUMMARY:"_s + escapeText(e.summary));
        if (!e.description.isEmpty())
            line(u"DESCRIPTION:"_s + escapeText(e.description));
        line(e.cancelled ? u"STATUS:CANCELLED"_s : u"STATUS:CONFIRMED"_s);
        line(u"TRANSP:OPAQUE"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

QList<CalendarEvent> CalendarExport::events(Database& db, qint64 circleId, const WeekPlan& plan)
{
    QList<CalendarEvent> result;
    const std::optional<Circle> circle = CircleService(db).circle(circleId);
    if (!circle)
        return result;
    // The creation time makes the UID unique beyond this file: circle ids repeat across files.
    QString created;
    QSqlQuery q(db.connection());
    if (execPrepared(
            q, u"SELECT created_at FROM circle WHERE id = ?"_s, {circleId}, QString(), nullptr)
        && q.next())
        created = q.value(0).toString();
    created.remove(u'-').remove(u':');
    for (const Meeting& m : Schedule(db).meetings(circleId)) {
        CalendarEvent e;
        e.uid = u"circle-%1-%2-week-%3@outloud"_s.arg(circleId).arg(created).arg(m.week);
        e.start = m.scheduledAt;
        e.minutes = WeekPlan::MeetingMinutes;
        e.sequence = m.sequence;
        e.cancelled = m.status == Meeting::Status::Skipped;
        const PlanWeek* week = plan.week(m.week);
        e.summary = week ? tr("%1, week %2: %3").arg(circle->name).arg(m.week).arg(week->theme)
                         : tr("%1, week %2").arg(circle->name).arg(m.week);
        if (week) {
            QStringList lines;
            for (const AgendaSegment& s : week->agenda)
                lines.append(tr("%1 min: %2").arg(s.minutes).arg(s.title));
            e.description = lines.join(u'\n');
        }
        result.append(e);
    }
    return result;
}

bool CalendarExport::exportToFile(
    Database& db, qint64 circleId, const WeekPlan& plan, const QString& path, QString* error)
{
    const std::optional<Circle> circle = CircleService(db).circle(circleId);
    if (!circle)
        return fail(error, tr("There is no such circle."));
    const QByteArray data = write(events(db, circleId, plan), circle->name, db.now());
    // Meeting times and names are personal; the file is for its owner until shared.
    return io::writePrivateFile(path, data, error);
}

} // namespace outloud
