// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/WeekSummary.h"

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <atomic>
#include <functional>

class QIODevice;

namespace outloud {

/// Writes the weekly summaries as PDF files.
namespace summarypdf {

/// The paper people use where @p locale is: Letter in the United States and Canada, A4 elsewhere.
QPageSize::PageSizeId localePageSize(const QLocale& locale = QLocale());

/// "a4" or "letter" (any case) to a page size; QPageSize::Custom for anything else.
QPageSize::PageSizeId parsePageSize(const QString& name);

/**
 * How far a summary written in another thread has come, and whether it should stop: the
 * writing thread sets the page as each one begins, the window reads it and may cancel. A
 * canceled summary stops at its next page or table row and leaves no file.
 */
struct Progress
{
    /// The page being laid out (counting pass) or painted; 0 while the week is read.
    std::atomic<int> page {0};
    /// The document's pages once counted; 0 during the counting pass.
    std::atomic<int> pages {0};
    std::atomic<bool> canceled {false};
    /// For tests: called in the writing thread as each page begins (page and pages set).
    std::function<void(const Progress&)> afterPage;
};

/// The message of a canceled export.
QString canceledMessage();

/**
 * Writes @p summary to @p path atomically: the file appears complete or not at all, and
 * is readable by its owner only (it holds personal data). Sets @p error and leaves any
 * existing file untouched when the path cannot be written, or when @p progress was
 * canceled. @p pages receives the count.
 */
bool writeMember(const MemberWeekSummary& summary, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages = nullptr,
    Progress* progress = nullptr);
bool writeCircle(const CircleWeekSummary& summary, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages = nullptr,
    Progress* progress = nullptr);

/// @p pdf with an information dictionary (title, author, creator) appended as an
/// incremental update: QPdfWriter in Qt 6.4 cannot set the author itself.
QByteArray withInfo(
    const QByteArray& pdf, const QString& title, const QString& author, const QString& creator);

/// The information dictionary of withInfo() for a PDF in a file (or any random-access
/// @p pdf device): the incremental update to append to it, empty when the PDF's end cannot
/// be read. Reads the file's last bytes only.
QByteArray infoUpdate(
    QIODevice* pdf, const QString& title, const QString& author, const QString& creator);

} // namespace summarypdf
} // namespace outloud
