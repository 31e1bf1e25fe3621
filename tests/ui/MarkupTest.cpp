// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Names are written by other people: none of them may be shown as markup anywhere.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "main/MainWindow.h"
#include "people/PeopleService.h"

#include <QAbstractItemView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
// Each name's marker word, and the name that carries it.
const QList<std::pair<QString, QString>> Names = {
    {u"Alex"_s, u"<font color=red size=6>Alex</font>"_s},
    {u"Bea"_s, u"<a href=\"http://evil.example\">Bea</a>"_s},
    {u"Cem"_s, u"<b>Cem</b> <img src=x>"_s},
    {u"Dora"_s, u"<h1>Dora</h1>"_s},
    {u"Emil"_s, u"<i>Emil</i>"_s},
    {u"Circle"_s, u"<font color=red size=6>Circle</font> of Alex"_s},
};

// What the user reads: rich text is laid out, plain text shown as it is.
QString displayed(const QString& text, bool rich)
{
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Text that holds a name shows it character for character: as plain text, or as rich
// text that escapes it.
void expectLiteral(const QString& text, bool rich, const QString& where, int* checked)
{
    for (const auto& [marker, name] : Names) {
        if (!text.contains(name))
            continue;
        ++*checked;
        EXPECT_TRUE(displayed(text, rich).contains(name))
            << where.toStdString() << " renders the name as markup: " << text.toStdString();
    }
}

QString makeDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"markup.sqlite"_s);
    QString error;
    auto db = Database::open(path, &error);
    EXPECT_TRUE(db) << error.toStdString();
    CircleService circles(*db);
    Circle c;
    c.name = Names.constLast().second;
    c.startDate = QDate::currentDate().addDays(-30);
    c.meetingWeekday = 1;
    QStringList members;
    for (const auto& [marker, name] : Names.mid(0, 5))
        members.append(name);
    const qint64 circleId = circles.createCircle(c, members.mid(0, 3), 0, 1, &error);
    EXPECT_GT(circleId, 0) << error.toStdString();
    const qint64 me = circles.meId(circleId);
    PeopleService people(*db);
    ContributionService log(*db);
    for (const auto& [marker, name] : Names.mid(0, 5)) {
        Person p;
        p.memberId = me;
        p.name = name;
        p.organization = u"<u>Org</u> of "_s + marker;
        p.notes = name;
        p.tags = marker;
        const qint64 id = people.add(p, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        Contribution k;
        k.personId = id;
        k.date = QDate::currentDate().addDays(-2);
        k.kindId = log.kinds().constFirst().id;
        k.note = name;
        EXPECT_GT(log.add(k, &error), 0) << error.toStdString();
    }
    return path;
}
} // namespace

TEST(Markup, NoLabelItemOrTooltipOfAnyPageRendersANameAsRichText)
{
    QTemporaryDir dir;
    MainWindow window(makeDatabase(dir));
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    int checked = 0;
    int pages = 0;
    for (int page = 0; page <= int(MainWindow::PageCount) - 1; ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        ++pages;
        for (QLabel* label : window.findChildren<QLabel*>()) {
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            expectLiteral(label->text(), rich, u"label "_s + label->objectName(), &checked);
        }
        for (QWidget* w : window.findChildren<QWidget*>()) {
            expectLiteral(w->toolTip(), Qt::mightBeRichText(w->toolTip()),
                u"tooltip of "_s + w->objectName(), &checked);
        }
        for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* m = view->model();
            if (!m)
                continue;
            for (int r = 0; r < std::min(m->rowCount(), 200); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    const QString tip = i.data(Qt::ToolTipRole).toString();
                    expectLiteral(tip, Qt::mightBeRichText(tip),
                        u"item tooltip in "_s + view->objectName(), &checked);
                }
            }
        }
        for (QGraphicsView* view : window.findChildren<QGraphicsView*>()) {
            if (!view->scene())
                continue;
            for (QGraphicsItem* item : view->scene()->items()) {
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                    expectLiteral(
                        text->toHtml(), true, u"chart text in "_s + view->objectName(), &checked);
            }
        }
    }
    EXPECT_EQ(pages, int(MainWindow::PageCount) - 1 + 1);
    EXPECT_GT(checked, 20) << "the walk found the names it looks for";
    std::printf("markup walk: %d pages, %d places showing a name checked\n", pages, checked);
}
