#!/usr/bin/env bash
# Issue 17: oftrack installed with `cmake --install` into a prefix works from
# any folder without the source tree, and holds no path of the build machine.
#   installed_test.sh BUILD_DIR SOURCE_DIR [plain|sanitized]
# A sanitized build keeps source file names for its reports (UBSan's source
# locations, debug lines): the path check is for the plain (release) build.
set -euo pipefail
build=$(cd "$1" && pwd -P)
source=$(cd "$2" && pwd -P)
kind=${3:-plain}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
# The installed tree can be moved: the binary finds its data from its own place.
mv "$tmp/prefix" "$tmp/moved"
bin="$tmp/moved/bin/oftrack"
[ -f "$tmp/moved/share/oftrack/rules/themes.toml" ] || fail "rules not installed"
[ -f "$tmp/moved/share/oftrack/reference/local_authorities.csv" ] || fail "reference list not installed"

# No path of this machine's source or build folders inside the binary.
if [ "$kind" = plain ] && strings "$bin" | grep -F -e "$source" -e "$build"; then
  fail "the binary holds a build-machine path"
fi

# From an empty folder, with nothing in the environment pointing at the data.
mkdir "$tmp/elsewhere" && cd "$tmp/elsewhere"
cp "$source/corpora/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt" pack.txt
cp "$source/corpora/ofsted-reports/nottingham-80533-published-2022-09-05.pdf" report.pdf
unset OFTRACK_HOME
"$bin" --version | grep -q "^oftrack [0-9]" || fail "--version"
"$bin" ingest --db t.db pack.txt report.pdf > ingest.out || fail "ingest: $(cat ingest.out)"
grep -q "0 errors" ingest.out || fail "ingest reported errors: $(cat ingest.out)"
"$bin" report progress --la "Nottingham City" --db t.db --out progress.html >/dev/null || fail "report progress"
grep -q "baseline" progress.html || fail "the progress report has no baseline column"
grep -q "Placement sufficiency" progress.html || fail "the progress report lacks the 2022 areas"
"$bin" help report progress | grep -q "Example" || fail "help has no example"

# A data folder that is not there is one line naming it, exit 2.
set +e
"$bin" --home "$tmp/nowhere" ingest --db u.db pack.txt > out.txt 2> err.txt
status=$?
set -e
[ "$status" -eq 2 ] || fail "--home to a missing folder: exit $status, expected 2"
[ "$(wc -l < err.txt)" -eq 1 ] || fail "--home to a missing folder: expected one line, got: $(cat err.txt)"
grep -q "$tmp/nowhere" err.txt || fail "the error does not name the folder: $(cat err.txt)"
echo "installed oftrack works from $tmp/elsewhere"
