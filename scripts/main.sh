#!/usr/bin/env bash
# The main job: install what is missing, build, ingest the bundled corpus into
# ./oftrack.db, and write Nottingham City's progress report (HTML, Markdown,
# CSV, Excel) and scrutiny briefing (HTML, Markdown), and the national view,
# to reports/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh --main-only  # only the oftrack binary
set +e
./build/oftrack ingest --db oftrack.db corpora/ofsted-reports corpora/committee-packs
status=$?
set -e
if [ "$status" -eq 2 ]; then exit 2; fi  # could not start: the reason is printed above
mkdir -p reports/out
./build/oftrack timeline --la "Nottingham City" --db oftrack.db
./build/oftrack report progress --la "Nottingham City" --format html --out reports/out/nottingham-city-progress.html --db oftrack.db
./build/oftrack report progress --la "Nottingham City" --format md --out reports/out/nottingham-city-progress.md --db oftrack.db
./build/oftrack report progress --la "Nottingham City" --format csv --out reports/out/nottingham-city-progress.csv --db oftrack.db
./build/oftrack report progress --la "Nottingham City" --format xlsx --out reports/out/nottingham-city-progress.xlsx --db oftrack.db
./build/oftrack report briefing --la "Nottingham City" --format html --out reports/out/nottingham-city-briefing.html --db oftrack.db
./build/oftrack report briefing --la "Nottingham City" --format md --out reports/out/nottingham-city-briefing.md --db oftrack.db
./build/oftrack report national --la "Nottingham City" --format html --out reports/out/national.html --db oftrack.db
./build/oftrack report national --la "Nottingham City" --format md --out reports/out/national.md --db oftrack.db
./build/oftrack export grades --out reports/out/grades.csv --db oftrack.db
./build/oftrack export areas --out reports/out/areas.csv --db oftrack.db
./build/oftrack export progress --out reports/out/progress.csv --db oftrack.db
./build/oftrack export findings --out reports/out/findings.csv --db oftrack.db
echo
echo "Open $(pwd)/reports/out/nottingham-city-progress.html in a browser; the briefing, the national view,"
echo "Markdown, CSV and Excel versions are beside it in reports/out/."
exit "$status"
