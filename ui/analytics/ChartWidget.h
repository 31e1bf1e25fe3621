// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

namespace outloud {

struct ChartLayout;

/// One set of bars: a value per category.
struct ChartBars
{
    QString name;
    QColor color;
    QColor selectedColor; ///< The selected bar's (the current week's deeper tone).
    QList<int> values;
    int selected = -1; ///< The category whose bar is marked, or -1.
    bool operator==(const ChartBars&) const = default;
};

/// A line over the categories: x is a category's index (0 its centre, -0.5 its left edge).
struct ChartLine
{
    enum class Labels { None, EveryPoint, LastPoint };
    QString name;
    QColor color;
    QList<QPointF> points;
    qreal width = 2;
    bool dashed = false;
    bool dots = false; ///< A dot at each point.
    Labels labels = Labels::None;
    bool operator==(const ChartLine&) const = default;
};

/// A legend entry beyond the series' own ("This week").
struct ChartLegendEntry
{
    QString name;
    QColor color;
    bool operator==(const ChartLegendEntry&) const = default;
};

/// Everything a ChartWidget shows; the dashboard builds it from the figures.
struct ChartData
{
    QString title;
    QStringList categories; ///< Vertical charts left to right, horizontal bottom to top.
    QString categoryTitle;
    QString valueTitle;
    bool horizontal = false; ///< Categories down the left, bars to the right, stacked.
    int labelEvery = 1; ///< Label every n-th category at least (more apart when they do not fit).
    int markedCategory = -1; ///< Its label bold (the current week).
    QList<ChartBars> bars;
    QList<ChartLine> lines;
    QList<ChartLegendEntry> extraLegend;
    bool valueLabels = true; ///< Each bar's value at its end.
    double headroom = 0.12; ///< Share of the value span kept free above the tallest bar.
    bool empty = false; ///< Nothing to show yet: emptyText in the plot instead.
    QString emptyText;
    QString description; ///< Appended to the accessible description (what is marked).
    bool operator==(const ChartData&) const = default;
};

/// A text as drawn: the rectangle it is drawn in (upright: turned a quarter to the left, the
/// rectangle then as tall as the text is long), and the whole text when the drawn one is
/// elided (the tooltip then says it).
struct ChartText
{
    enum class Role { Title, Legend, Tick, Category, AxisTitle, Value, Empty };
    Role role = Role::Title;
    QString text;
    QString whole;
    QRectF rect;
    QFont font;
    QColor color;
    int flags = 0;
    bool upright = false;
};

/// Where a point of the chart falls.
struct ChartHit
{
    int category = -1; ///< The column (row) under the point, or -1.
    int set = -1; ///< The bar set whose bar is under the point, or -1.
};

/**
 * A bar and line chart painted with QPainter: the Overview's charts. The layout (every text
 * measured with QFontMetrics, every bar and point placed) is computed once per data, size,
 * font or palette and cached; a paint only draws it. Texts are plain, never markup.
 */
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(const QString& objectName, QWidget* parent = nullptr);
    ~ChartWidget() override;

    /// Shows @p data; lays out again only when it differs from what shows.
    void setData(const ChartData& data);
    const ChartData& data() const { return m_data; }
    /// The texts of the hover tooltips; an empty text shows none.
    void setToolTipText(std::function<QString(const ChartHit&)> text);
    /// Whether a click in a column emits categoryClicked (and the cursor says so).
    void setClickable(bool clickable);

    /// What is under @p pos (widget coordinates).
    ChartHit hitAt(QPointF pos) const;
    /// The tooltip shown at @p pos, or empty.
    QString toolTipAt(QPointF pos) const;
    /// The bar of set @p set in @p category as drawn (empty when it has no height).
    QRectF barRect(int set, int category) const;
    /// Where the value axis and the categories meet the plot.
    QRectF plotRect() const;
    /// Every text as drawn, for tests that check that none is cut.
    QList<ChartText> drawnTexts() const;
    /// The accessible description: the title and every value, in words.
    QString summary() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    /// The user clicked in the column of @p category (0-based) inside the plot.
    void categoryClicked(int category);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    const ChartLayout& chartLayout() const;
    void invalidate();

    ChartData m_data;
    std::function<QString(const ChartHit&)> m_toolTipText;
    bool m_clickable = false;
    mutable std::unique_ptr<ChartLayout> m_layout;
};

} // namespace outloud
