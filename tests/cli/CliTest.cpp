// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user types it: the real binary, no display.
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST(Cli, VersionAndHelpNeedNoDisplay)
{
    qunsetenv("DISPLAY");
    const auto version = runProcess(outloudBinary(), {u"--version"_s});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.contains(QStringLiteral(OUTLOUD_VERSION))) << version.out.toStdString();
    const auto help = runProcess(outloudBinary(), {u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"--database"_s));
    EXPECT_TRUE(help.out.contains(u"demo"_s));
    const auto demoHelp = runProcess(outloudBinary(), {u"demo"_s, u"--help"_s});
    EXPECT_EQ(demoHelp.exitCode, 0);
    EXPECT_TRUE(demoHelp.out.contains(u"--scale"_s)) << demoHelp.out.toStdString();
}

TEST(Cli, UnknownCommandsAndOptionsFailClearly)
{
    const auto r = runProcess(outloudBinary(), {u"frobnicate"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"frobnicate"_s)) << r.err.toStdString();
    const auto bad = runProcess(
        outloudBinary(), {u"demo"_s, u"--scale"_s, u"huge"_s, u"--database"_s, u"/tmp/x"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"huge"_s));
}

TEST(Cli, DemoWritesADatabaseAndNeverOverwrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const auto r
        = runProcess(outloudBinary(), {u"demo"_s, u"--database"_s, path, u"--seed"_s, u"5"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"5 members"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"1 circle,"_s)) << "not '1 circles': " << r.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    const QByteArray before = fileBytes(path);
    const auto again = runProcess(outloudBinary(), {u"demo"_s, u"--database"_s, path});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"already exists"_s)) << again.err.toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Cli, DemoNeedsADatabasePath)
{
    const auto r = runProcess(outloudBinary(), {u"demo"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--database"_s));
}

// A mistyped command (or one this version does not have yet) on a machine without a display:
// a plain message listing the commands, not Qt's platform-plugin abort.
TEST(Cli, UnknownCommandWithoutDisplayListsTheCommands)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    for (const QStringList& args :
        {QStringList {u"remind"_s}, QStringList {u"exprot"_s, u"--week"_s, u"3"_s},
            QStringList {u"--database"_s, u"/tmp/none.sqlite"_s, u"remind"_s}}) {
        const auto r = runProcess(outloudBinary(), args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"unknown command"_s)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"export-data"_s) && r.err.contains(u"calendar"_s))
            << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(u"platform plugin"_s)) << r.err.toStdString();
    }
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
}
