// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keeping in touch: a rhythm per person or per closeness, due dates across the circle's
// weeks, and a contribution either way restarting the rhythm.
#include "people/KeepInTouch.h"

#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "io/Csv.h"
#include "io/CsvExport.h"
#include "io/JsonArchive.h"
#include "people/PeopleService.h"
#include "people/ReachOut.h"
#include "people/RelationshipModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct KeepInTouch : ::testing::Test
{
    TempDatabase t;
    qint64 circleId = -1;
    qint64 me = -1;
    // The circle meets on Mondays from 2026-03-02: week N starts on 2026-03-02 + 7(N-1).
    void SetUp() override
    {
        Circle c;
        c.name = u"C"_s;
        c.startDate = QDate(2026, 3, 2);
        CircleService s(t.db());
        circleId = s.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, nullptr);
        me = s.meId(circleId);
    }
    qint64 add(const QString& name, int closeness, int everyWeeks = -1)
    {
        Person p;
        p.memberId = me;
        p.name = name;
        p.closeness = closeness;
        p.keepInTouchWeeks = everyWeeks;
        p.createdOn = QDate(2026, 3, 2);
        QString error;
        const qint64 id = PeopleService(t.db()).add(p, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return id;
    }
    void log(qint64 personId, QDate on, Direction direction)
    {
        ContributionService log(t.db());
        Contribution c;
        c.personId = personId;
        c.date = on;
        c.direction = direction;
        c.kindId = log.kinds().first().id;
        QString error;
        ASSERT_GT(log.add(c, &error), 0) << error.toStdString();
    }
    TouchWeek week(int n) const { return {weekStart(n), weekStart(n + 1)}; }
    static QDate weekStart(int n) { return QDate(2026, 3, 2).addDays(7 * (n - 1)); }
    TouchStatus statusIn(qint64 personId, int n)
    {
        const TouchWeek w = keepintouch::weekOf(t.db(), circleId, weekStart(n).addDays(3));
        EXPECT_EQ(w.start, weekStart(n));
        EXPECT_EQ(w.end, weekStart(n + 1));
        for (const TouchEntry& e : KeepInTouchService(t.db()).entries(me, w)) {
            if (e.personId == personId)
                return e.status;
        }
        return TouchStatus::NoRhythm;
    }
};
} // namespace

TEST_F(KeepInTouch, NewFilesAndUpgradedOnesCarryTheDefaults)
{
    const std::array<int, 6> expected {0, 0, 8, 4, 2, 2};
    EXPECT_EQ(KeepInTouchService(t.db()).defaults(), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    ASSERT_TRUE(QFile::copy(dataPath(u"schema-v2.sqlite"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::MustExist);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(KeepInTouchService(*db).defaults(), expected);
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM person WHERE keep_in_touch_weeks IS NULL"_s),
        scalar(*db, u"SELECT count(*) FROM person"_s))
        << "everyone on an upgraded list follows the default for their closeness";
    EXPECT_GT(scalar(*db, u"SELECT count(*) FROM person"_s).toInt(), 0);
}

TEST_F(KeepInTouch, DueDatesFollowTheCircleWeeks)
{
    // Closeness 4: every 2 weeks by default, counted from the day they were added.
    const qint64 farid = add(u"Farid"_s, 4);
    EXPECT_EQ(statusIn(farid, 1), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(farid, 2), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(farid, 3), TouchStatus::Due);
    EXPECT_EQ(statusIn(farid, 4), TouchStatus::Overdue);
    EXPECT_EQ(statusIn(farid, 9), TouchStatus::Overdue);

    // Closeness 3: every month (4 weeks).
    const qint64 emma = add(u"Emma"_s, 3);
    EXPECT_EQ(statusIn(emma, 4), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(emma, 5), TouchStatus::Due);
    EXPECT_EQ(statusIn(emma, 6), TouchStatus::Overdue);

    // Closeness 0 has no rhythm by default: never due.
    const qint64 stranger = add(u"Stranger"_s, 0);
    EXPECT_EQ(statusIn(stranger, 12), TouchStatus::NoRhythm);
}

TEST_F(KeepInTouch, AContributionEitherWayRestartsTheRhythm)
{
    const qint64 farid = add(u"Farid"_s, 4); // due 2026-03-16 (week 3)
    log(farid, QDate(2026, 3, 18), Direction::Received); // week 3: due again 2026-04-01
    EXPECT_EQ(statusIn(farid, 3), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(farid, 4), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(farid, 5), TouchStatus::Due);
    log(farid, QDate(2026, 3, 31), Direction::Given); // week 5: due 2026-04-14 (week 7)
    EXPECT_EQ(statusIn(farid, 5), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(farid, 6), TouchStatus::OnTrack);
    EXPECT_EQ(statusIn(farid, 7), TouchStatus::Due);
    EXPECT_EQ(statusIn(farid, 8), TouchStatus::Overdue);
    const auto entries = KeepInTouchService(t.db()).entries(me, week(7));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().lastContact, QDate(2026, 3, 31));
    EXPECT_EQ(entries.first().due, QDate(2026, 4, 14));
}

TEST_F(KeepInTouch, AnOwnRhythmOverridesTheDefaultAndNoneTakesThemOff)
{
    const qint64 ada = add(u"Ada"_s, 1, 1); // every week although closeness 1 has none
    const qint64 bo = add(u"Bo"_s, 4, 0); // none although closeness 4 has every 2 weeks
    const qint64 cy = add(u"Cy"_s, 4);
    EXPECT_EQ(statusIn(ada, 2), TouchStatus::Due);
    EXPECT_EQ(statusIn(bo, 12), TouchStatus::NoRhythm);
    EXPECT_EQ(PeopleService(t.db()).person(ada)->keepInTouchWeeks, 1);
    EXPECT_EQ(PeopleService(t.db()).person(cy)->keepInTouchWeeks, -1);

    KeepInTouchService service(t.db());
    QString error;
    ASSERT_TRUE(service.setDefault(4, 8, &error)) << error.toStdString();
    EXPECT_EQ(statusIn(cy, 3), TouchStatus::OnTrack) << "now every 2 months";
    EXPECT_EQ(statusIn(cy, 9), TouchStatus::Due);
    EXPECT_EQ(statusIn(bo, 12), TouchStatus::NoRhythm) << "an own rhythm ignores the default";
    ASSERT_TRUE(service.setRhythm(bo, -1, &error)) << error.toStdString();
    EXPECT_EQ(service.rhythm(bo), -1);
    EXPECT_EQ(statusIn(bo, 9), TouchStatus::Due);

    EXPECT_FALSE(service.setDefault(6, 2, &error));
    EXPECT_FALSE(service.setRhythm(ada, 53, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(service.rhythm(ada), 1);
    EXPECT_FALSE(service.setRhythm(999999, 2, &error)) << "no such person";
}

TEST_F(KeepInTouch, TheListFiltersAndSortsByIt)
{
    const qint64 farid = add(u"Farid"_s, 4); // due 03-16
    const qint64 emma = add(u"Emma"_s, 3); // due 03-30
    add(u"Stranger"_s, 0); // never
    const qint64 ada = add(u"Ada"_s, 2, 1); // due 03-09
    RelationshipModel model(t.db());
    QAbstractItemModelTester tester(&model);
    model.setMemberId(me);
    model.setTouchWeek(week(5)); // 03-30 .. 04-06
    EXPECT_EQ(model.rowCount(), 4);
    model.setTouchFilter(RelationshipModel::TouchFilter::DueThisWeek);
    ASSERT_EQ(model.rowCount(), 3) << "Ada, Farid (overdue) and Emma (due)";
    model.setTouchFilter(RelationshipModel::TouchFilter::LosingTouch);
    ASSERT_EQ(model.rowCount(), 2);
    model.setTouchFilter(RelationshipModel::TouchFilter::Everyone);
    model.sort(RelationshipModel::KeepInTouch, Qt::AscendingOrder);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.idAt(0), ada);
    EXPECT_EQ(model.idAt(1), farid);
    EXPECT_EQ(model.idAt(2), emma);
    EXPECT_EQ(model.index(1, RelationshipModel::KeepInTouch).data().toDate(), QDate(2026, 3, 16));
    EXPECT_EQ(model.index(1, 0).data(RelationshipModel::TouchStatusRole).toInt(),
        int(TouchStatus::Overdue));
    EXPECT_EQ(
        model.index(2, 0).data(RelationshipModel::TouchStatusRole).toInt(), int(TouchStatus::Due));
    EXPECT_FALSE(model.index(3, RelationshipModel::KeepInTouch).data().isValid());
}

TEST_F(KeepInTouch, ReachOutDrawsOnTheRhythmWithAKindThatFitsTheCloseness)
{
    const qint64 farid = add(u"Farid"_s, 4);
    const qint64 emma = add(u"Emma"_s, 3);
    add(u"Later"_s, 3, 26); // has a rhythm, not due yet: not suggested though never in touch
    const qint64 quiet = add(u"Quiet"_s, 1); // no rhythm, never in touch: the silence rule
    const QList<ReachOutSuggestion> s = reachOutSuggestions(t.db(), me, QDate(2026, 4, 1), 3);
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s.at(2).personId, quiet);
    EXPECT_EQ(s.at(2).touch, TouchStatus::NoRhythm);
    EXPECT_EQ(s.at(0).personId, farid) << "the most overdue first";
    EXPECT_EQ(s.at(0).touch, TouchStatus::Overdue);
    EXPECT_EQ(s.at(1).personId, emma);
    EXPECT_EQ(s.at(1).touch, TouchStatus::Due);
    const QList<ContributionKind> kinds = ContributionService(t.db()).kinds();
    for (const ReachOutSuggestion& r : s) {
        QString code;
        for (const ContributionKind& k : kinds) {
            if (k.id == r.kindId)
                code = k.code;
        }
        EXPECT_TRUE(fittingKindCodes(r.closeness).contains(code)) << code.toStdString();
    }
}

TEST(KeepInTouchLabels, NameTheRhythms)
{
    EXPECT_EQ(keepintouch::label(0), u"none"_s);
    EXPECT_EQ(keepintouch::label(2), u"every 2 weeks"_s);
    EXPECT_EQ(keepintouch::label(4), u"every month"_s);
    EXPECT_FALSE(keepintouch::dueDate(QDate(2026, 1, 1), QDate(2025, 1, 1), 0).isValid());
    EXPECT_EQ(keepintouch::dueDate({}, QDate(2026, 1, 1), 2), QDate(2026, 1, 15));
}

TEST_F(KeepInTouch, TheExportCarriesIt)
{
    add(u"Farid"_s, 4); // every 2 weeks by default: due 2026-03-16
    add(u"Bo"_s, 1, 3); // every 3 weeks of his own: due 2026-03-23
    add(u"Stranger"_s, 0); // none
    QByteArray csv;
    QString error;
    ASSERT_TRUE(io::exportPeopleCsv(t.db(), me, &csv, &error)) << error.toStdString();
    const io::CsvTable table = io::parseCsv(csv);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.rows.size(), 4);
    const QStringList header = table.rows.at(0).fields;
    const qsizetype rhythm = header.indexOf(u"Keep in touch"_s);
    const qsizetype due = header.indexOf(u"Next due"_s);
    ASSERT_GE(rhythm, 0);
    ASSERT_GE(due, 0);
    QMap<QString, QStringList> byName;
    for (qsizetype i = 1; i < table.rows.size(); ++i)
        byName.insert(table.rows.at(i).fields.at(1), table.rows.at(i).fields);
    EXPECT_EQ(byName.value(u"Farid"_s).at(rhythm), u"every 2 weeks"_s);
    EXPECT_EQ(byName.value(u"Farid"_s).at(due), u"2026-03-16"_s);
    EXPECT_EQ(byName.value(u"Bo"_s).at(rhythm), u"every 3 weeks"_s);
    EXPECT_EQ(byName.value(u"Bo"_s).at(due), u"2026-03-23"_s);
    EXPECT_EQ(byName.value(u"Stranger"_s).at(rhythm), u"none"_s);
    EXPECT_EQ(byName.value(u"Stranger"_s).at(due), QString());

    QByteArray json;
    ASSERT_TRUE(io::json::exportDatabase(t.db(), &json, &error)) << error.toStdString();
    EXPECT_TRUE(json.contains("keep_in_touch_weeks"));
    EXPECT_TRUE(json.contains("keep_in_touch_default"));
}

TEST_F(KeepInTouch, EveryWeeksDueListAgreesWithARecountAfterEachEdit)
{
    // entries() reads the last contact from tally_person and looks it up only for a week
    // that ends on or before it: each week's list against the contributions themselves,
    // after logging, moving, deleting and undoing the deletion.
    const qint64 farid = add(u"Farid"_s, 4, 2);
    const qint64 emma = add(u"Emma"_s, 3, 1);
    add(u"Never"_s, 2, 3); // never in touch: counts from the day added
    const qint64 ines = add(u"Ines"_s, 5, 4);
    add(u"Off"_s, 1, 0); // no rhythm: never on the list
    ContributionService service(t.db());
    const auto logged = [&](qint64 personId, QDate on, Direction direction) {
        Contribution c;
        c.personId = personId;
        c.date = on;
        c.direction = direction;
        c.kindId = service.kinds().first().id;
        QString error;
        const qint64 id = service.add(c, &error);
        EXPECT_GT(id, 0) << error.toStdString();
        return service.contribution(id).value_or(Contribution {});
    };
    const auto check = [&](const char* when) {
        for (int n = 1; n <= 12; ++n) {
            const TouchWeek w = week(n);
            QSqlQuery q(t->connection());
            ASSERT_TRUE(q.exec(
                u"SELECT p.id, p.created_on, coalesce(p.keep_in_touch_weeks, d.every_weeks, 0),"
                " (SELECT max(c.happened_on) FROM contribution c WHERE c.person_id = p.id"
                " AND c.happened_on < '%1')"
                " FROM person p LEFT JOIN keep_in_touch_default d ON d.closeness = p.closeness"
                " WHERE p.member_id = %2"_s.arg(w.end.toString(Qt::ISODate))
                    .arg(me)));
            QMap<qint64, QString> want;
            QList<qint64> wantDue;
            while (q.next()) {
                const int every = q.value(2).toInt();
                if (every <= 0)
                    continue;
                const QDate last = q.value(3).toDate();
                const QDate due = keepintouch::dueDate(last, q.value(1).toDate(), every);
                const TouchStatus status = keepintouch::status(due, w);
                want.insert(q.value(0).toLongLong(),
                    u"%1 %2 %3"_s.arg(last.toString(Qt::ISODate), due.toString(Qt::ISODate))
                        .arg(int(status)));
                if (status == TouchStatus::Due || status == TouchStatus::Overdue)
                    wantDue << q.value(0).toLongLong();
            }
            QMap<qint64, QString> got;
            for (const TouchEntry& e : KeepInTouchService(t.db()).entries(me, w))
                got.insert(e.personId,
                    u"%1 %2 %3"_s
                        .arg(e.lastContact.toString(Qt::ISODate), e.due.toString(Qt::ISODate))
                        .arg(int(e.status)));
            EXPECT_EQ(got, want) << when << ", week " << n;
            QList<qint64> gotDue;
            for (const TouchEntry& e : KeepInTouchService(t.db()).due(me, w))
                gotDue << e.personId;
            std::sort(wantDue.begin(), wantDue.end());
            std::sort(gotDue.begin(), gotDue.end());
            EXPECT_EQ(gotDue, wantDue) << when << ", week " << n;
        }
    };
    check("before any contribution");
    logged(farid, QDate(2026, 3, 4), Direction::Given);
    Contribution moved = logged(farid, QDate(2026, 3, 25), Direction::Received);
    const Contribution deleted = logged(emma, QDate(2026, 4, 8), Direction::Given);
    logged(emma, QDate(2026, 3, 10), Direction::Received);
    logged(ines, QDate(2026, 5, 6), Direction::Given); // logged ahead of most weeks
    check("after logging");
    moved.date = QDate(2026, 3, 12);
    QString error;
    ASSERT_TRUE(service.update(moved, &error)) << error.toStdString();
    check("after moving one back");
    moved.date = QDate(2026, 4, 29);
    ASSERT_TRUE(service.update(moved, &error)) << error.toStdString();
    check("after moving it ahead");
    ASSERT_TRUE(service.remove(deleted.id, &error)) << error.toStdString();
    check("after deleting the newest");
    ASSERT_TRUE(service.restore(deleted, &error)) << error.toStdString();
    check("after undoing the deletion");
}
