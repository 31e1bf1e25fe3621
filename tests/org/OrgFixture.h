// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace outloud::test {

/**
 * A program on the test server: a fresh database set up by `OrgAdmin::init`, circles A
 * and B, members alice and bob (A) and carol (B), facilitators fran (A) and gus (B), the
 * program admin ada, and one row of every table for alice in circle A. Login roles are
 * the cluster's, so their names carry this run's own prefix; they are dropped afterwards.
 * Each login has the test superuser's password (PGPASSWORD), so libpq finds it alone.
 */
class OrgProgram
{
public:
    OrgProgram();
    ~OrgProgram();
    OrgProgram(const OrgProgram&) = delete;
    OrgProgram& operator=(const OrgProgram&) = delete;

    /// Why setting up failed (empty when ready).
    QString failure;
    bool ready() const { return failure.isEmpty(); }

    /// The operator's address (the test superuser).
    QString url() const;
    /// The address a person uses: their own login.
    QString urlAs(const QString& who) const;
    /// The role name of "alice", "bob", ... in this run.
    QString login(const QString& who) const;
    /// A direct connection as @p who (QPSQL, not through Outloud), opened.
    QSqlDatabase connectAs(const QString& who);
    /// Ids: circleA, circleB, alice, bob, carol (member ids), person, contribution,
    /// closeness, goal, meeting1, meeting2, commitment.
    qint64 id(const QString& name) const { return m_ids.value(name, -1); }
    /// Runs @p sql as the test superuser in this database; the first value.
    QVariant superuser(const QString& sql);

private:
    bool setUp();
    QString m_database;
    QString m_prefix;
    QHash<QString, qint64> m_ids;
    QStringList m_connections;
};

} // namespace outloud::test
