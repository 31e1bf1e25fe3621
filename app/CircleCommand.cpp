// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud circle invite --output FILE [--circle NAME] [--database PATH]
// outloud circle join FILE --me NAME [--database PATH]
// outloud circle share --folder FOLDER [--without PARTS] [--yes] | --stop [--database PATH]
#include "CommandLine.h"
#include "Commands.h"
#include "circle/CircleService.h"
#include "io/FileIo.h"
#include "sharing/CardBuilder.h"
#include "sharing/CardFolder.h"
#include "sharing/Invitation.h"
#include "sharing/SharingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
int invite(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes an invitation file for the circle's members: "
                                        "its name, schedule, plan and members, nothing private."));
    QCommandLineOption output(
        u"output"_s, tr("The invitation file to write (required)."), tr("file"));
    QCommandLineOption circleOption(
        u"circle"_s, tr("The circle's name (default: your circle)."), tr("name"));
    parser.addOptions({output, circleOption, databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.value(output).isEmpty()) {
        err(tr("outloud circle invite: --output FILE is required."));
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(databasePath(parser), &error, Database::OpenMode::MustExist);
    if (!db) {
        err(u"outloud circle invite: "_s + error);
        return 1;
    }
    CircleService circles(*db);
    const qint64 circleId = parser.isSet(circleOption)
        ? circles.circleIdByName(parser.value(circleOption))
        : circles.defaultCircleId();
    if (circleId < 0) {
        err(tr("outloud circle invite: there is no such circle in the database."));
        return 1;
    }
    const std::optional<sharing::Invitation> invitation
        = sharing::SharingService(*db).invitation(circleId, &error);
    if (!invitation
        || !io::writePrivateFile(
            parser.value(output), sharing::invitationToJson(*invitation), &error)) {
        err(u"outloud circle invite: "_s + error);
        return 1;
    }
    out(tr("Wrote an invitation to %1 for %2 members to %3.")
            .arg(invitation->circle.name)
            .arg(invitation->members.size())
            .arg(QDir::toNativeSeparators(parser.value(output))));
    return 0;
}

int join(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Joins the circle of an invitation file: the circle, its "
                                        "schedule and members come into your database, with "
                                        "you as the member named by --me."));
    QCommandLineOption me(
        u"me"_s, tr("Which member of the invitation you are (required)."), tr("name"));
    parser.addOptions({me, databaseOption()});
    parser.addPositionalArgument(tr("file"), tr("The invitation file."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(tr("outloud circle join: give exactly one invitation file."));
        return 2;
    }
    QByteArray bytes;
    QString error;
    if (!io::readInputFile(parser.positionalArguments().first(), &bytes, &error)) {
        err(u"outloud circle join: "_s + error);
        return 1;
    }
    const std::optional<sharing::Invitation> invitation = sharing::parseInvitation(bytes, &error);
    if (!invitation) {
        err(u"outloud circle join: "_s + error);
        return 1;
    }
    QStringList names;
    QString meUid;
    QString meName;
    for (const sharing::InvitedMember& m : invitation->members) {
        names.append(m.name);
        if (m.name.compare(parser.value(me).trimmed(), Qt::CaseInsensitive) == 0) {
            meUid = m.uid;
            meName = m.name;
        }
    }
    if (meUid.isEmpty()) {
        err(tr("outloud circle join: say which member you are with --me, one of: %1.")
                .arg(names.join(u", "_s)));
        return 2;
    }
    std::unique_ptr<Database> db = Database::open(databasePath(parser), &error);
    if (!db) {
        err(u"outloud circle join: "_s + error);
        return 1;
    }
    const std::optional<sharing::JoinOutcome> outcome
        = sharing::SharingService(*db).join(*invitation, meUid, &error);
    if (!outcome) {
        err(u"outloud circle join: "_s + error);
        return 1;
    }
    switch (outcome->result) {
    case sharing::JoinOutcome::Result::Joined:
        out(tr("Joined %1 as %2.").arg(invitation->circle.name, meName));
        break;
    case sharing::JoinOutcome::Result::Updated:
        out(tr("Updated %1 from a newer invitation.").arg(invitation->circle.name));
        break;
    case sharing::JoinOutcome::Result::Unchanged:
        out(tr("Already in %1; nothing changed.").arg(invitation->circle.name));
        break;
    }
    return 0;
}
// Parts named on the command line, as the share dialog's check boxes.
const QList<std::pair<QString, int>>& partNames()
{
    static const QList<std::pair<QString, int>> names = {{u"goal"_s, sharing::GoalPart},
        {u"counts"_s, sharing::CountsPart}, {u"streak"_s, sharing::StreakPart},
        {u"habit"_s, sharing::HabitPart}, {u"commitments"_s, sharing::CommitmentsPart}};
    return names;
}

int share(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shares your card with the circle through a folder: without --yes it only shows "
           "exactly what would be written there."));
    QCommandLineOption folder(u"folder"_s, tr("The circle's shared folder."), tr("folder"));
    QCommandLineOption without(u"without"_s,
        tr("Parts to leave out, comma separated: goal, counts, streak, habit, commitments."),
        tr("parts"));
    QCommandLineOption yes(u"yes"_s, tr("Write the card now and after each change."));
    QCommandLineOption stop(u"stop"_s, tr("Stop sharing and remove your card from the folder."));
    QCommandLineOption circleOption(
        u"circle"_s, tr("The circle's name (default: your circle)."), tr("name"));
    parser.addOptions({folder, without, yes, stop, circleOption, databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    int parts = sharing::AllParts;
    for (const QString& name : parser.value(without).split(u',', Qt::SkipEmptyParts)) {
        bool known = false;
        for (const auto& [partName, bit] : partNames()) {
            if (partName == name.trimmed()) {
                parts &= ~bit;
                known = true;
            }
        }
        if (!known) {
            err(tr("outloud circle share: unknown part '%1'.").arg(name));
            return 2;
        }
    }
    QString error;
    std::unique_ptr<Database> db
        = Database::open(databasePath(parser), &error, Database::OpenMode::MustExist);
    if (!db) {
        err(u"outloud circle share: "_s + error);
        return 1;
    }
    CircleService circles(*db);
    const qint64 circleId = parser.isSet(circleOption)
        ? circles.circleIdByName(parser.value(circleOption))
        : circles.defaultCircleId();
    const qint64 me = circleId > 0 ? circles.meId(circleId) : -1;
    if (me < 0) {
        err(tr("outloud circle share: there is no such circle with you as a member."));
        return 1;
    }
    sharing::SharingService service(*db);
    sharing::ShareSettings settings = service.settings(circleId);
    if (parser.isSet(stop)) {
        if (!sharing::removeCard(settings.folder, service.memberUid(me), &error)
            || !service.setSettings(circleId, {settings.folder, settings.parts, {}}, &error)) {
            err(u"outloud circle share: "_s + error);
            return 1;
        }
        out(tr("Stopped sharing; your card is removed from the folder."));
        return 0;
    }
    if (parser.value(folder).isEmpty()) {
        err(tr("outloud circle share: --folder FOLDER is required."));
        return 2;
    }
    const std::optional<sharing::Card> card
        = sharing::buildCard(*db, circleId, me, parts, db->now());
    if (!card) {
        err(tr("outloud circle share: there is nothing to share."));
        return 1;
    }
    if (!parser.isSet(yes)) {
        out(tr("This card would be written to %1, and rewritten after each change:")
                .arg(QDir::toNativeSeparators(parser.value(folder))));
        out(QString::fromUtf8(sharing::cardToJson(*card)).trimmed());
        out(tr("Nothing was written. Run again with --yes to share it."));
        return 0;
    }
    const QString chosen = QFileInfo(parser.value(folder)).absoluteFilePath();
    if (settings.folder != chosen
        && !sharing::removeCard(settings.folder, service.memberUid(me), &error)) {
        err(u"outloud circle share: "_s + error);
        return 1;
    }
    settings = {chosen, parts, db->now()};
    if (!service.setSettings(circleId, settings, &error)
        || !sharing::writeCard(settings.folder, *card, &error)) {
        err(u"outloud circle share: "_s + error);
        return 1;
    }
    out(tr("Shared your card in %1.").arg(QDir::toNativeSeparators(settings.folder)));
    return 0;
}
} // namespace

int runCircle(const QStringList& arguments)
{
    const QString sub = arguments.value(2);
    // "circle invite ..." is parsed as if "circle-invite" were the command.
    QStringList rest = arguments;
    if (sub == u"invite"_s || sub == u"join"_s || sub == u"share"_s) {
        rest.removeAt(1);
        rest[1] = u"circle "_s + sub;
        return sub == u"invite"_s ? invite(rest) : sub == u"join"_s ? join(rest) : share(rest);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        out(tr("Usage: outloud circle invite --output FILE [--circle NAME] [--database PATH]"));
        out(tr("       outloud circle join FILE --me NAME [--database PATH]"));
        out(tr("       outloud circle share --folder FOLDER [--without PARTS] [--yes] | --stop"));
        return 0;
    }
    err(tr("outloud circle: say 'invite', 'join' or 'share'. Try 'outloud circle --help'."));
    return 2;
}

} // namespace outloud::cli
