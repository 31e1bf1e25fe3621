// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A whole program on one database: 100 circles, 5,000 members (50 a circle), 100,000 people
// on their lists and 1,000,000 contributions. Measures what a member waits for when the
// window opens (their circle, their relationship list's and contributions' first screens)
// and a facilitator's overview of 10 circles, on PostgreSQL in organization mode (as the
// member's and the facilitator's own logins, through row-level security and the
// SECURITY DEFINER functions) beside the same on an SQLite file. Medians of 5 runs.
//
//   bench_org_scale [--contributions N]   (needs .ci/with-postgres for the server figures)
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "org/OrgAdmin.h"
#include "org/OrgService.h"
#include "people/RelationshipModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int Circles = 100;
constexpr int MembersPerCircle = 50;
constexpr int PeoplePerMember = 20;

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void touchFirstScreen(QAbstractItemModel& model)
{
    for (int row = 0; row < std::min(40, model.rowCount()); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
}

bool run(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(
        stderr, "failed: %s\n%s\n", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
    return false;
}

// The program, written with plain SQL that both engines run (a temporary table of
// numbers instead of generate_series, which SQLite lacks). Contributions spread over the
// last 12 weeks, so that some members stall.
bool loadProgram(Database& db, int contributions)
{
    const int perPerson
        = std::max(1, contributions / (Circles * MembersPerCircle * PeoplePerMember));
    QSqlQuery q(db.connection());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const bool pg = db.isServer();
    const QString daysAgo = pg ? u"(DATE '%1' - %2)"_s : u"date('%1', '-' || (%2) || ' days')"_s;
    const auto ago = [&](const QString& days) { return daysAgo.arg(today, days); };
    QStringList sql = {
        u"CREATE TEMPORARY TABLE seq (x INTEGER PRIMARY KEY)"_s,
        u"INSERT INTO seq (x) VALUES "_s,
        u"INSERT INTO circle (name, start_date, meeting_weekday, created_at)"
        " SELECT 'Circle ' || x, %1, 1, '%2T09:00:00' FROM seq WHERE x <= %3"_s.arg(
            ago(u"(x % 14) * 7"_s), today, QString::number(Circles)),
        u"INSERT INTO member (circle_id, name, position) SELECT c.id, 'Member ' || c.id || '-' || "
        "s.x, s.x FROM circle c, seq s WHERE s.x <= %1"_s.arg(MembersPerCircle),
        u"INSERT INTO person (member_id, name, created_on) SELECT m.id, 'Person ' || m.id || '-' "
        "|| s.x, %1 FROM member m, seq s WHERE s.x <= %2"_s.arg(
            ago(u"100"_s), QString::number(PeoplePerMember)),
        u"INSERT INTO contribution (person_id, happened_on, direction, kind_id)"
        " SELECT p.id, %1, s.x % 2, 1 + s.x % 10 FROM person p, seq s WHERE s.x <= %2"_s.arg(
            ago(u"(p.id * 7 + s.x * 13) % 84 + (p.member_id % 9) * 3"_s),
            QString::number(perPerson)),
        u"INSERT INTO meeting (circle_id, week, scheduled_at, status) SELECT c.id, s.x, "
        "'2026-01-05T12:00:00', CASE WHEN s.x <= 5 THEN 1 ELSE 0 END FROM circle c, seq s"
        " WHERE s.x <= 12"_s,
        u"INSERT INTO attendance (meeting_id, member_id, present) SELECT mt.id, m.id,"
        " CASE WHEN (m.id + mt.week) % 5 = 0 THEN 0 ELSE 1 END FROM meeting mt"
        " JOIN member m ON m.circle_id = mt.circle_id WHERE mt.status = 1"_s,
        u"INSERT INTO commitment (member_id, text, made_week, due_week, kept) SELECT m.id,"
        " 'Commitment ' || s.x, s.x, s.x + 1, CASE WHEN (m.id + s.x) % 3 = 0 THEN 0 ELSE 1 END"
        " FROM member m, seq s WHERE s.x <= 4"_s,
    };
    QStringList values;
    for (int i = 1; i <= std::max(MembersPerCircle, perPerson) + 200; ++i)
        values.append(u"(%1)"_s.arg(i));
    sql[1] += values.join(u',');
    if (!run(q, pg ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return false;
    for (const QString& statement : std::as_const(sql)) {
        if (!run(q, statement))
            return false;
    }
    return run(q, u"COMMIT"_s) && run(q, u"DROP TABLE seq"_s);
}

// The figures of a facilitator's overview for @p circles, in plain SQL (what a laptop or
// the owner would run): members, attendance, commitments, this week's contributions, who
// stalls.
int overviewSql(Database& db, const QList<qint64>& circles)
{
    QStringList ids;
    for (qint64 id : circles)
        ids.append(QString::number(id));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString weekAgo = QDate::currentDate().addDays(-7).toString(Qt::ISODate);
    const QString twoWeeksAgo = QDate::currentDate().addDays(-14).toString(Qt::ISODate);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    run(q,
        uR"(SELECT c.id, c.name,
            (SELECT count(*) FROM member m WHERE m.circle_id = c.id),
            (SELECT count(*) FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id
                WHERE mt.circle_id = c.id AND a.present = 1),
            (SELECT count(*) FROM commitment k JOIN member m ON m.id = k.member_id
                WHERE m.circle_id = c.id AND k.kept = 1),
            (SELECT count(*) FROM contribution x JOIN person p ON p.id = x.person_id
                JOIN member m ON m.id = p.member_id
                WHERE m.circle_id = c.id AND x.happened_on > '%2' AND x.happened_on <= '%3'),
            (SELECT count(*) FROM member m WHERE m.circle_id = c.id AND NOT EXISTS (
                SELECT 1 FROM contribution x JOIN person p ON p.id = x.person_id
                WHERE p.member_id = m.id AND x.happened_on > '%4'))
            FROM circle c WHERE c.id IN (%1) ORDER BY c.id)"_s.arg(
            ids.join(u','), weekAgo, today, twoWeeksAgo));
    int rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

struct Figures
{
    double firstScreenMs = 0;
    double openMs = 0;
    double overviewSqlMs = 0;
    double overviewOrgMs = -1; // organization mode only
    int overviewRows = 0;
};

Figures measureMember(const QString& memberAddress, Database& owner, const QList<qint64>& ten)
{
    Figures f;
    f.openMs = medianMs(5, [&] { Database::open(memberAddress, nullptr); });
    std::unique_ptr<Database> db = Database::open(memberAddress, nullptr);
    f.firstScreenMs = medianMs(5, [&] {
        CircleService circles(*db);
        const qint64 circle = circles.defaultCircleId();
        circles.members(circle);
        const qint64 me = circles.meId(circle);
        RelationshipModel people(*db);
        people.setMemberId(me);
        touchFirstScreen(people);
        ContributionModel contributions(*db);
        contributions.setMemberId(me);
        touchFirstScreen(contributions);
    });
    f.overviewSqlMs = medianMs(5, [&] { f.overviewRows = overviewSql(owner, ten); });
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int contributions = 1000000;
    if (const int at = int(args.indexOf(u"--contributions"_s)); at > 0 && at + 1 < args.size())
        contributions = args.at(at + 1).toInt();
    std::printf("bench_org_scale: %d circles, %d members, %d people, %d contributions\n", Circles,
        Circles * MembersPerCircle, Circles * MembersPerCircle * PeoplePerMember, contributions);

    // SQLite: the same program in one file (everyone's lists together, as the owner).
    QTemporaryDir dir;
    Figures lite;
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(dir.filePath(u"program.sqlite"_s), &error);
        QElapsedTimer t;
        t.start();
        if (!db || !loadProgram(*db, contributions))
            return 1;
        std::printf("SQLite: loaded in %.1f s\n", double(t.elapsed()) / 1000.0);
        QSqlQuery(db->connection()).exec(u"ANALYZE"_s);
        QSqlQuery(db->connection()).exec(u"UPDATE member SET is_me = 1 WHERE id = 1"_s);
        QList<qint64> ten;
        for (qint64 i = 1; i <= 10; ++i)
            ten.append(i);
        lite = measureMember(dir.filePath(u"program.sqlite"_s), *db, ten);
    }

    Figures pg;
    const bool server = !test::serverAddress().isEmpty();
    const QString name = u"outloud_scale_%1"_s.arg(QCoreApplication::applicationPid());
    const QString prefix = u"scale%1_"_s.arg(QCoreApplication::applicationPid());
    if (server) {
        QString error;
        QStringList report;
        const QString url = test::serverAddressFor(name);
        if (!test::serverAdmin(u"CREATE DATABASE %1"_s.arg(name), &error)
            || !OrgAdmin::init(url, &report, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::unique_ptr<Database> owner = Database::open(url, &error);
        QElapsedTimer t;
        t.start();
        if (!owner || !loadProgram(*owner, contributions)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("PostgreSQL: loaded in %.1f s\n", double(t.elapsed()) / 1000.0);
        owner->refreshStatistics();
        // One member of circle 1, and a facilitator of circles 1 to 10, with their own logins.
        std::unique_ptr<OrgAdmin> admin = OrgAdmin::connect(url, &error);
        const QString member = prefix + u"member"_s;
        const QString facilitator = prefix + u"fac"_s;
        bool ok
            = admin && admin->addMember(u"Mia"_s, member, u"Circle 1"_s, false, &report, &error);
        for (int c = 1; ok && c <= 10; ++c)
            ok = admin->addMember(
                u"Finn"_s, facilitator, u"Circle %1"_s.arg(c), true, &report, &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const QString password = qEnvironmentVariable("PGPASSWORD");
        for (const QString& login : {member, facilitator})
            test::serverExec(name, u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(login, password));
        // Mia gets the first member's list (20 people, their contributions).
        test::serverExec(name,
            u"UPDATE person SET member_id = (SELECT id FROM member WHERE login = '%1')"
            " WHERE member_id = 1"_s.arg(member));
        owner->refreshStatistics();
        QUrl asMember(url);
        asMember.setUserName(member);
        QUrl asFacilitator(url);
        asFacilitator.setUserName(facilitator);
        QList<qint64> ten;
        for (qint64 i = 1; i <= 10; ++i)
            ten.append(i);
        pg = measureMember(asMember.toString(), *owner, ten);
        std::unique_ptr<Database> fac = Database::open(asFacilitator.toString(), &error);
        if (!fac) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        int rows = 0;
        pg.overviewOrgMs = medianMs(5, [&] {
            QList<OrgCircleOverview> overview;
            QString e;
            OrgService(*fac).facilitatorOverview(QDate::currentDate(), &overview, &e);
            rows = int(overview.size());
        });
        std::printf("PostgreSQL: the facilitator's overview has %d circles\n", rows);
        fac.reset();
        owner.reset();
        admin.reset();
    } else {
        std::printf("no server (run under .ci/with-postgres): SQLite figures only\n");
    }

    std::printf("\n%-52s %12s %12s\n", "", "SQLite", "PostgreSQL");
    const auto line = [&](const char* what, double a, double b) {
        std::printf("%-52s %9.2f ms %9.2f ms\n", what, a, b);
    };
    line("open the database (as the member)", lite.openMs, pg.openMs);
    line("member's first screen (circle, list, contributions)", lite.firstScreenMs,
        pg.firstScreenMs);
    line("overview of 10 circles, plain SQL as the owner", lite.overviewSqlMs, pg.overviewSqlMs);
    if (pg.overviewOrgMs >= 0)
        std::printf("%-52s %12s %9.2f ms\n", "overview of 10 circles, facilitator (RLS, functions)",
            "-", pg.overviewOrgMs);

    if (server) {
        test::serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        for (const QString& login : {prefix + u"member"_s, prefix + u"fac"_s})
            test::serverAdmin(u"DROP ROLE IF EXISTS %1"_s.arg(login));
    }
    return 0;
}
