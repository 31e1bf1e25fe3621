// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Three laptops and one shared folder: invite, join, share, read, and everything a sync
// program or a person can do to the folder in between.
#include "SharingFixture.h"
#include "analytics/Analytics.h"
#include "circle/CircleService.h"
#include "meetings/Schedule.h"
#include "report/SummaryBuilder.h"
#include "sharing/CardBuilder.h"
#include "sharing/CardFolder.h"
#include "sharing/CardPublisher.h"
#include "sharing/CircleFigures.h"
#include "sharing/SharingService.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTest>
#include <QTimeZone>

using namespace outloud;
using namespace outloud::test;
using namespace outloud::sharing;
using namespace Qt::StringLiterals;

namespace {
constexpr int Meeting5 = 5;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

bool notesMention(const QStringList& notes, const QString& file, const QString& words)
{
    for (const QString& n : notes) {
        if (n.contains(file) && n.contains(words, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

class SharedCircle : public CircleSimulation
{
protected:
    void SetUp() override
    {
        CircleSimulation::SetUp();
        if (!HasFatalFailure())
            addWeekFour();
    }
};

TEST_F(SharedCircle, EachLaptopShowsTheOthersFiguresFromTheirCards)
{
    share(alice);
    share(bob);
    share(carol);

    const CircleFigures seenByAlice = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_TRUE(seenByAlice.notes.isEmpty()) << seenByAlice.notes.join(u'\n').toStdString();
    const MemberFigures* bobAtAlice = seenByAlice.find(alice.member(u"Bob"_s));
    ASSERT_TRUE(bobAtAlice);
    EXPECT_EQ(bobAtAlice->source, MemberFigures::Source::Card);
    EXPECT_EQ(bobAtAlice->round.given, 3);
    EXPECT_EQ(bobAtAlice->round.received, 1);
    EXPECT_EQ(bobAtAlice->round.commitmentsDue, 1);
    EXPECT_EQ(bobAtAlice->round.commitmentsKept, 1);
    EXPECT_EQ(bobAtAlice->asOf, fixedNow().toUTC());
    ASSERT_TRUE(bobAtAlice->card);
    EXPECT_EQ(bobAtAlice->card->goal, u"Publish a field guide to tide pools"_s);
    EXPECT_EQ(bobAtAlice->card->weeklyTarget, 2);
    // The card agrees with Bob's own overview: the same analytics made both.
    const analytics::WeeklyProgress bobsOwn
        = analytics::weeklyProgress(bob.db(), bob.circleId, bob.meId, fixedNow().date());
    EXPECT_EQ(bobAtAlice->card->streak, bobsOwn.streak);
    EXPECT_NEAR(bobAtAlice->card->habitStrength, bobsOwn.score, 0.001);
    EXPECT_GT(bobsOwn.score, 0.0);

    const MemberFigures* carolAtAlice = seenByAlice.find(alice.member(u"Carol"_s));
    ASSERT_TRUE(carolAtAlice);
    EXPECT_EQ(carolAtAlice->source, MemberFigures::Source::Card);
    EXPECT_EQ(carolAtAlice->round.given, 1);
    EXPECT_EQ(carolAtAlice->round.received, 0);
    const MemberFigures* aliceAtAlice = seenByAlice.find(alice.meId);
    EXPECT_EQ(aliceAtAlice->source, MemberFigures::Source::Local);
    EXPECT_EQ(aliceAtAlice->round.received, 1);

    // Carol's laptop sees Alice and Bob the same way.
    const CircleFigures seenByCarol = circleFigures(carol.db(), carol.circleId, Meeting5);
    EXPECT_EQ(seenByCarol.find(carol.member(u"Bob"_s))->round.given, 3);
    EXPECT_EQ(seenByCarol.find(carol.member(u"Alice"_s))->round.received, 1);
    EXPECT_EQ(seenByCarol.find(carol.member(u"Alice"_s))->source, MemberFigures::Source::Card);
    EXPECT_EQ(seenByCarol.find(carol.meId)->round.given, 1);
}

TEST_F(SharedCircle, NoNameOrNoteEverReachesTheFolder)
{
    share(alice);
    share(bob);
    share(carol);
    // A second write after more edits, as the debounced writer would make.
    log(bob, addPerson(bob, u"Valentin Ruiz-Okafor"_s, u"Owes me a favour"_s), Week4Day, 0,
        u"Lent Valentin the camera"_s);
    share(bob);
    const QByteArray bytes = folderBytes();
    ASSERT_FALSE(bytes.isEmpty());
    ASSERT_GT(privateTexts.size(), 15);
    for (const QString& text : std::as_const(privateTexts)) {
        EXPECT_FALSE(bytes.contains(text.toUtf8())) << text.toStdString();
        // Not even its first word (a first name alone identifies someone in a small circle).
        const QString first = text.section(u' ', 0, 0);
        if (first.size() >= 4) {
            EXPECT_FALSE(bytes.contains(first.toUtf8())) << first.toStdString();
        }
    }
    EXPECT_TRUE(bytes.contains("Publish a field guide")) << "the goal is shared, by choice";
}

TEST_F(SharedCircle, PartsSwitchedOffNeverLeaveTheMachine)
{
    share(bob, CountsPart);
    const QByteArray bytes = fileBytes(cardPath(bob));
    EXPECT_FALSE(bytes.contains("tide pools"));
    EXPECT_FALSE(bytes.contains("streak"));
    EXPECT_FALSE(bytes.contains("habit"));
    EXPECT_FALSE(bytes.contains("commitments"));
    const MemberFigures* seen
        = circleFigures(alice.db(), alice.circleId, Meeting5).find(alice.member(u"Bob"_s));
    EXPECT_EQ(seen->round.given, 3);
    EXPECT_FALSE(seen->round.hasCommitments);
    EXPECT_FALSE(seen->card->has(GoalPart));
}

TEST_F(SharedCircle, ACardRewrittenWhileBeingReadShowsTheOldOrTheNewNeverHalf)
{
    share(bob);
    // Bob's Outloud is half-way through writing a newer card (five given) when Alice reads.
    std::optional<Card> newer
        = buildCard(bob.db(), bob.circleId, bob.meId, AllParts, fixedNow().addSecs(60));
    ASSERT_TRUE(newer);
    newer->weeks[4].given = 5;
    const QByteArray json = cardToJson(*newer);
    QSaveFile writing(cardPath(bob));
    ASSERT_TRUE(writing.open(QIODevice::WriteOnly));
    writing.write(json.left(json.size() / 2));
    writing.flush();
    const CircleFigures during = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_EQ(during.find(alice.member(u"Bob"_s))->round.given, 3) << "the old card, whole";
    writing.write(json.mid(json.size() / 2));
    ASSERT_TRUE(writing.commit());
    const CircleFigures after = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_EQ(after.find(alice.member(u"Bob"_s))->round.given, 5) << "the new card, whole";
    EXPECT_TRUE(after.notes.isEmpty());
}

TEST_F(SharedCircle, ConflictCopiesWithOlderFiguresAreSkippedWithANote)
{
    share(bob);
    std::optional<Card> older
        = buildCard(bob.db(), bob.circleId, bob.meId, AllParts, fixedNow().addDays(-3));
    older->weeks[4].given = 1;
    const QString uid = SharingService(bob.db()).memberUid(bob.meId);
    const QStringList copies = {uid + u".sync-conflict-20260227-101010-ABCDEFG.outloud-card"_s,
        uid + u" (conflicted copy 2026-02-27).outloud-card"_s, u"~"_s + uid + u".outloud-card"_s,
        uid + u".outloud-card~"_s};
    for (const QString& name : copies)
        writeFile(QDir(folder.path()).filePath(name), cardToJson(*older));
    const CircleFigures seen = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_EQ(seen.find(alice.member(u"Bob"_s))->round.given, 3);
    EXPECT_EQ(seen.notes.size(), copies.size()) << seen.notes.join(u'\n').toStdString();
    EXPECT_TRUE(notesMention(seen.notes, copies.at(0), u"conflict copy"_s));
    EXPECT_TRUE(notesMention(seen.notes, copies.at(1), u"conflict copy"_s));
    EXPECT_TRUE(notesMention(seen.notes, copies.at(2), u"temporary"_s));
}

TEST_F(SharedCircle, ATruncatedCardIsSkippedAndNoFigureComesFromIt)
{
    share(carol);
    const QByteArray whole = fileBytes(cardPath(carol));
    writeFile(cardPath(carol), whole.left(whole.size() * 2 / 3));
    const CircleFigures seen = circleFigures(alice.db(), alice.circleId, Meeting5);
    const MemberFigures* c = seen.find(alice.member(u"Carol"_s));
    EXPECT_EQ(c->source, MemberFigures::Source::Local);
    EXPECT_FALSE(c->card);
    EXPECT_EQ(c->round.given, 0) << "nothing was logged for Carol on Alice's laptop";
    EXPECT_TRUE(notesMention(seen.notes, QFileInfo(cardPath(carol)).fileName(), u"incomplete"_s))
        << seen.notes.join(u'\n').toStdString();
    // An empty card and one from a newer Outloud are skipped the same way.
    writeFile(cardPath(carol), QByteArray());
    EXPECT_TRUE(notesMention(circleFigures(alice.db(), alice.circleId, Meeting5).notes,
        QFileInfo(cardPath(carol)).fileName(), u"empty"_s));
    writeFile(cardPath(carol), QByteArray(whole).replace("\"version\": 1", "\"version\": 7"));
    EXPECT_TRUE(notesMention(circleFigures(alice.db(), alice.circleId, Meeting5).notes,
        QFileInfo(cardPath(carol)).fileName(), u"newer"_s));
}

TEST_F(SharedCircle, ACardOfAnotherCircleIsSkipped)
{
    // Bob is also in another circle whose folder is, by mistake, the same one.
    Circle other;
    other.name = u"Porto Circle"_s;
    other.startDate = QDate(2026, 2, 3);
    other.meetingWeekday = Qt::Tuesday;
    QString error;
    const qint64 otherId
        = CircleService(bob.db()).createCircle(other, {u"Bob"_s, u"Dana"_s}, 0, 0, &error);
    ASSERT_GT(otherId, 0) << error.toStdString();
    const qint64 bobThere = CircleService(bob.db()).meId(otherId);
    ShareSettings s;
    s.folder = folder.path();
    s.confirmedAt = fixedNow();
    ASSERT_TRUE(SharingService(bob.db()).setSettings(otherId, s, &error));
    ASSERT_TRUE(CardPublisher(bob.db(), otherId, bobThere).publishNow(&error))
        << error.toStdString();
    const CircleFigures seen = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_EQ(seen.find(alice.member(u"Bob"_s))->source, MemberFigures::Source::Local);
    ASSERT_EQ(seen.notes.size(), 1);
    EXPECT_TRUE(seen.notes.first().contains(u"another circle"_s));
}

TEST_F(SharedCircle, ClockSkewBetweenMembersChangesNoFigureAndShowsTheWritersTime)
{
    // Bob's laptop runs three hours ahead, in Tokyo; Carol's is two days behind.
    const QDateTime bobsNow
        = fixedNow().toUTC().addSecs(3 * 3600).toTimeZone(QTimeZone("Asia/Tokyo"));
    bob.db().setClock([bobsNow] { return bobsNow; });
    carol.db().setClock([] { return fixedNow().addDays(-2); });
    share(bob);
    share(carol);
    const CircleFigures seen = circleFigures(alice.db(), alice.circleId, Meeting5);
    const MemberFigures* b = seen.find(alice.member(u"Bob"_s));
    const MemberFigures* c = seen.find(alice.member(u"Carol"_s));
    EXPECT_EQ(b->round.given, 3);
    EXPECT_EQ(c->round.given, 1) << "week 4 counts do not depend on the writer's clock";
    EXPECT_EQ(b->asOf, bobsNow.toUTC());
    EXPECT_EQ(c->asOf, fixedNow().addDays(-2).toUTC());
    EXPECT_TRUE(asOfText(b->asOf, fixedNow()).contains(u"ahead"_s));
    EXPECT_FALSE(asOfText(c->asOf, fixedNow()).contains(u"ahead"_s));
    EXPECT_TRUE(asOfText(c->asOf, fixedNow()).contains(QLocale().dayName(Qt::Saturday)))
        << asOfText(c->asOf, fixedNow()).toStdString();
}

TEST_F(SharedCircle, AMemberWhoLeavesTakesTheirCardAlong)
{
    share(bob);
    share(carol);
    // Carol leaves: her Outloud removes her card and stops sharing.
    QString error;
    const ShareSettings settings = SharingService(carol.db()).settings(carol.circleId);
    ASSERT_TRUE(
        removeCard(settings.folder, SharingService(carol.db()).memberUid(carol.meId), &error));
    ASSERT_TRUE(SharingService(carol.db()).setSettings(carol.circleId, {}, &error));
    log(carol, addPerson(carol, u"Ulla Brandt"_s, QString()), Week4Day, 0, QString());
    EXPECT_TRUE(CardPublisher(carol.db(), carol.circleId, carol.meId).publishNow(&error));
    EXPECT_FALSE(QFile::exists(cardPath(carol))) << "nothing written after leaving";
    const CircleFigures seen = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_EQ(seen.find(alice.member(u"Carol"_s))->source, MemberFigures::Source::Local);
    EXPECT_EQ(seen.find(alice.member(u"Bob"_s))->round.given, 3);
    EXPECT_TRUE(seen.notes.isEmpty());
}

TEST_F(SharedCircle, ACardOfSomeoneNotInTheMemberListIsSkipped)
{
    // Dave joined from a newer invitation Alice has not made on her laptop yet... or left.
    share(bob);
    Card dave = *buildCard(bob.db(), bob.circleId, bob.meId, AllParts, fixedNow());
    dave.memberUid = u"0123456789abcdef0123456789abcdef"_s;
    writeFile(QDir(folder.path()).filePath(cardFileName(dave.memberUid)), cardToJson(dave));
    const CircleFigures seen = circleFigures(alice.db(), alice.circleId, Meeting5);
    EXPECT_EQ(seen.members.size(), 3);
    ASSERT_EQ(seen.notes.size(), 1);
    EXPECT_TRUE(seen.notes.first().contains(u"not a member"_s));
}

TEST_F(SharedCircle, WhatTheFacilitatorTypesInFromTheRoundIsMarkedReported)
{
    QString error;
    const qint64 carolAtAlice = alice.member(u"Carol"_s);
    ASSERT_TRUE(SharingService(alice.db())
                    .setReported(carolAtAlice, Meeting5, ReportedRound {4, 2, 2, 1, {}}, &error))
        << error.toStdString();
    alice.t.reopen();
    const MemberFigures* c = circleFigures(alice.db(), alice.circleId, Meeting5).find(carolAtAlice);
    EXPECT_EQ(c->source, MemberFigures::Source::Reported);
    EXPECT_EQ(c->round.given, 4);
    EXPECT_EQ(c->round.received, 2);
    EXPECT_EQ(c->round.commitmentsDue, 2);
    EXPECT_EQ(c->round.commitmentsKept, 1);
    EXPECT_EQ(c->asOf, fixedNow().toUTC());
    EXPECT_FALSE(SharingService(alice.db())
                     .setReported(carolAtAlice, Meeting5, ReportedRound {1, 1, 1, 2, {}}, &error));
    EXPECT_EQ(SharingService(alice.db()).reported(carolAtAlice, Meeting5)->given, 4);
    // Another week is not affected.
    EXPECT_EQ(circleFigures(alice.db(), alice.circleId, 6).find(carolAtAlice)->source,
        MemberFigures::Source::Local);
}

TEST_F(SharedCircle, TheCardIsWrittenOnceChangesSettleNotOnEveryEdit)
{
    ShareSettings s;
    s.folder = folder.path();
    s.confirmedAt = fixedNow();
    QString error;
    ASSERT_TRUE(SharingService(bob.db()).setSettings(bob.circleId, s, &error));
    CardPublisher publisher(bob.db(), bob.circleId, bob.meId);
    publisher.setInterval(50);
    int writes = 0;
    QObject::connect(&publisher, &CardPublisher::published, [&writes] { ++writes; });
    const qint64 p = addPerson(bob, u"Tove Ekdahl"_s, QString());
    for (int i = 0; i < 5; ++i)
        log(bob, p, Week4Day, 0, QString());
    EXPECT_TRUE(publisher.isPending());
    EXPECT_FALSE(QFile::exists(cardPath(bob))) << "not written on every keystroke";
    QTRY_COMPARE(writes, 1);
    EXPECT_EQ(circleFigures(alice.db(), alice.circleId, Meeting5)
                  .find(alice.member(u"Bob"_s))
                  ->round.given,
        8);
}

TEST_F(SharedCircle, NothingIsWrittenBeforeTheMemberConfirms)
{
    ShareSettings s;
    s.folder = folder.path(); // chosen, but the preview not yet confirmed
    QString error;
    ASSERT_TRUE(SharingService(bob.db()).setSettings(bob.circleId, s, &error));
    ASSERT_TRUE(CardPublisher(bob.db(), bob.circleId, bob.meId).publishNow(&error));
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
}

TEST_F(SharedCircle, TheCircleSummaryPrintsEachMembersSharedFigures)
{
    share(bob);
    share(carol);
    QString error;
    const std::optional<CircleWeekSummary> summary
        = SummaryBuilder(alice.db()).circleWeek(alice.circleId, 4, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    ASSERT_EQ(summary->members.size(), 3);
    const CircleMemberRow& a = summary->members.at(0);
    const CircleMemberRow& b = summary->members.at(1);
    const CircleMemberRow& c = summary->members.at(2);
    EXPECT_TRUE(a.source.isEmpty()) << "Alice's own figures come from her database";
    EXPECT_EQ(a.numbers.received, 1);
    EXPECT_EQ(b.numbers.given, 3);
    EXPECT_EQ(b.numbers.received, 1);
    EXPECT_EQ(b.numbers.balance, 2);
    EXPECT_EQ(b.numbers.cumulativeBalance, 3) << "one more given in week 2";
    EXPECT_TRUE(b.source.startsWith(u"their card, as of "_s)) << b.source.toStdString();
    EXPECT_EQ(c.numbers.given, 1);
    // The circle's totals for week 4 add up the three laptops.
    EXPECT_EQ(summary->weeks.at(3).given, 4);
    EXPECT_EQ(summary->weeks.at(3).received, 2);
    EXPECT_EQ(summary->weeks.at(1).given, 1);
    // Meeting 5's commitments: Bob kept his (from his card).
    const std::optional<CircleWeekSummary> week5
        = SummaryBuilder(alice.db()).circleWeek(alice.circleId, 5, &error);
    EXPECT_EQ(week5->members.at(1).commitmentsDue, 1);
    EXPECT_EQ(week5->members.at(1).commitmentsKept, 1);
}

TEST_F(SharedCircle, OnlyTheOwnerOfTheFileWritesACard)
{
    // Alice's laptop knows Bob as a member, but it is not Bob's: it never writes his card.
    ShareSettings s;
    s.folder = folder.path();
    s.confirmedAt = fixedNow();
    QString error;
    ASSERT_TRUE(SharingService(alice.db()).setSettings(alice.circleId, s, &error));
    ASSERT_TRUE(
        CardPublisher(alice.db(), alice.circleId, alice.member(u"Bob"_s)).publishNow(&error));
    EXPECT_FALSE(QFile::exists(
        QDir(folder.path())
            .filePath(cardFileName(SharingService(alice.db()).memberUid(alice.member(u"Bob"_s))))));
    ASSERT_TRUE(CardPublisher(alice.db(), alice.circleId, alice.meId).publishNow(&error));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 1);
}
