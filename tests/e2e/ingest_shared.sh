#!/usr/bin/env bash
# CTest fixture (CMakeLists.txt): ingests the shared sample and the bundled
# committee packs once per ctest run into DB, for the end-to-end tests that
# only read it (tests/e2e/e2e_support.h, SharedSampleDb). The ingest's output
# and exit code are kept beside it (DB.log, DB.rc): the tests check them, so
# this step itself passes whatever the ingest did.
#   ingest_shared.sh OFTRACK DB SOURCE_DIR SHARED_DIR
set -uo pipefail
oftrack=$1 db=$2 source=$3
shared=${OFTRACK_SHARED:-$4}/corpora
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db"-wal "$db"-shm "$db".log "$db".rc
"$oftrack" ingest --db "$db" "$shared/ofsted-reports" "$shared/ofsted-letters" "$source/corpora/committee-packs" > "$db".log 2>&1
echo $? > "$db".rc
tail -n 1 "$db".log
exit 0
