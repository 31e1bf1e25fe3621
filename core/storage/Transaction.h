// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace outloud {

class Database;

/**
 * The one transaction guard: begins on construction, commits only when asked, and rolls
 * back in the destructor otherwise. Nested guards become savepoints, so a service that
 * runs in its own transaction can also run inside a larger one (an import, a restore).
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(outloud::Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when BEGIN itself failed; error() says why.
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    /// The SQLSTATE of the last failure (BEGIN or COMMIT), empty on SQLite or success.
    QString errorCode() const { return m_errorCode; }

    /// Commits (or releases the savepoint). Sets @p error and returns false on failure,
    /// in which case the destructor rolls back.
    bool commit(QString* error = nullptr);

private:
    Database& m_db;
    int m_level = 0;
    bool m_active = false;
    bool m_done = false;
    QString m_error;
    QString m_errorCode;
};

} // namespace outloud
