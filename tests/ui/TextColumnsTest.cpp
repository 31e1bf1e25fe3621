// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths sized from the texts' advance (ui/common/TextColumns), titles measured once
// (ui/common/ListHeaderView): the circle page's members and meetings read whole, as wide as
// Qt's own fitting makes them.
#include "common/TextColumns.h"

#include "common/ListHeaderView.h"
#include "common/TextWidths.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
const QStringList Titles = {u"Woche"_s, u"Wann"_s, u"Thema"_s, u"Anwesend"_s, u"Notizen"_s};
const QList<QStringList> Rows = {
    {u"1"_s, u"20.10.26 10:00"_s, u"Den Kreis kennenlernen und ein Ziel wählen"_s, u"5 von 5"_s,
        u""_s},
    {u"12"_s, u"5.1.27 10:00"_s, u"Zurückschauen und feiern"_s, u""_s, u"Ünïcödé ✓ 😀"_s},
    {u"3"_s, u"3.11.26 10:00"_s, u"Kleine Gaben, oft"_s, u"4 von 5"_s, u"WWWWWWWWWWWW"_s},
};

template <typename View> void fill(View* view);

template <> void fill(QTableWidget* table)
{
    table->setColumnCount(int(Titles.size()));
    table->setHorizontalHeaderLabels(Titles);
    table->setRowCount(int(Rows.size()));
    for (int row = 0; row < Rows.size(); ++row)
        for (int column = 0; column < Titles.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(Rows.at(row).at(column)));
}

template <> void fill(QTreeWidget* tree)
{
    tree->setRootIsDecorated(false);
    tree->header()->setStretchLastSection(false); // the last column as wide as its text
    tree->setHeaderLabels(Titles);
    for (const QStringList& row : Rows)
        new QTreeWidgetItem(tree, row);
}

/// The width Qt's own fitting gives @p column, with the header measuring the titles itself.
template <typename View> int qtsOwn(int column, const QFont& font)
{
    View view;
    view.setFont(font);
    fill(&view);
    view.resizeColumnToContents(column);
    return view.columnWidth(column);
}

template <typename View> void expectAsWideAsQtsOwn(const QFont& font)
{
    View view;
    view.setFont(font);
    fill(&view);
    QHeaderView* header = nullptr;
    if constexpr (std::is_same_v<View, QTableWidget>) {
        header = new ListHeaderView(&view);
        view.setHorizontalHeader(header);
    } else {
        header = ListHeaderView::setOn(&view);
    }
    TextWidths widths;
    for (int column = 0; column < Titles.size(); ++column) {
        textcolumns::fit(&view, column, widths);
        const int own = qtsOwn<View>(column, font);
        // Qt measures titles in bold (for a highlighted section): never more than that, and
        // never less than the title as drawn and every cell's text need.
        EXPECT_LE(view.columnWidth(column), own) << Titles.at(column).toStdString();
        QFont drawn = font;
        drawn.setBold(header->highlightSections());
        const QFontMetrics metrics(drawn);
        int needed = metrics.horizontalAdvance(Titles.at(column))
            + 2 * view.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (const QStringList& row : Rows)
            needed = std::max(needed,
                view.sizeHintForIndex(view.model()->index(int(&row - Rows.data()), column))
                    .width());
        EXPECT_GE(view.columnWidth(column), needed) << Titles.at(column).toStdString();
        // Close to Qt's own: the difference is the bold title's extra width at most.
        QFont bold = font;
        bold.setBold(true);
        EXPECT_GE(view.columnWidth(column) + QFontMetrics(bold).horizontalAdvance(Titles.at(column))
                - metrics.horizontalAdvance(Titles.at(column)) + 1,
            own)
            << Titles.at(column).toStdString();
    }
}
} // namespace

TEST(TextColumns, EveryCellAndTitleFitsAsWithQtsOwnFitting)
{
    QFont font;
    expectAsWideAsQtsOwn<QTableWidget>(font);
    expectAsWideAsQtsOwn<QTreeWidget>(font);
    font.setPointSizeF(font.pointSizeF() * 1.6); // a larger desktop font
    expectAsWideAsQtsOwn<QTableWidget>(font);
    expectAsWideAsQtsOwn<QTreeWidget>(font);
}

TEST(TextColumns, TitlesKeepTheirHeightAndTheHeaderItsWidth)
{
    QTableWidget plain;
    fill(&plain);
    QTableWidget sized;
    sized.setHorizontalHeader(new ListHeaderView(&sized));
    fill(&sized);
    // The header is as tall as Qt's own, so the rows sit where they did, and each title as
    // wide; also once a title has changed.
    for (const QString& changed : {QString(), u"Anwesende Mitglieder"_s}) {
        if (!changed.isEmpty()) {
            plain.horizontalHeaderItem(3)->setText(changed);
            sized.horizontalHeaderItem(3)->setText(changed);
        }
        EXPECT_EQ(sized.horizontalHeader()->sizeHint().height(),
            plain.horizontalHeader()->sizeHint().height());
        for (int column = 0; column < Titles.size(); ++column)
            EXPECT_EQ(sized.horizontalHeader()->sectionSizeHint(column),
                plain.horizontalHeader()->sectionSizeHint(column))
                << Titles.at(column).toStdString();
    }
    // On a tree (the members): its header as it was, titles as wide as its own measures them.
    QTreeWidget own;
    fill(&own);
    QTreeWidget tree;
    fill(&tree);
    QHeaderView* header = ListHeaderView::setOn(&tree);
    EXPECT_EQ(tree.header(), header);
    EXPECT_EQ(header->stretchLastSection(), own.header()->stretchLastSection());
    EXPECT_EQ(header->highlightSections(), own.header()->highlightSections());
    EXPECT_EQ(header->sectionsClickable(), own.header()->sectionsClickable());
    EXPECT_EQ(header->sectionsMovable(), own.header()->sectionsMovable());
    EXPECT_EQ(header->defaultAlignment(), own.header()->defaultAlignment());
    EXPECT_EQ(header->sizeHint(), own.header()->sizeHint());
    for (int column = 0; column < Titles.size(); ++column)
        EXPECT_EQ(header->sectionSizeHint(column), own.header()->sectionSizeHint(column));
}
