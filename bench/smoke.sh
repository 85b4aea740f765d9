#!/usr/bin/env bash
# ctest's bench/smoke: oftrack_bench end to end on a tiny generated corpus
# (12 text documents). Checks that every subcommand runs; asserts no timing.
set -euo pipefail
bench=${1:?usage: smoke.sh OFTRACK_BENCH}
tmp=$(mktemp -d /tmp/oftrack-bench-smoke.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
"$bench" generate --out "$tmp/corpus" --docs 12 | grep -q "text_docs=12"
"$bench" ingest --db "$tmp/b.db" --jobs 2 "$tmp/corpus/text" | grep -q "new=12 unchanged=0 errors=0"
"$bench" ingest --db "$tmp/b.db" --jobs 2 "$tmp/corpus/text" | grep -q "new=0 unchanged=12"
"$bench" report --db "$tmp/b.db" | grep -q "report_max_s="
"$bench" patterns --out "$tmp/patterns.json"
grep -q '"themes"' "$tmp/patterns.json"
"$bench" match "$tmp/corpus/text" | grep -q "set_line_s="
"$bench" floors --db "$tmp/b.db" --scratch "$tmp/floor.db" "$tmp/corpus/text" | grep -q "insert_s="
echo "bench smoke: ok"
