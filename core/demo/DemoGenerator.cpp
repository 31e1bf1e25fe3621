// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "people/Closeness.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {

const QStringList FirstNames = {u"Ada"_s, u"Amara"_s, u"Ana"_s, u"Ben"_s, u"Carla"_s, u"Chen"_s,
    u"Dana"_s, u"David"_s, u"Elif"_s, u"Emma"_s, u"Farid"_s, u"Fatima"_s, u"Gustav"_s, u"Hana"_s,
    u"Ines"_s, u"Ivan"_s, u"Jana"_s, u"Jonas"_s, u"Jürgen"_s, u"Karin"_s, u"Kofi"_s, u"Lars"_s,
    u"Lea"_s, u"Leila"_s, u"Luca"_s, u"Maja"_s, u"Marco"_s, u"Mei"_s, u"Nadia"_s, u"Nils"_s,
    u"Noah"_s, u"Olga"_s, u"Omar"_s, u"Paula"_s, u"Pedro"_s, u"Rafael"_s, u"Rina"_s, u"Sam"_s,
    u"Sara"_s, u"Sven"_s, u"Tariq"_s, u"Ulla"_s, u"Vera"_s, u"Wei"_s, u"Yusuf"_s, u"Zoë"_s,
    u"Björn"_s, u"Chiara"_s, u"Dmitri"_s, u"Esther"_s};
const QStringList LastNames = {u"Adeyemi"_s, u"Bauer"_s, u"Becker"_s, u"Costa"_s, u"Dubois"_s,
    u"Eriksson"_s, u"Fischer"_s, u"García"_s, u"Hoffmann"_s, u"Ito"_s, u"Jansen"_s, u"Kaya"_s,
    u"Keller"_s, u"Kowalski"_s, u"Lang"_s, u"Lindholm"_s, u"Martin"_s, u"Meyer"_s, u"Nakamura"_s,
    u"Novak"_s, u"Okafor"_s, u"Olsen"_s, u"Pereira"_s, u"Petrov"_s, u"Quinn"_s, u"Rossi"_s,
    u"Schmidt"_s, u"Schulz"_s, u"Silva"_s, u"Singh"_s, u"Sørensen"_s, u"Tanaka"_s, u"Vogel"_s,
    u"Wagner"_s, u"Weber"_s, u"Wong"_s, u"Yilmaz"_s, u"Zimmermann"_s, u"Ahmed"_s, u"Brennan"_s};
const QStringList Organizations = {u"Northwind Traders"_s, u"Contoso"_s, u"Fabrikam"_s,
    u"Tailspin Toys"_s, u"Wide World Importers"_s, u"Adventure Works"_s, u"Litware"_s,
    u"Proseware"_s, u"City Library"_s, u"Open Learning Lab"_s, u"Tech University"_s,
    u"Green Energy Co-op"_s, u"Freelance"_s, u"Alpine Health"_s, u"Harbor Logistics"_s};
const QStringList Roles = {u"Head of Learning"_s, u"Community Manager"_s, u"Product Owner"_s,
    u"Researcher"_s, u"Data Analyst"_s, u"Team Lead"_s, u"Designer"_s, u"HR Business Partner"_s,
    u"Engineer"_s, u"Consultant"_s, u"Author"_s, u"Agile Coach"_s, u"Professor"_s, u"Recruiter"_s,
    u"Editor"_s};
const QStringList Relations
    = {u"Writes about the topic of my goal"_s, u"Runs a community I want to join"_s,
        u"Did what I want to do"_s, u"Could introduce me to decision makers"_s,
        u"Works on a similar problem"_s, u"Organizes the yearly meetup"_s,
        u"Mentor from a past project"_s, u"Asked the same questions as me"_s,
        u"Publishes research I use"_s, u"Colleague in another department"_s};
const QStringList Tags = {u"mentor"_s, u"community"_s, u"speaker"_s, u"colleague"_s, u"author"_s,
    u"peer"_s, u"decision maker"_s, u"newsletter"_s};
const QStringList GivenNotes
    = {u"Commented on their post about onboarding"_s, u"Sent the article we talked about"_s,
        u"Thanked them for the talk"_s, u"Shared their slides with my team, with my notes"_s,
        u"Asked how they started their community"_s,
        u"Introduced them to a colleague working on the same thing"_s,
        u"Offered feedback on their draft"_s, u"Recommended them for the panel"_s, u""_s, u""_s};
const QStringList ReceivedNotes = {u"Pointed me to a useful study"_s,
    u"Invited me to their meetup"_s, u"Gave detailed feedback on my plan"_s,
    u"Mentioned my post in their newsletter"_s, u"Introduced me to their manager"_s, u""_s, u""_s};

struct MemberPlan
{
    QString name;
    QString goal;
    QString why;
    QString progress;
    std::array<int, 7> given; // per week 1..7
    std::array<int, 7> received; // per week 1..7
};

// The small demo's five members, each with a pattern the charts should make visible.
const QList<MemberPlan>& smallPlan()
{
    static const QList<MemberPlan> plan = {
        {u"Alex Morgan"_s,
            u"Become known in my company as the person who makes onboarding better"_s,
            u"New colleagues struggle for months and I have ideas that could help"_s,
            u"Three conversations with HR and one pilot team trying my checklist"_s,
            {6, 7, 6, 8, 7, 7, 4}, {2, 3, 3, 4, 3, 4, 2}},
        {u"Priya Raman"_s, u"Build a network of data-literacy trainers across Europe"_s,
            u"I want to move from running courses alone to a community of practice"_s,
            u"Ten trainers in touch, one shared workshop planned"_s, {10, 12, 11, 13, 12, 11, 5},
            {2, 3, 3, 4, 4, 3, 1}},
        {u"Tomás Ortega"_s, u"Find a mentor for moving into product management"_s,
            u"I have been an engineer for eight years and want a new challenge"_s,
            u"Two people who know me and would recommend me for a PM role"_s, {2, 1, 1, 2, 1, 1, 0},
            {6, 7, 6, 8, 6, 6, 2}},
        {u"Hannah Weber"_s, u"Publish my first conference talk on sustainable logistics"_s,
            u"Our team's work deserves to be known outside the company"_s,
            u"A proposal submitted and feedback from two speakers"_s, {7, 6, 6, 1, 0, 0, 0},
            {2, 3, 2, 0, 0, 1, 0}},
        {u"Kenji Sato"_s, u"Learn how other cities run open-data programs"_s,
            u"Our city is starting one and I will lead it"_s,
            u"Calls with people from five cities and a list of what to avoid"_s,
            {1, 2, 3, 5, 8, 9, 5}, {0, 1, 2, 3, 4, 4, 2}},
    };
    return plan;
}

} // namespace

struct DemoGenerator::Impl
{
    Database& db;
    QRandomGenerator rng;
    QDate today;
    QSqlQuery insertCircle, insertMember, insertGoal, insertPerson, insertCloseness,
        insertContribution, insertMeeting, insertAttendance, insertCommitment, setFacilitator;
    QList<qint64> kindIds; // by catalogue position
    QList<qint64> channelIds;
    QString error;
    Counts counts;

    Impl(Database& database, quint32 seed, QDate day)
        : db(database)
        , rng(seed)
        , today(day)
        , insertCircle(db.connection())
        , insertMember(db.connection())
        , insertGoal(db.connection())
        , insertPerson(db.connection())
        , insertCloseness(db.connection())
        , insertContribution(db.connection())
        , insertMeeting(db.connection())
        , insertAttendance(db.connection())
        , insertCommitment(db.connection())
        , setFacilitator(db.connection())
    { }

    int pick(int n) { return n <= 1 ? 0 : int(rng.bounded(quint32(n))); }
    template <typename T> const T& pickFrom(const QList<T>& list)
    {
        return list.at(pick(int(list.size())));
    }
    bool chance(double p) { return rng.generateDouble() < p; }

    bool prepare()
    {
        const QList<std::pair<QSqlQuery*, QString>> statements = {
            {&insertCircle,
                u"INSERT INTO circle (name, start_date, meeting_weekday, meeting_time, "
                u"length_weeks, created_at)"
                " VALUES (?, ?, ?, ?, 12, ?) RETURNING id"_s},
            {&insertMember,
                u"INSERT INTO member (circle_id, name, is_me, position) VALUES (?, ?, ?, ?) RETURNING id"_s},
            {&insertGoal,
                u"INSERT INTO goal_revision (member_id, revised_at, accomplish, why, progress, "
                u"weekly_target)"
                " VALUES (?, ?, ?, ?, ?, ?)"_s},
            {&insertPerson,
                u"INSERT INTO person (member_id, name, organization, role, relation, email, url, "
                u"channels, tags,"
                " notes, closeness, introduced_by, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "'', ?, ?, ?)"
                " RETURNING id"_s},
            {&insertCloseness,
                u"INSERT INTO closeness_change (person_id, changed_on, closeness) VALUES (?, ?, ?)"_s},
            {&insertContribution,
                u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, "
                u"channel_id, brought,"
                " note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
            {&insertMeeting,
                u"INSERT INTO meeting (circle_id, week, scheduled_at, status, notes) VALUES (?, ?, "
                u"?, ?, ?)"
                " RETURNING id"_s},
            {&insertAttendance,
                u"INSERT INTO attendance (meeting_id, member_id, present) VALUES (?, ?, ?)"_s},
            {&insertCommitment,
                u"INSERT INTO commitment (member_id, text, made_week, due_week, kept) VALUES (?, ?, ?, ?, ?)"_s},
            {&setFacilitator, u"UPDATE circle SET facilitator_id = ? WHERE id = ?"_s},
        };
        for (const auto& [query, sql] : statements) {
            if (!query->prepare(sql)) {
                error = sqlErrorMessage(u"prepare the demo"_s, query->lastError());
                return false;
            }
        }
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id FROM contribution_kind WHERE code IS NOT NULL ORDER BY position"_s);
        while (q.next())
            kindIds.append(q.value(0).toLongLong());
        q.exec(u"SELECT id FROM channel WHERE code IS NOT NULL ORDER BY position"_s);
        while (q.next())
            channelIds.append(q.value(0).toLongLong());
        return kindIds.size() == 10 && channelIds.size() == 10;
    }

    bool run(QSqlQuery& q, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, bindable(values.at(i)));
        if (!q.exec()) {
            error = sqlErrorMessage(u"write the demo"_s, q.lastError());
            return false;
        }
        return true;
    }

    qint64 addCircle(const QString& name, QDate firstMeeting, const QString& time)
    {
        if (!run(insertCircle,
                {name, firstMeeting.toString(Qt::ISODate), firstMeeting.dayOfWeek(), time,
                    QDateTime(firstMeeting.addDays(-14), QTime(9, 0)).toString(Qt::ISODate)}))
            return -1;
        ++counts.circles;
        return insertedId(insertCircle);
    }

    qint64 addMember(qint64 circleId, const QString& name, bool isMe, int position)
    {
        if (!run(insertMember, {circleId, name, isMe ? 1 : 0, position}))
            return -1;
        ++counts.members;
        return insertedId(insertMember);
    }

    // Meetings of one circle: held up to today, planned after; one skipped now and then.
    bool addMeetings(qint64 circleId, QDate firstMeeting, const QString& time,
        const QList<qint64>& members, qint64 absentFromWeek5 = -1)
    {
        for (int week = 1; week <= 12; ++week) {
            const QDate day = firstMeeting.addDays(7 * (week - 1));
            const bool past = day <= today;
            const QString notes
                = past ? u"Round went well; we tried the week's exercises together."_s : QString();
            if (!run(insertMeeting,
                    {circleId, week, day.toString(Qt::ISODate) + u"T"_s + time, past ? 1 : 0,
                        notes}))
                return false;
            const qint64 meetingId = insertedId(insertMeeting);
            if (!past)
                continue;
            for (qint64 member : members) {
                const bool present = member == absentFromWeek5 ? week < 5 : !chance(0.08);
                if (!run(insertAttendance, {meetingId, member, present ? 1 : 0}))
                    return false;
            }
        }
        return true;
    }

    // Kinds that fit a closeness: light ones for strangers, deeper ones for close ties.
    qint64 kindFor(int closeness)
    {
        const int low = closeness <= 1 ? 0 : closeness <= 2 ? 1 : 3;
        const int high = closeness <= 1 ? 4 : closeness <= 2 ? 7 : 10;
        return kindIds.at(low + pick(high - low));
    }

    qint64 channel()
    {
        // LinkedIn, e-mail and in person dominate; the rest appear now and then.
        static const int weights[] = {30, 6, 5, 5, 20, 10, 8, 6, 8, 2};
        int total = 0;
        for (int w : weights)
            total += w;
        int r = pick(total);
        for (int i = 0; i < 10; ++i) {
            if (r < weights[i])
                return channelIds.at(i);
            r -= weights[i];
        }
        return channelIds.first();
    }

    struct PersonRow
    {
        qint64 id;
        int closeness;
    };

    // A relationship list of @p n people created around @p created.
    bool addPeople(
        qint64 memberId, int n, QDate created, QList<PersonRow>* people, int spreadDays = 10)
    {
        QSet<QString> used;
        for (int i = 0; i < n; ++i) {
            const QString first = pickFrom(FirstNames);
            const QString last = pickFrom(LastNames);
            // Names on one list stay distinct; a middle initial tells namesakes apart.
            QString name = first + u' ' + last;
            while (used.contains(name))
                name = first + u' ' + QChar(u'A' + pick(26)) + u". "_s + last;
            used.insert(name);
            const QString org = pickFrom(Organizations);
            const int closeness = std::min(closeness::Max, pick(3) + (chance(0.3) ? pick(4) : 0));
            QVariant introducedBy(QMetaType::fromType<qint64>());
            if (!people->isEmpty() && chance(0.12))
                introducedBy = people->at(pick(int(people->size()))).id;
            const QString email
                = chance(0.6) ? (first + u'.' + last + u"@example.org"_s).toLower() : QString();
            const QDate on = created.addDays(pick(spreadDays));
            QString tags = pickFrom(Tags);
            if (chance(0.3))
                tags += u", "_s + pickFrom(Tags);
            if (!run(insertPerson,
                    {memberId, name, org, pickFrom(Roles), pickFrom(Relations), email,
                        chance(0.5) ? u"https://example.org/in/%1-%2"_s.arg(first, last).toLower()
                                    : QString(),
                        chance(0.5) ? u"LinkedIn"_s : u"E-mail"_s, tags, closeness, introducedBy,
                        on.toString(Qt::ISODate)}))
                return false;
            const qint64 id = insertedId(insertPerson);
            if (!run(insertCloseness, {id, on.toString(Qt::ISODate), closeness}))
                return false;
            people->append({id, closeness});
            ++counts.people;
        }
        return true;
    }

    bool addContribution(const PersonRow& person, QDate day, bool received)
    {
        QVariant brought(QMetaType::fromType<int>());
        if (received)
            brought = pick(3);
        const QVariant channelId
            = chance(0.9) ? QVariant(channel()) : QVariant(QMetaType::fromType<qint64>());
        if (!run(insertContribution,
                {person.id, day.toString(Qt::ISODate), received ? 1 : 0, kindFor(person.closeness),
                    channelId, brought, received ? pickFrom(ReceivedNotes) : pickFrom(GivenNotes)}))
            return false;
        ++counts.contributions;
        return true;
    }

    // Closeness that rose over the weeks for people with a lot of exchange.
    bool raiseCloseness(QList<PersonRow>& people, QDate from, int days)
    {
        for (PersonRow& p : people) {
            if (p.closeness >= closeness::Max || !chance(0.25))
                continue;
            const QDate on = from.addDays(7 + pick(std::max(1, days - 7)));
            if (on > today)
                continue;
            ++p.closeness;
            if (!run(insertCloseness, {p.id, on.toString(Qt::ISODate), p.closeness}))
                return false;
            QSqlQuery q(db.connection());
            if (!execPrepared(q, u"UPDATE person SET closeness = ? WHERE id = ?"_s,
                    {p.closeness, p.id}, u"write the demo"_s, &error))
                return false;
        }
        return true;
    }

    bool small()
    {
        // Today is two days after the seventh meeting.
        const QDate first = today.addDays(-(6 * 7 + 2));
        const QString time = u"12:30"_s;
        const qint64 circleId = addCircle(u"Lunchtime Circle"_s, first, time);
        if (circleId < 0)
            return false;
        QList<qint64> members;
        const QList<MemberPlan>& plan = smallPlan();
        for (int i = 0; i < plan.size(); ++i) {
            const qint64 id = addMember(circleId, plan.at(i).name, i == 0, i);
            if (id < 0)
                return false;
            members.append(id);
        }
        if (!run(setFacilitator, {members.at(1), circleId}))
            return false;
        if (!addMeetings(circleId, first, time, members, members.at(3)))
            return false;
        for (int m = 0; m < plan.size(); ++m) {
            const MemberPlan& mp = plan.at(m);
            const qint64 memberId = members.at(m);
            const QString revised = QDateTime(first, QTime(13, 15)).toString(Qt::ISODate);
            if (!run(insertGoal, {memberId, revised, mp.goal, mp.why, mp.progress, m == 1 ? 5 : 3}))
                return false;
            if (m == 0) {
                // Alex sharpened the goal in week 3.
                if (!run(insertGoal,
                        {memberId,
                            QDateTime(first.addDays(14), QTime(13, 10)).toString(Qt::ISODate),
                            mp.goal + u", starting with one pilot team"_s, mp.why, mp.progress, 4}))
                    return false;
            }
            QList<PersonRow> people;
            if (!addPeople(memberId, 36 + pick(9), first.addDays(-3), &people))
                return false;
            for (int week = 1; week <= 7; ++week) {
                const QDate start = first.addDays(7 * (week - 1));
                const int days = int(std::min<qint64>(7, start.daysTo(today) + 1));
                if (days <= 0)
                    break;
                const int jitter = pick(3) - 1;
                const int given
                    = std::max(0, mp.given.at(week - 1) + (mp.given.at(week - 1) > 1 ? jitter : 0));
                const int received = std::max(0, mp.received.at(week - 1));
                for (int i = 0; i < given + received; ++i) {
                    // Favour a core of people so that relationships visibly deepen.
                    const int index = chance(0.6) ? pick(std::min<int>(12, int(people.size())))
                                                  : pick(int(people.size()));
                    if (!addContribution(people.at(index), start.addDays(pick(days)), i >= given))
                        return false;
                }
            }
            if (!raiseCloseness(people, first, int(first.daysTo(today))))
                return false;
            for (int week = 1; week <= 7; ++week) {
                const QVariant kept = week == 7
                    ? QVariant(QMetaType::fromType<int>())
                    : QVariant((m == 3 && week >= 3) ? 0 : (chance(0.8) ? 1 : 0));
                const QString text = week % 2 ? u"Reach out to three people on my list"_s
                                              : u"Share one piece of my work in progress"_s;
                if (!run(insertCommitment, {memberId, text, week, week + 1, kept}))
                    return false;
            }
        }
        return true;
    }

    bool large()
    {
        const int membersPerCircle = 5;
        const int otherMembers = LargeCircles * membersPerCircle - 1;
        const int peopleEach = 16;
        const int mePeople = LargePeople - otherMembers * peopleEach;
        const int contributionsEach = 320;
        const int meContributions = LargeContributions - otherMembers * contributionsEach;
        for (int c = 0; c < LargeCircles; ++c) {
            // Circle 1 is "my" circle in week 7; the program's others started over two years.
            const QDate first
                = c == 0 ? today.addDays(-(6 * 7 + 2)) : today.addDays(-(pick(700) + 1));
            const QString time = u"%1:00"_s.arg(9 + pick(8), 2, 10, QChar(u'0'));
            const qint64 circleId
                = addCircle(u"Circle %1"_s.arg(c + 1, 3, 10, QChar(u'0')), first, time);
            if (circleId < 0)
                return false;
            QList<qint64> members;
            for (int m = 0; m < membersPerCircle; ++m) {
                const bool me = c == 0 && m == 0;
                const QString name
                    = me ? u"Alex Morgan"_s : pickFrom(FirstNames) + u' ' + pickFrom(LastNames);
                const qint64 id = addMember(circleId, name, me, m);
                if (id < 0)
                    return false;
                members.append(id);
            }
            if (!run(setFacilitator, {members.at(pick(membersPerCircle)), circleId}))
                return false;
            if (!addMeetings(circleId, first, time, members))
                return false;
            for (int m = 0; m < membersPerCircle; ++m) {
                const bool me = c == 0 && m == 0;
                if (!run(insertGoal,
                        {members.at(m), QDateTime(first, QTime(12, 0)).toString(Qt::ISODate),
                            smallPlan().at(pick(5)).goal, QString(), QString(), 3}))
                    return false;
                QList<PersonRow> people;
                // My own history reaches back two years, through earlier circles.
                const QDate created = me ? today.addDays(-730) : first.addDays(-3);
                const int span = me ? 730 : int(std::clamp<qint64>(first.daysTo(today), 1, 84));
                if (!addPeople(
                        members.at(m), me ? mePeople : peopleEach, created, &people, me ? 700 : 10))
                    return false;
                const int n = me ? meContributions : contributionsEach;
                for (int i = 0; i < n; ++i) {
                    const PersonRow& p = people.at(pick(int(people.size())));
                    if (!addContribution(
                            p, created.addDays(pick(span) + (me ? 0 : 3)), chance(0.4)))
                        return false;
                }
            }
        }
        return true;
    }
};

DemoGenerator::DemoGenerator(Database& db, Scale scale, quint32 seed, QDate today)
    : m_db(db)
    , m_scale(scale)
    , m_seed(seed)
    , m_today(today)
{ }

// The same seed gives the same demo, down to the ids circles share with their members.
bool DemoGenerator::setReproducibleUids(QString* error)
{
    for (const QString& table : {u"circle"_s, u"member"_s}) {
        QSqlQuery ids(m_db.connection());
        if (!ids.exec(u"SELECT id FROM "_s + table))
            return fail(error, sqlErrorMessage(u"demo"_s, ids.lastError()));
        QList<qint64> list;
        while (ids.next())
            list.append(ids.value(0).toLongLong());
        QSqlQuery q(m_db.connection());
        for (const qint64 id : list) {
            const QByteArray uid = QCryptographicHash::hash(
                u"outloud-demo/%1/%2/%3"_s.arg(m_seed).arg(table).arg(id).toUtf8(),
                QCryptographicHash::Md5)
                                       .toHex();
            if (!execPrepared(q, u"UPDATE "_s + table + u" SET uid = ? WHERE id = ?"_s,
                    {QString::fromLatin1(uid), id}, u"demo"_s, error))
                return false;
        }
    }
    return true;
}

bool DemoGenerator::generate(QString* error)
{
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(u"SELECT (SELECT count(*) FROM circle) + (SELECT count(*) FROM person)"_s)
            && q.next() && q.value(0).toInt() > 0)
            return fail(error, tr("The demo is only written into an empty database."));
    }
    Counts counts;
    const bool ok = m_db.write(
        Database::AllTables,
        [&](QSqlQuery& q) {
            // Counted once at the end rather than row by row.
            tally::BulkLoad bulk(m_db, q);
            if (!bulk.begin(error))
                return false;
            Impl impl(m_db, m_seed, m_today);
            if (!impl.prepare())
                return fail(error,
                    impl.error.isEmpty() ? u"The contribution catalogue is incomplete."_s
                                         : impl.error);
            if (!(m_scale == Scale::Small ? impl.small() : impl.large()))
                return fail(error, impl.error);
            if (!setReproducibleUids(error) || !bulk.finish(error))
                return false;
            counts = impl.counts;
            return true;
        },
        error);
    if (ok) {
        m_counts = counts;
        m_db.refreshStatistics();
    }
    return ok;
}

} // namespace outloud
