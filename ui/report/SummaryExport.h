// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryPdf.h"
#include "storage/Clock.h"

#include <QDate>
#include <QPageSize>
#include <QString>

namespace outloud::summarypdf {

/// What File > Export week summary writes: everything the worker needs, copied.
struct Request
{
    QString location; ///< The window database's path(): a file or a server address.
    Clock clock; ///< The window database's clock ("as of" of the members' shared figures).
    qint64 circleId = 0;
    qint64 memberId = 0; ///< Whose week, unless wholeCircle.
    bool wholeCircle = false; ///< The facilitator's summary of the circle.
    int week = 1;
    QDate today; ///< The figures' reference day, as the Overview's.
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString path;
};

/**
 * The week summary made away from the window's connection, for a worker thread: opens a
 * connection of its own to the request's location (on a server the same login, so
 * row-level security decides what it reads), gathers the week in one read snapshot
 * (SummaryBuilder), closes it and writes the PDF as writeMember()/writeCircle() do.
 * Cancelling through @p progress leaves no file and the old one untouched; @p canceled is
 * then set and @p error says so.
 */
bool exportAside(const Request& request, Progress* progress, bool* canceled, QString* error);

} // namespace outloud::summarypdf
