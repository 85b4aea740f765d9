// Store: the only owner of the database file. Opens it, brings its schema up to
// date (store/migrations.cc), writes one file's documents in one transaction,
// records ingest errors, and answers "have we seen these bytes before?".
// Thread-safety: not thread-safe; the pipeline's serial writer stage owns it.
#ifndef OFTRACK_STORE_STORE_H_
#define OFTRACK_STORE_STORE_H_

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "model/finding.h"
#include "model/source_text.h"
#include "model/status.h"
#include "model/tracking.h"
#include "store/database.h"

namespace oftrack {

// The file a set of documents came from.
struct SourceRecord {
  std::string path;
  std::string display_path;
  std::string content_hash;
  int64_t bytes = 0;
  SourceKind kind = SourceKind::kText;
  std::string encoding;
  int pages = 0;
  std::vector<std::string> warnings;
  std::string reader;  // Context::reader: which oftrack and rules read it
};

struct AuthorityRow {
  int urn = 0;
  std::string name, la_code, region, la_type, stat_neighbours;
};

struct ThemeRow {
  std::string id, label, description;
};

class Store {
 public:
  // Opens or creates the database and migrates it to the current schema.
  // Fails with a Status naming the file: not a database, newer schema than
  // this build knows, read-only, locked.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  // Opens an existing database for reading only (reports, exports).
  static Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path);

  // Content hashes of the stored sources read by `reader` (Context::reader):
  // those need not be read again. Sources read by another oftrack or other
  // rules are left out, so an upgrade or a rule change re-reads them.
  Result<std::unordered_set<std::string>> KnownHashes(const std::string& reader);
  // How many stored sources another reader read (the next ingest reads them again).
  Result<int> StaleSources(const std::string& reader);

  // Writes a file and its documents in ONE transaction: either all rows are
  // stored or none. A previous source with the same display_path and other
  // bytes, or with the same bytes read by another reader, is replaced. Clears
  // ingest errors recorded for that path.
  Status WriteSource(const SourceRecord& source, const std::vector<Analysis>& documents);
  // Groups of files: between BeginGroup and CommitGroup, each WriteSource and
  // RecordError is part of one transaction (each file still all or nothing
  // within it, as a savepoint), so the files of a group are committed, and
  // reach the disk, together. A crash loses the open group's files, never
  // part of a file; the next ingest reads them again. One commit per file
  // costs a third of the writer's time on real reports (bench/run.sh).
  Status BeginGroup();
  Status CommitGroup();  // no-op when no group is open
  bool InGroup() const { return group_ != nullptr; }
  // Records why a file could not be read (one row per path, code and reason).
  Status RecordError(const std::string& path, const std::string& display_path, const std::string& content_hash,
                     const Status& error);

  Status ReplaceAuthorities(const std::vector<AuthorityRow>& rows);
  Status ReplaceThemes(const std::vector<ThemeRow>& rows);
  // Subject id and label (rules/subjects.toml), as at this ingest.
  Status ReplaceSubjects(const std::vector<SubjectInfo>& subjects);

  Database& db() { return *db_; }

  // Current schema version written by this build.
  static constexpr int kSchemaVersion = 3;

 private:
  explicit Store(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  Status InsertDocument(int64_t source_id, const Analysis& analysis);
  std::unique_ptr<Database> db_;
  std::unique_ptr<Transaction> group_;  // destroyed (rolled back if open) before db_ closes
};

}  // namespace oftrack

#endif  // OFTRACK_STORE_STORE_H_
