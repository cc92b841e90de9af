#!/usr/bin/env bash
# Runs one libFuzzer target for a given time: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
# TARGET: text, docx, pdf, xlsx, extract, ofd (or fuzz_text, ...); "all" runs each in turn.
# Builds build-fuzz/ with clang 14 (-DDUBAN_FUZZ=ON) on first use. The corpus lives in
# build-fuzz/corpus/TARGET, seeded from tests/fixtures (and the sample gazettes, when ../shared exists);
# a crash, leak, input slower than 5 s or larger than 1 GB of memory is written to
# build-fuzz/findings/TARGET/ and the script fails. Keep each finding as a fixture with a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}"
seconds="${2:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}"
shift 2
if [ "$target" = all ]; then
  for t in text docx pdf xlsx extract ofd; do bash "$0" "$t" "$seconds" "$@"; done
  exit 0
fi
target="${target#fuzz_}"
root="$(pwd)"
build="$root/build-fuzz"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}" CCACHE_NOHASHDIR=1
fi
if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDUBAN_FUZZ=ON \
    "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j2 --target "fuzz_$target" >/dev/null

corpus="$build/corpus/$target"
findings="$build/findings/$target"
mkdir -p "$corpus" "$findings"
if [ -z "$(ls -A "$corpus")" ]; then
  seed() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$corpus/" || true; done; }
  fx=tests/fixtures
  case "$target" in
    text)    seed "$fx"/readers/*.txt "$fx"/readers/junk.bin "$fx"/hostile/*.txt
             for s in ../shared/seeds/*.txt; do [ -f "$s" ] && head -c 4096 "$s" > "$corpus/$(basename "$s")"; done ;;
    docx)    seed "$fx"/readers/*.docx "$fx"/hostile/*.docx
             for d in "$fx"/readers/table.docx "$fx"/hostile/gridspan.docx; do
               unzip -p "$d" word/document.xml > "$corpus/$(basename "$d" .docx).xml" 2>/dev/null || true; done ;;
    pdf)     seed "$fx"/hostile/three_pages.pdf "$fx"/readers/junk.bin ;;  # many_pages.pdf is slow by design
    xlsx)    seed "$fx"/feedback/*.xlsx "$fx"/hostile/*.xlsx
             unzip -p "$fx"/hostile/doctype.xlsx xl/worksheets/sheet1.xml > "$corpus/doctype-sheet.xml" 2>/dev/null || true ;;
    extract) seed "$fx"/readers/gb18030.txt "$fx"/hostile/utf16le_bom.txt
             for s in ../shared/seeds/*.txt ../shared/corpus/*.txt; do
               [ -f "$s" ] && head -c 8192 "$s" > "$corpus/$(basename "$s")"; done ;;
    ofd)     seed "$fx"/readers/ofd/hello.ofd "$fx"/readers/ofd/annotated.ofd "$fx"/readers/ofd/glyphs-suwell.ofd \
               "$fx"/readers/ofd/invoice.ofd "$fx"/readers/ofd/hostile-*.ofd
             # Members for the harness's '<' mode: a page alone, and page NUL Document.xml NUL template page.
             member() { unzip -p "$fx/readers/ofd/$1.ofd" "Doc_0/$2" | sed '1s/^\xEF\xBB\xBF//'; }
             member hello Pages/Page_1/Content.xml > "$corpus/hello-page.xml" || true
             # The harness's Document.xml names its template page ID 3.
             { member invoice Pages/Page_0/Content.xml | sed 's/TemplateID="9"/TemplateID="3"/'; printf '\0'
               printf '<Document><Pages><Page BaseLoc="Pages/Page_0/Content.xml"/></Pages>'
               printf '<TemplatePage ID="3" BaseLoc="Tpls/Tpl_0/Content.xml"/></Document>\0'
               member invoice Tpls/Tpl_0/Content.xml; } > "$corpus/invoice-members.xml" || true ;;
    *) echo "fuzz.sh: unknown target $target" >&2; exit 1 ;;
  esac
fi
log="$build/fuzz_$target.log"
# Poppler (uninstrumented, but slow on big inputs) makes PDF inputs costly: shorter ones keep it near
# 10 executions a second on a loaded machine.
max_len=65536
[ "$target" = pdf ] && max_len=16384
echo "fuzz.sh: fuzz_$target for ${seconds}s (log: $log)"
# -jobs=1 runs the fuzzer in a child process; its log (fuzz-0.log in the working directory) is printed
# to ours when it ends.
work="$build/run/$target"
rm -rf "$work"
mkdir -p "$work"
set +e
(
  cd "$work"
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  QT_QPA_PLATFORM=offscreen \
    "$build/bin/fuzz_$target" "$corpus" -jobs=1 -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 \
    -max_len="$max_len" -artifact_prefix="$findings/" -print_final_stats=1 "$@"
) >"$log" 2>&1
rc=$?
set -e
grep -E "^#[0-9]+ +(DONE|pulse)|stat::number_of_executed_units|cov:" "$log" | tail -n 2
if [ $rc -ne 0 ]; then
  echo "fuzz.sh: fuzz_$target found a problem (exit $rc); input in $findings/" >&2
  grep -E "ERROR|SUMMARY|timeout|out-of-memory" "$log" | head -n 5 >&2
  exit 1
fi
