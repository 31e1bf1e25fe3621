// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "demo/DemoGenerator.h"
#include "people/PeopleService.h"
#include "people/ReachOut.h"
#include "people/RelationshipModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Models : ::testing::Test
{
    TempDatabase t;
    qint64 circleId = -1;
    qint64 me = -1;
    void SetUp() override
    {
        DemoGenerator demo(t.db(), DemoGenerator::Scale::Small, 3, fixedNow().date());
        QString error;
        ASSERT_TRUE(demo.generate(&error)) << error.toStdString();
        CircleService s(t.db());
        circleId = s.defaultCircleId();
        me = s.meId(circleId);
    }
    QStringList names(const QString& sql)
    {
        QStringList result;
        QSqlQuery q(t->connection());
        q.exec(sql);
        while (q.next())
            result << q.value(0).toString();
        return result;
    }
};
} // namespace

TEST_F(Models, RelationshipModelPassesTheModelTesterThroughFilterSortAndEdits)
{
    WarningCounter warnings;
    RelationshipModel model(t.db());
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setMemberId(me);
    const int expected
        = scalar(t.db(), u"SELECT count(*) FROM person WHERE member_id = %1"_s.arg(me)).toInt();
    EXPECT_EQ(model.rowCount(), expected);
    model.sort(RelationshipModel::Closeness, Qt::DescendingOrder);
    model.setTextFilter(u"a"_s);
    model.setClosenessFilter(2, 5);
    Person p;
    p.memberId = me;
    p.name = u"Zed Newcomer"_s;
    PeopleService(t.db()).add(p, nullptr);
    model.setTextFilter(QString());
    model.setClosenessFilter(0, 5);
    EXPECT_EQ(model.rowCount(), expected + 1) << "the model follows the database's changes";
    EXPECT_EQ(warnings.count(), 0) << warnings.messages().join(u'\n').toStdString();
}

TEST_F(Models, RelationshipRowsMatchTheDatabase)
{
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    const QStringList expected = names(
        u"SELECT name FROM person WHERE member_id = %1 ORDER BY name COLLATE NOCASE, id"_s.arg(me));
    ASSERT_EQ(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, RelationshipModel::Name).data().toString(), expected.at(row));
    // Given / received counts and last contact agree with the service.
    const qint64 id = model.idAt(0);
    const ExchangeCounts c = PeopleService(t.db()).counts(id);
    EXPECT_EQ(model.index(0, RelationshipModel::Given).data().toInt(), c.given);
    EXPECT_EQ(model.index(0, RelationshipModel::Received).data().toInt(), c.received);
    EXPECT_EQ(model.index(0, RelationshipModel::LastContact).data().toDate(), c.lastContact);
    EXPECT_TRUE(model.index(0, RelationshipModel::Closeness).data().toString().contains(u"·"_s));
}

TEST_F(Models, FiltersMatchTextTagAndCloseness)
{
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.setTagFilter(u"mentor"_s);
    const int mentors = scalar(t.db(),
        u"SELECT count(*) FROM person WHERE member_id = %1 AND (',' || replace(tags, ', ', ',') || "
        u"',')"
        " LIKE '%,mentor,%'"_s.arg(me))
                            .toInt();
    EXPECT_GT(mentors, 0);
    EXPECT_EQ(model.rowCount(), mentors);
    model.setTagFilter(QString());
    model.setClosenessFilter(3, 5);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_GE(model.index(row, 0).data(RelationshipModel::ClosenessRole).toInt(), 3);
    model.setClosenessFilter(0, 5);
    model.setTextFilter(u"100%_"_s);
    EXPECT_EQ(model.rowCount(), 0) << "% and _ are literal characters, not wildcards";
    // Typed in any case, a name is found on both engines.
    PeopleService people(t.db());
    Person p;
    p.memberId = me;
    p.name = u"Quentin Zaragoza"_s;
    p.organization = u"Acme Works"_s;
    ASSERT_GT(people.add(p, nullptr), 0);
    for (const QString& typed : {u"quentin"_s, u"ZARAGOZA"_s, u"acme WORKS"_s, u"Quentin"_s}) {
        model.setTextFilter(typed);
        ASSERT_EQ(model.rowCount(), 1) << typed.toStdString();
        EXPECT_EQ(model.index(0, 0).data().toString(), p.name);
    }
}

TEST_F(Models, PagedFetchingShowsEveryRowOfALongListInOrder)
{
    // 700 people cross two page boundaries.
    PeopleService people(t.db());
    for (int i = 0; i < 700; ++i) {
        Person p;
        p.memberId = me;
        p.name = u"Person %1"_s.arg(i, 4, 10, QChar(u'0'));
        ASSERT_GT(people.add(p, nullptr), 0);
    }
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.setTextFilter(u"Person "_s);
    model.sort(RelationshipModel::Name, Qt::DescendingOrder);
    ASSERT_EQ(model.rowCount(), 700);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"Person 0699"_s);
    EXPECT_EQ(model.index(256, 0).data().toString(), u"Person 0443"_s);
    EXPECT_EQ(model.index(699, 0).data().toString(), u"Person 0000"_s);
    EXPECT_EQ(model.rowOfId(model.idAt(300)), 300);
}

TEST_F(Models, ContributionModelPassesTheModelTesterAndFilters)
{
    WarningCounter warnings;
    ContributionModel model(t.db());
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setCalendar(CircleService(t.db()).calendar(circleId));
    model.setMemberId(me);
    const int all = scalar(t.db(),
        u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
        " WHERE p.member_id = %1"_s.arg(me))
                        .toInt();
    EXPECT_EQ(model.rowCount(), all);
    // Newest first by default.
    EXPECT_GE(model.index(0, ContributionModel::Date).data().toDate(),
        model.index(all - 1, ContributionModel::Date).data().toDate());
    model.setDirectionFilter(1);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, 0).data(ContributionModel::DirectionRole).toInt(), 1);
    model.setDirectionFilter(-1);
    model.setWeekFilter(3);
    EXPECT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, ContributionModel::Week).data().toInt(), 3);
    model.setWeekFilter(0);
    model.sort(ContributionModel::Person, Qt::AscendingOrder);
    ContributionService log(t.db());
    model.setKindFilter(log.kindIdByCode(u"attention"_s));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, ContributionModel::Kind).data().toString(), u"Attention"_s);
    EXPECT_EQ(warnings.count(), 0) << warnings.messages().join(u'\n').toStdString();
}

TEST_F(Models, ContributionPagesFollowEachOtherAcrossPageBoundariesWithTiesOnTheDate)
{
    // 700 contributions on three days: pages of 256 end and begin inside a day, where only
    // the id tells the rows apart. Read page after page, and also jumping straight down.
    PeopleService people(t.db());
    Person p;
    p.memberId = me;
    p.name = u"Ties"_s;
    const qint64 personId = people.add(p, nullptr);
    ASSERT_GT(personId, 0);
    ContributionService log(t.db());
    for (int i = 0; i < 700; ++i) {
        Contribution c;
        c.personId = personId;
        c.date = fixedNow().date().addDays(-(i % 3));
        c.kindId = log.kinds().constFirst().id;
        ASSERT_GT(log.add(c, nullptr), 0);
    }
    ContributionModel::Filter mine;
    mine.personId = personId;
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        const QString dir = order == Qt::DescendingOrder ? u"DESC"_s : u"ASC"_s;
        const QStringList expected = names(
            u"SELECT id FROM contribution WHERE person_id = %1 ORDER BY happened_on %2, id %2"_s
                .arg(personId)
                .arg(dir));
        ASSERT_EQ(expected.size(), 700);
        ContributionModel inOrder(t.db());
        inOrder.setMemberId(me);
        inOrder.setFilter(mine);
        inOrder.sort(ContributionModel::Date, order);
        ASSERT_EQ(inOrder.rowCount(), 700);
        QStringList shown;
        for (int row = 0; row < inOrder.rowCount(); ++row)
            shown << inOrder.index(row, 0).data(ContributionModel::IdRole).toString();
        EXPECT_EQ(shown, expected) << "every row once, in order, across the page boundaries";

        ContributionModel jumping(t.db());
        jumping.setMemberId(me);
        jumping.setFilter(mine);
        jumping.sort(ContributionModel::Date, order);
        for (const int row : {699, 600, 256, 255, 0, 511, 512})
            EXPECT_EQ(
                jumping.index(row, 0).data(ContributionModel::IdRole).toString(), expected.at(row))
                << "row " << row;
    }
}

TEST_F(Models, TheLogCountsOnlyTheMembersContributionsWhateverTheFilter)
{
    ContributionModel model(t.db());
    model.setMemberId(me);
    const auto count = [&](const QString& condition) {
        return scalar(t.db(),
            u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
            " WHERE p.member_id = %1 AND %2"_s.arg(me)
                .arg(condition))
            .toInt();
    };
    EXPECT_EQ(model.rowCount(), count(u"1 = 1"_s));
    model.setDirectionFilter(1);
    EXPECT_EQ(model.rowCount(), count(u"c.direction = 1"_s));
    model.setTextFilter(u"a"_s);
    EXPECT_EQ(
        model.rowCount(), count(u"c.direction = 1 AND (p.name LIKE '%a%' OR c.note LIKE '%a%')"_s));
    EXPECT_GT(model.rowCount(), 0);
    // The rows shown are as many as counted, none empty.
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_GT(model.index(row, 0).data(ContributionModel::IdRole).toLongLong(), 0);
}

TEST_F(Models, NamesSortWithoutRegardToCaseTheSameWayOnBothEngines)
{
    PeopleService people(t.db());
    for (const QString& name : {u"bob"_s, u"Émile"_s, u"Anna"_s, u"zoe"_s, u"alex"_s, u"Bobby"_s}) {
        Person p;
        p.memberId = me;
        p.name = name + u" Sorted"_s;
        ASSERT_GT(people.add(p, nullptr), 0);
    }
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.setTextFilter(u" Sorted"_s);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, RelationshipModel::Name).data().toString().section(u' ', 0, 0);
    // ASCII letters fold; the rest in byte order (É after z).
    EXPECT_EQ(
        shown, (QStringList {u"alex"_s, u"Anna"_s, u"bob"_s, u"Bobby"_s, u"zoe"_s, u"Émile"_s}));
}

TEST_F(Models, ALoggedContributionUpdatesThePersonsCountsWhereverTheListIsSorted)
{
    RelationshipModel model(t.db());
    model.setMemberId(me);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    const int rows = model.rowCount();
    const int last = rows - 1;
    const qint64 personId = model.idAt(last);
    const int given = model.index(last, RelationshipModel::Given).data().toInt();
    ContributionService log(t.db());
    Contribution c;
    c.personId = personId;
    c.date = fixedNow().date();
    c.kindId = log.kinds().constFirst().id;
    for (int i = 0; i < 50; ++i)
        ASSERT_GT(log.add(c, nullptr), 0);
    // Sorted by name: the same rows in the same places, the new count shown.
    ASSERT_EQ(model.rowCount(), rows);
    EXPECT_EQ(model.idAt(last), personId);
    EXPECT_EQ(model.index(last, RelationshipModel::Given).data().toInt(), given + 50);
    // Sorted by what was given: the person moves to the top.
    model.sort(RelationshipModel::Given, Qt::DescendingOrder);
    EXPECT_EQ(model.idAt(0), personId);
    ASSERT_GT(log.add(c, nullptr), 0);
    EXPECT_EQ(model.idAt(0), personId);
    EXPECT_EQ(model.index(0, RelationshipModel::Given).data().toInt(), given + 51);
}

TEST_F(Models, EveryListOfNamesSortsLikeTheRelationshipListOnBothEngines)
{
    // The people list, the introductions, the exchange and weak-ties analytics and the
    // reach-out suggestions: one order on both engines (ASCII letters folded, then byte
    // order), so a name stands in the same place wherever it is listed.
    CircleService circles(t.db());
    Circle c;
    c.name = u"Sorting"_s;
    c.startDate = fixedNow().date().addDays(-70);
    QString error;
    const qint64 circle = circles.createCircle(c, {u"Solo"_s}, 0, 0, &error);
    ASSERT_GT(circle, 0) << error.toStdString();
    const qint64 solo = circles.meId(circle);
    PeopleService people(t.db());
    Person introducer;
    introducer.memberId = solo;
    introducer.name = u"Introducer"_s;
    const qint64 introducerId = people.add(introducer, &error);
    ASSERT_GT(introducerId, 0) << error.toStdString();
    ContributionService log(t.db());
    for (const QString& name : {u"bob"_s, u"Émile"_s, u"Anna"_s, u"zoe"_s, u"alex"_s, u"Bobby"_s}) {
        Person p;
        p.memberId = solo;
        p.name = name + u" Sorted"_s;
        p.introducedBy = introducerId;
        const qint64 id = people.add(p, &error);
        ASSERT_GT(id, 0) << error.toStdString();
        Contribution x;
        x.personId = id;
        x.date = fixedNow().date().addDays(-60);
        x.kindId = log.kindIdByCode(u"appreciation"_s);
        ASSERT_GT(log.add(x, &error), 0) << error.toStdString();
    }
    const QStringList expected = {u"alex"_s, u"Anna"_s, u"bob"_s, u"Bobby"_s, u"zoe"_s, u"Émile"_s};
    const auto sorted = [](const auto& list, auto name) {
        QStringList shown;
        for (const auto& item : list) {
            const QString n = name(item);
            if (n.endsWith(u" Sorted"_s))
                shown << n.section(u' ', 0, 0);
        }
        return shown;
    };
    const auto personName = [](const Person& p) { return p.name; };
    EXPECT_EQ(sorted(people.people(solo), personName), expected);
    EXPECT_EQ(sorted(people.introducedBy(introducerId), personName), expected);
    EXPECT_EQ(sorted(analytics::exchangeByPerson(t.db(), solo),
                  [](const analytics::PersonExchange& p) { return p.name; }),
        expected);
    EXPECT_EQ(sorted(analytics::weakTies(t.db(), solo).introduced,
                  [](const analytics::IntroducedPerson& p) { return p.name; }),
        expected);
    EXPECT_EQ(sorted(reachOutSuggestions(t.db(), solo, fixedNow().date(), 3, 10),
                  [](const ReachOutSuggestion& s) { return s.name; }),
        expected);
    // The relationship list itself, for comparison.
    RelationshipModel model(t.db());
    model.setMemberId(solo);
    model.sort(RelationshipModel::Name, Qt::AscendingOrder);
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.index(row, RelationshipModel::Name).data().toString();
    EXPECT_EQ(sorted(listed, [](const QString& n) { return n; }), expected);
}

namespace {
/// Every row id the model shows, read page after page from the top.
QStringList shownIds(ContributionModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ContributionModel::IdRole).toString();
    return ids;
}
} // namespace

TEST_F(Models, ContributionsSortedByPersonFollowEachOtherAcrossPagesWhateverTheCase)
{
    // Names sort without regard to case, one person's rows by id: pages of 256 end inside
    // a person's run of rows. Read from the top, and jumping straight down the list.
    PeopleService people(t.db());
    ContributionService log(t.db());
    for (const QString& name :
        {u"anna Case"_s, u"ANNA CASES"_s, u"Anna Casey"_s, u"aNNA CASEX"_s}) {
        Person p;
        p.memberId = me;
        p.name = name;
        const qint64 personId = people.add(p, nullptr);
        ASSERT_GT(personId, 0);
        for (int i = 0; i < 240; ++i) {
            Contribution c;
            c.personId = personId;
            c.date = fixedNow().date().addDays(-(i % 5));
            c.kindId = log.kinds().constFirst().id;
            ASSERT_GT(log.add(c, nullptr), 0);
        }
    }
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const QString dir = order == Qt::DescendingOrder ? u"DESC"_s : u"ASC"_s;
        const QStringList expected
            = names(u"SELECT c.id FROM contribution c JOIN person p ON p.id = c.person_id"
                    " WHERE p.member_id = %1 ORDER BY %2 %3, c.id %3"_s.arg(me)
                        .arg(t->caseInsensitiveOrder(u"p.name"_s), dir));
        ContributionModel model(t.db());
        model.setMemberId(me);
        model.sort(ContributionModel::Person, order);
        ASSERT_EQ(model.rowCount(), expected.size());
        EXPECT_EQ(shownIds(model), expected) << "every row once, in the names' order";
        ContributionModel jumping(t.db());
        jumping.setMemberId(me);
        jumping.sort(ContributionModel::Person, order);
        for (const int row : {int(expected.size()) - 1, 700, 256, 255, 0, 511, 512})
            EXPECT_EQ(
                jumping.index(row, 0).data(ContributionModel::IdRole).toString(), expected.at(row))
                << "row " << row;
    }
}

TEST_F(Models, TheFilteredLogShowsWhatAPlainScanFindsAfterEdits)
{
    // The member holds most of the file here, so date-sorted pages walk the date index
    // (ContributionModel::walksDates); the rows must still be exactly the member's that
    // match, newest first, whatever the filter and after every kind of edit. The text is
    // never read as a pattern: quotes, %, _, *, backslash and FTS words are plain text.
    ASSERT_GE(scalar(t.db(),
                  u"SELECT 10 * count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
                  " WHERE p.member_id = %1"_s.arg(me))
                  .toInt(),
        scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt())
        << "the member holds a tenth of the file or more";
    ContributionService log(t.db());
    PeopleService people(t.db());
    Person odd;
    odd.memberId = me;
    odd.name = u"O'Neil \"Q\" 100%_x\\y"_s;
    const qint64 oddId = people.add(odd, nullptr);
    ASSERT_GT(oddId, 0);
    Contribution c;
    c.personId = oddId;
    c.date = fixedNow().date();
    c.kindId = log.kinds().constFirst().id;
    c.note = u"near AND far * 50% off_by\\one"_s;
    const qint64 added = log.add(c, nullptr);
    ASSERT_GT(added, 0);
    struct Row
    {
        QString id;
        QString name;
        QString note;
        int direction;
    };
    const auto expected = [&](const QString& text, int direction) {
        QSqlQuery q(t->connection());
        q.exec(u"SELECT c.id, p.name, c.note, c.direction FROM contribution c JOIN person p"
               " ON p.id = c.person_id WHERE p.member_id = %1"
               " ORDER BY c.happened_on DESC, c.id DESC"_s.arg(me));
        QStringList ids;
        while (q.next()) {
            const Row r {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt()};
            if ((direction < 0 || r.direction == direction)
                && (r.name.contains(text, Qt::CaseInsensitive)
                    || r.note.contains(text, Qt::CaseInsensitive)))
                ids << r.id;
        }
        return ids;
    };
    ContributionModel model(t.db());
    model.setMemberId(me);
    const QStringList texts = {u"a"_s, u"AE"_s, u"ann"_s, u"'"_s, u"\""_s, u"%"_s, u"_"_s, u"\\"_s,
        u"*"_s, u"near"_s, u"AND"_s, u"50% off_by\\o"_s, u"o'neil \"q\""_s, u"zzzq"_s};
    const auto check = [&](const char* after) {
        for (const QString& text : texts) {
            for (const int direction : {-1, 1}) {
                ContributionModel::Filter f;
                f.text = text;
                f.direction = direction;
                model.setFilter(f);
                EXPECT_EQ(shownIds(model), expected(text, direction))
                    << after << ": " << text.toStdString() << " direction " << direction;
            }
        }
    };
    check("as generated");
    Contribution edited = *log.contribution(added);
    edited.note = u"renamed to something else"_s;
    ASSERT_TRUE(log.update(edited, nullptr));
    check("after an edit");
    Person renamed = *people.person(oddId);
    renamed.name = u"Plain Name"_s;
    ASSERT_TRUE(people.update(renamed, nullptr));
    check("after renaming the person");
    ASSERT_TRUE(log.remove(added, nullptr));
    check("after a removal");
}

TEST_F(Models, TheLogsCountIsThePlainCountForEveryFilterAfterEdits)
{
    // A filter on week, kind or channel (with or without a direction) is counted from the
    // tallies: the count must be the rows a plain scan finds, after adding, changing and
    // removing contributions, and with two of those filters at once (counted from the rows).
    ContributionService log(t.db());
    const WeekCalendar calendar = CircleService(t.db()).calendar(circleId);
    const qint64 kind = log.kinds().at(1).id;
    const qint64 channel = log.channels().at(2).id;
    ContributionModel model(t.db());
    model.setMemberAndCalendar(me, calendar);
    const auto check = [&](const char* after) {
        struct Case
        {
            int week;
            qint64 kind;
            qint64 channel;
            int direction;
        };
        for (const Case& c : {Case {0, -1, -1, -1}, Case {3, -1, -1, -1}, Case {3, -1, -1, 1},
                 Case {0, kind, -1, -1}, Case {0, kind, -1, 0}, Case {0, -1, channel, -1},
                 Case {0, -1, channel, 1}, Case {3, kind, -1, -1}, Case {0, kind, channel, 0}}) {
            ContributionModel::Filter f;
            f.week = c.week;
            f.kindId = c.kind;
            f.channelId = c.channel;
            f.direction = c.direction;
            model.setFilter(f);
            QStringList where {u"p.member_id = %1"_s.arg(me)};
            if (c.week > 0)
                where << u"c.happened_on >= '%1' AND c.happened_on < '%2'"_s.arg(
                    calendar.weekStart(c.week).toString(Qt::ISODate),
                    calendar.weekEnd(c.week).toString(Qt::ISODate));
            if (c.kind > 0)
                where << u"c.kind_id = %1"_s.arg(c.kind);
            if (c.channel > 0)
                where << u"c.channel_id = %1"_s.arg(c.channel);
            if (c.direction >= 0)
                where << u"c.direction = %1"_s.arg(c.direction);
            const int plain = scalar(t.db(),
                u"SELECT count(*) FROM contribution c JOIN person p ON p.id = c.person_id"
                " WHERE "_s
                    + where.join(u" AND "_s))
                                  .toInt();
            EXPECT_EQ(model.rowCount(), plain)
                << after << ": week " << c.week << " kind " << c.kind << " channel " << c.channel
                << " direction " << c.direction;
        }
    };
    check("as generated");
    ASSERT_GT(model.rowCount(), 0);
    Contribution c;
    c.personId
        = scalar(t.db(), u"SELECT min(id) FROM person WHERE member_id = %1"_s.arg(me)).toLongLong();
    c.date = calendar.weekStart(3).addDays(1);
    c.direction = Direction::Received;
    c.kindId = kind;
    c.channelId = channel;
    const qint64 added = log.add(c, nullptr);
    ASSERT_GT(added, 0);
    check("after adding");
    Contribution moved = *log.contribution(added);
    moved.date = calendar.weekStart(5);
    moved.direction = Direction::Given;
    moved.channelId = -1;
    ASSERT_TRUE(log.update(moved, nullptr));
    check("after moving it to another week, direction and channel");
    ASSERT_TRUE(log.remove(added, nullptr));
    check("after removing it");
}

TEST_F(Models, EveryRowsCountsAndLastContactAgreeWithARecountInEveryOrder)
{
    // The list reads counts and last contact from tally_person: each row against the
    // contributions themselves, after an edit and a removal, sorted by last contact.
    const auto check = [this](const char* when) {
        QHash<qint64, QString> want;
        QSqlQuery q(t->connection());
        ASSERT_TRUE(
            q.exec(u"SELECT p.id,"
                   " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id"
                   " AND c.direction = 0),"
                   " (SELECT count(*) FROM contribution c WHERE c.person_id = p.id"
                   " AND c.direction = 1),"
                   " (SELECT max(c.happened_on) FROM contribution c WHERE c.person_id = p.id)"
                   " FROM person p WHERE p.member_id = %1"_s.arg(me)));
        while (q.next())
            want.insert(q.value(0).toLongLong(),
                u"%1/%2/%3"_s.arg(q.value(1).toInt())
                    .arg(q.value(2).toInt())
                    .arg(q.value(3).toDate().toString(Qt::ISODate)));
        RelationshipModel model(t.db());
        model.setMemberId(me);
        model.sort(RelationshipModel::LastContact, Qt::DescendingOrder);
        ASSERT_EQ(model.rowCount(), want.size()) << when;
        QDate previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate last = model.index(row, RelationshipModel::LastContact).data().toDate();
            const QString got
                = u"%1/%2/%3"_s.arg(model.index(row, RelationshipModel::Given).data().toInt())
                      .arg(model.index(row, RelationshipModel::Received).data().toInt())
                      .arg(last.toString(Qt::ISODate));
            EXPECT_EQ(got, want.value(model.idAt(row))) << when << ", row " << row;
            if (row > 0 && previous.isValid() && last.isValid()) {
                EXPECT_LE(last, previous) << when << ", row " << row << ": newest first";
            }
            if (last.isValid())
                previous = last;
        }
    };
    check("as generated");
    ContributionService log(t.db());
    QSqlQuery q(t->connection());
    ASSERT_TRUE(
        q.exec(u"SELECT c.id FROM contribution c JOIN person p ON p.id = c.person_id"
               " WHERE p.member_id = %1 ORDER BY c.happened_on DESC, c.id LIMIT 2"_s.arg(me)));
    ASSERT_TRUE(q.next());
    const qint64 newest = q.value(0).toLongLong();
    ASSERT_TRUE(q.next());
    const qint64 second = q.value(0).toLongLong();
    q.finish();
    ASSERT_TRUE(log.remove(newest, nullptr));
    check("after removing the newest");
    for (Contribution c : log.forPerson(
             scalar(t.db(), u"SELECT person_id FROM contribution WHERE id = %1"_s.arg(second))
                 .toLongLong())) {
        if (c.id != second)
            continue;
        c.date = c.date.addDays(-400);
        c.direction = c.direction == Direction::Given ? Direction::Received : Direction::Given;
        c.brought = Brought::Nothing;
        ASSERT_TRUE(log.update(c, nullptr));
    }
    check("after moving one back a year, the other way");
}
