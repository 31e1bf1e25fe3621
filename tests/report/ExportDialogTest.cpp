// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog driven as a user would, offscreen.
#include "ReportFixture.h"
#include "main/MainWindow.h"
#include "report/ExportSummaryDialog.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
}

// The dialog's widgets, found as a test finds them.
struct DialogParts
{
    explicit DialogParts(ExportSummaryDialog& d)
        : week(d.findChild<QComboBox*>(u"weekCombo"_s))
        , member(d.findChild<QComboBox*>(u"memberCombo"_s))
        , paper(d.findChild<QComboBox*>(u"pageSizeCombo"_s))
        , path(d.findChild<QLineEdit*>(u"pathEdit"_s))
        , exportButton(d.findChild<QPushButton*>(u"exportButton"_s))
        , error(d.findChild<QLabel*>(u"errorLabel"_s))
        , status(d.findChild<QLabel*>(u"statusLabel"_s))
        , bar(d.findChild<QProgressBar*>(u"exportProgress"_s))
    {
        if (auto* box = d.findChild<QDialogButtonBox*>())
            cancel = box->button(QDialogButtonBox::Cancel);
    }
    bool complete() const
    {
        return week && member && paper && path && exportButton && error && status && bar && cancel;
    }
    void setPath(const QString& file) const
    {
        path->clear();
        QTest::keyClicks(path, file);
    }
    /// Week @p weekNumber, written to @p file.
    void choose(int weekNumber, const QString& file) const
    {
        selectData(week, weekNumber);
        setPath(file);
    }

    QComboBox* week;
    QComboBox* member;
    QComboBox* paper;
    QLineEdit* path;
    QPushButton* exportButton;
    QLabel* error;
    QLabel* status;
    QProgressBar* bar;
    QPushButton* cancel = nullptr;
};

// Waits in the exporting thread until the export is canceled (or ten seconds passed).
bool waitForCancel(const summarypdf::Progress& progress)
{
    const QDeadlineTimer deadline(10000);
    while (!progress.canceled.load() && !deadline.hasExpired())
        QThread::msleep(5);
    return progress.canceled.load();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

TEST(ExportSummaryDialog, ExportsTheChosenWeekAndRemembersTheFolder)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"outloud-test"_s);
    QCoreApplication::setApplicationName(u"test_report"_s);
    QSettings().remove(u"report/lastFolder"_s);
    QSettings().remove(u"report/pageSize"_s);
    TempDatabase t;
    ReportFixture f(t.db());

    ExportSummaryDialog dialog(t.db(), f.circleId, -1, QDate(2026, 1, 20));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* week = dialog.findChild<QComboBox*>(u"weekCombo"_s);
    auto* member = dialog.findChild<QComboBox*>(u"memberCombo"_s);
    auto* path = dialog.findChild<QLineEdit*>(u"pathEdit"_s);
    auto* exportButton = dialog.findChild<QPushButton*>(u"exportButton"_s);
    auto* error = dialog.findChild<QLabel*>(u"errorLabel"_s);
    ASSERT_TRUE(week && member && path && exportButton && error);
    EXPECT_EQ(week->currentData().toInt(), 3); // today's week
    EXPECT_EQ(member->currentData().toLongLong(), f.annId);
    EXPECT_EQ(member->count(), 4); // three members and the whole circle
    dialog.grab().save(t.dir() + u"/dialog.png"_s);

    // A folder that does not exist: the message shows, the dialog stays, nothing is written.
    path->clear();
    QTest::keyClicks(path, t.dir() + u"/missing/out.pdf"_s);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"missing"_s)) << error->text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(t.dir() + u"/missing"_s));
    EXPECT_TRUE(exportButton->isEnabled());

    selectData(week, 5);
    selectData(member, f.carlId);
    auto* paper = dialog.findChild<QComboBox*>(u"pageSizeCombo"_s);
    ASSERT_TRUE(paper);
    selectData(paper, int(QPageSize::Letter));
    const QString target = t.dir() + u"/carl week 5.pdf"_s;
    path->clear();
    QTest::keyClicks(path, target);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.writtenPath(), target);
    ASSERT_TRUE(QFileInfo::exists(target));
    const QString text = pdfText(target);
    EXPECT_TRUE(text.contains(u"Week 5 of 12"_s));
    EXPECT_TRUE(text.contains(u"Carl Weber"_s));
    EXPECT_TRUE(pdfInfo(target).value(u"Page size"_s).contains(u"612 x 792"_s));
    EXPECT_EQ(
        QSettings().value(u"report/lastFolder"_s).toString(), QFileInfo(target).absolutePath());

    // The next dialog suggests a file in the same folder.
    ExportSummaryDialog again(t.db(), f.circleId, f.annId, QDate(2026, 1, 20));
    auto* againPath = again.findChild<QLineEdit*>(u"pathEdit"_s);
    EXPECT_EQ(QFileInfo(againPath->text()).absolutePath(), QFileInfo(target).absolutePath());
    EXPECT_TRUE(againPath->text().endsWith(u".pdf"_s));
    EXPECT_EQ(again.findChild<QComboBox*>(u"pageSizeCombo"_s)->currentData().toInt(),
        int(QPageSize::Letter));
    // The markup-like name is kept readable but safe as a file name.
    EXPECT_FALSE(QFileInfo(againPath->text()).fileName().contains(u'<'));
}

// The PDF is painted on a thread of its own while the window handles events, and the file
// has the text the dialog wrote when it painted on the window's thread.
TEST(ExportSummaryDialog, TheWorkerWritesWhatTheWindowsThreadWrote)
{
    TempDatabase t;
    ReportFixture f(t.db());
    const QDate today(2026, 2, 20);
    for (const qint64 who : {f.annId, qint64(-2)}) { // Ann's long week 5, the whole circle's
        SCOPED_TRACE(who);
        const QString before = t.dir() + u"/before.pdf"_s;
        const QString after = t.dir() + u"/after.pdf"_s;
        QString error;
        SummaryBuilder builder(t.db());
        builder.setToday(today);
        if (who > 0) {
            const std::optional<MemberWeekSummary> s = builder.memberWeek(who, 5, &error);
            ASSERT_TRUE(s && summarypdf::writeMember(*s, before, QPageSize::A4, &error))
                << error.toStdString();
        } else {
            const std::optional<CircleWeekSummary> s = builder.circleWeek(f.circleId, 5, &error);
            ASSERT_TRUE(s && summarypdf::writeCircle(*s, before, QPageSize::A4, &error))
                << error.toStdString();
        }

        ExportSummaryDialog dialog(t.db(), f.circleId, f.annId, today);
        dialog.show();
        const DialogParts ui(dialog);
        ASSERT_TRUE(ui.complete());
        selectData(ui.week, 5);
        selectData(ui.member, who);
        selectData(ui.paper, int(QPageSize::A4));
        ui.setPath(after);
        // The first page waits until the window's thread has handled an event: it can only
        // when the export runs elsewhere (the wait gives up after ten seconds if not).
        QSemaphore guiTurn;
        std::atomic<bool> first {true};
        std::atomic<bool> answered {false};
        std::atomic<bool> onGuiThread {false};
        QThread* gui = QThread::currentThread();
        dialog.setAfterPage([&](const summarypdf::Progress&) {
            onGuiThread = onGuiThread || QThread::currentThread() == gui;
            if (first.exchange(false))
                answered = guiTurn.tryAcquire(1, 10000);
        });
        QTest::mouseClick(ui.exportButton, Qt::LeftButton);
        EXPECT_TRUE(dialog.isExporting());
        EXPECT_FALSE(ui.exportButton->isEnabled()); // no second export of the same file
        EXPECT_FALSE(ui.path->isEnabled());
        QMetaObject::invokeMethod(
            &dialog, [&] { guiTurn.release(); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        EXPECT_TRUE(answered.load());
        EXPECT_FALSE(onGuiThread.load());
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_FALSE(ui.error->isVisible()) << ui.error->text().toStdString();
        const QString text = pdfText(after);
        EXPECT_TRUE(text.contains(u"Week 5 of 12"_s));
        EXPECT_EQ(text, pdfText(before));
        EXPECT_EQ(pdfInfo(after).value(u"Pages"_s), pdfInfo(before).value(u"Pages"_s));
        EXPECT_EQ(entries(t.dir()).filter(u".outloud-"_s), QStringList());
    }
}

// Cancel stops the export: the file that was there stays as it was, nothing is left beside
// it, and the dialog stays open with its choices to try again.
TEST(ExportSummaryDialog, CancelKeepsTheOldFileAndLeavesNothingBesideIt)
{
    TempDatabase t;
    ReportFixture f(t.db());
    const QString folder = t.dir() + u"/out"_s;
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString target = folder + u"/week 5.pdf"_s;
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("last week's summary");
    }
    ExportSummaryDialog dialog(t.db(), f.circleId, f.annId, QDate(2026, 2, 20));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const DialogParts ui(dialog);
    ASSERT_TRUE(ui.complete());
    ui.choose(5, target);
    // The export waits at its first page until it is canceled.
    std::atomic<bool> reached {false};
    std::atomic<bool> sawCancel {false};
    dialog.setAfterPage([&](const summarypdf::Progress& progress) {
        if (!reached.exchange(true))
            sawCancel = waitForCancel(progress);
    });
    QTest::mouseClick(ui.exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(reached.load(), 20000);
    EXPECT_TRUE(dialog.isExporting());
    QTest::mouseClick(ui.cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
    EXPECT_TRUE(sawCancel.load());
    EXPECT_TRUE(dialog.isVisible()); // Cancel stopped the export, not the dialog
    EXPECT_TRUE(ui.status->isVisible());
    EXPECT_EQ(ui.status->text(), summarypdf::canceledMessage());
    EXPECT_FALSE(ui.error->isVisible());
    EXPECT_TRUE(ui.exportButton->isEnabled());
    EXPECT_EQ(fileBytes(target), "last week's summary");
    EXPECT_EQ(entries(folder), QStringList {u"week 5.pdf"_s});
    EXPECT_TRUE(dialog.writtenPath().isEmpty());

    // Cancel again, with no export running, closes the dialog.
    QTest::mouseClick(ui.cancel, Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

// The window closing mid-export takes the dialog with it: the export stops, no file and no
// scratch file are left, nothing crashes.
TEST(ExportSummaryDialog, TheWindowClosingMidExportLeavesNoFile)
{
    TempDatabase t;
    ReportFixture f(t.db());
    const QString folder = t.dir() + u"/out"_s;
    ASSERT_TRUE(QDir().mkpath(folder));
    auto* window = new QWidget;
    window->show();
    QPointer<ExportSummaryDialog> dialog
        = new ExportSummaryDialog(t.db(), f.circleId, f.annId, QDate(2026, 2, 20), window);
    dialog->show();
    const DialogParts ui(*dialog);
    ASSERT_TRUE(ui.complete());
    ui.choose(5, folder + u"/week 5.pdf"_s);
    std::atomic<int> pages {0};
    std::atomic<bool> sawCancel {false};
    // Waits on a page of the second pass, while the scratch file beside the target is open
    // (unnamed where Linux allows: QTemporaryFile opens it O_TMPFILE).
    dialog->setAfterPage([&](const summarypdf::Progress& progress) {
        if (progress.pages.load() > 0 && pages.fetch_add(1) == 1)
            sawCancel = waitForCancel(progress);
    });
    QTest::mouseClick(ui.exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pages.load() >= 2, 20000);
    delete window;
    EXPECT_TRUE(dialog.isNull());
    EXPECT_TRUE(sawCancel.load());
    EXPECT_EQ(entries(folder), QStringList());
}

// After a second the dialog shows how far the export has come.
TEST(ExportSummaryDialog, ALongExportShowsTheFirstPagesItWrites)
{
    TempDatabase t;
    ReportFixture f(t.db());
    ExportSummaryDialog dialog(t.db(), f.circleId, f.annId, QDate(2026, 2, 20));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const DialogParts ui(dialog);
    ASSERT_TRUE(ui.complete());
    const QString target = t.dir() + u"/week 5.pdf"_s;
    ui.choose(5, target);
    // The export waits on page 2 of the pass that paints until the progress shows.
    std::atomic<bool> shown {false};
    std::atomic<bool> waiting {false};
    std::atomic<int> pages {0};
    dialog.setAfterPage([&](const summarypdf::Progress& progress) {
        if (progress.pages.load() == 0 || progress.page.load() != 2)
            return;
        pages = progress.pages.load();
        waiting = true;
        const QDeadlineTimer deadline(20000);
        while (!shown.load() && !deadline.hasExpired())
            QThread::msleep(5);
    });
    QTest::mouseClick(ui.exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(waiting.load() && ui.bar->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.bar->value(), 2, 5000);
    EXPECT_EQ(ui.bar->maximum(), pages.load());
    EXPECT_EQ(ui.status->text(), u"Writing page 2 of %1…"_s.arg(pages.load()));
    EXPECT_FALSE(ui.exportButton->isEnabled());
    EXPECT_FALSE(ui.week->isEnabled());
    EXPECT_TRUE(ui.cancel->isEnabled());
    // $OUTLOUD_GRAB_DIR keeps the picture to look at, as the other grabs do.
    const QString grabDir = qEnvironmentVariable("OUTLOUD_GRAB_DIR");
    EXPECT_TRUE(dialog.grab().save(
        QDir(grabDir.isEmpty() ? t.dir() : grabDir).filePath(u"export-summary-progress.png"_s)));
    shown = true;
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    EXPECT_EQ(dialog.writtenPath(), target);
    EXPECT_TRUE(pdfText(target).contains(u"Week 5 of 12"_s));
}

// In the window, File > Export week summary writes the file on its thread and the status bar
// says where, as it did when the dialog wrote it on the window's thread.
TEST(ExportSummaryDialog, TheWindowSaysWhereTheSummaryWasSaved)
{
    OUTLOUD_SQLITE_ONLY();
    QTemporaryDir dir;
    MainWindow window(demoCopy(false, dir.path()));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(u"exportSummaryAction"_s);
    ASSERT_TRUE(action);
    action->trigger();
    QPointer<ExportSummaryDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<ExportSummaryDialog*>()) && dialog->isVisible());
    const DialogParts ui(*dialog);
    ASSERT_TRUE(ui.complete());
    const QString target = dir.filePath(u"summary.pdf"_s);
    ui.setPath(target);
    QTest::mouseClick(ui.exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(u"Saved"_s), 20000);
    EXPECT_EQ(
        window.statusBar()->currentMessage(), u"Saved %1"_s.arg(QDir::toNativeSeparators(target)));
    EXPECT_TRUE(pdfText(target).contains(u"Week"_s));
    QTRY_VERIFY(dialog.isNull()); // closed and deleted, as before
}
