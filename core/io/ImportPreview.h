// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTemporaryDir>

class QThread;

namespace outloud::io {

/**
 * What an import of a contact file will do, record by record, kept in a scratch SQLite file
 * of its own (one row a record, in file order; in a private temporary folder, removed with
 * the preview) instead of in memory: the import dialog shows it a page at a time, whatever
 * the file's size. plan() is ImportService::importStream's dry run; import() imports the same
 * file as it streams and stops, with nothing written, where a record would now be planned
 * otherwise than the preview shows (the list or the file changed since): what is imported is
 * what was shown.
 *
 * The scratch file is not the database: each thread reads and writes it through a
 * connection of its own, so plan() and import() may run on a worker thread with a Database
 * of their own (the overloads that take one) while the thread that made the preview reads
 * rows() once they returned. One call at a time.
 */
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io::ImportPreview)

public:
    /// One record as the preview shows it: the person as the list will hold them (adds,
    /// merges) or as the file gives them (skips).
    struct Row
    {
        ImportAction action = ImportAction::Skip;
        qint64 existingId = -1;
        QString origin;
        QString name;
        QString organization;
        QString email;
        QString reason;
    };

    /// @p db: where plan() and import() without a Database plan and import.
    explicit ImportPreview(Database& db);
    ~ImportPreview();
    ImportPreview(const ImportPreview&) = delete;
    ImportPreview& operator=(const ImportPreview&) = delete;

    /// Plans @p path for @p memberId's list (a dry run of @p how) and keeps the plan;
    /// @p counts gets how many are added, merged and skipped. On an error or a cancel the
    /// preview is empty.
    bool plan(qint64 memberId, const QString& path, StreamedImport how, ImportOutcome* counts,
        QString* error, bool* fileError = nullptr, bool* cancelled = nullptr);
    /// Imports the previewed file as planned (with what undo needs): one transaction.
    bool import(ImportOutcome* outcome, QString* error, bool* cancelled = nullptr,
        const ImportProgress& progress = {});
    /// plan() through @p db (a connection of the calling thread's, to the same location).
    bool plan(Database& db, qint64 memberId, const QString& path, StreamedImport how,
        ImportOutcome* counts, QString* error, bool* fileError = nullptr,
        bool* cancelled = nullptr);
    /// import() through @p db (a connection of the calling thread's, to the same location).
    /// @p writing: StreamedImport::writing, the write after the file was read.
    bool import(Database& db, ImportOutcome* outcome, QString* error, bool* cancelled = nullptr,
        const ImportProgress& progress = {}, const ImportProgress& writing = {});

    /// Records in the preview.
    qint64 size() const { return m_rows; }
    /// Rows @p from to @p from + @p count - 1 (fewer at the end).
    QList<Row> rows(qint64 from, qint64 count) const;
    /// Empties the preview.
    void clear();
    /// For tests: ImportService::setStreamSizes for the preview and the import.
    void setStreamSizes(qsizetype pieceBytes, qsizetype chunkRecords)
    {
        m_pieceBytes = pieceBytes;
        m_chunkRecords = chunkRecords;
    }

private:
    friend class StoreRelease;
    void empty();
    bool add(const PlannedImport& item, QString* error);
    bool flush(QString* error);
    /// The calling thread's connection to the scratch file (opened on first use).
    QSqlDatabase store(QString* error = nullptr) const;
    /// Closes the calling thread's connection unless it is the owner's.
    void releaseStore() const;
    QString storeName() const;

    Database& m_db;
    QTemporaryDir m_dir; ///< Owner-only; holds the scratch file.
    QString m_name; ///< Its own connections: two dialogs may be open.
    QThread* m_owner;
    qint64 m_memberId = -1;
    QString m_path;
    StreamedImport m_how;
    qint64 m_fileSize = -1;
    QDateTime m_fileModified;
    qint64 m_rows = 0;
    QList<Row> m_pending;
    qsizetype m_pieceBytes = 256 * 1024;
    qsizetype m_chunkRecords = 250;
};

} // namespace outloud::io
