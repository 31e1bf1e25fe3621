// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneLineDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <cmath>

namespace outloud {

void OneLineDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    if (!opt.icon.isNull() || (opt.features & QStyleOptionViewItem::HasCheckIndicator)
        || (opt.features & QStyleOptionViewItem::WrapText) || opt.text.contains(u'\n')
        || (horizontal != Qt::AlignLeft && horizontal != Qt::AlignLeading)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style's background, selection and focus frame, without its text.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    // Where QCommonStyle puts it: inside the focus frame's margin, its one line aligned in the
    // cell as a whole line (ascent and descent), drawn from its baseline.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QFontMetricsF metrics(opt.font);
    const int lineHeight = int(std::ceil(metrics.ascent() + metrics.descent()));
    const QRect line = QStyle::alignedRect(
        opt.direction, opt.displayAlignment, QSize(rect.width(), lineHeight), rect);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width());
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const qreal x = opt.direction == Qt::RightToLeft
        ? line.right() + 1 - metrics.horizontalAdvance(shown)
        : line.left();
    painter->drawText(QPointF(x, line.top() + metrics.ascent()), shown);
    painter->restore();
}

} // namespace outloud
