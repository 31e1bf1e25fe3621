// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Invitation.h"

#include "Card.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outloud::sharing {

namespace {
const QString Kind = u"outloud-invitation"_s;
constexpr int MaxMembers = 50;

QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::sharing", text);
}
} // namespace

QByteArray invitationToJson(const Invitation& inv)
{
    QJsonObject circle {
        {u"id"_s, inv.circleUid},
        {u"name"_s, inv.circle.name},
        {u"startDate"_s, inv.circle.startDate.toString(Qt::ISODate)},
        {u"meetingWeekday"_s, inv.circle.meetingWeekday},
        {u"meetingTime"_s, inv.circle.meetingTime.toString(u"HH:mm"_s)},
        {u"timeZone"_s, inv.circle.timeZone},
        {u"lengthWeeks"_s, inv.circle.lengthWeeks},
    };
    QJsonArray meetings;
    for (const InvitedMeeting& m : inv.meetings)
        meetings.append(QJsonObject {{u"week"_s, m.week}, {u"date"_s, m.date.toString(Qt::ISODate)},
            {u"time"_s, m.time.toString(u"HH:mm"_s)}, {u"skipped"_s, m.skipped}});
    QJsonArray members;
    for (const InvitedMember& m : inv.members)
        members.append(
            QJsonObject {{u"id"_s, m.uid}, {u"name"_s, m.name}, {u"facilitator"_s, m.facilitator}});
    QJsonObject o {
        {u"format"_s, Kind},
        {u"version"_s, Invitation::FormatVersion},
        {u"issuedAt"_s, inv.issuedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"circle"_s, circle},
        {u"meetings"_s, meetings},
        {u"members"_s, members},
    };
    if (!inv.planText.isEmpty())
        o.insert(u"plan"_s, inv.planText);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Invitation> parseInvitation(const QByteArray& bytes, QString* error)
{
    const auto refuse = [error](const QString& message) -> std::optional<Invitation> {
        fail(error, message);
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return refuse(tr("The invitation file is empty."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(tr("The invitation file is incomplete or damaged. Ask the facilitator "
                         "to send it again."));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != Kind)
        return refuse(tr("This is not an Outloud invitation."));
    const int version = o.value(u"version"_s).toInt(0);
    if (version < 1)
        return refuse(tr("The invitation has no valid format version."));
    if (version > Invitation::FormatVersion)
        return refuse(tr("The invitation was made by a newer Outloud (format %1). Update "
                         "Outloud to join this circle.")
                          .arg(version));

    const QString broken = tr("The invitation is damaged: %1. Ask the facilitator to send it "
                              "again.");
    Invitation inv;
    inv.issuedAt = QDateTime::fromString(o.value(u"issuedAt"_s).toString(), Qt::ISODateWithMs);
    if (!inv.issuedAt.isValid())
        return refuse(broken.arg(tr("it has no date")));
    inv.issuedAt = inv.issuedAt.toUTC();
    const QJsonObject c = o.value(u"circle"_s).toObject();
    inv.circleUid = c.value(u"id"_s).toString();
    if (!isValidUid(inv.circleUid))
        return refuse(broken.arg(tr("the circle has no valid id")));
    inv.circle.name = c.value(u"name"_s).toString().trimmed();
    inv.circle.startDate = QDate::fromString(c.value(u"startDate"_s).toString(), Qt::ISODate);
    inv.circle.meetingWeekday = c.value(u"meetingWeekday"_s).toInt(0);
    inv.circle.meetingTime = QTime::fromString(c.value(u"meetingTime"_s).toString(), u"HH:mm"_s);
    inv.circle.timeZone = c.value(u"timeZone"_s).toString();
    inv.circle.lengthWeeks = c.value(u"lengthWeeks"_s).toInt(0);
    if (inv.circle.name.isEmpty() || !inv.circle.startDate.isValid()
        || inv.circle.meetingWeekday < 1 || inv.circle.meetingWeekday > 7
        || !inv.circle.meetingTime.isValid() || inv.circle.lengthWeeks < 1
        || inv.circle.lengthWeeks > 52)
        return refuse(broken.arg(tr("the circle's name or schedule is missing")));

    for (const auto& v : o.value(u"meetings"_s).toArray()) {
        const QJsonObject m = v.toObject();
        InvitedMeeting meeting;
        meeting.week = m.value(u"week"_s).toInt(0);
        meeting.date = QDate::fromString(m.value(u"date"_s).toString(), Qt::ISODate);
        meeting.time = QTime::fromString(m.value(u"time"_s).toString(), u"HH:mm"_s);
        meeting.skipped = m.value(u"skipped"_s).toBool();
        if (meeting.week < 1 || meeting.week > inv.circle.lengthWeeks || !meeting.date.isValid()
            || !meeting.time.isValid())
            return refuse(broken.arg(tr("a meeting has no valid week or date")));
        inv.meetings.append(meeting);
    }
    inv.planText = o.value(u"plan"_s).toString();

    const QJsonArray members = o.value(u"members"_s).toArray();
    if (members.isEmpty())
        return refuse(broken.arg(tr("it lists no members")));
    if (members.size() > MaxMembers)
        return refuse(broken.arg(tr("it lists too many members")));
    QSet<QString> seen;
    for (const auto& v : members) {
        const QJsonObject m = v.toObject();
        InvitedMember member {m.value(u"id"_s).toString(), m.value(u"name"_s).toString().trimmed(),
            m.value(u"facilitator"_s).toBool()};
        if (!isValidUid(member.uid) || member.name.isEmpty() || seen.contains(member.uid))
            return refuse(broken.arg(tr("a member has no valid id or name")));
        seen.insert(member.uid);
        inv.members.append(member);
    }
    return inv;
}

} // namespace outloud::sharing
