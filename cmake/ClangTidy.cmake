# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The test `clang_tidy_core` runs clang-tidy (.clang-tidy at the root) on every source of
# core/ with the build's compile_commands.json and fails on any finding. core only: it is
# the part every front end shares: about 4 CPU minutes, 2 minutes on two idle cores (the
# timeout leaves room for a busy machine).
find_program(OUTLOUD_CLANG_TIDY NAMES clang-tidy clang-tidy-14)
if(NOT OUTLOUD_CLANG_TIDY OR NOT OUTLOUD_BUILD_TESTS)
    if(NOT OUTLOUD_CLANG_TIDY)
        message(STATUS "clang-tidy not found: no clang_tidy_core test")
    endif()
    return()
endif()
add_test(NAME clang_tidy_core
    COMMAND sh ${PROJECT_SOURCE_DIR}/cmake/run-clang-tidy.sh ${OUTLOUD_CLANG_TIDY}
        ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR})
set_tests_properties(clang_tidy_core PROPERTIES LABELS lint TIMEOUT 1800)
