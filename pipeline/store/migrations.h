// Migrations: bring a database file to Store::kSchemaVersion. Version 0 is an
// empty file, which gets the newest schema whole; an older file gets each
// later version's step, all in one transaction with the new schema_version.
#ifndef OFTRACK_STORE_MIGRATIONS_H_
#define OFTRACK_STORE_MIGRATIONS_H_

#include "model/status.h"
#include "store/database.h"

namespace oftrack {

// Reads the version; creates or upgrades the schema. Fails when the file's
// version is newer than this build (an older oftrack must not write to it).
Status Migrate(Database* db, int target_version);
// Whether Migrate would accept this file, without writing anything: fails
// when its version is newer than target_version, or when it has tables but no
// version. Store::Open asks this on a read-only connection before it opens
// the file for writing (which switches it to WAL mode, a write).
Status CheckMigratable(Database* db, int target_version);
// The version recorded in the file (0 for a new file).
Result<int> SchemaVersion(Database* db);

}  // namespace oftrack

#endif  // OFTRACK_STORE_MIGRATIONS_H_
