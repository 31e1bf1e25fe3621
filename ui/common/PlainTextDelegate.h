// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace outloud {

/**
 * Paints a cell of one line of plain text exactly as QStyledItemDelegate does, with the text
 * laid out once. The style lays a cell's text out three times (to place it, to see whether it
 * must be elided, to draw it): most of what a list's first paint costs. A cell the short way
 * cannot promise to paint the same (wrapped text, several lines, an icon, a check box, the
 * focus frame, an editor open, right to left) is painted by the style as before.
 */
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
};

} // namespace outloud
