// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy enforced by PostgreSQL: every table x command x role, connecting as each person
// directly (QPSQL with their own login), never through Outloud's services.
#include "OrgFixture.h"
#include "TestSupport.h"
#include "org/OrgAdmin.h"
#include "org/OrgSchema.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace outloud::test {
namespace {

#define OUTLOUD_NEEDS_SERVER()                                                                     \
    if (serverAddress().isEmpty())                                                                 \
    GTEST_SKIP() << "needs PostgreSQL: run through bash .ci/with-postgres (OUTLOUD_TEST_POSTGRES " \
                    "is unset)"

// A = allowed (the row is seen or changed), H = hidden (no row seen or changed),
// D = refused with SQLSTATE 42501.
char attempt(QSqlDatabase& db, const QString& sql, bool select, std::string* detail)
{
    QSqlQuery q(db);
    q.exec(u"BEGIN"_s);
    char outcome = '?';
    if (!q.exec(sql)) {
        outcome = q.lastError().nativeErrorCode() == u"42501"_s ? 'D' : 'E';
        if (outcome == 'E')
            *detail = q.lastError().text().toStdString();
    } else if (select) {
        outcome = q.next() && q.value(0).toInt() > 0 ? 'A' : 'H';
    } else {
        outcome = q.numRowsAffected() > 0 ? 'A' : 'H';
    }
    q.finish();
    q.exec(u"ROLLBACK"_s);
    return outcome;
}

struct TableCase
{
    QString table;
    QString key; // alice's row in circle A
    QString insert;
    QString update; // SET ... clause
    QString clear; // run as superuser before the INSERT (a table keyed by the circle)
    QString restore;
    // Expected S I U D for: alice (the member), bob (same circle), carol (other circle),
    // fran (A's facilitator), gus (B's facilitator), ada (program admin).
    QStringList expected;
};

QList<TableCase> cases(OrgProgram& p)
{
    const QString a = QString::number(p.id(u"circleA"_s));
    const QString alice = QString::number(p.id(u"alice"_s));
    const QString person = QString::number(p.id(u"person"_s));
    const QString m1 = QString::number(p.id(u"meeting1"_s));
    const QString m2 = QString::number(p.id(u"meeting2"_s));
    const QStringList privateRows
        = {u"AAAA"_s, u"HDHH"_s, u"HDHH"_s, u"DDDD"_s, u"DDDD"_s, u"DDDD"_s};
    const QStringList circleRows
        = {u"ADDD"_s, u"ADDD"_s, u"HDDD"_s, u"AAAA"_s, u"HDHH"_s, u"DDDD"_s};
    const QStringList tallyRows
        = {u"ADDD"_s, u"HDDD"_s, u"HDDD"_s, u"DDDD"_s, u"DDDD"_s, u"DDDD"_s};
    const QStringList shared = {u"ADDD"_s, u"ADDD"_s, u"ADDD"_s, u"ADDD"_s, u"ADDD"_s, u"ADDD"_s};
    return {
        {u"person"_s, u"id = "_s + person,
            u"INSERT INTO person (member_id, name, created_on) VALUES (%1, 'N', '2026-03-01')"_s
                .arg(alice),
            u"notes = notes"_s, {}, {}, privateRows},
        {u"contribution"_s, u"id = %1"_s.arg(p.id(u"contribution"_s)),
            u"INSERT INTO contribution (person_id, happened_on, direction, kind_id) VALUES (%1, '2026-03-01', 0, 1)"_s
                .arg(person),
            u"note = note"_s, {}, {}, privateRows},
        {u"closeness_change"_s, u"id = %1"_s.arg(p.id(u"closeness"_s)),
            u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (%1, '2026-03-01', 3)"_s
                .arg(person),
            u"closeness = closeness"_s, {}, {}, privateRows},
        {u"goal_revision"_s, u"id = %1"_s.arg(p.id(u"goal"_s)),
            u"INSERT INTO goal_revision (member_id, revised_at, accomplish) VALUES (%1, now(), 'x')"_s
                .arg(alice),
            u"why = why"_s, {}, {},
            {u"AAAA"_s, u"ADHH"_s, u"HDHH"_s, u"ADDD"_s, u"HDDD"_s, u"DDDD"_s}},
        {u"circle"_s, u"id = "_s + a,
            u"INSERT INTO circle (name, start_date, meeting_weekday, created_at) VALUES ('New', '2026-03-02', 1, now())"_s,
            u"name = name"_s, {}, {},
            {u"ADDD"_s, u"ADDD"_s, u"HDDD"_s, u"ADAD"_s, u"HDHD"_s, u"AAAA"_s}},
        {u"member"_s, u"id = "_s + alice,
            u"INSERT INTO member (circle_id, name, position) VALUES (%1, 'Eve', 9)"_s.arg(a),
            u"name = name"_s, {}, {},
            {u"ADDD"_s, u"ADDD"_s, u"HDDD"_s, u"ADAD"_s, u"HDHD"_s, u"DDDD"_s}},
        {u"meeting"_s, u"id = "_s + m1,
            u"INSERT INTO meeting (circle_id, week, scheduled_at) VALUES (%1, 3, '2026-02-16T12:00:00')"_s
                .arg(a),
            u"notes = notes"_s, {}, {}, circleRows},
        {u"attendance"_s, u"meeting_id = %1 AND member_id = %2"_s.arg(m1, alice),
            u"INSERT INTO attendance VALUES (%1, %2, 1)"_s.arg(m2, alice), u"present = present"_s,
            {}, {}, circleRows},
        {u"round_note"_s, u"meeting_id = %1 AND member_id = %2"_s.arg(m1, alice),
            u"INSERT INTO round_note VALUES (%1, %2, 'n')"_s.arg(m2, alice), u"notes = notes"_s, {},
            {}, circleRows},
        {u"exercise_done"_s, u"meeting_id = %1 AND member_id = %2"_s.arg(m1, alice),
            u"INSERT INTO exercise_done VALUES (%1, %2, 1, 'e')"_s.arg(m1, alice),
            u"exercise = exercise"_s, {}, {}, circleRows},
        {u"circle_plan"_s, u"circle_id = "_s + a,
            u"INSERT INTO circle_plan VALUES (%1, 'p', now())"_s.arg(a), u"plan_text = plan_text"_s,
            u"DELETE FROM circle_plan WHERE circle_id = "_s + a,
            u"INSERT INTO circle_plan VALUES (%1, 'plan', now())"_s.arg(a), circleRows},
        {u"share_setting"_s, u"circle_id = "_s + a,
            u"INSERT INTO share_setting (circle_id) VALUES (%1)"_s.arg(a), u"parts = parts"_s,
            u"DELETE FROM share_setting WHERE circle_id = "_s + a,
            u"INSERT INTO share_setting (circle_id) VALUES (%1)"_s.arg(a), circleRows},
        {u"commitment"_s, u"id = %1"_s.arg(p.id(u"commitment"_s)),
            u"INSERT INTO commitment (member_id, text, made_week, due_week) VALUES (%1, 't', 2, 3)"_s
                .arg(alice),
            u"text = text"_s, {}, {},
            {u"AAAA"_s, u"ADHH"_s, u"HDHH"_s, u"AAAA"_s, u"HDHH"_s, u"DDDD"_s}},
        {u"reported_round"_s, u"member_id = %1 AND week = 1"_s.arg(alice),
            u"INSERT INTO reported_round VALUES (%1, 2, 1, 0, 0, 0, '2026-02-09')"_s.arg(alice),
            u"given = given"_s, {}, {}, circleRows},
        {u"org_facilitator"_s, u"circle_id = "_s + a,
            u"INSERT INTO org_facilitator VALUES (%1, 'someone')"_s.arg(a), u"login = login"_s, {},
            {}, {u"DDDD"_s, u"DDDD"_s, u"DDDD"_s, u"ADDD"_s, u"HDDD"_s, u"AAAA"_s}},
        {u"contribution_kind"_s, u"id = 1"_s,
            u"INSERT INTO contribution_kind (name, position) VALUES ('k', 99)"_s, u"name = name"_s,
            {}, {}, shared},
        {u"channel"_s, u"id = 1"_s, u"INSERT INTO channel (name, position) VALUES ('c', 99)"_s,
            u"name = name"_s, {}, {}, shared},
        {u"keep_in_touch_default"_s, u"closeness = 2"_s,
            u"INSERT INTO keep_in_touch_default VALUES (6, 1)"_s, u"every_weeks = every_weeks"_s,
            {}, {}, shared},
        // The member's own counts: read by the member, written only by the triggers.
        {u"tally_day"_s, u"member_id = "_s + alice,
            u"INSERT INTO tally_day VALUES (%1, '2026-01-01', 0, 1)"_s.arg(alice), u"n = n"_s, {},
            {}, tallyRows},
        {u"tally_kind"_s, u"member_id = "_s + alice,
            u"INSERT INTO tally_kind VALUES (%1, 2, 0, -1, 1)"_s.arg(alice), u"n = n"_s, {}, {},
            tallyRows},
        {u"tally_channel"_s, u"member_id = "_s + alice,
            u"INSERT INTO tally_channel VALUES (%1, 2, 0, 1)"_s.arg(alice), u"n = n"_s, {}, {},
            tallyRows},
        {u"tally_person"_s, u"person_id = "_s + person,
            u"INSERT INTO tally_person VALUES (-1, %1, 1, 0, '2026-01-01')"_s.arg(alice),
            u"given = given"_s, {}, {}, tallyRows},
        {u"tally_closeness"_s, u"member_id = "_s + alice,
            u"INSERT INTO tally_closeness VALUES (%1, '2026-01-01', 0, 1)"_s.arg(alice), u"n = n"_s,
            {}, {}, tallyRows},
        {u"tally_closeness_level"_s, u"member_id = "_s + alice,
            u"INSERT INTO tally_closeness_level VALUES (%1, 5, 1)"_s.arg(alice), u"n = n"_s, {}, {},
            tallyRows},
        {u"tally_closeness_person"_s, u"person_id = "_s + person,
            u"INSERT INTO tally_closeness_person VALUES (-1, %1, '2026-01-01', 0, 1)"_s.arg(alice),
            u"n = n"_s, {}, {}, tallyRows},
        // Alice's one person has one level: no mover row to see, but none to write either.
        {u"tally_closeness_mover"_s, u"member_id = "_s + alice,
            u"INSERT INTO tally_closeness_mover VALUES (-1, %1)"_s.arg(alice),
            u"member_id = member_id"_s, {}, {},
            {u"HDDD"_s, u"HDDD"_s, u"HDDD"_s, u"DDDD"_s, u"DDDD"_s, u"DDDD"_s}},
        {u"outloud_schema"_s, u"true"_s, u"INSERT INTO outloud_schema VALUES ('x', 1)"_s,
            u"version = version"_s, {}, {}, shared},
    };
}

class OrgMatrix : public ::testing::Test
{
protected:
    void SetUp() override
    {
        OUTLOUD_NEEDS_SERVER();
        m_program = std::make_unique<OrgProgram>();
        ASSERT_TRUE(m_program->ready()) << m_program->failure.toStdString();
    }
    std::unique_ptr<OrgProgram> m_program;
};

TEST_F(OrgMatrix, EveryTableCommandAndRoleIsAllowedOrRefusedAsThePrivacyTableSays)
{
    OrgProgram& p = *m_program;
    const QStringList actors = {u"alice"_s, u"bob"_s, u"carol"_s, u"fran"_s, u"gus"_s, u"ada"_s};
    QList<QSqlDatabase> connections;
    for (const QString& who : actors) {
        connections.append(p.connectAs(who));
        ASSERT_TRUE(connections.last().isOpen())
            << who.toStdString() << ": " << connections.last().lastError().text().toStdString();
    }
    const QList<TableCase> all = cases(p);
    // Every table of the schema is in the matrix: a new table needs its row here.
    QStringList covered;
    for (const TableCase& c : all)
        covered.append(c.table);
    covered.sort();
    QStringList tables = org::protectedTables();
    tables.sort();
    EXPECT_EQ(covered, tables);
    int checked = 0;
    for (const TableCase& c : all) {
        for (qsizetype i = 0; i < actors.size(); ++i) {
            const QStringList statements = {
                u"SELECT count(*) FROM %1 WHERE %2"_s.arg(c.table, c.key),
                c.insert,
                u"UPDATE %1 SET %2 WHERE %3"_s.arg(c.table, c.update, c.key),
                u"DELETE FROM %1 WHERE %2"_s.arg(c.table, c.key),
            };
            QString got;
            std::string detail;
            for (qsizetype s = 0; s < statements.size(); ++s) {
                if (s == 1 && !c.clear.isEmpty())
                    p.superuser(c.clear);
                got += QLatin1Char(attempt(connections[i], statements[s], s == 0, &detail));
                if (s == 1 && !c.restore.isEmpty())
                    p.superuser(c.restore);
                ++checked;
            }
            EXPECT_EQ(got.toStdString(), c.expected[i].toStdString())
                << c.table.toStdString() << " as " << actors[i].toStdString()
                << " (SELECT INSERT UPDATE DELETE) " << detail;
        }
    }
    EXPECT_EQ(checked, tables.size() * actors.size() * 4);
    EXPECT_TRUE(p.ready()) << p.failure.toStdString();
}

TEST_F(OrgMatrix, AMemberCannotBecomeAnotherBySetRoleOrSessionVariables)
{
    OrgProgram& p = *m_program;
    QSqlDatabase bob = p.connectAs(u"bob"_s);
    ASSERT_TRUE(bob.isOpen());
    QSqlQuery q(bob);
    for (const QString& sql : {u"SET ROLE %1"_s.arg(p.login(u"alice"_s)),
             u"SET SESSION AUTHORIZATION %1"_s.arg(p.login(u"alice"_s)),
             u"SET ROLE outloud_owner"_s, u"SET ROLE outloud_admin"_s,
             u"SELECT set_config('role', '%1', false)"_s.arg(p.login(u"alice"_s))}) {
        EXPECT_FALSE(q.exec(sql)) << sql.toStdString();
        EXPECT_EQ(q.lastError().nativeErrorCode(), u"42501"_s) << sql.toStdString();
    }
    // Session variables are anyone's to set, and identity is never one of them.
    for (const QString& sql :
        {u"SELECT set_config('outloud.login', '%1', false)"_s.arg(p.login(u"alice"_s)),
            u"SELECT set_config('outloud.member_id', '%1', false)"_s.arg(p.id(u"alice"_s)),
            u"SELECT set_config('request.jwt.claim.sub', '%1', false)"_s.arg(p.login(u"alice"_s)),
            u"SELECT set_config('application_name', '%1', false)"_s.arg(p.login(u"alice"_s))})
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(u"SELECT count(*), current_user::text, session_user::text FROM person"_s)
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_EQ(q.value(1).toString(), p.login(u"bob"_s));
    EXPECT_EQ(q.value(2).toString(), p.login(u"bob"_s));
    q.finish();
    ASSERT_TRUE(q.exec(u"SELECT org_my_members()::text, count(*) FROM contribution GROUP BY 1"_s)
        || q.lastError().nativeErrorCode().isEmpty());
    ASSERT_TRUE(q.exec(u"SELECT org_my_members()::text"_s) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"{%1}"_s.arg(p.id(u"bob"_s)));
}

TEST_F(OrgMatrix, SharedFiguresComeOnlyThroughTheFunctionsAndOnlyToThoseWhoMaySeeThem)
{
    OrgProgram& p = *m_program;
    const QString a = QString::number(p.id(u"circleA"_s));
    const QString b = QString::number(p.id(u"circleB"_s));
    struct Call
    {
        QString who;
        QString sql;
        bool allowed;
    };
    const QList<Call> calls = {
        {u"bob"_s, u"SELECT count(*) FROM org_circle_members(%1, '2026-03-02', 5)"_s.arg(a), true},
        {u"fran"_s, u"SELECT count(*) FROM org_circle_members(%1, '2026-03-02', 5)"_s.arg(a), true},
        {u"carol"_s, u"SELECT count(*) FROM org_circle_members(%1, '2026-03-02', 5)"_s.arg(a),
            false},
        {u"gus"_s, u"SELECT count(*) FROM org_circle_members(%1, '2026-03-02', 5)"_s.arg(a), false},
        {u"ada"_s, u"SELECT count(*) FROM org_circle_members(%1, '2026-03-02', 5)"_s.arg(a), false},
        {u"bob"_s, u"SELECT count(*) FROM org_circle_days(%1, '2026-01-01', '2026-04-01')"_s.arg(a),
            true},
        {u"gus"_s, u"SELECT count(*) FROM org_circle_days(%1, '2026-01-01', '2026-04-01')"_s.arg(a),
            false},
        {u"fran"_s,
            u"SELECT count(*) FROM org_circle_days(%1, '2026-01-01', '2026-04-01')"_s.arg(b),
            false},
        {u"ada"_s, u"SELECT count(*) FROM org_program_totals('2026-03-02')"_s, true},
        {u"fran"_s, u"SELECT count(*) FROM org_program_totals('2026-03-02')"_s, false},
        {u"alice"_s, u"SELECT count(*) FROM org_program_weeks('2026-03-02', 4)"_s, false},
        {u"bob"_s, u"SELECT count(*) FROM org_program_circles('2026-03-02')"_s, false},
    };
    for (const Call& call : calls) {
        QSqlDatabase db = p.connectAs(call.who);
        QSqlQuery q(db);
        const bool ok = q.exec(call.sql);
        EXPECT_EQ(ok, call.allowed) << call.who.toStdString() << ": " << call.sql.toStdString()
                                    << " " << q.lastError().text().toStdString();
        if (!ok) {
            EXPECT_EQ(q.lastError().nativeErrorCode(), u"42501"_s) << call.sql.toStdString();
        }
    }
    // What bob sees of alice: her goal and counts, never her list.
    QSqlDatabase bob = p.connectAs(u"bob"_s);
    QSqlQuery q(bob);
    ASSERT_TRUE(
        q.exec(u"SELECT name, accomplish, weekly_target, last_contribution, meetings_attended,"
               " commitments_due FROM org_circle_members(%1, '2026-03-02', 5) WHERE is_me = false"_s
                   .arg(a))
        && q.next());
    EXPECT_EQ(q.value(0).toString(), u"Alice"_s);
    EXPECT_EQ(q.value(1).toString(), u"Find a mentor"_s);
    EXPECT_EQ(q.value(2).toInt(), 2);
    EXPECT_EQ(q.value(3).toString(), u"2026-02-24"_s);
    EXPECT_EQ(q.value(4).toInt(), 1);
    EXPECT_EQ(q.value(5).toInt(), 1);
    // Fran's overview covers circle A only; alice has not contributed for 6 days: not stalled.
    QSqlDatabase fran = p.connectAs(u"fran"_s);
    QSqlQuery f(fran);
    ASSERT_TRUE(f.exec(
        u"SELECT name, members, stalled, stalled_names::text FROM org_facilitator_overview('2026-03-02')"_s));
    ASSERT_TRUE(f.next());
    EXPECT_EQ(f.value(0).toString(), u"Circle A"_s);
    EXPECT_EQ(f.value(1).toInt(), 2);
    EXPECT_EQ(f.value(2).toInt(), 1);
    EXPECT_EQ(f.value(3).toString(), u"{Bob}"_s);
    EXPECT_FALSE(f.next());
    // The admin's totals: counts, no names.
    QSqlDatabase ada = p.connectAs(u"ada"_s);
    QSqlQuery t(ada);
    ASSERT_TRUE(t.exec(u"SELECT circles, circles_running, members, members_active_this_week,"
                       " contributions_this_week FROM org_program_totals('2026-03-02')"_s)
        && t.next());
    EXPECT_EQ(t.value(0).toInt(), 2);
    EXPECT_EQ(t.value(1).toInt(), 2);
    EXPECT_EQ(t.value(2).toInt(), 3);
    EXPECT_EQ(t.value(3).toInt(), 1);
    EXPECT_EQ(t.value(4).toInt(), 1);
}

TEST_F(OrgMatrix, ANotificationSaysWhichCircleChangedAndNothingPrivate)
{
    OrgProgram& p = *m_program;
    QSqlDatabase bob = p.connectAs(u"bob"_s);
    QSqlDatabase alice = p.connectAs(u"alice"_s);
    const QString channel = u"circle_%1"_s.arg(p.id(u"circleA"_s));
    ASSERT_TRUE(bob.driver()->subscribeToNotification(channel));
    ASSERT_TRUE(bob.driver()->subscribeToNotification(u"outloud_program"_s));
    QSignalSpy spy(bob.driver(),
        qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
            &QSqlDriver::notification));
    QSqlQuery q(alice);
    ASSERT_TRUE(
        q.exec(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, note)"
               " VALUES (%1, '2026-03-01', 0, 1, 'TOP SECRET note')"_s.arg(p.id(u"person"_s))))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(
        u"UPDATE person SET notes = 'TOP SECRET too' WHERE id = %1"_s.arg(p.id(u"person"_s))));
    while (spy.size() < 3 && spy.wait(5000)) { }
    ASSERT_GE(spy.size(), 3);
    QStringList payloads;
    for (const QList<QVariant>& signal : std::as_const(spy)) {
        payloads.append(signal.at(0).toString() + u'=' + signal.at(2).toString());
        EXPECT_FALSE(signal.at(2).toString().contains(u"SECRET"_s));
        EXPECT_FALSE(signal.at(2).toString().contains(u"Secret Person"_s));
    }
    EXPECT_TRUE(payloads.contains(channel + u"=contribution"_s))
        << payloads.join(u' ').toStdString();
    EXPECT_TRUE(payloads.contains(channel + u"=person"_s)) << payloads.join(u' ').toStdString();
    EXPECT_TRUE(payloads.contains(u"outloud_program=%1"_s.arg(p.id(u"circleA"_s))));
}

// Every notification that reaches @p spy within @p ms, as "channel=payload".
QStringList heard(QSignalSpy& spy, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        spy.wait(int(std::max<qint64>(1, ms - timer.elapsed())));
    QStringList payloads;
    for (const QList<QVariant>& signal : std::as_const(spy))
        payloads.append(signal.at(0).toString() + u'=' + signal.at(2).toString());
    spy.clear();
    return payloads;
}

TEST_F(OrgMatrix, OneTransactionIsAnnouncedOnceWhateverItChanged)
{
    OrgProgram& p = *m_program;
    QSqlDatabase bob = p.connectAs(u"bob"_s);
    QSqlDatabase alice = p.connectAs(u"alice"_s);
    const QString a = QString::number(p.id(u"circleA"_s));
    const QString channel = u"circle_"_s + a;
    ASSERT_TRUE(bob.driver()->subscribeToNotification(channel));
    ASSERT_TRUE(bob.driver()->subscribeToNotification(u"outloud_program"_s));
    QSignalSpy spy(bob.driver(),
        qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
            &QSqlDriver::notification));
    const QString person = QString::number(p.id(u"person"_s));
    QSqlQuery q(alice);
    // Several edits in several tables, one of them undone by a savepoint.
    ASSERT_TRUE(q.exec(u"BEGIN"_s));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(
            q.exec(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, note)"
                   " VALUES (%1, '2026-03-01', 0, 1, 'TOP SECRET %2')"_s.arg(person)
                       .arg(i)))
            << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(u"UPDATE person SET closeness = 3 WHERE id = %1"_s.arg(person)));
    ASSERT_TRUE(q.exec(u"SAVEPOINT s"_s));
    ASSERT_TRUE(q.exec(u"INSERT INTO commitment (member_id, text, made_week, due_week)"
                       " VALUES (%1, 'undone', 1, 2)"_s.arg(p.id(u"alice"_s))));
    ASSERT_TRUE(q.exec(u"ROLLBACK TO SAVEPOINT s"_s));
    ASSERT_TRUE(q.exec(u"COMMIT"_s));
    EXPECT_EQ(heard(spy, 1500),
        (QStringList {channel + u"=contribution,person"_s, u"outloud_program="_s + a}));

    // A transaction rolled back announces nothing.
    ASSERT_TRUE(q.exec(u"BEGIN"_s));
    ASSERT_TRUE(q.exec(u"UPDATE person SET closeness = 4 WHERE id = %1"_s.arg(person)));
    ASSERT_TRUE(q.exec(u"ROLLBACK"_s));
    EXPECT_EQ(heard(spy, 700), QStringList());

    // Outloud's own write on an organization database: the server's one announcement, no
    // second one from the app.
    QString error;
    std::unique_ptr<Database> db = Database::open(p.urlAs(u"alice"_s), &error);
    ASSERT_TRUE(db) << error.toStdString();
    ASSERT_TRUE(db->isOrganization());
    ASSERT_TRUE(db->write(
        Database::Contributions | Database::People,
        [&](QSqlQuery& w) {
            return w.exec(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id)"
                          " VALUES (%1, '2026-03-02', 1, 1)"_s.arg(person))
                && w.exec(u"UPDATE person SET closeness = 2 WHERE id = %1"_s.arg(person));
        },
        &error))
        << error.toStdString();
    EXPECT_EQ(heard(spy, 1500),
        (QStringList {channel + u"=contribution,person"_s, u"outloud_program="_s + a}));
}

TEST_F(OrgMatrix, ARefusalReachesTheMemberAsAPlainSentence)
{
    OrgProgram& p = *m_program;
    QString error;
    std::unique_ptr<Database> db = Database::open(p.urlAs(u"alice"_s), &error);
    ASSERT_TRUE(db) << error.toStdString();
    // A commitment in Bob's name: the policy's WITH CHECK refuses it (42501).
    EXPECT_FALSE(db->write(Database::Commitments,
        u"INSERT INTO commitment (member_id, text, made_week, due_week) VALUES (?, ?, 1, 2)"_s,
        {p.id(u"bob"_s), u"Planted"_s}, u"save the commitment"_s, &error));
    EXPECT_EQ(lastSqlState(), u"42501"_s);
    EXPECT_TRUE(error.startsWith(u"Could not save the commitment: your login may not change"_s))
        << error.toStdString();
    for (const QString& driverText :
        {u"row-level security"_s, u"policy"_s, u"ERROR"_s, u"permission denied"_s, u"42501"_s})
        EXPECT_FALSE(error.contains(driverText, Qt::CaseInsensitive)) << error.toStdString();
    // A table the member may only read: a missing privilege reads the same way.
    EXPECT_FALSE(db->write(Database::Meetings, u"DELETE FROM meeting WHERE id = ?"_s,
        {p.id(u"meeting1"_s)}, u"remove the meeting"_s, &error));
    EXPECT_TRUE(error.startsWith(u"Could not remove the meeting: your login may not change"_s))
        << error.toStdString();
    EXPECT_EQ(p.superuser(u"SELECT count(*) FROM commitment WHERE text = 'Planted'"_s).toInt(), 0);
    EXPECT_EQ(p.superuser(u"SELECT count(*) FROM meeting WHERE id = %1"_s.arg(p.id(u"meeting1"_s)))
                  .toInt(),
        1);
    // Nothing was retried: a refusal is not a conflict.
    EXPECT_EQ(db->retriedWrites(), 0);
}

// The catalog: no table of the schema without forced row-level security, none owned by a
// role that logs in, and no SECURITY DEFINER function that PUBLIC may run or whose
// search_path is open.
QStringList unprotected(OrgProgram& p)
{
    const QVariant tables = p.superuser(
        u"SELECT coalesce(string_agg(c.relname, ',' ORDER BY c.relname), '') FROM pg_class c"
        " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"
        " AND NOT (c.relrowsecurity AND c.relforcerowsecurity AND c.relowner = 'outloud_owner'::regrole)"_s);
    return tables.toString().split(u',', Qt::SkipEmptyParts);
}

TEST_F(OrgMatrix, EveryTableHasForcedRowLevelSecurityAndEveryFunctionIsClosed)
{
    OrgProgram& p = *m_program;
    EXPECT_EQ(unprotected(p), QStringList());
    EXPECT_EQ(
        p.superuser(
             u"SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
             " AND prosecdef AND (proconfig IS NULL OR NOT 'search_path=public, pg_temp' = ANY "
             "(proconfig)"
             " OR has_function_privilege('public', oid, 'EXECUTE') OR proowner <> 'outloud_owner'::regrole)"_s)
            .toInt(),
        0);
    EXPECT_GE(
        p.superuser(
             u"SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef"_s)
            .toInt(),
        10);
    EXPECT_EQ(p.superuser(u"SELECT count(*) FROM pg_policies WHERE schemaname = 'public'"
                          " AND cmd IN ('INSERT', 'UPDATE') AND with_check IS NULL"_s)
                  .toInt(),
        0);
    // A table added without its policies is caught, and init closes it.
    p.superuser(u"CREATE TABLE public.added_later (x integer)"_s);
    p.superuser(u"ALTER TABLE public.added_later OWNER TO outloud_owner"_s);
    EXPECT_EQ(unprotected(p), QStringList {u"added_later"_s});
    QStringList report;
    QString error;
    ASSERT_TRUE(OrgAdmin::init(p.url(), &report, &error)) << error.toStdString();
    EXPECT_EQ(unprotected(p), QStringList());
    QSqlDatabase alice = p.connectAs(u"alice"_s);
    QSqlQuery q(alice);
    EXPECT_FALSE(q.exec(u"SELECT * FROM added_later"_s));
    EXPECT_EQ(q.lastError().nativeErrorCode(), u"42501"_s);
}

// The tallies under row-level security: a member's own edits count, through triggers that
// run as the owner, in rows only that member may read.
TEST_F(OrgMatrix, AMembersEditsCountInTalliesOnlyTheyCanRead)
{
    OrgProgram& p = *m_program;
    const QString alice = QString::number(p.id(u"alice"_s));
    const QString person = QString::number(p.id(u"person"_s));
    QSqlDatabase asAlice = p.connectAs(u"alice"_s);
    QSqlDatabase asBob = p.connectAs(u"bob"_s);
    QSqlQuery q(asAlice);
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(q.exec(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id)"
                           " VALUES (%1, '2026-03-05', 1, 2)"_s.arg(person)))
            << q.lastError().text().toStdString();
    }
    ASSERT_TRUE(q.exec(u"SELECT n FROM tally_day WHERE member_id = %1"
                       " AND happened_on = '2026-03-05' AND direction = 1"_s.arg(alice)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    ASSERT_TRUE(q.exec(u"SELECT given, received FROM tally_person WHERE person_id = "_s + person));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toInt(), 3);
    const int given = q.value(0).toInt();
    EXPECT_EQ(p.superuser(u"SELECT count(*) FROM contribution WHERE person_id = %1"
                          " AND direction = 0"_s.arg(person))
                  .toInt(),
        given);
    // Bob, in the same circle, sees none of it.
    QSqlQuery b(asBob);
    for (const QString& table : tally::tables()) {
        ASSERT_TRUE(b.exec(u"SELECT count(*) FROM "_s + table)) << table.toStdString();
        ASSERT_TRUE(b.next());
        EXPECT_EQ(b.value(0).toInt(), 0) << table.toStdString();
    }
    // Edits and a removal count out again.
    ASSERT_TRUE(q.exec(u"UPDATE contribution SET direction = 0 WHERE person_id = %1"
                       " AND happened_on = '2026-03-05'"_s.arg(person)))
        << q.lastError().text().toStdString();
    EXPECT_EQ(p.superuser(u"SELECT count(*) FROM tally_day WHERE member_id = %1"
                          " AND happened_on = '2026-03-05' AND direction = 1"_s.arg(alice))
                  .toInt(),
        0);
    ASSERT_TRUE(q.exec(u"DELETE FROM person WHERE id = "_s + person))
        << q.lastError().text().toStdString();
    EXPECT_EQ(
        p.superuser(u"SELECT (SELECT count(*) FROM tally_day WHERE member_id = %1)"
                    " + (SELECT count(*) FROM tally_person WHERE member_id = %1)"_s.arg(alice))
            .toInt(),
        0);
}

} // namespace
} // namespace outloud::test
