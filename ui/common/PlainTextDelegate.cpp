// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <optional>

namespace outloud {

void PlainTextDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The cell's text takes its whole width only where the decoration is shown as selected
    // (a table's cells, a tree's rows): elsewhere the style places the text by its size.
    constexpr auto Other = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator
        | QStyleOptionViewItem::HasDecoration;
    const bool plain = (opt.features & QStyleOptionViewItem::HasDisplay) && !opt.text.isEmpty()
        && !(opt.features & Other) && opt.showDecorationSelected
        && !(opt.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        && opt.direction == Qt::LeftToRight;
    if (!plain) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The text as QCommonStyle lays it out (viewItemDrawText): inside the focus frame's
    // margin, one line as wide as the cell, centred as the alignment says.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    layout.setTextOption(textOption);

    // Everything but the text (background, selection, alternating rows) by the style.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &background, widget)
                               .adjusted(margin, 0, -margin, 0);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    line.setPosition(QPointF(0, 0));
    const bool oneLine = !layout.createLine().isValid();
    layout.endLayout();
    if (!oneLine) { // several lines: the style's way
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    // Placed by the whole text's line, as the style places it, elided or not.
    const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
        layout.boundingRect().size().toSize(), textRect);
    std::optional<QTextLayout> elided;
    if (line.naturalTextWidth() > textRect.width()) {
        // Too wide: cut as the style cuts it (QCommonStylePrivate::calculateElidedText), and
        // the cut text laid out on its own.
        elided.emplace(QFontMetricsF(opt.font).elidedText(
                           opt.text, opt.textElideMode, textRect.width(), Qt::TextLongestVariant),
            opt.font);
        elided->setTextOption(textOption);
        elided->beginLayout();
        QTextLine cut = elided->createLine();
        cut.setLineWidth(textRect.width());
        cut.setPosition(QPointF(0, 0));
        elided->endLayout();
    }

    QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    (elided ? *elided : layout).draw(painter, QPointF(textRect.x(), placed.top()));
    painter->restore();
}

} // namespace outloud
