// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Charts comes with the Overview's Network tab, not with the window: this binary does not
// link it (unlike test_overview), so /proc/self/maps says when the chart module brought it.
// Without the module, or with one from another build, the tab says why and keeps its tree.
#include "TestSupport.h"
#include "WindowSupport.h"
#include "analytics/DashboardWidget.h"
#include "analytics/NetworkChartsLoader.h"
#include "main/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace outloud::test {
namespace {

bool chartsLibraryMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Charts");
}

class NetworkChartsModule : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = demoCopy(false, dir.path());
        ASSERT_FALSE(path.isEmpty());
    }

    void TearDown() override { NetworkChartsLoader::setDirectoriesForTesting({}); }

    /// A window on the small demo, its pages made, the Overview on its Balance tab.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(path);
        window->resize(1280, 800);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        EXPECT_TRUE(waitForAllPages(*window, 30000));
        window->grab(); // painted
        return window;
    }

    /// Brings up the Overview's Network tab of @p window.
    static DashboardWidget* showNetworkTab(MainWindow& window)
    {
        window.showPage(MainWindow::OverviewPage);
        auto* overview = window.findChild<DashboardWidget*>(u"dashboard"_s);
        EXPECT_TRUE(overview);
        if (!overview)
            return nullptr;
        overview->findChild<QTabWidget*>(u"dashboardTabs"_s)->setCurrentIndex(1);
        return overview;
    }

    /// The tab says the charts could not be loaded, naming @p why; the weak ties still show.
    static void expectMessage(DashboardWidget* overview, const QString& why)
    {
        ASSERT_TRUE(overview);
        auto* message = overview->findChild<QLabel*>(u"networkChartsMessage"_s);
        ASSERT_TRUE(message);
        QTRY_VERIFY(message->isVisible());
        EXPECT_EQ(message->textFormat(), Qt::PlainText);
        EXPECT_TRUE(message->text().startsWith(u"The charts of this tab could not be loaded: "_s))
            << message->text().toStdString();
        EXPECT_TRUE(message->text().contains(why)) << message->text().toStdString();
        EXPECT_FALSE(overview->findChild<QWidget*>(u"generosityChart"_s));
        auto* ties = overview->findChild<QTreeWidget*>(u"weakTiesView"_s);
        ASSERT_TRUE(ties);
        EXPECT_TRUE(ties->isVisible());
        EXPECT_GT(ties->topLevelItemCount(), 0);
        // Laid out: the message in a line of its own above the tree, not over it.
        QTRY_VERIFY(message->height() > 0
            && message->mapTo(overview, QPoint(0, message->height())).y()
                <= ties->mapTo(overview, QPoint(0, 0)).y());
    }

    QTemporaryDir dir;
    QString path;
};

TEST_F(NetworkChartsModule, QtChartsIsLoadedWhenTheNetworkTabFirstShows)
{
    ASSERT_FALSE(chartsLibraryMapped()) << "loaded before this test: run it on its own";
    auto window = openWindow();
    EXPECT_FALSE(chartsLibraryMapped());

    DashboardWidget* overview = showNetworkTab(*window);
    ASSERT_TRUE(overview);
    QTRY_VERIFY(chartsLibraryMapped());
    for (const QString& name : {u"generosityChart"_s, u"broughtChart"_s, u"channelChart"_s}) {
        auto* view = overview->findChild<QWidget*>(name);
        ASSERT_TRUE(view) << name.toStdString();
        EXPECT_TRUE(view->inherits("QChartView"));
        QTRY_VERIFY(view->isVisible());
    }
    EXPECT_FALSE(overview->findChild<QLabel*>(u"networkChartsMessage"_s));
}

TEST_F(NetworkChartsModule, AMissingModuleIsSaidInTheTab)
{
    QTemporaryDir empty;
    ASSERT_TRUE(empty.isValid());
    NetworkChartsLoader::setDirectoriesForTesting({empty.path()});
    auto window = openWindow();
    DashboardWidget* overview = showNetworkTab(*window);
    expectMessage(
        overview, u"liboutloud_network_charts.so is in none of these folders: "_s + empty.path());
    // The tab says it again when it comes up a second time.
    auto* tabs = overview->findChild<QTabWidget*>(u"dashboardTabs"_s);
    tabs->setCurrentIndex(0);
    tabs->setCurrentIndex(1);
    expectMessage(overview, empty.path());
}

TEST_F(NetworkChartsModule, AModuleOfAnotherBuildIsRefused)
{
    NetworkChartsLoader::setDirectoriesForTesting({QStringLiteral(OUTLOUD_WRONG_ABI_MODULE_DIR)});
    QString error;
    EXPECT_TRUE(NetworkChartsLoader::load(&error).isEmpty());
    EXPECT_TRUE(error.contains(u"belongs to another build of Outloud (Outloud 0.0.1"_s))
        << error.toStdString();

    auto window = openWindow();
    expectMessage(showNetworkTab(*window), u"another build of Outloud"_s);
}

TEST_F(NetworkChartsModule, AFileThatIsNoLibraryIsRefused)
{
    QTemporaryDir junkDir;
    ASSERT_TRUE(junkDir.isValid());
    QFile junk(junkDir.filePath(u"liboutloud_network_charts.so"_s));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a library");
    junk.close();
    NetworkChartsLoader::setDirectoriesForTesting({junkDir.path()});

    auto window = openWindow();
    expectMessage(showNetworkTab(*window), u"could not be loaded: "_s + junk.fileName());
}

} // namespace
} // namespace outloud::test
