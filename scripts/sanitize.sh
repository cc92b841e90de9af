#!/usr/bin/env bash
# The CI-sized part of issue 12, run by scripts/test.sh: the core and store tests (the rules and every
# write path, SQLite and the PostgreSQL cluster) built with ASan + UBSan in build-asan/ and run. The whole
# non-GUI suite under the sanitizers is scripts/hardening.sh (DUBAN_HARDENING=1), too slow for CI's time.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}" CCACHE_NOHASHDIR=1
fi
start=$(date +%s)
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DDUBAN_SANITIZE=ON "${launcher[@]}" >/dev/null
targets=$(ninja -C build-asan -t targets all | sed -n 's#^\(bin/\)\{0,1\}\(test_\(core\|store\)_[a-z0-9_]*\): phony$#\2#p' | grep -v '_autogen' | sort -u)
cmake --build build-asan -j2 --target $targets
built=$(date +%s)
echo "sanitize: ASan+UBSan build of the core and store tests took $((built - start)) s"
(
  cd build-asan
  # Leak checking is off: Qt's one-time allocations would be reported as leaks.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j2 -E "^test_|^packaging_|^extract_|^cli_"
)
echo "sanitize: tests took $(($(date +%s) - built)) s"
