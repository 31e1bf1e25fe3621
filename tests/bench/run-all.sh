#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The `bench` target: every benchmark once, each on its own copy of one large demo, the
# PostgreSQL ones beside a throwaway server (.ci/with-postgres, skipped when it cannot start).
# Prints each benchmark's figures, then how long each took and the total.
#   bash tests/bench/run-all.sh BENCH_DIR OUTLOUD SOURCE_DIR
set -u
bin=$1
outloud=$2
src=$3
work=$(mktemp -d /tmp/outloud-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
start=$(date +%s)
summary=""
failed=""

run() {
    local name=$1
    shift
    echo
    echo "=== $name"
    local began=$(date +%s)
    "$@"
    local code=$?
    local took=$(($(date +%s) - began))
    summary+=$(printf '\n  %-18s %5d s%s' "$name" "$took" "$([ $code -eq 0 ] || echo "  (exit $code)")")
    [ $code -eq 0 ] || [ $code -eq 77 ] || failed+=" $name"
}

# One copy of the demo per benchmark: some change the file they are given.
copy() {
    cp "$work/large.sqlite" "$work/$1.sqlite"
    echo "$work/$1.sqlite"
}

"$outloud" demo --scale large --database "$work/large.sqlite" >/dev/null || exit 1
run bench_workspace "$bin/bench_workspace" --database "$(copy workspace)"
run bench_analytics "$bin/bench_analytics" --database "$(copy analytics)"
run bench_aggregates "$bin/bench_aggregates" --database "$(copy aggregates)"
run bench_network "$bin/bench_network" --database "$(copy network)"
run bench_import "$bin/bench_import"
run bench_report "$bin/bench_report" "$(copy report)"
mkdir -p "$work/streaming" && cp "$work/large.sqlite" "$work/streaming/x1.sqlite"
run bench_streaming "$bin/bench_streaming" --scales 1,10 --keep "$work/streaming"
# File > Backups on the demo and on bench_streaming's 10x copy (each benchmark copies it).
run bench_backup_window "$bin/bench_backup_window" --database "$(copy backup_window)" \
    --database "$work/streaming/x10.sqlite"
rm -rf "$work/streaming"
# File > Export data and File > Export week summary beside the same exports on the GUI thread.
run bench_export_window "$bin/bench_export_window" --database "$(copy export_window)" --runs 3
run bench_instant "$bin/bench_instant" --database "$(copy instant)" --scales 1,10 --runs 3
# The server's figures: 200,000 contributions in the program (the README's table has
# 1,000,000: bench_org_scale --contributions 1000000, about ten times as long).
run bench_engines bash "$src/.ci/with-postgres" "$bin/bench_engines" --scale large
run bench_org_scale bash "$src/.ci/with-postgres" "$bin/bench_org_scale" --contributions 200000
run bench_live_load bash "$src/.ci/with-postgres" "$bin/bench_live_load" --seconds 20

echo
echo "=== How long each benchmark took (the machine's load shows in every figure above):$summary"
echo "  total              $(($(date +%s) - start)) s"
if [ -n "$failed" ]; then
    echo "Failed:$failed"
    exit 1
fi
