#include "store/migrations.h"

#include <string>

#include "store/store.h"

namespace oftrack {
namespace {

// schema.sql, embedded at build time (see CMakeLists.txt): the newest
// layout, which a new file gets whole.
const char kSchema[] =
#include "store/schema_sql.inc"
    ;
constexpr int kSchemaSqlVersion = 3;
static_assert(kSchemaSqlVersion == Store::kSchemaVersion, "schema.sql and Store::kSchemaVersion must agree");

// Version 2: finding_themes keyed only by (finding_id, theme), stored in that
// key's order (WITHOUT ROWID), and no (theme, finding_id) index. Every query
// reads a finding's themes by finding_id; the old layout kept three b-trees,
// one of them written at up to 24 places per file, and dropping them made a
// first ingest ~20% faster.
const char kFindingThemesWithoutRowid[] =
    "CREATE TABLE finding_themes_v2 ("
    "  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,"
    "  theme      TEXT NOT NULL,"
    "  PRIMARY KEY (finding_id, theme)"
    ") WITHOUT ROWID;"
    "INSERT INTO finding_themes_v2(finding_id, theme) SELECT finding_id, theme FROM finding_themes;"
    "DROP TABLE finding_themes;"
    "ALTER TABLE finding_themes_v2 RENAME TO finding_themes;";

const char kVersion3[] =
    "ALTER TABLE sources ADD COLUMN reader TEXT;"
    "CREATE TABLE area_subjects ("
    "  area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,"
    "  subject TEXT NOT NULL,"
    "  words   TEXT,"
    "  PRIMARY KEY (area_id, subject));"
    "CREATE TABLE subjects (id TEXT PRIMARY KEY, label TEXT NOT NULL, practice INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE finding_subjects ("
    "  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,"
    "  subject    TEXT NOT NULL,"
    "  PRIMARY KEY (finding_id, subject)) WITHOUT ROWID;";

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
    if (Status st = db->Exec(kSchema); !st.ok()) return st;
    v = kSchemaSqlVersion;
  }
  if (v < 2) {
    if (Status st = db->Exec(kFindingThemesWithoutRowid); !st.ok()) return st;
    v = 2;
  }
  // Version 3: each source says which oftrack and rules read it, so that an
  // upgrade or a rule change reads stored files again (Store::KnownHashes).
  // Rows of older versions have none: the next ingest reads them again, and
  // fills the new tables of subjects (what areas and findings are about).
  if (v < 3) {
    if (Status st = db->Exec(kVersion3); !st.ok()) return st;
    v = 3;
  }
  // Later versions add steps here, in the same transaction, and raise
  // kSchemaSqlVersion with schema.sql:
  //   if (v < 4) { ALTER TABLE ...; v = 4; }
  Status st = db->Exec("DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES (" +
                       std::to_string(v) + ");");
  if (!st.ok()) return st;
  return txn.Commit();
}

}  // namespace oftrack
