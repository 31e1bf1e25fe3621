// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly PDF lists who was due in the week and who was losing touch.
#include "ReportFixture.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryPdf.h"

#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::test;
using namespace Qt::StringLiterals;

TEST(SummaryKeepInTouch, TheWeekListsWhoWasDueAsItWasThen)
{
    TempDatabase t;
    ReportFixture f(t.db());
    QString error;
    const auto before = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(before) << error.toStdString();
    // Week 3 runs 2026-01-19 .. 01-26. Added on 01-05, every week, never in touch: losing
    // touch; every 2 weeks: due on 01-19, in the week.
    Person gone;
    gone.memberId = f.annId;
    gone.name = u"Gwen <b>Far</b>"_s;
    gone.keepInTouchWeeks = 1;
    gone.createdOn = QDate(2026, 1, 5);
    Person due = gone;
    due.name = u"Dora Due"_s;
    due.keepInTouchWeeks = 2;
    PeopleService people(t.db());
    ASSERT_GT(people.add(gone, &error), 0) << error.toStdString();
    const qint64 doraId = people.add(due, &error);
    ASSERT_GT(doraId, 0) << error.toStdString();
    // A contribution after the week does not rewrite it.
    ContributionService log(t.db());
    Contribution later;
    later.personId = doraId;
    later.date = QDate(2026, 2, 2);
    later.kindId = log.kinds().first().id;
    ASSERT_GT(log.add(later, &error), 0) << error.toStdString();

    const auto s = SummaryBuilder(t.db()).memberWeek(f.annId, 3, &error);
    ASSERT_TRUE(s) << error.toStdString();
    ASSERT_EQ(s->keepInTouch.size(), before->keepInTouch.size() + 2);
    const auto find = [&](const QString& name) {
        for (const SummaryTouch& touch : s->keepInTouch) {
            if (touch.person == name)
                return touch;
        }
        return SummaryTouch {};
    };
    EXPECT_TRUE(find(gone.name).overdue);
    EXPECT_EQ(find(gone.name).rhythm, u"every week"_s);
    EXPECT_EQ(find(u"Dora Due"_s).due, QDate(2026, 1, 19));
    EXPECT_FALSE(find(u"Dora Due"_s).overdue);

    const QString pdf = t.dir() + u"/week3.pdf"_s;
    ASSERT_TRUE(summarypdf::writeMember(*s, pdf, QPageSize::A4, &error)) << error.toStdString();
    const QString text = pdfSearchText(pdf);
    EXPECT_TRUE(text.contains(u"Keep in touch"_s));
    EXPECT_TRUE(text.contains(gone.name)) << "user text stays text";
    EXPECT_TRUE(text.contains(u"losing touch"_s));
    EXPECT_TRUE(text.contains(u"Dora Due"_s));
    EXPECT_TRUE(text.contains(u"due this week"_s));
}
