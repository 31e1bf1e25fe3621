// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What ImportService's plan and apply share with the streamed import (ImportStream.cpp).

#include "ImportService.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace outloud::io::detail {

enum class Fold { Ascii, Unicode };

QString nocase(const QString& s, Fold fold);
QString emailKey(const Person& p, Fold fold);
QString nameKey(const Person& p, Fold fold);
/// The existing person with the file's details added where the list has none.
Person merged(const Person& existing, const Person& incoming);
bool sameFields(const Person& a, const Person& b);
/// The person as the file gives it, trimmed, for @p memberId's list.
Person cleaned(const Person& p, qint64 memberId);
bool updatePerson(QSqlQuery& q, const Person& p, QString* error);

constexpr qsizetype ProgressEvery = 200;
// New people per INSERT. On a server every statement is a round trip, so rows go in batches
// (13 parameters a row: 500 rows stay far below PostgreSQL's 65,535 a statement). SQLite has no
// round trips, and Qt's SQLite driver binds in time quadratic in the parameters of a statement:
// there one row a statement is the fastest.
constexpr qsizetype ServerAddBatch = 500;

/// Writes planned records inside the caller's write(), in order: adds in batches, merges
/// one by one. @p keepUndo: collect what revert() needs (the streamed import keeps counts
/// only, so its memory does not grow with the file).
class ImportWriter
{
    // apply()'s words, in apply()'s context
    Q_DECLARE_TR_FUNCTIONS(outloud::io::ImportService)

public:
    ImportWriter(Database& db, qint64 memberId, const QList<qint64>& reuseIds,
        ImportOutcome* result, bool keepUndo);
    bool write(QSqlQuery& q, const PlannedImport& item, QString* error);
    /// Writes what is still batched; call before the write() ends.
    bool finish(QSqlQuery& q, QString* error);
    bool flush(QSqlQuery& q, QString* error);

private:
    Database& m_db;
    qint64 m_memberId;
    QList<qint64> m_reuseIds;
    ImportOutcome* m_result;
    bool m_keepUndo;
    QString m_today;
    QSqlQuery m_update;
    QSqlQuery m_insert;
    QSqlQuery m_history;
    qsizetype m_batch;
    QList<PlannedImport> m_pending;
    qsizetype m_prepared = 0;
    qsizetype m_added = 0;
};

} // namespace outloud::io::detail
