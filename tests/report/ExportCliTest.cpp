// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `outloud export` as a user types it: the real binary, no display.
#include "ReportFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct CliFixture
{
    CliFixture()
        : fixture(t.db())
    {
        // The command must not need a display or a chosen platform.
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
    ~CliFixture() { qputenv("QT_QPA_PLATFORM", "offscreen"); }
    ProcessResult run(QStringList args) const
    {
        args.prepend(u"export"_s);
        return runProcess(outloudBinary(), args);
    }
    QString out(const QString& name) const { return t.dir() + u'/' + name; }
    // Nothing but the files the test made: no half-written or temporary file left over.
    QStringList strayFiles() const
    {
        QStringList names = QDir(t.dir()).entryList(QDir::Files);
        names.removeIf([](const QString& n) { return n.startsWith(u"outloud.sqlite"_s); });
        return names;
    }

    TempDatabase t;
    ReportFixture fixture;
};
} // namespace

TEST(ExportCli, WritesAMembersWeekWithoutADisplay)
{
    CliFixture c;
    qunsetenv("QT_QPA_PLATFORM");
    const QString pdf = c.out(u"ann.pdf"_s);
    const auto r = c.run({u"--week"_s, u"3"_s, u"--output"_s, pdf, u"--database"_s, c.t.path(),
        u"--page-size"_s, u"letter"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // "1 page", "2 pages": never "page(s)".
    EXPECT_TRUE(QRegularExpression(u", (1 page|[2-9] pages) \\("_s).match(r.out).hasMatch())
        << r.out.toStdString();
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(ReportFixture::AnnName)); // "me" without --member
    EXPECT_TRUE(text.contains(ReportFixture::Goal));
    EXPECT_TRUE(pdfInfo(pdf).value(u"Page size"_s).contains(u"612 x 792"_s));
}

TEST(ExportCli, ChoosesMemberCircleAndCircleSummary)
{
    CliFixture c;
    const QString carl = c.out(u"carl.pdf"_s);
    auto r = c.run(
        {u"--week"_s, u"3"_s, u"--member"_s, u"carl weber"_s, u"--circle"_s, u"Thursday Circle"_s,
            u"--output"_s, carl, u"--database"_s, c.t.path(), u"--page-size"_s, u"a4"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfText(carl).contains(u"Carl Weber · Thursday Circle"_s));
    EXPECT_TRUE(pdfInfo(carl).value(u"Page size"_s).contains(u"(A4)"_s));
    const QString circle = c.out(u"circle.pdf"_s);
    r = c.run({u"--week"_s, u"3"_s, u"--circle-summary"_s, u"--output"_s, circle, u"--database"_s,
        c.t.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfText(circle).contains(u"Dora Quist"_s));
}

TEST(ExportCli, UnknownWeekMemberOrCircleFailClearlyAndKeepTheTarget)
{
    CliFixture c;
    const QString pdf = c.out(u"keep.pdf"_s);
    {
        QFile old(pdf);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    auto r = c.run({u"--week"_s, u"13"_s, u"--output"_s, pdf, u"--database"_s, c.t.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"Week 13"_s)) << r.err.toStdString();
    r = c.run({u"--week"_s, u"3"_s, u"--member"_s, u"Zed"_s, u"--output"_s, pdf, u"--database"_s,
        c.t.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"\"Zed\""_s) && r.err.contains(u"Carl Weber"_s))
        << r.err.toStdString();
    r = c.run({u"--week"_s, u"3"_s, u"--circle"_s, u"Nope"_s, u"--output"_s, pdf, u"--database"_s,
        c.t.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"\"Nope\""_s)) << r.err.toStdString();
    EXPECT_EQ(fileBytes(pdf), QByteArray("old contents"));
    EXPECT_EQ(c.strayFiles(), QStringList {u"keep.pdf"_s});
}

TEST(ExportCli, MissingOrForeignDatabasesAreRefused)
{
    CliFixture c;
    const QString pdf = c.out(u"x.pdf"_s);
    auto r = c.run(
        {u"--week"_s, u"3"_s, u"--output"_s, pdf, u"--database"_s, c.out(u"missing.sqlite"_s)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(c.out(u"missing.sqlite"_s)));

    const QString text = c.out(u"notes.txt"_s);
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("just some notes, not a database\n");
    }
    r = c.run({u"--week"_s, u"3"_s, u"--output"_s, pdf, u"--database"_s, text});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"not an Outloud database"_s)) << r.err.toStdString();

    const QString foreign = c.out(u"foreign.sqlite"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        other.setDatabaseName(foreign);
        ASSERT_TRUE(other.open());
        QSqlQuery(u"CREATE TABLE recipes (name TEXT)"_s, other);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = fileBytes(foreign);
    r = c.run({u"--week"_s, u"3"_s, u"--output"_s, pdf, u"--database"_s, foreign});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"another program"_s)) << r.err.toStdString();
    EXPECT_EQ(fileBytes(foreign), before);
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST(ExportCli, UnwritablePathsAndBadUsage)
{
    CliFixture c;
    auto r = c.run({u"--week"_s, u"3"_s, u"--output"_s, c.out(u"no/such/dir/x.pdf"_s),
        u"--database"_s, c.t.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"Could not write"_s) && r.err.contains(u"no/such/dir"_s))
        << r.err.toStdString();
    r = c.run({u"--week"_s, u"3"_s, u"--output"_s, c.t.path(), u"--database"_s, c.t.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"replace the database"_s)) << r.err.toStdString();

    r = c.run({u"--output"_s, c.out(u"x.pdf"_s), u"--database"_s, c.t.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--week"_s));
    r = c.run(
        {u"--week"_s, u"three"_s, u"--output"_s, c.out(u"x.pdf"_s), u"--database"_s, c.t.path()});
    EXPECT_EQ(r.exitCode, 2);
    r = c.run({u"--week"_s, u"3"_s, u"--database"_s, c.t.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--output"_s));
    r = c.run(
        {u"--week"_s, u"3"_s, u"--output"_s, c.out(u"x.pdf"_s), u"--page-size"_s, u"legal"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"legal"_s));
    EXPECT_TRUE(c.strayFiles().isEmpty()) << c.strayFiles().join(u", "_s).toStdString();
    const auto help = c.run({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"--circle-summary"_s));
}

TEST(ExportCli, PaperFollowsTheLocaleUnlessChosen)
{
    CliFixture c;
    const QByteArray saved = qgetenv("LC_ALL");
    auto pageSize = [&](const QByteArray& locale, const QStringList& extra) {
        qputenv("LC_ALL", locale);
        const QString pdf = c.out(QString::fromLatin1(locale) + u".pdf"_s);
        const auto r = c.run(
            QStringList {u"--week"_s, u"3"_s, u"--output"_s, pdf, u"--database"_s, c.t.path()}
            + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return pdfInfo(pdf).value(u"Page size"_s);
    };
    EXPECT_TRUE(pageSize("en_US.UTF-8", {}).contains(u"612 x 792"_s));
    EXPECT_TRUE(pageSize("fr_CA.UTF-8", {}).contains(u"612 x 792"_s));
    EXPECT_TRUE(pageSize("de_DE.UTF-8", {}).contains(u"(A4)"_s));
    EXPECT_TRUE(pageSize("en_GB.UTF-8", {u"--page-size"_s, u"letter"_s}).contains(u"612 x 792"_s));
    if (saved.isNull())
        qunsetenv("LC_ALL");
    else
        qputenv("LC_ALL", saved);
}

// The window takes --language; so does the summary a member takes home.
TEST(ExportCli, WritesTheSummaryInTheLanguageAskedFor)
{
    CliFixture c;
    const QString pdf = c.out(u"de.pdf"_s);
    const auto r = c.run({u"--week"_s, u"3"_s, u"--output"_s, pdf, u"--database"_s, c.t.path(),
        u"--language"_s, u"de"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(u"Woche 3 von"_s)) << pdfText(pdf).toStdString();
    EXPECT_TRUE(QRegularExpression(u", (1 Seite|[2-9] Seiten) \\("_s).match(r.out).hasMatch())
        << r.out.toStdString();
    const auto bad = c.run({u"--week"_s, u"3"_s, u"--output"_s, c.out(u"fr.pdf"_s), u"--database"_s,
        c.t.path(), u"--language"_s, u"fr"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"'fr'"_s)) << bad.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(c.out(u"fr.pdf"_s)));
}
