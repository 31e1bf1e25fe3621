// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core tests run inside a QCoreApplication: SQL drivers are plugins.
#include "TestSupport.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    outloud::test::addEngineEnvironment();
    return RUN_ALL_TESTS();
}
