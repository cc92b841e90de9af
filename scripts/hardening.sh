#!/usr/bin/env bash
# CI part of issue 12 (called by scripts/test.sh): the non-GUI tests built with ASan + UBSan in
# build-asan/, then every libFuzzer target for FUZZ_SECONDS (default 60) each. Prints the time each took.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}" CCACHE_NOHASHDIR=1
fi
start=$(date +%s)
# -O1 -g1 (line tables for the sanitizers' stack traces): a test file compiles in 20 s of CPU instead of
# 35 s with -O2 -g, and the build is most of this job's time.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DDUBAN_SANITIZE=ON "${launcher[@]}" >/dev/null
# Only what the non-GUI tests need: the GUI app and GUI tests are not part of this build (CI time).
targets=$(ninja -C build-asan -t targets all | sed -n 's#^\(bin/\)\{0,1\}\(test_[a-z0-9_]*\|duban-cli\|duban_edit_worker\): phony$#\2#p' | grep -v '_autogen' | grep -v '^test_gui_' | sort -u)
cmake --build build-asan -j2 --target $targets
built=$(date +%s)
echo "hardening: ASan+UBSan build took $((built - start)) s"
(
  cd build-asan
  # Leak checking is off: Qt's and fontconfig's one-time allocations would be reported as leaks.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=300000 \
    ctest --output-on-failure --timeout 900 -j2 -E "^test_gui_|^packaging_"
)
tested=$(date +%s)
echo "hardening: ASan+UBSan tests took $((tested - built)) s"
bash scripts/fuzz.sh all "$seconds"
echo "hardening: fuzzing took $(($(date +%s) - tested)) s; in all $(($(date +%s) - start)) s"
