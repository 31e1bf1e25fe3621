// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Schema.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

/**
 * @file
 * Tallies: a member's contributions counted ahead, so that the Overview reads rows in
 * proportion to days, kinds, channels and people, never to contributions.
 *
 * - `tally_day` (member, day, direction) -> n
 * - `tally_kind` (member, kind, direction, brought; -1: none) -> n
 * - `tally_channel` (member, channel; -1: not recorded, direction) -> n
 * - `tally_person` (person) -> member, given, received, last day either way
 *
 * And, from schema 8, the relationship list's closeness over time, so that the Overview
 * reads its closeness figures in proportion to days, not to people:
 * - `tally_closeness` (member, day, level) -> n: how many more people of the member's
 *   list stand at that level from that day on (negative: fewer). The people at each level
 *   on a day are the sum of the rows up to it.
 * - `tally_closeness_level` (member, level) -> n: the sum of the member's rows of each
 *   level, so that a day of the circle is read as these less the rows after it.
 * - `tally_closeness_person` (person, day, level) -> member, n: the same for one person
 *   (what an edit of their ratings counts out before it counts them in again).
 * - `tally_closeness_mover` (person) -> member: the people whose ratings are not all the
 *   same level; only they can have moved in a week or risen.
 * A person's level on a day (from the day they were added) is their last rating dated on
 * or before it, else their first rating (by date, then as entered), else person.closeness,
 * as analytics::closenessTrend() reads it.
 *
 * Triggers keep them current in the transaction of every edit: row triggers on SQLite,
 * statement triggers with transition tables on PostgreSQL. A row whose count reaches 0
 * goes. A person's contributions are deleted before the person (a BEFORE DELETE trigger),
 * so that the member they counted for is still known.
 */

namespace outloud::tally {

/// The schema version that brought the tallies.
inline constexpr int SchemaVersion = 6;

/// The schema version that brought the closeness tallies.
inline constexpr int ClosenessSchemaVersion = 8;

/// The tally tables, derived from contribution and person: never exported or restored.
QStringList tables();

/// Whether @p table is one of tables().
bool isTally(const QString& table);

/// The PostgreSQL trigger functions (organization mode pins their search_path).
QStringList triggerFunctions();

/// Schema step 6: the tables, their triggers, and a first count of what is there.
QList<SchemaStatement> schemaStep();

/// Schema step 8: the closeness tallies, their triggers, and a first count; an index on
/// tally_person for the largest imbalances.
QList<SchemaStatement> closenessSchemaStep();

/// Counts every contribution tally again from contribution and person (inside the
/// caller's write).
bool recount(QSqlQuery& q, Database::Engine engine, QString* error);

/// Counts the closeness tallies again from person and closeness_change (schema 8).
bool recountCloseness(QSqlQuery& q, QString* error);

/**
 * A load of many rows (restore, demo, a copy) inside one write: the triggers stand aside
 * until finish(), which counts everything once. SQLite drops the triggers and creates them
 * again; PostgreSQL sets a flag local to the transaction that the trigger functions read.
 * Both are undone by a rollback, so an interrupted load leaves the triggers in place.
 */
class BulkLoad
{
public:
    /// Does nothing on a database older than SchemaVersion (an old export on its way up).
    BulkLoad(Database& db, QSqlQuery& q);
    bool begin(QString* error);
    bool finish(QString* error);

private:
    QSqlQuery& m_q;
    Database::Engine m_engine;
    bool m_active;
    bool m_closeness;
};

} // namespace outloud::tally
