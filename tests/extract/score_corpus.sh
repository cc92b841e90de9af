#!/usr/bin/env bash
# Scores `duban-cli extract` on the real gazettes against the hand-made gold annotations with the
# project's scorer, and fails below the thresholds the extraction issue sets.
set -euo pipefail
cli="$1"
shared="$2"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$cli" extract "$shared"/seeds/*.txt --format json >"$out"
report=$(python3 "$shared/tools/score_extraction.py" --gold "$shared"/gold/*.jsonl --pred "$out")
echo "$report"
summary=$(echo "$report" | tail -n 1)
python3 - "$summary" <<'PY'
import re, sys
vals = dict(re.findall(r"(\w+)=([0-9.]+)", sys.argv[1]))
need = {"F1": 0.97, "units": 0.95, "lead": 0.95, "deadline": 0.95}
bad = [f"{k}={vals.get(k)} < {v}" for k, v in need.items() if float(vals.get(k, 0)) < v]
if bad:
    sys.exit("extraction below threshold: " + ", ".join(bad))
print("extraction score meets the thresholds")
PY
