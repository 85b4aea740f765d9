#include "store/migrations.h"

#include <string>

namespace oftrack {
namespace {

// schema.sql, embedded at build time (see CMakeLists.txt).
const char kSchemaV1[] =
#include "store/schema_sql.inc"
    ;

}  // namespace

Result<int> SchemaVersion(Database* db) {
  Status st;
  auto has = db->Prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'");
  if (!has.ok()) return has.status();
  if (!(*has)->Step(&st)) return st.ok() ? Status::Database(db->path(), "cannot read schema") : st;
  if ((*has)->Int(0) == 0) return 0;
  auto ver = db->Prepare("SELECT max(version) FROM schema_version");
  if (!ver.ok()) return ver.status();
  if (!(*ver)->Step(&st)) return st.ok() ? 0 : Result<int>(st);
  return static_cast<int>((*ver)->Int(0));
}

Status Migrate(Database* db, int target_version) {
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
  if (v < 1) {
    Transaction txn(db);
    if (!txn.begin_status().ok()) return txn.begin_status();
    Status st = db->Exec(kSchemaV1);
    if (st.ok()) st = db->Exec("DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES (1);");
    if (!st.ok()) return st;
    if (Status c = txn.Commit(); !c.ok()) return c;
    v = 1;
  }
  // Later versions add steps here: if (v < 2) { ALTER TABLE ...; v = 2; }
  return Status::OK();
}

}  // namespace oftrack
