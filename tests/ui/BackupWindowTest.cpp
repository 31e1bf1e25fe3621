// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Backups from the window: a restore runs on its own thread and connection, and the
// window shows what it restored.
#include "../io/IoTestUtil.h"
#include "WorkspaceFixture.h"
#include "common/MessageBox.h"
#include "io/BackupRunner.h"
#include "io/BackupsDialog.h"
#include "people/PeopleService.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "undo/Editor.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>
#include <QUndoStack>
#include <atomic>

using namespace outloud;
using namespace outloud::test;

namespace {
QStringList names(RelationshipModel* model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, RelationshipModel::Name).data().toString());
    return result;
}
} // namespace

TEST_F(Workspace, RestoringABackupShowsTheRestoredListAndClearsTheUndoHistory)
{
    // The daily backup first, so that the one made here is the newest.
    const QDir backups(QFileInfo(db().path()).absolutePath() + u"/backups"_s);
    QTRY_COMPARE_WITH_TIMEOUT(backups.entryList({u"*.sqlite"_s}, QDir::Files).size(), 1, 20000);
    window->showPage(MainWindow::RelationshipsPageIndex);
    RelationshipModel* model = window->relationshipsPage()->model();
    const qint64 id = model->idAt(0);
    const QString name = model->index(0, RelationshipModel::Name).data().toString();

    action(u"backupsAction"_s)->trigger();
    auto* dialog = window->findChild<BackupsDialog*>();
    ASSERT_TRUE(dialog);
    auto* list = dialog->findChild<QTableWidget*>(u"backupList"_s);
    const int before = list->rowCount();
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"backupNow"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), before + 1, 20000);
    const QString atBackup = tableDump(db());

    // An edit after the backup, as one undo step; the list shows it.
    std::optional<Person> person = PeopleService(db()).person(id);
    ASSERT_TRUE(person);
    person->name = u"Renamed after the backup"_s;
    QString error;
    ASSERT_TRUE(window->editor()->updatePerson(*person, &error)) << error.toStdString();
    QTRY_VERIFY(names(model).contains(u"Renamed after the backup"_s));
    ASSERT_TRUE(window->editor()->undoStack()->canUndo());

    // The restore's worker waits until the progress dialog has shown (a bounded wait).
    QSemaphore go;
    std::atomic<bool> onWorker {false};
    QObject::connect(dialog, &BackupsDialog::taskStarted, [&](BackupRunner* runner) {
        runner->setBeforeTask([&] {
            onWorker = QThread::currentThread() != qApp->thread();
            go.tryAcquire(1, 20000);
        });
    });
    list->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy restored(dialog, &BackupsDialog::restored);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"restoreBackup"_s), Qt::LeftButton);
    // While it runs the dialog stays and takes no other work (a restore cannot stop halfway),
    // and a window-modal progress without Cancel keeps edits out of the window.
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(u"backupNow"_s)->isEnabled());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(u"restoreBackup"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->progressDialog() && dialog->progressDialog()->isVisible(), 10000);
    QProgressDialog* progress = dialog->progressDialog();
    EXPECT_EQ(progress->windowModality(), Qt::WindowModal);
    EXPECT_TRUE(progress->findChildren<QPushButton*>().isEmpty()) << "no Cancel";
    EXPECT_TRUE(progress->labelText().startsWith(u"Restoring the backup made"_s));
    EXPECT_TRUE(restored.isEmpty());
    if (const QString grabs = qEnvironmentVariable("OUTLOUD_GRAB_DIR"); !grabs.isEmpty()) {
        window->grab().save(grabs + u"/restore-working-window.png"_s);
        progress->grab().save(grabs + u"/restore-working.png"_s);
    }
    go.release();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
    EXPECT_TRUE(onWorker.load());
    EXPECT_TRUE(dialog->findChild<QLabel*>(u"status"_s)->text().startsWith(u"Restored"_s));
    EXPECT_EQ(dialog->progressDialog(), nullptr);
    EXPECT_EQ(tableDump(db()), atBackup);
    // The window shows the restored list, and the edit it replaced is not undoable.
    QTRY_VERIFY(names(model).contains(name));
    EXPECT_FALSE(names(model).contains(u"Renamed after the backup"_s));
    EXPECT_FALSE(window->editor()->undoStack()->canUndo());
    EXPECT_EQ(window->editor()->undoStack()->count(), 0);
    dialog->reject();
    QTRY_VERIFY(!window->findChild<BackupsDialog*>());
}
