// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartWidget.h"

#include "ChartLayout.h"
#include "storage/PlainText.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outloud {

ChartWidget::ChartWidget(const QString& objectName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    // Three side by side fit a 1024-pixel screen beside the sidebar.
    setMinimumSize(256, 220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setData(const ChartData& data)
{
    if (data == m_data)
        return;
    m_data = data;
    setAccessibleName(m_data.title);
    setAccessibleDescription(summary());
    invalidate();
}

void ChartWidget::setToolTipText(std::function<QString(const ChartHit&)> text)
{
    m_toolTipText = std::move(text);
}

void ChartWidget::setClickable(bool clickable)
{
    m_clickable = clickable;
    if (clickable)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void ChartWidget::invalidate()
{
    m_layout.reset();
    update();
}

const ChartLayout& ChartWidget::chartLayout() const
{
    if (!m_layout)
        m_layout = std::make_unique<ChartLayout>(layOutChart(m_data, size(), font(), palette()));
    return *m_layout;
}

ChartHit ChartWidget::hitAt(QPointF pos) const
{
    const ChartLayout& l = chartLayout();
    ChartHit hit;
    if (!l.hasAxes || l.slot <= 0 || !l.hitArea.contains(pos))
        return hit;
    const qreal along = m_data.horizontal ? l.plot.bottom() - pos.y() : pos.x() - l.plot.left();
    const int category = int(std::floor(along / l.slot));
    if (category < 0 || category >= m_data.categories.size())
        return hit;
    hit.category = category;
    for (const ChartLayout::Bar& bar : l.bars) {
        // A bar a few pixels high is still hit when the pointer is just above it.
        const QRectF reach
            = m_data.horizontal ? bar.rect.adjusted(-2, 0, 2, 0) : bar.rect.adjusted(0, -3, 0, 0);
        if (bar.category == category && reach.contains(pos))
            hit.set = bar.set;
    }
    return hit;
}

QString ChartWidget::toolTipAt(QPointF pos) const
{
    const ChartHit hit = hitAt(pos);
    if (hit.category < 0) {
        // An elided text (a long name) says itself whole.
        for (const ChartText& t : chartLayout().texts) {
            if (!t.whole.isEmpty() && t.rect.contains(pos))
                return t.whole;
        }
        return {};
    }
    return m_toolTipText ? m_toolTipText(hit) : QString();
}

QRectF ChartWidget::barRect(int set, int category) const
{
    for (const ChartLayout::Bar& bar : chartLayout().bars) {
        if (bar.set == set && bar.category == category)
            return bar.rect;
    }
    return {};
}

QRectF ChartWidget::plotRect() const
{
    return chartLayout().plot;
}

QList<ChartText> ChartWidget::drawnTexts() const
{
    return chartLayout().texts;
}

QString ChartWidget::summary() const
{
    QStringList parts;
    parts << m_data.title + u'.';
    if (m_data.empty || m_data.categories.isEmpty()) {
        if (!m_data.emptyText.isEmpty())
            parts << m_data.emptyText;
        return parts.join(u' ');
    }
    if (!m_data.categoryTitle.isEmpty())
        parts << tr("%1: %2 to %3.")
                     .arg(
                         m_data.categoryTitle, m_data.categories.first(), m_data.categories.last());
    auto category = [this](int i) {
        return i >= 0 && i < m_data.categories.size() ? m_data.categories.at(i)
                                                      : QString::number(i + 1);
    };
    for (const ChartBars& set : m_data.bars) {
        QStringList values;
        for (int i = 0; i < set.values.size(); ++i)
            values << tr("%1: %2").arg(category(i)).arg(set.values.at(i));
        parts << tr("%1 (%2): %3.").arg(set.name, m_data.valueTitle, values.join(u", "_s));
    }
    for (const ChartLine& line : m_data.lines) {
        if (line.points.isEmpty())
            continue;
        bool level = true;
        for (const QPointF& p : line.points)
            level = level && p.y() == line.points.first().y();
        if (level && line.points.size() == 2) {
            parts << tr("%1: %2 throughout.").arg(line.name).arg(line.points.first().y());
            continue;
        }
        QStringList values;
        for (const QPointF& p : line.points)
            values << tr("%1: %2").arg(category(int(std::lround(p.x())))).arg(p.y());
        parts << tr("%1: %2.").arg(line.name, values.join(u", "_s));
    }
    if (!m_data.description.isEmpty())
        parts << m_data.description;
    return parts.join(u' ');
}

QSize ChartWidget::sizeHint() const
{
    return {400, 300};
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    const ChartLayout& l = chartLayout();
    QPainter p(this);
    // The background: solid fills but for its rounded corners; grid, axes and bars sit on
    // whole pixels and are drawn without antialiasing (a tenth of the cost, and crisper).
    const QRectF f = l.frame;
    const qreal r = 4;
    p.fillRect(f.adjusted(r, 0, -r, 0), l.background);
    p.fillRect(f.adjusted(0, r, 0, -r), l.background);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(l.background);
    for (const QPointF& corner : {f.topLeft() + QPointF(r, r), f.topRight() + QPointF(-r, r),
             f.bottomLeft() + QPointF(r, -r), f.bottomRight() + QPointF(-r, -r)})
        p.drawEllipse(corner, r, r);
    p.setPen(QPen(l.border, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(f, r, r);

    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(l.gridColor, 0));
    p.drawLines(l.grid);
    for (const ChartLayout::Bar& bar : l.bars) {
        p.fillRect(bar.rect, bar.color);
        p.setPen(QPen(bar.color.darker(130), 0));
        p.drawRect(bar.rect.adjusted(0, 0, -1, -1));
    }
    p.setPen(QPen(l.axisColor, 0));
    p.drawLines(l.axes);
    p.setRenderHint(QPainter::Antialiasing);
    for (const ChartLayout::Stroke& stroke : l.lines) {
        p.setPen(stroke.pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(stroke.points);
        if (stroke.dotRadius > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(stroke.pen.color());
            for (const QPointF& point : stroke.points)
                p.drawEllipse(point, stroke.dotRadius, stroke.dotRadius);
        }
        if (!stroke.emphasised.isNull()) {
            p.setPen(Qt::NoPen);
            p.setBrush(stroke.pen.color());
            p.drawEllipse(stroke.emphasised, 4.5, 4.5);
        }
    }
    for (const ChartLayout::Swatch& swatch : l.swatches) {
        if (swatch.line) {
            QPen pen(swatch.color, 2.5);
            pen.setStyle(swatch.dashed ? Qt::DashLine : Qt::SolidLine);
            pen.setCapStyle(Qt::FlatCap);
            p.setPen(pen);
            const qreal y = swatch.rect.center().y();
            p.drawLine(QPointF(swatch.rect.left(), y), QPointF(swatch.rect.right(), y));
        } else {
            p.setPen(QPen(swatch.color.darker(130), 1));
            p.setBrush(swatch.color);
            p.drawRect(swatch.rect);
        }
    }
    for (const ChartText& t : l.texts) {
        if (t.role == ChartText::Role::Empty) {
            p.setPen(QPen(l.border, 1));
            p.setBrush(l.background);
            p.drawRoundedRect(t.rect, 3, 3);
        }
        p.setFont(t.font);
        p.setPen(t.color);
        if (t.upright) {
            p.save();
            p.translate(t.rect.center());
            p.rotate(-90);
            p.drawText(
                QRectF(-t.rect.height() / 2, -t.rect.width() / 2, t.rect.height(), t.rect.width()),
                t.flags, t.text);
            p.restore();
        } else {
            p.drawText(t.rect, t.flags, t.text);
        }
    }
}

void ChartWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_layout.reset();
}

void ChartWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        invalidate();
}

bool ChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Per bar: a tooltip that moved on to another bar shows that bar's text.
            const ChartHit hit = hitAt(help->pos());
            const ChartLayout& l = chartLayout();
            QRectF area = m_data.horizontal
                ? QRectF(l.hitArea.left(), l.plot.bottom() - l.slot * (hit.category + 1),
                    l.hitArea.width(), l.slot)
                : QRectF(l.plot.left() + l.slot * hit.category, l.hitArea.top(), l.slot,
                    l.hitArea.height());
            for (const ChartLayout::Bar& bar : l.bars) {
                if (hit.category >= 0 && bar.category == hit.category && bar.set == hit.set)
                    area = bar.rect;
            }
            if (hit.category < 0)
                area = {};
            QToolTip::showText(help->globalPos(), plainToolTip(text), this, area.toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::mouseReleaseEvent(QMouseEvent* event)
{
    QWidget::mouseReleaseEvent(event);
    if (!m_clickable || event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->position();
    if (!chartLayout().plot.contains(pos))
        return;
    const ChartHit hit = hitAt(pos);
    if (hit.category >= 0)
        Q_EMIT categoryClicked(hit.category);
}

} // namespace outloud
