// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace outloud {

/**
 * One open Outloud file: a named QSQLITE connection with foreign keys on, a WAL journal
 * and synchronous=FULL, so that an edit reported as saved is on disk.
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

    /// Opens (or creates) @p path. Returns null and sets @p error when refused.
    static std::unique_ptr<Database> open(
        const QString& path, QString* error, OpenMode mode = OpenMode::CreateIfMissing);

    /// A new file at an older schema @p version, for bringing an old export up to date
    /// through the same migration steps (JSON restore). Not for the user's data.
    static std::unique_ptr<Database> createAtVersion(
        const QString& path, int version, QString* error);

    /// The platform's default file: AppDataLocation/outloud.sqlite.
    static QString defaultPath();

    /// The schema version this build writes.
    static int currentSchemaVersion();

    ~Database() override;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// Whether the file was opened read-only because its owner may not write it (mode
    /// 0400): Outloud then changes nothing in it, and edits are refused.
    bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only, for a refusal: its mode or its folder.
    QString readOnlyMessage() const;

    Clock clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// Called by services after a commit; models listen to changed().
    void notifyChanged(Tables tables);

    // Used by Transaction to nest through savepoints.
    int& transactionDepth() { return m_depth; }

Q_SIGNALS:
    void changed(outloud::Database::Tables tables);

private:
    Database(QString path, QString connectionName);
    bool initialize(QString* error);
    static bool checkExisting(const QString& absolute, QString* error);
    static bool createNew(const QString& absolute, QString* error);

    QString m_path;
    QString m_connectionName;
    Clock m_clock = systemClock();
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_creating = false;
    bool m_folderReadOnly = false;
};

} // namespace outloud

Q_DECLARE_OPERATORS_FOR_FLAGS(outloud::Database::Tables)
