// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
bool run(Database& db, const QString& sql, const QString& operation, QString* error,
    QString* code = nullptr, int statements = 1)
{
    QSqlQuery q(db.connection());
    // Several statements in one round trip stop at the first failure; each one's outcome
    // is its own result.
    bool ok = q.exec(sql);
    for (int i = 1; ok && i < statements; ++i)
        ok = q.nextResult();
    if (!ok) {
        // Built even when nobody reads it: it notes the SQLSTATE for the write's retry.
        const QString message = sqlErrorMessage(operation, q.lastError());
        if (error)
            *error = message;
        if (code)
            *code = q.lastError().nativeErrorCode();
        return false;
    }
    return true;
}
} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_level(db.transactionDepth())
{
    // SQLite takes the write lock up front so that a busy file fails here, not halfway;
    // PostgreSQL locks rows as it writes them.
    const QString begin = db.isServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    const QString sql = m_level == 0 ? begin : u"SAVEPOINT outloud_%1"_s.arg(m_level);
    m_active = run(m_db, sql, tr("start a transaction"), &m_error, &m_errorCode);
    if (m_active)
        ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    if (!m_active || m_done)
        return;
    if (m_level == 0) {
        run(m_db, u"ROLLBACK"_s, QString(), nullptr);
    } else {
        run(m_db, u"ROLLBACK TO outloud_%1"_s.arg(m_level), QString(), nullptr);
        run(m_db, u"RELEASE outloud_%1"_s.arg(m_level), QString(), nullptr);
    }
    --m_db.transactionDepth();
    // Inner services may have announced changes that are now undone.
    if (m_level == 0) {
        m_db.dropChanges();
        m_db.notifyChanged(Database::AllTables);
    }
}

bool Transaction::commit(QString* error)
{
    if (!m_active || m_done)
        return fail(error, m_error.isEmpty() ? tr("No transaction is active") : m_error);
    // The circle's other windows hear of the change when it commits (NOTIFY is
    // transactional: a rollback sends nothing), in the same round trip as the COMMIT.
    const QString notify = m_level == 0 ? m_db.announcement() : QString();
    QString sql = m_level == 0 ? u"COMMIT"_s : u"RELEASE outloud_%1"_s.arg(m_level);
    if (!notify.isEmpty())
        sql = notify + u"; "_s + sql;
    if (!run(m_db, sql, tr("save the change"), error, &m_errorCode, notify.isEmpty() ? 1 : 2))
        return false;
    m_done = true;
    --m_db.transactionDepth();
    if (m_level == 0)
        m_db.flushChanges();
    return true;
}

} // namespace outloud
