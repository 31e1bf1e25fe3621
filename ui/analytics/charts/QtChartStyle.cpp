// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtChartStyle.h"

#include "analytics/ChartScale.h"
#include "analytics/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace outloud {

void applyTheme(QChart* chart, const QPalette& palette)
{
    const QChart::ChartTheme theme
        = isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
}

namespace {

const char* const TitleProperty = "outloudTitle";
const char* const StyleProperty = "outloudStyle";

/// The title's face: the application's, bold, a point larger.
QFont titleFont()
{
    QFont title = QGuiApplication::font();
    title.setBold(true);
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() + 1);
    return title;
}

/// The width inside the chart's margins and its layout's, where its title and legend go.
qreal innerWidth(const QChart* chart)
{
    qreal inner = 0;
    if (const QGraphicsLayout* layout = chart->layout()) {
        qreal left = 0, top = 0, right = 0, bottom = 0;
        layout->getContentsMargins(&left, &top, &right, &bottom);
        inner = left + right;
    }
    return chart->size().width() - chart->margins().left() - chart->margins().right() - inner;
}

/// The title in the largest face from titleFont() down to the application's that fits the
/// chart's width; elided when even that does not (Qt would cut it at its own face).
void fitTitle(QChart* chart)
{
    const QString title = chart->property(TitleProperty).toString();
    const qreal width = innerWidth(chart) - 8;
    QFont font = titleFont();
    const QFont base = QGuiApplication::font();
    if (width > 0) {
        while (QFontMetricsF(font).horizontalAdvance(title) > width && base.pointSizeF() > 0
            && font.pointSizeF() - 0.5 >= base.pointSizeF())
            font.setPointSizeF(font.pointSizeF() - 0.5);
    }
    const QString shown
        = width > 0 ? QFontMetricsF(font).elidedText(title, Qt::ElideRight, width) : title;
    if (chart->titleFont() != font)
        chart->setTitleFont(font);
    if (chart->title() != shown)
        chart->setTitle(shown);
}

/// The legend's labels in the largest face from the application's down to four fifths of it
/// that puts every entry on its one row: QLegend elides a label that does not fit ("They
/// gave m…" in a third of 1024 pixels with a larger system font) and never wraps.
void fitLegend(QChart* chart)
{
    QLegend* legend = chart->legend();
    if (!legend->isVisible())
        return;
    const QList<QLegendMarker*> markers = legend->markers();
    const qreal width = innerWidth(chart);
    const QFont base = QGuiApplication::font();
    QFont font = base;
    auto needed = [&markers](const QFont& face) {
        const QFontMetricsF metrics(face);
        // Each entry: its square (as tall as the text), the gaps around it, the label.
        qreal sum = 2 * metrics.height();
        for (const QLegendMarker* marker : markers) {
            if (marker->isVisible())
                sum += metrics.horizontalAdvance(marker->label()) + 2 * metrics.height();
        }
        return sum;
    };
    if (width > 0 && base.pointSizeF() > 0) {
        while (needed(font) > width && font.pointSizeF() - 0.5 >= base.pointSizeF() * 0.8)
            font.setPointSizeF(font.pointSizeF() - 0.5);
    }
    if (legend->font() != font)
        legend->setFont(font);
}

/// Fits the title and the legend again whenever the chart changes size.
class TitleFitter : public QObject
{
public:
    explicit TitleFitter(QChart* chart)
        : QObject(chart)
    {
        chart->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::GraphicsSceneResize) {
            fitTitle(static_cast<QChart*>(watched));
            fitLegend(static_cast<QChart*>(watched));
        }
        return false;
    }
};

} // namespace

void setChartTitle(QChart* chart, const QString& title)
{
    if (chart->property(TitleProperty).toString() == title && !chart->title().isEmpty())
        return;
    chart->setProperty(TitleProperty, title);
    fitTitle(chart);
}

void styleChart(QChart* chart, const QPalette& palette)
{
    fitLegend(chart); // its labels may have changed ("Target: 4 a week")
    // Once per palette, font and set of axes: every setter lays the chart out again, and a
    // refresh after an edit changes values, not looks.
    const QString style = QString::number(palette.cacheKey()) + u'/'
        + QGuiApplication::font().toString() + u'/' + QString::number(chart->axes().size());
    if (chart->property(StyleProperty).toString() == style)
        return;
    chart->setProperty(StyleProperty, style);
    const bool dark = isDarkPalette(palette);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(dark ? 110 : 90);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(text);
    // From the application font, not the chart's, and no larger than the width allows.
    fitTitle(chart);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 8, 4));
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

void integerAxis(QValueAxis* axis, double low, double high, double headroom)
{
    const IntegerScale scale = integerScale(low, high, headroom);
    axis->setRange(scale.bottom, scale.top);
    axis->setTickCount(scale.intervals() + 1);
    axis->setLabelFormat(u"%d"_s);
    axis->setMinorTickCount(0);
}

QChartView* makeView(const QString& objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    new TitleFitter(chart);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Three side by side fit a 1024-pixel screen beside the sidebar.
    view->setMinimumSize(256, 220);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

} // namespace outloud
