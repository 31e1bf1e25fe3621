// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import and backups dialogs, driven as a user would.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "io/BackupRunner.h"
#include "io/BackupsDialog.h"
#include "io/FileIo.h"
#include "io/ImportDialog.h"
#include "io/ImportPeopleCommand.h"
#include "io/ImportPlanModel.h"
#include "people/PeopleService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <atomic>
#include <cerrno>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
template <typename T> T* child(QWidget& parent, const QString& name)
{
    T* w = parent.findChild<T*>(name);
    EXPECT_TRUE(w) << name.toStdString();
    return w;
}

// The dialog previews and imports on a thread of its own: until it is done.
void settle(ImportDialog& dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
}

// A CSV of @p count people, large enough (over 64 KB) to show its progress from the start.
QString largeCsv(const QString& dir, int count)
{
    QByteArray bytes = "Name,Email\n";
    for (int i = 0; i < count; ++i)
        bytes
            += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
    const QString path = dir + u"/large.csv"_s;
    EXPECT_TRUE(writeFile(path, bytes));
    return path;
}

void grab(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("OUTLOUD_GRAB_DIR");
    QCoreApplication::processEvents(); // let pending layout requests settle, as on screen
    if (!dir.isEmpty())
        w.grab().save(dir + u'/' + name + u".png"_s);
}

// The files in a database's backups folder, partial copies and sidecars included.
QStringList backupFolder(const QString& databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath() + u"/backups"_s)
        .entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Holds Back Up Now's worker before its task until release(): what the dialog shows
// meanwhile can be looked at, and the task provably runs off the GUI thread.
struct HeldBackup
{
    QSemaphore go;
    std::atomic<bool> onWorker {false};
    std::atomic<bool> waited {false};
    QPointer<BackupRunner> runner;

    void watch(BackupsDialog& dialog)
    {
        QObject::connect(&dialog, &BackupsDialog::taskStarted, [this](BackupRunner* r) {
            runner = r;
            r->setBeforeTask([this] {
                onWorker = QThread::currentThread() != qApp->thread();
                waited = go.tryAcquire(1, 20000);
            });
        });
    }
    void release() { go.release(); }
};
} // namespace

TEST(ImportDialog, PreviewsAndImportsLinkedIn)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    ImportDialog dialog(t.db(), me);
    QAbstractItemModelTester tester(
        dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    dialog.setFile(sharedFixture(u"linkedin-Connections.csv"_s));
    settle(dialog);
    EXPECT_EQ(
        child<QComboBox>(dialog, u"format"_s)->currentData().toInt(), int(ImportFormat::LinkedIn));
    EXPECT_FALSE(child<QWidget>(dialog, u"mapping"_s)->isVisible());
    auto* preview = child<QTableView>(dialog, u"preview"_s);
    ASSERT_EQ(preview->model()->rowCount(), 6);
    EXPECT_EQ(
        preview->model()->index(1, ImportPlanModel::Name).data().toString(), u"Jürgen Müller"_s);
    EXPECT_EQ(preview->model()->index(1, ImportPlanModel::Action).data().toString(), u"Add"_s);
    EXPECT_EQ(child<QLabel>(dialog, u"summary"_s)->text(), u"6 to add, 0 to merge, 0 to skip."_s);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 0); // the preview writes nothing
    grab(dialog, u"import-linkedin"_s);

    auto* import = child<QPushButton>(dialog, u"importButton"_s);
    ASSERT_TRUE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    settle(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, u"error"_s)->text().toStdString();
    ASSERT_EQ(imported.size(), 1);
    EXPECT_EQ(dialog.outcome().added, 6);
    EXPECT_EQ(
        scalar(t.db(), u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)).toInt(), 6);
    const QString imported6 = tableDump(t.db());

    // The same file again: everyone is skipped, and the preview says why.
    ImportDialog again(t.db(), me);
    again.show();
    again.setFile(sharedFixture(u"linkedin-Connections.csv"_s));
    settle(again);
    EXPECT_EQ(child<QLabel>(again, u"summary"_s)->text(), u"0 to add, 0 to merge, 6 to skip."_s);
    EXPECT_TRUE(again.previewModel()
                    ->index(0, ImportPlanModel::Details)
                    .data()
                    .toString()
                    .contains(u"already on the list"_s));
    EXPECT_FALSE(child<QPushButton>(again, u"importButton"_s)->isEnabled());
    grab(again, u"import-again"_s);

    // One undo step: undo removes all six, redo brings them back with the same ids.
    QUndoStack stack;
    QStringList failures;
    auto command = std::make_unique<ImportPeopleCommand>(t.db(), dialog.outcome());
    command->setErrorSink([&failures](const QString& m) { failures.append(m); });
    QString error;
    ASSERT_TRUE(command->apply(&error)) << error.toStdString();
    stack.push(command.release());
    EXPECT_EQ(tableDump(t.db()), imported6); // pushing did not run it twice
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(stack.undoText(), u"Import 6 people"_s);
    stack.undo();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 0);
    stack.redo();
    EXPECT_EQ(tableDump(t.db()), imported6);
    stack.undo();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 0);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
}

TEST(ImportDialog, CsvColumnsAreMappedAndBrokenFilesExplained)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    const QString csv = t.dir() + u"/people.csv"_s;
    ASSERT_TRUE(
        writeFile(csv, "Full name;Firm;Mood\nAda Okafor;Northwind;happy\nBo Lind;Contoso;calm\n"));
    ImportDialog dialog(t.db(), me);
    QAbstractItemModelTester tester(
        dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    dialog.setFile(csv);
    settle(dialog);
    auto* mapping = child<QTableWidget>(dialog, u"mapping"_s);
    EXPECT_TRUE(mapping->isVisible());
    ASSERT_EQ(mapping->rowCount(), 3);
    EXPECT_EQ(mapping->item(1, 1)->text(), u"Northwind"_s);
    auto* firm = child<QComboBox>(dialog, u"mapColumn1"_s);
    EXPECT_EQ(firm->currentData().toInt(), int(CsvField::Ignore)); // "Firm" is not a known header
    auto* preview = child<QTableView>(dialog, u"preview"_s);
    EXPECT_EQ(
        preview->model()->index(0, ImportPlanModel::Organization).data().toString(), QString());
    firm->setCurrentIndex(firm->findData(int(CsvField::Organization)));
    settle(dialog);
    EXPECT_EQ(preview->model()->index(0, ImportPlanModel::Organization).data().toString(),
        u"Northwind"_s);
    EXPECT_TRUE(child<QLabel>(dialog, u"detected"_s)->text().contains(u"“;”"_s));
    grab(dialog, u"import-csv-mapping"_s);

    // The wrong delimiter: one column nobody can map to a name.
    auto* delimiter = child<QComboBox>(dialog, u"delimiter"_s);
    delimiter->setCurrentIndex(delimiter->findData(u","_s));
    settle(dialog);
    auto* error = child<QLabel>(dialog, u"error"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(child<QPushButton>(dialog, u"importButton"_s)->isEnabled());

    const QString broken = t.dir() + u"/broken.csv"_s;
    ASSERT_TRUE(writeFile(broken, "Name,Company\nAda,\"Northwind\nBo,Contoso\n"));
    dialog.setFile(broken);
    settle(dialog);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"Line 2"_s)) << error->text().toStdString();
    EXPECT_EQ(preview->model()->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(dialog, u"importButton"_s)->isEnabled());
    grab(dialog, u"import-broken"_s);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 0);
}

// A list, and a CSV of 3,000 new people for it.
class LargeImportDialog : public ::testing::Test
{
protected:
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    const QString before = tableDump(t.db()); ///< The list before any import.
    const QString path = largeCsv(t.dir(), 3000);
};

TEST_F(LargeImportDialog, CancelledAtAnyTimeChangesNothing)
{
    ImportDialog dialog(t.db(), me);
    dialog.show();
    auto* cancel = child<QPushButton>(dialog, u"cancelImport"_s);
    auto* progress = child<QWidget>(dialog, u"progress"_s);

    // Cancel while the preview is being planned (on its thread: the click gets through).
    dialog.setFile(path);
    ASSERT_TRUE(dialog.isBusy());
    EXPECT_TRUE(progress->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    settle(dialog);
    EXPECT_TRUE(child<QLabel>(dialog, u"summary"_s)->text().contains(u"cancelled"_s));
    EXPECT_FALSE(child<QPushButton>(dialog, u"importButton"_s)->isEnabled());

    // Plan it whole, then cancel the import itself. The counts read as the language writes
    // numbers.
    const QLocale locale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    dialog.setFile(path);
    settle(dialog);
    EXPECT_EQ(
        child<QLabel>(dialog, u"summary"_s)->text(), u"3,000 to add, 0 to merge, 0 to skip."_s);
    QLocale::setDefault(locale);
    EXPECT_EQ(dialog.previewModel()->rowCount(), 3000);
    auto* import = child<QPushButton>(dialog, u"importButton"_s);
    ASSERT_TRUE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    ASSERT_TRUE(dialog.isBusy());
    QTest::mouseClick(cancel, Qt::LeftButton);
    settle(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(child<QLabel>(dialog, u"error"_s)->text().contains(u"cancelled"_s));
    EXPECT_EQ(tableDump(t.db()), before);
    EXPECT_FALSE(progress->isVisible());

    // The preview is read a page at a time: its last row is the file's last line.
    EXPECT_EQ(dialog.previewModel()->index(2999, ImportPlanModel::Name).data().toString(),
        u"Person 2999"_s);
    EXPECT_EQ(dialog.previewModel()->index(2999, ImportPlanModel::Origin).data().toString(),
        u"line 3001"_s);

    QTest::mouseClick(import, Qt::LeftButton);
    settle(dialog);
    EXPECT_EQ(dialog.outcome().added, 3000);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 3000);
}

TEST_F(LargeImportDialog, TakesInputWhileItImportsAndClosingItCancels)
{
    ImportDialog dialog(t.db(), me);
    dialog.show();
    dialog.setFile(path);
    settle(dialog);
    auto* import = child<QPushButton>(dialog, u"importButton"_s);
    ASSERT_TRUE(import->isEnabled());

    // The click returns at once: the import runs on its thread, and the dialog shows it.
    QTest::mouseClick(import, Qt::LeftButton);
    ASSERT_TRUE(dialog.isBusy());
    EXPECT_FALSE(import->isEnabled());
    EXPECT_FALSE(child<QWidget>(dialog, u"chooseFile"_s)->isEnabled());
    grab(dialog, u"import-running"_s);
    // Escape (or Close) while it runs stops the import and keeps the dialog open.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    settle(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(child<QLabel>(dialog, u"error"_s)->text().contains(u"cancelled"_s));
    EXPECT_EQ(tableDump(t.db()), before);
    EXPECT_TRUE(import->isEnabled());
}

TEST_F(LargeImportDialog, TheWindowClosingMidImportLeavesTheListAsItWas)
{
    auto window = std::make_unique<QWidget>();
    auto* dialog = new ImportDialog(t.db(), me, window.get());
    dialog->show();
    dialog->setFile(path);
    settle(*dialog);
    auto* import = child<QPushButton>(*dialog, u"importButton"_s);
    ASSERT_TRUE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    ASSERT_TRUE(dialog->isBusy());
    window.reset(); // deletes the dialog while its import runs
    EXPECT_EQ(tableDump(t.db()), before);

    // And while it previews: nothing to undo, nothing left behind to write later.
    window = std::make_unique<QWidget>();
    dialog = new ImportDialog(t.db(), me, window.get());
    dialog->setFile(path);
    ASSERT_TRUE(dialog->isBusy());
    window.reset();
    QCoreApplication::processEvents();
    EXPECT_EQ(tableDump(t.db()), before);
}

TEST(ImportDialog, AListChangedAfterThePreviewIsPreviewedAgainAndNothingImported)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    const QString csv = t.dir() + u"/people.csv"_s;
    ASSERT_TRUE(writeFile(csv, "Name,Email\nAda Okafor,ada@example.org\nBo Lind,bo@example.org\n"));
    ImportDialog dialog(t.db(), me);
    dialog.show();
    dialog.setFile(csv);
    settle(dialog);
    auto* summary = child<QLabel>(dialog, u"summary"_s);
    EXPECT_EQ(summary->text(), u"2 to add, 0 to merge, 0 to skip."_s);

    // Someone puts Bo on the list while the dialog is open.
    Person bo;
    bo.memberId = me;
    bo.name = u"Bo Lind"_s;
    bo.email = u"bo@example.org"_s;
    QString error;
    ASSERT_GT(PeopleService(t.db()).add(bo, &error), 0) << error.toStdString();
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
    settle(dialog); // the import stops, and the preview is made again
    EXPECT_TRUE(imported.isEmpty());
    EXPECT_TRUE(dialog.isVisible());
    auto* message = child<QLabel>(dialog, u"error"_s);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(u"line 3"_s)) << message->text().toStdString();
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 1);
    // The preview now says what an import would do.
    EXPECT_EQ(summary->text(), u"1 to add, 0 to merge, 1 to skip."_s);
    EXPECT_EQ(
        dialog.previewModel()->index(1, ImportPlanModel::Action).data().toString(), u"Skip"_s);
    grab(dialog, u"import-list-changed"_s);

    QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
    settle(dialog);
    ASSERT_EQ(imported.size(), 1);
    EXPECT_EQ(dialog.outcome().added, 1);
    EXPECT_EQ(scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt(), 2);
}

TEST(BackupsDialog, BacksUpListsAndRestores)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    BackupsDialog dialog(t.db());
    QSignalSpy restored(&dialog, &BackupsDialog::restored);
    dialog.show();
    auto* list = child<QTableWidget>(dialog, u"backupList"_s);
    EXPECT_EQ(list->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(dialog, u"restoreBackup"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, u"backupNow"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 20000);
    EXPECT_EQ(list->item(0, 2)->text(), u"Daily"_s);
    const QString atBackup = tableDump(t.db());

    Person p;
    p.memberId = me;
    p.name = u"Added later"_s;
    QString error;
    ASSERT_GT(PeopleService(t.db()).add(p, &error), 0);
    list->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, u"restoreBackup"_s), Qt::LeftButton);
    EXPECT_TRUE(
        MessageBox::lastText().startsWith(u"Replace everything in Outloud with the backup"_s))
        << MessageBox::lastText().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
    EXPECT_EQ(tableDump(t.db()), atBackup);
    ASSERT_EQ(list->rowCount(), 2);
    EXPECT_EQ(
        list->item(0, 2)->text(), u"Before a restore"_s); // the newest: made after the restored one
    EXPECT_TRUE(child<QLabel>(dialog, u"status"_s)->text().contains(u"Restored"_s));
    grab(dialog, u"backups"_s);

    // A broken export is explained, and nothing is asked or changed.
    const QString bad = t.dir() + u"/bad.json"_s;
    ASSERT_TRUE(writeFile(bad, "{\"format\": \"outloud\",\n"));
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Yes); // must stay unused: nothing is asked
    QTest::mouseClick(child<QPushButton>(dialog, u"restoreJson"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, u"status"_s)->text().contains(u"Line 2"_s), 20000);
    EXPECT_TRUE(MessageBox::lastText().contains(u"the backup"_s)) << "no second question";
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    EXPECT_EQ(tableDump(t.db()), atBackup);
    EXPECT_TRUE(child<QPushButton>(dialog, u"restoreJson"_s)->isEnabled());
}

TEST(BackupsDialog, BackUpNowCopiesTheFileOnAWorkerWhileTheDialogShowsItIsBusy)
{
    TempDatabase t;
    fillDemo(t.db());
    BackupsDialog dialog(t.db());
    HeldBackup held;
    held.watch(dialog);
    dialog.show();
    auto* now = child<QPushButton>(dialog, u"backupNow"_s);
    auto* busy = child<QProgressBar>(dialog, u"busy"_s);
    QTest::mouseClick(now, Qt::LeftButton);
    // The worker waits for the GUI thread to show the busy bar: it can only if the backup
    // runs elsewhere (the worker gives up waiting after a while otherwise).
    EXPECT_FALSE(now->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, u"restoreJson"_s)->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, u"status"_s)->text(), u"Backing up…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(busy->isVisible(), 10000);
    grab(dialog, u"backups-working"_s);
    held.release();
    auto* list = child<QTableWidget>(dialog, u"backupList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 20000);
    EXPECT_TRUE(held.onWorker.load());
    EXPECT_TRUE(held.waited.load());
    EXPECT_TRUE(now->isEnabled());
    EXPECT_FALSE(busy->isVisible());
    const QString path = list->item(0, 0)->data(Qt::UserRole).toString();
    EXPECT_EQ(child<QLabel>(dialog, u"status"_s)->text(),
        u"Backed up to %1."_s.arg(QDir::toNativeSeparators(path)));
    QString error;
    EXPECT_EQ(backupDump(path, &error), tableDump(t.db())) << error.toStdString();
}

TEST(BackupsDialog, AFullDiskOrAnUnwritableFolderIsShownAndLeavesNoFile)
{
    TempDatabase t;
    if (t->isServer())
        GTEST_SKIP() << "a server database's archives are written by the JSON writer";
    makeCircle(t.db());
    BackupsDialog dialog(t.db());
    dialog.show();
    auto* status = child<QLabel>(dialog, u"status"_s);
    auto* now = child<QPushButton>(dialog, u"backupNow"_s);

    injectWriteFailure(ENOSPC);
    QTest::mouseClick(now, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(now->isEnabled(), 20000);
    injectWriteFailure(0);
    EXPECT_TRUE(status->text().contains(u"the disk is full"_s)) << status->text().toStdString();
    EXPECT_EQ(backupFolder(t.path()), QStringList());
    EXPECT_EQ(child<QTableWidget>(dialog, u"backupList"_s)->rowCount(), 0);

    // The folder cannot be made: a file already has its name (a mode would not stop root).
    const QString folder = QFileInfo(t.path()).absolutePath() + u"/backups"_s;
    ASSERT_TRUE(QDir(folder).removeRecursively());
    ASSERT_TRUE(writeFile(folder, "not a folder"));
    QTest::mouseClick(now, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(now->isEnabled(), 20000);
    EXPECT_TRUE(status->text().contains(u"is a file"_s)) << status->text().toStdString();
    grab(dialog, u"backups-error"_s);
    QFile::remove(folder);
    EXPECT_EQ(QDir(QFileInfo(t.path()).absolutePath())
                  .entryList({u"*.partial*"_s}, QDir::Files | QDir::Hidden),
        QStringList());
}

TEST(BackupsDialog, ClosingTheDialogOrTheWindowMidBackupLeavesWholeBackupsOnly)
{
    TempDatabase t;
    if (t->isServer())
        GTEST_SKIP() << "no backup folder beside a server database";
    fillDemo(t.db());
    const QString expected = tableDump(t.db());
    QString error;
    {
        // The dialog closes: the backup goes on under the window and ends whole.
        QWidget window;
        auto* dialog = new BackupsDialog(t.db(), &window);
        HeldBackup held;
        held.watch(*dialog);
        dialog->show();
        QTest::mouseClick(child<QPushButton>(*dialog, u"backupNow"_s), Qt::LeftButton);
        ASSERT_TRUE(held.runner);
        delete dialog;
        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(held.runner.isNull(), 20000);
        EXPECT_TRUE(held.waited.load());
    }
    QStringList files = backupFolder(t.path());
    ASSERT_EQ(files.size(), 1) << files.join(u' ').toStdString();
    EXPECT_TRUE(files.first().endsWith(u".sqlite"_s));
    const QString first = QFileInfo(t.path()).absolutePath() + u"/backups/"_s + files.first();
    EXPECT_EQ(backupDump(first, &error), expected) << error.toStdString();
    ASSERT_TRUE(QFile::remove(first));
    {
        // The window closes mid-backup: it waits for the copy, which is whole.
        auto window = std::make_unique<QWidget>();
        auto* dialog = new BackupsDialog(t.db(), window.get());
        HeldBackup held;
        held.watch(*dialog);
        dialog->show();
        QTest::mouseClick(child<QPushButton>(*dialog, u"backupNow"_s), Qt::LeftButton);
        ASSERT_TRUE(held.runner);
        held.release();
        window.reset();
        EXPECT_TRUE(held.runner.isNull());
    }
    files = backupFolder(t.path());
    ASSERT_EQ(files.size(), 1) << files.join(u' ').toStdString();
    EXPECT_TRUE(files.first().endsWith(u".sqlite"_s));
    EXPECT_EQ(
        backupDump(QFileInfo(t.path()).absolutePath() + u"/backups/"_s + files.first(), &error),
        expected)
        << error.toStdString();
}
