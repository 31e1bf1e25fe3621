// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud export --week N [--member NAME] [--circle NAME] --output FILE.pdf [--database PATH]
//                [--page-size a4|letter] [--circle-summary] [--language system|en|de]
#include "CommandLine.h"
#include "Commands.h"
#include "LanguageOption.h"
#include "circle/CircleService.h"
#include "i18n/Language.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
int failWith(const QString& message, int code = 1)
{
    err(u"outloud export: "_s + message);
    return code;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted << u'"' + n + u'"';
    return quoted.join(u", "_s);
}
} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the weekly summary of a member (or of the whole circle) as a PDF file."));
    const QCommandLineOption week(
        u"week"_s, tr("The week of the circle to summarize (required)."), u"N"_s);
    const QCommandLineOption member(u"member"_s, tr("Whose week (default: me)."), tr("name"));
    const QCommandLineOption circle(
        u"circle"_s, tr("Which circle, where the file holds several (default: mine)."), tr("name"));
    const QCommandLineOption output(
        u"output"_s, tr("The PDF file to write (required)."), tr("file"));
    const QCommandLineOption pageSize(u"page-size"_s,
        tr("Paper size (default: the locale's, Letter in the US and Canada)."), u"a4|letter"_s);
    const QCommandLineOption circleSummary(u"circle-summary"_s,
        tr("The facilitator's summary: attendance and every member's numbers."));
    parser.addOptions({week, member, circle, output, pageSize, circleSummary, databaseOption(),
        languageOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    // The summary's words and dates in the language asked for, as the window's --language.
    if (parser.isSet(u"language"_s)) {
        const QString language = parser.value(u"language"_s);
        if (!i18n::isLanguageChoice(language))
            return failWith(tr("--language is one of %1, not '%2'.")
                                .arg(i18n::languageChoices().join(u", "_s), language),
                2);
        i18n::installTranslations(language);
    }

    if (!parser.positionalArguments().isEmpty())
        return failWith(
            tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()), 2);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return failWith(tr("--output FILE.pdf is required."), 2);
    if (!parser.isSet(week))
        return failWith(tr("--week N is required."), 2);
    bool ok = false;
    const int weekNumber = parser.value(week).toInt(&ok);
    if (!ok)
        return failWith(tr("--week takes a week number, not '%1'.").arg(parser.value(week)), 2);
    QPageSize::PageSizeId paper = summarypdf::localePageSize();
    if (parser.isSet(pageSize)) {
        paper = summarypdf::parsePageSize(parser.value(pageSize));
        if (paper == QPageSize::Custom)
            return failWith(
                tr("--page-size is a4 or letter, not '%1'.").arg(parser.value(pageSize)), 2);
    }
    if (parser.isSet(circleSummary) && parser.isSet(member))
        return failWith(tr("--circle-summary covers every member; leave out --member."), 2);

    QElapsedTimer timer;
    timer.start();
    const QString path = databasePath(parser);
    const QString target = parser.value(output);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return failWith(
            tr("the output would replace the database %1.").arg(QDir::toNativeSeparators(path)));
    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error, Database::OpenMode::MustExist);
    if (!db)
        return failWith(error);

    CircleService circles(*db);
    qint64 circleId = -1;
    if (parser.isSet(circle)) {
        circleId = circles.circleIdByName(parser.value(circle));
        if (circleId < 0) {
            QStringList names;
            for (const Circle& c : circles.circles())
                names << c.name;
            return failWith(
                tr("there is no circle called \"%1\" in %2. Circles: %3.")
                    .arg(parser.value(circle), QDir::toNativeSeparators(path), quotedList(names)));
        }
    } else {
        circleId = circles.defaultCircleId();
        if (circleId < 0)
            return failWith(tr("%1 holds no circle yet.").arg(QDir::toNativeSeparators(path)));
    }

    SummaryBuilder builder(*db);
    int pages = 0;
    QString who;
    if (parser.isSet(circleSummary)) {
        const std::optional<CircleWeekSummary> summary
            = builder.circleWeek(circleId, weekNumber, &error);
        if (!summary || !summarypdf::writeCircle(*summary, target, paper, &error, &pages))
            return failWith(error);
        who = tr("the circle \"%1\"").arg(summary->circleName);
    } else {
        qint64 memberId = -1;
        if (parser.isSet(member)) {
            memberId = circles.memberIdByName(circleId, parser.value(member));
        } else {
            memberId = circles.meId(circleId);
        }
        if (memberId < 0) {
            QStringList names;
            for (const Member& m : circles.members(circleId))
                names << m.name;
            const QString circleName = circles.circle(circleId)->name;
            if (!parser.isSet(member))
                return failWith(tr("nobody in the circle \"%1\" is marked as me; choose one with "
                                   "--member. Members: %2.")
                                    .arg(circleName, quotedList(names)));
            return failWith(
                tr("there is no member called \"%1\" in the circle \"%2\". Members: %3.")
                    .arg(parser.value(member), circleName, quotedList(names)));
        }
        const std::optional<MemberWeekSummary> summary
            = builder.memberWeek(memberId, weekNumber, &error);
        if (!summary || !summarypdf::writeMember(*summary, target, paper, &error, &pages))
            return failWith(error);
        who = summary->memberName;
    }
    out(tr("Wrote %1: week %2 for %3, %n page(s) (%4 s).", nullptr, pages)
            .arg(QDir::toNativeSeparators(target), QString::number(weekNumber), who,
                QString::number(double(timer.elapsed()) / 1000.0, 'f', 2)));
    return 0;
}

} // namespace outloud::cli
