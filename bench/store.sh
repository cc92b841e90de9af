#!/usr/bin/env bash
# The store's speed targets (issue 13) on both backends, side by side: runs bench_store RUNS times (default
# 3) on SQLite and on a private PostgreSQL 15 cluster (scripts/pgtest.sh), then prints the medians beside
# the targets, with the engines' own bulk loads (sqlite3 .import, psql \copy) of the same rows and the
# machine's load average. Usage: bash bench/store.sh [--tasks N]; BENCH_BIN overrides the binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BENCH_BIN:-$root/build/bin/bench_store}
runs=${RUNS:-3}
pg=$(mktemp -d /tmp/duban-bpg.XXXX) # short: a socket path has at most 107 bytes
out=$(mktemp -d)
bash "$root/scripts/pgtest.sh" start "$pg" >/dev/null
trap 'bash "$root/scripts/pgtest.sh" stop "$pg"; rm -rf "$out"' EXIT
for i in $(seq "$runs"); do
  echo "run $i of $runs, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  "$bin" "$@" --pg "postgresql://postgres@/postgres?host=$pg" --benchmark_repetitions=3 \
    --benchmark_out="$out/run$i.json" --benchmark_out_format=json >"$out/run$i.txt" 2>&1 || true
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/run$i.txt"
done
python3 "$root/bench/store_table.py" "$out"/run*.txt
