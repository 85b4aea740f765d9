#!/usr/bin/env bash
# Builds the seed corpora for the fuzz targets from real text in corpora/ and
# rules/: usage make-seeds.sh SOURCE_DIR OUT_DIR. Text and pack seeds start
# with one byte that the targets read as the source kind (0 text, 1 PDF).
set -euo pipefail
src=$1 out=$2
rm -rf "$out"
mkdir -p "$out"/{text,pack,recognise,dates,rules}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
add() {  # add KIND_BYTE FILE: chunks of FILE into text, pack and recognise seeds
  local kind=$1 file=$2
  split -C 12000 -d -a 3 "$file" "$tmp/chunk."
  for c in "$tmp"/chunk.*; do
    i=$((i + 1))
    { printf "\\x$kind"; cat "$c"; } > "$out/pack/$i"
    cp "$out/pack/$i" "$out/recognise/$i"
    { printf "\\x$kind"; head -c 3000 "$c"; } > "$out/text/$i"
    grep -aE '(January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}' "$c" \
      | head -n 20 | split -l 1 -d -a 3 - "$out/dates/$i." || true
    rm -f "$c"
  done
}
for f in "$src"/corpora/committee-packs/*.txt; do add 00 "$f"; done
if command -v pdftotext >/dev/null; then
  for f in "$src"/corpora/ofsted-reports/*.pdf; do
    pdftotext -layout -l 3 "$f" "$tmp/pdf.txt" 2>/dev/null || continue
    add 01 "$tmp/pdf.txt"
  done
fi
cp "$src/rules/themes.toml" "$out/rules/themes.toml"
for d in "$src"/tests/data/rules-bad/*/; do
  [ -f "$d/themes.toml" ] && cp "$d/themes.toml" "$out/rules/$(basename "$d").toml"
done
# The real themes.toml cut into theme-sized pieces, so mutations start small.
awk -v out="$out/rules/piece" '/^\[\[theme\]\]/{n++} {print > (out "." n)}' "$src/rules/themes.toml"
