// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkLayout.h"

#include <QTransform>
#include <QWidget>

class QPainter;

namespace outloud {

/// Draws a laid-out relationship map, scaled to fit; a click on a person opens them.
class NetworkMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapWidget(QWidget* parent = nullptr);

    void setMap(NetworkMap map, const QString& meName);
    const NetworkMap& map() const { return m_map; }
    /// Widget coordinates of map point (@p x, @p y).
    QPointF toWidget(double x, double y) const;

    /// Paints @p map into @p target (map bounds scaled to fit): the widget, PNG and SVG use it.
    static void paint(QPainter& painter, const NetworkMap& map, const QString& meName,
        const QRectF& target, const QFont& font, const QPalette& palette);
    /// The colour of a person: who gave more.
    static QColor balanceColor(const NetworkPerson& person);
    /// The same map as PNG or SVG bytes (at 100 %).
    static QByteArray toPng(const NetworkMap& map, const QString& meName, const QFont& font);
    static QByteArray toSvg(const NetworkMap& map, const QString& meName, const QFont& font);

    QSize sizeHint() const override { return {720, 560}; }

Q_SIGNALS:
    void personClicked(qint64 personId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QTransform transform() const;
    int nodeAtWidget(QPointF point) const;

    NetworkMap m_map;
    QString m_meName;
};

} // namespace outloud
