// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;
class QTreeView;

namespace outloud {
class TextWidths;
}

namespace outloud::textcolumns {

/// How wide @p column must be for the text of its first @p rows rows on one line and for its
/// title: what resizeColumnToContents() gives for plain one-line text, worked out from the
/// texts' advance, each text measured by @p widths as a whole line (TextWidths::shapedWidth()).
/// resizeColumnToContents() lays every cell out as a paragraph through the style and makes the
/// view lay out all of its items before they are painted, which on a page's first paint costs
/// more than painting them.
int widthFor(const QTableView* view, int column, TextWidths& widths, int rows = 30);
int widthFor(const QTreeView* view, int column, TextWidths& widths, int rows = 30);

/// Sets @p column to widthFor().
void fit(QTableView* view, int column, TextWidths& widths, int rows = 30);
void fit(QTreeView* view, int column, TextWidths& widths, int rows = 30);

} // namespace outloud::textcolumns
