// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CircleFigures.h"

#include "CardFolder.h"
#include "SharingService.h"
#include "circle/CircleService.h"
#include "meetings/MeetingRecord.h"
#include "storage/Database.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud::sharing {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::sharing", text);
}
// Clocks of laptops drift by seconds to minutes; beyond this a card is "from the future".
constexpr qint64 SkewToleranceSecs = 10 * 60;
} // namespace

const MemberFigures* CircleFigures::find(qint64 memberId) const
{
    for (const MemberFigures& m : members) {
        if (m.memberId == memberId)
            return &m;
    }
    return nullptr;
}

CircleFigures circleFigures(Database& db, qint64 circleId, int week, QDate asOf, Rounds rounds)
{
    const bool counted = rounds == Rounds::Counted;
    CircleFigures result;
    CircleService circles(db);
    if (!asOf.isValid()) {
        // As the member's own analytics count meeting week: up to its last day, or today
        // while it is still running.
        const WeekCalendar calendar = circles.calendar(circleId);
        asOf = db.now().date();
        if (calendar.isValid() && week >= 1)
            asOf = std::min(asOf, calendar.weekEnd(week).addDays(-1));
    }
    SharingService sharing(db);
    const ShareSettings settings = sharing.settings(circleId);
    const qint64 meId = circles.meId(circleId);
    QHash<QString, Card> cards;
    if (!settings.folder.isEmpty()) {
        const FolderReading reading = readFolder(settings.folder, sharing.circleUid(circleId),
            meId > 0 ? sharing.memberUid(meId) : QString());
        result.notes = reading.notes;
        for (const Card& c : reading.cards)
            cards.insert(c.memberUid, c);
    }
    // Every member's numbers from this database at once (a few statements for the circle).
    const QHash<qint64, MemberWeekNumbers> local = counted
        ? MeetingRecorder(db).circleNumbers(circleId, week)
        : QHash<qint64, MemberWeekNumbers> {};
    // On an organization database the others' contributions are hidden from plain queries
    // (row-level security): their counts come from the server's shared figures.
    QHash<qint64, OrgMemberFigures> shared;
    if (db.isOrganization()) {
        QList<OrgMemberFigures> list;
        if (OrgService(db).circleMembers(circleId, asOf, &list, nullptr)) {
            for (const OrgMemberFigures& f : std::as_const(list))
                shared.insert(f.memberId, f);
        }
    }
    QHash<QString, bool> known;
    for (const Member& m : circles.members(circleId)) {
        MemberFigures f;
        f.memberId = m.id;
        f.name = m.name;
        f.isMe = m.isMe;
        const QString uid = sharing.memberUid(m.id);
        known.insert(uid, true);
        if (!m.isMe && cards.contains(uid))
            f.card = cards.value(uid);
        const std::optional<ReportedRound> reported
            = m.isMe ? std::nullopt : sharing.reported(m.id, week);
        if (!m.isMe && shared.contains(m.id)) {
            f.source = MemberFigures::Source::Server;
            f.asOf = db.now().toUTC();
            f.server = shared.value(m.id);
            // The round reports the circle week before the meeting; commitments are the
            // circle's to read.
            const MemberWeekNumbers n = local.value(m.id);
            const QList<analytics::WeekExchange>& weeks = f.server->weekly.weeks;
            const analytics::Exchange e = week >= 2 && week - 2 < weeks.size()
                ? weeks.at(week - 2).exchange
                : analytics::Exchange {};
            f.round = {true, e.given, e.received, true, n.commitmentsDue, n.commitmentsKept};
        } else if (reported) {
            f.source = MemberFigures::Source::Reported;
            f.asOf = reported->reportedAt.toUTC();
            f.round = {true, reported->given, reported->received, true, reported->commitmentsDue,
                reported->commitmentsKept};
        } else if (f.card) {
            f.source = MemberFigures::Source::Card;
            f.asOf = f.card->writtenAt;
            f.round = roundFigures(*f.card, week);
        } else if (counted) {
            const MemberWeekNumbers n = local.value(m.id);
            f.round = {true, n.given, n.received, true, n.commitmentsDue, n.commitmentsKept};
        }
        result.members.append(f);
    }
    // A card of someone no longer (or not yet) in this circle's member list is not shown.
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        if (!known.contains(it.key()))
            result.notes.append(tr("%1 skipped: written by someone who is not a member of "
                                   "this circle here (left, or invited after your invitation)")
                                    .arg(cardFileName(it.key())));
    }
    return result;
}

QString whenText(const QDateTime& at, const QDateTime& now)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    // Some locales' short format still carries seconds (the C locale does): drop them.
    QString pattern = locale.timeFormat(QLocale::ShortFormat);
    pattern.remove(u":ss"_s).remove(u".ss"_s);
    const QString time = locale.toString(local.time(), pattern);
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    return days >= 0 && days < 7
        ? locale.dayName(local.date().dayOfWeek()) + u' ' + time
        : locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString asOfText(const QDateTime& at, const QDateTime& now)
{
    const QString when = whenText(at, now);
    if (now.secsTo(at) > SkewToleranceSecs)
        return tr("as of %1 (by a clock that is ahead)").arg(when);
    return tr("as of %1").arg(when);
}

} // namespace outloud::sharing
