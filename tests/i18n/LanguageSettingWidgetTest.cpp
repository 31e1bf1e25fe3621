// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/LanguageSettingWidget.h"

#include "TestSupport.h"
#include "i18n/Language.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace outloud;

TEST(LanguageSettingWidget, StoresTheChoiceAndSaysWhenItApplies)
{
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());

    LanguageSettingWidget widget;
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    auto* combo = widget.findChild<QComboBox*>(u"languageCombo"_s);
    auto* note = widget.findChild<QLabel*>(u"languageNote"_s);
    ASSERT_TRUE(combo);
    ASSERT_TRUE(note);
    EXPECT_EQ(widget.choice(), u"system"_s);
    EXPECT_EQ(combo->currentText(), u"Same as the system"_s);
    EXPECT_FALSE(note->isVisible());

    QSignalSpy chosen(&widget, &LanguageSettingWidget::languageChosen);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End); // the last entry, Deutsch
    EXPECT_EQ(combo->currentText(), u"Deutsch"_s);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), u"de"_s);
    EXPECT_EQ(i18n::languageSetting(), u"de"_s);
    EXPECT_TRUE(QFile(config.filePath(u"outloud/outloud.conf"_s)).exists());
    EXPECT_TRUE(note->isVisible());

    // Back to the language Outloud started in: nothing to wait for.
    QTest::keyClick(combo, Qt::Key_Home);
    EXPECT_EQ(i18n::languageSetting(), u"system"_s);
    EXPECT_FALSE(note->isVisible());

    // A new widget shows what is stored.
    i18n::setLanguageSetting(u"en"_s);
    LanguageSettingWidget again;
    EXPECT_EQ(again.findChild<QComboBox*>(u"languageCombo"_s)->currentText(), u"English"_s);
}
