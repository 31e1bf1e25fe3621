// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactCsv.h"
#include "Csv.h"
#include "ImportRecord.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace outloud {
class Database;
}

namespace outloud::io {

class ContactStream;

enum class ImportAction { Add, Merge, Skip };

/// What the import will do with one record.
struct PlannedImport
{
    ImportRecord record;
    ImportAction action = ImportAction::Skip;
    qint64 existingId = -1; ///< The person on the list it matches (Merge, some Skips).
    Person result; ///< The person as it will be stored (Add, Merge).
    QString reason; ///< Why it is merged or skipped.
};

/// Everything an import will do, decided before anything is written.
struct ImportPlan
{
    qint64 memberId = -1;
    QList<PlannedImport> items;
    int count(ImportAction action) const;
};

/// What an applied import changed: enough to revert it as one undo step.
struct ImportOutcome
{
    qint64 memberId = -1;
    QList<qint64> createdIds; ///< People added, in file order.
    QList<Person> mergedBefore; ///< People merged into, as they were before.
    int added = 0;
    int merged = 0;
    int skipped = 0;
};

/// Called now and then with how far the work is; returning false cancels it.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

/// How ImportService::importStream() reads a contact file and whom it tells what.
struct StreamedImport
{
    ImportFormat format = ImportFormat::Auto;
    CsvOptions options;
    std::optional<CsvMapping> mapping; ///< CSV: which column holds what (none: guessed).
    bool dryRun = false; ///< Plans only.
    bool keepUndo = false; ///< The outcome gets what revert() and undo() need.
    /// Sees every record's plan in file order; false stops the import (rolled back) with
    /// the error it sets.
    std::function<bool(const PlannedImport&, QString* error)> each;
    /// Sees the stream once it is open, before its first record: its encoding, delimiter
    /// and first rows; it may set the CSV mapping. False stops with the error it sets.
    std::function<bool(ContactStream&, QString* error)> opened;
    /// The bytes read of the file's; false cancels (rolled back).
    ImportProgress progress;
    /// Not a dry run: the merges written of those to write, now and then during the write
    /// after the whole file was read (the adds are written as they are planned, within
    /// @p progress); false cancels (rolled back).
    ImportProgress writing;
};

/**
 * Brings records into one member's relationship list. plan() classifies each record
 * without writing: added; merged into a person the list already has (the same e-mail, or
 * the same name and organization: PeopleService::findDuplicate), where the file fills
 * the person's empty fields and adds notes, tags and channels; or skipped with a reason
 * (no name, an invalid e-mail, nothing new, or the same person as an earlier line).
 *
 * apply() writes a plan in one transaction: a failure or a cancel leaves the database as
 * it was. revert() undoes an applied import, also in one transaction; after a revert the
 * same plan can be applied again (for redo).
 */
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(outloud::io::ImportService)

public:
    explicit ImportService(Database& db);

    /// Sets @p cancelled (when given) and returns an empty plan if @p progress cancels.
    ImportPlan plan(qint64 memberId, const QList<ImportRecord>& records,
        const ImportProgress& progress = {}, bool* cancelled = nullptr) const;
    /// @p reuseIds (for redo after revert): the ids the adds had before, so that later
    /// undo steps that name those people still find them.
    bool apply(const ImportPlan& plan, ImportOutcome* outcome, QString* error,
        const ImportProgress& progress = {}, const QList<qint64>& reuseIds = {});
    bool revert(const ImportOutcome& outcome, QString* error);

    /**
     * Imports the people of a contact file as it streams (ContactStream: a piece of the file
     * at a time), so that memory stays flat however long the file is. The records are
     * planned as plan() plans them and written as apply() writes them, all in one
     * transaction after the whole file was read: a broken record, or a write the database
     * refuses, leaves the list as it was, and @p error names the line. @p each sees every
     * record's plan in file order. @p dryRun only plans. @p outcome gets the counts (not
     * what revert() needs). @p fileError: the error is the file's, not the database's.
     */
    bool importFile(qint64 memberId, const QString& path, ImportFormat format,
        const CsvOptions& options, bool dryRun,
        const std::function<void(const PlannedImport&)>& each, ImportOutcome* outcome,
        QString* error, bool* fileError = nullptr);
    /**
     * importFile() with every option: a CSV mapping, progress and cancel (by the bytes
     * read), a plan callback that may stop the import, and (with keepUndo) an outcome that
     * revert() and undo() can take back. Memory grows with the file only by the ids of
     * the people added and the people merged, as they were, when keepUndo is set.
     * @p cancelled: set when @p how's progress cancelled (then @p error says so).
     */
    bool importStream(qint64 memberId, const QString& path, const StreamedImport& how,
        ImportOutcome* outcome, QString* error, bool* fileError = nullptr,
        bool* cancelled = nullptr);

    /**
     * Undoes an import as revert() does, and keeps the people it added and merged, as
     * they are now, in a temporary table under @p slot, so that redo() can put them back
     * without the plan in memory. Both run in one transaction.
     */
    bool undo(const ImportOutcome& outcome, int slot, QString* error);
    /// Puts back what undo() kept under @p slot: the same people with the same ids.
    bool redo(const ImportOutcome& outcome, int slot, QString* error);

    /// For tests: the bytes read at a time, and the records planned at a time.
    void setStreamSizes(qsizetype pieceBytes, qsizetype chunkRecords)
    {
        m_pieceBytes = pieceBytes;
        m_chunkRecords = chunkRecords;
    }

private:
    Database& m_db;
    qsizetype m_pieceBytes = 256 * 1024;
    qsizetype m_chunkRecords = 250;
};

} // namespace outloud::io
