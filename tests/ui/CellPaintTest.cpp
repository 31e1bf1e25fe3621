// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lists paint their one-line cells with their text laid out once (PlainTextDelegate):
// what the user sees must be what Qt's own delegate paints, pixel for pixel. Their columns are
// sized from the characters' advances (TextWidths): never too narrow for the text.
#include "TestSupport.h"
#include "common/PlainTextDelegate.h"
#include "common/TextWidths.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDate>
#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QListView>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
// Every kind of cell the lists show: plain names, numbers to the right, a date, italic and
// bold rows in another colour, a text too long for its column, one on two lines, empty ones.
std::unique_ptr<QStandardItemModel> cells()
{
    auto model = std::make_unique<QStandardItemModel>(0, 4);
    const QStringList names = {u"Anna Schmidt"_s, u"Jörg Müller-Lüdenscheidt"_s, u"Zoë Ångström"_s,
        u"A name far too long for the narrow first column of this table"_s, u"Two\nlines"_s,
        QString(), u"Ōtsuka Keiko"_s, u"fi ffl Wa To"_s};
    for (int row = 0; row < names.size(); ++row) {
        QList<QStandardItem*> items;
        items << new QStandardItem(names.at(row));
        auto* number = new QStandardItem;
        number->setData(row * 37, Qt::DisplayRole);
        number->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        items << number;
        auto* date = new QStandardItem;
        date->setData(QDate(2026, 3, row + 1), Qt::DisplayRole);
        items << date;
        items << new QStandardItem(row % 3 == 0 ? u"3 · close"_s : u"a little contact"_s);
        if (row % 3 == 1) {
            QFont italic = QApplication::font();
            italic.setItalic(true);
            items.at(0)->setData(italic, Qt::FontRole);
            items.at(0)->setData(QColor(20, 90, 200), Qt::ForegroundRole);
        }
        if (row % 3 == 2) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            items.at(3)->setData(bold, Qt::FontRole);
        }
        model->appendRow(items);
    }
    return model;
}

QImage paint(QAbstractItemDelegate* delegate, bool focus)
{
    auto model = cells();
    QTableView view;
    view.setItemDelegate(delegate);
    view.setModel(model.get());
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.setColumnWidth(0, 150);
    view.setColumnWidth(1, 60);
    view.setColumnWidth(2, 90);
    view.setColumnWidth(3, 110);
    view.resize(460, 320);
    view.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.selectRow(2);
    if (focus) {
        view.activateWindow();
        view.setFocus();
        view.setCurrentIndex(model->index(4, 1));
    }
    return view.viewport()->grab().toImage();
}
} // namespace

// The same cells in a tree (its rows selected whole) and a list (each item's text selected).
template <typename View> QImage paintIn(QAbstractItemDelegate* delegate)
{
    auto model = cells();
    View view;
    view.setItemDelegate(delegate);
    view.setModel(model.get());
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.resize(300, 320);
    view.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(model->index(2, 0)); // selected, and with the focus frame
    return view.viewport()->grab().toImage();
}

int differences(const QImage& a, const QImage& b)
{
    EXPECT_EQ(a.size(), b.size());
    int differ = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y)
        for (int x = 0; x < std::min(a.width(), b.width()); ++x)
            differ += a.pixel(x, y) != b.pixel(x, y);
    return differ;
}

TEST(CellPaint, ItemsOfATreeOrAListLookAsQtPaintsThem)
{
    EXPECT_EQ(differences(paintIn<QTreeView>(new QStyledItemDelegate),
                  paintIn<QTreeView>(new PlainTextDelegate)),
        0);
    EXPECT_EQ(differences(paintIn<QListView>(new QStyledItemDelegate),
                  paintIn<QListView>(new PlainTextDelegate)),
        0);
}

TEST(CellPaint, OneLineCellsLookAsQtPaintsThem)
{
    for (const bool focus : {false, true}) {
        const QImage qt = paint(new QStyledItemDelegate, focus);
        const QImage ours = paint(new PlainTextDelegate, focus);
        ASSERT_EQ(qt.size(), ours.size());
        int differ = 0;
        for (int y = 0; y < qt.height(); ++y)
            for (int x = 0; x < qt.width(); ++x)
                differ += qt.pixel(x, y) != ours.pixel(x, y);
        EXPECT_EQ(differ, 0) << "pixels painted otherwise (focus " << focus << ")";
        // Something was painted: the rows' text, not two blank views.
        int dark = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x)
                dark += qGray(ours.pixel(x, y)) < 100;
        EXPECT_GT(dark, 500);
    }
}

// The same cells in a QTableWidget, as the circle page's meetings are shown (the widget's own
// items, not a model's): a selected row, the focused cell, names elided at a narrow column, in
// the desktop's font and a larger one.
TEST(CellPaint, TableWidgetCellsLookAsQtPaintsThemInTwoFontSizes)
{
    const auto model = cells();
    for (const qreal factor : {1.0, 1.6}) {
        QImage images[2];
        for (int i = 0; i < 2; ++i) {
            QTableWidget table;
            QFont font = table.font();
            font.setPointSizeF(font.pointSizeF() * factor);
            table.setFont(font);
            table.setColumnCount(model->columnCount());
            table.setRowCount(model->rowCount());
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    table.setItem(row, column,
                        new QTableWidgetItem(model->index(row, column).data().toString()));
            table.setWordWrap(false);
            table.setSelectionBehavior(QAbstractItemView::SelectRows);
            if (i == 1)
                table.setItemDelegate(new PlainTextDelegate(&table));
            table.resize(640, 300);
            table.setColumnWidth(0, 120); // the long names elided
            table.selectRow(1);
            table.setCurrentCell(1, 0);
            images[i] = table.grab().toImage();
        }
        EXPECT_EQ(differences(images[0], images[1]), 0) << "font factor " << factor;
    }
}

TEST(CellPaint, ColumnsSizedFromTheCharactersAdvancesNeverCutAText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    auto db = Database::open(path, nullptr);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        DemoGenerator(*db, DemoGenerator::Scale::Small, 1, QDate::currentDate()).generate(nullptr));
    QStringList texts = {u"Jörg Müller-Lüdenscheidt"_s, u"Zoë Ångström · 3 €"_s, u"Ольга Петрова"_s,
        u"Νίκος Παπαδόπουλος"_s, u"Nguyễn Văn An"_s, u"Ōtsuka 恵子"_s, u"José"_s + QChar(0x301),
        u"office · 12/31/26"_s, u"Tom Wave AVA Yoyo"_s, u"Hoffmann Coffin Waffle"_s};
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u"SELECT name, organization, role, relation, note FROM person "
                       "LEFT JOIN contribution ON contribution.person_id = person.id"_s));
    while (q.next()) {
        for (int i = 0; i < 5; ++i)
            texts << q.value(i).toString();
    }
    texts.removeDuplicates();
    ASSERT_GT(texts.size(), 100);
    QFont italic = QApplication::font();
    italic.setItalic(true);
    QFont bold = QApplication::font();
    bold.setBold(true);
    TextWidths widths;
    for (const QFont& font : {QApplication::font(), italic, bold}) {
        const QFontMetricsF metrics(font);
        const qreal em = metrics.horizontalAdvance(u'M');
        for (const QString& text : std::as_const(texts)) {
            const qreal drawn = metrics.horizontalAdvance(text);
            const int sized = widths.width(text, font);
            EXPECT_GE(sized, drawn) << qPrintable(text) << " would be elided";
            EXPECT_LE(sized, drawn + em) << qPrintable(text) << " far too wide";
        }
    }
}
