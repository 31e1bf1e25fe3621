// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingService.h"

#include "circle/CircleService.h"
#include "meetings/PlanService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace outloud::sharing {

namespace {
constexpr int HeldStatus = 1;
constexpr int SkippedStatus = 3;

QString scalarText(Database& db, const QString& sql, const QVariant& value)
{
    QSqlQuery q(db.connection());
    if (execPrepared(q, sql, {value}, QString(), nullptr) && q.next())
        return q.value(0).toString();
    return {};
}
} // namespace

SharingService::SharingService(Database& db)
    : m_db(db)
{ }

QString SharingService::circleUid(qint64 circleId) const
{
    return scalarText(m_db, u"SELECT uid FROM circle WHERE id = ?"_s, circleId);
}

QString SharingService::memberUid(qint64 memberId) const
{
    return scalarText(m_db, u"SELECT uid FROM member WHERE id = ?"_s, memberId);
}

qint64 SharingService::circleIdByUid(const QString& uid) const
{
    const QString id = scalarText(m_db, u"SELECT id FROM circle WHERE uid = ?"_s, uid);
    return id.isEmpty() ? -1 : id.toLongLong();
}

qint64 SharingService::memberIdByUid(qint64 circleId, const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q, u"SELECT id FROM member WHERE circle_id = ? AND uid = ?"_s, {circleId, uid},
            QString(), nullptr)
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

std::optional<Invitation> SharingService::invitation(qint64 circleId, QString* error) const
{
    CircleService circles(m_db);
    const std::optional<Circle> circle = circles.circle(circleId);
    if (!circle) {
        fail(error, tr("There is no such circle."));
        return std::nullopt;
    }
    Invitation inv;
    inv.issuedAt = m_db.now().toUTC();
    inv.circleUid = circleUid(circleId);
    inv.circle = *circle;
    // "The system's zone" would mean each member's own: name the facilitator's instead.
    if (inv.circle.timeZone.isEmpty())
        inv.circle.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QSqlQuery q(m_db.connection());
    if (!execPrepared(q,
            u"SELECT week, scheduled_at, status FROM meeting WHERE circle_id = ? ORDER BY week"_s,
            {circleId}, tr("read the schedule"), error))
        return std::nullopt;
    while (q.next()) {
        // Stored as wall-clock text: date and time apart, so a DST gap cannot lose one.
        const QString at = q.value(1).toString();
        inv.meetings.append({q.value(0).toInt(), QDate::fromString(at.left(10), Qt::ISODate),
            QTime::fromString(at.mid(11, 5), u"HH:mm"_s), q.value(2).toInt() == SkippedStatus});
    }
    PlanService plans(m_db);
    if (plans.hasOwnPlan(circleId))
        inv.planText = plans.planText(circleId);
    for (const Member& m : circles.members(circleId))
        inv.members.append({memberUid(m.id), m.name, m.id == circle->facilitatorId});
    return inv;
}

bool SharingService::applyInvitation(
    QSqlQuery& q, const Invitation& inv, const QString& meUid, JoinOutcome* outcome, QString* error)
{
    int meIndex = -1;
    int facilitatorIndex = -1;
    QStringList names;
    for (int i = 0; i < inv.members.size(); ++i) {
        names.append(inv.members.at(i).name);
        if (inv.members.at(i).uid == meUid)
            meIndex = i;
        if (inv.members.at(i).facilitator)
            facilitatorIndex = i;
    }
    CircleService circles(m_db);
    outcome->circleId = circleIdByUid(inv.circleUid);
    if (outcome->circleId < 0) {
        outcome->result = JoinOutcome::Result::Joined;
        outcome->circleId = circles.createCircle(inv.circle, names, meIndex, -1, error);
        if (outcome->circleId < 0)
            return false;
        if (!execPrepared(q, u"UPDATE circle SET uid = ? WHERE id = ?"_s,
                {inv.circleUid, outcome->circleId}, tr("join the circle"), error))
            return false;
        // createCircle() adds the members in the invitation's order.
        const QList<Member> members = circles.members(outcome->circleId);
        for (int i = 0; i < members.size() && i < inv.members.size(); ++i) {
            if (!execPrepared(q, u"UPDATE member SET uid = ? WHERE id = ?"_s,
                    {inv.members.at(i).uid, members.at(i).id}, tr("join the circle"), error))
                return false;
        }
    } else {
        const QDateTime stored = QDateTime::fromString(
            scalarText(
                m_db, u"SELECT invitation_issued_at FROM circle WHERE id = ?"_s, outcome->circleId),
            Qt::ISODateWithMs);
        // The facilitator's own circle has no stored invitation: it is the source, not a copy.
        if (!stored.isValid() || inv.issuedAt <= stored) {
            outcome->meId = circles.meId(outcome->circleId);
            return true; // Unchanged
        }
        outcome->result = JoinOutcome::Result::Updated;
        Circle updated = inv.circle;
        updated.id = outcome->circleId;
        updated.facilitatorId = circles.circle(outcome->circleId)->facilitatorId;
        if (!circles.updateCircle(updated, error))
            return false;
        for (const InvitedMember& m : inv.members) {
            const qint64 id = memberIdByUid(outcome->circleId, m.uid);
            if (id < 0) {
                const qint64 added = circles.addMember(outcome->circleId, m.name, error);
                if (added < 0
                    || !execPrepared(q, u"UPDATE member SET uid = ? WHERE id = ?"_s, {m.uid, added},
                        tr("join the circle"), error))
                    return false;
            } else if (circles.member(id)->name != m.name
                && !circles.renameMember(id, m.name, error)) {
                return false;
            }
        }
        if (circles.meId(outcome->circleId) < 0
            && !execPrepared(q, u"UPDATE member SET is_me = 1 WHERE id = ?"_s,
                {memberIdByUid(outcome->circleId, meUid)}, tr("join the circle"), error))
            return false;
    }
    if (facilitatorIndex >= 0
        && !circles.setFacilitator(outcome->circleId,
            memberIdByUid(outcome->circleId, inv.members.at(facilitatorIndex).uid), error))
        return false;
    if (!execPrepared(q, u"UPDATE circle SET invitation_issued_at = ? WHERE id = ?"_s,
            {inv.issuedAt.toUTC().toString(Qt::ISODateWithMs), outcome->circleId},
            tr("join the circle"), error))
        return false;
    for (const InvitedMeeting& m : inv.meetings) {
        const QString at = m.date.toString(Qt::ISODate) + u'T' + m.time.toString(u"HH:mm"_s);
        // A meeting this laptop already held stays held; the date follows the facilitator.
        if (!execPrepared(q,
                u"INSERT INTO meeting (circle_id, week, scheduled_at, status) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (circle_id, week) DO UPDATE SET"
                " sequence = meeting.sequence"
                " + CASE WHEN meeting.scheduled_at <> excluded.scheduled_at THEN 1 ELSE 0 END,"
                " scheduled_at = excluded.scheduled_at,"
                " status = CASE WHEN meeting.status = ? THEN meeting.status"
                " ELSE excluded.status END"_s,
                {outcome->circleId, m.week, at, m.skipped ? SkippedStatus : 0, HeldStatus},
                tr("copy the schedule"), error))
            return false;
    }
    PlanService plans(m_db);
    if (!inv.planText.isEmpty() ? !plans.setOwnPlan(outcome->circleId, inv.planText, error)
                                : (plans.hasOwnPlan(outcome->circleId)
                                    && !plans.useShippedPlan(outcome->circleId, error)))
        return false;
    outcome->meId = circles.meId(outcome->circleId);
    return true;
}

std::optional<JoinOutcome> SharingService::join(
    const Invitation& inv, const QString& meUid, QString* error)
{
    bool listed = false;
    for (const InvitedMember& m : inv.members)
        listed = listed || m.uid == meUid;
    if (!listed) {
        fail(error, tr("Choose which member of the circle you are."));
        return std::nullopt;
    }
    JoinOutcome outcome;
    if (!m_db.write(
            Database::Circles | Database::Members | Database::Meetings,
            [&](QSqlQuery& q) { return applyInvitation(q, inv, meUid, &outcome, error); }, error))
        return std::nullopt;
    return outcome;
}

ShareSettings SharingService::settings(qint64 circleId) const
{
    ShareSettings s;
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT folder, parts, confirmed_at FROM share_setting WHERE circle_id = ?"_s,
            {circleId}, QString(), nullptr)
        && q.next()) {
        s.folder = q.value(0).toString();
        s.parts = q.value(1).toInt();
        s.confirmedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return s;
}

bool SharingService::setSettings(qint64 circleId, const ShareSettings& s, QString* error)
{
    return m_db.write(Database::Circles,
        u"INSERT INTO share_setting (circle_id, folder, parts, confirmed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (circle_id) DO UPDATE SET folder = excluded.folder,"
        " parts = excluded.parts, confirmed_at = excluded.confirmed_at"_s,
        {circleId, s.folder, s.parts & AllParts,
            s.confirmedAt.isValid() ? QVariant(s.confirmedAt.toString(Qt::ISODate))
                                    : QVariant(QMetaType::fromType<QString>())},
        tr("save how the circle is shared"), error);
}

std::optional<ReportedRound> SharingService::reported(qint64 memberId, int week) const
{
    QSqlQuery q(m_db.connection());
    if (execPrepared(q,
            u"SELECT given, received, commitments_due, commitments_kept, reported_at"
            " FROM reported_round WHERE member_id = ? AND week = ?"_s,
            {memberId, week}, QString(), nullptr)
        && q.next())
        return ReportedRound {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
            q.value(3).toInt(), QDateTime::fromString(q.value(4).toString(), Qt::ISODate)};
    return std::nullopt;
}

bool SharingService::setReported(
    qint64 memberId, int week, const std::optional<ReportedRound>& round, QString* error)
{
    if (round && round->commitmentsKept > round->commitmentsDue)
        return fail(error, tr("More commitments kept than were due."));
    if (!round)
        return m_db.write(Database::Meetings,
            u"DELETE FROM reported_round WHERE member_id = ? AND week = ?"_s, {memberId, week},
            tr("save what the member reported"), error);
    return m_db.write(Database::Meetings,
        u"INSERT INTO reported_round (member_id, week, given, received, commitments_due,"
        " commitments_kept, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (member_id, week) DO UPDATE SET given = excluded.given,"
        " received = excluded.received, commitments_due = excluded.commitments_due,"
        " commitments_kept = excluded.commitments_kept, reported_at = excluded.reported_at"_s,
        {memberId, week, round->given, round->received, round->commitmentsDue,
            round->commitmentsKept, m_db.now().toString(Qt::ISODate)},
        tr("save what the member reported"), error);
}

} // namespace outloud::sharing
