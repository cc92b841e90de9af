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
# Issue 12, on every full run: the core and store tests under ASan + UBSan (scripts/sanitize.sh, about 7
# minutes cold on 2 cores; DUBAN_SANITIZE=0 skips it), then each libFuzzer target for FUZZ_SECONDS (default
# 60; about 9 minutes with its clang build; DUBAN_FUZZ=0 skips it). The whole non-GUI suite under the
# sanitizers (scripts/hardening.sh, which also fuzzes) is DUBAN_HARDENING=1: its cold build alone takes
# about 40 minutes on 2 cores. All are skipped when ctest was given a selection ("$@").
if [ $# -eq 0 ]; then
  if [ "${DUBAN_HARDENING:-0}" = 1 ]; then
    bash scripts/hardening.sh
  else
    if [ "${DUBAN_SANITIZE:-1}" != 0 ]; then
      bash scripts/sanitize.sh
    fi
    if [ "${DUBAN_FUZZ:-1}" != 0 ]; then
      start=$(date +%s)
      bash scripts/fuzz.sh all "${FUZZ_SECONDS:-60}"
      echo "fuzz: every target for ${FUZZ_SECONDS:-60} s, $(($(date +%s) - start)) s in all"
    fi
  fi
fi
