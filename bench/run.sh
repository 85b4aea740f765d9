#!/usr/bin/env bash
# The oftrack benchmark: a national-sized corpus generated into a temporary
# folder, ingested with --jobs 1 and --jobs 2, re-ingested unchanged, every
# authority's report timed, and the same files given to the peers and floors:
# wink-nlp (sentences + theme patterns), `pdftotext -layout` alone, and one
# RE2::Set pass. Prints every figure, each ratio and each target.
#
#   bash bench/run.sh [--docs N] [--sample N] [--pdf-copies K] [--repeat R] [--build DIR] [--keep]
#
# Defaults: 2000 text documents (the scale run: one --jobs 2 ingest, peak RSS,
# re-ingest, every authority's report); the ratios (--jobs 1 vs 2, wink-nlp,
# RE2::Set floor) on a sample of the first 200 of them, and on 2 copies of the
# bundled PDFs (pdftotext), timings repeated 5 times back to back (medians;
# every ratio is taken within one round, then the median of the rounds).
# Nothing is written to corpora/ or to ./oftrack.db.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
docs=2000 sample=200 pdf_copies=2 repeat=5 build="$root/build-bench" keep=0
while (($#)); do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --pdf-copies) pdf_copies=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: bash bench/run.sh [--docs N] [--sample N] [--pdf-copies K] [--repeat R] [--build DIR] [--keep]" >&2; exit 2 ;;
  esac
done

if [ ! -x "$build/bench/oftrack_bench" ] || [ ! -x "$build/oftrack" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target oftrack oftrack_bench >/dev/null
bench="$build/bench/oftrack_bench"
oftrack="$build/oftrack"

tmp=$(mktemp -d /tmp/oftrack-bench.XXXXXX)
if ((keep)); then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.4f\n", b - a}'; }
# key=value lines: `get KEY FILE` prints the value from the last line of FILE.
get() { tail -n 1 "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f\n", (b > 0 ? a / b : 0)}'; }
# Per-round ratios are kept one per line in $tmp/NAME.ratios: `rounds NAME`
# prints them on one line, `rounds_median NAME` their median.
rounds() { tr '\n' ' ' <"$tmp/$1.ratios"; }
rounds_median() { median <"$tmp/$1.ratios"; }
check() {  # check NAME VALUE OP TARGET
  if awk -v v="$2" -v t="$4" -v op="$3" 'BEGIN {exit !((op == ">=" && v >= t) || (op == "<" && v < t))}'; then
    printf '  %-48s %10s  (target %s %s)  met\n' "$1" "$2" "$3" "$4"
  else
    printf '  %-48s %10s  (target %s %s)  MISSED\n' "$1" "$2" "$3" "$4"
  fi
}

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared machines: compare ratios, not absolutes)"
echo "== corpus"
"$bench" generate --out "$tmp/corpus" --docs "$docs" --pdf-copies "$pdf_copies" | head -n 1
"$bench" patterns --out "$tmp/patterns.json"
full="$tmp/corpus/text" pdf="$tmp/corpus/pdf" text="$tmp/sample"
# The sample: the first folders of 100 documents, copied.
mkdir -p "$text"
for d in $(ls "$full" | head -n $(((sample + 99) / 100))); do cp -r "$full/$d" "$text/"; done

# One measured ingest: run_ingest LABEL JOBS DB PATH; the output is kept in $tmp/LABEL.out.
run_ingest() {
  /usr/bin/time -f "outer_wall_s=%e outer_peak_rss_kb=%M" -o "$tmp/$1.time" \
    "$bench" ingest --db "$3" --jobs "$2" "$4" >"$tmp/$1.out"
}

# The wink-nlp peer runs in the same rounds as oftrack, so each ratio is taken
# within one round (a shared machine's speed drifts between rounds).
wink=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$here/peers/node_modules/wink-nlp" ]; then
    (cd "$here/peers" && npm ci --no-audit --no-fund --silent) || echo "   npm ci failed: no wink-nlp figures"
  fi
  [ -d "$here/peers/node_modules/wink-nlp" ] && wink=1
else
  echo "   node/npm not found: no wink-nlp figures"
fi

echo "== text to database, sample of $(find "$text" -name '*.txt' | wc -l) documents (--jobs 1 and 2$( ((wink)) && echo ", then wink-nlp"), $repeat rounds back to back, medians)"
for r in $(seq "$repeat"); do
  for j in 1 2; do
    rm -f "$tmp/text-j$j.db"*
    run_ingest "text-j$j-r$r" "$j" "$tmp/text-j$j.db" "$text"
    get wall_s "$tmp/text-j$j-r$r.out" >>"$tmp/text-j$j.walls"
    get cpu_s "$tmp/text-j$j-r$r.out" >>"$tmp/text-j$j.cpus"
  done
  ratio "$(get wall_s "$tmp/text-j1-r$r.out")" "$(get wall_s "$tmp/text-j2-r$r.out")" >>"$tmp/text-jobs.ratios"
  if ((wink)); then
    node "$here/peers/wink_peer.js" "$tmp/patterns.json" "$text" >"$tmp/wink-r$r.out"
    w=$(get wall_s "$tmp/wink-r$r.out") wc=$(get cpu_s "$tmp/wink-r$r.out")
    echo "$w" >>"$tmp/wink.walls"
    echo "$wc" >>"$tmp/wink.cpus"
    ratio "$w" "$(get wall_s "$tmp/text-j1-r$r.out")" >>"$tmp/wink-j1.ratios"
    ratio "$w" "$(get wall_s "$tmp/text-j2-r$r.out")" >>"$tmp/wink-j2.ratios"
    ratio "$wc" "$(get cpu_s "$tmp/text-j1-r$r.out")" >>"$tmp/wink-cpu.ratios"
  fi
done
for j in 1 2; do
  echo "-- --jobs $j (last run):"; sed '$d' "$tmp/text-j$j-r$repeat.out" | sed 's/^/   /'
  cat "$tmp/text-j$j-r$repeat.time" | sed 's/^/   outer: /'
done
text_j1=$(median <"$tmp/text-j1.walls") text_j2=$(median <"$tmp/text-j2.walls")
text_cpu=$(median <"$tmp/text-j1.cpus")
text_bytes=$(get bytes "$tmp/text-j1-r1.out")
text_docs=$(get documents "$tmp/text-j1-r1.out")
echo "   median wall: --jobs 1 ${text_j1} s, --jobs 2 ${text_j2} s"

echo "== scale: all $docs documents, --jobs 2, one run"
run_ingest full 2 "$tmp/full.db" "$full"
sed '$d' "$tmp/full.out" | sed 's/^/   /'
sed 's/^/   outer: /' "$tmp/full.time"
full_wall=$(get wall_s "$tmp/full.out") full_rss=$(get peak_rss_mb "$tmp/full.out")
full_docs=$(get documents "$tmp/full.out") full_bytes=$(get bytes "$tmp/full.out")

echo "== re-ingest the unchanged $docs documents ($repeat runs)"
for r in $(seq "$repeat"); do
  run_ingest "reingest-r$r" 2 "$tmp/full.db" "$full"
  get wall_s "$tmp/reingest-r$r.out" >>"$tmp/reingest.walls"
done
sed '$d' "$tmp/reingest-r$repeat.out" | head -n 3 | sed 's/^/   /'
reingest=$(median <"$tmp/reingest.walls")

echo "== reports with $full_docs documents in the database"
"$bench" report --db "$tmp/full.db" | tee "$tmp/report.out" | head -n 1 | sed 's/^/   /'
report_max=$(get report_max_s "$tmp/report.out")
slowest_la=$(head -n 1 "$tmp/report.out" | sed -n 's/.*s (\(.*\) ([0-9]* documents)).*/\1/p')
/usr/bin/time -f "%e" -o "$tmp/cli-report.time" "$oftrack" report progress --db "$tmp/full.db" --la "$slowest_la" --out "$tmp/report.html" >/dev/null
cli_report=$(cat "$tmp/cli-report.time")
echo "   whole command: oftrack report progress --la \"$slowest_la\": ${cli_report} s"

echo "== peers and floors on the same text"
"$bench" match "$text" | tee "$tmp/match.out" | head -n 1 | sed 's/^/   /'
floor_s=$(get set_file_s "$tmp/match.out")
if ((wink)); then
  sed 's/^/   wink-nlp (last round): /' "$tmp/wink-r$repeat.out"
  echo "   wink-nlp median wall $(median <"$tmp/wink.walls") s, CPU $(median <"$tmp/wink.cpus") s over $repeat rounds"
fi

pdf_files=$(find "$pdf" -name '*.pdf' 2>/dev/null | wc -l)
if ((pdf_files > 0)); then
  echo "== PDFs to database vs pdftotext -layout alone ($pdf_files PDFs, $repeat rounds, each pdftotext run next to its oftrack run, medians)"
  for r in $(seq "$repeat"); do
    for j in 1 2; do
      /usr/bin/time -f "%e %U %S" -o "$tmp/pdftotext.time" bash -c \
        "find '$pdf' -name '*.pdf' -print0 | sort -z | xargs -0 -P $j -I{} pdftotext -layout {} /dev/null"
      awk '{print $1}' "$tmp/pdftotext.time" >>"$tmp/pdftotext-j$j.walls"
      awk '{print $2 + $3}' "$tmp/pdftotext.time" >>"$tmp/pdftotext-j$j.cpus"
      rm -f "$tmp/pdf-j$j.db"*
      run_ingest "pdf-j$j-r$r" "$j" "$tmp/pdf-j$j.db" "$pdf"
      get wall_s "$tmp/pdf-j$j-r$r.out" >>"$tmp/pdf-j$j.walls"
      get cpu_s "$tmp/pdf-j$j-r$r.out" >>"$tmp/pdf-j$j.cpus"
      ratio "$(tail -n 1 "$tmp/pdftotext-j$j.walls")" "$(get wall_s "$tmp/pdf-j$j-r$r.out")" >>"$tmp/pdf-j$j.ratios"
      if ((j == 1)); then
        ratio "$(tail -n 1 "$tmp/pdftotext-j1.cpus")" "$(get cpu_s "$tmp/pdf-j1-r$r.out")" >>"$tmp/pdf-cpu.ratios"
      fi
    done
    ratio "$(get wall_s "$tmp/pdf-j1-r$r.out")" "$(get wall_s "$tmp/pdf-j2-r$r.out")" >>"$tmp/pdf-jobs.ratios"
  done
  for j in 1 2; do
    echo "-- oftrack --jobs $j (last run):"; sed '$d' "$tmp/pdf-j$j-r$repeat.out" | sed 's/^/   /'
  done
  pdftotext_j1=$(median <"$tmp/pdftotext-j1.walls") pdftotext_j2=$(median <"$tmp/pdftotext-j2.walls")
  pdf_j1=$(median <"$tmp/pdf-j1.walls") pdf_j2=$(median <"$tmp/pdf-j2.walls")
  pdftotext_cpu=$(median <"$tmp/pdftotext-j1.cpus") pdf_cpu=$(median <"$tmp/pdf-j1.cpus")
  echo "   median CPU: pdftotext ${pdftotext_cpu} s, oftrack --jobs 1 ${pdf_cpu} s"
  echo "   median wall: pdftotext serial ${pdftotext_j1} s, 2 at a time ${pdftotext_j2} s; oftrack --jobs 1 ${pdf_j1} s, --jobs 2 ${pdf_j2} s"
fi

echo "== ratios and targets (medians of $repeat runs; the machine may be shared)"
mb=$(awk -v b="$text_bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "  scale: $full_docs documents, $(awk -v b="$full_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB in ${full_wall} s (--jobs 2)"
echo "  sample: $text_docs documents, $mb MB; --jobs 1 $(ratio "$mb" "$text_j1") MB/s, --jobs 2 $(ratio "$mb" "$text_j2") MB/s"
if ((wink)); then
  echo "  text to database / wink-nlp, each round's ratio: --jobs 1 $(rounds wink-j1)| --jobs 2 $(rounds wink-j2)| CPU $(rounds wink-cpu)"
  # The target is throughput on this machine: oftrack as it runs by default
  # (--jobs 2, both cores) against wink-nlp (one thread: Node runs it so).
  # One core against one core is printed beside it, not hidden.
  check "text to database / wink-nlp (--jobs 2, x, median)" "$(rounds_median wink-j2)" ">=" 10
  printf '  %-48s %10s  (one core each, for reference)\n' "text to database / wink-nlp (--jobs 1, x, median)" "$(rounds_median wink-j1)"
  printf '  %-48s %10s  (for reference)\n' "text to database / wink-nlp (CPU seconds, x, median)" "$(rounds_median wink-cpu)"
fi
echo "  text to database (--jobs 1) costs $(ratio "$text_j1" "$floor_s") x the RE2::Set floor (one pass over each file)"
if ((pdf_files > 0)); then
  echo "  PDFs to database / pdftotext, each round's ratio: one at a time $(rounds pdf-j1)| two at a time $(rounds pdf-j2)| CPU $(rounds pdf-cpu)"
  check "PDFs to database / pdftotext (--jobs 1, median)" "$(rounds_median pdf-j1)" ">=" 0.8
  check "PDFs to database / pdftotext (both 2 at a time, median)" "$(rounds_median pdf-j2)" ">=" 0.8
  check "PDFs to database / pdftotext (CPU seconds, median)" "$(rounds_median pdf-cpu)" ">=" 0.8
  echo "  PDFs --jobs 2 / --jobs 1, each round's ratio: $(rounds pdf-jobs)"
  check "PDFs: --jobs 2 / --jobs 1 (x, median)" "$(rounds_median pdf-jobs)" ">=" 1.7
fi
echo "  text --jobs 2 / --jobs 1, each round's ratio: $(rounds text-jobs)"
check "text: --jobs 2 / --jobs 1 (x, median)" "$(rounds_median text-jobs)" ">=" 1.7
check "peak RSS, $full_docs documents, --jobs 2 (MB)" "$full_rss" "<" 300
check "first ingest / re-ingest unchanged (x)" "$(ratio "$full_wall" "$reingest")" ">=" 20
check "slowest authority report, in process (s)" "$report_max" "<" 0.2
check "slowest authority report, whole command (s)" "$cli_report" "<" 0.2
