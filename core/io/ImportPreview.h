// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportService.h"

#include <QCoreApplication>
#include <QDateTime>

namespace outloud::io {

/**
 * What an import of a contact file will do, record by record, kept in a temporary table
 * (import_preview_N: one row a record, in file order) instead of in memory: the import dialog
 * shows it a page at a time, whatever the file's size. plan() is ImportService::importStream's
 * dry run; import() imports the same file as it streams and stops, with nothing written, where
 * a record would now be planned otherwise than the preview shows (the list or the file
 * changed since): what is imported is what was shown.
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
    bool add(const PlannedImport& item, QString* error);
    bool flush(QString* error);

    Database& m_db;
    QString m_table; ///< Its own temporary table: two dialogs may be open.
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
