// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the Overview tests: the small demo's circle offscreen, with helpers that read
// what the dashboard's charts hold (the Network tab's in Qt Charts), a dark palette and where grabs
// go.
#pragma once

#include "TestSupport.h"
#include "analytics/ChartWidget.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFontMetricsF>
#include <QPalette>
#include <gtest/gtest.h>

namespace outloud::test {

class SmallDemo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(DemoGenerator(t.db(), DemoGenerator::Scale::Small, 1, fixedNow().date())
                        .generate(&error))
            << error.toStdString();
        CircleService circles(t.db());
        circleId = circles.defaultCircleId();
        me = circles.meId(circleId);
        members = circles.members(circleId);
    }

    /// The balance tab's chart @p name of @p dashboard (weeklyChart, balanceChart ...).
    static ChartWidget* chart(const QWidget& dashboard, const QString& name)
    {
        auto* found = dashboard.findChild<ChartWidget*>(name);
        EXPECT_TRUE(found) << name.toStdString();
        return found;
    }

    /// The Network tab's Qt Charts series of type T.
    template <typename T> static QList<T*> seriesOf(QChartView* view)
    {
        QList<T*> result;
        const QList<QAbstractSeries*> all = view->chart()->series();
        for (QAbstractSeries* s : all) {
            if (auto* typed = qobject_cast<T*>(s))
                result.append(typed);
        }
        return result;
    }

    static QList<int> values(const QBarSet* set)
    {
        QList<int> result;
        for (int i = 0; i < set->count(); ++i)
            result.append(int(set->at(i)));
        return result;
    }

    static QStringList categories(QChartView* view, Qt::Orientation orientation = Qt::Horizontal)
    {
        const QList<QAbstractAxis*> axes = view->chart()->axes(orientation);
        for (QAbstractAxis* axis : axes) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                return c->categories();
        }
        return {};
    }

    TempDatabase t;
    qint64 circleId = -1;
    qint64 me = -1;
    QList<Member> members;
};

inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

/// Where grabs go: $OUTLOUD_GRAB_DIR when set (to look at them), else a temporary folder.
inline QString grabPath(const QString& dir, const QString& name)
{
    const QString wanted = qEnvironmentVariable("OUTLOUD_GRAB_DIR");
    return QDir(wanted.isEmpty() ? dir : wanted).filePath(name);
}

} // namespace outloud::test

namespace outloud::test {

/// Whether @p text is drawn whole in its rectangle: not elided, and as wide and as tall as
/// its face needs (a wrapped text: its lines).
inline bool drawnWhole(const ChartText& text)
{
    const QFontMetricsF fm(text.font);
    if (!text.whole.isEmpty())
        return false;
    const QSizeF room = text.upright ? text.rect.size().transposed() : text.rect.size();
    const QSizeF needed = text.flags & Qt::TextWordWrap
        ? fm.boundingRect(QRectF(QPointF(0, 0), room), text.flags, text.text).size()
        : QSizeF(fm.horizontalAdvance(text.text), fm.height());
    return needed.width() <= room.width() + 0.5 && needed.height() <= room.height() + 0.5;
}

} // namespace outloud::test
