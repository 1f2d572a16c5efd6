#!/usr/bin/env bash
# Runs every benchmark of a Release build; each prints "BENCH <name> <value> <unit>" lines.
set -euo pipefail
bin=$1
for b in "$bin"/benchmarks/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue
    echo "-- $(basename "$b")" >&2
    "$b"
done
