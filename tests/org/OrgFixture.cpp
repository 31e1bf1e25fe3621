// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgFixture.h"

#include "TestSupport.h"
#include "org/OrgAdmin.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace outloud::test {

namespace {
const QStringList People = {u"alice"_s, u"bob"_s, u"carol"_s, u"fran"_s, u"gus"_s, u"ada"_s};
}

OrgProgram::OrgProgram()
    : m_prefix(u"t%1_%2_"_s.arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->bounded(1000000)))
{
    m_database = m_prefix + u"org"_s;
    if (!setUp() && failure.isEmpty())
        failure = u"setting up the program failed"_s;
}

OrgProgram::~OrgProgram()
{
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase::removeDatabase(u"outloud-test-admin-"_s + m_database);
    serverAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
    for (const QString& who : People)
        serverAdmin(u"DROP ROLE IF EXISTS %1"_s.arg(login(who)));
}

QString OrgProgram::url() const
{
    return serverAddressFor(m_database);
}

QString OrgProgram::urlAs(const QString& who) const
{
    QUrl address(url());
    address.setUserName(login(who));
    return address.toString();
}

QString OrgProgram::login(const QString& who) const
{
    return m_prefix + who;
}

QSqlDatabase OrgProgram::connectAs(const QString& who)
{
    const QUrl address(url());
    const QString name = u"org-test-"_s + who + u'-' + QString::number(m_connections.size());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    m_connections.append(name);
    db.setHostName(address.host());
    db.setPort(address.port(5432));
    db.setDatabaseName(m_database);
    db.setUserName(login(who));
    db.setPassword(qEnvironmentVariable("PGPASSWORD"));
    db.open();
    return db;
}

QVariant OrgProgram::superuser(const QString& sql)
{
    QVariant value;
    QString error;
    if (!serverExec(m_database, sql, &error, &value) && failure.isEmpty())
        failure = sql + u": "_s + error;
    return value;
}

bool OrgProgram::setUp()
{
    if (serverAddress().isEmpty()) {
        failure = u"no server"_s;
        return false;
    }
    if (!serverAdmin(u"CREATE DATABASE %1"_s.arg(m_database), &failure))
        return false;
    QStringList report;
    if (!OrgAdmin::init(url(), &report, &failure))
        return false;
    {
        std::unique_ptr<OrgAdmin> admin = OrgAdmin::connect(url(), &failure);
        if (!admin)
            return false;
        for (const QString& name : {u"Circle A"_s, u"Circle B"_s}) {
            OrgCircleSpec circle;
            circle.name = name;
            circle.startDate = QDate(2026, 2, 2); // a Monday; week 5 on the fixed "today"
            if (!admin->addCircle(circle, &report, &failure))
                return false;
        }
        const QList<std::tuple<QString, QString, bool>> members
            = {{u"alice"_s, u"Circle A"_s, false}, {u"bob"_s, u"Circle A"_s, false},
                {u"carol"_s, u"Circle B"_s, false}, {u"fran"_s, u"Circle A"_s, true},
                {u"gus"_s, u"Circle B"_s, true}};
        for (const auto& [who, circle, facilitates] : members) {
            QString name = who;
            name[0] = name[0].toUpper();
            if (!admin->addMember(name, login(who), circle, facilitates, &report, &failure))
                return false;
        }
    }
    const QString password = qEnvironmentVariable("PGPASSWORD");
    superuser(u"CREATE ROLE %1 LOGIN"_s.arg(login(u"ada"_s)));
    superuser(u"GRANT outloud_admin TO %1"_s.arg(login(u"ada"_s)));
    for (const QString& who : People)
        superuser(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(login(who), password));
    const auto idOf = [this](const QString& key, const QString& sql) {
        m_ids.insert(key, superuser(sql).toLongLong());
    };
    idOf(u"circleA"_s, u"SELECT id FROM circle WHERE name = 'Circle A'"_s);
    idOf(u"circleB"_s, u"SELECT id FROM circle WHERE name = 'Circle B'"_s);
    for (const QString& who : {u"alice"_s, u"bob"_s, u"carol"_s})
        idOf(who, u"SELECT id FROM member WHERE login = '%1'"_s.arg(login(who)));
    const QString a = QString::number(id(u"circleA"_s));
    const QString alice = QString::number(id(u"alice"_s));
    idOf(u"goal"_s,
        u"INSERT INTO goal_revision (member_id, revised_at, accomplish, weekly_target)"
        " VALUES (%1, now(), 'Find a mentor', 2) RETURNING id"_s.arg(alice));
    idOf(u"person"_s,
        u"INSERT INTO person (member_id, name, notes, created_on)"
        " VALUES (%1, 'Secret Person', 'secret note', '2026-02-01') RETURNING id"_s.arg(alice));
    const QString person = QString::number(id(u"person"_s));
    idOf(u"contribution"_s,
        u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, note)"
        " VALUES (%1, '2026-02-24', 0, 1, 'secret contribution') RETURNING id"_s.arg(person));
    idOf(u"closeness"_s,
        u"INSERT INTO closeness_change (person_id, changed_on, closeness)"
        " VALUES (%1, '2026-02-03', 2) RETURNING id"_s.arg(person));
    idOf(u"meeting1"_s,
        u"INSERT INTO meeting (circle_id, week, scheduled_at, status)"
        " VALUES (%1, 1, '2026-02-02T12:00:00', 1) RETURNING id"_s.arg(a));
    idOf(u"meeting2"_s,
        u"INSERT INTO meeting (circle_id, week, scheduled_at, status)"
        " VALUES (%1, 2, '2026-02-09T12:00:00', 0) RETURNING id"_s.arg(a));
    const QString m1 = QString::number(id(u"meeting1"_s));
    superuser(u"INSERT INTO attendance VALUES (%1, %2, 1)"_s.arg(m1, alice));
    superuser(u"INSERT INTO round_note VALUES (%1, %2, 'round')"_s.arg(m1, alice));
    superuser(u"INSERT INTO exercise_done VALUES (%1, %2, 0, 'ex')"_s.arg(m1, alice));
    idOf(u"commitment"_s,
        u"INSERT INTO commitment (member_id, text, made_week, due_week)"
        " VALUES (%1, 'Call Sam', 1, 2) RETURNING id"_s.arg(alice));
    superuser(u"INSERT INTO circle_plan VALUES (%1, 'plan', now())"_s.arg(a));
    superuser(u"INSERT INTO share_setting (circle_id) VALUES (%1)"_s.arg(a));
    superuser(u"INSERT INTO reported_round VALUES (%1, 1, 1, 0, 0, 0, '2026-02-02')"_s.arg(alice));
    return failure.isEmpty();
}

} // namespace outloud::test
