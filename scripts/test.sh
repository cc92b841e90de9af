#!/usr/bin/env bash
# Quick start: install what is needed, build, and run every test (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export QTEST_FUNCTION_TIMEOUT=120000
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
(cd build && ctest --output-on-failure --timeout 600 -j2 "$@")
# Issue 12: ASan + UBSan build of the non-GUI tests and a short run of every fuzz target (scripts/hardening.sh).
# DUBAN_HARDENING=1 runs it after the tests (about 30 minutes on 2 cores); it is skipped when ctest was given a
# selection ("$@"). Not on by default until it has run clean end to end on CI's machine.
if [ "${DUBAN_HARDENING:-0}" = 1 ] && [ $# -eq 0 ]; then
  bash scripts/hardening.sh
fi
