// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekChart.h"

#include "analytics/ChartScale.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
const QColor GivenColor(0x2f, 0x6f, 0xb3);
const QColor ReceivedColor(0xe0, 0x8a, 0x2c);
const QColor TargetColor(0x3a, 0x8d, 0x4b);
const QColor GridColor(0xd5, 0xda, 0xe0);
const QColor CurrentFill(0xfb, 0xf1, 0xc9);

// A step of 1, 2 or 5 times a power of ten that gives about four grid lines.
int niceStep(int maximum)
{
    return int(outloud::niceStep(maximum, 4));
}
} // namespace

void WeekChart::paint(QPainter& p, const QRectF& rect) const
{
    const qreal pt = pixelsPerPoint;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());

    int maximum = std::max(1, target);
    for (const WeekPoint& w : weeks)
        maximum = std::max({maximum, w.given, w.received});
    const int step = niceStep(maximum);
    const int top = ((maximum + step - 1) / step) * step;

    // Room for the axis title and labels on the left, week labels and legend below.
    const qreal labelWidth = fm.horizontalAdvance(QString::number(top)) + 4 * pt;
    const qreal left = rect.left() + fm.height() + 4 * pt + labelWidth;
    const qreal right = rect.right() - 2 * pt;
    const qreal plotTop = rect.top() + fm.height() * 0.6;
    const qreal legendHeight = fm.height() + 4 * pt;
    const qreal bottom = rect.bottom() - legendHeight - 2 * fm.height() - 4 * pt;
    const qreal plotHeight = bottom - plotTop;
    const int count = std::max<int>(1, int(weeks.size()));
    const qreal slot = (right - left) / count;

    auto yOf = [&](double value) { return bottom - plotHeight * value / top; };

    // Shade the reported week first, under everything else.
    for (int i = 0; i < weeks.size(); ++i) {
        if (weeks.at(i).week == currentWeek)
            p.fillRect(QRectF(left + i * slot, plotTop, slot, plotHeight), CurrentFill);
    }

    // Grid and value axis.
    p.setPen(QPen(GridColor, 0.5 * pt));
    for (int v = 0; v <= top; v += step) {
        const qreal y = yOf(v);
        p.setPen(QPen(GridColor, 0.5 * pt));
        p.drawLine(QPointF(left, y), QPointF(right, y));
        p.setPen(Qt::black);
        p.drawText(QRectF(left - labelWidth - 2 * pt, y - fm.height() / 2, labelWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    p.save();
    p.translate(rect.left() + fm.ascent() * 0.9, (plotTop + bottom) / 2);
    p.rotate(-90);
    p.drawText(QRectF(-plotHeight / 2, -fm.ascent(), plotHeight, fm.height()), Qt::AlignCenter,
        tr("Contributions"));
    p.restore();

    // Bars: given then received, side by side in each week's slot.
    const qreal barWidth = slot * 0.32;
    for (int i = 0; i < weeks.size(); ++i) {
        const WeekPoint& w = weeks.at(i);
        const qreal x = left + i * slot + slot * 0.16;
        p.fillRect(QRectF(x, yOf(w.given), barWidth, bottom - yOf(w.given)), GivenColor);
        p.fillRect(QRectF(x + barWidth, yOf(w.received), barWidth, bottom - yOf(w.received)),
            ReceivedColor);
        p.setPen(w.week == currentWeek ? Qt::black : QColor(0x40, 0x40, 0x40));
        QFont label = font;
        label.setBold(w.week == currentWeek);
        p.setFont(label);
        p.drawText(QRectF(left + i * slot, bottom + 2 * pt, slot, fm.height()),
            Qt::AlignHCenter | Qt::AlignTop, QString::number(w.week));
        p.setFont(font);
    }
    p.setPen(QPen(Qt::black, 0.7 * pt));
    p.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    p.drawText(QRectF(left, bottom + 2 * pt + fm.height(), right - left, fm.height()),
        Qt::AlignHCenter | Qt::AlignTop, tr("Week of the circle"));

    if (target > 0) {
        QPen dashed(TargetColor, 1.2 * pt, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(left, yOf(target)), QPointF(right, yOf(target)));
    }

    // Legend.
    const qreal ly = rect.bottom() - legendHeight + 2 * pt;
    qreal lx = left;
    const qreal box = fm.height() * 0.7;
    auto entry = [&](const QColor& color, const QString& text, bool line) {
        if (line) {
            p.setPen(QPen(color, 1.2 * pt, Qt::DashLine));
            p.drawLine(
                QPointF(lx, ly + fm.height() / 2), QPointF(lx + 2 * box, ly + fm.height() / 2));
            lx += 2 * box + 3 * pt;
        } else {
            p.fillRect(QRectF(lx, ly + (fm.height() - box) / 2, box, box), color);
            lx += box + 3 * pt;
        }
        p.setPen(Qt::black);
        const qreal w = fm.horizontalAdvance(text);
        p.drawText(QRectF(lx, ly, w + 2 * pt, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += w + 12 * pt;
    };
    entry(GivenColor, tr("Given"), false);
    entry(ReceivedColor, tr("Received"), false);
    if (target > 0)
        entry(TargetColor, tr("Weekly target (%1)").arg(target), true);
    if (currentWeek > 0)
        entry(CurrentFill.darker(110), tr("This week"), false);
    p.restore();
}

void WeekChart::paintBalance(QPainter& p, const QRectF& rect) const
{
    const qreal pt = pixelsPerPoint;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    int low = 0;
    int high = 1;
    for (const WeekPoint& w : weeks) {
        if (w.week > currentWeek)
            break;
        low = std::min(low, w.balanceToDate);
        high = std::max(high, w.balanceToDate);
    }
    const int step = niceStep(high - low);
    low = low >= 0 ? 0 : -((-low + step - 1) / step) * step;
    high = ((high + step - 1) / step) * step;

    const qreal labelWidth = std::max(fm.horizontalAdvance(QString::number(low)),
                                 fm.horizontalAdvance(QString::number(high)))
        + 4 * pt;
    const qreal left = rect.left() + labelWidth;
    const qreal right = rect.right() - 4 * pt;
    const qreal top = rect.top() + fm.height() * 1.6;
    const qreal bottom = rect.bottom() - 2 * fm.height() - 4 * pt;
    const int count = std::max<int>(1, int(weeks.size()));
    const qreal slot = (right - left) / count;
    auto yOf = [&](double v) { return bottom - (bottom - top) * (v - low) / double(high - low); };
    auto xOf = [&](int index) { return left + slot * (index + 0.5); };

    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()),
        Qt::AlignHCenter | Qt::AlignTop, tr("Balance so far (given - received)"));
    for (int v = low; v <= high; v += step) {
        p.setPen(QPen(v == 0 ? QColor(0x70, 0x70, 0x70) : GridColor, (v == 0 ? 0.8 : 0.5) * pt));
        p.drawLine(QPointF(left, yOf(v)), QPointF(right, yOf(v)));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), yOf(v) - fm.height() / 2, labelWidth - 3 * pt, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    QPolygonF line;
    for (int i = 0; i < weeks.size(); ++i) {
        const WeekPoint& w = weeks.at(i);
        p.setPen(w.week == currentWeek ? Qt::black : QColor(0x40, 0x40, 0x40));
        if (i % 2 == 0 || w.week == currentWeek)
            p.drawText(QRectF(xOf(i) - slot, bottom + 2 * pt, 2 * slot, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, QString::number(w.week));
        if (w.week <= currentWeek)
            line << QPointF(xOf(i), yOf(w.balanceToDate));
    }
    p.drawText(QRectF(left, bottom + 2 * pt + fm.height(), right - left, fm.height()),
        Qt::AlignHCenter | Qt::AlignTop, tr("Week of the circle"));
    p.setPen(QPen(GivenColor, 1.4 * pt));
    p.drawPolyline(line);
    p.setBrush(GivenColor);
    for (const QPointF& point : std::as_const(line))
        p.drawEllipse(point, 1.6 * pt, 1.6 * pt);
    if (!line.isEmpty()) {
        const int last = weeks.at(int(line.size()) - 1).balanceToDate;
        p.setPen(Qt::black);
        const QString label = last > 0 ? u"+"_s + QString::number(last) : QString::number(last);
        const qreal w = fm.horizontalAdvance(label) + 2 * pt;
        const QPointF end = line.constLast();
        // Left of the point when it sits near the right edge, so the label is never cut.
        const qreal x
            = end.x() + 3 * pt + w > rect.right() ? end.x() - 3 * pt - w : end.x() + 3 * pt;
        // Above the point, unless that reaches into the title: then below it.
        const qreal above = end.y() - fm.height() - 1 * pt;
        const qreal y = above < top ? end.y() + 1 * pt : above;
        p.drawText(QRectF(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignBottom, label);
    }
    p.restore();
}

} // namespace outloud
