#!/usr/bin/env bash
# Prints one line per table of an oftrack database: its name, its row count
# and the MD5 of all its rows in a fixed order, leaving out only the columns
# that say when or by which build a row was written (ingested_at, first_seen,
# last_seen, reader). Two databases written from the same files by two builds
# hold the same content when this prints the same lines for both:
#
#   diff <(bash bench/db_content.sh before.db) <(bash bench/db_content.sh after.db)
set -euo pipefail
db=${1:?usage: bash bench/db_content.sh DB}
volatile='ingested_at|first_seen|last_seen|reader'
for table in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"); do
  columns=$(sqlite3 "$db" "SELECT name FROM pragma_table_info('$table')" | grep -Evx "$volatile" | paste -sd, -)
  rows=$(sqlite3 "$db" "SELECT count(*) FROM \"$table\"")
  sum=$(sqlite3 -separator $'\t' "$db" "SELECT $columns FROM \"$table\" ORDER BY $columns" | md5sum | cut -c1-32)
  printf '%-18s %8s rows  %s\n' "$table" "$rows" "$sum"
done
