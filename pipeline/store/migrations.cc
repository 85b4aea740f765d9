#include "store/migrations.h"

#include <string>

namespace oftrack {
namespace {

// schema.sql, embedded at build time (see CMakeLists.txt).
const char kSchemaV1[] =
#include "store/schema_sql.inc"
    ;

// Version 0 must be an empty file. Tables without a version are another
// program's, or an oftrack's from before schema versions whose layout is
// unknown: CREATE TABLE IF NOT EXISTS would keep their old shapes and every
// later write would fail. Refuse, and change nothing.
Status CheckNoForeignTables(Database* db) {
  auto tables = db->Prepare(
      "SELECT group_concat(name, ', ') FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
      "AND name <> 'schema_version'");
  if (!tables.ok()) return tables.status();
  Status st;
  std::string found = (*tables)->Step(&st) ? (*tables)->Text(0) : "";
  (*tables)->Reset();
  if (!st.ok()) return st;
  if (!found.empty()) {
    return Status::Database(db->path(), "database has tables (" + found +
                                            ") but no oftrack schema version: made by another program or by an "
                                            "oftrack older than schema versions; left unchanged (ingest into a "
                                            "new file)");
  }
  return Status::OK();
}

}  // namespace

Result<int> SchemaVersion(Database* db) {
  // Each statement is reset before returning: a statement left on a row keeps
  // a read transaction open, and a later BEGIN IMMEDIATE on that old snapshot
  // fails at once (SQLITE_BUSY_SNAPSHOT) instead of waiting for the lock.
  Status st;
  auto has = db->Prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'");
  if (!has.ok()) return has.status();
  if (!(*has)->Step(&st)) return st.ok() ? Status::Database(db->path(), "cannot read schema") : st;
  bool has_table = (*has)->Int(0) != 0;
  (*has)->Reset();
  if (!has_table) return 0;
  auto ver = db->Prepare("SELECT max(version) FROM schema_version");
  if (!ver.ok()) return ver.status();
  if (!(*ver)->Step(&st)) return st.ok() ? 0 : Result<int>(st);
  int version = static_cast<int>((*ver)->Int(0));
  (*ver)->Reset();
  return version;
}

// The file's schema version, or why this build must not touch the file (not
// an oftrack database, or written by a newer oftrack).
static Result<int> UsableVersion(Database* db, int target_version) {
  auto version = SchemaVersion(db);
  if (!version.ok()) {
    return Status::Database(db->path(), "not an oftrack database (" + version.status().reason() + ")");
  }
  int v = version.value();
  if (v > target_version) {
    return Status::Database(db->path(), "database schema version " + std::to_string(v) +
                                            " is newer than this oftrack understands (" +
                                            std::to_string(target_version) + "): use a newer oftrack");
  }
  return v;
}

Status CheckMigratable(Database* db, int target_version) {
  auto usable = UsableVersion(db, target_version);
  if (!usable.ok()) return usable.status();
  int v = usable.value();
  if (v >= 1) return Status::OK();
  return CheckNoForeignTables(db);
}

Status Migrate(Database* db, int target_version) {
  auto usable = UsableVersion(db, target_version);
  if (!usable.ok()) return usable.status();
  int v = usable.value();
  if (v >= target_version) return Status::OK();
  // Upgrading: take the write lock first and read the version again, since a
  // second oftrack started at the same moment may have migrated the file while
  // this one waited for the lock.
  Transaction txn(db);
  if (!txn.begin_status().ok()) return txn.begin_status();
  auto version = SchemaVersion(db);
  if (!version.ok()) return version.status();
  v = version.value();
  if (v < 1) {
    if (Status st = CheckNoForeignTables(db); !st.ok()) return st;
    Status st = db->Exec(kSchemaV1);
    if (st.ok()) st = db->Exec("DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES (1);");
    if (!st.ok()) return st;
    v = 1;
  }
  // Later versions add steps here, in the same transaction:
  //   if (v < 2) { ALTER TABLE ...; UPDATE schema_version ...; v = 2; }
  return txn.Commit();
}

}  // namespace oftrack
