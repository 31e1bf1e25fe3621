// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/OrgService.h"

#include <QDate>
#include <QPageSize>
#include <QString>

namespace outloud::checkinpdf {

/**
 * Writes a facilitator's overview of @p circles as of @p today, for the program's
 * check-ins: per circle its week, next meeting, attendance, commitments kept, the week's
 * contributions and who stalls. Laid out like the week summary (PageFlow, real text);
 * written atomically and readable by its owner only. Sets @p error when not written.
 */
bool write(const QList<OrgCircleOverview>& circles, QDate today, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages = nullptr);

} // namespace outloud::checkinpdf
