// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and dialog, at 1024x768, 1280x800 and 1920x1080, in English and German, on the
// small and the large demo: grabbed to PNG (OUTLOUD_GRAB_DIR keeps them) and checked for text
// that is cut although it could be shown whole. Meeting mode is tested by its own suite.
#include "OverviewFixture.h"
#include "TestSupport.h"
#include "WindowSupport.h"
#include "analytics/ChartWidget.h"
#include "circle/CircleService.h"
#include "contributions/ContributionDialog.h"
#include "i18n/Language.h"
#include "main/CircleSwitchDialog.h"
#include "main/MainWindow.h"
#include "meetings/PlanEditorDialog.h"
#include "people/PeopleService.h"
#include "people/PersonDialog.h"
#include "people/RelationshipModel.h"
#include "report/ExportSummaryDialog.h"
#include "settings/UserSettings.h"
#include "undo/Editor.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <algorithm>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    }
    return u"%1 (%2)"_s.arg(path.join(u'/'), QString::fromLatin1(w->metaObject()->className()));
}

bool shown(const QWidget* w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

/// Text that is cut although the widget could show it whole, as readable lines.
QStringList cutText(QWidget* root)
{
    QStringList problems;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (!shown(l) || l->text().isEmpty() || Qt::mightBeRichText(l->text()))
            continue;
        const QRect r = l->contentsRect();
        const QFontMetrics fm(l->font());
        if (l->wordWrap()) {
            if (l->heightForWidth(l->width()) > l->height() + 1)
                problems << u"wrapped label cut off below: %1 \"%2\""_s.arg(describe(l), l->text());
        } else {
            int widest = 0;
            // A mnemonic's "&" is not drawn ("&&" is one "&").
            QString text = l->text();
            text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
            const QStringList lines = text.split(u'\n');
            for (const QString& line : lines)
                widest = std::max(widest, fm.horizontalAdvance(line));
            if (widest > r.width() + 1)
                problems << u"label cut (%1 of %2 px): %3 \"%4\""_s.arg(r.width()).arg(widest).arg(
                    describe(l), l->text());
        }
    }
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!shown(b) || b->text().isEmpty() || qobject_cast<QTabBar*>(b->parentWidget()))
            continue;
        if (b->width() < b->minimumSizeHint().width() - 1)
            problems << u"button cut: %1 \"%2\""_s.arg(describe(b), b->text());
    }
    // An empty field's hint ("Who? (Ctrl+N)") is read whole too.
    for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
        if (!shown(e) || !e->text().isEmpty() || e->placeholderText().isEmpty()
            || qobject_cast<QComboBox*>(e->parentWidget())
            || qobject_cast<QAbstractSpinBox*>(e->parentWidget()))
            continue;
        QStyleOptionFrame option;
        option.initFrom(e);
        const QRect field = e->style()->subElementRect(QStyle::SE_LineEditContents, &option, e);
        if (e->fontMetrics().horizontalAdvance(e->placeholderText()) > field.width() - 4)
            problems << u"hint cut: %1 \"%2\""_s.arg(describe(e), e->placeholderText());
    }
    for (QComboBox* c : root->findChildren<QComboBox*>()) {
        if (!shown(c) || c->isEditable() || c->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(c);
        option.editable = false;
        const QRect field = c->style()->subControlRect(
            QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, c);
        if (c->fontMetrics().horizontalAdvance(c->currentText()) > field.width() + 2)
            problems << u"combo box cut: %1 \"%2\""_s.arg(describe(c), c->currentText());
    }
    for (QHeaderView* h : root->findChildren<QHeaderView*>()) {
        if (!shown(h) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i))
                continue;
            const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
            // sectionSizeFromContents() adds the sort indicator's room, which elides nothing.
            const int needed = h->fontMetrics().horizontalAdvance(text)
                + 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
            if (h->sectionSize(i) < needed)
                problems << u"header cut (%1 of %2 px): %3 \"%4\""_s.arg(h->sectionSize(i))
                                .arg(needed)
                                .arg(describe(h), text);
        }
    }
    // Every column's cells, in the rows a user sees first: whole, or elided with the whole
    // text in a tooltip (free text such as a relation or a note).
    for (QAbstractItemView* v : root->findChildren<QAbstractItemView*>()) {
        auto* table = qobject_cast<QTableView*>(v);
        auto* tree = qobject_cast<QTreeView*>(v);
        QHeaderView* h = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
        if (!shown(v) || !h || !v->model() || h->isHidden())
            continue;
        QAbstractItemModel* model = v->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (h->isSectionHidden(column))
                continue;
            for (int row = 0; row < std::min(model->rowCount(), 15); ++row) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                const int room = v->visualRect(index).width();
                if (text.isEmpty() || room <= 0 || v->sizeHintForIndex(index).width() <= room + 1)
                    continue;
                const QString tip = index.data(Qt::ToolTipRole).toString();
                if (tip.contains(text.toHtmlEscaped()) || tip.contains(text))
                    continue;
                problems << u"cell cut (%1 of %2 px): %3 column \"%4\" \"%5\""_s.arg(room)
                                .arg(v->sizeHintForIndex(index).width())
                                .arg(describe(v),
                                    model->headerData(column, Qt::Horizontal).toString(), text);
            }
        }
    }
    for (QTabBar* t : root->findChildren<QTabBar*>()) {
        if (!shown(t))
            continue;
        for (int i = 0; i < t->count(); ++i) {
            const int needed
                = t->fontMetrics().horizontalAdvance(QString(t->tabText(i)).remove(u'&'));
            if (t->isTabVisible(i) && t->tabRect(i).width() < needed)
                problems << u"tab cut: %1 \"%2\""_s.arg(describe(t), t->tabText(i));
        }
    }
    // The Overview's own charts measure every text against the rectangle they draw it in.
    for (ChartWidget* c : root->findChildren<ChartWidget*>()) {
        if (!shown(c))
            continue;
        for (const ChartText& text : c->drawnTexts()) {
            if (!drawnWhole(text) || !QRectF(c->rect()).contains(text.rect))
                problems << u"chart text cut: %1 \"%2\""_s.arg(describe(c), text.text);
        }
    }
    for (QChartView* v : root->findChildren<QChartView*>()) {
        if (!shown(v) || !v->scene())
            continue;
        // Qt Charts elides titles and axis labels with "..." when they do not fit.
        for (QGraphicsItem* item : v->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                text = simple->text();
            else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
                text = rich->toPlainText();
            if (text.contains(u"..."_s) || text.contains(QChar(0x2026)))
                problems << u"chart text cut: %1 \"%2\""_s.arg(describe(v), text);
        }
    }
    return problems;
}

QString grabDir()
{
    static QTemporaryDir temp;
    const QString dir = qEnvironmentVariable("OUTLOUD_GRAB_DIR", temp.path());
    QDir().mkpath(dir);
    return dir;
}

void grab(QWidget* w, const QString& name)
{
    EXPECT_TRUE(w->grab().save(grabDir() + u'/' + name + u".png"_s, "PNG")) << name.toStdString();
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

void expectWhole(QWidget* w, const QString& name)
{
    settle();
    grab(w, name);
    const QStringList problems = cutText(w);
    EXPECT_TRUE(problems.isEmpty())
        << name.toStdString() << ":\n  " << problems.join(u"\n  "_s).toStdString();
}

const QList<QSize> Sizes = {{1024, 768}, {1280, 800}, {1920, 1080}};

struct Layout : ::testing::TestWithParam<std::tuple<bool, QString>>
{
    void SetUp() override { i18n::installTranslations(std::get<1>(GetParam())); }
    void TearDown() override { i18n::installTranslations(u"en"_s); }
    QString tag(const QSize& size) const
    {
        return u"%1-%2-%3x%4"_s
            .arg(std::get<0>(GetParam()) ? u"large"_s : u"small"_s, std::get<1>(GetParam()))
            .arg(size.width())
            .arg(size.height());
    }
};

} // namespace

TEST_P(Layout, EveryPageReadsWhole)
{
    QTemporaryDir dir;
    const QString path = demoCopy(std::get<0>(GetParam()), dir.path());
    MainWindow window(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList pages
        = {u"overview"_s, u"goal"_s, u"relationships"_s, u"contributions"_s, u"circle"_s};
    for (const QSize& size : Sizes) {
        window.resize(size.shrunkBy(QMargins(4, 36, 4, 4))); // a window frame around it
        for (int p = 0; p < pages.size(); ++p) {
            window.showPage(MainWindow::Page(p));
            expectWhole(&window, tag(size) + u'-' + pages.at(p));
        }
        // The relationship list uses the width it has: every default column in view without
        // scrolling sideways, down to 1024x768 (the story moves below the list there), and
        // the last column does not swallow the spare room.
        window.showPage(MainWindow::RelationshipsPageIndex);
        settle();
        auto* view = window.findChild<QTableView*>(u"relationshipsView"_s);
        ASSERT_TRUE(view);
        {
            QStringList widths; // in the message: which column took the room
            for (int c = 0; c < view->horizontalHeader()->count(); ++c)
                widths.append(QString::number(view->horizontalHeader()->sectionSize(c)));
            EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0)
                << tag(size).toStdString() << " viewport " << view->viewport()->width()
                << " columns " << widths.join(u' ').toStdString();
            EXPECT_FALSE(view->horizontalScrollBar()->isVisible()) << tag(size).toStdString();
        }
        QHeaderView* header = view->horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1);
        const int lastText = header->fontMetrics().horizontalAdvance(
                                 view->model()->headerData(last, Qt::Horizontal).toString())
            + 40;
        EXPECT_LE(header->sectionSize(last),
            3 * std::max(lastText, view->sizeHintForIndex(view->model()->index(0, last)).width()))
            << tag(size).toStdString();
        // The closeness words read whole in every row shown.
        for (int row = 0; row < std::min(view->model()->rowCount(), 15); ++row) {
            const QModelIndex index = view->model()->index(row, RelationshipModel::Closeness);
            EXPECT_LE(view->sizeHintForIndex(index).width(),
                view->columnWidth(RelationshipModel::Closeness) + 1)
                << tag(size).toStdString() << " " << index.data().toString().toStdString();
        }
    }
}

// Every dialog with the window at each size: its text whole, and the dialog no larger than
// the screen with a window frame (a test run per screen size shows them on that screen).
TEST_P(Layout, EveryDialogReadsWholeAndFits)
{
    QTemporaryDir dir;
    const QString path = demoCopy(std::get<0>(GetParam()), dir.path());
    MainWindow window(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    Database& db = *window.database();
    const qint64 me = window.memberId();
    for (const QSize& size : Sizes) {
        window.resize(size.shrunkBy(QMargins(4, 36, 4, 4)));
        const QString at = tag(size);
        const QSize room = size.shrunkBy(QMargins(4, 36, 4, 4));
        const auto check = [&](QWidget* dialog, const QString& name) {
            expectWhole(dialog, at + u"-dialog-"_s + name);
            const QSize needed = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
            EXPECT_TRUE(needed.width() <= room.width() && needed.height() <= room.height())
                << at.toStdString() << " " << name.toStdString() << " needs " << needed.width()
                << "x" << needed.height();
            EXPECT_TRUE(dialog->width() <= room.width() && dialog->height() <= room.height())
                << at.toStdString() << " " << name.toStdString() << " opens at " << dialog->width()
                << "x" << dialog->height();
        };
        {
            Person p;
            p.memberId = me;
            PersonDialog dialog(*window.editor(), p, &window);
            dialog.show();
            check(&dialog, u"person"_s);
        }
        {
            const qint64 personId = PeopleService(db).people(me).value(0).id;
            Contribution c;
            c.personId = personId;
            c.date = QDate::currentDate();
            ContributionDialog dialog(*window.editor(), c, me, &window);
            dialog.show();
            check(&dialog, u"contribution"_s);
        }
        {
            ExportSummaryDialog dialog(db, window.circleId(), me, QDate::currentDate(), &window);
            dialog.show();
            check(&dialog, u"export"_s);
        }
        {
            CircleSwitchDialog dialog(db, window.circleId(), &window);
            dialog.show();
            check(&dialog, u"circles"_s);
        }
        {
            PlanEditorDialog dialog(db, window.circleId(), &window);
            dialog.show();
            check(&dialog, u"plan"_s);
        }
        for (const char* action : {"settingsAction", "importAction", "backupsAction",
                 "networkMapAction", "shareAction"}) {
            QAction* a = window.findChild<QAction*>(QString::fromLatin1(action));
            ASSERT_TRUE(a) << action;
            a->trigger();
            settle();
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog) {
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (w != &window && w->isVisible() && qobject_cast<QDialog*>(w))
                        dialog = w;
                }
            }
            ASSERT_TRUE(dialog) << action;
            check(dialog, QString::fromLatin1(action));
            dialog->close();
            settle();
        }
    }
}

/// The widgets under @p root whose minimum width is close to the root's, widest first: where a
/// page that does not fit takes its width.
QString widestParts(QWidget* root)
{
    QStringList lines;
    const int limit = root->minimumSizeHint().width() / 4;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isWindow() || w->isHidden())
            continue;
        const int width = std::max(w->minimumSizeHint().width(), w->minimumWidth());
        if (width >= limit)
            lines << u"%1 px: %2"_s.arg(width).arg(describe(w));
    }
    std::sort(lines.begin(), lines.end(), [](const QString& a, const QString& b) {
        return a.section(u' ', 0, 0).toInt() > b.section(u' ', 0, 0).toInt();
    });
    return lines.mid(0, 40).join(u"\n  "_s);
}

// Every page lets the window shrink to a small screen with a window frame around it (the
// frame the window allows for, 4 px at the sides and 36 px for a title bar): at 1024x768 and
// 1280x800, the window never grows past the screen.
TEST_P(Layout, EveryPageFitsSmallScreens)
{
    QTemporaryDir dir;
    MainWindow window(demoCopy(std::get<0>(GetParam()), dir.path()));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_TRUE(pages);
    for (int p = 0; p < int(MainWindow::PageCount); ++p) {
        window.showPage(MainWindow::Page(p));
        settle();
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        for (const QSize screen : {QSize(1024, 768), QSize(1280, 800)}) {
            const QSize room = screen.shrunkBy(QMargins(4, 36, 4, 4));
            EXPECT_LE(needed.width(), room.width())
                << tag(screen).toStdString() << " page " << p << " needs " << needed.width()
                << " px:\n  " << widestParts(pages->currentWidget()).toStdString();
            EXPECT_LE(needed.height(), room.height()) << tag(screen).toStdString() << " page " << p
                                                      << " needs " << needed.height() << " px high";
        }
        // And the window really shrinks that far, every label still whole.
        window.resize(QSize(1024, 768).shrunkBy(QMargins(4, 36, 4, 4)));
        settle();
        EXPECT_LE(window.width(), 1016) << "page " << p;
    }
}

// The first start: the welcome page, a refused file's message, and the setup steps.
TEST_P(Layout, WelcomeAndSetupReadWhole)
{
    if (std::get<0>(GetParam()))
        GTEST_SKIP() << "no demo on the first start";
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"new.sqlite"_s));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const QSize& size : Sizes) {
        window.resize(size.shrunkBy(QMargins(4, 36, 4, 4))); // a window frame around it
        expectWhole(&window, tag(size) + u"-welcome"_s);
    }
    // A file from a newer Outloud: the reason is there to read in full.
    const QString newer = dir.filePath(u"newer.sqlite"_s);
    {
        auto db = Database::open(newer, nullptr);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 999"_s));
    }
    MainWindow refused(newer);
    refused.resize(Sizes.at(0));
    refused.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&refused));
    expectWhole(&refused, tag(Sizes.at(0)) + u"-welcome-refused"_s);

    window.findChild<QAbstractButton*>(u"startOwnButton"_s)->click();
    QWidget* setup = window.findChild<QWidget*>(u"setupPage"_s);
    ASSERT_TRUE(setup);
    const int widthBefore = window.findChild<QWidget*>(u"setupSteps"_s)->width();
    for (const QSize& size : Sizes) {
        window.resize(size.shrunkBy(QMargins(4, 36, 4, 4))); // a window frame around it
        expectWhole(&window, tag(size) + u"-setup-1"_s);
    }
    window.findChild<QLineEdit*>(u"setupMyName"_s)->setText(u"Alex"_s);
    window.findChild<QAbstractButton*>(u"setupNextButton"_s)->click();
    window.resize(Sizes.at(0));
    expectWhole(&window, tag(Sizes.at(0)) + u"-setup-2"_s);
    window.resize(Sizes.at(1));
    settle();
    EXPECT_EQ(window.findChild<QWidget*>(u"setupSteps"_s)->width(), widthBefore)
        << "the page keeps its width from step to step";
}

INSTANTIATE_TEST_SUITE_P(DemosAndLanguages, Layout,
    ::testing::Combine(::testing::Bool(), ::testing::Values(u"en"_s, u"de"_s)),
    [](const ::testing::TestParamInfo<Layout::ParamType>& param) {
        return std::string(std::get<0>(param.param) ? "large_" : "small_")
            + std::get<1>(param.param).toStdString();
    });

namespace {
/// A column shown on request (the organization) reads whole for the first screenful of
/// people, up to twelve letters M wide (a longer one is elided, its tooltip holds it).
void expectOrganizationsFit(const QTableView* view)
{
    const QFontMetrics metrics = view->fontMetrics();
    const int cap = 12 * metrics.horizontalAdvance(u'M');
    int widest = 0;
    for (int row = 0; row < std::min(30, view->model()->rowCount()); ++row)
        widest = std::max(widest,
            metrics.horizontalAdvance(
                view->model()->index(row, RelationshipModel::Organization).data().toString()));
    ASSERT_GT(widest, 0) << "the demo's people have organizations";
    const int width = view->columnWidth(RelationshipModel::Organization);
    EXPECT_LE(width, cap);
    EXPECT_GE(width, std::min(widest, cap));
}
} // namespace

// Fewer columns by default (the organization shows in the detail pane); the user picks
// them from the Columns button or the header's context menu, and the choice is kept.
TEST(RelationshipColumns, ChosenFromTheMenuAndKept)
{
    openUserSettings()->remove(u"relationships/columns"_s);
    QTemporaryDir dir;
    const QString path = demoCopy(false, dir.path());
    {
        MainWindow window(path);
        window.show();
        window.showPage(MainWindow::RelationshipsPageIndex);
        auto* view = window.findChild<QTableView*>(u"relationshipsView"_s);
        ASSERT_TRUE(view);
        EXPECT_TRUE(view->isColumnHidden(RelationshipModel::Organization));
        EXPECT_TRUE(view->isColumnHidden(RelationshipModel::Role));
        EXPECT_FALSE(view->isColumnHidden(RelationshipModel::KeepInTouch));
        auto* button = window.findChild<QPushButton*>(u"peopleColumnsButton"_s);
        ASSERT_TRUE(button && button->menu());
        auto* organization = window.findChild<QAction*>(u"peopleColumn_organization"_s);
        ASSERT_TRUE(organization);
        EXPECT_TRUE(button->menu()->actions().contains(organization));
        EXPECT_TRUE(view->horizontalHeader()->actions().contains(organization));
        EXPECT_FALSE(organization->isChecked());
        organization->trigger();
        EXPECT_FALSE(view->isColumnHidden(RelationshipModel::Organization));
        EXPECT_GT(view->columnWidth(RelationshipModel::Organization), 0);
        expectOrganizationsFit(view);
        window.findChild<QAction*>(u"peopleColumn_given"_s)->trigger();
        EXPECT_TRUE(view->isColumnHidden(RelationshipModel::Given));
    }
    MainWindow again(path);
    again.show();
    ASSERT_TRUE(waitForAllPages(again));
    auto* view = again.findChild<QTableView*>(u"relationshipsView"_s);
    ASSERT_TRUE(view);
    EXPECT_FALSE(view->isColumnHidden(RelationshipModel::Organization)) << "the choice is kept";
    expectOrganizationsFit(view);
    EXPECT_TRUE(view->isColumnHidden(RelationshipModel::Given));
    EXPECT_TRUE(again.findChild<QAction*>(u"peopleColumn_organization"_s)->isChecked());
    openUserSettings()->remove(u"relationships/columns"_s);
}

// A slightly larger system font (a desktop at 11 instead of 10 points) on the large demo:
// the largest imbalances still name every person whole (they read "..." before).
// Known gap: at this font some legends of the Network tab's Qt Charts elide at 1280x800.
TEST(LayoutFont, LargestImbalancesNameEveryoneWholeWithALargerFont)
{
    const QFont before = QApplication::font();
    QFont larger = before;
    larger.setPointSizeF(before.pointSizeF() * 1.1);
    QApplication::setFont(larger);
    {
        QTemporaryDir dir;
        MainWindow window(demoCopy(true, dir.path()));
        window.resize(QSize(1280, 800).shrunkBy(QMargins(4, 36, 4, 4)));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::OverviewPage);
        settle();
        grab(&window, u"large-font-1280x800-overview"_s);
        auto* chart = window.findChild<ChartWidget*>(u"imbalanceChart"_s);
        ASSERT_TRUE(chart);
        QStringList drawn;
        for (const ChartText& text : chart->drawnTexts()) {
            if (text.role == ChartText::Role::Category && drawnWhole(text))
                drawn << text.text;
        }
        const QStringList names = chart->data().categories;
        ASSERT_FALSE(names.isEmpty());
        for (const QString& name : names)
            EXPECT_TRUE(drawn.contains(name))
                << name.toStdString() << " drawn as: " << drawn.join(u" | "_s).toStdString();
    }
    QApplication::setFont(before);
}
