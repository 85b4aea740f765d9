#include "store/store.h"

#include <filesystem>
#include <string>

#include "store/migrations.h"

namespace oftrack {
namespace {

std::string JoinLines(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

const char* SourceKindId(SourceKind kind) { return kind == SourceKind::kPdf ? "pdf" : "text"; }

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  // An existing file is looked at read-only first: a file this build must not
  // migrate is refused before opening it for writing changes a byte of it.
  std::error_code ec;
  if (std::filesystem::file_size(path, ec) > 0 && !ec) {
    auto probe = Database::Open(path, Database::Mode::kReadOnly);
    if (!probe.ok()) return probe.status();
    if (Status st = CheckMigratable(probe.value().get(), kSchemaVersion); !st.ok()) return st;
  }
  auto db = Database::Open(path, Database::Mode::kReadWrite);
  if (!db.ok()) return db.status();
  if (Status st = Migrate(db.value().get(), kSchemaVersion); !st.ok()) return st;
  return std::unique_ptr<Store>(new Store(std::move(db).value()));
}

Result<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path) {
  auto db = Database::Open(path, Database::Mode::kReadOnly);
  if (!db.ok()) return db.status();
  auto version = SchemaVersion(db.value().get());
  if (!version.ok() || version.value() == 0) {
    return Status::Database(path, "not an oftrack database: run `oftrack ingest` to create one");
  }
  if (version.value() != kSchemaVersion) {
    return Status::Database(path, "database schema version " + std::to_string(version.value()) +
                                      " differs from this oftrack's (" + std::to_string(kSchemaVersion) +
                                      "): run `oftrack ingest` once to migrate it");
  }
  return std::unique_ptr<Store>(new Store(std::move(db).value()));
}

Result<std::unordered_set<std::string>> Store::KnownHashes(const std::string& reader) {
  auto stmt = db_->Prepare("SELECT content_hash FROM sources WHERE reader = ?1");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, reader);
  std::unordered_set<std::string> out;
  Status st;
  while ((*stmt)->Step(&st)) out.insert((*stmt)->Text(0));
  if (!st.ok()) return st;
  return out;
}

Result<int> Store::StaleSources(const std::string& reader) {
  auto stmt = db_->Prepare("SELECT count(*) FROM sources WHERE coalesce(reader, '') <> ?1");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, reader);
  Status st;
  if (!(*stmt)->Step(&st)) return st;
  int n = static_cast<int>((*stmt)->Int(0));
  (*stmt)->Reset();
  return n;
}

Status Store::WriteSource(const SourceRecord& source, const std::vector<Analysis>& documents) {
  Transaction txn(db_.get());
  if (!txn.begin_status().ok()) return txn.begin_status();
  // The same path with other bytes: the file was updated; the new version
  // replaces it. The same bytes read by another oftrack or other rules: this
  // reading replaces that one.
  auto del = db_->Prepare(
      "DELETE FROM sources WHERE (display_path = ?1 AND content_hash <> ?2) OR "
      "(content_hash = ?2 AND coalesce(reader, '') <> ?3)");
  if (!del.ok()) return del.status();
  Status deleted = (*del)->Bind(1, source.display_path).Bind(2, source.content_hash).Bind(3, source.reader).Run();
  if (!deleted.ok()) return deleted;

  auto ins = db_->Prepare(
      "INSERT INTO sources(path, display_path, content_hash, bytes, kind, encoding, pages, warnings, reader) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(content_hash) DO NOTHING");
  if (!ins.ok()) return ins.status();
  Statement& s = **ins;
  s.Bind(1, source.path).Bind(2, source.display_path).Bind(3, source.content_hash).Bind(4, source.bytes);
  s.Bind(5, SourceKindId(source.kind)).BindNullable(6, source.encoding).Bind(7, int64_t{source.pages});
  s.BindNullable(8, JoinLines(source.warnings, "\n")).Bind(9, source.reader);
  if (Status st = s.Run(); !st.ok()) return st;
  auto changes = db_->Prepare("SELECT changes()");
  Status st;
  if (!changes.ok() || !(*changes)->Step(&st)) return changes.ok() ? st : changes.status();
  bool inserted = (*changes)->Int(0) > 0;
  (*changes)->Reset();
  if (inserted) {
    int64_t source_id = db_->LastInsertId();
    for (const Analysis& a : documents) {
      if (Status d = InsertDocument(source_id, a); !d.ok()) return d;
    }
  }
  auto clear = db_->Prepare("DELETE FROM ingest_errors WHERE display_path = ?1");
  if (!clear.ok()) return clear.status();
  if (Status c = (*clear)->Bind(1, source.display_path).Run(); !c.ok()) return c;
  return txn.Commit();
}

Status Store::BeginGroup() {
  if (group_) return Status::OK();
  auto group = std::make_unique<Transaction>(db_.get());
  if (!group->begin_status().ok()) return group->begin_status();
  group_ = std::move(group);
  return Status::OK();
}

Status Store::CommitGroup() {
  if (!group_) return Status::OK();
  Status st = group_->Commit();
  group_.reset();
  return st;
}

Status Store::RecordError(const std::string& path, const std::string& display_path,
                          const std::string& content_hash, const Status& error) {
  auto stmt = db_->Prepare(
      "INSERT INTO ingest_errors(path, display_path, content_hash, code, reason) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(display_path, code, reason) DO UPDATE SET "
      "last_seen = strftime('%Y-%m-%dT%H:%M:%SZ','now'), content_hash = excluded.content_hash, path = excluded.path");
  if (!stmt.ok()) return stmt.status();
  return (*stmt)
      ->Bind(1, path)
      .Bind(2, display_path)
      .BindNullable(3, content_hash)
      .Bind(4, error.CodeName())
      .Bind(5, error.reason())
      .Run();
}

Status Store::ReplaceAuthorities(const std::vector<AuthorityRow>& rows) {
  Transaction txn(db_.get());
  if (!txn.begin_status().ok()) return txn.begin_status();
  auto stmt = db_->Prepare(
      "INSERT INTO authorities(urn, name, la_code, region, la_type, stat_neighbours) VALUES (?1,?2,?3,?4,?5,?6) "
      "ON CONFLICT(urn) DO UPDATE SET name=excluded.name, la_code=excluded.la_code, region=excluded.region, "
      "la_type=excluded.la_type, stat_neighbours=excluded.stat_neighbours");
  if (!stmt.ok()) return stmt.status();
  for (const auto& r : rows) {
    Status st = (*stmt)->Bind(1, int64_t{r.urn}).Bind(2, r.name).BindNullable(3, r.la_code)
                    .BindNullable(4, r.region).BindNullable(5, r.la_type).BindNullable(6, r.stat_neighbours).Run();
    if (!st.ok()) return st;
  }
  return txn.Commit();
}

Status Store::ReplaceThemes(const std::vector<ThemeRow>& rows) {
  Transaction txn(db_.get());
  if (!txn.begin_status().ok()) return txn.begin_status();
  if (Status st = db_->Exec("DELETE FROM themes"); !st.ok()) return st;
  auto stmt = db_->Prepare("INSERT INTO themes(id, label, description) VALUES (?1, ?2, ?3)");
  if (!stmt.ok()) return stmt.status();
  for (const auto& r : rows) {
    if (Status st = (*stmt)->Bind(1, r.id).Bind(2, r.label).BindNullable(3, r.description).Run(); !st.ok()) return st;
  }
  return txn.Commit();
}

Status Store::ReplaceSubjects(const std::vector<SubjectInfo>& subjects) {
  Transaction txn(db_.get());
  if (!txn.begin_status().ok()) return txn.begin_status();
  if (Status st = db_->Exec("DELETE FROM subjects"); !st.ok()) return st;
  auto stmt = db_->Prepare("INSERT INTO subjects(id, label, practice) VALUES (?1, ?2, ?3)");
  if (!stmt.ok()) return stmt.status();
  for (const SubjectInfo& s : subjects) {
    if (Status st = (*stmt)->Bind(1, s.id).Bind(2, s.label).Bind(3, int64_t{s.practice}).Run(); !st.ok()) return st;
  }
  return txn.Commit();
}

}  // namespace oftrack
