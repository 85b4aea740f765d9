#!/usr/bin/env bash
# The oftrack benchmark, on the documents users have: every PDF of the real
# corpus (by default ../shared/corpora, else the bundled corpora/) and its
# `pdftotext -layout` text, as a user would give either to `oftrack ingest`.
#
#   bash bench/run.sh [--corpus DIR] [--docs N] [--repeat R] [--generated N] [--build DIR] [--keep]
#
# 1. text to database: all the real text once (the sample), --jobs 1 and
#    --jobs 2, and the wink-nlp peer, R rounds back to back (default 3); every
#    ratio is taken within a round (whole processes: wall and CPU seconds as
#    /usr/bin/time reports them), then the median of the rounds;
# 2. each text stage against the simplest program that does its job
#    (`oftrack_bench floors`: ICU sentence breaking alone, one RE2::Set pass
#    alone, SQLite inserts alone);
# 3. national scale: the real text repeated to N documents (default 2000;
#    copy k ends in k extra newlines, so its bytes and hash differ and its
#    reading does not), --jobs 2 once (peak RSS), re-ingested unchanged, every
#    authority's report timed;
# 4. PDFs to database against `pdftotext -layout` alone, one and two at a time,
#    R rounds, each pdftotext run next to its oftrack run;
# 5. an extra scale check on the generated corpus (the bundled files rewritten
#    for other authorities, N documents; --generated 0 skips it).
# Nothing is written to corpora/ or to ./oftrack.db.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus="$root/../shared/corpora"
[ -d "$corpus" ] || corpus="$root/corpora"
docs=2000 repeat=3 generated=2000 build="$root/build-bench" keep=0
while (($#)); do
  case $1 in
    --corpus) corpus=$2; shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --generated) generated=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: bash bench/run.sh [--corpus DIR] [--docs N] [--repeat R] [--generated N] [--build DIR] [--keep]" >&2; exit 2 ;;
  esac
done
corpus=$(cd "$corpus" && pwd)

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
    printf '  %-52s %10s  (target %s %s)  met\n' "$1" "$2" "$3" "$4"
  else
    printf '  %-52s %10s  (target %s %s)  MISSED\n' "$1" "$2" "$3" "$4"
  fi
}
# A whole process timed by /usr/bin/time: `timed NAME CMD...` keeps its output
# in $tmp/NAME.out and "wall cpu peak_rss_kb" in $tmp/NAME.time.
# (pdftotext fails on a web page saved as .pdf: `timed_any` does not stop there.)
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/$name.rawtime" "$@" >"$tmp/$name.out"
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$tmp/$name.rawtime" >"$tmp/$name.time"
}
timed_any() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/$name.rawtime" "$@" >"$tmp/$name.out" || true
  grep -v '^Command exited' "$tmp/$name.rawtime" >"$tmp/$name.rawtime2" && mv "$tmp/$name.rawtime2" "$tmp/$name.rawtime"
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$tmp/$name.rawtime" >"$tmp/$name.time"
}
wall_of() { cut -d' ' -f1 "$tmp/$1.time"; }
cpu_of() { cut -d' ' -f2 "$tmp/$1.time"; }
rss_of() { awk '{printf "%.1f\n", $3 / 1024}' "$tmp/$1.time"; }

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared machines: compare ratios, not absolutes)"
echo "== corpus: $corpus"
pdf="$tmp/pdf" text="$tmp/text" national="$tmp/national"
mkdir -p "$pdf" "$text" "$national"
# The real PDFs (linked, under one folder) and their pdftotext -layout text;
# the corpus's own .txt files (committee packs) are real text too. A file
# pdftotext cannot read (a web page saved as .pdf) stays among the PDFs, as a
# user's batch would hold it, and has no text.
n=0 unreadable=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  name=$(printf '%04d-%s' "$n" "$(basename "$f")")
  ln -s "$f" "$pdf/$name"
  pdftotext -layout "$f" "$text/${name%.pdf}.txt" 2>/dev/null || { unreadable=$((unreadable + 1)); rm -f "$text/${name%.pdf}.txt"; }
done < <(find "$corpus" -name '*.pdf' -print0 | sort -z)
while IFS= read -r -d '' f; do cp "$f" "$text/"; done < <(find "$corpus" -name '*.txt' -print0 | sort -z)
text_files=$(find "$text" -name '*.txt' | wc -l)
echo "   $n PDFs ($(du -shL "$pdf" | cut -f1)), $unreadable of them not readable by pdftotext; $text_files text files ($(du -sh "$text" | cut -f1))"
# National size: copy k of the text ends in k extra newlines.
copies=$(((docs + text_files - 1) / text_files))
for k in $(seq 0 $((copies - 1))); do
  mkdir -p "$national/copy-$k"
  for f in "$text"/*.txt; do
    { cat "$f"; for _ in $(seq "$k"); do echo; done; } >"$national/copy-$k/$(basename "$f")"
  done
done
echo "   national size: $copies copies of the text, $((copies * text_files)) files ($(du -sh "$national" | cut -f1))"
"$bench" patterns --out "$tmp/patterns.json"

# One measured ingest: run_ingest LABEL JOBS DB PATH (a fresh database unless it exists).
run_ingest() { timed "$1" "$bench" ingest --db "$3" --jobs "$2" "$4"; }

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

echo "== text to database: the $text_files real text files (--jobs 1 and 2$( ((wink)) && echo ", then wink-nlp"), $repeat rounds back to back; whole processes)"
for r in $(seq "$repeat"); do
  for j in 1 2; do
    rm -f "$tmp/text-j$j.db"*
    run_ingest "text-j$j-r$r" "$j" "$tmp/text-j$j.db" "$text"
  done
  ratio "$(wall_of text-j1-r$r)" "$(wall_of text-j2-r$r)" >>"$tmp/text-jobs.ratios"
  ratio "$(cpu_of text-j2-r$r)" "$(cpu_of text-j1-r$r)" >>"$tmp/text-jobs-cpu.ratios"
  if ((wink)); then
    timed "wink-r$r" node "$here/peers/wink_peer.js" "$tmp/patterns.json" "$text"
    ratio "$(wall_of wink-r$r)" "$(wall_of text-j1-r$r)" >>"$tmp/wink-j1.ratios"
    ratio "$(wall_of wink-r$r)" "$(wall_of text-j2-r$r)" >>"$tmp/wink-j2.ratios"
    ratio "$(cpu_of wink-r$r)" "$(cpu_of text-j1-r$r)" >>"$tmp/wink-cpu.ratios"
  fi
  echo "   round $r: oftrack --jobs 1 $(wall_of text-j1-r$r) s ($(cpu_of text-j1-r$r) s CPU), --jobs 2 $(wall_of text-j2-r$r) s ($(cpu_of text-j2-r$r) s CPU)$( ((wink)) && echo ", wink-nlp $(wall_of wink-r$r) s ($(cpu_of wink-r$r) s CPU)")"
done
for j in 1 2; do
  echo "-- --jobs $j (last round):"; sed '$d' "$tmp/text-j$j-r$repeat.out" | sed 's/^/   /'
done
((wink)) && echo "-- wink-nlp (last round): $(cat "$tmp/wink-r$repeat.out")"
text_bytes=$(get bytes "$tmp/text-j1-r1.out")
text_docs=$(get documents "$tmp/text-j1-r1.out")
findings=$(get findings "$tmp/text-j1-r1.out")

echo "== each text stage against its floor (the last --jobs 1 run; floors on the same text and rows)"
"$bench" floors --db "$tmp/text-j1.db" --scratch "$tmp/floor.db" "$text" | tee "$tmp/floors.out" | sed '$d' | sed 's/^/   /'
last="$tmp/text-j1-r$repeat.out"
mb=$(awk -v b="$text_bytes" 'BEGIN {printf "%.2f", b / 1e6}')
fmb=$(awk -v b="$(get finding_bytes "$tmp/floors.out")" 'BEGIN {printf "%.2f", b / 1e6}')
stage_row() {  # stage_row STAGE SECONDS MB FLOOR_NAME FLOOR_SECONDS
  printf '   %-20s %7.3f s %7.1f MB/s   %-28s %7.3f s %7.1f MB/s   %6.1fx the floor\n' "$1" "$2" \
    "$(awk -v m="$3" -v s="$2" 'BEGIN {print (s > 0 ? m / s : 0)}')" "$4" "$5" \
    "$(awk -v m="$3" -v s="$5" 'BEGIN {print (s > 0 ? m / s : 0)}')" "$(ratio "$2" "$5")"
}
stage_row "recognise+segment" "$(get recognise_s "$last")" "$mb" "ICU sentence breaking alone" "$(get icu_s "$tmp/floors.out")"
stage_row "classify" "$(get classify_s "$last")" "$fmb" "one RE2::Set pass alone" "$(get set_s "$tmp/floors.out")"
write_s=$(awk -v w="$(get write_s "$last")" -v c="$(get close_s "$last")" 'BEGIN {print w + c}')
stage_row "write (+close)" "$write_s" "$mb" "SQLite inserts alone" "$(get insert_s "$tmp/floors.out")"
echo "   writer: $(awk -v s="$write_s" -v f="$findings" 'BEGIN {printf "%.2f", s * 1e6 / f}') us per finding ($findings findings); SQLite inserts alone $(awk -v s="$(get insert_s "$tmp/floors.out")" -v f="$findings" 'BEGIN {printf "%.2f", s * 1e6 / f}') us"

echo "== national scale: $((copies * text_files)) files, --jobs 2, one run"
run_ingest full 2 "$tmp/full.db" "$national"
sed '$d' "$tmp/full.out" | sed 's/^/   /'
echo "   whole process: $(wall_of full) s, $(cpu_of full) s CPU, peak RSS $(rss_of full) MB"
full_docs=$(get documents "$tmp/full.out") full_bytes=$(get bytes "$tmp/full.out")

echo "== re-ingest the unchanged national corpus ($repeat runs)"
for r in $(seq "$repeat"); do
  run_ingest "reingest-r$r" 2 "$tmp/full.db" "$national"
  wall_of "reingest-r$r" >>"$tmp/reingest.walls"
done
sed '$d' "$tmp/reingest-r$repeat.out" | head -n 1 | sed 's/^/   /'
reingest=$(median <"$tmp/reingest.walls")

echo "== reports with $full_docs documents in the database"
"$bench" report --db "$tmp/full.db" | tee "$tmp/report.out" | head -n 1 | sed 's/^/   /'
report_max=$(get report_max_s "$tmp/report.out")
slowest_la=$(head -n 1 "$tmp/report.out" | sed -n 's/.*s (\(.*\) ([0-9]* documents)).*/\1/p')
/usr/bin/time -f "%e" -o "$tmp/cli-report.time" "$oftrack" report progress --db "$tmp/full.db" --la "$slowest_la" --out "$tmp/report.html" >/dev/null
cli_report=$(cat "$tmp/cli-report.time")
echo "   whole command: oftrack report progress --la \"$slowest_la\": ${cli_report} s"

echo "== PDFs to database vs pdftotext -layout alone ($n PDFs, $repeat rounds, each pdftotext run next to its oftrack run)"
for r in $(seq "$repeat"); do
  for j in 1 2; do
    timed_any "pdftotext-j$j-r$r" bash -c "find '$pdf' -name '*.pdf' -print0 | sort -z | xargs -0 -P $j -I{} pdftotext -layout {} /dev/null 2>/dev/null"
    rm -f "$tmp/pdf-j$j.db"*
    run_ingest "pdf-j$j-r$r" "$j" "$tmp/pdf-j$j.db" "$pdf"
    ratio "$(wall_of pdftotext-j$j-r$r)" "$(wall_of pdf-j$j-r$r)" >>"$tmp/pdf-j$j.ratios"
    ratio "$(cpu_of pdftotext-j$j-r$r)" "$(cpu_of pdf-j$j-r$r)" >>"$tmp/pdf-cpu-j$j.ratios"
  done
  ratio "$(wall_of pdf-j1-r$r)" "$(wall_of pdf-j2-r$r)" >>"$tmp/pdf-jobs.ratios"
  echo "   round $r: pdftotext one at a time $(wall_of pdftotext-j1-r$r) s, oftrack --jobs 1 $(wall_of pdf-j1-r$r) s; pdftotext two at a time $(wall_of pdftotext-j2-r$r) s, oftrack --jobs 2 $(wall_of pdf-j2-r$r) s"
done
echo "-- oftrack --jobs 2 (last round):"; sed '$d' "$tmp/pdf-j2-r$repeat.out" | sed 's/^/   /'

if ((generated > 0)); then
  echo "== extra scale check: the generated corpus ($generated documents from $root/corpora), --jobs 2, one run"
  "$bench" generate --out "$tmp/generated" --docs "$generated" | head -n 1 | sed 's/^/   /'
  run_ingest generated 2 "$tmp/generated.db" "$tmp/generated/text"
  sed '$d' "$tmp/generated.out" | head -n 3 | sed 's/^/   /'
  echo "   whole process: $(wall_of generated) s, peak RSS $(rss_of generated) MB"
fi

echo "== ratios and targets (medians of $repeat rounds, each ratio taken within its round; the machine may be shared)"
echo "  real text: $text_docs documents, $mb MB, $findings findings"
if ((wink)); then
  echo "  text to database / wink-nlp, each round: --jobs 1 wall $(rounds wink-j1)| CPU $(rounds wink-cpu)| --jobs 2 wall $(rounds wink-j2)"
  check "text to database / wink-nlp (--jobs 1, wall, x)" "$(rounds_median wink-j1)" ">=" 8
  check "text to database / wink-nlp (--jobs 1, CPU seconds, x)" "$(rounds_median wink-cpu)" ">=" 10
  printf '  %-52s %10s  (for reference)\n' "text to database / wink-nlp (--jobs 2, wall, x)" "$(rounds_median wink-j2)"
fi
echo "  text --jobs 2 / --jobs 1, each round: $(rounds text-jobs)| CPU --jobs 2 / --jobs 1: $(rounds text-jobs-cpu)"
check "text: --jobs 2 / --jobs 1 (wall, x)" "$(rounds_median text-jobs)" ">=" 1.8
check "text: CPU of --jobs 2 / --jobs 1 (no more CPU)" "$(rounds_median text-jobs-cpu)" "<" 1.05
echo "  PDFs to database / pdftotext, each round: one at a time $(rounds pdf-j1)| two at a time $(rounds pdf-j2)"
check "PDFs to database / pdftotext (one at a time)" "$(rounds_median pdf-j1)" ">=" 0.95
check "PDFs to database / pdftotext (two at a time)" "$(rounds_median pdf-j2)" ">=" 0.95
printf '  %-52s %10s  (for reference)\n' "PDFs to database / pdftotext (CPU, one at a time)" "$(rounds_median pdf-cpu-j1)"
printf '  %-52s %10s  (for reference)\n' "PDFs: --jobs 2 / --jobs 1 (x)" "$(rounds_median pdf-jobs)"
check "peak RSS, $full_docs documents, --jobs 2 (MB)" "$(rss_of full)" "<" 100
check "first ingest / re-ingest unchanged (x)" "$(ratio "$(wall_of full)" "$reingest")" ">=" 20
check "slowest authority report, in process (s)" "$report_max" "<" 0.2
check "slowest authority report, whole command (s)" "$cli_report" "<" 0.2
