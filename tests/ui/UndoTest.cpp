// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands on their own: no window, just a stack and the database.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "contributions/ContributionCommands.h"
#include "contributions/ContributionService.h"
#include "goal/GoalCommands.h"
#include "goal/GoalService.h"
#include "people/PeopleCommands.h"
#include "people/PeopleService.h"
#include "undo/Editor.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
struct Undo : ::testing::Test
{
    TempDatabase t;
    qint64 me = -1;
    QUndoStack stack;
    QStringList failures;

    void SetUp() override
    {
        Circle c;
        c.name = u"C"_s;
        c.startDate = QDate(2026, 3, 2);
        CircleService circles(t.db());
        me = circles.meId(circles.createCircle(c, {u"Me"_s, u"You"_s}, 0, 0, nullptr));
    }
    // What Editor::push does, with a stack of our own.
    bool push(std::unique_ptr<UndoCommand> command)
    {
        command->setErrorSink([this](const QString& m) { failures.append(m); });
        QString error;
        if (!command->apply(&error))
            return false;
        stack.push(command.release());
        return true;
    }
    qint64 addPerson(const QString& name, int closeness = 0)
    {
        Person p;
        p.memberId = me;
        p.name = name;
        p.closeness = closeness;
        return PeopleService(t.db()).add(p, nullptr);
    }
};
} // namespace

TEST_F(Undo, ClosenessGoesBackAndForthWithItsHistory)
{
    const qint64 ada = addPerson(u"Ada"_s, 1);
    const Person before = *PeopleService(t.db()).person(ada);
    ASSERT_TRUE(push(std::make_unique<SetClosenessCommand>(t.db(), before, 4)));
    EXPECT_EQ(stack.undoText(), u"Rate Ada as 4"_s);
    EXPECT_EQ(PeopleService(t.db()).person(ada)->closeness, 4);
    EXPECT_EQ(PeopleService(t.db()).closenessHistory(ada).size(), 2);
    stack.undo();
    EXPECT_EQ(PeopleService(t.db()).person(ada)->closeness, 1);
    EXPECT_EQ(PeopleService(t.db()).closenessHistory(ada).size(), 1);
    stack.redo();
    EXPECT_EQ(PeopleService(t.db()).person(ada)->closeness, 4);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
}

TEST_F(Undo, AnEditIsUndoneFieldByFieldAndCloseness)
{
    const qint64 ada = addPerson(u"Ada"_s, 2);
    const Person before = *PeopleService(t.db()).person(ada);
    Person after = before;
    after.organization = u"Northwind"_s;
    after.closeness = 3;
    ASSERT_TRUE(push(std::make_unique<EditPersonCommand>(t.db(), before, after)));
    EXPECT_EQ(PeopleService(t.db()).person(ada)->organization, u"Northwind"_s);
    stack.undo();
    const Person undone = *PeopleService(t.db()).person(ada);
    EXPECT_EQ(undone.organization, QString());
    EXPECT_EQ(undone.closeness, 2);
    EXPECT_EQ(PeopleService(t.db()).closenessHistory(ada).size(), 1);
}

TEST_F(Undo, ARemovedPersonComesBackWithTheSameIdAndContributions)
{
    const qint64 ada = addPerson(u"Ada"_s);
    Contribution c;
    c.personId = ada;
    c.date = QDate(2026, 3, 2);
    c.kindId = ContributionService(t.db()).kindIdByCode(u"attention"_s);
    ASSERT_GT(ContributionService(t.db()).add(c, nullptr), 0);
    ASSERT_TRUE(
        push(std::make_unique<RemovePersonCommand>(t.db(), *PeopleService(t.db()).snapshot(ada))));
    EXPECT_FALSE(PeopleService(t.db()).person(ada));
    stack.undo();
    EXPECT_EQ(PeopleService(t.db()).person(ada)->name, u"Ada"_s);
    EXPECT_EQ(ContributionService(t.db()).forPerson(ada).size(), 1);
}

TEST_F(Undo, AnAddedPersonAndContributionAreRedoneWithTheirIds)
{
    Person p;
    p.memberId = me;
    p.name = u"Ben"_s;
    auto addBen = std::make_unique<AddPersonCommand>(t.db(), p);
    AddPersonCommand* added = addBen.get();
    ASSERT_TRUE(push(std::move(addBen)));
    const qint64 ben = added->personId();
    ASSERT_GT(ben, 0);

    Contribution c;
    c.personId = ben;
    c.date = QDate(2026, 3, 2);
    c.kindId = ContributionService(t.db()).kindIdByCode(u"help"_s);
    auto log = std::make_unique<AddContributionCommand>(t.db(), c, u"Ben"_s);
    AddContributionCommand* logged = log.get();
    ASSERT_TRUE(push(std::move(log)));
    EXPECT_EQ(stack.undoText(), u"Log a contribution to Ben"_s);
    const qint64 id = logged->contributionId();

    stack.undo();
    stack.undo();
    EXPECT_FALSE(PeopleService(t.db()).person(ben));
    stack.redo();
    stack.redo();
    EXPECT_EQ(PeopleService(t.db()).person(ben)->name, u"Ben"_s);
    EXPECT_TRUE(ContributionService(t.db()).contribution(id));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
}

TEST_F(Undo, AGoalRevisionIsTakenBack)
{
    GoalRevision first;
    first.memberId = me;
    first.accomplish = u"Write a book"_s;
    ASSERT_GT(GoalService(t.db()).reviseGoal(first, nullptr), 0);
    GoalRevision second = first;
    second.accomplish = u"Write a short book"_s;
    ASSERT_TRUE(push(std::make_unique<ReviseGoalCommand>(t.db(), second)));
    EXPECT_EQ(GoalService(t.db()).currentGoal(me)->accomplish, u"Write a short book"_s);
    stack.undo();
    EXPECT_EQ(GoalService(t.db()).currentGoal(me)->accomplish, u"Write a book"_s);
}

TEST_F(Undo, ARefusedEditNeverReachesTheStack)
{
    Editor editor(t.db());
    Person p;
    p.memberId = me;
    QString error;
    EXPECT_EQ(editor.addPerson(p, &error), -1) << "no name";
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

TEST_F(Undo, AnUndoTheDatabaseRefusesIsReported)
{
    const qint64 ada = addPerson(u"Ada"_s, 1);
    ASSERT_TRUE(
        push(std::make_unique<SetClosenessCommand>(t.db(), *PeopleService(t.db()).person(ada), 2)));
    ASSERT_TRUE(PeopleService(t.db()).remove(ada, nullptr)); // gone behind the stack's back
    stack.undo();
    stack.redo();
    EXPECT_FALSE(failures.isEmpty());
}
