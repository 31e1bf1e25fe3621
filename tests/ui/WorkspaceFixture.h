// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the workspace tests: the main window on a fresh small demo, shown, and "me".
#pragma once

#include "TestSupport.h"
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "people/PersonDialog.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace outloud::test {

using namespace Qt::StringLiterals;

struct Workspace : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 me = -1;

    void SetUp() override
    {
        const QString path = dir.filePath(u"demo.sqlite"_s);
        {
            auto db = Database::open(path, nullptr);
            ASSERT_TRUE(db);
            ASSERT_TRUE(DemoGenerator(*db, DemoGenerator::Scale::Small, 1, QDate::currentDate())
                            .generate(nullptr));
        }
        window = std::make_unique<MainWindow>(path);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        CircleService circles(db());
        me = circles.meId(circles.defaultCircleId());
    }
    Database& db() { return *window->database(); }
    int count(const QString& sql) { return scalar(db(), sql).toInt(); }
    template <typename T> T* find(const QString& name)
    {
        T* w = window->findChild<T*>(name);
        EXPECT_TRUE(w) << "no widget " << name.toStdString();
        return w;
    }
    QAction* action(const QString& name) { return find<QAction>(name); }
    PersonDialog* openDialog() { return window->findChild<PersonDialog*>(u"personDialog"_s); }
};

} // namespace outloud::test
