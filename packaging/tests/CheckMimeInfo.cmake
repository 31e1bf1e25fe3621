# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The invitation type as a desktop sees it: the shared-mime-info file compiles without a
# complaint, maps *.outloud-invitation to the type, and the desktop entry opens that type.
find_program(UPDATE_MIME_DATABASE update-mime-database REQUIRED)
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH}/packages)
file(COPY ${MIME_FILE} DESTINATION ${SCRATCH}/packages)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} -V ${SCRATCH}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "[Ww]arning|[Ee]rror|[Ii]nvalid")
    message(FATAL_ERROR "update-mime-database complains about ${MIME_FILE}:\n${output}")
endif()
file(READ ${SCRATCH}/globs2 globs)
if(NOT globs MATCHES "${MIME_TYPE}:\\*\\.outloud-invitation")
    message(FATAL_ERROR "*.outloud-invitation does not map to ${MIME_TYPE}:\n${globs}")
endif()
file(READ ${DESKTOP_FILE} desktop)
if(NOT desktop MATCHES "\nMimeType=[^\n]*${MIME_TYPE};" OR NOT desktop MATCHES "\nExec=outloud %f\n")
    message(FATAL_ERROR "${DESKTOP_FILE} does not open ${MIME_TYPE} files")
endif()
