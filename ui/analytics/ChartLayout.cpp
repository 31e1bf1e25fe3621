// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the texts, bars and lines of a ChartWidget go: every text measured with
// QFontMetricsF against the rectangle it is drawn in, so none is cut.
#include "ChartLayout.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace outloud {

namespace {

constexpr qreal Margin = 6;
constexpr qreal Gap = 4;

QFont scaled(const QFont& font, double factor, bool bold = false)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * factor);
    else
        result.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    result.setBold(bold);
    return result;
}

/// @p rect on whole pixels (at least one high and wide): drawn without antialiasing.
QRectF snapped(const QRectF& rect)
{
    const qreal left = std::round(rect.left());
    const qreal top = std::round(rect.top());
    return QRectF(left, top, std::max(1.0, std::round(rect.right()) - left),
        std::max(1.0, std::round(rect.bottom()) - top));
}

QLineF snapped(const QLineF& line)
{
    return QLineF(
        std::round(line.x1()), std::round(line.y1()), std::round(line.x2()), std::round(line.y2()));
}

/// Black or white, whichever reads on @p fill.
QColor textOn(const QColor& fill)
{
    return fill.lightness() < 150 ? QColor(Qt::white) : QColor(Qt::black);
}

class Builder
{
public:
    Builder(const ChartData& data, QSizeF size, const QFont& font, const QPalette& palette)
        : d(data)
        , base(font)
        , small(scaled(font, 0.9))
        , axisTitle(scaled(font, 0.9, true))
        , fs(small)
        , fa(axisTitle)
        , text(palette.color(QPalette::Text))
    {
        const bool dark
            = palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
        l.frame = QRectF(QPointF(0, 0), size).adjusted(0.5, 0.5, -0.5, -0.5);
        l.background = palette.color(QPalette::Base);
        l.border = palette.color(QPalette::Mid);
        l.gridColor = palette.color(QPalette::Mid);
        l.gridColor.setAlpha(dark ? 110 : 90);
        l.axisColor = palette.color(QPalette::Mid);
        inner = QRectF(QPointF(0, 0), size).adjusted(Margin, Margin, -Margin, -Margin);
    }

    ChartLayout build()
    {
        layOut();
        for (ChartLayout::Bar& bar : l.bars)
            bar.rect = snapped(bar.rect);
        for (QLineF& line : l.grid)
            line = snapped(line);
        for (QLineF& line : l.axes)
            line = snapped(line);
        return l;
    }

private:
    void layOut()
    {
        qreal top = title();
        const bool nothing = d.categories.isEmpty();
        const qreal bottom = nothing ? inner.bottom() : legend() - Gap;
        if (nothing) {
            emptyText(QRectF(inner.left(), top, inner.width(), bottom - top)
                          .adjusted(3 * Gap, Gap, -3 * Gap, -Gap));
            return;
        }
        l.hasAxes = true;
        if (d.horizontal)
            horizontal(top, bottom);
        else
            vertical(top, bottom);
        if (d.empty)
            emptyText(l.plot.adjusted(Gap, Gap, -Gap, -Gap));
    }

    void add(ChartText::Role role, const QString& shown, const QRectF& rect, const QFont& font,
        int flags, const QColor& color, const QString& whole = {}, bool upright = false)
    {
        ChartText t;
        t.role = role;
        t.text = shown;
        t.whole = whole.isEmpty() || whole == shown ? QString() : whole;
        t.rect = rect;
        t.font = font;
        t.flags = flags;
        t.color = color;
        t.upright = upright;
        l.texts.append(t);
    }

    /// @p full elided to @p width in @p font, added; the text's height.
    void addFitted(ChartText::Role role, const QString& full, const QRectF& rect, const QFont& font,
        int flags, bool upright = false)
    {
        const QFontMetricsF fm(font);
        const qreal room = upright ? rect.height() : rect.width();
        const QString shown
            = fm.horizontalAdvance(full) <= room ? full : fm.elidedText(full, Qt::ElideRight, room);
        add(role, shown, rect, font, flags, text, full, upright);
    }

    /// The title in the largest face from a point above the widget's, bold, down to the
    /// widget's that fits; elided when even that does not. Returns the y below it.
    qreal title()
    {
        if (d.title.isEmpty())
            return inner.top();
        QFont font = scaled(base, 1, true);
        if (font.pointSizeF() > 0)
            font.setPointSizeF(base.pointSizeF() + 1);
        while (font.pointSizeF() - 0.5 >= base.pointSizeF()
            && QFontMetricsF(font).horizontalAdvance(d.title) > inner.width())
            font.setPointSizeF(font.pointSizeF() - 0.5);
        const QFontMetricsF fm(font);
        const QRectF rect(inner.left(), inner.top(), inner.width(), fm.height());
        addFitted(ChartText::Role::Title, d.title, rect, font, Qt::AlignCenter);
        return rect.bottom() + Gap;
    }

    /// The legend at the bottom, in rows that never elide an entry; returns its top.
    qreal legend()
    {
        struct Entry
        {
            QString name;
            QColor color;
            bool line = false;
            bool dashed = false;
        };
        QList<Entry> entries;
        for (const ChartBars& set : d.bars)
            entries.append({set.name, set.color});
        for (const ChartLine& line : d.lines) {
            if (!line.name.isEmpty())
                entries.append({line.name, line.color, true, line.dashed});
        }
        for (const ChartLegendEntry& extra : d.extraLegend)
            entries.append({extra.name, extra.color});
        if (entries.isEmpty())
            return inner.bottom();
        // The widget's face while the entries fit one row, down to 85 % of it; then rows.
        QFont font = base;
        auto widthOf = [&entries](const QFontMetricsF& fm) {
            qreal sum = 0;
            for (const Entry& e : std::as_const(entries))
                sum += fm.height() * 1.2 + fm.horizontalAdvance(e.name) + fm.height();
            return sum - fm.height();
        };
        while (widthOf(QFontMetricsF(font)) > inner.width() && font.pointSizeF() > 0
            && font.pointSizeF() - 0.5 >= base.pointSizeF() * 0.85)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        const QFontMetricsF fm(font);
        const qreal box = fm.height() * 0.7;
        QList<QList<int>> rows {{}};
        QList<qreal> rowWidths {0};
        for (int i = 0; i < entries.size(); ++i) {
            const qreal w = std::min(
                inner.width(), box + 0.5 * fm.height() + fm.horizontalAdvance(entries.at(i).name));
            const qreal needed = rows.last().isEmpty() ? w : rowWidths.last() + fm.height() + w;
            if (!rows.last().isEmpty() && needed > inner.width()) {
                rows.append(QList<int>());
                rowWidths.append(w);
            } else {
                rowWidths.last() = needed;
            }
            rows.last().append(i);
        }
        const qreal rowHeight = fm.height() + 2;
        const qreal top = inner.bottom() - rows.size() * rowHeight + 2;
        for (int r = 0; r < rows.size(); ++r) {
            qreal x = inner.left() + (inner.width() - rowWidths.at(r)) / 2;
            const qreal y = top + r * rowHeight;
            for (int i : rows.at(r)) {
                const Entry& e = entries.at(i);
                ChartLayout::Swatch swatch;
                swatch.color = e.color;
                swatch.line = e.line;
                swatch.dashed = e.dashed;
                swatch.rect = QRectF(x, y + (fm.height() - box) / 2, box, box);
                l.swatches.append(swatch);
                x += box + 0.5 * fm.height();
                const qreal room = std::min(fm.horizontalAdvance(e.name) + 1, inner.right() - x);
                addFitted(ChartText::Role::Legend, e.name, QRectF(x, y, room, fm.height()), font,
                    Qt::AlignLeft | Qt::AlignVCenter);
                x += room - 1 + fm.height();
            }
        }
        return top;
    }

    void emptyText(const QRectF& area)
    {
        const QString message = d.emptyText;
        if (message.isEmpty() || area.width() <= 0 || area.height() <= 0)
            return;
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        const QRectF needed = QFontMetricsF(base).boundingRect(area, flags, message);
        // The text's own box (with a little room) over the plot, so grid lines do not cross it.
        const QRectF box = needed.adjusted(-Gap, -Gap / 2, Gap, Gap / 2).intersected(area);
        add(ChartText::Role::Empty, message, box, base, flags, text);
    }

    /// The value scale of every bar (stacked: their sums) and line point.
    void scaleValues()
    {
        double low = 0;
        double high = 0;
        for (int i = 0; i < d.categories.size(); ++i) {
            double sum = 0;
            for (const ChartBars& set : d.bars) {
                const double v = i < set.values.size() ? set.values.at(i) : 0;
                sum += v;
                low = std::min(low, v);
                high = std::max(high, d.horizontal ? sum : v);
            }
        }
        for (const ChartLine& line : d.lines) {
            for (const QPointF& p : line.points) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
        l.scale = integerScale(low, high, d.headroom);
    }

    QStringList tickLabels() const
    {
        QStringList labels;
        for (int i = 0; i <= l.scale.intervals(); ++i)
            labels << QString::number(std::lround(l.scale.bottom + i * l.scale.step));
        return labels;
    }

    qreal valueToY(double v) const
    {
        return l.plot.bottom()
            - l.plot.height() * (v - l.scale.bottom) / (l.scale.top - l.scale.bottom);
    }
    qreal valueToX(double v) const
    {
        return l.plot.left()
            + l.plot.width() * (v - l.scale.bottom) / (l.scale.top - l.scale.bottom);
    }

    void vertical(qreal top, qreal bottom)
    {
        scaleValues();
        const QStringList ticks = tickLabels();
        qreal tickWidth = 0;
        for (const QString& t : ticks)
            tickWidth = std::max(tickWidth, fs.horizontalAdvance(t));
        const qreal titleWidth = d.valueTitle.isEmpty() ? 0 : fa.height() + Gap;
        const qreal left = inner.left() + titleWidth + tickWidth + Gap;
        const qreal categoryTitle = d.categoryTitle.isEmpty() ? 0 : fa.height() + 1;
        const qreal plotBottom = bottom - categoryTitle - fs.height() - 3;
        l.plot = QRectF(QPointF(left, top + fs.height() / 2),
            QPointF(inner.right() - Gap, std::max(top + fs.height(), plotBottom)));
        const int n = int(d.categories.size());
        l.slot = l.plot.width() / n;
        l.hitArea = l.plot.adjusted(0, 0, 0, fs.height() + 3);

        // Grid and ticks.
        for (int i = 0; i < ticks.size(); ++i) {
            const qreal y = valueToY(l.scale.bottom + i * l.scale.step);
            l.grid.append(QLineF(l.plot.left(), y, l.plot.right(), y));
            add(ChartText::Role::Tick, ticks.at(i),
                QRectF(left - Gap - tickWidth, y - fs.height() / 2, tickWidth, fs.height()), small,
                Qt::AlignRight | Qt::AlignVCenter, text);
        }
        l.axes.append(QLineF(l.plot.bottomLeft(), l.plot.bottomRight()));
        l.axes.append(QLineF(l.plot.topLeft(), l.plot.bottomLeft()));
        if (l.scale.bottom < 0) {
            const qreal zero = valueToY(0);
            l.axes.append(QLineF(l.plot.left(), zero, l.plot.right(), zero));
        }
        if (!d.valueTitle.isEmpty())
            addFitted(ChartText::Role::AxisTitle, d.valueTitle,
                QRectF(inner.left(), l.plot.top(), fa.height(), l.plot.height()), axisTitle,
                Qt::AlignCenter, true);

        // Category labels: every labelEvery-th, further apart while the widest does not fit.
        QFont bold = small;
        bold.setBold(true);
        qreal widest = 0;
        for (int i = 0; i < n; ++i)
            widest = std::max(widest,
                QFontMetricsF(i == d.markedCategory ? bold : small)
                    .horizontalAdvance(d.categories.at(i)));
        int every = std::max(1, d.labelEvery);
        while (every < n && widest + 2 > l.slot * every)
            ++every;
        for (int i = 0; i < n; i += every) {
            const qreal centre = l.plot.left() + l.slot * (i + 0.5);
            const qreal room = std::min(l.slot * every, inner.width());
            const QRectF rect(
                std::max(inner.left(), centre - room / 2), l.plot.bottom() + 3, room, fs.height());
            addFitted(ChartText::Role::Category, d.categories.at(i), rect,
                i == d.markedCategory ? bold : small, Qt::AlignHCenter | Qt::AlignTop);
        }
        if (!d.categoryTitle.isEmpty())
            addFitted(ChartText::Role::AxisTitle, d.categoryTitle,
                QRectF(
                    l.plot.left(), l.plot.bottom() + 3 + fs.height(), l.plot.width(), fa.height()),
                axisTitle, Qt::AlignHCenter | Qt::AlignTop);

        verticalBars();
        for (const ChartLine& line : d.lines)
            addLine(line);
    }

    void verticalBars()
    {
        const int sets = int(d.bars.size());
        if (sets == 0)
            return;
        const qreal group = l.slot * 0.76;
        const qreal width = group / sets;
        qreal widest = 0;
        for (const ChartBars& set : d.bars) {
            for (int v : set.values)
                widest = std::max(widest, fs.horizontalAdvance(QString::number(v)));
        }
        // Labels side by side while they fit their bar, else upright, else none (the tooltip
        // has every value).
        const bool flat = widest <= width + 2;
        const bool upright = !flat && fs.height() <= width + 2;
        const qreal zero = valueToY(std::max(0.0, l.scale.bottom));
        for (int s = 0; s < sets; ++s) {
            const ChartBars& set = d.bars.at(s);
            for (int i = 0; i < set.values.size() && i < d.categories.size(); ++i) {
                const int v = set.values.at(i);
                const qreal x = l.plot.left() + l.slot * i + (l.slot - group) / 2 + s * width;
                const QRectF rect = QRectF(QPointF(x, valueToY(v)), QPointF(x + width, zero))
                                        .normalized()
                                        .adjusted(0.5, 0, -0.5, 0);
                const QColor color = i == set.selected && set.selectedColor.isValid()
                    ? set.selectedColor
                    : set.color;
                if (v != 0)
                    l.bars.append({rect, color, s, i});
                if (v == 0 || !d.valueLabels || (!flat && !upright))
                    continue;
                const QString label = QString::number(v);
                const qreal length = fs.horizontalAdvance(label) + 2;
                const qreal centre = rect.center().x();
                QRectF box = upright
                    ? QRectF(centre - fs.height() / 2, rect.top() - length - 1, fs.height(), length)
                    : QRectF(centre - length / 2, rect.top() - fs.height(), length, fs.height());
                QColor ink = text;
                if (v < 0) {
                    box.moveTop(rect.bottom() + 1);
                } else if (box.top() < inner.top()) {
                    // No room above the bar: inside its end.
                    box.moveTop(rect.top() + 1);
                    ink = textOn(color);
                }
                add(ChartText::Role::Value, label, box, small, Qt::AlignCenter, ink, {}, upright);
            }
        }
    }

    void addLine(const ChartLine& line)
    {
        ChartLayout::Stroke stroke;
        QPen pen(line.color, line.width);
        pen.setStyle(line.dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        stroke.pen = pen;
        stroke.dotRadius = line.dots ? line.width + 1 : 0;
        for (const QPointF& p : line.points)
            stroke.points << QPointF(l.plot.left() + l.slot * (p.x() + 0.5), valueToY(p.y()));
        // A label at every point while they fit their column, else at the latest only.
        qreal widest = 0;
        for (const QPointF& p : line.points)
            widest = std::max(widest, fs.horizontalAdvance(QString::number(std::lround(p.y()))));
        ChartLine::Labels labels = line.labels;
        if (labels == ChartLine::Labels::EveryPoint && widest + 2 > l.slot)
            labels = ChartLine::Labels::LastPoint;
        if (labels == ChartLine::Labels::LastPoint && !stroke.points.isEmpty())
            stroke.emphasised = stroke.points.last();
        l.lines.append(stroke);
        if (labels == ChartLine::Labels::None)
            return;
        const int first = labels == ChartLine::Labels::EveryPoint ? 0 : int(line.points.size()) - 1;
        for (int i = std::max(0, first); i < line.points.size(); ++i) {
            const QString label = QString::number(std::lround(line.points.at(i).y()));
            const qreal width = fs.horizontalAdvance(label) + 2;
            const QPointF at = stroke.points.at(i);
            const qreal lift = stroke.dotRadius + 2;
            QRectF box(at.x() - width / 2, at.y() - lift - fs.height(), width, fs.height());
            if (box.top() < l.plot.top() - fs.height() / 2)
                box.moveTop(at.y() + lift);
            if (box.right() > inner.right())
                box.moveRight(inner.right());
            if (box.left() < l.plot.left())
                box.moveLeft(l.plot.left());
            add(ChartText::Role::Value, label, box, small, Qt::AlignCenter, text);
        }
    }

    void horizontal(qreal top, qreal bottom)
    {
        scaleValues();
        const int n = int(d.categories.size());
        const QStringList ticks = tickLabels();
        const qreal valueTitle = d.valueTitle.isEmpty() ? 0 : fa.height() + 1;
        const qreal plotBottom = bottom - valueTitle - fs.height() - 3;
        // Names in the label face, smaller (down to four fifths) while rows are lower than it.
        QFont names = small;
        const qreal rowHeight = (plotBottom - top) / n;
        while (names.pointSizeF() > 0 && QFontMetricsF(names).height() > rowHeight
            && names.pointSizeF() - 0.5 >= small.pointSizeF() * 0.8)
            names.setPointSizeF(names.pointSizeF() - 0.5);
        const QFontMetricsF fn(names);
        qreal widest = 0;
        for (const QString& name : d.categories)
            widest = std::max(widest, fn.horizontalAdvance(name));
        const qreal nameRoom = std::min(widest + 1, inner.width() * 0.4);
        const qreal lastTick = fs.horizontalAdvance(ticks.last()) / 2;
        l.plot = QRectF(QPointF(inner.left() + nameRoom + Gap, top),
            QPointF(inner.right() - lastTick, std::max(top + 1, plotBottom)));
        l.slot = l.plot.height() / n;
        l.hitArea = QRectF(QPointF(inner.left(), l.plot.top()), l.plot.bottomRight());

        for (int i = 0; i < ticks.size(); ++i) {
            const qreal x = valueToX(l.scale.bottom + i * l.scale.step);
            l.grid.append(QLineF(x, l.plot.top(), x, l.plot.bottom()));
            const qreal w = fs.horizontalAdvance(ticks.at(i)) + 2;
            add(ChartText::Role::Tick, ticks.at(i),
                QRectF(x - w / 2, l.plot.bottom() + 3, w, fs.height()), small, Qt::AlignCenter,
                text);
        }
        l.axes.append(QLineF(l.plot.topLeft(), l.plot.bottomLeft()));
        l.axes.append(QLineF(l.plot.bottomLeft(), l.plot.bottomRight()));
        if (!d.valueTitle.isEmpty())
            addFitted(ChartText::Role::AxisTitle, d.valueTitle,
                QRectF(
                    l.plot.left(), l.plot.bottom() + 3 + fs.height(), l.plot.width(), fa.height()),
                axisTitle, Qt::AlignHCenter | Qt::AlignTop);

        for (int i = 0; i < n; ++i) {
            // Category 0 at the bottom.
            const qreal centre = l.plot.bottom() - l.slot * (i + 0.5);
            const qreal height = std::max(l.slot, fn.height());
            addFitted(ChartText::Role::Category, d.categories.at(i),
                QRectF(inner.left(), centre - height / 2, nameRoom, height), names,
                Qt::AlignRight | Qt::AlignVCenter);
            double start = 0;
            const qreal thickness = l.slot * 0.62;
            for (int s = 0; s < d.bars.size(); ++s) {
                const ChartBars& set = d.bars.at(s);
                const int v = i < set.values.size() ? set.values.at(i) : 0;
                if (v == 0)
                    continue;
                const QRectF rect(QPointF(valueToX(start), centre - thickness / 2),
                    QPointF(valueToX(start + v), centre + thickness / 2));
                start += v;
                const QColor color = i == set.selected && set.selectedColor.isValid()
                    ? set.selectedColor
                    : set.color;
                l.bars.append({rect.normalized(), color, s, i});
                if (!d.valueLabels)
                    continue;
                // Inside the bar's end when it fits, else just beyond it.
                const QString label = QString::number(v);
                const qreal width = fs.horizontalAdvance(label) + 2;
                QRectF box(rect.right() - width - 2, centre - fs.height() / 2, width, fs.height());
                QColor ink = textOn(color);
                if (width + 4 > rect.width()) {
                    box.moveLeft(rect.right() + 2);
                    ink = text;
                }
                if (box.right() <= inner.right())
                    add(ChartText::Role::Value, label, box, small, Qt::AlignCenter, ink);
            }
        }
    }

    const ChartData& d;
    const QFont base;
    const QFont small;
    const QFont axisTitle;
    const QFontMetricsF fs;
    const QFontMetricsF fa;
    const QColor text;
    QRectF inner;
    ChartLayout l;
};

} // namespace

ChartLayout layOutChart(
    const ChartData& data, QSizeF size, const QFont& font, const QPalette& palette)
{
    return Builder(data, size, font, palette).build();
}

} // namespace outloud
