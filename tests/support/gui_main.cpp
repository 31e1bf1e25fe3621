// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests: gtest_discover_tests runs this binary at build time, without a display,
// so the platform defaults to offscreen unless the caller chose one.
#include "TestSupport.h"

#include <QApplication>
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Window state and settings go to a throw-away location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    outloud::test::addEngineEnvironment();
    return RUN_ALL_TESTS();
}
