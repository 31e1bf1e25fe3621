// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

class QSqlQuery;

namespace outloud {

/**
 * One open Outloud database: a named QSQLITE connection to a file (foreign keys on, a WAL
 * journal and synchronous=FULL, so that an edit reported as saved is on disk), or a named
 * QPSQL connection to a PostgreSQL database given as a `postgresql://` address.
 *
 * Opening validates the file before SQLite sees it (header and -wal read by hand): an
 * empty file, a file that is not SQLite, an SQLite file that is not Outloud's, or one
 * made by a newer Outloud is refused with a clear message and left byte-for-byte
 * untouched, -wal and -shm included. A new file is built under a temporary name, for the
 * owner alone, and appears whole. Modes of existing files are never changed.
 */
class Database : public QObject
{
    Q_OBJECT
public:
    /// `PRAGMA application_id` of every Outloud file: "OutL".
    static constexpr quint32 ApplicationId = 0x4F75744C;

    /// What changed, so that models refresh only when their data moved.
    enum Table : unsigned {
        Circles = 1u << 0,
        Members = 1u << 1,
        Goals = 1u << 2,
        People = 1u << 3,
        Contributions = 1u << 4,
        Meetings = 1u << 5,
        Commitments = 1u << 6,
        Catalogue = 1u << 7,
        AllTables = 0xffffffffu,
    };
    Q_DECLARE_FLAGS(Tables, Table)

    enum class OpenMode { CreateIfMissing, MustExist };
    enum class Engine { Sqlite, Postgres };

    /// Name of the table that holds the schema version on PostgreSQL (SQLite keeps it in
    /// PRAGMA user_version).
    static constexpr const char* VersionTable = "outloud_schema";

    /**
     * Opens (or creates) @p path: a file, or a `postgresql://` address (see ServerAddress).
     * An empty server database gets Outloud's schema unless @p mode is MustExist. Returns
     * null and sets @p error when refused.
     */
    static std::unique_ptr<Database> open(
        const QString& path, QString* error, OpenMode mode = OpenMode::CreateIfMissing);

    /// A new file at an older schema @p version, for bringing an old export up to date
    /// through the same migration steps (JSON restore). Not for the user's data.
    static std::unique_ptr<Database> createAtVersion(
        const QString& path, int version, QString* error);
    /// Whether @p location is a server address rather than a file path.
    static bool isServerLocation(const QString& location);

    /// The platform's default file: AppDataLocation/outloud.sqlite.
    static QString defaultPath();

    /// The schema version this build writes.
    static int currentSchemaVersion();

    ~Database() override;

    QSqlDatabase connection() const;
    /// The file's absolute path, or the server address as given.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    /// Whether this is an organization database (`outloud org init`): one server for a
    /// whole program, each person connecting with their own login (core/org).
    bool isOrganization() const { return m_organization; }
    /// The SQL for "this member row is me" (1 or 0): the `is_me` column on a laptop; in an
    /// organization database, the row whose login is the one connected.
    QString meColumn() const;
    /// The ORDER BY key that sorts text @p expression without regard to case, the same way
    /// on both engines: SQLite's NOCASE (ASCII letters folded, then byte order). PostgreSQL's
    /// `nocase` collation (ICU) would order accented letters differently, and loading ICU
    /// costs each new session tens of milliseconds before its first sorted list.
    QString caseInsensitiveOrder(const QString& expression) const;
    int schemaVersion() const;
    /// Whether the file was opened read-only because its owner may not write it (mode
    /// 0400): Outloud then changes nothing in it, and edits are refused.
    bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only, for a refusal: its mode or its folder.
    QString readOnlyMessage() const;

    Clock clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// What write()'s work runs; false (with the error set) rolls the write back.
    using Work = std::function<bool(QSqlQuery& query)>;

    /**
     * The one write path. Begins a transaction (a savepoint inside a caller's), runs
     * @p work with a query on this connection, commits, and announces @p tables. When
     * BEGIN fails (the file is locked or read-only), @p work does not run and nothing is
     * written. When @p work returns false or the commit fails, everything it did is
     * rolled back. Returns false with @p error set in all those cases.
     */
    bool write(Tables tables, const Work& work, QString* error);
    /// Whether the server connection was found lost after a failed write (then every
    /// further write fails too: the window offers to reconnect). Always false for a file.
    bool isConnectionLost() const { return m_lost; }
    /**
     * write() of a single prepared statement (see execPrepared()). On a server the
     * statement stays prepared on this connection (by name, `outloud_w<n>`), and the
     * transaction, the statement, the announcement to other windows and the commit go to
     * the server in one round trip; inside a caller's transaction, the statement and its
     * savepoint do.
     */
    bool write(Tables tables, const QString& sql, const QVariantList& values,
        const QString& operation, QString* error);
    /// write() of a single INSERT (without RETURNING: it adds `RETURNING id`): returns the new
    /// row's id, or -1 with @p error set.
    qint64 insert(Tables tables, const QString& sql, const QVariantList& values,
        const QString& operation, QString* error);

    /**
     * On a server: closes the connection and opens it again (after the server dropped it),
     * with the same session settings. Subscriptions to notifications are gone afterwards;
     * LiveUpdates subscribes again. Returns false with @p error set when the server
     * cannot be reached.
     */
    bool reconnect(QString* error);

    /// On a server: the circles this login may see (their ids), whose windows hear of
    /// each committed write. Empty on SQLite.
    QList<qint64> circlesToAnnounce() const { return m_announceCircles; }
    /// Reads circlesToAnnounce() again (outside a write: done after a commit that changed
    /// circles or members, and by LiveUpdates when another connection did).
    void refreshCirclesToAnnounce();
    /// The notification channel of circle @p circleId: lowercase (QPSQL quotes it).
    static QString circleChannel(qint64 circleId);
    /// The channel that hears of new or changed circles and members.
    static constexpr const char* CirclesChannel = "outloud_circles";
    /// How many writes were retried after a serialization failure or deadlock (for the
    /// load test's figures).
    int retriedWrites() const { return m_retried; }
    /// Used by Transaction with the outermost COMMIT (in the same round trip): the
    /// statement that NOTIFYs the circles' channels of the tables this transaction changed,
    /// or empty when there is nothing to announce (a file, an organization database whose
    /// triggers announce, no change). The payload holds table flags only.
    QString announcement() const { return announcementOf(m_pending); }

    /// On a server: drops the write statements this connection keeps prepared (see
    /// write()), so that the next use prepares them again. Done after a schema change;
    /// a reconnect starts with none. Nothing on a file.
    void forgetPreparedStatements();

    /// After a bulk load (demo, restore): PostgreSQL plans queries by table statistics,
    /// which are stale until ANALYZE (correlated lookups then scan whole tables), and reads
    /// rows it has not yet vacuumed from the table, not the index alone: VACUUM (ANALYZE).
    /// Outside any write. SQLite needs nothing.
    void refreshStatistics();

    /// Announces a change to the models (changed()). Inside a transaction the
    /// announcement waits for the outermost commit; a rollback announces AllTables.
    void notifyChanged(Tables tables);

    // Used by Transaction to nest through savepoints and to flush notifications.
    int& transactionDepth() { return m_depth; }
    void flushChanges();
    void dropChanges();

Q_SIGNALS:
    void changed(outloud::Database::Tables tables);
    /// The server connection broke (a restart, a network cut, an administrator ending the
    /// session): emitted once, from the event loop, after the write that found it.
    void connectionLost();

private:
    Database(QString path, QString connectionName, Engine engine);
    static std::unique_ptr<Database> openServer(
        const QString& location, QString* error, OpenMode mode);
    bool initialize(QString* error);
    static bool checkExisting(const QString& absolute, QString* error);
    static bool createNew(const QString& absolute, QString* error);
    bool initializeServer(OpenMode mode, QString* error);
    bool prepareServerSession(QString* error);
    bool writeOnce(Tables tables, const Work& work, QString* error);
    /// The server's single-statement write (write() of one statement, insert()): returns
    /// the first column of its first row in @p id when given.
    bool writeStatement(Tables tables, const QString& sql, const QVariantList& values,
        const QString& operation, qint64* id, QString* error);
    bool writeStatementOnce(Tables tables, const QString& sql, const QVariantList& values,
        const QString& operation, qint64* id, QString* error);
    /// Whether writeStatement() can take @p sql (its placeholders can be numbered).
    bool canPrepareByName(const QString& sql) const;
    QString announcementOf(Tables tables) const;
    /// After a failed write on a server: whether the session is still there. If not, marks
    /// the connection lost and says so in @p error.
    void checkConnection(QString* error);

    QString m_path;
    Engine m_engine = Engine::Sqlite;
    QString m_connectionName;
    Clock m_clock = systemClock();
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_lost = false;
    bool m_creating = false;
    bool m_folderReadOnly = false;
    bool m_organization = false;
    bool m_zoneAtLogin = false; ///< The server session's time zone was set at login.
    Tables m_pending;
    QList<qint64> m_announceCircles;
    int m_retried = 0;
    /// Write statements PREPAREd on this server connection: SQL with `?` -> name.
    QHash<QString, QString> m_prepared;
    int m_preparedCounter = 0;
};

} // namespace outloud

Q_DECLARE_OPERATORS_FOR_FLAGS(outloud::Database::Tables)
