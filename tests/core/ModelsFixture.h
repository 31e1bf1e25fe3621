// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the model tests: the small demo, its default circle and "me".
#pragma once

#include "TestSupport.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"

#include <QSqlQuery>
#include <QStringList>
#include <gtest/gtest.h>

namespace outloud::test {

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

} // namespace outloud::test
