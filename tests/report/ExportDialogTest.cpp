// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog driven as a user would, offscreen.
#include "ReportFixture.h"
#include "report/ExportSummaryDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
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

    // A folder that does not exist: the message shows, the dialog stays.
    path->clear();
    QTest::keyClicks(path, t.dir() + u"/missing/out.pdf"_s);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"missing"_s)) << error->text().toStdString();

    selectData(week, 5);
    selectData(member, f.carlId);
    auto* paper = dialog.findChild<QComboBox*>(u"pageSizeCombo"_s);
    ASSERT_TRUE(paper);
    selectData(paper, int(QPageSize::Letter));
    const QString target = t.dir() + u"/carl week 5.pdf"_s;
    path->clear();
    QTest::keyClicks(path, target);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
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
