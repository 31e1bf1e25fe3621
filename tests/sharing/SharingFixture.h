// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "sharing/Card.h"
#include "sharing/Invitation.h"

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>
#include <array>
#include <gtest/gtest.h>

namespace outloud::test {

/// A day of week 4 of the simulated circle.
inline const QDate Week4Day(2026, 2, 24);

/// One member's laptop: their own database, with the circle joined and them as "me".
struct Laptop
{
    TempDatabase t;
    qint64 circleId = -1;
    qint64 meId = -1;
    Database& db() { return t.db(); }
    /// The member of the circle called @p name in this laptop's database.
    qint64 member(const QString& name);
};

/**
 * A circle of three without a server: Alice facilitates and invites, Bob and Carol join
 * from her invitation, each on their own laptop, and all share one folder. The circle
 * starts Monday 2026-02-02 at 18:00, so the fixed "now" (Monday 2026-03-02) is the day of
 * meeting 5 and the round reports week 4 (2026-02-23 .. 2026-03-01).
 */
class CircleSimulation : public ::testing::Test
{
protected:
    void SetUp() override;

    /// Week 4 on every laptop. Bob: three given (notes naming people) and one received,
    /// a goal (target 2) and a commitment made at meeting 4 and kept at meeting 5. Carol:
    /// one given. Alice: one received, and the folder chosen for reading only.
    void addWeekFour();

    /// Adds @p name (with @p notes) to @p laptop's list; returns the person's id.
    qint64 addPerson(Laptop& laptop, const QString& name, const QString& notes);
    /// Logs a contribution on @p day; direction 0 given, 1 received.
    void log(Laptop& laptop, qint64 personId, QDate day, int direction, const QString& note);
    /// The laptop shares through the folder with @p parts and writes its card now.
    void share(Laptop& laptop, int parts = sharing::AllParts);
    /// Every byte of every file in the folder.
    QByteArray folderBytes() const;
    QString cardPath(Laptop& laptop);

    QTemporaryDir folder;
    Laptop alice;
    Laptop bob;
    Laptop carol;
    sharing::Invitation invitation;
    /// Every name and note typed into any laptop (people, contributions, goal reasons).
    QStringList privateTexts;
};

} // namespace outloud::test
