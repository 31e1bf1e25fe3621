#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-clang-tidy.sh CLANG_TIDY SOURCE_DIR BUILD_DIR
# Runs clang-tidy on every core/*.cpp, two at a time; any finding fails the run.
set -eu
tidy=$1
src=$2
build=$3
if [ ! -f "$build/compile_commands.json" ]; then
    echo "No $build/compile_commands.json: configure with CMAKE_EXPORT_COMPILE_COMMANDS ON"
    exit 1
fi
cd "$src"
files=$(find core -name '*.cpp' | sort)
if echo "$files" | xargs -P 2 -n 4 "$tidy" -p "$build" --quiet --warnings-as-errors='*' \
    2>/dev/null; then
    echo "clang-tidy: no findings in $(echo "$files" | wc -l) core files."
    exit 0
fi
echo "clang-tidy found problems in core (see above); fix them or explain in .clang-tidy."
exit 1
