// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <array>

namespace outloud {

class Database;

/// Whether a person is due for a contribution, either way, in the week at hand.
enum class TouchStatus {
    NoRhythm, ///< No rhythm: never due.
    OnTrack, ///< Due after this week.
    Due, ///< Due during this week.
    Overdue, ///< Was due before this week began: losing touch.
};

/// The days a "this week" covers: [start, end).
struct TouchWeek
{
    QDate start;
    QDate end;
};

/// One person's place in the rhythm.
struct TouchEntry
{
    qint64 personId = -1;
    QString name;
    int closeness = 0;
    int everyWeeks = 0; ///< The rhythm in force (0: none).
    bool byDefault = true; ///< The rhythm is the default for the closeness.
    QDate lastContact; ///< Newest contribution either way; invalid when none.
    QDate due; ///< Invalid without a rhythm.
    TouchStatus status = TouchStatus::NoRhythm;
};

/**
 * Keeping in touch: each person on a list can have a rhythm ("every 2 weeks", "every
 * month"); without one of their own they follow the user's default for their closeness.
 * Any contribution logged either way restarts the rhythm; someone never in touch counts
 * from the day they were added to the list.
 */
namespace keepintouch {

/// The rhythms offered, in weeks (0: none).
QList<int> choices();
/// "every 2 weeks", "every month", "none".
QString label(int everyWeeks);
/// The day a person is next due: @p lastContact (or @p addedOn when never in touch) plus
/// the rhythm. Invalid when @p everyWeeks is 0.
QDate dueDate(QDate lastContact, QDate addedOn, int everyWeeks);
/// Where @p due falls against @p week.
TouchStatus status(QDate due, TouchWeek week);
/// The week of the circle that @p today falls in while the circle runs; otherwise the
/// seven days from @p today.
TouchWeek weekOf(Database& db, qint64 circleId, QDate today);

/// SQL for the day of the last contribution with person `p` (NULL when none), for a query
/// on person p. One look-up per direction in the (person, direction, date) index, however
/// long the history. @p condition (say "AND c.happened_on < ?") narrows each look-up: its
/// placeholders repeat lastContactLookups(@p postgres) times.
QString lastContactSql(bool postgres, const QString& condition = {});
int lastContactLookups(bool postgres);

} // namespace keepintouch

/// Reads and writes rhythms and their defaults, each edit in its own transaction.
class KeepInTouchService
{
    Q_DECLARE_TR_FUNCTIONS(outloud::KeepInTouchService)

public:
    explicit KeepInTouchService(Database& db);

    /// The default rhythm per closeness level 0..5, in weeks (0: none).
    std::array<int, 6> defaults() const;
    bool setDefault(int closeness, int everyWeeks, QString* error);
    /// A person's own rhythm: -1 follows the default for their closeness, 0 none.
    int rhythm(qint64 personId) const;
    bool setRhythm(qint64 personId, int everyWeeks, QString* error);

    /// Everyone on @p memberId's list with a rhythm, the most overdue first. Contributions
    /// from @p week's end on are not counted (a summary of a past week stays as it was).
    QList<TouchEntry> entries(qint64 memberId, TouchWeek week) const;
    /// entries() that are due or overdue in @p week.
    QList<TouchEntry> due(qint64 memberId, TouchWeek week) const;

private:
    /// entries(), or with @p dueOnly only the due and overdue ones (filtered in SQL).
    QList<TouchEntry> read(qint64 memberId, TouchWeek week, bool dueOnly) const;

    Database& m_db;
};

} // namespace outloud
