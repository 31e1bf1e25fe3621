// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outloud {

/// One timed part of a meeting's agenda.
struct AgendaSegment
{
    QString title;
    int minutes = 0;
    bool round = false; ///< The round of members; its time is shared among those present.
};

/// What one week of the circle is about and how its meeting runs.
struct PlanWeek
{
    int number = 0;
    QString theme;
    QStringList exercises;
    QList<AgendaSegment> agenda; ///< Adds up to WeekPlan::MeetingMinutes.
    QStringList prepare; ///< What to do before the next meeting.

    int totalMinutes() const;
    /// Index of the round segment in the agenda, or -1.
    int roundIndex() const;
};

/**
 * The plan of a circle's weeks, read from the line-oriented format documented in
 * resources/plans/README.md. Outloud ships an English and a German plan; a circle may
 * use its own.
 */
struct WeekPlan
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::WeekPlan)

public:
    static constexpr int MeetingMinutes = 60;

    QString title;
    QString language;
    QList<PlanWeek> weeks; ///< weeks[i].number == i + 1

    bool isEmpty() const { return weeks.isEmpty(); }
    /// Week @p number, or null when the plan has no such week.
    const PlanWeek* week(int number) const;

    /// Parses @p text. On a broken plan returns nullopt and sets @p error to a message
    /// naming the line and the problem.
    static std::optional<WeekPlan> parse(const QString& text, QString* error);
    /// Reads and parses a UTF-8 plan file.
    static std::optional<WeekPlan> load(const QString& path, QString* error);

    /// The text of a shipped plan: "de" gives the German one, anything else English.
    static QString builtInText(const QString& language);
    static WeekPlan builtIn(const QString& language);
    /// The shipped plan in the language of the user's locale.
    static WeekPlan builtInForLocale();
    static QString localeLanguage();
};

} // namespace outloud
