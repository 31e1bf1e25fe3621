// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace outloud {

class Database;

/**
 * Writes a realistic demo into an empty database, reproducibly: the same seed and the
 * same "today" give the same file contents.
 *
 * Small: one circle of five in week 7 of 12, about 40 people a member and some 300
 * contributions with distinct patterns (a steady giver, a generous one, one who mostly
 * receives, one who stalls after week 3, a late starter).
 * Large: a company program of 100 circles, 10,000 people, 200,000 contributions.
 */
class DemoGenerator
{
public:
    Q_DECLARE_TR_FUNCTIONS(outloud::DemoGenerator)

public:
    enum class Scale { Small, Large };

    struct Counts
    {
        int circles = 0;
        int members = 0;
        int people = 0;
        int contributions = 0;
    };

    DemoGenerator(Database& db, Scale scale, quint32 seed, QDate today);

    /// Fills the database in one transaction; on failure nothing is written.
    bool generate(QString* error);
    Counts counts() const { return m_counts; }

    static constexpr int LargeCircles = 100;
    static constexpr int LargePeople = 10000;
    static constexpr int LargeContributions = 200000;

private:
    struct Impl;

    bool setReproducibleUids(QString* error);

    Database& m_db;
    Scale m_scale;
    quint32 m_seed;
    QDate m_today;
    Counts m_counts;
};

} // namespace outloud
