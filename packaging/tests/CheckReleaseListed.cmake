# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A version bump needs its <release> entry in the metainfo, or software centres show an old one.
file(READ ${FILE} metainfo)
if(NOT metainfo MATCHES "<release version=\"${VERSION}\" date=\"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\"")
    message(FATAL_ERROR "${FILE} has no <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> entry; add one to the releases list.")
endif()
