// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextColumns.h"

#include <QAbstractItemView>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <algorithm>
#include <cmath>

namespace outloud::textcolumns {

namespace {
int widthFor(
    const QAbstractItemView* view, const QHeaderView* header, int column, int rows, int extra)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return 0;
    // The delegate's text margin on either side (QCommonStyle's viewItemSize).
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const QFontMetricsF viewMetrics(view->font());
    int widest = 0;
    const int count = std::min(model->rowCount(view->rootIndex()), rows);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model->index(row, column, view->rootIndex());
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const QVariant font = index.data(Qt::FontRole);
        const qreal advance = font.isValid()
            ? QFontMetricsF(font.value<QFont>()).horizontalAdvance(text)
            : viewMetrics.horizontalAdvance(text);
        // Rounded up, as the delegate's text layout is.
        widest = std::max(widest, int(std::ceil(advance)) + margin + extra);
    }
    const int title = header->isHidden() ? 0 : header->sectionSizeHint(column);
    return std::max(widest, title);
}
} // namespace

int widthFor(const QTableView* view, int column, int rows)
{
    return widthFor(view, view->horizontalHeader(), column, rows, view->showGrid() ? 1 : 0);
}

int widthFor(const QTreeView* view, int column, int rows)
{
    // Flat lists only: no indentation for a tree's branches.
    return widthFor(view, view->header(), column, rows, 0);
}

void fit(QTableView* view, int column, int rows)
{
    view->setColumnWidth(column, widthFor(view, column, rows));
}

void fit(QTreeView* view, int column, int rows)
{
    view->setColumnWidth(column, widthFor(view, column, rows));
}

} // namespace outloud::textcolumns
