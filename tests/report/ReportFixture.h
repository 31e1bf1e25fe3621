// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QStringList>

namespace outloud::test {

/// A circle whose "me" is named like markup, with a known week 3 and a long week 5.
struct ReportFixture
{
    static const QString AnnName; ///< <b>Ann & "Bob"</b>
    static const QString Goal;
    static constexpr int LongWeekRows = 120;

    explicit ReportFixture(Database& db);

    qint64 circleId = -1;
    qint64 annId = -1;
    qint64 carlId = -1;
    QStringList week3Notes; ///< Ann's contributions in week 3, oldest first.
};

/// The text pdftotext finds in @p pdf (all pages, or page @p page only).
QString pdfText(const QString& pdf, int page = 0, bool layout = true);
/// The text in drawing order with whitespace simplified: wrapped cells read as one line.
QString pdfSearchText(const QString& pdf);
/// pdfinfo's "Key: value" lines as a map.
QHash<QString, QString> pdfInfo(const QString& pdf);

} // namespace outloud::test
