# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DOUTLOUD=path/to/outloud -DOUT=dir -DPAGES="a;b" -P Screenshots.cmake
# Makes the demo circle and a picture of each page, in English, for the metainfo's
# <screenshots> (to be published under the homepage's /screenshots/).
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT}/config)
set(demo ${OUT}/demo.sqlite)
execute_process(COMMAND ${OUTLOUD} demo --database ${demo} COMMAND_ERROR_IS_FATAL ANY OUTPUT_QUIET)
foreach(page IN LISTS PAGES)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=${OUT}/config
                ${OUTLOUD} --database ${demo} --language en --page ${page} --screenshot ${OUT}/${page}.png
        COMMAND_ERROR_IS_FATAL ANY OUTPUT_QUIET ERROR_QUIET)
    message(STATUS "Wrote ${OUT}/${page}.png")
endforeach()
file(REMOVE ${demo} ${demo}-wal ${demo}-shm)
