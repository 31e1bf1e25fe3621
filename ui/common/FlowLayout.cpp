// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace outloud {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, shown - 1) * spacingX() + m.left() + m.right(),
        height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    QList<QLayoutItem*> shown;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    int y = area.y();
    for (qsizetype first = 0; first < shown.size();) {
        // As many items as fit on this row (at least one), at their preferred widths.
        qsizetype end = first;
        int used = 0;
        while (end < shown.size()) {
            const int w = shown.at(end)->sizeHint().width();
            const int needed = used + (end > first ? spacingX() : 0) + w;
            if (end > first && needed > area.width())
                break;
            used = needed;
            ++end;
        }
        int rowHeight = 0;
        int expanding = 0;
        for (qsizetype i = first; i < end; ++i) {
            rowHeight = std::max(rowHeight, shown.at(i)->sizeHint().height());
            if (shown.at(i)->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            int spare = std::max(0, area.width() - used);
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem* item = shown.at(i);
                int w = item->sizeHint().width();
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding--;
                    w += share;
                    spare -= share;
                }
                // A lone item wider than the row shrinks to the row (never below its minimum).
                w = std::max(std::min(w, area.right() + 1 - x), item->minimumSize().width());
                item->setGeometry(QRect(x, y, w, rowHeight));
                x += w + spacingX();
            }
        }
        y += rowHeight + spacingY();
        first = end;
    }
    if (!shown.isEmpty())
        y -= spacingY();
    return y - rect.y() + contentsMargins().bottom();
}

int FlowLayout::spacingX() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* w = parentWidget();
    const int s = w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : -1;
    return s >= 0 ? s : 6;
}

int FlowLayout::spacingY() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* w = parentWidget();
    const int s = w ? w->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, w) : -1;
    return s >= 0 ? s : 6;
}

} // namespace outloud
