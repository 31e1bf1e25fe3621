// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextColumns.h"

#include "TextWidths.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

namespace outloud::textcolumns {

namespace {
int widthFor(const QAbstractItemView* view, const QHeaderView* header, int column, int rows,
    int extra, TextWidths& widths)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return 0;
    // The delegate's text margin on either side (QCommonStyle's viewItemSize).
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const QFont viewFont = view->font();
    int widest = 0;
    const int count = std::min(model->rowCount(view->rootIndex()), rows);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model->index(row, column, view->rootIndex());
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const QVariant font = index.data(Qt::FontRole);
        // Laid out whole, as the delegate lays it out (a sum of advances would be a pixel or two
        // wider where kerning draws letters closer, wider than Qt's own fitting).
        widest = std::max(widest,
            widths.shapedWidth(text, font.isValid() ? font.value<QFont>() : viewFont) + margin
                + extra);
    }
    const int title = header->isHidden() ? 0 : header->sectionSizeHint(column);
    return std::max(widest, title);
}
} // namespace

int widthFor(const QTableView* view, int column, TextWidths& widths, int rows)
{
    return widthFor(view, view->horizontalHeader(), column, rows, view->showGrid() ? 1 : 0, widths);
}

int widthFor(const QTreeView* view, int column, TextWidths& widths, int rows)
{
    // Flat lists only: no indentation for a tree's branches.
    return widthFor(view, view->header(), column, rows, 0, widths);
}

void fit(QTableView* view, int column, TextWidths& widths, int rows)
{
    view->setColumnWidth(column, widthFor(view, column, widths, rows));
}

void fit(QTreeView* view, int column, TextWidths& widths, int rows)
{
    view->setColumnWidth(column, widthFor(view, column, widths, rows));
}

} // namespace outloud::textcolumns
