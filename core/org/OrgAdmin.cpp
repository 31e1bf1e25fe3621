// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgAdmin.h"

#include "OrgSchema.h"
#include "io/CsvExport.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

bool exec(QSqlQuery& q, const QString& sql, const QString& operation, QString* error)
{
    if (q.exec(sql))
        return true;
    if (q.lastError().nativeErrorCode() == u"42501"_s)
        return fail(error,
            OrgAdmin::tr("This login may not %1 (the server refused: %2).")
                .arg(operation, q.lastError().databaseText().section(u'\n', 0, 0)));
    return fail(error, sqlErrorMessage(operation, q.lastError()));
}

// The first value of a prepared query, or an invalid QVariant when there is no row.
QVariant value(
    QSqlQuery& q, const QString& sql, const QVariantList& values, bool* ok, QString* error)
{
    *ok = execPrepared(q, sql, values, OrgAdmin::tr("read the program"), error);
    QVariant result;
    if (*ok && q.next())
        result = q.value(0);
    q.finish();
    return result;
}

qint64 circleId(QSqlQuery& q, const QString& name, QString* error)
{
    bool ok = false;
    const QVariant id
        = value(q, u"SELECT id FROM circle WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s,
            {name.trimmed()}, &ok, error);
    if (!ok)
        return -1;
    if (!id.isValid()) {
        fail(error,
            OrgAdmin::tr("There is no circle “%1” in this program (outloud org list shows them).")
                .arg(name));
        return -1;
    }
    return id.toLongLong();
}

// A login that Outloud may hand a member's rights: it exists with LOGIN and no rights
// that would let it read past the rules, or it does not exist yet.
bool checkLogin(QSqlQuery& q, const QString& login, bool* exists, QString* error)
{
    if (!execPrepared(q,
            u"SELECT rolcanlogin, rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb,"
            " pg_has_role(oid, 'outloud_owner', 'MEMBER') OR pg_has_role(oid, 'outloud_admin', "
            "'MEMBER')"
            " FROM pg_roles WHERE rolname = ?"_s,
            {login}, OrgAdmin::tr("look up the login"), error))
        return false;
    *exists = q.next();
    if (!*exists)
        return true;
    const bool canLogin = q.value(0).toBool();
    const bool powerful = q.value(1).toBool() || q.value(2).toBool();
    q.finish();
    if (login.startsWith(u"outloud_"_s) || !canLogin)
        return fail(error,
            OrgAdmin::tr(
                "The role “%1” exists but is not a person's login (it cannot log in). Choose the "
                "person's own login.")
                .arg(login));
    if (powerful)
        return fail(error,
            OrgAdmin::tr(
                "The role “%1” exists with other rights (it is a superuser, may bypass row-level "
                "security, create roles or databases, or runs the program). Outloud does not "
                "make it a circle's member or facilitator: use a plain login.")
                .arg(login));
    return true;
}

} // namespace

OrgAdmin::OrgAdmin(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }

OrgAdmin::~OrgAdmin() = default;

bool OrgAdmin::quoteRole(const QString& name, QString* quoted, QString* error)
{
    const QByteArray bytes = name.toUtf8();
    bool printable = !name.isEmpty() && bytes.size() <= 63;
    for (QChar c : name)
        printable = printable && c.isPrint();
    if (!printable)
        return fail(error,
            tr("“%1” is not a usable login name (1 to 63 bytes, printable characters).").arg(name));
    *quoted = u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
    return true;
}

bool OrgAdmin::init(const QString& url, QStringList* report, QString* error)
{
    if (!Database::isServerLocation(url))
        return fail(error,
            tr("Organization mode needs a PostgreSQL database (postgresql://...), not a file."));
    // 1. The roles, before anything may be given to them. A connection of our own: the
    //    Outloud schema is not there yet, and Database::open would create it.
    {
        std::unique_ptr<Database> probe = Database::open(url, error);
        if (!probe)
            return false;
        QSqlQuery q(probe->connection());
        bool ok = false;
        const QVariant allowed = value(q,
            u"SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user"_s, {},
            &ok, error);
        if (!ok)
            return false;
        if (!allowed.toBool())
            return fail(error,
                tr("This login may not create roles: run outloud org init as the program's "
                   "operator (a role with CREATEROLE that owns the database, or a superuser)."));
        const bool isOrg = probe->isOrganization();
        // "Already there, skipping" notices are what running init again is for.
        if (!exec(
                q, u"SET client_min_messages = warning"_s, tr("set up the program's roles"), error))
            return false;
        for (const QString& sql : org::roleStatements() + org::ownershipStatements()) {
            if (!exec(q, sql, tr("set up the program's roles"), error))
                return false;
        }
        QStringList security = {u"SET ROLE outloud_owner"_s};
        security += org::securityStatements();
        security += u"RESET ROLE"_s;
        const bool done = probe->write(
            Database::AllTables,
            [&](QSqlQuery& w) {
                for (const QString& sql : std::as_const(security)) {
                    if (!exec(w, sql, tr("set up row-level security"), error))
                        return false;
                }
                return true;
            },
            error);
        if (!done)
            return false;
        report->append(isOrg ? tr("The organization database is up to date (schema version %1).")
                                   .arg(probe->schemaVersion())
                             : tr("Organization mode is set up (schema version %1): every table "
                                  "is owned by outloud_owner and guarded by row-level security.")
                                   .arg(probe->schemaVersion()));
    }
    return true;
}

std::unique_ptr<OrgAdmin> OrgAdmin::connect(const QString& url, QString* error)
{
    if (!Database::isServerLocation(url)) {
        fail(error, tr("Organization mode needs a PostgreSQL database (postgresql://...)."));
        return nullptr;
    }
    std::unique_ptr<Database> db = Database::open(url, error, Database::OpenMode::MustExist);
    if (!db)
        return nullptr;
    if (!db->isOrganization()) {
        fail(error,
            tr("%1 is not an organization database yet: run outloud org init first.").arg(url));
        return nullptr;
    }
    QSqlQuery q(db->connection());
    bool ok = false;
    const QVariant allowed = value(q,
        u"SELECT rolsuper OR pg_has_role(session_user, 'outloud_owner', 'MEMBER')"
        " FROM pg_roles WHERE rolname = session_user"_s,
        {}, &ok, error);
    if (!ok)
        return nullptr;
    if (!allowed.toBool()) {
        fail(error,
            tr("This login may not run the program: only its operator (who ran outloud org "
               "init, or a superuser) adds circles and members."));
        return nullptr;
    }
    // Everything the operator reads and writes goes through the owner's policies.
    if (!exec(q, u"SET ROLE outloud_owner"_s, tr("act for the program"), error))
        return nullptr;
    return std::unique_ptr<OrgAdmin>(new OrgAdmin(std::move(db)));
}

bool OrgAdmin::addCircle(const OrgCircleSpec& circle, QStringList* report, QString* error)
{
    const QString name = circle.name.trimmed();
    if (name.isEmpty())
        return fail(error, tr("A circle needs a name."));
    if (!circle.startDate.isValid())
        return fail(error, tr("A circle needs a start date (YYYY-MM-DD)."));
    if (circle.meetingWeekday < 1 || circle.meetingWeekday > 7 || circle.lengthWeeks < 1
        || circle.lengthWeeks > 52)
        return fail(error, tr("The weekday must be 1 (Monday) to 7, the length 1 to 52 weeks."));
    return m_db->write(
        Database::Circles,
        [&](QSqlQuery& q) {
            bool ok = false;
            const QVariant existing = value(
                q, u"SELECT id FROM circle WHERE name = ? COLLATE NOCASE"_s, {name}, &ok, error);
            if (!ok)
                return false;
            if (existing.isValid()) {
                report->append(tr("The circle “%1” is already there; nothing changed.").arg(name));
                return true;
            }
            if (!execPrepared(q,
                    u"INSERT INTO circle (name, start_date, meeting_weekday, meeting_time,"
                    " length_weeks, created_at) VALUES (?, ?::date, ?, ?, ?, now())"_s,
                    {name, circle.startDate.toString(Qt::ISODate), circle.meetingWeekday,
                        circle.meetingTime.toString(u"HH:mm"_s), circle.lengthWeeks},
                    tr("add the circle"), error))
                return false;
            report->append(tr("Added the circle “%1”, starting %2.")
                               .arg(name, circle.startDate.toString(Qt::ISODate)));
            return true;
        },
        error);
}

bool OrgAdmin::addMember(const QString& name, const QString& login, const QString& circle,
    bool facilitator, QStringList* report, QString* error)
{
    QString quoted;
    if (!quoteRole(login, &quoted, error))
        return false;
    if (name.trimmed().isEmpty())
        return fail(error, tr("A member needs a name."));
    const QString group = QLatin1StringView(facilitator ? org::FacilitatorRole : org::MemberRole);
    return m_db->write(
        Database::Members | Database::Circles,
        [&](QSqlQuery& q) {
            const qint64 id = circleId(q, circle, error);
            if (id < 0)
                return false;
            bool exists = false;
            if (!checkLogin(q, login, &exists, error))
                return false;
            bool ok = false;
            const bool granted = exists
                && value(q, u"SELECT pg_has_role(?, ?, 'MEMBER')"_s, {login, group}, &ok, error)
                       .toBool();
            if (exists && !ok)
                return false;
            // Roles are the operator's own business, not the owner's.
            if (!exec(q, u"RESET ROLE"_s, tr("act as the operator"), error)
                || (!exists
                    && !exec(
                        q, u"CREATE ROLE %1 LOGIN"_s.arg(quoted), tr("create the login"), error))
                || (!granted
                    && !exec(q, u"GRANT %1 TO %2"_s.arg(group, quoted),
                        tr("grant the login its role"), error))
                || !exec(q, u"SET ROLE outloud_owner"_s, tr("act for the program"), error))
                return false;
            if (!exists)
                report->append(tr("Created the login “%1” (it has no password yet: set one, or "
                                  "use the company's single sign-on).")
                                   .arg(login));
            if (facilitator) {
                const QVariant known
                    = value(q, u"SELECT 1 FROM org_facilitator WHERE circle_id = ? AND login = ?"_s,
                        {id, login}, &ok, error);
                if (!ok)
                    return false;
                if (known.isValid()) {
                    report->append(
                        tr("%1 already facilitates “%2”; nothing changed.").arg(login, circle));
                    return true;
                }
                if (!execPrepared(q,
                        u"INSERT INTO org_facilitator (circle_id, login) VALUES (?, ?)"_s,
                        {id, login}, tr("add the facilitator"), error))
                    return false;
                report->append(
                    tr("%1 (%2) now facilitates “%3”.").arg(name.trimmed(), login, circle));
                return true;
            }
            const QVariant known
                = value(q, u"SELECT name FROM member WHERE circle_id = ? AND login = ?"_s,
                    {id, login}, &ok, error);
            if (!ok)
                return false;
            if (known.isValid()) {
                report->append(tr("%1 is already a member of “%2” (as “%3”); nothing changed.")
                                   .arg(login, circle, known.toString()));
                return true;
            }
            if (!execPrepared(q,
                    u"INSERT INTO member (circle_id, name, is_me, position, login) VALUES (?, ?, 0,"
                    " (SELECT coalesce(max(position), -1) + 1 FROM member WHERE circle_id = ?), ?)"_s,
                    {id, name.trimmed(), id, login}, tr("add the member"), error))
                return false;
            report->append(tr("Added %1 (%2) to “%3”.").arg(name.trimmed(), login, circle));
            return true;
        },
        error);
}

bool OrgAdmin::moveMember(const QString& login, const QString& fromCircle, const QString& toCircle,
    QStringList* report, QString* error)
{
    return m_db->write(
        Database::Members,
        [&](QSqlQuery& q) {
            const qint64 to = circleId(q, toCircle, error);
            if (to < 0)
                return false;
            bool ok = false;
            const QVariant already
                = value(q, u"SELECT id FROM member WHERE circle_id = ? AND login = ?"_s,
                    {to, login}, &ok, error);
            if (!ok)
                return false;
            qint64 from = -1;
            if (!fromCircle.isEmpty()) {
                from = circleId(q, fromCircle, error);
                if (from < 0)
                    return false;
            }
            if (!execPrepared(q,
                    u"SELECT id, circle_id FROM member WHERE login = ? AND circle_id <> ?"
                    " AND (? < 0 OR circle_id = ?)"_s,
                    {login, to, from, from}, tr("find the member"), error))
                return false;
            QList<qint64> rows;
            while (q.next())
                rows.append(q.value(0).toLongLong());
            q.finish();
            if (rows.isEmpty() && already.isValid()) {
                report->append(tr("%1 is already in “%2”; nothing changed.").arg(login, toCircle));
                return true;
            }
            if (already.isValid())
                return fail(error,
                    tr("%1 is a member of “%2” already and of another circle: remove one of the "
                       "two first.")
                        .arg(login, toCircle));
            if (rows.isEmpty())
                return fail(error,
                    tr("%1 is not a member of %2.")
                        .arg(login,
                            fromCircle.isEmpty() ? tr("any circle") : u"“%1”"_s.arg(fromCircle)));
            if (rows.size() > 1)
                return fail(error,
                    tr("%1 is a member of several circles: say which one with --from.").arg(login));
            if (!execPrepared(q,
                    u"UPDATE member SET circle_id = ?, position = (SELECT coalesce(max(position),"
                    " -1) + 1 FROM member WHERE circle_id = ?) WHERE id = ?"_s,
                    {to, to, rows.first()}, tr("move the member"), error))
                return false;
            report->append(tr("Moved %1 to “%2”, with their own list, goal and history.")
                               .arg(login, toCircle));
            return true;
        },
        error);
}

bool OrgAdmin::removeMember(const QString& login, const QString& circle,
    const QString& exportFolder, QStringList* report, QString* error)
{
    return m_db->write(
        Database::AllTables,
        [&](QSqlQuery& q) {
            const qint64 id = circleId(q, circle, error);
            if (id < 0)
                return false;
            bool ok = false;
            const QVariant memberId
                = value(q, u"SELECT id FROM member WHERE circle_id = ? AND login = ?"_s,
                    {id, login}, &ok, error);
            if (!ok)
                return false;
            const QVariant facilitates
                = value(q, u"SELECT 1 FROM org_facilitator WHERE circle_id = ? AND login = ?"_s,
                    {id, login}, &ok, error);
            if (!ok)
                return false;
            if (!memberId.isValid() && !facilitates.isValid()) {
                report->append(tr("%1 is not in “%2”; nothing changed.").arg(login, circle));
                return true;
            }
            if (memberId.isValid() && !exportFolder.isEmpty()) {
                const QString base = QDir(exportFolder).filePath(login);
                if (!QDir().mkpath(exportFolder)
                    || !io::writePeopleCsv(
                        *m_db, memberId.toLongLong(), base + u"-people.csv"_s, error)
                    || !io::writeContributionsCsv(
                        *m_db, memberId.toLongLong(), base + u"-contributions.csv"_s, error))
                    return false;
                report->append(tr("Wrote %1's list and contributions to %2-people.csv and "
                                  "%2-contributions.csv.")
                                   .arg(login, QDir::toNativeSeparators(base)));
            }
            if (memberId.isValid()) {
                // Their list, contributions, history, goal and commitments go with the row.
                if (!execPrepared(q, u"DELETE FROM member WHERE id = ?"_s, {memberId},
                        tr("remove the member"), error))
                    return false;
                report->append(tr("Removed %1 from “%2” with everything private to them there.")
                                   .arg(login, circle));
            }
            if (facilitates.isValid()) {
                if (!execPrepared(q,
                        u"DELETE FROM org_facilitator WHERE circle_id = ? AND login = ?"_s,
                        {id, login}, tr("remove the facilitator"), error))
                    return false;
                report->append(tr("%1 no longer facilitates “%2”.").arg(login, circle));
            }
            // The login keeps its group role only while it still has a place in the program.
            const QVariant stillMember
                = value(q, u"SELECT 1 FROM member WHERE login = ? LIMIT 1"_s, {login}, &ok, error);
            const QVariant stillLeads = ok
                ? value(q, u"SELECT 1 FROM org_facilitator WHERE login = ? LIMIT 1"_s, {login}, &ok,
                    error)
                : QVariant();
            if (!ok)
                return false;
            QString quoted;
            if (!quoteRole(login, &quoted, error)
                || !exec(q, u"RESET ROLE"_s, tr("act as the operator"), error))
                return false;
            if (!stillMember.isValid()
                && !exec(q, u"REVOKE outloud_member FROM %1"_s.arg(quoted), tr("revoke the role"),
                    error))
                return false;
            if (!stillLeads.isValid()
                && !exec(q, u"REVOKE outloud_facilitator FROM %1"_s.arg(quoted),
                    tr("revoke the role"), error))
                return false;
            return exec(q, u"SET ROLE outloud_owner"_s, tr("act for the program"), error);
        },
        error);
}

bool OrgAdmin::list(QStringList* lines, QString* error)
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT c.name, c.start_date, c.length_weeks,"
            " (SELECT string_agg(f.login, ', ' ORDER BY f.login) FROM org_facilitator f WHERE "
            "f.circle_id = c.id),"
            " (SELECT string_agg(m.name || ' (' || coalesce(m.login, '-') || ')', ', '"
            "   ORDER BY m.position, m.id) FROM member m WHERE m.circle_id = c.id)"
            " FROM circle c ORDER BY c.name, c.id"_s,
            {}, tr("list the program"), error))
        return false;
    while (q.next()) {
        lines->append(tr("%1 (from %2, %3 weeks)")
                          .arg(q.value(0).toString(), q.value(1).toString().left(10))
                          .arg(q.value(2).toInt()));
        lines->append(u"  "_s
            + tr("facilitated by: %1")
                  .arg(q.value(3).toString().isEmpty() ? u"-"_s : q.value(3).toString()));
        lines->append(u"  "_s
            + tr("members: %1")
                  .arg(q.value(4).toString().isEmpty() ? u"-"_s : q.value(4).toString()));
    }
    if (lines->isEmpty())
        lines->append(tr("No circles yet: add one with outloud org add-circle."));
    return true;
}

} // namespace outloud
