// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace outloud {

/**
 * Paints a cell of plain one-line text as QStyledItemDelegate does (the style's background,
 * selection and focus, the text elided at the cell's edge), with the text laid out once: the
 * style lays a cell's text out as a paragraph to place it, again to draw it and once more to
 * elide it, which on a page's first paint costs more than drawing the glyphs. Cells with an
 * icon, a check box or wrapping text are left to QStyledItemDelegate.
 */
class OneLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
};

} // namespace outloud
