# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the man page with all of groff's warnings on: a clean page prints nothing.
find_program(GROFF groff REQUIRED)
execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z ${MAN_PAGE}
                RESULT_VARIABLE result ERROR_VARIABLE warnings)
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "groff complains about ${MAN_PAGE}:\n${warnings}")
endif()
