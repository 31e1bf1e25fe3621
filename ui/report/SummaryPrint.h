// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/WeekSummary.h"

class QPrinter;
class QWidget;

namespace outloud {

class Database;

/// Printing the weekly summaries: the same pages as the PDF, on a printer.
namespace summaryprint {

/// Paints @p summary on @p printer as it is set up; returns the page count (0: failed).
int printMember(QPrinter& printer, const MemberWeekSummary& summary);
int printCircle(QPrinter& printer, const CircleWeekSummary& summary);

/**
 * File > Print...: gathers week @p week of @p memberId, asks through QPrintDialog (paper
 * preset from the locale) and prints. Returns false when cancelled or when there is
 * nothing to print (a message box says why).
 */
bool printWeekSummary(QWidget* parent, Database& db, qint64 memberId, int week);
/// The same for the facilitator's summary of @p circleId.
bool printCircleSummary(QWidget* parent, Database& db, qint64 circleId, int week);

} // namespace summaryprint
} // namespace outloud
