// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingFixture.h"

#include "circle/CircleService.h"
#include "contributions/ContributionService.h"
#include "goal/GoalService.h"
#include "meetings/MeetingRecord.h"
#include "people/PeopleService.h"
#include "sharing/CardPublisher.h"
#include "sharing/SharingService.h"

#include <QDir>
#include <QDirIterator>

using namespace outloud::sharing;

using namespace Qt::StringLiterals;

namespace outloud::test {

qint64 Laptop::member(const QString& name)
{
    return CircleService(db()).memberIdByName(circleId, name);
}

void CircleSimulation::SetUp()
{
    ASSERT_TRUE(folder.isValid());
    Circle c;
    c.name = u"Lisbon Circle"_s;
    c.startDate = QDate(2026, 2, 2);
    c.meetingWeekday = Qt::Monday;
    c.meetingTime = QTime(18, 0);
    c.timeZone = u"Europe/Lisbon"_s;
    QString error;
    alice.circleId = CircleService(alice.db())
                         .createCircle(c, {u"Alice"_s, u"Bob"_s, u"Carol"_s}, 0, 0, &error);
    ASSERT_GT(alice.circleId, 0) << error.toStdString();
    alice.meId = alice.member(u"Alice"_s);
    const std::optional<sharing::Invitation> inv
        = sharing::SharingService(alice.db()).invitation(alice.circleId, &error);
    ASSERT_TRUE(inv) << error.toStdString();
    // Through the file, as the members get it.
    const std::optional<sharing::Invitation> read
        = sharing::parseInvitation(sharing::invitationToJson(*inv), &error);
    ASSERT_TRUE(read) << error.toStdString();
    invitation = *read;
    for (auto [laptop, index] : {std::pair {&bob, 1}, std::pair {&carol, 2}}) {
        const auto outcome = sharing::SharingService(laptop->db())
                                 .join(invitation, invitation.members.at(index).uid, &error);
        ASSERT_TRUE(outcome) << error.toStdString();
        laptop->circleId = outcome->circleId;
        laptop->meId = outcome->meId;
    }
    privateTexts << u"Alice"_s << u"Bob"_s << u"Carol"_s;
}

void CircleSimulation::addWeekFour()
{
    // Bob: three given and one received in week 4, a goal, a commitment kept.
    const qint64 zed = addPerson(bob, u"Zed Quartermain"_s, u"Met at the harbour talk"_s);
    const qint64 yara = addPerson(bob, u"Yara Oyelaran"_s, u"Wants the slides"_s);
    log(bob, zed, Week4Day, 0, u"Sent Zed the harbour paper"_s);
    log(bob, zed, Week4Day.addDays(1), 0, QString());
    log(bob, yara, Week4Day.addDays(2), 0, u"Introduced Yara to the museum"_s);
    log(bob, yara, Week4Day.addDays(3), 1, u"Yara offered a review"_s);
    log(bob, yara, QDate(2026, 2, 10), 0, u"Early thanks"_s); // week 2
    GoalRevision goal;
    goal.memberId = bob.meId;
    goal.accomplish = u"Publish a field guide to tide pools"_s;
    goal.why = u"Because of my daughter Ines"_s;
    goal.progress = u"A draft reviewed by Zed"_s;
    goal.weeklyTarget = 2;
    privateTexts << goal.why << goal.progress;
    QString error;
    EXPECT_GT(GoalService(bob.db()).reviseGoal(goal, &error), 0) << error.toStdString();
    MeetingRecorder recorder(bob.db());
    MeetingCapture week4 = recorder.load(bob.circleId, 4);
    for (MemberCapture& m : week4.members) {
        if (m.memberId == bob.meId)
            m.newCommitments = {u"Call Zed about the guide"_s};
    }
    EXPECT_TRUE(recorder.save(week4, {}, &error)) << error.toStdString();
    MeetingCapture week5 = recorder.load(bob.circleId, 5);
    for (MemberCapture& m : week5.members) {
        for (Commitment& c : m.due)
            c.kept = true;
    }
    EXPECT_TRUE(recorder.save(week5, {}, &error)) << error.toStdString();
    privateTexts << u"Call Zed about the guide"_s;
    // Carol: one given in week 4.
    const qint64 xia = addPerson(carol, u"Xia Lindqvist"_s, u"Private: changing jobs"_s);
    log(carol, xia, Week4Day, 0, u"Shared Xia's post"_s);
    // Alice: her own, which nobody else has.
    const qint64 wim = addPerson(alice, u"Wim Achterberg"_s, u"Do not mention the merger"_s);
    log(alice, wim, Week4Day, 1, u"Wim's tip on grants"_s);
    // Alice has chosen the folder (she reads) but not yet agreed to write her card.
    ShareSettings reading;
    reading.folder = folder.path();
    EXPECT_TRUE(SharingService(alice.db()).setSettings(alice.circleId, reading, &error));
}

qint64 CircleSimulation::addPerson(Laptop& laptop, const QString& name, const QString& notes)
{
    Person p;
    p.memberId = laptop.meId;
    p.name = name;
    p.notes = notes;
    p.closeness = 2;
    QString error;
    const qint64 id = PeopleService(laptop.db()).add(p, &error);
    EXPECT_GT(id, 0) << error.toStdString();
    privateTexts << name << notes;
    return id;
}

void CircleSimulation::log(
    Laptop& laptop, qint64 personId, QDate day, int direction, const QString& note)
{
    ContributionService service(laptop.db());
    Contribution c;
    c.personId = personId;
    c.date = day;
    c.direction = Direction(direction);
    c.kindId = service.kindIdByCode(u"help"_s);
    c.note = note;
    QString error;
    EXPECT_GT(service.add(c, &error), 0) << error.toStdString();
    if (!note.isEmpty())
        privateTexts << note;
}

void CircleSimulation::share(Laptop& laptop, int parts)
{
    sharing::ShareSettings settings;
    settings.folder = folder.path();
    settings.parts = parts;
    settings.confirmedAt = laptop.db().now();
    QString error;
    ASSERT_TRUE(sharing::SharingService(laptop.db()).setSettings(laptop.circleId, settings, &error))
        << error.toStdString();
    sharing::CardPublisher publisher(laptop.db(), laptop.circleId, laptop.meId);
    ASSERT_TRUE(publisher.publishNow(&error)) << error.toStdString();
}

QByteArray CircleSimulation::folderBytes() const
{
    QByteArray all;
    QDirIterator it(folder.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += fileBytes(it.next());
    return all;
}

QString CircleSimulation::cardPath(Laptop& laptop)
{
    return QDir(folder.path())
        .filePath(sharing::SharingService(laptop.db()).memberUid(laptop.meId) + u".outloud-card"_s);
}

} // namespace outloud::test
