// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QtTest's QTRY_* macros report a failure to QtTest's own log and return, which a GoogleTest
// binary never reads: the test stopped there and was counted as passed. These wait the same
// way (processing events until the condition holds or the time is up) and then assert
// through GoogleTest, so a condition that never comes true fails the test.
#include <QTest>
#include <gtest/gtest.h>

#undef QTRY_VERIFY_WITH_TIMEOUT
#undef QTRY_VERIFY
#undef QTRY_COMPARE_WITH_TIMEOUT
#undef QTRY_COMPARE

#define QTRY_VERIFY_WITH_TIMEOUT(expr, timeout)                                                    \
    do {                                                                                           \
        (void)QTest::qWaitFor([&] { return bool(expr); }, timeout);                                \
        ASSERT_TRUE(expr) << "still false after " << (timeout) << " ms";                           \
    } while (false)

#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 5000)

#define QTRY_COMPARE_WITH_TIMEOUT(actual, expected, timeout)                                       \
    do {                                                                                           \
        (void)QTest::qWaitFor([&] { return (actual) == (expected); }, timeout);                    \
        ASSERT_EQ(actual, expected) << "still different after " << (timeout) << " ms";             \
    } while (false)

#define QTRY_COMPARE(actual, expected) QTRY_COMPARE_WITH_TIMEOUT(actual, expected, 5000)
