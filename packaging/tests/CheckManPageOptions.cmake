# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every option `outloud --help` lists is described in the man page, so the two stay in step.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LANGUAGE= LC_ALL=C LANG=C XDG_CONFIG_HOME=${SCRATCH}
                        ${OUTLOUD} --help
                OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "outloud --help failed (${result})")
endif()
file(READ ${MAN_PAGE} page)
string(REGEX MATCHALL "--[a-z][a-z-]*" options "${help}")
list(REMOVE_DUPLICATES options)
set(missing "")
foreach(option IN LISTS options)
    if(option STREQUAL "--help-all") # Qt's own, for Qt's options
        continue()
    endif()
    string(REPLACE "-" "\\-" escaped "${option}")
    string(FIND "${page}" "${escaped}" at)
    if(at EQUAL -1)
        list(APPEND missing ${option})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "outloud --help lists ${missing}, which ${MAN_PAGE} does not describe.")
endif()
message(STATUS "The man page describes all of: ${options}")
