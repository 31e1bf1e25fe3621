// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMapWidget.h"

#include <QBuffer>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QTransform fitting(const QRectF& bounds, const QRectF& target)
{
    if (bounds.isEmpty() || target.isEmpty())
        return {};
    const double scale
        = std::min({target.width() / bounds.width(), target.height() / bounds.height(), 2.0});
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-bounds.center().x(), -bounds.center().y());
    return t;
}
} // namespace

NetworkMapWidget::NetworkMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"networkMap"_s);
    setAccessibleName(tr("Network map"));
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setCursor(Qt::PointingHandCursor);
}

void NetworkMapWidget::setMap(NetworkMap map, const QString& meName)
{
    m_map = std::move(map);
    m_meName = meName;
    update();
}

QColor NetworkMapWidget::balanceColor(const NetworkPerson& p)
{
    if (p.exchange() == 0)
        return QColor(0x9e, 0x9e, 0x9e); // no exchange yet
    if (p.given > p.received)
        return QColor(0x2e, 0x7d, 0x32); // I gave more
    if (p.given < p.received)
        return QColor(0xef, 0x6c, 0x00); // they gave more
    return QColor(0x15, 0x65, 0xc0); // even
}

void NetworkMapWidget::paint(QPainter& painter, const NetworkMap& map, const QString& meName,
    const QRectF& target, const QFont& font, const QPalette& palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, palette.color(QPalette::Base));
    painter.setTransform(fitting(map.bounds, target), true);
    painter.setFont(font);
    // The rings of closeness, faint.
    QPen ringPen(palette.color(QPalette::Mid), 0.8, Qt::DotLine);
    painter.setPen(ringPen);
    painter.setBrush(Qt::NoBrush);
    for (double r : map.ringRadius) {
        if (r > 0)
            painter.drawEllipse(QPointF(0, 0), r, r);
    }
    // Who introduced whom: the weak ties.
    QColor linkColor = palette.color(QPalette::Text);
    linkColor.setAlpha(map.grouped ? 50 : 110);
    painter.setPen(QPen(linkColor, map.grouped ? 0.5 : 1.2));
    for (const auto& [from, to] : map.links) {
        const NetworkNode& a = map.nodes.at(from);
        const NetworkNode& b = map.nodes.at(to);
        painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y));
    }
    // Me in the centre.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawEllipse(QPointF(0, 0), 18, 18);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(map.meLabel, Qt::AlignCenter, meName);
    for (const NetworkNode& n : map.nodes) {
        painter.setPen(QPen(palette.color(QPalette::Base), map.grouped ? 0.4 : 1.2));
        painter.setBrush(balanceColor(n.person));
        painter.drawEllipse(QPointF(n.x, n.y), n.radius, n.radius);
    }
    QColor backing = palette.color(QPalette::Base);
    backing.setAlpha(215);
    for (const NetworkNode& n : map.nodes) {
        if (!n.labelled)
            continue;
        if (map.grouped)
            painter.fillRect(n.label, backing); // names over a crowd of dots stay legible
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(n.label, Qt::AlignCenter, n.person.name);
    }
    painter.restore();
}

QByteArray NetworkMapWidget::toPng(const NetworkMap& map, const QString& meName, const QFont& font)
{
    const QSize size = map.bounds.size().toSize().expandedTo(QSize(64, 64));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        paint(painter, map, meName, QRectF(QPointF(0, 0), size), font, palette);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray NetworkMapWidget::toSvg(const NetworkMap& map, const QString& meName, const QFont& font)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize size = map.bounds.size().toSize().expandedTo(QSize(64, 64));
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Network map"));
    {
        QPainter painter(&svg);
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        paint(painter, map, meName, QRectF(QPointF(0, 0), size), font, palette);
    }
    return bytes;
}

QTransform NetworkMapWidget::transform() const
{
    return fitting(m_map.bounds, QRectF(rect()));
}

QPointF NetworkMapWidget::toWidget(double x, double y) const
{
    return transform().map(QPointF(x, y));
}

int NetworkMapWidget::nodeAtWidget(QPointF point) const
{
    bool invertible = false;
    const QPointF p = transform().inverted(&invertible).map(point);
    return invertible ? m_map.nodeAt(p.x(), p.y()) : -1;
}

void NetworkMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, m_map, m_meName, QRectF(rect()), font(), palette());
}

void NetworkMapWidget::mousePressEvent(QMouseEvent* event)
{
    const int index = nodeAtWidget(event->position());
    if (event->button() == Qt::LeftButton && index >= 0)
        Q_EMIT personClicked(m_map.nodes.at(index).person.id);
    QWidget::mousePressEvent(event);
}

bool NetworkMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = nodeAtWidget(help->pos());
        if (index >= 0) {
            const NetworkPerson& p = m_map.nodes.at(index).person;
            QToolTip::showText(help->globalPos(),
                u"<qt>"_s
                    + tr("%1 · closeness %2 · given %3, received %4")
                          .arg(p.name.toHtmlEscaped())
                          .arg(p.closeness)
                          .arg(p.given)
                          .arg(p.received)
                    + u"</qt>"_s,
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace outloud
