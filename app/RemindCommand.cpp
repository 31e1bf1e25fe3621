// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud remind [--database PATH] [--circle NAME] [--notify] [--now YYYY-MM-DDTHH:MM]
#include "CommandLine.h"
#include "Commands.h"
#include "circle/CircleService.h"
#include "nudge/Notifier.h"
#include "nudge/WeeklyNudge.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
// How long `--notify` waits for a click before it gives up and exits.
constexpr int ClickWaitMs = 10 * 60 * 1000;

void notifyAndWait(const QString& title, const QString& text, const QString& databaseArgument)
{
    FreedesktopNotifier notifier;
    if (!FreedesktopNotifier::isAvailable() || !notifier.notify(title, text)) {
        err(tr("outloud remind: no desktop notification service is running."));
        return;
    }
    QEventLoop loop;
    bool clicked = false;
    QObject::connect(&notifier, &Notifier::clicked, &loop, [&] {
        clicked = true;
        loop.quit();
    });
    QObject::connect(&notifier, &Notifier::closed, &loop, &QEventLoop::quit);
    QTimer::singleShot(ClickWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (clicked) {
        QStringList arguments {u"--page"_s, u"overview"_s};
        if (!databaseArgument.isEmpty())
            arguments << u"--database"_s << databaseArgument;
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    }
}
} // namespace

int runRemind(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints where your week stands: contributions against your weekly target, who is due "
           "and the next meeting.\nExit code: 0 when the weekly target is met, 1 when not yet, "
           "2 on an error."));
    QCommandLineOption circleOption(
        u"circle"_s, tr("The circle's name (default: your circle)."), tr("name"));
    QCommandLineOption notifyOption(
        u"notify"_s, tr("Also show it as a desktop notification; clicking it opens Outloud."));
    QCommandLineOption nowOption(
        u"now"_s, tr("Tell it as of this moment instead of now."), tr("YYYY-MM-DDTHH:MM"));
    parser.addOptions({databaseOption(), circleOption, notifyOption, nowOption});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code == 0 ? 0 : 2;
    QDateTime now = QDateTime::currentDateTime();
    if (parser.isSet(nowOption)) {
        now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
        if (!now.isValid()) {
            err(tr("outloud remind: --now takes a date and time like 2026-03-16T09:00."));
            return 2;
        }
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(databasePath(parser), &error, Database::OpenMode::MustExist);
    if (!db) {
        err(u"outloud remind: "_s + error);
        return 2;
    }
    CircleService circles(*db);
    qint64 circleId = circles.defaultCircleId();
    if (parser.isSet(circleOption)) {
        circleId = circles.circleIdByName(parser.value(circleOption));
        if (circleId < 0) {
            err(tr("outloud remind: there is no circle called '%1'.")
                    .arg(parser.value(circleOption)));
            return 2;
        }
    }
    const std::optional<WeekStanding> standing
        = circleId > 0 ? weekStanding(*db, circleId, now) : std::nullopt;
    if (!standing) {
        err(tr("outloud remind: the database has no circle of yours yet."));
        return 2;
    }
    const QString text = nudgeText(*standing, now);
    out(text);
    if (parser.isSet(notifyOption))
        notifyAndWait(nudgeTitle(*standing), text, parser.value(databaseOption()));
    return standing->targetMet() ? 0 : 1;
}

} // namespace outloud::cli
