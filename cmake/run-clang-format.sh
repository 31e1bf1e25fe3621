#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-clang-format.sh CLANG_FORMAT SOURCE_DIR fix|check
# Formats (fix) or checks (check) every C++ file of the project's own folders.
set -eu
cf=$1
src=$2
mode=$3
cd "$src"
files=$(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
if [ "$mode" = fix ]; then
    echo "$files" | xargs "$cf" -i
    exit 0
fi
out=$(echo "$files" | xargs "$cf" --dry-run 2>&1 || true)
bad=$(printf '%s\n' "$out" | grep 'warning:' | cut -d: -f1 | sort -u)
if [ -n "$bad" ]; then
    echo "These files differ from .clang-format (run the 'format' target):"
    echo "$bad" | sed 's/^/    /'
    exit 1
fi
echo "All $(echo "$files" | wc -l) C++ files follow .clang-format."
