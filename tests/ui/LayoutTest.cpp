// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and dialog, at 1024x768, 1280x800 and 1920x1080, in English and German, on the
// small and the large demo: grabbed to PNG (OUTLOUD_GRAB_DIR keeps them) and checked for text
// that is cut although it could be shown whole. Meeting mode is tested by its own suite.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionDialog.h"
#include "i18n/Language.h"
#include "main/CircleSwitchDialog.h"
#include "main/MainWindow.h"
#include "people/PeopleService.h"
#include "people/PersonDialog.h"
#include "people/RelationshipModel.h"
#include "report/ExportSummaryDialog.h"
#include "undo/Editor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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

TEST_P(Layout, EveryPageAndDialogReadsWhole)
{
    QTemporaryDir dir;
    const QString path = demoCopy(std::get<0>(GetParam()), dir.path());
    MainWindow window(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    Database& db = *window.database();
    const qint64 me = window.memberId();
    const QStringList pages
        = {u"overview"_s, u"goal"_s, u"relationships"_s, u"contributions"_s, u"circle"_s};
    for (const QSize& size : Sizes) {
        window.resize(size);
        for (int p = 0; p < pages.size(); ++p) {
            window.showPage(MainWindow::Page(p));
            expectWhole(&window, tag(size) + u'-' + pages.at(p));
        }
        // The relationship list uses the width it has: nothing hidden to the right, and the
        // last column does not swallow the spare room.
        window.showPage(MainWindow::RelationshipsPageIndex);
        settle();
        auto* view = window.findChild<QTableView*>(u"relationshipsView"_s);
        ASSERT_TRUE(view);
        if (size.width() >= 1280) {
            QStringList widths; // in the message: which column took the room
            for (int c = 0; c < view->horizontalHeader()->count(); ++c)
                widths.append(QString::number(view->horizontalHeader()->sectionSize(c)));
            EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0)
                << tag(size).toStdString() << " viewport " << view->viewport()->width()
                << " columns " << widths.join(u' ').toStdString();
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

    // Dialogs, at the middle size.
    window.resize(Sizes.at(1));
    const QString middle = tag(Sizes.at(1));
    {
        Person p;
        p.memberId = me;
        PersonDialog dialog(*window.editor(), p, &window);
        dialog.show();
        expectWhole(&dialog, middle + u"-dialog-person"_s);
    }
    {
        const qint64 personId = PeopleService(db).people(me).value(0).id;
        Contribution c;
        c.personId = personId;
        c.date = QDate::currentDate();
        ContributionDialog dialog(*window.editor(), c, me, &window);
        dialog.show();
        expectWhole(&dialog, middle + u"-dialog-contribution"_s);
    }
    {
        ExportSummaryDialog dialog(db, window.circleId(), me, QDate::currentDate(), &window);
        dialog.show();
        expectWhole(&dialog, middle + u"-dialog-export"_s);
    }
    {
        CircleSwitchDialog dialog(db, window.circleId(), &window);
        dialog.show();
        expectWhole(&dialog, middle + u"-dialog-circles"_s);
    }
    for (const char* action : {"settingsAction", "importAction", "backupsAction"}) {
        QAction* a = window.findChild<QAction*>(QString::fromLatin1(action));
        if (!a)
            continue;
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
        expectWhole(dialog, middle + u"-dialog-"_s + QString::fromLatin1(action));
        dialog->close();
        settle();
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
        window.resize(size);
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
        window.resize(size);
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
