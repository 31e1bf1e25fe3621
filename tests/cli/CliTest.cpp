// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user types it: the real binary, no display.
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
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

TEST(Cli, ADemoKilledMidwayLeavesNothingAndTheNextOneSucceeds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    QProcess demo;
    demo.start(outloudBinary(), {u"demo"_s, u"--database"_s, path, u"--scale"_s, u"large"_s});
    ASSERT_TRUE(demo.waitForStarted());
    // Wait until it is writing people and contributions, then kill it without warning.
    const auto partial = [&dir] {
        qint64 bytes = 0;
        for (const QFileInfo& f : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden))
            bytes += f.size();
        return bytes;
    };
    while (partial() < 512 * 1024 && demo.state() == QProcess::Running)
        QThread::msleep(20);
    ASSERT_EQ(demo.state(), QProcess::Running) << "the demo finished before it could be killed";
    ::kill(pid_t(demo.processId()), SIGKILL);
    demo.waitForFinished();
    EXPECT_FALSE(QFileInfo::exists(path)) << "no half-made database under the user's name";

    const auto again = runProcess(outloudBinary(), {u"demo"_s, u"--database"_s, path});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"demo.sqlite"_s})
        << "the killed demo's temporary files are gone";
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM circle"_s).toInt(), 1);
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
        {QStringList {u"remindme"_s}, QStringList {u"exprot"_s, u"--week"_s, u"3"_s},
            QStringList {u"--database"_s, u"/tmp/none.sqlite"_s, u"remindme"_s}}) {
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
