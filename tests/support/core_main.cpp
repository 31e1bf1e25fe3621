// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core tests run inside a QCoreApplication: SQL drivers are plugins.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // The postgres.* pass names its engine on the command line (CTest's ENVIRONMENT
    // property holds one variable through gtest_discover_tests).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--outloud-engine=postgres") == 0)
            qputenv("OUTLOUD_TEST_ENGINE", "postgres");
    }
    QCoreApplication app(argc, argv);
    // What the app keeps beside the user (server backups, settings) goes to a throw-away
    // location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    outloud::test::addEngineEnvironment();
    return RUN_ALL_TESTS();
}
