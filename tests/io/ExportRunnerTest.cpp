// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export data's progress dialog: the window goes on while the export runs on its
// thread, and Cancel leaves no file.
#include "io/ExportRunner.h"

#include "IoTestUtil.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Finished
{
    bool done = false;
    bool canceled = false;
    QString error;
};

} // namespace

TEST(ExportRunner, TheWindowAnswersWhileTheExportWaitsForIt)
{
    TempDatabase t;
    fillDemo(t.db());
    QByteArray expected;
    ASSERT_TRUE(json::exportDatabase(t.db(), &expected, nullptr));
    QTemporaryDir out;
    const QString path = out.filePath(u"outloud-export.json"_s);
    QWidget window;
    auto* runner = new ExportRunner(t.path(), ExportKind::Everything, -1, path, &window);
    // The export's first piece waits until the GUI thread has handled an event: it can only
    // when the export runs elsewhere (the wait gives up after a while if not).
    QSemaphore guiTurn;
    std::atomic<bool> first {true};
    std::atomic<bool> answered {false};
    runner->progress().afterPiece = [&] {
        if (first.exchange(false))
            answered = guiTurn.tryAcquire(1, 10000);
    };
    QStringList order;
    Finished finished;
    QObject::connect(runner, &ExportRunner::finished, [&](bool canceled, const QString& error) {
        order.append(u"finished"_s);
        finished = {true, canceled, error};
    });
    runner->start();
    QMetaObject::invokeMethod(
        &window,
        [&] {
            order.append(u"event"_s);
            guiTurn.release();
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(finished.done, 20000);
    EXPECT_EQ(order, (QStringList {u"event"_s, u"finished"_s}));
    EXPECT_TRUE(answered.load());
    EXPECT_TRUE(finished.error.isEmpty()) << finished.error.toStdString();
    EXPECT_EQ(fileBytes(path), expected);
}

TEST(ExportRunner, CancelInTheProgressDialogLeavesTheOldFileAndNothingBesideIt)
{
    TempDatabase t;
    fillDemo(t.db());
    QTemporaryDir out;
    const QString path = out.filePath(u"contributions.csv"_s);
    ASSERT_TRUE(writeFile(path, "the old export"));
    QWidget window;
    auto* runner = new ExportRunner(t.path(), ExportKind::Contributions, -1, path, &window);
    QSemaphore clicked;
    std::atomic<bool> first {true};
    runner->progress().afterPiece = [&] {
        if (first.exchange(false))
            clicked.tryAcquire(1, 10000);
    };
    Finished finished;
    QObject::connect(runner, &ExportRunner::finished, [&](bool canceled, const QString& error) {
        finished = {true, canceled, error};
    });
    runner->start();
    QProgressDialog* dialog = runner->progressDialog();
    ASSERT_TRUE(dialog);
    auto* cancel = dialog->findChild<QPushButton*>();
    ASSERT_TRUE(cancel);
    EXPECT_EQ(cancel->text(), u"Cancel"_s);
    cancel->click();
    clicked.release();
    QTRY_VERIFY_WITH_TIMEOUT(finished.done, 20000);
    EXPECT_TRUE(finished.canceled);
    EXPECT_TRUE(finished.error.contains(u"no file was written"_s)) << finished.error.toStdString();
    EXPECT_EQ(fileBytes(path), "the old export");
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList {u"contributions.csv"_s});
}
