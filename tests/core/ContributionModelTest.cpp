// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contributions log's model: paging, sorting, filters and counts against plain SQL.
#include "contributions/ContributionModel.h"

#include "ModelsFixture.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThreadPool>
#include <algorithm>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

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

namespace {
/// A person of @p member's with @p n contributions noted @p note, on a few days.
qint64 personWithContributions(Database& db, qint64 member, const QString& name, int n)
{
    PeopleService people(db);
    Person p;
    p.memberId = member;
    p.name = name;
    const qint64 id = people.add(p, nullptr);
    ContributionService log(db);
    for (int i = 0; i < n; ++i) {
        Contribution c;
        c.personId = id;
        c.date = fixedNow().date().addDays(-(i % 4));
        c.kindId = log.kinds().constFirst().id;
        c.note = u"note %1"_s.arg(i);
        log.add(c, nullptr);
    }
    return id;
}

/// What a plain query finds for the text @p text in @p member's log, newest first.
QStringList plainIds(Models& m, const QString& text)
{
    return m.names(u"SELECT c.id FROM contribution c JOIN person p ON p.id = c.person_id"
                   " WHERE p.member_id = %1 AND (lower(p.name) LIKE '%%2%' OR lower(c.note)"
                   " LIKE '%%2%') ORDER BY c.happened_on DESC, c.id DESC"_s.arg(m.me)
                       .arg(text.toLower()));
}

/// Lets the counts under way finish and their answers arrive.
void finishCounts()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}
} // namespace

TEST_F(Models, ACountMadeInTheBackgroundArrivesAndIsThePlainCount)
{
    personWithContributions(t.db(), me, u"Qxalpha"_s, 700);
    ContributionModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCountsInBackground(true);
    model.setMemberId(me);
    QSignalSpy counted(&model, &ContributionModel::counted);
    model.setTextFilter(u"qxalpha"_s);
    const QStringList expected = plainIds(*this, u"qxalpha"_s);
    ASSERT_EQ(expected.size(), 700);
    // The first page is shown at once, and said to be short of the count.
    EXPECT_TRUE(model.isCounting());
    EXPECT_EQ(model.rowCount(), ContributionModel::PageSize);
    ASSERT_TRUE(counted.wait(10000));
    EXPECT_FALSE(model.isCounting());
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toInt(), 700);
    EXPECT_EQ(model.rowCount(), 700);
    EXPECT_EQ(shownIds(model), expected) << "every row once, in order, after the count";

    // A filter with fewer rows than a page is counted at once, with no count to wait for.
    model.setTextFilter(u"note 69"_s);
    EXPECT_FALSE(model.isCounting());
    EXPECT_EQ(model.rowCount(), plainIds(*this, u"note 69"_s).size());
    EXPECT_GT(model.rowCount(), 0);
}

TEST_F(Models, ScrollingBeforeTheCountArrivesReadsTheRowsInOrder)
{
    personWithContributions(t.db(), me, u"Qxalpha"_s, 700);
    ContributionModel model(t.db());
    model.setCountsInBackground(true);
    model.setMemberId(me);
    model.setTextFilter(u"qxalpha"_s);
    const QStringList expected = plainIds(*this, u"qxalpha"_s);
    // A view scrolled to the end asks for more: the rows grow a page at a time, and the last
    // page (not full) is the count.
    QSignalSpy counted(&model, &ContributionModel::counted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_FALSE(model.isCounting());
    EXPECT_EQ(model.rowCount(), 700);
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(shownIds(model), expected);
    finishCounts(); // the count begun before is not reported again
    EXPECT_EQ(counted.size(), 1);
    EXPECT_EQ(model.rowCount(), 700);
}

TEST_F(Models, TypingFastEndsOnTheLastFiltersRowsAndCount)
{
    personWithContributions(t.db(), me, u"Qxalpha"_s, 700);
    personWithContributions(t.db(), me, u"Qxbeta"_s, 300);
    ContributionModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCountsInBackground(true);
    model.setMemberId(me);
    QSignalSpy counted(&model, &ContributionModel::counted);
    // Each filter's count is begun before the next is typed; none is answered in between.
    for (const QString& text : {u"q"_s, u"qx"_s, u"qxa"_s, u"qx"_s, u"qxb"_s, u"qxbe"_s})
        model.setTextFilter(text);
    finishCounts();
    const QStringList expected = plainIds(*this, u"qxbe"_s);
    ASSERT_EQ(expected.size(), 300);
    ASSERT_EQ(counted.size(), 1) << "only the last filter's count is reported";
    EXPECT_EQ(counted.at(0).at(0).toInt(), 300);
    EXPECT_EQ(model.rowCount(), 300);
    EXPECT_EQ(shownIds(model), expected);
}

TEST_F(Models, AnOldFiltersCountNeverOverwritesANewOnes)
{
    personWithContributions(t.db(), me, u"Qxalpha"_s, 700);
    personWithContributions(t.db(), me, u"Qxbeta"_s, 300);
    ContributionModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCountsInBackground(true);
    model.setMemberId(me);
    QSignalSpy counted(&model, &ContributionModel::counted);

    // The first filter's count is made and on its way when the second filter is typed.
    model.setTextFilter(u"qxalpha"_s);
    QThreadPool::globalInstance()->waitForDone();
    model.setTextFilter(u"qxbeta"_s);
    EXPECT_TRUE(model.isCounting());
    finishCounts();
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toInt(), 300);
    EXPECT_EQ(model.rowCount(), 300);

    // And when the new filter is counted at once (fewer rows than a page), the old count
    // still arriving changes nothing.
    counted.clear();
    model.setTextFilter(u"qxalpha"_s);
    QThreadPool::globalInstance()->waitForDone();
    model.setTextFilter(u"note 69"_s);
    const int few = int(plainIds(*this, u"note 69"_s).size());
    EXPECT_EQ(model.rowCount(), few);
    finishCounts();
    EXPECT_TRUE(counted.isEmpty());
    EXPECT_EQ(model.rowCount(), few);

    // An edit while a count is under way reloads: the count reported is the one after it.
    model.setTextFilter(u"qxalpha"_s);
    ContributionService log(t.db());
    Contribution c;
    c.personId = scalar(t.db(), u"SELECT id FROM person WHERE name = 'Qxalpha'"_s).toLongLong();
    c.date = fixedNow().date();
    c.kindId = log.kinds().constFirst().id;
    ASSERT_GT(log.add(c, nullptr), 0);
    finishCounts();
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toInt(), 701);
    EXPECT_EQ(model.rowCount(), 701);
    EXPECT_EQ(shownIds(model), plainIds(*this, u"qxalpha"_s));
}

TEST_F(Models, SortingKeepsTheCountAndTheRowsFollowTheNewOrder)
{
    personWithContributions(t.db(), me, u"Qxalpha"_s, 700);
    ContributionModel model(t.db());
    model.setCountsInBackground(true);
    model.setMemberId(me);
    model.setTextFilter(u"qxalpha"_s);
    finishCounts();
    ASSERT_EQ(model.rowCount(), 700);
    model.sort(ContributionModel::Date, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), 700);
    QStringList expected = plainIds(*this, u"qxalpha"_s);
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(shownIds(model), expected);
    // Sorted while counting: the count still arrives, and the rows are in the new order.
    model.setTextFilter(u"qxalph"_s);
    EXPECT_TRUE(model.isCounting());
    model.sort(ContributionModel::Date, Qt::DescendingOrder);
    finishCounts();
    EXPECT_EQ(model.rowCount(), 700);
    EXPECT_EQ(shownIds(model), plainIds(*this, u"qxalph"_s));
}
