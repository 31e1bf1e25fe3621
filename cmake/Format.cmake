# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `cmake --build --preset dev --target format` rewrites every C++ file with .clang-format;
# the test `format_check` fails when any file differs, so unformatted code never lands.
find_program(OUTLOUD_CLANG_FORMAT NAMES clang-format clang-format-14)
if(NOT OUTLOUD_CLANG_FORMAT)
    message(STATUS "clang-format not found: no format target or check")
    return()
endif()

set(_format_script ${PROJECT_SOURCE_DIR}/cmake/run-clang-format.sh)
add_custom_target(format
    COMMAND sh ${_format_script} ${OUTLOUD_CLANG_FORMAT} ${PROJECT_SOURCE_DIR} fix
    COMMENT "Formatting the sources with .clang-format"
    VERBATIM)
if(OUTLOUD_BUILD_TESTS)
    add_test(NAME format_check
        COMMAND sh ${_format_script} ${OUTLOUD_CLANG_FORMAT} ${PROJECT_SOURCE_DIR} check)
    set_tests_properties(format_check PROPERTIES LABELS lint)
endif()
