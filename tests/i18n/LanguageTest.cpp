// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is compiled in, follows the setting, the system locale and
// --language, and reaches every layer (core errors, the command line, Qt's own texts).
#include "i18n/Language.h"

#include "TestSupport.h"
#include "circle/CircleService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace outloud;

namespace {

QString tr(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

// Leaves English and the C locale behind, whatever a test switched to.
class LanguageTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        i18n::installTranslations(u"en"_s);
        QLocale::setDefault(QLocale::c());
    }
};

// Runs the built outloud with a clean language environment and its own settings folder.
test::ProcessResult runOutloud(
    const QStringList& arguments, const QString& lang, const QString& configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LANG"_s, lang);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::outloudBinary(), arguments);
    test::ProcessResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const auto EnglishCommands = u"Commands (each takes --help):"_s;
const auto GermanCommands = u"Befehle (jeder kennt --help):"_s;

} // namespace

TEST_F(LanguageTest, GermanIsCompiledInAndSwitchesBack)
{
    EXPECT_EQ(i18n::currentLanguage(), u"en"_s);
    EXPECT_EQ(i18n::installTranslations(u"de"_s), u"de"_s);
    EXPECT_EQ(i18n::currentLanguage(), u"de"_s);
    EXPECT_EQ(tr("outloud::WelcomePage", "Welcome to Outloud"), u"Willkommen bei Outloud"_s);
    EXPECT_EQ(tr("outloud::cli", "Commands (each takes --help):"), GermanCommands);
    EXPECT_EQ(QLocale().language(), QLocale::German);

    EXPECT_EQ(i18n::installTranslations(u"en"_s), u"en"_s);
    EXPECT_EQ(i18n::currentLanguage(), u"en"_s);
    EXPECT_EQ(tr("outloud::WelcomePage", "Welcome to Outloud"), u"Welcome to Outloud"_s);
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

// "1 people" was English without plural forms: they come from outloud_en.qm.
TEST_F(LanguageTest, EnglishCountsSayOnePersonAndTwoPeople)
{
    EXPECT_EQ(i18n::installTranslations(u"en"_s), u"en"_s);
    const char* context = "outloud::RelationshipsPage";
    EXPECT_EQ(QCoreApplication::translate(context, "%n people", nullptr, 1), u"1 person"_s);
    EXPECT_EQ(QCoreApplication::translate(context, "%n people", nullptr, 2), u"2 people"_s);
    EXPECT_EQ(
        QCoreApplication::translate("outloud::ContributionsPage", "%n contributions", nullptr, 1),
        u"1 contribution"_s);
    i18n::installTranslations(u"de"_s);
    EXPECT_EQ(QCoreApplication::translate(context, "%n people", nullptr, 1), u"1 Person"_s);
    i18n::installTranslations(u"en"_s);
}

TEST_F(LanguageTest, NumbersAndDatesFollowTheLanguage)
{
    i18n::installTranslations(u"de"_s);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
    EXPECT_EQ(QLocale().toString(QDate(2026, 3, 2), u"d. MMMM yyyy"_s), u"2. März 2026"_s);
    EXPECT_EQ(QLocale().dayName(1), u"Montag"_s);
}

TEST_F(LanguageTest, CoreErrorsAreTranslatedInServiceMembers)
{
    // Member functions of CircleService and friends translate in their class's context,
    // the one lupdate files them under; this fails if the two drift apart.
    test::TempDatabase db;
    i18n::installTranslations(u"de"_s);
    CircleService circles(db.db());
    Circle circle;
    circle.name = u"Circle"_s;
    circle.startDate = QDate(2026, 3, 2);
    QString error;
    EXPECT_EQ(circles.createCircle(circle, {u"Ana"_s, u"  "_s}, 0, 0, &error), -1);
    EXPECT_EQ(error, tr("outloud::CircleService", "Every member needs a name."));
    EXPECT_NE(error, u"Every member needs a name."_s);

    // A free function's message, in the shared "outloud" context.
    circle.name.clear();
    EXPECT_EQ(circles.createCircle(circle, {u"Ana"_s}, 0, 0, &error), -1);
    EXPECT_NE(error, u"The circle needs a name."_s);
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(LanguageTest, QtsOwnTextsFollowWhenInstalled)
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    if (!QFile::exists(qtbase))
        GTEST_SKIP() << "qt6-translations-l10n is not installed";
    i18n::installTranslations(u"de"_s);
    EXPECT_NE(tr("QCommandLineParser", "Displays version information."),
        u"Displays version information."_s);
}

TEST_F(LanguageTest, SystemChoiceTakesThePreferredLanguageWeSpeak)
{
    // Only "system" depends on the machine; fixed choices never do.
    EXPECT_EQ(i18n::resolveLanguage(u"de"_s), u"de"_s);
    EXPECT_EQ(i18n::resolveLanguage(u"en"_s), u"en"_s);
    EXPECT_EQ(i18n::resolveLanguage(u"fr"_s), u"en"_s);
    EXPECT_TRUE(i18n::isLanguageChoice(u"system"_s));
    EXPECT_FALSE(i18n::isLanguageChoice(u"fr"_s));
    EXPECT_EQ(i18n::localeFor(u"de"_s).language(), QLocale::German);
}

TEST_F(LanguageTest, SettingIsStoredInTheConfigFolder)
{
    QTemporaryDir config;
    ASSERT_TRUE(config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    EXPECT_EQ(i18n::languageSetting(), u"system"_s);
    i18n::setLanguageSetting(u"de"_s);
    EXPECT_EQ(i18n::languageSetting(), u"de"_s);
    const QByteArray file = test::fileBytes(config.filePath(u"outloud/outloud.conf"_s));
    EXPECT_TRUE(file.contains("language=de")) << file.toStdString();
}

TEST_F(LanguageTest, CommandLineFollowsSystemLocale)
{
    QTemporaryDir config;
    const test::ProcessResult german = runOutloud({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
    EXPECT_EQ(german.exitCode, 0) << german.err.toStdString();
    EXPECT_TRUE(german.out.contains(GermanCommands)) << german.out.toStdString();

    const test::ProcessResult english = runOutloud({u"--help"_s}, u"C"_s, config.path());
    EXPECT_TRUE(english.out.contains(EnglishCommands)) << english.out.toStdString();

    // Subcommands speak the same language.
    const test::ProcessResult demo
        = runOutloud({u"demo"_s, u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
    EXPECT_EQ(demo.exitCode, 0);
    EXPECT_TRUE(demo.out.contains(u"Schreibt eine realistische, reproduzierbare Demo-Datenbank."_s))
        << demo.out.toStdString();
    EXPECT_FALSE(demo.out.contains(u"Writes a realistic, reproducible demo database."_s))
        << demo.out.toStdString();
}

TEST_F(LanguageTest, LanguageOptionAndSettingOverrideTheSystem)
{
    QTemporaryDir config;
    const test::ProcessResult forced
        = runOutloud({u"--language"_s, u"de"_s, u"--help"_s}, u"C"_s, config.path());
    EXPECT_TRUE(forced.out.contains(GermanCommands)) << forced.out.toStdString();
    const test::ProcessResult english
        = runOutloud({u"--language=en"_s, u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
    EXPECT_TRUE(english.out.contains(EnglishCommands)) << english.out.toStdString();

    QDir(config.path()).mkpath(u"outloud"_s);
    QFile settings(config.filePath(u"outloud/outloud.conf"_s));
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write("[General]\nlanguage=de\n");
    settings.close();
    const test::ProcessResult fromSetting = runOutloud({u"--help"_s}, u"C"_s, config.path());
    EXPECT_TRUE(fromSetting.out.contains(GermanCommands)) << fromSetting.out.toStdString();

    const test::ProcessResult unknown
        = runOutloud({u"--language"_s, u"fr"_s, u"--database"_s, u"/nonexistent/x.sqlite"_s},
            u"C"_s, config.path());
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"'fr'"_s)) << unknown.err.toStdString();
}
