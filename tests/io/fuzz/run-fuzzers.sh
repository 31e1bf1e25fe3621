#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs each for a short while (CTest: fuzz_io).
# usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS]
set -eu
src="$1"
build="$2"
seconds="${3:-15}"
cmake -S "$src/tests/io/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in csv vcard json; do
    mkdir -p "$work/$name"
    # New inputs go into the first (scratch) folder; the seed corpus stays as committed.
    "$build/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$work/" "$work/$name" "$src/tests/io/fuzz-corpus/$name" 2>"$work/$name.log" ||
        { tail -n 60 "$work/$name.log"; for f in "$work"/crash-* "$work"/timeout-* "$work"/oom-*; do [ -e "$f" ] && { echo "input: $f"; od -c "$f" | head -20; }; done; exit 1; }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$name.log" | sed "s/^/fuzz_$name /"
done
