// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sharing screens driven offscreen: join, share with its preview, meeting mode with
// cards and reported figures, the overview's member selector.
#include "SharingFixture.h"
#include "analytics/DashboardWidget.h"
#include "circle/CircleService.h"
#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "sharing/CircleFigures.h"
#include "sharing/JoinCircleDialog.h"
#include "sharing/ShareDialog.h"
#include "sharing/SharingService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace outloud;
using namespace outloud::test;
using namespace outloud::sharing;
using namespace Qt::StringLiterals;

namespace {
template <typename T> T* child(QObject& parent, const QString& name)
{
    T* w = parent.findChild<T*>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

QString labelText(QWidget& parent, const QString& name)
{
    QLabel* l = child<QLabel>(parent, name);
    return l && l->isVisibleTo(&parent) ? l->text() : QString();
}

// Pictures for a human to look at, when asked for: OUTLOUD_GRAB_DIR=/tmp/x.
void grab(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("OUTLOUD_GRAB_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name + u".png"_s));
}

void selectMember(QListWidget* list, const QString& name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == name)
            list->setCurrentRow(i);
    }
}
} // namespace

class SharingUi : public CircleSimulation
{
protected:
    void SetUp() override
    {
        // For pictures in another language: OUTLOUD_GRAB_LANGUAGE=de (the checks expect English).
        if (const QString language = qEnvironmentVariable("OUTLOUD_GRAB_LANGUAGE");
            !language.isEmpty())
            i18n::installTranslations(language);
        CircleSimulation::SetUp();
        if (!HasFatalFailure())
            addWeekFour();
    }
};

TEST_F(SharingUi, MeetingModeShowsACardWithItsAgeAndTakesReportedFigures)
{
    share(bob);
    MeetingModeWidget meeting(alice.db(), alice.circleId);
    meeting.resize(1280, 800);
    meeting.show();
    meeting.setWeek(5);
    QListWidget* members = child<QListWidget>(meeting, u"memberList"_s);
    selectMember(members, u"Bob"_s);
    EXPECT_TRUE(labelText(meeting, u"numbersLabel"_s).startsWith(u"Given 3  ·  Received 1"_s))
        << labelText(meeting, u"numbersLabel"_s).toStdString();
    EXPECT_TRUE(labelText(meeting, u"numbersLabel"_s).contains(u"Kept 1 of 1"_s));
    const QString source = labelText(meeting, u"sharedSourceLabel"_s);
    EXPECT_TRUE(source.contains(u"From Bob's card, as of "_s + QLocale().dayName(Qt::Monday)))
        << source.toStdString();
    grab(meeting, u"meeting-card"_s);

    // Carol shares nothing: the facilitator types in what she says in the round.
    selectMember(members, u"Carol"_s);
    EXPECT_TRUE(labelText(meeting, u"numbersLabel"_s).startsWith(u"Given 0"_s));
    EXPECT_TRUE(labelText(meeting, u"sharedSourceLabel"_s).contains(u"No card from Carol"_s));
    QPushButton* report = child<QPushButton>(meeting, u"reportButton"_s);
    ASSERT_TRUE(report && report->isVisible());
    QTest::mouseClick(report, Qt::LeftButton);
    auto* dialog = meeting.findChild<QDialog*>(u"reportDialog"_s);
    ASSERT_TRUE(dialog);
    child<QSpinBox>(*dialog, u"reportedGiven"_s)->setValue(4);
    child<QSpinBox>(*dialog, u"reportedReceived"_s)->setValue(2);
    child<QSpinBox>(*dialog, u"reportedDue"_s)->setValue(1);
    child<QSpinBox>(*dialog, u"reportedKept"_s)->setValue(1);
    grab(*dialog, u"meeting-report-dialog"_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"saveReportedButton"_s), Qt::LeftButton);
    EXPECT_TRUE(labelText(meeting, u"numbersLabel"_s).startsWith(u"Given 4  ·  Received 2"_s))
        << labelText(meeting, u"numbersLabel"_s).toStdString();
    EXPECT_TRUE(labelText(meeting, u"sharedSourceLabel"_s).contains(u"Reported in the round"_s));
    const auto stored = SharingService(alice.db()).reported(alice.member(u"Carol"_s), 5);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->given, 4);
    grab(meeting, u"meeting-reported"_s);
    meeting.resize(1024, 768);
    grab(meeting, u"meeting-reported-1024"_s);
    // Alice herself: her own figures, no line about cards.
    selectMember(members, u"Alice"_s);
    EXPECT_TRUE(labelText(meeting, u"sharedSourceLabel"_s).isEmpty());
    EXPECT_FALSE(report->isVisible());
}

TEST_F(SharingUi, MeetingModeNamesSkippedFilesInTheFolder)
{
    share(bob);
    QFile conflict(QDir(folder.path())
                       .filePath(SharingService(bob.db()).memberUid(bob.meId)
                           + u".sync-conflict-1.outloud-card"_s));
    ASSERT_TRUE(conflict.open(QIODevice::WriteOnly));
    conflict.write("{}");
    conflict.close();
    MeetingModeWidget meeting(alice.db(), alice.circleId);
    meeting.show();
    meeting.setWeek(5);
    selectMember(child<QListWidget>(meeting, u"memberList"_s), u"Bob"_s);
    const QString notes = labelText(meeting, u"sharedFolderNotes"_s);
    EXPECT_TRUE(notes.contains(u"conflict copy"_s)) << notes.toStdString();
    EXPECT_TRUE(labelText(meeting, u"numbersLabel"_s).startsWith(u"Given 3"_s));
}

TEST_F(SharingUi, TheShareDialogShowsExactlyWhatIsWrittenAndNothingBeforeConsent)
{
    ShareDialog dialog(bob.db(), bob.circleId, bob.meId);
    dialog.show();
    child<QLineEdit>(dialog, u"shareFolderEdit"_s)->setText(folder.path());
    EXPECT_TRUE(QDir(folder.path()).isEmpty()) << "choosing a folder writes nothing";
    const QString withGoal = child<QPlainTextEdit>(dialog, u"cardPreview"_s)->toPlainText();
    EXPECT_TRUE(withGoal.contains(u"tide pools"_s));
    grab(dialog, u"share-dialog"_s);
    // By keyboard, as the dialog is meant to be used: Space switches a part off.
    for (const QString& name : {u"shareGoal"_s, u"shareHabit"_s}) {
        QCheckBox* box = child<QCheckBox>(dialog, name);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        EXPECT_FALSE(box->isChecked()) << name.toStdString();
    }
    const QString preview = child<QPlainTextEdit>(dialog, u"cardPreview"_s)->toPlainText();
    EXPECT_FALSE(preview.contains(u"tide pools"_s));
    EXPECT_FALSE(preview.contains(u"habitStrength"_s));
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog, u"shareButton"_s), Qt::LeftButton);
    EXPECT_EQ(QString::fromUtf8(fileBytes(cardPath(bob))), preview)
        << "the preview is the card, byte for byte";
    EXPECT_TRUE(labelText(dialog, u"shareStatus"_s).startsWith(u"Shared since"_s));
    EXPECT_EQ(SharingService(bob.db()).settings(bob.circleId).parts,
        CountsPart | StreakPart | CommitmentsPart);

    QTest::mouseClick(child<QPushButton>(dialog, u"stopSharingButton"_s), Qt::LeftButton);
    EXPECT_FALSE(QFile::exists(cardPath(bob)));
    EXPECT_FALSE(SharingService(bob.db()).settings(bob.circleId).isSharing());
    EXPECT_EQ(SharingService(bob.db()).settings(bob.circleId).folder, folder.path())
        << "still reading the others";
}

TEST_F(SharingUi, JoiningThroughTheDialogMakesMeTheChosenMember)
{
    TempDatabase dan;
    JoinCircleDialog dialog(dan.db(), invitation);
    dialog.show();
    EXPECT_EQ(labelText(dialog, u"joinCircleName"_s), u"Lisbon Circle"_s);
    QPushButton* join = child<QPushButton>(dialog, u"joinButton"_s);
    EXPECT_FALSE(join->isEnabled()) << "nobody chosen yet";
    QComboBox* me = child<QComboBox>(dialog, u"joinMeCombo"_s);
    me->setCurrentIndex(me->findText(u"Carol"_s));
    grab(dialog, u"join-dialog"_s);
    QTest::mouseClick(join, Qt::LeftButton);
    ASSERT_TRUE(dialog.outcome());
    EXPECT_EQ(dialog.outcome()->result, JoinOutcome::Result::Joined);
    CircleService circles(dan.db());
    EXPECT_EQ(circles.member(circles.meId(dialog.outcome()->circleId))->name, u"Carol"_s);
}

TEST_F(SharingUi, TheOverviewSelectorShowsTheAgeOfEachCard)
{
    share(bob);
    DashboardWidget overview(alice.db(), alice.circleId, alice.meId);
    overview.setToday(fixedNow().date());
    overview.resize(1280, 800);
    overview.show();
    QComboBox* selector = child<QComboBox>(overview, u"memberSelector"_s);
    QStringList items;
    for (int i = 0; i < selector->count(); ++i)
        items.append(selector->itemText(i));
    EXPECT_TRUE(items.contains(u"Bob · card "_s + asOfText(fixedNow().toUTC(), fixedNow())))
        << items.join(u" | "_s).toStdString();
    EXPECT_TRUE(items.contains(u"Carol"_s)) << "no card, no age";
    EXPECT_TRUE(labelText(overview, u"sharedCardNote"_s).isEmpty());
    overview.setMember(alice.member(u"Bob"_s));
    const QString note = labelText(overview, u"sharedCardNote"_s);
    EXPECT_TRUE(note.contains(u"From Bob's card"_s)) << note.toStdString();
    EXPECT_TRUE(note.contains(u"4 given, 1 received in all"_s)) << note.toStdString();
    EXPECT_TRUE(note.contains(u"tide pools"_s));
    grab(overview, u"overview-card"_s);
}

TEST_F(SharingUi, OpeningAnInvitationInTheWindowJoinsAndShowsTheCircle)
{
    QTemporaryDir home;
    const QString path = home.filePath(u"lisbon.outloud-invitation"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(invitationToJson(invitation));
    }
    // Dan's laptop has no database yet: opening the invitation starts one.
    const QString database = home.filePath(u"dan.sqlite"_s);
    MainWindow window(database);
    window.show();
    window.joinCircle(path);
    auto* dialog = window.findChild<JoinCircleDialog*>(u"joinCircleDialog"_s);
    ASSERT_TRUE(dialog);
    QComboBox* me = child<QComboBox>(*dialog, u"joinMeCombo"_s);
    me->setCurrentIndex(me->findText(u"Bob"_s));
    QTest::mouseClick(child<QPushButton>(*dialog, u"joinButton"_s), Qt::LeftButton);
    ASSERT_TRUE(window.database());
    CircleService circles(*window.database());
    EXPECT_EQ(window.circleId(), circles.circleIdByName(u"Lisbon Circle"_s));
    EXPECT_EQ(circles.member(circles.meId(window.circleId()))->name, u"Bob"_s);
    EXPECT_TRUE(window.windowTitle().startsWith(u"Lisbon Circle"_s))
        << window.windowTitle().toStdString();
    for (const QString& name : {u"inviteAction"_s, u"shareAction"_s})
        EXPECT_TRUE(child<QAction>(window, name)->isEnabled()) << name.toStdString();
}

TEST_F(SharingUi, ABrokenInvitationOpenedInTheWindowSaysWhyAndChangesNothing)
{
    QTemporaryDir home;
    const QString path = home.filePath(u"cut.outloud-invitation"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(invitationToJson(invitation).left(120));
    }
    MainWindow window(bob.t.path());
    const int circlesBefore = scalar(bob.db(), u"SELECT count(*) FROM circle"_s).toInt();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.joinCircle(path);
    EXPECT_TRUE(MessageBox::lastText().contains(u"incomplete or damaged"_s))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(window.findChild<JoinCircleDialog*>(), nullptr);
    EXPECT_EQ(scalar(*window.database(), u"SELECT count(*) FROM circle"_s).toInt(), circlesBefore);
}
