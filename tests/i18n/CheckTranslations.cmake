# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTS=file.ts [-DLUPDATE=... -DSOURCES_LIST=... -DOPTIONS=... -DSCRATCH=dir] -P CheckTranslations.cmake
# Without LUPDATE: the .ts has no unfinished entry. With it: lupdate over today's sources,
# run on a copy, finds nothing new either, so a tr() string added without a translation fails.
set(checked ${TS})
if(LUPDATE)
    get_filename_component(name ${TS} NAME)
    file(MAKE_DIRECTORY ${SCRATCH})
    set(checked ${SCRATCH}/${name})
    file(COPY_FILE ${TS} ${checked})
    execute_process(COMMAND ${LUPDATE} ${OPTIONS} @${SOURCES_LIST} -ts ${checked}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE warnings)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${checked}:\n${warnings}")
    endif()
    # "Class 'C' lacks Q_OBJECT macro": lupdate filed a tr() call under context C. Unless the
    # file's own tr() helper translates in C, the call looks up another context at run time
    # and its translation is never found (a member of a class without Q_DECLARE_TR_FUNCTIONS
    # calling a helper that says "outloud", typically).
    string(REPLACE "\n" ";" warning_lines "${warnings}")
    set(wrong "")
    foreach(line IN LISTS warning_lines)
        if(line MATCHES "^(.+):([0-9]+): Class '([^']+)' lacks Q_OBJECT macro")
            set(file ${CMAKE_MATCH_1})
            set(where "${CMAKE_MATCH_1}:${CMAKE_MATCH_2}")
            set(context ${CMAKE_MATCH_3})
            file(READ ${file} text)
            # The helper may sit in a header of the same folder that the file includes
            # (app/CommandLine.h: outloud::cli::tr()).
            get_filename_component(dir ${file} DIRECTORY)
            string(REGEX MATCHALL "#include \"[^\"/]+\"" includes "${text}")
            foreach(include IN LISTS includes)
                string(REGEX REPLACE "#include \"([^\"]+)\"" "\\1" header "${include}")
                if(EXISTS ${dir}/${header})
                    file(READ ${dir}/${header} header_text)
                    string(APPEND text "${header_text}")
                endif()
            endforeach()
            string(FIND "${text}" "translate(\"${context}\"" at)
            if(at EQUAL -1)
                string(APPEND wrong "  ${where}: tr() is filed under ${context}\n")
            endif()
        endif()
    endforeach()
    if(wrong)
        message(FATAL_ERROR "These tr() calls would never be translated: give their class "
                            "Q_DECLARE_TR_FUNCTIONS(<that context>) (or Q_OBJECT), or make the file's tr() "
                            "helper translate in that context:\n${wrong}")
    endif()
endif()

# A translate("context", ...) whose context the .ts lacks never finds a translation: typically
# a file-local tr() helper naming another context than the one lupdate derives from the
# enclosing class or namespace (lupdate files those calls under "outloud::dashboard", say).
if(SOURCES_LIST)
    file(READ ${checked} ts_text)
    file(STRINGS ${SOURCES_LIST} sources)
    set(wrong "")
    foreach(source IN LISTS sources)
        file(READ ${source} text)
        string(REGEX MATCHALL "translate\\(\"[^\"]+\"" calls "${text}")
        foreach(call IN LISTS calls)
            string(REGEX REPLACE "translate\\(\"([^\"]+)\"" "\\1" context "${call}")
            string(FIND "${ts_text}" "<name>${context}</name>" at)
            if(at EQUAL -1)
                string(APPEND wrong "  ${source}: translate(\"${context}\", ...)\n")
            endif()
        endforeach()
    endforeach()
    if(wrong)
        message(FATAL_ERROR "These contexts are not in ${TS}, so their strings are never translated; "
                            "use the context lupdate gives them (the class or namespace around the call):\n${wrong}")
    endif()
endif()

file(STRINGS ${checked} lines)
set(source "")
set(missing "")
set(count 0)
foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
        set(source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
        string(APPEND missing "  ${source}\n")
        math(EXPR count "${count} + 1")
    endif()
endforeach()
if(count GREATER 0)
    if(LUPDATE)
        set(how "Run `cmake --build <build> --target update_translations`, then translate these in ${TS}")
    else()
        set(how "Translate these in ${TS} (Qt Linguist, or by hand) and remove type=\"unfinished\"")
    endif()
    message(FATAL_ERROR "${count} string(s) without a translation in ${checked}:\n${missing}${how}.")
endif()
message(STATUS "${checked}: every string is translated")
