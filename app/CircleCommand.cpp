// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// outloud circle invite --output FILE [--circle NAME] [--database PATH]
// outloud circle join FILE --me NAME [--database PATH]
#include "CommandLine.h"
#include "Commands.h"
#include "circle/CircleService.h"
#include "io/FileIo.h"
#include "sharing/Invitation.h"
#include "sharing/SharingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace outloud::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::cli", text);
}

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
} // namespace

int runCircle(const QStringList& arguments)
{
    const QString sub = arguments.value(2);
    // "circle invite ..." is parsed as if "circle-invite" were the command.
    QStringList rest = arguments;
    if (sub == u"invite"_s || sub == u"join"_s) {
        rest.removeAt(1);
        rest[1] = u"circle "_s + sub;
        return sub == u"invite"_s ? invite(rest) : join(rest);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        out(tr("Usage: outloud circle invite --output FILE [--circle NAME] [--database PATH]"));
        out(tr("       outloud circle join FILE --me NAME [--database PATH]"));
        return 0;
    }
    err(tr("outloud circle: say 'invite' or 'join'. Try 'outloud circle --help'."));
    return 2;
}

} // namespace outloud::cli
