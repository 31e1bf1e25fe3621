// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace follows the system palette (dark mode too): colours come from the
// palette, never hard-coded. The grabs are written beside the test for a human look.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "people/ClosenessDelegate.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 52));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(38, 79, 120));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    return p;
}

double luminance(const QImage& image, const QRect& area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y < area.bottom(); y += 3)
        for (int x = area.left(); x < area.right(); x += 3) {
            sum += qGray(image.pixel(x, y)) / 255.0;
            ++n;
        }
    return n ? sum / n : 0;
}
} // namespace

TEST(Appearance, TheRelationshipListFollowsADarkPalette)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    {
        auto db = Database::open(path, nullptr);
        ASSERT_TRUE(DemoGenerator(*db, DemoGenerator::Scale::Small, 1, QDate::currentDate())
                        .generate(nullptr));
    }
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        MainWindow window(path);
        window.resize(1280, 800);
        window.showPage(MainWindow::RelationshipsPageIndex);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTableView* view = window.relationshipsPage()->view();
        const QImage shot = window.grab().toImage();
        const QRect table(view->viewport()->mapTo(&window, QPoint(0, 0)), view->viewport()->size());
        EXPECT_LT(luminance(shot, table), 0.35) << "the list is drawn on the dark base colour";

        // A quiet relationship is marked with the palette's link colour, which stays
        // readable on the dark base.
        RelationshipModel* model = window.relationshipsPage()->model();
        int stale = -1;
        for (int row = 0; row < model->rowCount() && stale < 0; ++row) {
            if (model->index(row, 0).data(RelationshipModel::StaleRole).toBool())
                stale = row;
        }
        ASSERT_GE(stale, 0);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.palette = view->palette();
        auto* delegate = qobject_cast<ClosenessDelegate*>(view->itemDelegate());
        ASSERT_TRUE(delegate);
        delegate->initStyleOption(&option, model->index(stale, RelationshipModel::Name));
        const QColor text = option.palette.color(QPalette::Text);
        EXPECT_EQ(text, darkPalette().color(QPalette::Link));
        EXPECT_GT(qGray(text.rgb()) - qGray(darkPalette().color(QPalette::Base).rgb()), 100)
            << "enough contrast";
    }
    QApplication::setPalette(original);
}
