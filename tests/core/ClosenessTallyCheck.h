// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <tuple>

namespace outloud::test {

/// What the closeness tallies (core/storage/Tallies.h, schema 8) hold against a recount in
/// C++ from person and closeness_change, each person's level walked day by day; empty when
/// they agree, otherwise the rows that differ.
inline QString closenessTallyMismatch(Database& db)
{
    using namespace Qt::StringLiterals;
    struct Person
    {
        qint64 member = -1;
        QDate created;
        int closeness = 0;
        QList<std::tuple<QDate, qint64, int>> ratings;
    };
    QMap<qint64, Person> people;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id, member_id, created_on, closeness FROM person"_s))
        return u"cannot read the people"_s;
    while (q.next())
        people.insert(q.value(0).toLongLong(),
            {q.value(1).toLongLong(), q.value(2).toDate(), q.value(3).toInt(), {}});
    if (!q.exec(u"SELECT person_id, changed_on, id, closeness FROM closeness_change"_s))
        return u"cannot read the ratings"_s;
    while (q.next())
        people[q.value(0).toLongLong()].ratings.append(
            {q.value(1).toDate(), q.value(2).toLongLong(), q.value(3).toInt()});

    const auto levelOn = [](const Person& p, QDate day) {
        if (p.ratings.isEmpty())
            return p.closeness;
        int level = std::get<2>(p.ratings.first());
        for (const auto& [on, id, rating] : p.ratings) {
            if (on > day)
                break;
            level = rating;
        }
        return level;
    };
    QMap<std::tuple<qint64, QDate, int>, int> perPerson;
    QMap<std::tuple<qint64, QDate, int>, int> perMember;
    QMap<std::tuple<qint64, QDate, int>, int> perLevel; // the day left out: QDate()
    QStringList movers;
    for (auto it = people.begin(); it != people.end(); ++it) {
        Person& p = *it;
        std::sort(p.ratings.begin(), p.ratings.end());
        QList<QDate> days = {p.created};
        QList<int> levels;
        for (const auto& [on, id, rating] : std::as_const(p.ratings)) {
            if (on > p.created && on != days.constLast())
                days.append(on);
            if (!levels.contains(rating))
                levels.append(rating);
        }
        if (levels.size() > 1)
            movers.append(u"%1|%2"_s.arg(it.key()).arg(p.member));
        int before = -1;
        for (const QDate day : std::as_const(days)) {
            const int level = levelOn(p, day);
            if (level == before)
                continue;
            if (before >= 0) {
                --perPerson[{it.key(), day, before}];
                --perMember[{p.member, day, before}];
            }
            ++perPerson[{it.key(), day, level}];
            ++perMember[{p.member, day, level}];
            before = level;
        }
        ++perLevel[{p.member, QDate(), before}];
    }
    const auto rows = [](const QMap<std::tuple<qint64, QDate, int>, int>& counts) {
        QStringList out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() != 0)
                out.append(u"%1|%2|%3|%4"_s.arg(std::get<0>(it.key()))
                               .arg(std::get<1>(it.key()).toString(Qt::ISODate))
                               .arg(std::get<2>(it.key()))
                               .arg(it.value()));
        }
        return out;
    };
    const auto stored = [&db](const QString& sql) {
        QStringList out;
        QSqlQuery s(db.connection());
        if (!s.exec(sql))
            return QStringList {u"cannot read: "_s + sql};
        while (s.next()) {
            QStringList values;
            for (int c = 0; c < 4; ++c)
                values.append(
                    c == 1 ? s.value(c).toDate().toString(Qt::ISODate) : s.value(c).toString());
            out.append(values.join(u'|'));
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    QStringList wantPerson = rows(perPerson);
    QStringList wantMember = rows(perMember);
    std::sort(wantPerson.begin(), wantPerson.end());
    std::sort(wantMember.begin(), wantMember.end());
    QStringList haveMovers;
    if (!q.exec(u"SELECT person_id, member_id FROM tally_closeness_mover"_s))
        return u"cannot read the movers"_s;
    while (q.next())
        haveMovers.append(u"%1|%2"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()));
    std::sort(haveMovers.begin(), haveMovers.end());
    std::sort(movers.begin(), movers.end());

    QString report;
    const auto compare
        = [&report](const char* table, const QStringList& have, const QStringList& want) {
              if (have != want)
                  report += u"%1:\n  stored:   %2\n  recount: %3\n"_s.arg(
                      QLatin1StringView(table), have.join(u", "_s), want.join(u", "_s));
          };
    compare("tally_closeness", stored(u"SELECT member_id, day, level, n FROM tally_closeness"_s),
        wantMember);
    compare("tally_closeness_person",
        stored(u"SELECT person_id, day, level, n FROM tally_closeness_person"_s), wantPerson);
    compare("tally_closeness_mover", haveMovers, movers);
    QStringList wantLevels = rows(perLevel);
    std::sort(wantLevels.begin(), wantLevels.end());
    compare("tally_closeness_level",
        stored(u"SELECT member_id, NULL, level, n FROM tally_closeness_level"_s), wantLevels);
    return report;
}

} // namespace outloud::test
