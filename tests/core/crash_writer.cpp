// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes edits as fast as it can and prints each one after it was committed, as
// "person <id>" or "contribution <id>". CrashTest kills it at random moments.
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <cstdio>

using namespace outloud;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QString error;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CircleService circles(*db);
    qint64 circleId = circles.defaultCircleId();
    if (circleId < 0) {
        Circle c;
        c.name = u"Crash circle"_s;
        c.startDate = QDate(2026, 1, 5);
        circleId = circles.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, &error);
    }
    const qint64 me = circles.meId(circleId);
    PeopleService people(*db);
    ContributionService log(*db);
    const qint64 kind = log.kindIdByCode(u"appreciation"_s);
    qint64 person = -1;
    for (int i = 0;; ++i) {
        if (i % 10 == 0) {
            Person p;
            p.memberId = me;
            p.name = u"Person %1-%2"_s.arg(QCoreApplication::applicationPid()).arg(i);
            person = people.add(p, &error);
            if (person < 0)
                return 1;
            std::printf("person %lld\n", static_cast<long long>(person));
        } else {
            Contribution c;
            c.personId = person;
            c.date = QDate(2026, 1, 5).addDays(i % 80);
            c.kindId = kind;
            c.note = u"edit %1"_s.arg(i);
            const qint64 id = log.add(c, &error);
            if (id < 0)
                return 1;
            std::printf("contribution %lld\n", static_cast<long long>(id));
        }
        std::fflush(stdout);
    }
}
