// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Card.h"

#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outloud::sharing {

namespace {
const QString Kind = u"outloud-card"_s;
// Far above any real card (a year of weeks), small enough to refuse junk before parsing.
constexpr int MaxWeeks = 60;
constexpr int MaxCount = 100000;
constexpr int MaxGoalLength = 2000;

QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::sharing", text);
}

// A count read from a card: an integer in 0..MaxCount, or nothing.
std::optional<int> count(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > MaxCount || std::floor(d) != d)
        return std::nullopt;
    return int(d);
}
} // namespace

bool isValidUid(const QString& uid)
{
    static const QRegularExpression re(u"^[0-9a-f]{32}$"_s);
    return re.match(uid).hasMatch();
}

QByteArray cardToJson(const Card& card)
{
    QJsonObject o;
    o.insert(u"format"_s, Kind);
    o.insert(u"version"_s, Card::FormatVersion);
    o.insert(u"circle"_s, card.circleUid);
    o.insert(u"member"_s, card.memberUid);
    o.insert(u"writtenAt"_s, card.writtenAt.toUTC().toString(Qt::ISODate));
    if (card.has(GoalPart)) {
        o.insert(u"goal"_s, card.goal);
        o.insert(u"weeklyTarget"_s, card.weeklyTarget);
    }
    if (card.has(CountsPart)) {
        QJsonArray weeks;
        for (const CardWeek& w : card.weeks)
            weeks.append(QJsonObject {
                {u"week"_s, w.week}, {u"given"_s, w.given}, {u"received"_s, w.received}});
        o.insert(u"weeks"_s, weeks);
    }
    if (card.has(StreakPart))
        o.insert(u"streak"_s, card.streak);
    if (card.has(HabitPart))
        o.insert(u"habitStrength"_s, std::round(card.habitStrength * 1000.0) / 1000.0);
    if (card.has(CommitmentsPart)) {
        QJsonArray commitments;
        for (const CardCommitments& c : card.commitments)
            commitments.append(
                QJsonObject {{u"week"_s, c.week}, {u"due"_s, c.due}, {u"kept"_s, c.kept}});
        o.insert(u"commitments"_s, commitments);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Card> parseCard(const QByteArray& bytes, const QString& circleUid, QString* error)
{
    const auto refuse = [error](const QString& message) -> std::optional<Card> {
        fail(error, message);
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return refuse(tr("the card is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(tr("the card is incomplete or damaged"));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != Kind)
        return refuse(tr("this is not an Outloud card"));
    const std::optional<int> version = count(o.value(u"version"_s));
    if (!version || *version < 1)
        return refuse(tr("the card has no valid format version"));
    if (*version > Card::FormatVersion)
        return refuse(tr("the card was written by a newer Outloud (format %1); update Outloud "
                         "to read it")
                          .arg(*version));
    Card card;
    card.circleUid = o.value(u"circle"_s).toString();
    card.memberUid = o.value(u"member"_s).toString();
    if (!isValidUid(card.circleUid) || !isValidUid(card.memberUid))
        return refuse(tr("the card does not say whose it is"));
    if (card.circleUid != circleUid)
        return refuse(tr("the card belongs to another circle"));
    card.writtenAt = QDateTime::fromString(o.value(u"writtenAt"_s).toString(), Qt::ISODate);
    if (!card.writtenAt.isValid())
        return refuse(tr("the card does not say when it was written"));
    card.writtenAt = card.writtenAt.toUTC();

    const QString damaged = tr("the card holds a figure that cannot be right");
    if (o.contains(u"goal"_s)) {
        const std::optional<int> target = count(o.value(u"weeklyTarget"_s));
        if (!o.value(u"goal"_s).isString() || !target || *target > 100
            || o.value(u"goal"_s).toString().size() > MaxGoalLength)
            return refuse(damaged);
        card.parts |= GoalPart;
        card.goal = o.value(u"goal"_s).toString();
        card.weeklyTarget = *target;
    }
    if (o.contains(u"weeks"_s)) {
        const QJsonArray weeks = o.value(u"weeks"_s).toArray();
        if (!o.value(u"weeks"_s).isArray() || weeks.size() > MaxWeeks + 1)
            return refuse(damaged);
        for (const auto& v : weeks) {
            const QJsonObject w = v.toObject();
            const std::optional<int> week = count(w.value(u"week"_s));
            const std::optional<int> given = count(w.value(u"given"_s));
            const std::optional<int> received = count(w.value(u"received"_s));
            if (!week || !given || !received || *week > MaxWeeks)
                return refuse(damaged);
            card.weeks.append({*week, *given, *received});
        }
        card.parts |= CountsPart;
    }
    if (o.contains(u"streak"_s)) {
        const std::optional<int> streak = count(o.value(u"streak"_s));
        if (!streak || *streak > MaxWeeks)
            return refuse(damaged);
        card.parts |= StreakPart;
        card.streak = *streak;
    }
    if (o.contains(u"habitStrength"_s)) {
        const QJsonValue v = o.value(u"habitStrength"_s);
        if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0)
            return refuse(damaged);
        card.parts |= HabitPart;
        card.habitStrength = v.toDouble();
    }
    if (o.contains(u"commitments"_s)) {
        if (!o.value(u"commitments"_s).isArray())
            return refuse(damaged);
        const QJsonArray list = o.value(u"commitments"_s).toArray();
        if (list.size() > MaxWeeks)
            return refuse(damaged);
        for (const auto& v : list) {
            const QJsonObject c = v.toObject();
            const std::optional<int> week = count(c.value(u"week"_s));
            const std::optional<int> due = count(c.value(u"due"_s));
            const std::optional<int> kept = count(c.value(u"kept"_s));
            if (!week || !due || !kept || *kept > *due || *week > MaxWeeks)
                return refuse(damaged);
            card.commitments.append({*week, *due, *kept});
        }
        card.parts |= CommitmentsPart;
    }
    return card;
}

RoundFigures roundFigures(const Card& card, int week)
{
    RoundFigures f;
    if (card.has(CountsPart)) {
        // The round reports the week before the meeting (week 0: before the circle began).
        for (const CardWeek& w : card.weeks) {
            if (w.week == week - 1) {
                f.hasCounts = true;
                f.given = w.given;
                f.received = w.received;
            }
        }
    }
    if (card.has(CommitmentsPart)) {
        f.hasCommitments = true;
        for (const CardCommitments& c : card.commitments) {
            if (c.week == week) {
                f.commitmentsDue = c.due;
                f.commitmentsKept = c.kept;
            }
        }
    }
    return f;
}

} // namespace outloud::sharing
