// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/WeekSummary.h"

#include <functional>

class QPagedPaintDevice;

namespace outloud {

/// Paints the weekly summaries onto a paged device (PDF writer or printer), page by page.
namespace summarydocument {

/// Called as each page begins: its number and, in the pass that paints, how many there are
/// (0 in the pass that counts them). False stops the painting, which then returns 0.
using PageHook = std::function<bool(int page, int pages)>;

/// Paints @p summary; returns the number of pages, 0 when the device cannot be painted on.
int paintMember(
    QPagedPaintDevice* device, const MemberWeekSummary& summary, const PageHook& onPage = {});
int paintCircle(
    QPagedPaintDevice* device, const CircleWeekSummary& summary, const PageHook& onPage = {});

/// One pass of the above with "page N of @p pages" in the footers (0: "page N").
int paintMemberPages(QPagedPaintDevice* device, const MemberWeekSummary& summary, int pages,
    const PageHook& onPage = {});
int paintCirclePages(QPagedPaintDevice* device, const CircleWeekSummary& summary, int pages,
    const PageHook& onPage = {});

/// The document's title, as shown in the PDF's properties and the print queue.
QString memberTitle(const MemberWeekSummary& summary);
QString circleTitle(const CircleWeekSummary& summary);

} // namespace summarydocument
} // namespace outloud
