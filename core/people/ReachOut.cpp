// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReachOut.h"

#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

QStringList fittingKindCodes(int closeness)
{
    if (closeness <= 1)
        return {u"attention"_s, u"appreciation"_s};
    if (closeness == 2)
        return {u"recognition"_s, u"share_theirs"_s, u"question"_s};
    return {u"help"_s, u"connect"_s, u"collaborate"_s, u"advocate"_s};
}

QList<ReachOutSuggestion> reachOutSuggestions(
    Database& db, qint64 memberId, QDate today, int staleWeeks, int limit)
{
    QList<ReachOutSuggestion> result;
    QSet<qint64> seen;
    const std::optional<Member> member = CircleService(db).member(memberId);
    const TouchWeek week = keepintouch::weekOf(db, member ? member->circleId : -1, today);
    for (const TouchEntry& e : KeepInTouchService(db).due(memberId, week)) {
        if (result.size() >= limit)
            break;
        ReachOutSuggestion s;
        s.personId = e.personId;
        s.name = e.name;
        s.closeness = e.closeness;
        s.lastContact = e.lastContact;
        s.weeksSinceContact = e.lastContact.isValid() ? int(e.lastContact.daysTo(today) / 7) : -1;
        s.touch = e.status;
        s.due = e.due;
        result.append(s);
        seen.insert(e.personId);
    }
    const QDate cutoff = today.addDays(-7 * std::max(1, staleWeeks));
    // Read before the forward-only query below: on PostgreSQL a second query on the
    // connection while rows are being read discards them.
    ContributionService log(db);
    const QList<ContributionKind> kinds = log.kinds();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            // The last contact either way, counted ahead (tally_person, core/storage/Tallies.h).
            u"SELECT id, name, closeness, last FROM (SELECT p.id, p.name, p.closeness,"
            " t.last_on AS last"
            " FROM person p LEFT JOIN keep_in_touch_default d ON d.closeness = p.closeness"
            " LEFT JOIN tally_person t ON t.person_id = p.id"
            " WHERE p.member_id = ? AND coalesce(p.keep_in_touch_weeks, d.every_weeks, 0) = "
            "0) s"
            " WHERE last IS NULL OR last <= ?"
            " ORDER BY closeness DESC, last IS NOT NULL, last, "_s
                + db.caseInsensitiveOrder(u"name"_s) + u", id LIMIT ?"_s,
            {memberId, cutoff.toString(Qt::ISODate), limit + int(seen.size())}, QString(), nullptr))
        return result;
    auto kindByCode = [&](const QString& code) -> const ContributionKind* {
        for (const ContributionKind& k : kinds) {
            if (k.code == code)
                return &k;
        }
        return nullptr;
    };
    while (q.next() && result.size() < limit) {
        if (seen.contains(q.value(0).toLongLong()))
            continue;
        ReachOutSuggestion s;
        s.personId = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.closeness = q.value(2).toInt();
        s.lastContact = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.weeksSinceContact = s.lastContact.isValid() ? int(s.lastContact.daysTo(today) / 7) : -1;
        result.append(s);
    }
    int rotation = 0;
    for (ReachOutSuggestion& s : result) {
        const QStringList codes = fittingKindCodes(s.closeness);
        if (const ContributionKind* k = kindByCode(codes.at(rotation++ % codes.size()))) {
            s.kindId = k->id;
            s.kindName = k->displayName();
        }
    }
    return result;
}

} // namespace outloud
